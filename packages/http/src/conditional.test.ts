import { describe, expect, it } from 'vitest';
import { etagMatches, httpDate, newestHttpDate, notModified } from './conditional.ts';

const MAY_8 = 'Fri, 08 May 2026 09:30:15 GMT';

describe('httpDate and newestHttpDate', () => {
  it('write an HTTP date to the second, and nothing for an unknown time', () => {
    expect(httpDate('2026-05-08T09:30:15.250Z')).toBe(MAY_8);
    expect(httpDate(new Date('2026-05-08T09:30:15Z'))).toBe(MAY_8);
    expect(httpDate(null)).toBeUndefined();
    expect(httpDate('yesterday')).toBeUndefined();
  });

  it('take the newest time of a list, skipping the unknown ones', () => {
    expect(newestHttpDate(['2026-05-07T00:00:00Z', null, '2026-05-08T09:30:15Z', '2026-05-01T00:00:00Z'])).toBe(MAY_8);
    expect(newestHttpDate([])).toBeUndefined();
    expect(newestHttpDate([null, undefined])).toBeUndefined();
  });
});

describe('notModified', () => {
  const current = { etag: '"v2"', lastModified: MAY_8 };

  it('answers 304 to If-Modified-Since at or after the last change', () => {
    expect(notModified({ method: 'GET', ifModifiedSince: MAY_8 }, current)).toBe(true);
    expect(notModified({ method: 'HEAD', ifModifiedSince: 'Sat, 09 May 2026 00:00:00 GMT' }, current)).toBe(true);
  });

  it('sends the page when it changed after If-Modified-Since, or the date cannot be read', () => {
    expect(notModified({ method: 'GET', ifModifiedSince: 'Fri, 08 May 2026 09:30:14 GMT' }, current)).toBe(false);
    expect(notModified({ method: 'GET', ifModifiedSince: 'not a date' }, current)).toBe(false);
    expect(notModified({ method: 'GET', ifModifiedSince: MAY_8 }, { etag: '"v2"' })).toBe(false);
  });

  it('lets If-None-Match decide when both are sent (RFC 9110 §13.2.2)', () => {
    expect(notModified({ method: 'GET', ifNoneMatch: '"v1"', ifModifiedSince: MAY_8 }, current)).toBe(false);
    expect(notModified({ method: 'GET', ifNoneMatch: 'W/"v2"', ifModifiedSince: 'Thu, 01 Jan 2026 00:00:00 GMT' }, current)).toBe(true);
  });

  it('is never true for a method that is not a read', () => {
    expect(notModified({ method: 'POST', ifModifiedSince: MAY_8 }, current)).toBe(false);
  });
});

describe('etagMatches', () => {
  it.each([
    ['"abc"', true],
    ['W/"abc"', true],
    ['"x", "abc"', true],
    ['*', true],
    ['"abcd"', false],
  ])('If-None-Match %s names "abc": %s', (header, expected) => {
    expect(etagMatches(header, '"abc"')).toBe(expected);
  });

  it('takes * for any representation, even one without an ETag', () => {
    expect(etagMatches('*', undefined)).toBe(true);
    expect(etagMatches('"abc"', undefined)).toBe(false);
  });
});
