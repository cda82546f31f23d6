/**
 * Colours of the Energy charts (axes, grid and lines come from the kit's chart theme). Meter classes use Okabe–Ito hues (distinct under
 * the common colour-vision deficiencies); PV export repeats its class hue as a hatch below zero, so
 * sign and pattern say "export", not colour alone.
 */
import type { MeterClass } from '@sandbox/shared/city/schemas';
import { okabeIto } from '../../../map/palette';

export const CLASS_COLOURS: Record<MeterClass, string> = {
  residential: okabeIto.blue,
  commercial: okabeIto.orange,
  industrial: okabeIto.purple,
};

export const NET_COLOUR = '#1b2430';
export const IMPORT_COLOUR = okabeIto.blue;
export const EXPORT_COLOUR = okabeIto.green;
export const QUALITY_COLOURS = { estimated: okabeIto.orange, missing: okabeIto.vermillion } as const;

/** SVG pattern ids (defined once by <EnergyPatterns />). */
export const exportPattern = (cls: MeterClass) => `energy-export-${cls}`;
export const QUALITY_PATTERNS = { estimated: 'energy-quality-estimated', missing: 'energy-quality-missing' } as const;
