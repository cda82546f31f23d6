/**
 * The link parameters a page could not use. Every part of the URL falls back to a default when its
 * value is not valid (a link never fails to open), but silently: `station=no-such-station` drew
 * another station's data, and only a footer said which. Each reader of the URL (the scenario, the
 * clock, a page's view) reports the parameters it ignored; the shell's banner and an embed's notice
 * name them all, so a typo in a dashboard's iframe or a lesson's link is seen, not trusted.
 */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useId, useMemo, useState } from 'react';

type Report = (reporter: string, keys: readonly string[]) => void;

const ReportContext = createContext<Report | null>(null);
const IgnoredContext = createContext<readonly string[]>([]);

export function IgnoredParamsProvider({ children }: { children: ReactNode }) {
  const [byReporter, setByReporter] = useState<Readonly<Record<string, readonly string[]>>>({});
  const report = useCallback<Report>((reporter, keys) => {
    setByReporter((current) => {
      const before = current[reporter] ?? [];
      if (before.length === keys.length && before.every((k, i) => k === keys[i])) return current;
      const next = { ...current };
      if (keys.length > 0) next[reporter] = keys;
      else delete next[reporter];
      return next;
    });
  }, []);
  const ignored = useMemo(() => [...new Set(Object.values(byReporter).flat())].sort(), [byReporter]);
  return (
    <ReportContext.Provider value={report}>
      <IgnoredContext.Provider value={ignored}>{children}</IgnoredContext.Provider>
    </ReportContext.Provider>
  );
}

/** Reports the parameters this component ignored, for as long as it is mounted (nothing outside a provider). */
export function useReportIgnored(keys: readonly string[]): void {
  const report = useContext(ReportContext);
  const reporter = useId();
  const joined = keys.join('\n');
  useEffect(() => {
    if (!report) return;
    report(reporter, joined === '' ? [] : joined.split('\n'));
    return () => report(reporter, []);
  }, [report, reporter, joined]);
}

/** Every parameter ignored by any reporter, sorted, each once. */
export function useIgnoredParams(): readonly string[] {
  return useContext(IgnoredContext);
}

/**
 * The keys of `used` (the value a reader went on with: its default, or null) that the URL gives with
 * another value: the value given was not used. Readers pass what they used, so the rule is one.
 */
export function ignoredOf(search: URLSearchParams, used: Readonly<Record<string, string | null | undefined>>): string[] {
  return Object.entries(used)
    .filter(([key, value]) => search.has(key) && search.get(key) !== value)
    .map(([key]) => key);
}
