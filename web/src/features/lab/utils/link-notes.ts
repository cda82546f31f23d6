/**
 * What a Lab link asked for that the page could not use, in words: a variant's lever outside its
 * range or not a number, a fifth variant, a window or a seed count the Lab does not offer. The page
 * goes on with what it can use (a link never fails to open) and says what it set aside and why, so a
 * facilitator's typo is seen, not silently replaced by "Same as the baseline".
 */
import { LabLeverSchema, LEVER_LABELS } from '@sandbox/shared/lab/lever-chains';
import type { TFunction } from 'i18next';
import { formatNumber } from '../../../i18n/format';
import type { Language } from '../../../i18n/i18n';
import { LAB_DAYS, parseLabDays, parseLabSeeds, VARIANT_PARAMS } from '../../../state/lab/lab-url';
import { decodeScenario, SCENARIO_PARAMS } from '../../../state/scenario/scenario-codec';

/** Levers given as a share (0–1 in the link, a percentage on screen). */
const SHARES = new Set(['evShare', 'connectedShare']);

function leverName(key: string, language: Language): string {
  const lever = LabLeverSchema.safeParse(key);
  return lever.success ? LEVER_LABELS[lever.data][language] : key;
}

function variantNotes(slot: number, text: string, city: string, t: TFunction, language: Language): string[] {
  const search = new URLSearchParams(text);
  search.set('city', city);
  const { ignored } = decodeScenario(search);
  const unknown = [...new Set(search.keys())].filter((key) => key !== 'city' && !(SCENARIO_PARAMS as readonly string[]).includes(key));
  const unknownNotes = unknown.map((key) => t('lab.link.unknown', { n: slot, key }));
  return unknownNotes.concat(
    ignored.map((key) => {
      const raw = search.get(key) ?? '';
      const n = Number(raw);
      const what = leverName(key, language);
      if (SHARES.has(key) && raw.trim() !== '' && Number.isFinite(n) && Math.abs(n) < 1e6) {
        const value = `${formatNumber(n * 100, language, { maximumFractionDigits: 1 })}%`;
        return t('lab.link.shareOutside', { n: slot, what, value });
      }
      return t('lab.link.invalid', { n: slot, what, value: raw });
    }),
  );
}

/** The notes for `params` (empty: the link is used as it is). */
export function labLinkNotes(params: URLSearchParams, city: string, t: TFunction, language: Language): string[] {
  const notes = VARIANT_PARAMS.flatMap((name, i) => {
    const text = params.get(name);
    return text === null ? [] : variantNotes(i + 1, text, city, t, language);
  });
  const extra = [...params.keys()].filter((key) => /^v\d+$/.test(key) && !(VARIANT_PARAMS as readonly string[]).includes(key));
  if (extra.length > 0) notes.push(t('lab.link.tooManyVariants', { max: VARIANT_PARAMS.length, params: extra.join(', ') }));
  const days = params.get('labDays');
  if (days !== null && String(parseLabDays(days)) !== days) {
    notes.push(t('lab.link.days', { value: days, offered: LAB_DAYS.join(', '), used: parseLabDays(days) }));
  }
  const seeds = params.get('labSeeds');
  if (seeds !== null && String(parseLabSeeds(seeds)) !== seeds) {
    notes.push(t('lab.link.seeds', { value: seeds, used: parseLabSeeds(seeds) }));
  }
  return notes;
}
