import { describe, expect, it } from 'vitest';
import { energyViewFromSearch } from './use-energy-view';

describe('energyViewFromSearch', () => {
  it('reads the page’s selections from the URL', () => {
    const view = { district: 'linden', meter: 'linden-res-00042', meterClass: 'residential', span: '7d' } as const;
    // district=linden&meter=linden-res-00042&meterClass=residential&span=7d
    expect(energyViewFromSearch(new URLSearchParams(view))).toEqual(view);
  });

  it('ignores values that do not validate instead of failing', () => {
    const invalid = new URLSearchParams('district=Not A Slug&meter=zzz&meterClass=farm&span=1y');
    expect(energyViewFromSearch(invalid)).toEqual({ district: null, meter: null, meterClass: null, span: '1d' });
  });
});
