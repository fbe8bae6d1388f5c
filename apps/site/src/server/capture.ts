/**
 * @module
 * Holds back an answer that Astro's handler writes to a Node response, so that it can be looked
 * at whole (status, headers, body) before anything is sent: whether to store it, its ETag, and
 * whether the reader's If-None-Match already names it. Astro writes through `writeHead`, `write`
 * and `end` only, so those are the methods replaced.
 */
import type { OutgoingHttpHeader, OutgoingHttpHeaders, ServerResponse } from 'node:http';

/** An answer as written, headers named in lower case. */
export interface CapturedResponse {
  status: number;
  statusMessage: string;
  headers: OutgoingHttpHeaders;
  body: Buffer;
}

type Callback = (error?: Error | null) => void;

/**
 * Starts holding back what is written to `res`. Resolves with the whole answer once it has been
 * ended, with the response's own methods back in place so the caller can send it (or another);
 * resolves with null if the connection closed first.
 *
 * @example
 * const held = captureResponse(res);
 * astroHandler(req, res);
 * const answer = await held;
 * if (answer) res.writeHead(answer.status, answer.headers).end(answer.body);
 */
export function captureResponse(res: ServerResponse): Promise<CapturedResponse | null> {
  const original = { writeHead: res.writeHead, write: res.write, end: res.end };
  const chunks: Buffer[] = [];
  const written: OutgoingHttpHeaders = {};
  let status: number | undefined;

  return new Promise((resolve) => {
    const restore = () => {
      res.writeHead = original.writeHead;
      res.write = original.write;
      res.end = original.end;
      res.off('close', onClose);
    };
    const onClose = () => {
      restore();
      resolve(null);
    };
    res.on('close', onClose);

    res.writeHead = ((
      code: number,
      reason?: string | OutgoingHttpHeaders | OutgoingHttpHeader[],
      headers?: OutgoingHttpHeaders | OutgoingHttpHeader[],
    ) => {
      status = code;
      if (typeof reason === 'string') res.statusMessage = reason;
      else headers = reason;
      Object.assign(written, lowerCased(headers));
      return res;
    }) as ServerResponse['writeHead'];

    res.write = ((chunk: unknown, encoding?: BufferEncoding | Callback, callback?: Callback) => {
      chunks.push(toBuffer(chunk, encoding));
      const done = typeof encoding === 'function' ? encoding : callback;
      if (done) queueMicrotask(() => done());
      return true;
    }) as ServerResponse['write'];

    res.end = ((chunk?: unknown, encoding?: BufferEncoding | Callback, callback?: Callback) => {
      if (typeof chunk === 'function') callback = chunk as Callback;
      else if (chunk !== undefined && chunk !== null) chunks.push(toBuffer(chunk, encoding));
      const done = typeof encoding === 'function' ? encoding : callback;
      restore();
      resolve({
        status: status ?? res.statusCode,
        statusMessage: res.statusMessage ?? '',
        headers: { ...lowerCased(res.getHeaders()), ...written },
        body: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks),
      });
      if (done) queueMicrotask(() => done());
      return res;
    }) as ServerResponse['end'];
  });
}

function toBuffer(chunk: unknown, encoding?: BufferEncoding | Callback): Buffer {
  if (typeof chunk === 'string') return Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8');
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  throw new TypeError('a response chunk must be a string or bytes');
}

function lowerCased(headers: OutgoingHttpHeaders | OutgoingHttpHeader[] | undefined): OutgoingHttpHeaders {
  const out: OutgoingHttpHeaders = {};
  if (!headers) return out;
  if (Array.isArray(headers)) {
    // The flat form: name, value, name, value…
    for (let i = 0; i + 1 < headers.length; i += 2) append(out, String(headers[i]).toLowerCase(), headers[i + 1]!);
    return out;
  }
  for (const [name, value] of Object.entries(headers)) if (value !== undefined) append(out, name.toLowerCase(), value);
  return out;
}

function append(out: OutgoingHttpHeaders, name: string, value: OutgoingHttpHeader): void {
  const previous = out[name];
  if (previous === undefined) out[name] = value;
  else out[name] = [...[previous].flat().map(String), ...[value].flat().map(String)];
}
