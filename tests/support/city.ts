/** Reads and validates a city file from data/ for the Node-side tools (bench, fidelity). */
import { readFileSync } from 'node:fs';
import { type City, CitySchema } from '@sandbox/shared';

export function loadCity(cityId = 'columbus'): City {
  const url = new URL(`../../data/cities/${cityId}/city.json`, import.meta.url);
  return CitySchema.parse(JSON.parse(readFileSync(url, 'utf8')));
}
