/**
 * A participant's levers: what they set shows at once, and is sent a moment after they stop moving
 * (a slider fires many changes) with the ETag of the team's levers it was based on. One request at
 * a time; what they set meanwhile goes next, on the version the server answered. When a teammate
 * changed the levers at the same moment (412), the team's current levers replace the draft and the
 * participant is told. Levers moved by teammates show as the board brings them, unless a change of
 * this participant is still on its way.
 */
import type { BoardTeam, RoomBoard } from '@sandbox/shared/rooms/board';
import type { TeamLevers } from '@sandbox/shared/rooms/schemas';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiRequestError } from '../../../api/client';
import { boardKey, readBoard, setTeamLevers } from '../api/room-api';

/** How long after the last move a change is sent. */
export const SEND_AFTER_MS = 300;

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'conflict' }
  | { kind: 'error'; message: string };

export function useTeamLevers(code: string, team: BoardTeam | undefined, token: string) {
  const client = useQueryClient();
  const [draft, setDraft] = useState<TeamLevers>(team?.levers ?? {});
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  /** Changes not yet sent, the version they go on, whether a request is out, the send timer. */
  const unsent = useRef<TeamLevers | null>(null);
  const version = useRef(team?.leverVersion ?? 1);
  const sending = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // The team's levers as the board has them, when nothing of ours is pending.
  useEffect(() => {
    if (!team) return;
    if (team.leverVersion >= version.current && !sending.current && !unsent.current) {
      version.current = team.leverVersion;
      setDraft(team.levers);
    }
  }, [team]);

  useEffect(() => () => clearTimeout(timer.current), []);

  /** Puts the team's answer on the board at once (the stream brings the same a moment later). */
  const showOnBoard = useCallback(
    (updated: BoardTeam) =>
      client.setQueryData(boardKey(code), (board: RoomBoard | undefined) =>
        board
          ? { ...board, teams: board.teams.map((t) => (t.id === updated.id && t.leverVersion < updated.leverVersion ? updated : t)) }
          : board,
      ),
    [client, code],
  );

  const send = useCallback(async () => {
    if (sending.current || !unsent.current || !team) return;
    const levers = unsent.current;
    unsent.current = null;
    sending.current = true;
    setStatus({ kind: 'saving' });
    try {
      const updated = await setTeamLevers(code, team.id, token, version.current, levers);
      version.current = updated.leverVersion;
      showOnBoard(updated);
      setStatus(unsent.current ? { kind: 'saving' } : { kind: 'saved' });
    } catch (error) {
      unsent.current = null;
      if (error instanceof ApiRequestError && error.status === 412) {
        setStatus({ kind: 'conflict' });
        const board = await client.fetchQuery({ queryKey: boardKey(code), queryFn: () => readBoard(code), staleTime: 0 });
        const current = board.teams.find((t) => t.id === team.id);
        if (current) {
          version.current = current.leverVersion;
          setDraft(current.levers);
        }
      } else {
        setStatus({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
      }
    } finally {
      sending.current = false;
    }
    if (unsent.current) void send();
  }, [client, code, showOnBoard, team, token]);

  const change = useCallback(
    (id: keyof TeamLevers, value: number | boolean) => {
      setDraft((current) => ({ ...current, [id]: value }));
      unsent.current = { ...(unsent.current ?? {}), [id]: value };
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void send(), SEND_AFTER_MS);
    },
    [send],
  );

  return { draft, status, change };
}
