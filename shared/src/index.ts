/**
 * Public surface of @sandbox/shared. Deep imports (`@sandbox/shared/sim/weather`) work too and keep
 * bundles small; this index is for convenience in tests and tools.
 */
export * from './contract';
export * from './metrics/aqi';
export * from './metrics/downsample';
export * from './metrics/nowcast';
export * from './metrics/resample';
export * from './metrics/series';
export * from './policy/policy-data';
export * from './schemas/air';
export * from './schemas/api/air-api';
export * from './schemas/api/energy-api';
export * from './schemas/api/mobility-api';
export * from './schemas/api/stream-api';
export * from './schemas/basemap';
export * from './schemas/city';
export * from './schemas/common';
export * from './schemas/energy';
export * from './schemas/geo';
export * from './schemas/health';
export * from './schemas/mobility';
export * from './schemas/policy';
export * from './schemas/query';
export * from './schemas/scenario';
export * from './schemas/scenario-query';
export * from './schemas/weather';
export * from './sim/air';
export * from './sim/context';
export * from './sim/energy';
export * from './sim/geo';
export * from './sim/hourly-weather';
export * from './sim/mobility/demand';
export * from './sim/mobility/flow-series';
export * from './sim/mobility/network';
export * from './sim/mobility/segments';
export * from './sim/mobility/signals';
export * from './sim/mobility/trips';
export * from './sim/mobility/vehicles';
export * from './sim/rng';
export * from './sim/time';
export * from './sim/truth';
export * from './sim/weather';
