import { MINUTE_MS } from '@sandbox/shared/common/time';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../i18n/i18n';
import { renderWithProviders } from '../../../test/render';
import { energyFormat } from '../utils/units';
import { ClassLoadChart } from './class-load-chart';

const FROM = Date.parse('2026-07-15T04:00:00Z');
const STEP = 15 * MINUTE_MS;
const classes = (v: number) => ({ residential: v, commercial: v, industrial: v });
const rows = Array.from({ length: 96 }, (_, i) => ({
  time: FROM + i * STEP,
  import: classes(100 + i),
  export: classes(0),
  net: 300 + 3 * i,
}));
const format = energyFormat(createI18n('en').t, 'en');

describe('ClassLoadChart', () => {
  it('shades the heat wave and the demand-response window over the load, with their caption', () => {
    renderWithProviders(
      <ClassLoadChart
        rows={rows}
        format={format}
        window={{ fromMs: FROM, toMs: FROM + 96 * STEP, nowMs: FROM + 48 * STEP }}
        timeZone="America/New_York"
        language="en"
      />,
      {
        url:
          '/?t=2026-07-15T16:00:00Z&heatWave=2026-07-12T04:00:00Z/2026-07-18T04:00:00Z&heatWaveDeltaC=8' +
          '&demandResponse=2026-07-15T18:00:00Z/2026-07-15T22:00:00Z&demandResponseDepth=0.6',
      },
    );
    expect(document.querySelectorAll('.episode-band--heatWave')).not.toHaveLength(0);
    expect(document.querySelectorAll('.episode-band--demandResponse')).not.toHaveLength(0);
    expect(screen.getByTestId('episode-caption').textContent).toContain('Demand response, Jul 15 14:00 – 18:00');
  });
});
