// The headers every answer carries: X-Request-Id (the client's when well-formed, else a new
// UUID), the security headers, HSTS on https, and `Vary: Accept-Encoding` on every answer of the
// JSON API. One middleware instead of hono's requestId and secureHeaders plus a third for Vary.
// They are set on the route's answer after it ran; a header the route set itself wins (an
// attachment download keeps its own Content-Security-Policy). edge-headers.test.ts checks a real
// Node server sends them as app.request() does.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { isHttps } from '../auth/session-cookie.ts';

const HSTS = 'max-age=15552000; includeSubDomains';

/**
 * The CSP fits what the built board needs: its own scripts only (Vite emits no inline script),
 * inline `style` attributes (React and @xyflow position nodes and edges with them), data: images
 * (the favicon), and API calls and the event stream to the same origin.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Against framing, sniffing, injection and cross-origin leaks (helmet's set, no HSTS). */
const SECURITY_HEADERS: readonly (readonly [string, string])[] = [
  ['Content-Security-Policy', CONTENT_SECURITY_POLICY],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
  ['Origin-Agent-Cluster', '?1'],
  ['Referrer-Policy', 'no-referrer'],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-DNS-Prefetch-Control', 'off'],
  ['X-Download-Options', 'noopen'],
  ['X-Frame-Options', 'DENY'],
  ['X-Permitted-Cross-Domain-Policies', 'none'],
  ['X-XSS-Protection', '0'],
];

const REQUEST_ID = /^[\w\-=]{1,255}$/;
/** The JSON API, whose answers are compressed for clients that accept it (see app.ts). */
function isCompressible(path: string): boolean {
  return (path === '/api' || path.startsWith('/api/')) && path !== '/api/events';
}

export function edgeHeaders(options: { trustProxy?: boolean } = {}): MiddlewareHandler<AppEnv> {
  return async function edgeHeaders(c, next) {
    const given = c.req.header('x-request-id');
    const id = given !== undefined && REQUEST_ID.test(given) ? given : crypto.randomUUID();
    c.set('requestId', id);
    const hsts = isHttps(c, options.trustProxy);
    const vary = isCompressible(c.req.path);
    await next();
    const headers = c.res.headers;
    if (!headers.has('X-Request-Id')) headers.set('X-Request-Id', id);
    for (const [name, value] of SECURITY_HEADERS) if (!headers.has(name)) headers.set(name, value);
    if (hsts) headers.set('Strict-Transport-Security', HSTS);
    // Compression adds it where it compresses; every other API answer (small, refused, or to a
    // client that takes plain JSON) varies with Accept-Encoding all the same.
    const varies = headers.get('Vary');
    if (vary && varies !== '*' && !/\baccept-encoding\b/i.test(varies ?? '')) {
      headers.append('Vary', 'Accept-Encoding');
    }
  };
}
