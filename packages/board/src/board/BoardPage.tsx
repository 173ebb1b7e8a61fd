// A workflow's board: loads it, filters it, and runs moves through the move machine.
import {
  fieldLabel as engineFieldLabel,
  localLabel,
  moves as engineMoves,
  readsLinks,
  type StageDef,
} from '@stageflow/engine';
import { generateKeyBetween } from 'fractional-indexing';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { patchCard } from '../api/endpoints.ts';
import { ApiError, messageOf } from '../api/problem.ts';
import type { WorkflowSummary } from '@stageflow/api';
import type { BoardCard } from '../api/types.ts';
import { useQueryState } from '../app/router.ts';
import { canEditCards, useSession } from '../app/session.tsx';
import { CardDrawer } from '../cards/CardDrawer.tsx';
import { CreateCardDialog } from '../cards/CreateCardDialog.tsx';
import { cardsByStage, columnNumbers, shareLists } from './board-state.ts';
import { BoardColumns } from './BoardColumns.tsx';
import { BoardToolbar } from './BoardToolbar.tsx';
import { SatisfactionSummary } from '../surveys/SatisfactionSummary.tsx';
import { cardSnapshot, dropTargets, type DropTarget } from './drop-targets.ts';
import { withClockPreview } from './sla.ts';
import { useT } from '../i18n/useT.ts';
import { cardFilter, isFiltering, readFilters } from './filters.ts';
import { MoveFieldsDialog } from './MoveFieldsDialog.tsx';
import { Notices, useNotices } from './Notices.tsx';
import { useBoardData } from './useBoardData.ts';
import { engineCtx, useMoveFlow } from './useMoveFlow.ts';
import { refsFor } from '../installed-base/records-store.ts';
import { partsFactsFor } from '../parts/readiness-store.ts';
import { useBoardReadiness } from '../parts/useBoardReadiness.ts';
import { ensureLinks, useLinksOf } from '../cards/links-store.ts';
import { useLiveLinks } from '../cards/useLiveLinks.ts';
import { useNow } from './useNow.ts';

export function BoardPage({ workflow }: { workflow: WorkflowSummary }) {
  const { user } = useSession();
  const { t, locale } = useT();
  const [search, setQuery] = useQueryState();
  const query = search.toString();
  const filters = useMemo(() => readFilters(new URLSearchParams(query)), [query]);
  const now = useNow();
  const nowIso = new Date(now).toISOString();
  const keep = useMemo(() => cardFilter(filters, nowIso, user.id), [filters, nowIso, user.id]);
  // Search and filters run on the server (the board holds only windows of each column); the same
  // predicate decides whether a live change belongs in what is shown.
  const serverQuery = useMemo(
    () => ({ q: filters.q, assignee: filters.assignee, overdue: filters.overdue }),
    [filters.q, filters.assignee, filters.overdue],
  );
  const data = useBoardData(workflow, serverQuery, keep);
  const [flow, send] = useMoveFlow(data);
  const { notices, push, dismiss } = useNotices();
  const [dragged, setDragged] = useState<BoardCard | null>(null);
  const [creating, setCreating] = useState(false);
  const canEdit = canEditCards(user);
  const { definition, definitions, state, columns } = data;
  useBoardReadiness(workflow.key, definition ?? undefined);
  useLiveLinks();

  const stages = useMemo(
    () => new Map<string, StageDef>((definition?.stages ?? []).map((s) => [s.key, s])),
    [definition],
  );
  const moneyField = definition?.fields.find((f) => f.type === 'money');
  const fieldLabel = useCallback(
    (key: string) => (definition ? engineFieldLabel(definition, key, locale) : key),
    [definition, locale],
  );

  // Each column keeps its array while its cards stay the same (memoized columns skip rendering).
  const lastAll = useRef(new Map<string, BoardCard[]>());
  const all = useMemo(
    () =>
      (lastAll.current = shareLists(
        lastAll.current,
        cardsByStage(state, () => true),
      )),
    [state],
  );
  const filtering = isFiltering(filters);
  const lastFiltered = useRef(new Map<string, BoardCard[]>());
  const visible = useMemo(
    () =>
      filtering
        ? (lastFiltered.current = shareLists(lastFiltered.current, cardsByStage(state, keep)))
        : all,
    [filtering, state, keep, all],
  );
  // Counts and money totals come from the server's snapshot moved by every live change and by
  // the moves still being saved. Filters aside: they describe the whole stage (matched aside).
  const numbers = useMemo(
    () => columnNumbers(state, moneyField?.key, keep),
    [state, moneyField?.key, keep],
  );
  const counts = useMemo(() => new Map([...numbers].map(([k, n]) => [k, n.count])), [numbers]);
  const matched = useMemo(() => new Map([...numbers].map(([k, n]) => [k, n.matched])), [numbers]);
  const totals = useMemo(() => new Map([...numbers].map(([k, n]) => [k, n.sum])), [numbers]);
  const hasMore = useMemo(
    () => new Set([...state.ranges].filter(([, r]) => r.next !== null).map(([k]) => k)),
    [state.ranges],
  );

  const cardById = useCallback(
    (id: string) => {
      const raw = data.stateRef.current.cards.get(id);
      const pending = raw && data.stateRef.current.pending.get(id);
      return raw && pending ? { ...raw, ...pending } : raw;
    },
    [data.stateRef],
  );

  // Outcomes of the move machine, told once each.
  const told = useRef<unknown>(null);
  useEffect(() => {
    if (told.current === flow) return;
    told.current = flow;
    if (flow.matches('failed') && flow.context.error) {
      push('error', flow.context.error);
      send({ type: 'DISMISS' });
    } else if (flow.matches('idle') && flow.context.done && flow.context.request) {
      const title =
        data.stateRef.current.cards.get(flow.context.request.cardId)?.title ?? t('board.card');
      push('success', t('board.cardDone', { title, done: flow.context.done }));
    }
  }, [flow, push, send, data.stateRef, t]);

  // The engine in the browser decides every column's answer at once: the card holds every field,
  // and a guard on linked cards reads them from the links store (asked for at drag start, then
  // kept live: the answer changes under the pointer when a linked card moves).
  const draggedDef = dragged ? definitions.get(dragged.version) : undefined;
  const draggedLinks = useLinksOf(
    dragged && draggedDef && readsLinks(draggedDef) ? dragged.id : undefined,
  );
  const targets = useMemo((): Map<string, DropTarget> | null => {
    if (!dragged || !definition || !draggedDef) return null;
    const moves = engineMoves(
      draggedDef,
      cardSnapshot(dragged),
      engineCtx(
        user,
        refsFor(draggedDef, dragged.fields),
        partsFactsFor(draggedDef.key, dragged.id),
        draggedLinks,
      ),
    );
    const targets = dropTargets(moves, definition.stages, dragged.stage);
    return withClockPreview(targets, draggedDef, dragged, Date.now(), t, locale);
  }, [dragged, draggedDef, draggedLinks, definition, user, t, locale]);

  const onDragStart = useCallback(
    (card: BoardCard) => {
      send({ type: 'DRAG_START', cardId: card.id, from: card.stage });
      setDragged(card);
      const def = definitions.get(card.version);
      if (def && readsLinks(def)) ensureLinks(card.id).catch(() => undefined);
    },
    [send, definitions],
  );

  const endDrag = () => setDragged(null);

  const onReorder = useCallback(
    (card: BoardCard, overId: string) => {
      const list = all.get(card.stage) ?? [];
      const from = list.findIndex((c) => c.id === card.id);
      const to = list.findIndex((c) => c.id === overId);
      if (from < 0 || to < 0) return;
      const down = from < to;
      const low = down ? list[to] : list[to - 1];
      const high = down ? list[to + 1] : list[to];
      let position: string;
      try {
        position = generateKeyBetween(low?.position ?? null, high?.position ?? null);
      } catch {
        position = card.position;
      }
      data.dispatch({ type: 'showMoved', cardId: card.id, move: { stage: card.stage, position } });
      const base = data.stateRef.current.cards.get(card.id) ?? card;
      patchCard(card.id, base.revision, { position: down ? { after: overId } : { before: overId } })
        .then((updated) => data.dispatch({ type: 'upsert', card: updated }))
        .catch((error: unknown) => {
          data.dispatch({ type: 'putBack', cardId: card.id });
          if (error instanceof ApiError && error.status === 412)
            void data.reloadCard(card.id).catch(() => undefined);
          push('error', t('board.reorderFailed', { title: card.title, reason: messageOf(error) }));
        });
    },
    [all, data, push, t],
  );

  const openCard = useCallback((id: string) => setQuery({ card: id }), [setQuery]);
  const openId = search.get('card');
  const askingCard =
    flow.matches('askingFields') && flow.context.request
      ? cardById(flow.context.request.cardId)
      : undefined;

  const name = localLabel({ label: workflow.name, labels: workflow.definition.labels }, locale);
  if (data.status === 'loading') return <BoardSkeleton title={name} />;
  if (data.status === 'error' || !definition) {
    return (
      <main className="page-message" role="alert">
        <h1>{t('board.loadFailed', { name })}</h1>
        <p>{data.error ?? t('board.definitionMissing')}</p>
        <button type="button" className="button primary" onClick={data.reload}>
          {t('app.tryAgain')}
        </button>
      </main>
    );
  }

  const sumOf = (m: Map<string, number>) => [...m.values()].reduce((n, v) => n + v, 0);
  return (
    <main className="board-page" aria-busy={data.searching}>
      <BoardToolbar
        title={name}
        filters={filters}
        setQuery={setQuery}
        shown={sumOf(matched)}
        total={sumOf(counts)}
        canCreate={canEdit}
        onCreate={() => setCreating(true)}
        headingExtra={<SatisfactionSummary workflowKey={workflow.key} />}
      />
      <BoardColumns
        columns={columns}
        stages={stages}
        visible={visible}
        counts={counts}
        matched={matched}
        totals={totals}
        hasMore={hasMore}
        onLoadMore={data.loadMore}
        moneyField={moneyField}
        filtering={filtering}
        definitions={definitions}
        now={now}
        canDrag={canEdit}
        targets={targets}
        cardById={cardById}
        fieldLabel={fieldLabel}
        onOpen={openCard}
        onDragStart={onDragStart}
        onDrop={(card, to) => {
          endDrag();
          // One move at a time: a drop while the last one is still saving is not lost silently.
          if (!flow.matches('dragging') && to !== card.stage) {
            push(
              'info',
              `${card.title} stays where it was: the previous move is still being saved.`,
            );
          }
          send({ type: 'DROP', to });
        }}
        onReorder={onReorder}
        onDragCancel={() => {
          endDrag();
          send({ type: 'DRAG_CANCEL' });
        }}
      />
      {askingCard && flow.context.move && definitions.get(askingCard.version) && (
        <MoveFieldsDialog
          definition={definitions.get(askingCard.version)!}
          move={flow.context.move}
          cardTitle={askingCard.title}
          onSubmit={(fields) => send({ type: 'SUBMIT_FIELDS', fields })}
          onCancel={() => send({ type: 'CANCEL' })}
        />
      )}
      {openId && (
        <CardDrawer
          key={openId}
          cardId={openId}
          boardCard={cardById(openId)}
          definitions={definitions}
          workflowKey={workflow.key}
          busy={flow.matches('checking') || flow.matches('committing')}
          onMove={(card, move) =>
            send({
              type: 'REQUEST',
              request: { cardId: card.id, from: card.stage, to: move.to, event: move.event },
            })
          }
          onSaved={(card) => data.dispatch({ type: 'upsert', card })}
          onClose={() => setQuery({ card: null })}
        />
      )}
      {creating && (
        <CreateCardDialog
          workflow={workflow}
          definition={definition}
          onCreated={(card) => {
            data.dispatch({ type: 'upsert', card });
            setCreating(false);
            push('success', t('board.created', { title: card.title }));
          }}
          onCancel={() => setCreating(false)}
        />
      )}
      <Notices notices={notices} dismiss={dismiss} />
    </main>
  );
}

function BoardSkeleton({ title }: { title: string }) {
  const { t } = useT();
  return (
    <main className="board-page" aria-busy="true">
      <div className="board-toolbar">
        <div className="board-heading">
          <h1>{title}</h1>
          <span className="muted">{t('board.loadingCards')}</span>
        </div>
      </div>
      <div className="columns">
        {[0, 1, 2, 3, 4].map((i) => (
          <div key={i} className="column skeleton" aria-hidden="true">
            <div className="skeleton-bar" />
            <div className="skeleton-card" />
            <div className="skeleton-card" />
          </div>
        ))}
      </div>
    </main>
  );
}
