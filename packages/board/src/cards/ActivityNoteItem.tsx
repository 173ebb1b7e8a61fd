// One comment or attachment event in the history timeline.
import { useDirectory } from '../app/directory.tsx';
import { formatDateTime, relativeTime } from '../board/time.ts';
import { useT } from '../i18n/useT.ts';
import type { ActivityNote } from './activity-notes.ts';
import { CommentBody } from './CommentBody.tsx';

export function ActivityNoteItem({ note, now }: { note: ActivityNote; now: number }) {
  const { nameOf } = useDirectory();
  const { t } = useT();
  const time = (
    <time className="timeline-time" dateTime={note.at} title={formatDateTime(note.at)}>
      {relativeTime(note.at, now)}
    </time>
  );
  if (note.kind === 'comment') {
    return (
      <li className="timeline-item kind-comment">
        <div className="timeline-line">
          <strong>{nameOf(note.comment.authorId)}</strong> {t('activity.commented')}
        </div>
        {time}
        <CommentBody comment={note.comment} />
      </li>
    );
  }
  const { attachment } = note;
  const who =
    note.kind === 'attached'
      ? attachment.uploaderId
      : (attachment.deletedBy ?? attachment.uploaderId);
  return (
    <li className="timeline-item kind-attachment">
      <div className="timeline-line">
        <strong>{nameOf(who)}</strong>{' '}
        {note.kind === 'attached' ? t('activity.attached') : t('activity.deleted')}{' '}
        {note.kind === 'attached' && !attachment.deletedAt ? (
          <a href={attachment.url} target="_blank" rel="noopener">
            {attachment.fileName}
          </a>
        ) : (
          <span className="stage-name">{attachment.fileName}</span>
        )}
      </div>
      {time}
    </li>
  );
}
