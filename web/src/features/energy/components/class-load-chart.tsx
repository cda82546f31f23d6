/**
 * Load by meter class as two stacks around zero: what each class draws from the grid above, what
 * its rooftop PV sends back below (hatched), and the net demand as a line. Receives rows, never fetches.
 */
import './chart-keys.css';
import type { MeterClass } from '@sandbox/shared/city/schemas';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { Area, CartesianGrid, ComposedChart, Tooltip, XAxis, YAxis } from 'recharts';
import { formatDateTime } from '../../../i18n/format-time';
import type { Language } from '../../../i18n/i18n';
import { ChartBox } from '../../../ui/charts/chart-box';
import { GRID, MARGINS } from '../../../ui/charts/chart-theme';
import { EpisodeCaption } from '../../../ui/charts/episodes';
import { useValueAxisWidth } from '../../../ui/charts/use-value-axis-width';
import { HeadedTable } from '../../../ui/headed-table';
import { type ClassLoadRow, METER_CLASSES } from '../utils/load';
import type { EnergyFormat } from '../utils/units';
import { ChartKey } from './chart-key';
import { type EnergyChartFrame, energyTimeAxis, netLine, useEnergyEpisodes, valueAxisProps, zeroAndNow } from './chart-parts';
import { CLASS_COLOURS, exportPattern, NET_COLOUR } from './chart-style';

interface Props extends EnergyChartFrame {
  rows: readonly ClassLoadRow[];
  format: EnergyFormat;
}

type FlatRow = { time: number; net: number | null } & Record<string, number | null>;

function flatten(row: ClassLoadRow): FlatRow {
  const flat: FlatRow = { time: row.time, net: row.net };
  for (const cls of METER_CLASSES) {
    flat[`import_${cls}`] = row.import[cls];
    flat[`export_${cls}`] = row.export[cls];
  }
  return flat;
}

interface TooltipProps {
  active?: boolean;
  payload?: { payload: FlatRow }[];
  timeZone: string;
  language: Language;
  format: EnergyFormat;
}

function ClassLoadTooltip({ active, payload, timeZone, language, format }: TooltipProps) {
  const { t } = useTranslation();
  const row = active ? payload?.[0]?.payload : undefined;
  if (!row) return null;
  const kw = (v: number | null | undefined) => (v === null || v === undefined ? '—' : format.kw(v));
  return (
    <div className="chart-tooltip">
      <div className="chart-tooltip__label">{formatDateTime(row.time, language, timeZone)}</div>
      <HeadedTable className="chart-tooltip__table" columns={[null, t('energy.load.import'), t('energy.load.export')]}>
        {METER_CLASSES.map((cls) => (
          <tr key={cls}>
            <th scope="row">
              <span className="swatch" style={{ background: CLASS_COLOURS[cls] }} />
              {t(`energy.class.${cls}`)}
            </th>
            <td>{kw(row[`import_${cls}`])}</td>
            <td>{kw(row[`export_${cls}`] === null ? null : -(row[`export_${cls}`] ?? 0))}</td>
          </tr>
        ))}
      </HeadedTable>
      <div className="chart-tooltip__total">
        {t('energy.load.net')}: <strong>{kw(row.net)}</strong>
      </div>
    </div>
  );
}

export function ClassLoadChart({ rows, format, ...frame }: Props) {
  const axisWidth = useValueAxisWidth(64);
  const { timeZone, language } = frame;
  const { t } = useTranslation();
  const data = rows.map(flatten);
  const episodes = useEnergyEpisodes(frame);
  const area = (cls: MeterClass, kind: 'import' | 'export') => (
    <Area
      key={`${kind}_${cls}`}
      type="linear"
      dataKey={`${kind}_${cls}`}
      name={`${t(`energy.class.${cls}`)} · ${t(`energy.load.${kind}`)}`}
      stackId={kind}
      stroke={CLASS_COLOURS[cls]}
      strokeWidth={kind === 'import' ? 1 : 1.5}
      fill={kind === 'import' ? CLASS_COLOURS[cls] : `url(#${exportPattern(cls)})`}
      fillOpacity={kind === 'import' ? 0.72 : 1}
      isAnimationActive={false}
      connectNulls={false}
    />
  );
  return (
    <>
      <ChartBox className="chart energy-chart energy-chart--load" testId="class-load-chart" points={data.length}>
        <ComposedChart data={data} margin={MARGINS.energy}>
          <CartesianGrid {...GRID} />
          {episodes.areas}
          <XAxis {...energyTimeAxis(frame)} />
          <YAxis {...valueAxisProps(t('energy.units.kwAxis'), (v) => format.number(v), axisWidth)} />
          <Tooltip content={<ClassLoadTooltip timeZone={timeZone} language={language} format={format} />} />
          {METER_CLASSES.map((cls) => area(cls, 'import'))}
          {METER_CLASSES.map((cls) => area(cls, 'export'))}
          {zeroAndNow(frame.window.nowMs)}
          {netLine('net', t('energy.load.net'), 'linear', 2.5)}
        </ComposedChart>
      </ChartBox>
      <EpisodeCaption bands={episodes.bands} language={language} timeZone={timeZone} />
      {/* The key in HTML under the chart (readable at any size, wraps in Korean). */}
      <ChartKey
        entries={[
          ...METER_CLASSES.map((cls) => ({
            swatch: 'swatch--area',
            style: { background: CLASS_COLOURS[cls] },
            label: t(`energy.class.${cls}`),
          })),
          { swatch: 'swatch--area swatch--hatch', style: { '--swatch': NET_COLOUR } as CSSProperties, label: t('energy.load.exportKey') },
          { swatch: 'swatch--line', style: { background: NET_COLOUR }, label: t('energy.load.net') },
        ]}
      />
    </>
  );
}
