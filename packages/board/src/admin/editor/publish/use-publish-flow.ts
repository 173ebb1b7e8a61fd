import { useCallback, useEffect, useState } from 'react';
import type { Problem, WorkflowDefinition } from '@stageflow/engine';
import { ApiError, messageOf } from '../../../api/problem.ts';
import type { PublishedVersion, ValidationReport, WorkflowDetail } from '@stageflow/api';
import { createWorkflow, migrateAllVersions, publishDraft, validateDraft } from './workflow-api.ts';
import { boardT } from '../../../i18n/i18n.ts';

export type PublishStep =
  | { name: 'checking' }
  | { name: 'review'; report: ValidationReport | null }
  | { name: 'publishing'; report: ValidationReport | null }
  | { name: 'done'; published: PublishedVersion; migrated: number | null }
  | { name: 'failed'; message: string; problems: Problem[]; report: ValidationReport | null };

/**
 * Publishing, step by step: the server's dry run (problems, stranded cards), the admin's review and
 * stage mapping, the new version, then moving open cards onto it.
 */
export function usePublishFlow(draft: WorkflowDefinition, base: WorkflowDetail | null) {
  const [step, setStep] = useState<PublishStep>(
    base ? { name: 'checking' } : { name: 'review', report: null },
  );
  const [stageMap, setStageMap] = useState<Record<string, string>>({});
  const [migrate, setMigrate] = useState(true);

  useEffect(() => {
    if (!base) return;
    let current = true;
    validateDraft(base.key, draft).then(
      (report) => {
        if (!current) return;
        if (!report.valid)
          setStep({
            name: 'failed',
            message: boardT()('editor.serverProblems'),
            problems: report.problems,
            report,
          });
        else setStep({ name: 'review', report });
      },
      (err: unknown) => current && setStep(failure(err, null)),
    );
    return () => {
      current = false;
    };
  }, [base, draft]);

  const publish = useCallback(async () => {
    const report = step.name === 'review' ? step.report : null;
    setStep({ name: 'publishing', report });
    try {
      if (!base) {
        setStep({ name: 'done', published: await createWorkflow(draft), migrated: null });
        return;
      }
      const published = await publishDraft(base.key, draft);
      let migrated: number | null = null;
      if (migrate) {
        const map = Object.fromEntries(
          (report?.strandedCards ?? []).map((s) => [s.stage, stageMap[s.stage] ?? '']),
        );
        const known = new Map([[base.latestVersion, base.definition]]);
        try {
          migrated = await migrateAllVersions(base.key, published.version, map, known);
        } catch (err) {
          const message = boardT()('editor.migrationFailed', {
            version: published.version,
            reason: messageOf(err),
          });
          setStep({ name: 'failed', message, problems: [], report: null });
          return;
        }
      }
      setStep({ name: 'done', published, migrated });
    } catch (err) {
      setStep(failure(err, report));
    }
  }, [base, draft, migrate, stageMap, step]);

  const stranded =
    (step.name === 'review' || step.name === 'publishing' ? step.report?.strandedCards : null) ??
    [];
  const mappingComplete = stranded.every((s) => Boolean(stageMap[s.stage]));
  const canPublish = step.name === 'review' && (!migrate || mappingComplete);
  return { step, stageMap, setStageMap, migrate, setMigrate, stranded, canPublish, publish };
}

function failure(err: unknown, report: ValidationReport | null): PublishStep {
  const problems =
    err instanceof ApiError && Array.isArray(err.problem.problems)
      ? (err.problem.problems as Problem[])
      : [];
  return { name: 'failed', message: messageOf(err), problems, report };
}
