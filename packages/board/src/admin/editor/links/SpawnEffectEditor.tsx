import {
  workflowName,
  type SpawnValue,
  type TransitionEffect,
  type WorkflowDefinition,
} from '@stageflow/engine';
import type { DefPath } from '../../paths.ts';
import { pathId } from '../../paths.ts';
import { ConditionEditor } from '../conditions/ConditionEditor.tsx';
import { defaultCondition } from '../conditions/condition-model.ts';
import { useEditor } from '../editor-context.ts';
import { FormRow } from '../form/FormRow.tsx';
import { ProblemText } from '../problems/ProblemText.tsx';
import { SpawnFieldRow } from './SpawnFieldRow.tsx';
import { EffectFrame } from './EffectFrame.tsx';
import { WorkflowSelect } from './WorkflowSelect.tsx';
import { useT } from '../../../i18n/useT.ts';

type Spawn = Extract<TransitionEffect, { spawn: unknown }>;

/** A new spawn effect into `target` (its fields are mapped one by one with "+ Map a field"). */
export function newSpawn(target: WorkflowDefinition | undefined): Spawn {
  return { spawn: { workflow: target?.key ?? '' } };
}

interface Props {
  value: Spawn;
  path: DefPath;
  onChange: (next: TransitionEffect) => void;
  onRemove: () => void;
}

/** "Open a card in <workflow> with <its fields from this card>, [only when <condition>]". */
export function SpawnEffectEditor({ value, path, onChange, onRemove }: Props) {
  const { t, locale } = useT();
  const { def, today, workflows } = useEditor();
  const { spawn } = value;
  const target = workflows.find((w) => w.key === spawn.workflow);
  const mapping = Object.entries(spawn.fields ?? {});
  const at: DefPath = [...path, 'spawn'];
  const set = (next: Partial<Spawn['spawn']>) => {
    const merged = { ...spawn, ...next };
    if (merged.fields && Object.keys(merged.fields).length === 0) delete merged.fields;
    if (merged.when === undefined) delete merged.when;
    onChange({ spawn: merged });
  };
  const setMapping = (entries: [string, SpawnValue][]) =>
    set({ fields: Object.fromEntries(entries) });
  // The next field to map: a required one first, then any other the card does not fill yet.
  const unmapped = (target?.fields ?? [])
    .filter((f) => !Object.hasOwn(spawn.fields ?? {}, f.key))
    .sort((a, b) => Number(b.required ?? false) - Number(a.required ?? false));
  const addMapping = () => {
    const into = unmapped[0];
    if (!into) return;
    const same = def.fields.find((f) => f.key === into.key);
    const source: SpawnValue = same ? { field: same.key } : { value: null };
    setMapping([...mapping, [into.key, source]]);
  };
  const name = target ? workflowName(target, locale) : spawn.workflow;
  return (
    <EffectFrame
      path={path}
      title={t('editor.effects.spawnNamed', { workflow: name })}
      onRemove={onRemove}
    >
      <FormRow label={t('editor.effects.spawnWorkflow')} path={[...at, 'workflow']}>
        {(c) => (
          <WorkflowSelect
            control={c}
            value={spawn.workflow}
            workflows={workflows}
            onChange={(workflow) => set({ workflow })}
          />
        )}
      </FormRow>
      <fieldset className="admin-fieldset" id={pathId([...at, 'fields'])} tabIndex={-1}>
        <legend>{t('editor.effects.mapping')}</legend>
        {mapping.length > 0 && (
          <ul className="admin-list">
            {mapping.map(([key, source], i) => (
              <SpawnFieldRow
                key={i}
                childKey={key}
                source={source}
                target={target}
                taken={mapping.map(([k]) => k)}
                path={[...at, 'fields', key]}
                onChange={(nextKey, nextSource) =>
                  setMapping(mapping.map((entry, j) => (j === i ? [nextKey, nextSource] : entry)))
                }
                onRemove={() => setMapping(mapping.filter((_, j) => j !== i))}
              />
            ))}
          </ul>
        )}
        <ProblemText path={[...at, 'fields']} claimed={mapping.map(([k]) => k)} />
        <button
          type="button"
          className="admin-btn admin-btn--small"
          onClick={addMapping}
          disabled={unmapped.length === 0}
        >
          {t('editor.effects.addMapping')}
        </button>
      </fieldset>
      <label className="admin-check">
        <input
          type="checkbox"
          checked={spawn.when !== undefined}
          onChange={(e) =>
            set({
              when: e.target.checked ? defaultCondition('field', def.fields, today) : undefined,
            })
          }
        />
        {t('editor.effects.onlyWhen')}
      </label>
      {spawn.when && (
        <ConditionEditor
          value={spawn.when}
          path={[...at, 'when']}
          env={{ fields: def.fields, today, workflows, self: def.key }}
          onChange={(when) => set({ when })}
        />
      )}
      <ProblemText path={at} claimed={['workflow', 'fields', 'when']} />
    </EffectFrame>
  );
}
