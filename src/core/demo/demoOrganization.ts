import type { Label } from '../registers/schema';

/** The demo company's departments, locations and IT investments. */

export type LocationKey = 'hq8' | 'hq9' | 'pangyo' | 'busan' | 'dataCenter' | 'warehouse';

export interface DemoLocation {
  readonly key: LocationKey;
  readonly name: Label;
}

export const DEMO_LOCATIONS: readonly DemoLocation[] = [
  { key: 'hq8', name: { ko: '본사 8층', en: 'HQ 8F' } },
  { key: 'hq9', name: { ko: '본사 9층', en: 'HQ 9F' } },
  { key: 'pangyo', name: { ko: '판교 R&D센터', en: 'Pangyo R&D Center' } },
  { key: 'busan', name: { ko: '부산지사', en: 'Busan Branch' } },
  { key: 'dataCenter', name: { ko: '데이터센터(가산)', en: 'Data Center (Gasan)' } },
  { key: 'warehouse', name: { ko: '재고창고', en: 'Stock Room' } },
];

export function locationName(key: LocationKey): Label {
  const location = DEMO_LOCATIONS.find((candidate) => candidate.key === key);
  if (!location) {
    throw new Error(`Unknown demo location "${key}".`);
  }
  return location.name;
}

export type DepartmentKey =
  | 'management'
  | 'finance'
  | 'hr'
  | 'sales1'
  | 'sales2'
  | 'marketing'
  | 'development'
  | 'infrastructure'
  | 'design'
  | 'support';

export interface DemoDepartment {
  readonly key: DepartmentKey;
  readonly name: Label;
  /** Share of the headcount. */
  readonly headcountShare: number;
  readonly location: LocationKey;
  /** Share of the department's people who sit in the Busan branch. */
  readonly busanShare: number;
}

export const DEMO_DEPARTMENTS: readonly DemoDepartment[] = [
  { key: 'management', name: { ko: '경영지원팀', en: 'Management Support' }, headcountShare: 6, location: 'hq8', busanShare: 0 },
  { key: 'finance', name: { ko: '재무팀', en: 'Finance' }, headcountShare: 5, location: 'hq8', busanShare: 0 },
  { key: 'hr', name: { ko: '인사팀', en: 'Human Resources' }, headcountShare: 4, location: 'hq8', busanShare: 0 },
  { key: 'sales1', name: { ko: '영업1팀', en: 'Sales 1' }, headcountShare: 13, location: 'hq8', busanShare: 0 },
  { key: 'sales2', name: { ko: '영업2팀', en: 'Sales 2' }, headcountShare: 12, location: 'hq8', busanShare: 0.4 },
  { key: 'marketing', name: { ko: '마케팅팀', en: 'Marketing' }, headcountShare: 8, location: 'hq9', busanShare: 0 },
  { key: 'development', name: { ko: '개발팀', en: 'Development' }, headcountShare: 22, location: 'pangyo', busanShare: 0 },
  { key: 'infrastructure', name: { ko: '인프라팀', en: 'Infrastructure' }, headcountShare: 6, location: 'pangyo', busanShare: 0 },
  { key: 'design', name: { ko: '디자인팀', en: 'Design' }, headcountShare: 7, location: 'hq9', busanShare: 0 },
  { key: 'support', name: { ko: '고객지원팀', en: 'Customer Support' }, headcountShare: 17, location: 'hq9', busanShare: 0.3 },
];

export function departmentName(key: DepartmentKey): Label {
  const department = DEMO_DEPARTMENTS.find((candidate) => candidate.key === key);
  if (!department) {
    throw new Error(`Unknown demo department "${key}".`);
  }
  return department.name;
}

export type InvestmentKey = 'erp' | 'cloud' | 'vdi' | 'groupware';

export interface DemoInvestment {
  readonly key: InvestmentKey;
  readonly name: Label;
  readonly department: DepartmentKey;
  /** Months after the first fiscal year of the ledger starts when the project begins. */
  readonly startMonth: number;
  /** Months of project work (outsourced labor) before go-live. */
  readonly buildMonths: number;
  /** Outsourced labor per month during the build, in KRW. */
  readonly monthlyLabor: number;
  /** Monthly benefits after go-live, in KRW, each with its cost type and description. */
  readonly benefits: readonly { readonly costType: 'labor' | 'operation' | 'maintenance'; readonly monthly: number; readonly description: Label }[];
}

export const DEMO_INVESTMENTS: readonly DemoInvestment[] = [
  {
    key: 'erp',
    name: { ko: 'ERP 고도화', en: 'ERP upgrade' },
    department: 'finance',
    startMonth: 2,
    buildMonths: 8,
    monthlyLabor: 42_000_000,
    benefits: [
      { costType: 'labor', monthly: 9_500_000, description: { ko: '월 결산 기간 단축에 따른 인건비 절감', en: 'Labor saved by a shorter month-end close' } },
      { costType: 'maintenance', monthly: 2_000_000, description: { ko: '구 ERP 유지보수 종료', en: 'Legacy ERP maintenance ended' } },
    ],
  },
  {
    key: 'cloud',
    name: { ko: '클라우드 전환', en: 'Cloud migration' },
    department: 'infrastructure',
    startMonth: 6,
    buildMonths: 10,
    monthlyLabor: 35_000_000,
    benefits: [
      { costType: 'operation', monthly: 14_000_000, description: { ko: 'IDC 상면·전력 비용 절감', en: 'Data center rack and power costs saved' } },
      { costType: 'maintenance', monthly: 5_500_000, description: { ko: '서버 유지보수 계약 축소', en: 'Smaller server maintenance contracts' } },
    ],
  },
  {
    key: 'vdi',
    name: { ko: 'VDI 도입', en: 'VDI rollout' },
    department: 'infrastructure',
    startMonth: 12,
    buildMonths: 6,
    monthlyLabor: 28_000_000,
    benefits: [
      { costType: 'labor', monthly: 6_000_000, description: { ko: 'PC 장애 처리 인건비 절감', en: 'Labor saved on desktop support' } },
      { costType: 'operation', monthly: 3_000_000, description: { ko: '보안 사고 대응 비용 감소', en: 'Lower security incident costs' } },
    ],
  },
  {
    key: 'groupware',
    name: { ko: '그룹웨어 전환', en: 'Groupware migration' },
    department: 'management',
    startMonth: 18,
    buildMonths: 4,
    monthlyLabor: 18_000_000,
    benefits: [{ costType: 'labor', monthly: 4_500_000, description: { ko: '결재·문서 업무 시간 단축', en: 'Time saved on approvals and documents' } }],
  },
];
