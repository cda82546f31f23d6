/**
 * The engine's service over the small test city, for unit tests of what a page makes of an answer
 * (rows, runs, totals) without a server: the same answers MSW serves to the page tests.
 */
import { TelemetryService } from '@sandbox/shared/simulation/telemetry-service';
import { testCity } from '@sandbox/shared/test-support/test-city';

export const testService = new TelemetryService([testCity]);

/** One local day of the test city (a July weekday, midnight to midnight in New York): a query's place and window. */
export const TEST_DAY = { city: 'testville', from: '2026-07-15T04:00:00Z', to: '2026-07-16T04:00:00Z' } as const;
