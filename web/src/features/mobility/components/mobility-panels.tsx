/**
 * The column beside the map: corridor and span pickers, the numbers now, the corridor charts, signal
 * timing, today's safety events, the BSM sample and the real program behind them. Selections live
 * in the URL (useMobilityView); every query carries the scenario.
 */
import type { City } from '@sandbox/shared/city/schemas';
import type { Segment } from '@sandbox/shared/mobility/schemas';
import { useScenario } from '../../../state/scenario/use-scenario';
import { useCityProposal, WINNER_PROGRAM } from '../../../ui/program-card/city-proposal';
import { ProgramContextCard } from '../../../ui/program-card/program-card';
import { useCorridorView } from '../hooks/use-corridor-view';
import { useBsmSample, useEventsToday } from '../hooks/use-mobility-queries';
import { countByKind } from '../utils/events-summary';
import { BsmPanel } from './bsm-panel';
import { CorridorCharts } from './corridor-charts';
import { CveCard } from './cve-card';
import { EventsPanel } from './events-panel';
import { MobilityKpis } from './mobility-kpis';
import { SignalsPanel } from './signals-panel';
import { CorridorPicker, SpanPicker } from './view-controls';

export function MobilityPanels({ city, network }: { city: City; network: readonly Segment[] | undefined }) {
  const { scenario } = useScenario();
  const proposal = useCityProposal(city.id);
  const corridors = useCorridorView(city);
  const { view, selectCorridor, selectIntersection, setSpan } = corridors;
  const today = useEventsToday(city.timezone);
  const bsm = useBsmSample(view.corridorId);
  if (!corridors.corridor) return null;
  const { corridor, corridorName } = corridors;
  const events = today.events.data;
  return (
    <>
      <div className="mobility__controls">
        <CorridorPicker city={city} value={corridor.id} onChange={selectCorridor} />
        <SpanPicker value={view.span} onChange={setSpan} />
      </div>
      <MobilityKpis
        corridorId={corridor.id}
        corridorName={corridorName}
        network={network}
        eventsToday={events ? { total: events.total, byKind: countByKind(events.events) } : undefined}
      />
      <CorridorCharts {...corridors.charts} />
      <SignalsPanel {...corridors.signals} />
      <EventsPanel city={city} today={today} onSelectIntersection={selectIntersection} />
      <BsmPanel {...corridors.bsm} query={bsm} />
      <div className="mobility__context">
        {/* Another finalist: what it proposed first, then the deployment whose data shapes the page simulates. */}
        {proposal && proposal !== WINNER_PROGRAM ? <ProgramContextCard programId={proposal} /> : null}
        <CveCard city={city} bsmRateHz={scenario.levers.bsmRateHz} connectedShare={scenario.levers.connectedShare} />
        <ProgramContextCard programId={WINNER_PROGRAM} />
      </div>
    </>
  );
}
