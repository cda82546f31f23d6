import './hover-card.css';
import type { VehicleColumns } from '@sandbox/shared/live/schemas';
import { type SafetyEventKind, SafetyEventKindSchema } from '@sandbox/shared/mobility/schemas';
import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/format';
import { dateTimeFormat } from '../i18n/format-time';
import { isLanguage } from '../i18n/i18n';
import { localName } from '../i18n/use-ui-language';
import type { HoverTarget } from './map-view-props';

/** Gap between the pointer and the card, px. */
const OFFSET = 14;
/** Least room kept between the card and the map's edge, px. */
const EDGE = 4;

/**
 * Where the card goes: below and right of the pointer, as a reader expects, but on the other side
 * of the pointer on an axis where it would run past the map's edge (the map clips it there, so a
 * station near the right or bottom edge would show half a card).
 */
export function cardPosition(
  pointer: { x: number; y: number },
  card: { width: number; height: number },
  map: { width: number; height: number },
): { left: number; top: number } {
  return {
    left: along(pointer.x, card.width, map.width),
    top: along(pointer.y, card.height, map.height),
  };
}

/** One axis of cardPosition: after the pointer if the card fits there, else before it. */
function along(pointer: number, card: number, map: number): number {
  const after = pointer + OFFSET;
  if (after + card <= map - EDGE) return after;
  return Math.max(EDGE, pointer - OFFSET - card);
}

/** A small card that follows the pointer over map features; engine-agnostic plain HTML. */
export function HoverCard({ target, timeZone }: { target: HoverTarget | null; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ left: number; top: number } | null>(null);
  useLayoutEffect(() => {
    const card = ref.current;
    const parent = card?.offsetParent as HTMLElement | null | undefined;
    if (!card || !parent || !target) return;
    setPosition(
      cardPosition(
        target,
        { width: card.offsetWidth, height: card.offsetHeight },
        { width: parent.clientWidth, height: parent.clientHeight },
      ),
    );
  }, [target]);
  if (!target) return null;
  const language = isLanguage(i18n.language) ? i18n.language : 'en';
  const name = localName(target, language);
  const { vehicle, event } = target;
  const style = position ?? { left: target.x + OFFSET, top: target.y + OFFSET };
  return (
    <div ref={ref} className="map-hover-card" style={style} role="status">
      <div className="map-hover-card__kind">{t(`map.layer.${target.layer}`)}</div>
      <div className="map-hover-card__name">{event ? t(`mobility.eventKind.${event.kind}`) : name}</div>
      {target.siteType ? <div className="map-hover-card__detail">{t(`map.siteType.${target.siteType}`)}</div> : null}
      {target.role ? <div className="map-hover-card__detail">{t(`map.role.${target.role}`)}</div> : null}
      {vehicle ? (
        <div className="map-hover-card__detail">
          {t('map.vehicleDetail', {
            speed: formatNumber(vehicle.speedKmh, language, { maximumFractionDigits: 0 }),
            kind: t(`map.vehicleKind.${vehicle.kind}`),
          })}
        </div>
      ) : null}
      {event ? (
        <div className="map-hover-card__detail">
          {dateTimeFormat(language, timeZone, { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(
            Date.parse(event.time),
          )}
        </div>
      ) : null}
      {target.loadKw !== undefined ? (
        <div className="map-hover-card__value">
          {t('map.loadNow', { value: formatNumber(target.loadKw, language, { maximumFractionDigits: 0 }) })}
        </div>
      ) : null}
    </div>
  );
}

const HOVER_LAYERS = new Set<HoverTarget['layer']>([
  'station',
  'corridor',
  'intersection',
  'dyn-signal',
  'dyn-vehicle',
  'dyn-event',
  'dyn-district-load',
]);
const SITE_TYPES = new Set(['park', 'school', 'roadside']);
const ROLES = new Set(['arterial', 'freight']);
const EVENT_KINDS = new Set<string>(SafetyEventKindSchema.options);

/** Reads a hover target from a map mouse event's first feature (both engines share the shape). */
export function hoverTargetFrom(event: {
  point: { x: number; y: number };
  features?: readonly { layer?: { id: string }; properties?: Record<string, unknown> | null; state?: Record<string, unknown> }[];
}): HoverTarget | null {
  const feature = event.features?.[0];
  const layer = feature?.layer?.id as HoverTarget['layer'] | undefined;
  if (!feature || !layer || !HOVER_LAYERS.has(layer)) return null;
  const props = feature.properties ?? {};
  const siteType =
    typeof props.siteType === 'string' && SITE_TYPES.has(props.siteType) ? (props.siteType as HoverTarget['siteType']) : undefined;
  const role = typeof props.role === 'string' && ROLES.has(props.role) ? (props.role as HoverTarget['role']) : undefined;
  const id = typeof props.id === 'string' ? props.id : undefined;
  const loadKw = layer === 'dyn-district-load' && typeof feature.state?.loadKw === 'number' ? feature.state.loadKw : undefined;
  const name = String(props.name ?? props.id ?? props.kind ?? '');
  const safetyEvent =
    layer === 'dyn-event' && typeof props.time === 'string' && EVENT_KINDS.has(String(props.kind))
      ? { kind: props.kind as SafetyEventKind, time: props.time }
      : undefined;
  return {
    x: event.point.x,
    y: event.point.y,
    layer,
    name,
    ...(id ? { id } : {}),
    ...(typeof props.nameKo === 'string' ? { nameKo: props.nameKo } : {}),
    ...(siteType ? { siteType } : {}),
    ...(role ? { role } : {}),
    ...(safetyEvent ? { event: safetyEvent } : {}),
    ...(loadKw !== undefined ? { loadKw } : {}),
  };
}

/** The hover target for a vehicle of the overlay canvas (vehicle-overlay.ts) under the pointer. */
export function vehicleHoverTarget(
  point: { x: number; y: number },
  hit: { columns: VehicleColumns; index: number } | null,
): HoverTarget | null {
  if (!hit) return null;
  const { columns, index } = hit;
  const id = columns.id[index] ?? '';
  return {
    x: point.x,
    y: point.y,
    layer: 'dyn-vehicle',
    id,
    name: id,
    vehicle: { kind: columns.kind[index] ?? 'car', speedKmh: Math.round((columns.speedMps[index] ?? 0) * 3.6) },
  };
}
