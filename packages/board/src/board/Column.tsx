// One stage: header (count, WIP limit, money total), what a drop here would do, and the cards
// (virtualized: only the visible ones are in the DOM, so a column of thousands scrolls smoothly).
import {
  formatValue,
  localLabel,
  type FieldDef,
  type StageDef,
  type WorkflowDefinition,
} from '@stageflow/engine';
import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useId, useMemo, useRef } from 'react';
import type { BoardCard, BoardColumn } from '../api/types.ts';
import { CardTile } from './CardTile.tsx';
import type { DropTarget } from './drop-targets.ts';
import { useT, type BoardT } from '../i18n/useT.ts';

export interface ColumnProps {
  column: BoardColumn;
  stage: StageDef | undefined;
  cards: BoardCard[];
  /** All cards in the stage, filters aside (count, WIP, total). */
  totalCount: number;
  /** Cards in the stage that pass the filters, loaded or not. */
  matchedCount: number;
  /** More cards below the loaded windows: the list asks for them as it nears its end. */
  hasMore: boolean;
  onLoadMore: (stage: string) => void;
  total: number | null;
  moneyField: FieldDef | undefined;
  filtering: boolean;
  definitions: Map<number, WorkflowDefinition>;
  now: number;
  target: DropTarget | null;
  isOver: boolean;
  canDrag: boolean;
  onOpen: (id: string) => void;
  fieldLabel: (key: string) => string;
}

const categoryColor: Record<string, string> = {
  open: 'var(--cat-open)',
  active: 'var(--cat-active)',
  done: 'var(--cat-done)',
  cancelled: 'var(--cat-cancelled)',
};

export const Column = memo(function Column(props: ColumnProps) {
  const { column, target, totalCount, matchedCount, filtering } = props;
  const { t, locale } = useT();
  const label = props.stage ? localLabel(props.stage, locale) : localLabel(column, locale);
  const headingId = useId();
  const { setNodeRef } = useDroppable({
    id: `column:${column.key}`,
    data: { type: 'column', stage: column.key },
  });
  const color =
    props.stage?.color ?? column.color ?? categoryColor[column.category] ?? 'var(--cat-active)';
  const wip = props.stage?.wipLimit ?? column.wipLimit;
  const overWip = wip != null && totalCount > wip;
  const state = target?.state ?? 'idle';

  return (
    <section
      ref={setNodeRef}
      className={`column drop-${state}${props.isOver ? ' is-over' : ''} category-${column.category}`}
      aria-labelledby={headingId}
      style={{ '--stage-color': color } as React.CSSProperties}
      data-stage={column.key}
    >
      <header className="column-header">
        <div className="column-title-row">
          <span className="stage-dot" aria-hidden="true" />
          <h2 id={headingId} className="column-title">
            {label}
          </h2>
          <span
            className="column-count"
            aria-label={
              filtering
                ? t('column.countFiltered', { shown: matchedCount, total: totalCount })
                : t('column.count', { count: totalCount })
            }
          >
            {filtering ? `${matchedCount} / ${totalCount}` : totalCount}
          </span>
        </div>
        <div className="column-stats">
          {wip != null && (
            <span className={overWip ? 'wip over' : 'wip'} title={t('column.wipTitle')}>
              {t(overWip ? 'column.overWip' : 'column.wip', { count: totalCount, limit: wip })}
            </span>
          )}
          {props.moneyField && props.total !== null && props.total !== 0 && (
            <span
              className="column-total"
              title={t('column.total', { field: localLabel(props.moneyField, locale) })}
            >
              {formatValue(props.moneyField, props.total, locale)}
            </span>
          )}
        </div>
        <DropHint target={target} label={label} fieldLabel={props.fieldLabel} t={t} />
      </header>
      <ColumnCards
        stage={column.key}
        headingId={headingId}
        cards={props.cards}
        matchedCount={matchedCount}
        hasMore={props.hasMore}
        onLoadMore={props.onLoadMore}
        filtering={filtering}
        definitions={props.definitions}
        now={props.now}
        canDrag={props.canDrag}
        onOpen={props.onOpen}
      />
    </section>
  );
});

interface ColumnCardsProps {
  stage: string;
  headingId: string;
  cards: BoardCard[];
  matchedCount: number;
  hasMore: boolean;
  onLoadMore: (stage: string) => void;
  filtering: boolean;
  definitions: Map<number, WorkflowDefinition>;
  now: number;
  canDrag: boolean;
  onOpen: (id: string) => void;
}

/**
 * The column's cards, apart from its header: picking a card up or dropping it changes every
 * column's header (what a drop would do), but only the lists of the two columns it leaves and
 * enters render again.
 */
const ColumnCards = memo(function ColumnCards(props: ColumnCardsProps) {
  const ids = useMemo(() => props.cards.map((c) => c.id), [props.cards]);
  return (
    <SortableContext id={`list:${props.stage}`} items={ids} strategy={verticalListSortingStrategy}>
      <CardList {...props} />
    </SortableContext>
  );
});

function DropHint({
  target,
  label,
  fieldLabel,
  t,
}: {
  target: DropTarget | null;
  label: string;
  fieldLabel: (key: string) => string;
  t: BoardT;
}) {
  if (!target || target.state === 'home') return null;
  if (target.state === 'allowed') {
    const asks = target.asks ?? [];
    return (
      <p className="drop-hint allowed">
        {asks.length > 0
          ? t('column.dropHereAsks', { fields: asks.map(fieldLabel).join(', ') })
          : t('column.dropHere')}
        {target.clock && <span className="drop-clock">{target.clock}</span>}
      </p>
    );
  }
  if (target.state === 'blocked') {
    return (
      <p
        className="drop-hint blocked"
        role="note"
        aria-label={t('column.cannotMove', { stage: label, reason: target.reason })}
      >
        {target.reason}
      </p>
    );
  }
  return null;
}

function CardList(props: ColumnCardsProps) {
  const { cards, definitions, now, onOpen, canDrag, hasMore, onLoadMore, stage } = props;
  const { t } = useT();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    // One row past the loaded cards while more are on the server: when it nears the view, the
    // next window is asked for.
    count: cards.length + (hasMore ? 1 : 0),
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 112,
    overscan: 6,
    gap: 8,
    getItemKey: (index) => cards[index]?.id ?? index,
  });

  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;
  useEffect(() => {
    if (hasMore && lastIndex >= cards.length - 1) onLoadMore(stage);
  }, [hasMore, lastIndex, cards.length, onLoadMore, stage]);

  if (cards.length === 0 && !hasMore) {
    return (
      <div className="column-empty">
        {props.filtering ? t('column.noMatches') : t('column.empty')}
      </div>
    );
  }
  return (
    <div ref={scrollRef} className="column-scroll">
      <ul
        className="card-list"
        aria-labelledby={props.headingId}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {items.map((item) => {
          const card = cards[item.index];
          if (!card) {
            return (
              <li
                key={item.key}
                data-index={item.index}
                ref={virtualizer.measureElement}
                className="card-slot card-loading"
                style={{ transform: `translateY(${item.start}px)` }}
                aria-hidden="true"
              >
                {t('column.loadingMore')}
              </li>
            );
          }
          return (
            <li
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className="card-slot"
              style={{ transform: `translateY(${item.start}px)` }}
              aria-setsize={props.matchedCount}
              aria-posinset={item.index + 1}
            >
              <CardTile
                card={card}
                definition={definitions.get(card.version)}
                now={now}
                onOpen={onOpen}
                disabled={!canDrag}
              />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
