// What a printed form says, as plain data in one language: the PDF (form-pdf.ts) and the board's
// print view both lay out this same document, so the two never disagree.
import {
  fieldLabel,
  formatValue,
  intlLocale,
  isEmptyValue,
  stageLabel,
  workflowName,
  type Fields,
  type Locale,
  type WorkflowDefinition,
} from '@stageflow/engine';
import type { CardHistoryRow, CardRow } from '../db/schema.ts';
import type { FormKind } from './form-kinds.ts';
import { formT } from './form-text.ts';

export interface FormRow {
  label: string;
  value: string;
}

export interface FormDocument {
  form: FormKind;
  locale: Locale;
  title: string;
  /** The card id: the number the customer quotes. */
  number: string;
  statement: string;
  summaryHeading: string;
  summary: FormRow[];
  detailsHeading: string;
  details: FormRow[];
  historyHeading: string;
  /** label = when, value = what happened and who did it. */
  history: FormRow[];
  timeZoneNote: string;
  signaturesHeading: string;
  signatures: { party: string; signature: string; date: string }[];
  labels: { number: string; issued: string };
  issued: string;
  /** "{{number}} · page {{page}} of {{pages}}" with number filled in; the renderer fills pages. */
  footer: string;
}

export interface FormSource {
  form: FormKind;
  locale: Locale;
  card: CardRow;
  definition: WorkflowDefinition;
  history: CardHistoryRow[];
  /** Display names of the users the card mentions (assignee, actors, user fields), by id. */
  userNames: ReadonlyMap<string, string>;
  now: string;
}

function dateTimeText(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(new Date(iso));
}

function dateText(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(iso),
  );
}

function detailRows(source: FormSource): FormRow[] {
  const { definition, locale, userNames } = source;
  const fields = JSON.parse(source.card.fields) as Fields;
  return definition.fields
    .filter((field) => !isEmptyValue(fields[field.key]))
    .map((field) => {
      const value = fields[field.key];
      const text =
        field.type === 'user' && typeof value === 'string'
          ? (userNames.get(value) ?? value)
          : formatValue(field, value, locale);
      return { label: fieldLabel(definition, field.key, locale), value: text };
    });
}

function historyRows(source: FormSource): FormRow[] {
  const { definition, locale, userNames } = source;
  const t = formT(locale);
  const stage = (key: string | null) => (key ? stageLabel(definition, key, locale) : '');
  return source.history.map((row) => {
    const what =
      row.kind === 'created'
        ? t('history.created', { stage: stage(row.to_stage) })
        : row.kind === 'transition'
          ? t('history.moved', { from: stage(row.from_stage), to: stage(row.to_stage) })
          : row.kind === 'migration'
            ? t('history.migrated')
            : t('history.edited');
    const by = t('history.by', { name: userNames.get(row.actor_id) ?? row.actor_id });
    return { label: dateTimeText(row.at, locale), value: `${what} (${by})` };
  });
}

export function buildFormDocument(source: FormSource): FormDocument {
  const { form, locale, card, definition } = source;
  const t = formT(locale);
  const summary: FormRow[] = [
    { label: t('header.subject'), value: card.title },
    { label: t('header.workflow'), value: workflowName(definition, locale) },
    { label: t('header.stage'), value: stageLabel(definition, card.stage, locale) },
    { label: t('header.created'), value: dateTimeText(card.created_at, locale) },
  ];
  if (card.assignee_id) {
    const name = source.userNames.get(card.assignee_id) ?? card.assignee_id;
    summary.push({ label: t('header.assignee'), value: name });
  }
  const party = (who: 'customer' | 'staff') => ({
    party: t(`signatures.${who}`),
    signature: t('signatures.signature'),
    date: t('signatures.date'),
  });
  return {
    form,
    locale,
    title: t(`title.${form}`),
    number: card.id,
    statement: t(`statement.${form}`),
    summaryHeading: t('sections.summary'),
    summary,
    detailsHeading: t('sections.details'),
    details: detailRows(source),
    historyHeading: t('sections.history'),
    history: historyRows(source),
    timeZoneNote: t('timeZone'),
    signaturesHeading: t('sections.signatures'),
    signatures: [party('customer'), party('staff')],
    labels: { number: t('header.number'), issued: t('header.issued') },
    issued: dateText(source.now, locale),
    footer: t('footer', { number: card.id, page: '{{page}}', pages: '{{pages}}' }),
  };
}
