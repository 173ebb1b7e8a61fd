// Attach a file to a card, list a card's attachments, read one, delete one. The file is written
// before the row (a failed transaction removes it again); a delete marks the row first and then
// removes the bytes.
import { randomUUID } from 'node:crypto';
import type { Store } from '../db/database.ts';
import type { CardAttachmentRow } from '../db/schema.ts';
import { writeTransaction } from '../db/transaction.ts';
import { HttpProblem } from '../http/problem.ts';
import { say } from '../i18n/translate.ts';
import { appendChange } from '../events/change-feed.ts';
import { requireCard } from '../cards/card.service.ts';
import type { Actor } from '../cards/engine-ctx.ts';
import type { AttachmentFiles } from './attachment-files.ts';
import { cleanFileName, sniffAllowedType, tooLarge } from './attachment-policy.ts';
import {
  findAttachment,
  insertAttachment,
  listAttachmentRows,
  markDeleted,
} from './attachment.repository.ts';

export interface AttachmentDto {
  id: string;
  cardId: string;
  uploaderId: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  createdAt: string;
  deletedAt: string | null;
  deletedBy: string | null;
  /** Where the bytes are served. */
  url: string;
}

export function toAttachmentDto(row: CardAttachmentRow): AttachmentDto {
  return {
    id: row.id,
    cardId: row.card_id,
    uploaderId: row.uploader_id,
    fileName: row.file_name,
    contentType: row.content_type,
    sizeBytes: Number(row.size_bytes),
    sha256: row.sha256,
    createdAt: row.created_at,
    deletedAt: row.deleted_at,
    deletedBy: row.deleted_by,
    url: `/api/attachments/${encodeURIComponent(row.id)}/content`,
  };
}

export interface AttachmentDeps {
  store: Store;
  files: AttachmentFiles;
  maxBytes: number;
}

export async function addAttachment(
  deps: AttachmentDeps,
  actor: Actor,
  cardId: string,
  upload: { name: string; bytes: Uint8Array },
  at: string,
): Promise<AttachmentDto> {
  const { store, files } = deps;
  if (upload.bytes.byteLength > deps.maxBytes) throw tooLarge(deps.maxBytes);
  await requireCard(store.db, cardId);
  const fileName = cleanFileName(upload.name);
  const contentType = await sniffAllowedType(upload.bytes, fileName);
  const stored = await files.write(upload.bytes);
  try {
    return await writeTransaction(store, async (trx) => {
      const card = await requireCard(trx, cardId);
      const row: CardAttachmentRow = {
        id: randomUUID(),
        card_id: card.id,
        uploader_id: actor.id,
        file_name: fileName,
        content_type: contentType,
        size_bytes: upload.bytes.byteLength,
        sha256: stored.sha256,
        storage_key: stored.storageKey,
        created_at: at,
        deleted_at: null,
        deleted_by: null,
      };
      await insertAttachment(trx, row);
      const attachment = toAttachmentDto(row);
      await appendChange(trx, {
        at,
        kind: 'attachment.added',
        workflowKey: card.workflow_key,
        cardId: card.id,
        payload: { actorId: actor.id, attachment },
      });
      return attachment;
    });
  } catch (err) {
    await files.remove(stored.storageKey).catch(() => undefined);
    throw err;
  }
}

export async function listAttachments(store: Store, cardId: string): Promise<AttachmentDto[]> {
  await requireCard(store.db, cardId);
  return (await listAttachmentRows(store.db, cardId)).map(toAttachmentDto);
}

function notFound(id: string): HttpProblem {
  return new HttpProblem(404, 'attachment-not-found', say('attachments.notFound', { id }));
}

/** A live attachment's row and its bytes. */
export async function openAttachment(deps: AttachmentDeps, id: string) {
  const row = await findAttachment(deps.store.db, id);
  if (!row || row.deleted_at !== null) throw notFound(id);
  const file = await deps.files.read(row.storage_key);
  if (!file) throw notFound(id);
  return { row, ...file };
}

export async function deleteAttachment(
  deps: AttachmentDeps,
  actor: Actor,
  id: string,
  at: string,
): Promise<AttachmentDto> {
  const row = await writeTransaction(deps.store, async (trx) => {
    const found = await findAttachment(trx, id);
    if (!found || !(await markDeleted(trx, id, actor.id, at))) throw notFound(id);
    const deleted = { ...found, deleted_at: at, deleted_by: actor.id };
    const card = await requireCard(trx, found.card_id);
    await appendChange(trx, {
      at,
      kind: 'attachment.deleted',
      workflowKey: card.workflow_key,
      cardId: card.id,
      payload: { actorId: actor.id, attachment: toAttachmentDto(deleted) },
    });
    return deleted;
  });
  // The record stays for the history; the bytes go. A file left behind by a crash here is
  // harmless: nothing serves a deleted attachment.
  await deps.files.remove(row.storage_key);
  return toAttachmentDto(row);
}
