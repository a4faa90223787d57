import type { Label, Lang } from '../registers/schema';
import type { Settings } from '../settings/settings';
import { DEMO_DEPARTMENTS, DEMO_LOCATIONS } from './demoOrganization';
import type { DemoPerson } from './demoPeople';
import { SheetBuilder, type DemoSheet } from './demoSheet';

/** The Settings tab of the demo workbook: keys are the Settings property names, values are plain text. */

type SettingKey = Exclude<keyof Settings, 'transitions'>;

const DESCRIPTIONS: Readonly<Record<SettingKey, Label>> = {
  language: { ko: '표시 언어: auto, ko 또는 en', en: 'Display language: auto, ko or en' },
  currency: { ko: '기본 통화 (ISO 코드)', en: 'Default currency (ISO code)' },
  reminderLeadDays: { ko: '기한 며칠 전에 알림을 보낼지 (쉼표로 구분)', en: 'Days before a deadline to send reminders, separated by commas' },
  dailyJobHour: { ko: '일일 작업 실행 시각 (0–23시)', en: 'Hour of the daily job (0–23)' },
  defaultRecipients: { ko: '수신자가 없는 알림을 받을 이메일', en: 'Emails that get reminders which name no recipient' },
  assetTagPattern: { ko: '새 자산번호 형식: {YYYY}는 연도, {0000}은 일련번호', en: 'Format of new asset tags: {YYYY} is the year, {0000} the sequence' },
  auditIntervalMonths: { ko: '실사 주기(월)', en: 'Months between physical audits' },
  npvDiscountRate: { ko: 'NPV 할인율 (0.05 = 5%)', en: 'NPV discount rate (0.05 is 5%)' },
  fiscalYearStartMonth: { ko: '회계연도 시작 월 (1–12)', en: 'First month of the fiscal year (1–12)' },
  underUseThreshold: { ko: '이 비율 미만으로 쓰면 과다 보유 라이선스 (0.7 = 70%)', en: 'Licenses used below this share are under-used (0.7 is 70%)' },
  summaryRowLimit: { ko: '요약 시트 표 하나의 최대 행 수', en: 'Most rows one table of a summary sheet shows' },
  departments: { ko: '부서 목록 (쉼표로 구분)', en: 'Departments, separated by commas' },
  locations: { ko: '위치 목록 (쉼표로 구분)', en: 'Locations, separated by commas' },
};

/** Fiscal year start month the demo's ledger and budgets assume. */
export const DEMO_FISCAL_YEAR_START_MONTH = 1;

export function generateSettings(lang: Lang, itStaff: readonly DemoPerson[]): DemoSheet {
  const values: Readonly<Record<SettingKey, string>> = {
    language: lang,
    currency: 'KRW',
    reminderLeadDays: '60, 30, 14, 7, 1',
    dailyJobHour: '8',
    defaultRecipients: itStaff.map((person) => person.email).join(', '),
    assetTagPattern: 'IT-{YYYY}-{0000}',
    auditIntervalMonths: '12',
    npvDiscountRate: '0.05',
    fiscalYearStartMonth: String(DEMO_FISCAL_YEAR_START_MONTH),
    underUseThreshold: '0.7',
    summaryRowLimit: '10000',
    departments: DEMO_DEPARTMENTS.map((department) => department.name[lang]).join(', '),
    locations: DEMO_LOCATIONS.map((location) => location.name[lang]).join(', '),
  };

  const sheet = new SheetBuilder('settings', lang);
  const col = { key: sheet.column('key'), value: sheet.column('value'), description: sheet.column('description') };
  for (const key of Object.keys(DESCRIPTIONS) as SettingKey[]) {
    const row = sheet.addRow();
    row[col.key] = key;
    row[col.value] = values[key];
    row[col.description] = DESCRIPTIONS[key][lang];
  }
  return sheet.toSheet();
}
