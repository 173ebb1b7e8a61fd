// What happened to a card besides its revisions: comments, files attached and deleted. Merged
// into the history timeline by time.
import type { Attachment } from '@stageflow/api';
import type { Comment } from '@stageflow/api';

export type ActivityNote =
  | { key: string; at: string; kind: 'comment'; comment: Comment }
  | { key: string; at: string; kind: 'attached' | 'deleted'; attachment: Attachment };

/** Newest first. */
export function activityNotes(comments: Comment[], attachments: Attachment[]): ActivityNote[] {
  const notes: ActivityNote[] = comments.map((comment) => ({
    key: `c-${comment.id}`,
    at: comment.createdAt,
    kind: 'comment',
    comment,
  }));
  for (const attachment of attachments) {
    notes.push({
      key: `a-${attachment.id}`,
      at: attachment.createdAt,
      kind: 'attached',
      attachment,
    });
    if (attachment.deletedAt) {
      notes.push({
        key: `d-${attachment.id}`,
        at: attachment.deletedAt,
        kind: 'deleted',
        attachment,
      });
    }
  }
  return notes.sort((a, b) => b.at.localeCompare(a.at));
}

/** Two newest-first lists into one, newest first; at the same instant the note goes on top. */
export function mergeNewestFirst<T extends { at: string }>(
  history: T[],
  notes: ActivityNote[],
): (T | ActivityNote)[] {
  const out: (T | ActivityNote)[] = [];
  let h = 0;
  let n = 0;
  while (h < history.length || n < notes.length) {
    const entry = history[h];
    const note = notes[n];
    if (note && (!entry || note.at >= entry.at)) {
      out.push(note);
      n++;
    } else if (entry) {
      out.push(entry);
      h++;
    }
  }
  return out;
}
