import { MINUTE_MS } from '@sandbox/shared/common/time';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render';
import type { ChartLine } from './series-rows';
import { TimeSeriesChart } from './time-series-chart';

const START = Date.parse('2026-07-15T04:00:00Z');
const minutes = (n: number) => Array.from({ length: n }, (_, i) => START + i * MINUTE_MS * 10);
/** Six hours at 10-minute steps; the bench is out from 01:00 to 03:00. */
const time = minutes(36);
const out = (i: number) => i >= 6 && i < 18;
const line = (key: string, label: string, gap: boolean): ChartLine => ({
  key,
  label,
  color: '#0072b2',
  series: { id: key, metric: 'pm25', unit: 'µg/m³', time, value: time.map((_, i) => (gap && out(i) ? null : 5 + (i % 3))) },
});

const draw = (lines: ChartLine[], language: 'en' | 'ko' = 'en') =>
  renderWithProviders(<TimeSeriesChart lines={lines} timeZone="America/New_York" language={language} unit="µg/m³" />, { language });

describe('a chart with missing readings', () => {
  it('draws a "No data" band over the gap of its only line', () => {
    draw([line('a', 'Linden', true)]);
    expect(document.querySelectorAll('.no-data-band')).toHaveLength(1);
    expect(screen.getByText('No data')).toBeTruthy();
  });

  it('names the lines that have no data when others go on, in the UI language', () => {
    draw([line('a', 'Linden', true), line('b', 'Weinland', false)], 'ko');
    expect(screen.getByText('데이터 없음: Linden')).toBeTruthy();
  });

  it('draws no band when every reading is there', () => {
    draw([line('a', 'Linden', false)]);
    expect(document.querySelector('.no-data-band')).toBeNull();
  });
});
