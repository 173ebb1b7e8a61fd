// A definition's Korean label beside the one as written: set, changed, or removed when emptied.
import type { Labels } from '@stageflow/engine';

/** `labels` with the Korean text `ko` (undefined when nothing is left, so the JSON stays clean). */
export function withKorean(labels: Labels | undefined, ko: string): Labels | undefined {
  const next: Labels = { ...labels };
  if (ko.trim()) next.ko = ko;
  else delete next.ko;
  return Object.keys(next).length > 0 ? next : undefined;
}
