// Satisfaction surveys: the public pair the customer's page calls (no sign-in, its own rate and
// size limits) and the signed-in views (the card's survey, the workflow's summary).
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { requireUser } from '../auth/middleware.ts';
import type { Store } from '../db/database.ts';
import { bodyLimit } from '../http/body-limit.ts';
import { parseJson, parseQuery } from '../http/parse-json.ts';
import { HttpProblem } from '../http/problem.ts';
import { requestLocale } from '../i18n/request-locale.ts';
import { say } from '../i18n/translate.ts';
import { findWorkflowRow } from '../workflows/workflow.repository.ts';
import { SurveyAnswerBody, SurveyQuery } from './survey.schemas.ts';
import { surveyRateLimit, type SurveyRateLimit } from './survey-rate-limit.ts';
import { answerSurvey, cardSurvey, publicSurvey, workflowSatisfaction } from './survey.service.ts';
import { registerSurveyOperations } from './surveys.openapi.ts';

export interface SurveysRoutesDeps {
  store: Store;
  now: () => Date;
  trustProxy?: boolean;
  rateLimit?: Partial<SurveyRateLimit>;
}

export function surveysRoutes(deps: SurveysRoutesDeps): Hono<AppEnv> {
  const { store, now } = deps;
  const app = new Hono<AppEnv>();
  registerSurveyOperations();
  const iso = () => now().toISOString();

  app.use('/surveys/*', surveyRateLimit({ ...deps.rateLimit, trustProxy: deps.trustProxy }));
  app.use('/surveys/*', bodyLimit({ maxBytes: 8 * 1024 }));

  app.get('/surveys/:token', async (c) => {
    const locale = parseQuery(c, SurveyQuery).lang ?? requestLocale(c);
    c.header('Cache-Control', 'no-store');
    return c.json(await publicSurvey(store, c.req.param('token'), locale, iso()));
  });

  app.post('/surveys/:token/answer', async (c) => {
    const body = await parseJson(c, SurveyAnswerBody);
    return c.json(await answerSurvey(store, c.req.param('token'), body, iso()), 201);
  });

  app.get('/cards/:id/survey', requireUser, async (c) => {
    const role = c.get('user').role;
    const withLink = role === 'admin' || role === 'manager';
    return c.json(await cardSurvey(store, c.req.param('id'), withLink, iso()));
  });

  app.get('/workflows/:key/satisfaction', requireUser, async (c) => {
    const key = c.req.param('key');
    if (!(await findWorkflowRow(store.db, key))) {
      throw new HttpProblem(404, 'workflow-not-found', say('surveys.noWorkflow', { key }));
    }
    return c.json(await workflowSatisfaction(store, key));
  });
  return app;
}
