import type { IsoDate } from '../calendar/calendarDate';
import type { Money } from '../values/parseResult';

/**
 * Typed rows of each register after parsing. A field is null when the cell is blank or invalid (the
 * invalid cell is a finding). `row` is the 1-based sheet row so that every computed line can point
 * back at its source.
 */
export interface RecordBase {
  readonly row: number;
}

export type AssetStatus = 'requested' | 'ordered' | 'in_stock' | 'deployed' | 'in_repair' | 'retired' | 'disposed' | 'lost';
export type DepreciationMethod = 'straight_line' | 'declining_balance';
export type LicenseMetric = 'per_device' | 'per_user' | 'concurrent' | 'site';
export type RenewalType = 'none' | 'automatic' | 'manual';
export type LedgerKind = 'cost' | 'benefit';
export type CostType = 'acquisition' | 'maintenance' | 'support' | 'license' | 'operation' | 'labor' | 'disposal' | 'other';

export interface AssetRecord extends RecordBase {
  readonly assetTag: string | null;
  readonly name: string | null;
  readonly category: string | null;
  readonly model: string | null;
  readonly manufacturer: string | null;
  readonly serialNumber: string | null;
  readonly status: AssetStatus | null;
  readonly assignedTo: string | null;
  readonly department: string | null;
  readonly location: string | null;
  readonly purchaseDate: IsoDate | null;
  readonly purchaseCost: Money | null;
  readonly vendor: string | null;
  readonly warrantyEnd: IsoDate | null;
  readonly endOfSupport: IsoDate | null;
  readonly usefulLifeMonths: number | null;
  readonly salvageValue: Money | null;
  readonly depreciationMethod: DepreciationMethod | null;
  readonly investment: string | null;
  readonly lastAudit: IsoDate | null;
  readonly notes: string | null;
}

export interface ConfigurationItemRecord extends RecordBase {
  readonly ciId: string | null;
  readonly name: string | null;
  readonly type: string | null;
  readonly environment: 'production' | 'staging' | 'test' | 'development' | null;
  readonly status: 'planned' | 'active' | 'maintenance' | 'retired' | null;
  readonly owner: string | null;
  readonly assetTag: string | null;
  readonly dependsOn: readonly string[];
  readonly version: string | null;
  readonly notes: string | null;
}

export interface LicenseRecord extends RecordBase {
  readonly licenseId: string | null;
  readonly software: string | null;
  readonly publisher: string | null;
  readonly metric: LicenseMetric | null;
  readonly quantity: number | null;
  readonly unitCost: Money | null;
  readonly startDate: IsoDate | null;
  readonly expiryDate: IsoDate | null;
  readonly contractId: string | null;
  readonly matchPatterns: string | null;
  readonly owner: string | null;
  readonly notes: string | null;
}

export interface LicenseAssignmentRecord extends RecordBase {
  readonly licenseId: string | null;
  readonly assetTag: string | null;
  readonly user: string | null;
  readonly assignedDate: IsoDate | null;
  readonly removedDate: IsoDate | null;
}

export interface InstallationRecord extends RecordBase {
  readonly assetTag: string | null;
  readonly software: string | null;
  readonly version: string | null;
  readonly publisher: string | null;
  readonly installDate: IsoDate | null;
  readonly lastSeen: IsoDate | null;
}

export interface ContractRecord extends RecordBase {
  readonly contractId: string | null;
  readonly title: string | null;
  readonly vendor: string | null;
  readonly type: 'maintenance' | 'support' | 'lease' | 'saas' | 'license' | 'service' | 'other' | null;
  readonly startDate: IsoDate | null;
  readonly endDate: IsoDate | null;
  readonly renewalType: RenewalType | null;
  readonly termMonths: number | null;
  readonly noticeDays: number | null;
  readonly annualCost: Money | null;
  readonly owner: string | null;
  readonly reminderRecipients: readonly string[];
  readonly assetTags: readonly string[];
  readonly notes: string | null;
}

export interface VendorRecord extends RecordBase {
  readonly vendor: string | null;
  readonly contactName: string | null;
  readonly email: readonly string[];
  readonly phone: string | null;
  readonly notes: string | null;
}

export interface LedgerRecord extends RecordBase {
  readonly date: IsoDate | null;
  readonly kind: LedgerKind | null;
  readonly costType: CostType | null;
  readonly amount: Money | null;
  readonly currency: string | null;
  readonly assetTag: string | null;
  readonly licenseId: string | null;
  readonly contractId: string | null;
  readonly investment: string | null;
  readonly department: string | null;
  readonly description: string | null;
}

export interface BudgetRecord extends RecordBase {
  readonly fiscalYear: number | null;
  readonly department: string | null;
  readonly costType: CostType | null;
  readonly amount: Money | null;
  readonly notes: string | null;
}

export interface CategoryRecord extends RecordBase {
  readonly code: string | null;
  readonly name: string | null;
  readonly parent: string | null;
  readonly usefulLifeMonths: number | null;
  readonly depreciationMethod: DepreciationMethod | null;
}

export interface SettingRecord extends RecordBase {
  readonly key: string | null;
  readonly value: string | null;
  readonly description: string | null;
}

/** Every register's parsed rows; a register whose tab is missing has no rows. */
export interface RegisterData {
  readonly assets: readonly AssetRecord[];
  readonly configurationItems: readonly ConfigurationItemRecord[];
  readonly licenses: readonly LicenseRecord[];
  readonly licenseAssignments: readonly LicenseAssignmentRecord[];
  readonly installations: readonly InstallationRecord[];
  readonly contracts: readonly ContractRecord[];
  readonly vendors: readonly VendorRecord[];
  readonly ledger: readonly LedgerRecord[];
  readonly budgets: readonly BudgetRecord[];
  readonly categories: readonly CategoryRecord[];
  readonly settings: readonly SettingRecord[];
}
