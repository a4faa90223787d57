import { riskMessages } from '../../../src/core/i18n/catalog/risk';

function placeholders(template: string): string[] {
  return [...template.matchAll(/\{([a-z][A-Za-z0-9]*)\}/g)].map((match) => match[1]).sort();
}

describe('risk catalog', () => {
  const keys = Object.keys(riskMessages.en) as (keyof typeof riskMessages.en)[];

  test('same placeholders in both languages', () => {
    const different = keys.filter((key) => placeholders(riskMessages.en[key]).join() !== placeholders(riskMessages.ko[key]).join());
    expect(different).toEqual([]);
  });

  test('Korean text differs from English', () => {
    // Labels that are the same word in both languages.
    const shared = new Set(['dashboard.header.tco']);
    const untranslated = keys.filter((key) => !shared.has(key) && riskMessages.en[key] === riskMessages.ko[key]);
    expect(untranslated).toEqual([]);
  });

  test('keys use the three prefixes', () => {
    expect(keys.filter((key) => !/^(risk|lifecycle|dashboard)\./.test(key))).toEqual([]);
  });
});
