/**
 * The Energy panels that can stand alone in an iframe (/embed/<name>, shell/embed/): each reads the
 * page's own URL (district, meter, span, the clock and the scenario) through the hook the page uses,
 * so a page's address with its path swapped for /embed/<name> shows that panel as the page does.
 */
import './energy.css';
import type { City } from '@sandbox/shared/city/schemas';
import type { ReactNode } from 'react';
import { CityGate } from '../../ui/city-gate';
import { embedNames } from '../../ui/embed-names';
import { ClassLoadPanel } from './components/class-load-panel';
import { DistrictPanel } from './components/district-panel';
import { DurationPanel } from './components/duration-panel';
import { EnergyPatterns } from './components/energy-patterns';
import { HeatmapPanel } from './components/heatmap-panel';
import { MeterSection } from './components/meter-section';
import { useEnergyPanels } from './hooks/use-energy-panels';

type Panels = ReturnType<typeof useEnergyPanels>;

function EnergyPanelOf({ city, panel }: { city: City; panel: (city: City, panels: Panels) => ReactNode }) {
  const panels = useEnergyPanels(city);
  // The page's class: some of its panels' rules are scoped to it.
  // The hatches the charts fill with (missing and estimated reads, PV export) are defined once per
  // document; the page defines them beside its map, so an embed, which has no map, defines its own.
  return (
    <div className="energy">
      <EnergyPatterns />
      {panel(city, panels)}
    </div>
  );
}

type Render = Parameters<typeof EnergyPanelOf>[0]['panel'];

const PANELS = {
  load: (_, { common, view }) => <ClassLoadPanel {...common} span={view.span} />,
  duration: (_, { common, view }) => <DurationPanel {...common} span={view.span} />,
  heatmap: (_, { common }) => <HeatmapPanel {...common} />,
  districts: (city, { common, setDistrict }) => (
    <DistrictPanel city={city} selected={common.district} onSelect={setDistrict} language={common.language} format={common.format} />
  ),
  // The chart of the link's meter (or the page's default), without the page's picker: an embed has no controls.
  meter: (_, { meter }) => <MeterSection {...meter} withPicker={false} />,
} satisfies Record<string, Render>;

export const ENERGY_EMBED_NAMES = embedNames(PANELS);
export type EnergyEmbedName = (typeof ENERGY_EMBED_NAMES)[number];

/** The panel `name` of the page, once the city has arrived. */
export function EnergyEmbed({ name }: { name: EnergyEmbedName }) {
  return <CityGate>{(city) => <EnergyPanelOf city={city} panel={PANELS[name]} />}</CityGate>;
}
