/**
 * Public surface of @sandbox/shared. Deep imports (`@sandbox/shared/sim/weather`) work too and keep
 * bundles small; this index is for convenience in tests and tools.
 */
export * from './contract';
export * from './policy/policy-data';
export * from './schemas/basemap';
export * from './schemas/city';
export * from './schemas/common';
export * from './schemas/geo';
export * from './schemas/health';
export * from './schemas/policy';
export * from './schemas/weather';
export * from './sim/hourly-weather';
export * from './sim/rng';
export * from './sim/time';
export * from './sim/weather';
