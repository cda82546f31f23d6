import type { City } from '@sandbox/shared/schemas/city';
import { inventoryCounts } from '../../map/city-overlays';
import { corridorColour, siteTypeColours } from '../../map/palette';

export function MapLegend({ city }: { city: City }) {
  const counts = inventoryCounts(city);
  const bySite = (type: keyof typeof siteTypeColours) => city.stations.filter((s) => s.siteType === type).length;
  return (
    <section className="map-legend" aria-labelledby="legend-title">
      <h2 id="legend-title" className="map-legend__title">
        On the map
      </h2>
      <ul className="legend">
        <li>
          <span className="legend__line" style={{ background: corridorColour }} aria-hidden="true" />
          {counts.corridors} connected-vehicle corridors
        </li>
        <li>
          <span className="legend__ring" style={{ borderColor: corridorColour }} aria-hidden="true" />
          {counts.intersections} signalized intersections
        </li>
        {(['roadside', 'school', 'park'] as const).map((type) => (
          <li key={type}>
            <span className="legend__dot" style={{ background: siteTypeColours[type] }} aria-hidden="true" />
            {bySite(type)} air stations, {type} sites
          </li>
        ))}
        <li>
          <span className="legend__area" aria-hidden="true" />
          {counts.districts} districts
        </li>
      </ul>
    </section>
  );
}
