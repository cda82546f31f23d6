import type { Corridor, Intersection } from '@sandbox/shared/city/schemas';
import { describe, expect, it } from 'vitest';
import { crossStreetName } from './names';

const corridor = { name: 'High St', nameKo: '하이 스트리트' } as Corridor;
const at = (name: string, nameKo?: string) => ({ name, nameKo }) as Intersection;

describe('crossStreetName', () => {
  it.each([
    [at('High St & 5th Ave', '하이 스트리트·5번 애비뉴'), 'en', '5th Ave'],
    [at('High St & 5th Ave', '하이 스트리트·5번 애비뉴'), 'ko', '5번 애비뉴'],
    [at('Morse Rd & High St'), 'en', 'Morse Rd & High St'],
    [at('High St & Lane Ave'), 'ko', 'Lane Ave'],
  ] as const)('%o in %s reads %s', (intersection, language, expected) => {
    expect(crossStreetName(intersection, corridor, language)).toBe(expected);
  });
});
