import type { WorkflowDefinition } from '@stageflow/engine';
import type { DefPath } from '../../paths.ts';

/** Where a problem is, in the admin's words: "Stage “Diagnosis” › WIP limit". */
export function describePath(def: WorkflowDefinition, path: DefPath): string {
  const [list, index, ...rest] = path;
  const tail = rest.length ? ` › ${rest.map(wordFor).join(' › ')}` : '';
  if (list === 'stages' && typeof index === 'number') {
    return `Stage “${def.stages[index]?.label ?? index + 1}”${tail}`;
  }
  if (list === 'transitions' && typeof index === 'number') {
    return `Transition “${def.transitions[index]?.label ?? index + 1}”${tail}`;
  }
  if (list === 'fields' && typeof index === 'number') {
    return `Field “${def.fields[index]?.label ?? index + 1}”${tail}`;
  }
  if (path.length === 0) return 'Workflow';
  return path.map(wordFor).join(' › ');
}

const WORDS: Record<string, string> = {
  stages: 'Stages',
  transitions: 'Transitions',
  fields: 'Fields',
  initial: 'Cards start in',
  wipLimit: 'WIP limit',
  sla: 'Deadline',
  requires: 'Required fields',
  assign: 'Sets fields',
  guard: 'Condition',
  op: 'Comparison',
  all: 'all of',
  any: 'any of',
  not: 'not',
  event: 'Event key',
  slaPolicy: 'SLA policy',
  calendar: 'Business calendar',
  timeZone: 'Time zone',
  workingHours: 'Working hours',
  pausedIn: 'Clock pauses in',
  stoppedIn: 'Clock stops in',
  targets: 'Targets',
  within: 'Breached after',
  warnAfter: 'Warning after',
  after: 'Fires by itself after',
};

function wordFor(part: string | number): string {
  if (typeof part === 'number') return `#${part + 1}`;
  return WORDS[part] ?? part.charAt(0).toUpperCase() + part.slice(1);
}
