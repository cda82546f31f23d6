import type { Basemap } from '@sandbox/shared/schemas/basemap';
import type { City } from '@sandbox/shared/schemas/city';

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
  layer: string;
  name: string;
  detail?: string;
}
