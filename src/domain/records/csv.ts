import Papa from 'papaparse';

/**
 * Text cells a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab,
 * carriage return first) get a leading apostrophe. Papaparse's own default
 * pattern misses a formula followed by a line break, so this one only looks
 * at the first character.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvCell = string | number | boolean | null;

/**
 * A CSV file (RFC 4180: commas, quotes and line breaks quoted; CRLF rows) that
 * opens safely in a spreadsheet; numbers stay numbers.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return Papa.unparse({ fields: [...header], data: rows.map((r) => [...r]) }, { escapeFormulae: FORMULA_START, newline: '\r\n' });
}
