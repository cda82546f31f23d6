/**
 * The Lab's contract: a baseline scenario (the route's scenario parameters, as every simulating
 * route takes them) and up to three variants, each written as a scenario query string of its own
 * (`v1=evShare%3D0.4`, the same encoding the address bar uses), compared over one window and N
 * seeds; and the scorecard that comes back.
 */
import { z } from 'zod';
import { windowQueryShape } from '../common/query';
import { IsoTimeSchema, numberParam, wholeNumber } from '../common/schemas';
import { checkScenarioQuery, type ScenarioQuery, scenarioQueryShape, scenarioRouteQuery } from '../scenario/query';
import { BilingualSchema, LAB_KPI_IDS, type LabKpiId, LabKpiIdSchema, LabKpiSchema } from './kpis';
import { LabLeverSchema, LeverChainSchema } from './lever-chains';
import { DEFAULT_SEEDS, MAX_SEEDS, MAX_VARIANTS } from './limits';

export { DEFAULT_SEEDS, LAB_DAYS, MAX_SEEDS, MAX_VARIANTS } from './limits';

/** `a=1&b=2` → `{ a: '1', b: '2' }` (shared has no URLSearchParams typings); a repeated name is refused. */
function parseQueryString(text: string, ctx: z.RefinementCtx): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of text.split('&')) {
    if (pair === '') continue;
    const at = pair.indexOf('=');
    const rawName = at < 0 ? pair : pair.slice(0, at);
    const rawValue = at < 0 ? '' : pair.slice(at + 1);
    let name: string;
    let value: string;
    try {
      name = decodeURIComponent(rawName.replaceAll('+', ' '));
      value = decodeURIComponent(rawValue.replaceAll('+', ' '));
    } catch {
      ctx.addIssue({ code: 'custom', message: `"${pair}" is not valid percent-encoding` });
      return out;
    }
    if (name in out) ctx.addIssue({ code: 'custom', path: [name], message: 'is given twice' });
    out[name] = value;
  }
  return out;
}

const { city: _city, sealed: _sealed, ...variantShape } = scenarioQueryShape;

/** A variant's scenario: the scenario parameters but the city (every variant is in the baseline's city). */
const VariantFieldsSchema = z
  .object(variantShape)
  .strict()
  .superRefine((query, ctx) => checkScenarioQuery(query as Partial<ScenarioQuery>, ctx));
export type VariantFields = z.output<typeof VariantFieldsSchema>;

export const VariantParamSchema = z
  .string()
  .max(4000, 'at most 4,000 characters')
  // The parsed pairs are checked by the pipe; the cast only tells the compiler so.
  .transform((text, ctx) => parseQueryString(text, ctx) as z.input<typeof VariantFieldsSchema>)
  .pipe(VariantFieldsSchema)
  .describe(
    'A variant: its scenario as a URL-encoded scenario query string (the parameters this route takes for the baseline, but `city`), e.g. `evShare%3D0.4%26seed%3D2`. Parameters left out take their defaults, not the baseline’s.',
  );

export const LabScorecardQuerySchema = scenarioRouteQuery({
  ...windowQueryShape,
  v1: VariantParamSchema.optional(),
  v2: VariantParamSchema.optional(),
  v3: VariantParamSchema.optional(),
  seeds: numberParam(wholeNumber(1, MAX_SEEDS).default(DEFAULT_SEEDS)).describe(
    `How many seeds the effect-or-noise band runs (1–${MAX_SEEDS}, default ${DEFAULT_SEEDS}): each scenario again at seed + 1, + 2, …; 1 gives the scorecard alone. The comparison's engine work (scenarios × seeds × days) is capped: over the cap the answer is a 413 naming the most seeds that fit.`,
  ),
});
export type LabScorecardQuery = z.infer<typeof LabScorecardQuerySchema>;

/** One scenario's scorecard over a whole-hour window: its query fields and the window. */
export type LabScenarioQuery = Partial<ScenarioQuery> & {
  fromMs: number;
  toMs: number;
};

/** The hourly lines the Lab can overlay, each from the same engine series as its figure. */
export const LAB_SERIES = {
  pm25: { unit: 'µg/m³', label: { en: 'PM2.5, homes-weighted', ko: 'PM2.5(가구 가중)' } },
  aqi: { unit: 'AQI', label: { en: 'Worst bench AQI (NowCast)', ko: '가장 나쁜 벤치 AQI(NowCast)' } },
  ozone: { unit: 'ppb', label: { en: 'Highest bench ozone', ko: '가장 높은 벤치 오존' } },
  load: { unit: 'kW', label: { en: 'City net demand', ko: '도시 순수요' } },
  pvExport: { unit: 'kW', label: { en: 'PV export', ko: '태양광 역송' } },
  travelTimeIndex: { unit: '×', label: { en: 'Travel-time index (peak periods)', ko: '통행시간 지수(첨두 시간대)' } },
} as const;
export const LabSeriesIdSchema = z.enum(['pm25', 'aqi', 'ozone', 'load', 'pvExport', 'travelTimeIndex']);
export type LabSeriesId = z.infer<typeof LabSeriesIdSchema>;

const kpiRecord = <T extends z.ZodType>(value: T) =>
  z.object(Object.fromEntries(LAB_KPI_IDS.map((id) => [id, value])) as Record<LabKpiId, T>);
const seriesRecord = <T extends z.ZodType>(value: T) =>
  z.object(Object.fromEntries(LabSeriesIdSchema.options.map((id) => [id, value])) as Record<LabSeriesId, T>);

export const KpiValueSchema = z.object({
  value: z.number().nullable().describe('Null when the window has nothing to measure (e.g. no weekday peak hour for mobility).'),
  at: IsoTimeSchema.optional().describe('When it happened (the peak load’s 15-minute interval).'),
});
export type KpiValue = z.infer<typeof KpiValueSchema>;

export const EpisodeSchema = z.object({
  kind: z.enum(['heatWave', 'wildfireSmoke', 'inversion', 'demandResponse']),
  from: IsoTimeSchema,
  to: IsoTimeSchema,
});
export type Episode = z.infer<typeof EpisodeSchema>;

/** One scenario's figures over the window (what an engine thread computes and caches). */
export const ScenarioScorecardSchema = z.object({
  seed: z.number().int(),
  values: kpiRecord(KpiValueSchema),
  /** Hour by hour from the window's start; null where there is no value. */
  series: seriesRecord(z.array(z.number().nullable())),
  counts: z.object({
    peakHours: z.number().int().describe('Weekday peak-period hours the mobility figures cover.'),
    safetyEvents: z.number().int(),
    connectedMiles: z.number(),
    vehicleMiles: z.number(),
  }),
});
export type ScenarioScorecard = z.infer<typeof ScenarioScorecardSchema>;

export const VerdictSchema = z
  .enum(['effect', 'noise'])
  .describe(
    '`effect`: the mean difference over the seeds is larger than its seed-to-seed variation (the range of the differences), so every seed moves the figure the same way; `noise`: it is not.',
  );
export type Verdict = z.infer<typeof VerdictSchema>;

export const KpiComparisonSchema = z.object({
  id: LabKpiIdSchema,
  diff: z.number().nullable().describe('Variant minus baseline, in the figure’s unit (first seed).'),
  diffPct: z.number().nullable().describe('The difference as % of the baseline; null when the baseline is 0.'),
  band: z
    .object({
      min: z.number(),
      max: z.number(),
      mean: z.number(),
      spread: z.number().describe('Seed-to-seed variation of the difference: max − min over the seeds.'),
      seeds: z.number().int().describe('Seeds with a value on both sides.'),
    })
    .nullable()
    .describe('The difference over the seeds (null with one seed).'),
  verdict: VerdictSchema.nullable(),
  why: z.array(z.string()).describe('Ids of the chains (lever → mechanism → this figure) of the levers the variant changed.'),
});
export type KpiComparison = z.infer<typeof KpiComparisonSchema>;

export const LabScorecardSchema = z
  .object({
    city: z.string(),
    timezone: z.string(),
    from: IsoTimeSchema,
    to: IsoTimeSchema,
    seeds: z.number().int(),
    time: z.array(z.number().int()).describe('Hour starts of the series, epoch ms.'),
    kpis: z.array(LabKpiSchema),
    seriesInfo: z.array(z.object({ id: LabSeriesIdSchema, unit: z.string(), label: BilingualSchema })),
    scenarios: z.array(
      ScenarioScorecardSchema.extend({
        role: z.enum(['baseline', 'variant']),
        index: z.number().int().describe('0 for the baseline, 1–3 for v1–v3.'),
        query: z.record(z.string(), z.string()).describe('The scenario as query parameters (only what differs from the defaults).'),
        episodes: z.array(EpisodeSchema),
      }),
    ),
    comparisons: z.array(
      z.object({
        variant: z.number().int().min(1).max(MAX_VARIANTS),
        changed: z.array(LabLeverSchema),
        kpis: z.array(KpiComparisonSchema),
        effects: z.number().int().describe('Figures whose verdict is `effect`.'),
        summary: z.string().describe('The verdict in words (English).'),
      }),
    ),
    chains: z.array(LeverChainSchema).describe('The chains the comparisons name.'),
  })
  .describe('Scorecards of the baseline and each variant, their differences, and whether each difference is an effect or noise.');
export type LabScorecard = z.infer<typeof LabScorecardSchema>;
