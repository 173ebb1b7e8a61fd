import type { Dispatch } from 'react';
import { createContext, useContext } from 'react';
import type { WorkflowDefinition } from '@stageflow/engine';
import type { DefPath } from '../paths.ts';
import type { DraftAction } from './draft/draft-reducer.ts';
import type { DraftState } from './draft/draft-state.ts';

export type EditorTab = 'stages' | 'transitions' | 'fields' | 'sla' | 'json';

export interface EditorContextValue {
  def: WorkflowDefinition;
  ids: DraftState['ids'];
  dispatch: Dispatch<DraftAction>;
  /** Today's date (YYYY-MM-DD), the default for new date values. */
  today: string;
  tab: EditorTab;
  setTab: (tab: EditorTab) => void;
  isOpen: (id: string) => boolean;
  setOpen: (id: string, open: boolean) => void;
  /**
   * The published workflows (latest definitions) effects and linked conditions may name; empty
   * until loaded.
   */
  workflows: WorkflowDefinition[];
  /** Show the part of the form that edits `path` and focus its input. */
  reveal: (path: DefPath) => void;
}

export const EditorContext = createContext<EditorContextValue | null>(null);

export function useEditor(): EditorContextValue {
  const value = useContext(EditorContext);
  if (!value) throw new Error('useEditor must be used inside the workflow editor');
  return value;
}
