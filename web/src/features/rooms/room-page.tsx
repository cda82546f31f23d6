/**
 * A room on the projector: how to join (code, QR code, address), where the room is, the teams as
 * they play and, once revealed, each round's ranking. In the browser that opened the room it also
 * carries the facilitator's controls (the token stays in that browser); anywhere else it is the
 * board alone, so the projector can be any screen.
 */
import './rooms.css';
import { shiftedStarts } from '@sandbox/shared/rooms/levers';
import { RoomCodeSchema } from '@sandbox/shared/rooms/schemas';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiRequestError } from '../../api/client';
import type { Language } from '../../i18n/i18n';
import { Failure, Pending } from '../../ui/panel-state';
import { facilitatorToken } from './api/room-keys';
import { BoardRanking } from './components/board-ranking';
import { BoardTeams } from './components/board-teams';
import { JoinCard } from './components/join-card';
import { RoundControls } from './components/round-controls';
import { useRoomBoard } from './hooks/use-room-board';
import { objectiveText, phaseText, shiftedStartText } from './utils/room-text';

function Room({ code }: { code: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { board, error, isPending, refetch, stream } = useRoomBoard(code);
  const token = facilitatorToken(code);

  if (isPending) return <Pending label={t('rooms.board.pending')} />;
  if (error instanceof ApiRequestError && error.status === 404) return <Failure title={t('rooms.board.missing', { code })} error={error} />;
  if (error || !board) return <Failure title={t('rooms.board.failed')} error={error} onRetry={() => void refetch()} />;

  return (
    <div className="room">
      <header className="room__header">
        <div>
          <p className="eyebrow">{t('pages.rooms.program')}</p>
          <h1>{board.name}</h1>
          <p className="room__objective">{objectiveText(board.objective, language, t)}</p>
          {/* Said on the projector: otherwise an untouched team's "worse than the baseline" looks like its own doing. */}
          {shiftedStarts(board.levers, board.baselineLevers).map((shift) => (
            <p key={shift.id} className="room__shifted" data-testid="shifted-start">
              {shiftedStartText(shift, language, t)}
            </p>
          ))}
        </div>
        <div className="room__status">
          <p className="room__phase" role="status" data-testid="room-phase">
            {phaseText(board, t)}
          </p>
          <p className={stream === 'reconnecting' ? 'room__stream room__stream--lost' : 'room__stream'}>
            {stream === 'reconnecting' ? t('rooms.board.reconnecting') : t('rooms.board.live')}
          </p>
        </div>
      </header>
      {token ? (
        <RoundControls board={board} token={token} live={stream === 'live'} />
      ) : (
        <p className="room__viewer">{t('rooms.console.viewer')}</p>
      )}
      <div className="room__columns">
        <JoinCard code={board.code} />
        <div className="room__board">
          <BoardRanking board={board} />
          <BoardTeams board={board} />
        </div>
      </div>
    </div>
  );
}

export function RoomPage() {
  const { t } = useTranslation();
  const { code } = useParams();
  const parsed = RoomCodeSchema.safeParse(code ?? '');
  if (!parsed.success) return <Failure title={t('rooms.board.missing', { code: code ?? '' })} error={parsed.error.issues[0]?.message} />;
  return <Room key={parsed.data} code={parsed.data} />;
}
