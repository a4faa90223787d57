import { partsOf, type IsoDate } from '../calendar/calendarDate';
import { registerById } from '../registers/definitions';
import type { Label, Lang, RegisterId } from '../registers/schema';
import { DELIBERATE_ROWS } from './deliberateErrorRows';
import type { DemoSheet } from './demoSheet';

/** Realistic mistakes that the demo workbook contains on request, for the data-quality report to find. */

export interface DeliberateError {
  readonly register: RegisterId;
  /** 1-based sheet row, counting the header as row 1. */
  readonly row: number;
  /** Key of the field whose cell contains the mistake. */
  readonly field: string;
  /** Description of the mistake, for the demo summary. */
  readonly problem: Label;
}

const sheetRow = (index: number): number => index + 2;
const ROWS = DELIBERATE_ROWS;

/** Typed values of the mistakes that do not depend on the generated data. */
export const IMPOSSIBLE_DATE_TEXT = '2025-02-30';
export const AMOUNT_WITH_TEXT = '약 120만원';
export const UNKNOWN_STATUS: Label = { ko: '대여중', en: 'on loan' };
export const AMBIGUOUS_DATE_TEXT = '04/05/16';

export const DEMO_DELIBERATE_ERRORS: readonly DeliberateError[] = [
  {
    register: 'assets',
    row: sheetRow(ROWS.assets.impossibleDate),
    field: 'purchaseDate',
    problem: { ko: `취득일 '${IMPOSSIBLE_DATE_TEXT}'은(는) 없는 날짜입니다 (2월은 28일 또는 29일까지).`, en: `Purchase Date '${IMPOSSIBLE_DATE_TEXT}' is not a real date: February has 28 or 29 days.` },
  },
  {
    register: 'assets',
    row: sheetRow(ROWS.assets.amountWithText),
    field: 'purchaseCost',
    problem: { ko: `취득가액 '${AMOUNT_WITH_TEXT}'에 금액 외의 글자('약')가 있습니다.`, en: `Purchase Cost '${AMOUNT_WITH_TEXT}' has text around the amount ('약' means about).` },
  },
  {
    register: 'assets',
    row: sheetRow(ROWS.assets.duplicateTag),
    field: 'assetTag',
    problem: { ko: `자산번호가 ${sheetRow(ROWS.assets.duplicateTagSource)}행 자산의 번호와 같습니다.`, en: `The Asset Tag repeats the tag of row ${sheetRow(ROWS.assets.duplicateTagSource)}.` },
  },
  {
    register: 'assets',
    row: sheetRow(ROWS.assets.unknownStatus),
    field: 'status',
    problem: { ko: `상태 '${UNKNOWN_STATUS.ko}'은(는) 정해진 상태값이 아닙니다.`, en: `Status '${UNKNOWN_STATUS.en}' is not one of the lifecycle statuses.` },
  },
  {
    register: 'assets',
    row: sheetRow(ROWS.assets.blankName),
    field: 'name',
    problem: { ko: '필수 항목인 자산명이 비어 있습니다.', en: 'The required Name is blank.' },
  },
  {
    register: 'licenseAssignments',
    row: sheetRow(ROWS.licenseAssignments.missingAsset),
    field: 'assetTag',
    problem: { ko: '할당한 자산번호가 자산 탭에 없습니다.', en: 'The seat is assigned to an Asset Tag that is not in the Assets tab.' },
  },
  {
    register: 'licenseAssignments',
    row: sheetRow(ROWS.licenseAssignments.ambiguousDate),
    field: 'assignedDate',
    problem: { ko: `할당일 '${AMBIGUOUS_DATE_TEXT}'은(는) 연·월·일 순서를 알 수 없습니다.`, en: `Assigned Date '${AMBIGUOUS_DATE_TEXT}' can be read in more than one year, month and day order.` },
  },
  {
    register: 'configurationItems',
    row: sheetRow(ROWS.configurationItems.dependencyCycle),
    field: 'dependsOn',
    problem: { ko: 'DB가 자신을 사용하는 애플리케이션에 의존해 순환 의존이 생깁니다.', en: 'The database depends on the application that uses it, which makes a dependency cycle.' },
  },
  ...ROWS.ledger.doubleCountedAcquisitions.map(
    (index): DeliberateError => ({
      register: 'ledger',
      row: sheetRow(index),
      field: 'assetTag',
      problem: { ko: '취득가액이 이미 있는 자산의 취득 비용을 다시 기록했습니다 (이중 계상).', en: 'Books the acquisition of an asset that already has a Purchase Cost, so it is counted twice.' },
    }),
  ),
];

export interface DeliberateErrorContext {
  readonly asOf: IsoDate;
  readonly lang: Lang;
  /** License ID of a per-device lot, which the assignment to a missing asset refers to. */
  readonly perDeviceLicenseId: string;
}

/**
 * Types the mistakes into the generated cells. The duplicate tag and the double-counted acquisitions are
 * made while generating, so that other registers stay consistent with them.
 */
export function applyDeliberateErrors(registers: Readonly<Record<RegisterId, DemoSheet>>, context: DeliberateErrorContext): void {
  const set = (register: RegisterId, index: number, field: string, value: string): void => {
    registers[register].rows[index][columnOf(register, field)] = value;
  };
  const get = (register: RegisterId, index: number, field: string): unknown => registers[register].rows[index][columnOf(register, field)];

  set('assets', ROWS.assets.impossibleDate, 'purchaseDate', IMPOSSIBLE_DATE_TEXT);
  set('assets', ROWS.assets.amountWithText, 'purchaseCost', AMOUNT_WITH_TEXT);
  set('assets', ROWS.assets.unknownStatus, 'status', UNKNOWN_STATUS[context.lang]);
  set('assets', ROWS.assets.blankName, 'name', '');

  // A tag from a year before any purchase in the register, so it can never exist.
  const missingTag = `IT-${partsOf(context.asOf).year - 7}-0417`;
  set('licenseAssignments', ROWS.licenseAssignments.missingAsset, 'licenseId', context.perDeviceLicenseId);
  set('licenseAssignments', ROWS.licenseAssignments.missingAsset, 'assetTag', missingTag);
  set('licenseAssignments', ROWS.licenseAssignments.missingAsset, 'user', '');
  set('licenseAssignments', ROWS.licenseAssignments.ambiguousDate, 'assignedDate', AMBIGUOUS_DATE_TEXT);

  const cycleRow = ROWS.configurationItems.dependencyCycle;
  const applicationId = String(get('configurationItems', cycleRow + 1, 'ciId'));
  const dependsOn = String(get('configurationItems', cycleRow, 'dependsOn'));
  set('configurationItems', cycleRow, 'dependsOn', dependsOn === '' ? applicationId : `${dependsOn}, ${applicationId}`);
}

function columnOf(register: RegisterId, field: string): number {
  const column = registerById(register).fields.findIndex((candidate) => candidate.key === field);
  if (column < 0) {
    throw new Error(`Register "${register}" has no field "${field}".`);
  }
  return column;
}
