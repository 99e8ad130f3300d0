import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import serveStatic from 'serve-static';

/** Paths the server answers itself: the app never shadows them, even for a missing page. */
export const SERVER_PATHS = ['/graphql', '/ide', '/health', '/exports'];

const isServerPath = (path: string): boolean => SERVER_PATHS.some((p) => path === p || path.startsWith(`${p}/`));

/**
 * The web app (the Vite build in web/dist) at `/`. Files under /assets/ carry a content hash
 * in their names and are cached for a year; every other path a browser navigates to (a GET
 * or HEAD that accepts HTML and names no file) gets index.html, uncached, so the app's own
 * router shows the page (history-mode routes: /countries/MAR works when typed or reloaded).
 * Anything else falls through to the server's routes: /graphql, /ide, /health and /exports
 * are never touched, and an unknown API path still gets its JSON 404.
 */
export function webApp(distDir: string): RequestHandler {
  const indexFile = join(distDir, 'index.html');
  const files = serveStatic(distDir, {
    index: false,
    fallthrough: true,
    setHeaders: (res, path) => {
      res.setHeader('Cache-Control', path.includes(`${join(distDir, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  return (req: Request, res: Response, next: NextFunction): void => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isServerPath(req.path)) {
      next();
      return;
    }
    files(req, res, () => {
      const wantsPage = req.accepts(['html', 'json']) === 'html' && !req.path.startsWith('/assets/');
      if (!wantsPage) {
        next();
        return;
      }
      res.setHeader('Cache-Control', 'no-cache');
      // Read at each navigation (a few KB): a rebuild shows without a restart.
      const index = existsSync(indexFile) ? readFileSync(indexFile) : null;
      if (!index) {
        res
          .status(503)
          .type('text/plain')
          .send('The web app is not built yet: run `npm run build` (or `npm start`, which builds it), then reload this page.\n');
        return;
      }
      res.status(200).type('html').send(index);
    });
  };
}
