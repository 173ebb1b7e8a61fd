import { useEffect, useRef } from 'react';
import type { WorkflowDefinition } from '@stageflow/engine';
import { describePath } from '../problems/describe-path.ts';
import { MigrationMapping } from './MigrationMapping.tsx';
import { PlanSummary } from './PlanSummary.tsx';
import { usePublishFlow } from './use-publish-flow.ts';
import type { PublishedVersion, WorkflowDetail } from '@stageflow/api';
import { useT } from '../../../i18n/useT.ts';

interface Props {
  draft: WorkflowDefinition;
  /** The published workflow, or null when creating a new one. */
  base: WorkflowDetail | null;
  onClose: () => void;
  onPublished: (published: PublishedVersion, migrated: number | null) => void;
}

export function PublishDialog({ draft, base, onClose, onPublished }: Props) {
  const { t } = useT();
  const flow = usePublishFlow(draft, base);
  const { step } = flow;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const nextVersion = base ? base.latestVersion + 1 : 1;
  const busy = step.name === 'checking' || step.name === 'publishing';

  useEffect(() => headingRef.current?.focus(), []);
  const reported = useRef(false);
  useEffect(() => {
    if (step.name !== 'done' || reported.current) return;
    reported.current = true;
    onPublished(step.published, step.migrated);
  }, [step, onPublished]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && !busy && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [busy, onClose]);

  const oldLabels = Object.fromEntries(
    (base?.definition.stages ?? []).map((s) => [s.key, s.label]),
  );
  return (
    <div className="admin-modal" role="presentation">
      <div
        className="admin-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="admin-publish-title"
      >
        <h2 id="admin-publish-title" ref={headingRef} tabIndex={-1}>
          {base
            ? t('editor.publishVersionOf', { version: nextVersion, name: draft.name })
            : t('editor.createWorkflowNamed', { name: draft.name })}
        </h2>
        {step.name === 'checking' && (
          <p className="admin-muted" role="status">
            {t('editor.checking')}
          </p>
        )}
        {(step.name === 'review' || step.name === 'publishing') && (
          <>
            {step.report?.plan && base && (
              <PlanSummary plan={step.report.plan} base={base.definition} draft={draft} />
            )}
            {!base && (
              <p>
                {t('editor.willCreate', {
                  name: draft.name,
                  key: draft.key,
                  count: draft.stages.length,
                })}
              </p>
            )}
            {base && (
              <label className="admin-check">
                <input
                  type="checkbox"
                  checked={flow.migrate}
                  onChange={(e) => flow.setMigrate(e.target.checked)}
                />
                {t('editor.moveOpenCards', { version: nextVersion })}
              </label>
            )}
            {flow.migrate && flow.stranded.length > 0 && (
              <MigrationMapping
                stranded={flow.stranded}
                oldLabels={oldLabels}
                draft={draft}
                stageMap={flow.stageMap}
                onChange={flow.setStageMap}
              />
            )}
            {base && !flow.migrate && (
              <p className="admin-muted">{t('editor.cardsStay', { version: nextVersion })}</p>
            )}
          </>
        )}
        {step.name === 'failed' && (
          <div className="admin-alert" role="alert">
            <p>{step.message}</p>
            {step.problems.length > 0 && (
              <ul>
                {step.problems.map((p, i) => (
                  <li key={i}>
                    <strong>{describePath(draft, p.path)}:</strong> {p.message}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        <div className="admin-dialog__actions">
          <button type="button" className="admin-btn" onClick={onClose} disabled={busy}>
            {step.name === 'failed' ? t('editor.close') : t('common.cancel')}
          </button>
          {step.name !== 'failed' && (
            <button
              type="button"
              className="admin-btn admin-btn--primary"
              disabled={!flow.canPublish}
              onClick={() => void flow.publish()}
            >
              {step.name === 'publishing'
                ? t('editor.publishing')
                : base
                  ? t('editor.publishVersion', { version: nextVersion })
                  : t('editor.createWorkflow')}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
