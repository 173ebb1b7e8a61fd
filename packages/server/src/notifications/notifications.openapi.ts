// The inbox operations as the OpenAPI document shows them.
import { Inbox, Preferences, UnreadCount } from '@stageflow/api';
import { registerOperation } from '../http/openapi-registry.ts';
import { InboxQuery, PreferencesBody } from './notification.schemas.ts';

const tags = ['Notifications'];

export function registerNotificationOperations(): void {
  registerOperation({
    method: 'get',
    path: '/api/notifications',
    summary: "The caller's notifications, newest first, and the unread count",
    description:
      "Kinds: `mention` (someone @mentioned you in a comment), `assigned` (a card was given to you), `moved` (someone else moved a card assigned to you). New ones also arrive on /api/events as `notification.created`, on the recipient's streams only. Page with `before` = the last `createdAt` seen.",
    tags,
    auth: 'user',
    query: InboxQuery,
    responses: {
      200: { description: 'A page of notifications and the unread count', schema: Inbox },
    },
  });
  registerOperation({
    method: 'post',
    path: '/api/notifications/:id/read',
    summary: 'Mark one notification read',
    tags,
    auth: 'user',
    responses: {
      200: { description: 'The unread count after it', schema: UnreadCount },
      404: { description: 'Not one of your notifications' },
    },
  });
  registerOperation({
    method: 'post',
    path: '/api/notifications/read-all',
    summary: 'Mark all your notifications read',
    tags,
    auth: 'user',
    responses: { 200: { description: 'The unread count (0)', schema: UnreadCount } },
  });
  registerOperation({
    method: 'get',
    path: '/api/notifications/preferences',
    summary: 'Which kinds you get, in the app and by email',
    description: 'Every kind is listed; in-app is on and email off until you change them.',
    tags,
    auth: 'user',
    responses: { 200: { description: 'Every kind’s preference', schema: Preferences } },
  });
  registerOperation({
    method: 'put',
    path: '/api/notifications/preferences',
    summary: 'Change your notification preferences',
    description: 'Kinds left out keep their current setting.',
    tags,
    auth: 'user',
    body: PreferencesBody,
    responses: {
      200: { description: 'All preferences after the change', schema: Preferences },
      400: { description: 'Unknown kind or bad shape' },
    },
  });
}
