/**
 * @module
 * The benchmark's ceiling: a bare `node:http` handler sending the bytes of the file named in
 * BODY_FILE from memory, with the headers a page carries, on 127.0.0.1:PORT. Nothing a site
 * server does for a page can be faster than this on the same machine.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const body = readFileSync(process.env.BODY_FILE!);
const headers = { 'content-type': 'text/html', 'content-length': String(body.length) };
createServer((_req, res) => {
  res.writeHead(200, headers);
  res.end(body);
}).listen(Number(process.env.PORT), '127.0.0.1', () => console.log('ready'));
