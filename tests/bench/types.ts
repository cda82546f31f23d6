/** The shapes shared by the bench runner and its suites. */

/** One measured figure. Records merge into docs/performance.json by `name`. */
export interface BenchRecord {
  /** Stable id, e.g. `engine.air.readings-per-s`. */
  name: string;
  /** What a reader sees in the table. */
  label: string;
  value: number;
  unit: string;
  /** The cost floor or reference measured in the same run (null when the figure has none). */
  baseline: number | null;
  /** value ÷ baseline (null without a baseline). */
  ratio: number | null;
  /** The target as text, e.g. `≥ 5,000,000`. */
  target: string;
  /** Whether the value meets the target (null when there is none). */
  met: boolean | null;
  /** Date of the measurement, YYYY-MM-DD. */
  measured: string;
  suite: string;
}

/** A bench suite: measures and returns its records. Register it in suites/index.ts. */
export interface BenchSuite {
  name: string;
  description: string;
  run(): Promise<BenchRecord[]> | BenchRecord[];
}
