import { TelemetryService, DAY_MS, HOUR_MS } from '@sandbox/shared';
import { groupLoad } from '@sandbox/shared/energy/load';
import { loadCity } from '../support/city';
const city = loadCity();
const svc = new TelemetryService([city], { memoryBytes: 512 * 1024 * 1024 });
const from = Date.parse('2026-07-13T04:00:00Z');
const days = Number(process.argv[2] ?? 1);
const to = from + days * DAY_MS;
function time(label: string, fn: () => void) {
  const c0 = process.cpuUsage(); const t0 = performance.now();
  fn();
  const c = process.cpuUsage(c0);
  console.log(label, 'wall', Math.round(performance.now() - t0), 'cpu', Math.round((c.user + c.system) / 1000));
}
for (const seed of [1, 2]) {
  let s: any;
  time(`sim ${seed}`, () => { s = svc.simulations.forQuery({ city: 'columbus', seed }); });
  time(`groupLoad ${days}d`, () => groupLoad(s.sim, from, to, 'class'));
  time(`air hours ${days}d`, () => { for (const st of city.stations) svc.air.hours.means(s.sim, s.key, st.id, from, to); });
  time(`flow peak 6h`, () => { svc.mobility.flowBlocks.columns(s.sim, s.key, from + 10 * HOUR_MS, from + 13 * HOUR_MS); svc.mobility.flowBlocks.columns(s.sim, s.key, from + 20 * HOUR_MS, from + 23 * HOUR_MS); });
  time(`flow day`, () => svc.mobility.flowBlocks.columns(s.sim, s.key, from, from + DAY_MS));
}
