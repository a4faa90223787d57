/**
 * Zero-based data-row positions of the demo's deliberate mistakes. Sheet rows are these plus 2 because
 * row 1 contains the headers. The generators read these positions so that the rows the mistakes land on
 * stay consistent with the rest of the data.
 */
export const DELIBERATE_ROWS = {
  assets: {
    impossibleDate: 7,
    amountWithText: 12,
    duplicateTag: 19,
    duplicateTagSource: 4,
    unknownStatus: 26,
    blankName: 33,
  },
  licenseAssignments: {
    missingAsset: 4,
    ambiguousDate: 9,
  },
  configurationItems: {
    /** The first service's database, which the mistake makes depend on its own application. */
    dependencyCycle: 4,
  },
  ledger: {
    doubleCountedAcquisitions: [29, 93],
  },
} as const;

/** Minimum rows each register needs for the deliberate mistakes. */
export const DELIBERATE_MINIMUM_ROWS = {
  assets: 60,
  licenses: 2,
  licenseAssignments: 10,
  configurationItems: 6,
  ledger: 94,
} as const;

/**
 * Assets below this position never have their acquisition only in the ledger, and the double-counted
 * acquisitions pick assets at or after it, so a mistake on an asset row never causes a second finding.
 */
export const FIRST_LEDGER_COSTED_ASSET = 40;
