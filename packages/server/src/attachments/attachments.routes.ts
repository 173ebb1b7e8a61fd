// /cards/:id/attachments (list, upload) and /attachments/:id (download, delete).
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from '../app-env.ts';
import { requireRole, requireUser } from '../auth/middleware.ts';
import { HttpProblem } from '../http/problem.ts';
import { say } from '../i18n/translate.ts';
import { AttachmentFiles } from './attachment-files.ts';
import { DEFAULT_ATTACHMENT_MAX_BYTES, INLINE_TYPES, tooLarge } from './attachment-policy.ts';
import {
  addAttachment,
  deleteAttachment,
  listAttachments,
  openAttachment,
  type AttachmentDeps,
} from './attachment.service.ts';
import { registerAttachmentOperations } from './attachments.openapi.ts';
import { contentDisposition } from './content-disposition.ts';
import type { Store } from '../db/database.ts';

/** Room for the multipart boundaries and headers around the file itself. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

/** The upload route: app.ts lets it past the JSON body limit, since this one applies its own. */
export const UPLOAD_PATH = /^\/api\/cards\/[^/]+\/attachments$/;

export interface AttachmentsOptions {
  /** Where the bytes are kept (default: <data directory>/attachments). */
  dir: string;
  maxBytes?: number;
}

export function attachmentsRoutes(deps: {
  store: Store;
  now: () => Date;
  options: AttachmentsOptions;
}): Hono<AppEnv> {
  const maxBytes = deps.options.maxBytes ?? DEFAULT_ATTACHMENT_MAX_BYTES;
  const service: AttachmentDeps = {
    store: deps.store,
    files: new AttachmentFiles(deps.options.dir),
    maxBytes,
  };
  const app = new Hono<AppEnv>();
  const writers = requireRole('admin', 'manager');
  registerAttachmentOperations(maxBytes);

  app.get('/cards/:id/attachments', requireUser, async (c) =>
    c.json({ attachments: await listAttachments(deps.store, c.req.param('id')) }),
  );

  app.post(
    '/cards/:id/attachments',
    writers,
    bodyLimit({
      maxSize: maxBytes + MULTIPART_OVERHEAD_BYTES,
      onError: () => {
        throw tooLarge(maxBytes);
      },
    }),
    async (c) => {
      const type = c.req.header('content-type') ?? '';
      if (!/^multipart\/form-data\s*;/i.test(type)) {
        throw new HttpProblem(
          415,
          'unsupported-media-type',
          say('attachments.notMultipart', { type: type || 'none' }),
        );
      }
      const form = await c.req.parseBody();
      const file = form.file;
      if (!(file instanceof File)) {
        throw new HttpProblem(400, 'invalid-request', say('attachments.noFile'), {
          field: 'file',
        });
      }
      const attachment = await addAttachment(
        service,
        c.get('user'),
        c.req.param('id'),
        { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
        deps.now().toISOString(),
      );
      return c.json(attachment, 201);
    },
  );

  app.get('/attachments/:id/content', requireUser, async (c) => {
    const { row, stream, size } = await openAttachment(service, c.req.param('id'));
    const inline = INLINE_TYPES.has(row.content_type) && c.req.query('download') === undefined;
    return c.body(stream, 200, {
      'Content-Type': row.content_type,
      'Content-Length': String(size),
      'Content-Disposition': contentDisposition(row.file_name, inline),
      'X-Content-Type-Options': 'nosniff',
      // Even if a file got past the sniffing, nothing in it may run or load anything.
      'Content-Security-Policy': "default-src 'none'; img-src 'self'; sandbox",
      'Cache-Control': 'private, max-age=3600',
      ETag: `"${row.sha256}"`,
    });
  });

  app.delete('/attachments/:id', writers, async (c) =>
    c.json(
      await deleteAttachment(service, c.get('user'), c.req.param('id'), deps.now().toISOString()),
    ),
  );

  return app;
}
