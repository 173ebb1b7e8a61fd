// A search the person has typed past (or cleared) stops waiting on the server: its request is
// cancelled, so on a big board the browser's few connections and the server are free for what
// is shown now and for the next move.
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBoardServer, type FakeCard } from '../../test/board/fake-board-server.ts';
import { cardIn, renderBoard } from '../../test/board/render-board.tsx';

afterEach(() => {
  cleanup(); // unmount while the stubs are still in place
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const oven: FakeCard = {
  id: 'c-oven',
  title: 'Oven O-1',
  stage: 'diagnosis',
  fields: { customer: 'Hotel Aurora', equipment: 'Oven', serialNumber: 'O-1' },
  assignee: null,
  position: 'a0',
  revision: 1,
};

describe('searching a board', () => {
  it('cancels the request of a search that was cleared before its answer came', async () => {
    fakeBoardServer({ cards: [oven], directory: [] });
    const user = userEvent.setup();
    renderBoard();
    await cardIn('Diagnosis', 'Oven O-1');

    // The server takes its time with searches: they wait until cancelled.
    const answer = globalThis.fetch;
    const searches: { path: string; signal: AbortSignal | undefined }[] = [];
    vi.stubGlobal('fetch', (input: string, init: RequestInit = {}) => {
      if (!input.includes('q=')) return answer(input, init);
      const signal = init.signal ?? undefined;
      searches.push({ path: input, signal });
      return new Promise((_, reject) =>
        signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))),
      );
    });

    const search = screen.getByRole('searchbox', { name: 'Search cards' });
    await user.type(search, 'hotel');
    await waitFor(() => expect(searches.map((s) => s.path)).toEqual(['/api/board/repair?q=hotel']));
    await user.clear(search);
    await waitFor(() => expect(searches[0]!.signal?.aborted).toBe(true));
    await cardIn('Diagnosis', 'Oven O-1');
    await waitFor(() => expect(screen.getByRole('main').getAttribute('aria-busy')).toBe('false'));
  });
});
