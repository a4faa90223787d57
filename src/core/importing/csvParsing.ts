/**
 * A CSV reader following RFC 4180 as spreadsheets write it: fields separated by a delimiter, records
 * ended by CRLF, LF or CR alone (old Mac exports), fields in double quotes may contain the delimiter,
 * line breaks and doubled quotes (""). A final line end does not start another record.
 *
 * Two deviations match what Excel and Sheets accept: a quote inside an unquoted field is kept as a
 * character, and text after a closing quote is appended to the field.
 */

export interface CsvRecord {
  readonly fields: readonly string[];
  /** 1-based line of the file where the record starts (a quoted line break makes a record span lines). */
  readonly line: number;
  readonly lastLine: number;
  /** Line of a quote that is never closed: the record then runs to the end of the file. */
  readonly unclosedQuoteLine: number | null;
}

export type CsvDelimiter = ',' | ';' | '\t';

const DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t'];

/**
 * Picks the delimiter that occurs most often outside quotes on the first line; a comma wins ties and
 * is used for a one-column file. Excel in some European locales writes semicolons.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = new Map<CsvDelimiter, number>(DELIMITERS.map((delimiter) => [delimiter, 0]));
  let quoted = false;
  for (const char of text) {
    if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && (char === '\n' || char === '\r')) {
      break;
    } else if (!quoted && counts.has(char as CsvDelimiter)) {
      counts.set(char as CsvDelimiter, (counts.get(char as CsvDelimiter) ?? 0) + 1);
    }
  }
  let best: CsvDelimiter = ',';
  for (const delimiter of DELIMITERS) {
    if ((counts.get(delimiter) ?? 0) > (counts.get(best) ?? 0)) {
      best = delimiter;
    }
  }
  return best;
}

/** Splits CSV text into records. A byte order mark left at the start is removed. */
export function parseCsv(input: string, delimiter: CsvDelimiter = detectDelimiter(input)): CsvRecord[] {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const records: CsvRecord[] = [];

  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let quoteOpenedAt = 0;
  let line = 1;
  let recordLine = 1;
  // A record exists once any character of it has been read, so the final line end adds no record.
  let recordStarted = false;

  const endRecord = (lastLine: number, unclosedQuoteLine: number | null): void => {
    fields.push(field);
    records.push({ fields, line: recordLine, lastLine, unclosedQuoteLine });
    fields = [];
    field = '';
    recordStarted = false;
  };

  for (let index = 0; index < text.length; index++) {
    const char = text[index];

    if (quoted) {
      if (char === '"') {
        if (text[index + 1] === '"') {
          field += '"';
          index++;
        } else {
          quoted = false;
        }
        continue;
      }
      if (char === '\r' || char === '\n') {
        // CRLF inside a field is one line break of the file. Every form becomes LF, which is how
        // Sheets and Excel hold a line break inside a cell.
        if (char === '\r' && text[index + 1] === '\n') {
          index++;
        }
        field += '\n';
        line++;
        continue;
      }
      field += char;
      continue;
    }

    if (char === '\r' || char === '\n') {
      if (char === '\r' && text[index + 1] === '\n') {
        index++;
      }
      if (recordStarted) {
        endRecord(line, null);
      } else {
        // An empty line is a record with one empty field, which the importer skips as a blank row.
        records.push({ fields: [''], line, lastLine: line, unclosedQuoteLine: null });
      }
      line++;
      recordLine = line;
      continue;
    }

    recordStarted = true;
    if (char === delimiter) {
      fields.push(field);
      field = '';
    } else if (char === '"' && field === '') {
      quoted = true;
      quoteOpenedAt = line;
    } else {
      field += char;
    }
  }

  if (quoted) {
    endRecord(line, quoteOpenedAt);
  } else if (recordStarted) {
    endRecord(line, null);
  }
  return records;
}
