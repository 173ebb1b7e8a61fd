// Two server processes on one PostgreSQL database move the same cards at the same revisions:
// exactly one of each pair wins (no lost update), histories stay gap-free and replay to the card,
// and each process's SSE stream delivers every change — its own and the other's — once, in order.
import { afterAll, describe, expect, it } from 'vitest';
import { builtinWorkflows, type Fields } from '@stageflow/engine';
import { sseClient, type SseClient } from '../helpers/sse-client.ts';
import { adminClient, type Client } from './support/http-client.ts';
import { createLoopCards, nextMove, type LoopCard } from './support/loop-cards.ts';
import { filledFields, replayHistory, type HistoryEntry } from './support/replay.ts';
import { createScratchDatabase, type ScratchDatabase } from './support/scratch-database.ts';
import { startServerProcess, type ServerProcess } from './support/server-process.ts';

const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || undefined;
const ROUNDS = 12;

async function openStream(client: Client): Promise<SseClient> {
  const res = await fetch(`${client.baseUrl}/api/events`, { headers: client.authHeaders() });
  const stream = sseClient(res);
  await stream.ready(10_000);
  return stream;
}

describe('two server processes on one PostgreSQL database', () => {
  if (!TEST_DATABASE_URL) {
    it.skip('skipped: TEST_DATABASE_URL is not set (e.g. postgres://postgres@127.0.0.1:5432/test)', () =>
      undefined);
    return;
  }
  let db: ScratchDatabase | undefined;
  const servers: ServerProcess[] = [];
  const streams: SseClient[] = [];
  // Each process finishes its open requests (up to 5 s) before it exits; under load the two
  // stopped one after the other came close to the 20 s hook limit, so they stop together.
  afterAll(async () => {
    await Promise.all(streams.map((s) => s.close()));
    await Promise.all(servers.map((s) => s.stop()));
    await db?.drop();
  }, 60_000);

  it('loses no update when both move the same cards, and each streams every change', async () => {
    db = await createScratchDatabase(TEST_DATABASE_URL);
    // One after the other: the first migrates and creates the admin, the second finds both.
    servers.push(await startServerProcess({ databaseUrl: db.url }));
    servers.push(await startServerProcess({ databaseUrl: db.url }));
    const a = await adminClient(servers[0]!.url);
    const b = a.at(servers[1]!.url);
    streams.push(await openStream(a), await openStream(b));
    const startSeq = Math.max(...streams.map((s) => s.readySeq!));

    const cards = await createLoopCards(a, 6);
    const wins = new Map<string, { revision: number; event: string }[]>();
    for (let round = 0; round < ROUNDS; round++) {
      await Promise.all(
        cards.map(async (card: LoopCard) => {
          const move = nextMove(card);
          const headers = { 'if-match': `"${card.revision}"` };
          const path = `/api/cards/${card.id}/transitions`;
          const replies = await Promise.all([
            a.send('POST', path, move, headers),
            b.send('POST', path, move, headers),
          ]);
          const statuses = replies.map((r) => r.status).sort();
          expect(statuses, `round ${round} of ${card.id}`).toEqual([200, 412]);
          const winner = replies.find((r) => r.status === 200)!.json as {
            revision: number;
            stage: string;
          };
          expect(winner.revision).toBe(card.revision + 1);
          wins.set(card.id, [
            ...(wins.get(card.id) ?? []),
            { revision: winner.revision, event: move.event },
          ]);
          card.revision = winner.revision;
          card.stage = winner.stage;
        }),
      );
    }

    for (const card of cards) {
      const server = (await b.send('GET', `/api/cards/${card.id}`)).json as {
        revision: number;
        stage: string;
        fields: Fields;
        workflow: string;
      };
      const entries = (
        (await a.send('GET', `/api/cards/${card.id}/history`)).json as { history: HistoryEntry[] }
      ).history;
      expect(server.revision).toBe(card.revision);
      expect(entries.map((e) => e.revision)).toEqual(
        Array.from({ length: card.revision }, (_, i) => i + 1),
      );
      for (const win of wins.get(card.id)!)
        expect(entries[win.revision - 1]?.event).toBe(win.event);
      const replayed = replayHistory(
        builtinWorkflows.find((d) => d.key === server.workflow)!,
        entries,
      );
      expect(replayed.value).toBe(server.stage);
      expect(filledFields(replayed.context.fields)).toEqual(filledFields(server.fields));
    }

    // Writers answer before their change is numbered into `changes` (the outbox flush follows the
    // commit); flush once more so every committed change is counted.
    await db.query('select stageflow_flush_changes()');
    const seqs = (
      await db.query<{ seq: number }>(
        `select seq from changes where seq > ${startSeq} order by seq`,
      )
    ).map((r) => Number(r.seq));
    expect(seqs.length).toBe(
      cards.length * (1 + ROUNDS) + cards.reduce((n, c) => n + (c.workflow === 'deal' ? 2 : 3), 0),
    );
    for (const [i, stream] of streams.entries()) {
      const events = await stream.waitFor(seqs.length, 15_000);
      await stream.settle(300);
      expect(
        events.map((e) => Number(e.id)),
        `stream of process ${i + 1}`,
      ).toEqual(seqs);
    }
  }, 120_000);
});
