#!/usr/bin/env node
/**
 * Builds data/geo/us-states.geojson, the small offline outline behind the map of the Smart City
 * Challenge finalists: the contiguous United States and the borders between its states, from the
 * US Census Bureau's cartographic boundaries as packaged by `us-atlas` (1:10,000,000, public domain).
 *
 * Run once after changing it: `node scripts/build-us-outline.mjs`. The output is committed; nothing
 * runs at build or start time. See docs/decisions/021-us-outline.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { merge, mesh } from 'topojson-client';

const require = createRequire(import.meta.url);
const topology = JSON.parse(readFileSync(require.resolve('us-atlas/states-10m.json'), 'utf8'));
const output = fileURLToPath(new URL('../data/geo/us-states.geojson', import.meta.url));

// Alaska, Hawaii and the territories have no finalist; the map shows the contiguous states and DC.
const OUTSIDE = new Set(['02', '15', '60', '66', '69', '72', '78']);
const states = topology.objects.states;
const inside = states.geometries.filter((g) => !OUTSIDE.has(g.id));

/** 0.01° (about 1 km) is finer than a state border drawn a few hundred pixels wide. */
const round = (n) => Math.round(n * 100) / 100;
function line(points, closed) {
  const out = [];
  for (const [x, y] of points) {
    const p = [round(x), round(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  if (closed && (out[0][0] !== out.at(-1)[0] || out[0][1] !== out.at(-1)[1])) out.push(out[0]);
  return out;
}

const nation = merge(topology, inside);
const borders = mesh(topology, { type: 'GeometryCollection', geometries: inside }, (a, b) => a !== b);

const collection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { kind: 'nation', name: 'Contiguous United States' },
      geometry: {
        type: 'MultiPolygon',
        coordinates: nation.coordinates
          .map((polygon) => polygon.map((ring) => line(ring, true)).filter((ring) => ring.length >= 4))
          .filter((polygon) => polygon.length > 0),
      },
    },
    {
      type: 'Feature',
      properties: { kind: 'state-border', name: 'State borders' },
      geometry: { type: 'MultiLineString', coordinates: borders.coordinates.map((l) => line(l, false)).filter((l) => l.length >= 2) },
    },
  ],
};

// One feature per line keeps diffs readable; coordinates stay on one line each.
writeFileSync(output, `{"type":"FeatureCollection","features":[\n${collection.features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`);
console.log(`wrote ${output}: ${(readFileSync(output).length / 1024).toFixed(0)} KB`);
