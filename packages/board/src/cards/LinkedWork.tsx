// The drawer's "Linked work": the card that opened this one and the cards opened from it, each
// with its workflow and stage; clicking one opens it on its own board.
import type { LinkedCard } from '@stageflow/engine';
import { Link } from '../app/Link.tsx';
import { useT } from '../i18n/useT.ts';

function LinkedItem({ card }: { card: LinkedCard }) {
  const { t } = useT();
  const to = `/board/${encodeURIComponent(card.workflow)}?card=${encodeURIComponent(card.id)}`;
  return (
    <li className="linked-card" data-linked-card={card.id}>
      <Link
        to={to}
        aria-label={t('links.open', {
          title: card.title,
          workflow: card.workflowName,
          stage: card.stageLabel,
        })}
      >
        <span className="linked-card-workflow">{card.workflowName}</span>
        <span className="linked-card-title">{card.title}</span>
        <span className="stage-badge" data-category={card.category}>
          {card.stageLabel}
        </span>
      </Link>
    </li>
  );
}

export function LinkedWork({ links, headingId }: { links: LinkedCard[]; headingId: string }) {
  const { t } = useT();
  if (links.length === 0) return null;
  const parents = links.filter((l) => l.relation === 'parent');
  const children = links.filter((l) => l.relation === 'child');
  return (
    <section className="drawer-section linked-work" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('links.title')}</h3>
      {parents.length > 0 && (
        <>
          <h4>{t('links.parent')}</h4>
          <ul className="linked-cards">
            {parents.map((card) => (
              <LinkedItem key={card.id} card={card} />
            ))}
          </ul>
        </>
      )}
      {children.length > 0 && (
        <>
          <h4>{t('links.children')}</h4>
          <ul className="linked-cards">
            {children.map((card) => (
              <LinkedItem key={card.id} card={card} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
