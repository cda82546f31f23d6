/**
 * Saved scenarios: a scenario with a name, notes and the view it reopens, kept in the server's
 * store. The same fields travel as a JSON file (export/import), so a file written by one server
 * can be posted to another. Every input is validated here, at the edge: a bad field is a 400 that
 * names it.
 */
import { z } from 'zod';
import { NOT_WELL_FORMED, numberParam, wellFormed, wholeNumber } from '../common/schemas';
import { LAB_DAYS, MAX_SEEDS, VariantParamSchema } from '../lab/schemas';
import { type ScenarioView, ScenarioViewSchema } from '../scenario/address';
import { ScenarioSchema } from '../scenario/schemas';

/**
 * No control characters (a name is shown on one line; notes keep their line breaks and tabs).
 * Written as ranges (C0, DEL, C1), not `\p{Cc}`, so the pattern reads the same in every JSON Schema tool.
 * A name is one line read left to right in a list: no line or paragraph separator (U+2028, U+2029)
 * and no bidirectional override or isolate (U+202A–U+202E, U+2066–U+2069), which can make
 * "…\u202Egnp.exe" display as "…exe.png".
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const NO_CONTROL = /^[^\x00-\x1F\x7F-\x9F\u2028\u2029\u202A-\u202E\u2066-\u2069]*$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const NO_CONTROL_BUT_LINES = /^[^\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]*$/;

/** A name people type: trimmed, 1–`max` characters, one line without control characters. */
export const personNameSchema = (max: number) =>
  z
    .string({ error: 'must be a string' })
    .trim()
    .min(1, 'must not be empty')
    .max(max, `at most ${max} characters`)
    .regex(NO_CONTROL, 'must be one line without control characters')
    .refine(wellFormed, NOT_WELL_FORMED);

export const SavedNameSchema = personNameSchema(120).describe('A name for people, 1–120 characters, one line.');

export const SavedNotesSchema = z
  .string({ error: 'must be a string' })
  .max(4000, 'at most 4,000 characters')
  .regex(NO_CONTROL_BUT_LINES, 'must not contain control characters other than line breaks and tabs')
  .refine(wellFormed, NOT_WELL_FORMED)
  .describe('Free notes, at most 4,000 characters.');

/** The store's record id: 12 letters and digits, random. */
export const SavedIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9]{12}$/, 'must be a saved-scenario id: 12 letters and digits')
  .describe('Saved-scenario id (12 letters and digits).');

/** A share link's slug: 8 to 16 letters and digits, derived from what it shows. */
export const ShareSlugSchema = z
  .string()
  .regex(/^[A-Za-z0-9]{8,16}$/, 'must be a share slug: 8 to 16 letters and digits')
  .describe('Share-link slug.');

/**
 * A Lab view's page parameters are its comparison, which the Lab reads as the API does: each variant
 * (`v1`–`v3`) a scenario query string whose parameters validate, `labDays` 1, 3 or 7, `labSeeds`
 * 1–`MAX_SEEDS`. Checked where a view comes in (a save, an edit, an import), so a file with a broken
 * variant is a 400 naming it, not a saved comparison that opens as something else.
 */
function checkLabParams(view: ScenarioView, ctx: z.RefinementCtx): void {
  if (view.page !== '/lab' || !view.params) return;
  for (const [key, value] of Object.entries(view.params)) {
    const path = ['params', key];
    if (!NO_CONTROL.test(value) || !wellFormed(value)) continue; // named by `checkParamText`
    if (key === 'v1' || key === 'v2' || key === 'v3') {
      const parsed = VariantParamSchema.safeParse(value);
      for (const issue of parsed.error?.issues ?? [])
        ctx.addIssue({ code: 'custom', path: [...path, ...issue.path.map(String)], message: issue.message });
    } else if (key === 'labDays') {
      if (!LAB_DAYS.some((days) => String(days) === value))
        ctx.addIssue({ code: 'custom', path, message: `must be ${LAB_DAYS.join(', ')} (days)` });
    } else if (key === 'labSeeds') {
      const seeds = Number(value);
      if (!/^\d+$/.test(value) || seeds < 1 || seeds > MAX_SEEDS)
        ctx.addIssue({ code: 'custom', path, message: `must be a whole number of seeds, 1–${MAX_SEEDS}` });
    } else {
      ctx.addIssue({ code: 'custom', path, message: 'is not a Lab parameter (v1, v2, v3, labDays, labSeeds)' });
    }
  }
}

/**
 * A page parameter's value goes into the view's URL and into the store: one line of well-formed text
 * (a lone surrogate cannot be put in a URL, a NUL not in PostgreSQL's JSON). Checked where a view
 * comes in, not where a stored one is read, so a record saved before stays readable.
 */
function checkParamText(view: ScenarioView, ctx: z.RefinementCtx): void {
  for (const [key, value] of Object.entries(view.params ?? {})) {
    if (!NO_CONTROL.test(value)) ctx.addIssue({ code: 'custom', path: ['params', key], message: 'must not contain control characters' });
    else if (!wellFormed(value)) ctx.addIssue({ code: 'custom', path: ['params', key], message: NOT_WELL_FORMED });
  }
}

/** A view as a client sends it: its parameters' text and a Lab view's comparison checked too. */
const ViewInputSchema = ScenarioViewSchema.superRefine((view, ctx) => {
  checkParamText(view, ctx);
  checkLabParams(view, ctx);
}).prefault({});

/** What a client sends to create (POST) or replace (PUT) a saved scenario. */
const inputShape = {
  name: SavedNameSchema,
  notes: SavedNotesSchema.default(''),
  scenario: ScenarioSchema.describe('The scenario (city, seed, levers, faults); absent fields take their defaults.'),
  view: ViewInputSchema,
};

export const SavedScenarioInputSchema = z.object(inputShape).strict().describe('A saved scenario as a client writes it.');
export type SavedScenarioInput = z.input<typeof SavedScenarioInputSchema>;
export type SavedScenarioFields = z.output<typeof SavedScenarioInputSchema>;

export const SCENARIO_FILE_FORMAT = 'smart-city-sandbox.scenario';
export const SCENARIO_FILE_VERSION = 1;

const fileShape = {
  format: z.literal(SCENARIO_FILE_FORMAT, { error: `must be "${SCENARIO_FILE_FORMAT}"` }).describe('What the file is.'),
  formatVersion: z
    .literal(SCENARIO_FILE_VERSION, { error: `must be ${SCENARIO_FILE_VERSION}: this server reads version ${SCENARIO_FILE_VERSION} files` })
    .describe('Version of the file format.'),
  exportedAt: z.iso.datetime({ offset: true }).describe('When the file was written.'),
};

/** A saved scenario as a JSON file (`GET /api/scenarios/{id}/export`); post it to `/api/scenarios` to import it. */
export const ScenarioFileSchema = z
  // As written (a record saved before the Lab's check keeps its view); an import is checked as a POST.
  .object({ ...fileShape, ...inputShape, view: ScenarioViewSchema.prefault({}) })
  .strict()
  .describe('A saved scenario as a JSON file: export it from one server, POST it to /api/scenarios of another.');
export type ScenarioFile = z.output<typeof ScenarioFileSchema>;

/** POST body: a new saved scenario, or an exported file (its format fields are then checked too). */
export const SavedScenarioCreateSchema = z
  .object({
    ...inputShape,
    format: fileShape.format.optional(),
    formatVersion: fileShape.formatVersion.optional(),
    exportedAt: fileShape.exportedAt.optional(),
  })
  .strict()
  .describe('A new saved scenario: the fields of a client, or a whole exported scenario file.');
export type SavedScenarioCreate = z.input<typeof SavedScenarioCreateSchema>;

const recordShape = {
  id: SavedIdSchema,
  name: z.string(),
  notes: z.string(),
  version: z.number().int().min(1).describe('Starts at 1, raised by each change; the ETag is `"<version>"`.'),
  shareUrl: z.string().describe('Short link that reopens this exact view (`/s/<slug>`); it never changes what it shows.'),
  createdAt: z.iso.datetime().describe('When it was first saved (UTC).'),
  updatedAt: z.iso.datetime().describe('When it was last changed (UTC).'),
};

export const SavedScenarioSchema = z
  .object({
    ...recordShape,
    scenario: ScenarioSchema,
    view: ScenarioViewSchema,
    address: z.string().describe('The page URL this view opens (path and query), the target of the share link.'),
  })
  .describe('A saved scenario.');
export type SavedScenario = z.output<typeof SavedScenarioSchema>;

export const SavedScenarioSummarySchema = z
  .object({ ...recordShape, city: z.string(), page: z.string() })
  .describe('A saved scenario in a list (no scenario body: read it by id).');
export type SavedScenarioSummary = z.output<typeof SavedScenarioSummarySchema>;

export const SAVED_PAGE_MAX = 100;

export const SavedListQuerySchema = z
  .object({
    q: z
      .string()
      .max(200, 'at most 200 characters')
      .regex(NO_CONTROL, 'must be one line without control characters')
      .refine(wellFormed, NOT_WELL_FORMED)
      .optional()
      .describe('Only names or notes containing this text (any case).'),
    limit: numberParam(wholeNumber(1, SAVED_PAGE_MAX).default(20)).describe(`Items per page, 1–${SAVED_PAGE_MAX} (default 20).`),
    cursor: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,200}$/, 'must be a `nextCursor` from a previous page')
      .optional()
      .describe('Where the page starts: the `nextCursor` of the previous page.'),
  })
  .strict();
export type SavedListQuery = z.output<typeof SavedListQuerySchema>;

export const SavedScenarioListSchema = z
  .object({
    items: z.array(SavedScenarioSummarySchema).describe('Most recently changed first.'),
    total: z.number().int().min(0).describe('How many saved scenarios match `q` in all.'),
    nextCursor: z.string().nullable().describe('Pass as `cursor` for the next page; null on the last page.'),
  })
  .describe('One page of saved scenarios.');
export type SavedScenarioList = z.output<typeof SavedScenarioListSchema>;

export const SavedIdParamsSchema = z.object({ id: SavedIdSchema }).strict();
export const ShareParamsSchema = z.object({ slug: ShareSlugSchema }).strict();
