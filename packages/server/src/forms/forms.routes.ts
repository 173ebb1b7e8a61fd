// /cards/:id/forms: the printable forms of a card, as data (print view) or as a PDF.
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import type { Store } from '../db/database.ts';
import { requireUser } from '../auth/middleware.ts';
import { parseQuery } from '../http/parse-json.ts';
import { requestLocale } from '../i18n/request-locale.ts';
import { registerFormOperations } from './forms.openapi.ts';
import { FormQuery } from './forms.schemas.ts';
import { cardFormDocument, listCardForms } from './forms.service.ts';
import { renderFormPdf } from './form-pdf.ts';

export function formsRoutes(deps: { store: Store; now: () => Date }): Hono<AppEnv> {
  const { store, now } = deps;
  const app = new Hono<AppEnv>();
  registerFormOperations();
  app.use('/cards/:id/forms', requireUser);
  app.use('/cards/:id/forms/*', requireUser);

  app.get('/cards/:id/forms', async (c) => {
    const locale = parseQuery(c, FormQuery).lang ?? requestLocale(c);
    return c.json(await listCardForms(store, c.req.param('id'), locale));
  });

  app.get('/cards/:id/forms/:form', async (c) => {
    const locale = parseQuery(c, FormQuery).lang ?? requestLocale(c);
    const requested = c.req.param('form');
    const pdf = requested.endsWith('.pdf');
    const form = pdf ? requested.slice(0, -'.pdf'.length) : requested;
    const at = now();
    const document = await cardFormDocument(
      store,
      c.req.param('id'),
      form,
      locale,
      at.toISOString(),
    );
    c.header('Content-Language', locale);
    if (!pdf) return c.json(document);
    const bytes = await renderFormPdf(document, at);
    return c.body(new Uint8Array(bytes), 200, {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${form}-${document.number.slice(0, 8)}.pdf"`,
      'Cache-Control': 'private, no-store',
    });
  });
  return app;
}
