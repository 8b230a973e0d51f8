// @ts-check
// The baseline of `npm run bench:throughput`: a bare Node `http` server that answers every request
// with the bytes and headers the site's server sent for one page, gzipped when the request accepts
// gzip and as it is otherwise, and nothing else: no request rules, no cache lookup, no Range. It
// measures what Node itself can do on this machine, so the site's server is compared with it.
// Usage: node bench/bare-node-server.mjs PORT ANSWERS.json, where ANSWERS.json holds
// { identity: { headers, body }, gzip: { headers, body } } with each body in base64.
import { readFileSync } from 'node:fs';
import http from 'node:http';

const [port = '0', file = ''] = process.argv.slice(2);
/** @type {Record<'identity' | 'gzip', { headers: Record<string, string>; body: string }>} */
const answers = JSON.parse(readFileSync(file, 'utf8'));
const identity = {
  headers: answers.identity.headers,
  body: Buffer.from(answers.identity.body, 'base64'),
};
const gzip = { headers: answers.gzip.headers, body: Buffer.from(answers.gzip.body, 'base64') };

const server = http.createServer((req, res) => {
  const answer = req.headers['accept-encoding']?.includes('gzip') ? gzip : identity;
  res.writeHead(200, answer.headers);
  res.end(answer.body);
});
server.listen(Number(port), '127.0.0.1', () => {
  const address = server.address();
  // The parent reads the port from this line.
  console.log(`listening ${typeof address === 'object' && address ? address.port : port}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
