/** Short labels for intersections along a chosen corridor: the cross street, since the corridor is known. */
import type { Corridor, Intersection } from '@sandbox/shared/city/schemas';
import type { Language } from '../../../i18n/i18n';
import { localName } from '../../../i18n/use-ui-language';

/** `High St & 5th Ave` on High St → `5th Ave`; `하이 스트리트·5번 애비뉴` → `5번 애비뉴`; otherwise the full name. */
export function crossStreetName(intersection: Intersection, corridor: Corridor, language: Language): string {
  const name = localName(intersection, language);
  for (const prefix of [localName(corridor, language), corridor.name]) {
    for (const separator of [' & ', '·']) {
      if (name.startsWith(`${prefix}${separator}`)) return name.slice(prefix.length + separator.length);
    }
  }
  return name;
}
