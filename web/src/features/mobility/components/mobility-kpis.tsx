/**
 * Four numbers a facilitator reads out: the chosen corridor's speed and travel time now (the live
 * frame's last five minutes), vehicles on all corridors now, and safety events since midnight.
 */
import type { Segment } from '@sandbox/shared/mobility/schemas';
import { useTranslation } from 'react-i18next';
import { useLiveFrames } from '../../../api/live-frames';
import { formatNumber } from '../../../i18n/format';
import { useUiLanguage } from '../../../i18n/use-ui-language';
import { KpiGrid, KpiTile } from '../../../ui/kpi-tile';
import { KMH_TO_MPH, MPS_TO_KMH } from '../utils/corridor-lines';
import type { KindCounts } from '../utils/events-summary';
import { corridorSpeedNow, directionsNow, vehiclesNow } from '../utils/live-corridor';

interface Props {
  corridorId: string;
  corridorName: string;
  network: readonly Segment[] | undefined;
  eventsToday: { total: number; byKind: KindCounts } | undefined;
}

export function MobilityKpis({ corridorId, corridorName, network, eventsToday }: Props) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { frame } = useLiveFrames();
  const n = (value: number, digits = 0) => formatNumber(value, language, { maximumFractionDigits: digits, minimumFractionDigits: digits });
  const directions = network ? directionsNow(frame?.mobility, network, corridorId) : [];
  const speed = corridorSpeedNow(directions);
  const limit = directions[0]?.speedLimitMps ?? 0;
  const vehicles = vehiclesNow(frame?.mobility);
  const dash = t('mobility.kpi.none');
  const freeFlowMin = directions[0] && limit ? directions[0].lengthM / limit / 60 : null;

  return (
    <KpiGrid className="mobility__kpis" label={t('mobility.kpi.title')}>
      <KpiTile
        testId="kpi-speed"
        label={t('mobility.kpi.speed', { corridor: corridorName })}
        value={speed === null ? dash : t('mobility.units.kmhValue', { value: n(speed * MPS_TO_KMH) })}
        detail={
          speed === null
            ? t('mobility.kpi.noTraffic')
            : t('mobility.kpi.speedDetail', {
                share: formatNumber(speed / limit, language, { style: 'percent' }),
                kmh: n(limit * MPS_TO_KMH),
                mph: n(limit * MPS_TO_KMH * KMH_TO_MPH),
              })
        }
      />
      <KpiTile
        testId="kpi-travel"
        label={t('mobility.kpi.travelTime')}
        value={
          directions.every((d) => d.travelTimeS !== null) && directions.length > 0
            ? directions.map((d) => n((d.travelTimeS ?? 0) / 60, 1)).join(' · ')
            : dash
        }
        detail={
          <>
            {directions.map((d) => t(`mobility.direction.short.${d.direction}`)).join(' · ')}
            {freeFlowMin === null ? null : ` ${t('mobility.kpi.freeFlow', { minutes: n(freeFlowMin, 1) })}`}
          </>
        }
      />
      <KpiTile
        testId="kpi-vehicles"
        label={t('mobility.kpi.vehicles')}
        value={vehicles ? n(vehicles.total) : dash}
        detail={vehicles ? t('mobility.kpi.vehiclesDetail', { connected: n(vehicles.connected), buses: n(vehicles.buses) }) : dash}
      />
      <KpiTile
        testId="kpi-events"
        label={t('mobility.kpi.events')}
        value={eventsToday ? n(eventsToday.total) : dash}
        detail={
          eventsToday
            ? t('mobility.kpi.eventsDetail', {
                hard: n(eventsToday.byKind['hard-braking']),
                redLight: n(eventsToday.byKind['red-light-violation-warning']),
              })
            : dash
        }
      />
    </KpiGrid>
  );
}
