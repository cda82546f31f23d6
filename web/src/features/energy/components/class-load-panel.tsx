/** "Load by class" panel: the stacked chart over the page's window, its table and CSV, and what it means. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Panel } from '../../../ui/panel';
import { useElementWidth } from '../../../ui/use-element-width';
import { useClassLoad } from '../hooks/use-energy-data';
import { type ClassLoadRow, classLoadRows, METER_CLASSES } from '../utils/load';
import { derivedQuery } from '../utils/panel-query';
import { energyResolution, SPANS, type SpanKey } from '../utils/spans';
import { ClassLoadChart } from './class-load-chart';
import { AXES_PX, type EnergyPanelProps, timeColumns } from './panel-common';

export function ClassLoadPanel({ district, place, span, timeZone, language, format }: EnergyPanelProps & { span: SpanKey }) {
  const { t } = useTranslation();
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const resolution = energyResolution(SPANS[span], width - AXES_PX);
  const { window, result } = useClassLoad(district, SPANS[span], resolution);
  const rows = useMemo(() => (result.data ? classLoadRows(result.data) : undefined), [result.data]);
  const kw = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);

  return (
    <div ref={ref} className="energy__cell energy__cell--wide">
      <Panel
        tourId="load"
        title={t('energy.load.title', { place })}
        subtitle={t('energy.load.subtitle', { span: t(`energy.span.${span}`), resolution: t(`energy.resolution.${resolution}`) })}
        about={[t('energy.load.about'), t('energy.explain.kwKwh'), t('energy.explain.exportSign')]}
        query={derivedQuery(result, rows)}
        sampleOf={() => result.data?.series ?? []}
        isEmpty={(data) => data.length === 0}
        table={(data) => ({
          caption: t('energy.load.tableCaption', { place }),
          fileName: `energy-load-by-class-${district ?? 'city'}-${window.from.slice(0, 16).replace(':', '')}.csv`,
          rows: data,
          columns: [
            ...timeColumns<ClassLoadRow>(t, language, timeZone),
            ...METER_CLASSES.map((cls) => ({
              key: `import-${cls}`,
              label: t('energy.table.importKw', { name: t(`energy.class.${cls}`) }),
              value: (row: ClassLoadRow) => kw(row.import[cls]),
            })),
            ...METER_CLASSES.map((cls) => ({
              key: `export-${cls}`,
              label: t('energy.table.exportKw', { name: t(`energy.class.${cls}`) }),
              value: (row: ClassLoadRow) => kw(row.export[cls] === null ? null : -(row.export[cls] ?? 0)),
            })),
            { key: 'net', label: t('energy.table.netKw'), value: (row: ClassLoadRow) => kw(row.net) },
          ],
        })}
      >
        {(data) => <ClassLoadChart rows={data} window={window} timeZone={timeZone} language={language} format={format} />}
      </Panel>
    </div>
  );
}
