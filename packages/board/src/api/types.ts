// What the board reads from the server (packages/server), as the board uses it.
// The normalizers in `normalize.ts` turn the server's JSON into these shapes.
import type {
  FieldValue,
  Fields,
  Labels,
  Locale,
  Move,
  Role,
  SlaState,
  StageEntry,
  WorkflowDefinition,
} from '@stageflow/engine';

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabled?: boolean;
  /** The language they chose; null follows the browser. */
  locale?: Locale | null;
}

/** Someone in the directory (GET /api/users/directory): every active user, readable by all. */
export interface Person {
  id: string;
  name: string;
  role: Role;
}

export interface WorkflowSummary {
  key: string;
  name: string;
  /** Translations of the name. */
  labels?: Labels;
  latestVersion: number;
}

export interface WorkflowDetail extends WorkflowSummary {
  definition: WorkflowDefinition;
  versions: number[];
}

export interface Assignee {
  id: string;
  name: string;
}

/**
 * A card as the board holds it: every field (the board endpoint and the live feed send them all),
 * so the engine in the browser decides moves and the board sums money without asking again.
 */
export interface BoardCard {
  id: string;
  workflow: string;
  version: number;
  stage: string;
  title: string;
  fields: Fields;
  assignee: Assignee | null;
  position: string;
  enteredAt: string;
  dueAt: string | null;
  revision: number;
  /** The stages it entered and when, from its history (SLA); live copies leave it out. */
  stageLog?: StageEntry[];
}

export interface BoardColumn {
  key: string;
  label: string;
  labels?: Labels;
  category: string;
  color?: string;
  wipLimit?: number;
}

/** A column's numbers as the server counted them (the whole stage) and its first window. */
export interface ColumnWindow {
  key: string;
  count: number;
  /** Cards passing the board's filters (the count itself without filters). */
  matched: number;
  /** Total of the money field over the stage (0 without one). */
  sum: number;
  /** Cursor of the next window; null when the column is complete. */
  next: string | null;
}

export interface Board {
  workflow: WorkflowSummary & { version: number };
  /** The change feed position the counts were taken at. */
  lastEventId: number;
  columns: BoardColumn[];
  windows: ColumnWindow[];
  cards: BoardCard[];
}

/** What a live change says the card was before it (stage, and the fields if they changed). */
export interface CardBefore {
  stage: string;
  fields?: Fields;
}

/** A full card (GET /api/cards/:id): the card and the caller's moves. */
export interface CardDetail extends BoardCard {
  createdAt?: string;
  updatedAt?: string;
  moves: Move[];
  /** The server's SLA state as of the request (null: the workflow has no SLA policy). */
  sla?: SlaState | null;
}

export interface HistoryEntry {
  revision: number;
  at: string;
  actor: { id: string; name: string } | null;
  kind: 'created' | 'transition' | 'edit' | 'migration' | 'signal';
  event: string | null;
  fromStage: string | null;
  toStage: string | null;
  changes: Record<string, { from?: FieldValue; to: FieldValue }>;
  /** The card whose move spawned this one (on its 'created' entry). */
  parent?: { card: string };
  /** A linked child's signal this card refused (kind 'signal'), with the sentence why. */
  signal?: { from: string; refused: string };
}

/** One change from the live feed (GET /api/events). */
export interface ChangeEvent {
  seq: number;
  kind: string;
  workflow: string | null;
  cardId: string | null;
  payload: Record<string, unknown>;
}
