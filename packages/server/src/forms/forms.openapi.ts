// The /cards/:id/forms operations as the OpenAPI document shows them.
import { FormDocument, FormList } from '@stageflow/api';
import { registerOperation } from '../http/openapi-registry.ts';
import { FormQuery } from './forms.schemas.ts';

const tags = ['Forms'];

export function registerFormOperations(): void {
  registerOperation({
    method: 'get',
    path: '/api/cards/:id/forms',
    summary: 'The printable forms of a card',
    description:
      "Which forms the card's workflow prints (repair-order, intake-receipt, return-authorization, acceptance-certificate), with their titles in the caller's language.",
    tags,
    auth: 'user',
    query: FormQuery,
    responses: {
      200: { description: 'The forms with their titles', schema: FormList },
      404: { description: 'No such card' },
    },
  });
  registerOperation({
    method: 'get',
    path: '/api/cards/:id/forms/:form',
    summary: 'A form as data, for the print view',
    description:
      "The form's wording and the card's summary, fields, history and signature lines in one language: `?lang=en|ko`, else the user's language, else Accept-Language. Append `.pdf` to the form (`/forms/repair-order.pdf`) for the PDF (A4, Noto Sans KR embedded, text extractable).",
    tags,
    auth: 'user',
    query: FormQuery,
    responses: {
      200: {
        description: 'The form document (JSON), or application/pdf for `<form>.pdf`',
        schema: FormDocument,
      },
      404: { description: "No such card, or the card's workflow has no such form" },
    },
  });
}
