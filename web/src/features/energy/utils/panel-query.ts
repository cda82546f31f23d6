/** A query's state with derived data, as the shared Panel takes it (data shaped, states kept). */
import type { PanelQuery } from '../../../ui/panel';

export function derivedQuery<T>(
  query: { isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown },
  data: T | undefined,
): PanelQuery<T> {
  return { data, isPending: query.isPending, isError: query.isError, error: query.error, refetch: query.refetch };
}
