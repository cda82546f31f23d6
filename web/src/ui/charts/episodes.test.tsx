import { HOUR_MS } from '@sandbox/shared/common/time';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { bandsInWindow, hourlyX } from './episodes';
import { TemperatureChart } from './temperature-chart';
import { TimeSeriesChart } from './time-series-chart';

const DAY_START = Date.parse('2026-07-15T04:00:00Z'); // midnight in Columbus (EDT)
const HEAT = 'heatWave=2026-07-12T04:00:00Z/2026-07-18T04:00:00Z&heatWaveDeltaC=8';
const DR = 'demandResponse=2026-07-15T18:00:00Z/2026-07-15T22:00:00Z&demandResponseDepth=0.6';
const url = (levers: string) => `/?t=2026-07-15T16:00:00Z&${levers}`;

const series = {
  id: 'bench',
  metric: 'pm25UgM3',
  unit: 'µg/m³',
  time: Array.from({ length: 24 }, (_, h) => DAY_START + h * HOUR_MS),
  value: Array.from({ length: 24 }, (_, h) => h),
};
const lines = [{ key: 'pm25', label: 'PM2.5', color: '#000', series }];

describe('bandsInWindow and hourlyX', () => {
  it('keeps the bands that overlap the window, once each', () => {
    const heat = { kind: 'heatWave' as const, from: 0, to: 100 };
    const dr = { kind: 'demandResponse' as const, from: 200, to: 300 };
    expect(bandsInWindow([heat, dr, { ...heat }], 50, 150)).toEqual([heat]);
    expect(bandsInWindow([heat, dr], 100, 200)).toEqual([]);
  });

  it('places an instant on an hourly category axis: the hour holding a start, the hour after an end', () => {
    const starts = [0, 10, 20, 30];
    const x = hourlyX(starts, [7, 8, 9, 10]);
    expect(x(15, 'from')).toBe(8);
    expect(x(20, 'to')).toBe(9);
    expect(x(25, 'to')).toBe(10);
    expect(x(35, 'to')).toBeUndefined();
  });
});

/** A day's series with the scenario's levers in the URL, drawn over `hours` from midnight (or its data). */
const renderDay = (levers: string, hours?: number) =>
  renderWithProviders(
    <TimeSeriesChart
      lines={lines}
      timeZone="America/New_York"
      language="en"
      unit="µg/m³"
      {...(hours === undefined ? {} : { domain: [DAY_START, DAY_START + hours * HOUR_MS] as [number, number] })}
    />,
    { url: url(levers) },
  );

describe('episodes on time charts', () => {
  it('a time series shades and captions the scenario’s episodes in its window', () => {
    renderDay(`${HEAT}&${DR}`, 24);
    expect(document.querySelectorAll('.episode-band--heatWave')).not.toHaveLength(0);
    expect(document.querySelectorAll('.episode-band--demandResponse')).not.toHaveLength(0);
    const caption = screen.getByTestId('episode-caption').textContent ?? '';
    expect(caption).toContain('Heat wave');
    expect(caption).toContain('Demand response, Jul 15 14:00 – 18:00');
    expect(caption).toContain('Heat wave, Jul 12 00:00 – Jul 18 00:00');
  });

  it('leaves out episodes outside the window, and draws nothing without any', () => {
    const { unmount } = renderDay(DR, 12);
    expect(document.querySelector('.episode-band')).toBeNull();
    expect(screen.queryByTestId('episode-caption')).toBeNull();
    unmount();
    renderDay('');
    expect(document.querySelector('.episode-band')).toBeNull();
  });

  it('the hourly temperature of a day shades the hours of an episode, captioned in Korean in the Korean UI', () => {
    const hours = series.time.map((time, h) => ({ time: new Date(time).toISOString(), localHour: h, temperatureC: 20 + h / 2 }));
    renderWithProviders(<TemperatureChart hours={hours} timeZone="America/New_York" seriesName="Temperature" language="ko" />, {
      url: url(DR),
      language: 'ko',
    });
    expect(document.querySelectorAll('.episode-band--demandResponse')).not.toHaveLength(0);
    expect(screen.getByTestId('episode-caption').textContent).toContain('수요 반응');
  });
});
