import helmet from 'helmet';
import type { RequestHandler } from 'express';

/**
 * The content security policy of every response, in one place. It fits a same-origin
 * single-page app at `/` (Vite build, Mantine, ECharts) and the GraphQL IDE at /ide:
 * scripts and styles from this server only; style attributes allowed, since component
 * libraries set them; images from this server, data: and blob: (charts exported as images);
 * fonts from this server and data:; requests to this server only ('self' also covers same-origin
 * ws:/wss: in CSP Level 3 browsers, for subscriptions); workers from this server and blob:.
 * Nothing may frame the app, and no plugin content runs. Adjust a directive here, not per route.
 */
export const CONTENT_SECURITY_POLICY: Record<string, string[]> = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'frame-ancestors': ["'none'"],
  'form-action': ["'self'"],
};

/**
 * HTTP security headers on every route (helmet): the policy above, no MIME sniffing, no
 * framing, no referrer to other sites, HSTS (browsers heed it over HTTPS only). No
 * upgrade-insecure-requests: an install reached over plain HTTP on an internal network
 * would stop loading its own scripts.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    referrerPolicy: { policy: 'same-origin' },
  });
}
