/**
 * A trip's trajectory as it is written: constant-acceleration phases (start time, position, speed,
 * acceleration), with the moves a driver makes between stop bars: cruise toward a speed, stop at a
 * point (reacting to a yellow, or braking comfortably), creep up a queue.
 */
/**
 * Numbers a trip writes from the start, shared by every writer: trips are built one at a time, and a
 * trip's numbers are copied out once it is done (`copy`), so building one allocates only that copy;
 * a transient trip reads a view instead (`view`, cached by length), valid until the next trip.
 */
class Scratch {
  private data: Float64Array;
  private views: Float64Array[] = [];
  length = 0;
  constructor(size: number) {
    this.data = new Float64Array(size);
  }
  /** The array to write `more` numbers into from `length` (grown if needed). */
  room(more: number): Float64Array {
    if (this.length + more > this.data.length) {
      const grown = new Float64Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
      this.views = [];
    }
    return this.data;
  }
  copy(): Float64Array {
    return this.data.slice(0, this.length);
  }
  view(): Float64Array {
    let view = this.views[this.length];
    if (!view) {
      view = this.data.subarray(0, this.length);
      this.views[this.length] = view;
    }
    return view;
  }
}

/** Phases, 4 numbers each; stops, 2 each (an array emptied for every trip would be reallocated for every trip). */
const phaseScratch = new Scratch(1024);
const stopScratch = new Scratch(64);

export class PhaseWriter {
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
  /** The free move the last `arrival` planned (see `commitArrival`): its two phases and its target. */
  private plannedDt1 = 0;
  private plannedA1 = 0;
  private plannedDt2 = 0;
  private plannedTarget = 0;
  private planned = false;
  /** The cruise speed and acceleration the last `arrival` planned with (`stop` drives with them). */
  private plannedVc = 0;
  private plannedAccel = 0;
  /**
   * Set before `stop`: where the vehicle comes to rest, and until when it keeps its speed first (a
   * driver reacting to a yellow; −∞ for none). Fields, not arguments: a number passed to a call the
   * compiler does not inline is boxed, and a stop happens at most signals of most trips.
   */
  stopTarget = 0;
  reactUntil = Number.NEGATIVE_INFINITY;
  /** The deceleration of the last stop's final braking, m/s² (set by `stop`). */
  stopDecel = 0;
  /** Set before `waitToDepart`: when the vehicle leaves the queue, s since 1970. */
  departAt = 0;
  constructor(t: number, s: number, v: number) {
    this.reset(t, s, v);
  }
  /** Starts a new trajectory (one writer serves every trip built, see trips.ts). */
  reset(t: number, s: number, v: number): void {
    phaseScratch.length = 0;
    stopScratch.length = 0;
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
    return phaseScratch.copy();
  }
  /**
   * Ends the trajectory like `phases()` but returns a view of the scratch space, valid only until the
   * next trip is written: for a caller that reads a trip once and drops it (flow-blocks.ts).
   */
  phasesView(): Float64Array {
    this.record(0);
    return phaseScratch.view();
  }
  /** Notes a stop where the vehicle is now at rest: the time it came to rest and where. */
  noteStop(): void {
    const n = stopScratch.length;
    const data = stopScratch.room(2);
    data[n] = this.t;
    data[n + 1] = this.s;
    stopScratch.length = n + 2;
  }
  /** The stops noted, pairs (time come to rest, s): a copy. */
  stops(): Float64Array {
    return stopScratch.copy();
  }
  /** The stops noted, as a view valid until the next trip is written (see `phasesView`). */
  stopsView(): Float64Array {
    return stopScratch.view();
  }
  private record(a: number): void {
    const n = phaseScratch.length;
    const data = phaseScratch.room(4);
    data[n] = this.t;
    data[n + 1] = this.s;
    data[n + 2] = this.v;
    data[n + 3] = a;
    phaseScratch.length = n + 4;
  }
  /** Arrival time and speed at `target` of a free move (see `moveTo`), without moving: `arrivalT`, `arrivalV`. */
  arrival(target: number, vc: number, accel: number): void {
    this.plan(target, vc, accel);
  }
  /** Moves freely to `target`, accelerating (or easing at 1 m/s²) toward `vc`, then cruising. */
  moveTo(target: number, vc: number, accel: number): void {
    this.plan(target, vc, accel);
    this.commitArrival();
  }
  /**
   * Makes the move the last `arrival` planned, as `moveTo` with the same arguments would (the same
   * phases from the same numbers), without computing it again: a trip passing a signal on green
   * asks for its arrival, then moves there.
   */
  commitArrival(): void {
    if (!this.planned) return;
    const target = this.plannedTarget;
    this.push(this.plannedDt1, this.plannedA1);
    this.push(this.plannedDt2, 0);
    this.s = target; // absorb rounding
  }
  // Writes the plan and the arrival to fields rather than returning an object: it runs at every signal of every trip.
  private plan(target: number, vc: number, accel: number): void {
    this.plannedVc = vc;
    this.plannedAccel = accel;
    let t = this.t;
    let s = this.s;
    let v = this.v;
    const remaining = target - s;
    this.arrivalT = t;
    this.arrivalV = v;
    this.plannedDt1 = 0;
    this.plannedDt2 = 0;
    this.planned = false;
    if (remaining <= 0) return;
    if (Math.abs(v - vc) > 0.01) {
      const a = v < vc ? accel : -1;
      const d = (vc * vc - v * v) / (2 * a);
      this.plannedA1 = a;
      if (d >= remaining) {
        const vEnd = Math.sqrt(Math.max(0.01, v * v + 2 * a * remaining));
        const dt = (vEnd - v) / a;
        this.plannedDt1 = dt;
        t += dt;
        v = vEnd;
        s = target;
      } else {
        const dt = (vc - v) / a;
        this.plannedDt1 = dt;
        t += dt;
        s += d;
        v = vc;
      }
    }
    if (s < target) {
      const dt = (target - s) / Math.max(v, 0.5);
      this.plannedDt2 = dt;
      t += dt;
    }
    this.planned = true;
    this.plannedTarget = target;
    this.arrivalT = t;
    this.arrivalV = v;
  }
  /** Waits at rest until `departAt` (at least a second). */
  waitToDepart(): void {
    this.push(Math.max(1, this.departAt - this.t), 0);
  }
  /**
   * Brings the vehicle to rest exactly at `stopTarget`: keeps its speed until `reactUntil` (a driver
   * reacting to a yellow), then brakes as needed; with room to spare it first accelerates toward the
   * cruise speed of the arrival just planned (`arrival`, with its acceleration) and brakes at
   * `comfort`. The deceleration of the final braking, m/s², goes to `stopDecel`.
   */
  stop(comfort: number): void {
    const target = this.stopTarget;
    const reactUntil = this.reactUntil;
    const vc = this.plannedVc;
    const accel = this.plannedAccel;
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
    this.stopDecel = b;
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
