import type { Condition, Role } from '@stageflow/engine';
import { ROLES } from '@stageflow/engine';
import { RoleCheckboxes } from '../form/RoleCheckboxes.tsx';
import type { ConditionProps } from './condition-props.ts';

type RoleCondition = Extract<Condition, { role: Role[] }>;

export function RoleConditionEditor({ value, onChange, path }: ConditionProps<RoleCondition>) {
  return (
    <RoleCheckboxes
      legend="The person moving the card is"
      path={[...path, 'role']}
      value={value.role}
      onChange={(role: Role[]) =>
        onChange({ ...value, role: ROLES.filter((r) => role.includes(r)) })
      }
    />
  );
}
