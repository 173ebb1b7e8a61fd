// The editor's draft: the definition being edited plus stable ids for list items (React keys,
// drag-and-drop ids) and which items still derive their key from their label.
import type { WorkflowDefinition } from '@stageflow/engine';
import { boardT } from '../../../i18n/i18n.ts';

export type ListName = 'stages' | 'transitions' | 'fields';

export interface DraftState {
  def: WorkflowDefinition;
  ids: Record<ListName, string[]>;
  /** Ids of items added in this session whose key still follows the label as it is typed. */
  autoKeys: ReadonlySet<string>;
  nextId: number;
}

export function initDraft(def: WorkflowDefinition): DraftState {
  let nextId = 1;
  const idsFor = (n: number) => Array.from({ length: n }, () => `item-${nextId++}`);
  return {
    def,
    ids: {
      stages: idsFor(def.stages.length),
      transitions: idsFor(def.transitions.length),
      fields: idsFor(def.fields.length),
    },
    autoKeys: new Set(),
    nextId,
  };
}

/** An empty workflow for "new": one stage so it can be published right away once named. */
export function blankWorkflow(): WorkflowDefinition {
  // Labels in the admin's language; keys stay ASCII (they are identifiers).
  const t = boardT();
  return {
    key: 'new_workflow',
    name: t('editor.blank.workflow'),
    version: 1,
    fields: [],
    stages: [
      { key: 'new', label: t('editor.blank.new'), category: 'open' },
      { key: 'in_progress', label: t('editor.blank.inProgress'), category: 'active' },
      { key: 'done', label: t('editor.blank.done'), category: 'done' },
    ],
    initial: 'new',
    transitions: [
      { event: 'start', label: t('editor.blank.start'), from: 'new', to: 'in_progress' },
      { event: 'finish', label: t('editor.blank.finish'), from: 'in_progress', to: 'done' },
    ],
  };
}
