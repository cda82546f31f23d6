import { describe, expect, it } from 'vitest';
import { parseMeterId } from './meters';

describe('parseMeterId', () => {
  it('reads the district and class from a meter id', () => {
    expect(parseMeterId('linden-res-00042')).toEqual({ districtId: 'linden', meterClass: 'residential' });
    expect(parseMeterId('alum-creek-freight-ind-00003')).toEqual({ districtId: 'alum-creek-freight', meterClass: 'industrial' });
    expect(parseMeterId('linden-xyz-00042')).toBeNull();
    expect(parseMeterId('')).toBeNull();
  });
});
