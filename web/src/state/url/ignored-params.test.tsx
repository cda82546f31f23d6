import { act, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { IgnoredParamsProvider, ignoredOf, useIgnoredParams, useReportIgnored } from './ignored-params';

function Reporter({ keys }: { keys: readonly string[] }) {
  useReportIgnored(keys);
  return null;
}

let hide: () => void = () => {};

/** A page whose reporter can be taken away (`hide`). */
function Page() {
  const [shown, setShown] = useState(true);
  hide = () => setShown(false);
  return shown ? <Reporter keys={['station', 'span']} /> : null;
}

function Shown() {
  return <output>{useIgnoredParams().join(',')}</output>;
}

describe('ignored link parameters', () => {
  it('names every reporter’s parameters once, sorted, and forgets a reporter that goes', () => {
    render(
      <IgnoredParamsProvider>
        <Reporter keys={['speed', 'span']} />
        <Page />
        <Shown />
      </IgnoredParamsProvider>,
    );
    expect(screen.getByRole('status').textContent).toBe('span,speed,station');
    act(() => hide());
    expect(screen.getByRole('status').textContent).toBe('span,speed');
  });

  it('lists only the parameters the URL has and the reader did not use', () => {
    const search = new URLSearchParams('station=x&span=6h');
    expect(ignoredOf(search, { station: 'north-park', span: '6h', corridor: 'high-st' })).toEqual(['station']);
  });
});
