/**
 * How to read the Mobility map, in words beside each colour: speed as a share of the limit, vehicle
 * kinds, signal colours and safety-event rings. Handed to the shared MapLegend under each switch.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../i18n/format';
import { useUiLanguage } from '../../../i18n/use-ui-language';
import { EVENT_COLOURS, SIGNAL_COLOURS, SPEED_STOPS, VEHICLE_COLOURS } from '../../../map/data-layers';
import type { LayerGroup } from '../../../map/map-data';
import { EVENT_KINDS } from '../utils/events-summary';

function Swatch({ colour, shape, label }: { colour: string; shape: 'dot' | 'ring' | 'bar'; label: string }) {
  return (
    <li className="map-key__item">
      <span
        className={`map-key__swatch map-key__swatch--${shape}`}
        style={shape === 'ring' ? { borderColor: colour } : { background: colour }}
        aria-hidden="true"
      />
      {label}
    </li>
  );
}

function SpeedKey() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const percent = (share: number) => formatNumber(share, language, { style: 'percent' });
  const last = SPEED_STOPS.length - 1;
  const label = (i: number, share: number) =>
    t(i === 0 ? 'mobility.map.atMost' : i === last ? 'mobility.map.atLeast' : 'mobility.map.about', { share: percent(share) });
  return (
    <>
      <p className="map-key__caption">{t('mobility.map.speedCaption')}</p>
      <ul className="map-key">
        {SPEED_STOPS.map(([share, colour], i) => (
          <Swatch key={share} colour={colour} shape="bar" label={label(i, share)} />
        ))}
        <Swatch colour="#9aa3b0" shape="bar" label={t('mobility.map.noTraffic')} />
      </ul>
    </>
  );
}

export function useMapKeys(): Partial<Record<LayerGroup, ReactNode>> {
  const { t } = useTranslation();
  return {
    speeds: <SpeedKey />,
    signals: (
      <ul className="map-key">
        {(Object.entries(SIGNAL_COLOURS) as [keyof typeof SIGNAL_COLOURS, string][]).map(([colour, value]) => (
          <Swatch key={colour} colour={value} shape="dot" label={t(`mobility.signal.color.${colour}`)} />
        ))}
      </ul>
    ),
    vehicles: (
      <ul className="map-key">
        {(Object.entries(VEHICLE_COLOURS) as [keyof typeof VEHICLE_COLOURS, string][]).map(([kind, value]) => (
          <Swatch key={kind} colour={value} shape="dot" label={t(`mobility.map.vehicle.${kind}`)} />
        ))}
      </ul>
    ),
    events: (
      <ul className="map-key">
        {EVENT_KINDS.map((kind) => (
          <Swatch key={kind} colour={EVENT_COLOURS[kind]} shape="ring" label={t(`mobility.eventKind.${kind}`)} />
        ))}
      </ul>
    ),
  };
}
