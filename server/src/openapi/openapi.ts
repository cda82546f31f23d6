/**
 * OpenAPI 3 document and interactive docs, generated from the same zod schemas that validate the
 * routes (fastify-type-provider-zod's transform). Each route's example request comes from the shared
 * contract; its example answer is the server's real answer to it, computed on the first docs request,
 * so the docs can never show a response the API would not give.
 */
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { type Contract, contract, exampleUrl, type RouteContract } from '@sandbox/shared/contract';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import type { OpenAPIV3 } from 'openapi-types';

const DESCRIPTION = `Synthetic, deterministic smart-city telemetry for a schematic Columbus, Ohio: the same query
always gives the same answer. Errors share one shape: \`{ error, message, issues? }\`.`;

/** Keeps examples readable: long arrays are cut to their first items. */
export function abridge(value: unknown, keep = 3): unknown {
  if (Array.isArray(value)) return value.slice(0, keep).map((item) => abridge(item, keep));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, abridge(v, keep)]));
  return value;
}

const openApiPath = (path: string) => path.replace(/:([A-Za-z]+)/g, '{$1}');

function withExample(route: RouteContract, spec: OpenAPIV3.Document, answer: unknown): void {
  const operation = spec.paths[openApiPath(route.path)]?.get;
  if (!operation) return;
  for (const parameter of (operation.parameters ?? []) as OpenAPIV3.ParameterObject[]) {
    const value = parameter.in === 'path' ? route.example.params?.[parameter.name] : route.example.query?.[parameter.name];
    if (value !== undefined) parameter.example = value;
  }
  const media = (operation.responses['200'] as OpenAPIV3.ResponseObject | undefined)?.content?.['application/json'];
  if (media && answer !== undefined) media.example = abridge(answer);
}

export async function registerOpenApi(app: FastifyInstance, version: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'Smart City Sandbox API', version, description: DESCRIPTION },
      tags: [
        { name: 'meta', description: 'Service status' },
        { name: 'cities', description: 'Geography and sensor inventory' },
        { name: 'weather', description: 'The weather driver every stream reads' },
      ],
    },
    transform: jsonSchemaTransform,
  });

  const answers = new Map<string, unknown>();
  let computing: Promise<void> | undefined;
  const ensureExamples = () => {
    computing ??= (async () => {
      for (const [name, route] of Object.entries(contract) as [keyof Contract, RouteContract][]) {
        // A stream never ends; its example is the request alone.
        if (route.kind === 'sse') continue;
        const res = await app.inject({ method: 'GET', url: exampleUrl(route) });
        if (res.statusCode === 200) answers.set(name, res.json());
        else app.log.warn(`example for ${route.path} answered ${res.statusCode}`);
      }
    })();
    return computing;
  };
  const applyExamples = (spec: OpenAPIV3.Document) => {
    for (const [name, route] of Object.entries(contract) as [keyof Contract, RouteContract][]) withExample(route, spec, answers.get(name));
    return spec;
  };

  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    uiHooks: { preHandler: async () => ensureExamples() },
    transformSpecification: (spec) => applyExamples(spec as OpenAPIV3.Document),
    uiConfig: { docExpansion: 'list', deepLinking: true, tryItOutEnabled: true },
  });

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => {
    await ensureExamples();
    return applyExamples(structuredClone(app.swagger()) as OpenAPIV3.Document);
  });
}
