/**
 * Export throughput against the built server in its own process (`pnpm build` first): rows/s and
 * MB/s as the server logs them when an export finishes (rows, bytes and time measured inside it),
 * and the peak growth of the server's RSS over its level before the export (sampled from /proc).
 * The client only drains the socket (node:http, no parsing), like a browser saving a file.
 *
 * - a year of one meter (35,040 rows), as CSV: uncompressed, gzip and brotli (what browsers ask for);
 * - a quarter of a whole feeder (northland-f1, ~1,700 meters, ~15 million rows, ~1 GB of CSV);
 * - a day of BSMs at 10 Hz from every connected vehicle (~60 million messages, ~30 GB of NDJSON:
 *   about five minutes; `BENCH_BSM_HOURS=1` measures the evening-peak hour instead).
 */

import { readFileSync } from 'node:fs';
import { get } from 'node:http';
import { HOUR_MS } from '@sandbox/shared/common/time';
import { type RunningServer, startServer } from '../../support/server';
import { today } from '../record';
import type { BenchRecord, BenchSuite } from '../types';

const YEAR = 'from=2026-01-01T05:00:00Z&to=2027-01-01T05:00:00Z';
const QUARTER = 'from=2026-01-01T05:00:00Z&to=2026-04-01T04:00:00Z';

function rssMb(pid: number): number {
  return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024;
}

interface Measured {
  rows: number;
  mb: number;
  seconds: number;
  wireMb: number;
  rssGrowthMb: number;
  baselineMb: number;
}

/** Runs one export to the end; figures from the server's `export finished` log line and /proc. */
async function measure(server: RunningServer, path: string, encoding = 'identity'): Promise<Measured> {
  const pid = server.process.pid as number;
  const logged = server.output().length;
  const baselineMb = rssMb(pid);
  let peak = baselineMb;
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssMb(pid));
  }, 50);
  const wire = await new Promise<number>((resolve, reject) => {
    get(`${server.url}${path}`, { headers: { 'accept-encoding': encoding } }, (res) => {
      if (res.statusCode !== 200) reject(new Error(`${path} answered ${res.statusCode}`));
      let bytes = 0;
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
      });
      res.on('end', () => resolve(bytes));
      res.on('error', reject);
    }).on('error', reject);
  });
  clearInterval(sampler);
  peak = Math.max(peak, rssMb(pid));
  let line: { rows: number; bytes: number; ms: number } | undefined;
  for (let i = 0; i < 100 && !line; i++) {
    const entry = server
      .output()
      .slice(logged)
      .split('\n')
      .find((l) => l.includes('"msg":"export finished'));
    if (entry) line = JSON.parse(entry);
    else await new Promise((resolve) => setTimeout(resolve, 20));
  }
  if (!line) throw new Error(`no "export finished" line for ${path}`);
  return {
    rows: line.rows,
    mb: line.bytes / 2 ** 20,
    seconds: line.ms / 1000,
    wireMb: wire / 2 ** 20,
    rssGrowthMb: peak - baselineMb,
    baselineMb,
  };
}

function records(name: string, label: string, m: Measured, rssTargetMb = 48): BenchRecord[] {
  const base = { baseline: null, ratio: null, target: '—', met: null, measured: today(), suite: 'exports' } as const;
  return [
    {
      ...base,
      name: `${name}.rows-per-s`,
      label: `${label}: rows (${m.rows.toLocaleString('en-US')} in ${m.seconds.toFixed(1)} s)`,
      value: m.rows / m.seconds,
      unit: 'rows/s',
    },
    {
      ...base,
      name: `${name}.mb-per-s`,
      label: `${label}: text generated (${m.mb.toFixed(0)} MB; ${m.wireMb.toFixed(0)} MB on the wire)`,
      value: m.mb / m.seconds,
      unit: 'MB/s',
    },
    {
      ...base,
      name: `${name}.rss-growth`,
      label: `${label}: peak RSS growth of the server (baseline column: RSS before)`,
      value: m.rssGrowthMb,
      unit: 'MB',
      baseline: m.baselineMb,
      target: `< ${rssTargetMb}`,
      met: m.rssGrowthMb < rssTargetMb,
    },
  ];
}

export const exportsSuite: BenchSuite = {
  name: 'exports',
  description: 'streaming exports against the built server: a year of one meter, a quarter of a feeder, a day of 10 Hz BSMs',
  async run() {
    const server = await startServer({ LOG_LEVEL: 'info', RATE_LIMIT_PER_MINUTE: '0' });
    try {
      const meterYear = `/api/export/meters.csv?meter=northland-res-00001&${YEAR}`;
      // Warm up: JIT, and V8 sizing its heap to the allocation rate of a long export (once per process).
      await measure(server, `/api/export/meters.csv?feeder=northland-f1&from=2026-07-01T04:00:00Z&to=2026-07-08T04:00:00Z`);
      for (let i = 0; i < 3; i++) await measure(server, meterYear);
      const out: BenchRecord[] = [];
      out.push(...records('exports.meter-year.csv', 'Year of one meter, CSV', await measure(server, meterYear)));
      const gzip = await measure(server, meterYear, 'gzip');
      const br = await measure(server, meterYear, 'br');
      const base = { baseline: null, ratio: null, target: '—', met: null, measured: today(), suite: 'exports' } as const;
      out.push(
        {
          ...base,
          name: 'exports.meter-year.gzip-rows-per-s',
          label: `Year of one meter, CSV gzip (${gzip.wireMb.toFixed(2)} MB on the wire)`,
          value: gzip.rows / gzip.seconds,
          unit: 'rows/s',
        },
        {
          ...base,
          name: 'exports.meter-year.br-rows-per-s',
          label: `Year of one meter, CSV brotli (${br.wireMb.toFixed(2)} MB on the wire)`,
          value: br.rows / br.seconds,
          unit: 'rows/s',
        },
      );
      console.info('  a quarter of a feeder (~1 GB)…');
      out.push(
        ...records(
          'exports.feeder-quarter.csv',
          'Quarter of a feeder (northland-f1, ~1,700 meters), CSV',
          await measure(server, `/api/export/meters.csv?feeder=northland-f1&${QUARTER}`),
        ),
      );
      const hours = Number(process.env.BENCH_BSM_HOURS ?? 24);
      const bsmWindow =
        hours >= 24
          ? 'from=2026-07-15T04:00:00Z&to=2026-07-16T04:00:00Z'
          : `from=2026-07-15T21:00:00Z&to=${new Date(Date.parse('2026-07-15T21:00:00Z') + hours * HOUR_MS).toISOString()}`;
      console.info(`  BSMs at 10 Hz, ${hours >= 24 ? 'a day' : `${hours} h`} (NDJSON)…`);
      const label = hours >= 24 ? 'Day of BSMs at 10 Hz, NDJSON' : `${hours} h of BSMs at 10 Hz (evening peak), NDJSON`;
      // A minute of 10 Hz BSMs is ~90,000 messages: its columns and the 64 KB pieces in flight keep
      // V8 busier than the meters do (a plateau measured at +85–135 MB, the same for an hour or a day).
      const bsm = await measure(server, `/api/export/bsm.ndjson?${bsmWindow}`);
      out.push(...records(hours >= 24 ? 'exports.bsm-day.ndjson' : 'exports.bsm-peak.ndjson', label, bsm, 160));
      return out;
    } finally {
      await server.stop();
    }
  },
};
