/**
 * A room's rounds as a small state machine, one step per facilitator action: start round 1 from the
 * lobby, lock the open round, reveal the locked one, start the next after a reveal. Each action names
 * its round, so a repeated request (a double click, a replay) or one sent from a stale screen is
 * refused with what the room is at and what it expects next, instead of skipping a round.
 */
import type { RoomAction, RoomPhase } from './schemas';

export interface RoundState {
  round: number;
  phase: RoomPhase;
  rounds: number;
}

export type Transition = { ok: true; round: number; phase: RoomPhase } | { ok: false; message: string };

/** The action the room expects next, in words. */
export function nextStep(state: RoundState): string {
  switch (state.phase) {
    case 'lobby':
      return 'start round 1';
    case 'open':
      return `lock round ${state.round}`;
    case 'locked':
      return `reveal round ${state.round}`;
    case 'revealed':
      return state.round < state.rounds ? `start round ${state.round + 1}` : `nothing: all ${state.rounds} rounds have been played`;
  }
}

/** True once the last round has been revealed. */
export const isFinished = (state: RoundState) => state.phase === 'revealed' && state.round >= state.rounds;

export function transition(state: RoundState, action: RoomAction, round: number): Transition {
  const refuse = (why?: string): Transition => ({
    ok: false,
    message: `Cannot ${action} round ${round}: ${why ?? `the room is at round ${state.round} (${state.phase})`}; the next step is to ${nextStep(state)}.`,
  });
  if (round > state.rounds) return refuse(`the room has ${state.rounds} round${state.rounds === 1 ? '' : 's'}`);
  switch (action) {
    case 'start': {
      const startable = (state.phase === 'lobby' && round === 1) || (state.phase === 'revealed' && round === state.round + 1);
      return startable ? { ok: true, round, phase: 'open' } : refuse();
    }
    case 'lock':
      return state.phase === 'open' && round === state.round ? { ok: true, round, phase: 'locked' } : refuse();
    case 'reveal':
      return state.phase === 'locked' && round === state.round ? { ok: true, round, phase: 'revealed' } : refuse();
  }
}
