// The report operations as the OpenAPI document shows them: one path per report.
import { REPORT_BODIES, REPORT_KINDS, type ReportKind } from '@stageflow/api';
import { registerOperation } from '../http/openapi-registry.ts';
import { ReportQuery } from './report.schemas.ts';

const SUMMARIES: Record<ReportKind, string> = {
  'lead-time': 'Lead time (created → done) of the cards finished in the range',
  'cycle-time': 'Cycle time (first active stage → done) of the cards finished in the range',
  throughput: 'Cards finished (done, cancelled) per day',
  cfd: 'Cumulative flow: cards in each stage at the end of each day',
  aging: 'Aging work in progress: open cards by stage and age, now',
  sla: 'SLA breach rate of the cards finished in the range',
  csat: 'Customer satisfaction: surveys sent and answered in the range',
  pipeline: "Pipeline value: open cards' money per stage, and won in the range",
  workload: 'Workload per person: open, active, overdue and finished cards',
};

export function registerReportOperations(): void {
  for (const report of REPORT_KINDS) {
    registerOperation({
      method: 'get',
      path: `/api/reports/${report}`,
      summary: SUMMARIES[report],
      description:
        'Computed from the card history; the exact definition of each measure is in docs/reports.md. `format=csv` or `Accept: text/csv` answers the same numbers as a CSV attachment.',
      tags: ['Reports'],
      auth: 'user',
      query: ReportQuery,
      responses: {
        200: { description: 'The report (JSON, or CSV when asked)', schema: REPORT_BODIES[report] },
        400: { description: 'A bad query parameter (named in `field`), or `from` after `to`' },
        404: { description: 'No such workflow' },
      },
    });
  }
}
