/**
 * The CPU time of the bench's cold 4 × 7 comparison (suites/lab.ts) in one process, by kind of part,
 * and a digest of every part's answer: the figure a change to the engine's hot paths is measured by
 * (the HTTP bench adds two threads and the machine's load), and a quick check that it changed no
 * output (the digest must not move). Run it bundled, as the server runs (tsx adds ~1 s of helpers),
 * into tests/artifacts/ (git-ignored; the city is read from ../../data next to the bundle):
 *   server/node_modules/.bin/esbuild tests/bench/lab-parts.ts --bundle --platform=node --format=esm \
 *     --outfile=tests/artifacts/lab-parts.mjs && node tests/artifacts/lab-parts.mjs
 * ONLY=mobility|energy|air keeps one kind, SEED=… moves the seeds; node --cpu-prof profiles it.
 */
import { createHash } from 'node:crypto';
import { LabScorecardQuerySchema, TelemetryService } from '@sandbox/shared';
import { loadCity } from '../support/city';

const seed = Number(process.env.SEED ?? 7201);
const only = process.env.ONLY;
const telemetry = new TelemetryService([loadCity()], { memoryBytes: 1024 * 1024 * 1024 });
const query = LabScorecardQuerySchema.parse({
  city: 'columbus',
  seed: String(seed),
  v1: `seed=${seed}&evShare=0.4`,
  v2: `seed=${seed}&signalRetiming=true`,
  v3: `seed=${seed + 1}`,
  from: '2026-07-13T04:00:00Z',
  to: '2026-07-20T04:00:00Z',
  seeds: '1',
});
const plan = telemetry.lab.plan(query, Date.parse('2026-12-06T00:00:00Z'));
const cpuMs: Record<string, number> = {};
const digest = createHash('sha256');
const started = performance.now();
for (const part of plan.parts) {
  if (only && part.query.part !== only) continue;
  const before = process.cpuUsage();
  const answer = telemetry.lab.part(part.query);
  const used = process.cpuUsage(before);
  cpuMs[part.query.part] = (cpuMs[part.query.part] ?? 0) + (used.user + used.system) / 1000;
  digest.update(JSON.stringify(answer));
}
for (const kind of Object.keys(cpuMs)) cpuMs[kind] = Math.round(cpuMs[kind] as number);
const wallMs = Math.round(performance.now() - started);
console.log(JSON.stringify({ parts: plan.parts.length, wallMs, cpuMs, digest: digest.digest('hex').slice(0, 16) }));
