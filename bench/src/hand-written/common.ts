// What a developer writing an XState machine by hand would share between machines: the card's
// context, the event shape, "is this field filled", and the deadline arithmetic.
export type Value = string | number | boolean | null;
export type Fields = Record<string, Value>;

export interface CardContext {
  fields: Fields;
  enteredAt: string;
  dueAt: string | null;
}

export interface CardEvent {
  type: string;
  fields?: Fields;
  now: string;
  actor: { id: string; role: 'admin' | 'manager' | 'viewer' };
  /** Records the card's reference fields point at, as the server resolves them. */
  refs?: Record<string, Fields>;
}

export const HOUR = 3_600_000;
export const DAY = 86_400_000;

export const isEmpty = (v: Value | undefined) =>
  v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** The card's fields with the values sent along with the move. */
export const merged = (context: CardContext, event: CardEvent): Fields =>
  event.fields ? { ...context.fields, ...event.fields } : context.fields;

export const filled = (fields: Fields, keys: string[]) => keys.every((k) => !isEmpty(fields[k]));

export const dateOf = (iso: string) => new Date(iso).toISOString().slice(0, 10);

/** The assign step every transition makes: merge the sent fields, stamp the stage entry. */
export function entered(
  context: CardContext,
  event: CardEvent,
  slaMs: number | null,
  set?: (fields: Fields) => void,
): CardContext {
  const fields = { ...context.fields, ...event.fields };
  set?.(fields);
  return {
    fields,
    enteredAt: event.now,
    dueAt: slaMs === null ? null : new Date(new Date(event.now).getTime() + slaMs).toISOString(),
  };
}
