// The columns inside one drag-and-drop context. Pointer and keyboard both drive it; the screen
// reader hears where the card is and whether it may go there.
import {
  closestCorners,
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import type { FieldDef, StageDef, WorkflowDefinition } from '@stageflow/engine';
import { useMemo, useRef, useState } from 'react';
import type { BoardCard, BoardColumn } from '../api/types.ts';
import { CardFace } from './CardTile.tsx';
import { Column } from './Column.tsx';
import type { DropTarget } from './drop-targets.ts';
import { useT } from '../i18n/useT.ts';
import { localLabel } from '@stageflow/engine';

export interface BoardColumnsProps {
  columns: BoardColumn[];
  stages: Map<string, StageDef>;
  visible: Map<string, BoardCard[]>;
  counts: Map<string, number>;
  /** Cards passing the filters, per column (the server's count, kept live). */
  matched: Map<string, number>;
  totals: Map<string, number>;
  /** Columns with cards beyond the loaded windows. */
  hasMore: Set<string>;
  onLoadMore: (stage: string) => void;
  moneyField: FieldDef | undefined;
  filtering: boolean;
  definitions: Map<number, WorkflowDefinition>;
  now: number;
  canDrag: boolean;
  targets: Map<string, DropTarget> | null;
  cardById: (id: string) => BoardCard | undefined;
  fieldLabel: (key: string) => string;
  onOpen: (id: string) => void;
  onDragStart: (card: BoardCard) => void;
  onDrop: (card: BoardCard, toStage: string) => void;
  onReorder: (card: BoardCard, overCardId: string) => void;
  onDragCancel: () => void;
}

type DragData = { type: 'card' | 'column'; stage: string; cardId?: string };

const dataOf = (value: unknown): DragData | null =>
  value && typeof value === 'object' && 'stage' in value ? (value as DragData) : null;

/** Cards under the pointer win over the column they sit in; keyboard falls back to corners. */
const collision: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  if (hits.length > 0) {
    const cardHits = hits.filter((hit) => !String(hit.id).startsWith('column:'));
    return cardHits.length > 0 ? cardHits : hits;
  }
  return closestCorners(args);
};

export function BoardColumns(props: BoardColumnsProps) {
  const [activeId, setActiveId] = useState<string | null>(null);
  const [overStage, setOverStage] = useState<string | null>(null);
  const latest = useRef(props);
  latest.current = props;

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter: sortableKeyboardCoordinates,
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
    }),
  );

  // What a screen reader hears while a card travels, in the board's language.
  const { t, locale } = useT();
  const announcements = useMemo<Announcements>(() => {
    const title = (id: string | number) =>
      latest.current.cardById(String(id))?.title ?? t('announce.theCard');
    const stageLabel = (key: string) => {
      const stage = latest.current.stages.get(key);
      return stage ? localLabel(stage, locale) : key;
    };
    const describe = (stage: string) => {
      const target = latest.current.targets?.get(stage);
      const name = stageLabel(stage);
      if (!target || target.state === 'home') return t('announce.home', { stage: name });
      if (target.state === 'allowed') return t('announce.allowed', { stage: name });
      if (target.state === 'blocked')
        return t('announce.blocked', { stage: name, reason: target.reason ?? '' });
      return t('announce.unrelated', { stage: name });
    };
    return {
      onDragStart: ({ active }) => t('announce.pickedUp', { card: title(active.id) }),
      onDragOver: ({ active, over }) =>
        over
          ? t('announce.over', {
              card: title(active.id),
              target: describe(dataOf(over.data.current)?.stage ?? ''),
            })
          : undefined,
      onDragEnd: ({ active, over }) =>
        over
          ? t('announce.dropped', {
              card: title(active.id),
              stage: stageLabel(dataOf(over.data.current)?.stage ?? ''),
            })
          : undefined,
      onDragCancel: ({ active }) => t('announce.cancelled', { card: title(active.id) }),
    };
  }, [t, locale]);

  function onDragStart(event: DragStartEvent) {
    const card = props.cardById(String(event.active.id));
    if (!card) return;
    setActiveId(card.id);
    setOverStage(card.stage);
    props.onDragStart(card);
  }

  function onDragOver(event: DragOverEvent) {
    setOverStage(dataOf(event.over?.data.current)?.stage ?? null);
  }

  function onDragEnd(event: DragEndEvent) {
    const card = props.cardById(String(event.active.id));
    setActiveId(null);
    setOverStage(null);
    const over = dataOf(event.over?.data.current);
    if (!card || !over) {
      props.onDragCancel();
      return;
    }
    if (
      over.stage === card.stage &&
      over.type === 'card' &&
      over.cardId &&
      over.cardId !== card.id
    ) {
      props.onReorder(card, over.cardId);
    }
    props.onDrop(card, over.stage);
  }

  function onDragCancel() {
    setActiveId(null);
    setOverStage(null);
    props.onDragCancel();
  }

  const active = activeId ? props.cardById(activeId) : undefined;
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collision}
      // Scroll the board only when the card is held close to its edge, not a fifth of the way in.
      autoScroll={{ threshold: { x: 0.06, y: 0.12 }, acceleration: 6 }}
      onDragStart={onDragStart}
      onDragOver={onDragOver}
      onDragEnd={onDragEnd}
      onDragCancel={onDragCancel}
      accessibility={{
        announcements,
        screenReaderInstructions: {
          draggable: t('announce.instructions'),
        },
      }}
    >
      <div className={activeId ? 'columns is-dragging' : 'columns'}>
        {props.columns.map((column) => (
          <Column
            key={column.key}
            column={column}
            stage={props.stages.get(column.key)}
            cards={props.visible.get(column.key) ?? noCards}
            totalCount={props.counts.get(column.key) ?? 0}
            matchedCount={props.matched.get(column.key) ?? 0}
            hasMore={props.hasMore.has(column.key)}
            onLoadMore={props.onLoadMore}
            total={props.totals.get(column.key) ?? null}
            moneyField={props.moneyField}
            filtering={props.filtering}
            definitions={props.definitions}
            now={props.now}
            target={activeId ? (props.targets?.get(column.key) ?? null) : null}
            isOver={activeId !== null && overStage === column.key}
            canDrag={props.canDrag}
            onOpen={props.onOpen}
            fieldLabel={props.fieldLabel}
          />
        ))}
      </div>
      <DragOverlay dropAnimation={null}>
        {active && (
          <div className="card overlay">
            <CardFace
              card={active}
              definition={props.definitions.get(active.version)}
              now={props.now}
            />
          </div>
        )}
      </DragOverlay>
    </DndContext>
  );
}

const noCards: BoardCard[] = [];
