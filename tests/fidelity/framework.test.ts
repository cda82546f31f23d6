import { describe, expect, it } from 'vitest';
import {
  type CalibratedStatistic,
  checkSummary,
  definitionProblems,
  evaluate,
  formatReference,
  type HeldOutStatistic,
  judge,
  type KnownFailure,
  knownFailureProblems,
  type Statistic,
} from './framework';

/** The fake context: the value each statistic computes, by id. */
type Values = Record<string, number>;
const source = { label: 'A source', url: 'https://example.org/source' };

function calibrated(reference: number, decimals = 0): CalibratedStatistic<Values> {
  return {
    id: 'cal',
    area: 'energy',
    name: 'A calibrated figure',
    unit: 'kWh',
    how: 'test',
    decimals,
    sources: [source],
    kind: 'calibrated',
    reference,
    tuned: 'a constant',
    compute: (v) => v.cal as number,
  };
}

function heldOut(band: readonly [number, number], decimals = 0): HeldOutStatistic<Values> {
  return {
    id: 'held',
    area: 'air',
    name: 'A held-out figure',
    unit: 'ppb',
    how: 'test',
    decimals,
    sources: [source],
    kind: 'held-out',
    band,
    bandWhy: 'the source says so',
    compute: (v) => v.held as number,
  };
}

describe('judge', () => {
  it('passes a calibrated figure within ±10% of its reference, inclusive, and fails it just outside', () => {
    const s = calibrated(1000);
    expect(judge(s, 900).pass).toBe(true);
    expect(judge(s, 1100).pass).toBe(true);
    expect(judge(s, 899).pass).toBe(false);
    expect(judge(s, 1101).pass).toBe(false);
    expect(judge(calibrated(-20.9, 1), -22.9).pass).toBe(true);
    expect(judge(calibrated(-20.9, 1), -23.1).pass).toBe(false);
  });

  it('holds the ±10% boundary at fractional references despite binary rounding', () => {
    const s = calibrated(0.83, 3);
    expect(judge(s, 0.913).pass).toBe(true);
    expect(judge(s, 0.747).pass).toBe(true);
    expect(judge(s, 0.914).pass).toBe(false);
    expect(judge(s, 0.746).pass).toBe(false);
  });

  it('judges the value as printed: rounding to the shown decimals decides at the edge', () => {
    const s = heldOut([10, 20], 1);
    expect(judge(s, 20.04).value).toBe(20);
    expect(judge(s, 20.04).pass).toBe(true);
    expect(judge(s, 20.06).pass).toBe(false);
  });

  it('passes a held-out figure inside its band, inclusive, and fails it outside on either side', () => {
    const s = heldOut([1000, 1200]);
    expect(judge(s, 1000).pass).toBe(true);
    expect(judge(s, 1200).pass).toBe(true);
    expect(judge(s, 999).pass).toBe(false);
    expect(judge(s, 1201).pass).toBe(false);
    expect(judge(s, 25_700).pass).toBe(false);
  });

  it('handles one-sided bands', () => {
    expect(judge(heldOut([15_000, Number.POSITIVE_INFINITY]), 90_000).pass).toBe(true);
    expect(judge(heldOut([15_000, Number.POSITIVE_INFINITY]), 14_999).pass).toBe(false);
    expect(judge(heldOut([Number.NEGATIVE_INFINITY, 1]), -5).pass).toBe(true);
  });

  it('fails a value that is not a finite number', () => {
    expect(judge(heldOut([0, 10]), Number.NaN).pass).toBe(false);
    expect(judge(heldOut([0, Number.POSITIVE_INFINITY]), Number.POSITIVE_INFINITY).pass).toBe(false);
    expect(judge(calibrated(5), Number.NaN).pass).toBe(false);
  });
});

describe('evaluate and the check', () => {
  const both: Statistic<Values>[] = [calibrated(1000), heldOut([10, 20])];

  it('exits 0 when every figure passes', () => {
    const summary = checkSummary(evaluate(both, { cal: 1050, held: 15 }));
    expect(summary.exitCode).toBe(0);
    expect(summary.lines).toEqual(['2 of 2 figures pass; 0 fail.']);
  });

  it('exits non-zero and names the figure when a held-out figure leaves its band', () => {
    const summary = checkSummary(evaluate(both, { cal: 1000, held: 21 }));
    expect(summary.exitCode).toBe(1);
    expect(summary.lines[0]).toContain('FAIL held-out held: 21 ppb, reference 10 to 20');
    expect(summary.lines.at(-1)).toBe('1 of 2 figures pass; 1 fail.');
  });

  it('exits non-zero when a calibrated figure leaves ±10%', () => {
    const summary = checkSummary(evaluate(both, { cal: 1101, held: 15 }));
    expect(summary.exitCode).toBe(1);
    expect(summary.lines[0]).toContain('FAIL calibrated cal');
  });

  it('fails a statistic whose computation throws, with the error, and still evaluates the others', () => {
    const broken: Statistic<Values> = {
      ...heldOut([0, 1]),
      id: 'broken',
      awaits: 'cv-fleet',
      compute: () => {
        throw new Error('no station "downtown-high-school"');
      },
    };
    const outcomes = evaluate([broken, ...both], { cal: 1000, held: 15 });
    expect(outcomes.map((o) => o.pass)).toEqual([false, true, true]);
    expect(checkSummary(outcomes).lines[0]).toBe('FAIL held-out broken: error: no station "downtown-high-school" (awaits cv-fleet)');
  });
});

describe('the check with known failures', () => {
  const both: Statistic<Values>[] = [calibrated(1000), heldOut([10, 20])];
  const knownHeld: KnownFailure = {
    id: 'held',
    why: 'the model lacks it',
    decision: 'docs/decisions/014-fidelity-check.md#known-failures',
  };

  it('exits 0 when the only failing figure is a known failure, and still prints it as failing', () => {
    const summary = checkSummary(evaluate(both, { cal: 1000, held: 21 }), [knownHeld]);
    expect(summary.exitCode).toBe(0);
    expect(summary.lines[0]).toBe(
      'FAIL held-out held: 21 ppb, reference 10 to 20 (known failure, docs/decisions/014-fidelity-check.md#known-failures)',
    );
    expect(summary.lines.at(-1)).toBe('1 of 2 figures pass; 1 fail (1 known, 0 not known); 0 known failure(s) now pass.');
  });

  it('exits non-zero when a figure outside the list fails beside a known failure', () => {
    const summary = checkSummary(evaluate(both, { cal: 1200, held: 21 }), [knownHeld]);
    expect(summary.exitCode).toBe(1);
    expect(summary.lines[0]).toContain('FAIL calibrated cal');
    expect(summary.lines.at(-1)).toBe('0 of 2 figures pass; 2 fail (1 known, 1 not known); 0 known failure(s) now pass.');
  });

  it('exits non-zero when a known failure passes, asking for it to be removed from the list', () => {
    const summary = checkSummary(evaluate(both, { cal: 1000, held: 15 }), [knownHeld]);
    expect(summary.exitCode).toBe(1);
    expect(summary.lines[0]).toBe(
      'PASSES held-out held: 15 is inside its reference but the figure is listed as a known failure: remove it from the list',
    );
  });

  it('finds list entries that name no figure, repeat, say no why or link no decision heading', () => {
    const problems = knownFailureProblems(both, [
      knownHeld,
      knownHeld,
      { id: 'gone', why: 'renamed', decision: 'docs/decisions/014-fidelity-check.md#known-failures' },
      { id: 'cal', why: '', decision: 'docs/decisions/014-fidelity-check.md' },
    ]);
    expect(problems).toEqual([
      'held: listed twice as a known failure',
      'gone: listed as a known failure but no figure has this id (remove it from the list)',
      'cal: a known failure must say why it fails',
      'cal: a known failure must link a decision heading',
    ]);
  });
});

describe('definitions and formatting', () => {
  it('reports duplicate ids, missing links, empty or unbounded bands and zero references', () => {
    const problems = definitionProblems<Values>([
      heldOut([5, 5]),
      { ...heldOut([Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY]), sources: [{ label: 'FACTS.md C', url: 'FACTS.md' }] },
      calibrated(0),
      { ...calibrated(3), sources: [] },
    ]);
    expect(problems).toEqual([
      'held: band [5, 5] is empty',
      'held: duplicate id',
      'held: source "FACTS.md C" has no link',
      'held: band is unbounded on both sides',
      'cal: a calibrated reference must be a non-zero number',
      'cal: duplicate id',
      'cal: no source',
    ]);
  });

  it('prints references with their pass range', () => {
    expect(formatReference(calibrated(10_715))).toBe('10,715 (±10%: 9,644 to 11,787)');
    expect(formatReference(heldOut([1000, 1200]))).toBe('1,000 to 1,200');
    expect(formatReference(heldOut([15_000, Number.POSITIVE_INFINITY]))).toBe('≥ 15,000');
    expect(formatReference(heldOut([-28.7, -13.1], 1))).toBe('−28.7 to −13.1');
  });
});
