/**
 * A query string whose percent-encoding is not valid UTF-8 (`%ED%A0%80`, a lone surrogate, or `%FF`)
 * is refused by the parameter's name. Fastify's parser leaves such a value as sent, so a schema then
 * complained about the wrong thing (SensorThings: `unexpected character "%"`, a slug: "lower-case
 * letters") and the real problem, the encoding, went unsaid.
 */
import { ApiProblem } from '@sandbox/shared';
import type { FastifyInstance } from 'fastify';
import { isApiPath, isStaPath } from './paths';

function decodes(text: string): boolean {
  try {
    decodeURIComponent(text.replaceAll('+', ' '));
    return true;
  } catch {
    return false;
  }
}

/** The first `name=value` pair of `search` whose name or value does not decode, as the name to blame and the value as sent. */
export function badlyEncoded(search: string): { name: string; sent: string } | undefined {
  for (const pair of search.split('&')) {
    const eq = pair.indexOf('=');
    const rawName = eq < 0 ? pair : pair.slice(0, eq);
    const rawValue = eq < 0 ? '' : pair.slice(eq + 1);
    if (!decodes(rawName)) return { name: rawName, sent: rawName };
    if (!decodes(rawValue)) return { name: decodeURIComponent(rawName.replaceAll('+', ' ')), sent: rawValue };
  }
  return undefined;
}

/** Call before any route is registered, so the check runs before every schema. */
export function refuseBadQueryEncoding(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    if (!isApiPath(request.url) && !isStaPath(request.url)) return;
    const at = request.url.indexOf('?');
    if (at < 0) return;
    const bad = badlyEncoded(request.url.slice(at + 1));
    if (!bad) return;
    // Names and values are the sender's text: cut short before they go into a message.
    const name = bad.name.slice(0, 80);
    throw new ApiProblem(
      400,
      `Invalid query parameter "${name}": its percent-encoding is not valid UTF-8 (${bad.sent.slice(0, 80)}); encode the text as UTF-8, e.g. with encodeURIComponent.`,
      name,
    );
  });
}
