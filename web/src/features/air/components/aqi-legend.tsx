/**
 * The six AQI categories in their official colours, named: the key to chart bands and calendar
 * cells (with the index ranges where the cells show index values).
 */
import { AQI_CATEGORIES } from '@sandbox/shared/air/aqi';
import { useTranslation } from 'react-i18next';

export function AqiLegend({ ranges = false }: { ranges?: boolean }) {
  const { t } = useTranslation();
  return (
    <ul className="aqi-legend" aria-label={t('air.legend')}>
      {AQI_CATEGORIES.map((category) => (
        <li key={category.key}>
          <span className="aqi-legend__swatch" style={{ background: category.color }} aria-hidden="true" />
          {t(`aqi.${category.key}`)}
          {ranges ? <span className="aqi-legend__range">{`${category.min}–${category.max}`}</span> : null}
        </li>
      ))}
    </ul>
  );
}
