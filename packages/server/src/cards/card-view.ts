// What clients see of a card: the full card (GET /cards/:id) and the compact card (board, SSE).
import type { Card, CompactCard } from '@stageflow/api';
import type { Fields, PersistedCard } from '@stageflow/engine';
import type { CardRow } from '../db/schema.ts';

// The shapes are @stageflow/api's `Card` (the full card) and `CompactCard` (what the board holds:
// everything it shows and the engine in the browser reads, without snapshot, creator, timestamps).
export type CardDto = Card;
export type { CompactCard };

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
