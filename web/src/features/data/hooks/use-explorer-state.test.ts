import { describe, expect, it } from 'vitest';
import { explorerFromSearch } from './use-explorer-state';

describe('explorer state in the URL', () => {
  it('reads a stream, entity, metric and span', () => {
    const state = { stream: 'meter', entity: 'linden-res-00001', metric: 'exportKwh', span: '7d' } as const;
    // stream=meter&entity=linden-res-00001&metric=exportKwh&span=7d
    expect(explorerFromSearch(new URLSearchParams(state))).toEqual(state);
  });

  it('falls back to defaults for unknown values', () => {
    const unknown = new URLSearchParams('stream=weather&metric=colour&span=1y');
    expect(explorerFromSearch(unknown)).toEqual({ stream: 'air', entity: '', metric: 'pm25UgM3', span: '24h' });
  });
});
