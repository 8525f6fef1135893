/**
 * RFC 4180 CSV, as spreadsheets write it: quoted fields may hold commas, doubled quotes and line
 * breaks; lines end in CRLF or LF. Each row remembers the line it starts on, for error messages.
 */
import { t } from '../i18n';

export interface CsvRow {
  /** 1-based line of the file where the row starts. */
  line: number;
  fields: string[];
}

export type CsvParsed = { ok: true; rows: CsvRow[] } | { ok: false; error: string };

export function parseCsv(text: string, separator = ','): CsvParsed {
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let quoteLine = 0;
  let i = 0;
  const endRow = () => {
    fields.push(field);
    // A blank line is no row (spreadsheets add one at the end).
    if (!(fields.length === 1 && fields[0] === '')) rows.push({ line: rowLine, fields });
    fields = [];
    field = '';
  };
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        const next = text[i];
        if (next !== undefined && next !== separator && next !== '\n' && next !== '\r') {
          return { ok: false, error: t('errAtLine', line, t('errCsvTextAfterQuote')) };
        }
        continue;
      }
      if (c === '\n') line++;
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      quoteLine = line;
      i++;
    } else if (c === separator) {
      fields.push(field);
      field = '';
      i++;
    } else if (c === '\r' || c === '\n') {
      endRow();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      rowLine = ++line;
    } else {
      field += c;
      i++;
    }
  }
  if (quoted) return { ok: false, error: t('errAtLine', quoteLine, t('errCsvUnclosedQuote')) };
  if (field !== '' || fields.length > 0) endRow();
  return { ok: true, rows };
}

function quote(field: string, separator: string): string {
  return field.includes('"') || field.includes(separator) || field.includes('\n') || field.includes('\r')
    ? `"${field.replace(/"/g, '""')}"`
    : field;
}

/** Rows to CSV text with CRLF line ends, as RFC 4180 and spreadsheets expect. */
export function writeCsv(rows: readonly (readonly string[])[], separator = ','): string {
  return rows.map((row) => row.map((f) => quote(f, separator)).join(separator)).join('\r\n') + '\r\n';
}
