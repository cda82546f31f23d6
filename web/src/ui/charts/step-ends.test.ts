import { describe, expect, it } from 'vitest';
import { closeSteps, lastStepEnd } from './step-ends';

const Q = 15;
const row = (time: number, kwh: number | null) => ({ time, kwh });

describe('closeSteps', () => {
  it('ends the last interval before a gap at the gap: the step spans its whole width, then the line breaks', () => {
    const rows = [row(0, 1), row(Q, 2), row(2 * Q, null), row(3 * Q, null), row(4 * Q, 3)];
    expect(closeSteps(rows, ['kwh'], 5 * Q)).toEqual([
      row(0, 1),
      row(Q, 2),
      { ...row(2 * Q, 2), closing: true },
      row(2 * Q, null),
      row(3 * Q, null),
      row(4 * Q, 3),
      { ...row(5 * Q, 3), closing: true },
    ]);
  });

  it('adds nothing inside a run of readings or a gap, and no end past the window', () => {
    const rows = [row(0, null), row(Q, 1), row(2 * Q, 2)];
    expect(closeSteps(rows, ['kwh'], 2 * Q)).toEqual(rows);
  });

  it('takes the last interval as long as the spacing before it, within the window', () => {
    expect(lastStepEnd([row(0, 1), row(Q, 1)], 100)).toBe(2 * Q);
    expect(lastStepEnd([row(0, 1), row(Q, 1)], Q + 5)).toBe(Q + 5);
    expect(lastStepEnd([], 100)).toBe(100);
  });
});
