// Response headers against framing, injection and downgrade. The CSP fits what the built board
// needs: its own scripts only (Vite emits no inline script), inline `style` attributes (React and
// @xyflow position nodes and edges with them), data: images (the favicon), and API calls and the
// event stream to the same origin. HSTS only on https: over plain http it means nothing to a
// browser and would pin a host that may never have served https.
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { isHttps } from '../auth/session-cookie.ts';

export const HSTS = 'max-age=15552000; includeSubDomains';

export function securityHeaders(options: { trustProxy?: boolean } = {}): MiddlewareHandler {
  const headers = secureHeaders({
    strictTransportSecurity: false,
    xFrameOptions: 'DENY',
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  });
  return async function securityHeaders(c, next) {
    // A response with a policy of its own (an attachment download: `sandbox`, nothing loads)
    // keeps it; secureHeaders would otherwise replace it with the board's.
    let own: string | null = null;
    await headers(c, async () => {
      await next();
      own = c.res.headers.get('Content-Security-Policy');
    });
    if (own) c.header('Content-Security-Policy', own);
    if (isHttps(c, options.trustProxy)) c.header('Strict-Transport-Security', HSTS);
  };
}
