import type { Basemap } from '@sandbox/shared/city/basemap-schemas';
import type { City, Corridor, SiteType } from '@sandbox/shared/city/schemas';
import type { SafetyEventKind, VehicleKind } from '@sandbox/shared/mobility/schemas';
import type { LayerGroup, MapData } from './map-data';
import type { MapSync } from './map-sync';

export interface MapViewProps {
  city: City;
  basemap: Basemap;
  /** Live data drawn over the basemap. */
  data?: MapData;
  /** Layer groups shown (default: all). */
  visible?: ReadonlySet<LayerGroup>;
  /** Called when the user clicks a station, corridor or intersection (or a district, see below). */
  onSelect?: (target: HoverTarget) => void;
  /** Districts answer the pointer too (hover card with the load, click to select). */
  selectDistricts?: boolean;
  /** The area a page is about (default: the whole city): fitted at first, flown to when its `key` changes. */
  focus?: MapFocus;
  /** Called once the first frame with all layers has been drawn. */
  onReady?: () => void;
  /** Maps that share one view (the Lab's pair): a pan or zoom on one moves the others. */
  sync?: MapSync;
}

export interface MapFocus {
  /** Identifies the area (e.g. a corridor id); a new key moves the map, the same key leaves the user's pan alone. */
  key: string;
  bounds: City['bounds'];
  /** Room kept free on each side, px (e.g. under a legend drawn over the map). */
  padding?: { top: number; right: number; bottom: number; left: number };
  maxZoom?: number;
  /** Fitted clear of the overlays but kept in the middle (the Lab's swipe line), not shifted beside them. */
  centred?: boolean;
}

/** What the pointer is over, for the hover card. */
export interface HoverTarget {
  x: number;
  y: number;
  layer: 'station' | 'corridor' | 'intersection' | 'dyn-signal' | 'dyn-vehicle' | 'dyn-event' | 'dyn-district-load';
  /** The feature's id (station, corridor, intersection or vehicle id). */
  id?: string;
  name: string;
  /** Korean name, shown when the UI is in Korean. */
  nameKo?: string;
  siteType?: SiteType;
  /** A vehicle's kind and speed (the card words them in the UI language). */
  vehicle?: { kind: VehicleKind; speedKmh: number };
  /** A safety event's kind and time (ISO). */
  event?: { kind: SafetyEventKind; time: string };
  /** A district's demand now, kW (from the live data on the map). */
  loadKw?: number;
  role?: Corridor['role'];
}
