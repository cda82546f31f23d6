import { MINUTE_MS } from '@sandbox/shared/common/time';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { TimeSeriesChart } from './time-series-chart';

const series = (id: string) => ({ id, metric: 'pm25UgM3', unit: 'µg/m³', time: [0, MINUTE_MS, 2 * MINUTE_MS], value: [1, 2, 3] });
const lines = [
  { key: 'reading', label: '1분 측정값', color: '#0072b2', series: series('a') },
  { key: 'nowcast', label: 'NowCast', color: '#d55e00', series: series('b'), dashed: true },
];

describe('chart legends', () => {
  it('name each icon in the UI language, with what it draws', () => {
    renderWithProviders(<TimeSeriesChart lines={lines} timeZone="America/New_York" language="ko" unit="µg/m³" />, { language: 'ko' });
    expect(screen.getByRole('img', { name: '1분 측정값, 실선' })).toBeTruthy();
    expect(screen.getByRole('img', { name: 'NowCast, 점선' })).toBeTruthy();
    expect(document.body.innerHTML).not.toContain('legend icon');
  });

  it('in English too', () => {
    renderWithProviders(<TimeSeriesChart lines={lines} timeZone="America/New_York" language="en" unit="µg/m³" />);
    expect(screen.getByRole('img', { name: 'NowCast, dashed line' })).toBeTruthy();
  });
});
