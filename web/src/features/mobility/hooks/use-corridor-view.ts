/**
 * The Mobility page's selections from the URL (use-mobility-view.ts) turned into what its panels are
 * told: the corridor (the default one when the URL names none or an unknown one) and its name, the
 * charts' window and the signals' intersection. The page and its embeds (embed.tsx) share it.
 */
import type { City } from '@sandbox/shared/city/schemas';
import { localName, useUiLanguage } from '../../../i18n/use-ui-language';
import { useScenario } from '../../../state/scenario/use-scenario';
import { useMobilityView } from './use-mobility-view';

export function useCorridorView(city: City) {
  const language = useUiLanguage();
  const { scenario } = useScenario();
  const selection = useMobilityView(city);
  const { view, selectIntersection, selectMessage } = selection;
  const corridor = city.corridors.find((c) => c.id === view.corridorId) ?? city.corridors[0];
  if (!corridor) return { ...selection, corridor: undefined } as const;
  const corridorName = localName(corridor, language);
  return {
    ...selection,
    corridor,
    corridorName,
    charts: { corridorId: corridor.id, corridorName, span: view.span, timeZone: city.timezone },
    signals: { corridor, intersectionId: view.intersectionId, onSelect: selectIntersection },
    /** The BSM panel's props but its sample (useBsmSample): the page reads that sample anyway. */
    bsm: { corridorId: corridor.id, corridorName, scenario, messageId: view.messageId, onSelect: selectMessage },
  } as const;
}
