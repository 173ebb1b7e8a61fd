// What may be attached: proof of purchase and photos. The type is read from the bytes (magic
// numbers, via file-type), never trusted from the file name or the browser's Content-Type.
import { fileTypeFromBuffer } from 'file-type';
import { HttpProblem } from '../http/problem.ts';
import { say } from '../i18n/translate.ts';

export const ALLOWED_TYPES = [
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'image/heic',
  'application/pdf',
] as const;
export type AllowedType = (typeof ALLOWED_TYPES)[number];

export const DEFAULT_ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

/** Images a browser shows inline; anything else is offered as a download. */
export const INLINE_TYPES: ReadonlySet<string> = new Set([
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
]);

export function tooLarge(maxBytes: number): HttpProblem {
  return new HttpProblem(
    413,
    'attachment-too-large',
    say('attachments.tooLarge', { limit: formatBytes(maxBytes) }),
    { limitBytes: maxBytes },
  );
}

export async function sniffAllowedType(bytes: Uint8Array, fileName: string): Promise<AllowedType> {
  const found = await fileTypeFromBuffer(bytes);
  const allowed = ALLOWED_TYPES.find((t) => t === found?.mime);
  if (!allowed) {
    const what = found
      ? say('attachments.typeIs', { type: found.mime })
      : say('attachments.typeUnknown');
    throw new HttpProblem(
      415,
      'attachment-type-refused',
      say('attachments.typeRefused', { name: fileName, what }),
      { allowedTypes: ALLOWED_TYPES, detectedType: found?.mime ?? null },
    );
  }
  return allowed;
}

/** The name to show: no folders, no control characters, at most 200 characters. */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return (clean || 'attachment').slice(0, 200);
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MiB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KiB`;
  return `${bytes} bytes`;
}
