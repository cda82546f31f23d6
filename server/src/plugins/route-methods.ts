/**
 * Which methods a path answers, from the routes as they are registered. A request whose path exists
 * but not under its method (a PATCH to a saved scenario) gets a 405 with `Allow` (RFC 9110 §15.5.6),
 * not a 404 that says the path does not exist. Fastify's router answers "which handler" only, so the
 * route table is kept here: a pattern per route, built once at start-up.
 */
import type { FastifyInstance } from 'fastify';

interface RouteMethods {
  pattern: RegExp;
  methods: Set<string>;
}

/**
 * `/api/scenarios/:id` → `^/api/scenarios/[^/]+$`, `/api/export/air.:format` → `^/api/export/air\.[^/]+$`:
 * a parameter wherever it starts in a segment; a trailing `*` matches any rest (`/sta/v1.1/*`).
 */
function patternOf(url: string): RegExp {
  const source = url
    .split('/')
    .map((part) => (part === '*' ? '.*' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z_][A-Za-z0-9_]*/g, '[^/]+')))
    .join('/');
  return new RegExp(`^${source}$`);
}

/**
 * Starts recording routes (call before any route is registered) and returns the lookup: the methods
 * `path` answers, sorted, or none. A bare `*` route (the CORS preflight's) and OPTIONS say nothing
 * about a path, so they are left out.
 */
export function trackRouteMethods(app: FastifyInstance): (path: string) => string[] {
  const routes = new Map<string, RouteMethods>();
  app.addHook('onRoute', (route) => {
    if (route.url === '*' || route.url === '/*') return;
    const methods = (Array.isArray(route.method) ? route.method : [route.method]).filter((m) => m !== 'OPTIONS');
    if (methods.length === 0) return;
    let entry = routes.get(route.url);
    if (!entry) {
      entry = { pattern: patternOf(route.url), methods: new Set() };
      routes.set(route.url, entry);
    }
    for (const method of methods) entry.methods.add(method);
  });
  return (path) => {
    const allowed = new Set<string>();
    for (const { pattern, methods } of routes.values()) if (pattern.test(path)) for (const m of methods) allowed.add(m);
    return [...allowed].sort();
  };
}
