/**
 * One memory budget, in bytes, for every cache of the engine. Entries of all caches share one
 * least-recently-used order and one byte count, so a scenario nobody looks at any more gives its
 * room to the one being watched, whichever kind of data each holds. Sizes are estimates made by
 * each cache from what it stores (typed-array bytes plus a per-object allowance): the point is a
 * bound that scales with what is held, not an exact heap figure.
 *
 * The engine is deterministic, so an evicted entry is only ever recomputed, never wrong.
 */

interface Entry {
  bytes: number;
  value: unknown;
  /** Called when the budget drops the entry to stay within its bytes; not on `set` over it, `delete` or `clear`. */
  onEvict: (() => void) | undefined;
  cache: string;
}

export class MemoryBudget {
  /** Map order is the LRU order: the first key is the least recently used. */
  private readonly entries = new Map<string, Entry>();
  private readonly counts = new Map<string, { entries: number; bytes: number }>();
  private held = 0;
  /** Entries dropped to stay within the budget since start (for tests and metrics). */
  evictions = 0;

  constructor(readonly maxBytes: number) {
    if (!(maxBytes > 0)) throw new RangeError('a memory budget needs a positive number of bytes');
  }

  /** Bytes held by every cache together (estimated). */
  get bytes(): number {
    return this.held;
  }

  /** Entries and bytes per cache name, for tests and diagnostics. */
  usage(): Record<string, { entries: number; bytes: number }> {
    return Object.fromEntries([...this.counts].map(([name, count]) => [name, { ...count }]));
  }

  /**
   * A cache of values under this budget; `sizeOf` estimates a value's bytes once, when stored;
   * `onEvict` lets a value free what it holds outside the cache when the budget drops it.
   */
  cache<V>(name: string, sizeOf: (value: V) => number, onEvict?: (value: V) => void): BudgetCache<V> {
    return new BudgetCache<V>(this, name, sizeOf, onEvict);
  }

  /** A cache of small JSON-like answers, sized by their JSON text (see `jsonBytes`). */
  jsonCache<V>(name: string): BudgetCache<V> {
    return new BudgetCache<V>(this, name, jsonBytes);
  }

  /**
   * Accounts for memory held elsewhere (a structure that grows and shrinks, like a simulation's trip
   * store): the owner reports its size with `resize`, and `onEvict` must free it when called.
   */
  track(name: string, key: string, onEvict: () => void): TrackedMemory {
    const fullKey = `${name}\u0000${key}`;
    this.put(fullKey, name, undefined, 0, onEvict);
    return {
      resize: (bytes) => {
        const entry = this.entries.get(fullKey);
        if (!entry) {
          if (bytes > 0) this.put(fullKey, name, undefined, bytes, onEvict);
          return;
        }
        this.adjust(entry, bytes - entry.bytes);
        this.touchKey(fullKey, entry);
        this.trim(fullKey);
      },
      release: () => this.remove(fullKey),
    };
  }

  /** @internal */
  get(fullKey: string): Entry | undefined {
    const entry = this.entries.get(fullKey);
    if (entry) this.touchKey(fullKey, entry);
    return entry;
  }

  /** @internal Stores an entry unless it alone is larger than the whole budget. */
  put(fullKey: string, cache: string, value: unknown, bytes: number, onEvict?: () => void): void {
    this.remove(fullKey);
    if (bytes > this.maxBytes) return;
    const entry: Entry = { bytes: 0, value, onEvict, cache };
    this.entries.set(fullKey, entry);
    this.adjust(entry, bytes, 1);
    this.trim(fullKey);
  }

  /** @internal */
  remove(fullKey: string): boolean {
    const entry = this.entries.get(fullKey);
    if (!entry) return false;
    this.entries.delete(fullKey);
    this.adjust(entry, -entry.bytes, -1);
    return true;
  }

  /** @internal Drops every entry of one cache (its owner's `clear`). */
  removeCache(cache: string): void {
    for (const [key, entry] of this.entries) if (entry.cache === cache) this.remove(key);
  }

  /** @internal */
  countOf(cache: string): number {
    return this.counts.get(cache)?.entries ?? 0;
  }

  private touchKey(fullKey: string, entry: Entry): void {
    this.entries.delete(fullKey);
    this.entries.set(fullKey, entry);
  }

  private adjust(entry: Entry, deltaBytes: number, deltaEntries = 0): void {
    entry.bytes += deltaBytes;
    this.held += deltaBytes;
    const count = this.counts.get(entry.cache) ?? { entries: 0, bytes: 0 };
    count.entries += deltaEntries;
    count.bytes += deltaBytes;
    if (count.entries <= 0 && count.bytes <= 0) this.counts.delete(entry.cache);
    else this.counts.set(entry.cache, count);
  }

  /** Evicts least recently used entries until the budget holds; never the entry just stored. */
  private trim(keep: string): void {
    for (const [key, entry] of this.entries) {
      if (this.held <= this.maxBytes) return;
      if (key === keep) continue;
      this.remove(key);
      this.evictions++;
      entry.onEvict?.();
    }
  }
}

export interface TrackedMemory {
  /** The structure's size now, in bytes (it becomes the most recently used). */
  resize(bytes: number): void;
  /** The structure is gone: stop counting it. */
  release(): void;
}

/** A named view of the budget: get, set and getOrCompute by key, as the engine's caches use them. */
export class BudgetCache<V> {
  constructor(
    private readonly budget: MemoryBudget,
    readonly name: string,
    private readonly sizeOf: (value: V) => number,
    private readonly onEvict?: (value: V) => void,
  ) {}

  /** Entries this cache holds now. */
  get size(): number {
    return this.budget.countOf(this.name);
  }

  private keyOf(key: string): string {
    return `${this.name}\u0000${key}`;
  }

  get(key: string): V | undefined {
    return this.budget.get(this.keyOf(key))?.value as V | undefined;
  }

  set(key: string, value: V): void {
    const { onEvict } = this;
    this.budget.put(this.keyOf(key), this.name, value, this.sizeOf(value), onEvict && (() => onEvict(value)));
  }

  getOrCompute(key: string, compute: () => V): V {
    const hit = this.budget.get(this.keyOf(key));
    if (hit) return hit.value as V;
    const value = compute();
    this.set(key, value);
    return value;
  }

  delete(key: string): boolean {
    return this.budget.remove(this.keyOf(key));
  }

  clear(): void {
    this.budget.removeCache(this.name);
  }
}

/** Rough per-object allowance for size estimates (a small object, its hidden class share, a key). */
export const OBJECT_BYTES = 64;

/** Bytes of the typed arrays and numbers in a flat record of columns, plus an allowance per object. */
export function columnBytes(record: object): number {
  let bytes = OBJECT_BYTES;
  for (const value of Object.values(record)) {
    if (ArrayBuffer.isView(value)) bytes += value.byteLength + OBJECT_BYTES;
    else bytes += 16;
  }
  return bytes;
}

/** Estimated bytes of a JSON-like value (strings at two bytes a character): for small answer objects. */
export function jsonBytes(value: unknown): number {
  return 2 * JSON.stringify(value).length + OBJECT_BYTES;
}
