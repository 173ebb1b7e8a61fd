// Component tests only (the real server is exercised by the e2e tests): answers the board's
// fetch calls for the repair workflow from an in-memory list of cards, in the server's JSON shapes,
// with the real engine deciding moves and edits. Live changes are pushed down a real SSE stream.
import {
  edit,
  repairWorkflow as builtinRepair,
  start,
  step,
  type Ctx,
  type Fields,
  type LinkedCard,
  type PersistedCard,
  type WorkflowDefinition,
} from '@stageflow/engine';
import { vi } from 'vitest';
import type { Person } from '@stageflow/api';

export const T0 = '2026-03-02T09:00:00.000Z';

export interface FakeCard {
  id: string;
  title: string;
  stage: string;
  fields: Fields;
  assignee: string | null;
  position: string;
  revision: number;
}

export interface FakeHistory {
  revision: number;
  actorId: string;
  kind: 'created' | 'transition' | 'edit';
  fromStage: string | null;
  toStage: string;
  changes: Record<string, unknown>;
}

export interface Call {
  method: string;
  path: string;
  body: unknown;
}

const ctx: Ctx = { now: T0, actor: { id: 'u-me', role: 'admin' } };

function snapshotFor(card: FakeCard, definition: WorkflowDefinition): PersistedCard {
  const first = start(definition, card.fields, ctx);
  if (!first.ok) throw new Error(`Fixture ${card.title}: ${first.message}`);
  return { ...first.snapshot, value: card.stage };
}

const compact = (c: FakeCard) => ({
  id: c.id,
  title: c.title,
  stage: c.stage,
  position: c.position,
  assignee: c.assignee,
  revision: c.revision,
  enteredAt: T0,
  dueAt: null,
  overdue: false,
  version: 1,
  fields: c.fields,
});

const full = (c: FakeCard, definition: WorkflowDefinition) => ({
  ...compact(c),
  workflow: 'repair',
  createdBy: 'u-me',
  createdAt: T0,
  updatedAt: T0,
  snapshot: {
    ...snapshotFor(c, definition),
    context: { fields: c.fields, enteredAt: T0, dueAt: null },
  },
});

function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json',
      ...headers,
    },
  });
}

export function fakeBoardServer(options: {
  cards: FakeCard[];
  directory: Person[];
  history?: Record<string, FakeHistory[]>;
  /** The repair workflow as published (default: the built-in). */
  definition?: WorkflowDefinition;
  /** Each card's linked cards (GET /api/cards/:id/links; the engine reads them on a move). */
  links?: Record<string, LinkedCard[]>;
}) {
  const repairWorkflow = options.definition ?? builtinRepair;
  const links = new Map(Object.entries(options.links ?? {}));
  const snapshotOf = (card: FakeCard) => snapshotFor(card, repairWorkflow);
  const detail = (c: FakeCard) => ({ ...full(c, repairWorkflow), refs: {}, moves: [] });
  const cards = new Map(options.cards.map((c) => [c.id, { ...c }]));
  const calls: Call[] = [];
  const streams = new Set<ReadableStreamDefaultController<Uint8Array>>();
  let seq = 1;

  /** The board as the server answers it: whole-stage numbers, `assignee` filtered windows. */
  function board(search: URLSearchParams) {
    const money = repairWorkflow.fields.find((f) => f.type === 'money')!;
    const assignee = search.get('assignee');
    const passes = (c: FakeCard) =>
      assignee === null || (assignee === 'none' ? c.assignee === null : c.assignee === assignee);
    return {
      workflow: { key: 'repair', name: 'Repairs', version: 1 },
      lastEventId: seq,
      records: {},
      columns: repairWorkflow.stages.map((stage) => {
        const list = [...cards.values()].filter((c) => c.stage === stage.key);
        const amount = list.reduce((n, c) => n + (Number(c.fields[money.key]) || 0), 0);
        return {
          key: stage.key,
          label: stage.label,
          category: stage.category,
          color: stage.color ?? null,
          wipLimit: stage.wipLimit ?? null,
          count: list.length,
          matched: list.filter(passes).length,
          overLimit: false,
          sum: { field: money.key, currency: 'EUR', amount },
          retired: false,
          cards: list.filter(passes).map(compact),
          next: null,
        };
      }),
    };
  }

  function answer(method: string, path: string, body: unknown, signal?: AbortSignal): Response {
    if (method === 'GET' && path === '/api/events') {
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          streams.add(controller);
          signal?.addEventListener('abort', () => {
            streams.delete(controller);
            controller.error(new DOMException('Aborted', 'AbortError'));
          });
        },
      });
      return new Response(stream, { headers: { 'Content-Type': 'text/event-stream' } });
    }
    const url = new URL(path, 'http://board.test');
    if (method === 'GET' && url.pathname === '/api/board/repair')
      return json(board(url.searchParams));
    if (method === 'GET' && path === '/api/workflows/repair/versions/1')
      return json({
        key: 'repair',
        version: 1,
        publishedBy: 'u-me',
        publishedAt: T0,
        definition: repairWorkflow,
      });
    if (method === 'GET' && path === '/api/users/directory') return json(options.directory);
    const match = /^\/api\/cards\/([^/]+)(\/history|\/transitions|\/links)?$/.exec(path);
    const card = match ? cards.get(decodeURIComponent(match[1]!)) : undefined;
    if (!card) return json({ status: 404, detail: `No route ${method} ${path}` }, 404);
    const etag = () => ({ ETag: `"${card.revision}"` });
    if (method === 'GET' && match![2] === '/history')
      return json({
        history: (options.history?.[card.id] ?? []).map((h) => ({ at: T0, event: null, ...h })),
      });
    if (method === 'GET' && match![2] === '/links')
      return json({ links: links.get(card.id) ?? [] });
    if (method === 'GET' && !match![2]) return json(detail(card), 200, etag());
    const input = body as { event?: string; fields?: Fields; assignee?: string | null };
    const before = { ...card };
    if (method === 'POST' && match![2] === '/transitions') {
      const result = step(
        repairWorkflow,
        snapshotOf(card),
        { type: input.event!, fields: input.fields },
        { ...ctx, links: links.get(card.id) ?? [] },
      );
      if (!result.ok) return json({ status: 409, detail: result.message }, 409);
      Object.assign(card, { stage: result.stage, fields: result.snapshot.context.fields });
    } else if (method === 'PATCH' && !match![2]) {
      if (input.fields) {
        const result = edit(repairWorkflow, snapshotOf(card), input.fields, ctx);
        if (!result.ok) return json({ status: 422, detail: result.message }, 422);
        card.fields = result.snapshot.context.fields;
      }
      if (input.assignee !== undefined) card.assignee = input.assignee;
    } else {
      return json({ status: 405, detail: `No route ${method} ${path}` }, 405);
    }
    card.revision += 1;
    // The server streams every change, the caller's own included (after its answer, usually).
    const changed = { ...card };
    setTimeout(() => stream(method === 'POST' ? 'card.moved' : 'card.updated', changed, before));
    return json(detail(card), 200, etag());
  }

  function stream(kind: string, card: FakeCard, before: FakeCard | undefined) {
    const change = { seq: ++seq, at: T0, kind, workflowKey: 'repair', cardId: card.id };
    const was = before && {
      stage: before.stage,
      ...(JSON.stringify(before.fields) !== JSON.stringify(card.fields)
        ? { fields: before.fields }
        : {}),
    };
    // What each kind says besides the card (the shared ChangeEvent schema checks every member).
    const extra =
      kind === 'card.moved'
        ? { event: 'move', from: before?.stage ?? card.stage, to: card.stage }
        : kind === 'card.updated'
          ? { changes: ['fields'] }
          : {};
    const data = JSON.stringify({
      ...change,
      ...extra,
      actorId: 'u-other',
      card: compact(card),
      before: kind === 'card.created' ? undefined : was,
    });
    const frame = new TextEncoder().encode(`id: ${seq}\nevent: ${kind}\ndata: ${data}\n\n`);
    for (const controller of streams) controller.enqueue(frame);
  }

  vi.stubGlobal('fetch', async (input: string, init: RequestInit = {}) => {
    const method = init.method ?? 'GET';
    const body = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
    if (input !== '/api/events') calls.push({ method, path: input, body });
    return answer(method, input, body, init.signal ?? undefined);
  });

  return {
    calls,
    cards,
    /** Another person's change, as the server streams it (the compact card with every field). */
    pushChange(kind: string, card: FakeCard) {
      const before = cards.get(card.id);
      cards.set(card.id, { ...card });
      stream(kind, card, before && { ...before });
    },
    /**
     * A card of another workflow linked to these cards moves (another person's work): every link
     * to it shows its new stage, and the change is streamed as the server streams it.
     */
    moveLinked(
      id: string,
      workflowKey: string,
      to: Pick<LinkedCard, 'stage' | 'stageLabel' | 'category'>,
    ) {
      let moved: LinkedCard | undefined;
      for (const [owner, list] of links) {
        links.set(
          owner,
          list.map((l) => (l.id === id ? (moved = { ...l, ...to }) : l)),
        );
      }
      if (!moved) throw new Error(`No card links to ${id}`);
      const card = {
        id,
        title: moved.title,
        stage: to.stage,
        fields: {},
        assignee: null,
        position: 'a0',
        revision: 9,
      };
      const data = JSON.stringify({
        seq: ++seq,
        at: T0,
        kind: 'card.moved',
        workflowKey,
        cardId: id,
        actorId: 'u-other',
        card: compact(card),
        before: { stage: 'earlier' },
        event: 'move',
        from: 'earlier',
        to: to.stage,
      });
      const frame = new TextEncoder().encode(`id: ${seq}\nevent: card.moved\ndata: ${data}\n\n`);
      for (const controller of streams) controller.enqueue(frame);
    },
    get listening() {
      return streams.size > 0;
    },
  };
}
