// The printable forms of a card (server: GET /api/cards/:id/forms[/:form[.pdf]]).
import type { Locale } from '@stageflow/engine';
import { api } from '../api/client.ts';

export interface CardFormLink {
  form: string;
  title: string;
}

export interface FormRow {
  label: string;
  value: string;
}

/** The form as the server words it in one language; the PDF is laid out from the same data. */
export interface FormDocument {
  form: string;
  locale: Locale;
  title: string;
  number: string;
  statement: string;
  summaryHeading: string;
  summary: FormRow[];
  detailsHeading: string;
  details: FormRow[];
  historyHeading: string;
  history: FormRow[];
  timeZoneNote: string;
  signaturesHeading: string;
  signatures: { party: string; signature: string; date: string }[];
  labels: { number: string; issued: string };
  issued: string;
}

const base = (cardId: string) => `/api/cards/${encodeURIComponent(cardId)}/forms`;

export async function listCardForms(cardId: string, locale: Locale): Promise<CardFormLink[]> {
  const { data } = await api.get<{ forms: CardFormLink[] }>(`${base(cardId)}?lang=${locale}`);
  return data.forms;
}

export async function getCardForm(
  cardId: string,
  form: string,
  locale: Locale,
): Promise<FormDocument> {
  const path = `${base(cardId)}/${encodeURIComponent(form)}?lang=${locale}`;
  return (await api.get<FormDocument>(path)).data;
}

/** A plain link: the browser sends the session cookie and saves the attachment. */
export function formPdfUrl(cardId: string, form: string, locale: Locale): string {
  return `${base(cardId)}/${encodeURIComponent(form)}.pdf?lang=${locale}`;
}

export function formPrintPath(cardId: string, form: string): string {
  return `/print/cards/${encodeURIComponent(cardId)}/${encodeURIComponent(form)}`;
}
