import { a1, type Finding } from '../findings/finding';
import type { ParseOptions } from '../values/parseResult';
import { parseCell } from '../values/parseCell';
import type { CellValue } from '../workbook/port';
import { matchHeaders } from './headerMatching';
import { suggestField } from './headerSuggestion';
import type { RecordBase } from './records';
import type { FieldDef, RegisterDef } from './schema';
import { referenceKey } from './referenceKey';

export interface ReadRegisterResult {
  readonly records: RecordBase[];
  /** 1-based column of each field found in the header row. */
  readonly columns: Record<string, number>;
  /** Header text as the user typed it, by field key. */
  readonly headers: Record<string, string>;
  readonly findings: Finding[];
}

function cellText(cell: CellValue): string {
  if (typeof cell === 'object') {
    return cell.date;
  }
  return String(cell);
}

function isBlankRow(row: readonly CellValue[]): boolean {
  return row.every((cell) => cell === '' || (typeof cell === 'string' && cell.trim() === ''));
}

/** Settings values are free text: a number or date typed there is read back as its text. */
function settingsValue(cell: CellValue): string | null {
  const text = cellText(cell).trim();
  return text === '' ? null : text;
}

/**
 * Parses one register tab from its values (header in row 1). Every invalid cell becomes a finding and
 * the record keeps null for that field, so the rest of the row is still used. Blank rows are skipped.
 */
export function readRegister(register: RegisterDef, sheetName: string, values: readonly (readonly CellValue[])[], options: ParseOptions = {}): ReadRegisterResult {
  const findings: Finding[] = [];
  if (values.length === 0) {
    const missing = register.fields.filter((field) => field.required);
    for (const field of missing) {
      findings.push(sheetFinding(sheetName, field.header.en, 'finding.missingRequiredColumn', { sheet: sheetName, column: field.header.en }));
    }
    return { records: [], columns: {}, headers: {}, findings };
  }

  const headerRow = values[0];
  const match = matchHeaders(register, headerRow);
  const headers: Record<string, string> = {};
  for (const [key, column] of Object.entries(match.columns)) {
    headers[key] = cellText(headerRow[column - 1]).trim();
  }
  for (const duplicate of match.duplicates) {
    findings.push({
      sheet: sheetName,
      row: 1,
      column: duplicate.header,
      cell: a1(1, duplicate.second),
      value: duplicate.header,
      severity: 'error',
      code: 'finding.duplicateHeader',
      params: { sheet: sheetName, column: duplicate.header, first: a1(1, duplicate.first).replace(/\d+$/, ''), second: a1(1, duplicate.second).replace(/\d+$/, '') },
    });
  }
  for (const field of match.missingRequired) {
    const header = headerLabelFor(field, headerRow);
    findings.push(sheetFinding(sheetName, header, 'finding.missingRequiredColumn', { sheet: sheetName, column: header }));
  }
  findings.push(...similarHeaderFindings(register, sheetName, headerRow, match.columns, match.extraColumns));

  const present = register.fields.filter((field) => field.key in match.columns);
  const firstSeen = new Map<string, Map<string, number>>();
  for (const field of present.filter((candidate) => candidate.unique)) {
    firstSeen.set(field.key, new Map());
  }

  const records: RecordBase[] = [];
  for (let index = 1; index < values.length; index++) {
    const row = values[index];
    if (isBlankRow(row)) {
      continue;
    }
    const sheetRow = index + 1;
    const record: Record<string, unknown> = { row: sheetRow };
    for (const field of register.fields) {
      record[field.key] = emptyValue(field);
    }

    for (const field of present) {
      const column = match.columns[field.key];
      const cell = column - 1 < row.length ? row[column - 1] : '';
      if (register.id === 'settings') {
        record[field.key] = settingsValue(cell);
        continue;
      }
      const result = parseCell(cell, field, options);
      if (!result.ok) {
        findings.push({
          sheet: sheetName,
          row: sheetRow,
          column: headers[field.key],
          cell: a1(sheetRow, column),
          value: cellText(cell),
          severity: 'error',
          code: `problem.${result.problem}`,
          params: { ...(result.detail ?? {}), column: headers[field.key] },
        });
        continue;
      }
      if (result.value === null) {
        if (field.required) {
          findings.push({
            sheet: sheetName,
            row: sheetRow,
            column: headers[field.key],
            cell: a1(sheetRow, column),
            value: cellText(cell),
            severity: 'error',
            code: 'finding.requiredMissing',
            params: { column: headers[field.key] },
          });
        }
        continue;
      }
      record[field.key] = result.value;

      const seen = firstSeen.get(field.key);
      if (seen && typeof result.value === 'string') {
        const uniqueKey = referenceKey(result.value);
        const otherRow = seen.get(uniqueKey);
        if (otherRow !== undefined) {
          findings.push({
            sheet: sheetName,
            row: sheetRow,
            column: headers[field.key],
            cell: a1(sheetRow, column),
            value: result.value,
            severity: 'error',
            code: 'finding.duplicateKey',
            params: { column: headers[field.key], value: result.value, otherRow },
          });
        } else {
          seen.set(uniqueKey, sheetRow);
        }
      }
    }
    records.push(record as unknown as RecordBase);
  }

  return { records, columns: match.columns, headers, findings };
}

/** Warns about user columns whose header is a near miss of a register field that has no column. */
function similarHeaderFindings(
  register: RegisterDef,
  sheetName: string,
  headerRow: readonly CellValue[],
  columns: Readonly<Record<string, number>>,
  extraColumns: readonly number[],
): Finding[] {
  const missing = register.fields.filter((field) => !(field.key in columns));
  const findings: Finding[] = [];
  for (const column of extraColumns) {
    const header = cellText(headerRow[column - 1] ?? '').trim();
    const suggestion = header === '' || missing.length === 0 ? null : suggestField(header, missing);
    if (suggestion === null) {
      continue;
    }
    findings.push({
      sheet: sheetName,
      row: 1,
      column: header,
      cell: a1(1, column),
      value: header,
      severity: 'warning',
      code: 'finding.similarHeader',
      params: { sheet: sheetName, column: header, expected: suggestion.label },
    });
  }
  return findings;
}

function emptyValue(field: FieldDef): unknown {
  return field.type === 'idList' || field.type === 'emails' ? [] : null;
}

function headerLabelFor(field: FieldDef, headerRow: readonly CellValue[]): string {
  const koreanSheet = headerRow.some((cell) => typeof cell === 'string' && /[가-힣]/.test(cell));
  return koreanSheet ? field.header.ko : field.header.en;
}

function sheetFinding(sheet: string, column: string, code: string, params: Record<string, string>): Finding {
  return { sheet, row: 1, column, cell: null, value: '', severity: 'error', code, params };
}
