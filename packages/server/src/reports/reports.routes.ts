// GET /api/reports/<report>: JSON by default, CSV with format=csv or Accept: text/csv.
import { Hono } from 'hono';
import { REPORT_KINDS } from '@stageflow/api';
import type { AppEnv } from '../app-env.ts';
import { requireUser } from '../auth/middleware.ts';
import type { Store } from '../db/database.ts';
import { parseQuery } from '../http/parse-json.ts';
import { requestLocale } from '../i18n/request-locale.ts';
import { sendCsv } from '../installed-base/csv-body.ts';
import { toCsv } from './report-csv.ts';
import { ReportQuery } from './report.schemas.ts';
import { registerReportOperations } from './reports.openapi.ts';
import { computeReport } from './reports.service.ts';

const WANTS_CSV = /\btext\/csv\b/i;

export function reportsRoutes(deps: { store: Store; now: () => Date }): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  registerReportOperations();
  for (const report of REPORT_KINDS) {
    app.get(`/reports/${report}`, requireUser, async (c) => {
      const query = parseQuery(c, ReportQuery);
      const csv =
        query.format === 'csv' || (!query.format && WANTS_CSV.test(c.req.header('accept') ?? ''));
      const format = csv ? 'csv' : 'json';
      const result = await computeReport(deps.store, report, { ...query, format }, deps.now());
      c.header('Cache-Control', 'no-store');
      if (!csv) return c.json(result.body);
      const { workflow, from, to } = result.scope;
      const name = `${report}-${workflow.key}-${from}-${to}.csv`;
      return sendCsv(c, name, toCsv(result.table(requestLocale(c))));
    });
  }
  return app;
}
