/**
 * The streaming exports over real HTTP against the built server: a year of one meter as CSV, Green
 * Button validated against the official ESPI 3.3 schemas and read back, bounded memory while a big
 * export streams (the server's RSS, from /proc), and generation stopping when the client leaves.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BsmSchema,
  CSV_COLUMNS,
  contract,
  createSimulation,
  ESTIMATED_BY_INTERPOLATION,
  exampleUrl,
  MeterReadingSchema,
  MINUTE_MS,
  meterIntervals,
  meterRecord,
  QUALITY_ESTIMATED,
  QUALITY_MISSING,
  type RouteContract,
  scenarioFromQuery,
} from '@sandbox/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCity } from '../support/city';
import { readGreenButton } from '../support/espi';
import { type RunningServer, repoRoot, startServer } from '../support/server';

const YEAR = { from: '2026-01-01T05:00:00Z', to: '2027-01-01T05:00:00Z' };
const FOUR_MONTHS = { from: '2026-01-01T05:00:00Z', to: '2026-05-01T04:00:00Z' };
const ESPI_SCHEMA = join(repoRoot, 'tests/fixtures/espi/greenbutton.xsd');
const hasProc = existsSync('/proc/self/status');

let server: RunningServer;
beforeAll(async () => {
  // JSON logs: the tests below read the export records' fields.
  server = await startServer({ RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'info', LOG_FORMAT: 'json' });
});
afterAll(async () => {
  await server?.stop();
});

/** How many meters hang on a feeder (the inventory's total). */
async function metersOn(feeder: string): Promise<number> {
  return ((await (await fetch(`${server.url}/api/energy/meters?feeder=${feeder}&limit=1`)).json()) as { total: number }).total;
}

/** Resident memory of the server process, MB (Linux /proc). */
function rssMb(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(match?.[1]) / 1024;
}

/** CPU time the server process has used, seconds (user + system, from /proc/<pid>/stat). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** What each documented example holds: its data rows (both formats) and the first CSV row as written. */
const EXAMPLE_ROWS: Record<string, { rows: number; csv?: string; readings?: number }> = {
  '/api/export/air.:format': { rows: 1440, csv: 'linden-park-bench,2026-07-15T04:00:00.000Z,9.8,15.3,16.1,27.9,63,2.1,182.2' },
  '/api/export/air-hourly.:format': { rows: 240, csv: 'linden-park-bench,2026-07-15T04:00:00.000Z,9.5,15.5,8.5,15,47,good,pm25' },
  '/api/export/meters.:format': { rows: 96, csv: 'northland-res-00001,2026-07-15T04:00:00.000Z,900,0.3013,0.3013,0,actual' },
  '/api/export/load.:format': {
    rows: 288,
    csv: 'class,residential,2026-07-15T04:00:00.000Z,900,52399.815,52399.815,0,209599.262,100000,99940',
  },
  // A minute between two platoons of the green wave: no vehicle leaves the segment, so no speed.
  '/api/export/segments.:format': { rows: 60, csv: 'high-st-nb-03,2026-07-15T21:00:00.000Z,60,0,,,0' },
  '/api/export/events.:format': {
    rows: 199,
    csv: 'hard-braking,2026-07-15T20:00:16.098Z,v-ba4d12e3,5B42ABE9,alum-creek-dr,alum-creek-dr-sb-00,alum-creek-dr-i-270-ramps,-82.945,39.88,15.97,4.42',
  },
  '/api/export/bsm.:format': {
    rows: 180,
    csv: '2026-07-15T21:30:00.000Z,bsmTx,124,8F752653,0,400591790,-829564974,2443,40,30,0,forwardGears,471,7121,0,100,0,0,0,00000,on,on,on,off,off,259,1220,',
  },
  '/api/export/truth.:format': {
    rows: 36,
    csv: 'incident,engine,segment,high-st-nb-09,,2026-07-01T21:18:00.000Z,2026-07-01T22:02:00.000Z,"Incident: capacity down to 50%, speeds to 60%."',
  },
  // One meter for a day: one IntervalBlock of 96 readings (forward channel; the meter has no PV).
  '/api/export/greenbutton.xml': { rows: 1, readings: 96 },
};

describe('the download routes of the contract', () => {
  const downloads = (Object.entries(contract) as [string, RouteContract][]).filter(([, route]) => route.kind === 'download');

  it.each(downloads)('%s: the documented example answers in every format it produces, with its rows', async (_, route) => {
    const expected = EXAMPLE_ROWS[route.path];
    if (!expected) throw new Error(`no expected rows for ${route.path}`);
    for (const [format, type] of Object.entries(route.produces ?? {})) {
      const params = route.example.params ? { ...route.example.params, format } : undefined;
      const res = await fetch(`${server.url}${exampleUrl({ ...route, example: { ...route.example, ...(params ? { params } : {}) } })}`);
      expect(res.status, `${route.path} ${format}`).toBe(200);
      expect(res.headers.get('content-type')).toBe(type);
      expect(res.headers.get('content-disposition')).toMatch(
        new RegExp(`^attachment; filename="columbus-[a-z0-9-]+-[0-9T-]+_[0-9T-]+\\.${format}"$`),
      );
      const text = await res.text();
      if (format === 'csv') {
        const lines = text.split('\r\n');
        expect(lines[0]?.split(',')).toEqual(route.csvColumns);
        expect(lines.length - 2).toBe(expected.rows);
        expect(lines[1]).toBe(expected.csv);
      }
      if (format === 'ndjson') {
        const lines = text.trim().split('\n');
        expect(lines).toHaveLength(expected.rows);
        for (const line of lines) route.response.parse(JSON.parse(line));
      }
      if (format === 'xml') {
        expect(text).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
        expect(text.match(/<IntervalBlock /g)).toHaveLength(expected.rows);
        expect(text.match(/<IntervalReading>/g)).toHaveLength(expected.readings ?? 0);
      }
      expect(text.length, `${route.path} ${format}`).toBeGreaterThan(100);
    }
  });
});

describe('CSV and NDJSON exports', () => {
  it('streams a year of one meter as CSV: the documented header, 35,040 rows that parse, the file named for city, stream and window', async () => {
    const res = await fetch(`${server.url}/api/export/meters.csv?meter=northland-res-00001&from=${YEAR.from}&to=${YEAR.to}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="columbus-meters-northland-res-00001-2026-01-01_2027-01-01.csv"',
    );
    const lines = (await res.text()).split('\r\n');
    expect(lines[0]).toBe('meter_id,start_utc,duration_s,net_kwh,import_kwh,export_kwh,quality');
    expect(lines.at(-1)).toBe('');
    const rows = lines.slice(1, -1).map((line) => line.split(','));
    expect(rows).toHaveLength(365 * 96);
    expect(rows[0]?.slice(0, 3)).toEqual(['northland-res-00001', '2026-01-01T05:00:00.000Z', '900']);
    expect(rows.at(-1)?.[1]).toBe('2027-01-01T04:45:00.000Z');
    for (const row of rows) {
      expect(row).toHaveLength(7);
      const [, start, , net, imported, exported, quality] = row;
      expect(Number.isNaN(Date.parse(start ?? ''))).toBe(false);
      if (quality === 'missing') expect([net, imported, exported]).toEqual(['', '', '']);
      else {
        expect(Number(imported) - Number(exported)).toBeCloseTo(Number(net), 3);
        expect(Number(imported)).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('streams NDJSON records that parse with the shared schemas, J2735 units for BSMs', async () => {
    const feeder = await metersOn('easton-f5');
    const meters = await (
      await fetch(`${server.url}/api/export/meters.ndjson?feeder=easton-f5&from=2026-07-15T04:00:00Z&to=2026-07-15T05:00:00Z`)
    ).text();
    const records = meters
      .trim()
      .split('\n')
      .map((line) => MeterReadingSchema.parse(JSON.parse(line)));
    expect(records).toHaveLength(feeder * 4);
    const bsm = await fetch(`${server.url}/api/export/bsm.ndjson?corridor=high-st&from=2026-07-15T21:30:00Z&to=2026-07-15T21:30:10Z`);
    expect(bsm.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    const messages = (await bsm.text())
      .trim()
      .split('\n')
      .map((line) => BsmSchema.parse(JSON.parse(line)));
    expect(messages.length).toBeGreaterThan(100);
    const times = messages.map((m) => Date.parse(m.metadata.generatedAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    for (const m of messages) {
      expect(m.coreData.secMark).toBe(Date.parse(m.metadata.generatedAt) % MINUTE_MS);
      expect(m.coreData.speed * 0.02).toBeLessThan(25);
    }
    const csv = await (
      await fetch(`${server.url}/api/export/bsm.csv?corridor=high-st&from=2026-07-15T21:30:00Z&to=2026-07-15T21:30:10Z`)
    ).text();
    const [header, ...rows] = csv.trim().split('\r\n');
    expect(header?.split(',')).toEqual(CSV_COLUMNS.bsm);
    expect(rows).toHaveLength(messages.length);
  });
});

describe('Green Button export', () => {
  it('validates against the ESPI 3.3 schemas and gives back the engine’s interval values in Wh', async () => {
    const city = loadCity();
    const sim = createSimulation(city, {});
    // A residential PV meter with a short gap in the year, so both estimation methods show.
    const m = Array.from({ length: sim.meters.count }, (_, i) => i).find(
      (i) =>
        sim.meters.hasPv[i] === 1 &&
        sim.meters.classCode[i] === 0 &&
        meterIntervals(sim, meterRecord(sim, i).id, Date.parse(YEAR.from), Date.parse(YEAR.to)).method.includes(ESTIMATED_BY_INTERPOLATION),
    );
    if (m === undefined) throw new Error('Columbus has no residential PV meter with an interpolated read');
    const meter = meterRecord(sim, m);
    const faults = [
      { kind: 'meter-estimated', meterId: meter.id, from: '2026-07-15T16:00:00Z', to: '2026-07-15T18:00:00Z' },
      { kind: 'meter-missing', meterId: meter.id, from: '2026-07-16T16:00:00Z', to: '2026-07-16T18:00:00Z' },
    ];
    const query = `meter=${meter.id}&from=${YEAR.from}&to=${YEAR.to}&faults=${encodeURIComponent(JSON.stringify(faults))}`;
    const res = await fetch(`${server.url}/api/export/greenbutton.xml?${query}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="columbus-greenbutton-${meter.id}-2026-01-01_2027-01-01.xml"`,
    );
    const xml = await res.text();

    const file = join(mkdtempSync(join(tmpdir(), 'greenbutton-')), 'export.xml');
    writeFileSync(file, xml);
    const lint = spawnSync('xmllint', ['--noout', '--schema', ESPI_SCHEMA, file], { encoding: 'utf8' });
    expect(lint.error, 'xmllint is missing: run `node scripts/ensure-test-tools.mjs xmllint`').toBeUndefined();
    expect(lint.stderr.trim()).toBe(`${file} validates`);
    expect(lint.status).toBe(0);

    const scenario = scenarioFromQuery({ city: 'columbus', faults: faults as never });
    const truth = meterIntervals(createSimulation(city, scenario), meter.id, Date.parse(YEAR.from), Date.parse(YEAR.to));
    const channels = readGreenButton(xml);
    const forward = channels.get(1);
    const reverse = channels.get(2);
    expect(forward).toMatchObject({ flowDirection: 1, uom: 72, powerOfTenMultiplier: 0 });
    expect(reverse).toMatchObject({ flowDirection: 19, uom: 72, powerOfTenMultiplier: 0 });
    const expected = { forward: [] as unknown[], reverse: [] as unknown[] };
    let estimated = 0;
    const codes = new Set<number>();
    for (let j = 0; j < truth.n; j++) {
      const quality = truth.quality[j] as number;
      if (quality === QUALITY_MISSING) continue;
      if (quality === QUALITY_ESTIMATED) estimated++;
      // ESPI QualityOfReading: 9 estimated using linear interpolation, 8 using a reference day.
      const code = truth.method[j] === ESTIMATED_BY_INTERPOLATION ? 9 : 8;
      if (quality === QUALITY_ESTIMATED) codes.add(code);
      const base = {
        start: (truth.startMs + j * 15 * MINUTE_MS) / 1000,
        duration: 900,
        ...(quality === QUALITY_ESTIMATED ? { quality: code } : {}),
      };
      expected.forward.push({ ...base, value: Math.round((truth.importKwh[j] as number) * 1000) });
      expected.reverse.push({ ...base, value: Math.round((truth.exportKwh[j] as number) * 1000) });
    }
    expect(estimated).toBeGreaterThanOrEqual(8);
    expect([...codes].sort()).toEqual([8, 9]);
    expect(expected.forward.length).toBeLessThanOrEqual(truth.n - 8);
    expect(forward?.readings).toEqual(expected.forward);
    expect(reverse?.readings).toEqual(expected.reverse);
    expect(reverse?.readings.some((r) => r.value > 0)).toBe(true);
  });
});

describe('streaming with bounded memory', () => {
  // Six weeks of a whole feeder (~1,700 meters): ~7 million rows, ~475 MB of CSV. A server that
  // buffered the export would grow by at least that much. Streaming, the server holds an hour of
  // columns; after one warm-up export (V8 sizing its heap to the allocation rate: about +30 MB, once)
  // a 475 MB export was measured at +8–10 MB, a 950 MB one at +10–17 MB.
  it.runIf(hasProc)(
    'keeps the server’s RSS growth under 48 MB while streaming ~475 MB of CSV',
    async () => {
      const pid = server.process.pid as number;
      const meters = await metersOn('northland-f1');
      await (
        await fetch(`${server.url}/api/export/meters.csv?feeder=northland-f1&from=2026-07-01T04:00:00Z&to=2026-07-08T04:00:00Z`)
      ).text();
      const baseline = rssMb(pid);
      let peak = baseline;
      const sampler = setInterval(() => {
        peak = Math.max(peak, rssMb(pid));
      }, 20);
      const half = { from: '2026-01-01T05:00:00Z', to: '2026-02-15T05:00:00Z' };
      const res = await fetch(`${server.url}/api/export/meters.csv?feeder=northland-f1&from=${half.from}&to=${half.to}`, {
        headers: { 'accept-encoding': 'identity' },
      });
      let bytes = 0;
      let newlines = 0;
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        bytes += chunk.length;
        for (const byte of chunk) if (byte === 10) newlines++;
      }
      clearInterval(sampler);
      peak = Math.max(peak, rssMb(pid));
      expect(newlines - 1).toBe((meters * (Date.parse(half.to) - Date.parse(half.from))) / (15 * MINUTE_MS));
      expect(bytes).toBeGreaterThan(450 * 2 ** 20);
      if (process.env.EXPORT_RSS_REPORT)
        console.info(
          `export RSS: baseline ${baseline.toFixed(0)} MB, peak +${(peak - baseline).toFixed(0)} MB for ${(bytes / 2 ** 20).toFixed(0)} MB`,
        );
      expect(peak - baseline, `baseline ${baseline.toFixed(0)} MB, peak ${peak.toFixed(0)} MB`).toBeLessThan(48);
    },
    120_000,
  );
});

describe('a client that disconnects mid-export', () => {
  it.runIf(hasProc)('stops the generation: the server logs how far it got and its CPU goes idle', async () => {
    const pid = server.process.pid as number;
    const controller = new AbortController();
    // Through the compressor, as a browser asks: the hang-up must reach the export through it.
    const res = await fetch(`${server.url}/api/export/meters.csv?feeder=easton-f1&from=${FOUR_MONTHS.from}&to=${FOUR_MONTHS.to}`, {
      signal: controller.signal,
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    let received = 0;
    while (received < 2 * 2 ** 20) received += (await reader.read()).value?.length ?? 0;
    controller.abort();

    const deadline = Date.now() + 5000;
    const aborted = () => /export aborted after (\d+) of \d+ days/.exec(server.output());
    while (!aborted() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    const days = Number(aborted()?.[1]);
    expect(days, server.output().slice(-2000)).toBeLessThan(30);

    // Four months of ~1,500 meters take ~30 s of CPU; after the abort the process must be idle.
    const before = cpuSeconds(pid);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(cpuSeconds(pid) - before).toBeLessThan(0.25);
    expect(server.output()).not.toMatch(/"msg":"export finished[^"]*".*easton-f1-2026-01-01_2026-05-01/);
  });
});
