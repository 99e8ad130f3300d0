import { parse } from 'cookie';
import type { CookieOptions, Request, Response } from 'express';

/**
 * The web app's session: the same signed token as a bearer session, carried in an httpOnly,
 * SameSite=Strict cookie that page scripts cannot read, plus a CSRF token (double submit):
 * a second, readable cookie holds a random value that is also a claim of the signed session
 * token, and every state-changing request made with the session cookie must send that value
 * in the X-CSRF-Token header. A page on another site can neither send the cookies (SameSite)
 * nor read the value to put in the header.
 */
export const SESSION_COOKIE = 'gcm_session';
export const CSRF_COOKIE = 'gcm_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export function cookiesOf(req: Pick<Request, 'headers'>): Record<string, string | undefined> {
  const header = req.headers.cookie;
  return header ? parse(header) : {};
}

/** Secure when the request came over HTTPS (directly or, with TRUST_PROXY, through a proxy). */
function cookieOptions(req: Request, httpOnly: boolean, maxAgeMs?: number): CookieOptions {
  return { httpOnly, sameSite: 'strict', secure: req.secure, path: '/', ...(maxAgeMs === undefined ? {} : { maxAge: maxAgeMs }) };
}

export function setSessionCookies(req: Request, res: Response, token: string, csrfToken: string, expiresAt: Date): void {
  const maxAge = Math.max(0, expiresAt.getTime() - Date.now());
  res.cookie(SESSION_COOKIE, token, cookieOptions(req, true, maxAge));
  res.cookie(CSRF_COOKIE, csrfToken, cookieOptions(req, false, maxAge));
}

export function clearSessionCookies(req: Request, res: Response): void {
  res.clearCookie(SESSION_COOKIE, cookieOptions(req, true));
  res.clearCookie(CSRF_COOKIE, cookieOptions(req, false));
}
