/**
 * Demand now per district as bars, largest first: the map's colours in numbers, and a keyboard
 * way to select a district (each name is a toggle button). The panel's table adds import, export
 * and the demand per meter.
 */
import './district-load-list.css';
import { useTranslation } from 'react-i18next';
import type { DistrictLoad } from '../utils/districts';
import type { EnergyFormat } from '../utils/units';

interface Props {
  rows: readonly DistrictLoad[];
  selected: string | null;
  onSelect: (district: string | null) => void;
  format: EnergyFormat;
}

export function DistrictLoadList({ rows, selected, onSelect, format }: Props) {
  const { t } = useTranslation();
  const max = Math.max(1, ...rows.map((r) => r.demandKw));
  return (
    <ol className="district-bars" data-testid="district-bars">
      {rows.map((row) => (
        <li key={row.id} className={row.id === selected ? 'district-bars__row district-bars__row--selected' : 'district-bars__row'}>
          <button
            type="button"
            className="district-bars__name"
            aria-pressed={row.id === selected}
            onClick={() => onSelect(row.id === selected ? null : row.id)}
          >
            {row.name}
          </button>
          <span className="district-bars__track" aria-hidden="true">
            <span className="district-bars__bar" style={{ width: `${Math.max(0, (row.demandKw / max) * 100)}%` }} />
          </span>
          <span className="district-bars__value">{format.kw(row.demandKw)}</span>
          <span className="district-bars__detail">{t('energy.districts.perMeter', { value: format.number(row.perMeterKw, 1) })}</span>
        </li>
      ))}
    </ol>
  );
}
