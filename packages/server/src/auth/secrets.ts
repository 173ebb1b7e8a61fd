// Random bearer secrets and their stored digests. Only the sha256 ever reaches the database.
import { createHash, randomBytes } from 'node:crypto';

export function randomSecret(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export function newId(): string {
  return crypto.randomUUID();
}
