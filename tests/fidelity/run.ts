/**
 * `pnpm fidelity`: simulates the default Columbus scenario (a year, a week, a few what-ifs), judges
 * every figure of figures/ against its published reference and writes docs/fidelity.md.
 * `pnpm fidelity --check`: the same judgement without writing the report (nor the per-city climate
 * section); prints the failing figures and exits 1 when a figure fails that is not in known-failures.ts,
 * or when one that is listed there passes (`npm test` runs it after the unit tests).
 */
import { writeFileSync } from 'node:fs';
import { formatWithBiome } from '../support/format';
import { climateSection } from './climate-section';
import { createFidelityContext } from './context';
import { FIGURES } from './figures';
import { checkSummary, definitionProblems, evaluate, formatNumber, formatReference, knownFailureProblems } from './framework';
import { KNOWN_FAILURES } from './known-failures';
import { renderReport } from './report';

function main(): number {
  const check = process.argv.includes('--check');
  const problems = [...definitionProblems(FIGURES), ...knownFailureProblems(FIGURES, KNOWN_FAILURES)];
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
    const climate = climateSection(ctx.year);
    writeFileSync(output, renderReport(ctx, outcomes, seconds, climate.md));
    const outside = climate.rows.filter((r) => !r.within).map((r) => `${r.city}: ${r.figure}`);
    if (outside.length > 0)
      console.warn(`climate (reported, not checked): ${outside.length} row(s) outside their normal: ${outside.join('; ')}`);
    formatWithBiome([output]);
    console.info('wrote docs/fidelity.md');
  }
  const summary = checkSummary(outcomes, KNOWN_FAILURES);
  for (const line of summary.lines) (summary.exitCode === 0 ? console.info : console.error)(line);
  console.info(`fidelity: ${seconds.toFixed(1)} s (${[...ctx.timings].map(([name, s]) => `${name} ${s.toFixed(1)} s`).join(', ')})`);
  return check ? summary.exitCode : 0;
}

process.exitCode = main();
