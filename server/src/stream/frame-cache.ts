/**
 * Serialized frames keyed by (scenario, topics, step, instant): computed once, written to every
 * client that needs them. Bounded LRU (a Map keeps insertion order), so memory stays flat however
 * many scenarios are watched.
 */
export class FrameCache {
  private readonly entries = new Map<string, string>();

  constructor(private readonly capacity: number) {}

  get size(): number {
    return this.entries.size;
  }

  getOrCompute(key: string, compute: () => string): string {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      // Refresh recency.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const value = compute();
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}
