import type { City } from '@sandbox/shared/schemas/city';
import { useTranslation } from 'react-i18next';
import { inventoryCounts } from '../../map/city-overlays';
import { corridorColour, siteTypeColours } from '../../map/palette';

const SITE_TYPES = ['roadside', 'school', 'park'] as const;

export function MapLegend({ city }: { city: City }) {
  const { t } = useTranslation();
  const counts = inventoryCounts(city);
  const bySite = (type: (typeof SITE_TYPES)[number]) => city.stations.filter((s) => s.siteType === type).length;
  return (
    <section className="map-legend" aria-labelledby="legend-title">
      <h2 id="legend-title" className="map-legend__title">
        {t('legend.title')}
      </h2>
      <ul className="legend">
        <li>
          <span className="legend__line" style={{ background: corridorColour }} aria-hidden="true" />
          {t('legend.corridors', { count: counts.corridors })}
        </li>
        <li>
          <span className="legend__ring" style={{ borderColor: corridorColour }} aria-hidden="true" />
          {t('legend.intersections', { count: counts.intersections })}
        </li>
        {SITE_TYPES.map((type) => (
          <li key={type}>
            <span className="legend__dot" style={{ background: siteTypeColours[type] }} aria-hidden="true" />
            {t(`legend.stations.${type}`, { count: bySite(type) })}
          </li>
        ))}
        <li>
          <span className="legend__area" aria-hidden="true" />
          {t('legend.districts', { count: counts.districts })}
        </li>
      </ul>
    </section>
  );
}
