// The attachment operations as the OpenAPI document shows them.
import { Attachment, AttachmentList } from '@stageflow/api';
import { registerOperation } from '../http/openapi-registry.ts';
import { ALLOWED_TYPES, formatBytes } from './attachment-policy.ts';

const tags = ['Attachments'];

export function registerAttachmentOperations(maxBytes: number): void {
  registerOperation({
    method: 'get',
    path: '/api/cards/:id/attachments',
    summary: "A card's attachments, oldest first (deleted ones too, with deletedAt and deletedBy)",
    tags,
    auth: 'user',
    responses: {
      200: { description: 'The attachments', schema: AttachmentList },
      404: { description: 'No such card' },
    },
  });
  registerOperation({
    method: 'post',
    path: '/api/cards/:id/attachments',
    summary: 'Attach a file to a card',
    description: `multipart/form-data with the file in the field \`file\`. At most ${formatBytes(maxBytes)}. The type is read from the bytes, not the name: ${ALLOWED_TYPES.join(', ')}. Streams as \`attachment.added\`.`,
    tags,
    auth: ['admin', 'manager'],
    responses: {
      201: { description: 'The attachment', schema: Attachment },
      400: { description: 'No "file" field' },
      404: { description: 'No such card' },
      413: { description: 'The file is larger than the limit (named in limitBytes)' },
      415: { description: 'Not multipart, or a file type that is not allowed (allowedTypes)' },
    },
  });
  registerOperation({
    method: 'get',
    path: '/api/attachments/:id/content',
    summary: 'The bytes of an attachment',
    description:
      'Content-Type is the sniffed type; images are shown inline, other files and `?download` are offered as downloads under the uploaded name.',
    tags,
    auth: 'user',
    responses: {
      200: { description: 'The file', contentType: 'application/octet-stream' },
      404: { description: 'No such attachment, or it was deleted' },
    },
  });
  registerOperation({
    method: 'delete',
    path: '/api/attachments/:id',
    summary: 'Delete an attachment',
    description:
      'The bytes are removed; the record stays so the card history shows who deleted what. Streams as `attachment.deleted`.',
    tags,
    auth: ['admin', 'manager'],
    responses: {
      200: { description: 'The attachment, with deletedAt and deletedBy', schema: Attachment },
      404: { description: 'No such attachment, or already deleted' },
    },
  });
}
