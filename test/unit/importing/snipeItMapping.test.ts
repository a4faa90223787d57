import { importRows, type ImportOptions } from '../../../src/core/importing/importRows';
import type { ImportResult } from '../../../src/core/importing/importResult';
import { decodeText } from '../../../src/core/importing/textDecoding';
import { registerById } from '../../../src/core/registers/definitions';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';
import type { OutputValue } from '../../../src/core/workbook/port';

const assets = registerById('assets');
const OPTIONS: ImportOptions = { source: 'snipe-it', dateOrder: 'mdy', asOf: '2025-06-30', settings: DEFAULT_SETTINGS, lang: 'en' };

function run(text: string, options: ImportOptions = OPTIONS): ImportResult {
  return importRows({ kind: 'csv', decoded: decodeText(new Uint8Array(Buffer.from(text, 'utf8'))) }, assets, null, options);
}

function valueOf(result: ImportResult, index: number, field: string): OutputValue {
  return result.accepted[index].values[assets.fields.findIndex((candidate) => candidate.key === field)];
}

describe('Snipe-IT asset mapping', () => {
  const header = 'Asset Tag,Name,Model name,Category,Status,Full Name,Email,Username,Purchase Date,Warranty\n';

  test('status labels and checkout', () => {
    const result = run(
      header +
        'A-1,Laptop,X1,HW,Ready to Deploy,,,,,\n' +
        'A-2,Laptop,X1,HW,Ready to Deploy,Kim,kim@example.com,kim,,\n' +
        'A-3,Laptop,X1,HW,Broken - Not Fixable,,,,,\n' +
        'A-4,Laptop,X1,HW,사용중,,,,,\n' +
        'A-5,Laptop,X1,HW,Borrowed,,,,,\n',
    );
    expect([0, 1, 2, 3].map((index) => valueOf(result, index, 'status'))).toEqual(['in stock', 'deployed', 'retired', 'deployed']);
    expect(valueOf(result, 1, 'assignedTo')).toBe('kim@example.com');
    expect(result.rejected.map((row) => row.key)).toEqual(['A-5']);
    expect(result.rejected[0].reasons.map((reason) => reason.code)).toEqual(['problem.invalidEnum']);
    expect(result.rejected[0].reasons[0].text.startsWith('Status "Borrowed": Not an allowed value.')).toBe(true);
  });

  test('assignee falls back to name then username', () => {
    const result = run(header + 'A-1,Laptop,X1,HW,,Lee Mina,,lee,,\nA-2,Laptop,X1,HW,,,,park,,\n');
    expect(valueOf(result, 0, 'assignedTo')).toBe('Lee Mina');
    expect(valueOf(result, 1, 'assignedTo')).toBe('park');
    expect(result.accepted[0].flags.map((flag) => flag.code)).toEqual(['import.flag.statusBlankCheckedOut']);
    expect(valueOf(result, 0, 'status')).toBe('deployed');
  });

  test('blank name takes the model name', () => {
    const result = run(header + 'A-1,,ThinkPad X1,HW,Archived,,,,,\n');
    expect(valueOf(result, 0, 'name')).toBe('ThinkPad X1');
    expect(result.accepted[0].flags.map((flag) => flag.text)).toEqual(['Name was blank, so the model name "ThinkPad X1" was used.']);
  });

  test('warranty months from purchase date', () => {
    // 2024-01-31 plus 1 month is the last day of February in a leap year.
    const result = run(header + 'A-1,L,X,HW,Archived,,,,1/31/24,1\nA-2,L,X,HW,Archived,,,,,36\nA-3,L,X,HW,Archived,,,,1/31/24,twelve\n');
    expect(valueOf(result, 0, 'warrantyEnd')).toEqual({ date: '2024-02-29' });
    expect(valueOf(result, 1, 'warrantyEnd')).toBe('');
    expect(valueOf(result, 1, 'notes')).toBe('Warranty: 36 months');
    expect(result.accepted[1].flags.map((flag) => flag.code)).toEqual(['import.flag.warrantyWithoutPurchaseDate']);
    expect(result.rejected[0].reasons.map((reason) => reason.text)).toEqual(['Warranty "twelve": Not a number. Type digits only, such as 12 or 3.5.']);
  });

  test('Korean notes for warranty months', () => {
    const result = run(header + 'A-1,L,X,HW,Archived,,,,,36\n', { ...OPTIONS, lang: 'ko' });
    expect(valueOf(result, 0, 'notes')).toBe('Warranty: 36개월');
    expect(valueOf(result, 0, 'status')).toBe('사용중지');
  });

  test('generic source leaves Snipe-IT columns unmapped', () => {
    const result = run(header + 'A-1,Laptop,X1,HW,retired,,,,,\nA-2,Laptop,X1,HW,Archived,,,,,\n', { ...OPTIONS, source: 'generic' });
    expect(result.accepted.map((row) => row.key)).toEqual(['A-1']);
    expect(result.rejected[0].reasons.map((reason) => reason.code)).toEqual(['problem.invalidEnum']);
    expect(result.warnings.map((warning) => warning.params.header)).toEqual(['Model name', 'Full Name', 'Email', 'Username', 'Warranty']);
  });
});

describe('key rules per register', () => {
  test('vendor without a name is rejected', () => {
    const vendors = registerById('vendors');
    const result = importRows({ kind: 'csv', decoded: decodeText(new Uint8Array(Buffer.from('Vendor,Email\n,a@example.com\nAcme,b@example.com\n', 'utf8'))) }, vendors, null, { ...OPTIONS, source: 'generic' });
    expect(result.accepted.map((row) => row.key)).toEqual(['Acme']);
    expect(result.rejected[0].reasons.map((reason) => reason.text)).toEqual(['Required value is missing. Fill in Vendor.']);
  });

  test('pattern without sequence rejects blank tags', () => {
    const settings = { ...DEFAULT_SETTINGS, assetTagPattern: 'IT-{YYYY}' };
    const result = run('Asset Tag,Name,Category,Status\n,Laptop,HW,deployed\nIT-1,Pen,HW,deployed\n', { ...OPTIONS, settings, source: 'generic' });
    expect(result.accepted.map((row) => row.key)).toEqual(['IT-1']);
    expect(result.rejected[0].reasons.map((reason) => reason.code)).toEqual(['import.reason.keyPatternInvalid']);
  });
});
