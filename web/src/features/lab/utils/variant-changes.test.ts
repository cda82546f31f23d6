import { ScenarioSchema } from '@sandbox/shared/scenario/schemas';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../i18n/i18n';
import { changesSummary, variantChanges } from './variant-changes';

describe('variantChanges', () => {
  const baseline = ScenarioSchema.parse({ city: 'testville', seed: 4 });
  it('names each lever that differs with its value, in the reader’s language', () => {
    const variant = ScenarioSchema.parse({ city: 'testville', seed: 11, levers: { evShare: 0.4, signalRetiming: true } });
    expect(variantChanges(baseline, variant, 'en')).toEqual(['EV share 40%', 'Signal retiming on', 'Random seed 11']);
    expect(variantChanges(baseline, variant, 'ko')).toEqual(['전기차 비율 40%', '신호 시간 재조정 켬', '난수 시드 11']);
  });

  it('is empty for the same scenario', () => {
    expect(variantChanges(baseline, baseline, 'en')).toEqual([]);
  });

  it('is short enough for a tile: all changes, or the first and how many more', () => {
    const en = createI18n('en').t;
    const ko = createI18n('ko').t;
    expect(changesSummary(['EV share 40%'], en)).toBe('EV share 40%');
    expect(changesSummary(['EV share 40%', 'Heat wave on'], en)).toBe('EV share 40%, Heat wave on');
    expect(changesSummary(['EV share 40%', 'Signal retiming on', 'Random seed 11'], en)).toBe('EV share 40% + 2 more');
    expect(changesSummary(['전기차 비율 40%', '신호 시간 재조정 켬', '난수 시드 11'], ko)).toBe('전기차 비율 40% 외 2개');
    expect(changesSummary([], ko)).toBe('기준과 같음');
  });
});
