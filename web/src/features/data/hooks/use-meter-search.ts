/**
 * The meter picker's matches: the server searches the inventory for the typed part of an id and
 * answers its first 50 matches with the total, so the browser never holds the program's 110,000
 * meters. A deferred text keeps typing smooth; the last answer stays up while the next one loads.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { useScenario } from '../../../state/scenario/use-scenario';
import { SHOWN_OPTIONS } from '../../../ui/combobox';
import { meterSearchQuery, meterSearchText } from '../api/data-queries';

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
