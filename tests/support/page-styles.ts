/**
 * What a page looks like, beyond one screenshot: its markup and the computed style of every element
 * (and of its ::before/::after when they draw something). Two pages with the same markup and the
 * same computed styles look the same in every state a screenshot does not catch (a rule moved to
 * another stylesheet that now loses or wins the cascade shows here even where nothing is visible).
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

export interface PageStyles {
  html: string;
  /** Every computed property's name, in the order of each element's values. */
  properties: string[];
  /** One row per element (document order) or drawn pseudo-element: a label, then its values. */
  elements: [string, ...string[]][];
}

export function readPageStyles(page: Page): Promise<PageStyles> {
  return page.evaluate(() => {
    const root = document.getElementById('root');
    const properties = Array.from(getComputedStyle(document.body));
    const elements: [string, ...string[]][] = [];
    const label = (element: Element) => {
      const testId = element.getAttribute('data-testid');
      const classes = typeof element.className === 'string' ? element.className.trim().split(/\s+/).filter(Boolean) : [];
      return `${element.tagName.toLowerCase()}${classes.map((c) => `.${c}`).join('')}${testId ? `[${testId}]` : ''}`;
    };
    for (const element of [document.documentElement, document.body, ...Array.from(document.body.querySelectorAll('*'))]) {
      // Recharts measures text in a hidden span of its own: it holds whatever was measured last.
      if (element.id === 'recharts_measurement_span') continue;
      const name = label(element);
      const style = getComputedStyle(element);
      elements.push([name, ...properties.map((property) => style.getPropertyValue(property))]);
      for (const pseudo of ['::before', '::after']) {
        const drawn = getComputedStyle(element, pseudo);
        const content = drawn.getPropertyValue('content');
        if (content && content !== 'none' && content !== 'normal') {
          elements.push([`${name}${pseudo}`, ...properties.map((property) => drawn.getPropertyValue(property))]);
        }
      }
    }
    return { html: root?.outerHTML ?? '', properties, elements };
  });
}

export const packStyles = (styles: PageStyles) => gzipSync(JSON.stringify(styles));
export const unpackStyles = (packed: Buffer) => JSON.parse(gunzipSync(packed).toString('utf8')) as PageStyles;

/**
 * Ids React (`useId`) and Recharts generate count what was rendered before, in this page or an earlier
 * one: they say nothing about the look, so they are compared as placeholders.
 */
const GENERATED_IDS = [/_r_[0-9a-z]+_/g, /recharts\d+/g];
const normalised = (text: string) => GENERATED_IDS.reduce((out, pattern) => out.replace(pattern, '#'), text);

function normalise(styles: PageStyles): PageStyles {
  // Recharts' measuring span (placed at top: -20000px), in captures that still hold it.
  const top = styles.properties.indexOf('top') + 1;
  return {
    html: normalised(styles.html),
    properties: styles.properties,
    elements: styles.elements.filter((row) => row[top] !== '-20000px').map((row) => row.map(normalised) as [string, ...string[]]),
  };
}

/** Human-readable differences (at most `limit` lines): markup first, then property by property. */
export function styleDifferences(rawBefore: PageStyles, rawAfter: PageStyles, limit = 40): string[] {
  const before = normalise(rawBefore);
  const after = normalise(rawAfter);
  const lines: string[] = [];
  if (before.html !== after.html) {
    let at = 0;
    while (at < before.html.length && before.html[at] === after.html[at]) at++;
    lines.push(
      `markup differs at ${at}: …${before.html.slice(Math.max(0, at - 80), at + 80)}… vs …${after.html.slice(Math.max(0, at - 80), at + 80)}…`,
    );
  }
  if (before.elements.length !== after.elements.length) lines.push(`${before.elements.length} vs ${after.elements.length} styled elements`);
  const index = new Map(after.properties.map((property, i) => [property, i + 1]));
  let differing = 0;
  let relabelled = 0;
  before.elements.forEach((row, i) => {
    const other = after.elements[i];
    if (!other) return;
    // A class renamed or added (a kit class beside the page's own) is fine when nothing computes differently.
    if (other[0] !== row[0] && relabelled++ < 10 && lines.length < limit) lines.push(`(info) #${i} ${row[0]} is now ${other[0]}`);
    const changes: string[] = [];
    before.properties.forEach((property, p) => {
      const value = row[p + 1];
      const column = index.get(property);
      const otherValue = column === undefined ? '(none)' : other[column];
      if (value !== otherValue) changes.push(`${property}: ${value} → ${otherValue}`);
    });
    if (changes.length === 0) return;
    differing++;
    if (lines.length < limit)
      lines.push(`#${i} ${row[0]}: ${changes.slice(0, 6).join('; ')}${changes.length > 6 ? ` (+${changes.length - 6})` : ''}`);
  });
  if (differing > 0) lines.push(`${differing} elements with differing computed styles`);
  // Only classes renamed, the same elements and computed styles: nothing a user could see changed.
  return differing === 0 && before.elements.length === after.elements.length ? [] : lines;
}
