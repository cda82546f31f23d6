/** docs/fidelity.md from the judged figures: the table, what fails and why, how each is computed, the sources. */
import { INVERSION_WINDOW, PROBE_WEEKS, SMOKE_WINDOW } from './collect/air-episodes';
import { SAMPLE_PER_CLASS } from './collect/energy-year';
import { BSM_WINDOW, clock, sampleDate } from './collect/mobility-week';
import type { FidelityContext } from './context';
import { type Area, formatNumber, formatReference, type Outcome } from './framework';
import { KNOWN_FAILURES } from './known-failures';

const AREA_TITLES: Record<Area, string> = { air: 'Air', weather: 'Weather', energy: 'Energy', mobility: 'Mobility' };
const KIND_LABEL = { calibrated: 'calibrated', 'held-out': 'held out' } as const;

const cell = (text: string) => text.replaceAll('|', '\\|');

const KNOWN = new Map(KNOWN_FAILURES.map((k) => [k.id, k]));
/** A repository path as a link from docs/fidelity.md. */
const fromDocs = (path: string) => path.replace(/^docs\//, '');

function verdict(o: Outcome<FidelityContext>): string {
  if (o.pass) return KNOWN.has(o.statistic.id) ? 'pass (**listed as a known failure: remove it**)' : 'pass';
  const known = KNOWN.get(o.statistic.id);
  if (known) return `**fail** (known, [decision 014](${fromDocs(known.decision)}))`;
  return o.statistic.awaits ? `**fail** (awaits ${o.statistic.awaits.split(' ')[0]})` : '**fail**';
}

function tally(outcomes: readonly Outcome<FidelityContext>[], kind?: string): string {
  const kept = kind ? outcomes.filter((o) => o.statistic.kind === kind) : outcomes;
  return `${kept.filter((o) => o.pass).length} of ${kept.length}`;
}

/** Source numbers in order of first citation: the table cites `[S3][s3]`, the Sources section defines them. */
function sourceNumbers(outcomes: readonly Outcome<FidelityContext>[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const { statistic } of outcomes)
    for (const src of statistic.sources) if (!numbers.has(src.url)) numbers.set(src.url, numbers.size + 1);
  return numbers;
}

function table(outcomes: readonly Outcome<FidelityContext>[]): string[] {
  const numbers = sourceNumbers(outcomes);
  const lines: string[] = [];
  for (const area of Object.keys(AREA_TITLES) as Area[]) {
    const rows = outcomes.filter((o) => o.statistic.area === area);
    if (rows.length === 0) continue;
    lines.push(
      `### ${AREA_TITLES[area]}`,
      '',
      '| Figure | Kind | Simulated | Reference | Source | Verdict |',
      '| --- | --- | --- | --- | --- | --- |',
    );
    for (const o of rows) {
      const s = o.statistic;
      const sources = s.sources.map((src) => `[S${numbers.get(src.url)}][s${numbers.get(src.url)}]`).join(' ');
      lines.push(
        `| ${cell(s.name)} (${cell(s.unit)}) | ${KIND_LABEL[s.kind]} | ${formatNumber(o.value, s.decimals)} | ${cell(formatReference(s))} | ${sources} | ${verdict(o)} |`,
      );
    }
    lines.push('');
  }
  return lines;
}

function failing(outcomes: readonly Outcome<FidelityContext>[]): string[] {
  const failed = outcomes.filter((o) => !o.pass);
  if (failed.length === 0) return ['Every figure passes.', ''];
  return [
    'A held-out figure that fails is kept failing, never tuned: it shows where the model is wrong. The figures listed',
    'in tests/fidelity/known-failures.ts (each with why, decision 014 “Known failures”) are the engine’s known gaps:',
    '`--check` lets them fail and fails when any other figure fails, or when a listed one starts to pass (the list must',
    'then lose it).',
    '',
    ...failed.map((o) => {
      const s = o.statistic;
      const got = o.error ? `could not be computed (${o.error})` : `${formatNumber(o.value, s.decimals)} ${s.unit}`;
      const known = KNOWN.get(s.id);
      const why = known
        ? `Known failure: ${known.why} ([decision 014](${fromDocs(known.decision)}))`
        : s.awaits
          ? `Awaits ${s.awaits}.`
          : 'Not a known failure: `--check` fails until the model is fixed.';
      return `- **${s.name}** (${KIND_LABEL[s.kind]}): ${got} against ${formatReference(s)}. ${why}`;
    }),
    '',
  ];
}

function howComputed(outcomes: readonly Outcome<FidelityContext>[]): string[] {
  return outcomes.map((o) => {
    const s = o.statistic;
    const basis = s.kind === 'calibrated' ? `*Tuned:* ${s.tuned}.` : `*Band:* ${s.bandWhy}`;
    return `- **${s.name}** (\`${s.id}\`): ${s.how} ${basis}`;
  });
}

function sourceList(outcomes: readonly Outcome<FidelityContext>[]): string[] {
  const numbers = sourceNumbers(outcomes);
  const entries = new Map<string, { label: string; ids: string[] }>();
  for (const { statistic: s } of outcomes) {
    for (const src of s.sources) {
      const entry = entries.get(src.url) ?? { label: src.label, ids: [] };
      if (!entry.ids.includes(s.id)) entry.ids.push(s.id);
      entries.set(src.url, entry);
    }
  }
  const list = [...entries].map(
    ([url, { label, ids }]) => `- **S${numbers.get(url)}** [${label}](${url}): ${ids.map((id) => `\`${id}\``).join(', ')}`,
  );
  const definitions = [...numbers].map(([url, n]) => `[s${n}]: ${url}`);
  return [...list, '', ...definitions];
}

export function renderReport(
  ctx: FidelityContext,
  outcomes: readonly Outcome<FidelityContext>[],
  seconds: number,
  climate: readonly string[] = [],
): string {
  const { city, scenario, sim, year } = ctx;
  const timings = [...ctx.timings].map(([name, s]) => `${name} ${s.toFixed(1)} s`).join(', ');
  return [
    '# Fidelity report',
    '',
    `Generated by \`pnpm fidelity\` (tests/fidelity/run.ts) in ${seconds.toFixed(1)} s: a simulated calendar year ${year} of the default`,
    `${city.name} scenario (seed ${scenario.seed}, default levers, no faults; ${city.stations.length} stations, ${sim.meters.count} meters,`,
    `${city.corridors.length} corridors) and a few what-ifs, set beside published references. Do not edit by hand: run`,
    '`pnpm fidelity` again. `pnpm fidelity --check` (part of `npm test`) exits non-zero when a figure fails that is not',
    'a known failure (tests/fidelity/known-failures.ts), or when a known failure passes.',
    '',
    `**${tally(outcomes)} figures pass** (calibrated ${tally(outcomes, 'calibrated')}, held out ${tally(outcomes, 'held-out')}).`,
    '',
    '- *calibrated*: engine constants were tuned to this reference, so agreeing with it shows only that the calibration',
    '  holds; it passes within ±10% of the reference.',
    '- *held out*: no constant was tuned to it; it passes inside a band taken from the source’s own spread (its range,',
    '  its standard deviation, or the disagreement between sources), never from our output.',
    '- Values are judged as printed (rounded to the digits shown). Sources are numbered (S1, S2, …); the list at the',
    '  end gives each with its link and the figures it supports.',
    '',
    '## What is simulated',
    '',
    '- Air and weather: the whole year, every bench, hourly means of the 1-minute data; daily values by the product’s',
    '  own daily AQI rules.',
    `- Energy: the whole year for a stratified sample of the meters (every k-th meter of each class, at most`,
    `  ${SAMPLE_PER_CLASS.toLocaleString('en-US')} a class, weighted by k in city sums); with the small population every meter is in it.`,
    `- Mobility: one week, Monday ${sampleDate()} to Sunday (no holiday, no clock change): a year`,
    '  of trips is too slow for `npm test`, and the traffic model has no season beyond its daily noise. BSMs: the',
    `  15 minutes ${clock(BSM_WINDOW.fromHour)}–${clock(BSM_WINDOW.toHour)} on the Tuesday.`,
    `- What-ifs: wildfire smoke ${SMOKE_WINDOW.from} → ${SMOKE_WINDOW.to} at the default intensity; a full-strength inversion`,
    `  ${INVERSION_WINDOW.from} → ${INVERSION_WINDOW.to}; probe benches north of Morse Rd over one week in each of`,
    `  ${PROBE_WEEKS.map(([m, d]) => `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`).join(', ')}.`,
    `- Time per data set: ${timings}.`,
    '',
    '## Figures',
    '',
    ...table(outcomes),
    '## Failing today',
    '',
    ...failing(outcomes),
    '## How each figure is computed',
    '',
    ...howComputed(outcomes),
    '',
    '## Sources',
    '',
    ...sourceList(outcomes),
    '',
    ...climate,
    '## Calibration',
    '',
    'The constants tuned to the calibrated references are named with each figure above and in',
    'docs/decisions/011-engine-calibration.md. No constant may be tuned to a held-out figure: a held-out figure that',
    'fails means the model is wrong, and the fix is in the model. Other seeds give other years; the figures are for one seed.',
    '',
  ].join('\n');
}
