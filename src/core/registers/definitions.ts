import type { EnumValue, FieldDef, FieldType, Label, RegisterDef, RegisterId } from './schema';

interface FieldOptions {
  readonly required?: boolean;
  readonly unique?: boolean;
  readonly aliases?: readonly string[];
  readonly enumValues?: readonly EnumValue[];
  readonly min?: number;
}

function field(key: string, en: string, ko: string, type: FieldType, note: Label, options: FieldOptions = {}): FieldDef {
  return { key, header: { en, ko }, type, note, ...options };
}

function choice(key: string, en: string, ko: string): EnumValue {
  return { key, label: { en, ko } };
}

export const ASSET_STATUSES: readonly EnumValue[] = [
  choice('requested', 'requested', '요청'),
  choice('ordered', 'ordered', '발주'),
  choice('in_stock', 'in stock', '재고'),
  choice('deployed', 'deployed', '사용중'),
  choice('in_repair', 'in repair', '수리중'),
  choice('retired', 'retired', '사용중지'),
  choice('disposed', 'disposed', '폐기'),
  choice('lost', 'lost', '분실'),
];

export const DEPRECIATION_METHODS: readonly EnumValue[] = [
  choice('straight_line', 'straight-line', '정액법'),
  choice('declining_balance', 'declining-balance', '정률법'),
];

export const LICENSE_METRICS: readonly EnumValue[] = [
  choice('per_device', 'per device', '장비당'),
  choice('per_user', 'per user', '사용자당'),
  choice('concurrent', 'concurrent', '동시사용'),
  choice('site', 'site', '사이트'),
];

export const CONTRACT_TYPES: readonly EnumValue[] = [
  choice('maintenance', 'maintenance', '유지보수'),
  choice('support', 'support', '기술지원'),
  choice('lease', 'lease', '리스'),
  choice('saas', 'SaaS', '구독'),
  choice('license', 'license', '라이선스'),
  choice('service', 'service', '용역'),
  choice('other', 'other', '기타'),
];

export const RENEWAL_TYPES: readonly EnumValue[] = [
  choice('none', 'none', '없음'),
  choice('automatic', 'automatic', '자동갱신'),
  choice('manual', 'manual', '협의갱신'),
];

export const LEDGER_KINDS: readonly EnumValue[] = [choice('cost', 'cost', '비용'), choice('benefit', 'benefit', '효익')];

export const COST_TYPES: readonly EnumValue[] = [
  choice('acquisition', 'acquisition', '취득'),
  choice('maintenance', 'maintenance', '유지보수'),
  choice('support', 'support', '기술지원'),
  choice('license', 'license', '라이선스'),
  choice('operation', 'operation', '운영'),
  choice('labor', 'labor', '인건비'),
  choice('disposal', 'disposal', '폐기'),
  choice('other', 'other', '기타'),
];

export const CI_ENVIRONMENTS: readonly EnumValue[] = [
  choice('production', 'production', '운영'),
  choice('staging', 'staging', '스테이징'),
  choice('test', 'test', '테스트'),
  choice('development', 'development', '개발'),
];

export const CI_STATUSES: readonly EnumValue[] = [
  choice('planned', 'planned', '계획'),
  choice('active', 'active', '운영중'),
  choice('maintenance', 'maintenance', '점검중'),
  choice('retired', 'retired', '폐기'),
];

const NOTES_FIELD = field('notes', 'Notes', '비고', 'text', { en: 'Free text.', ko: '자유 기재.' }, { aliases: ['Note', 'Comments', 'Memo', '메모'] });

const ASSETS: RegisterDef = {
  id: 'assets',
  tab: { en: 'Assets', ko: '자산' },
  keyField: 'assetTag',
  fields: [
    field('assetTag', 'Asset Tag', '자산번호', 'id', { en: 'Unique tag on the asset label, for example IT-2025-0001.', ko: '자산 라벨의 고유 번호 (예: IT-2025-0001).' }, { required: true, unique: true, aliases: ['Tag', 'Asset ID', '자산코드', '자산 번호'] }),
    field('name', 'Name', '자산명', 'text', { en: 'What the asset is, as people call it.', ko: '자산의 이름.' }, { required: true, aliases: ['Asset Name', 'Item Name', '품명'] }),
    field('category', 'Category', '분류', 'text', { en: 'A code or name from the Categories tab.', ko: '분류 체계 탭의 코드 또는 분류명.' }, { required: true, aliases: ['Type', '자산분류'] }),
    field('model', 'Model', '모델', 'text', { en: 'Model name or number.', ko: '모델명 또는 모델 번호.' }),
    field('manufacturer', 'Manufacturer', '제조사', 'text', { en: 'Maker of the asset.', ko: '제조사.' }, { aliases: ['Maker', 'Brand'] }),
    field('serialNumber', 'Serial Number', '일련번호', 'id', { en: 'Serial number, kept as text so leading zeros stay.', ko: '일련번호 (앞자리 0 보존을 위해 텍스트로 저장).' }, { aliases: ['Serial', 'S/N', '시리얼', '시리얼번호'] }),
    field('status', 'Status', '상태', 'enum', { en: 'Lifecycle status.', ko: '수명주기 상태.' }, { required: true, enumValues: ASSET_STATUSES }),
    field('assignedTo', 'Assigned To', '사용자', 'text', { en: 'Person using the asset (name or email).', ko: '자산을 사용하는 사람 (이름 또는 이메일).' }, { aliases: ['User', 'Checked Out To', '사용자명'] }),
    field('department', 'Department', '부서', 'text', { en: 'Department that owns the cost.', ko: '비용을 부담하는 부서.' }, { aliases: ['Dept', '소속'] }),
    field('location', 'Location', '위치', 'text', { en: 'Site, floor or room.', ko: '사업장, 층 또는 호실.' }, { aliases: ['Site', '설치장소'] }),
    field('purchaseDate', 'Purchase Date', '취득일', 'date', { en: 'Acquisition date; depreciation starts in this month.', ko: '취득일. 이 달부터 감가상각합니다.' }, { aliases: ['Acquired', 'Acquisition Date', '구입일', '구매일'] }),
    field('purchaseCost', 'Purchase Cost', '취득가액', 'money', { en: 'Acquisition cost, for example 1,234,000원 or 120만원.', ko: '취득가액 (예: 1,234,000원, 120만원).' }, { min: 0, aliases: ['Cost', 'Price', '구입가', '구매가'] }),
    field('vendor', 'Vendor', '공급업체', 'text', { en: 'Supplier name from the Vendors tab.', ko: '공급업체 탭의 업체명.' }, { aliases: ['Supplier', '공급사', '구매처'] }),
    field('warrantyEnd', 'Warranty End', '보증만료일', 'date', { en: 'Last day of the warranty.', ko: '무상 보증 마지막 날.' }, { aliases: ['Warranty Expires', '보증기간만료'] }),
    field('endOfSupport', 'End of Support', '지원종료일', 'date', { en: 'Date the maker stops security updates (EOS/EOL).', ko: '제조사 보안 업데이트 종료일 (EOS/EOL).' }, { aliases: ['EOL', 'EOS', 'End of Life', 'Asset EOL Date'] }),
    field('usefulLifeMonths', 'Useful Life (Months)', '내용연수(월)', 'integer', { en: 'Depreciation period in months; blank uses the category.', ko: '감가상각 기간(월). 비우면 분류의 값을 씁니다.' }, { min: 1, aliases: ['Useful Life', '내용연수'] }),
    field('salvageValue', 'Salvage Value', '잔존가액', 'money', { en: 'Value left at the end of the useful life.', ko: '내용연수 종료 시 남는 가액.' }, { min: 0, aliases: ['Residual Value'] }),
    field('depreciationMethod', 'Depreciation Method', '상각방법', 'enum', { en: 'Blank uses the category.', ko: '비우면 분류의 방법을 씁니다.' }, { enumValues: DEPRECIATION_METHODS }),
    field('investment', 'Investment', '투자과제', 'text', { en: 'Investment or project this asset belongs to (for ROI).', ko: '투자과제 또는 프로젝트 (ROI 계산용).' }, { aliases: ['Project', '프로젝트'] }),
    field('lastAudit', 'Last Audit', '최종실사일', 'date', { en: 'Date the asset was last seen in a physical audit.', ko: '마지막 실사 확인일.' }, { aliases: ['Last Audit Date', '실사일'] }),
    NOTES_FIELD,
  ],
};

const CONFIGURATION_ITEMS: RegisterDef = {
  id: 'configurationItems',
  tab: { en: 'Configuration Items', ko: '구성항목' },
  keyField: 'ciId',
  fields: [
    field('ciId', 'CI ID', '구성항목ID', 'id', { en: 'Unique configuration item ID, for example APP-1.', ko: '구성항목 고유 ID (예: APP-1).' }, { required: true, unique: true }),
    field('name', 'Name', '이름', 'text', { en: 'Service, application or component name.', ko: '서비스, 애플리케이션 또는 구성요소 이름.' }, { required: true }),
    field('type', 'Type', '유형', 'text', { en: 'Application, database, server, network …', ko: '애플리케이션, 데이터베이스, 서버, 네트워크 등.' }),
    field('environment', 'Environment', '환경', 'enum', { en: 'Production CIs raise risks when what they depend on fails.', ko: '운영 환경 구성항목은 의존 대상 장애 시 리스크로 보고됩니다.' }, { enumValues: CI_ENVIRONMENTS }),
    field('status', 'Status', '상태', 'enum', { en: 'Operational status.', ko: '운영 상태.' }, { enumValues: CI_STATUSES }),
    field('owner', 'Owner', '담당자', 'text', { en: 'Responsible person (email preferred).', ko: '담당자 (이메일 권장).' }),
    field('assetTag', 'Asset Tag', '자산번호', 'id', { en: 'Asset the CI runs on.', ko: '구성항목이 올라가는 자산.' }),
    field('dependsOn', 'Depends On', '의존대상', 'idList', { en: 'CI IDs this item needs, separated by commas.', ko: '이 항목이 의존하는 구성항목 ID (쉼표로 구분).' }),
    field('version', 'Version', '버전', 'text', { en: 'Deployed version.', ko: '배포 버전.' }),
    NOTES_FIELD,
  ],
};

const LICENSES: RegisterDef = {
  id: 'licenses',
  tab: { en: 'Licenses', ko: '라이선스' },
  keyField: 'licenseId',
  fields: [
    field('licenseId', 'License ID', '라이선스ID', 'id', { en: 'Unique license ID, for example LIC-001.', ko: '라이선스 고유 ID (예: LIC-001).' }, { required: true, unique: true }),
    field('software', 'Software', '소프트웨어', 'text', { en: 'Product name.', ko: '제품명.' }, { required: true, aliases: ['Product', 'Item Name', '제품명'] }),
    field('publisher', 'Publisher', '게시자', 'text', { en: 'Software publisher.', ko: '소프트웨어 게시자.' }, { aliases: ['Manufacturer', '제조사'] }),
    field('metric', 'Metric', '라이선스 유형', 'enum', { en: 'How seats are counted.', ko: '좌석 산정 기준.' }, { required: true, enumValues: LICENSE_METRICS, aliases: ['License Type', '유형'] }),
    field('quantity', 'Quantity', '수량', 'integer', { en: 'Seats entitled; ignored for site licenses.', ko: '보유 좌석 수 (사이트 라이선스는 무시).' }, { min: 0, aliases: ['Seats', '좌석수'] }),
    field('unitCost', 'Unit Cost', '단가', 'money', { en: 'Cost of one seat, used for exposure and savings.', ko: '좌석당 단가 (초과 위험액·절감액 계산).' }, { min: 0, aliases: ['Price'] }),
    field('startDate', 'Start Date', '시작일', 'date', { en: 'First day of the entitlement.', ko: '사용권 시작일.' }),
    field('expiryDate', 'Expiry Date', '만료일', 'date', { en: 'Last day of the entitlement; blank for perpetual.', ko: '사용권 만료일 (영구 라이선스는 비움).' }, { aliases: ['Expiration Date', 'Expires'] }),
    field('contractId', 'Contract ID', '계약ID', 'id', { en: 'Contract that bought the license.', ko: '라이선스를 구매한 계약.' }),
    field('matchPatterns', 'Match Patterns', '설치명 패턴', 'text', { en: 'Installed titles that use this license, * as wildcard, ; between patterns.', ko: '이 라이선스를 쓰는 설치명 (* 와일드카드, 세미콜론으로 구분).' }),
    field('owner', 'Owner', '담당자', 'text', { en: 'Responsible person (email preferred).', ko: '담당자 (이메일 권장).' }),
    NOTES_FIELD,
  ],
};

const LICENSE_ASSIGNMENTS: RegisterDef = {
  id: 'licenseAssignments',
  tab: { en: 'License Assignments', ko: '라이선스 할당' },
  keyField: null,
  fields: [
    field('licenseId', 'License ID', '라이선스ID', 'id', { en: 'License from the Licenses tab.', ko: '라이선스 탭의 ID.' }, { required: true }),
    field('assetTag', 'Asset Tag', '자산번호', 'id', { en: 'Device holding the seat (per device licenses).', ko: '좌석을 쓰는 장비 (장비당 라이선스).' }),
    field('user', 'User', '사용자', 'text', { en: 'Person holding the seat (per user licenses).', ko: '좌석을 쓰는 사람 (사용자당 라이선스).' }),
    field('assignedDate', 'Assigned Date', '할당일', 'date', { en: 'Day the seat was given.', ko: '할당한 날.' }),
    field('removedDate', 'Removed Date', '회수일', 'date', { en: 'Day the seat was taken back; blank while active.', ko: '회수한 날 (사용 중이면 비움).' }),
  ],
};

const INSTALLATIONS: RegisterDef = {
  id: 'installations',
  tab: { en: 'Installations', ko: '설치 현황' },
  keyField: null,
  fields: [
    field('assetTag', 'Asset Tag or Hostname', '호스트명', 'id', { en: 'Asset tag or hostname from the inventory tool.', ko: '인벤토리 도구의 자산번호 또는 호스트명.' }, { required: true, aliases: ['Asset Tag', 'Hostname', 'Computer Name', '자산번호', '컴퓨터명'] }),
    field('software', 'Software', '소프트웨어', 'text', { en: 'Installed title as reported.', ko: '보고된 설치 제품명.' }, { required: true, aliases: ['Title', 'Product', 'Display Name'] }),
    field('version', 'Version', '버전', 'text', { en: 'Installed version.', ko: '설치 버전.' }),
    field('publisher', 'Publisher', '게시자', 'text', { en: 'Publisher as reported.', ko: '보고된 게시자.' }),
    field('installDate', 'Install Date', '설치일', 'date', { en: 'Day the title was installed.', ko: '설치일.' }),
    field('lastSeen', 'Last Seen', '최종확인일', 'date', { en: 'Last inventory scan that saw it.', ko: '마지막으로 확인된 인벤토리 수집일.' }),
  ],
};

const CONTRACTS: RegisterDef = {
  id: 'contracts',
  tab: { en: 'Contracts', ko: '계약' },
  keyField: 'contractId',
  fields: [
    field('contractId', 'Contract ID', '계약ID', 'id', { en: 'Unique contract ID.', ko: '계약 고유 ID.' }, { required: true, unique: true }),
    field('title', 'Title', '계약명', 'text', { en: 'Contract title.', ko: '계약명.' }, { required: true }),
    field('vendor', 'Vendor', '공급업체', 'text', { en: 'Counterparty from the Vendors tab.', ko: '공급업체 탭의 상대방.' }, { aliases: ['Supplier'] }),
    field('type', 'Type', '계약유형', 'enum', { en: 'Kind of contract.', ko: '계약 종류.' }, { enumValues: CONTRACT_TYPES }),
    field('startDate', 'Start Date', '시작일', 'date', { en: 'First day of the contract.', ko: '계약 시작일.' }),
    field('endDate', 'End Date', '종료일', 'date', { en: 'Last day of the current term.', ko: '현재 계약기간 종료일.' }, { required: true }),
    field('renewalType', 'Renewal Type', '갱신방식', 'enum', { en: 'Automatic contracts roll forward by their term unless cancelled in time.', ko: '자동갱신 계약은 기한 내 해지하지 않으면 갱신주기만큼 연장됩니다.' }, { enumValues: RENEWAL_TYPES }),
    field('termMonths', 'Term (Months)', '갱신주기(월)', 'integer', { en: 'Length of one renewal term.', ko: '1회 갱신 기간(월).' }, { min: 1 }),
    field('noticeDays', 'Notice Period (Days)', '해지통보기간(일)', 'integer', { en: 'Days before the end date by which notice must be given.', ko: '종료일 며칠 전까지 해지를 통보해야 하는지.' }, { min: 0 }),
    field('annualCost', 'Annual Cost', '연간금액', 'money', { en: 'Cost per year.', ko: '연간 금액.' }, { min: 0 }),
    field('owner', 'Owner', '담당자', 'text', { en: 'Responsible person (email preferred).', ko: '담당자 (이메일 권장).' }),
    field('reminderRecipients', 'Reminder Recipients', '알림수신자', 'emails', { en: 'Emails that get renewal reminders, separated by commas.', ko: '갱신 알림을 받을 이메일 (쉼표로 구분).' }),
    field('assetTags', 'Asset Tags', '대상자산', 'idList', { en: 'Assets covered, separated by commas; costs are split evenly across them.', ko: '대상 자산 (쉼표로 구분). 비용은 균등 배분됩니다.' }),
    NOTES_FIELD,
  ],
};

const VENDORS: RegisterDef = {
  id: 'vendors',
  tab: { en: 'Vendors', ko: '공급업체' },
  keyField: 'vendor',
  fields: [
    field('vendor', 'Vendor', '공급업체', 'text', { en: 'Vendor name as used in other tabs.', ko: '다른 탭에서 쓰는 업체명.' }, { required: true, unique: true, aliases: ['Supplier', 'Name'] }),
    field('contactName', 'Contact Name', '담당자명', 'text', { en: 'Account manager.', ko: '영업 담당자.' }),
    field('email', 'Email', '이메일', 'emails', { en: 'Contact email.', ko: '연락 이메일.' }),
    field('phone', 'Phone', '전화', 'id', { en: 'Contact phone, kept as text.', ko: '연락처 (텍스트로 저장).' }),
    NOTES_FIELD,
  ],
};

const LEDGER: RegisterDef = {
  id: 'ledger',
  tab: { en: 'Costs & Benefits', ko: '비용·효익' },
  keyField: null,
  fields: [
    field('date', 'Date', '일자', 'date', { en: 'Posting date; entries after the as-of date are plans and left out.', ko: '발생일. 기준일 이후 항목은 계획으로 보고 제외합니다.' }, { required: true }),
    field('kind', 'Kind', '구분', 'enum', { en: 'Cost or benefit.', ko: '비용 또는 효익.' }, { required: true, enumValues: LEDGER_KINDS }),
    field('costType', 'Cost Type', '비용유형', 'enum', { en: 'Category of the cost or benefit.', ko: '비용 또는 효익의 유형.' }, { required: true, enumValues: COST_TYPES }),
    field('amount', 'Amount', '금액', 'money', { en: 'Amount; a negative amount is a refund or correction.', ko: '금액 (음수는 환급 또는 정정).' }, { required: true }),
    field('currency', 'Currency', '통화', 'text', { en: 'ISO currency code; blank uses the settings currency.', ko: 'ISO 통화 코드 (비우면 설정의 통화).' }),
    field('assetTag', 'Asset Tag', '자산번호', 'id', { en: 'Asset this entry belongs to.', ko: '관련 자산.' }),
    field('licenseId', 'License ID', '라이선스ID', 'id', { en: 'License this entry belongs to.', ko: '관련 라이선스.' }),
    field('contractId', 'Contract ID', '계약ID', 'id', { en: 'Contract this entry belongs to.', ko: '관련 계약.' }),
    field('investment', 'Investment', '투자과제', 'text', { en: 'Investment for ROI.', ko: 'ROI 계산용 투자과제.' }),
    field('department', 'Department', '부서', 'text', { en: 'Department charged.', ko: '비용 부담 부서.' }),
    field('description', 'Description', '적요', 'text', { en: 'What the entry is for.', ko: '적요.' }),
  ],
};

const BUDGETS: RegisterDef = {
  id: 'budgets',
  tab: { en: 'Budgets', ko: '예산' },
  keyField: null,
  fields: [
    field('fiscalYear', 'Fiscal Year', '회계연도', 'integer', { en: 'Fiscal year, named by the calendar year it starts in.', ko: '회계연도 (시작하는 해의 연도).' }, { required: true, min: 1900 }),
    field('department', 'Department', '부서', 'text', { en: 'Department.', ko: '부서.' }, { required: true }),
    field('costType', 'Cost Type', '비용유형', 'enum', { en: 'Cost type.', ko: '비용유형.' }, { required: true, enumValues: COST_TYPES }),
    field('amount', 'Amount', '예산액', 'money', { en: 'Budget for the year.', ko: '연간 예산액.' }, { required: true, min: 0 }),
    NOTES_FIELD,
  ],
};

const CATEGORIES: RegisterDef = {
  id: 'categories',
  tab: { en: 'Categories', ko: '분류 체계' },
  keyField: 'code',
  fields: [
    field('code', 'Code', '코드', 'id', { en: 'Short unique code, for example HW-LAPTOP.', ko: '고유 코드 (예: HW-LAPTOP).' }, { required: true, unique: true }),
    field('name', 'Name', '분류명', 'text', { en: 'Category name shown to users.', ko: '분류명.' }, { required: true }),
    field('parent', 'Parent', '상위분류', 'id', { en: 'Code of the parent category.', ko: '상위 분류의 코드.' }),
    field('usefulLifeMonths', 'Useful Life (Months)', '내용연수(월)', 'integer', { en: 'Default useful life for assets in this category.', ko: '이 분류 자산의 기본 내용연수(월).' }, { min: 1 }),
    field('depreciationMethod', 'Depreciation Method', '상각방법', 'enum', { en: 'Default depreciation method.', ko: '기본 상각방법.' }, { enumValues: DEPRECIATION_METHODS }),
  ],
};

const SETTINGS: RegisterDef = {
  id: 'settings',
  tab: { en: 'Settings', ko: '설정' },
  keyField: 'key',
  fields: [
    field('key', 'Key', '항목', 'id', { en: 'Setting name; do not change.', ko: '설정 이름 (변경하지 마세요).' }, { required: true, unique: true }),
    field('value', 'Value', '값', 'text', { en: 'Setting value.', ko: '설정 값.' }),
    field('description', 'Description', '설명', 'text', { en: 'What the setting does.', ko: '설정 설명.' }),
  ],
};

export const REGISTERS: readonly RegisterDef[] = [
  ASSETS,
  CONFIGURATION_ITEMS,
  LICENSES,
  LICENSE_ASSIGNMENTS,
  INSTALLATIONS,
  CONTRACTS,
  VENDORS,
  LEDGER,
  BUDGETS,
  CATEGORIES,
  SETTINGS,
];

export function registerById(id: RegisterId): RegisterDef {
  const register = REGISTERS.find((candidate) => candidate.id === id);
  if (!register) {
    throw new Error(`Unknown register "${id}".`);
  }
  return register;
}

export function fieldOf(register: RegisterDef, key: string): FieldDef {
  const found = register.fields.find((candidate) => candidate.key === key);
  if (!found) {
    throw new Error(`Register "${register.id}" has no field "${key}".`);
  }
  return found;
}
