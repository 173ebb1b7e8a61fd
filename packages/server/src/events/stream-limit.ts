// Caps the event streams one credential (a session or an API token) holds open in this process:
// a board needs one per tab, a script one; thousands are a leak or an attack, each costing a
// socket and a place in the poller's fan-out. Per process, like the poller (not shared across
// processes: a client would have to spread its streams over them to get more).
import { HttpProblem } from '../http/problem.ts';
import { say } from '../i18n/translate.ts';

export const DEFAULT_MAX_STREAMS_PER_SESSION = 10;

export class StreamLimit {
  private readonly open = new Map<string, number>();

  constructor(readonly maxPerKey: number = DEFAULT_MAX_STREAMS_PER_SESSION) {}

  /** Takes a place for `key`, or throws 429; call the returned function once the stream ends. */
  acquire(key: string): () => void {
    const count = this.open.get(key) ?? 0;
    if (count >= this.maxPerKey) {
      throw new HttpProblem(
        429,
        'too-many-streams',
        say('limits.tooManyStreams', { limit: this.maxPerKey }),
        { limit: this.maxPerKey },
        { 'Retry-After': '5' },
      );
    }
    this.open.set(key, count + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.open.get(key) ?? 1) - 1;
      if (left === 0) this.open.delete(key);
      else this.open.set(key, left);
    };
  }
}
