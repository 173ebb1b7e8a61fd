// The drawer's comment box. The comments themselves read in the history timeline, among the moves
// and edits they talk about.
import { useId } from 'react';
import '../styles/collab.css';
import type { Comment } from '@stageflow/api';
import { useT } from '../i18n/useT.ts';
import { CommentComposer } from './CommentComposer.tsx';

/** Adds a comment (from the server's answer or the live feed) once, keeping time order. */
export function withComment(list: Comment[], comment: Comment): Comment[] {
  if (list.some((c) => c.id === comment.id)) return list;
  return [...list, comment].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

export function CommentsSection({
  cardId,
  canWrite,
  onAdded,
}: {
  cardId: string;
  canWrite: boolean;
  onAdded: (comment: Comment) => void;
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
