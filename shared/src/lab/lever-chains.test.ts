import { describe, expect, it } from 'vitest';
import { LAB_KPIS } from './kpis';
import { LEVER_CHAINS } from './lever-chains';

describe('the Lab’s explanations', () => {
  it('say how a figure is computed and why it moved in words for people, with no source paths (EN and KO)', () => {
    const texts = [
      ...LEVER_CHAINS.flatMap((chain) => [chain.mechanism.en, chain.mechanism.ko]),
      ...LAB_KPIS.flatMap((kpi) => [kpi.how.en, kpi.how.ko]),
    ];
    expect(texts.length).toBeGreaterThan(20);
    for (const text of texts) expect(text).not.toMatch(/[\w-]+\.(ts|tsx|js|json)\b/);
  });
});
