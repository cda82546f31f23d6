/**
 * What a room answers: the board everyone in the room sees (the projector, the facilitator and every
 * participant read the same JSON, over `GET /api/rooms/{code}` or its event stream), a team's own
 * state, and what the facilitator and a joining participant get back once (their tokens).
 */
import { z } from 'zod';
import { IsoTimeSchema } from '../common/schemas';
import { LAB_KPI_IDS, type LabKpiId, LabKpiIdSchema } from '../lab/kpis';
import { RoomLeverSpecSchema, RoomObjectiveSchema, RoomPhaseSchema, RoomWindowSchema, TeamIdSchema, TeamLeversSchema } from './schemas';

/** Scorecard figures as numbers (null: nothing to measure in the window), every figure of the Lab's scorecard. */
export const KpiNumbersSchema = z
  .object(Object.fromEntries(LAB_KPI_IDS.map((id) => [id, z.number().nullable()])) as Record<LabKpiId, z.ZodNullable<z.ZodNumber>>)
  .describe('The Lab scorecard’s figures of one scenario over the room’s window.');
export type KpiNumbers = z.output<typeof KpiNumbersSchema>;

export const BoardTeamSchema = z.object({
  id: TeamIdSchema,
  name: z.string(),
  members: z.number().int().min(0).describe('Participants who joined this team.'),
  levers: TeamLeversSchema.describe('The team’s levers now.'),
  leverVersion: z.number().int().min(1).describe('Raised by each change of the team’s levers; the team’s ETag is `"<leverVersion>"`.'),
  changedAt: IsoTimeSchema.nullable().describe('When the team last changed a lever (null: never).'),
});
export type BoardTeam = z.output<typeof BoardTeamSchema>;

export const GuardResultSchema = z.object({
  kpi: LabKpiIdSchema,
  value: z.number().nullable(),
  baseline: z.number().nullable(),
  kept: z.boolean().describe('Not worse than the baseline (compared at the figure’s shown precision).'),
});

export const RankedTeamSchema = z.object({
  team: TeamIdSchema,
  rank: z.number().int().min(1).describe('1 is best; teams with the same shown value share a rank.'),
  value: z.number().nullable().describe('The objective’s figure for the team’s scenario.'),
  guardsKept: z.boolean().describe('Every guard kept; a team that broke one ranks after all that did not.'),
  guards: z.array(GuardResultSchema),
  levers: TeamLeversSchema.describe('The levers the team had when the round was locked.'),
});
export type RankedTeam = z.output<typeof RankedTeamSchema>;

export const RoundResultSchema = z.object({
  round: z.number().int().min(1),
  baseline: z.number().nullable().describe('The objective’s figure for the room’s own scenario (no team levers).'),
  teams: z.array(RankedTeamSchema).describe('Best first.'),
});
export type RoundResult = z.output<typeof RoundResultSchema>;

export const ScoringSchema = z
  .enum(['none', 'pending', 'done'])
  .describe('The current round’s scores: `pending` while the server computes them after a lock, `done` once they can be revealed.');

export const RoomBoardSchema = z
  .object({
    code: z.string().describe('The join code.'),
    name: z.string(),
    story: z.string().nullable(),
    city: z.string(),
    window: RoomWindowSchema,
    objective: RoomObjectiveSchema,
    levers: z.array(RoomLeverSpecSchema).describe('The levers teams may change; shares with both bounds filled in.'),
    baselineLevers: TeamLeversSchema.describe(
      'The baseline’s own values of those levers. Teams start at them brought within the bounds: where one lies outside, teams start at the nearest bound, and a team that changes nothing differs from the baseline.',
    ),
    rounds: z.number().int().min(1),
    round: z.number().int().min(0).describe('The current round; 0 before the first starts.'),
    phase: RoomPhaseSchema,
    scoring: ScoringSchema,
    version: z.number().int().min(1).describe('Raised by every change in the room; the event stream’s event id.'),
    teams: z.array(BoardTeamSchema),
    results: z.array(RoundResultSchema).describe('The rankings of the revealed rounds, first round first.'),
    updatedAt: IsoTimeSchema,
  })
  .describe('A room’s board: what the projector, the facilitator and every participant see.');
export type RoomBoard = z.output<typeof RoomBoardSchema>;

export const TOKEN_DESCRIPTION = 'Send it as `Authorization: Bearer <token>`. It is shown once and never logged.';

export const RoomCreatedSchema = z
  .object({
    board: RoomBoardSchema,
    facilitatorToken: z.string().describe(`The facilitator’s token: start, lock and reveal rounds, download results. ${TOKEN_DESCRIPTION}`),
    addresses: z
      .array(z.string())
      .describe(
        'Where participants open the room (`…/join/<code>`): the network addresses first when the server listens on every interface.',
      ),
  })
  .describe('The new room, with the facilitator’s token.');
export type RoomCreated = z.output<typeof RoomCreatedSchema>;

export const JoinedSchema = z
  .object({
    team: TeamIdSchema,
    token: z.string().describe(`The team’s token: change this team’s levers. ${TOKEN_DESCRIPTION}`),
    board: RoomBoardSchema,
  })
  .describe('The team the participant joined, with its token.');
export type Joined = z.output<typeof JoinedSchema>;

export const TeamAnswerSchema = BoardTeamSchema.describe('The team after the change, with its new ETag.');

export const RoomAddressesSchema = z
  .object({ addresses: z.array(z.string()).describe('Where participants open the room: network addresses first.') })
  .describe('The room’s join addresses.');
