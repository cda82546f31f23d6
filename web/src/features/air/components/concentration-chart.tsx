/**
 * A pollutant's concentration over the chart window, from zero up, over the AQI category bands in
 * the official colours: the selected station's PM2.5 or ozone, or every station's PM2.5.
 */
import type { AqiPollutant } from '@sandbox/shared/air/schemas';
import { useTranslation } from 'react-i18next';
import type { ChartLine } from '../../../ui/charts/series-rows';
import { TimeSeriesChart } from '../../../ui/charts/time-series-chart';
import type { ChartFrame } from '../hooks/use-air-data';
import { concentrationBands } from '../utils/aqi-bands';

export const UNITS: Record<AqiPollutant, string> = { pm25: 'µg/m³', ozone: 'ppb' };

interface Props {
  pollutant: AqiPollutant;
  lines: readonly ChartLine[];
  frame: ChartFrame;
  height: number;
  testId: string;
}

export function ConcentrationChart({ pollutant, lines, frame, height, testId }: Props) {
  const { t } = useTranslation();
  return (
    <TimeSeriesChart
      testId={testId}
      lines={lines}
      bands={concentrationBands(pollutant, (key) => t(`aqi.${key}`))}
      unit={UNITS[pollutant]}
      {...frame}
      yDomain={[0, 'auto']}
      height={height}
    />
  );
}
