// The admin's user endpoints: GET/POST /api/users, PATCH /api/users/:id.
import type { Role } from '@stageflow/engine';
import { api } from '../admin-api.ts';

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  createdAt?: string;
}

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  password: string;
}

export async function listUsers(): Promise<User[]> {
  const body = await api<User[] | { users: User[] }>('GET', '/api/users');
  return Array.isArray(body) ? body : body.users;
}

export async function createUser(user: NewUser): Promise<User> {
  const body = await api<User | { user: User }>('POST', '/api/users', user);
  return 'user' in body ? body.user : body;
}

export async function updateUser(
  id: string,
  patch: Partial<Pick<User, 'role' | 'disabled'>>,
): Promise<User> {
  const body = await api<User | { user: User }>(
    'PATCH',
    `/api/users/${encodeURIComponent(id)}`,
    patch,
  );
  return 'user' in body ? body.user : body;
}

export async function currentUser(): Promise<{ id: string } | null> {
  const body = await api<{ id: string } | { user: { id: string } }>('GET', '/api/me');
  return 'user' in body ? body.user : body;
}
