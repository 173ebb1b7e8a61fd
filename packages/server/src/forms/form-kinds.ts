// The printable forms and which workflows print them. A form is paperwork of a kind of service
// work, so it is tied to the built-in workflows whose stages it documents; a workflow not listed
// here (a custom one) prints none until it is added.
export const FORM_KINDS = [
  'repair-order',
  'intake-receipt',
  'return-authorization',
  'acceptance-certificate',
] as const;
export type FormKind = (typeof FORM_KINDS)[number];

const FORMS_BY_WORKFLOW: Record<string, readonly FormKind[]> = {
  repair: ['repair-order', 'intake-receipt', 'acceptance-certificate'],
  warranty: ['intake-receipt', 'acceptance-certificate'],
  return: ['return-authorization', 'intake-receipt'],
  deal: ['acceptance-certificate'],
};

export function isFormKind(value: string): value is FormKind {
  return (FORM_KINDS as readonly string[]).includes(value);
}

export function formsFor(workflowKey: string): readonly FormKind[] {
  return FORMS_BY_WORKFLOW[workflowKey] ?? [];
}
