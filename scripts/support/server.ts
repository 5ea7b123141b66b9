import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize, resolve } from "node:path";
import { createGzip } from "node:zlib";

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".ttf": "font/ttf",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
  ".bib": "text/plain; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
};

const compressible = new Set([".html", ".js", ".css", ".svg", ".json", ".txt", ".bib", ".csv", ".md", ".ttf"]);

/**
 * Serves a built site on loopback, the way a static host would (directory index, 404), and with
 * `compress`, gzip for text as every static host does (the benchmark measures transfer like that).
 */
export function serveStatic(root: string, { compress = false } = {}): Promise<{ server: Server; origin: string }> {
  const base = resolve(root);
  // The hostile-link tests send values up to 12,000 characters, which percent-encoding can push past
  // Node's default 16 KB header limit; a host would refuse such a link outright, so the tests' server
  // accepts it and the page's own handling is what gets tested.
  const server = createServer({ maxHeaderSize: 64 * 1024 }, (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file)) {
      const notFound = join(base, "404.html");
      res.writeHead(404, { "content-type": types[".html"]! });
      if (existsSync(notFound)) createReadStream(notFound).pipe(res);
      else res.end("Not found");
      return;
    }
    const type = types[extname(file)] ?? "application/octet-stream";
    if (compress && compressible.has(extname(file)) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
      res.writeHead(200, { "content-type": type, "content-encoding": "gzip", vary: "accept-encoding" });
      createReadStream(file).pipe(createGzip()).pipe(res);
      return;
    }
    res.writeHead(200, { "content-type": type });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) => server.listen(0, "127.0.0.1", () => {
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : 0;
    ok({ server, origin: `http://127.0.0.1:${port}` });
  }));
}
