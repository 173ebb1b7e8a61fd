// Reads an SSE response body in tests: frames parsed into events, comments counted.
export interface SseEvent {
  id: string | undefined;
  event: string | undefined;
  data: string;
}

export interface SseClient {
  status: number;
  contentType: string | null;
  events: SseEvent[];
  comments: string[];
  /** The `ready` event's seq (the stream's starting point), once it arrived. */
  readySeq: number | undefined;
  /** Waits for the `ready` event: from then on every change is delivered. */
  ready(timeoutMs?: number): Promise<number>;
  /** Waits until at least `count` events arrived (or throws after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<SseEvent[]>;
  /** Waits `ms` and returns what arrived meanwhile. */
  settle(ms: number): Promise<SseEvent[]>;
  /** Waits until the server ends the stream; true when it did within `timeoutMs`. */
  ended(timeoutMs?: number): Promise<boolean>;
  close(): Promise<void>;
}

export function sseClient(res: Response): SseClient {
  const body = res.body;
  if (!body) throw new Error('no body');
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const events: SseEvent[] = [];
  const comments: string[] = [];
  let buffer = '';
  let readySeq: number | undefined;
  let closed = false;
  let pending: Promise<void> | null = null;

  const parse = () => {
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const frame = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event: SseEvent = { id: undefined, event: undefined, data: '' };
      let isEvent = false;
      for (const line of frame.split('\n')) {
        if (line.startsWith(':')) comments.push(line.slice(1).trim());
        else if (line.startsWith('id: ')) event.id = line.slice(4);
        else if (line.startsWith('event: ')) event.event = line.slice(7);
        else if (line.startsWith('data: ')) {
          event.data += (isEvent ? '\n' : '') + line.slice(6);
          isEvent = true;
        }
      }
      if (isEvent && event.event === 'ready') readySeq = Number(event.id);
      else if (isEvent) events.push(event);
    }
  };
  const pump = (): Promise<void> =>
    (pending ??= reader.read().then(({ value, done }) => {
      pending = null;
      if (done) closed = true;
      else {
        buffer += decoder.decode(value, { stream: true });
        parse();
      }
    }));

  const readFor = async (ms: number, until: () => boolean) => {
    const deadline = Date.now() + ms;
    while (!until() && !closed) {
      const left = deadline - Date.now();
      if (left <= 0) return false;
      await Promise.race([pump(), new Promise((r) => setTimeout(r, left))]);
    }
    return until();
  };

  return {
    status: res.status,
    contentType: res.headers.get('content-type'),
    events,
    comments,
    get readySeq() {
      return readySeq;
    },
    async ready(timeoutMs = 5000) {
      if (!(await readFor(timeoutMs, () => readySeq !== undefined)) || readySeq === undefined) {
        throw new Error('no ready event');
      }
      return readySeq;
    },
    async waitFor(count, timeoutMs = 5000) {
      if (!(await readFor(timeoutMs, () => events.length >= count))) {
        throw new Error(`expected ${count} events, got ${events.length}`);
      }
      return events;
    },
    async settle(ms) {
      await readFor(ms, () => false);
      return events;
    },
    async ended(timeoutMs = 5000) {
      await readFor(timeoutMs, () => closed);
      return closed;
    },
    async close() {
      await reader.cancel().catch(() => undefined);
    },
  };
}
