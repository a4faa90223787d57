import { rowForColumns, validateAssetInput, type AssetInputResult } from '../../src/core/assets/assetInput';
import { translate } from '../../src/core/i18n';
import { loadWorkbook } from '../../src/core/registers/loadWorkbook';
import { withDocumentLock } from '../../src/gas/gasContext';
import { runRecalculation } from '../../src/gas/menuActions';
import type { GasFakes } from '../fakes';
import { alertTexts, installFaultWorld, portOf, snapshot, uninstallFaultWorld, userTabs } from './faultWorld';

/**
 * Interleaved runs over the fake document lock. Apps Script runs each execution on its own, so a
 * second execution is simulated by a hook that starts it in the middle of the first one's service calls.
 */

let fakes: GasFakes;

beforeEach(() => {
  fakes = installFaultWorld('en');
});

afterEach(() => {
  uninstallFaultWorld();
});

type AddOutcome = AssetInputResult | 'busy';

/** Adds an asset the way the asset panel does: read, validate, append one row, all under the document lock. */
function addAsset(payload: Record<string, string>): AddOutcome {
  const outcome = withDocumentLock(() => {
    const port = portOf(fakes);
    const loaded = loadWorkbook(port);
    const location = loaded.locations.assets!;
    const existingTags = loaded.data.assets.flatMap((asset) => (asset.assetTag === null ? [] : [asset.assetTag]));
    const result = validateAssetInput(payload, { lang: loaded.lang, settings: loaded.settings, asOf: '2025-06-30', existingTags });
    if (result.ok) {
      const width = port.readValues(location.sheetName)[0].length;
      port.appendRows(location.sheetName, [rowForColumns(location.columns, result.values, width)]);
    }
    return result;
  });
  return outcome ?? 'busy';
}

const LAPTOP = { name: 'Laptop', category: 'HW-LAPTOP', status: 'in stock', purchaseDate: '2025-06-01', purchaseCost: '1,500,000' };

function assetTags(): string[] {
  return fakes.uncounted(() => loadWorkbook(portOf(fakes)).data.assets.map((asset) => asset.assetTag ?? ''));
}

function tcoTags(outcome: ReturnType<typeof runRecalculation>): string[] {
  return ((outcome?.json as { tco: { assets: { assetTag: string }[] } }).tco.assets ?? []).map((asset) => asset.assetTag);
}

describe('add during a recalculation', () => {
  test('add is refused, then succeeds after', () => {
    const before = snapshot(fakes);
    let during: AddOutcome | null = null;
    fakes.hooks.beforeCall('Range.getValues', 2, () => {
      during = addAsset(LAPTOP);
    });

    const recalculated = runRecalculation();

    expect(during).toBe('busy');
    expect(userTabs(snapshot(fakes))).toEqual(userTabs(before));
    expect(tcoTags(recalculated)).toEqual(['IT-0001', 'IT-0002', 'IT-0003', 'IT-0004']);

    const retried = addAsset(LAPTOP);
    expect(retried).toMatchObject({ ok: true, assetTag: 'IT-2025-0001', generatedTag: true });
    expect(assetTags()).toEqual(['IT-0001', 'IT-0002', 'IT-0003', 'IT-0004', 'IT-2025-0001']);
    expect(tcoTags(runRecalculation())).toContain('IT-2025-0001');
  });
});

describe('recalculation during an add', () => {
  test('recalculation reports busy, the add completes', () => {
    let during: ReturnType<typeof runRecalculation> | undefined;
    fakes.hooks.beforeCall('Range.setValues', 1, () => {
      during = runRecalculation();
    });

    const added = addAsset({ ...LAPTOP, assetTag: 'IT-0100' });

    expect(during).toBeNull();
    expect(alertTexts(fakes)).toEqual([translate('en', 'error.busy')]);
    expect(added).toMatchObject({ ok: true, assetTag: 'IT-0100' });
    expect(assetTags()).toEqual(['IT-0001', 'IT-0002', 'IT-0003', 'IT-0004', 'IT-0100']);
    expect(tcoTags(runRecalculation())).toContain('IT-0100');
  });
});

describe('two adds', () => {
  test('second add waits its turn, tags stay unique', () => {
    let second: AddOutcome | null = null;
    fakes.hooks.beforeCall('Range.setValues', 1, () => {
      second = addAsset(LAPTOP);
    });

    const first = addAsset(LAPTOP);
    const retried = addAsset(LAPTOP);

    expect(second).toBe('busy');
    expect(first).toMatchObject({ ok: true, assetTag: 'IT-2025-0001' });
    expect(retried).toMatchObject({ ok: true, assetTag: 'IT-2025-0002' });
    const tags = assetTags();
    expect(tags).toEqual(['IT-0001', 'IT-0002', 'IT-0003', 'IT-0004', 'IT-2025-0001', 'IT-2025-0002']);
    expect(new Set(tags).size).toBe(tags.length);
  });

  test('same typed tag twice is rejected the second time', () => {
    const first = addAsset({ ...LAPTOP, assetTag: 'IT-0200' });
    const second = addAsset({ ...LAPTOP, assetTag: 'it-0200\u200b' });

    expect(first).toMatchObject({ ok: true });
    expect(second).toMatchObject({ ok: false, errors: [{ field: 'assetTag', code: 'assets.input.tagTaken' }] });
    expect(assetTags().filter((tag) => tag.toLowerCase().startsWith('it-0200'))).toEqual(['IT-0200']);
  });

  test('lock held elsewhere: add changes nothing', () => {
    const before = snapshot(fakes);
    fakes.hooks.holdLock('document');

    expect(addAsset(LAPTOP)).toBe('busy');
    expect(snapshot(fakes)).toEqual(before);
  });
});
