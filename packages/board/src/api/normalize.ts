// The server's JSON, read tolerantly into the board's shapes: snake_case or camelCase,
// wrapped ({ card: … }) or not. Data is normalized once, where it enters.
import {
  isLocale,
  type Fields,
  type Labels,
  type Move,
  type PersistedCard,
  type SlaState,
  type WorkflowDefinition,
} from '@stageflow/engine';
import type {
  Assignee,
  Board,
  BoardCard,
  BoardColumn,
  CardBefore,
  CardDetail,
  ColumnWindow,
  ChangeEvent,
  HistoryEntry,
  Person,
  User,
  WorkflowDetail,
  WorkflowSummary,
} from './types.ts';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The first of `keys` that `obj` has (not undefined). */
function pick(obj: Json, ...keys: string[]): unknown {
  for (const key of keys) if (obj[key] !== undefined) return obj[key];
  return undefined;
}
const str = (value: unknown, fallback = ''): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : fallback;
const num = (value: unknown, fallback = 0): number => {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : fallback;
};
const optNum = (value: unknown): number | undefined =>
  value === null || value === undefined ? undefined : num(value);

/** Label translations (`{ ko: '진단' }`), keeping only languages the board speaks. */
export function labelsOf(value: unknown): Labels | undefined {
  if (!isObject(value)) return undefined;
  const out: Labels = {};
  for (const [locale, text] of Object.entries(value))
    if (isLocale(locale) && typeof text === 'string' && text) out[locale] = text;
  return Object.keys(out).length > 0 ? out : undefined;
}

/** `{ key: [...] }` or a bare array. */
export function unwrapList(data: unknown, key: string): unknown[] {
  if (Array.isArray(data)) return data;
  if (isObject(data)) {
    const inner = pick(data, key, 'items', 'data');
    if (Array.isArray(inner)) return inner;
  }
  return [];
}

function unwrap(data: unknown, key: string): Json {
  if (!isObject(data)) return {};
  const inner = data[key];
  return isObject(inner) ? { ...data, ...inner } : data;
}

export function toUser(data: unknown): User {
  const u = unwrap(data, 'user');
  const role = str(u.role, 'viewer');
  return {
    id: str(u.id),
    email: str(u.email),
    name: str(pick(u, 'name', 'email')),
    role: role === 'admin' || role === 'manager' ? role : 'viewer',
    disabled: Boolean(u.disabled),
    locale: isLocale(u.locale) ? u.locale : null,
  };
}

export function toPerson(data: unknown): Person {
  const { id, name, role } = toUser(data);
  return { id, name, role };
}

export function toWorkflowSummary(data: unknown): WorkflowSummary {
  const w = isObject(data) ? data : {};
  const definition = isObject(w.definition) ? w.definition : {};
  return {
    key: str(pick(w, 'key', 'workflowKey', 'workflow_key')),
    name: str(pick(w, 'name') ?? definition.name, str(w.key)),
    labels: labelsOf(pick(w, 'labels') ?? definition.labels),
    latestVersion: num(
      pick(w, 'latestVersion', 'latest_version', 'version') ?? definition.version,
      1,
    ),
  };
}

export function toWorkflowDetail(data: unknown): WorkflowDetail {
  const w = unwrap(data, 'workflow');
  const definition = (isObject(w.definition) ? w.definition : w) as unknown as WorkflowDefinition;
  const versions = Array.isArray(w.versions)
    ? w.versions.map((v) => (isObject(v) ? num(v.version) : num(v)))
    : [definition.version];
  return { ...toWorkflowSummary({ ...w, definition }), definition, versions };
}

/** GET /api/workflows/:key/versions/:version answers the definition, maybe wrapped. */
export function toDefinition(data: unknown): WorkflowDefinition {
  const d = isObject(data) && isObject(data.definition) ? data.definition : data;
  return d as WorkflowDefinition;
}

function toAssignee(card: Json): Assignee | null {
  const a = pick(card, 'assignee');
  if (isObject(a)) return { id: str(a.id), name: str(pick(a, 'name', 'email'), str(a.id)) };
  const id = pick(card, 'assigneeId', 'assignee_id', 'assignee');
  if (typeof id !== 'string' || !id) return null;
  // The board API sends ids only: the board names people from the directory.
  return { id, name: str(pick(card, 'assigneeName', 'assignee_name')) };
}

export function toBoardCard(data: unknown, workflow = ''): BoardCard {
  const c = unwrap(data, 'card');
  const snapshotRaw = pick(c, 'snapshot');
  const snapshot = isObject(snapshotRaw) ? (snapshotRaw as PersistedCard) : undefined;
  const fields = (pick(c, 'fields') ?? snapshot?.context.fields ?? {}) as Fields;
  const card: BoardCard = {
    id: str(c.id),
    workflow: str(pick(c, 'workflow', 'workflowKey', 'workflow_key'), workflow),
    version: num(pick(c, 'version', 'workflowVersion', 'workflow_version'), 1),
    stage: str(pick(c, 'stage') ?? snapshot?.value),
    title: str(c.title),
    fields: isObject(fields) ? fields : {},
    assignee: toAssignee(c),
    position: str(pick(c, 'position'), ''),
    enteredAt: str(pick(c, 'enteredAt', 'entered_at') ?? snapshot?.context.enteredAt),
    dueAt: (pick(c, 'dueAt', 'due_at') ?? snapshot?.context.dueAt ?? null) as string | null,
    revision: num(pick(c, 'revision'), 0),
  };
  const log = pick(c, 'stageLog');
  if (Array.isArray(log)) {
    card.stageLog = log
      .filter(isObject)
      .map((e) => ({ stage: str(e.stage), at: str(e.at) }))
      .filter((e) => e.stage && e.at);
  }
  return card;
}

export function toCardDetail(data: unknown, etag: string | null): CardDetail {
  const c = unwrap(data, 'card');
  const card = toBoardCard(c);
  if (etag && /^\d+$/.test(etag)) card.revision = Number(etag);
  const movesRaw = isObject(data) ? (data.moves ?? c.moves) : undefined;
  return {
    ...card,
    createdAt: str(pick(c, 'createdAt', 'created_at')) || undefined,
    updatedAt: str(pick(c, 'updatedAt', 'updated_at')) || undefined,
    moves: Array.isArray(movesRaw) ? (movesRaw as Move[]) : [],
    sla: isObject(c.sla) ? (c.sla as unknown as SlaState) : null,
  };
}

function toWindow(data: unknown): ColumnWindow {
  const c = isObject(data) ? data : {};
  const count = num(c.count);
  return {
    key: str(pick(c, 'key', 'stage')),
    count,
    matched: num(c.matched, count),
    sum: isObject(c.sum) ? num(c.sum.amount) : 0,
    next: typeof c.next === 'string' ? c.next : null,
  };
}

/** A live change's `before`: the stage the card left and its fields when they changed. */
export function toCardBefore(data: unknown): CardBefore | null {
  if (!isObject(data) || typeof data.stage !== 'string') return null;
  return isObject(data.fields)
    ? { stage: data.stage, fields: data.fields as Fields }
    : { stage: data.stage };
}

function toColumn(data: unknown): BoardColumn {
  const c = isObject(data) ? data : {};
  return {
    key: str(pick(c, 'key', 'stage')),
    label: str(pick(c, 'label', 'name'), str(pick(c, 'key', 'stage'))),
    labels: labelsOf(c.labels),
    category: str(c.category, 'active'),
    color: typeof c.color === 'string' ? c.color : undefined,
    wipLimit: optNum(pick(c, 'wipLimit', 'wip_limit')),
  };
}

export function toBoard(data: unknown, key: string): Board {
  const b = isObject(data) ? data : {};
  const workflowRaw = isObject(b.workflow) ? b.workflow : { key, ...b };
  const workflow = {
    ...toWorkflowSummary(workflowRaw),
    version: num(pick(workflowRaw, 'version', 'latestVersion', 'latest_version'), 1),
  };
  if (!workflow.key) workflow.key = key;
  const columnsRaw = Array.isArray(b.columns) ? b.columns : [];
  const columns = columnsRaw.map(toColumn);
  const windows = columnsRaw.map(toWindow);
  const cards: BoardCard[] = [];
  // Cards either nested in their column or in one flat list.
  columnsRaw.forEach((col, index) => {
    if (isObject(col) && Array.isArray(col.cards)) {
      for (const card of col.cards) {
        const c = toBoardCard(card, workflow.key);
        if (!c.stage) c.stage = columns[index]?.key ?? '';
        cards.push(c);
      }
    }
  });
  if (Array.isArray(b.cards))
    for (const card of b.cards) cards.push(toBoardCard(card, workflow.key));
  return { workflow, lastEventId: num(b.lastEventId), columns, windows, cards };
}

export function toHistoryEntry(data: unknown): HistoryEntry {
  const h = isObject(data) ? data : {};
  const actorRaw = pick(h, 'actor');
  const actorId = str(pick(h, 'actorId', 'actor_id'));
  const actor = isObject(actorRaw)
    ? { id: str(actorRaw.id), name: str(pick(actorRaw, 'name', 'email'), str(actorRaw.id)) }
    : actorId
      ? { id: actorId, name: str(pick(h, 'actorName', 'actor_name')) }
      : null;
  // `{ title: {from,to}, fields: { key: {from,to} } }` or already flat: one level per key here.
  const changesRaw = pick(h, 'changes');
  const changes: Json = {};
  if (isObject(changesRaw)) {
    for (const [key, value] of Object.entries(changesRaw)) {
      if (!isObject(value) || key === 'signal' || key === 'parent') continue;
      if ('to' in value || 'from' in value) changes[key] = value;
      else if (key === 'fields') Object.assign(changes, value);
    }
  }
  return {
    revision: num(h.revision),
    at: str(h.at),
    actor,
    kind: str(h.kind, 'edit') as HistoryEntry['kind'],
    event: (pick(h, 'event') ?? null) as string | null,
    fromStage: (pick(h, 'fromStage', 'from_stage', 'from') ?? null) as string | null,
    toStage: (pick(h, 'toStage', 'to_stage', 'to') ?? null) as string | null,
    changes: changes as HistoryEntry['changes'],
    ...linkNotes(changesRaw),
  };
}

/** What a history entry says about linked cards: the card that spawned it, a refused signal. */
function linkNotes(changes: unknown): Pick<HistoryEntry, 'parent' | 'signal'> {
  if (!isObject(changes)) return {};
  const notes: Pick<HistoryEntry, 'parent' | 'signal'> = {};
  if (isObject(changes.parent)) notes.parent = { card: str(changes.parent.card) };
  if (isObject(changes.signal)) {
    notes.signal = { from: str(changes.signal.from), refused: str(changes.signal.refused) };
  }
  return notes;
}

export function toChangeEvent(
  data: unknown,
  id: string | undefined,
  kind: string | undefined,
): ChangeEvent {
  const e = isObject(data) ? data : {};
  const payload = isObject(e.payload) ? e.payload : e;
  return {
    seq: num(pick(e, 'seq') ?? id, 0),
    kind: str(pick(e, 'kind', 'type') ?? kind, kind ?? 'message'),
    workflow: (pick(e, 'workflow', 'workflowKey', 'workflow_key') ??
      pick(payload, 'workflow', 'workflowKey', 'workflow_key') ??
      null) as string | null,
    cardId: (pick(e, 'cardId', 'card_id') ??
      pick(payload, 'cardId', 'card_id') ??
      (isObject(payload.card) ? payload.card.id : null) ??
      null) as string | null,
    payload,
  };
}
