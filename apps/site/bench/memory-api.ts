/**
 * @module
 * A stand-in for the API that answers from memory: it asks the real API (UPSTREAM) once per
 * address, then sends the same status, type and bytes every time, on 127.0.0.1:PORT. Rendering
 * against it measures the site's own cost, apart from the API's.
 */
import { createServer } from 'node:http';

const upstream = process.env.UPSTREAM!;
const answers = new Map<string, Promise<{ status: number; headers: Record<string, string>; body: Buffer }>>();

createServer(async (req, res) => {
  const url = req.url ?? '/';
  let answer = answers.get(url);
  if (!answer) {
    answer = fetch(`${upstream}${url}`).then(async (r) => {
      const body = Buffer.from(await r.arrayBuffer());
      return {
        status: r.status,
        headers: { 'content-type': r.headers.get('content-type') ?? 'application/json', 'content-length': String(body.length) },
        body,
      };
    });
    answers.set(url, answer);
  }
  const { status, headers, body } = await answer;
  res.writeHead(status, headers);
  res.end(body);
}).listen(Number(process.env.PORT), '127.0.0.1');
