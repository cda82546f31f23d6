/**
 * The store's behaviour, written once and run against every backend (sqlite-store.test.ts,
 * postgres-store.test.ts): round trips, immutable content-addressed share links, guarded writes
 * (including a race of many writers on one version), list order, search, pagination of 10,000
 * records, persistence across a reopen and the refusal of a schema from a newer server.
 */
import { type SavedScenarioFields, ScenarioSchema, ScenarioViewSchema } from '@sandbox/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LATEST_VERSION } from '../migrations';
import { shareHash, slugOf } from '../records';
import { type Store, StoreError } from '../store';

export interface Backend {
  /** Opens the store on the backend's current state (the same state on every call until `reset`). */
  open(): Promise<Store>;
  /** Starts over on an empty state. */
  reset(): Promise<void>;
  /** Records a migration newer than this build knows, as a newer server would. */
  addNewerMigration(version: number): Promise<void>;
  /** Writes a share row for other content under `slug`, outside the store (a slug collision). */
  occupyShareSlug(slug: string, scenarioJson: string): Promise<void>;
}

export function fields(
  name: string,
  overrides: { evShare?: number; seed?: number; notes?: string; page?: '/air' } = {},
): SavedScenarioFields {
  return {
    name,
    notes: overrides.notes ?? '',
    scenario: ScenarioSchema.parse({ city: 'columbus', seed: overrides.seed ?? 1, levers: { evShare: overrides.evShare ?? 0.05 } }),
    view: ScenarioViewSchema.parse({ page: overrides.page ?? '/' }),
  };
}

/** Every record of a list, page by page, as the API walks it. */
async function walk(
  store: Store,
  limit: number,
  q?: string,
): Promise<{ ids: string[]; seqs: number[]; pages: number; totals: Set<number> }> {
  const ids: string[] = [];
  const seqs: number[] = [];
  const totals = new Set<number>();
  let beforeSeq: number | undefined;
  let pages = 0;
  for (;;) {
    const page = await store.scenarios.list({ limit, ...(q ? { q } : {}), ...(beforeSeq !== undefined ? { beforeSeq } : {}) });
    pages++;
    totals.add(page.total);
    ids.push(...page.items.map((item) => item.id));
    seqs.push(...page.items.map((item) => item.changeSeq));
    const last = page.items.at(-1);
    if (page.items.length < limit || !last) return { ids, seqs, pages, totals };
    beforeSeq = last.changeSeq;
  }
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 3));

export function describeStore(name: string, backend: Backend): void {
  describe(`${name} store`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await backend.open();
    });
    afterAll(async () => {
      await store?.close();
    });

    it('answers a readiness check while its database does', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });

    it('keeps what it was given and reads it back by id', async () => {
      const saved = await store.scenarios.create(fields('EV 40 %', { evShare: 0.4, notes: '첫 줄\nsecond line', page: '/air' }));
      expect(saved).toMatchObject({ name: 'EV 40 %', notes: '첫 줄\nsecond line', version: 1 });
      expect(saved.id).toMatch(/^[A-Za-z0-9]{12}$/);
      expect(saved.shareSlug).toMatch(/^[A-Za-z0-9]{8}$/);
      expect(saved.updatedAtMs).toBe(saved.createdAtMs);
      expect(await store.scenarios.get(saved.id)).toEqual(saved);
      expect((await store.scenarios.get(saved.id))?.scenario.levers.evShare).toBe(0.4);
      expect(await store.scenarios.get('AAAAAAAAAAAA')).toBeUndefined();
    });

    it('gives one share link to one view, another to another, and never changes what a link shows', async () => {
      const a = await store.scenarios.create(fields('a', { seed: 41 }));
      const b = await store.scenarios.create(fields('b', { seed: 41 }));
      const c = await store.scenarios.create(fields('c', { seed: 42 }));
      expect(b.shareSlug).toBe(a.shareSlug);
      expect(c.shareSlug).not.toBe(a.shareSlug);
      const edited = await store.scenarios.replace(a.id, 1, fields('a', { seed: 43 }));
      expect(edited.status === 'ok' && edited.value.shareSlug).not.toBe(a.shareSlug);
      await store.scenarios.delete(b.id, undefined);
      expect((await store.scenarios.share(a.shareSlug))?.scenario.seed).toBe(41);
      expect(await store.scenarios.share('NoSuchSlug')).toBeUndefined();
    });

    it('lengthens a share slug that another view already holds (a collision of its first 8 characters)', async () => {
      const wanted = fields('collides', { seed: 99 });
      const hash = shareHash(wanted);
      const other = JSON.stringify(fields('other', { seed: 98 }).scenario);
      await backend.occupyShareSlug(slugOf(hash, 8), other);
      const first = await store.scenarios.create(wanted);
      expect(first.shareSlug).toBe(slugOf(hash, 10));
      const second = await store.scenarios.create(wanted);
      expect(second.shareSlug).toBe(first.shareSlug);
      expect((await store.scenarios.share(first.shareSlug))?.scenario.seed).toBe(99);
      expect((await store.scenarios.share(slugOf(hash, 8)))?.scenario.seed).toBe(98);
      const edited = await store.scenarios.replace(first.id, 1, wanted);
      expect(edited.status === 'ok' && edited.value.shareSlug).toBe(slugOf(hash, 10));
    });

    it('replaces only the version the writer read; a stale or unknown id changes nothing', async () => {
      const saved = await store.scenarios.create(fields('draft'));
      await tick();
      const renamed = await store.scenarios.replace(saved.id, 1, fields('final'));
      if (renamed.status !== 'ok') throw new Error(`replace: ${renamed.status}`);
      expect(renamed.value).toMatchObject({ name: 'final', version: 2, createdAtMs: saved.createdAtMs });
      expect(renamed.value.updatedAtMs).toBeGreaterThan(saved.updatedAtMs);
      const stale = await store.scenarios.replace(saved.id, 1, fields('lost update'));
      expect(stale).toEqual({ status: 'stale', current: renamed.value });
      expect(await store.scenarios.replace('AAAAAAAAAAAA', 1, fields('x'))).toEqual({ status: 'missing' });
      const forced = await store.scenarios.replace(saved.id, undefined, fields('forced'));
      expect(forced.status === 'ok' && forced.value.version).toBe(3);
    });

    it('lets exactly one of 50 concurrent writers of the same version win', async () => {
      const saved = await store.scenarios.create(fields('contended'));
      const outcomes = await Promise.all(Array.from({ length: 50 }, (_, i) => store.scenarios.replace(saved.id, 1, fields(`writer ${i}`))));
      expect(outcomes.filter((o) => o.status === 'ok')).toHaveLength(1);
      expect(outcomes.filter((o) => o.status === 'stale')).toHaveLength(49);
      expect((await store.scenarios.get(saved.id))?.version).toBe(2);
    });

    it('deletes only the version the writer read', async () => {
      const saved = await store.scenarios.create(fields('to delete'));
      expect((await store.scenarios.delete(saved.id, 2)).status).toBe('stale');
      expect(await store.scenarios.delete(saved.id, 1)).toEqual({ status: 'ok', value: true });
      expect(await store.scenarios.get(saved.id)).toBeUndefined();
      expect(await store.scenarios.delete(saved.id, 1)).toEqual({ status: 'missing' });
    });

    it('lists the most recently changed first and finds text in names and notes in any case', async () => {
      await backend.reset();
      await store.close();
      store = await backend.open();
      // No pause between saves: the order comes from the change sequence, not from the clock.
      const first = await store.scenarios.create(fields('Heat wave Tuesday'));
      await store.scenarios.create(fields('스모그 경보', { notes: 'Korean name, 100% smoke' }));
      await store.scenarios.create(fields('ÉCOLE 50_50'));
      await store.scenarios.replace(first.id, 1, fields('Heat wave Tuesday (v2)'));
      const all = await store.scenarios.list({ limit: 10 });
      expect(all.items.map((item) => item.name)).toEqual(['Heat wave Tuesday (v2)', 'ÉCOLE 50_50', '스모그 경보']);
      expect(all.total).toBe(3);
      expect(all.items[0]).toMatchObject({ city: 'columbus', page: '/', version: 2 });
      const names = async (q: string) => (await store.scenarios.list({ q, limit: 10 })).items.map((item) => item.name);
      expect(await names('HEAT')).toEqual(['Heat wave Tuesday (v2)']);
      expect(await names('école')).toEqual(['ÉCOLE 50_50']);
      expect(await names('스모그')).toEqual(['스모그 경보']);
      expect(await names('100%')).toEqual(['스모그 경보']);
      expect(await names('0_5')).toEqual(['ÉCOLE 50_50']);
      expect(await names('%')).toEqual(['스모그 경보']);
      expect(await names('nothing like this')).toEqual([]);
      expect((await store.scenarios.list({ q: 'e', limit: 1 })).total).toBe(3);
    });

    it('pages through 10,000 records: each once, in order, with the same total on every page', { timeout: 120_000 }, async () => {
      await backend.reset();
      await store.close();
      store = await backend.open();
      const created: string[] = [];
      for (let batch = 0; batch < 100; batch++) {
        const records = await Promise.all(
          Array.from({ length: 100 }, (_, i) =>
            store.scenarios.create(fields(`bulk ${batch * 100 + i}`, { notes: i % 10 === 0 ? 'tenth' : '' })),
          ),
        );
        created.push(...records.map((r) => r.id));
      }
      const { ids, seqs, pages, totals } = await walk(store, 100);
      expect(ids).toHaveLength(10_000);
      expect(new Set(ids).size).toBe(10_000);
      expect(new Set(ids)).toEqual(new Set(created));
      expect(pages).toBe(101);
      expect([...totals]).toEqual([10_000]);
      expect(seqs.every((seq, i) => i === 0 || seq < (seqs[i - 1] as number))).toBe(true);
      const tenth = await walk(store, 100, 'TENTH');
      expect(tenth.ids).toHaveLength(1000);
      expect([...tenth.totals]).toEqual([1000]);
    });

    it('keeps every record across a close and reopen', async () => {
      const saved = await store.scenarios.create(fields('survives a restart', { evShare: 0.3 }));
      await store.close();
      store = await backend.open();
      expect(await store.scenarios.get(saved.id)).toEqual(saved);
    });

    it('refuses to open a store written by a newer server, naming both versions', async () => {
      await store.close();
      await backend.addNewerMigration(LATEST_VERSION + 1);
      const opening = backend.open();
      await expect(opening).rejects.toThrow(StoreError);
      await expect(opening).rejects.toThrow(`store schema version ${LATEST_VERSION + 1} (written by Smart City Sandbox 9.9.9)`);
      await expect(opening).rejects.toThrow(`knows versions up to ${LATEST_VERSION}`);
      await backend.reset();
      store = await backend.open();
    });
  });
}
