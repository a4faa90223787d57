/** Row counts of each generated register. Categories and Settings have fixed rows and are not scaled. */
export interface DemoScale {
  readonly assets: number;
  readonly configurationItems: number;
  readonly licenses: number;
  readonly licenseAssignments: number;
  readonly installations: number;
  readonly contracts: number;
  readonly vendors: number;
  readonly ledger: number;
  readonly budgets: number;
}

export type ScaledRegister = keyof DemoScale;

/** The demo workbook: a mid-size company with a few hundred assets. */
export const DEMO_SCALE: DemoScale = {
  assets: 400,
  configurationItems: 60,
  licenses: 40,
  licenseAssignments: 600,
  installations: 1_500,
  contracts: 40,
  vendors: 25,
  ledger: 2_500,
  budgets: 60,
};

/** The largest benchmark workbook, about 7.3 million cells, inside the 10 million cells Sheets allows. */
export const LARGE_SCALE: DemoScale = {
  assets: 100_000,
  configurationItems: 5_000,
  licenses: 20_000,
  licenseAssignments: 50_000,
  installations: 200_000,
  contracts: 10_000,
  vendors: 500,
  ledger: 300_000,
  budgets: 320,
};

/** Vendors that the asset, license and contract generators name. Fewer would leave references dangling. */
export const MIN_VENDORS = 25;

/** Budget lines are unique per fiscal year × department × cost type: 4 years × 10 departments × 8 types. */
export const MAX_BUDGETS = 320;

/**
 * Returns row counts for a workbook of `assets` assets. Between the demo (400 assets) and the large
 * benchmark workbook (100,000 assets) each count follows the power law through both presets, so the
 * function returns each preset exactly at its asset count. Outside that range the counts stay in the
 * ratio of the nearer preset.
 */
export function scaleForAssets(assets: number): DemoScale {
  if (!Number.isInteger(assets) || assets < 1) {
    throw new RangeError(`The asset count must be a positive integer, got ${String(assets)}.`);
  }

  const count = (key: ScaledRegister): number => {
    const small = DEMO_SCALE[key];
    const large = LARGE_SCALE[key];
    if (assets <= DEMO_SCALE.assets) {
      return Math.max(1, Math.round((small * assets) / DEMO_SCALE.assets));
    }
    if (assets >= LARGE_SCALE.assets) {
      return Math.round((large * assets) / LARGE_SCALE.assets);
    }
    const exponent = Math.log(large / small) / Math.log(LARGE_SCALE.assets / DEMO_SCALE.assets);
    return Math.round(small * Math.pow(assets / DEMO_SCALE.assets, exponent));
  };

  return {
    assets,
    configurationItems: count('configurationItems'),
    licenses: count('licenses'),
    licenseAssignments: count('licenseAssignments'),
    installations: count('installations'),
    contracts: count('contracts'),
    vendors: Math.max(MIN_VENDORS, count('vendors')),
    ledger: count('ledger'),
    budgets: Math.min(MAX_BUDGETS, count('budgets')),
  };
}
