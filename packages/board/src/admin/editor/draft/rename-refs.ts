// When an admin renames a stage or field key, everything that points at it follows along.
import type {
  Amount,
  Condition,
  DateRef,
  DateSource,
  TransitionDef,
  WorkflowDefinition,
} from '@stageflow/engine';

export function renameStageRefs(
  def: WorkflowDefinition,
  from: string,
  to: string,
): WorkflowDefinition {
  const swap = (key: string) => (key === from ? to : key);
  const next: WorkflowDefinition = {
    ...def,
    initial: swap(def.initial),
    transitions: def.transitions.map((t) => ({
      ...t,
      to: swap(t.to),
      from: t.from === '*' ? t.from : Array.isArray(t.from) ? t.from.map(swap) : swap(t.from),
    })),
  };
  const sla = def.slaPolicy;
  if (sla) {
    // The SLA policy names stages too: where the clock pauses, stops, and what a target counts.
    next.slaPolicy = {
      ...sla,
      ...(sla.pausedIn ? { pausedIn: sla.pausedIn.map(swap) } : {}),
      ...(sla.stoppedIn ? { stoppedIn: sla.stoppedIn.map(swap) } : {}),
      targets: sla.targets.map((t) => (t.stages ? { ...t, stages: t.stages.map(swap) } : t)),
    };
  }
  return next;
}

export function renameFieldRefs(
  def: WorkflowDefinition,
  from: string,
  to: string,
): WorkflowDefinition {
  return { ...def, transitions: def.transitions.map((t) => renameInTransition(t, from, to)) };
}

function renameInTransition(t: TransitionDef, from: string, to: string): TransitionDef {
  const swap = (key: string) => (key === from ? to : key);
  const next: TransitionDef = { ...t };
  if (t.requires) next.requires = t.requires.map(swap);
  if (t.assign) {
    next.assign = t.assign.map((a) =>
      'copy' in a
        ? { ...a, field: swap(a.field), copy: { ...a.copy, field: swap(a.copy.field) } }
        : { ...a, field: swap(a.field) },
    );
  }
  if (t.guard) next.guard = renameInCondition(t.guard, swap);
  // A spawn reads this card's fields (its keys name the other workflow's fields, which stay).
  if (t.effects) {
    next.effects = t.effects.map((e) => {
      if (!('spawn' in e)) return e;
      const spawn = { ...e.spawn };
      if (spawn.when) spawn.when = renameInCondition(spawn.when, swap);
      if (spawn.fields) {
        spawn.fields = Object.fromEntries(
          Object.entries(spawn.fields).map(([key, v]) => [
            key,
            'value' in v ? v : { ...v, field: swap(v.field) },
          ]),
        );
      }
      return { spawn };
    });
  }
  return next;
}

export function renameInCondition(c: Condition, swap: (key: string) => string): Condition {
  if ('all' in c) return { all: c.all.map((x) => renameInCondition(x, swap)) };
  if ('any' in c) return { any: c.any.map((x) => renameInCondition(x, swap)) };
  if ('not' in c) return { not: renameInCondition(c.not, swap) };
  if ('role' in c || 'parts' in c || 'linked' in c) return c;
  if ('within' in c) {
    return {
      ...c,
      date: source(c.date, swap),
      within: amount(c.within, swap),
      of: dateRef(c.of, swap),
    };
  }
  if ('plus' in c) {
    return {
      ...c,
      date: source(c.date, swap),
      plus: amount(c.plus, swap),
      than: dateRef(c.than, swap),
    };
  }
  return { ...c, field: swap(c.field) };
}

// A reference's path names an attribute of the record, not a field of the card: it stays.
const amount = (a: Amount, swap: (key: string) => string): Amount =>
  typeof a === 'number' ? a : { ...a, field: swap(a.field) };
const dateRef = (d: DateRef, swap: (key: string) => string): DateRef =>
  d === 'event' ? d : { ...d, field: swap(d.field) };
const source = (d: DateSource, swap: (key: string) => string): DateSource =>
  typeof d === 'string' ? swap(d) : { ...d, field: swap(d.field) };
