/**
 * A room's board, live: read once (so the page draws at once and a wrong code says so), then kept
 * current by the room's event stream, whose every `board` event is the whole board. The browser's
 * EventSource reconnects by itself (after a server restart too: the server asks for 1 s); while it
 * does, the last board stays on screen with a "reconnecting" note.
 */
import { RoomBoardSchema } from '@sandbox/shared/rooms/board';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { boardKey, readBoard } from '../api/room-api';

export type StreamStatus = 'connecting' | 'live' | 'reconnecting';

export function useRoomBoard(code: string) {
  const client = useQueryClient();
  const query = useQuery({ queryKey: boardKey(code), queryFn: ({ signal }) => readBoard(code, signal), retry: false });
  const [stream, setStream] = useState<StreamStatus>('connecting');
  const found = query.isSuccess;

  useEffect(() => {
    if (!found) return;
    const source = new EventSource(`/api/rooms/${code}/events`);
    source.addEventListener('open', () => setStream('live'));
    source.addEventListener('board', (event) => {
      const parsed = RoomBoardSchema.safeParse(JSON.parse((event as MessageEvent<string>).data));
      if (!parsed.success) return;
      setStream('live');
      // A board older than the one shown (a stream catching up) never replaces it.
      client.setQueryData(boardKey(code), (shown: typeof parsed.data | undefined) =>
        shown && shown.version > parsed.data.version ? shown : parsed.data,
      );
    });
    source.addEventListener('error', () => setStream('reconnecting'));
    return () => source.close();
  }, [client, code, found]);

  return { board: query.data, error: query.error, isPending: query.isPending, refetch: query.refetch, stream };
}
