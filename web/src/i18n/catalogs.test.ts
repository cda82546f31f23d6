import { describe, expect, it } from 'vitest';
import { browserLanguage, createI18n, LANGUAGES, languageFromUrl, resources } from './i18n';
import { PARTICLE_FORMATS } from './korean-particles';

type Catalog = { [key: string]: string | Catalog };

function flatten(catalog: Catalog, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [k, v] of flatten(value, path)) entries.set(k, v);
  }
  return entries;
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Keys as the code asks for them: `legend.districts_one` and `_other` are both `legend.districts`. */
function logicalKeys(entries: Map<string, string>): Set<string> {
  return new Set([...entries.keys()].map((key) => key.replace(PLURAL_SUFFIX, '')));
}

/** `{{name}}` and `{{name, format}}` both name the value `name`. */
function placeholders(text: string): string[] {
  return [...text.matchAll(/{{\s*(\w+)\s*(?:,[^}]*)?}}/g)].map((m) => m[1] ?? '').sort();
}

// A particle whose form depends on the value's last sound, written after a plain placeholder.
const FIXED_PARTICLE = /{{\s*\w+\s*}}(은\(는\)|을\(를\)|이\(가\)|으로|을|를|이|가|은|는|와|과|로)(?=[\s.,)!?]|$)/;

const catalogs = Object.fromEntries(LANGUAGES.map((lang) => [lang, flatten(resources[lang].translation as Catalog)]));

describe('translation catalogs', () => {
  it.each(LANGUAGES)('%s has every key the other languages have', (lang) => {
    const mine = logicalKeys(catalogs[lang] ?? new Map());
    for (const other of LANGUAGES) {
      for (const key of logicalKeys(catalogs[other] ?? new Map())) expect(mine, `${lang} is missing ${key}`).toContain(key);
    }
  });

  it.each(LANGUAGES)('%s has the plural forms its language needs', (lang) => {
    const entries = catalogs[lang] ?? new Map();
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    const pluralBases = new Set([...entries.keys()].filter((k) => PLURAL_SUFFIX.test(k)).map((k) => k.replace(PLURAL_SUFFIX, '')));
    for (const base of pluralBases) {
      for (const category of categories) expect(entries.has(`${base}_${category}`), `${lang} ${base}_${category}`).toBe(true);
    }
  });

  it('uses the same placeholders in every language', () => {
    const english = catalogs.en ?? new Map();
    for (const lang of LANGUAGES) {
      for (const [key, text] of catalogs[lang] ?? new Map()) {
        const base = key.replace(PLURAL_SUFFIX, '');
        const reference = english.get(key) ?? english.get(`${base}_other`);
        if (reference !== undefined) expect(placeholders(text), `${lang} ${key}`).toEqual(placeholders(reference));
      }
    }
  });

  it('lets the value choose each Korean particle that depends on it ({{name, 을/를}}, not {{name}}를)', () => {
    for (const [key, text] of catalogs.ko ?? new Map()) {
      expect(text, `ko ${key}`).not.toMatch(FIXED_PARTICLE);
      for (const [, format] of text.matchAll(/{{\s*\w+\s*,\s*([^}]*?)\s*}}/g)) expect(PARTICLE_FORMATS, `ko ${key}`).toContain(format);
    }
  });

  it('picks the Korean particle from how the value is read', () => {
    const t = createI18n('ko').t;
    const line = (station: string) => t('air.compare.selected', { station });
    expect(line('서울')).toBe('서울은 주황색');
    expect(line('린든 파크 벤치')).toBe('린든 파크 벤치는 주황색');
    expect(line('Linden Park bench')).toBe('Linden Park bench는 주황색');
    expect(line('M-3')).toBe('M-3은 주황색');
    const tooltip = (share: string) => t('energy.duration.tooltip', { share, kw: '5 kW' });
    expect(tooltip('40%')).toBe('구간의 40%가 5 kW 이상');
    expect(tooltip('절반')).toBe('구간의 절반이 5 kW 이상');
  });

  it('has no empty strings', () => {
    for (const lang of LANGUAGES) for (const [key, text] of catalogs[lang] ?? new Map()) expect(text.trim(), `${lang} ${key}`).not.toBe('');
  });
});

describe('catalog files', () => {
  const files = import.meta.glob<Catalog>('./locales/*/*.json', { eager: true, import: 'default' });

  it.each(LANGUAGES)('%s merges every area file, each namespace from exactly one file', (lang) => {
    const mine = Object.entries(files).filter(([path]) => path.startsWith(`./locales/${lang}/`));
    expect(mine.length).toBeGreaterThan(5);
    const merged = resources[lang].translation as Catalog;
    const seen: string[] = [];
    for (const [path, file] of mine) {
      for (const namespace of Object.keys(file)) {
        expect(seen, `${path} repeats ${namespace}`).not.toContain(namespace);
        seen.push(namespace);
        expect(merged[namespace], `${lang} ${namespace}`).toBe(file[namespace]);
      }
    }
    expect(Object.keys(merged).sort()).toEqual(seen.sort());
  });

  it('splits both languages into the same area files', () => {
    const areas = (lang: string) =>
      Object.keys(files)
        .filter((path) => path.startsWith(`./locales/${lang}/`))
        .map((path) => path.split('/').at(-1));
    expect(areas('ko')).toEqual(areas('en'));
  });
});

describe('choosing the language', () => {
  it('reads ?lang from the URL and ignores unknown values', () => {
    expect(languageFromUrl('?lang=ko')).toBe('ko');
    expect(languageFromUrl('?lang=fr')).toBeNull();
    expect(languageFromUrl('')).toBeNull();
  });

  it('follows the browser, falling back to English', () => {
    expect(browserLanguage(['ko-KR', 'en-US'])).toBe('ko');
    expect(browserLanguage(['fr-FR', 'en-GB'])).toBe('en');
    expect(browserLanguage(['de'])).toBe('en');
  });
});
