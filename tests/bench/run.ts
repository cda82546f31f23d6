/**
 * `pnpm bench [suite …]`: runs the registered bench suites (all by default) one after another on
 * one core, prints a table, and merges the figures into docs/performance.json and the generated block
 * of docs/performance.md. Run with `node --expose-gc` (the root script does) for memory figures.
 */
import { markdownTable, writeReports } from './report';
import { suites } from './suites';
import type { BenchRecord } from './types';

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !suites.some((s) => s.name === name));
  if (unknown.length > 0) {
    console.error(`unknown suite(s): ${unknown.join(', ')}; known: ${suites.map((s) => s.name).join(', ')}`);
    process.exit(1);
  }
  const chosen = wanted.length > 0 ? suites.filter((s) => wanted.includes(s.name)) : suites;
  const records: BenchRecord[] = [];
  for (const suite of chosen) {
    console.info(`▶ ${suite.name}: ${suite.description}`);
    records.push(...(await suite.run()));
  }
  console.log(`\n${markdownTable(records)}\n`);
  writeReports(records);
  console.info('updated docs/performance.json and docs/performance.md');
}

await main();
