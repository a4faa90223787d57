import { dayNumber, fiscalYearOf, isIsoDate, isoFromParts, type IsoDate } from '../calendar/calendarDate';
import type { Lang, RegisterId } from '../registers/schema';
import { generateAssetModels, writeAssets } from './demoAssets';
import { generateAssignments } from './demoAssignments';
import { generateBudgets } from './demoBudgets';
import { generateCategories } from './demoCategories';
import { generateConfigurationItems } from './demoConfigurationItems';
import { planContracts, writeContracts } from './demoContracts';
import { generateInstallations } from './demoInstallations';
import { generateLedgerEntries, writeLedger } from './demoLedger';
import { planLicenseLots, priceLots, writeLicenses } from './demoLicenses';
import type { DepartmentKey } from './demoOrganization';
import { generatePeople, staffCountFor, type DemoPerson } from './demoPeople';
import { MAX_BUDGETS, MIN_VENDORS, type DemoScale } from './demoScale';
import { DEMO_FISCAL_YEAR_START_MONTH, generateSettings } from './demoSettings';
import { DateCells, type DemoSheet } from './demoSheet';
import { generateVendors } from './demoVendors';
import { DELIBERATE_MINIMUM_ROWS } from './deliberateErrorRows';
import { applyDeliberateErrors } from './deliberateErrors';
import { SeededRandom, deriveSeed } from './seededRandom';

export { DEMO_SCALE, LARGE_SCALE, scaleForAssets, type DemoScale } from './demoScale';
export { DEMO_DELIBERATE_ERRORS, type DeliberateError } from './deliberateErrors';
export type { DemoSheet } from './demoSheet';

/**
 * Seeded sample registers of a Korean mid-size company, for the demo and the benchmark. The same options
 * give the same cells, value for value: the generator reads no clock and no global random source.
 */

export interface DemoOptions {
  readonly seed: number;
  /** The day the data is "as of": purchases, payments and assignments lie before it, plans after it. */
  readonly asOf: IsoDate;
  readonly lang: Lang;
  readonly scale: DemoScale;
  /** Add the mistakes listed in DEMO_DELIBERATE_ERRORS. */
  readonly deliberateErrors: boolean;
}

/** Every register's headers, in `lang` and schema order, and its rows as a user would type them. */
export type DemoRegisters = { readonly [K in RegisterId]: DemoSheet };

/** Generates every register. Throws RangeError when the options are invalid or the scale is too small. */
export function generateDemoRegisters(options: DemoOptions): DemoRegisters {
  validateOptions(options);
  const { seed, asOf, lang, scale, deliberateErrors } = options;
  const stream = (label: string): SeededRandom => new SeededRandom(deriveSeed(seed, label));
  const dates = new DateCells();
  const ledgerStartDay = dayNumber(isoFromParts(fiscalYearOf(asOf, DEMO_FISCAL_YEAR_START_MONTH) - 2, DEMO_FISCAL_YEAR_START_MONTH, 1) as IsoDate);

  const people = generatePeople(stream('people'), staffCountFor(scale.assets));
  const peopleByDepartment = groupByDepartment(people);
  const itStaff = peopleByDepartment.get('infrastructure') ?? [people[0]];

  const assets = generateAssetModels(stream('assets'), scale.assets, { asOf, ledgerStartDay, people, deliberateErrors });
  const installations = generateInstallations(stream('installations'), assets, scale.installations, asOf, lang, dates);
  const lots = planLicenseLots(stream('licenses'), scale.licenses, asOf);
  const assignments = generateAssignments(stream('assignments'), lots, installations.installsByProduct, people, scale.licenseAssignments, asOf, lang, dates);

  const { plans, contractsByProduct } = planContracts(stream('contracts'), scale.contracts, { asOf, assets, lots, people, peopleByDepartment });
  const pricedLots = priceLots(
    stream('licensePrices'),
    lots,
    { activeAssignments: assignments.activeAssignments, installsByProduct: installations.installsByProduct },
    contractsByProduct,
    (product) => (peopleByDepartment.get(product.ownerDepartment) ?? [people[0]])[0],
  );
  const contracts = writeContracts(plans, pricedLots, lang, dates);

  const ledgerEntries = generateLedgerEntries(stream('ledger'), scale.ledger, { asOf, ledgerStartDay, assets, lots: pricedLots, contracts: contracts.contracts, deliberateErrors });
  const ciOwners = [...itStaff, ...(peopleByDepartment.get('development') ?? [])].slice(0, 8);

  const registers: DemoRegisters = {
    assets: writeAssets(stream('assetCells'), assets, asOf, lang, dates),
    configurationItems: generateConfigurationItems(stream('configurationItems'), scale.configurationItems, assets, ciOwners, lang),
    licenses: writeLicenses(pricedLots, lang, dates),
    licenseAssignments: assignments.sheet,
    installations: installations.sheet,
    contracts: contracts.sheet,
    vendors: generateVendors(stream('vendors'), scale.vendors, lang),
    ledger: writeLedger(ledgerEntries, stream('ledgerCells'), lang, dates),
    budgets: generateBudgets(stream('budgets'), scale.budgets, ledgerEntries, asOf, DEMO_FISCAL_YEAR_START_MONTH, lang),
    categories: generateCategories(lang),
    settings: generateSettings(lang, itStaff.slice(0, 2)),
  };

  if (deliberateErrors) {
    const perDeviceLot = pricedLots.find((lot) => lot.product.metric === 'per_device');
    applyDeliberateErrors(registers, { asOf, lang, perDeviceLicenseId: perDeviceLot === undefined ? '' : perDeviceLot.id });
  }
  return registers;
}

function validateOptions(options: DemoOptions): void {
  const { scale } = options;
  if (options.lang !== 'ko' && options.lang !== 'en') {
    throw new RangeError(`The demo language must be "ko" or "en", got "${String(options.lang)}".`);
  }
  if (!Number.isSafeInteger(options.seed)) {
    throw new RangeError(`The demo seed must be an integer, got ${String(options.seed)}.`);
  }
  if (typeof options.asOf !== 'string' || !isIsoDate(options.asOf)) {
    throw new RangeError(`The demo as-of date must be a real date written YYYY-MM-DD, got "${String(options.asOf)}".`);
  }

  for (const [register, count] of Object.entries(scale)) {
    if (!Number.isInteger(count) || count < 0) {
      throw new RangeError(`The demo row count for ${register} must be a whole number of zero or more, got ${String(count)}.`);
    }
  }
  if (scale.vendors < MIN_VENDORS) {
    throw new RangeError(`The demo needs at least ${MIN_VENDORS} vendors, because assets, licenses and contracts name them; got ${scale.vendors}.`);
  }
  if (scale.budgets > MAX_BUDGETS) {
    throw new RangeError(`The demo has at most ${MAX_BUDGETS} distinct budget lines, got ${scale.budgets}.`);
  }
  if (scale.licenseAssignments > 0 && scale.licenses === 0) {
    throw new RangeError('License assignments need at least one license.');
  }
  if (options.deliberateErrors) {
    for (const [register, minimum] of Object.entries(DELIBERATE_MINIMUM_ROWS)) {
      const count = scale[register as keyof typeof DELIBERATE_MINIMUM_ROWS];
      if (count < minimum) {
        throw new RangeError(`The deliberate errors need at least ${minimum} rows of ${register}, got ${count}.`);
      }
    }
  }
}

function groupByDepartment(people: readonly DemoPerson[]): Map<DepartmentKey, DemoPerson[]> {
  const groups = new Map<DepartmentKey, DemoPerson[]>();
  for (const person of people) {
    const group = groups.get(person.department) ?? [];
    group.push(person);
    groups.set(person.department, group);
  }
  return groups;
}
