/**
 * The headline numbers, each with its unit explained: demand now and PV export now (kW, rates,
 * from the live stream), energy over the window (kWh, an amount) and the window's peak demand.
 */
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatTime } from '../../../i18n/format-time';
import type { Language } from '../../../i18n/i18n';
import { KpiGrid, KpiTile } from '../../../ui/kpi-tile';
import { useEnergyNow, useWindowDemand } from '../hooks/use-energy-data';
import { SPANS, type SpanKey } from '../utils/spans';
import type { EnergyFormat } from '../utils/units';

interface Props {
  district: string | null;
  span: SpanKey;
  timeZone: string;
  language: Language;
  format: EnergyFormat;
}

export function EnergyKpis({ district, span, timeZone, language, format }: Props) {
  const { t } = useTranslation();
  const { now } = useEnergyNow(district);
  const { demand } = useWindowDemand(district, SPANS[span]);
  const pending = t('energy.kpi.pending');
  const spanLabel = t(`energy.span.${span}`);
  return (
    <KpiGrid className="energy-kpis" label={t('energy.kpi.label')}>
      <KpiTile
        testId="kpi-demand"
        label={t('energy.kpi.demandNow')}
        value={now ? format.kw(now.demandKw) : pending}
        detail={now ? t('energy.kpi.demandDetail', { time: formatTime(now.intervalStart, language, timeZone) }) : ''}
      />
      <KpiTile
        testId="kpi-export"
        label={t('energy.kpi.exportNow')}
        value={now ? format.kw(now.exportKw) : pending}
        detail={t('energy.kpi.exportDetail')}
      />
      <KpiTile
        testId="kpi-energy"
        label={t('energy.kpi.energy', { span: spanLabel })}
        value={demand ? format.energy(demand.energyKwh) : pending}
        detail={t('energy.kpi.energyDetail')}
      />
      <KpiTile
        testId="kpi-peak"
        label={t('energy.kpi.peak', { span: spanLabel })}
        value={demand?.peak ? format.kw(demand.peak.kw) : pending}
        detail={demand?.peak ? t('energy.kpi.peakDetail', { at: formatDateTime(demand.peak.time, language, timeZone) }) : ''}
      />
    </KpiGrid>
  );
}
