/**
 * The facilitator's set-up: which story, scored over which part of its day, which levers teams may
 * move and between which bounds, what wins (a figure of the Lab's scorecard, and the figures that
 * must not get worse), how many rounds, which teams. Every control is a native form control with
 * its label, so the whole form works from the keyboard.
 */
import { LAB_KPIS, type LabKpiId, LabKpiIdSchema } from '@sandbox/shared/lab/kpis';
import type { ShiftedStart } from '@sandbox/shared/rooms/levers';
import { MAX_ROUNDS, ROOM_LEVER_IDS, ROOM_LEVER_KIND, type RoomLeverId } from '@sandbox/shared/rooms/schemas';
import { type FormEvent, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../i18n/format';
import type { Language } from '../../../i18n/i18n';
import type { LeverChoice, RoomFormState, WindowPreset } from '../utils/room-form';
import { kpiInSentence, kpiLabel, leverLabel, shiftedStartText } from '../utils/room-text';

interface Props {
  stories: readonly { id: string; name: string }[];
  form: RoomFormState;
  /** Levers whose bounds leave out the story's own value (teams would not start at the baseline). */
  shifted: readonly ShiftedStart[];
  windowNote: string;
  busy: boolean;
  onChange: (form: RoomFormState) => void;
  onStory: (id: string) => void;
  onSubmit: () => void;
}

interface LeverRowProps {
  id: RoomLeverId;
  choice: LeverChoice;
  shifted: ShiftedStart | undefined;
  onChange: (choice: LeverChoice) => void;
}

function LeverRow({ id, choice, shifted, onChange }: LeverRowProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const key = useId();
  const percentOf = (x: number) => Math.round(x * 1000) / 10;
  /** The bounds stretched to the 5 % step that takes in the story's value. */
  const widen = (story: number) => {
    const percent = percentOf(story);
    onChange({ ...choice, min: Math.min(choice.min, Math.floor(percent / 5) * 5), max: Math.max(choice.max, Math.ceil(percent / 5) * 5) });
  };
  const bound = (field: 'min' | 'max', value: string) => onChange({ ...choice, [field]: Math.min(100, Math.max(0, Number(value) || 0)) });
  return (
    <li className="room-form__lever">
      <input
        id={key}
        type="checkbox"
        checked={choice.enabled}
        onChange={(event) => onChange({ ...choice, enabled: event.target.checked })}
      />
      <label htmlFor={key}>{leverLabel(id, i18n.language as Language)}</label>
      {ROOM_LEVER_KIND[id] === 'share' ? (
        <span className="room-form__bounds">
          {(['min', 'max'] as const).map((field) => (
            <label key={field}>
              {t(field === 'min' ? 'rooms.setup.from' : 'rooms.setup.to')}{' '}
              <input
                className="input"
                type="number"
                min={0}
                max={100}
                step={5}
                value={choice[field]}
                disabled={!choice.enabled}
                onChange={(e) => bound(field, e.target.value)}
              />{' '}
              %
            </label>
          ))}
        </span>
      ) : null}
      {shifted ? (
        <p className="room-form__shifted" id={`${key}-shifted`}>
          {shiftedStartText(shifted, language, t)}{' '}
          <button type="button" className="button button--quiet button--small" onClick={() => widen(shifted.story)}>
            {t('rooms.start.widen', { story: formatNumber(shifted.story, language, { style: 'percent', maximumFractionDigits: 1 }) })}
          </button>
        </p>
      ) : null}
    </li>
  );
}

export function RoomForm({ stories, form, shifted, windowNote, busy, onChange, onStory, onSubmit }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const id = useId();
  const set = (patch: Partial<RoomFormState>) => onChange({ ...form, ...patch });
  const toggleGuard = (kpi: LabKpiId, on: boolean) =>
    set({ guards: on ? [...form.guards, kpi].slice(-3) : form.guards.filter((g) => g !== kpi) });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  const anyLever = ROOM_LEVER_IDS.some((lever) => form.levers[lever].enabled);

  return (
    <form className="room-form card" onSubmit={submit}>
      <div className="room-form__field">
        <label htmlFor={`${id}-story`}>{t('rooms.setup.story')}</label>
        <select id={`${id}-story`} className="input" value={form.storyId} onChange={(event) => onStory(event.target.value)}>
          {stories.map((story) => (
            <option key={story.id} value={story.id}>
              {story.name}
            </option>
          ))}
        </select>
      </div>
      <div className="room-form__field">
        <label htmlFor={`${id}-name`}>{t('rooms.setup.name')}</label>
        <input
          id={`${id}-name`}
          className="input"
          value={form.name}
          maxLength={120}
          required
          onChange={(e) => set({ name: e.target.value })}
        />
      </div>
      <fieldset className="room-form__field">
        <legend>{t('rooms.setup.window')}</legend>
        {(['evening', 'day'] as WindowPreset[]).map((preset) => (
          <label key={preset} className="room-form__choice">
            <input type="radio" name={`${id}-window`} checked={form.window === preset} onChange={() => set({ window: preset })} />
            {t(preset === 'evening' ? 'rooms.setup.windowEvening' : 'rooms.setup.windowDay')}
          </label>
        ))}
        <p className="room-form__note">{windowNote}</p>
      </fieldset>
      <fieldset className="room-form__field">
        <legend>{t('rooms.setup.levers')}</legend>
        <ul className="room-form__levers">
          {ROOM_LEVER_IDS.map((lever) => (
            <LeverRow
              key={lever}
              id={lever}
              choice={form.levers[lever]}
              shifted={shifted.find((shift) => shift.id === lever)}
              onChange={(choice) => set({ levers: { ...form.levers, [lever]: choice } })}
            />
          ))}
        </ul>
      </fieldset>
      <div className="room-form__field">
        <label htmlFor={`${id}-kpi`}>{t('rooms.setup.objective')}</label>
        <select id={`${id}-kpi`} className="input" value={form.kpi} onChange={(e) => set({ kpi: LabKpiIdSchema.parse(e.target.value) })}>
          {LAB_KPIS.map((kpi) => (
            <option key={kpi.id} value={kpi.id}>
              {t(kpi.better === 'higher' ? 'rooms.objective.higher' : 'rooms.objective.lower', { kpi: kpiInSentence(kpi.id, language) })}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="room-form__field">
        <legend>{t('rooms.setup.guards')}</legend>
        <div className="room-form__guards">
          {LAB_KPIS.filter((kpi) => kpi.id !== form.kpi).map((kpi) => (
            <label key={kpi.id} className="room-form__choice">
              <input type="checkbox" checked={form.guards.includes(kpi.id)} onChange={(e) => toggleGuard(kpi.id, e.target.checked)} />
              {kpiLabel(kpi.id, language)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="room-form__row">
        <div className="room-form__field">
          <label htmlFor={`${id}-rounds`}>{t('rooms.setup.rounds')}</label>
          <select id={`${id}-rounds`} className="input" value={form.rounds} onChange={(e) => set({ rounds: Number(e.target.value) })}>
            {Array.from({ length: MAX_ROUNDS }, (_, i) => i + 1).map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
        <div className="room-form__field">
          <label htmlFor={`${id}-teams`}>{t('rooms.setup.teams')}</label>
          <textarea id={`${id}-teams`} className="input" rows={4} value={form.teams} onChange={(e) => set({ teams: e.target.value })} />
        </div>
      </div>
      <button type="submit" className="button" disabled={busy || !anyLever || form.name.trim() === ''}>
        {busy ? t('rooms.setup.opening') : t('rooms.setup.open')}
      </button>
    </form>
  );
}
