// Search and filters (kept in the URL) and the button that creates a card.
import { useEffect, useState, type ReactNode } from 'react';
import { useDirectory } from '../app/directory.tsx';
import type { BoardFilters } from './filters.ts';
import { useT } from '../i18n/useT.ts';

export function BoardToolbar({
  title,
  filters,
  setQuery,
  shown,
  total,
  canCreate,
  onCreate,
  headingExtra,
}: {
  title: string;
  /** Shown beside the counts (the workflow's satisfaction figure). */
  headingExtra?: ReactNode;
  filters: BoardFilters;
  setQuery: (changes: Record<string, string | null>) => void;
  shown: number;
  total: number;
  canCreate: boolean;
  onCreate: () => void;
}) {
  const { people, byId, nameOf } = useDirectory();
  const { t } = useT();
  const [text, setText] = useState(filters.q);
  const chosen = filters.assignee;
  useEffect(() => setText(filters.q), [filters.q]);
  useEffect(() => {
    if (text === filters.q) return;
    const timer = setTimeout(() => setQuery({ q: text }), 200);
    return () => clearTimeout(timer);
  }, [text, filters.q, setQuery]);

  return (
    <div className="board-toolbar">
      <div className="board-heading">
        <h1>{title}</h1>
        <span className="muted" aria-live="polite">
          {shown === total
            ? t('toolbar.cards', { count: total })
            : t('toolbar.cardsShown', { shown, count: total })}
        </span>
        {headingExtra}
      </div>
      <div className="filters" role="search" aria-label={t('toolbar.filter')}>
        <input
          type="search"
          className="search"
          placeholder={t('toolbar.searchPlaceholder')}
          aria-label={t('toolbar.search')}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <select
          aria-label={t('toolbar.assignee')}
          value={filters.assignee ?? ''}
          onChange={(e) => setQuery({ assignee: e.target.value || null })}
        >
          <option value="">{t('toolbar.anyone')}</option>
          <option value="me">{t('toolbar.assignedToMe')}</option>
          <option value="none">{t('card.unassigned')}</option>
          {chosen && chosen !== 'me' && chosen !== 'none' && !byId.has(chosen) && (
            <option value={chosen}>{nameOf(chosen)}</option>
          )}
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </select>
        <label className="toggle">
          <input
            type="checkbox"
            checked={filters.overdue}
            onChange={(e) => setQuery({ overdue: e.target.checked ? '1' : null })}
          />
          {t('toolbar.overdueOnly')}
        </label>
        {(filters.q || filters.assignee || filters.overdue) && (
          <button
            type="button"
            className="button ghost small"
            onClick={() => setQuery({ q: null, assignee: null, overdue: null })}
          >
            {t('toolbar.clear')}
          </button>
        )}
      </div>
      {canCreate && (
        <button type="button" className="button primary" onClick={onCreate}>
          {t('toolbar.newCard')}
        </button>
      )}
    </div>
  );
}
