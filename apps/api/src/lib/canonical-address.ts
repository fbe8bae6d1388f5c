/**
 * @module
 * One spelling per client address, so that a rate limit counts clients rather than the ways of
 * writing their address: IPv4 with zero-padded parts (`203.000.113.009`), IPv4-mapped IPv6 in any
 * form (`::ffff:203.0.113.9`, `0:0:0:0:0:ffff:cb00:7109`) and IPv6 in any compression all come to
 * one form; and IPv6 clients are grouped by network (a /64 by default), since one subscriber
 * usually holds a whole /64 and can pick any address in it.
 */
import { isIP } from 'node:net';

const PADDED_IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/**
 * `address` in canonical form: IPv4 as four decimal numbers, IPv6 as RFC 5952 writes it (lower
 * case, longest run of zeros compressed), an IPv4-mapped IPv6 address as its IPv4 address; null
 * when it is neither.
 *
 * @example
 * canonicalAddress('203.000.113.009'); // '203.0.113.9'
 * canonicalAddress('0:0:0:0:0:ffff:203.0.113.9'); // '203.0.113.9'
 * canonicalAddress('2001:DB8:0:0::1'); // '2001:db8::1'
 */
export function canonicalAddress(address: string): string | null {
  const v4 = PADDED_IPV4.exec(address);
  if (v4) {
    const parts = v4.slice(1).map(Number);
    return parts.every((p) => p <= 255) ? parts.join('.') : null;
  }
  if (isIP(address) !== 6) return null;
  const groups = ipv6Groups(address);
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    return [groups[6]! >> 8, groups[6]! & 0xff, groups[7]! >> 8, groups[7]! & 0xff].join('.');
  }
  return compressed(groups);
}

/** The RFC 5952 text of eight IPv6 groups (`2001:db8::1`), as the URL parser writes it. */
function compressed(groups: readonly number[]): string {
  return new URL(`http://[${groups.map((g) => g.toString(16)).join(':')}]`).hostname.slice(1, -1);
}

/** The eight 16-bit groups of a valid IPv6 address (an embedded IPv4 tail included). */
function ipv6Groups(address: string): number[] {
  let text = address.toLowerCase().replace(/%.*$/, '');
  const tail = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (tail) {
    const [a, b, c, d] = tail.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, tail.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, rest] = text.split('::') as [string, string | undefined];
  const left = head === '' ? [] : head.split(':');
  const right = rest === undefined || rest === '' ? [] : rest.split(':');
  const missing = 8 - left.length - right.length;
  return [...left, ...Array.from({ length: rest === undefined ? 0 : missing }, () => '0'), ...right].map((g) => Number.parseInt(g, 16));
}

/**
 * The group a client address is counted in: an IPv4 address alone, an IPv6 address by its first
 * `ipv6Prefix` bits (64 by default; 128 counts each address alone). `address` must be canonical.
 *
 * @example
 * addressGroup('2001:db8:1:2:aaaa:bbbb:cccc:dddd'); // '2001:db8:1:2::/64'
 * addressGroup('203.0.113.9'); // '203.0.113.9'
 */
export function addressGroup(address: string, ipv6Prefix = 64): string {
  if (!address.includes(':')) return address;
  const bits = ipv6Groups(address)
    .map((g) => g.toString(2).padStart(16, '0'))
    .join('')
    .slice(0, ipv6Prefix)
    .padEnd(128, '0');
  const groups = Array.from({ length: 8 }, (_, i) => Number.parseInt(bits.slice(i * 16, i * 16 + 16), 2));
  return `${compressed(groups)}/${ipv6Prefix}`;
}
