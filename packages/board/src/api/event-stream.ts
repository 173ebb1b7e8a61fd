// Server-Sent Events over fetch, so a reconnect can send `Last-Event-ID` itself and the
// board can show whether it is live. Parsing is eventsource-parser's job.
import { createParser, type EventSourceMessage } from 'eventsource-parser';

export type StreamStatus = 'connecting' | 'live' | 'reconnecting' | 'stopped';

export interface EventStreamOptions {
  url: string;
  onMessage: (message: EventSourceMessage) => void;
  onStatus: (status: StreamStatus) => void;
  /** Called when the server says 401: the session is gone, so the stream stops. */
  onUnauthorized?: () => void;
  /** The first delay after a failure; it doubles up to `maxDelayMs`. */
  initialDelayMs?: number;
  maxDelayMs?: number;
  /**
   * A connection that has said nothing (not even the server's keep-alive comment, every 15 s)
   * for this long is dead even if the socket looks open: drop it and reconnect.
   */
  idleTimeoutMs?: number;
  lastEventId?: string;
}

/** Connects and keeps reconnecting until the returned function is called. */
export function openEventStream(options: EventStreamOptions): () => void {
  const controller = new AbortController();
  const initialDelay = options.initialDelayMs ?? 1000;
  const maxDelay = options.maxDelayMs ?? 10000;
  const idleTimeout = options.idleTimeoutMs ?? 45000;
  let lastEventId = options.lastEventId;
  let serverRetry: number | undefined;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      controller.signal.addEventListener('abort', () => {
        clearTimeout(timer);
        resolve();
      });
    });

  async function readOnce(): Promise<'ended' | 'unauthorized'> {
    const headers: Record<string, string> = { Accept: 'text/event-stream' };
    if (lastEventId) headers['Last-Event-ID'] = lastEventId;
    const attempt = new AbortController();
    const abortAttempt = () => attempt.abort();
    controller.signal.addEventListener('abort', abortAttempt);
    let idleTimer: ReturnType<typeof setTimeout> | undefined;
    const stillAlive = () => {
      clearTimeout(idleTimer);
      idleTimer = setTimeout(abortAttempt, idleTimeout);
    };
    try {
      stillAlive();
      return await readResponse(headers, attempt.signal, stillAlive);
    } finally {
      clearTimeout(idleTimer);
      controller.signal.removeEventListener('abort', abortAttempt);
    }
  }

  async function readResponse(
    headers: Record<string, string>,
    signal: AbortSignal,
    stillAlive: () => void,
  ): Promise<'ended' | 'unauthorized'> {
    const response = await fetch(options.url, {
      headers,
      credentials: 'same-origin',
      cache: 'no-store',
      signal,
    });
    if (response.status === 401) return 'unauthorized';
    if (!response.ok || !response.body) throw new Error(`Event stream answered ${response.status}`);
    options.onStatus('live');
    const parser = createParser({
      onEvent(message) {
        if (message.id) lastEventId = message.id;
        options.onMessage(message);
      },
      onRetry(ms) {
        serverRetry = ms;
      },
    });
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return 'ended';
      stillAlive();
      parser.feed(value);
    }
  }

  void (async () => {
    let failures = 0;
    options.onStatus('connecting');
    while (!controller.signal.aborted) {
      try {
        const outcome = await readOnce();
        if (outcome === 'unauthorized') {
          options.onStatus('stopped');
          options.onUnauthorized?.();
          return;
        }
        failures = 0;
      } catch {
        failures += 1;
      }
      if (controller.signal.aborted) break;
      options.onStatus('reconnecting');
      const backoff = Math.min(
        maxDelay,
        (serverRetry ?? initialDelay) * 2 ** Math.max(0, failures - 1),
      );
      await sleep(backoff * (0.75 + Math.random() * 0.5));
    }
    options.onStatus('stopped');
  })();

  return () => controller.abort();
}
