/**
 * Moving the view to another city: the same page, language, clock and levers (a heat wave or an EV
 * share means the same anywhere), but not what names the old city's places: sensor faults (a
 * station or meter id) and the page's own selections (a district, a corridor, a chosen station).
 */
import { sharedSearch } from '../view-params';
import { decodeScenario, writeScenario } from './scenario-codec';

export function withCity(search: URLSearchParams, cityId: string): URLSearchParams {
  const { scenario } = decodeScenario(search);
  const next = new URLSearchParams(sharedSearch(`?${search.toString()}`));
  writeScenario(next, { ...scenario, city: cityId, faults: [] });
  return next;
}
