import { ScenarioSchema } from '@sandbox/shared/scenario/schemas';
import { describe, expect, it } from 'vitest';
import { meterExportUrl } from './energy-queries';

describe('meterExportUrl', () => {
  it('links the Green Button export with the scenario, the meter and the window', () => {
    const scenario = ScenarioSchema.parse({ city: 'columbus', levers: { evShare: 0.4 } });
    const url = meterExportUrl('greenButton', scenario, 'linden-res-00042', {
      from: '2026-07-14T16:00:00.000Z',
      to: '2026-07-15T16:00:00.000Z',
    });
    expect(url).toBe(
      '/api/export/greenbutton.xml?city=columbus&evShare=0.4&meter=linden-res-00042&from=2026-07-14T16%3A00%3A00.000Z&to=2026-07-15T16%3A00%3A00.000Z',
    );
    // A scenario always names its city (the default one too).
    expect(meterExportUrl('meterCsv', ScenarioSchema.parse({}), 'a-res-00001', { from: 'x', to: 'y' })).toBe(
      '/api/export/meters.csv?city=columbus&meter=a-res-00001&from=x&to=y',
    );
  });
});
