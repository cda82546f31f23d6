import type { City } from '@sandbox/shared/city/schemas';
import { Trans, useTranslation } from 'react-i18next';
import { formatNumber } from '../../../i18n/format';
import { useUiLanguage } from '../../../i18n/use-ui-language';
import { cityShortName, PROGRAM_CITY } from '../../../ui/city-name';

/**
 * "What you are looking at": ties the Overview to the real programs it imitates. Columbus is where
 * they ran; another city is simulated after them, with its own counts.
 */
export function ContextCard({ city }: { city: City }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const meters = city.meters.reduce((sum, group) => sum + group.count, 0);
  return (
    <section className="card card--context" aria-labelledby="context-title">
      <h2 id="context-title" className="card__title">
        {t('context.title')}
      </h2>
      <p>
        <Trans
          i18nKey="context.body"
          context={city.id === PROGRAM_CITY ? undefined : 'anyCity'}
          values={{
            city: cityShortName(t, city.id, city),
            corridors: formatNumber(city.corridors.length, language),
            stations: formatNumber(city.stations.length, language),
            meters: formatNumber(meters, language),
          }}
          components={{ strong: <strong /> }}
        />
      </p>
    </section>
  );
}
