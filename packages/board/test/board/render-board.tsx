// Renders the repair board as the app does: a signed-in person, the people directory, the live
// feed and the board page (with a fake server behind fetch, see fake-board-server.ts).
import { render, screen, within } from '@testing-library/react';
import { vi } from 'vitest';
import { LiveProvider } from '../../src/api/LiveProvider.tsx';
import type { User, WorkflowSummary } from '@stageflow/api';
import { repairWorkflow, type WorkflowDefinition } from '@stageflow/engine';
import { DirectoryProvider } from '../../src/app/directory.tsx';
import { SessionContext } from '../../src/app/session.tsx';
import { applyLocale } from '../../src/i18n/i18n.ts';
import { BoardPage } from '../../src/board/BoardPage.tsx';

export const me: User = {
  id: 'u-me',
  email: 'me@example.test',
  name: 'Mia Manager',
  role: 'manager',
  locale: null,
};

const repairs: WorkflowSummary = {
  key: 'repair',
  name: 'Repairs',
  latestVersion: 1,
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-01T10:00:00.000Z',
  definition: repairWorkflow,
};

export function renderBoard(user: User = me, definition: WorkflowDefinition = repairWorkflow) {
  window.history.replaceState(null, '', '/board/repair');
  // jsdom lays nothing out: give the columns' scroll areas a height so their cards render.
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(800);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(300);
  // jsdom has no CSS.escape (the drawer uses it to hand focus back to the card it came from).
  if (typeof globalThis.CSS?.escape !== 'function')
    vi.stubGlobal('CSS', { escape: (text: string) => text.replace(/["\\]/g, '\\$&') });
  const result = render(
    <SessionContext.Provider value={{ user, signOut: () => {}, chooseLocale: applyLocale }}>
      <DirectoryProvider me={user}>
        <LiveProvider onUnauthorized={() => {}}>
          <BoardPage workflow={{ ...repairs, definition }} />
        </LiveProvider>
      </DirectoryProvider>
    </SessionContext.Provider>,
  );
  return result;
}

/** A board column: the region named by its stage label. */
export async function column(label: string) {
  return screen.findByRole('region', { name: label });
}

/** The money total in a column's header ('' when it shows none). */
export async function totalOf(label: string) {
  const region = await column(label);
  return region.querySelector('.column-total')?.textContent ?? '';
}

export async function cardIn(label: string, title: string) {
  return within(await column(label)).findByRole('button', { name: title });
}
