/**
 * JSON laid out the way the repository's formatter (Biome, line width 140) lays it out, so a file the
 * importer writes passes `biome ci` untouched: objects one key a line; an array of plain values or
 * arrays on one line when the whole line fits, else one element a line.
 */
const LINE_WIDTH = 140;
const INDENT = '  ';

function inline(value: unknown): string | undefined {
  if (Array.isArray(value)) {
    const parts = value.map(inline);
    return parts.every((part) => part !== undefined) ? `[${parts.join(', ')}]` : undefined;
  }
  if (value !== null && typeof value === 'object') return Object.keys(value).length === 0 ? '{}' : undefined;
  return JSON.stringify(value);
}

function format(value: unknown, indent: string, prefix: string, suffix: string): string {
  const flat = inline(value);
  const primitive = value === null || typeof value !== 'object';
  if (flat !== undefined && (primitive || (indent + prefix + flat + suffix).length <= LINE_WIDTH)) return indent + prefix + flat + suffix;
  const inner = indent + INDENT;
  if (Array.isArray(value)) {
    const lines = value.map((item, i) => format(item, inner, '', i < value.length - 1 ? ',' : ''));
    return `${indent}${prefix}[\n${lines.join('\n')}\n${indent}]${suffix}`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
  const lines = entries.map(([key, item], i) => format(item, inner, `${JSON.stringify(key)}: `, i < entries.length - 1 ? ',' : ''));
  return `${indent}${prefix}{\n${lines.join('\n')}\n${indent}}${suffix}`;
}

/** The text of a JSON file, with a final newline. */
export function formatJson(value: unknown): string {
  return `${format(value, '', '', '')}\n`;
}
