// The reference for the HTTP move row: a durable move server written by hand with node:http,
// better-sqlite3 and XState, doing the job a Stageflow move does and nothing else:
// look up the caller's token (sha256 → token row joined with its active user), BEGIN IMMEDIATE,
// read the card, restore its XState snapshot and transition it (hand-written machines, the same
// guards and assigns as the built-ins), a conditional UPDATE at the expected revision, one history
// INSERT and one change-feed INSERT, COMMIT, and the moved card as JSON. Same SQLite settings as
// the server (WAL, synchronous=NORMAL, prepared statements reused).
//
// Run as a child process: `node --import tsx src/reference-server.ts <dataDir> <cards>`; it prints
// one JSON line `{ url, token, cards }` once it listens.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { transition, type AnyStateMachine } from 'xstate';
import { dealMachine } from './hand-written/deal.ts';
import { repairMachine } from './hand-written/repair.ts';
import type { CardContext, Fields } from './hand-written/common.ts';

const [dataDir = '.', cardCount = '24'] = process.argv.slice(2);
const machines: Record<string, AnyStateMachine> = { deal: dealMachine, repair: repairMachine };

const db = new Database(join(dataDir, 'reference.db'));
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
db.pragma('busy_timeout = 5000');
db.exec(`
  create table if not exists users (id text primary key, name text not null, role text not null,
    disabled integer not null default 0);
  create table if not exists api_tokens (id text primary key, user_id text not null references users(id),
    token_hash text not null unique);
  create table if not exists cards (id text primary key, workflow text not null, stage text not null,
    title text not null, fields text not null, snapshot text not null, entered_at text not null,
    due_at text, revision integer not null, updated_at text not null);
  create table if not exists card_history (id integer primary key autoincrement, card_id text not null,
    revision integer not null, at text not null, actor_id text not null, event text, from_stage text,
    to_stage text not null, changes text not null, unique (card_id, revision));
  create table if not exists changes (seq integer primary key autoincrement, at text not null,
    kind text not null, card_id text, payload text not null);
`);

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const q = {
  tokenUser: db.prepare(
    `select users.id, users.role from api_tokens join users on users.id = api_tokens.user_id
     where api_tokens.token_hash = ? and users.disabled = 0`,
  ),
  card: db.prepare('select * from cards where id = ?'),
  update: db.prepare(
    `update cards set stage = ?, fields = ?, snapshot = ?, entered_at = ?, due_at = ?,
     revision = revision + 1, updated_at = ? where id = ? and revision = ?`,
  ),
  history: db.prepare(
    `insert into card_history (card_id, revision, at, actor_id, event, from_stage, to_stage, changes)
     values (?, ?, ?, ?, ?, ?, ?, ?)`,
  ),
  change: db.prepare('insert into changes (at, kind, card_id, payload) values (?, ?, ?, ?)'),
  begin: db.prepare('begin immediate'),
  commit: db.prepare('commit'),
  rollback: db.prepare('rollback'),
};

interface CardRow {
  id: string;
  workflow: string;
  stage: string;
  title: string;
  fields: string;
  snapshot: string;
  entered_at: string;
  due_at: string | null;
  revision: number;
  updated_at: string;
}

function toJson(row: CardRow) {
  return {
    id: row.id,
    workflow: row.workflow,
    stage: row.stage,
    title: row.title,
    fields: JSON.parse(row.fields) as Fields,
    enteredAt: row.entered_at,
    dueAt: row.due_at,
    revision: row.revision,
    updatedAt: row.updated_at,
  };
}

function send(res: ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': status < 300 ? 'application/json' : 'application/problem+json',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

type Outcome = { status: number; body: unknown };

function move(
  user: { id: string; role: string },
  id: string,
  ifMatch: number,
  event: { event: string; fields?: Fields },
): Outcome {
  const now = new Date().toISOString();
  q.begin.run();
  try {
    const card = q.card.get(id) as CardRow | undefined;
    if (!card) return rollback({ status: 404, body: { detail: 'no such card' } });
    if (card.revision !== ifMatch) return rollback({ status: 412, body: { detail: 'stale' } });
    const machine = machines[card.workflow]!;
    const persisted = JSON.parse(card.snapshot) as { value: string; context: CardContext };
    const restored = machine.resolveState(persisted);
    const [next] = transition(machine, restored, {
      type: event.event,
      fields: event.fields,
      now,
      actor: user,
    });
    if (next.value === restored.value) {
      return rollback({ status: 422, body: { detail: `${event.event} is not possible now` } });
    }
    const context = next.context as CardContext;
    const stage = next.value as string;
    const snapshot = JSON.stringify(machine.getPersistedSnapshot(next));
    const fields = JSON.stringify(context.fields);
    const written = q.update.run(
      stage,
      fields,
      snapshot,
      context.enteredAt,
      context.dueAt,
      now,
      id,
      ifMatch,
    );
    if (written.changes !== 1) return rollback({ status: 412, body: { detail: 'stale' } });
    const moved: CardRow = {
      ...card,
      stage,
      fields,
      snapshot,
      entered_at: context.enteredAt,
      due_at: context.dueAt,
      revision: ifMatch + 1,
      updated_at: now,
    };
    const body = toJson(moved);
    q.history.run(
      id,
      moved.revision,
      now,
      user.id,
      event.event,
      card.stage,
      stage,
      JSON.stringify({ input: event.fields ?? {} }),
    );
    q.change.run(
      now,
      'card.moved',
      id,
      JSON.stringify({ event: event.event, from: card.stage, to: stage, card: body }),
    );
    q.commit.run();
    return { status: 200, body };
  } catch (err) {
    if (db.inTransaction) q.rollback.run();
    throw err;
  }
}

function rollback(outcome: Outcome): Outcome {
  q.rollback.run();
  return outcome;
}

const MOVE = /^\/api\/cards\/([^/]+)\/transitions$/;
const CARD = /^\/api\/cards\/([^/]+)$/;

const server = createServer((req, res) => {
  void (async () => {
    const token = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1];
    const user = token
      ? (q.tokenUser.get(sha256(token)) as { id: string; role: string } | undefined)
      : undefined;
    if (!user) return send(res, 401, { detail: 'sign in' });
    const url = req.url ?? '';
    const moveMatch = req.method === 'POST' ? MOVE.exec(url) : null;
    if (moveMatch) {
      const ifMatch = Number(/^"(\d+)"$/.exec(req.headers['if-match'] ?? '')?.[1] ?? NaN);
      if (!Number.isInteger(ifMatch)) return send(res, 428, { detail: 'If-Match' });
      let body: { event?: unknown; fields?: Fields };
      try {
        body = JSON.parse(await readBody(req)) as typeof body;
      } catch {
        return send(res, 400, { detail: 'not JSON' });
      }
      if (typeof body.event !== 'string') return send(res, 400, { detail: 'event' });
      const outcome = move(user, decodeURIComponent(moveMatch[1]!), ifMatch, {
        event: body.event,
        fields: body.fields,
      });
      return send(res, outcome.status, outcome.body);
    }
    const cardMatch = req.method === 'GET' ? CARD.exec(url) : null;
    if (cardMatch) {
      const row = q.card.get(decodeURIComponent(cardMatch[1]!)) as CardRow | undefined;
      return row ? send(res, 200, toJson(row)) : send(res, 404, { detail: 'no such card' });
    }
    send(res, 404, { detail: 'not found' });
  })().catch((err: unknown) => {
    console.error(err);
    if (!res.headersSent) send(res, 500, { detail: 'internal' });
  });
});

/** Loop cards as the bench expects them: deals in proposal, repairs in repair (see loop-cards). */
function seed(count: number) {
  const token = randomBytes(24).toString('base64url');
  db.prepare("insert or ignore into users values ('u-bench', 'Bench', 'admin', 0)").run();
  db.prepare('insert into api_tokens values (?, ?, ?)').run(randomUUID(), 'u-bench', sha256(token));
  const at = new Date().toISOString();
  const setups: Record<string, { fields: Fields; path: { type: string; fields?: Fields }[] }> = {
    deal: {
      fields: { customer: 'Nordwind GmbH', amount: 12_000 },
      path: [{ type: 'qualify' }, { type: 'send_proposal' }],
    },
    repair: {
      fields: { customer: 'Café Lindner', equipment: 'Espresso GS3', serialNumber: 'GS3-7' },
      path: [
        { type: 'start_diagnosis' },
        { type: 'send_quote', fields: { diagnosis: 'Pump worn', quoteAmount: 180 } },
        { type: 'approve_quote_no_parts' },
      ],
    },
  };
  const insert = db.prepare('insert into cards values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const cards = [];
  for (let i = 0; i < count; i++) {
    const workflow = i % 2 === 0 ? 'deal' : 'repair';
    const machine = machines[workflow]!;
    const setup = setups[workflow]!;
    let state = machine.resolveState({
      value: machine.config.initial as string,
      context: { fields: setup.fields, enteredAt: at, dueAt: null },
    });
    for (const step of setup.path) {
      [state] = transition(machine, state, {
        ...step,
        now: at,
        actor: { id: 'u-bench', role: 'admin' },
      });
    }
    const context = state.context as CardContext;
    const id = randomUUID();
    const stage = state.value as string;
    insert.run(
      id,
      workflow,
      stage,
      `Loop ${workflow} ${i}`,
      JSON.stringify(context.fields),
      JSON.stringify(machine.getPersistedSnapshot(state)),
      context.enteredAt,
      context.dueAt,
      1,
      at,
    );
    cards.push({ id, workflow, revision: 1, stage });
  }
  return { token, cards };
}

const seeded = seed(Number(cardCount));
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  console.log(JSON.stringify({ url: `http://127.0.0.1:${port}`, ...seeded }));
});
process.on('SIGTERM', () => server.close(() => (db.close(), process.exit(0))));
