// The admin's user endpoints: GET/POST /api/users, PATCH /api/users/:id.
import { AdminUser, AdminUserList, User } from '@stageflow/api';
import type { Role } from '@stageflow/engine';
import { api } from '../../api/client.ts';

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  password: string;
}

export async function listUsers(): Promise<AdminUser[]> {
  return (await api.get('/api/users', AdminUserList)).data;
}

export async function createUser(user: NewUser): Promise<AdminUser> {
  return (await api.post('/api/users', AdminUser, user)).data;
}

export async function updateUser(
  id: string,
  patch: Partial<Pick<AdminUser, 'role' | 'disabled'>>,
): Promise<AdminUser> {
  return (await api.patch(`/api/users/${encodeURIComponent(id)}`, AdminUser, patch)).data;
}

export async function currentUser(): Promise<User> {
  return (await api.get('/api/me', User)).data;
}
