import './date-certainty.css';
import type { DateCertainty } from '@sandbox/shared/policy/schemas';
import { useTranslation } from 'react-i18next';

/** A visible mark on dates that are approximate or that no source confirmed; `note` says why. */
export function DateCertaintyBadge({ certainty, note }: { certainty: DateCertainty; note?: string | undefined }) {
  const { t } = useTranslation();
  if (certainty === 'confirmed') return null;
  return (
    <span className={`badge badge--${certainty}`} title={note}>
      {t(`policy.timeline.${certainty}`)}
    </span>
  );
}
