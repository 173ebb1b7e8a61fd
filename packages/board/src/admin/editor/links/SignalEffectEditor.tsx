import { localLabel, workflowName, type TransitionEffect } from '@stageflow/engine';
import type { DefPath } from '../../paths.ts';
import { useEditor } from '../editor-context.ts';
import { FormRow } from '../form/FormRow.tsx';
import { ProblemText } from '../problems/ProblemText.tsx';
import { EffectFrame } from './EffectFrame.tsx';
import { WorkflowSelect } from './WorkflowSelect.tsx';
import { useT } from '../../../i18n/useT.ts';

type Signal = Extract<TransitionEffect, { signal: unknown }>;

interface Props {
  value: Signal;
  path: DefPath;
  onChange: (next: TransitionEffect) => void;
  onRemove: () => void;
}

/** "Send <move> to the card in <workflow> that opened this one" (a handed-back repair resolves its claim). */
export function SignalEffectEditor({ value, path, onChange, onRemove }: Props) {
  const { t, locale } = useT();
  const { workflows } = useEditor();
  const { signal } = value;
  const parent = workflows.find((w) => w.key === signal.parent);
  const events = parent?.transitions ?? [];
  const knownEvent = events.some((e) => e.event === signal.event);
  const at: DefPath = [...path, 'signal'];
  const set = (next: Partial<Signal['signal']>) => {
    const merged = { ...signal, ...next };
    if (!merged.required) delete merged.required;
    onChange({ signal: merged });
  };
  const name = parent ? workflowName(parent, locale) : signal.parent;
  return (
    <EffectFrame
      path={path}
      title={t('editor.effects.signalNamed', { workflow: name })}
      onRemove={onRemove}
    >
      <div className="admin-grid admin-grid--2">
        <FormRow label={t('editor.effects.signalParent')} path={[...at, 'parent']}>
          {(c) => (
            <WorkflowSelect
              control={c}
              value={signal.parent}
              workflows={workflows}
              onChange={(key) => {
                const next = workflows.find((w) => w.key === key);
                set({ parent: key, event: next?.transitions[0]?.event ?? signal.event });
              }}
            />
          )}
        </FormRow>
        <FormRow label={t('editor.effects.signalEvent')} path={[...at, 'event']}>
          {(c) => (
            <select {...c} value={signal.event} onChange={(e) => set({ event: e.target.value })}>
              {!knownEvent && (
                <option value={signal.event}>
                  {parent && signal.event
                    ? t('editor.effects.unknownEvent', { key: signal.event })
                    : signal.event || t('editor.effects.chooseEvent')}
                </option>
              )}
              {events.map((e) => (
                <option key={e.event} value={e.event}>
                  {localLabel(e, locale)}
                </option>
              ))}
            </select>
          )}
        </FormRow>
      </div>
      <label className="admin-check">
        <input
          type="checkbox"
          checked={signal.required === true}
          onChange={(e) => set({ required: e.target.checked })}
        />
        {t('editor.effects.required')}
      </label>
      <ProblemText path={at} claimed={['parent', 'event']} />
    </EffectFrame>
  );
}
