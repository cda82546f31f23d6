import { describe, expect, it } from 'vitest';
import { narrowSources, pinnedDatastreams } from './datastream-pins';
import { parseFilter } from './filter-parser';

const pins = (text: string) => {
  const pinned = pinnedDatastreams(parseFilter(text));
  return pinned && [...pinned].sort();
};

describe('pinnedDatastreams', () => {
  it.each([
    ["Datastream/@iot.id eq 'a'", ['a']],
    ["'a' eq Datastream/id", ['a']],
    ["Datastream/id eq 'a' and result gt 3 and phenomenonTime ge 2026-07-15", ['a']],
    ["(Datastream/id eq 'a' or Datastream/id eq 'b') and result gt 3", ['a', 'b']],
    ["Datastream/id eq 'a' or (Datastream/id eq 'b' or Datastream/id eq 'c')", ['a', 'b', 'c']],
    ["(Datastream/id eq 'a' or Datastream/id eq 'b') and Datastream/id eq 'b'", ['b']],
    ["Datastream/id eq 'a' and Datastream/id eq 'b'", []],
  ])('%s pins %j', (text, ids) => {
    expect(pins(text)).toEqual(ids);
  });

  it.each([
    "Datastream/id eq 'a' or result gt 3",
    "not (Datastream/id eq 'a')",
    "Datastream/id ne 'a'",
    'Datastream/id eq 5',
    "Datastream/name eq 'a'",
    "FeatureOfInterest/id eq 'a'",
    "id eq 'a'",
    "tolower(Datastream/id) eq 'a'",
  ])('%s pins nothing (every Datastream may match)', (text) => {
    expect(pins(text)).toBeUndefined();
  });
});

describe('narrowSources', () => {
  const sources = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  it('keeps the pinned sources in their own order, and all of them without a pin or a filter', () => {
    expect(narrowSources(parseFilter("Datastream/id eq 'c' or Datastream/id eq 'a'"), sources)).toEqual([{ id: 'a' }, { id: 'c' }]);
    expect(narrowSources(parseFilter('result gt 1'), sources)).toBe(sources);
    expect(narrowSources(undefined, sources)).toBe(sources);
  });
});
