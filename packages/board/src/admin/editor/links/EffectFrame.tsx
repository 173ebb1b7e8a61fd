// The frame of one effect in a transition's effects list: its title, a remove button, and the
// effect's own controls. The frame is the target a problem at the effect's path scrolls to.
import type { ReactNode } from 'react';
import type { DefPath } from '../../paths.ts';
import { pathId } from '../../paths.ts';
import { useT } from '../../../i18n/useT.ts';

interface Props {
  path: DefPath;
  title: string;
  onRemove: () => void;
  children: ReactNode;
}

export function EffectFrame({ path, title, onRemove, children }: Props) {
  const { t } = useT();
  return (
    <li className="admin-effect" id={pathId(path)} tabIndex={-1} role="group" aria-label={title}>
      <div className="admin-effect__head">
        <strong>{title}</strong>
        <button
          type="button"
          className="admin-icon-btn admin-icon-btn--danger"
          aria-label={t('editor.effects.remove')}
          onClick={onRemove}
        >
          ✕
        </button>
      </div>
      {children}
    </li>
  );
}
