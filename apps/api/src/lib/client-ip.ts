/**
 * @module
 * The client's IP address, for rate limits and logs. `X-Forwarded-For` is only believed when the
 * direct peer is a trusted proxy: anyone can send the header, so trusting it from everyone would
 * let a client pick its own address.
 */
import { BlockList, isIP } from 'node:net';
import type { Context } from 'hono';
import { canonicalAddress } from './canonical-address.ts';
import { requestHeader } from './request-header.ts';
import type { ClientIpConfig } from './request-state.ts';
import type { AppBindings } from './types.ts';

/** The default `TRUST_PROXY`: loopback only, i.e. a reverse proxy or the site on the same host. */
export const DEFAULT_TRUSTED_PROXIES = ['127.0.0.0/8', '::1'] as const;

/** A `TRUST_PROXY` entry that is neither an IP address nor a CIDR range. */
export class TrustedProxyError extends Error {
  override name = 'TrustedProxyError';
}

/**
 * The trusted set for a list of addresses and CIDR ranges (`10.0.0.0/8`, `::1`, `fd00::/8`).
 * Throws `TrustedProxyError` naming the first entry it cannot read.
 *
 * @example
 * const config = clientIpConfig(['127.0.0.1', '10.0.0.0/8']);
 */
export function clientIpConfig(entries: readonly string[] = DEFAULT_TRUSTED_PROXIES): ClientIpConfig {
  const trusted = new BlockList();
  for (const raw of entries) {
    const entry = raw.trim();
    const [address = '', prefix, ...rest] = entry.split('/');
    const family = isIP(address);
    const bits = family === 4 ? 32 : 128;
    const length = prefix === undefined ? bits : Number(prefix);
    if (family === 0 || rest.length > 0 || !/^\d*$/.test(prefix ?? '') || !(length >= 0 && length <= bits) || prefix === '') {
      throw new TrustedProxyError(`"${entry}" is not an IP address or CIDR range`);
    }
    trusted.addSubnet(address, length, family === 4 ? 'ipv4' : 'ipv6');
  }
  return { trusted };
}

/**
 * An address in one canonical spelling (see `canonicalAddress`): brackets and ports dropped,
 * IPv4-mapped IPv6 unwrapped, zero-padded IPv4 read as decimal, IPv6 written out in full.
 *
 * @example
 * normaliseAddress('[::ffff:203.0.113.9]:443'); // '203.0.113.9'
 */
function normaliseAddress(value: string): string | null {
  let address = value.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1]!;
  else if (/^[\d.]+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(':'));
  return canonicalAddress(address);
}

function isTrusted(config: ClientIpConfig, address: string): boolean {
  return config.trusted.check(address, isIP(address) === 4 ? 'ipv4' : 'ipv6');
}

/**
 * The client address from the direct peer and, while the hop is a trusted proxy, from
 * `X-Forwarded-For` read right to left (each proxy appends the address it received from).
 *
 * @example
 * clientIpFrom(clientIpConfig(), '127.0.0.1', '203.0.113.9'); // '203.0.113.9'
 * clientIpFrom(clientIpConfig(), '198.51.100.4', '203.0.113.9'); // '198.51.100.4'
 */
export function clientIpFrom(config: ClientIpConfig, peer: string | undefined, forwardedFor: string | undefined): string | null {
  let client = peer === undefined ? null : normaliseAddress(peer);
  if (client === null) return null;
  const hops = (forwardedFor ?? '').split(',').filter((hop) => hop.trim() !== '');
  while (isTrusted(config, client) && hops.length > 0) {
    const next = normaliseAddress(hops.pop()!);
    // A hop a trusted proxy passed on that is not an address: stop at the proxy rather than guess.
    if (next === null) break;
    client = next;
  }
  return client;
}

/** The direct peer's address under `@hono/node-server`; undefined elsewhere (e.g. `app.request`). */
function peerAddress(c: Context): string | undefined {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress;
}

/**
 * The client's IP address for this request (see `clientIpFrom`), or null when the server does not
 * know the peer (a request made in-process, as tests do).
 *
 * @example
 * const key = clientIp(c) ?? 'unknown';
 */
export function clientIp(c: Context<AppBindings>): string | null {
  return clientIpFrom(c.get('clientIpConfig'), peerAddress(c), requestHeader(c, 'x-forwarded-for'));
}

/**
 * Whether the direct peer is a trusted proxy, whose forwarded headers (`X-Forwarded-Proto`) may
 * be believed; false for a request made in-process.
 *
 * @example
 * const https = header === 'https' && fromTrustedProxy(c);
 */
export function fromTrustedProxy(c: Context<AppBindings>): boolean {
  const peer = peerAddress(c);
  const address = peer === undefined ? null : normaliseAddress(peer);
  return address !== null && isTrusted(c.get('clientIpConfig'), address);
}
