import { registerOperation } from '../http/openapi-registry.ts';
import { AdminUser, AdminUserList, Directory } from '@stageflow/api';
import { CreateUserBody, PatchUserBody } from './users.schemas.ts';

export function registerUsersOperations(): void {
  const tags = ['Users'];
  const auth = ['admin'] as const;
  const denied = { 401: { description: 'Not signed in' }, 403: { description: 'Not an admin' } };
  registerOperation({
    method: 'get',
    path: '/api/users/directory',
    summary:
      'Active colleagues (id, name, role) for assignee names and pickers; any signed-in user',
    tags,
    auth: 'user',
    responses: {
      200: {
        description: 'Active users by name',
        schema: Directory,
      },
      401: { description: 'Not signed in' },
    },
  });
  registerOperation({
    method: 'get',
    path: '/api/users',
    summary: 'List users',
    tags,
    auth,
    responses: { 200: { description: 'Users', schema: AdminUserList }, ...denied },
  });
  registerOperation({
    method: 'post',
    path: '/api/users',
    summary: 'Create a user',
    tags,
    auth,
    body: CreateUserBody,
    responses: {
      201: { description: 'Created', schema: AdminUser },
      400: { description: 'Invalid body (the field is named)' },
      ...denied,
      409: { description: 'Email already in use' },
    },
  });
  registerOperation({
    method: 'patch',
    path: '/api/users/:id',
    summary: 'Change name, role, password, or disable/enable a user (takes effect at once)',
    tags,
    auth,
    body: PatchUserBody,
    responses: {
      200: { description: 'Updated', schema: AdminUser },
      400: { description: 'Invalid body' },
      ...denied,
      404: { description: 'No such user' },
      409: { description: 'Would leave no active admin' },
    },
  });
}
