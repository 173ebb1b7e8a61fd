// A repair's hand-back signals its claim while someone moves the claim directly, both at once.
// The hand-back must never fail for the claim's unrelated move (no 412 on the child), the signal
// is never lost (applied to the claim as it is then, or its refusal written into the claim's
// history), and every history reads as one unbroken chain of revisions and stages.
import { expect, it } from 'vitest';
import { call, domainTestApp } from '../../test/helpers/domain-app.ts';
import { manager } from '../../test/helpers/fixtures.ts';
import { eachStore } from '../../test/helpers/stores.ts';
import { installBuiltins } from '../workflows/install-builtins.ts';

const NOW = '2026-03-02T09:00:00.000Z';
/** Rounds of racing per store; each round is one claim, its repair and two requests at once. */
const ROUNDS = 16;

interface HistoryRow {
  revision: number;
  kind: string;
  event: string | null;
  actorId: string | null;
  fromStage: string | null;
  toStage: string;
}

eachStore('a child closing while its parent is moved', (t) => {
  type App = Awaited<ReturnType<typeof domainTestApp>>;

  async function revisionOf(app: App, id: string): Promise<number> {
    return (await call(app, 'GET', `/api/cards/${id}`, { as: manager })).json.revision;
  }

  function post(app: App, id: string, revision: number, event: string, fields?: object) {
    return call(app, 'POST', `/api/cards/${id}/transitions`, {
      as: manager,
      headers: { 'if-match': `"${revision}"` },
      body: { event, ...(fields ? { fields } : {}) },
    });
  }

  async function move(app: App, id: string, event: string, fields?: object) {
    const res = await post(app, id, await revisionOf(app, id), event, fields);
    expect(res.status, `${event}: ${res.json.detail}`).toBe(200);
  }

  /** A claim approved for repair, and its repair order walked to Ready for pickup. */
  async function claimWithReadyRepair(app: App, unit: string, n: number) {
    const created = await call(app, 'POST', '/api/cards', {
      as: manager,
      body: {
        workflow: 'warranty',
        title: `Mixer ${n}`,
        fields: { unit, defectDescription: 'Stops' },
      },
    });
    const claim = created.json.id as string;
    await move(app, claim, 'start_check');
    await move(app, claim, 'approve', { resolution: 'repair' });
    const links = await call(app, 'GET', `/api/cards/${claim}/links`, { as: manager });
    const repair = links.json.links[0].id as string;
    await move(app, repair, 'start_diagnosis');
    await move(app, repair, 'warranty_start_repair', { diagnosis: 'Brushes' });
    await move(app, repair, 'send_to_qc');
    await move(app, repair, 'pass_qc', { qualityCheck: 'passed' });
    return { claim, repair };
  }

  async function historyOf(app: App, id: string): Promise<HistoryRow[]> {
    return (await call(app, 'GET', `/api/cards/${id}/history`, { as: manager })).json.history;
  }

  /** Revisions 1, 2, 3, … and each entry starting where the one before it ended. */
  function expectUnbroken(history: HistoryRow[]) {
    history.forEach((row, i) => {
      expect(row.revision).toBe(i + 1);
      if (i > 0) expect(row.fromStage).toBe(history[i - 1]!.toStage);
    });
  }

  it('never fails the hand-back, never loses the signal, keeps every history whole', async () => {
    await installBuiltins(t.store, '2026-01-01T00:00:00.000Z');
    const app = await domainTestApp(t.store, { deps: { now: () => new Date(NOW) } });
    const owner = await call(app, 'POST', '/api/customers', {
      as: manager,
      body: { name: 'Huber' },
    });
    const unit = await call(app, 'POST', '/api/equipment', {
      as: manager,
      body: {
        serialNumber: 'SN-1',
        product: 'Dough mixer',
        customer: owner.json.id,
        purchaseDate: '2025-06-01',
        warrantyMonths: 24,
      },
    });
    const outcomes = { parentFirst: 0, signalFirst: 0, refusedSignal: 0 };
    for (let n = 0; n < ROUNDS; n++) {
      const { claim, repair } = await claimWithReadyRepair(app, unit.json.id, n);
      // Half the rounds the claim's move keeps the signal possible, half it makes it impossible.
      const parentEvent = n % 2 === 0 ? 'start_fulfilment' : 'withdraw';
      const [repairRev, claimRev] = await Promise.all([
        revisionOf(app, repair),
        revisionOf(app, claim),
      ]);
      // Sent in either order (SQLite's one writer takes them in the order they come).
      const handBackFirst = Math.floor(n / 2) % 2 === 0;
      const sent = [
        () => post(app, repair, repairRev, 'hand_back'),
        () => post(app, claim, claimRev, parentEvent),
      ];
      if (!handBackFirst) sent.reverse();
      const answers = await Promise.all(sent.map((send) => send()));
      const [handBack, parentMove] = handBackFirst
        ? [answers[0]!, answers[1]!]
        : [answers[1]!, answers[0]!];

      expect(handBack.status, `round ${n}: ${handBack.json.detail}`).toBe(200);
      expect(handBack.json.stage).toBe('closed');
      // The claim's own move may only lose to the signal (it was made at the revision before it).
      expect([200, 412], `round ${n}: ${parentMove.json.detail}`).toContain(parentMove.status);

      const history = await historyOf(app, claim);
      expectUnbroken(history);
      expectUnbroken(await historyOf(app, repair));
      const signals = history.filter((h) => h.event === 'repair_completed');
      expect(signals, `round ${n}: one answer to the signal`).toHaveLength(1);
      const stage = (await call(app, 'GET', `/api/cards/${claim}`, { as: manager })).json.stage;
      if (parentMove.status === 412) {
        // The signal came first: the claim is resolved and the direct move was told so.
        outcomes.signalFirst++;
        expect(stage).toBe('resolved');
        expect(history.at(-1)).toMatchObject({ kind: 'transition', actorId: 'system' });
      } else if (parentEvent === 'start_fulfilment') {
        // The claim moved first: the signal resolved it from where it was then.
        outcomes.parentFirst++;
        expect(stage).toBe('resolved');
        expect(history.at(-1)).toMatchObject({
          kind: 'transition',
          event: 'repair_completed',
          actorId: 'system',
          fromStage: 'in_fulfilment',
          toStage: 'resolved',
        });
      } else {
        // The claim was withdrawn first: the refused signal is in its history.
        outcomes.refusedSignal++;
        expect(stage).toBe('cancelled');
        expect(history.at(-1)).toMatchObject({
          kind: 'signal',
          event: 'repair_completed',
          fromStage: 'cancelled',
          toStage: 'cancelled',
        });
      }
    }
    expect(outcomes.parentFirst + outcomes.signalFirst + outcomes.refusedSignal).toBe(ROUNDS);
    // Both orders happened (on PostgreSQL by chance, on SQLite by the order sent).
    if (t.dialect === 'sqlite') expect(outcomes.signalFirst).toBeLessThan(ROUNDS);
  });
});
