// A small gzip static server for dist/ with the SPA fallback, as a real static host would serve
// Jalons (vite preview does not compress), used by the bench. `node tests/tools/static-server.mjs PORT`.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/** Starts the server on 127.0.0.1:port and resolves with it. */
export function serveDist(port, root = 'dist') {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    let file = join(root, path);
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
    const type = types[extname(file)] ?? 'application/octet-stream';
    const immutable = file.includes(`${root}/assets/`);
    let body = readFileSync(file);
    const headers = {
      'Content-Type': type,
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    if (/gzip/.test(req.headers['accept-encoding'] ?? '') && /text|javascript|json|svg|manifest/.test(type)) {
      body = gzipSync(body);
      headers['Content-Encoding'] = 'gzip';
    }
    res.writeHead(200, headers).end(body);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.argv[2] ?? 4321);
  await serveDist(port);
  console.log(`Serving dist/ on http://127.0.0.1:${port}/`);
}
