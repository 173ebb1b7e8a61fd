// A tiny router: the URL is the state (path + query), history.pushState changes it.
import { useCallback, useSyncExternalStore } from 'react';

const NAVIGATE_EVENT = 'stageflow:navigate';

function subscribe(callback: () => void): () => void {
  window.addEventListener('popstate', callback);
  window.addEventListener(NAVIGATE_EVENT, callback);
  return () => {
    window.removeEventListener('popstate', callback);
    window.removeEventListener(NAVIGATE_EVENT, callback);
  };
}

const currentUrl = () => window.location.pathname + window.location.search;

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === currentUrl()) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/** The current path and query; re-renders when either changes. */
export function useLocation(): { pathname: string; search: URLSearchParams } {
  const url = useSyncExternalStore(subscribe, currentUrl, currentUrl);
  const [pathname, query = ''] = url.split('?');
  return { pathname: pathname ?? '/', search: new URLSearchParams(query) };
}

/** Matches `/board/:key` style patterns; returns the decoded params or null. */
export function matchPath(pattern: string, pathname: string): Record<string, string> | null {
  const patternParts = pattern.split('/').filter(Boolean);
  const pathParts = pathname.split('/').filter(Boolean);
  if (patternParts.length !== pathParts.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < patternParts.length; i++) {
    const want = patternParts[i]!;
    const have = pathParts[i]!;
    if (want.startsWith(':')) params[want.slice(1)] = decodeURIComponent(have);
    else if (want !== have) return null;
  }
  return params;
}

/** Query parameters as state: setting one keeps the others and replaces the history entry. */
export function useQueryState(): [
  URLSearchParams,
  (changes: Record<string, string | null>) => void,
] {
  const { pathname, search } = useLocation();
  const update = useCallback(
    (changes: Record<string, string | null>) => {
      const next = new URLSearchParams(window.location.search);
      for (const [key, value] of Object.entries(changes)) {
        if (value === null || value === '') next.delete(key);
        else next.set(key, value);
      }
      const query = next.toString();
      navigate(pathname + (query ? `?${query}` : ''), { replace: true });
    },
    [pathname],
  );
  return [search, update];
}

/** A plain link that navigates without a page load (modifier clicks keep browser behaviour). */
export function linkHandler(to: string) {
  return (event: React.MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    navigate(to);
  };
}
