// Card attachments over HTTP. Uploads are multipart (the one request that is not JSON).
import { Attachment, AttachmentList } from '@stageflow/api';
import { api } from './client.ts';

const listPath = (cardId: string) => `/api/cards/${encodeURIComponent(cardId)}/attachments`;

export async function listAttachments(cardId: string): Promise<Attachment[]> {
  return (await api.get(listPath(cardId), AttachmentList)).data.attachments;
}

export async function uploadAttachment(cardId: string, file: File): Promise<Attachment> {
  const form = new FormData();
  form.append('file', file, file.name);
  return (await api.post(listPath(cardId), Attachment, undefined, { raw: form })).data;
}

export async function deleteAttachment(id: string): Promise<Attachment> {
  return (await api.delete(`/api/attachments/${encodeURIComponent(id)}`, Attachment)).data;
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}
