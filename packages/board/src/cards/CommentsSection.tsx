// The drawer's comment box. The comments themselves read in the history timeline, among the moves
// and edits they talk about.
import { useId } from 'react';
import '../styles/collab.css';
import { toComment, type CardComment } from '../api/comments.ts';
import { useT } from '../i18n/useT.ts';
import { CommentComposer } from './CommentComposer.tsx';

/** Adds a comment (from the server's answer or the live feed) once, keeping time order. */
export function withComment(list: CardComment[], raw: unknown): CardComment[] {
  const comment = toComment(raw);
  if (!comment.id || list.some((c) => c.id === comment.id)) return list;
  return [...list, comment].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

export function CommentsSection({
  cardId,
  canWrite,
  onAdded,
}: {
  cardId: string;
  canWrite: boolean;
  onAdded: (comment: CardComment) => void;
}) {
  const headingId = useId();
  const { t } = useT();
  return (
    <section className="drawer-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('comments.title')}</h3>
      {canWrite ? (
        <CommentComposer cardId={cardId} onAdded={onAdded} />
      ) : (
        <p className="muted small">{t('comments.viewersRead')}</p>
      )}
    </section>
  );
}
