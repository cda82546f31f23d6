import { describe, expect, it } from 'vitest';
import { LastEventIdSchema } from '../live/schemas';
import { IntervalParamSchema } from '../scenario/query';
import { IsoDateSchema, IsoTimeSchema, inTimeRange, SeedSchema, TIME_RANGE } from './schemas';

describe('the representable time range', () => {
  it('is 1970-01-01T00:00:00Z to 2200-01-01T00:00:00Z, both included', () => {
    expect(new Date(TIME_RANGE.fromMs).toISOString()).toBe('1970-01-01T00:00:00.000Z');
    expect(new Date(TIME_RANGE.toMs).toISOString()).toBe('2200-01-01T00:00:00.000Z');
    expect([0, TIME_RANGE.toMs, -1, TIME_RANGE.toMs + 1, Number.NaN].map(inTimeRange)).toEqual([true, true, false, false, false]);
  });

  it.each([
    ['2026-07-15T12:00:00Z', true],
    ['1970-01-01T00:00:00Z', true],
    ['2200-01-01T00:00:00Z', true],
    ['2199-12-31T19:00:00-05:00', true],
    ['2199-12-31T19:00:01-05:00', false],
    ['1969-12-31T23:59:59Z', false],
    ['9999-12-31T23:59:59Z', false],
    ['0000-01-01T00:00:00Z', false],
    ['+275760-09-14T00:00:00Z', false],
    ['-000001-01-01T00:00:00Z', false],
  ])('IsoTimeSchema %s → %s', (iso, ok) => {
    const result = IsoTimeSchema.safeParse(iso);
    expect(result.success).toBe(ok);
    if (!ok && /^\d{4}-/.test(iso)) expect(result.error?.issues[0]?.message).toContain('2200-01-01T00:00:00Z');
  });

  it('says what a time without its zone is missing', () => {
    for (const text of ['2026-07-15T00:00:00', '2026-07-15 00:00', 'not-a-date']) {
      expect(IsoTimeSchema.safeParse(text).error?.issues[0]?.message, text).toMatch(
        /^must be an ISO 8601 instant with its time zone, e\.g\. /,
      );
    }
  });

  it.each([
    ['2026-07-15', true],
    ['1970-01-01', true],
    ['2200-01-01', true],
    ['2200-01-02', false],
    ['1969-12-31', false],
    ['9999-12-31', false],
    ['0000-01-01', false],
  ])('IsoDateSchema %s → %s', (date, ok) => {
    expect(IsoDateSchema.safeParse(date).success).toBe(ok);
  });

  it.each([
    ['2026-07-14T00:00:00Z/2026-07-17T00:00:00Z', true],
    ['2026-07-14T00:00:00Z/9999-12-31T00:00:00Z', false],
    ['1969-12-31T00:00:00Z/2026-07-17T00:00:00Z', false],
  ])('IntervalParamSchema %s → %s', (interval, ok) => {
    expect(IntervalParamSchema.safeParse(interval).success).toBe(ok);
  });

  it.each([
    ['1784116800000', 1784116800000],
    ['0', 0],
    [String(TIME_RANGE.toMs), TIME_RANGE.toMs],
    [String(TIME_RANGE.toMs + 1), undefined],
    ['9999999999999999', undefined],
    ['8640000000000001', undefined],
    ['-1', undefined],
    ['1e12', undefined],
    ['', undefined],
  ])('LastEventIdSchema %s → %s', (header, ms) => {
    const result = LastEventIdSchema.safeParse(header);
    expect(result.success ? result.data : undefined).toBe(ms);
  });
});

describe('numbers in a query string', () => {
  it.each([
    ['7', 7],
    ['007', 7],
    ['0', 0],
    ['4294967295', 4294967295],
    ['1e3', 1000],
    [7, 7],
    ['', undefined],
    [' ', undefined],
    [' 7', undefined],
    ['7 ', undefined],
    ['0x10', undefined],
    ['0b1', undefined],
    ['0o7', undefined],
    ['+7', undefined],
    ['Infinity', undefined],
    ['NaN', undefined],
    ['7.5', undefined],
    ['-1', undefined],
    ['4294967296', undefined],
  ])('seed %j → %s', (value, seed) => {
    const result = SeedSchema.safeParse(value);
    expect(result.success ? result.data : undefined).toBe(seed);
    if (!result.success) expect(result.error.issues[0]?.message).toBe('must be a whole number from 0 to 4294967295');
  });
});
