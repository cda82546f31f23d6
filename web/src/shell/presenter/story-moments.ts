/**
 * A story's moments: the stops of its presenter tour. Each moment is a page, a clock time (and the
 * speed the clock plays at from there), the page's own selection that frames the map (a station, a
 * district, a corridor), how long the auto-tour dwells on it, and the speaker notes in English and
 * Korean ("at 07:30 watch High St…"). The notes are data, not UI strings, so they live beside the
 * moments in story-moments.json and are validated here when the module loads.
 */
import { IsoTimeSchema } from '@sandbox/shared/common/schemas';
import { z } from 'zod';
import { SPEEDS, type Speed } from '../../state/clock/clock-state';
import { TOUR_PANELS } from '../../state/presenter-url';
import type { StoryId } from '../scenario/stories';
import raw from './story-moments.json';

/** The page selections a moment may set: what each page frames its map or charts on. */
export const FOCUS_KEYS = ['station', 'district', 'corridor', 'intersection'] as const;

export const StoryMomentSchema = z
  .object({
    page: z.enum(['/', '/air', '/energy', '/mobility', '/lab', '/data']),
    t: IsoTimeSchema,
    speed: z
      .number()
      .refine((value): value is Speed => (SPEEDS as readonly number[]).includes(value), `must be one of ${SPEEDS.join(', ')}`),
    /** Seconds the auto-tour stays before moving on. */
    dwellS: z.number().int().min(10).max(600),
    focus: z.partialRecord(z.enum(FOCUS_KEYS), z.string().min(1)).optional(),
    /** The panel the notes talk about, scrolled into view when the moment opens (it may be below the fold). */
    show: z.enum(TOUR_PANELS).optional(),
    notes: z.object({ en: z.string().min(20).max(240), ko: z.string().min(10).max(240) }).strict(),
  })
  .strict();
export type StoryMoment = z.infer<typeof StoryMomentSchema>;

export const StoryMomentsSchema = z.record(z.string(), z.array(StoryMomentSchema).min(1).max(8));

const MOMENTS = StoryMomentsSchema.parse(raw);

/** The moments of a story, in tour order (empty for a story without a tour). */
export function momentsOf(id: StoryId): readonly StoryMoment[] {
  return MOMENTS[id] ?? [];
}

/** Every story id that has moments (for the data test). */
export const TOURED_STORIES: readonly string[] = Object.keys(MOMENTS);
