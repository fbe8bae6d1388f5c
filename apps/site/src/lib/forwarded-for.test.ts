/** @module */
import { describe, expect, it } from 'vitest';
import { forwardedFor, peerAddress } from './forwarded-for.ts';

describe('forwardedFor', () => {
  it('appends the address the request came from to the chain received', () => {
    expect(forwardedFor('203.0.113.9, 10.0.0.1', '10.0.0.2')).toBe('203.0.113.9, 10.0.0.1, 10.0.0.2');
    expect(forwardedFor(null, '198.51.100.4')).toBe('198.51.100.4');
  });

  it('drops empty and oversized hops and keeps the last ten', () => {
    const long = Array.from({ length: 15 }, (_, i) => `192.0.2.${i}`).join(',');
    const chain = forwardedFor(`${long}, ,${'x'.repeat(100)}`, '10.0.0.2')!.split(', ');
    expect(chain).toHaveLength(11);
    expect(chain.at(0)).toBe('192.0.2.5');
    expect(chain.at(-1)).toBe('10.0.0.2');
  });

  it('says nothing when there is nothing to say', () => {
    expect(forwardedFor(undefined, undefined)).toBeUndefined();
  });
});

describe('peerAddress', () => {
  it('is undefined where the request has no connection', () => {
    expect(peerAddress(() => '127.0.0.1')).toBe('127.0.0.1');
    expect(
      peerAddress(() => {
        throw new Error('clientAddress is not available');
      }),
    ).toBeUndefined();
  });
});
