// One live connection per signed-in tab; components subscribe to the changes they care about.
// Each change is checked against the shared ChangeEvent schema before anyone sees it.
import { ChangeEvent } from '@stageflow/api';
import type { EventSourceMessage } from 'eventsource-parser';
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { openEventStream, type StreamStatus } from './event-stream.ts';

type Listener = (change: ChangeEvent) => void;

interface Live {
  status: StreamStatus;
  subscribe: (listener: Listener) => () => void;
}

const LiveContext = createContext<Live>({ status: 'stopped', subscribe: () => () => {} });

export function LiveProvider({
  children,
  onUnauthorized,
}: {
  children: ReactNode;
  onUnauthorized: () => void;
}) {
  const [status, setStatus] = useState<StreamStatus>('connecting');
  const listeners = useRef(new Set<Listener>());
  const unauthorized = useRef(onUnauthorized);
  unauthorized.current = onUnauthorized;

  useEffect(
    () =>
      openEventStream({
        url: '/api/events',
        onStatus: setStatus,
        onUnauthorized: () => unauthorized.current(),
        onMessage(message) {
          const change = readChange(message);
          if (change) for (const listener of listeners.current) listener(change);
        },
      }),
    [],
  );

  const [value] = useState(() => ({
    subscribe(listener: Listener) {
      listeners.current.add(listener);
      return () => void listeners.current.delete(listener);
    },
  }));
  return (
    <LiveContext.Provider value={{ status, subscribe: value.subscribe }}>
      {children}
    </LiveContext.Provider>
  );
}

/**
 * The change a message carries; null for the stream's `ready` message and for a change that does
 * not match the schema (reported on the console and left out: a half-understood change would put
 * wrong numbers on the board).
 */
export function readChange(message: EventSourceMessage): ChangeEvent | null {
  if (message.event === 'ready') return null;
  let data: unknown;
  try {
    data = JSON.parse(message.data);
  } catch {
    data = message.data;
  }
  const parsed = ChangeEvent.safeParse(data);
  if (parsed.success) return parsed.data;
  console.error(
    `Live change ${message.id ?? '?'} (${message.event ?? 'no kind'}) left out: it does not match the shared schema`,
    parsed.error.issues,
  );
  return null;
}

export function useLiveStatus(): StreamStatus {
  return useContext(LiveContext).status;
}

/** Calls `listener` (latest version) for every change from the live feed. */
export function useLiveChanges(listener: Listener): void {
  const { subscribe } = useContext(LiveContext);
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => subscribe((change) => latest.current(change)), [subscribe]);
}
