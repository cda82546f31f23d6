import {
  allocMeterIntervals,
  ESTIMATED_BY_INTERPOLATION,
  ESTIMATED_FROM_REFERENCE_DAY,
  type MeterIntervals,
  MINUTE_MS,
  QUALITY_ESTIMATED,
  QUALITY_MISSING,
} from '@sandbox/shared';
import { describe, expect, it } from 'vitest';
import { localDayChunks } from './chunks';
import { type GreenButtonDay, type GreenButtonFeed, greenButtonXml, nameUuid, xmlEscape, zoneOffsets } from './green-button';
import { newProgress } from './stream';

const zone = 'America/New_York';
const from = Date.parse('2026-07-15T04:00:00Z');
const to = Date.parse('2026-07-17T04:00:00Z');

/**
 * Two local days of made-up reads: 0.1 kWh + 1 Wh per interval, PV export at noon, one read estimated
 * from a reference day, one interpolated and one missing.
 */
function days(): GreenButtonDay[] {
  return [...localDayChunks(zone, from, to)].map((chunk, d) => {
    const n = (chunk.toMs - chunk.fromMs) / (15 * MINUTE_MS);
    const intervals: MeterIntervals = allocMeterIntervals('north-res-00007', chunk.fromMs, n);
    for (let j = 0; j < n; j++) {
      const net = j >= 48 && j < 52 ? -0.5 : 0.1 + j / 1000;
      intervals.kwh[j] = net;
      intervals.importKwh[j] = Math.max(net, 0);
      intervals.exportKwh[j] = Math.max(-net, 0);
    }
    if (d === 0) {
      intervals.quality[10] = QUALITY_ESTIMATED;
      intervals.method[10] = ESTIMATED_FROM_REFERENCE_DAY;
      intervals.quality[11] = QUALITY_ESTIMATED;
      intervals.method[11] = ESTIMATED_BY_INTERPOLATION;
    }
    if (d === 1) {
      intervals.quality[20] = QUALITY_MISSING;
      intervals.kwh[20] = Number.NaN;
    }
    return { ...chunk, intervals };
  });
}

const feed = (hasPv: boolean): GreenButtonFeed => ({
  key: 'city=testville',
  meter: { id: 'north-res-00007', meterClass: 'residential', districtId: 'north', feederId: 'north-f1', hasPv },
  cityName: 'Testville',
  timeZone: zone,
  window: { fromMs: from, toMs: to },
});

function render(hasPv: boolean): string {
  return Buffer.concat([...greenButtonXml(feed(hasPv), days(), newProgress(2))]).toString('utf8');
}

/** The IntervalReadings of each IntervalBlock entry, keyed by the entry's self link. */
function blocks(xml: string): Map<string, { start: number; value: number; quality?: number }[]> {
  const out = new Map<string, { start: number; value: number; quality?: number }[]>();
  for (const entry of xml.split('<entry>').slice(1)) {
    if (!entry.includes('<IntervalBlock')) continue;
    const self = /<link rel="self" href="([^"]+)"/.exec(entry)?.[1] ?? '';
    const readings = [...entry.matchAll(/<IntervalReading>(.*?)<\/IntervalReading>/g)].map(([, body = '']) => {
      const quality = /<quality>(\d+)<\/quality>/.exec(body)?.[1];
      return {
        start: Number(/<start>(\d+)<\/start>/.exec(body)?.[1]),
        value: Number(/<value>(-?\d+)<\/value>/.exec(body)?.[1]),
        ...(quality ? { quality: Number(quality) } : {}),
      };
    });
    out.set(self, readings);
  }
  return out;
}

describe('greenButtonXml (ESPI writer)', () => {
  it('writes an Atom feed: UsagePoint (electricity), local time, one MeterReading + ReadingType and a block per local day', () => {
    const xml = render(false);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">')).toBe(true);
    expect(xml.trimEnd().endsWith('</feed>')).toBe(true);
    expect(xml.match(/<entry>/g)).toHaveLength(2 + 2 + 2);
    expect(xml).toContain('<ServiceCategory>\n          <kind>0</kind>');
    expect(xml).toContain('<tzOffset>-18000</tzOffset>');
    expect(xml).toContain('<dstOffset>3600</dstOffset>');
    expect(xml.match(/<flowDirection>1<\/flowDirection>/g)).toHaveLength(1);
    expect(xml).not.toContain('<flowDirection>19</flowDirection>');
    for (const field of [
      '<accumulationBehaviour>4<',
      '<commodity>1<',
      '<intervalLength>900<',
      '<kind>12<',
      '<uom>72<',
      '<powerOfTenMultiplier>0<',
    ])
      expect(xml).toContain(field);
    // atom.xsd requires a type on every link.
    for (const link of xml.match(/<link [^>]*>/g) ?? []) expect(link).toMatch(/ type="espi-(entry|feed)\/\w+"/);
  });

  it('gives values in Wh with epoch-second starts, flags estimated reads with how (8 reference day, 9 interpolation) and leaves missing reads out', () => {
    const xml = render(false);
    const forward = [...blocks(xml).entries()];
    expect(forward.map(([self]) => self.split('/').slice(-3).join('/'))).toEqual(['1/IntervalBlock/20260715', '1/IntervalBlock/20260716']);
    const [day1 = [], day2 = []] = forward.map(([, readings]) => readings);
    expect(day1).toHaveLength(96);
    expect(day2).toHaveLength(95);
    expect(day1[0]).toEqual({ start: from / 1000, value: 100 });
    expect(day1[1]).toEqual({ start: from / 1000 + 900, value: 101 });
    expect(day1[10]).toEqual({ start: from / 1000 + 9000, value: 110, quality: 8 });
    expect(day1[11]).toEqual({ start: from / 1000 + 9900, value: 111, quality: 9 });
    expect(day1[49]?.value).toBe(0);
    expect(day2.map((r) => r.start)).not.toContain(from / 1000 + 86_400 + 20 * 900);
    expect(xml).toMatch(/<IntervalReading><ReadingQuality><quality>8<\/quality><\/ReadingQuality><timePeriod>/);
    expect(xml).toContain('<interval>\n          <duration>86400</duration>\n          <start>1784088000</start>');
  });

  it('adds a reverse channel (flowDirection 19) carrying rooftop PV export for a meter with PV', () => {
    const xml = render(true);
    expect(xml.match(/<entry>/g)).toHaveLength(2 + 4 + 4);
    expect(xml).toContain('<flowDirection>19</flowDirection>');
    const reverse = [...blocks(xml).entries()].filter(([self]) => self.includes('/MeterReading/2/'));
    expect(reverse).toHaveLength(2);
    const day1 = reverse[0]?.[1] ?? [];
    expect(day1[48]?.value).toBe(500);
    expect(day1[0]?.value).toBe(0);
  });

  it('gives the same bytes for the same input, with name-based (v5) UUIDs', () => {
    expect(render(true)).toBe(render(true));
    const ids = render(true).match(/urn:uuid:[0-9a-f-]+/g) ?? [];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(nameUuid('a')).toBe(nameUuid('a'));
    expect(nameUuid('a')).not.toBe(nameUuid('b'));
  });

  it('counts forward reads and days as progress', () => {
    const progress = newProgress(2);
    [...greenButtonXml(feed(true), days(), progress)];
    expect(progress).toMatchObject({ chunks: 2, rows: 96 + 95 });
  });
});

describe('helpers', () => {
  it('escapes XML text', () => {
    expect(xmlEscape(`a<b>&"c'`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
  });

  it('gives the standard offset and the DST shift of a zone', () => {
    expect(zoneOffsets(zone, from)).toEqual({ standardS: -18_000, dstS: 3600 });
    expect(zoneOffsets('America/Phoenix', from)).toEqual({ standardS: -25_200, dstS: 0 });
  });
});
