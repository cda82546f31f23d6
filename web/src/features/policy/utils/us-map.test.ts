import { describe, expect, it } from 'vitest';
import { testUsStates } from '../../../test/msw';
import { albers, fitProjection, outlinePath } from './us-map';

const square = testUsStates;

describe('the finalists map projection', () => {
  it('puts the origin at 96° W, 37.5° N and keeps north up', () => {
    const [x, y] = albers([-96, 37.5]);
    expect(x).toBeCloseTo(0, 9);
    expect(y).toBeCloseTo(0, 9);
    expect(albers([-96, 45])[1]).toBeGreaterThan(0);
    expect(albers([-80, 37.5])[0]).toBeGreaterThan(0);
  });

  it('fits the outline to the width with padding, west left and north up', () => {
    const projection = fitProjection(square, 800, 20);
    expect(projection.height).toBeGreaterThan(300);
    expect(projection.height).toBeLessThan(600);
    const [wx] = projection.point([-122.68, 45.52]);
    const [ex, ey] = projection.point([-82.99, 39.96]);
    const [, sy] = projection.point([-97.74, 30.27]);
    expect(wx).toBeLessThan(ex);
    expect(ey).toBeLessThan(sy);
    for (const [x, y] of [projection.point([-125, 25]), projection.point([-67, 49])]) {
      expect(x).toBeGreaterThanOrEqual(19.9);
      expect(x).toBeLessThanOrEqual(780.1);
      expect(y).toBeGreaterThanOrEqual(19.9);
      expect(y).toBeLessThanOrEqual(projection.height - 19.9);
    }
  });

  it('draws closed rings for the nation and open lines for borders', () => {
    const projection = fitProjection(square, 800, 20);
    expect(outlinePath(square, 'nation', projection)).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){4}Z$/);
    expect(outlinePath(square, 'state-border', projection)).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
  });
});
