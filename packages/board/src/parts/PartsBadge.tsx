// On a card waiting for parts: whether a goods receipt has covered it (it may move on now) or
// which parts it still waits for.
import './parts.css';
import type { WorkflowDefinition } from '@stageflow/engine';
import { useT } from '../i18n/useT.ts';
import type { BoardCard } from '../api/types.ts';
import { stagesWaitingForParts } from './parts-rules.ts';
import { partsFactsFor, useReadinessVersion } from './readiness-store.ts';

export function PartsBadge({
  card,
  definition,
}: {
  card: Pick<BoardCard, 'id' | 'stage'>;
  definition: WorkflowDefinition | undefined;
}) {
  const { t } = useT();
  useReadinessVersion();
  if (!definition || !stagesWaitingForParts(definition).has(card.stage)) return null;
  const facts = partsFactsFor(definition.key, card.id);
  if (!facts || facts.lines === 0) return null;
  if (facts.short.length === 0) {
    return (
      <span className="parts-badge parts-ready" data-parts="ready">
        {t('parts.readyToMove')}
      </span>
    );
  }
  const names = facts.short.map((s) => t('parts.shortItem', { ...s })).join(', ');
  return (
    <span className="parts-badge parts-waiting" data-parts="waiting" title={names}>
      {t('parts.waitingFor', { count: facts.short.length })}
    </span>
  );
}
