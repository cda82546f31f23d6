/**
 * Per-room rate limits (on each server instance), besides the per-address limit of the whole API:
 * a room of 60 participants dragging sliders stays well inside them, a script hammering one room
 * does not starve the others. The server enforces them; the contract documents them.
 */
export const ROOM_RATE_LIMITS = {
  /** Lever changes and facilitator actions of one room, per minute. */
  writesPerMinute: 1800,
  /** Lever changes of one team, per minute (its members' sliders together). */
  teamWritesPerMinute: 300,
  /** Joins of one room, per minute. */
  joinsPerMinute: 240,
  /** Rooms one client address may open, per minute. */
  createsPerMinute: 20,
} as const;

/** Event streams one room may hold open at once (the projector, the facilitator and every participant). */
export const MAX_ROOM_STREAMS = 400;
