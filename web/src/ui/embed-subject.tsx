/**
 * What an embedded panel is about (a station, a corridor), named in the embed's footer beside the
 * city: on a city's own page an iframe of "PM2.5" alone does not say where it was measured. The
 * embed frame provides the setter; a feature's embed names its subject with `useEmbedSubject`.
 * Outside an embed (no provider) the hook does nothing.
 */
import { createContext, useContext, useEffect } from 'react';

export const EmbedSubjectContext = createContext<((subject: string | undefined) => void) | null>(null);

export function useEmbedSubject(subject: string | undefined): void {
  const setSubject = useContext(EmbedSubjectContext);
  useEffect(() => {
    if (!setSubject) return;
    setSubject(subject);
    return () => setSubject(undefined);
  }, [setSubject, subject]);
}
