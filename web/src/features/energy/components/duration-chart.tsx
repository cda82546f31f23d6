/**
 * The load-duration curve: demand sorted from the highest 15-minute interval down, against the
 * share of the window at or above it, with the peak marked. Receives the curve, never fetches.
 */
import './chart-keys.css';
import { useTranslation } from 'react-i18next';
import { Area, AreaChart, CartesianGrid, ReferenceDot, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../../i18n/format';
import type { Language } from '../../../i18n/i18n';
import { okabeIto } from '../../../map/palette';
import { ChartBox } from '../../../ui/charts/chart-box';
import { categoryAxisStyle, GRID, MARGINS } from '../../../ui/charts/chart-theme';
import { useValueAxisWidth } from '../../../ui/charts/use-value-axis-width';
import type { DurationCurve, DurationPoint } from '../utils/duration-curve';
import type { EnergyFormat } from '../utils/units';
import { ChartKey } from './chart-key';
import { valueAxisProps } from './chart-parts';
import { NET_COLOUR } from './chart-style';

const percent = (share: number, language: Language, digits = 0) =>
  formatNumber(share, language, { style: 'percent', maximumFractionDigits: digits });

function DurationTooltip({
  active,
  payload,
  language,
  format,
}: {
  active?: boolean;
  payload?: { payload: DurationPoint }[];
  language: Language;
  format: EnergyFormat;
}) {
  const { t } = useTranslation();
  const point = active ? payload?.[0]?.payload : undefined;
  if (!point) return null;
  return (
    <div className="chart-tooltip">
      {t('energy.duration.tooltip', { share: percent(point.share, language, 1), kw: format.kw(point.kw) })}
    </div>
  );
}

export function DurationChart({ curve, language, format }: { curve: DurationCurve; language: Language; format: EnergyFormat }) {
  const { t } = useTranslation();
  const axisWidth = useValueAxisWidth(64);
  const peak = curve.points[0];
  return (
    <>
      <ChartBox className="chart energy-chart energy-chart--duration" testId="duration-chart" points={curve.points.length}>
        <AreaChart data={curve.points} margin={MARGINS.curve}>
          <CartesianGrid {...GRID} />
          <XAxis
            dataKey="share"
            type="number"
            domain={[0, 1]}
            ticks={[0, 0.25, 0.5, 0.75, 1]}
            tickFormatter={(v: number) => percent(v, language)}
            {...categoryAxisStyle('large')}
          />
          <YAxis domain={[0, 'auto']} {...valueAxisProps(t('energy.units.kwAxis'), (v) => format.number(v), axisWidth)} />
          <Tooltip content={<DurationTooltip language={language} format={format} />} />
          <ReferenceLine y={0.9 * curve.peakKw} stroke={okabeIto.vermillion} strokeDasharray="5 4" ifOverflow="extendDomain" />
          <Area
            type="linear"
            dataKey="kw"
            name={t('energy.duration.series')}
            stroke={NET_COLOUR}
            strokeWidth={2}
            fill={okabeIto.skyBlue}
            fillOpacity={0.35}
            isAnimationActive={false}
          />
          {peak ? (
            <ReferenceDot
              x={peak.share}
              y={peak.kw}
              r={6}
              fill={okabeIto.vermillion}
              stroke="#fff"
              strokeWidth={2}
              label={(props: { viewBox?: { x?: number; y?: number } }) => (
                <text x={(props.viewBox?.x ?? 0) + 12} y={(props.viewBox?.y ?? 0) - 12} className="duration-peak-label text-halo">
                  {t('energy.duration.peakLabel', { kw: format.kw(peak.kw) })}
                </text>
              )}
            />
          ) : null}
        </AreaChart>
      </ChartBox>
      {/* The key: the sorted demand, the peak dot and the 90%-of-peak line. */}
      <ChartKey
        entries={[
          {
            swatch: 'swatch--area',
            style: { background: okabeIto.skyBlue, boxShadow: `inset 0 2px 0 ${NET_COLOUR}` },
            label: t('energy.duration.series'),
          },
          { swatch: 'swatch--dot', style: { background: okabeIto.vermillion }, label: t('energy.duration.peakKey') },
          { swatch: 'swatch--dashed', style: { borderColor: okabeIto.vermillion }, label: t('energy.duration.nearPeakKey') },
        ]}
      />
    </>
  );
}
