import { useCallback, useRef } from 'react';
import type { DefPath } from '../paths.ts';
import { pathId } from '../paths.ts';
import type { EditorTab } from './editor-context.ts';

interface Options {
  setTab: (tab: EditorTab) => void;
  setOpen: (id: string, open: boolean) => void;
  transitionIds: string[];
}

/**
 * Bring the input for a definition path into view: switch to its tab, expand its transition, then
 * (after React has rendered that) focus the deepest element whose id matches the path or a parent.
 */
export function useReveal({ setTab, setOpen, transitionIds }: Options): (path: DefPath) => void {
  const ids = useRef(transitionIds);
  ids.current = transitionIds;
  return useCallback(
    (path: DefPath) => {
      const [list, index] = path;
      if (list === 'stages' || list === 'initial') setTab('stages');
      else if (list === 'fields') setTab('fields');
      else if (list === 'slaPolicy') setTab('sla');
      else if (list === 'transitions') {
        setTab('transitions');
        if (typeof index === 'number') {
          // A transition added this very moment has no id in this render yet: expand it next frame.
          setTimeout(() => {
            const id = ids.current[index];
            if (id) setOpen(id, true);
          });
        }
      }
      focusLater(path);
    },
    [setTab, setOpen],
  );
}

function focusLater(path: DefPath, attempts = 5) {
  setTimeout(() => {
    for (let n = path.length; n >= 0; n--) {
      const el = document.getElementById(pathId(path.slice(0, n)));
      if (el && (n === path.length || attempts === 0)) {
        el.focus();
        el.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
        return;
      }
      if (el) break;
    }
    // Not rendered yet (a tab or a transition is still opening): try again shortly.
    if (attempts > 0) focusLater(path, attempts - 1);
  }, 16);
}
