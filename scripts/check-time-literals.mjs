#!/usr/bin/env node
/**
 * Lint guard: time constants live only in the engine's time module (shared/src/common/time.ts,
 * exported as MINUTE_MS / HOUR_MS / DAY_MS). Fails on a millisecond literal of a minute, a quarter
 * hour, an hour, a day or a week (60_000, 900_000, 3_600_000, 86_400_000, 604_800_000, in any
 * spelling) or a hand-built product such as `60 * 60 * 1000` anywhere else in the source, and on a
 * local `const HOUR = 3_600_000`-style copy (reported as a declaration). Dependency-free, so it runs
 * in `pnpm lint` before anything is built.
 *
 * Seconds (3600, 86_400) are not checked: they are unit conversions inside export formats and speeds
 * (3600×), not copies of the engine's constants. Tool configs (`vitest.config.ts`: runner timeouts)
 * are left out because they sit outside the workspace packages and cannot import @sandbox/shared.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const TIME_MODULE = 'shared/src/common/time.ts';
const SELF = 'scripts/check-time-literals.mjs';
const SOURCE = /\.(?:[cm]?[jt]s|tsx|jsx)$/;
const TOOL_CONFIG = /(?:^|\/)[\w-]+\.config\.[cm]?[jt]s$/;

const UNIT = '(?:60_?000|900_?000|3_?600_?000|86_?400_?000|604_?800_?000|6e4|9e5|36e5|864e5)';
const LITERAL = new RegExp(String.raw`(?<![\w.])${UNIT}(?![\w.])`, 'g');
// A whole hand-built product (`24 * 60 * 60 * 1000`) counts once.
const FACTOR = String.raw`\d[\d_]* ?\* ?`;
const PRODUCT = new RegExp(
  String.raw`(?<![\w.])(?:${FACTOR})*(?:60 ?\* ?1_?000|1_?000 ?\* ?60|60 ?\* ?60|24 ?\* ?60|3_?600 ?\* ?1_?000)(?: ?\* ?\d[\d_]*)*(?![\w.])`,
  'g',
);
const DECLARATION = new RegExp(String.raw`^\s*(?:export\s+)?(?:const|let)\s+\w+\s*=\s*${UNIT}\s*;`);

const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' })
  .split('\n')
  .filter((f) => SOURCE.test(f) && f !== TIME_MODULE && f !== SELF && !TOOL_CONFIG.test(f));

const hits = [];
for (const file of files) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    continue; // deleted in the work tree but still in the index
  }
  text.split('\n').forEach((line, i) => {
    const found = [...line.matchAll(LITERAL), ...line.matchAll(PRODUCT)].map((m) => m[0]);
    if (found.length === 0) return;
    const kind = DECLARATION.test(line) ? 'declaration' : 'literal';
    hits.push({ where: `${file}:${i + 1}`, kind, found, line: line.trim() });
  });
}

const count = (kind) => hits.filter((h) => h.kind === kind).reduce((n, h) => n + h.found.length, 0);
if (hits.length > 0) {
  for (const h of hits) console.error(`${h.where}: ${h.kind} ${h.found.join(', ')}  ${h.line}`);
  console.error(
    `\n${count('declaration')} local time-constant declarations and ${count('literal')} time literals outside ${TIME_MODULE}: ` +
      `import MINUTE_MS / HOUR_MS / DAY_MS from '@sandbox/shared/common/time' instead.`,
  );
  process.exit(1);
}
console.info(`time literals: none outside ${TIME_MODULE} (${files.length} files checked)`);
