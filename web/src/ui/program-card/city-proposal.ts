/**
 * What a Smart City Challenge finalist proposed, as a program card: the Challenge's child program
 * whose id starts with the city's id (`pittsburgh-smart-spine`, `austin-smart-city-vision`; see
 * docs/add-your-own-city.md). Columbus, the winner, has its deployed program instead
 * (`smart-columbus`); a city that was no finalist has none.
 */
import type { PolicyProgram } from '@sandbox/shared/policy/schemas';
import { PROGRAM_CITY } from '../city-name';
import { usePolicy } from './use-policy';

export const WINNER_PROGRAM = 'smart-columbus';

export function useCityProposal(cityId: string): string | undefined {
  const { index } = usePolicy();
  if (cityId === PROGRAM_CITY) return WINNER_PROGRAM;
  for (const program of index?.programs.values() ?? []) {
    if (program.parent === 'smart-city-challenge' && program.id.startsWith(`${cityId}-`)) return program.id;
  }
  return undefined;
}

/**
 * The simulated city a program ran in, the other way round: Smart Columbus and its children are
 * Columbus, a finalist's proposal (and anything under it) is its city; a national program (the
 * Smart Grid program, Village Green) has none, and its links keep the city being looked at.
 */
export function programCity(
  program: Pick<PolicyProgram, 'id' | 'parent'>,
  programs: ReadonlyMap<string, Pick<PolicyProgram, 'id' | 'parent'>>,
  cityIds: readonly string[],
): string | undefined {
  // A bounded walk: the policy files are checked for parent cycles, and this stays finite regardless.
  let at: typeof program | undefined = program;
  for (let depth = 0; at && depth < programs.size + 1; depth++, at = at.parent ? programs.get(at.parent) : undefined) {
    if (at.id === WINNER_PROGRAM) return PROGRAM_CITY;
    if (at.parent === 'smart-city-challenge') return cityIds.find((id) => at?.id.startsWith(`${id}-`));
  }
  return undefined;
}
