/**
 * The column beside the map: corridor and span pickers, the numbers now, the corridor charts, signal
 * timing, today's safety events, the BSM sample and the real program behind them. Selections live
 * in the URL (useMobilityView); every query carries the scenario.
 */
import type { City } from '@sandbox/shared/city/schemas';
import type { Segment } from '@sandbox/shared/mobility/schemas';
import { localName, useUiLanguage } from '../../../i18n/use-ui-language';
import { useScenario } from '../../../state/scenario/use-scenario';
import { ProgramContextCard } from '../../../ui/program-card/program-card';
import { useBsmSample, useEventsToday } from '../hooks/use-mobility-queries';
import { useMobilityView } from '../hooks/use-mobility-view';
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
  const language = useUiLanguage();
  const { view, selectCorridor, selectIntersection, setSpan, selectMessage } = useMobilityView(city);
  const corridor = city.corridors.find((c) => c.id === view.corridorId) ?? city.corridors[0];
  const today = useEventsToday(city.timezone);
  const bsm = useBsmSample(view.corridorId);
  if (!corridor) return null;
  const corridorName = localName(corridor, language);
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
      <CorridorCharts corridorId={corridor.id} corridorName={corridorName} span={view.span} timeZone={city.timezone} />
      <SignalsPanel corridor={corridor} intersectionId={view.intersectionId} onSelect={selectIntersection} />
      <EventsPanel
        city={city}
        query={today.events}
        dayStartMs={today.dayStartMs}
        nowMs={today.nowMs}
        onSelectIntersection={selectIntersection}
      />
      <BsmPanel
        corridorId={corridor.id}
        corridorName={corridorName}
        query={bsm}
        scenario={scenario}
        messageId={view.messageId}
        onSelect={selectMessage}
      />
      <div className="mobility__context">
        <CveCard city={city} bsmRateHz={scenario.levers.bsmRateHz} connectedShare={scenario.levers.connectedShare} />
        <ProgramContextCard programId="smart-columbus" />
      </div>
    </>
  );
}
