/**
 * The fidelity framework: a statistic names what it measures, how it is computed from a simulation,
 * the published reference it is judged against and where that reference comes from, and whether the
 * engine was tuned to it.
 *
 * - *calibrated*: engine constants were tuned to the reference, so matching it proves little; it
 *   passes within ±10% of the reference (it catches a model change that breaks the calibration).
 * - *held out*: no constant was tuned to it; it passes inside a band taken from the source's own
 *   spread (its range, its standard deviation, the disagreement between sources), never from our
 *   output. These are the figures that can show the model is wrong.
 *
 * Values are judged as the report prints them (rounded to the statistic's decimals), so a figure
 * that reads as inside its band is inside it. A value that is not a finite number fails.
 */

export type Area = 'air' | 'weather' | 'energy' | 'mobility';
export type Kind = 'calibrated' | 'held-out';

/** Calibrated figures pass within this fraction of their reference. */
export const CALIBRATED_TOLERANCE = 0.1;

export interface Source {
  /** Short citation: publisher or author, title, year; `FACTS.md X.n` when FACTS carries it. */
  label: string;
  url: string;
}

interface StatisticBase<C> {
  /** Stable identifier, kebab-case, unique across areas. */
  id: string;
  area: Area;
  /** What is measured, with its unit. */
  name: string;
  unit: string;
  /** How the figure is computed from the simulation (shown in the report). */
  how: string;
  /** Decimals shown and judged. */
  decimals: number;
  sources: readonly Source[];
  /**
   * The issue 12 stream (air-space, cv-fleet, meters-scale) whose model should bring this figure
   * into its band when it fails on today's engine. Informational: a failing figure still fails.
   */
  awaits?: string;
  compute(ctx: C): number;
}

export interface CalibratedStatistic<C> extends StatisticBase<C> {
  kind: 'calibrated';
  reference: number;
  /** The reference as the source states it, when that is not just the number. */
  referenceText?: string;
  /** The constants tuned to this reference. */
  tuned: string;
}

export interface HeldOutStatistic<C> extends StatisticBase<C> {
  kind: 'held-out';
  /** Inclusive band; `-Infinity` or `Infinity` for a one-sided band. */
  band: readonly [number, number];
  /** Why the band is what it is, from the source. */
  bandWhy: string;
}

export type Statistic<C> = CalibratedStatistic<C> | HeldOutStatistic<C>;

export interface Outcome<C> {
  statistic: Statistic<C>;
  /** The value as judged (rounded to the statistic's decimals); `NaN` when it could not be computed. */
  value: number;
  lo: number;
  hi: number;
  pass: boolean;
  /** Why the computation failed, when it threw. */
  error?: string;
}

export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/** The inclusive range a statistic passes in. */
export function passRange<C>(statistic: Statistic<C>): [number, number] {
  if (statistic.kind === 'held-out') return [statistic.band[0], statistic.band[1]];
  const delta = Math.abs(statistic.reference) * CALIBRATED_TOLERANCE;
  return [statistic.reference - delta, statistic.reference + delta];
}

/** Judges a computed value against its statistic (a tiny relative slack absorbs binary rounding of the ±10% bounds). */
export function judge<C>(statistic: Statistic<C>, raw: number, error?: string): Outcome<C> {
  const [lo, hi] = passRange(statistic);
  const value = Number.isFinite(raw) ? roundTo(raw, statistic.decimals) : Number.NaN;
  const slack = 1e-9 * Math.max(1, ...[lo, hi].filter(Number.isFinite).map(Math.abs));
  const pass = Number.isFinite(value) && value >= lo - slack && value <= hi + slack;
  return error === undefined ? { statistic, value, lo, hi, pass } : { statistic, value, lo, hi, pass, error };
}

/** Computes and judges every statistic; one that throws fails with its error instead of stopping the rest. */
export function evaluate<C>(statistics: readonly Statistic<C>[], ctx: C): Outcome<C>[] {
  return statistics.map((statistic) => {
    try {
      return judge(statistic, statistic.compute(ctx));
    } catch (e) {
      return judge(statistic, Number.NaN, e instanceof Error ? e.message : String(e));
    }
  });
}

export function failures<C>(outcomes: readonly Outcome<C>[]): Outcome<C>[] {
  return outcomes.filter((o) => !o.pass);
}

/** Problems with a set of statistic definitions (empty when the set is well formed). */
export function definitionProblems<C>(statistics: readonly Statistic<C>[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const s of statistics) {
    if (seen.has(s.id)) problems.push(`${s.id}: duplicate id`);
    seen.add(s.id);
    if (s.sources.length === 0) problems.push(`${s.id}: no source`);
    for (const source of s.sources)
      if (!/^https?:\/\/\S+$/.test(source.url)) problems.push(`${s.id}: source "${source.label}" has no link`);
    if (s.kind === 'held-out') {
      const [lo, hi] = s.band;
      if (!(lo < hi)) problems.push(`${s.id}: band [${lo}, ${hi}] is empty`);
      if (!Number.isFinite(lo) && !Number.isFinite(hi)) problems.push(`${s.id}: band is unbounded on both sides`);
    } else if (!Number.isFinite(s.reference) || s.reference === 0) {
      problems.push(`${s.id}: a calibrated reference must be a non-zero number`);
    }
  }
  return problems;
}

const group = (x: number, decimals: number) =>
  x.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });

/** A number as the report prints it (thousands separated, the statistic's decimals). */
export function formatNumber(x: number, decimals: number): string {
  if (Number.isNaN(x)) return 'n/a';
  if (x === Number.POSITIVE_INFINITY) return '∞';
  if (x === Number.NEGATIVE_INFINITY) return '−∞';
  return group(x, decimals).replace('-', '−');
}

/** The reference column: `10,715 (±10%: 9,644–11,787)` or `1,000–1,200` or `≥ 15,000`. */
export function formatReference<C>(statistic: Statistic<C>): string {
  const d = statistic.decimals;
  const [lo, hi] = passRange(statistic);
  if (statistic.kind === 'calibrated') {
    const stated = statistic.referenceText ?? formatNumber(statistic.reference, d);
    return `${stated} (±10%: ${formatNumber(lo, d)} to ${formatNumber(hi, d)})`;
  }
  if (!Number.isFinite(hi)) return `≥ ${formatNumber(lo, d)}`;
  if (!Number.isFinite(lo)) return `≤ ${formatNumber(hi, d)}`;
  return `${formatNumber(lo, d)} to ${formatNumber(hi, d)}`;
}

/**
 * A figure that fails today and is allowed to while the engine cannot reproduce it: the honest record
 * of what the model does not yet do (decision 014, "Known failures"). Never a reason to move a band.
 */
export interface KnownFailure {
  /** The figure's id. */
  id: string;
  /** Why it fails, in one or two sentences. */
  why: string;
  /** Where the decision is recorded: a docs/ path with its heading anchor. */
  decision: string;
}

/** Problems with a known-failures list against the figures (empty when the list is well formed). */
export function knownFailureProblems<C>(statistics: readonly Statistic<C>[], known: readonly KnownFailure[]): string[] {
  const ids = new Set(statistics.map((s) => s.id));
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const k of known) {
    if (!ids.has(k.id)) problems.push(`${k.id}: listed as a known failure but no figure has this id (remove it from the list)`);
    if (seen.has(k.id)) problems.push(`${k.id}: listed twice as a known failure`);
    seen.add(k.id);
    if (!/\S{3}/.test(k.why)) problems.push(`${k.id}: a known failure must say why it fails`);
    if (!/^docs\/decisions\/\S+\.md#\S+$/.test(k.decision)) problems.push(`${k.id}: a known failure must link a decision heading`);
  }
  return problems;
}

/**
 * What `pnpm fidelity --check` prints and the exit code it returns. It exits 1 when a figure fails that
 * is not a known failure, and when a known failure passes: the list must then lose it, so it cannot rot.
 * A known failure that still fails is printed as failing but does not fail the check.
 */
export function checkSummary<C>(
  outcomes: readonly Outcome<C>[],
  known: readonly KnownFailure[] = [],
): { exitCode: 0 | 1; lines: string[] } {
  const listed = new Map(known.map((k) => [k.id, k]));
  const failed = failures(outcomes);
  const unexpected = failed.filter((o) => !listed.has(o.statistic.id));
  const fixed = outcomes.filter((o) => o.pass && listed.has(o.statistic.id));
  const lines = failed.map((o) => {
    const s = o.statistic;
    const why = o.error ? `error: ${o.error}` : `${formatNumber(o.value, s.decimals)} ${s.unit}, reference ${formatReference(s)}`;
    const knownAs = listed.get(s.id);
    const tag = knownAs ? `known failure, ${knownAs.decision}` : s.awaits ? `awaits ${s.awaits}` : undefined;
    return `FAIL ${s.kind} ${s.id}: ${why}${tag ? ` (${tag})` : ''}`;
  });
  for (const o of fixed)
    lines.push(
      `PASSES ${o.statistic.kind} ${o.statistic.id}: ${formatNumber(o.value, o.statistic.decimals)} is inside its reference but the figure is listed as a known failure: remove it from the list`,
    );
  const knownCount = failed.length - unexpected.length;
  lines.push(
    `${outcomes.length - failed.length} of ${outcomes.length} figures pass; ${failed.length} fail` +
      (known.length > 0 ? ` (${knownCount} known, ${unexpected.length} not known); ${fixed.length} known failure(s) now pass.` : '.'),
  );
  return { exitCode: unexpected.length > 0 || fixed.length > 0 ? 1 : 0, lines };
}
