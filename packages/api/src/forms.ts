// A card's printable forms: GET /api/cards/:id/forms and …/forms/:form (the JSON the print view
// and the PDF are laid out from, worded in one language).
import { z } from 'zod';
import { LOCALES } from '@stageflow/engine';

export const FormLink = z.strictObject({ form: z.string(), title: z.string() });
export type FormLink = z.infer<typeof FormLink>;

export const FormList = z.strictObject({ forms: z.array(FormLink) });

export const FormRow = z.strictObject({ label: z.string(), value: z.string() });
export type FormRow = z.infer<typeof FormRow>;

export const FormDocument = z.strictObject({
  form: z.string(),
  locale: z.enum(LOCALES),
  title: z.string(),
  /** The card id: the number the customer quotes. */
  number: z.string(),
  statement: z.string(),
  summaryHeading: z.string(),
  summary: z.array(FormRow),
  detailsHeading: z.string(),
  details: z.array(FormRow),
  historyHeading: z.string(),
  /** label = when, value = what happened and who did it. */
  history: z.array(FormRow),
  timeZoneNote: z.string(),
  signaturesHeading: z.string(),
  signatures: z.array(
    z.strictObject({ party: z.string(), signature: z.string(), date: z.string() }),
  ),
  labels: z.strictObject({ number: z.string(), issued: z.string() }),
  issued: z.string(),
  /** "{{number}} · page {{page}} of {{pages}}" with the number filled in (the PDF's footer). */
  footer: z.string(),
});
export type FormDocument = z.infer<typeof FormDocument>;
