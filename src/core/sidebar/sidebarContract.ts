import type { IsoDate } from '../calendar/calendarDate';
import type { LifecycleAction } from '../assets/lifecycleTransition';
import type { AssetStatus } from '../registers/records';
import type { Lang } from '../registers/schema';
import type { SidebarLabelKey } from './sidebarLabels';

/**
 * The values that cross google.script.run between the asset panel and the server. Apps Script passes
 * only numbers, strings, booleans, null and arrays or plain objects of them, so every date here is an
 * ISO string and every message is already rendered in the panel's language.
 */

/** A sheet row the panel can select in the spreadsheet, with its text such as "Assets row 12". */
export interface RowLink {
  readonly sheetName: string;
  readonly row: number;
  readonly text: string;
}

export interface ChoiceOption {
  /** Value sent back to the server: an enum key, a category code or the text itself. */
  readonly value: string;
  readonly label: string;
}

export type FormFieldType = 'text' | 'id' | 'date' | 'money' | 'integer' | 'number' | 'enum' | 'choice' | 'boolean' | 'list';

/** One input of the asset form or of a lifecycle action. */
export interface FormField {
  readonly key: string;
  readonly label: string;
  /** Help text from the register's header note, such as the format to type. */
  readonly hint: string;
  readonly type: FormFieldType;
  readonly required: boolean;
  /** 'main' fields are always shown; 'more' fields sit in a collapsed group. */
  readonly group: 'main' | 'more';
  /** Choices of a select (enum and category fields). */
  readonly options: readonly ChoiceOption[];
  /** Values offered while typing (departments, locations, vendors, people); any other text is allowed. */
  readonly suggestions: readonly string[];
  /** Maximum length in characters the server accepts. */
  readonly maxLength: number;
}

export interface RenewalLine {
  readonly title: string;
  /** Kind and deadline, for example "Contract notice deadline · 2025-03-04 · 12 days left". */
  readonly detail: string;
  readonly deadline: IsoDate;
  readonly daysLeft: number;
  readonly link: RowLink | null;
}

export interface RiskLine {
  readonly message: string;
  readonly ref: string;
  readonly link: RowLink | null;
}

export interface AtAGlance {
  readonly asOf: IsoDate;
  /** The first renewals due within 30 days, soonest first. */
  readonly renewals: readonly RenewalLine[];
  readonly renewalCount: number;
  /** A sentence such as "Showing 20 of 31." when the list is cut, else ''. */
  readonly renewalNote: string;
  readonly highRiskCount: number;
  /** The first high risks, in the order of the Risks sheet. */
  readonly highRisks: readonly RiskLine[];
  /** A sentence such as "Showing 10 of 14." when the list is cut, else ''. */
  readonly highRiskNote: string;
}

export interface SidebarBootstrap {
  readonly ok: true;
  readonly lang: Lang;
  readonly labels: Readonly<Record<SidebarLabelKey, string>>;
  readonly form: {
    readonly fields: readonly FormField[];
    /** Next tag the pattern gives today, shown as a hint; the server computes the real one under the lock. */
    readonly tagPreview: string | null;
    readonly tagHint: string;
  };
  readonly glance: AtAGlance;
}

/** A message for one input; field '' is about the whole request. */
export interface FieldMessage {
  readonly field: string;
  readonly message: string;
}

/** Any call that could not finish: a plain message in the panel's language, never a stack trace. */
export interface SidebarFailure {
  readonly ok: false;
  readonly message: string;
  readonly fieldErrors: readonly FieldMessage[];
}

/** Form values by field key, as typed. */
export type AssetPayload = Readonly<Record<string, string>>;

export interface AddAssetOptions {
  /** Check the values and return the tag the asset would get, without writing. */
  readonly validateOnly?: boolean;
}

export type AddAssetResult =
  | {
      readonly ok: true;
      readonly written: boolean;
      readonly assetTag: string;
      /** Sheet row of the new asset, or null when only validating. */
      readonly row: number | null;
      readonly link: RowLink | null;
      readonly message: string;
      /** Hint for the tag field of the next asset, naming the tag it would get. */
      readonly nextTagHint: string;
    }
  | SidebarFailure;

export interface AssetSummary {
  readonly assetTag: string;
  readonly name: string;
  readonly status: string;
  readonly assignedTo: string;
  readonly serialNumber: string;
  readonly row: number;
}

export type FindAssetsResult =
  | { readonly ok: true; readonly assets: readonly AssetSummary[]; readonly total: number; readonly message: string }
  | SidebarFailure;

export interface DetailLine {
  readonly primary: string;
  readonly secondary: string;
}

export interface DetailSection {
  readonly id: 'licenses' | 'contracts' | 'costs' | 'impact' | 'history';
  readonly title: string;
  readonly lines: readonly DetailLine[];
  /** Shown when there are no lines. */
  readonly emptyText: string;
}

/** A lifecycle action the settings allow from the asset's status, with the inputs it takes. */
export interface ActionOffer {
  readonly action: LifecycleAction;
  readonly label: string;
  readonly fields: readonly FormField[];
}

export interface AssetDetails {
  readonly assetTag: string;
  readonly name: string;
  readonly status: AssetStatus | null;
  readonly statusLabel: string;
  readonly link: RowLink;
  readonly fields: readonly DetailLine[];
  readonly sections: readonly DetailSection[];
  readonly actions: readonly ActionOffer[];
  /** Shown instead of the actions when none is allowed. */
  readonly noActionText: string;
}

export type AssetDetailsResult = { readonly ok: true; readonly asset: AssetDetails } | SidebarFailure;

/** Inputs of a lifecycle action, by ActionOffer field key. */
export type ActionInput = Readonly<Record<string, string>>;

export type ApplyActionResult =
  | { readonly ok: true; readonly message: string; readonly asset: AssetDetails; readonly ledgerLink: RowLink | null }
  | SidebarFailure;

export type ShowRowResult = { readonly ok: true; readonly message: string } | SidebarFailure;

/**
 * The server functions the panel calls, as google.script.run exposes them. src/gas/sidebarServer.ts
 * implements this interface, so the client wrapper and the server cannot drift apart.
 */
export interface SidebarServer {
  sidebarBootstrap(): SidebarBootstrap | SidebarFailure;
  sidebarAddAsset(payload: AssetPayload, options: AddAssetOptions): AddAssetResult;
  sidebarFindAssets(query: string): FindAssetsResult;
  sidebarAssetDetails(assetTag: string): AssetDetailsResult;
  sidebarApplyAction(assetTag: string, action: LifecycleAction, input: ActionInput): ApplyActionResult;
  sidebarShowRow(sheetName: string, row: number): ShowRowResult;
}

export type SidebarFunctionName = keyof SidebarServer;

export const SIDEBAR_FUNCTION_NAMES: readonly SidebarFunctionName[] = [
  'sidebarBootstrap',
  'sidebarAddAsset',
  'sidebarFindAssets',
  'sidebarAssetDetails',
  'sidebarApplyAction',
  'sidebarShowRow',
];
