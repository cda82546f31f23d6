/**
 * The policy context in the UI language, with lookups by id. The server sends one language at a
 * time, so switching language fetches (once) the other translation of the same ids.
 */
import type { Policy, PolicyAgency, PolicyProgram, PolicySource } from '@sandbox/shared/policy/schemas';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { policyQuery } from '../../api/queries';
import { useUiLanguage } from '../../i18n/use-ui-language';

export { useUiLanguage };

export interface PolicyIndex {
  policy: Policy;
  sources: Map<string, PolicySource>;
  programs: Map<string, PolicyProgram>;
  agencies: Map<string, PolicyAgency>;
}

export function indexPolicy(policy: Policy): PolicyIndex {
  return {
    policy,
    sources: new Map(policy.sources.map((s) => [s.id, s])),
    programs: new Map(policy.programs.map((p) => [p.id, p])),
    agencies: new Map(policy.agencies.map((a) => [a.id, a])),
  };
}

export function usePolicy() {
  const language = useUiLanguage();
  const query = useQuery(policyQuery(language));
  const index = useMemo(() => (query.data ? indexPolicy(query.data) : null), [query.data]);
  return { query, index, language };
}
