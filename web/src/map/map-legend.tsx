/**
 * The map's legend and layer switches in one box: each layer group can be turned on and off, and
 * shows how to read its colours (official AQI colours, the speed and load ramps, vehicle kinds).
 */
import './map-legend.css';
import { AQI_CATEGORIES } from '@sandbox/shared/air/aqi';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cityQuery } from '../api/queries';
import { formatNumber } from '../i18n/format';
import { isLanguage } from '../i18n/i18n';
import { useScenario } from '../state/scenario/use-scenario';
import { EVENT_COLOURS, loadStops, SIGNAL_COLOURS, SPEED_STOPS, VEHICLE_COLOURS } from './data-layers';
import type { LayerGroup } from './map-data';
import { corridorColour } from './palette';

function Ramp({ stops, low, high }: { stops: [number, string][]; low: string; high: string }) {
  return (
    <span className="legend-ramp">
      <span className="legend-ramp__bar" style={{ background: `linear-gradient(to right, ${stops.map(([, c]) => c).join(', ')})` }} />
      <span className="legend-ramp__labels">
        <span>{low}</span>
        <span>{high}</span>
      </span>
    </span>
  );
}

/** The district load ramp on the city's own scale, as the map draws it (loadStops). */
function LoadRamp({ kw }: { kw: (value: number) => string }) {
  const { t } = useTranslation();
  const city = useQuery(cityQuery(useScenario().scenario.city)).data;
  const stops = loadStops(city);
  // The colour is a rate (kW, the 15-minute average demand), so the ends say so.
  return <Ramp stops={stops} low={t('legend.kw', { value: kw(0) })} high={t('legend.kwOrMore', { value: kw(stops.at(-1)?.[0] ?? 0) })} />;
}

function GroupKey({ group }: { group: LayerGroup }) {
  const { t, i18n } = useTranslation();
  const kw = (value: number) => formatNumber(value, isLanguage(i18n.language) ? i18n.language : 'en', { maximumFractionDigits: 0 });
  switch (group) {
    case 'stations':
      return (
        <span className="legend-chips">
          {AQI_CATEGORIES.map((c) => (
            <span key={c.key} className="legend-chip" style={{ background: c.color }} title={t(`aqi.${c.key}`)} />
          ))}
        </span>
      );
    case 'districts':
      return <LoadRamp kw={kw} />;
    case 'speeds':
      return <Ramp stops={SPEED_STOPS} low={t('legend.slow')} high={t('legend.freeFlow')} />;
    case 'corridors':
      return <span className="legend__line" style={{ background: corridorColour }} />;
    case 'signals':
      return (
        <span className="legend-chips">
          {Object.values(SIGNAL_COLOURS).map((c) => (
            <span key={c} className="legend-chip legend-chip--round" style={{ background: c }} />
          ))}
        </span>
      );
    case 'vehicles':
      return (
        <span className="legend-chips">
          <span
            className="legend-chip legend-chip--round"
            style={{ background: VEHICLE_COLOURS.connected }}
            title={t('legend.connected')}
          />
          <span className="legend-chip legend-chip--round" style={{ background: VEHICLE_COLOURS.other }} title={t('legend.notConnected')} />
          <span className="legend-chip legend-chip--round" style={{ background: VEHICLE_COLOURS.bus }} title={t('legend.bus')} />
        </span>
      );
    case 'events':
      return (
        <span className="legend-chips">
          <span
            className="legend-chip legend-chip--ring"
            style={{ borderColor: EVENT_COLOURS['hard-braking'] }}
            title={t('legend.hardBraking')}
          />
          <span
            className="legend-chip legend-chip--ring"
            style={{ borderColor: EVENT_COLOURS['red-light-violation-warning'] }}
            title={t('legend.redLight')}
          />
        </span>
      );
  }
}

export function MapLegend({
  groups,
  visible,
  onToggle,
  explain,
}: {
  groups: readonly LayerGroup[];
  visible: ReadonlySet<LayerGroup>;
  onToggle: (group: LayerGroup) => void;
  /** A page's own reading of some groups (labelled colours), shown under the group's switch. */
  explain?: Partial<Record<LayerGroup, ReactNode>>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(true);
  return (
    <section className="map-legend" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="map-legend__title">
        <button type="button" className="map-legend__toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
          {t('legend.title')}
        </button>
      </h2>
      {open ? (
        <ul className="legend">
          {groups.map((group) => (
            <li key={group}>
              <label className="legend__row">
                <input type="checkbox" checked={visible.has(group)} onChange={() => onToggle(group)} />
                <span className="legend__name">{t(`legend.groups.${group}`)}</span>
                {explain?.[group] ? null : <GroupKey group={group} />}
              </label>
              {explain?.[group] ? <div className="legend__explain">{explain[group]}</div> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
