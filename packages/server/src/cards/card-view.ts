// What clients see of a card: the full card (GET /cards/:id) and the compact card (board, SSE).
import type { Fields, PersistedCard, StageEntry } from '@stageflow/engine';
import type { CardRow } from '../db/schema.ts';

export interface CardDto {
  id: string;
  workflow: string;
  version: number;
  stage: string;
  title: string;
  fields: Fields;
  assignee: string | null;
  position: string;
  enteredAt: string;
  dueAt: string | null;
  overdue: boolean;
  revision: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  /** The XState persisted snapshot, for the board's own engine. */
  snapshot: PersistedCard;
}

/**
 * A card as the board holds it: everything the board shows and everything the engine in the
 * browser reads to decide moves (stage + fields + enteredAt/dueAt), without the server-only
 * parts of the full card (snapshot, creator, timestamps).
 */
export interface CompactCard {
  id: string;
  title: string;
  stage: string;
  position: string;
  assignee: string | null;
  revision: number;
  enteredAt: string;
  dueAt: string | null;
  overdue: boolean;
  version: number;
  /** Every field of the card that has a value (a null value is left out: absent means empty). */
  fields: Fields;
  /**
   * The stages it entered and when (board load only; the live feed leaves it out and the board
   * appends the entry a move makes), for the engine's slaState() in the browser.
   */
  stageLog?: StageEntry[];
}

export function isOverdue(dueAt: string | null, now: string): boolean {
  return dueAt !== null && dueAt < now;
}

export function etagOf(revision: number): string {
  return `"${revision}"`;
}

export function toCardDto(row: CardRow, now: string): CardDto {
  return {
    id: row.id,
    workflow: row.workflow_key,
    version: row.workflow_version,
    stage: row.stage,
    title: row.title,
    fields: JSON.parse(row.fields) as Fields,
    assignee: row.assignee_id,
    position: row.position,
    enteredAt: row.entered_at,
    dueAt: row.due_at,
    overdue: isOverdue(row.due_at, now),
    revision: row.revision,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    snapshot: JSON.parse(row.snapshot) as PersistedCard,
  };
}

export type CompactSource = Pick<
  CardRow,
  | 'id'
  | 'title'
  | 'stage'
  | 'position'
  | 'assignee_id'
  | 'revision'
  | 'entered_at'
  | 'due_at'
  | 'workflow_version'
> & { fields: Fields };

export function toCompactCard(card: CompactSource, now: string): CompactCard {
  let fields = card.fields;
  for (const key in fields) {
    if (fields[key] !== null) continue;
    // A cleared field: copy once without the nulls (most cards have none, so most are not copied).
    fields = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null));
    break;
  }
  return {
    id: card.id,
    title: card.title,
    stage: card.stage,
    position: card.position,
    assignee: card.assignee_id,
    revision: card.revision,
    enteredAt: card.entered_at,
    dueAt: card.due_at,
    overdue: isOverdue(card.due_at, now),
    version: card.workflow_version,
    fields,
  };
}

/** The compact card of a stored row (change feed payloads). The definition is no longer read. */
export function compactFromRow(row: CardRow, now: string): CompactCard {
  return toCompactCard({ ...row, fields: JSON.parse(row.fields) as Fields }, now);
}
