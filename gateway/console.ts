import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ClaimMapping } from '../platform/auth/claims.js';
import { htmlPage, pageSecurityHeaders } from '../platform/html.js';

/** Where `npm run build:web` puts the console. */
export const CONSOLE_DIST = fileURLToPath(new URL('../web/dist', import.meta.url));

/** What the console needs to know at run time; served as /console-config.json (no inline script under the CSP). */
export interface ConsoleConfig {
  /** The OpenID Connect issuer the console logs in with. */
  authority: string;
  clientId: string;
  scope: string;
  /** Where the hub is reached; a console opened at another address moves there (the issuer only knows this one). */
  publicUrl: string;
  /** The issuer is the hub's own development one: its log-in page is asked for every time, so users can switch. */
  developmentLogin: boolean;
  /** Origins the issuer returns a logged-in user to; a console opened elsewhere moves to `publicUrl` first. */
  origins: string[];
  /** Where the provider's tokens carry the role and its scope, so the console picks the screens the API will allow. */
  claims: ClaimMapping;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves the built console same-origin with the API: hashed assets cached for a year,
 * every other path answered with index.html (the console routes in the browser), all under
 * a strict Content-Security-Policy.
 */
export function consoleHandler(config: ConsoleConfig, options: { graphiql: boolean; distDir?: string }) {
  const distDir = options.distDir ?? CONSOLE_DIST;
  const issuerOrigin = new URL(config.authority).origin;
  const connectSrc = issuerOrigin === new URL(config.publicUrl).origin ? [] : [issuerOrigin];
  const headers = pageSecurityHeaders({ connectSrc });
  // GraphiQL's editor and dialogs set styles inline and its fonts are data: URLs; the page is for developers only.
  const graphiqlHeaders = pageSecurityHeaders({ connectSrc, inlineStyles: true, dataFonts: true });
  const configJson = JSON.stringify(config);

  return (req: IncomingMessage, res: ServerResponse): boolean => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const pathname = safePathname(req.url ?? '/');
    if (pathname === undefined) return false;
    if (pathname === '/graphql') {
      if (!options.graphiql || !existsSync(path.join(distDir, 'graphiql.html'))) return false;
      for (const [name, value] of Object.entries(graphiqlHeaders)) res.setHeader(name, value);
      res.setHeader('content-type', TYPES['.html']!);
      res.setHeader('cache-control', 'no-cache');
      res.end(req.method === 'HEAD' ? undefined : readFileSync(path.join(distDir, 'graphiql.html'), 'utf8'));
      return true;
    }
    if (pathname === '/graphiql.html') return false;
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    if (pathname === '/console-config.json') {
      res.setHeader('content-type', TYPES['.json']!);
      res.setHeader('cache-control', 'no-store');
      res.end(configJson);
      return true;
    }
    const file = path.join(distDir, pathname);
    if (pathname !== '/' && file.startsWith(distDir + path.sep) && existsSync(file) && statSync(file).isFile()) {
      res.setHeader('content-type', TYPES[path.extname(file)] ?? 'application/octet-stream');
      res.setHeader('cache-control', pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      if (req.method === 'HEAD') res.end();
      else createReadStream(file).pipe(res);
      return true;
    }
    // A missing file with an extension is a 404; any other path is a console route.
    if (path.extname(pathname) !== '') return false;
    // Read each time (it is tiny): a rebuilt console names new asset files.
    const index = readIndex(distDir);
    if (index === undefined) {
      const page = htmlPage(
        'Klyngehub',
        '<h1>Konsollen er ikke bygget</h1><p>Kør <code>npm run build:web</code> (eller <code>npm start</code>, som bygger den) og genindlæs siden.</p>',
      );
      res.statusCode = 503;
      for (const [name, value] of Object.entries(page.headers)) res.setHeader(name, value);
      res.end(page.body);
      return true;
    }
    res.setHeader('content-type', TYPES['.html']!);
    res.setHeader('cache-control', 'no-cache');
    res.end(req.method === 'HEAD' ? undefined : index);
    return true;
  };
}

function readIndex(distDir: string): string | undefined {
  const file = path.join(distDir, 'index.html');
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** The decoded path, or undefined when it tries to leave the folder or is malformed. */
function safePathname(url: string): string | undefined {
  try {
    const pathname = decodeURIComponent(new URL(url, 'http://localhost').pathname);
    if (pathname.includes('\0') || pathname.split('/').includes('..')) return undefined;
    return path.posix.normalize(pathname);
  } catch {
    return undefined;
  }
}
