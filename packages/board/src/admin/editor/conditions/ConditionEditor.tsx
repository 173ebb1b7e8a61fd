import type { Condition } from '@stageflow/engine';
import { pathId } from '../../paths.ts';
import { ProblemText } from '../problems/ProblemText.tsx';
import type { ConditionProps } from './condition-props.ts';
import type { ConditionKind } from './condition-model.ts';
import { CONDITION_KINDS, convertKind, KIND_LABELS, kindOf } from './condition-model.ts';
import { ConditionGroupEditor } from './ConditionGroupEditor.tsx';
import { DateOffsetEditor } from './DateOffsetEditor.tsx';
import { DateWithinEditor } from './DateWithinEditor.tsx';
import { FieldCompareEditor } from './FieldCompareEditor.tsx';
import { RoleConditionEditor } from './RoleConditionEditor.tsx';
import { MessageInput } from './MessageInput.tsx';
import { firstOtherWorkflow, LinkedConditionEditor } from './LinkedConditionEditor.tsx';
import { useT } from '../../../i18n/useT.ts';

interface Props extends ConditionProps {
  onRemove?: () => void;
}

/** One node of the guard: pick its kind, then fill in the form for that kind (recursive for groups). */
export function ConditionEditor({ value, onChange, onRemove, path, env }: Props) {
  const { t } = useT();
  const kind = kindOf(value);
  const isGroup = kind === 'all' || kind === 'any' || kind === 'not';
  return (
    <div
      className={`admin-cond ${isGroup ? 'admin-cond--group' : ''}`}
      id={pathId(path)}
      tabIndex={-1}
      role="group"
      aria-label={t(KIND_LABELS[kind])}
    >
      <div className="admin-cond__head">
        <select
          aria-label={t('editor.conditionType')}
          value={kind}
          onChange={(e) =>
            onChange(
              convertKind(
                value,
                e.target.value as ConditionKind,
                env.fields,
                env.today,
                firstOtherWorkflow(env),
              ),
            )
          }
        >
          {CONDITION_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(KIND_LABELS[k])}
            </option>
          ))}
        </select>
        {onRemove && (
          <button
            type="button"
            className="admin-icon-btn admin-icon-btn--danger"
            aria-label={t('editor.removeCondition')}
            onClick={onRemove}
          >
            ✕
          </button>
        )}
      </div>
      <ConditionBody value={value} onChange={onChange} path={path} env={env} />
      {!isGroup && <MessageInput value={value} onChange={onChange} path={path} env={env} />}
      <ProblemText path={path} claimed={CLAIMED} />
    </div>
  );
}

// Inputs inside each kind show their own problems; the node shows the rest.
const CLAIMED = [
  'all',
  'any',
  'not',
  'field',
  'op',
  'value',
  'date',
  'within',
  'unit',
  'of',
  'plus',
  'than',
  'role',
  'linked',
  'category',
  'message',
];

function ConditionBody(props: ConditionProps) {
  const { value } = props;
  if ('linked' in value) return <LinkedConditionEditor {...props} value={value} />;
  if ('all' in value || 'any' in value || 'not' in value)
    return <ConditionGroupEditor {...props} value={value} />;
  if ('role' in value) return <RoleConditionEditor {...props} value={value} />;
  if ('parts' in value) return <PartsConditionText />;
  if ('within' in value) return <DateWithinEditor {...props} value={value} />;
  if ('plus' in value) return <DateOffsetEditor {...props} value={value} />;
  return <FieldCompareEditor {...props} value={value as Extract<Condition, { field: string }>} />;
}

/** The parts guard has nothing to fill in: the server reads the card's parts lines. */
function PartsConditionText() {
  const { t } = useT();
  return <p className="admin-muted">{t('editor.partsInStockHelp')}</p>;
}
