/**
 * `pnpm fidelity`: simulates the default Columbus scenario (a year, a week, a few what-ifs), judges
 * every figure of figures/ against its published reference and writes docs/fidelity.md.
 * `pnpm fidelity --check`: the same judgement without writing the report; prints the failing figures
 * and exits 1 when any figure fails (`npm test` runs it after the unit tests).
 */
import { writeFileSync } from 'node:fs';
import { formatWithBiome } from '../support/format';
import { createFidelityContext } from './context';
import { FIGURES } from './figures';
import { checkSummary, definitionProblems, evaluate, formatNumber, formatReference } from './framework';
import { renderReport } from './report';

function main(): number {
  const check = process.argv.includes('--check');
  const problems = definitionProblems(FIGURES);
  if (problems.length > 0) {
    console.error(`fidelity figures are ill-defined:\n${problems.join('\n')}`);
    return 1;
  }
  const started = performance.now();
  const ctx = createFidelityContext();
  const outcomes = evaluate(FIGURES, ctx);
  const seconds = (performance.now() - started) / 1000;
  for (const o of outcomes) {
    const s = o.statistic;
    console.info(
      `${o.pass ? 'pass' : 'FAIL'}  ${s.kind.padEnd(10)}  ${s.id.padEnd(36)} ${formatNumber(o.value, s.decimals)}  (${formatReference(s)})`,
    );
  }
  if (!check) {
    const output = new URL('../../docs/fidelity.md', import.meta.url);
    writeFileSync(output, renderReport(ctx, outcomes, seconds));
    formatWithBiome([output]);
    console.info('wrote docs/fidelity.md');
  }
  const summary = checkSummary(outcomes);
  for (const line of summary.lines) (summary.exitCode === 0 ? console.info : console.error)(line);
  console.info(`fidelity: ${seconds.toFixed(1)} s (${[...ctx.timings].map(([name, s]) => `${name} ${s.toFixed(1)} s`).join(', ')})`);
  return check ? summary.exitCode : 0;
}

process.exitCode = main();
