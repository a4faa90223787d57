import { comparisonKey, matchesAnyPattern, parseMatchPatterns } from '../../../src/core/licensing/matchPattern';

/** Matches one pattern cell against a title as the register reports it. */
function matchesPattern(cell: string, title: string): boolean {
  return matchesAnyPattern(parseMatchPatterns(cell), comparisonKey(title));
}

function patternTexts(cell: string | null): string[] {
  return parseMatchPatterns(cell).map((pattern) => pattern.text);
}

describe('parseMatchPatterns', () => {
  it('splits on semicolons, trims and drops blanks', () => {
    expect(patternTexts(' Microsoft Office*; ;Visio* ;')).toEqual(['microsoft office*', 'visio*']);
  });

  it('returns no patterns for a blank cell', () => {
    expect(patternTexts(null)).toEqual([]);
    expect(patternTexts(' ; ')).toEqual([]);
  });

  it('normalizes decomposed Hangul to NFC', () => {
    const decomposed = '한컴오피스*'.normalize('NFD');
    expect(decomposed).not.toBe('한컴오피스*');
    expect(patternTexts(decomposed)).toEqual(['한컴오피스*']);
  });
});

describe('matchesPattern', () => {
  it('matches a trailing wildcard', () => {
    expect(matchesPattern('microsoft office*', 'Microsoft Office Professional Plus 2019')).toBe(true);
    expect(matchesPattern('microsoft office*', 'Office Microsoft')).toBe(false);
  });

  it('lets a wildcard match nothing', () => {
    expect(matchesPattern('visio*', 'Visio')).toBe(true);
    expect(matchesPattern('*visio', 'Visio')).toBe(true);
    expect(matchesPattern('vis**io', 'Visio')).toBe(true);
  });

  it('anchors both ends of the title', () => {
    expect(matchesPattern('adobe*reader', 'Adobe Acrobat Reader')).toBe(true);
    expect(matchesPattern('adobe*reader', 'Adobe Acrobat Reader DC')).toBe(false);
    expect(matchesPattern('reader', 'Adobe Reader')).toBe(false);
  });

  it('places middle pieces in order', () => {
    expect(matchesPattern('*office*2019', 'Office 2016 and Office 2019')).toBe(true);
    expect(matchesPattern('a*b*c', 'aXbXbXc')).toBe(true);
    expect(matchesPattern('a*b*c', 'aXcXb')).toBe(false);
    expect(matchesPattern('ab*ba', 'aba')).toBe(false);
    expect(matchesPattern('ab*ba', 'abba')).toBe(true);
    expect(matchesPattern('a*bc*bcd', 'abcbcd')).toBe(true);
    expect(matchesPattern('a*bc*bcd', 'abcd')).toBe(false);
  });

  it('compares case-insensitively', () => {
    expect(matchesPattern('autocad*', 'AUTOCAD LT 2024')).toBe(true);
  });

  it('treats regular expression characters literally', () => {
    expect(matchesPattern('c++ (x64)*', 'C++ (x64) Redistributable')).toBe(true);
    expect(matchesPattern('c++ (x64)*', 'cc (x64) Redistributable')).toBe(false);
    expect(matchesPattern('a.b', 'axb')).toBe(false);
    expect(matchesPattern('a.b', 'a.b')).toBe(true);
    expect(matchesPattern('[abc]', 'a')).toBe(false);
    expect(matchesPattern('[abc]', '[abc]')).toBe(true);
    expect(matchesPattern('^x$|.*', 'anything')).toBe(false);
    expect(matchesPattern('7-zip ?', '7-Zip 9')).toBe(false);
  });

  it('matches Hangul titles in either normalization form', () => {
    const title = '한컴오피스 2022'.normalize('NFD');
    expect(matchesPattern('한컴오피스*', title)).toBe(true);
  });

  it('ignores spaces around the reported title', () => {
    expect(matchesPattern('zoom', '  Zoom ')).toBe(true);
  });

  it('stays fast on a pattern with many wildcards', () => {
    const pattern = '*a*a*a*a*a*a*a*a*a*a*b';
    const title = 'a'.repeat(20000);
    const started = Date.now();
    expect(matchesPattern(pattern, title)).toBe(false);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('matchesAnyPattern', () => {
  it('matches when one pattern matches', () => {
    expect(matchesPattern('visio*; project*', 'Project Professional')).toBe(true);
    expect(matchesPattern('visio*; project*', 'Office')).toBe(false);
  });

  it('matches nothing without patterns', () => {
    expect(matchesAnyPattern([], 'visio')).toBe(false);
  });
});

describe('comparisonKey', () => {
  it('folds case, spaces and normalization form', () => {
    expect(comparisonKey('  Alice@Corp.KR ')).toBe('alice@corp.kr');
    expect(comparisonKey('홍길동'.normalize('NFD'))).toBe('홍길동');
  });
});
