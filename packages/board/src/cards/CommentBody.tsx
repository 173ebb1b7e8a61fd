// A comment's text with the people it mentions highlighted.
import type { Comment } from '@stageflow/api';
import { useDirectory } from '../app/directory.tsx';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function CommentBody({ comment }: { comment: Comment }) {
  const { nameOf } = useDirectory();
  const names = comment.mentions.map(nameOf).filter((n) => n.length > 1);
  if (names.length === 0) return <p className="comment-body">{comment.body}</p>;
  const pattern = new RegExp(`(${names.map((n) => `@${escape(n)}`).join('|')})`, 'g');
  return (
    <p className="comment-body">
      {comment.body.split(pattern).map((part, i) =>
        i % 2 === 1 ? (
          <span key={i} className="mention">
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </p>
  );
}
