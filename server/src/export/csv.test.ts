import { describe, expect, it } from 'vitest';
import { csvField, csvLine } from './csv';

describe('csvField (RFC 4180)', () => {
  it.each([
    ['plain text stays as it is', 'linden-park-bench', 'linden-park-bench'],
    ['a comma quotes the field', 'Incident: capacity down to 40%, speeds to 60%.', '"Incident: capacity down to 40%, speeds to 60%."'],
    ['inner double quotes are doubled', 'the "stuck" sensor', '"the ""stuck"" sensor"'],
    ['a line feed quotes the field', 'two\nlines', '"two\nlines"'],
    ['a carriage return is guarded and quoted', '\rx', '"\'\rx"'],
    ['a formula start gets a leading apostrophe', '=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ['a leading plus, minus or at sign too', '-1+2', "'-1+2"],
    ['an empty string stays empty', '', ''],
  ])('%s', (_, input, expected) => {
    expect(csvField(input)).toBe(expected);
  });

  it.each([
    [null, ''],
    [undefined, ''],
    [Number.NaN, ''],
    [Number.POSITIVE_INFINITY, ''],
    [-0.25, '-0.25'],
    [1e-7, '1e-7'],
    [35040, '35040'],
    [true, 'true'],
    [false, 'false'],
  ])('writes %s as "%s"', (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });
});

describe('csvLine', () => {
  it('joins fields with commas and ends the record with CRLF', () => {
    expect(csvLine(['a', 1, null, 'b,c'])).toBe('a,1,,"b,c"\r\n');
  });

  it('round-trips through a strict RFC 4180 reader', () => {
    const cells = ['x', 'say "hi", then\r\nleave', '', 'ok'];
    expect(parseCsvRecord(csvLine(cells))).toEqual(cells);
  });
});

/** A minimal RFC 4180 reader for one record (quoted fields may hold commas, quotes and line breaks). */
function parseCsvRecord(text: string): string[] {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') field += text[i++];
    }
    fields.push(field);
    if (text[i] === ',') i++;
    else return fields;
  }
}
