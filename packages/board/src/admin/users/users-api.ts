// The admin's user endpoints: GET/POST /api/users, PATCH /api/users/:id.
import type { Role } from '@stageflow/engine';
import { api } from '../../api/client.ts';

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
  const body = (await api.get<User[] | { users: User[] }>('/api/users')).data;
  return Array.isArray(body) ? body : body.users;
}

export async function createUser(user: NewUser): Promise<User> {
  const body = (await api.post<User | { user: User }>('/api/users', user)).data;
  return 'user' in body ? body.user : body;
}

export async function updateUser(
  id: string,
  patch: Partial<Pick<User, 'role' | 'disabled'>>,
): Promise<User> {
  const body = (
    await api.patch<User | { user: User }>(`/api/users/${encodeURIComponent(id)}`, patch)
  ).data;
  return 'user' in body ? body.user : body;
}

export async function currentUser(): Promise<{ id: string } | null> {
  const body = (await api.get<{ id: string } | { user: { id: string } }>('/api/me')).data;
  return 'user' in body ? body.user : body;
}
