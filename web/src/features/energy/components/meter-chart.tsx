/**
 * One meter's interval energy: what it took from the grid (above zero), what its rooftop PV sent
 * back (below zero), the net as a line, and the VEE quality flags as bands over the intervals they
 * cover (estimated: orange hatch; missing: vermillion cross-hatch and no value). Steps, not curves:
 * a 15-minute read is one amount for the whole interval.
 */
import './chart-keys.css';
import { type CSSProperties, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Area, CartesianGrid, ComposedChart, ReferenceArea, Tooltip, XAxis, YAxis } from 'recharts';
import { formatDateTime } from '../../../i18n/format-time';
import type { Language } from '../../../i18n/i18n';
import { ChartBox } from '../../../ui/charts/chart-box';
import { GRID, MARGINS } from '../../../ui/charts/chart-theme';
import { EpisodeCaption } from '../../../ui/charts/episodes';
import { type Closing, closeSteps, lastStepEnd } from '../../../ui/charts/step-ends';
import { useValueAxisWidth } from '../../../ui/charts/use-value-axis-width';
import type { MeterRow } from '../utils/meter-rows';
import { type FlaggedQuality, type QualityRun, qualityAt } from '../utils/quality';
import type { EnergyFormat } from '../utils/units';
import { ChartKey } from './chart-key';
import { type EnergyChartFrame, energyTimeAxis, netLine, useEnergyEpisodes, valueAxisProps, zeroAndNow } from './chart-parts';
import { EXPORT_COLOUR, IMPORT_COLOUR, NET_COLOUR, QUALITY_COLOURS, QUALITY_PATTERNS } from './chart-style';

interface Props extends EnergyChartFrame {
  rows: readonly MeterRow[];
  runs: readonly QualityRun[];
  /** Intervals under each flag, for the key. */
  counts: Record<FlaggedQuality, number>;
  hasPv: boolean;
  format: EnergyFormat;
}

interface TooltipProps {
  active?: boolean;
  payload?: { payload: Closing<MeterRow> }[];
  runs: readonly QualityRun[];
  timeZone: string;
  language: Language;
  format: EnergyFormat;
}

function MeterTooltip({ active, payload, runs, timeZone, language, format }: TooltipProps) {
  const { t } = useTranslation();
  const hovered = active ? payload?.[0]?.payload : undefined;
  if (!hovered) return null;
  // A closing row only ends the step before it: at its time there is no reading of its own.
  const row = hovered.closing ? { ...hovered, importKwh: null, exportKwh: null, netKwh: null } : hovered;
  const kwh = (v: number | null) => (v === null ? '—' : format.kwh(v));
  const quality = qualityAt(runs, row.time);
  return (
    <div className="chart-tooltip">
      <div className="chart-tooltip__label">{formatDateTime(row.time, language, timeZone)}</div>
      <div>
        {t('energy.meter.import')}: <strong>{kwh(row.importKwh)}</strong>
      </div>
      <div>
        {t('energy.meter.export')}: <strong>{kwh(row.exportKwh === null ? null : -row.exportKwh)}</strong>
      </div>
      <div>
        {t('energy.meter.net')}: <strong>{kwh(row.netKwh)}</strong>
      </div>
      <div className={`chart-tooltip__quality chart-tooltip__quality--${quality}`}>{t(`energy.quality.${quality}`)}</div>
    </div>
  );
}

export function MeterChart({ rows, runs, counts, hasPv, format, ...frame }: Props) {
  const axisWidth = useValueAxisWidth(56);
  const { t } = useTranslation();
  const { timeZone, language } = frame;
  const episodes = useEnergyEpisodes(frame);
  const toMs = frame.window.toMs;
  // Each 15-minute read drawn over its whole interval, up to a gap and up to the window's end too.
  const drawn = useMemo(() => closeSteps(rows, STEP_KEYS, lastStepEnd(rows, toMs)), [rows, toMs]);
  return (
    <>
      <ChartBox className="chart energy-chart energy-chart--meter" testId="meter-chart" points={rows.length} data-flags={runs.length}>
        <ComposedChart data={drawn} margin={MARGINS.energy}>
          <CartesianGrid {...GRID} />
          {episodes.areas}
          <XAxis {...energyTimeAxis(frame)} />
          <YAxis {...valueAxisProps(t('energy.units.kwhAxis'), (v) => format.number(v, 2), axisWidth)} />
          {runs.map((run) => (
            <ReferenceArea
              key={`${run.quality}-${run.from}`}
              x1={run.from}
              x2={run.to}
              fill={`url(#${QUALITY_PATTERNS[run.quality]})`}
              fillOpacity={1}
              stroke={QUALITY_COLOURS[run.quality]}
              strokeOpacity={0.8}
              ifOverflow="hidden"
              className={`quality-band quality-band--${run.quality}`}
            />
          ))}
          <Tooltip content={<MeterTooltip runs={runs} timeZone={timeZone} language={language} format={format} />} />
          {FLOWS.filter((flow) => hasPv || flow.key === 'importKwh').map((flow) => (
            <Area
              key={flow.key}
              type="stepAfter"
              dataKey={flow.key}
              name={t(flow.label)}
              stroke={flow.colour}
              fill={flow.colour}
              fillOpacity={0.35}
              isAnimationActive={false}
              connectNulls={false}
            />
          ))}
          {zeroAndNow(frame.window.nowMs)}
          {netLine('netKwh', t('energy.meter.net'), 'stepAfter', 1.75)}
        </ComposedChart>
      </ChartBox>
      <EpisodeCaption bands={episodes.bands} language={language} timeZone={timeZone} />
      {/* Both directions (export only with PV), the net line and how many intervals each flag covers. */}
      <ChartKey
        entries={[
          { swatch: 'swatch--area', style: { background: IMPORT_COLOUR, opacity: 0.6 }, label: t('energy.meter.import') },
          ...(hasPv
            ? [{ swatch: 'swatch--area', style: { background: EXPORT_COLOUR, opacity: 0.6 }, label: t('energy.meter.exportKey') }]
            : []),
          { swatch: 'swatch--line', style: { background: NET_COLOUR }, label: t('energy.meter.net') },
          {
            swatch: 'swatch--area swatch--hatch',
            style: swatch(QUALITY_COLOURS.estimated),
            label: t('energy.quality.estimatedCount', { count: counts.estimated }),
          },
          {
            swatch: 'swatch--area swatch--cross',
            style: swatch(QUALITY_COLOURS.missing),
            label: t('energy.quality.missingCount', { count: counts.missing }),
          },
        ]}
      />
    </>
  );
}

const STEP_KEYS = ['importKwh', 'exportKwh', 'netKwh'] as const;

/** Both directions of a meter: from the grid (above zero) and, with rooftop PV, to it (below). */
const FLOWS = [
  { key: 'importKwh', label: 'energy.meter.import', colour: IMPORT_COLOUR },
  { key: 'exportKwh', label: 'energy.meter.export', colour: EXPORT_COLOUR },
] as const;

const swatch = (colour: string) => ({ '--swatch': colour }) as CSSProperties;
