/**
 * A participant's levers: what they set shows at once, and is sent a moment after they stop moving
 * (a slider fires many changes) with the ETag of the team's levers it was based on. One request at
 * a time; what they set meanwhile goes next, on the version the server answered.
 *
 * The server is the only record of a team's levers (it scores what it has), so a change it has not
 * taken is never dropped quietly nor shown as saved:
 * - the server cannot be reached (or is restarting: 502/503/504, or rate-limited): the change is
 *   kept, the page says it is not saved yet, and it goes again when the connection is back (the
 *   browser's `online` event, the room's stream bringing a board again) or after a backoff;
 * - a teammate changed the levers meanwhile (412): the participant's change was based on levers that
 *   are gone. Levers the teammate did not touch keep the participant's value (sent again on the new
 *   version); a lever both moved keeps the teammate's value, which the server already has and the
 *   whole team sees, and the participant is told;
 * - the round was locked before the change arrived (409, or the board shows the round closed): the
 *   levers go back to what the server froze and the page says the change did not count.
 * Levers moved by teammates show as the board brings them, except those this participant has still
 * on their way.
 */
import type { BoardTeam, RoomBoard } from '@sandbox/shared/rooms/board';
import type { RoomLeverId, TeamLevers } from '@sandbox/shared/rooms/schemas';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiRequestError } from '../../../api/client';
import { boardKey, readBoard, setTeamLevers } from '../api/room-api';

/** How long after the last move a change is sent. */
export const SEND_AFTER_MS = 300;
/** Waits before trying an unsent change again while the server stays away (the last one repeats). */
export const RETRY_AFTER_MS = [1_000, 2_000, 4_000, 8_000, 15_000] as const;

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'conflict' }
  /** Kept in this browser: goes when the server can be reached again. */
  | { kind: 'offline' }
  /** The round was locked before the change reached the server. */
  | { kind: 'discarded'; round: number }
  | { kind: 'error'; message: string };

interface Levers {
  levers: TeamLevers;
  version: number;
}

/** Failures worth trying again: no answer at all, a proxy or server on its way back, a rate limit. */
const transient = (error: unknown) =>
  error instanceof ApiRequestError ? [0, 429, 502, 503, 504].includes(error.status) : error instanceof TypeError;

/** A ref's value now (through a call, so TypeScript does not narrow it to its last assignment across an await). */
const current = <T>(ref: { current: T }) => ref.current;

const newer = (a: Levers, b: BoardTeam): Levers => (b.leverVersion >= a.version ? { levers: b.levers, version: b.leverVersion } : a);

export function useTeamLevers(code: string, team: BoardTeam | undefined, token: string, board: Pick<RoomBoard, 'phase' | 'round'>) {
  const client = useQueryClient();
  const [draft, setDraft] = useState<TeamLevers>(team?.levers ?? {});
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  /** What the participant's changes are based on (the If-Match), and the latest levers known (teammates' changes too). */
  const base = useRef<Levers>({ levers: team?.levers ?? {}, version: team?.leverVersion ?? 1 });
  const latest = useRef<Levers>(base.current);
  /** Changes on their way, and changes not yet sent. */
  const inFlight = useRef<TeamLevers | null>(null);
  const unsent = useRef<TeamLevers | null>(null);
  const offline = useRef(false);
  /** A teammate's value replaced one of ours: that stays said until the participant moves a lever again. */
  const told = useRef(false);
  const attempt = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const open = board.phase === 'open';
  const openRef = useRef(open);
  openRef.current = open;

  const redraw = useCallback(() => setDraft({ ...latest.current.levers, ...inFlight.current, ...unsent.current }), []);

  /** Puts the team's answer on the board at once (the stream brings the same a moment later). */
  const showOnBoard = useCallback(
    (updated: BoardTeam) =>
      client.setQueryData(boardKey(code), (shown: RoomBoard | undefined) =>
        shown
          ? { ...shown, teams: shown.teams.map((t) => (t.id === updated.id && t.leverVersion < updated.leverVersion ? updated : t)) }
          : shown,
      ),
    [client, code],
  );

  /** After a 412: the team's levers now, and which of ours still go (those no teammate moved). */
  const rebase = useCallback(
    async (ours: TeamLevers, teamId: string) => {
      const fresh = await client.fetchQuery({ queryKey: boardKey(code), queryFn: () => readBoard(code), staleTime: 0 });
      const current = fresh.teams.find((t) => t.id === teamId);
      if (!current) return;
      const before = base.current.levers;
      const kept: Record<string, number | boolean> = {};
      let clash = false;
      for (const [id, value] of Object.entries(ours) as [RoomLeverId, number | boolean][]) {
        if (current.levers[id] !== before[id]) clash = true;
        else kept[id] = value;
      }
      base.current = { levers: current.levers, version: current.leverVersion };
      latest.current = newer(latest.current, current);
      unsent.current = Object.keys(kept).length > 0 ? { ...kept, ...unsent.current } : unsent.current;
      if (clash) {
        told.current = true;
        setStatus({ kind: 'conflict' });
      }
    },
    [client, code],
  );

  const send = useCallback(async () => {
    if (inFlight.current || !unsent.current || !team || !openRef.current) return;
    clearTimeout(timer.current);
    const levers = unsent.current;
    unsent.current = null;
    inFlight.current = levers;
    if (!told.current) setStatus((shown) => (shown.kind === 'offline' ? shown : { kind: 'saving' }));
    let retry = false;
    try {
      const updated = await setTeamLevers(code, team.id, token, base.current.version, levers);
      base.current = { levers: updated.levers, version: updated.leverVersion };
      latest.current = newer(latest.current, updated);
      offline.current = false;
      attempt.current = 0;
      showOnBoard(updated);
      if (!told.current) setStatus(unsent.current ? { kind: 'saving' } : { kind: 'saved' });
    } catch (error) {
      if (transient(error)) {
        unsent.current = { ...levers, ...current(unsent) };
        retry = true;
      } else if (error instanceof ApiRequestError && error.status === 412) {
        try {
          offline.current = false;
          await rebase({ ...levers, ...current(unsent) }, team.id);
        } catch (failure) {
          unsent.current = { ...levers, ...current(unsent) };
          retry = transient(failure);
          if (!retry) setStatus({ kind: 'error', message: failure instanceof Error ? failure.message : String(failure) });
        }
      } else if (error instanceof ApiRequestError && error.status === 409) {
        // The round closed before the change arrived: the server froze the levers without it.
        unsent.current = null;
        offline.current = false;
        latest.current = base.current;
        setStatus({ kind: 'discarded', round: board.round });
      } else {
        unsent.current = null;
        offline.current = false;
        setStatus({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
      }
    } finally {
      inFlight.current = null;
    }
    redraw();
    if (retry) {
      offline.current = true;
      setStatus({ kind: 'offline' });
      const wait = RETRY_AFTER_MS[Math.min(attempt.current, RETRY_AFTER_MS.length - 1)];
      attempt.current += 1;
      timer.current = setTimeout(() => void send(), wait);
    } else if (unsent.current) {
      void send();
    }
  }, [board.round, code, rebase, redraw, showOnBoard, team, token]);

  // The team's levers as the board has them. The base moves only when nothing of ours is pending
  // (a pending change must meet a teammate's through the server's 412); the levers shown move always.
  // A board arriving also means the server is back: an unsent change goes at once.
  useEffect(() => {
    if (!team) return;
    latest.current = newer(latest.current, team);
    if (!inFlight.current && !unsent.current) base.current = newer(base.current, team);
    redraw();
    if (offline.current && unsent.current && !inFlight.current) void send();
  }, [team, redraw, send]);

  // The round closed with a change not taken: it did not count; show what the server froze.
  useEffect(() => {
    if (open || !unsent.current) return;
    clearTimeout(timer.current);
    unsent.current = null;
    offline.current = false;
    attempt.current = 0;
    latest.current = base.current = team ? newer(base.current, team) : base.current;
    redraw();
    setStatus({ kind: 'discarded', round: board.round });
  }, [open, board.round, team, redraw]);

  // The browser says the network is back: try at once rather than wait out the backoff.
  useEffect(() => {
    const online = () => {
      if (offline.current && unsent.current && !inFlight.current) void send();
    };
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, [send]);

  useEffect(() => () => clearTimeout(timer.current), []);

  const change = useCallback(
    (id: keyof TeamLevers, value: number | boolean) => {
      told.current = false;
      unsent.current = { ...(unsent.current ?? {}), [id]: value };
      redraw();
      clearTimeout(timer.current);
      // While offline, a move waits for the connection like the rest, and is not shown as "saving".
      timer.current = setTimeout(() => void send(), offline.current ? RETRY_AFTER_MS[0] : SEND_AFTER_MS);
    },
    [redraw, send],
  );

  /** Levers shown with a value the server does not have yet. */
  const unsaved = new Set(Object.keys({ ...inFlight.current, ...unsent.current }) as RoomLeverId[]);
  return { draft, status, change, unsaved };
}
