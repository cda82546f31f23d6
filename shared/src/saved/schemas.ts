/**
 * Saved scenarios: a scenario with a name, notes and the view it reopens, kept in the server's
 * store. The same fields travel as a JSON file (export/import), so a file written by one server
 * can be posted to another. Every input is validated here, at the edge: a bad field is a 400 that
 * names it.
 */
import { z } from 'zod';
import { numberParam, wholeNumber } from '../common/schemas';
import { ScenarioViewSchema } from '../scenario/address';
import { ScenarioSchema } from '../scenario/schemas';

/**
 * No control characters (a name is shown on one line; notes keep their line breaks and tabs).
 * Written as ranges (C0, DEL, C1), not `\p{Cc}`, so the pattern reads the same in every JSON Schema tool.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const NO_CONTROL = /^[^\x00-\x1F\x7F-\x9F]*$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const NO_CONTROL_BUT_LINES = /^[^\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]*$/;

/** A name people type: trimmed, 1–`max` characters, one line without control characters. */
export const personNameSchema = (max: number) =>
  z
    .string({ error: 'must be a string' })
    .trim()
    .min(1, 'must not be empty')
    .max(max, `at most ${max} characters`)
    .regex(NO_CONTROL, 'must be one line without control characters');

export const SavedNameSchema = personNameSchema(120).describe('A name for people, 1–120 characters, one line.');

export const SavedNotesSchema = z
  .string({ error: 'must be a string' })
  .max(4000, 'at most 4,000 characters')
  .regex(NO_CONTROL_BUT_LINES, 'must not contain control characters other than line breaks and tabs')
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

/** What a client sends to create (POST) or replace (PUT) a saved scenario. */
const inputShape = {
  name: SavedNameSchema,
  notes: SavedNotesSchema.default(''),
  scenario: ScenarioSchema.describe('The scenario (city, seed, levers, faults); absent fields take their defaults.'),
  view: ScenarioViewSchema.prefault({}),
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
  .object({ ...fileShape, ...inputShape })
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
    q: z.string().max(200, 'at most 200 characters').optional().describe('Only names or notes containing this text (any case).'),
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
