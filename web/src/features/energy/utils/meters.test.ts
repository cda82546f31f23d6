import { describe, expect, it } from 'vitest';
import { exportUrl, parseMeterId } from './meters';

describe('parseMeterId', () => {
  it('reads the district and class from a meter id', () => {
    expect(parseMeterId('linden-res-00042')).toEqual({ districtId: 'linden', meterClass: 'residential' });
    expect(parseMeterId('alum-creek-freight-ind-00003')).toEqual({ districtId: 'alum-creek-freight', meterClass: 'industrial' });
    expect(parseMeterId('linden-xyz-00042')).toBeNull();
    expect(parseMeterId('')).toBeNull();
  });
});

describe('exportUrl', () => {
  it('links the Green Button export with the scenario, the meter and the window', () => {
    const url = exportUrl('greenButton', { city: 'columbus', evShare: '0.4' }, 'linden-res-00042', {
      from: '2026-07-14T16:00:00.000Z',
      to: '2026-07-15T16:00:00.000Z',
    });
    expect(url).toBe(
      '/api/export/greenbutton.xml?city=columbus&evShare=0.4&meter=linden-res-00042&from=2026-07-14T16%3A00%3A00.000Z&to=2026-07-15T16%3A00%3A00.000Z',
    );
    expect(exportUrl('meterCsv', {}, 'a-res-00001', { from: 'x', to: 'y' })).toBe('/api/export/meters.csv?meter=a-res-00001&from=x&to=y');
  });
});
