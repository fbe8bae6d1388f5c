/**
 * @module
 * Tests of the client address: `X-Forwarded-For` counts only through trusted proxies.
 */
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { testStore } from '../testing/fixtures.ts';
import { clientIp, clientIpConfig, clientIpFrom, TrustedProxyError } from './client-ip.ts';

const loopback = clientIpConfig();

describe('clientIpFrom', () => {
  it('believes X-Forwarded-For from a trusted proxy, and not from anyone else', () => {
    expect(clientIpFrom(loopback, '127.0.0.1', '203.0.113.9')).toBe('203.0.113.9');
    expect(clientIpFrom(loopback, '::ffff:127.0.0.1', '203.0.113.9')).toBe('203.0.113.9');
    expect(clientIpFrom(loopback, '198.51.100.4', '203.0.113.9')).toBe('198.51.100.4');
    expect(clientIpFrom(loopback, '::ffff:198.51.100.4', undefined)).toBe('198.51.100.4');
  });

  it('walks back through trusted hops only, so a client cannot prepend a fake address', () => {
    const chain = clientIpConfig(['10.0.0.0/8', '127.0.0.1']);
    // The client claims 1.1.1.1; the first untrusted hop from the right is its real address.
    expect(clientIpFrom(chain, '127.0.0.1', '1.1.1.1, 203.0.113.9, 10.1.2.3')).toBe('203.0.113.9');
    expect(clientIpFrom(chain, '127.0.0.1', '10.9.9.9, 10.1.2.3')).toBe('10.9.9.9');
    expect(clientIpFrom(chain, '127.0.0.1', '[2001:db8::1]:443, garbage')).toBe('127.0.0.1');
    expect(clientIpFrom(chain, '127.0.0.1', '203.0.113.9:51234')).toBe('203.0.113.9');
  });

  it('trusts nobody with an empty list, and has no address without a peer', () => {
    expect(clientIpFrom(clientIpConfig([]), '127.0.0.1', '203.0.113.9')).toBe('127.0.0.1');
    expect(clientIpFrom(loopback, undefined, '203.0.113.9')).toBeNull();
  });

  it('rejects entries that are not addresses or ranges', () => {
    for (const entry of ['10.0.0.0/33', 'proxy.local', '::1/129', '10.0.0.0/']) {
      expect(() => clientIpConfig([entry]), entry).toThrow(TrustedProxyError);
    }
  });
});

describe('clientIp', () => {
  it('reads the peer from the Node server bindings of a request', async () => {
    const store = await testStore();
    const app = createApp({ store, trustProxy: ['192.0.2.0/24'] });
    app.get('/test/ip', (c) => c.json({ ip: clientIp(c) }));
    const as = async (peer: string, xff?: string) =>
      (await (
        await app.request('/test/ip', { headers: xff ? { 'X-Forwarded-For': xff } : {} }, { incoming: { socket: { remoteAddress: peer } } })
      ).json()) as { ip: string };
    expect(await as('192.0.2.10', '203.0.113.5')).toEqual({ ip: '203.0.113.5' });
    expect(await as('127.0.0.1', '203.0.113.5')).toEqual({ ip: '127.0.0.1' });
    expect(await (await app.request('/test/ip')).json()).toEqual({ ip: null });
    await store.close();
  });
});
