import { describe, expect, it } from 'vitest';
import { insertMention, mentionAt, mentionsIn, suggestions } from './mention-query.ts';

const ada = { id: 'u1', name: 'Ada Admin', role: 'admin' as const };
const vic = { id: 'u2', name: 'Vic Viewer', role: 'viewer' as const };

describe('@mentions while typing', () => {
  it('finds the mention at the caret only after a space or at the start', () => {
    expect(mentionAt('hi @Vi', 6)).toEqual({ start: 3, query: 'Vi' });
    expect(mentionAt('@', 1)).toEqual({ start: 0, query: '' });
    expect(mentionAt('mail me@example', 15)).toBeNull();
    expect(mentionAt('hi @Vic there', 13)).toBeNull();
  });

  it('suggests people whose first or last name starts with the query', () => {
    expect(suggestions([ada, vic], 'vi')).toEqual([vic]);
    expect(suggestions([ada, vic], 'adm')).toEqual([ada]);
    expect(suggestions([ada, vic], '')).toEqual([ada, vic]);
  });

  it('inserts "@Name " and keeps only mentions still in the text', () => {
    const typed = insertMention('ask @vi please', { start: 4, query: 'vi' }, vic);
    expect(typed).toEqual({ text: 'ask @Vic Viewer  please', caret: 16 });
    expect(mentionsIn(typed.text, [vic, ada])).toEqual(['u2']);
    expect(mentionsIn('ask please', [vic])).toEqual([]);
  });
});
