// The card drawer: every field (editable with the engine's validation), the moves as buttons,
// and the history timeline. It follows the card live: when its revision changes, it reloads.
import type { Attachment, CardDetail, Comment, HistoryEntry } from '@stageflow/api';
import {
  fieldLabel,
  moves as engineMoves,
  stageLabel as engineStageLabel,
  workflowName,
  type LinkedCard,
  type Move,
  type WorkflowDefinition,
} from '@stageflow/engine';
import { useT } from '../i18n/useT.ts';
import { useEffect, useId, useRef, useState } from 'react';
import { listAttachments } from '../api/attachments.ts';
import { listComments } from '../api/comments.ts';
import { getCard, getHistory } from '../api/endpoints.ts';
import { useLiveChanges } from '../api/LiveProvider.tsx';
import { messageOf } from '../api/problem.ts';
import type { BoardCard } from '../api/types.ts';
import { useDirectory } from '../app/directory.tsx';
import { canEditCards, useSession } from '../app/session.tsx';
import { cardSnapshot } from '../board/drop-targets.ts';
import { engineCtx } from '../board/useMoveFlow.ts';
import { refsFor, useRecordsVersion } from '../installed-base/records-store.ts';
import { CardDetailsForm } from './CardDetailsForm.tsx';
import { CardMoves } from './CardMoves.tsx';
import { CommentsSection, withComment } from './CommentsSection.tsx';
import { AttachmentsSection, withAttachment } from './AttachmentsSection.tsx';
import { CardPartsSection } from '../parts/CardPartsSection.tsx';
import { PurchaseOrderPanel } from '../parts/PurchaseOrderPanel.tsx';
import { partsFactsFor, useReadinessVersion } from '../parts/readiness-store.ts';
import { activityNotes } from './activity-notes.ts';
import { HistoryTimeline } from './HistoryTimeline.tsx';
import { CardForms } from '../forms/CardForms.tsx';
import { CardSatisfaction } from '../surveys/CardSatisfaction.tsx';
import { SlaPanel } from './SlaPanel.tsx';
import { LinkedWork } from './LinkedWork.tsx';
import { loadLinks } from './links-store.ts';
import { useNow } from '../board/useNow.ts';

export interface CardDrawerProps {
  cardId: string;
  /** The card as the board shows it now (its revision triggers a reload). */
  boardCard: BoardCard | undefined;
  definitions: Map<number, WorkflowDefinition>;
  workflowKey: string;
  busy: boolean;
  onMove: (card: BoardCard, move: Move) => void;
  onSaved: (card: CardDetail) => void;
  onClose: () => void;
}

export function CardDrawer(props: CardDrawerProps) {
  const { cardId, boardCard, definitions, onClose } = props;
  const { user } = useSession();
  const { t, locale } = useT();
  const titleId = useId();
  const [card, setCard] = useState<CardDetail | null>(null);
  const [history, setHistory] = useState<HistoryEntry[] | null>(null);
  const [links, setLinks] = useState<LinkedCard[]>([]);
  const [linksVersion, setLinksVersion] = useState(0);
  const [comments, setComments] = useState<Comment[]>([]);
  const [attachments, setAttachments] = useState<Attachment[]>([]);
  const [error, setError] = useState<string | null>(null);
  const revision = boardCard?.revision;
  const shownStage = boardCard?.stage;
  const { refresh: refreshPeople } = useDirectory();
  const now = useNow();

  // The drawer's pickers list people: bring the directory up to date if it is a minute old.
  useEffect(() => refreshPeople(60_000), [refreshPeople]);

  useEffect(() => {
    let live = true;
    Promise.all([listComments(cardId), listAttachments(cardId)])
      .then(([c, a]) => {
        if (!live) return;
        setComments(c);
        setAttachments(a);
      })
      .catch((err: unknown) => live && setError(messageOf(err)));
    return () => {
      live = false;
    };
  }, [cardId]);
  useLiveChanges((change) => {
    if (change.cardId !== cardId) return;
    if (change.kind === 'comment.created') {
      setComments((list) => withComment(list, change.comment));
    } else if (change.kind === 'attachment.added' || change.kind === 'attachment.deleted') {
      setAttachments((list) => withAttachment(list, change.attachment));
    }
  });
  // A linked card that moves changes its stage here (and the moves its guards allow).
  useLiveChanges((change) => {
    if (change.cardId && links.some((l) => l.id === change.cardId)) setLinksVersion((v) => v + 1);
  });
  useEffect(() => {
    let live = true;
    // Through the board's links store, so a drag of this card afterwards judges with the same links.
    loadLinks(cardId)
      .then((l) => live && setLinks(l))
      .catch((err: unknown) => live && setError(messageOf(err)));
    return () => {
      live = false;
    };
  }, [cardId, revision, linksVersion]);

  useEffect(() => {
    let live = true;
    Promise.all([getCard(cardId), getHistory(cardId)])
      .then(([c, h]) => {
        if (!live) return;
        setCard(c);
        setHistory(h);
        setError(null);
      })
      .catch((err: unknown) => live && setError(messageOf(err)));
    return () => {
      live = false;
    };
  }, [cardId, revision]);

  // Keyboard and screen reader users land in the drawer they opened.
  const drawerRef = useRef<HTMLElement>(null);
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    drawerRef.current?.focus();
    return () => {
      // Back to where the person was: the card they opened, even if the list re-rendered it.
      const target = opener?.isConnected
        ? opener
        : document.querySelector<HTMLElement>(`[data-card-id="${CSS.escape(cardId)}"]`);
      target?.focus({ preventScroll: true });
    };
  }, [cardId]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !document.querySelector('.dialog')) onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  // The moves read the card's customer and unit: a record arriving re-decides them.
  useRecordsVersion();
  useReadinessVersion();
  const definition = card ? definitions.get(card.version) : undefined;
  const stageLabel = (key: string | null) =>
    key && definition ? engineStageLabel(definition, key, locale) : (key ?? '');
  const moves =
    card && definition
      ? engineMoves(definition, cardSnapshot(card), {
          ...engineCtx(
            user,
            refsFor(definition, card.fields),
            partsFactsFor(card.workflow, card.id),
          ),
          links,
        })
      : [];
  const pendingMove = card && shownStage && shownStage !== card.stage;

  return (
    <>
      <div className="drawer-backdrop" onClick={onClose} aria-hidden="true" />
      <aside
        ref={drawerRef}
        className="drawer"
        role="dialog"
        aria-modal="false"
        aria-labelledby={titleId}
        tabIndex={-1}
      >
        <header className="drawer-header">
          <div>
            <p className="drawer-eyebrow">
              {definition ? workflowName(definition, locale) : t('board.card')}
              {card && (
                <span
                  className="stage-badge"
                  data-category={definition?.stages.find((s) => s.key === card.stage)?.category}
                >
                  {stageLabel(pendingMove ? shownStage : card.stage)}
                </span>
              )}
            </p>
            <h2 id={titleId} className="drawer-title">
              {card?.title ?? boardCard?.title ?? t('app.loading')}
            </h2>
          </div>
          <button
            type="button"
            className="button ghost icon"
            aria-label={t('drawer.close')}
            onClick={onClose}
          >
            ×
          </button>
        </header>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        {!card && !error && <p className="muted drawer-loading">{t('drawer.loading')}</p>}
        {card && definition && (
          <div className="drawer-body">
            <div className="drawer-main">
              <CardDetailsForm
                key={`${card.id}@${card.revision}`}
                card={card}
                definition={definition}
                readOnly={!canEditCards(user)}
                onSaved={(saved) => {
                  setCard(saved);
                  props.onSaved(saved);
                }}
                onConflict={(fresh, message) => {
                  setCard(fresh);
                  props.onSaved(fresh);
                  setError(message);
                }}
              />
              <CardPartsSection
                cardId={card.id}
                revision={card.revision}
                definition={definition}
                canWrite={canEditCards(user)}
                stage={card.stage}
              />
              <PurchaseOrderPanel
                cardId={card.id}
                revision={card.revision}
                definition={definition}
              />
            </div>
            <div className="drawer-side">
              <CardMoves
                moves={moves}
                canMove={canEditCards(user)}
                busy={props.busy || Boolean(pendingMove)}
                fieldLabel={(key) => fieldLabel(definition, key, locale)}
                onMove={(move) => props.onMove(card, move)}
              />
              <LinkedWork links={links} headingId={`${titleId}-links`} />
              <SlaPanel
                card={card}
                definition={definition}
                now={now}
                headingId={`${titleId}-sla`}
              />
              <AttachmentsSection
                cardId={card.id}
                attachments={attachments}
                canWrite={canEditCards(user)}
                onChanged={(a) => setAttachments((list) => withAttachment(list, a))}
              />
              <CommentsSection
                cardId={card.id}
                canWrite={canEditCards(user)}
                onAdded={(comment) => setComments((list) => withComment(list, comment))}
              />
              <section className="drawer-section" aria-labelledby={`${titleId}-history`}>
                <h3 id={`${titleId}-history`}>{t('history.title')}</h3>
                {history ? (
                  <HistoryTimeline
                    entries={history}
                    definition={definition}
                    stageLabel={stageLabel}
                    notes={activityNotes(comments, attachments)}
                  />
                ) : (
                  <p className="muted">{t('history.loading')}</p>
                )}
              </section>
              <CardSatisfaction cardId={card.id} revision={card.revision} />
              <CardForms cardId={card.id} />
            </div>
          </div>
        )}
      </aside>
    </>
  );
}
