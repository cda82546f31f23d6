/** OGC SensorThings API 1.1 (read-only) over the engine: what the server's /sta/v1.1 plugin needs. */
export { buildCatalogue, type Catalogue } from './catalogue';
export type { StaBackend } from './observations';
export { type StaQuery, StaQuerySchema } from './options';
export { answerSta, CONFORMANCE, type StaAnswer } from './service';
