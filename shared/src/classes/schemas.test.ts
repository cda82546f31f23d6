import { describe, expect, it } from 'vitest';
import { ClassCreateSchema, ClassInfoSchema, ClassStartSchema } from './schemas';

describe('ClassStartSchema', () => {
  it('keeps a page of the app and a paused moment', () => {
    expect(ClassStartSchema.parse({ page: '/data', t: '2026-07-15T12:00:00-04:00' })).toEqual({
      page: '/data',
      t: '2026-07-15T12:00:00-04:00',
    });
    expect(ClassStartSchema.parse({ page: '/' })).toEqual({ page: '/' });
  });

  it('refuses a page the app does not have, a path with a query, a missing page, a bad time and other fields', () => {
    for (const start of [
      { page: '/nowhere' },
      { page: '/data?station=x' },
      { page: 'https://evil.example/' },
      { page: '/classes' },
      { t: '2026-07-15T16:00:00Z' },
      { page: '/air', t: '2026-07-15 12:00' },
      { page: '/air', t: '2026-07-15T12:00:00' },
      { page: '/air', t: '1899-07-15T12:00:00Z' },
      { page: '/air', faults: [] },
    ])
      expect(ClassStartSchema.safeParse(start).success, JSON.stringify(start)).toBe(false);
  });
});

describe('ClassCreateSchema start', () => {
  it('is optional: a class without one is valid, as before', () => {
    expect(ClassCreateSchema.parse({ name: 'Period 3' })).toEqual({ name: 'Period 3', lessons: [] });
  });

  it('is kept when given and names the field when wrong', () => {
    const parsed = ClassCreateSchema.parse({ name: 'Period 3', start: { page: '/data', t: '2026-07-15T16:00:00Z' } });
    expect(parsed.start).toEqual({ page: '/data', t: '2026-07-15T16:00:00Z' });
    const bad = ClassCreateSchema.safeParse({ name: 'Period 3', start: { page: '/data', t: 'noon' } });
    expect(bad.error?.issues[0]?.path).toEqual(['start', 't']);
  });
});

describe('ClassInfoSchema', () => {
  it('carries the start (page and moment) but nothing of the scenario', () => {
    const info = {
      code: 'ABC234',
      name: 'Period 3',
      lessons: [],
      city: 'columbus',
      start: { page: '/data', t: '2026-07-15T16:00:00Z' },
      createdAt: '2026-12-06T23:00:00Z',
    };
    expect(ClassInfoSchema.parse(info)).toEqual(info);
    expect(Object.keys(ClassInfoSchema.shape)).not.toContain('scenario');
    expect(Object.keys(ClassStartSchema.shape).sort()).toEqual(['page', 't']);
  });
});
