import { describe, expect, it } from 'vitest';
import { energyViewFromSearch } from './use-energy-view';

describe('energyViewFromSearch', () => {
  it('reads the page’s selections from the URL', () => {
    expect(energyViewFromSearch(new URLSearchParams('district=linden&meter=linden-res-00042&meterClass=residential&span=7d'))).toEqual({
      district: 'linden',
      meter: 'linden-res-00042',
      meterClass: 'residential',
      span: '7d',
    });
  });

  it('ignores values that do not validate instead of failing', () => {
    expect(energyViewFromSearch(new URLSearchParams('district=Not A Slug&meter=zzz&meterClass=farm&span=1y'))).toEqual({
      district: null,
      meter: null,
      meterClass: null,
      span: '1d',
    });
  });
});
