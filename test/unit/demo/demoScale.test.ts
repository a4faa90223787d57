import { DEMO_SCALE, LARGE_SCALE, MAX_BUDGETS, MIN_VENDORS, scaleForAssets, type DemoScale } from '../../../src/core/demo/demoScale';
import { generateDemoRegisters } from '../../../src/core/demo/demoWorkbook';

describe('scaleForAssets', () => {
  test('400 assets give the demo preset', () => {
    expect(scaleForAssets(400)).toEqual(DEMO_SCALE);
  });

  test('100,000 assets give the benchmark sizes', () => {
    const scale = scaleForAssets(100_000);
    expect(scale).toEqual(LARGE_SCALE);
    expect(scale.ledger).toBe(300_000);
    expect(scale.licenses).toBe(20_000);
    expect(scale.installations).toBe(200_000);
    expect(scale.licenseAssignments).toBe(50_000);
    expect(scale.contracts).toBe(10_000);
    expect(scale.configurationItems).toBe(5_000);
  });

  test('counts grow with the asset count', () => {
    const sizes = [1, 50, 400, 1_000, 10_000, 100_000, 250_000].map(scaleForAssets);
    for (let index = 1; index < sizes.length; index += 1) {
      for (const key of Object.keys(DEMO_SCALE) as (keyof DemoScale)[]) {
        expect(sizes[index][key]).toBeGreaterThanOrEqual(sizes[index - 1][key]);
      }
    }
  });

  test('contracts keep one per ten assets', () => {
    expect(scaleForAssets(1_000).contracts).toBe(100);
    expect(scaleForAssets(10_000).contracts).toBe(1_000);
  });

  test('small workbooks keep the vendors that others name', () => {
    expect(scaleForAssets(10).vendors).toBe(MIN_VENDORS);
  });

  test('budget lines stop at the distinct combinations', () => {
    expect(scaleForAssets(1_000_000).budgets).toBe(MAX_BUDGETS);
  });

  test.each([0, -5, 2.5, Number.NaN])('asset count %p is rejected', (assets) => {
    expect(() => scaleForAssets(assets)).toThrow(RangeError);
  });

  test('100,000 assets generate 6 to 10 million cells', () => {
    const registers = generateDemoRegisters({ seed: 9, asOf: '2025-06-15', lang: 'ko', scale: scaleForAssets(100_000), deliberateErrors: false });

    let cells = 0;
    for (const sheet of Object.values(registers)) {
      cells += sheet.rows.length * sheet.headers.length;
    }
    expect(cells).toBeGreaterThan(6_000_000);
    expect(cells).toBeLessThan(10_000_000);
    expect(registers.ledger.rows).toHaveLength(300_000);
    expect(registers.installations.rows).toHaveLength(200_000);
    expect(new Set(registers.assets.rows.map((row) => row[0])).size).toBe(100_000);
  });
});
