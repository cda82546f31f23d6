/**
 * Timeline filters live in the URL (`?agency=dot,epa&domain=energy&program=smart-grid-program`), so a
 * copied link reproduces the view. Within a group any value matches; the groups combine with AND.
 */
import { AGENCY_IDS, type AgencyId, POLICY_DOMAINS, type PolicyDomain, type PolicyEvent } from '@sandbox/shared/policy/schemas';

export interface TimelineFilters {
  agencies: AgencyId[];
  domains: PolicyDomain[];
  program: string | null;
}

export const NO_FILTERS: TimelineFilters = { agencies: [], domains: [], program: null };

function list<T extends string>(raw: string | null, known: readonly T[]): T[] {
  const values = (raw ?? '').split(',').map((v) => v.trim());
  // Keep the canonical order, so `?agency=epa,dot` and `?agency=dot,epa` are the same view.
  return known.filter((value) => values.includes(value));
}

export function readFilters(params: URLSearchParams): TimelineFilters {
  const program = params.get('program');
  return {
    agencies: list(params.get('agency'), AGENCY_IDS),
    domains: list(params.get('domain'), POLICY_DOMAINS),
    program: program && /^[a-z0-9-]{1,64}$/.test(program) ? program : null,
  };
}

/** The URL parameters for `filters`, keeping every other parameter (language, …) as it was. */
export function writeFilters(params: URLSearchParams, filters: TimelineFilters): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (key: string, value: string) => (value ? next.set(key, value) : next.delete(key));
  set('agency', filters.agencies.join(','));
  set('domain', filters.domains.join(','));
  set('program', filters.program ?? '');
  return next;
}

export function hasFilters(filters: TimelineFilters): boolean {
  return filters.agencies.length > 0 || filters.domains.length > 0 || filters.program !== null;
}

export function matchesFilters(event: Pick<PolicyEvent, 'agencies' | 'domains' | 'programs'>, filters: TimelineFilters): boolean {
  return (
    (filters.agencies.length === 0 || event.agencies.some((a) => filters.agencies.includes(a))) &&
    (filters.domains.length === 0 || event.domains.some((d) => filters.domains.includes(d))) &&
    (filters.program === null || event.programs.includes(filters.program))
  );
}

export function toggled<T>(values: readonly T[], value: T, order: readonly T[]): T[] {
  const next = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
  return order.filter((v) => next.includes(v));
}
