/**
 * The legend of the kit's Recharts charts: Recharts' own look (a short line or a square, then the
 * series' name), with each icon named in the UI language and by what it draws ("PM2.5, dashed line";
 * Recharts names it "… legend icon" in English whatever the language). Passed as Legend's `content`.
 */

import { useTranslation } from 'react-i18next';
import type { LegendPayload } from 'recharts';

interface Props {
  payload?: readonly LegendPayload[];
  iconType?: 'plainline' | 'square';
}

const SIZE = 14;

function dashesOf(entry: LegendPayload): string | undefined {
  const dashes = (entry.payload as { strokeDasharray?: unknown } | undefined)?.strokeDasharray;
  return typeof dashes === 'string' || typeof dashes === 'number' ? String(dashes) : undefined;
}

export function ChartLegend({ payload = [], iconType = 'plainline' }: Props) {
  const { t } = useTranslation();
  return (
    <ul className="recharts-default-legend chart-legend">
      {payload.map((entry) => {
        const name = entry.value ?? '';
        const dashes = dashesOf(entry);
        const mark = iconType === 'square' ? 'square' : dashes ? 'dashed' : 'line';
        return (
          <li key={name} className="recharts-legend-item">
            <svg
              className="chart-legend__icon"
              width={SIZE}
              height={SIZE}
              viewBox={`0 0 ${SIZE} ${SIZE}`}
              role="img"
              aria-label={t(`charts.legend.${mark}`, { name })}
            >
              {mark === 'square' ? (
                <rect x={1} y={1} width={SIZE - 2} height={SIZE - 2} fill={entry.color} />
              ) : (
                <line x1={0} y1={SIZE / 2} x2={SIZE} y2={SIZE / 2} stroke={entry.color} strokeWidth={3} strokeDasharray={dashes} />
              )}
            </svg>
            <span className="recharts-legend-item-text" style={{ color: entry.color }}>
              {name}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
