import { describe, expect, it } from 'vitest';
import { explorerFromSearch } from './use-explorer-state';

describe('explorer state in the URL', () => {
  it('reads a stream, entity, metric and span', () => {
    expect(explorerFromSearch(new URLSearchParams('stream=meter&entity=linden-res-00001&metric=exportKwh&span=7d'))).toEqual({
      stream: 'meter',
      entity: 'linden-res-00001',
      metric: 'exportKwh',
      span: '7d',
    });
  });

  it('falls back to defaults for unknown values', () => {
    expect(explorerFromSearch(new URLSearchParams('stream=weather&metric=colour&span=1y'))).toEqual({
      stream: 'air',
      entity: '',
      metric: 'pm25UgM3',
      span: '24h',
    });
  });
});
