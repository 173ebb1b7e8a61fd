// The same moves as dragging, as buttons: allowed ones are enabled, the others say why not.
import type { Move } from '@stageflow/engine';

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
  if (moves.length === 0) {
    return <p className="muted">No moves lead out of this stage.</p>;
  }
  return (
    <section className="drawer-section" aria-label="Moves">
      <h3>Move</h3>
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
                  Asks for {move.missing.map(fieldLabel).join(', ')}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
