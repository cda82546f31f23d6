import { HOUR_MS } from '@sandbox/shared/common/time';
import { describe, expect, it } from 'vitest';
import { labWindow } from './lab-window';

describe('labWindow', () => {
  it('covers whole local days ending with the clock’s day', () => {
    const at = Date.parse('2026-07-15T22:30:00Z'); // 18:30 in Columbus (EDT)
    expect(labWindow(at, 1, 'America/New_York')).toMatchObject({ from: '2026-07-15T04:00:00.000Z', to: '2026-07-16T04:00:00.000Z' });
    expect(labWindow(at, 3, 'America/New_York').from).toBe('2026-07-13T04:00:00.000Z');
  });

  it('follows the wall clock across a DST change: the autumn day is 25 hours', () => {
    const w = labWindow(Date.parse('2026-11-01T15:00:00Z'), 1, 'America/New_York');
    expect((w.toMs - w.fromMs) / HOUR_MS).toBe(25);
  });
});
