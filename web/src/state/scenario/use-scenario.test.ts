import { ScenarioSchema } from '@sandbox/shared/scenario/schemas';
import { act, renderHook } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { encodeScenario } from './scenario-codec';
import { useScenario } from './use-scenario';

describe('useScenario', () => {
  const wrapperAt = (url: string) => (props: { children: ReactNode }) =>
    createElement(MemoryRouter, { initialEntries: [url] }, props.children);

  it('follows the URL and writes a new scenario in place of the old one, keeping the view parameters', () => {
    const { result } = renderHook(() => ({ view: useScenario(), location: useLocation() }), {
      wrapper: wrapperAt('/air?lang=ko&evShare=0.4&t=2026-07-15T16:00:00Z'),
    });
    expect(encodeScenario(result.current.view.scenario)).toEqual({ city: 'columbus', evShare: '0.4' });
    const inversion = { from: '2026-01-10T00:00:00Z', to: '2026-01-12T00:00:00Z', intensity: 0.35 };
    act(() => result.current.view.setScenario(ScenarioSchema.parse({ levers: { inversion } })));
    expect(result.current.location.search).toBe(
      '?lang=ko&t=2026-07-15T16%3A00%3A00Z&inversion=2026-01-10T00%3A00%3A00Z%2F2026-01-12T00%3A00%3A00Z&inversionIntensity=0.35',
    );
    expect(result.current.view.scenario.levers.inversion).toEqual({
      ...inversion,
      from: '2026-01-10T00:00:00.000Z',
      to: '2026-01-12T00:00:00.000Z',
    });
    expect(result.current.view.scenario.levers.evShare).toBe(0.05);
    expect(result.current.view.ignored).toEqual([]);
  });
});
