// Card attachments over HTTP. Uploads are multipart (the one request that is not JSON).
import { api } from './client.ts';

export interface Attachment {
  id: string;
  cardId: string;
  uploaderId: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  createdAt: string;
  deletedAt: string | null;
  deletedBy: string | null;
  url: string;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const orNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export function toAttachment(data: unknown): Attachment {
  const a = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  return {
    id: text(a.id),
    cardId: text(a.cardId),
    uploaderId: text(a.uploaderId),
    fileName: text(a.fileName),
    contentType: text(a.contentType),
    sizeBytes: typeof a.sizeBytes === 'number' ? a.sizeBytes : 0,
    createdAt: text(a.createdAt),
    deletedAt: orNull(a.deletedAt),
    deletedBy: orNull(a.deletedBy),
    url: text(a.url),
  };
}

const listPath = (cardId: string) => `/api/cards/${encodeURIComponent(cardId)}/attachments`;

export async function listAttachments(cardId: string): Promise<Attachment[]> {
  const { data } = await api.get<{ attachments?: unknown[] }>(listPath(cardId));
  return (data.attachments ?? []).map(toAttachment);
}

export async function uploadAttachment(cardId: string, file: File): Promise<Attachment> {
  const form = new FormData();
  form.append('file', file, file.name);
  return toAttachment((await api.post(listPath(cardId), undefined, { raw: form })).data);
}

export async function deleteAttachment(id: string): Promise<Attachment> {
  return toAttachment((await api.delete(`/api/attachments/${encodeURIComponent(id)}`)).data);
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}
