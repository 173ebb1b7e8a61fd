// The roles escalations and move notifications name must be roles Stageflow has (called by
// validate()); each problem sits at the role's JSON path, in the caller's language.
import { ROLES, type WorkflowDefinition } from '../definition.schema.ts';
import { localLabel, type Locale } from '../i18n/locale.ts';
import { listText, type EngineT } from '../i18n/translate.ts';
import { ESCALATION_THRESHOLDS } from './escalations.ts';

type Path = (string | number)[];
type Add = (path: Path, code: string, message: string) => void;

const isRole = (role: string) => (ROLES as readonly string[]).includes(role);

export function checkEscalations(
  def: WorkflowDefinition,
  add: Add,
  t: EngineT,
  locale: Locale,
): void {
  const roles = listText([...ROLES], locale);
  def.transitions.forEach((transition, i) => {
    transition.notify?.forEach((role, j) => {
      if (!isRole(role))
        add(
          ['transitions', i, 'notify', j],
          'unknown_role',
          t('validate.unknownNotifyRole', { move: localLabel(transition, locale), role, roles }),
        );
    });
  });
  def.slaPolicy?.targets.forEach((target, i) => {
    for (const threshold of ESCALATION_THRESHOLDS) {
      target.escalate?.[threshold]?.forEach((role, j) => {
        if (!isRole(role))
          add(
            ['slaPolicy', 'targets', i, 'escalate', threshold, j],
            'unknown_role',
            t(`validate.unknownEscalationRole.${threshold}`, {
              target: localLabel(target, locale),
              role,
              roles,
            }),
          );
      });
    }
  });
}
