/**
 * Reads back what the Green Button export wrote, without an XML library: the feed is ours, with one
 * element per line for the ESPI resources and one line per IntervalReading, so a few anchored
 * regular expressions are enough (the XSD validation with xmllint checks the structure itself).
 */

export interface IntervalReadingBack {
  start: number;
  duration: number;
  value: number;
  quality?: number;
}

export interface ChannelBack {
  flowDirection: number;
  uom: number;
  powerOfTenMultiplier: number;
  readings: IntervalReadingBack[];
}

const num = (text: string, tag: string): number | undefined => {
  const match = new RegExp(`<${tag}>(-?\\d+)</${tag}>`).exec(text);
  return match ? Number(match[1]) : undefined;
};

/** The channels of a feed (MeterReading 1, 2, …) with their ReadingType fields and every reading, in order. */
export function readGreenButton(xml: string): Map<number, ChannelBack> {
  const channels = new Map<number, ChannelBack>();
  const channel = (n: number) => {
    let found = channels.get(n);
    if (!found) {
      found = { flowDirection: Number.NaN, uom: Number.NaN, powerOfTenMultiplier: Number.NaN, readings: [] };
      channels.set(n, found);
    }
    return found;
  };
  for (const entry of xml.split('<entry>').slice(1)) {
    const self = /<link rel="self" href="([^"]+)"/.exec(entry)?.[1] ?? '';
    if (entry.includes('<ReadingType')) {
      const n = Number(/ReadingType\/[^"/]*-(\d+)$/.exec(self)?.[1]);
      Object.assign(channel(n), {
        flowDirection: num(entry, 'flowDirection'),
        uom: num(entry, 'uom'),
        powerOfTenMultiplier: num(entry, 'powerOfTenMultiplier'),
      });
    } else if (entry.includes('<IntervalBlock')) {
      const n = Number(/MeterReading\/(\d+)\/IntervalBlock/.exec(self)?.[1]);
      for (const [, body = ''] of entry.matchAll(/<IntervalReading>(.*?)<\/IntervalReading>/g)) {
        const quality = num(body, 'quality');
        channel(n).readings.push({
          start: num(body, 'start') as number,
          duration: num(body, 'duration') as number,
          value: num(body, 'value') as number,
          ...(quality === undefined ? {} : { quality }),
        });
      }
    }
  }
  return channels;
}
