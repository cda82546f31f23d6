import { HOUR_MS } from '@sandbox/shared/common/time';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { EventsByHourChart } from './events-by-hour-chart';

const DAY_START = Date.parse('2026-07-15T04:00:00Z');
const bars = Array.from({ length: 24 }, (_, h) => ({
  time: DAY_START + h * HOUR_MS,
  'hard-braking': h % 3,
  'red-light-violation-warning': 1,
}));
const labels = { 'hard-braking': 'Hard braking', 'red-light-violation-warning': 'Red-light warning' };

describe('EventsByHourChart', () => {
  it('shades the hours of the scenario’s episodes and captions them', () => {
    renderWithProviders(<EventsByHourChart bars={bars} labels={labels} timeZone="America/New_York" language="en" />, {
      url: '/?t=2026-07-15T16:00:00Z&smoke=2026-07-15T12:00:00Z/2026-07-17T12:00:00Z&smokeIntensity=0.8',
    });
    expect(document.querySelectorAll('.episode-band--wildfireSmoke')).not.toHaveLength(0);
    expect(screen.getByTestId('episode-caption').textContent).toContain('Wildfire smoke, Jul 15 08:00 – Jul 17 08:00');
  });
});
