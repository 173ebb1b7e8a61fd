import { describe, expect, it } from 'vitest';
import type { Notification } from '@stageflow/api';
import { emptyInbox, inboxReducer } from './inbox-state.ts';

const note = (id: string, readAt: string | null = null, time = '10:00'): Notification => ({
  id,
  kind: 'mention',
  cardId: 'c1',
  workflow: 'repair',
  actorId: 'u1',
  cardTitle: 'Kettle',
  createdAt: `2026-12-01T${time}:00.000Z`,
  readAt,
});

describe('the inbox state', () => {
  it('counts a notification once, whether it arrives live, twice, or also in the first load', () => {
    let s = inboxReducer(emptyInbox, { type: 'arrived', notification: note('a') });
    s = inboxReducer(s, { type: 'arrived', notification: note('a') });
    expect(s.unreadCount).toBe(1);
    s = inboxReducer(s, { type: 'loaded', notifications: [note('a'), note('b')], unreadCount: 2 });
    expect(s.unreadCount).toBe(2);
    expect(s.notifications.map((n) => n.id)).toEqual(['a', 'b']);
  });

  it('keeps a live arrival the first load did not include yet', () => {
    let s = inboxReducer(emptyInbox, { type: 'arrived', notification: note('new') });
    s = inboxReducer(s, { type: 'loaded', notifications: [note('old')], unreadCount: 1 });
    expect(s.notifications.map((n) => n.id)).toEqual(['new', 'old']);
    expect(s.unreadCount).toBe(2);
  });

  it('a reload after reading elsewhere takes the server’s word for older notifications', () => {
    let s = inboxReducer(emptyInbox, {
      type: 'loaded',
      notifications: [note('b', null, '10:02'), note('a', null, '10:01')],
      unreadCount: 2,
    });
    // Read in another tab; this page reloads and gets only the newest one back (page size 1).
    s = inboxReducer(s, {
      type: 'loaded',
      notifications: [note('b', 'later', '10:02')],
      unreadCount: 0,
    });
    expect(s.unreadCount).toBe(0);
    expect(s.notifications.map((n) => n.id)).toEqual(['b']);
  });

  it('marks one read once, and all read', () => {
    let s = inboxReducer(emptyInbox, {
      type: 'loaded',
      notifications: [note('a'), note('b'), note('c', 'earlier')],
      unreadCount: 2,
    });
    s = inboxReducer(s, { type: 'read', id: 'a', at: 'now' });
    s = inboxReducer(s, { type: 'read', id: 'a', at: 'now' });
    expect(s.unreadCount).toBe(1);
    s = inboxReducer(s, { type: 'all-read', at: 'now' });
    expect(s.unreadCount).toBe(0);
    expect(s.notifications.every((n) => n.readAt)).toBe(true);
  });
});
