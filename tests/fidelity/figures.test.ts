import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIGURES } from './figures';
import { definitionProblems, knownFailureProblems } from './framework';
import { KNOWN_FAILURES } from './known-failures';

// The figures themselves (no simulation): well formed, enough of them, and at least half held out
// (issue 12), so the report can fail on something the engine was not tuned to.
describe('the fidelity figures', () => {
  it('are well formed: unique ids, a linked source each, non-empty bands', () => {
    expect(definitionProblems(FIGURES)).toEqual([]);
  });

  it('number at least 20, at least half of them held out, in every area', () => {
    const heldOut = FIGURES.filter((f) => f.kind === 'held-out').length;
    expect(FIGURES.length).toBeGreaterThanOrEqual(20);
    expect(heldOut * 2).toBeGreaterThanOrEqual(FIGURES.length);
    expect(new Set(FIGURES.map((f) => f.area))).toEqual(new Set(['air', 'weather', 'energy', 'mobility']));
  });

  it('say what was tuned for every calibrated figure and why the band for every held-out one', () => {
    for (const f of FIGURES) expect(f.kind === 'calibrated' ? f.tuned : f.bandWhy, f.id).toMatch(/\S{3}/);
  });

  it('list their known failures well formed: real figure ids, each with why and a decision heading that exists', () => {
    expect(knownFailureProblems(FIGURES, KNOWN_FAILURES)).toEqual([]);
    for (const known of KNOWN_FAILURES) {
      const [path, anchor] = known.decision.split('#') as [string, string];
      const headings = readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')
        .split('\n')
        .filter((line) => line.startsWith('#'))
        .map((line) =>
          line
            .replace(/^#+\s*/, '')
            .toLowerCase()
            .replace(/[^a-z0-9 -]/g, '')
            .replaceAll(' ', '-'),
        );
      expect(headings, known.id).toContain(anchor);
    }
  });
});
