/** Loads the US outline for the policy map once, at boot, validated and pre-serialized. */
import { join } from 'node:path';
import { UsOutlineSchema } from '@sandbox/shared';
import { readValidated } from './city-store';

export async function loadUsOutlineJson(dataDir: string): Promise<string> {
  const file = join(dataDir, 'geo', 'us-states.geojson');
  return JSON.stringify(await readValidated(file, UsOutlineSchema));
}
