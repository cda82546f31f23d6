/** The four headline numbers with sparklines of today; each states its number in words too. */
import type { City } from '@sandbox/shared/city/schemas';
import type { Segment } from '@sandbox/shared/mobility/schemas';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../i18n/format';
import type { Language } from '../../../i18n/i18n';
import { okabeIto } from '../../../map/palette';
import { Sparkline } from '../../../ui/charts/sparkline';
import { KpiGrid, KpiTile } from '../../../ui/kpi-tile';
import { useKpis } from '../hooks/use-kpis';
import type { TodayWindow } from '../hooks/use-today';

/** Black or white text, whichever reads on an AQI colour. */
function inkOn(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  return 0.299 * (r ?? 0) + 0.587 * (g ?? 0) + 0.114 * (b ?? 0) > 150 ? '#1b2430' : '#ffffff';
}

export function KpiTiles({ city, network, today }: { city: City; network: readonly Segment[] | undefined; today: TodayWindow }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const k = useKpis(city, network, today);
  const n = (v: number, digits = 0) => formatNumber(v, language, { maximumFractionDigits: digits });
  const none = t('kpi.none');
  const stationName = k.worstAqi.station
    ? language === 'ko' && k.worstAqi.station.nameKo
      ? k.worstAqi.station.nameKo
      : k.worstAqi.station.name
    : none;
  return (
    <KpiGrid label={t('kpi.title')}>
      <KpiTile
        testId="kpi-aqi"
        label={t('kpi.worstAqi')}
        value={
          k.worstAqi.aqi === null || !k.worstAqi.color ? (
            none
          ) : (
            <span className="aqi-badge" style={{ background: k.worstAqi.color, color: inkOn(k.worstAqi.color) }}>
              {n(k.worstAqi.aqi)}
            </span>
          )
        }
        detail={k.worstAqi.category ? `${t(`aqi.${k.worstAqi.category}`)} · ${stationName}` : none}
      >
        <Sparkline values={k.pmToday} color={okabeIto.vermillion} />
      </KpiTile>
      <KpiTile
        testId="kpi-load"
        label={t('kpi.cityLoad')}
        value={k.loadNowKw === null ? none : t('kpi.mw', { value: n(k.loadNowKw / 1000, 1) })}
        detail={k.peakKw === null ? none : t('kpi.peakToday', { value: n(k.peakKw / 1000, 1) })}
      >
        <Sparkline values={k.loadToday} color={okabeIto.blue} />
      </KpiTile>
      <KpiTile
        testId="kpi-speed"
        label={t('kpi.speedIndex')}
        value={k.speedIndexNow === null ? none : t('kpi.percent', { value: n(k.speedIndexNow * 100) })}
        detail={t('kpi.speedIndexDetail')}
      >
        <Sparkline values={k.speedToday} color={okabeIto.green} />
      </KpiTile>
      <KpiTile
        testId="kpi-events"
        label={t('kpi.eventsToday')}
        value={k.eventsToday === null ? none : n(k.eventsToday)}
        detail={t('kpi.eventsDetail')}
      >
        <Sparkline values={k.eventsByHour} color={okabeIto.purple} />
      </KpiTile>
    </KpiGrid>
  );
}
