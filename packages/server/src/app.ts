// createApp(deps): the whole HTTP surface. Routes are mounted with app.route(); the store is
// passed in, so tests and the server share one assembly.
import { Hono, type Next } from 'hono';
import { Health } from '@stageflow/api';
import { compress } from 'hono/compress';
import { sql } from 'kysely';
import type { AppEnv } from './app-env.ts';
import {
  attachmentsRoutes,
  UPLOAD_PATH,
  type AttachmentsOptions,
} from './attachments/attachments.routes.ts';
import { authenticate } from './auth/authenticate.ts';
import { authRoutes } from './auth/auth.routes.ts';
import type { ScryptParams } from './auth/password.ts';
import { SESSION_COOKIE } from './auth/session-cookie.ts';
import { boardRoutes } from './board/board.routes.ts';
import { cardsRoutes } from './cards/cards.routes.ts';
import { linksRoutes } from './links/links.routes.ts';
import { commentsRoutes } from './comments/comments.routes.ts';
import { customersRoutes } from './installed-base/customers.routes.ts';
import { equipmentRoutes } from './installed-base/equipment.routes.ts';
import { partsRoutes } from './parts/parts.routes.ts';
import { systemClock } from './cards/engine-ctx.ts';
import type { Store } from './db/database.ts';
import type { EventsRoutesDeps } from './events/events.routes.ts';
import { eventsRoutes } from './events/events.routes.ts';
import { formsRoutes } from './forms/forms.routes.ts';
import type { SurveyRateLimit } from './surveys/survey-rate-limit.ts';
import { surveysRoutes } from './surveys/surveys.routes.ts';
import { reportsRoutes } from './reports/reports.routes.ts';
import { bodyLimitCheck } from './http/body-limit.ts';
import { csrfCheck } from './http/csrf.ts';
import { openApiRoutes } from './http/openapi.ts';
import { registerOperation } from './http/openapi-registry.ts';
import { methodNotAllowed } from './http/method-not-allowed.ts';
import { refuseNulInPath } from './http/nul-path.ts';
import { HttpProblem, notFound, onError } from './http/problem.ts';
import { edgeHeaders } from './http/edge-headers.ts';
import { say } from './i18n/translate.ts';
import type { LoginLimits } from './http/rate-limit.ts';
import { requestRateLimit, type RequestRateLimit } from './http/request-rate-limit.ts';
import { notificationsRoutes } from './notifications/notifications.routes.ts';
import { DEFAULT_BOARD_DIR, staticBoard } from './static-board.ts';
import { usersRoutes } from './users/users.routes.ts';
import { webhooksRoutes } from './webhooks/webhooks.routes.ts';
import { workflowsRoutes } from './workflows/workflows.routes.ts';

export interface AppDeps {
  store: Store;
  /** The built board to serve at '/'; false serves none. Default packages/board/dist. */
  boardDir?: string | false;
  /** The one clock every route reads (sessions, moves, deadlines, overdue); tests move it. */
  now?: () => Date;
  /** Trust X-Forwarded-For / X-Forwarded-Proto from a reverse proxy. */
  trustProxy?: boolean;
  /** Extra origins allowed to send cookie-authenticated writes (e.g. the Vite dev server). */
  allowedOrigins?: string[];
  bodyLimitBytes?: number;
  loginLimits?: LoginLimits;
  /** The general per-caller limit; false turns it off (the bench, which measures throughput). */
  requestRateLimit?: Partial<RequestRateLimit> | false;
  events?: Omit<EventsRoutesDeps, 'store'>;
  /** The per-address limit of the public survey endpoints. */
  surveyRateLimit?: Partial<SurveyRateLimit>;
  /** Password hashing cost for new passwords; default OWASP_SCRYPT. Tests lower it. */
  hashParams?: ScryptParams;
  /** An SMTP server is configured (STAGEFLOW_SMTP_URL): people may choose email notifications. */
  emailAvailable?: boolean;
  /** Card attachments on disk; without it there are no attachment routes. */
  attachments?: AttachmentsOptions;
}

const ACCEPTS_COMPRESSION = /\b(gzip|deflate)\b/i;

export function createApp(deps: AppDeps): Hono<AppEnv> {
  const { store } = deps;
  const now = deps.now ?? systemClock;
  const app = new Hono<AppEnv>();
  app.onError(onError);
  app.notFound(methodNotAllowed(app, notFound));

  app.use(edgeHeaders({ trustProxy: deps.trustProxy }));
  app.use(refuseNulInPath());
  // Boards of thousands of cards are megabytes of JSON; the event stream must not be buffered.
  // Only for clients that accept it: a compressed answer is a stream read back chunk by chunk
  // (a third of a small JSON answer's cost). Scripts and tools that take plain JSON keep the fast
  // path; edgeHeaders tells caches that the answer varies.
  const gzip = compress();
  // Attachment uploads are files, not JSON: their route applies its own, larger limit.
  const jsonLimit = bodyLimitCheck({ maxBytes: deps.bodyLimitBytes });
  const sameOrigin = csrfCheck({
    cookieName: SESSION_COOKIE,
    allowedOrigins: deps.allowedOrigins,
    trustProxy: deps.trustProxy,
  });
  // The API's checks in one middleware, not one each, in the order they had as three: the body
  // limit (413) before the origin check (403), both inside compression.
  app.use('/api/*', function apiGuards(c, next) {
    const checked: Next = async () => {
      const upload = deps.attachments && c.req.method === 'POST' && UPLOAD_PATH.test(c.req.path);
      const sameOriginThenRoute: Next = async () => {
        sameOrigin(c);
        await next();
      };
      if (!upload && jsonLimit.needsStreaming(c)) await jsonLimit.streamed(c, sameOriginThenRoute);
      else await sameOriginThenRoute();
    };
    const compressed =
      c.req.path !== '/api/events' &&
      ACCEPTS_COMPRESSION.test(c.req.header('accept-encoding') ?? '');
    return compressed ? gzip(c, checked) : checked();
  });
  app.use('/api/*', authenticate({ store, now, trustProxy: deps.trustProxy }));
  if (deps.requestRateLimit !== false) {
    app.use('/api/*', requestRateLimit({ ...deps.requestRateLimit, trustProxy: deps.trustProxy }));
  }

  registerOperation({
    method: 'get',
    path: '/healthz',
    summary: 'Liveness and database check',
    tags: ['Health'],
    auth: 'public',
    responses: {
      200: { description: 'Up', schema: Health },
      503: { description: 'The database does not answer' },
    },
  });
  app.get('/healthz', async (c) => {
    try {
      await sql`select 1`.execute(store.db);
    } catch {
      throw new HttpProblem(
        503,
        'database-unavailable',
        say('http.databaseUnavailable'),
        {},
        { 'Retry-After': '5' },
      );
    }
    return c.json({ status: 'ok', database: store.adapter.dialect });
  });

  app.route('/', openApiRoutes());
  app.route(
    '/api',
    authRoutes({ store, now, trustProxy: deps.trustProxy, loginLimits: deps.loginLimits }),
  );
  app.route('/api', usersRoutes({ store, now, hashParams: deps.hashParams }));
  app.route('/api', workflowsRoutes({ store, now }));
  app.route('/api', cardsRoutes({ store, now }));
  app.route('/api', linksRoutes({ store }));
  app.route('/api', formsRoutes({ store, now }));
  app.route(
    '/api',
    surveysRoutes({ store, now, trustProxy: deps.trustProxy, rateLimit: deps.surveyRateLimit }),
  );
  app.route('/api', boardRoutes({ store, now }));
  app.route('/api', reportsRoutes({ store, now }));
  app.route('/api', commentsRoutes({ store, now }));
  app.route(
    '/api',
    notificationsRoutes({ store, now, emailAvailable: deps.emailAvailable ?? false }),
  );
  app.route('/api', webhooksRoutes({ store, now }));
  if (deps.attachments) {
    app.route('/api', attachmentsRoutes({ store, now, options: deps.attachments }));
  }
  app.route('/api', customersRoutes({ store, now }));
  app.route('/api', equipmentRoutes({ store, now }));
  app.route('/api', partsRoutes({ store, now }));
  app.route('/api', eventsRoutes({ store, now, ...deps.events }));

  if (deps.boardDir !== false) app.route('/', staticBoard(deps.boardDir ?? DEFAULT_BOARD_DIR));
  return app;
}
