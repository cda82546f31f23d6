/**
 * Vehicles drawn on one 2D canvas over the map, redrawn at display rate while they glide between
 * stream frames, and whenever the camera moves. Why not a GeoJSON layer updated every animation
 * frame: each update makes the GL map repaint every layer, and in a software-GL browser (headless
 * Chromium, a projector laptop without a GPU driver) that repaint costs the same with 10 vehicles
 * as with 2,000, several times the frame budget (docs/decisions/060-vehicle-overlay.md). The
 * canvas costs one batched path per colour. Positions come from `interpolateVehicles` into
 * reused typed arrays; screen positions are reused too, and serve hit-testing for the hover card.
 */
import type { VehicleColumns } from '@sandbox/shared/live/schemas';
import { VEHICLE_COLOURS } from './data-layers';
import type { VehiclePositions } from './vehicle-interpolation';

/** The part of a MapLibre / Mapbox GL map the overlay uses. */
export interface ProjectingMap {
  project(lngLat: [number, number]): { x: number; y: number };
  getZoom(): number;
  getCanvasContainer(): HTMLElement;
  on(type: 'move' | 'resize', listener: () => void): unknown;
  off(type: 'move' | 'resize', listener: () => void): unknown;
}

export function isProjectingMap(map: unknown): map is ProjectingMap {
  const m = map as Partial<ProjectingMap> | null;
  return typeof m?.project === 'function' && typeof m.getCanvasContainer === 'function' && typeof m.on === 'function';
}

/** Linear in zoom between two stops, clamped: the same curve as a style's `interpolate`. */
export function byZoom(zoom: number, [z0, v0]: [number, number], [z1, v1]: [number, number]): number {
  const t = Math.min(1, Math.max(0, (zoom - z0) / (z1 - z0)));
  return v0 + (v1 - v0) * t;
}

/** Dot radius and the sideways shift onto the vehicle's own side of the road (right-hand traffic), px. */
export const VEHICLE_RADIUS: [[number, number], [number, number]] = [
  [10, 2.4],
  [14, 5],
];
export const VEHICLE_SIDE_OFFSET: [[number, number], [number, number]] = [
  [10, 1.5],
  [14, 4],
];

const GROUPS = ['other', 'connected', 'truck', 'bus'] as const;
type Group = (typeof GROUPS)[number];

function groupOf(columns: VehicleColumns, k: number): Group {
  const kind = columns.kind[k];
  if (kind === 'bus' || kind === 'truck') return kind;
  return columns.connected[k] ? 'connected' : 'other';
}

export class VehicleOverlay {
  private readonly canvas: HTMLCanvasElement;
  private readonly context: CanvasRenderingContext2D | null;
  private positions: VehiclePositions | undefined;
  private columns: VehicleColumns | undefined;
  private visible = true;
  private screenX = new Float32Array(0);
  private screenY = new Float32Array(0);
  private radius = 0;
  private readonly redraw = () => this.draw();

  constructor(private readonly map: ProjectingMap) {
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'vehicle-overlay';
    this.canvas.setAttribute('aria-hidden', 'true');
    Object.assign(this.canvas.style, { position: 'absolute', inset: '0', width: '100%', height: '100%', pointerEvents: 'none' });
    map.getCanvasContainer().append(this.canvas);
    this.context = this.canvas.getContext('2d');
    map.on('move', this.redraw);
    map.on('resize', this.redraw);
  }

  /** New positions (index into `columns` per vehicle), drawn at once. */
  update(positions: VehiclePositions, columns: VehicleColumns): void {
    this.positions = positions;
    this.columns = columns;
    this.draw();
  }

  clear(): void {
    this.positions = undefined;
    this.columns = undefined;
    this.draw();
  }

  setVisible(visible: boolean): void {
    this.visible = visible;
    this.draw();
  }

  /** The vehicle drawn nearest to a point (container px) within a few pixels of its dot, as an index into the columns. */
  vehicleAt(x: number, y: number): { columns: VehicleColumns; index: number } | null {
    const { positions, columns } = this;
    if (!this.visible || !positions || !columns) return null;
    const reach = Math.max(6, this.radius + 3);
    let best = -1;
    let bestDistance = reach * reach;
    for (let i = 0; i < positions.count; i++) {
      const dx = (this.screenX[i] as number) - x;
      const dy = (this.screenY[i] as number) - y;
      const d = dx * dx + dy * dy;
      if (d <= bestDistance) {
        bestDistance = d;
        best = i;
      }
    }
    return best < 0 ? null : { columns, index: positions.index[best] as number };
  }

  destroy(): void {
    this.map.off('move', this.redraw);
    this.map.off('resize', this.redraw);
    this.canvas.remove();
  }

  private fitCanvas(): { width: number; height: number } {
    const ratio = window.devicePixelRatio || 1;
    const width = this.canvas.clientWidth;
    const height = this.canvas.clientHeight;
    if (this.canvas.width !== Math.round(width * ratio) || this.canvas.height !== Math.round(height * ratio)) {
      this.canvas.width = Math.round(width * ratio);
      this.canvas.height = Math.round(height * ratio);
    }
    this.context?.setTransform(ratio, 0, 0, ratio, 0, 0);
    return { width, height };
  }

  /** Screen positions of the current vehicles (on their side of the road), reused between draws. */
  private project(positions: VehiclePositions, columns: VehicleColumns, zoom: number): void {
    if (this.screenX.length < positions.count) {
      this.screenX = new Float32Array(positions.lng.length);
      this.screenY = new Float32Array(positions.lng.length);
    }
    const side = byZoom(zoom, ...VEHICLE_SIDE_OFFSET);
    const lngLat: [number, number] = [0, 0];
    for (let i = 0; i < positions.count; i++) {
      lngLat[0] = positions.lng[i] as number;
      lngLat[1] = positions.lat[i] as number;
      const point = this.map.project(lngLat);
      // Heading is clockwise from north; its right-hand normal on screen (y down) is (cos h, sin h).
      const heading = ((columns.headingDeg[positions.index[i] as number] ?? 0) * Math.PI) / 180;
      this.screenX[i] = point.x + side * Math.cos(heading);
      this.screenY[i] = point.y + side * Math.sin(heading);
    }
  }

  private draw(): void {
    const { positions, columns } = this;
    const zoom = this.map.getZoom();
    this.radius = byZoom(zoom, ...VEHICLE_RADIUS);
    if (this.visible && positions && columns) this.project(positions, columns, zoom);
    const ctx = this.context;
    if (!ctx) return;
    const { width, height } = this.fitCanvas();
    ctx.clearRect(0, 0, width, height);
    if (!this.visible || !positions || !columns) return;
    const r = this.radius;
    ctx.lineWidth = byZoom(zoom, [10, 0.4], [14, 1]);
    ctx.strokeStyle = '#ffffff';
    // One path per colour: a few fills for thousands of dots.
    for (const group of GROUPS) {
      ctx.beginPath();
      for (let i = 0; i < positions.count; i++) {
        if (groupOf(columns, positions.index[i] as number) !== group) continue;
        const x = this.screenX[i] as number;
        const y = this.screenY[i] as number;
        if (x < -r || y < -r || x > width + r || y > height + r) continue;
        ctx.moveTo(x + r, y);
        ctx.arc(x, y, r, 0, 2 * Math.PI);
      }
      ctx.fillStyle = VEHICLE_COLOURS[group];
      ctx.fill();
      ctx.stroke();
    }
  }
}
