/**
 * Korean map labels need Hangul glyphs from the bundled Noto Sans KR. MapLibre rasterizes each glyph
 * once, on a canvas, with whatever font is loaded at that moment, and caches it; the fontsource CSS
 * splits Hangul into unicode-range subsets that load only when text needs them. So before the map
 * shows Korean labels, the subsets covering every label character are loaded explicitly
 * (`document.fonts.load` with the label text), and until then the map keeps its previous labels.
 */
import { useEffect, useState } from 'react';
import type { Language } from '../i18n/i18n';
import { MAP_FONT_FAMILY_KO } from './basemap-style';

export async function loadLabelFont(language: Language, text: string): Promise<void> {
  if (language !== 'ko' || typeof document === 'undefined' || !document.fonts?.load) return;
  try {
    await document.fonts.load(`400 16px "${MAP_FONT_FAMILY_KO}"`, text);
  } catch (error) {
    console.warn('Korean map font could not be loaded; labels may fall back to a system font', error);
  }
}

/** The language the map may label in now: `language` once its glyphs are loaded, else the previous one (null at first). */
export function useLabelLanguage(language: Language, text: string): Language | null {
  const [ready, setReady] = useState<Language | null>(language === 'en' ? 'en' : null);
  useEffect(() => {
    let cancelled = false;
    void loadLabelFont(language, text).then(() => {
      if (!cancelled) setReady(language);
    });
    return () => {
      cancelled = true;
    };
  }, [language, text]);
  return ready;
}
