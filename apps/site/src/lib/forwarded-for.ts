/**
 * @module
 * The `X-Forwarded-For` the site sends the API when it posts for a reader: the chain it received
 * (from a proxy in front of the site, if any) with the address the request came from appended,
 * as every proxy does. The API reads the chain from the right and stops at the first address
 * that is not in its `TRUST_PROXY`, so a reader cannot pass off another address by sending the
 * header themselves. (This relies on Astro's client address being the connection's peer, which it
 * is unless `security.allowedDomains` is set.)
 */

/** Hops kept from a received chain; more is either a very long proxy path or junk. */
const MAX_HOPS = 10;

/**
 * The chain to send, or undefined when there is nothing to say.
 *
 * @example
 * forwardedFor('203.0.113.9', '10.0.0.2'); // '203.0.113.9, 10.0.0.2'
 * forwardedFor(null, '198.51.100.4'); // '198.51.100.4'
 */
export function forwardedFor(received: string | null | undefined, peer: string | undefined): string | undefined {
  const hops = (received ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter((hop) => hop !== '' && hop.length <= 64)
    .slice(-MAX_HOPS);
  if (peer) hops.push(peer);
  return hops.length > 0 ? hops.join(', ') : undefined;
}

/**
 * The address the request came from, or undefined where there is none (the container API used by
 * tests has no connection).
 */
export function peerAddress(read: () => string): string | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
