/**
 * The comparison being built: the baseline (the view's scenario, changed with the shell's Scenario
 * panel) and up to three variants, each a copy of the baseline with its own levers.
 */
import { type Scenario, ScenarioSchema } from '@sandbox/shared/scenario/schemas';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../i18n/i18n';
import { MAX_LAB_VARIANTS } from '../../../state/lab/lab-url';
import { sealedTokenOf } from '../../../state/scenario/scenario-codec';
import type { LabWindow } from '../api/lab-queries';
import { variantChanges } from '../utils/variant-changes';
import { VariantEditor } from './variant-editor';

interface Props {
  baseline: Scenario;
  variants: Scenario[];
  window: LabWindow;
  language: Language;
  onChange: (variants: Scenario[]) => void;
}

export function ScenarioBuilder({ baseline, variants, window, language, onChange }: Props) {
  const { t } = useTranslation();
  const section = useRef<HTMLElement>(null);
  /** Where the focus goes once the variants change: the new variant's first field, or Add after a removal. */
  const focusNext = useRef<number | 'add' | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when a variant was added or removed
  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === null || !section.current) return;
    const element =
      target === 'add'
        ? section.current.querySelector<HTMLElement>('[data-lab-add]')
        : section.current.querySelector<HTMLElement>(`[data-testid="lab-variant-${target + 1}"] :is(input, select, button)`);
    element?.focus();
  }, [variants.length]);
  // The baseline said as what it changes from the default scenario.
  const defaults = variantChanges(ScenarioSchema.parse({ city: baseline.city }), baseline, language);
  return (
    <section ref={section} className="card lab-builder" aria-labelledby="lab-variants-title">
      <div className="lab-baseline">
        <h2 className="card__title">
          <span className="lab-swatch lab-swatch--0" aria-hidden="true" />
          {t('lab.baseline')}
        </h2>
        {/* A student's baseline is sealed: its levers and faults are the server's, and not shown. */}
        {sealedTokenOf(baseline) ? (
          <p className="lab-variant__changes">{t('lab.sealedBaseline')}</p>
        ) : (
          <>
            <p className="lab-variant__changes">{defaults.length > 0 ? defaults.join(' · ') : t('lab.defaultScenario')}</p>
            <p className="card__subtitle">{t('lab.baselineHint')}</p>
          </>
        )}
      </div>
      <h2 id="lab-variants-title" className="card__title lab-builder__title">
        {t('lab.variantsTitle')}
      </h2>
      {variants.length === 0 ? <p className="lab-empty">{t('lab.noVariants')}</p> : null}
      {variants.map((variant, i) => (
        <VariantEditor
          // biome-ignore lint/suspicious/noArrayIndexKey: a variant is its slot (v1–v3), not an entity with an id
          key={i}
          variant={variant}
          index={i}
          window={window}
          changes={variantChanges(baseline, variant, language)}
          onChange={(next) => onChange(variants.map((v, j) => (j === i ? next : v)))}
          onRemove={() => {
            focusNext.current = 'add';
            onChange(variants.filter((_, j) => j !== i));
          }}
        />
      ))}
      {variants.length < MAX_LAB_VARIANTS ? (
        <div className="lab-builder__add">
          <button
            type="button"
            className="button button--small"
            data-lab-add
            onClick={() => {
              focusNext.current = variants.length;
              onChange([...variants, baseline]);
            }}
          >
            {t('lab.addVariant')}
          </button>
          <span className="card__subtitle">{t('lab.addVariantHint')}</span>
        </div>
      ) : (
        <p className="card__subtitle">{t('lab.maxVariants')}</p>
      )}
    </section>
  );
}
