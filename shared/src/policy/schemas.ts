/**
 * The policy context (`data/policy/*.json`): the timeline of US federal smart-city policy, the eight
 * agencies, the programs with their figures, and the sources every fact comes from.
 *
 * The files hold every text in both languages (`{ en, ko }`); the API serves one language, so each
 * shape is built twice from one factory: with `LocalizedTextSchema` for the files and with plain
 * strings for `GET /api/policy?lang=`. Where sources disagree on a figure, the figure carries
 * `alternatives` with their own sources, so any client can show the note generically.
 */
import { z } from 'zod';
import { LngLatSchema, SlugSchema } from '../common/schemas';

export const POLICY_LANGUAGES = ['en', 'ko'] as const;
export const PolicyLanguageSchema = z.enum(POLICY_LANGUAGES).describe('Language of the texts: `en` or `ko`.');
export type PolicyLanguage = z.infer<typeof PolicyLanguageSchema>;

const TextSchema = z
  .string()
  .min(1)
  .refine((text) => text.trim() === text && text.trim().length > 0, 'must not be blank or start or end with spaces');

/** A text in both languages, as the data files hold it. */
export const LocalizedTextSchema = z.object({ en: TextSchema, ko: TextSchema }).strict();
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: history is often known only to the month or the year. */
export const PartialDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((text) => {
    const [year = 0, month = 1, day = 1] = text.split('-').map(Number);
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  }, 'is not a calendar date')
  .describe('Date known to the year, month or day: `2015`, `2015-09` or `2015-09-14`.');
export type PartialDate = z.infer<typeof PartialDateSchema>;

/** How sure a date is: FACTS.md marks some dates as remembered rather than found in a source. */
export const DateCertaintySchema = z
  .enum(['confirmed', 'approximate', 'unverified'])
  .describe('`confirmed` by a cited source; `approximate` (the sources disagree or give only a period); `unverified` (no source found).');
export type DateCertainty = z.infer<typeof DateCertaintySchema>;

/** The eight federal agencies the overview names as the builders of the US smart-city policy. */
export const AGENCY_IDS = ['dhs', 'dot', 'doe', 'doc', 'epa', 'census', 'nsf', 'nist'] as const;
export const AgencyIdSchema = z.enum(AGENCY_IDS);
export type AgencyId = z.infer<typeof AgencyIdSchema>;

/** Policy domains, for filtering the timeline; each maps to a part of the dashboard or a theme. */
export const POLICY_DOMAINS = ['mobility', 'energy', 'environment', 'data', 'connectivity', 'governance', 'research'] as const;
export const PolicyDomainSchema = z.enum(POLICY_DOMAINS);
export type PolicyDomain = z.infer<typeof PolicyDomainSchema>;

/** The simulated telemetry streams a program can be tied to (each has its own dashboard page). */
export const TELEMETRY_STREAMS = ['air', 'energy', 'mobility', 'open-data'] as const;
export const TelemetryStreamSchema = z.enum(TELEMETRY_STREAMS);
export type TelemetryStream = z.infer<typeof TelemetryStreamSchema>;

export const SourceKindSchema = z.enum(['overview', 'government', 'legislation', 'news', 'research', 'archive']);
export type SourceKind = z.infer<typeof SourceKindSchema>;

export const ProgramKindSchema = z.enum(['strategy', 'initiative', 'challenge', 'project', 'program', 'framework', 'legislation', 'tool']);
export type ProgramKind = z.infer<typeof ProgramKindSchema>;

const SourceIdsSchema = z.array(SlugSchema).min(1).describe('Ids of entries in the sources list.');

/** A number as a source states it; the client formats it for the reader's language. */
const FigureValueShape = {
  value: z.number().nonnegative(),
  unit: z.enum(['usd', 'count', 'percent', 'minutes']).describe('`usd` (US dollars), `count`, `percent` or `minutes`.'),
  qualifier: z.enum(['exact', 'about', 'atLeast', 'upTo']).default('exact').describe('`about` ≈, `atLeast` “N+”, `upTo` “up to N”.'),
};

/** Builds every policy shape with `text` as the schema of a human-readable text. */
function policyShapes<T extends z.ZodType<string | LocalizedText>>(text: T) {
  const SourceSchema = z
    .object({
      id: SlugSchema,
      kind: SourceKindSchema,
      title: z.string().min(1).describe('Title as published, in its own language.'),
      publisher: z.string().min(1).optional(),
      date: PartialDateSchema.optional(),
      url: z.url({ protocol: /^https?$/ }).optional(),
      overviewFootnotes: z
        .array(z.number().int().min(1).max(16))
        .optional()
        .describe('Footnote numbers (1–16) under which the source overview cites this source.'),
      note: text.optional().describe('What the source is, or a caveat about it.'),
    })
    .strict();

  const FigureAlternativeSchema = z
    .object({
      value: FigureValueShape.value.optional(),
      unit: FigureValueShape.unit.optional(),
      qualifier: FigureValueShape.qualifier,
      note: text.describe('What the other source says and why it differs.'),
      sources: SourceIdsSchema,
    })
    .strict()
    .refine((alt) => (alt.value === undefined) === (alt.unit === undefined), {
      message: 'value and unit go together',
      path: ['unit'],
    });

  const FigureSchema = z
    .object({
      id: SlugSchema,
      ...FigureValueShape,
      label: text.describe('What is counted.'),
      sources: SourceIdsSchema,
      alternatives: z
        .array(FigureAlternativeSchema)
        .default([])
        .describe('Other values from other sources; non-empty means the sources disagree and the UI shows a note.'),
    })
    .strict();

  const ListSchema = z
    .object({
      id: SlugSchema,
      title: text,
      items: z.array(z.object({ title: text, detail: text.optional() }).strict()).min(1),
    })
    .strict();

  const PlaceSchema = z
    .object({
      id: SlugSchema,
      name: text,
      state: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter US state code'),
      location: LngLatSchema,
      winner: z.boolean().default(false),
    })
    .strict();

  const TelemetryLinkSchema = z
    .object({
      stream: TelemetryStreamSchema,
      agency: AgencyIdSchema.describe('The agency in the chain program → agency → stream → panel.'),
      what: text.describe('What the simulated stream reproduces.'),
    })
    .strict();

  const AgencySchema = z
    .object({
      id: AgencyIdSchema,
      acronym: z.string().min(2).max(12),
      name: text,
      role: text,
      sources: SourceIdsSchema,
    })
    .strict();

  const ProgramSchema = z
    .object({
      id: SlugSchema,
      kind: ProgramKindSchema,
      name: text,
      start: PartialDateSchema,
      end: PartialDateSchema.optional(),
      dateCertainty: DateCertaintySchema.default('confirmed'),
      leadBy: text.describe('Who runs it, in words (may name bodies other than the eight agencies).'),
      agencies: z.array(AgencyIdSchema).describe('Which of the eight agencies take part.'),
      domains: z.array(PolicyDomainSchema).min(1),
      parent: SlugSchema.optional().describe('The program this one belongs to.'),
      summary: text,
      lists: z.array(ListSchema).default([]),
      figures: z.array(FigureSchema).default([]),
      places: z.array(PlaceSchema).default([]),
      telemetry: z.array(TelemetryLinkSchema).default([]).describe('Simulated streams that reproduce this program’s data.'),
      sources: SourceIdsSchema,
    })
    .strict();

  const EventSchema = z
    .object({
      id: SlugSchema,
      date: PartialDateSchema,
      endDate: PartialDateSchema.optional(),
      dateCertainty: DateCertaintySchema,
      dateNote: text.optional().describe('Why the date is approximate or unverified.'),
      title: text,
      summary: text,
      agencies: z.array(AgencyIdSchema),
      programs: z.array(SlugSchema),
      domains: z.array(PolicyDomainSchema).min(1),
      figures: z.array(FigureSchema).default([]),
      sources: SourceIdsSchema,
    })
    .strict()
    .refine((event) => event.dateCertainty === 'confirmed' || event.dateNote !== undefined, {
      message: 'an approximate or unverified date needs a dateNote',
      path: ['dateNote'],
    })
    .refine((event) => event.endDate === undefined || event.endDate >= event.date, {
      message: 'must not be before date',
      path: ['endDate'],
    });

  return { SourceSchema, FigureSchema, AgencySchema, ProgramSchema, EventSchema };
}

const file = policyShapes(LocalizedTextSchema);
const served = policyShapes(z.string().min(1));

// ---- The data files (both languages) ----

export const PolicySourceFileSchema = z.array(file.SourceSchema).min(1);
export const PolicyAgencyFileSchema = z.array(file.AgencySchema).length(AGENCY_IDS.length);
export const PolicyProgramFileSchema = z.array(file.ProgramSchema).min(1);
export const PolicyTimelineFileSchema = z.array(file.EventSchema).min(1);

export type PolicySourceData = z.infer<typeof file.SourceSchema>;
export type PolicyAgencyData = z.infer<typeof file.AgencySchema>;
export type PolicyProgramData = z.infer<typeof file.ProgramSchema>;
export type PolicyEventData = z.infer<typeof file.EventSchema>;
export type PolicyFigureData = z.infer<typeof file.FigureSchema>;

/** The four files of `data/policy/`, by file name, in the order they are read. */
export const POLICY_FILES = {
  'sources.json': PolicySourceFileSchema,
  'agencies.json': PolicyAgencyFileSchema,
  'programs.json': PolicyProgramFileSchema,
  'timeline.json': PolicyTimelineFileSchema,
} as const;
export type PolicyFileName = keyof typeof POLICY_FILES;

export interface PolicyData {
  sources: PolicySourceData[];
  agencies: PolicyAgencyData[];
  programs: PolicyProgramData[];
  timeline: PolicyEventData[];
}

// ---- What GET /api/policy serves (one language) ----

export const PolicySourceSchema = served.SourceSchema;
export const PolicyFigureSchema = served.FigureSchema;
export const PolicyProgramSchema = served.ProgramSchema;
export const PolicyEventSchema = served.EventSchema;
export const PolicyAgencySchema = served.AgencySchema.extend({
  programs: z.array(SlugSchema).describe('Ids of the programs this agency takes part in.'),
});
export type PolicySource = z.infer<typeof PolicySourceSchema>;
export type PolicyFigure = z.infer<typeof PolicyFigureSchema>;
export type PolicyProgram = z.infer<typeof PolicyProgramSchema>;
export type PolicyEvent = z.infer<typeof PolicyEventSchema>;
export type PolicyAgency = z.infer<typeof PolicyAgencySchema>;

export const PolicyQuerySchema = z
  .object({ lang: PolicyLanguageSchema.default('en') })
  .strict()
  .describe('`lang`: `en` (default) or `ko`.');
export type PolicyQuery = z.infer<typeof PolicyQuerySchema>;

export const PolicySchema = z.object({
  lang: PolicyLanguageSchema,
  timeline: z.array(PolicyEventSchema).describe('Events, oldest first.'),
  agencies: z.array(PolicyAgencySchema),
  programs: z.array(PolicyProgramSchema),
  sources: z.array(PolicySourceSchema),
});
export type Policy = z.infer<typeof PolicySchema>;
