/**
 * Today's safety events on every corridor, as the connected vehicles reported them: counts by kind,
 * events per hour, and the latest few with a link to their intersection (which selects it for the
 * signal panel and the map). The table and CSV hold every event of the day so far.
 */
import type { City } from '@sandbox/shared/city/schemas';
import type { SafetyEvent } from '@sandbox/shared/mobility/schemas';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../i18n/format';
import { formatTime } from '../../../i18n/format-time';
import { localName, useUiLanguage } from '../../../i18n/use-ui-language';
import { EVENT_COLOURS } from '../../../map/data-layers';
import { Panel, type PanelQuery } from '../../../ui/panel';
import { MPS_TO_KMH } from '../utils/corridor-lines';
import { countByKind, EVENT_KINDS, eventsByHour, latestEvents } from '../utils/events-summary';
import { EventsByHourChart } from './events-by-hour-chart';

const LATEST_SHOWN = 5;

interface Props {
  city: City;
  /** Today's events so far (useEventsToday): local midnight to the clock's now. */
  today: { events: PanelQuery<{ total: number; events: SafetyEvent[] }>; dayStartMs: number; nowMs: number };
  onSelectIntersection: (intersectionId: string) => void;
}

export function EventsPanel({ city, today, onSelectIntersection }: Props) {
  const { events: query, dayStartMs, nowMs } = today;
  const { t } = useTranslation();
  const language = useUiLanguage();
  const corridors = new Map(city.corridors.map((c) => [c.id, localName(c, language)]));
  const intersections = new Map(city.corridors.flatMap((c) => c.intersections.map((i) => [i.id, localName(i, language)] as const)));
  const kindLabels = Object.fromEntries(EVENT_KINDS.map((kind) => [kind, t(`mobility.eventKind.${kind}`)])) as Record<
    SafetyEvent['kind'],
    string
  >;
  const time = (iso: string) => formatTime(Date.parse(iso), language, city.timezone);
  const n = (value: number, digits = 0) => formatNumber(value, language, { maximumFractionDigits: digits });

  return (
    <Panel
      title={t('mobility.events.title')}
      subtitle={t('mobility.events.subtitle')}
      about={[t('mobility.events.about'), t('mobility.events.aboutKinds')]}
      query={query}
      isEmpty={(data) => data.events.length === 0}
      emptyText={t('mobility.events.empty')}
      table={(data) => ({
        columns: [
          { key: 'time', label: t('mobility.events.time'), value: (e: SafetyEvent) => `${e.time.slice(0, 10)} ${time(e.time)}` },
          { key: 'kind', label: t('mobility.events.kind'), value: (e: SafetyEvent) => kindLabels[e.kind] },
          { key: 'corridor', label: t('mobility.events.corridor'), value: (e: SafetyEvent) => corridors.get(e.corridorId) ?? e.corridorId },
          {
            key: 'intersection',
            label: t('mobility.events.intersection'),
            value: (e: SafetyEvent) => (e.intersectionId ? (intersections.get(e.intersectionId) ?? e.intersectionId) : null),
          },
          { key: 'speed', label: t('mobility.events.speedKmh'), value: (e: SafetyEvent) => n(e.speedMps * MPS_TO_KMH) },
          { key: 'decel', label: t('mobility.events.decel'), value: (e: SafetyEvent) => e.decelMps2 },
          { key: 'temporaryId', label: t('mobility.events.temporaryId'), value: (e: SafetyEvent) => e.temporaryId },
        ],
        rows: data.events,
        fileName: `safety-events-${new Date(dayStartMs).toISOString().slice(0, 10)}.csv`,
        caption: t('mobility.events.title'),
      })}
    >
      {(data) => (
        <>
          {data.total > data.events.length ? (
            <p className="panel__note">{t('mobility.events.capped', { shown: n(data.events.length), total: n(data.total) })}</p>
          ) : null}
          <ul className="event-counts" aria-label={t('mobility.events.byKind')}>
            {EVENT_KINDS.map((kind) => (
              <li key={kind} data-testid={`count-${kind}`}>
                <span className="event-list__ring" style={{ borderColor: EVENT_COLOURS[kind] }} aria-hidden="true" />
                <strong>{n(countByKind(data.events)[kind])}</strong> {kindLabels[kind]}
              </li>
            ))}
          </ul>
          <EventsByHourChart
            bars={eventsByHour(data.events, dayStartMs, nowMs)}
            labels={kindLabels}
            timeZone={city.timezone}
            language={language}
          />
          <h3 className="mobility__subhead">{t('mobility.events.latest')}</h3>
          <ul className="event-list">
            {latestEvents(data.events, LATEST_SHOWN).map((event) => (
              <li key={`${event.time}-${event.vehicleId}-${event.kind}`} className="event-list__item">
                <span className="event-list__ring" style={{ borderColor: EVENT_COLOURS[event.kind] }} aria-hidden="true" />
                <span className="event-list__time">{time(event.time)}</span>
                <span className="event-list__what">
                  {kindLabels[event.kind]}
                  {' · '}
                  {t('mobility.events.atSpeed', { speed: n(event.speedMps * MPS_TO_KMH) })}
                </span>
                {event.intersectionId ? (
                  <button
                    type="button"
                    className="link-button event-list__where"
                    onClick={() => onSelectIntersection(event.intersectionId ?? '')}
                  >
                    {intersections.get(event.intersectionId) ?? event.intersectionId}
                  </button>
                ) : (
                  <span className="event-list__where">{corridors.get(event.corridorId)}</span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </Panel>
  );
}
