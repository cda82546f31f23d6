/**
 * What the policy files must satisfy beyond their schemas (every id referenced exists, every source
 * is used), and how they become the one-language answer of `GET /api/policy`. Pure: the server runs
 * it once per language at boot, the tests run it on the committed files.
 */
import type { LocalizedText, Policy, PolicyData, PolicyFileName, PolicyLanguage } from './schemas';

export interface PolicyIssue {
  file: PolicyFileName;
  path: (string | number)[];
  message: string;
}

/** Cross-reference problems between the four files; empty when the data hold together. */
export function policyIssues(data: PolicyData): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  const sourceIds = new Set(data.sources.map((s) => s.id));
  const programIds = new Set(data.programs.map((p) => p.id));
  const used = new Set<string>();

  const unique = (file: PolicyFileName, ids: string[]) => {
    const seen = new Set<string>();
    ids.forEach((id, index) => {
      if (seen.has(id)) issues.push({ file, path: [index, 'id'], message: `duplicate id "${id}"` });
      seen.add(id);
    });
  };
  const lists: [PolicyFileName, { id: string }[]][] = [
    ['sources.json', data.sources],
    ['agencies.json', data.agencies],
    ['programs.json', data.programs],
    ['timeline.json', data.timeline],
  ];
  for (const [file, items] of lists)
    unique(
      file,
      items.map((item) => item.id),
    );

  const cite = (file: PolicyFileName, path: (string | number)[], ids: string[]) => {
    ids.forEach((id, index) => {
      used.add(id);
      if (!sourceIds.has(id)) issues.push({ file, path: [...path, index], message: `unknown source "${id}"` });
    });
  };
  const citeFigures = (file: PolicyFileName, path: (string | number)[], figures: PolicyData['programs'][number]['figures']) => {
    figures.forEach((figure, f) => {
      cite(file, [...path, f, 'sources'], figure.sources);
      figure.alternatives.forEach((alt, a) => {
        cite(file, [...path, f, 'alternatives', a, 'sources'], alt.sources);
      });
    });
  };
  const knownPrograms = (file: PolicyFileName, path: (string | number)[], ids: string[]) => {
    ids.forEach((id, index) => {
      if (!programIds.has(id)) issues.push({ file, path: [...path, index], message: `unknown program "${id}"` });
    });
  };

  data.agencies.forEach((agency, i) => {
    cite('agencies.json', [i, 'sources'], agency.sources);
  });
  data.programs.forEach((program, i) => {
    cite('programs.json', [i, 'sources'], program.sources);
    citeFigures('programs.json', [i, 'figures'], program.figures);
    if (program.parent !== undefined) {
      if (program.parent === program.id)
        issues.push({ file: 'programs.json', path: [i, 'parent'], message: 'a program cannot be its own parent' });
      else if (!programIds.has(program.parent))
        issues.push({ file: 'programs.json', path: [i, 'parent'], message: `unknown program "${program.parent}"` });
    }
    program.telemetry.forEach((link, t) => {
      if (!program.agencies.includes(link.agency)) {
        issues.push({
          file: 'programs.json',
          path: [i, 'telemetry', t, 'agency'],
          message: `"${link.agency}" is not among the program's agencies`,
        });
      }
    });
  });
  data.timeline.forEach((event, i) => {
    cite('timeline.json', [i, 'sources'], event.sources);
    citeFigures('timeline.json', [i, 'figures'], event.figures);
    knownPrograms('timeline.json', [i, 'programs'], event.programs);
  });
  data.sources.forEach((source, i) => {
    if (!used.has(source.id)) issues.push({ file: 'sources.json', path: [i, 'id'], message: `source "${source.id}" is never cited` });
  });
  return issues;
}

function isLocalizedText(value: unknown): value is LocalizedText {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 2 && typeof (value as LocalizedText).en === 'string' && typeof (value as LocalizedText).ko === 'string';
}

/** Every `{ en, ko }` inside `value` replaced by the text in `lang`. */
export type Localized<T> = T extends LocalizedText
  ? string
  : T extends readonly unknown[]
    ? { -readonly [K in keyof T]: Localized<T[K]> }
    : T extends object
      ? { [K in keyof T]: Localized<T[K]> }
      : T;

export function localize<T>(value: T, lang: PolicyLanguage): Localized<T> {
  if (isLocalizedText(value)) return value[lang] as Localized<T>;
  if (Array.isArray(value)) return value.map((item) => localize(item, lang)) as Localized<T>;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, localize(item, lang)])) as Localized<T>;
  }
  return value as Localized<T>;
}

/** The answer of `GET /api/policy?lang=`: one language, events oldest first, agencies with their programs. */
export function localizePolicy(data: PolicyData, lang: PolicyLanguage): Policy {
  const timeline = [...data.timeline].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return {
    lang,
    timeline: localize(timeline, lang),
    agencies: data.agencies.map((agency) => ({
      ...localize(agency, lang),
      programs: data.programs.filter((p) => p.agencies.includes(agency.id)).map((p) => p.id),
    })),
    programs: localize(data.programs, lang),
    sources: localize(data.sources, lang),
  };
}
