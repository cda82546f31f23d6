/**
 * What a Smart City Challenge finalist proposed, as a program card: the Challenge's child program
 * whose id starts with the city's id (`pittsburgh-smart-spine`, `austin-smart-city-vision`; see
 * docs/add-your-own-city.md). Columbus, the winner, has its deployed program instead
 * (`smart-columbus`); a city that was no finalist has none.
 */
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
