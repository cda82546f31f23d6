import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useTranslation } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { LANGUAGE_KEY, pickLanguage, rememberedLanguage } from '../i18n/remembered-language';
import { useLanguage } from '../i18n/use-language';
import { renderWithProviders } from '../test/render';
import { LanguageToggle } from './language-toggle';

afterEach(() => window.localStorage.clear());

/** The language the hook picks and the one i18next shows. */
function Probe() {
  const [language] = useLanguage();
  const { i18n } = useTranslation();
  return (
    <p>
      {language}/{i18n.language}
    </p>
  );
}

describe('the remembered language', () => {
  it('an address without lang opens in the language this browser chose last', () => {
    expect(pickLanguage('')).toBe('en');
    window.localStorage.setItem(LANGUAGE_KEY, JSON.stringify('ko'));
    expect(pickLanguage('')).toBe('ko');
    expect(pickLanguage('?code=ABCD')).toBe('ko');
  });

  it("a link's own lang wins and becomes the remembered choice", () => {
    window.localStorage.setItem(LANGUAGE_KEY, JSON.stringify('ko'));
    expect(pickLanguage('?lang=en')).toBe('en');
    expect(rememberedLanguage()).toBe('en');
    expect(pickLanguage('?lang=ko')).toBe('ko');
    expect(pickLanguage('')).toBe('ko');
  });

  it('ignores a stored value that is not a language', () => {
    window.localStorage.setItem(LANGUAGE_KEY, 'not json');
    expect(pickLanguage('')).toBe('en');
    window.localStorage.setItem(LANGUAGE_KEY, JSON.stringify('fr'));
    expect(pickLanguage('')).toBe('en');
  });

  it('choosing 한국어 in the header is remembered for the next page opened by its address', async () => {
    renderWithProviders(<LanguageToggle />);
    await userEvent.click(screen.getByRole('button', { name: '한국어' }));
    expect(rememberedLanguage()).toBe('ko');
    expect(pickLanguage('')).toBe('ko');
  });

  it('a page without lang in its URL follows the remembered language', async () => {
    window.localStorage.setItem(LANGUAGE_KEY, JSON.stringify('ko'));
    await act(async () => {
      renderWithProviders(<Probe />, { url: '/rooms?t=2026-07-15T16:00:00Z' });
    });
    expect(await screen.findByText('ko/ko')).toBeTruthy();
  });
});
