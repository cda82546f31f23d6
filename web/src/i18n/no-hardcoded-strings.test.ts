// @vitest-environment node
/**
 * Every user-facing string comes from the catalogs. Biome's `noJsxLiterals` (biome.json) catches
 * text between tags, from the syntax tree; this test catches what it leaves alone: literal strings
 * in the attributes people read (aria-label, title, alt, placeholder) and in our own text props.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const srcDir = fileURLToPath(new URL('..', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'test' || name === 'mocks' ? [] : sourceFiles(path);
    return /\.tsx$/.test(name) && !/\.test\.tsx$/.test(name) ? [path] : [];
  });
}

const READABLE_ATTRIBUTE = /\b(aria-label|aria-description|title|alt|placeholder|label|summary|seriesName)="([^"]*[A-Za-z가-힣][^"]*)"/g;

describe('no hard-coded UI strings', () => {
  const files = sourceFiles(srcDir);

  it('finds the component sources', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files.map((file) => [relative(srcDir, file), file]))('%s has no literal text in readable attributes', (_, file) => {
    const source = readFileSync(file, 'utf8');
    expect([...source.matchAll(READABLE_ATTRIBUTE)].map((m) => `${m[1]}="${m[2]}"`)).toEqual([]);
  });

  it('would catch a literal aria-label', () => {
    expect('<button aria-label="Close">'.match(READABLE_ATTRIBUTE)).not.toBeNull();
    expect("<button aria-label={t('close')}>".match(READABLE_ATTRIBUTE)).toBeNull();
  });
});
