import { ASSET_STATUSES } from '../registers/definitions';
import type { AssetStatus } from '../registers/records';
import type { Lang } from '../registers/schema';
import { DEFAULT_SETTINGS, type SettingRow } from './settings';

function statusLabels(statuses: readonly AssetStatus[], lang: Lang): string {
  return statuses.map((status) => ASSET_STATUSES.find((value) => value.key === status)?.label[lang] ?? status).join(', ');
}

/** Prefix of the settings rows that hold the allowed lifecycle transitions, one row per status. */
export const TRANSITION_KEY_PREFIX = 'transition.';

/** The rows setup writes into a new Settings tab, with values in the chosen language. */
export function defaultSettingRows(lang: Lang): SettingRow[] {
  const defaults = DEFAULT_SETTINGS;
  const rows: SettingRow[] = [
    { key: 'language', defaultText: 'auto', description: { en: 'auto (follow the spreadsheet locale), ko or en.', ko: 'auto(스프레드시트 언어 따름), ko 또는 en.' } },
    { key: 'currency', defaultText: defaults.currency, description: { en: 'ISO code of the workbook currency; other currencies are reported, not converted.', ko: '장부 통화의 ISO 코드. 다른 통화 금액은 환산하지 않고 보고합니다.' } },
    { key: 'reminderLeadDays', defaultText: defaults.reminderLeadDays.join(', '), description: { en: 'Days before a deadline on which reminders are sent.', ko: '기한 며칠 전에 알림을 보낼지 (쉼표로 구분).' } },
    { key: 'dailyJobHour', defaultText: String(defaults.dailyJobHour), description: { en: 'Hour (0–23, spreadsheet time zone) of the daily job.', ko: '일일 작업 실행 시각 (0–23시, 스프레드시트 시간대).' } },
    { key: 'defaultRecipients', defaultText: '', description: { en: 'Emails that receive every reminder, separated by commas.', ko: '모든 알림을 받을 이메일 (쉼표로 구분).' } },
    { key: 'assetTagPattern', defaultText: defaults.assetTagPattern, description: { en: 'Pattern for new asset tags: {YYYY} is the year, {0000} the sequence.', ko: '새 자산번호 형식: {YYYY}는 연도, {0000}은 일련번호.' } },
    { key: 'auditIntervalMonths', defaultText: String(defaults.auditIntervalMonths), description: { en: 'Months after which an asset without a physical audit is overdue.', ko: '실사 후 이 개월 수가 지나면 실사 지연으로 봅니다.' } },
    { key: 'npvDiscountRate', defaultText: '5%', description: { en: 'Annual discount rate for NPV.', ko: 'NPV 계산용 연 할인율.' } },
    { key: 'fiscalYearStartMonth', defaultText: String(defaults.fiscalYearStartMonth), description: { en: 'First month (1–12) of the fiscal year.', ko: '회계연도 시작 월 (1–12).' } },
    { key: 'underUseThreshold', defaultText: '70%', description: { en: 'A license using fewer seats than this share of its quantity is under-used.', ko: '사용 좌석이 보유 수량의 이 비율 미만이면 과잉 보유로 봅니다.' } },
    { key: 'summaryRowLimit', defaultText: String(defaults.summaryRowLimit), description: { en: 'Most rows one table of a summary sheet shows; the rest are counted in a note above it.', ko: '요약 시트의 표 하나에 표시할 최대 행 수. 나머지는 표 위의 안내에 건수로 표시합니다.' } },
    { key: 'departments', defaultText: '', description: { en: 'Departments offered in the asset panel, separated by commas.', ko: '자산 패널에서 고를 부서 목록 (쉼표로 구분).' } },
    { key: 'locations', defaultText: '', description: { en: 'Locations offered in the asset panel, separated by commas.', ko: '자산 패널에서 고를 위치 목록 (쉼표로 구분).' } },
  ];
  for (const status of ASSET_STATUSES) {
    const key = status.key as AssetStatus;
    rows.push({
      key: `${TRANSITION_KEY_PREFIX}${key}`,
      defaultText: statusLabels(defaults.transitions[key], lang),
      description: {
        en: `Statuses an asset may move to from "${status.label.en}".`,
        ko: `"${status.label.ko}" 상태에서 바꿀 수 있는 상태.`,
      },
    });
  }
  return rows;
}
