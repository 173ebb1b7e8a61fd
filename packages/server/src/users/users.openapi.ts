import { z } from 'zod';
import { registerOperation } from '../http/openapi-registry.ts';
import { CreateUserBody, PatchUserBody, UserAdminView } from './users.schemas.ts';

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
    auth: ['admin', 'manager', 'viewer'],
    responses: {
      200: {
        description: 'Active users by name',
        schema: z.array(
          z.object({
            id: z.string(),
            name: z.string(),
            role: z.enum(['admin', 'manager', 'viewer']),
          }),
        ),
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
    responses: { 200: { description: 'Users', schema: z.array(UserAdminView) }, ...denied },
  });
  registerOperation({
    method: 'post',
    path: '/api/users',
    summary: 'Create a user',
    tags,
    auth,
    body: CreateUserBody,
    responses: {
      201: { description: 'Created', schema: UserAdminView },
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
      200: { description: 'Updated', schema: UserAdminView },
      400: { description: 'Invalid body' },
      ...denied,
      404: { description: 'No such user' },
      409: { description: 'Would leave no active admin' },
    },
  });
}
