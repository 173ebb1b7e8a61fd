import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../../../test/admin/fake-api.ts';
import { UsersPage } from './UsersPage.tsx';
import type { AdminUser } from '@stageflow/api';

afterEach(() => vi.unstubAllGlobals());

const T0 = '2025-03-01T09:00:00.000Z';

function server(initial: AdminUser[]) {
  const users = structuredClone(initial);
  const calls = fakeApi({
    'GET /api/users': () => ({ body: users }),
    'GET /api/me': () => {
      const { id, email, name, role } = users[0]!;
      return { body: { id, email, name, role, locale: null } };
    },
    'POST /api/users': (body) => {
      const b = body as AdminUser & { password: string };
      if (users.some((u) => u.email === b.email))
        return { status: 409, body: { status: 409, detail: `${b.email} already has an account.` } };
      const user = {
        id: `u${users.length + 1}`,
        email: b.email,
        name: b.name,
        role: b.role,
        disabled: false,
        createdAt: T0,
      };
      users.push(user);
      return { status: 201, body: user };
    },
    'PATCH /api/users/u2': (body) => {
      Object.assign(users[1]!, body);
      return { body: users[1] };
    },
  });
  return calls;
}

const people: AdminUser[] = [
  {
    id: 'u1',
    email: 'ada@example.com',
    name: 'Ada Admin',
    role: 'admin',
    disabled: false,
    createdAt: T0,
  },
  {
    id: 'u2',
    email: 'max@example.com',
    name: 'Max Manager',
    role: 'manager',
    disabled: false,
    createdAt: T0,
  },
];

describe('users page', () => {
  it('lists people with their role and status, and marks the signed-in admin', async () => {
    server(people);
    render(<UsersPage />);
    const row = (await screen.findByText('Max Manager')).closest('tr')!;
    expect((within(row).getByLabelText('Role of Max Manager') as HTMLSelectElement).value).toBe(
      'manager',
    );
    expect(within(row).getByText('active')).toBeTruthy();
    const me = screen.getByText('Ada Admin').closest('tr')!;
    await waitFor(() => expect(within(me).getByText('you')).toBeTruthy());
    // You cannot demote or disable yourself from here.
    expect((within(me).getByLabelText('Role of Ada Admin') as HTMLSelectElement).disabled).toBe(
      true,
    );
  });

  it('changes a role and disables then enables an account', async () => {
    const calls = server(people);
    const user = userEvent.setup();
    render(<UsersPage />);
    await user.selectOptions(await screen.findByLabelText('Role of Max Manager'), 'viewer');
    await waitFor(() =>
      expect(calls).toContainEqual({
        method: 'PATCH',
        path: '/api/users/u2',
        body: { role: 'viewer' },
      }),
    );

    await user.click(screen.getByRole('button', { name: 'Disable Max Manager' }));
    const row = screen.getByText('Max Manager').closest('tr')!;
    await waitFor(() => expect(within(row).getByText('disabled')).toBeTruthy());
    await user.click(within(row).getByRole('button', { name: 'Enable Max Manager' }));
    await waitFor(() => expect(within(row).getByText('active')).toBeTruthy());
    expect(calls.filter((c) => c.method === 'PATCH').map((c) => c.body)).toEqual([
      { role: 'viewer' },
      { disabled: true },
      { disabled: false },
    ]);
  });

  it('invites someone with an initial password and shows a refusal in words', async () => {
    const calls = server(people);
    const user = userEvent.setup();
    render(<UsersPage />);
    const form = await screen.findByRole('form', { name: 'Invite someone' });
    await user.type(within(form).getByLabelText('Name'), 'Vera Viewer');
    await user.type(within(form).getByLabelText('Email'), 'vera@example.com');
    await user.selectOptions(within(form).getByLabelText('Role'), 'viewer');
    await user.type(within(form).getByLabelText('Initial password'), 'correct horse');
    await user.click(within(form).getByRole('button', { name: 'Create account' }));

    expect(await screen.findByText('Vera Viewer can now sign in as viewer.')).toBeTruthy();
    expect(screen.getByText('vera@example.com')).toBeTruthy();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      name: 'Vera Viewer',
      email: 'vera@example.com',
      role: 'viewer',
      password: 'correct horse',
    });

    await user.type(within(form).getByLabelText('Name'), 'Max again');
    await user.type(within(form).getByLabelText('Email'), 'max@example.com');
    await user.type(within(form).getByLabelText('Initial password'), 'another secret');
    await user.click(within(form).getByRole('button', { name: 'Create account' }));
    expect((await within(form).findByRole('alert')).textContent).toBe(
      'max@example.com already has an account.',
    );
  });

  it('says so when the list cannot be loaded', async () => {
    fakeApi({
      'GET /api/users': () => ({
        status: 403,
        body: { status: 403, detail: 'Only admins can manage users.' },
      }),
    });
    render(<UsersPage />);
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Only admins can manage users.',
    );
  });
});
