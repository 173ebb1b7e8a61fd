import type { AnchorHTMLAttributes } from 'react';
import { linkHandler } from './router.ts';

export function Link({ to, ...props }: { to: string } & AnchorHTMLAttributes<HTMLAnchorElement>) {
  return <a href={to} onClick={linkHandler(to)} {...props} />;
}
