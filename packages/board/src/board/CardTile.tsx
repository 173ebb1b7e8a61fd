// One card on the board: title, key fields, assignee, time in stage and deadline.
import { localLabel, type WorkflowDefinition } from '@stageflow/engine';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo, type KeyboardEvent } from 'react';
import type { BoardCard } from '../api/types.ts';
import { useDirectory } from '../app/directory.tsx';
import { useT } from '../i18n/useT.ts';
import { initials } from '../app/TopBar.tsx';
import { displayValue, isRefField } from '../cards/display-value.ts';
import { RefValue } from '../installed-base/RefValue.tsx';
import { deadline, timeInStage } from './time.ts';
import { slaBadge } from './sla.ts';
import { PartsBadge } from '../parts/PartsBadge.tsx';

export interface CardFaceProps {
  card: BoardCard;
  definition: WorkflowDefinition | undefined;
  now: number;
}

/** The card's face, shared by the list and the drag overlay. */
export function CardFace({ card, definition, now }: CardFaceProps) {
  const { nameOf, knows } = useDirectory();
  const { t, locale } = useT();
  const face = (definition?.fields ?? [])
    .filter((f) => f.showOnCard && card.fields[f.key] != null)
    .slice(0, 3);
  const due = deadline(card.dueAt, now, locale);
  const sla = slaBadge(definition, card, now, t, locale);
  const assigneeName = card.assignee ? nameOf(card.assignee) : null;
  const named = card.assignee !== null && knows(card.assignee);
  return (
    <>
      <div className="card-title">{card.title}</div>
      {face.length > 0 && (
        <dl className="card-fields">
          {face.map((f) => (
            <div key={f.key} className={`card-field type-${f.type}`}>
              <dt>{localLabel(f, locale)}</dt>
              <dd>
                {isRefField(f) && typeof card.fields[f.key] === 'string' ? (
                  <RefValue field={f} id={card.fields[f.key] as string} link={false} />
                ) : (
                  displayValue(f, card.fields[f.key], nameOf, locale)
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
      <PartsBadge card={card} definition={definition} />
      <div className="card-meta">
        {assigneeName !== null ? (
          <span className="assignee" title={t('card.assignedTo', { name: assigneeName })}>
            <span className={named ? 'avatar small' : 'avatar small former'} aria-hidden="true">
              {named ? initials(assigneeName) : '•'}
            </span>
            <span className="sr-only">{t('card.assignedTo', { name: assigneeName })}</span>
          </span>
        ) : (
          <span className="assignee unassigned" title={t('card.unassigned')}>
            <span className="avatar small empty" aria-hidden="true" />
            <span className="sr-only">{t('card.unassigned')}</span>
          </span>
        )}
        <span className="meta-right">
          <span className="in-stage" title={t('card.timeInStage')}>
            {timeInStage(card.enteredAt, now, locale)}
          </span>
          {sla ? (
            <span
              className={`sla-badge sla-${sla.status}${sla.paused ? ' is-paused' : ''}`}
              title={sla.title}
              data-sla={sla.status}
            >
              {sla.text}
            </span>
          ) : (
            due && (
              <span className={due.overdue ? 'deadline overdue' : 'deadline'} title={due.title}>
                {due.text}
              </span>
            )
          )}
        </span>
      </div>
    </>
  );
}

/**
 * Every sortable tile renders again when a drag starts or ends (dnd-kit's context changes); its
 * face, the costly part, only when the card, its definition or the clock does.
 */
const MemoCardFace = memo(CardFace);

/** A card people may only open (viewers): still a button, but no drag instructions. */
const readOnlyAttributes = { role: 'button', tabIndex: 0 } as const;

export const CardTile = memo(function CardTile(
  props: CardFaceProps & { onOpen: (id: string) => void; disabled: boolean },
) {
  const { card, onOpen, disabled } = props;
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: card.id,
    data: { type: 'card', stage: card.stage, cardId: card.id },
    disabled,
  });
  const overdue = card.dueAt !== null && Date.parse(card.dueAt) < props.now;
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter' && !isDragging) {
      event.preventDefault();
      onOpen(card.id);
      return;
    }
    listeners?.onKeyDown?.(event);
  };
  return (
    <div
      ref={setNodeRef}
      className={['card', overdue ? 'is-overdue' : '', isDragging ? 'is-dragging' : ''].join(' ')}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      {...(disabled ? readOnlyAttributes : attributes)}
      {...listeners}
      onKeyDown={onKeyDown}
      aria-label={card.title}
      data-card-id={card.id}
      onClick={() => onOpen(card.id)}
    >
      <MemoCardFace card={card} definition={props.definition} now={props.now} />
    </div>
  );
});
