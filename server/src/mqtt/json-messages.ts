/**
 * A live frame as plain-JSON MQTT messages, one per entity: `<prefix>/<name>/<stream>/<entity>`, each
 * payload the entity's values exactly as the frame (and so `/api/snapshot` and `/api/stream`) carries
 * them, plus the frame instant `t`. State topics (stations, districts, segments, signals) may be
 * retained as the last value; vehicles and safety events never are: a retained message per vehicle id
 * would stay on the broker long after the trip ended.
 */
import type { StreamFrame } from '@sandbox/shared';

export interface MqttMessage {
  topic: string;
  payload: string;
  /** A state topic whose last value a late subscriber should get (when MQTT_RETAIN allows). */
  state: boolean;
}

/** The streams' topic levels, in publishing order. */
export const JSON_STREAMS = ['air', 'energy', 'segments', 'signals', 'vehicles', 'events'] as const;
export type JsonStream = (typeof JSON_STREAMS)[number];

/** MQTT topic levels may hold anything but `/`, `+`, `#` (ids are slugs; this keeps a topic valid whatever the data). */
export const topicLevel = (id: string) => id.replace(/[/+#\s]/g, '_');

export function jsonMessages(frame: StreamFrame, root: string): MqttMessage[] {
  const { t } = frame;
  const out: MqttMessage[] = [];
  const add = (stream: JsonStream, entity: string, values: object, state: boolean) =>
    out.push({ topic: `${root}/${stream}/${topicLevel(entity)}`, payload: JSON.stringify({ t, ...values }), state });
  for (const station of frame.air?.stations ?? []) add('air', station.stationId, station, true);
  if (frame.energy) {
    const { intervalStart, districts } = frame.energy;
    for (const district of districts) add('energy', district.districtId, { intervalStart, ...district }, true);
  }
  const mobility = frame.mobility;
  if (!mobility) return out;
  for (const segment of mobility.segments) add('segments', segment.segmentId, segment, true);
  for (const signal of mobility.signals) add('signals', signal.intersectionId, signal, true);
  const v = mobility.vehicles;
  v.id.forEach((id, i) => {
    const values = {
      id,
      kind: v.kind[i],
      lng: v.lng[i],
      lat: v.lat[i],
      speedMps: v.speedMps[i],
      headingDeg: v.headingDeg[i],
      connected: v.connected[i],
    };
    add('vehicles', id, values, false);
  });
  for (const event of mobility.events) add('events', event.vehicleId, event, false);
  return out;
}
