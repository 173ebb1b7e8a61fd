// Model-based fuzz: random sequences of moves and field edits — valid and invalid events, field
// values, revisions and Idempotency-Keys — against the real app. The engine, run on the model's
// copy of each card, says what the API must answer; the API never answers 5xx.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  builtinWorkflows,
  start,
  type Ctx,
  type Effect,
  type LinkedCard,
  type Fields,
  type PersistedCard,
  type WorkflowDefinition,
} from '@stageflow/engine';
import { fc } from './support/fast-check.ts';
import {
  FAULT_DIALECTS,
  openFaultApp,
  request,
  type FaultApp,
  type RawResponse,
} from './support/fault-app.ts';
import { filledFields, replayHistory, type HistoryEntry } from './support/replay.ts';
import { BUILTIN_KEYS, newCardFields, sampleRefs } from './support/sample-cards.ts';
import {
  canonicalJson,
  commandArb,
  expectEdit,
  expectMove,
  resolveEvent,
  resolveFields,
  type Command,
  type RevisionPick,
} from './fuzz-model.ts';

const RUNS = Number(process.env.STAGEFLOW_FUZZ_RUNS ?? 60);

interface ModelCard {
  id: string;
  definition: WorkflowDefinition;
  snapshot: PersistedCard;
  revision: number;
}

interface StoredReply {
  request: string;
  status: number;
  body: unknown;
}

/** The fields as the engine would see them, were a "__proto__" key not refused first. */
function asParsed(fields: unknown): Fields | undefined {
  if (fields === undefined) return undefined;
  return Object.fromEntries(
    Object.entries(fields as Fields).filter(([key]) => key !== '__proto__'),
  ) as Fields;
}

const definitionOf = (key: string) => builtinWorkflows.find((d) => d.key === key)!;

/** Whether a card the move spawns would be refused by its own workflow's start(). */
function spawnRefused(effects: Effect[], ctx: Ctx): boolean {
  return effects.some((e) => {
    if (e.type !== 'spawn') return false;
    const child = definitionOf(e.workflow);
    return !start(child, e.fields, { ...ctx, refs: sampleRefs(child) }).ok;
  });
}

function ifMatch(pick: RevisionPick, revision: number): Record<string, string> {
  switch (pick) {
    case 'current':
      return { 'if-match': `"${revision}"` };
    case 'weak':
      return { 'if-match': `W/"${revision}"` };
    case 'stale':
      return { 'if-match': `"${revision - 1}"` };
    case 'ahead':
      return { 'if-match': `"${revision + 1}"` };
    case 'missing':
      return {};
    case 'garbage':
      return { 'if-match': '"three"' };
  }
}

/** The answer every request must satisfy whatever it was: no 5xx, errors as problem+json. */
function expectWellFormed(res: RawResponse, context: string) {
  expect(res.status, `${context}: ${res.text}`).toBeLessThan(500);
  if (res.status >= 400) {
    expect(res.headers.get('content-type'), context).toMatch(/^application\/problem\+json/);
    expect((res.json as { detail?: unknown }).detail, context).toEqual(expect.any(String));
  }
}

/** Statuses decided before the engine is asked: role, If-Match, body shape, revision. */
function gateStatus(command: Command, card: ModelCard, shapeError: boolean): number | null {
  if (command.role === 'viewer') return 403;
  if (command.revision === 'missing') return 428;
  if (command.revision === 'garbage') return 400;
  if (shapeError) return 400;
  return null;
}

describe.each(FAULT_DIALECTS)(
  'model-based fuzz of moves and edits through the API [$dialect]',
  ({ dialect, skip }) => {
    if (skip) {
      it.skip(skip, () => undefined);
      return;
    }
    let f: FaultApp;
    beforeAll(async () => {
      f = await openFaultApp(dialect);
    });
    afterAll(async () => f?.dispose());
    const people = () => [f.users.manager.id, f.users.admin.id];

    async function createCards(workflows: string[]): Promise<ModelCard[]> {
      const cards: ModelCard[] = [];
      for (const key of workflows) {
        const res = await request(f.app, 'POST', '/api/cards', {
          caller: f.users.manager.caller,
          json: { workflow: key, title: `Fuzz ${key}`, fields: newCardFields(key as never) },
        });
        expect(res.status, res.text).toBe(201);
        const body = res.json as { id: string; snapshot: PersistedCard; revision: number };
        cards.push({
          id: body.id,
          definition: definitionOf(key),
          snapshot: body.snapshot,
          revision: 1,
        });
      }
      return cards;
    }

    async function run(cards: ModelCard[], commands: Command[], replies: Map<string, StoredReply>) {
      for (const command of commands) {
        const card = cards[command.card % cards.length]!;
        const user = f.users[command.role];
        const now = new Date().toISOString();
        // The cards this one spawned: guards on linked cards read them, as the server does.
        const linked = await request(f.app, 'GET', `/api/cards/${card.id}/links`, {
          caller: f.users.viewer.caller,
        });
        const ctx = {
          now,
          actor: { id: user.id, role: user.role, name: user.name },
          refs: sampleRefs(card.definition),
          links: (linked.json as { links: LinkedCard[] }).links,
        };
        const headers = ifMatch(command.revision, card.revision);
        let path: string;
        let body: { event?: string; fields?: Fields | Record<string, unknown> };
        let expected: ReturnType<typeof expectMove> | null;
        const shapeError = command.kind === 'move' && command.shapeError;
        if (command.kind === 'move') {
          const event = resolveEvent(card.definition, card.snapshot, ctx, command.event);
          const transition = card.definition.transitions.find((t) => t.event === event);
          const required = command.fillRequired ? (transition?.requires ?? []) : [];
          const fields = resolveFields(
            card.definition,
            command.fields,
            required,
            command.event.index,
            people(),
          );
          path = `/api/cards/${card.id}/transitions`;
          body = Object.keys(fields).length > 0 ? { event, fields } : { event };
          if (shapeError) body = { event, fields: { note: ['not', 'a', 'value'] } };
          if (command.key) headers['idempotency-key'] = command.key;
          expected = expectMove(card.definition, card.snapshot, event, asParsed(body.fields), ctx);
          // A move whose spawned card the engine would not start is refused as a whole.
          if (expected.result?.ok && spawnRefused(expected.result.effects, ctx)) {
            expected = { status: 409 };
          }
        } else {
          const fields = resolveFields(card.definition, command.fields, [], 0, people());
          path = `/api/cards/${card.id}`;
          body = { fields };
          expected = expectEdit(card.definition, card.snapshot, asParsed(fields) ?? {}, ctx);
        }
        const method = command.kind === 'move' ? 'POST' : 'PATCH';
        const res = await request(f.app, method, path, {
          caller: user.caller,
          headers,
          json: body,
        });
        const context = `${method} ${path} ${JSON.stringify(body)} ${JSON.stringify(headers)} as ${command.role}`;
        expectWellFormed(res, context);

        // The server refuses a "__proto__" key outright (400), as it does a malformed value.
        const protoKey = Object.hasOwn(body.fields ?? {}, '__proto__');
        const gate = gateStatus(command, card, shapeError || protoKey);
        const key = command.kind === 'move' && gate === null ? command.key : null;
        const replyKey = key ? `${user.id}:${key}` : null;
        const earlier = replyKey ? replies.get(replyKey) : undefined;
        const thisRequest = `${path}|${canonicalJson(body)}`;
        if (earlier && gate === null) {
          // A key that already answered: the same request replays, another one is refused.
          if (earlier.request === thisRequest) {
            expect(res.status, context).toBe(earlier.status);
            expect(res.json, context).toEqual(earlier.body);
            expect(res.headers.get('idempotent-replayed'), context).toBe('true');
          } else {
            expect(res.status, context).toBe(422);
          }
          continue;
        }
        const stale = command.revision === 'stale' || command.revision === 'ahead';
        const status = gate ?? (stale ? 412 : expected.status);
        expect(res.status, context).toBe(status);
        if (status === 200) {
          const result = expected.result!;
          if (!result.ok) throw new Error('unreachable');
          const answer = res.json as {
            stage: string;
            fields: Fields;
            revision: number;
            snapshot: PersistedCard;
          };
          // An edit that changes no value writes nothing: the card stays as it was.
          const changed = command.kind === 'move' || Object.keys(result.changes).length > 0;
          expect(answer.stage, context).toBe(result.stage);
          expect(answer.fields, context).toEqual(
            changed ? result.snapshot.context.fields : card.snapshot.context.fields,
          );
          expect(answer.revision, context).toBe(card.revision + (changed ? 1 : 0));
          expect(res.headers.get('etag'), context).toBe(`"${answer.revision}"`);
          card.snapshot = answer.snapshot;
          card.revision = answer.revision;
          if (replyKey)
            replies.set(replyKey, { request: thisRequest, status: 200, body: res.json });
        } else if (gate === null && !stale && expected.result && !expected.result.ok) {
          // The engine's own refusal, in its own words.
          const problem = res.json as { reason?: string; detail: string };
          expect(problem.reason, context).toBe(expected.result.code);
          expect(problem.detail, context).toBe(expected.result.message);
        }
      }
    }

    async function expectServerMatchesModel(cards: ModelCard[]) {
      for (const card of cards) {
        const res = await request(f.app, 'GET', `/api/cards/${card.id}`, {
          caller: f.users.viewer.caller,
        });
        const server = res.json as { stage: string; revision: number; fields: Fields };
        expect(server.revision).toBe(card.revision);
        expect(server.stage).toBe(card.snapshot.value);
        expect(server.fields).toEqual(card.snapshot.context.fields);
        const history = await request(f.app, 'GET', `/api/cards/${card.id}/history`, {
          caller: f.users.viewer.caller,
        });
        const entries = (history.json as { history: HistoryEntry[] }).history;
        expect(entries.map((e) => e.revision)).toEqual(
          Array.from({ length: card.revision }, (_, i) => i + 1),
        );
        const replayed = replayHistory(card.definition, entries, sampleRefs(card.definition));
        expect(replayed.value).toBe(server.stage);
        expect(filledFields(replayed.context.fields)).toEqual(filledFields(server.fields));
      }
    }

    it('accepts exactly the moves and edits the engine allows, answers every request below 500, and keeps history gap-free', async () => {
      let userKeys = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.constantFrom(...BUILTIN_KEYS), { minLength: 1, maxLength: 3 }),
          fc.array(commandArb, { minLength: 5, maxLength: 40, size: 'max' }),
          async (workflows, commands) => {
            const cards = await createCards(workflows);
            // Keys are scoped per user and per run: a fresh prefix keeps runs independent.
            userKeys += 1;
            const scoped = commands.map((c) =>
              c.kind === 'move' && c.key ? { ...c, key: `${userKeys}-${c.key}` } : c,
            );
            await run(cards, scoped, new Map());
            await expectServerMatchesModel(cards);
          },
        ),
        { numRuns: dialect === 'sqlite' ? RUNS : Math.ceil(RUNS / 2), endOnFailure: true },
      );
    }, 120_000);
  },
);
