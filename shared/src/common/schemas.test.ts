import { describe, expect, it } from 'vitest';
import { LastEventIdSchema } from '../live/schemas';
import { IntervalParamSchema } from '../scenario/query';
import { IsoDateSchema, IsoTimeSchema, inTimeRange, SeedSchema, TIME_RANGE, wholeNumber } from './schemas';

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
    for (const text of ['2026-07-15T00:00:00', '2026-07-15 00:00']) {
      expect(IsoTimeSchema.safeParse(text).error?.issues[0]?.message, text).toMatch(
        /^must be an ISO 8601 instant with its time zone, e\.g\. /,
      );
    }
  });

  it('gives a value that is no instant one issue saying so, not the range too', () => {
    for (const text of ['now', 'not-a-date', '']) {
      const issues = IsoTimeSchema.safeParse(text).error?.issues;
      expect(
        issues?.map((issue) => issue.message),
        text,
      ).toEqual(['is not an ISO 8601 instant: write one with its time zone, e.g. 2026-07-15T18:00:00Z or 2026-07-15T14:00:00-04:00']);
    }
  });

  it.each([
    ['2026-02-30T04:00:00Z', '"2026-02-30" is not a date: February 2026 has 28 days'],
    ['2024-02-30T04:00:00+09:00', '"2024-02-30" is not a date: February 2024 has 29 days'],
    ['2026-04-31T00:00:00Z', '"2026-04-31" is not a date: April 2026 has 30 days'],
    ['2026-13-01T00:00:00Z', '"2026-13-01" is not a date: there is no month 13'],
  ])('names the impossible day of %s, not its zone (one issue)', (text, message) => {
    expect(IsoTimeSchema.safeParse(text).error?.issues.map((issue) => issue.message)).toEqual([message]);
  });

  it('names the impossible day of a calendar date, one issue', () => {
    expect(IsoDateSchema.safeParse('2026-02-29').error?.issues.map((issue) => issue.message)).toEqual([
      '"2026-02-29" is not a date: February 2026 has 28 days',
    ]);
    expect(IsoDateSchema.safeParse('July 4').error?.issues.map((issue) => issue.message)).toEqual([
      'must be a calendar date YYYY-MM-DD, e.g. 2026-07-15',
    ]);
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

describe('whole numbers in a range', () => {
  it('refuses a number past the safe integers with one issue naming the range, not one per check', () => {
    for (const value of [1e23, -1e23, 1.5, -1]) {
      expect(
        wholeNumber(0, 10)
          .safeParse(value)
          .error?.issues.map((issue) => issue.message),
        String(value),
      ).toEqual(['must be a whole number from 0 to 10']);
    }
  });
});
