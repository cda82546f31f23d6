/**
 * JSON bodies, parsed as Fastify's own parser does (a `__proto__` key, or `constructor.prototype`,
 * is refused: either could reach an object's prototype once the body is merged or spread), but the
 * refusal says so, naming the key. Fastify's parser answered "Body is not valid JSON" for a body
 * that was perfectly valid JSON, so the sender looked for a syntax error that was not there.
 */
import { ApiProblem } from '@sandbox/shared';
import { errorCodes, type FastifyInstance } from 'fastify';

/** A key met on the walk, with the one it sits under (to spell its path only when it is refused). */
interface Step {
  value: unknown;
  key: string | undefined;
  parent: Step | undefined;
}

const pathOf = (step: Step): string[] => {
  const path: string[] = [];
  for (let at: Step | undefined = step; at?.key !== undefined; at = at.parent) path.unshift(at.key);
  return path;
};

/**
 * The path of the first key refused for safety (`__proto__`, or `prototype` under `constructor`), if
 * any. Walked with a stack of its own, not by recursion: JSON.parse accepts arrays nested 200,000 deep,
 * which would overflow the call stack of a recursive walk.
 */
export function forbiddenKey(value: unknown): string[] | undefined {
  const pending: Step[] = [{ value, key: undefined, parent: undefined }];
  for (let step = pending.pop(); step; step = pending.pop()) {
    const here = step.value;
    if (here === null || typeof here !== 'object') continue;
    const entries = Object.entries(here);
    // Pushed last first, so the first key in the text is the first one named.
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i] as [string, unknown];
      const next: Step = { value: child, key, parent: step };
      if (key === '__proto__') return pathOf(next);
      if (key === 'constructor' && child !== null && typeof child === 'object' && Object.hasOwn(child, 'prototype'))
        return [...pathOf(next), 'prototype'];
      pending.push(next);
    }
  }
  return undefined;
}

/** Call before any route is registered: routes inherit the root's parsers. */
export function registerJsonBodyParser(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const text = body as string;
    if (text.length === 0) return done(new errorCodes.FST_ERR_CTP_EMPTY_JSON_BODY(), undefined);
    let value: unknown;
    try {
      // JSON.parse makes "__proto__" an own key, never the prototype: it is safe to parse, then look.
      value = JSON.parse(text);
    } catch {
      return done(new errorCodes.FST_ERR_CTP_INVALID_JSON_BODY(), undefined);
    }
    const key = forbiddenKey(value);
    if (!key) return done(null, value);
    // Keys are the sender's text: cut short before they go into a message.
    const path = key.join('.').slice(0, 200);
    const last = key.at(-1);
    done(
      new ApiProblem(
        400,
        `Invalid body field "${path}": the key "${last}" is not allowed (refused for safety: it could change the prototype of objects); the body is valid JSON otherwise, so remove or rename that key.`,
        path,
      ),
      undefined,
    );
  });
}
