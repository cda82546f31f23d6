/**
 * Searching the meter inventory, for every picker of a meter (the Data page's explorer, the Scenario
 * panel's meter faults): the server searches the ids for the typed part and answers its first 50
 * matches with the total, so the browser never holds the program's 110,000 meters. A deferred text
 * keeps typing smooth; the last answer stays up while the next one loads.
 */
import type { Scenario } from '@sandbox/shared/scenario/schemas';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { useScenario } from '../state/scenario/use-scenario';
import { SHOWN_OPTIONS } from '../ui/combobox';
import { scenarioQuery } from './contract-query';

/** A page of the meter inventory whose ids contain `search` (none: the first meters). */
export const meterSearchQuery = (scenario: Scenario, search: string, limit: number) =>
  scenarioQuery('energyMeters', scenario, search === '' ? { limit } : { limit, search });

/** Typed text as a meter search: the API takes letters, digits and dashes (a space reads as a dash), at most 40. */
export function meterSearchText(text: string): string {
  return text
    .trim()
    .replace(/\s+/g, '-')
    .replace(/[^a-zA-Z0-9-]/g, '')
    .slice(0, 40);
}

/** The Combobox props of a meter picker: its matches, their total, whether a search is under way, and where typing goes. */
export function useMeterSearch(enabled: boolean) {
  const { scenario } = useScenario();
  const [text, setText] = useState('');
  const search = useDeferredValue(meterSearchText(text));
  const query = useQuery({ ...meterSearchQuery(scenario, search, SHOWN_OPTIONS), enabled, placeholderData: keepPreviousData });
  return {
    options: (query.data?.meters ?? []).map(({ id }) => ({ value: id, label: id })),
    total: query.data?.total,
    searching: query.isFetching,
    onSearch: setText,
  };
}
