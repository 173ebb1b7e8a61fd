import type { KeyboardEvent } from 'react';
import type { EditorTab } from './editor-context.ts';
import { useT } from '../../i18n/useT.ts';
import type { BoardKey } from '../../i18n/useT.ts';

const TABS: { id: EditorTab; label: BoardKey }[] = [
  { id: 'stages', label: 'editor.stages' },
  { id: 'transitions', label: 'editor.transitions' },
  { id: 'fields', label: 'editor.fields' },
  { id: 'sla', label: 'editor.sla.tab' },
  { id: 'json', label: 'editor.json' },
];

interface Props {
  tab: EditorTab;
  counts: Partial<Record<EditorTab, number>>;
  problems: Partial<Record<EditorTab, number>>;
  onChange: (tab: EditorTab) => void;
}

/** The editor's sections as tabs, each with its item count and a red dot when it has problems. */
export function EditorTabs({ tab, counts, problems, onChange }: Props) {
  const { t: say } = useT();
  // Arrow keys move between tabs (the WAI-ARIA tabs pattern); Tab leaves the tab list.
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const at = TABS.findIndex((t) => t.id === tab);
    const next = TABS[(at + step + TABS.length) % TABS.length]!.id;
    onChange(next);
    document.getElementById(`admin-tab-${next}`)?.focus();
  };
  return (
    <div
      className="admin-tabs"
      role="tablist"
      aria-label={say('editor.sections')}
      onKeyDown={onKeyDown}
    >
      {TABS.map((t) => (
        <button
          key={t.id}
          type="button"
          role="tab"
          id={`admin-tab-${t.id}`}
          aria-selected={tab === t.id}
          tabIndex={tab === t.id ? 0 : -1}
          aria-controls="admin-tabpanel"
          className={`admin-tab ${tab === t.id ? 'admin-tab--active' : ''}`}
          onClick={() => onChange(t.id)}
        >
          {say(t.label)}
          {counts[t.id] !== undefined && <span className="admin-tab__count">{counts[t.id]}</span>}
          {(problems[t.id] ?? 0) > 0 && (
            <span
              className="admin-tab__problems"
              aria-label={say('editor.problemCount', { count: problems[t.id] })}
            >
              {problems[t.id]}
            </span>
          )}
        </button>
      ))}
    </div>
  );
}
