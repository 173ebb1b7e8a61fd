import { localLabel, type WorkflowDefinition } from '@stageflow/engine';
import { boardT, currentLocale } from '../../../i18n/i18n.ts';
import type { BoardKey } from '../../../i18n/useT.ts';
import type { DefPath } from '../../paths.ts';

/** Where a problem is, in the admin's words: "Stage “Diagnosis” › WIP limit". */
export function describePath(def: WorkflowDefinition, path: DefPath): string {
  const t = boardT();
  const locale = currentLocale();
  const name = (thing: { label: string; labels?: { ko?: string } } | undefined, i: number) =>
    thing ? localLabel(thing, locale) : String(i + 1);
  const [list, index, ...rest] = path;
  const tail = rest.length ? ` › ${rest.map(wordFor).join(' › ')}` : '';
  if (list === 'stages' && typeof index === 'number') {
    return t('editor.where.stage', { name: name(def.stages[index], index) }) + tail;
  }
  if (list === 'transitions' && typeof index === 'number') {
    return t('editor.where.transition', { name: name(def.transitions[index], index) }) + tail;
  }
  if (list === 'fields' && typeof index === 'number') {
    return t('editor.where.field', { name: name(def.fields[index], index) }) + tail;
  }
  if (path.length === 0) return t('editor.where.workflow');
  return path.map(wordFor).join(' › ');
}

const WORDS: Record<string, BoardKey> = {
  stages: 'editor.stages',
  transitions: 'editor.transitions',
  fields: 'editor.fields',
  initial: 'editor.cardsStartIn',
  wipLimit: 'editor.wipLimit',
  sla: 'editor.deadline',
  requires: 'editor.requiredFields',
  assign: 'editor.setsFields',
  guard: 'editor.where.guard',
  op: 'editor.comparison',
  all: 'editor.where.all',
  any: 'editor.where.any',
  not: 'editor.where.not',
  event: 'editor.eventKey',
  slaPolicy: 'editor.where.slaPolicy',
  calendar: 'editor.where.calendar',
  timeZone: 'editor.where.timeZone',
  workingHours: 'editor.where.workingHours',
  workingDays: 'editor.where.workingDays',
  holidaySets: 'editor.where.holidaySets',
  holidays: 'editor.where.holidays',
  start: 'editor.where.start',
  end: 'editor.where.end',
  date: 'editor.where.date',
  pausedIn: 'editor.where.pausedIn',
  stoppedIn: 'editor.where.stoppedIn',
  targets: 'editor.where.targets',
  within: 'editor.where.breachedAfter',
  warnAfter: 'editor.where.warnAfter',
  after: 'editor.where.firesAfter',
};

function wordFor(part: string | number): string {
  if (typeof part === 'number') return `#${part + 1}`;
  const key = WORDS[part];
  return key ? boardT()(key) : part.charAt(0).toUpperCase() + part.slice(1);
}
