// Switching the language in the top bar: the shell, the board's columns and the stored choice.
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { User } from '@stageflow/api';
import { SessionContext } from '../app/session.tsx';
import { TopBar } from '../app/TopBar.tsx';
import { repairWorkflow } from '@stageflow/engine';
import { fakeBoardServer } from '../../test/board/fake-board-server.ts';
import { column, renderBoard } from '../../test/board/render-board.tsx';
import { applyLocale } from './i18n.ts';

afterEach(() => {
  cleanup();
  applyLocale('en');
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const admin: User = {
  id: 'u-a',
  email: 'a@example.test',
  name: 'Ada Admin',
  role: 'admin',
  locale: null,
};
const repairs = {
  key: 'repair',
  name: repairWorkflow.name,
  latestVersion: 1,
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-01T10:00:00.000Z',
  definition: repairWorkflow,
};

describe('choosing Korean in the top bar', () => {
  it('switches the shell’s words and the board tabs, and stores the choice for the user', async () => {
    const chosen: string[] = [];
    const chooseLocale = (locale: 'en' | 'ko') => {
      chosen.push(locale);
      applyLocale(locale);
    };
    render(
      <SessionContext.Provider value={{ user: admin, signOut: () => {}, chooseLocale }}>
        <TopBar workflows={[repairs]} currentWorkflow="repair" pathname="/board/repair" />
      </SessionContext.Provider>,
    );
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Equipment repairs' })).toBeTruthy();

    await userEvent.setup().selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'ko');

    expect(chosen).toEqual(['ko']);
    expect(screen.getByRole('button', { name: '로그아웃' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '장비 수리' })).toBeTruthy();
    const adminLinks = screen.getByRole('navigation', { name: '관리' });
    expect(within(adminLinks).getByRole('link', { name: '사용자' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: '언어' })).toBeTruthy();
    expect(screen.getByText('관리자')).toBeTruthy(); // the role badge
    expect(document.documentElement.lang).toBe('ko');
  });

  it('renames the board’s columns with the workflow’s Korean labels', async () => {
    fakeBoardServer({
      cards: [
        {
          id: 'c-1',
          title: 'Oven O-1',
          stage: 'diagnosis',
          fields: { customer: 'Bistro', equipment: 'Oven', serialNumber: 'O-1' },
          assignee: null,
          position: 'a0',
          revision: 1,
        },
      ],
      directory: [{ id: 'u-me', name: 'Mia Manager', role: 'manager' }],
    });
    renderBoard();
    expect(await column('Diagnosis')).toBeTruthy();
    act(() => applyLocale('ko'));
    const diagnosis = await column('진단');
    expect(within(diagnosis).getByRole('button', { name: 'Oven O-1' })).toBeTruthy();
    expect(await column('수리 접수')).toBeTruthy();
    expect(await column('부품 대기')).toBeTruthy();
    expect(within(diagnosis).getByLabelText('카드 1장')).toBeTruthy();
    // The toolbar and the card face speak Korean too.
    expect(screen.getByRole('button', { name: '새 카드' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: '담당자' })).toBeTruthy();
    expect(screen.getByText('카드 1장')).toBeTruthy();
    expect(within(diagnosis).getByText('담당자 없음')).toBeTruthy();
    expect(within(diagnosis).getByText('고객')).toBeTruthy(); // the field label on the face
  });
});
