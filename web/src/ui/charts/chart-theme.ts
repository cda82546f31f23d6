/**
 * The one look of every chart on every page: the grid, axis lines and text, the unit written along
 * the value axis, tooltip and legend text, the dashed "now" of the one clock, the margins around
 * each kind of plot and the inset they leave (a page asks the API for no more points per line than
 * the plot has pixels). Charts spread these into Recharts instead of writing their own.
 *
 * Axis text comes in two sizes: the Energy page's wide panels have always drawn theirs a size larger
 * and darker (`large`) than every other chart (`small`). Folding them into one would change what
 * users see, so that stays a design decision, not a side effect of this module.
 */
import './chart.css';
import { createElement } from 'react';
import type { TimeTicks } from './time-axis';
import { TimeTick } from './time-tick';

export const CHART_INK = '#1b2430';

/** Horizontal grid lines only. */
export const GRID = { stroke: '#e3e6eb', vertical: false } as const;

const AXIS_LINE = { stroke: '#c9cdd3' } as const;

export type AxisText = 'small' | 'large';
const TICK_TEXT = { small: { fontSize: 12, fill: '#5b6472' }, large: { fontSize: 13, fill: '#4a5363' } } as const;
const UNIT_TEXT = { small: { fill: '#6b7482', fontSize: 12, dy: 30 }, large: { fill: '#4a5363', fontSize: 13, dy: 20 } } as const;

export const TOOLTIP_STYLE = { borderRadius: 6, borderColor: '#dde1e7', fontSize: 13 } as const;
export const LEGEND_STYLE = { fontSize: 13 } as const;

/** The clock's now (and the zero line of charts around zero). */
export const NOW_LINE = { stroke: CHART_INK, strokeDasharray: '4 3' } as const;
/** Where lines have no data: a neutral grey band (no category colour uses grey) named at its top. */
export const NO_DATA_BAND = { fill: '#8a8f98', fillOpacity: 0.18, stroke: '#8a8f98', strokeOpacity: 0.5, strokeDasharray: '3 3' } as const;
export const NO_DATA_LABEL = { position: 'insideTop', fontSize: 11, fontWeight: 600, fill: '#4a4f57' } as const;
export const ZERO_LINE = { stroke: CHART_INK, strokeWidth: 1.5 } as const;

/** The room around each kind of plot. */
export const MARGINS = {
  /** Time series and hourly bars in a panel (Air, Mobility, Data). */
  series: { top: 8, right: 16, bottom: 0, left: 0 },
  /** The Energy page's stacked load and meter charts. */
  energy: { top: 8, right: 12, bottom: 0, left: 4 },
  /** The load-duration curve (room above for the peak's label). */
  curve: { top: 26, right: 18, bottom: 4, left: 4 },
  /** The hourly temperature of a day (the Overview card). */
  hourly: { top: 8, right: 12, bottom: 4, left: -8 },
  sparkline: { top: 2, right: 2, bottom: 2, left: 2 },
} as const;

/** The value axis of a time series: what it and the margins take from the chart's width. */
export const SERIES_VALUE_AXIS_PX = 52;
const PLOT_INSET_PX = SERIES_VALUE_AXIS_PX + MARGINS.series.left + MARGINS.series.right;
/** A panel's padding and border on both sides (ui/panel.css): its chart is this much narrower. */
const PANEL_INSET_PX = 34;

/** The plot width, in pixels, of a time series filling a panel `panelWidth` wide. */
export const seriesPlotWidth = (panelWidth: number) => panelWidth - PANEL_INSET_PX - PLOT_INSET_PX;

/** The horizontal axis of any chart: its line, no tick marks. */
export function categoryAxisStyle(text: AxisText) {
  return { tick: TICK_TEXT[text], tickLine: false, axisLine: AXIS_LINE };
}

/** The value axis: no line, no tick marks, the unit written along it when given. */
export function valueAxisStyle(text: AxisText, width: number, unit?: string) {
  const style = { tick: TICK_TEXT[text], tickLine: false, axisLine: false, width };
  if (unit === undefined) return style;
  return { ...style, label: { value: unit, angle: -90, position: 'insideLeft' as const, ...UNIT_TEXT[text] } };
}

interface TimeAxisOptions {
  domain: [number, number] | ['dataMin', 'dataMax'];
  /** Ticks and labels from time-axis.ts; without them Recharts places its own, labelled by `format`. */
  ticks?: TimeTicks | undefined;
  format?: (ms: number) => string;
  text: AxisText;
  minTickGap: number;
}

/** The time axis of a chart over a window: numeric time, the ticks and labels of time-axis.ts. */
export function timeAxisStyle({ domain, ticks, format, text, minTickGap }: TimeAxisOptions) {
  const edges = typeof domain[0] === 'number' ? (domain as [number, number]) : undefined;
  return {
    dataKey: 'time',
    type: 'number' as const,
    scale: 'time' as const,
    domain,
    ticks: ticks?.ticks,
    tickFormatter: ticks?.format ?? format,
    ...categoryAxisStyle(text),
    // Labels at the window's ends kept inside the plot (time-tick.tsx).
    tick: createElement(TimeTick, { edges, tickFill: TICK_TEXT[text].fill, tickFontSize: TICK_TEXT[text].fontSize }),
    minTickGap,
  };
}
