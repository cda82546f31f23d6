/**
 * Green Button (NAESB REQ.21 ESPI 3.3) for one meter: an Atom feed whose entries carry the ESPI
 * resources, linked the way Green Button files link them
 * (https://greenbuttonalliance.github.io/OpenESPI-GreenButton-API-Documentation/):
 *
 *   UsagePoint (ServiceCategory kind 0 = electricity) ─related→ LocalTimeParameters (US Eastern DST)
 *     └─ MeterReading 1 ─related→ ReadingType 1: forward (delivered) energy, flowDirection 1
 *          └─ IntervalBlock per local day: IntervalReadings of 900 s, value in Wh
 *     └─ MeterReading 2 ─related→ ReadingType 2: reverse (received from rooftop PV), flowDirection 19
 *          (meters with PV only)
 *
 * ReadingType: accumulationBehaviour 4 (delta data), commodity 1 (electricity secondary metered),
 * dataQualifier 12 (normal), intervalLength 900, kind 12 (energy), phase 769 (S12N, US split phase),
 * powerOfTenMultiplier 0, uom 72 (Wh). Interval starts are Unix epoch seconds (UTC). Reads the MDM
 * estimated carry the ReadingQuality of how: 9 ("estimated using linear interpolation") for a short
 * gap filled between the reads either side, 8 ("estimated using reference day") for a span filled
 * from the same meter a week earlier; missing reads are left out. The document
 * is generated day by day: each local day's blocks are written as soon as that day is computed.
 * Same query, same bytes: ids are name-based UUIDs (v5) and `updated` is the window's end.
 */
import { createHash } from 'node:crypto';
import {
  allocMeterIntervals,
  ESTIMATED_BY_INTERPOLATION,
  energyWindow,
  type GreenButtonQuery,
  INTERVAL_MS,
  localTime,
  type Meter,
  type MeterIntervals,
  meterIndex,
  meterIntervalsInto,
  meterRecord,
  notFound,
  QUALITY_ESTIMATED,
  QUALITY_MISSING,
} from '@sandbox/shared';
import { localDayChunks, type TimeChunk } from './chunks';
import { type ExportJob, exportFilename, mediaType } from './job';
import type { ExportRequest } from './request';
import { CHUNK_DONE, type ExportProgress, PieceBuffer } from './stream';

const ATOM = 'http://www.w3.org/2005/Atom';
const ESPI = 'http://naesb.org/espi';
/** Namespace of the name-based UUIDs of this generator (a fixed random UUID). */
const UUID_NAMESPACE = Buffer.from('6f1c3e2a9b7d4c5e8a1f0b2c3d4e5f60', 'hex');
/** Estimated using reference day (ESPI QualityOfReading). */
export const QUALITY_CODE_ESTIMATED = 8;
/** Estimated using linear interpolation (ESPI QualityOfReading). */
export const QUALITY_CODE_INTERPOLATED = 9;
/** US rules since 2007: second Sunday of March / first Sunday of November at 2:00 (ESPI DstRuleType; the cities are US cities). */
const US_DST = { start: '360E2000', end: 'B40E2000' };

/** A name-based UUID (RFC 4122 version 5, SHA-1), so the same export always has the same ids. */
export function nameUuid(name: string): string {
  const hash = createHash('sha1').update(UUID_NAMESPACE).update(name).digest();
  hash[6] = ((hash[6] as number) & 0x0f) | 0x50;
  hash[8] = ((hash[8] as number) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
export function xmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] as string);
}

const epochS = (ms: number) => Math.round(ms / 1000);
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

/** What the writer needs to know about the meter and the window. */
export interface GreenButtonFeed {
  /** Scenario-unique name of the feed (city, seed, levers), part of every UUID. */
  key: string;
  meter: Pick<Meter, 'id' | 'meterClass' | 'districtId' | 'feederId' | 'hasPv'>;
  cityName: string;
  timeZone: string;
  window: TimeChunk;
}

/** One local day's intervals of the meter. */
export interface GreenButtonDay extends TimeChunk {
  intervals: MeterIntervals;
}

interface Channel {
  n: 1 | 2;
  flowDirection: 1 | 19;
  title: string;
  values: 'importKwh' | 'exportKwh';
}

const FORWARD: Channel = { n: 1, flowDirection: 1, title: 'forward (delivered)', values: 'importKwh' };
const REVERSE: Channel = { n: 2, flowDirection: 19, title: 'reverse (received from rooftop PV)', values: 'exportKwh' };

/** The feed's text, in ~64 KB pieces: head entries first, then each day's IntervalBlocks. */
export function* greenButtonXml(feed: GreenButtonFeed, days: Iterable<GreenButtonDay>, progress: ExportProgress): Generator<Buffer> {
  const { meter, window } = feed;
  const channels = meter.hasPv ? [FORWARD, REVERSE] : [FORWARD];
  const updated = iso(window.toMs);
  const base = `/espi/1_1/resource/RetailCustomer/1/UsagePoint/${meter.id}`;
  const id = (resource: string) => nameUuid(`${feed.key}/${meter.id}/${resource}`);
  const link = (rel: string, href: string, type: string) => `    <link rel="${rel}" href="${xmlEscape(href)}" type="${type}"/>\n`;
  const entry = (resource: string, links: string, title: string, content: string) =>
    `  <entry>\n    <id>${id(resource)}</id>\n${links}    <title>${xmlEscape(title)}</title>\n    <content>\n${content}    </content>\n    <published>${updated}</published>\n    <updated>${updated}</updated>\n  </entry>\n`;
  const zone = zoneOffsets(feed.timeZone, window.fromMs);

  let head = `<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="${ATOM}">\n  <id>${id('feed')}</id>\n`;
  head += `  <title>${xmlEscape(`Green Button usage of meter ${meter.id}, ${feed.cityName} (synthetic, Smart City Sandbox)`)}</title>\n`;
  head += `  <updated>${updated}</updated>\n  <link rel="self" href="${base}" type="espi-feed/UsagePoint"/>\n`;
  head += entry(
    'UsagePoint',
    link('self', base, 'espi-entry/UsagePoint') +
      link('up', '/espi/1_1/resource/RetailCustomer/1/UsagePoint', 'espi-feed/UsagePoint') +
      link('related', `${base}/MeterReading`, 'espi-feed/MeterReading') +
      link('related', '/espi/1_1/resource/LocalTimeParameters/1', 'espi-entry/LocalTimeParameters'),
    `${meter.id}: ${meter.meterClass} meter in ${meter.districtId}, feeder ${meter.feederId}`,
    `      <UsagePoint xmlns="${ESPI}">\n        <ServiceCategory>\n          <kind>0</kind>\n        </ServiceCategory>\n        <status>1</status>\n      </UsagePoint>\n`,
  );
  head += entry(
    'LocalTimeParameters',
    link('self', '/espi/1_1/resource/LocalTimeParameters/1', 'espi-entry/LocalTimeParameters') +
      link('up', '/espi/1_1/resource/LocalTimeParameters', 'espi-feed/LocalTimeParameters'),
    `${feed.timeZone} (US daylight saving rules)`,
    `      <LocalTimeParameters xmlns="${ESPI}">\n        <dstEndRule>${US_DST.end}</dstEndRule>\n        <dstOffset>${zone.dstS}</dstOffset>\n        <dstStartRule>${US_DST.start}</dstStartRule>\n        <tzOffset>${zone.standardS}</tzOffset>\n      </LocalTimeParameters>\n`,
  );
  for (const channel of channels) {
    const reading = `${base}/MeterReading/${channel.n}`;
    const readingType = `/espi/1_1/resource/ReadingType/${meter.id}-${channel.n}`;
    head += entry(
      `MeterReading/${channel.n}`,
      link('self', reading, 'espi-entry/MeterReading') +
        link('up', `${base}/MeterReading`, 'espi-feed/MeterReading') +
        link('related', `${reading}/IntervalBlock`, 'espi-feed/IntervalBlock') +
        link('related', readingType, 'espi-entry/ReadingType'),
      `15-minute energy, ${channel.title}`,
      `      <MeterReading xmlns="${ESPI}"/>\n`,
    );
    head += entry(
      `ReadingType/${channel.n}`,
      link('self', readingType, 'espi-entry/ReadingType') + link('up', '/espi/1_1/resource/ReadingType', 'espi-feed/ReadingType'),
      `Energy in Wh, 15-minute intervals, ${channel.title}`,
      `      <ReadingType xmlns="${ESPI}">\n        <accumulationBehaviour>4</accumulationBehaviour>\n        <commodity>1</commodity>\n        <dataQualifier>12</dataQualifier>\n        <flowDirection>${channel.flowDirection}</flowDirection>\n        <intervalLength>900</intervalLength>\n        <kind>12</kind>\n        <phase>769</phase>\n        <powerOfTenMultiplier>0</powerOfTenMultiplier>\n        <timeAttribute>0</timeAttribute>\n        <uom>72</uom>\n      </ReadingType>\n`,
    );
  }

  const buffer = new PieceBuffer();
  buffer.add(head);
  for (const day of days) {
    const { intervals } = day;
    const local = localTime(feed.timeZone, day.fromMs);
    const date = `${local.year}${String(local.month).padStart(2, '0')}${String(local.day).padStart(2, '0')}`;
    for (const channel of channels) {
      const reading = `${base}/MeterReading/${channel.n}`;
      let block = `      <IntervalBlock xmlns="${ESPI}">\n        <interval>\n          <duration>${epochS(day.toMs - day.fromMs)}</duration>\n          <start>${epochS(day.fromMs)}</start>\n        </interval>\n`;
      const values = intervals[channel.values];
      for (let j = 0; j < intervals.n; j++) {
        const quality = intervals.quality[j] as number;
        if (quality === QUALITY_MISSING) continue;
        const code = intervals.method[j] === ESTIMATED_BY_INTERPOLATION ? QUALITY_CODE_INTERPOLATED : QUALITY_CODE_ESTIMATED;
        const flag = quality === QUALITY_ESTIMATED ? `<ReadingQuality><quality>${code}</quality></ReadingQuality>` : '';
        block += `        <IntervalReading>${flag}<timePeriod><duration>900</duration><start>${epochS(intervals.startMs + j * INTERVAL_MS)}</start></timePeriod><value>${Math.round((values[j] as number) * 1000)}</value></IntervalReading>\n`;
        if (channel === FORWARD) progress.rows++;
      }
      block += '      </IntervalBlock>\n';
      const piece = buffer.add(
        entry(
          `MeterReading/${channel.n}/IntervalBlock/${date}`,
          link('self', `${reading}/IntervalBlock/${date}`, 'espi-entry/IntervalBlock') +
            link('up', `${reading}/IntervalBlock`, 'espi-feed/IntervalBlock'),
          `${channel.title}, ${date}`,
          block,
        ),
      );
      if (piece !== undefined) yield piece;
    }
    progress.chunks++;
    yield CHUNK_DONE;
  }
  buffer.add('</feed>\n');
  yield buffer.flush();
}

/** Standard offset and daylight-saving shift of the zone in the year of `utcMs`, seconds (0 shift where there is no DST). */
export function zoneOffsets(timeZone: string, utcMs: number): { standardS: number; dstS: number } {
  const year = localTime(timeZone, utcMs).year;
  const january = localTime(timeZone, Date.UTC(year, 0, 15)).offsetMinutes;
  const july = localTime(timeZone, Date.UTC(year, 6, 15)).offsetMinutes;
  return { standardS: Math.min(january, july) * 60, dstS: Math.abs(july - january) * 60 };
}

/** The Green Button document of one meter over the window, one local day at a time. */
export function greenButtonExport(request: ExportRequest<GreenButtonQuery, 'xml'>): ExportJob {
  const { sim, window, query, key: scenarioKey } = request;
  const m = meterIndex(sim.meters, query.meter);
  if (m === undefined) throw notFound(`Unknown meter "${query.meter}" in \`meter\`; the inventory is at /api/energy/meters.`, 'meter');
  const meter = meterRecord(sim, m);
  const chunks = [...localDayChunks(sim.timeZone, window.fromMs, window.toMs)];
  return {
    filename: exportFilename(sim.city, request.name, window, 'xml', meter.id),
    contentType: mediaType('xml'),
    totalChunks: chunks.length,
    chunkUnit: 'day',
    write: (progress) => {
      const buffer = allocMeterIntervals(meter.id, 0, 100);
      const days = (function* (): Generator<GreenButtonDay> {
        for (const chunk of chunks) {
          const win = energyWindow(sim, chunk.fromMs, chunk.toMs);
          buffer.startMs = win.startMs;
          buffer.n = win.n;
          meterIntervalsInto(sim, win, m, buffer);
          yield { ...chunk, intervals: buffer };
        }
      })();
      return greenButtonXml({ key: scenarioKey, meter, cityName: sim.city.name, timeZone: sim.timeZone, window }, days, progress);
    },
  };
}
