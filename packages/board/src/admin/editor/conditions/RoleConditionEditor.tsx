import type { Condition, Role } from '@stageflow/engine';
import { ROLES } from '@stageflow/engine';
import { RoleCheckboxes } from '../form/RoleCheckboxes.tsx';
import type { ConditionProps } from './condition-props.ts';
import { useT } from '../../../i18n/useT.ts';

type RoleCondition = Extract<Condition, { role: Role[] }>;

export function RoleConditionEditor({ value, onChange, path }: ConditionProps<RoleCondition>) {
  const { t } = useT();
  return (
    <RoleCheckboxes
      legend={t('editor.personMovingIs')}
      path={[...path, 'role']}
      value={value.role}
      onChange={(role: Role[]) =>
        onChange({ ...value, role: ROLES.filter((r) => role.includes(r)) })
      }
    />
  );
}
