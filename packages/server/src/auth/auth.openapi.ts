import { registerOperation } from '../http/openapi-registry.ts';
import { CreatedToken, Session, TokenList, User } from '@stageflow/api';
import { CreateTokenBody, LoginBody, PatchMeBody } from './auth.schemas.ts';

export function registerAuthOperations(): void {
  const tags = ['Auth'];
  registerOperation({
    method: 'post',
    path: '/api/session',
    summary: 'Sign in; sets the HttpOnly sf_session cookie (7 days, extended while used)',
    tags,
    auth: 'public',
    body: LoginBody,
    responses: {
      200: { description: 'Signed in', schema: Session },
      400: { description: 'Invalid body' },
      401: { description: 'Wrong email or password' },
      403: { description: 'Account disabled, or cross-site request' },
      429: { description: 'Too many failed attempts; see Retry-After' },
    },
  });
  registerOperation({
    method: 'delete',
    path: '/api/session',
    summary: 'Sign out (ends the session and clears the cookie)',
    tags,
    auth: 'public',
    responses: { 204: { description: 'Signed out' } },
  });
  registerOperation({
    method: 'get',
    path: '/api/me',
    summary: 'The signed-in user',
    tags,
    responses: {
      200: { description: 'You', schema: User },
      401: { description: 'Not signed in' },
    },
  });
  registerOperation({
    method: 'patch',
    path: '/api/me',
    summary: 'Change your own settings: the language of the board and of problem details',
    tags,
    body: PatchMeBody,
    responses: {
      200: { description: 'You, as saved', schema: User },
      400: { description: 'Invalid body' },
      401: { description: 'Not signed in' },
    },
  });
  registerOperation({
    method: 'post',
    path: '/api/tokens',
    summary: 'Create a bearer token for scripts (returned once, stored hashed)',
    tags,
    body: CreateTokenBody,
    responses: {
      201: { description: 'Created', schema: CreatedToken },
      401: { description: 'Not signed in' },
    },
  });
  registerOperation({
    method: 'get',
    path: '/api/tokens',
    summary: 'Your API tokens (without secrets)',
    tags,
    responses: { 200: { description: 'Tokens', schema: TokenList } },
  });
  registerOperation({
    method: 'delete',
    path: '/api/tokens/:id',
    summary: 'Revoke one of your API tokens',
    tags,
    responses: { 204: { description: 'Revoked' }, 404: { description: 'No such token of yours' } },
  });
}
