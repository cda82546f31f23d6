import type { MeterClass } from '@sandbox/shared/city/schemas';
import { CLASS_COLOURS, exportPattern, QUALITY_COLOURS, QUALITY_PATTERNS } from './chart-style';

/**
 * The hatch patterns the Energy charts fill with (PV export per class, estimated and missing meter
 * reads), defined once in a zero-size SVG: `url(#id)` works from every SVG of the document.
 */
export function EnergyPatterns() {
  return (
    <svg width="0" height="0" style={{ position: 'absolute' }} aria-hidden="true" focusable="false">
      <defs>
        {(Object.keys(CLASS_COLOURS) as MeterClass[]).map((cls) => (
          <pattern key={cls} id={exportPattern(cls)} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill={CLASS_COLOURS[cls]} fillOpacity="0.18" />
            <line x1="0" y1="0" x2="0" y2="6" stroke={CLASS_COLOURS[cls]} strokeWidth="3" />
          </pattern>
        ))}
        <pattern id={QUALITY_PATTERNS.estimated} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="8" height="8" fill={QUALITY_COLOURS.estimated} fillOpacity="0.12" />
          <line x1="0" y1="0" x2="0" y2="8" stroke={QUALITY_COLOURS.estimated} strokeWidth="3" />
        </pattern>
        <pattern id={QUALITY_PATTERNS.missing} width="8" height="8" patternUnits="userSpaceOnUse">
          <rect width="8" height="8" fill={QUALITY_COLOURS.missing} fillOpacity="0.12" />
          <path d="M0 0L8 8M8 0L0 8" stroke={QUALITY_COLOURS.missing} strokeWidth="1.6" />
        </pattern>
      </defs>
    </svg>
  );
}
