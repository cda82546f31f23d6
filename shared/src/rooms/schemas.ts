/**
 * Workshop rooms: a facilitator opens a room from a story (its scenario is the room's baseline),
 * chooses which levers teams may change and within which bounds, the objective (a Lab scorecard
 * figure, optionally "without making these others worse") over one window, and how many rounds.
 * Teams set their levers while a round is open; when it is locked the server scores every team's
 * scenario with the Lab's scorecard, and the board ranks them once the facilitator reveals it.
 * Every input is validated here, at the edge: a bad field is a 400 that names it.
 */
import { z } from 'zod';
import { IsoTimeSchema } from '../common/schemas';
import { HOUR_MS } from '../common/time';
import { LabKpiIdSchema } from '../lab/kpis';
import { SavedNameSchema } from '../saved/schemas';
import { ScenarioSchema } from '../scenario/schemas';

/** The levers a room can hand to its teams: the policy levers of the scenario, not the weather. */
export const ROOM_LEVER_IDS = [
  'evShare',
  'evTimeOfUse',
  'demandResponse',
  'signalRetiming',
  'transitSignalPriority',
  'connectedShare',
] as const;
export const RoomLeverIdSchema = z.enum(ROOM_LEVER_IDS);
export type RoomLeverId = z.infer<typeof RoomLeverIdSchema>;

/** A share (0–1, set with a slider within the room's bounds) or a switch (on or off). */
export const ROOM_LEVER_KIND: Readonly<Record<RoomLeverId, 'share' | 'toggle'>> = {
  evShare: 'share',
  evTimeOfUse: 'toggle',
  demandResponse: 'share',
  signalRetiming: 'toggle',
  transitSignalPriority: 'toggle',
  connectedShare: 'share',
};

export const MAX_TEAMS = 12;
export const MAX_ROUNDS = 10;
/** The longest scoring window: a day, so a round of 12 teams scores in seconds on a laptop. */
export const MAX_WINDOW_HOURS = 24;

const share = z.number({ error: 'must be a number from 0 to 1' }).min(0, 'must be at least 0').max(1, 'must be at most 1');

export const RoomLeverSpecSchema = z
  .object({
    id: RoomLeverIdSchema,
    min: share.optional().describe('Shares: the lowest value teams may set (default 0).'),
    max: share.optional().describe('Shares: the highest value teams may set (default 1).'),
  })
  .strict()
  .refine((spec) => (spec.min ?? 0) <= (spec.max ?? 1), { message: 'must not be above `max`', path: ['min'] })
  .refine((spec) => ROOM_LEVER_KIND[spec.id] === 'share' || (spec.min === undefined && spec.max === undefined), {
    message: 'a switch has no bounds: leave `min` and `max` out',
    path: ['min'],
  })
  .describe('A lever teams may change, and for a share its bounds.');
export type RoomLeverSpec = z.output<typeof RoomLeverSpecSchema>;

/** The values a team has set, one per lever the room hands out. */
export const TeamLeversSchema = z
  .object({
    evShare: z.number().optional().describe('EV share of the fleet, 0–1.'),
    evTimeOfUse: z.boolean().optional().describe('Time-of-use EV charging.'),
    demandResponse: z.number().optional().describe('Demand-response depth, 0–1 (share of participating homes) over the room’s window.'),
    signalRetiming: z.boolean().optional().describe('Retimed, coordinated signal plans.'),
    transitSignalPriority: z.boolean().optional().describe('Transit signal priority.'),
    connectedShare: z.number().optional().describe('Connected-vehicle share, 0–1.'),
  })
  .strict()
  .describe('A team’s lever values; each must be a lever of the room, within its bounds.');
export type TeamLevers = z.output<typeof TeamLeversSchema>;

export const RoomObjectiveSchema = z
  .object({
    kpi: LabKpiIdSchema.describe('The scorecard figure teams compete on, in its better direction (lower peak load, higher PV export, …).'),
    guards: z
      .array(LabKpiIdSchema)
      .max(3, 'at most 3 guards')
      .default([])
      .describe('Figures a team must not make worse than the baseline (the room’s scenario): those who do rank after those who do not.'),
  })
  .strict()
  .refine((o) => !o.guards.includes(o.kpi), { message: 'must not include the objective’s own figure', path: ['guards'] })
  .refine((o) => new Set(o.guards).size === o.guards.length, { message: 'must not name a figure twice', path: ['guards'] })
  .describe('What the board ranks teams by, e.g. the lowest peak load without raising PM2.5 exposure.');
export type RoomObjective = z.output<typeof RoomObjectiveSchema>;

export const RoomWindowSchema = z
  .object({
    from: IsoTimeSchema.describe('Start (inclusive), a whole hour.'),
    to: IsoTimeSchema.describe('End (exclusive), a whole hour.'),
  })
  .strict()
  .superRefine((w, ctx) => {
    const from = Date.parse(w.from);
    const to = Date.parse(w.to);
    if (from % HOUR_MS !== 0) ctx.addIssue({ code: 'custom', path: ['from'], message: 'must be a whole hour' });
    if (to % HOUR_MS !== 0) ctx.addIssue({ code: 'custom', path: ['to'], message: 'must be a whole hour' });
    if (to <= from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'must be after `from`' });
    else if (to - from > MAX_WINDOW_HOURS * HOUR_MS)
      ctx.addIssue({ code: 'custom', path: ['to'], message: `must be at most ${MAX_WINDOW_HOURS} hours after \`from\`` });
  })
  .describe('The window every team’s scenario is scored over.');
export type RoomWindow = z.output<typeof RoomWindowSchema>;

export const TeamNameSchema = z
  .string({ error: 'must be a string' })
  .trim()
  .min(1, 'must not be empty')
  .max(40, 'at most 40 characters')
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  .regex(/^[^\x00-\x1F\x7F-\x9F]*$/, 'must be one line without control characters');

/** A story id of the web app's story list, kept to say where the room started. */
const StoryIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9-]{1,40}$/, 'must be a story id: letters, digits and dashes')
  .describe('The story the room was opened from (its scenario is `scenario`).');

export const RoomCreateSchema = z
  .object({
    name: SavedNameSchema,
    story: StoryIdSchema.optional(),
    scenario: ScenarioSchema.describe('The baseline: the story’s scenario; each team’s scenario is this with the team’s levers.'),
    window: RoomWindowSchema,
    levers: z
      .array(RoomLeverSpecSchema)
      .min(1, 'must hand teams at least one lever')
      .max(ROOM_LEVER_IDS.length)
      .refine((list) => new Set(list.map((l) => l.id)).size === list.length, 'must not name a lever twice'),
    objective: RoomObjectiveSchema,
    rounds: z
      .number({ error: `must be a whole number from 1 to ${MAX_ROUNDS}` })
      .int()
      .min(1)
      .max(MAX_ROUNDS),
    teams: z
      .array(TeamNameSchema)
      .min(1, 'must name at least one team')
      .max(MAX_TEAMS, `at most ${MAX_TEAMS} teams`)
      .refine((names) => new Set(names.map((n) => n.toLowerCase())).size === names.length, 'must not name a team twice'),
  })
  .strict()
  .describe('A new room: its baseline scenario, the levers teams may change, the objective, rounds and teams.');
export type RoomCreate = z.input<typeof RoomCreateSchema>;
export type RoomConfig = z.output<typeof RoomCreateSchema>;

/** Join codes: six letters and digits without look-alikes (no 0/O, 1/I/L), read aloud or typed on a phone. */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;
/** A code people type (a room's, a class's): six letters and digits of the alphabet above, any case, read in upper case. */
export const joinCodeSchema = (what: string) =>
  z
    .string()
    .regex(new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`, 'i'), `must be a ${what}: 6 letters and digits`)
    .transform((code) => code.toUpperCase());

export const RoomCodeSchema = joinCodeSchema('join code').describe('The room’s join code (6 letters and digits, any case).');

export const TeamIdSchema = z
  .string()
  .regex(/^t([1-9]|1[0-2])$/, 'must be a team id, t1 to t12')
  .describe('Team id within its room: t1, t2, …');
export type TeamId = z.infer<typeof TeamIdSchema>;

export const RoomParamsSchema = z.object({ code: RoomCodeSchema }).strict();
export const TeamParamsSchema = z.object({ code: RoomCodeSchema, team: TeamIdSchema }).strict();

export const RoomPhaseSchema = z
  .enum(['lobby', 'open', 'locked', 'revealed'])
  .describe(
    '`lobby`: before round 1; `open`: teams set levers; `locked`: levers frozen, scores being computed; `revealed`: the round’s ranking is on the board.',
  );
export type RoomPhase = z.infer<typeof RoomPhaseSchema>;

export const RoomActionSchema = z.enum(['start', 'lock', 'reveal']);
export type RoomAction = z.infer<typeof RoomActionSchema>;

export const RoomActionBodySchema = z
  .object({
    action: RoomActionSchema.describe('`start` opens a round, `lock` freezes its levers and scores them, `reveal` shows its ranking.'),
    round: z
      .number({ error: `must be a whole number from 1 to ${MAX_ROUNDS}` })
      .int()
      .min(1)
      .max(MAX_ROUNDS)
      .describe('The round the action is for: a repeated or out-of-order action is a 409 naming the room’s round and phase.'),
  })
  .strict();
export type RoomActionBody = z.output<typeof RoomActionBodySchema>;

export const JoinBodySchema = z
  .object({ team: TeamIdSchema.optional().describe('The team to join; left out, the team with the fewest members.') })
  .strict();

export const LeversBodySchema = z.object({ levers: TeamLeversSchema }).strict();
