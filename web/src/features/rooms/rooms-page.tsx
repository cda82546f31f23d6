/**
 * Rooms: the facilitator opens a workshop room from a story and goes to its page (the one to
 * project); rooms opened in this browser are listed to go back to. The stories come from the shell,
 * with the one the current view tells chosen first.
 */
import './rooms.css';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { cityQuery } from '../../api/queries';
import { dateTimeFormat } from '../../i18n/format-time';
import type { Language } from '../../i18n/i18n';
import { Empty } from '../../ui/panel-state';
import { createRoom } from './api/room-api';
import { facilitatedRooms, rememberFacilitatedRoom } from './api/room-keys';
import { RoomForm } from './components/room-form';
import { defaultForm, formShiftedStarts, type RoomStory, roomRequest, windowOf, withStory } from './utils/room-form';

export type { RoomStory } from './utils/room-form';

export function RoomsPage({ stories, current }: { stories: readonly RoomStory[]; current: string | undefined }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const navigate = useNavigate();
  const initial = stories.find((s) => s.id === current) ?? stories.find((s) => s.id === 'electricFuture') ?? stories[0];
  const [form, setForm] = useState(() => defaultForm(initial, t('rooms.setup.defaultTeams')));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const story = stories.find((s) => s.id === form.storyId);
  const city = useQuery(cityQuery(story?.scenario.city ?? 'columbus'));
  const timeZone = city.data?.timezone ?? 'America/New_York';
  const scored = story ? windowOf(form.window, story.t, timeZone) : undefined;
  const day = scored ? dateTimeFormat(language, timeZone, { dateStyle: 'full' }).format(Date.parse(scored.from)) : '';
  const rooms = facilitatedRooms();

  const open = async () => {
    if (!story) return;
    setBusy(true);
    setError(null);
    try {
      const created = await createRoom(roomRequest(form, story, timeZone));
      const { code, name } = created.board;
      rememberFacilitatedRoom({ code, name, token: created.facilitatorToken, createdAt: created.board.updatedAt });
      navigate(`/rooms/${code}?lang=${language}`);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setBusy(false);
    }
  };

  return (
    <div className="rooms-setup">
      <header className="rooms-setup__header">
        <p className="eyebrow">{t('pages.rooms.program')}</p>
        <h1>{t('rooms.setup.title')}</h1>
        <p className="rooms-setup__intro">{t('rooms.setup.intro')}</p>
      </header>
      {error ? (
        <p className="rooms-setup__error" role="alert">
          {t('rooms.setup.failed', { reason: error })}
        </p>
      ) : null}
      <div className="rooms-setup__columns">
        <RoomForm
          stories={stories}
          form={form}
          shifted={story ? formShiftedStarts(form, story) : []}
          windowNote={t('rooms.setup.windowNote', { day })}
          busy={busy || !city.data}
          onChange={setForm}
          onStory={(id) => {
            const next = stories.find((s) => s.id === id);
            if (next) setForm(withStory(form, story, next));
          }}
          onSubmit={() => void open()}
        />
        <section className="rooms-setup__list card" aria-labelledby="rooms-yours">
          <h2 id="rooms-yours">{t('rooms.setup.yours')}</h2>
          {rooms.length === 0 ? (
            <Empty>{t('rooms.setup.none')}</Empty>
          ) : (
            <ul>
              {rooms.map((room) => (
                <li key={room.code}>
                  <Link to={`/rooms/${room.code}?lang=${language}`}>
                    {t('rooms.setup.openConsole', { name: room.name, code: room.code })}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </div>
  );
}
