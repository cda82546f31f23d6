/**
 * A trip's trajectory as it is written: constant-acceleration phases (start time, position, speed,
 * acceleration), with the moves a driver makes between stop bars: cruise toward a speed, stop at a
 * point (reacting to a yellow, or braking comfortably), creep up a queue.
 */
/**
 * Scratch space the writer fills, shared by every writer: trips are built one at a time, and a trip's
 * phases are copied out once it is done (`phases()`), so building one allocates only that copy.
 */
let scratch = new Float64Array(1024);
/** Views of the first `4k` numbers of `scratch`, by `k`: a transient trip's phases without a copy. */
let views: Float64Array[] = [];

export class PhaseWriter {
  private n = 0;
  t = 0;
  s = 0;
  v = 0;
  /** Arrival time and speed at the target of the last `arrival` or `moveTo`. */
  arrivalT = 0;
  arrivalV = 0;
  /** Time, position and speed where the last stop's braking began. */
  brakeT = 0;
  brakeS = 0;
  brakeV = 0;
  constructor(t: number, s: number, v: number) {
    this.t = t;
    this.s = s;
    this.v = v;
  }
  push(duration: number, a: number): void {
    if (duration <= 0) return;
    this.record(a);
    this.s += this.v * duration + 0.5 * a * duration * duration;
    this.v = Math.max(0, this.v + a * duration);
    this.t += duration;
  }
  /** Ends the trajectory with a terminal phase (at rest or leaving) and returns a copy of all phases. */
  phases(): Float64Array {
    this.record(0);
    return scratch.slice(0, this.n);
  }
  /**
   * Ends the trajectory like `phases()` but returns a view of the scratch space, valid only until the
   * next trip is written: for a caller that reads a trip once and drops it (flow-blocks.ts).
   */
  phasesView(): Float64Array {
    this.record(0);
    const k = this.n / 4;
    let view = views[k];
    if (!view) {
      view = scratch.subarray(0, this.n);
      views[k] = view;
    }
    return view;
  }
  private record(a: number): void {
    if (this.n + 4 > scratch.length) {
      const grown = new Float64Array(scratch.length * 2);
      grown.set(scratch);
      scratch = grown;
      views = [];
    }
    scratch[this.n] = this.t;
    scratch[this.n + 1] = this.s;
    scratch[this.n + 2] = this.v;
    scratch[this.n + 3] = a;
    this.n += 4;
  }
  /** Arrival time and speed at `target` of a free move (see `moveTo`), without moving: `arrivalT`, `arrivalV`. */
  arrival(target: number, vc: number, accel: number): void {
    this.move(target, vc, accel, false);
  }
  /** Moves freely to `target`, accelerating (or easing at 1 m/s²) toward `vc`, then cruising. */
  moveTo(target: number, vc: number, accel: number): void {
    this.move(target, vc, accel, true);
  }
  // Writes the arrival to fields rather than returning an object: it runs at every signal of every trip.
  private move(target: number, vc: number, accel: number, commit: boolean): void {
    let t = this.t;
    let s = this.s;
    let v = this.v;
    const remaining = target - s;
    this.arrivalT = t;
    this.arrivalV = v;
    if (remaining <= 0) return;
    if (Math.abs(v - vc) > 0.01) {
      const a = v < vc ? accel : -1;
      const d = (vc * vc - v * v) / (2 * a);
      if (d >= remaining) {
        const vEnd = Math.sqrt(Math.max(0.01, v * v + 2 * a * remaining));
        const dt = (vEnd - v) / a;
        if (commit) this.push(dt, a);
        t += dt;
        v = vEnd;
        s = target;
      } else {
        const dt = (vc - v) / a;
        if (commit) this.push(dt, a);
        t += dt;
        s += d;
        v = vc;
      }
    }
    if (s < target) {
      const dt = (target - s) / Math.max(v, 0.5);
      if (commit) this.push(dt, 0);
      t += dt;
    }
    if (commit) this.s = target; // absorb rounding
    this.arrivalT = t;
    this.arrivalV = v;
  }
  /**
   * Brings the vehicle to rest exactly at `target`: keeps its speed until `reactUntil` (a driver
   * reacting to a yellow), then brakes as needed; with room to spare it first accelerates toward `vc`
   * and brakes at `comfort`. Returns the deceleration of the final braking, m/s².
   */
  stopAt(target: number, vc: number, accel: number, comfort: number, reactUntil: number): number {
    if (reactUntil > this.t && this.v > 0.1) {
      const d = Math.min(this.v * (reactUntil - this.t), Math.max(0, target - this.s - 0.5));
      if (d > 0) this.push(d / this.v, 0);
    }
    const distance = target - this.s;
    const v = this.v;
    let b = comfort;
    this.mark();
    if (distance > 0.01) {
      if (v > 0.1 && (reactUntil > Number.NEGATIVE_INFINITY || (v * v) / (2 * comfort) >= distance)) {
        b = Math.max(0.3, (v * v) / (2 * distance));
        this.push(v / b, -b);
      } else if (v <= 0.1 && distance < 2) {
        this.creep(distance, accel);
      } else {
        const top = Math.max(vc, v);
        const peak = Math.sqrt((distance + (v * v) / (2 * accel)) / (1 / (2 * accel) + 1 / (2 * comfort)));
        if (peak <= top) {
          if (peak > v) this.push((peak - v) / accel, accel);
          this.mark();
          this.push(peak / comfort, -comfort);
        } else {
          this.moveTo(target - (top * top) / (2 * comfort), top, accel);
          this.mark();
          this.push(this.v / comfort, -comfort);
        }
      }
    }
    this.s = target;
    this.v = 0;
    return b;
  }
  private mark(): void {
    this.brakeT = this.t;
    this.brakeS = this.s;
    this.brakeV = this.v;
  }
  /** Moves up a short distance from rest (accelerate, then brake at the same rate). */
  private creep(distance: number, accel: number): void {
    const a = Math.min(accel, 1);
    const peak = Math.sqrt(a * distance);
    this.push(peak / a, a);
    this.push(peak / a, -a);
  }
}
