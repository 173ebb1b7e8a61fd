// The comment box: "@" lists people from the directory, the keyboard picks one, and only people
// whose "@Name" is still in the text are sent as mentions.
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { User } from '@stageflow/api';
import { DirectoryProvider } from '../app/directory.tsx';
import { SessionContext } from '../app/session.tsx';
import { applyLocale } from '../i18n/i18n.ts';
import { CommentComposer } from './CommentComposer.tsx';

const me: User = {
  id: 'u-me',
  email: 'me@example.test',
  name: 'Mia Manager',
  role: 'manager',
  locale: null,
};
const people = [
  { id: 'u-ada', name: 'Ada Admin', role: 'admin' },
  { id: 'u-vic', name: 'Vic Viewer', role: 'viewer' },
];

function serve() {
  const posted: unknown[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
      const url = String(input);
      if (url === '/api/users/directory') return Response.json(people);
      if (url === '/api/cards/c1/comments' && init.method === 'POST') {
        const body = JSON.parse(String(init.body)) as { body: string; mentions: string[] };
        posted.push(body);
        return Response.json(
          {
            id: `k${posted.length}`,
            cardId: 'c1',
            authorId: me.id,
            createdAt: '2026-03-02T09:00:00.000Z',
            ...body,
          },
          { status: 201 },
        );
      }
      return Response.json({ detail: 'not here' }, { status: 404 });
    }),
  );
  return posted;
}

function renderComposer(onAdded = vi.fn()) {
  applyLocale('en');
  render(
    <SessionContext.Provider value={{ user: me, signOut: () => {}, chooseLocale: applyLocale }}>
      <DirectoryProvider me={me}>
        <CommentComposer cardId="c1" onAdded={onAdded} />
      </DirectoryProvider>
    </SessionContext.Provider>,
  );
  return onAdded;
}

afterEach(() => vi.unstubAllGlobals());

describe('the comment box', () => {
  it('offers people after "@", picks one with the keyboard, and sends them as a mention', async () => {
    const posted = serve();
    const onAdded = renderComposer();
    const user = userEvent.setup();
    const box = screen.getByRole('combobox', { name: 'Comment' });
    await waitFor(() =>
      expect(fetch).toHaveBeenCalledWith('/api/users/directory', expect.anything()),
    );
    await user.type(box, 'Please @vi');
    const list = await screen.findByRole('listbox', { name: 'People' });
    expect(list.textContent).toContain('Vic Viewer');
    expect(list.textContent).not.toContain('Ada Admin');
    expect(box.getAttribute('aria-expanded')).toBe('true');
    await user.keyboard('{Enter}');
    expect((box as HTMLTextAreaElement).value).toBe('Please @Vic Viewer ');
    expect(screen.queryByRole('listbox')).toBeNull();
    await user.type(box, 'call Acme');
    await user.click(screen.getByRole('button', { name: 'Comment' }));
    await waitFor(() => expect(onAdded).toHaveBeenCalled());
    expect(posted).toEqual([{ body: 'Please @Vic Viewer call Acme', mentions: ['u-vic'] }]);
    expect((box as HTMLTextAreaElement).value).toBe('');
  });

  it('drops a mention whose name was deleted from the text', async () => {
    const posted = serve();
    renderComposer();
    const user = userEvent.setup();
    const box = screen.getByRole('combobox', { name: 'Comment' });
    await user.type(box, '@ad');
    await screen.findByRole('option', { name: /Ada Admin/ });
    await user.keyboard('{Enter}');
    await user.clear(box);
    await user.type(box, 'never mind{Control>}{Enter}{/Control}');
    await waitFor(() => expect(posted).toEqual([{ body: 'never mind', mentions: [] }]));
  });
});
