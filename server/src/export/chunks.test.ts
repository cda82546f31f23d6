import { DAY_MS, HOUR_MS, MINUTE_MS } from '@sandbox/shared';
import { describe, expect, it } from 'vitest';
import { fixedChunkCount, fixedChunks, localDayChunks, nextLocalMidnight } from './chunks';

const at = (iso: string) => Date.parse(iso);

describe('fixedChunks (the day-chunking generator)', () => {
  it.each([
    ['a whole UTC day', '2026-07-15T00:00:00Z', '2026-07-16T00:00:00Z', DAY_MS, 1],
    ['a local day across two UTC days', '2026-07-15T04:00:00Z', '2026-07-16T04:00:00Z', DAY_MS, 2],
    ['a year of local days', '2026-01-01T05:00:00Z', '2027-01-01T05:00:00Z', DAY_MS, 366],
    ['a minute and a bit', '2026-07-15T21:30:00Z', '2026-07-15T21:31:00.500Z', MINUTE_MS, 2],
    ['hours from an odd start', '2026-07-15T21:17:00Z', '2026-07-16T01:00:00Z', HOUR_MS, 4],
  ])('cuts %s into contiguous, step-aligned chunks', (_, from, to, step, count) => {
    const chunks = [...fixedChunks(at(from), at(to), step)];
    expect(chunks).toHaveLength(count);
    expect(fixedChunkCount(at(from), at(to), step)).toBe(count);
    expect(chunks[0]?.fromMs).toBe(at(from));
    expect(chunks.at(-1)?.toMs).toBe(at(to));
    for (let i = 0; i < chunks.length; i++) {
      const chunk = chunks[i] as { fromMs: number; toMs: number };
      expect(chunk.toMs).toBeGreaterThan(chunk.fromMs);
      expect(chunk.toMs - chunk.fromMs).toBeLessThanOrEqual(step);
      if (i > 0) {
        expect(chunk.fromMs).toBe(chunks[i - 1]?.toMs);
        expect(chunk.fromMs % step).toBe(0);
      }
    }
  });

  it('yields nothing for an empty window', () => {
    expect([...fixedChunks(10, 10)]).toEqual([]);
    expect(fixedChunkCount(10, 10)).toBe(0);
  });

  it('is lazy: asking for the first chunk of a long window computes only that one', () => {
    const chunks = fixedChunks(0, 1000 * DAY_MS);
    expect(chunks.next().value).toEqual({ fromMs: 0, toMs: DAY_MS });
  });
});

describe('localDayChunks', () => {
  const zone = 'America/New_York';

  it('cuts at local midnights, with the 23- and 25-hour days of the DST changes', () => {
    const chunks = [...localDayChunks(zone, at('2026-03-07T05:00:00Z'), at('2026-11-03T05:00:00Z'))];
    const hours = chunks.map((c) => (c.toMs - c.fromMs) / HOUR_MS);
    expect(hours.filter((h) => h === 23)).toHaveLength(1);
    expect(hours.filter((h) => h === 25)).toHaveLength(1);
    expect(hours.filter((h) => h !== 23 && h !== 24 && h !== 25)).toEqual([]);
    expect(chunks[1]?.fromMs).toBe(at('2026-03-08T05:00:00Z'));
    expect(chunks[2]?.fromMs).toBe(at('2026-03-09T04:00:00Z'));
  });

  it('keeps a partial first and last day', () => {
    const chunks = [...localDayChunks(zone, at('2026-07-15T16:00:00Z'), at('2026-07-16T10:00:00Z'))];
    expect(chunks).toEqual([
      { fromMs: at('2026-07-15T16:00:00Z'), toMs: at('2026-07-16T04:00:00Z') },
      { fromMs: at('2026-07-16T04:00:00Z'), toMs: at('2026-07-16T10:00:00Z') },
    ]);
    expect(nextLocalMidnight(zone, at('2026-07-16T04:00:00Z'))).toBe(at('2026-07-17T04:00:00Z'));
  });
});
