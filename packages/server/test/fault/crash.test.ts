// Crash: the server process is killed with SIGKILL while clients move cards concurrently, then
// restarted on the same data directory, over and over. After every restart: each move that got a
// 2xx is in the history, each card equals its history replayed through the engine, and no card's
// history skips a revision.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtinWorkflows, type Fields } from '@stageflow/engine';
import { adminClient, type Client } from './support/http-client.ts';
import { filledFields, replayHistory, type HistoryEntry } from './support/replay.ts';
import { startServerProcess, type ServerProcess } from './support/server-process.ts';
import { createLoopCards, nextMove, type LoopCard } from './support/loop-cards.ts';

const CYCLES = Number(process.env.STAGEFLOW_CRASH_CYCLES ?? 20);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(condition: () => boolean, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`no progress in ${timeoutMs} ms`);
    await sleep(5);
  }
}

interface Ack {
  card: string;
  revision: number;
  event: string;
}

/** Moves its own card until the server stops answering; returns the moves that got a 2xx. */
async function mover(client: Client, card: LoopCard, acks: Ack[]): Promise<'died'> {
  for (;;) {
    const move = nextMove(card);
    let reply;
    try {
      reply = await client.send('POST', `/api/cards/${card.id}/transitions`, move, {
        'if-match': `"${card.revision}"`,
      });
    } catch {
      return 'died'; // the outcome of this move is unknown: it may or may not have committed
    }
    if (reply.status !== 200) {
      throw new Error(
        `move ${move.event} of ${card.id} answered ${reply.status}: ${JSON.stringify(reply.json)}`,
      );
    }
    const body = reply.json as { revision: number; stage: string };
    acks.push({ card: card.id, revision: body.revision, event: move.event });
    card.revision = body.revision;
    card.stage = body.stage;
  }
}

async function checkCard(client: Client, card: LoopCard, acks: Ack[]) {
  const got = await client.send('GET', `/api/cards/${card.id}`);
  const server = got.json as { revision: number; stage: string; fields: Fields; workflow: string };
  const history = await client.send('GET', `/api/cards/${card.id}/history`);
  const entries = (history.json as { history: HistoryEntry[] }).history;
  expect(
    entries.map((e) => e.revision),
    `revisions of ${card.id}`,
  ).toEqual(Array.from({ length: server.revision }, (_, i) => i + 1));
  for (const ack of acks.filter((a) => a.card === card.id)) {
    expect(entries[ack.revision - 1]?.event, `acknowledged revision ${ack.revision}`).toBe(
      ack.event,
    );
  }
  const definition = builtinWorkflows.find((d) => d.key === server.workflow)!;
  const replayed = replayHistory(definition, entries);
  expect(replayed.value).toBe(server.stage);
  expect(filledFields(replayed.context.fields)).toEqual(filledFields(server.fields));
  card.revision = server.revision;
  card.stage = server.stage;
}

describe('crash: kill -9 during concurrent moves', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'stageflow-crash-'));
  let server: ServerProcess | undefined;
  afterAll(async () => {
    await server?.kill9();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it(
    `loses no acknowledged move over ${CYCLES} SIGKILL/restart cycles`,
    async () => {
      server = await startServerProcess({ dataDir });
      let client = await adminClient(server.url);
      const cards = await createLoopCards(client, 8);
      const acks: Ack[] = [];
      let unknown = 0;
      for (let cycle = 0; cycle < CYCLES; cycle++) {
        const before = acks.length;
        const movers = cards.map((card) => mover(client, card, acks));
        // Kill once the movers are in full swing: a few moves acknowledged, then a random moment.
        await until(() => acks.length >= before + 4, 20_000);
        await sleep(Math.random() * 200);
        await server.kill9();
        unknown += (await Promise.all(movers)).length;

        server = await startServerProcess({ dataDir });
        client = client.at(server.url);
        for (const card of cards) await checkCard(client, card, acks);
      }
      console.log(
        `crash: ${CYCLES} cycles, ${acks.length} acknowledged moves all in history, ${unknown} moves in flight at a kill`,
      );
    },
    CYCLES * 20_000 + 30_000,
  );
});
