import { detectDelimiter, parseCsv } from '../../../src/core/importing/csvParsing';

const fieldsOf = (text: string): string[][] => parseCsv(text).map((record) => [...record.fields]);

describe('parseCsv', () => {
  test.each([
    ['LF', 'a,b\n1,2\n'],
    ['CRLF', 'a,b\r\n1,2\r\n'],
    ['CR', 'a,b\r1,2\r'],
    ['no final line end', 'a,b\n1,2'],
  ])('%s line ends', (_name, text) => {
    expect(fieldsOf(text)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  test('quoted comma, quote and line breaks', () => {
    const text = 'name,notes\r\n"Kunde, Doyle","He said ""hi""\r\nsecond line\nthird"\r\nlast,x\r\n';
    const records = parseCsv(text);
    expect(records.map((record) => record.fields)).toEqual([
      ['name', 'notes'],
      ['Kunde, Doyle', 'He said "hi"\nsecond line\nthird'],
      ['last', 'x'],
    ]);
    expect(records.map((record) => [record.line, record.lastLine])).toEqual([
      [1, 1],
      [2, 4],
      [5, 5],
    ]);
  });

  test('quoted CR becomes one LF', () => {
    const records = parseCsv('a\r"x\ry"\rb\r');
    expect(records.map((record) => record.fields)).toEqual([['a'], ['x\ny'], ['b']]);
    expect(records.map((record) => record.line)).toEqual([1, 2, 4]);
  });

  test('empty fields and trailing empty field', () => {
    expect(fieldsOf('a,,c,\n,,,\n')).toEqual([
      ['a', '', 'c', ''],
      ['', '', '', ''],
    ]);
  });

  test('empty line is a one-field record', () => {
    const records = parseCsv('a,b\n\n1,2\n');
    expect(records.map((record) => record.fields)).toEqual([['a', 'b'], [''], ['1', '2']]);
    expect(records[2].line).toBe(3);
  });

  test('quote inside unquoted field kept', () => {
    expect(fieldsOf('Macbook Pro 13",x\n')).toEqual([['Macbook Pro 13"', 'x']]);
  });

  test('text after closing quote appended', () => {
    expect(fieldsOf('"ab"cd,e\n')).toEqual([['abcd', 'e']]);
  });

  test('unclosed quote runs to the end', () => {
    const records = parseCsv('a,b\n1,"open\n2,3\n4,5\n');
    expect(records).toHaveLength(2);
    expect(records[1].unclosedQuoteLine).toBe(2);
    expect(records[1].fields).toEqual(['1', 'open\n2,3\n4,5\n']);
    expect(records[0].unclosedQuoteLine).toBeNull();
  });

  test('byte order mark removed', () => {
    expect(fieldsOf('\uFEFFAsset Tag,Name\n')).toEqual([['Asset Tag', 'Name']]);
  });

  test('empty text has no records', () => {
    expect(parseCsv('')).toEqual([]);
  });
});

describe('detectDelimiter', () => {
  test.each([
    ['comma', 'a,b,c\n1;2', ','],
    ['semicolon', 'a;b;c\n1,2', ';'],
    ['tab', 'a\tb\tc\n', '\t'],
    ['quoted delimiters ignored', '"a;b;c",d\n', ','],
    ['one column', 'name\n', ','],
  ])('%s', (_name, text, expected) => {
    expect(detectDelimiter(text)).toBe(expected);
  });

  test('semicolon file parses', () => {
    expect(fieldsOf('자산번호;금액\nIT-1;"1.234,5"\n')).toEqual([
      ['자산번호', '금액'],
      ['IT-1', '1.234,5'],
    ]);
  });
});
