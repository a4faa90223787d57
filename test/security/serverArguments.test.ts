import fc from 'fast-check';
import { MAX_FIELD_LENGTH, MAX_NOTES_LENGTH, validateAssetInput, type AssetInputContext } from '../../src/core/assets/assetInput';
import { importCommit, importPreview, type ImportDialogEnvironment } from '../../src/core/importing/importDialogServer';
import { checkImportRequest, MAX_IMPORT_BASE64_LENGTH } from '../../src/core/importing/importRequest';
import { DEFAULT_SETTINGS } from '../../src/core/settings/settings';
import { decodeLegacyWithIconv } from '../../src/node/legacyDecoder';
import { memoryWorkbook } from '../properties/registerArbitraries';

/**
 * Functions that the browser calls through google.script.run get whatever an editor of the spreadsheet
 * sends: wrong types, huge strings, unknown or prototype-polluting keys. They must return an error
 * and write nothing, never throw or run the request.
 */

const CONTEXT: AssetInputContext = { lang: 'en', settings: DEFAULT_SETTINGS, asOf: '2025-06-30', existingTags: ['IT-0001'] };
const VALID_ASSET = { name: 'Laptop', category: 'HW', status: 'deployed' };

function errorCodes(payload: unknown): string[] {
  const result = validateAssetInput(payload, CONTEXT);
  return result.ok ? [] : result.errors.map((error) => `${error.field}:${error.code}`);
}

describe('asset panel payload', () => {
  test.each([
    ['null', null],
    ['undefined', undefined],
    ['string', 'name=Laptop'],
    ['number', 42],
    ['array', [VALID_ASSET]],
    ['Date', new Date()],
    ['object without prototype', Object.assign(Object.create(null), VALID_ASSET)],
    ['class instance', new (class Payload { name = 'Laptop'; })()],
  ])('%s is not an object', (_label, payload) => {
    expect(errorCodes(payload)).toEqual([':assets.input.notAnObject']);
  });

  test('prototype keys are unknown fields', () => {
    const polluted = JSON.parse('{"name":"Laptop","category":"HW","status":"deployed","__proto__":{"admin":true},"constructor":"x"}') as unknown;

    expect(errorCodes(polluted)).toEqual(['__proto__:assets.input.unknownField', 'constructor:assets.input.unknownField']);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  test.each([
    ['number', 1200000],
    ['boolean', true],
    ['array', ['Laptop']],
    ['object', { text: 'Laptop' }],
  ])('%s value is not text', (_label, value) => {
    expect(errorCodes({ ...VALID_ASSET, name: value })).toEqual(['name:assets.input.notText']);
  });

  test('oversized strings are rejected before parsing', () => {
    expect(errorCodes({ ...VALID_ASSET, name: 'x'.repeat(MAX_FIELD_LENGTH + 1) })).toEqual(['name:problem.tooLong']);
    expect(errorCodes({ ...VALID_ASSET, notes: 'x'.repeat(MAX_NOTES_LENGTH + 1) })).toEqual(['notes:problem.tooLong']);
    const started = Date.now();
    expect(errorCodes({ ...VALID_ASSET, purchaseDate: '1'.repeat(10_000_000) })).toEqual(['purchaseDate:problem.tooLong']);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  test('control characters and unknown fields', () => {
    expect(errorCodes({ ...VALID_ASSET, name: 'Lap\u0000top' })).toEqual(['name:problem.controlCharacter']);
    expect(errorCodes({ ...VALID_ASSET, role: 'admin' })).toEqual(['role:assets.input.unknownField']);
  });

  test('arbitrary values never throw', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom('name', 'category', 'status', 'assetTag', 'purchaseCost', 'x', '__proto__'), fc.anything())), (payload) => {
        const result = validateAssetInput(payload, CONTEXT);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });
});

describe('import dialog request', () => {
  function environment() {
    const port = memoryWorkbook({});
    const writes = port.writes;
    const env: ImportDialogEnvironment = {
      port,
      runLocked: (action) => action(),
      now: () => new Date(Date.UTC(2025, 5, 30)),
      userEmail: () => 'kim@example.com',
      decodeBase64: (text) => new Uint8Array(Buffer.from(text, 'base64')),
      decodeLegacy: decodeLegacyWithIconv,
    };
    return { env, written: () => port.writes - writes };
  }

  const VALID = { fileName: 'assets.csv', contentBase64: Buffer.from('Asset Tag,Name,Category,Status\nA-1,Laptop,HW,deployed\n').toString('base64'), register: 'assets', source: 'generic', encoding: 'auto', dateOrder: null, expected: null };

  test.each([
    ['non-object', 'assets.csv'],
    ['unknown field', { ...VALID, sheet: 'Settings' }],
    ['prototype key', JSON.parse(`{"fileName":"a.csv","__proto__":{"x":1}}`)],
    ['script file name', { ...VALID, fileName: 'payload.js' }],
    ['non-base64 content', { ...VALID, contentBase64: '<script>' }],
    ['oversized content', { ...VALID, contentBase64: 'A'.repeat(MAX_IMPORT_BASE64_LENGTH + 4) }],
    ['settings register', { ...VALID, register: 'settings' }],
    ['register as object', { ...VALID, register: { toString: () => 'assets' } }],
    ['negative expected counts', { ...VALID, expected: { accepted: -1, flagged: 0, rejected: 0 } }],
  ])('%s is refused without writing', (_label, raw) => {
    const { env, written } = environment();

    const preview = importPreview(env, raw);
    const commit = importCommit(env, raw);

    expect(preview.status).toBe('invalid');
    expect(commit.status).toBe('invalid');
    expect(written()).toBe(0);
  });

  test('commit without confirmed counts writes nothing', () => {
    const { env, written } = environment();

    expect(importPreview(env, VALID).status).toBe('preview');
    expect(importCommit(env, VALID).status).toBe('invalid');
    expect(written()).toBe(0);
  });

  test('arbitrary requests never throw or write', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ fileName: fc.string(), contentBase64: fc.base64String(), register: fc.string(), source: fc.string(), encoding: fc.string(), dateOrder: fc.anything() }, { requiredKeys: [] })), (raw) => {
        const { env, written } = environment();
        const check = checkImportRequest(raw);

        const preview = importPreview(env, raw);

        expect(['invalid', 'preview']).toContain(preview.status);
        expect(check.ok || preview.status === 'invalid').toBe(true);
        expect(written()).toBe(0);
      }),
      { numRuns: 300 },
    );
  });
});
