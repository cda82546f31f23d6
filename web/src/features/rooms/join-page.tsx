/**
 * The participant's view, made for a phone held in one hand (it works from 360 px wide): type the
 * join code (or arrive from the QR code), pick a team, then move the team's levers while a round is
 * open; the room's phase, the objective and, once revealed, the team's rank follow live. The team's
 * token stays in this browser, so reloading the page keeps the team.
 */
import './participant.css';
import { RoomCodeSchema } from '@sandbox/shared/rooms/schemas';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ApiRequestError } from '../../api/client';
import type { Language } from '../../i18n/i18n';
import { Failure, Pending } from '../../ui/panel-state';
import { joinRoom } from './api/room-api';
import { forgetMembership, type Membership, membership, rememberMembership } from './api/room-keys';
import { TeamLevers } from './components/team-levers';
import { TeamPicker } from './components/team-picker';
import { useRoomBoard } from './hooks/use-room-board';
import { objectiveText, phaseText } from './utils/room-text';

function CodeForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = useId();
  const [code, setCode] = useState('');
  const valid = RoomCodeSchema.safeParse(code.replaceAll(' ', '')).success;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (valid) navigate(`/join/${code.replaceAll(' ', '').toUpperCase()}${window.location.search}`);
  };
  return (
    <form className="code-form" onSubmit={submit}>
      <h1>{t('rooms.join.title')}</h1>
      <label htmlFor={id}>{t('rooms.join.code')}</label>
      <input
        id={id}
        className="input code-form__input"
        value={code}
        onChange={(event) => setCode(event.target.value.toUpperCase())}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={7}
        aria-describedby={`${id}-help`}
      />
      <p id={`${id}-help`} className="code-form__help">
        {t('rooms.join.codeHelp')}
      </p>
      <button type="submit" className="button" disabled={!valid}>
        {t('rooms.join.go')}
      </button>
    </form>
  );
}

function Room({ code }: { code: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { board, error, isPending, refetch, stream } = useRoomBoard(code);
  const [member, setMember] = useState<Membership | undefined>(() => membership(code));
  const [joining, setJoining] = useState(false);
  const [joinError, setJoinError] = useState<string | null>(null);

  if (isPending) return <Pending label={t('rooms.board.pending')} />;
  if (error instanceof ApiRequestError && (error.status === 404 || error.status === 400))
    return <Failure title={t('rooms.board.missing', { code })} error={error} />;
  if (error || !board) return <Failure title={t('rooms.board.failed')} error={error} onRetry={() => void refetch()} />;

  const pick = async (team?: string) => {
    setJoining(true);
    setJoinError(null);
    try {
      const joined = await joinRoom(code, team);
      const next = { team: joined.team, token: joined.token };
      rememberMembership(code, next);
      setMember(next);
    } catch (failure) {
      setJoinError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setJoining(false);
    }
  };
  const team = member && board.teams.find((t) => t.id === member.team);

  return (
    <div className="participant__room">
      <header className="participant__header">
        {/* The room's name is the page's heading (screen readers jump to it), drawn as the small eyebrow line. */}
        <h1 className="eyebrow">
          {board.name} · {code}
        </h1>
        <p className="participant__phase" role="status" data-testid="room-phase">
          {phaseText(board, t)}
        </p>
        <p className="participant__objective">{objectiveText(board.objective, language, t)}</p>
        {stream === 'reconnecting' ? <p className="participant__reconnecting">{t('rooms.board.reconnecting')}</p> : null}
      </header>
      {member && team ? (
        <TeamLevers
          board={board}
          team={team}
          token={member.token}
          onLeave={() => {
            forgetMembership(code);
            setMember(undefined);
          }}
        />
      ) : (
        <TeamPicker board={board} busy={joining} onPick={(picked) => void pick(picked)} />
      )}
      {joining ? <p role="status">{t('rooms.join.joining')}</p> : null}
      {joinError ? <p role="alert">{t('rooms.join.failed', { reason: joinError })}</p> : null}
    </div>
  );
}

export function JoinPage() {
  const { code } = useParams();
  const parsed = code ? RoomCodeSchema.safeParse(code) : undefined;
  return <div className="participant">{parsed?.success ? <Room key={parsed.data} code={parsed.data} /> : <CodeForm />}</div>;
}
