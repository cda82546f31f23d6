/** Turns requested entity ids into known ones (each once, in the order asked), or a 404 naming the first unknown id. */
import { ApiProblem } from '../common/problem';

export function pickEntities<T extends { id: string }>(
  all: readonly T[],
  wanted: readonly string[] | undefined,
  what: string,
  field: string,
): T[] {
  if (!wanted) return [...all];
  const byId = new Map(all.map((item) => [item.id, item]));
  return [...new Set(wanted)].map((id) => {
    const found = byId.get(id);
    if (!found) {
      const known = all.length <= 12 ? `; known: ${all.map((item) => item.id).join(', ')}` : '';
      throw new ApiProblem(404, `Unknown ${what} "${id}" in \`${field}\`${known}.`, field);
    }
    return found;
  });
}
