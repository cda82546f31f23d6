/**
 * Demand by local hour (rows, 00 at the top) and day (columns, oldest left) as an SVG grid on a
 * sequential blue scale, with a tooltip that follows the pointer and a legend bar in kW. The
 * panel's table view gives the same cells as text.
 */

import './hour-day-heatmap.css';
import { parseIsoDate, utcFromLocal } from '@sandbox/shared/common/time';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../i18n/i18n';
import { formatHour } from '../../../ui/charts/format';
import { HEAT_STOPS, type HeatmapGrid, heatColour } from '../utils/heatmap';
import { formatLongDay, formatWeekday } from '../utils/time-format';
import type { EnergyFormat } from '../utils/units';

interface Props {
  grid: HeatmapGrid;
  width: number;
  timeZone: string;
  language: Language;
  format: EnergyFormat;
}

const LEFT = 44;
const TOP = 4;
const BOTTOM = 24;
const ROW_H = 10;

/** About how wide a 12 px label is: Hangul and other wide characters take about twice a Latin one. */
const textWidth = (text: string) => [...text].reduce((w, ch) => w + (/[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af]/.test(ch) ? 12 : 6.8), 0);

/** Noon of a local date, for formatting the date in the city's zone. */
export const dayMs = (date: string, timeZone: string) => {
  const { year, month, day } = parseIsoDate(date);
  return utcFromLocal(timeZone, year, month, day, 12);
};

export function HourDayHeatmap({ grid, width, timeZone, language, format }: Props) {
  const { t } = useTranslation();
  const [hover, setHover] = useState<{ d: number; h: number } | null>(null);
  const cols = grid.days.length;
  const cellW = Math.max(4, (width - LEFT - 4) / Math.max(1, cols));
  const height = TOP + 24 * ROW_H + BOTTOM;
  const min = grid.min ?? 0;
  const max = grid.max ?? 0;
  const labels = grid.days.map((day) => formatWeekday(dayMs(day, timeZone), language, timeZone));
  // Room for the widest label ("18 Thu", "18일 (목)") plus a gap, in columns.
  const labelPx = Math.max(0, ...labels.map(textWidth)) + 10;
  const labelEvery = Math.max(1, Math.ceil(labelPx / cellW));
  const hovered = hover ? grid.cells[hover.d]?.[hover.h] : undefined;
  const hoveredDay = hover ? grid.days[hover.d] : undefined;

  return (
    <div className="heatmap" data-testid="heatmap" data-cells={grid.cells.flat().filter((v) => v !== null).length}>
      <svg
        viewBox={`0 0 ${LEFT + cols * cellW + 4} ${height}`}
        width="100%"
        role="img"
        aria-label={t('energy.heatmap.label', { days: cols, min: format.kw(min), max: format.kw(max) })}
        onMouseMove={(event) => {
          // The SVG scales to the panel's exact width: map the pointer back to grid units.
          const box = event.currentTarget.getBoundingClientRect();
          const scale = box.width > 0 ? (LEFT + cols * cellW + 4) / box.width : 1;
          const d = Math.floor(((event.clientX - box.left) * scale - LEFT) / cellW);
          const h = Math.floor(((event.clientY - box.top) * scale - TOP) / ROW_H);
          setHover(d >= 0 && d < cols && h >= 0 && h < 24 ? { d, h } : null);
        }}
        onMouseLeave={() => setHover(null)}
      >
        {[0, 6, 12, 18, 23].map((h) => (
          <text key={h} x={LEFT - 6} y={TOP + h * ROW_H + ROW_H / 2} className="heatmap__axis" textAnchor="end" dominantBaseline="central">
            {formatHour(h)}
          </text>
        ))}
        {grid.cells.map((row, d) =>
          row.map((value, h) =>
            value === null ? null : (
              <rect
                // biome-ignore lint/suspicious/noArrayIndexKey: cells are positions in a fixed grid
                key={`${d}-${h}`}
                x={LEFT + d * cellW}
                y={TOP + h * ROW_H}
                width={Math.max(1, cellW - 1)}
                height={ROW_H - 1}
                fill={heatColour(value, min, max)}
              />
            ),
          ),
        )}
        {hover ? (
          <rect
            x={LEFT + hover.d * cellW - 1}
            y={TOP + hover.h * ROW_H - 1}
            width={cellW + 1}
            height={ROW_H + 1}
            className="heatmap__focus"
          />
        ) : null}
        {grid.days.map((day, d) =>
          // Every few columns, and never one that would run past the right edge.
          d % labelEvery === 0 && d * cellW + labelPx - 10 <= cols * cellW + 4 ? (
            <text key={day} x={LEFT + d * cellW} y={TOP + 24 * ROW_H + 16} className="heatmap__axis">
              {labels[d]}
            </text>
          ) : null,
        )}
      </svg>
      <div className="heatmap__footer">
        <span className="heatmap__tip" aria-live="polite">
          {hover && hoveredDay
            ? t('energy.heatmap.tooltip', {
                day: formatLongDay(dayMs(hoveredDay, timeZone), language, timeZone),
                hour: formatHour(hover.h),
                value: hovered === null || hovered === undefined ? '—' : format.kw(hovered),
              })
            : t('energy.heatmap.hint')}
        </span>
        <span className="heatmap__legend">
          <span>{format.kw(min)}</span>
          <span className="heatmap__ramp" style={{ background: `linear-gradient(to right, ${HEAT_STOPS.join(', ')})` }} />
          <span>{format.kw(max)}</span>
        </span>
      </div>
    </div>
  );
}
