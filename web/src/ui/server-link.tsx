/**
 * A link to what only the server has: a streamed export, the API docs. In the static demo there is
 * no server to answer it, so it is shown switched off with the reason as its tooltip (EN and KO)
 * instead of leading to a 404.
 */
import type { AnchorHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { STATIC_DEMO } from '../config/env';

export function ServerLink({ children, className, href, ...link }: AnchorHTMLAttributes<HTMLAnchorElement>) {
  const { t } = useTranslation();
  if (!STATIC_DEMO)
    return (
      <a className={className} href={href} {...link}>
        {children}
      </a>
    );
  return (
    <span className={`${className ?? ''} server-link--off`.trim()} title={t('needsServer.link')}>
      {children}
    </span>
  );
}
