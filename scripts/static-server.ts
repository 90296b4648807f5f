// A static file server for the example pages and their browser tests: folders searched in order, localhost only.
import { createServer, type Server } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { extname, normalize, resolve } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.model': 'text/plain',
  '.wgsl': 'text/plain',
  '.safetensors': 'application/octet-stream',
  '.ts': 'text/plain',
};

/** A folder served under a URL prefix ('' for the root, or e.g. 'specs/'). */
export type Mount = [prefix: string, folder: string];

/** Serves each URL path from the first mount that has it (never outside its folder), on 127.0.0.1:`port` (0: any). */
export function serveFolders(mounts: Mount[], port = 0): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^[/\\]+/, '') || 'index.html';
    for (const [prefix, folder] of mounts) {
      if (!path.startsWith(prefix)) continue;
      const rest = path.slice(prefix.length);
      const file = resolve(folder, rest === '' || rest.endsWith('/') ? rest + 'index.html' : rest);
      if (!file.startsWith(resolve(folder))) break;
      try {
        if (!statSync(file).isFile()) continue;
      } catch {
        continue;
      }
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
      return;
    }
    res.writeHead(404).end();
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done({ server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}/` })));
}
