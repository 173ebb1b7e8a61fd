// The bytes of attachments on disk: one file per upload under a random name (never the uploader's
// file name), written to a temporary name and renamed so a reader never sees half a file.
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';

export interface StoredFile {
  storageKey: string;
  sha256: string;
}

export class AttachmentFiles {
  constructor(readonly dir: string) {}

  private pathOf(storageKey: string): string {
    // Keys are UUIDs we made; refuse anything else so a bad row can never point outside `dir`.
    if (!/^[0-9a-f-]{36}$/.test(storageKey)) throw new Error(`bad storage key ${storageKey}`);
    return join(this.dir, storageKey.slice(0, 2), storageKey);
  }

  async write(bytes: Uint8Array): Promise<StoredFile> {
    const storageKey = randomUUID();
    const path = this.pathOf(storageKey);
    await mkdir(join(this.dir, storageKey.slice(0, 2)), { recursive: true });
    const temp = `${path}.part`;
    await writeFile(temp, bytes, { flag: 'wx' });
    await rename(temp, path);
    return { storageKey, sha256: createHash('sha256').update(bytes).digest('hex') };
  }

  /** A web stream of the file, or null when it is gone from disk. */
  async read(storageKey: string): Promise<{ stream: ReadableStream; size: number } | null> {
    const path = this.pathOf(storageKey);
    try {
      const { size } = await stat(path);
      return { stream: Readable.toWeb(createReadStream(path)) as ReadableStream, size };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
  }

  async remove(storageKey: string): Promise<void> {
    await rm(this.pathOf(storageKey), { force: true });
  }
}
