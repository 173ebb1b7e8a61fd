// One live connection per signed-in tab; components subscribe to the changes they care about.
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { openEventStream, type StreamStatus } from './event-stream.ts';
import { toChangeEvent } from './normalize.ts';
import type { ChangeEvent } from './types.ts';

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
          let data: unknown;
          try {
            data = message.data ? JSON.parse(message.data) : null;
          } catch {
            return; // a comment or keep-alive, nothing to apply
          }
          const change = toChangeEvent(data, message.id, message.event);
          for (const listener of listeners.current) listener(change);
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
