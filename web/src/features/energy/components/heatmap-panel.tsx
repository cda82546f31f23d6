/** "Demand by hour and day" panel: the last four weeks as an hour × day grid in the city's local time. */
import './hour-day-heatmap.css';
import { useTranslation } from 'react-i18next';
import { formatHour } from '../../../ui/charts/format';
import { Panel } from '../../../ui/panel';
import { useElementWidth } from '../../../ui/use-element-width';
import { useLoadHeatmap } from '../hooks/use-energy-data';
import { derivedQuery } from '../utils/panel-query';
import { formatLongDay } from '../utils/time-format';
import { dayMs, HourDayHeatmap } from './hour-day-heatmap';
import type { EnergyPanelProps } from './panel-common';

export const HEATMAP_DAYS = 28;

interface DayRow {
  day: string;
  values: (number | null)[];
}

export function HeatmapPanel({ district, place, timeZone, language, format }: EnergyPanelProps) {
  const { t } = useTranslation();
  const [ref, width] = useElementWidth<HTMLDivElement>();
  // A column needs a few pixels to be seen: narrower panels show fewer days.
  const days = Math.max(7, Math.min(HEATMAP_DAYS, Math.floor((width - 80) / 8)));
  const { result } = useLoadHeatmap(district, timeZone, days);
  const grid = result.data;

  return (
    <div ref={ref} className="energy__cell">
      <Panel
        title={t('energy.heatmap.title', { place })}
        subtitle={t('energy.heatmap.subtitle', { days })}
        about={[t('energy.heatmap.about'), t('energy.explain.dst')]}
        query={derivedQuery(result, grid)}
        isEmpty={(data) => data.min === null}
        table={(data) => ({
          caption: t('energy.heatmap.tableCaption', { place }),
          fileName: `energy-hour-by-day-${district ?? 'city'}-${data.days[0] ?? ''}.csv`,
          rows: data.days.map((day, d) => ({ day, values: data.cells[d] ?? [] })),
          columns: [
            {
              key: 'day',
              label: t('energy.table.day'),
              value: (row: DayRow) => `${row.day} (${formatLongDay(dayMs(row.day, timeZone), language, timeZone)})`,
            },
            ...Array.from({ length: 24 }, (_, h) => ({
              key: `h${h}`,
              label: formatHour(h),
              value: (row: DayRow) => {
                const v = row.values[h];
                return v === null || v === undefined ? null : Math.round(v);
              },
            })),
          ],
        })}
      >
        {(data) => <HourDayHeatmap grid={data} width={width - 32} timeZone={timeZone} language={language} format={format} />}
      </Panel>
    </div>
  );
}
