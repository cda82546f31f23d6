/** id, name and (when given) nameKo of a place, without an `undefined` key in the written file. */
export function named(p: { id: string; name: string; nameKo?: string | undefined }): { id: string; name: string; nameKo?: string } {
  return { id: p.id, name: p.name, ...(p.nameKo ? { nameKo: p.nameKo } : {}) };
}
