import { testCity } from '@sandbox/shared/test-support/test-city';
import { describe, expect, it } from 'vitest';
import { seriesLabel } from './series-labels';

const city = {
  ...testCity,
  stations: testCity.stations.map((s) => (s.id === 'north-park' ? { ...s, nameKo: '북쪽 공원 측정소' } : s)),
};
const context = { city, language: 'en' as const, classNames: { residential: 'Residential' } };

describe('explorer line labels', () => {
  it('names stations, districts, feeders and classes as the other pages do', () => {
    expect(seriesLabel('air', 'main-roadside', context)).toBe('Main St roadside');
    expect(seriesLabel('air', 'north-park', { ...context, language: 'ko' })).toBe('북쪽 공원 측정소');
    expect(seriesLabel('load', 'south', context)).toBe('South');
    expect(seriesLabel('load', 'south-f2', context)).toBe('South 2');
    expect(seriesLabel('load', 'residential', context)).toBe('Residential');
  });

  it('keeps the id for meters, segments and anything unknown', () => {
    expect(seriesLabel('meter', 'north-res-00001', context)).toBe('north-res-00001');
    expect(seriesLabel('segments', 'main-st-nb-00', context)).toBe('main-st-nb-00');
    expect(seriesLabel('air', 'gone', context)).toBe('gone');
  });
});
