import { mapColumns } from '../../../src/core/importing/columnMapping';
import { SNIPE_IT_SOURCE } from '../../../src/core/importing/sources/snipeIt';
import { registerById } from '../../../src/core/registers/definitions';

const assets = registerById('assets');

describe('mapColumns', () => {
  test('labels, aliases, Korean and case folding', () => {
    const mapping = mapColumns(assets, undefined, ['\uFEFF자산번호', ' ITEM NAME ', 'Category', 'Serial', '상태']);
    expect(mapping.errors).toEqual([]);
    expect(Array.from(mapping.fieldColumns.entries(), ([key, column]) => [key, column.letter])).toEqual([
      ['assetTag', 'A'],
      ['name', 'B'],
      ['category', 'C'],
      ['serialNumber', 'D'],
      ['status', 'E'],
    ]);
  });

  test('same header twice is an error naming both columns', () => {
    const mapping = mapColumns(assets, undefined, ['Asset Tag', 'Name', 'Notes', 'name']);
    expect(mapping.errors).toEqual([{ code: 'import.error.duplicateHeader', params: { header: 'name', first: 'B', second: 'D' } }]);
  });

  test('unmapped column header twice is also an error', () => {
    const mapping = mapColumns(assets, undefined, ['Asset Tag', 'Color', 'Color']);
    expect(mapping.errors.map((error) => error.code)).toEqual(['import.error.duplicateHeader']);
  });

  test('two labels of one field are an error', () => {
    const mapping = mapColumns(assets, undefined, ['Asset Tag', '자산번호']);
    expect(mapping.errors).toEqual([{ code: 'import.error.sameTarget', params: { first: 'A', firstHeader: 'Asset Tag', second: 'B', secondHeader: '자산번호' } }]);
  });

  test('alias loses to label with a warning', () => {
    const mapping = mapColumns(assets, undefined, ['Item Name', 'Name']);
    expect(mapping.errors).toEqual([]);
    expect(mapping.fieldColumns.get('name')?.letter).toBe('B');
    expect(mapping.columns[0].target.kind).toBe('unmapped');
    expect(mapping.warnings).toEqual([{ code: 'import.warning.shadowedColumn', params: { column: 'A', header: 'Item Name', otherColumn: 'B', otherHeader: 'Name' } }]);
  });

  test('blank and unmapped columns', () => {
    const mapping = mapColumns(assets, undefined, ['Asset Tag', '', 'Color', '  ']);
    expect(mapping.columns.map((column) => column.target.kind)).toEqual(['field', 'blank', 'unmapped', 'blank']);
    expect(mapping.warnings).toEqual([{ code: 'import.warning.unmappedColumn', params: { column: 'C', header: 'Color' } }]);
  });

  test('source columns win over register labels', () => {
    const mapping = mapColumns(assets, SNIPE_IT_SOURCE.registers.assets, ['Asset Tag', 'Status', 'Model name', 'Model Number', 'Warranty']);
    expect(mapping.columns.map((column) => column.target)).toEqual([
      { kind: 'field', field: assets.fields[0] },
      { kind: 'input', input: 'statusLabel' },
      { kind: 'field', field: assets.fields.find((field) => field.key === 'model') },
      { kind: 'note', type: 'id' },
      { kind: 'input', input: 'warrantyMonths' },
    ]);
  });
});
