// Engine row: `step()` on each built-in lifecycle vs XState's own `transition()` on a machine
// written by hand. Both sides do the server's job per move: restore the persisted snapshot
// (machine.resolveState), transition, and persist the result (getPersistedSnapshot).
import { transition, type AnyStateMachine } from 'xstate';
import { start, step, type Ctx, type PersistedCard } from '@stageflow/engine';
import { comparePair, type Side } from './src/measure.ts';
import { lifecycles, NOW, type Lifecycle } from './src/paths.ts';
import type { Row } from './src/table.ts';

const ctx: Ctx = { now: NOW, actor: { id: 'u-bench', role: 'manager', name: 'Bench' } };

/** The engine's context for a lifecycle: the bench user, and the records its card points at. */
const ctxOf = (lifecycle: Lifecycle): Ctx =>
  lifecycle.refs ? { ...ctx, refs: lifecycle.refs } : ctx;

function initial(lifecycle: Lifecycle): PersistedCard {
  const result = start(lifecycle.definition, lifecycle.fields, ctxOf(lifecycle));
  if (!result.ok) throw new Error(`Cannot start ${lifecycle.definition.key}: ${result.message}`);
  return result.snapshot;
}

/** One move by hand: exactly what the engine does around XState, without the definition. */
function stepByHand(
  machine: AnyStateMachine,
  persisted: PersistedCard,
  event: object,
  refs?: Lifecycle['refs'],
) {
  const restored = machine.resolveState({ value: persisted.value, context: persisted.context });
  const [next] = transition(machine, restored, { ...event, now: ctx.now, actor: ctx.actor, refs });
  return machine.getPersistedSnapshot(next) as unknown as PersistedCard;
}

function engineSide(lifecycle: Lifecycle, first: PersistedCard): Side {
  const { definition, path } = lifecycle;
  const stepCtx = ctxOf(lifecycle);
  let card = first;
  let i = 0;
  return {
    label: 'engine step()',
    run(n) {
      for (let k = 0; k < n; k++) {
        const result = step(definition, card, path[i]!, stepCtx);
        if (!result.ok) throw new Error(`engine refused ${path[i]!.type}: ${result.message}`);
        card = result.snapshot;
        if (++i === path.length) [i, card] = [0, first];
      }
      return i;
    },
  };
}

function handSide(lifecycle: Lifecycle, first: PersistedCard): Side {
  const { byHand, path } = lifecycle;
  let card = first;
  let i = 0;
  return {
    label: 'XState by hand',
    run(n) {
      for (let k = 0; k < n; k++) {
        const next = stepByHand(byHand, card, path[i]!, lifecycle.refs);
        if (next.value === card.value) throw new Error(`by hand refused ${path[i]!.type}`);
        card = next;
        if (++i === path.length) [i, card] = [0, first];
      }
      return i;
    },
  };
}

/** Both sides must agree on every snapshot of the path, or the comparison means nothing. */
function assertSamePath(lifecycle: Lifecycle, first: PersistedCard) {
  let a = first;
  let b = first;
  for (const event of lifecycle.path) {
    const result = step(lifecycle.definition, a, event, ctxOf(lifecycle));
    if (!result.ok) throw new Error(`engine refused ${event.type}: ${result.message}`);
    a = result.snapshot;
    b = stepByHand(lifecycle.byHand, b, event, lifecycle.refs);
    const same = (s: PersistedCard) => JSON.stringify([s.value, s.status, s.context]);
    if (same(a) !== same(b)) {
      throw new Error(`${lifecycle.definition.key} ${event.type}: ${same(a)} != ${same(b)}`);
    }
  }
}

export function engineRows(): Row[] {
  return lifecycles.map((lifecycle) => {
    const first = initial(lifecycle);
    assertSamePath(lifecycle, first);
    const r = comparePair(engineSide(lifecycle, first), handSide(lifecycle, first));
    return {
      section: 'Engine',
      name: `${lifecycle.definition.key} (${lifecycle.path.length}-move path)`,
      a: { label: 'step()', value: r.a, unit: 'steps/s' },
      b: { label: 'XState by hand', value: r.b, unit: 'steps/s' },
      ratio: r.ratio,
      goal: 0.8,
    };
  });
}
