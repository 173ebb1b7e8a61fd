// The @mention being typed at the caret, and which picked mentions the text still contains.
import type { Person } from '@stageflow/api';

export interface MentionQuery {
  /** Where the "@" is. */
  start: number;
  /** What follows it up to the caret. */
  query: string;
}

/** "@" at the start or after whitespace, then no space up to the caret. */
export function mentionAt(text: string, caret: number): MentionQuery | null {
  const before = text.slice(0, caret);
  const match = /(^|\s)@([^\s@]*)$/.exec(before);
  if (!match) return null;
  return { start: before.length - match[2]!.length - 1, query: match[2]! };
}

export function suggestions(people: Person[], query: string, limit = 6): Person[] {
  const q = query.toLocaleLowerCase();
  return people
    .filter(
      (p) =>
        p.name
          .toLocaleLowerCase()
          .split(/\s+/)
          .some((part) => part.startsWith(q)) || p.name.toLocaleLowerCase().startsWith(q),
    )
    .slice(0, limit);
}

/** Replaces the "@query" with "@Name " and returns the new text and caret. */
export function insertMention(
  text: string,
  at: MentionQuery,
  person: Person,
): { text: string; caret: number } {
  const end = at.start + 1 + at.query.length;
  const inserted = `@${person.name} `;
  return {
    text: text.slice(0, at.start) + inserted + text.slice(end),
    caret: at.start + inserted.length,
  };
}

/** The picked people whose "@Name" is still in the text (deleting the text drops the mention). */
export function mentionsIn(text: string, picked: Person[]): string[] {
  return [...new Set(picked.filter((p) => text.includes(`@${p.name}`)).map((p) => p.id))];
}
