/**
 * Golden outputs: digests of seeded engine windows per stream and of representative API answers,
 * checked in (golden.json), so any change in the numbers the product shows is a visible diff. A
 * mismatch fails the case that changed, showing its pinned and new head values; `UPDATE_GOLDEN=1`
 * rewrites the file (see tests/README.md).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCity } from '../support/city';
import { apiCases, buildGoldenApp } from './api-cases';
import { engineCases, type GoldenCase } from './engine-cases';
import { entryOf, type GoldenEntry, glimpse, readBook, UPDATING, writeBook } from './golden-book';

type App = Awaited<ReturnType<typeof buildGoldenApp>>;

const pinned = readBook();
const seen: Record<string, GoldenEntry> = {};
let app: App;

beforeAll(async () => {
  app = await buildGoldenApp();
});

afterAll(async () => {
  await app?.close();
  if (UPDATING) writeBook(seen);
});

function check(cases: GoldenCase[]) {
  for (const golden of cases) {
    it(golden.name, async () => {
      const value = await golden.value();
      const entry = entryOf(value, golden.head ? golden.head(value as never) : glimpse(value));
      seen[golden.name] = entry;
      if (UPDATING) return;
      expect(pinned[golden.name], `${golden.name} is not in golden.json: add it with UPDATE_GOLDEN=1`).toBeDefined();
      expect(entry, `${golden.name} changed (its head values show where)`).toEqual(pinned[golden.name]);
    });
  }
}

const engine = engineCases(loadCity());
const api = apiCases(() => app);

describe('golden engine windows', () => check(engine));
describe('golden API answers', () => check(api));

describe('the golden file', () => {
  it('pins no case that the suite no longer computes', () => {
    const names = new Set([...engine, ...api].map((c) => c.name));
    expect(Object.keys(pinned).filter((name) => !names.has(name))).toEqual([]);
  });
});
