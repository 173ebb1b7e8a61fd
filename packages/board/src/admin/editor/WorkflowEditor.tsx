import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import type { WorkflowDefinition } from '@stageflow/engine';
import { validate } from '@stageflow/engine';
import type { DefPath } from '../paths.ts';
import { toDiagramModel } from './diagram/diagram-model.ts';
import { WorkflowDiagram } from './diagram/WorkflowDiagram.tsx';
import { draftReducer } from './draft/draft-reducer.ts';
import { initDraft } from './draft/draft-state.ts';
import type { EditorContextValue, EditorTab } from './editor-context.ts';
import { EditorContext } from './editor-context.ts';
import { EditorHeader } from './EditorHeader.tsx';
import { EditorTabs } from './EditorTabs.tsx';
import { FieldsSection } from './fields/FieldsSection.tsx';
import { JsonView } from './json/JsonView.tsx';
import { ProblemsContext } from './problems/problems-context.ts';
import { ProblemList } from './problems/ProblemList.tsx';
import { ProblemText } from './problems/ProblemText.tsx';
import { useValidation } from './problems/use-validation.ts';
import { PublishDialog } from './publish/PublishDialog.tsx';
import { useNewerVersion } from './publish/use-newer-version.ts';
import { VersionList } from './publish/VersionList.tsx';
import type { PublishedVersion, WorkflowDetail } from '@stageflow/api';
import { StagesSection } from './stages/StagesSection.tsx';
import { SlaSection } from './sla/SlaSection.tsx';
import { TransitionsSection } from './transitions/TransitionsSection.tsx';
import { useReveal } from './use-reveal.ts';
import { useWorkflowCatalogue } from './links/use-workflow-catalogue.ts';
import { useT } from '../../i18n/useT.ts';

interface Props {
  /** The published workflow, or null when creating one. */
  base: WorkflowDetail | null;
  initial: WorkflowDefinition;
  onPublished: (published: PublishedVersion, migrated: number | null) => void;
  /** Load the latest published version (dropping the draft). */
  onReload?: () => void;
}

const NO_WORKFLOWS: WorkflowDefinition[] = [];

/** The whole editor: form on the left, the live diagram and the problems on the right. */
export function WorkflowEditor({ base, initial, onPublished, onReload }: Props) {
  const { t } = useT();
  const [draft, dispatch] = useReducer(draftReducer, initial, initDraft);
  const [tab, setTab] = useState<EditorTab>('stages');
  const [openIds, setOpenIds] = useState<ReadonlySet<string>>(new Set());
  const [publishing, setPublishing] = useState(false);
  const { def, ids } = draft;
  const workflows = useWorkflowCatalogue();
  const { problems, pending, validated } = useValidation(def, 150, workflows);
  const model = useMemo(() => toDiagramModel(validated, problems), [validated, problems]);
  const dirty = useMemo(() => JSON.stringify(def) !== JSON.stringify(initial), [def, initial]);
  const newer = useNewerVersion(def.key, base?.latestVersion ?? null);
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
  const today = useMemo(() => new Date().toISOString().slice(0, 10), []);

  const setOpen = useCallback((id: string, open: boolean) => {
    setOpenIds((prev) => {
      if (prev.has(id) === open) return prev;
      const next = new Set(prev);
      if (open) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);
  const reveal = useReveal({ setTab, setOpen, transitionIds: ids.transitions });

  const context: EditorContextValue = {
    def,
    ids,
    dispatch,
    today,
    tab,
    setTab,
    isOpen: (id) => openIds.has(id),
    setOpen,
    workflows: workflows ?? NO_WORKFLOWS,
    reveal,
  };
  const perTab = (list: string) =>
    problems.filter((p) => p.path[0] === list || (list === 'stages' && p.path[0] === 'initial'))
      .length;

  const handlePublished = useCallback(
    (published: PublishedVersion, migrated: number | null) => {
      setPublishing(false);
      dispatch({ type: 'replace', def: published.definition });
      onPublished(published, migrated);
    },
    [onPublished],
  );

  return (
    <EditorContext.Provider value={context}>
      <ProblemsContext.Provider value={problems}>
        <div className="admin-editor">
          <EditorHeader
            def={def}
            creating={!base}
            latestVersion={base?.latestVersion ?? null}
            dirty={dirty}
            problemCount={pending ? 0 : problems.length}
            onDiscard={() => dispatch({ type: 'replace', def: initial })}
            onPublish={() => {
              // The shown problems may trail the last keystroke: check the draft as it is now.
              const first = validate(def)[0];
              if (first) reveal(first.path);
              else setPublishing(true);
            }}
          />
          {newer !== null && (
            <div className="admin-alert admin-editor__newer" role="alert">
              <p>
                Someone else published version {newer} while you were editing version{' '}
                {base?.latestVersion}. Publishing this draft would replace their changes.
              </p>
              {onReload && (
                <button type="button" className="admin-btn" onClick={onReload}>
                  Load version {newer} (drops this draft)
                </button>
              )}
            </div>
          )}
          <ProblemText
            path={[]}
            claimed={['stages', 'transitions', 'fields', 'initial', 'name', 'key', 'description']}
          />
          <div className="admin-editor__main">
            <div className="admin-editor__form">
              <EditorTabs
                tab={tab}
                onChange={setTab}
                counts={{
                  stages: def.stages.length,
                  transitions: def.transitions.length,
                  fields: def.fields.length,
                  sla: def.slaPolicy?.targets.length ?? 0,
                }}
                problems={{
                  stages: perTab('stages'),
                  transitions: perTab('transitions'),
                  fields: perTab('fields'),
                  sla: perTab('slaPolicy'),
                }}
              />
              <div
                className="admin-editor__panel"
                role="tabpanel"
                id="admin-tabpanel"
                aria-labelledby={`admin-tab-${tab}`}
              >
                {tab === 'stages' && <StagesSection />}
                {tab === 'transitions' && <TransitionsSection />}
                {tab === 'fields' && <FieldsSection />}
                {tab === 'sla' && <SlaSection />}
                {tab === 'json' && <JsonView />}
              </div>
            </div>
            <aside className="admin-editor__side" aria-label={t('editor.diagramAndProblems')}>
              <WorkflowDiagram
                model={model}
                onSelectStage={(i) => reveal(['stages', i, 'label'])}
                onSelectTransition={(i) => reveal(['transitions', i, 'label'])}
              />
              <div className="admin-editor__side-bottom">
                <ProblemList
                  def={def}
                  problems={problems}
                  pending={pending}
                  onSelect={(path: DefPath) => reveal(path)}
                />
                {base && <VersionList versions={base.versions} />}
              </div>
            </aside>
          </div>
          {publishing && (
            <PublishDialog
              draft={def}
              base={base}
              onClose={() => setPublishing(false)}
              onPublished={handlePublished}
            />
          )}
        </div>
      </ProblemsContext.Provider>
    </EditorContext.Provider>
  );
}
