import { addDays, daysBetween, fiscalYearOf } from '../../../src/core/calendar/calendarDate';
import { DEMO_SCALE, generateDemoRegisters, type DemoRegisters } from '../../../src/core/demo/demoWorkbook';
import type { OutputValue } from '../../../src/core/workbook/port';
import { column, isDateCell, splitList } from './registerChecks';

const AS_OF = '2025-06-15';
const SEED = 11;
const korean = generateDemoRegisters({ seed: SEED, asOf: AS_OF, lang: 'ko', scale: DEMO_SCALE, deliberateErrors: false });
const english = generateDemoRegisters({ seed: SEED, asOf: AS_OF, lang: 'en', scale: DEMO_SCALE, deliberateErrors: false });

const dateOf = (value: OutputValue): string | null => (isDateCell(value) ? value.date : null);

/** Returns a matcher for ';'-separated patterns with * as the only wildcard, compared without case. */
function patternMatcher(patterns: string): (title: string) => boolean {
  const expressions = patterns.split(';').map((pattern) => new RegExp(`^${pattern.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`, 'i'));
  return (title) => expressions.some((expression) => expression.test(title));
}

interface LicenseRow {
  id: string;
  software: string;
  metric: string;
  quantity: number | null;
  expiry: string | null;
  matches: (title: string) => boolean;
}

function licenses(registers: DemoRegisters): LicenseRow[] {
  const ids = column(registers, 'licenses', 'licenseId');
  const software = column(registers, 'licenses', 'software');
  const metrics = column(registers, 'licenses', 'metric');
  const quantities = column(registers, 'licenses', 'quantity');
  const expiries = column(registers, 'licenses', 'expiryDate');
  const patterns = column(registers, 'licenses', 'matchPatterns');
  return ids.map((id, index) => ({
    id: String(id),
    software: String(software[index]),
    metric: String(metrics[index]),
    quantity: typeof quantities[index] === 'number' ? (quantities[index] as number) : null,
    expiry: dateOf(expiries[index]),
    matches: patternMatcher(String(patterns[index])),
  }));
}

function installedTitles(registers: DemoRegisters): { host: string; title: string }[] {
  const hosts = column(registers, 'installations', 'assetTag');
  return column(registers, 'installations', 'software').map((title, index) => ({ host: String(hosts[index]), title: String(title) }));
}

describe('demo licenses', () => {
  const rows = licenses(english);
  const installs = installedTitles(english);

  test('exactly one license expires within 30 days', () => {
    const soon = rows.filter((row) => row.expiry !== null && row.expiry >= AS_OF && row.expiry <= addDays(AS_OF, 30));
    expect(soon.map((row) => row.software)).toEqual(['Zoom Workplace Business']);
  });

  test('exactly one expired license is still installed', () => {
    const expired = rows.filter((row) => row.expiry !== null && row.expiry < AS_OF);
    expect(expired).toHaveLength(1);
    expect(installs.filter((install) => expired[0].matches(install.title)).length).toBeGreaterThan(50);
  });

  test('per-device products include over-deployed and compliant ones', () => {
    const positions = new Map<string, { entitled: number; used: number }>();
    for (const row of rows.filter((candidate) => candidate.metric === 'per device' && (candidate.expiry === null || candidate.expiry >= AS_OF))) {
      const position = positions.get(row.software) ?? { entitled: 0, used: new Set(installs.filter((install) => row.matches(install.title)).map((install) => install.host)).size };
      position.entitled += row.quantity ?? 0;
      positions.set(row.software, position);
    }
    const overDeployed = [...positions].filter(([, position]) => position.used > position.entitled).map(([software]) => software);
    expect(overDeployed).toContain('Hancom Office 2022');
    expect(overDeployed).toContain('V3 Endpoint Security 9.0');
    expect(overDeployed).not.toContain('Windows Server 2022 Standard');
  });

  test('per-user products include under-used ones', () => {
    const licenseIds = column(english, 'licenseAssignments', 'licenseId');
    const removed = column(english, 'licenseAssignments', 'removedDate');
    const active = new Map<string, number>();
    licenseIds.forEach((id, index) => {
      if (removed[index] === '') {
        active.set(String(id), (active.get(String(id)) ?? 0) + 1);
      }
    });
    const usage = new Map<string, { entitled: number; used: number }>();
    for (const row of rows.filter((candidate) => candidate.metric === 'per user')) {
      const position = usage.get(row.software) ?? { entitled: 0, used: 0 };
      position.entitled += row.quantity ?? 0;
      position.used += active.get(row.id) ?? 0;
      usage.set(row.software, position);
    }
    const underUsed = [...usage].filter(([, position]) => position.used < 0.7 * position.entitled).map(([software]) => software);
    expect(underUsed).toContain('Adobe Creative Cloud All Apps');
    expect(underUsed).not.toContain('Microsoft 365 E3');
  });

  test('unlicensed titles appear in the inventory', () => {
    const unlicensed = new Set(installs.filter((install) => !rows.some((row) => row.matches(install.title))).map((install) => install.title));
    for (const title of ['WinRAR 6.2', '반디집', 'Bandizip', 'Notepad++ (64-bit x64)']) {
      expect(unlicensed).toContain(title);
    }
  });

  test('most installations name registered asset tags', () => {
    const tags = new Set(column(english, 'assets', 'assetTag'));
    const registered = installs.filter((install) => tags.has(install.host)).length;
    expect(registered / installs.length).toBeGreaterThan(0.95);
    expect(registered).toBeLessThan(installs.length);
  });

  test('every metric appears', () => {
    expect(new Set(rows.map((row) => row.metric))).toEqual(new Set(['per user', 'per device', 'concurrent', 'site']));
    expect(new Set(column(korean, 'licenses', 'metric'))).toEqual(new Set(['사용자당', '장비당', '동시사용', '사이트']));
  });

  test('some assignments were taken back', () => {
    const removed = column(english, 'licenseAssignments', 'removedDate').filter((value) => value !== '');
    expect(removed.length).toBeGreaterThan(30);
  });
});

describe('demo assets', () => {
  const categories = column(english, 'assets', 'category');
  const costs = column(english, 'assets', 'purchaseCost');
  const costsOf = (category: string): number[] => costs.filter((cost, index) => categories[index] === category && typeof cost === 'number') as number[];

  test('laptop costs lie in 1.2 to 3.5 million won', () => {
    const laptops = costsOf('Laptop');
    expect(laptops.length).toBeGreaterThan(80);
    expect(Math.min(...laptops)).toBeGreaterThanOrEqual(1_200_000);
    expect(Math.max(...laptops)).toBeLessThanOrEqual(3_500_000);
  });

  test('server costs lie in 8 to 40 million won', () => {
    const servers = costsOf('Server');
    expect(servers.length).toBeGreaterThan(10);
    expect(Math.min(...servers)).toBeGreaterThanOrEqual(8_000_000);
    expect(Math.max(...servers)).toBeLessThanOrEqual(40_000_000);
  });

  test('purchase dates lie in the six years before the as-of date', () => {
    const dates = column(english, 'assets', 'purchaseDate').map(dateOf).filter((date): date is string => date !== null);
    expect(dates.every((date) => date < AS_OF && date >= '2019-06-15')).toBe(true);
  });

  test('deployed is the most common of varied statuses', () => {
    const statuses = column(korean, 'assets', 'status').map(String);
    const counts = new Map<string, number>();
    statuses.forEach((status) => counts.set(status, (counts.get(status) ?? 0) + 1));
    expect(counts.get('사용중')! / statuses.length).toBeGreaterThan(0.5);
    expect(counts.size).toBeGreaterThanOrEqual(6);
    expect([...counts.keys()]).toEqual(expect.arrayContaining(['재고', '수리중', '사용중지', '폐기']));
  });

  test('warranties end one to three years after purchase', () => {
    const purchases = column(english, 'assets', 'purchaseDate').map(dateOf);
    column(english, 'assets', 'warrantyEnd').forEach((value, index) => {
      const purchase = purchases[index];
      const end = dateOf(value);
      if (purchase === null || end === null) {
        return;
      }
      const days = daysBetween(purchase, end);
      expect(days).toBeGreaterThanOrEqual(364);
      expect(days).toBeLessThanOrEqual(3 * 366);
    });
  });

  test('some serial numbers keep leading zeros', () => {
    const serials = column(english, 'assets', 'serialNumber').map(String);
    expect(serials.filter((serial) => serial.startsWith('0')).length).toBeGreaterThan(10);
  });

  test('Korean names and company emails', () => {
    const users = column(korean, 'assets', 'assignedTo').filter((user) => user !== '').map(String);
    expect(users.filter((user) => !/^[가-힣]{3}$/.test(user))).toEqual([]);
    const englishUsers = column(english, 'assets', 'assignedTo').filter((user) => user !== '').map(String);
    expect(englishUsers.filter((user) => !/^[A-Z][a-z]+ [A-Z][a-z]+$/.test(user))).toEqual([]);
    const emails = column(korean, 'licenseAssignments', 'user').filter((user) => user !== '').map(String);
    expect(emails.filter((email) => !/^[a-z]+\.[a-z]+\d*@corp\.example\.com$/.test(email))).toEqual([]);
  });

  test('departments and locations use the demo lists', () => {
    expect(new Set(column(korean, 'assets', 'location'))).toEqual(new Set(['본사 8층', '본사 9층', '판교 R&D센터', '부산지사', '데이터센터(가산)', '재고창고', '']));
    expect(new Set(column(korean, 'assets', 'department'))).toEqual(
      new Set(['경영지원팀', '재무팀', '인사팀', '영업1팀', '영업2팀', '마케팅팀', '개발팀', '인프라팀', '디자인팀', '고객지원팀']),
    );
  });
});

describe('demo contracts', () => {
  test('some automatic contracts show an end date already passed', () => {
    const renewals = column(korean, 'contracts', 'renewalType');
    const ends = column(korean, 'contracts', 'endDate').map(dateOf);
    const stale = ends.filter((end, index) => renewals[index] === '자동갱신' && end !== null && end < AS_OF);
    expect(stale.length).toBeGreaterThanOrEqual(2);
  });

  test('terms and notice periods use the usual values', () => {
    expect(new Set(column(english, 'contracts', 'termMonths').filter((term) => term !== ''))).toEqual(new Set([12, 24, 36]));
    expect(new Set(column(english, 'contracts', 'noticeDays').filter((days) => days !== ''))).toEqual(new Set([30, 60, 90]));
  });

  test('maintenance contracts list asset tags', () => {
    const types = column(english, 'contracts', 'type');
    const tags = column(english, 'contracts', 'assetTags');
    const maintenance = tags.filter((value, index) => types[index] === 'maintenance' && splitList(value).length > 0);
    expect(maintenance.length).toBeGreaterThan(3);
  });

  test('vendors have Korean phone numbers', () => {
    const phones = column(korean, 'vendors', 'phone').map(String);
    expect(phones.filter((phone) => !/^0\d{1,2}-\d{3,4}-\d{4}$/.test(phone))).toEqual([]);
    expect(column(korean, 'vendors', 'vendor')).toEqual(expect.arrayContaining(['삼성전자', 'LG전자', '한국HP', '델테크놀로지스', '안랩', '한글과컴퓨터', '메가존클라우드']));
  });
});

describe('demo ledger and budgets', () => {
  const dates = column(english, 'ledger', 'date').map((value) => dateOf(value)!);
  const kinds = column(english, 'ledger', 'kind');
  const costTypes = column(english, 'ledger', 'costType');
  const amounts = column(english, 'ledger', 'amount') as number[];
  const departments = column(english, 'ledger', 'department');

  test('a few planned entries lie after the as-of date', () => {
    const planned = dates.filter((date) => date > AS_OF);
    expect(planned.length).toBeGreaterThanOrEqual(3);
    expect(planned.length).toBeLessThanOrEqual(6);
  });

  test('entries span the last three fiscal years', () => {
    const years = new Set(dates.filter((date) => date <= AS_OF && date >= '2023-01-01').map((date) => fiscalYearOf(date, 1)));
    expect(years).toEqual(new Set([2023, 2024, 2025]));
  });

  test('benefits belong to three to five investments', () => {
    const investments = column(english, 'ledger', 'investment');
    const invested = new Set(investments.filter((investment, index) => kinds[index] === 'benefit' && investment !== ''));
    expect(invested.size).toBeGreaterThanOrEqual(3);
    expect(invested.size).toBeLessThanOrEqual(5);
  });

  test('disposal proceeds name disposed assets', () => {
    const tags = column(english, 'ledger', 'assetTag');
    const assetTags = column(english, 'assets', 'assetTag');
    const statuses = column(english, 'assets', 'status');
    const proceeds = tags.filter((_tag, index) => kinds[index] === 'benefit' && costTypes[index] === 'disposal');
    expect(proceeds.length).toBeGreaterThan(3);
    for (const tag of proceeds) {
      expect(statuses[assetTags.indexOf(tag)]).toBe('disposed');
    }
  });

  test('some budget lines are overspent', () => {
    const actual = new Map<string, number>();
    dates.forEach((date, index) => {
      if (kinds[index] === 'cost' && date <= AS_OF) {
        const key = `${fiscalYearOf(date, 1)}|${departments[index]}|${costTypes[index]}`;
        actual.set(key, (actual.get(key) ?? 0) + amounts[index]);
      }
    });
    const years = column(english, 'budgets', 'fiscalYear');
    const budgetDepartments = column(english, 'budgets', 'department');
    const budgetTypes = column(english, 'budgets', 'costType');
    const budgets = column(english, 'budgets', 'amount') as number[];
    const overspent = budgets.filter((budget, index) => (years[index] as number) < 2025 && (actual.get(`${years[index]}|${budgetDepartments[index]}|${budgetTypes[index]}`) ?? 0) > budget);
    expect(overspent.length).toBeGreaterThanOrEqual(2);
    expect(overspent.length).toBeLessThan(budgets.length / 2);
  });

  test('budget lines are unique per year, department and cost type', () => {
    const keys = column(english, 'budgets', 'fiscalYear').map((year, index) => `${year}|${column(english, 'budgets', 'department')[index]}|${column(english, 'budgets', 'costType')[index]}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('demo configuration items and categories', () => {
  test('production and staging CIs with dependency chains', () => {
    expect(new Set(column(english, 'configurationItems', 'environment'))).toEqual(new Set(['production', 'staging']));
    const dependsOn = column(english, 'configurationItems', 'dependsOn').map(splitList);
    expect(dependsOn.filter((ids) => ids.length >= 2).length).toBeGreaterThan(10);
  });

  test('category tree follows the Korean useful life of five years', () => {
    const codes = column(english, 'categories', 'code');
    const parents = column(english, 'categories', 'parent');
    const lives = column(english, 'categories', 'usefulLifeMonths');
    const children = codes.filter((_, index) => parents[index] === 'HW');
    expect(children).toEqual(['HW-LAPTOP', 'HW-DESKTOP', 'HW-SERVER', 'HW-NETWORK', 'HW-MOBILE', 'HW-MONITOR', 'HW-PRINTER']);
    expect(codes.filter((_, index) => parents[index] === 'SW')).toEqual(['SW-SUB', 'SW-PERP']);
    expect(lives[codes.indexOf('HW-LAPTOP')]).toBe(60);
    expect(new Set(column(korean, 'categories', 'depreciationMethod'))).toEqual(new Set(['정액법', '정률법']));
  });

  test('settings hold plain-text values', () => {
    const keys = column(korean, 'settings', 'key');
    const values = column(korean, 'settings', 'value');
    const value = (key: string): OutputValue => values[keys.indexOf(key)];
    expect(value('language')).toBe('ko');
    expect(value('currency')).toBe('KRW');
    expect(value('reminderLeadDays')).toBe('60, 30, 14, 7, 1');
    expect(value('dailyJobHour')).toBe('8');
    expect(value('assetTagPattern')).toBe('IT-{YYYY}-{0000}');
    expect(value('departments')).toBe('경영지원팀, 재무팀, 인사팀, 영업1팀, 영업2팀, 마케팅팀, 개발팀, 인프라팀, 디자인팀, 고객지원팀');
    expect(values.every((text) => typeof text === 'string')).toBe(true);
  });
});
