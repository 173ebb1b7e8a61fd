// CSV in and out over HTTP: the upload must say it is CSV; the download is an attachment.
import type { Context } from 'hono';
import { HttpProblem } from '../http/problem.ts';
import { say } from '../i18n/translate.ts';

const CSV_TYPE = /^(text\/csv|application\/csv|text\/plain)\s*(;|$)/i;

export async function readCsvBody(c: Context): Promise<string> {
  const type = c.req.header('content-type') ?? '';
  if (!CSV_TYPE.test(type)) {
    throw new HttpProblem(
      415,
      'unsupported-media-type',
      say('installedBase.csvMediaType', { type: type || 'none' }),
    );
  }
  return c.req.text();
}

export function sendCsv(c: Context, filename: string, text: string): Response {
  return c.body(text, 200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="${filename}"`,
  });
}
