/**
 * @module
 * Test support (not exported): seeded random and malformed requests for every operation of an
 * OpenAPI document, for the fuzz tests. The same seed gives the same requests, so a failure can be
 * replayed; the values are the kinds of input that once broke the API (NUL, lone surrogates,
 * forged cursors, dates out of range, deep nesting, pathological Markdown, malformed forms).
 */

/** A small, fast, seeded generator (mulberry32): the same seed, the same sequence. */
export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** One of `items`. */
  pick<T>(items: readonly T[]): T;
  /** True with probability `p`. */
  chance(p: number): boolean;
}

/**
 * A generator seeded with `seed`.
 *
 * @example
 * const random = seeded(42);
 * random.pick(['a', 'b']);
 */
export function seeded(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (items) => items[Math.floor(next() * items.length)]!,
    chance: (p) => next() < p,
  };
}

const forged = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Text values that have broken a parser, a query or a database somewhere. */
const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  'a',
  'UPPER',
  '-',
  '--',
  'a-b',
  "'",
  '"',
  '\\',
  '%',
  '_',
  '*',
  '—',
  '\u0000',
  'a\u0000b',
  '\u0007\u001b[31m',
  '\ud800',
  '\udfff\ud800',
  '\u202e\u200b\ufeff',
  'Путин',
  '北京',
  'Ελλάδα',
  'محمد',
  '😀🏳️‍🌈',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' OR 1=1 --",
  '../../etc/passwd',
  'null',
  'true',
  '-1',
  '0',
  '1e308',
  '-1e308',
  'NaN',
  'Infinity',
  '9999999999999999999999',
  '2026-13-45',
  '+275760-09-13T00:00:00.000Z',
  '0000-01-01T00:00:00.000Z',
  '2026-05-08T12:00:00.000Z',
  '2026-05-08',
  'newest',
  'oldest',
  'person',
  'place',
  'organization',
  'approved',
  'pending',
  'market',
  'harbour-report-number-1',
  'a'.repeat(201),
  'x'.repeat(5000),
  '{"a":'.repeat(200),
  '['.repeat(300),
  forged({ o: 'newest', t: '+275760-09-13T00:00:00.000Z', i: 'a' }),
  forged({ o: 'newest', t: '0000-01-01T00:00:00.000Z', i: 'a\u0000' }),
  forged({ k: 'entities', c: 1e308, s: 'a', t: 'person' }),
  forged({ k: 'quotes', t: '2026-01-01T00:00:00.000Z', i: 'a', n: 1e300 }),
  forged({ s: 1e308, i: 'a', r: 9e15, f: 'x' }),
  forged({ s: 'x', i: null }),
  forged([1, 2, 3]),
  forged('string'),
  'not base64 at all!',
];

/** Percent-encodes `text` for a URL, writing lone surrogates as the invalid UTF-8 they would be. */
function encode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return text.replace(/[\s\S]/gu, (ch) => {
      try {
        return encodeURIComponent(ch);
      } catch {
        return '%ED%A0%80';
      }
    });
  }
}

/** A JSON value of random shape, at most `depth` deep. */
function randomJson(random: Random, depth: number): unknown {
  const kind = random.int(depth <= 0 ? 4 : 7);
  switch (kind) {
    case 0:
      return random.pick(HOSTILE_STRINGS);
    case 1:
      return random.pick([0, -1, 1.5, 1e308, -1e308, 2 ** 53 + 1, 300, 10_001]);
    case 2:
      return random.pick([true, false]);
    case 3:
      return null;
    case 4:
      return Array.from({ length: random.int(4) }, () => randomJson(random, depth - 1));
    default: {
      const keys = [
        'headline',
        'body',
        'slug',
        'type',
        'content',
        'text',
        'status',
        'authorName',
        'parentId',
        'email',
        'tags',
        'name',
        'mentions',
        'quotes',
        'speaker',
        'hidden',
        '__proto__',
        'constructor',
        random.pick(HOSTILE_STRINGS),
      ];
      const out: Record<string, unknown> = {};
      for (let i = random.int(5); i > 0; i--) out[random.pick(keys)] = randomJson(random, depth - 1);
      return out;
    }
  }
}

/** A plausible article, then damaged a little (or not). */
function articleJson(random: Random): unknown {
  const article: Record<string, unknown> = {
    headline: random.chance(0.8) ? `Harbour story ${random.int(1000)}` : random.pick(HOSTILE_STRINGS),
    body: [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: random.chance(0.7) ? 'Boats came and went, the harbour master said.' : random.pick(HOSTILE_STRINGS) },
        ],
      },
    ],
    tags: [{ name: random.pick(['Harbour', 'Boats', ...HOSTILE_STRINGS.slice(0, 20)]) }],
  };
  if (random.chance(0.3))
    article[random.pick(['slug', 'status', 'publishedAt', 'section', 'authors', 'standfirst', 'leadImage', 'comments'])] = randomJson(
      random,
      2,
    );
  return article;
}

/** Deeply nested JSON text, as no parser should recurse over. */
function deepJson(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

/** Text bodies in the formats the API parses, ordinary and pathological. */
function textBody(random: Random): { type: string; body: string } {
  return random.pick([
    () => ({ type: 'text/markdown', body: `# Story ${random.int(100)}\n\nThe *ferry* sailed [again](https://example.org).` }),
    () => ({ type: 'text/markdown', body: `# T\n\n${'*a'.repeat(10_000)}` }),
    () => ({ type: 'text/markdown', body: `# T\n\n${'['.repeat(8_000)}${']'.repeat(8_000)}` }),
    () => ({ type: 'text/markdown', body: `# T\n\n${'>'.repeat(3_000)} deep` }),
    () => ({ type: 'text/markdown', body: `---\ntitle: [unclosed\n---\nbody` }),
    () => ({ type: 'text/plain', body: `Ferry returns\n\n${'{"a":'.repeat(4_000)}` }),
    () => ({ type: 'text/plain', body: `Many lines\n\n${'line of text\n'.repeat(3_000)}` }),
    () => ({ type: 'text/plain', body: `Control\u0000 chars\u001b\n\nA bell\u0007 rang.` }),
    () => ({
      type: 'text/html',
      body: `<html><body><article><h1>Deep</h1><p>Some text of the story here.</p>${'<div>'.repeat(3_000)}x</article></body></html>`,
    }),
    () => ({
      type: 'text/html',
      body: `<html><head><base href="https://attacker.example/"></head><body><article><h1>Base</h1><p>A story with <a href="/x">a link</a> in it, long enough.</p></article></body></html>`,
    }),
    () => ({ type: 'text/html', body: random.pick(HOSTILE_STRINGS) }),
  ])();
}

/** A request to send: method, path with query, headers and body. */
export interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array<ArrayBuffer> | undefined;
}

/** An operation of the OpenAPI document, reduced to what the generator needs. */
export interface FuzzOperation {
  method: string;
  path: string;
  query: string[];
  bodyTypes: string[];
}

/**
 * The operations of an OpenAPI 3.1 document.
 *
 * @example
 * const operations = operationsOf(await (await app.request('/openapi.json')).json());
 */
export function operationsOf(document: {
  paths: Record<
    string,
    Record<string, { parameters?: { in: string; name: string }[]; requestBody?: { content: Record<string, unknown> } }>
  >;
}): FuzzOperation[] {
  const operations: FuzzOperation[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      operations.push({
        method: method.toUpperCase(),
        path,
        query: (operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
        bodyTypes: Object.keys(operation.requestBody?.content ?? {}),
      });
    }
  }
  return operations;
}

const CONTENT_TYPES = [
  'application/json',
  'application/merge-patch+json',
  'text/plain',
  'text/markdown',
  'text/html',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=XYZ',
  'multipart/form-data',
  'application/xml',
  'text/csv; charset=bogus',
  'application/json; charset=utf-16',
  '',
];

/**
 * A random request for `operation`, with `tokens` (bearer secrets) to choose from. Most are
 * nearly valid, so they reach the handlers and the store; the rest are malformed at some layer.
 *
 * @example
 * const request = fuzzRequest(random, operations[0], [editorToken]);
 */
export function fuzzRequest(random: Random, operation: FuzzOperation, tokens: readonly string[], slugs: readonly string[]): FuzzRequest {
  const value = () => (random.chance(0.5) ? random.pick(slugs) : random.pick(HOSTILE_STRINGS));
  const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) =>
    encode(name === 'index' && random.chance(0.5) ? String(random.int(5)) : value()),
  );
  const params = operation.query
    .filter(() => random.chance(0.4))
    .map((name) => {
      const raw = name === 'limit' && random.chance(0.5) ? String(random.pick([0, 1, 20, 100, 101, -5, 1e9])) : value();
      return `${encode(name)}=${encode(raw)}`;
    });
  if (random.chance(0.05))
    params.push(
      `${random.pick(operation.query.length ? operation.query : ['x'])}=a&${random.pick(operation.query.length ? operation.query : ['x'])}=b`,
    );
  if (random.chance(0.05)) params.push('%E0%A4%A=%');
  const headers: Record<string, string> = {};
  if (random.chance(0.6) && tokens.length) headers.Authorization = `Bearer ${random.pick(tokens)}`;
  else if (random.chance(0.2))
    headers.Authorization = random.pick(['Bearer', 'Bearer dl_nope', 'Basic YTpi', 'Bearer \u00e9', 'bearer  x y']);
  if (random.chance(0.1))
    headers['X-Forwarded-For'] = random.pick([
      '203.0.113.9',
      '::ffff:203.0.113.9',
      '203.000.113.009',
      'not-an-ip',
      '2001:db8::1, 10.0.0.1',
      '',
    ]);
  if (random.chance(0.05)) headers.Accept = random.pick(['application/xml', '*/*', 'text/html', '']);
  let method = operation.method;
  if (random.chance(0.03)) method = random.pick(['OPTIONS', 'HEAD', 'PROPFIND', 'PUT', 'DELETE', 'PATCH']);
  let body: string | Uint8Array<ArrayBuffer> | undefined;
  // A fetch Request cannot carry a body with GET or HEAD; any other method may.
  if (['POST', 'PUT', 'PATCH'].includes(method) || (!['GET', 'HEAD'].includes(method) && random.chance(0.2))) {
    const type = random.chance(0.8) && operation.bodyTypes.length ? random.pick(operation.bodyTypes) : random.pick(CONTENT_TYPES);
    if (type !== '') headers['Content-Type'] = type;
    body = bodyFor(random, type);
  }
  return { method, path: params.length ? `${path}?${params.join('&')}` : path, headers, body };
}

function bodyFor(random: Random, type: string): string | Uint8Array<ArrayBuffer> {
  if (type.includes('json')) {
    return random.pick([
      () => JSON.stringify(articleJson(random)),
      () => JSON.stringify(randomJson(random, 5)),
      () =>
        JSON.stringify({
          authorName: random.pick(['Ann', ...HOSTILE_STRINGS]),
          body: random.pick(['A fine report.', ...HOSTILE_STRINGS]),
          ...(random.chance(0.3) && { parentId: random.pick(HOSTILE_STRINGS) }),
        }),
      () => JSON.stringify({ status: random.pick(['approved', 'rejected', 'spam', 'pending', ...HOSTILE_STRINGS]) }),
      () =>
        JSON.stringify({
          hidden: [random.pick(HOSTILE_STRINGS)],
          add: [{ name: random.pick(HOSTILE_STRINGS), type: random.pick(['person', 'place', 'x']) }],
        }),
      () => deepJson(random.pick([50, 500, 5_000])),
      () => '{"headline": "unterminated',
      () => '',
      () => JSON.stringify(random.pick(HOSTILE_STRINGS)),
    ])();
  }
  if (type.startsWith('text/')) return textBody(random).body;
  if (type.startsWith('application/x-www-form-urlencoded')) {
    return random.pick([
      `authorName=Ann&body=${encode(random.pick(HOSTILE_STRINGS))}`,
      '%%%',
      'a=1&a=2&body=',
      `authorName=${'x'.repeat(3000)}&body=hi`,
    ]);
  }
  if (type.startsWith('multipart/form-data')) {
    return random.pick([
      '--XYZ\r\nContent-Disposition: form-data; name="body"\r\n\r\nunterminated',
      '--XYZ\r\nContent-Disposition: form-data; name="authorName"\r\n\r\nAnn\r\n--XYZ\r\nContent-Disposition: form-data; name="body"\r\n\r\nHello there.\r\n--XYZ--\r\n',
      'authorName=Ann&body=Hello',
      '--XYZ--',
    ]);
  }
  return random.chance(0.5) ? random.pick(HOSTILE_STRINGS) : Uint8Array.from({ length: 64 }, () => random.int(256));
}
