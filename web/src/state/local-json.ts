/**
 * JSON values kept in this browser's localStorage (a room's tokens, a class's teacher key) or, given
 * `sessionStorage`, in this tab (a lesson's draft): reading something unreadable gives undefined, and
 * a storage that refuses (private mode, full) is ignored, so the page still works for its lifetime.
 */
export function readLocalJson<T>(key: string, storage: () => Storage = () => window.localStorage): T | undefined {
  try {
    const text = storage().getItem(key);
    return text ? (JSON.parse(text) as T) : undefined;
  } catch {
    return undefined;
  }
}

export function writeLocalJson(key: string, value: unknown, storage: () => Storage = () => window.localStorage): void {
  try {
    storage().setItem(key, JSON.stringify(value));
  } catch {
    // Private mode or a full storage: nothing is kept past this page.
  }
}

/** A list kept in localStorage, newest first, one entry per code, at most `max` entries. */
export function localList<T extends { code: string }>(key: string, max: number) {
  const all = (): T[] => {
    const list = readLocalJson<T[]>(key);
    return Array.isArray(list) ? list : [];
  };
  const remember = (entry: T) => writeLocalJson(key, [entry, ...all().filter((e) => e.code !== entry.code)].slice(0, max));
  return { all, remember };
}
