// The stock section's two pages, side by side under the top bar's Stock tab.
import { Link } from '../app/Link.tsx';
import { useT } from '../i18n/useT.ts';

export function StockTabs({ current }: { current: 'stock' | 'suppliers' }) {
  const { t } = useT();
  const tab = (key: 'stock' | 'suppliers', to: string, label: string) => (
    <Link
      to={to}
      className={key === current ? 'section-tab current' : 'section-tab'}
      aria-current={key === current ? 'page' : undefined}
    >
      {label}
    </Link>
  );
  return (
    <nav className="section-tabs" aria-label={t('parts.stockSection')}>
      {tab('stock', '/stock', t('parts.partsTab'))}
      {tab('suppliers', '/suppliers', t('parts.suppliers'))}
    </nav>
  );
}
