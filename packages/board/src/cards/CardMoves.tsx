// The same moves as dragging, as buttons: allowed ones are enabled, the others say why not.
import type { Move } from '@stageflow/engine';
import { useT } from '../i18n/useT.ts';

export function CardMoves({
  moves,
  canMove,
  busy,
  fieldLabel,
  onMove,
}: {
  moves: Move[];
  canMove: boolean;
  busy: boolean;
  fieldLabel: (key: string) => string;
  onMove: (move: Move) => void;
}) {
  const { t } = useT();
  if (moves.length === 0) {
    return <p className="muted">{t('drawer.noMoves')}</p>;
  }
  return (
    <section className="drawer-section" aria-label={t('drawer.moves')}>
      <h3>{t('drawer.move')}</h3>
      <ul className="move-list">
        {moves.map((move) => {
          const reasonId = `move-${move.event}-reason`;
          return (
            <li key={move.event} className={move.allowed ? 'move allowed' : 'move blocked'}>
              <button
                type="button"
                className={move.allowed ? 'button secondary' : 'button secondary'}
                disabled={!canMove || !move.allowed || busy}
                aria-describedby={move.allowed ? undefined : reasonId}
                onClick={() => onMove(move)}
              >
                {move.label}
                <span className="move-to" aria-hidden="true">
                  → {move.toLabel}
                </span>
              </button>
              {!move.allowed && (
                <span id={reasonId} className="move-reason">
                  {move.reason}
                </span>
              )}
              {move.allowed && move.missing.length > 0 && (
                <span className="move-asks">
                  {t('drawer.asksFor', { fields: move.missing.map(fieldLabel).join(', ') })}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
