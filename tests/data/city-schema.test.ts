/** docs/city.schema.json: generated from the zod schemas, current, and it accepts the real cities and refuses broken ones. */
import { readdirSync, readFileSync } from 'node:fs';
import { cityJsonSchema } from '@sandbox/shared';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { formatJson } from '../city/format-json';

const schemaFile = new URL('../../docs/city.schema.json', import.meta.url);
const citiesDir = new URL('../../data/cities/', import.meta.url);
const readJson = (url: URL) => JSON.parse(readFileSync(url, 'utf8'));

describe('docs/city.schema.json', () => {
  it('is the JSON Schema generated from the zod schemas (run `pnpm city schema` when this fails)', () => {
    expect(readFileSync(schemaFile, 'utf8')).toBe(formatJson(cityJsonSchema()));
  });

  const validate = new Ajv2020({ strict: false, allErrors: true }).compile(readJson(schemaFile));

  it.each(readdirSync(citiesDir))('accepts data/cities/%s/city.json', (id) => {
    expect(validate(readJson(new URL(`${id}/city.json`, citiesDir))), JSON.stringify(validate.errors)).toBe(true);
  });

  it('refuses a city with negative households, an unknown site type or no time zone, naming each path', () => {
    const city = readJson(new URL('columbus/city.json', citiesDir));
    city.districts[0].households = -1;
    city.stations[1].siteType = 'rooftop';
    delete city.timezone;
    expect(validate(city)).toBe(false);
    const paths = (validate.errors ?? []).map((error) => `${error.instancePath} ${error.params.missingProperty ?? ''}`.trim());
    expect(paths).toEqual(expect.arrayContaining(['timezone', '/districts/0/households', '/stations/1/siteType']));
  });

  it('describes every property it lists', () => {
    const undescribed: string[] = [];
    const visit = (node: unknown, path: string) => {
      if (Array.isArray(node)) {
        node.forEach((item, i) => {
          visit(item, `${path}[${i}]`);
        });
      } else if (node && typeof node === 'object') {
        const { properties } = node as { properties?: Record<string, { description?: string }> };
        for (const [name, child] of Object.entries(properties ?? {})) if (!child.description) undescribed.push(`${path}.${name}`);
        for (const [key, child] of Object.entries(node)) visit(child, `${path}.${key}`);
      }
    };
    visit(readJson(schemaFile), '');
    expect(undescribed).toEqual([]);
  });
});
