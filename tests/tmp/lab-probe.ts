import { TelemetryService, LabScorecardQuerySchema } from '@sandbox/shared';
import { loadCity } from '../support/city';
const city = loadCity();
const svc = new TelemetryService([city], { memoryBytes: 512 * 1024 * 1024 });
const q = LabScorecardQuerySchema.parse({ city: 'columbus', v1: 'evShare=0.6', v2: 'seed=2', from: '2026-07-15T04:00:00Z', to: '2026-07-16T04:00:00Z', seeds: process.argv[2] ?? '1' });
const c0 = process.cpuUsage(); const t0 = performance.now();
const a = svc.labScorecard(q, Date.now());
const c = process.cpuUsage(c0);
console.log('wall', Math.round(performance.now() - t0), 'cpu', Math.round((c.user + c.system) / 1000));
for (const s of a.scenarios) console.log(s.index, JSON.stringify(Object.fromEntries(Object.entries(s.values).map(([k, v]) => [k, v.value === null ? null : Math.round(v.value * 100) / 100]))), JSON.stringify(s.counts));
for (const cmp of a.comparisons) { console.log(cmp.variant, cmp.changed, cmp.summary); for (const k of cmp.kpis) console.log('  ', k.id, k.diff?.toFixed(3), k.diffPct?.toFixed(1), k.band ? `[${k.band.min.toFixed(3)}, ${k.band.max.toFixed(3)}] spread ${k.band.spread.toFixed(3)}` : '', k.verdict, k.why.join(',')); }
const t1 = performance.now(); svc.labScorecard(q, Date.now()); console.log('warm', (performance.now() - t1).toFixed(1));
console.log(JSON.stringify(a).length, 'bytes');
