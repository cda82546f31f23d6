/**
 * OpenAPI 3 document and interactive docs, generated from the same zod schemas that validate the
 * routes (fastify-type-provider-zod's transform), repaired where OpenAPI 3.0 cannot say what zod
 * means (schema-fixes.ts). Each route's example request comes from the shared contract; its example
 * answer is the server's real answer to it, computed on the first docs request and abridged within
 * its schema (examples.ts), so the docs can never show a response the API would not give. Downloads
 * (`kind: 'download'`) are documented per media type (text/csv, application/x-ndjson,
 * application/atom+xml) with their real first lines as the example; the live stream as
 * `text/event-stream`; errors in the one error shape (responses.ts).
 */
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { type Contract, contract, exampleUrl, type RouteContract } from '@sandbox/shared/contract';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import type { OpenAPIV3 } from 'openapi-types';
import { z } from 'zod';
import { type FixedJson, fixedJson, sendFixedJson } from '../routes/fixed-json';
import { abridge } from './examples';
import { documentErrors, streamResponse } from './responses';
import { fixDocumentSchemas, fixSchema } from './schema-fixes';
import { documentWriteRoutes } from './write-routes';

export { abridge } from './examples';

const DESCRIPTION = `Synthetic, deterministic smart-city telemetry for a schematic Columbus, Ohio: the same query
always gives the same answer. Errors share one shape: \`{ error, message, issues? }\`.`;

const openApiPath = (path: string) => path.replace(/:([A-Za-z]+)/g, '{$1}');

/** Lines of a download's example answer shown in the docs (CSV: the header and the first rows). */
const DOWNLOAD_EXAMPLE_LINES = { csv: 4, ndjson: 3, xml: 60 } as Record<string, number>;

/** The example requests of a route: one per format for a download (`format` path parameter), else one. */
function exampleRequests(name: string, route: RouteContract): { key: string; url: string; format?: string }[] {
  if (route.kind !== 'download' || !route.produces) return [{ key: name, url: exampleUrl(route) }];
  return Object.keys(route.produces).map((format) => {
    const params = route.example.params?.format ? { ...route.example.params, format } : route.example.params;
    return {
      key: `${name}:${format}`,
      url: exampleUrl({ ...route, example: { ...route.example, ...(params ? { params } : {}) } }),
      format,
    };
  });
}

/**
 * A download's 200: a streamed attachment in each media type it produces, with its real first lines
 * as the example; NDJSON documents the schema of one line, with the first line as the example (so
 * the example validates against that schema), CSV its header row.
 */
function downloadResponse(route: RouteContract, answers: Map<string, unknown>, name: string): OpenAPIV3.ResponseObject {
  const content: Record<string, OpenAPIV3.MediaTypeObject> = {};
  for (const [format, type] of Object.entries(route.produces ?? {})) {
    const mediaType = type.split(';')[0] as string;
    const schema: OpenAPIV3.SchemaObject =
      format === 'ndjson'
        ? {
            ...fixSchema(z.toJSONSchema(route.response, { target: 'openapi-3.0', io: 'output' }) as OpenAPIV3.SchemaObject),
            description: 'One JSON object per line (newline-delimited JSON), each this schema.',
          }
        : format === 'csv'
          ? { type: 'string', description: `CSV (RFC 4180) with a header row: ${route.csvColumns?.join(', ') ?? ''}.` }
          : { type: 'string', description: route.response.description ?? '' };
    const text = answers.get(`${name}:${format}`);
    const example = typeof text === 'string' && format === 'ndjson' ? abridge(JSON.parse(text.split('\n')[0] ?? ''), schema) : text;
    content[mediaType] = { schema, ...(example !== undefined ? { example } : {}) };
  }
  return {
    description:
      'A file, streamed as it is generated (chunked), with `Content-Disposition: attachment; filename="…"` naming city, stream and window.',
    headers: {
      'Content-Disposition': {
        schema: { type: 'string' },
        description: 'attachment; filename="<city>-<stream>[-<selection>]-<from>_<to>.<ext>"',
      },
    },
    content,
  };
}

function withExample(name: string, route: RouteContract, spec: OpenAPIV3.Document, answers: Map<string, unknown>): void {
  const operation = spec.paths[openApiPath(route.path)]?.get;
  if (!operation) return;
  for (const parameter of (operation.parameters ?? []) as OpenAPIV3.ParameterObject[]) {
    const value = parameter.in === 'path' ? route.example.params?.[parameter.name] : route.example.query?.[parameter.name];
    if (value !== undefined) parameter.example = value;
  }
  documentErrors(operation, route);
  const ok = operation.responses['200'] as OpenAPIV3.ResponseObject | undefined;
  if (route.kind === 'download') {
    operation.responses['200'] = downloadResponse(route, answers, name);
    return;
  }
  if (route.kind === 'sse') {
    operation.responses['200'] = streamResponse(ok?.content?.['application/json']?.schema as OpenAPIV3.SchemaObject | undefined);
    return;
  }
  const answer = answers.get(name);
  const media = ok?.content?.['application/json'];
  if (media && answer !== undefined) media.example = abridge(answer, media.schema as OpenAPIV3.SchemaObject);
}

/** The first lines of a download (the whole of a short one). */
function firstLines(text: string, format: string | undefined): string {
  const lines = text.split('\n');
  const keep = DOWNLOAD_EXAMPLE_LINES[format ?? ''] ?? 3;
  return lines.length > keep + 1 ? `${lines.slice(0, keep).join('\n')}\n…\n` : text;
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
        { name: 'export', description: 'Streaming downloads: CSV, NDJSON and Green Button XML, generated day by day' },
        { name: 'scenarios', description: 'Saved scenarios (the store), their JSON files and share links' },
        { name: 'rooms', description: 'Workshop rooms: teams set levers in rounds, a board ranks them on the Lab’s scorecard' },
        { name: 'classes', description: 'Classes: a teacher’s code and key, students’ sealed scenarios and their answers (student mode)' },
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
        for (const { key, url, format } of exampleRequests(name, route)) {
          const res = await app.inject({ method: 'GET', url });
          if (res.statusCode !== 200) app.log.warn(`example for ${url} answered ${res.statusCode}`);
          else answers.set(key, route.kind === 'download' ? firstLines(res.body, format) : res.json());
        }
      }
    })();
    return computing;
  };
  const applyExamples = (spec: OpenAPIV3.Document) => {
    fixDocumentSchemas(spec);
    for (const [name, route] of Object.entries(contract) as [keyof Contract, RouteContract][]) withExample(name, route, spec, answers);
    documentWriteRoutes(spec);
    return spec;
  };

  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    uiHooks: {
      // The UI finds its document relative to the page's address, query string included, so
      // /api/docs?lang=ko asked for /api/docs?lang=ko/json and drew "Unable to render this definition"
      // (fastify-swagger-ui PR #290, open). The page itself takes no parameters: drop them.
      onRequest: async (request, reply) => {
        const [path, query] = request.url.split('?', 2);
        if (query !== undefined && (path === '/api/docs' || path === '/api/docs/')) return reply.redirect(path, 302);
      },
      preHandler: async () => ensureExamples(),
    },
    transformSpecification: (spec) => applyExamples(spec as OpenAPIV3.Document),
    uiConfig: { docExpansion: 'list', deepLinking: true, tryItOutEnabled: true },
  });

  // ~800 KB, fixed once the examples are in: built and hashed once, revalidated by ETag (fixed-json.ts).
  let document: Promise<FixedJson> | undefined;
  app.get('/api/openapi.json', { schema: { hide: true } }, async (request, reply) => {
    document ??= ensureExamples().then(() =>
      fixedJson(JSON.stringify(applyExamples(structuredClone(app.swagger()) as OpenAPIV3.Document))),
    );
    return sendFixedJson(request, reply, await document);
  });
}
