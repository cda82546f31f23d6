/** "Load-duration curve" panel: the window's 15-minute demand sorted, the peak marked, and how to read it. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../i18n/format-time';
import { Panel } from '../../../ui/panel';
import { useElementWidth } from '../../../ui/use-element-width';
import { useWindowDemand } from '../hooks/use-energy-data';
import { type DurationPoint, durationCurve } from '../utils/duration-curve';
import { derivedQuery } from '../utils/panel-query';
import { SPANS, type SpanKey } from '../utils/spans';
import { DurationChart } from './duration-chart';
import { AXES_PX, type EnergyPanelProps } from './panel-common';

export function DurationPanel({ district, place, span, timeZone, language, format }: EnergyPanelProps & { span: SpanKey }) {
  const { t } = useTranslation();
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const { result, demand } = useWindowDemand(district, SPANS[span]);
  const curve = useMemo(() => (demand ? durationCurve(demand.total.value, width - AXES_PX) : undefined), [demand, width]);
  const percent = (share: number) => new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(share);

  return (
    <div ref={ref} className="energy__cell">
      <Panel
        title={t('energy.duration.title', { place })}
        subtitle={t('energy.duration.subtitle', { span: t(`energy.span.${span}`) })}
        about={[t('energy.duration.about'), t('energy.explain.interval')]}
        query={derivedQuery(result, curve)}
        isEmpty={(data) => data === null}
        table={(data) => ({
          caption: t('energy.duration.tableCaption', { place }),
          fileName: `energy-load-duration-${district ?? 'city'}-${span}.csv`,
          rows: data?.points ?? [],
          columns: [
            { key: 'share', label: t('energy.table.share'), value: (p: DurationPoint) => percent(p.share) },
            { key: 'kw', label: t('energy.table.demandKw'), value: (p: DurationPoint) => Math.round(p.kw * 10) / 10 },
          ],
        })}
      >
        {(data) =>
          data ? (
            <>
              <DurationChart curve={data} language={language} format={format} />
              <p className="chart-summary">
                {t('energy.duration.summary', {
                  peak: format.kw(data.peakKw),
                  at: demand?.peak ? formatDateTime(demand.peak.time, language, timeZone) : '—',
                  count: data.nearPeak,
                  hours: format.number(data.nearPeak / 4, 2),
                  base: format.kw(data.baseKw),
                })}
              </p>
            </>
          ) : null
        }
      </Panel>
    </div>
  );
}
