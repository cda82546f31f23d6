import type { Basemap } from '@sandbox/shared/schemas/basemap';
import type { City, Corridor, SiteType } from '@sandbox/shared/schemas/city';

export interface MapViewProps {
  city: City;
  basemap: Basemap;
  /** Called once the first frame with all layers has been drawn. */
  onReady?: () => void;
}

/** What the pointer is over, for the hover card. */
export interface HoverTarget {
  x: number;
  y: number;
  layer: 'station' | 'corridor' | 'intersection';
  name: string;
  /** Korean name, shown when the UI is in Korean. */
  nameKo?: string;
  siteType?: SiteType;
  role?: Corridor['role'];
}
