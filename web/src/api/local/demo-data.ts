/**
 * The static demo's data: every city, basemap, policy file and the US outline from the repo's data/
 * folder, bundled into the engine worker's chunk at build time (Vite's import.meta.glob, as text) and
 * validated with the same shared schemas the server applies at boot, so a bad file fails the same way.
 */
import { type Basemap, BasemapSchema } from '@sandbox/shared/city/basemap-schemas';
import { type City, CitySchema } from '@sandbox/shared/city/schemas';
import { UsOutlineSchema } from '@sandbox/shared/common/geo-schemas';
import { policyIssues } from '@sandbox/shared/policy/policy-data';
import {
  PolicyAgencyFileSchema,
  PolicyProgramFileSchema,
  PolicySourceFileSchema,
  PolicyTimelineFileSchema,
} from '@sandbox/shared/policy/schemas';
import type { z } from 'zod';
import type { PolicyFixtures } from './route-answers';

const cityFiles = import.meta.glob<string>('../../../../data/cities/*/city.json', { eager: true, query: '?raw', import: 'default' });
const basemapFiles = import.meta.glob<string>('../../../../data/cities/*/basemap.geojson', {
  eager: true,
  query: '?raw',
  import: 'default',
});
const policyFiles = import.meta.glob<string>('../../../../data/policy/*.json', { eager: true, query: '?raw', import: 'default' });
const geoFiles = import.meta.glob<string>('../../../../data/geo/us-states.geojson', { eager: true, query: '?raw', import: 'default' });

function read<S extends z.ZodType>(files: Record<string, string>, path: string, schema: S): z.output<S> {
  const text = files[path];
  if (text === undefined) throw new Error(`The static demo was built without ${path}.`);
  const result = schema.safeParse(JSON.parse(text));
  if (!result.success) throw new Error(`${path}: field "${result.error.issues[0]?.path.join('.')}": ${result.error.issues[0]?.message}`);
  return result.data;
}

const DATA = '../../../../data';

export function loadDemoCities(): { city: City; basemap: Basemap }[] {
  return Object.keys(cityFiles)
    .sort()
    .map((path) => {
      const folder = path.slice(0, -'city.json'.length);
      return { city: read(cityFiles, path, CitySchema), basemap: read(basemapFiles, `${folder}basemap.geojson`, BasemapSchema) };
    });
}

export function loadDemoPolicy(): PolicyFixtures {
  const policy = {
    sources: read(policyFiles, `${DATA}/policy/sources.json`, PolicySourceFileSchema),
    agencies: read(policyFiles, `${DATA}/policy/agencies.json`, PolicyAgencyFileSchema),
    programs: read(policyFiles, `${DATA}/policy/programs.json`, PolicyProgramFileSchema),
    timeline: read(policyFiles, `${DATA}/policy/timeline.json`, PolicyTimelineFileSchema),
  };
  const issues = policyIssues(policy);
  if (issues.length > 0) throw new Error(`data/policy/${issues[0]?.file}: ${issues[0]?.message}`);
  return { policy, usStates: read(geoFiles, `${DATA}/geo/us-states.geojson`, UsOutlineSchema) };
}
