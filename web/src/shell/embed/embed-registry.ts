/**
 * Every panel that can be embedded on its own (/embed/<name>): the panels with a table and a CSV.
 * The names are listed here so an unknown one is answered at once; each feature's `embed.tsx`
 * builds its panels, loaded as its own chunk only when one of them is asked for.
 */
import type { ComponentType } from 'react';
import type { AirEmbedName } from '../../features/air/embed';
import type { DataEmbedName } from '../../features/data/embed';
import type { EnergyEmbedName } from '../../features/energy/embed';
import type { MobilityEmbedName } from '../../features/mobility/embed';

interface EmbedFeature<Name extends string> {
  /** The page the panels are on (its path opens the full view). */
  page: 'air' | 'energy' | 'mobility' | 'data';
  path: string;
  names: readonly Name[];
  /** The feature's embed component, which draws the panel `name`. */
  load: () => Promise<ComponentType<{ name: Name }>>;
}

/** Spelled with the feature's own name type, so a name it does not have is a type error. */
const feature = <Name extends string>(spec: EmbedFeature<Name>) => spec;

export const EMBED_FEATURES = [
  feature<AirEmbedName>({
    page: 'air',
    path: '/air',
    names: ['pm25', 'ozone', 'stations', 'weather', 'aqi-calendar'],
    load: () => import('../../features/air/embed').then((m) => m.AirEmbed),
  }),
  feature<EnergyEmbedName>({
    page: 'energy',
    path: '/energy',
    names: ['load', 'duration', 'districts', 'heatmap', 'meter'],
    load: () => import('../../features/energy/embed').then((m) => m.EnergyEmbed),
  }),
  feature<MobilityEmbedName>({
    page: 'mobility',
    path: '/mobility',
    names: ['corridor-speed', 'corridor-travel-time', 'corridor-volume', 'events', 'signals', 'bsm'],
    load: () => import('../../features/mobility/embed').then((m) => m.MobilityEmbed),
  }),
  feature<DataEmbedName>({
    page: 'data',
    path: '/data',
    names: ['series'],
    load: () => import('../../features/data/embed').then((m) => m.DataEmbed),
  }),
] as const;

export type EmbedName = (typeof EMBED_FEATURES)[number]['names'][number];

export const EMBED_NAMES: readonly EmbedName[] = EMBED_FEATURES.flatMap((f) => f.names);

export function isEmbedName(name: string): name is EmbedName {
  return (EMBED_NAMES as readonly string[]).includes(name);
}

/** The feature a panel belongs to (every name is in exactly one). */
export function embedFeature(name: EmbedName) {
  return EMBED_FEATURES.find((f) => (f.names as readonly string[]).includes(name)) as (typeof EMBED_FEATURES)[number];
}
