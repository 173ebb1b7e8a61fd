// The printable forms of a card (server: GET /api/cards/:id/forms[/:form[.pdf]]).
import { FormDocument, FormList, type FormLink } from '@stageflow/api';
import type { Locale } from '@stageflow/engine';
import { api } from '../api/client.ts';

const base = (cardId: string) => `/api/cards/${encodeURIComponent(cardId)}/forms`;

export async function listCardForms(cardId: string, locale: Locale): Promise<FormLink[]> {
  return (await api.get(`${base(cardId)}?lang=${locale}`, FormList)).data.forms;
}

export async function getCardForm(
  cardId: string,
  form: string,
  locale: Locale,
): Promise<FormDocument> {
  const path = `${base(cardId)}/${encodeURIComponent(form)}?lang=${locale}`;
  return (await api.get(path, FormDocument)).data;
}

/** A plain link: the browser sends the session cookie and saves the attachment. */
export function formPdfUrl(cardId: string, form: string, locale: Locale): string {
  return `${base(cardId)}/${encodeURIComponent(form)}.pdf?lang=${locale}`;
}

export function formPrintPath(cardId: string, form: string): string {
  return `/print/cards/${encodeURIComponent(cardId)}/${encodeURIComponent(form)}`;
}
