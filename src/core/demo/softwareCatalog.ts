import type { LicenseMetric } from '../registers/records';
import type { Label } from '../registers/schema';
import type { DepartmentKey } from './demoOrganization';
import type { VendorKey } from './demoVendors';

/**
 * Software the demo company licenses, and the free or unlicensed titles an inventory tool also finds.
 * Prices are estimates of Korean list prices in KRW, per seat and year for subscriptions.
 */

export type DeviceClass = 'windows' | 'mac' | 'server';

/** A title as an inventory tool reports it. */
export interface InstalledTitle {
  readonly title: string;
  readonly versions: readonly string[];
  readonly publisher: string;
  /** Relative share among the product's titles. */
  readonly weight: number;
}

export type ProductKey =
  | 'm365'
  | 'windows11'
  | 'creativeCloud'
  | 'hancom'
  | 'v3'
  | 'sandoll'
  | 'autocad'
  | 'slack'
  | 'zoom'
  | 'jetbrains'
  | 'douzone'
  | 'oracle'
  | 'sqlServer'
  | 'windowsServer'
  | 'vsphere'
  | 'acrobat'
  | 'figma'
  | 'jira';

export interface SoftwareProduct {
  readonly key: ProductKey;
  readonly name: Label;
  readonly publisher: Label;
  readonly metric: LicenseMetric;
  readonly matchPatterns: string;
  readonly titles: readonly InstalledTitle[];
  readonly deviceClasses: readonly DeviceClass[];
  /** Departments whose people use it, or null for everyone. */
  readonly departments: readonly DepartmentKey[] | null;
  /** Weight when an inventory picks titles for a device, and 0 for web-only products. */
  readonly installWeight: number;
  readonly unitCost: number;
  readonly subscription: boolean;
  readonly vendor: VendorKey;
  readonly contractType: 'saas' | 'license' | 'support';
  /**
   * Entitled seats ÷ seats in use. Below 1 the product is over-deployed, and above 1 ÷ 0.7 it is under-used
   * at the default threshold of 70%.
   */
  readonly entitlementRatio: number;
  /** Relative share of the additional purchase lots in larger workbooks. */
  readonly lotWeight: number;
  readonly ownerDepartment: DepartmentKey;
}

const ALL_DESKTOPS: readonly DeviceClass[] = ['windows', 'mac'];

export const SOFTWARE_PRODUCTS: readonly SoftwareProduct[] = [
  {
    key: 'm365',
    name: { ko: 'Microsoft 365 E3', en: 'Microsoft 365 E3' },
    publisher: { ko: 'Microsoft', en: 'Microsoft' },
    metric: 'per_user',
    matchPatterns: 'Microsoft 365*;Microsoft Office*',
    titles: [
      { title: 'Microsoft 365 Apps for enterprise - ko-kr', versions: ['16.0.17928.20156', '16.0.18025.20104'], publisher: 'Microsoft Corporation', weight: 6 },
      { title: 'Microsoft 365 Apps for enterprise - en-us', versions: ['16.0.17928.20156'], publisher: 'Microsoft Corporation', weight: 1 },
      { title: 'Microsoft Office Professional Plus 2019 - ko-kr', versions: ['16.0.10412.20006'], publisher: 'Microsoft Corporation', weight: 1 },
    ],
    deviceClasses: ALL_DESKTOPS,
    departments: null,
    installWeight: 70,
    unitCost: 573_600,
    subscription: true,
    vendor: 'microsoft',
    contractType: 'saas',
    entitlementRatio: 1.04,
    lotWeight: 8,
    ownerDepartment: 'infrastructure',
  },
  {
    key: 'windows11',
    name: { ko: 'Windows 11 Pro', en: 'Windows 11 Pro' },
    publisher: { ko: 'Microsoft', en: 'Microsoft' },
    metric: 'per_device',
    matchPatterns: 'Windows 11 Pro*;Microsoft Windows 11 Pro*',
    titles: [{ title: 'Microsoft Windows 11 Pro', versions: ['10.0.22631', '10.0.26100'], publisher: 'Microsoft Corporation', weight: 1 }],
    deviceClasses: ['windows'],
    departments: null,
    installWeight: 10_000,
    unitCost: 289_000,
    subscription: false,
    vendor: 'microsoft',
    contractType: 'license',
    entitlementRatio: 1.0,
    lotWeight: 6,
    ownerDepartment: 'infrastructure',
  },
  {
    key: 'creativeCloud',
    name: { ko: 'Adobe Creative Cloud 모든 앱', en: 'Adobe Creative Cloud All Apps' },
    publisher: { ko: 'Adobe', en: 'Adobe' },
    metric: 'per_user',
    matchPatterns: 'Adobe Creative Cloud*;Adobe Photoshop*;Adobe Illustrator*;Adobe Premiere Pro*',
    titles: [
      { title: 'Adobe Photoshop 2024', versions: ['25.9.1', '25.11'], publisher: 'Adobe Inc.', weight: 4 },
      { title: 'Adobe Illustrator 2024', versions: ['28.5', '28.7.1'], publisher: 'Adobe Inc.', weight: 3 },
      { title: 'Adobe Creative Cloud', versions: ['6.2.0.554'], publisher: 'Adobe Inc.', weight: 2 },
      { title: 'Adobe Premiere Pro 2024', versions: ['24.5'], publisher: 'Adobe Inc.', weight: 1 },
    ],
    deviceClasses: ALL_DESKTOPS,
    departments: ['design', 'marketing'],
    installWeight: 90,
    unitCost: 1_068_000,
    subscription: true,
    vendor: 'adobe',
    contractType: 'saas',
    entitlementRatio: 2.0,
    lotWeight: 2,
    ownerDepartment: 'design',
  },
  {
    key: 'hancom',
    name: { ko: '한컴오피스 2022', en: 'Hancom Office 2022' },
    publisher: { ko: '한글과컴퓨터', en: 'Hancom' },
    metric: 'per_device',
    matchPatterns: '한컴오피스*;Hancom Office*;한글 20*',
    titles: [
      { title: '한컴오피스 2022', versions: ['12.0.0.3650', '12.0.0.4179'], publisher: 'Hancom Inc.', weight: 4 },
      { title: 'Hancom Office 2022', versions: ['12.0.0.3650'], publisher: 'Hancom Inc.', weight: 1 },
    ],
    deviceClasses: ['windows'],
    departments: null,
    installWeight: 55,
    unitCost: 214_000,
    subscription: false,
    vendor: 'hancom',
    contractType: 'license',
    entitlementRatio: 0.8,
    lotWeight: 4,
    ownerDepartment: 'management',
  },
  {
    key: 'v3',
    name: { ko: 'V3 Endpoint Security 9.0', en: 'V3 Endpoint Security 9.0' },
    publisher: { ko: '안랩', en: 'AhnLab' },
    metric: 'per_device',
    matchPatterns: 'V3 Endpoint Security*;AhnLab V3*',
    titles: [{ title: 'V3 Endpoint Security 9.0', versions: ['9.0.76.1456', '9.0.78.1502'], publisher: 'AhnLab, Inc.', weight: 1 }],
    deviceClasses: ['windows'],
    departments: null,
    installWeight: 2_000,
    unitCost: 38_000,
    subscription: true,
    vendor: 'ahnlab',
    contractType: 'license',
    entitlementRatio: 1.05,
    lotWeight: 4,
    ownerDepartment: 'infrastructure',
  },
  {
    key: 'sandoll',
    name: { ko: '산돌구름 기업 라이선스', en: 'Sandoll Cloud Enterprise' },
    publisher: { ko: '산돌', en: 'Sandoll' },
    metric: 'site',
    matchPatterns: '산돌구름*;Sandoll Cloud*',
    titles: [{ title: '산돌구름', versions: ['3.1.2', '3.2.0'], publisher: 'Sandoll Inc.', weight: 1 }],
    deviceClasses: ALL_DESKTOPS,
    departments: ['design', 'marketing'],
    installWeight: 60,
    unitCost: 9_900_000,
    subscription: true,
    vendor: 'sandoll',
    contractType: 'saas',
    entitlementRatio: 1,
    lotWeight: 0.5,
    ownerDepartment: 'design',
  },
  {
    key: 'autocad',
    name: { ko: 'AutoCAD LT 2024 (네트워크)', en: 'AutoCAD LT 2024 (network)' },
    publisher: { ko: 'Autodesk', en: 'Autodesk' },
    metric: 'concurrent',
    matchPatterns: 'AutoCAD*',
    titles: [
      { title: 'AutoCAD LT 2024 - 한국어 (Korean)', versions: ['T.114.0.0'], publisher: 'Autodesk, Inc.', weight: 3 },
      { title: 'AutoCAD LT 2024 - English', versions: ['T.114.0.0'], publisher: 'Autodesk, Inc.', weight: 1 },
    ],
    deviceClasses: ['windows'],
    departments: ['design', 'infrastructure'],
    installWeight: 35,
    unitCost: 690_000,
    subscription: true,
    vendor: 'autodesk',
    contractType: 'license',
    entitlementRatio: 0.4,
    lotWeight: 1,
    ownerDepartment: 'design',
  },
  {
    key: 'slack',
    name: { ko: 'Slack Business+', en: 'Slack Business+' },
    publisher: { ko: 'Slack', en: 'Slack' },
    metric: 'per_user',
    matchPatterns: 'Slack*',
    titles: [{ title: 'Slack', versions: ['4.39.95', '4.40.126'], publisher: 'Slack Technologies Inc.', weight: 1 }],
    deviceClasses: ALL_DESKTOPS,
    departments: null,
    installWeight: 45,
    unitCost: 216_000,
    subscription: true,
    vendor: 'daewon',
    contractType: 'saas',
    entitlementRatio: 1.1,
    lotWeight: 4,
    ownerDepartment: 'infrastructure',
  },
  {
    key: 'zoom',
    name: { ko: 'Zoom Workplace Business', en: 'Zoom Workplace Business' },
    publisher: { ko: 'Zoom', en: 'Zoom' },
    metric: 'per_user',
    matchPatterns: 'Zoom*',
    titles: [
      { title: 'Zoom Workplace', versions: ['6.1.11', '6.2.5'], publisher: 'Zoom Video Communications, Inc.', weight: 3 },
      { title: 'Zoom', versions: ['5.17.11'], publisher: 'Zoom Video Communications, Inc.', weight: 1 },
    ],
    deviceClasses: ALL_DESKTOPS,
    departments: null,
    installWeight: 40,
    unitCost: 264_000,
    subscription: true,
    vendor: 'daewon',
    contractType: 'saas',
    entitlementRatio: 1.05,
    lotWeight: 3,
    ownerDepartment: 'management',
  },
  {
    key: 'jetbrains',
    name: { ko: 'JetBrains All Products Pack', en: 'JetBrains All Products Pack' },
    publisher: { ko: 'JetBrains', en: 'JetBrains' },
    metric: 'per_user',
    matchPatterns: 'IntelliJ IDEA*;PyCharm*;WebStorm*;DataGrip*;JetBrains*',
    titles: [
      { title: 'IntelliJ IDEA 2024.2', versions: ['242.20224.300'], publisher: 'JetBrains s.r.o.', weight: 4 },
      { title: 'PyCharm 2024.2', versions: ['242.20224.347'], publisher: 'JetBrains s.r.o.', weight: 2 },
      { title: 'WebStorm 2024.2', versions: ['242.20224.342'], publisher: 'JetBrains s.r.o.', weight: 2 },
      { title: 'DataGrip 2024.2', versions: ['242.20224.232'], publisher: 'JetBrains s.r.o.', weight: 1 },
    ],
    deviceClasses: ALL_DESKTOPS,
    departments: ['development'],
    installWeight: 80,
    unitCost: 1_050_000,
    subscription: true,
    vendor: 'daewon',
    contractType: 'saas',
    entitlementRatio: 1.6,
    lotWeight: 2,
    ownerDepartment: 'development',
  },
  {
    key: 'douzone',
    name: { ko: '더존 iCUBE', en: 'Douzone iCUBE' },
    publisher: { ko: '더존비즈온', en: 'Douzone Bizon' },
    metric: 'per_user',
    matchPatterns: '더존*;iCUBE*;Douzone*',
    titles: [{ title: 'iCUBE 클라이언트', versions: ['5.2.0', '5.3.1'], publisher: 'DOUZONE BIZON', weight: 1 }],
    deviceClasses: ['windows'],
    departments: ['finance', 'management', 'hr'],
    installWeight: 85,
    unitCost: 450_000,
    subscription: false,
    vendor: 'douzone',
    contractType: 'support',
    entitlementRatio: 0.9,
    lotWeight: 1,
    ownerDepartment: 'finance',
  },
  {
    key: 'oracle',
    name: { ko: 'Oracle Database Standard Edition 2', en: 'Oracle Database Standard Edition 2' },
    publisher: { ko: 'Oracle', en: 'Oracle' },
    metric: 'per_device',
    matchPatterns: 'Oracle Database*',
    titles: [{ title: 'Oracle Database 19c Standard Edition 2', versions: ['19.22.0.0.0', '19.24.0.0.0'], publisher: 'Oracle Corporation', weight: 1 }],
    deviceClasses: ['server'],
    departments: null,
    installWeight: 10,
    unitCost: 21_000_000,
    subscription: false,
    vendor: 'oracle',
    contractType: 'support',
    entitlementRatio: 1.0,
    lotWeight: 1,
    ownerDepartment: 'infrastructure',
  },
  {
    key: 'sqlServer',
    name: { ko: 'SQL Server 2022 Standard', en: 'SQL Server 2022 Standard' },
    publisher: { ko: 'Microsoft', en: 'Microsoft' },
    metric: 'per_device',
    matchPatterns: 'Microsoft SQL Server 2022*;SQL Server 2022*',
    titles: [{ title: 'Microsoft SQL Server 2022 (64-bit)', versions: ['16.0.4135.4'], publisher: 'Microsoft Corporation', weight: 1 }],
    deviceClasses: ['server'],
    departments: null,
    installWeight: 12,
    unitCost: 4_800_000,
    subscription: false,
    vendor: 'microsoft',
    contractType: 'license',
    entitlementRatio: 1.2,
    lotWeight: 1,
    ownerDepartment: 'infrastructure',
  },
  {
    key: 'windowsServer',
    name: { ko: 'Windows Server 2022 Standard', en: 'Windows Server 2022 Standard' },
    publisher: { ko: 'Microsoft', en: 'Microsoft' },
    metric: 'per_device',
    matchPatterns: 'Windows Server 2022*;Microsoft Windows Server 2022*',
    titles: [{ title: 'Microsoft Windows Server 2022 Standard', versions: ['10.0.20348'], publisher: 'Microsoft Corporation', weight: 1 }],
    deviceClasses: ['server'],
    departments: null,
    installWeight: 60,
    unitCost: 1_350_000,
    subscription: false,
    vendor: 'microsoft',
    contractType: 'license',
    entitlementRatio: 1.0,
    lotWeight: 2,
    ownerDepartment: 'infrastructure',
  },
  {
    key: 'vsphere',
    name: { ko: 'VMware vSphere Foundation', en: 'VMware vSphere Foundation' },
    publisher: { ko: 'Broadcom', en: 'Broadcom' },
    metric: 'per_device',
    matchPatterns: 'VMware ESXi*;VMware vSphere*',
    titles: [{ title: 'VMware ESXi 8.0 Update 2', versions: ['8.0.2'], publisher: 'VMware, Inc.', weight: 1 }],
    deviceClasses: ['server'],
    departments: null,
    installWeight: 30,
    unitCost: 2_500_000,
    subscription: true,
    vendor: 'broadcom',
    contractType: 'saas',
    entitlementRatio: 1.1,
    lotWeight: 1,
    ownerDepartment: 'infrastructure',
  },
  {
    key: 'acrobat',
    name: { ko: 'Adobe Acrobat Pro', en: 'Adobe Acrobat Pro' },
    publisher: { ko: 'Adobe', en: 'Adobe' },
    metric: 'per_user',
    matchPatterns: 'Adobe Acrobat*',
    titles: [{ title: 'Adobe Acrobat (64-bit)', versions: ['24.002.20991', '24.003.20112'], publisher: 'Adobe Inc.', weight: 1 }],
    deviceClasses: ALL_DESKTOPS,
    departments: ['management', 'finance', 'hr', 'sales1', 'sales2'],
    installWeight: 35,
    unitCost: 302_000,
    subscription: true,
    vendor: 'adobe',
    contractType: 'saas',
    entitlementRatio: 1.15,
    lotWeight: 2,
    ownerDepartment: 'management',
  },
  {
    key: 'figma',
    name: { ko: 'Figma Professional', en: 'Figma Professional' },
    publisher: { ko: 'Figma', en: 'Figma' },
    metric: 'per_user',
    matchPatterns: 'Figma*',
    titles: [{ title: 'Figma', versions: ['124.3.2'], publisher: 'Figma, Inc.', weight: 1 }],
    deviceClasses: ALL_DESKTOPS,
    departments: ['design'],
    installWeight: 70,
    unitCost: 216_000,
    subscription: true,
    vendor: 'daewon',
    contractType: 'saas',
    entitlementRatio: 1.1,
    lotWeight: 1,
    ownerDepartment: 'design',
  },
  {
    key: 'jira',
    name: { ko: 'Jira Software Cloud Standard', en: 'Jira Software Cloud Standard' },
    publisher: { ko: 'Atlassian', en: 'Atlassian' },
    metric: 'per_user',
    matchPatterns: 'Jira*',
    titles: [],
    deviceClasses: [],
    departments: ['development', 'infrastructure'],
    installWeight: 0,
    unitCost: 120_000,
    subscription: true,
    vendor: 'daewon',
    contractType: 'saas',
    entitlementRatio: 1.2,
    lotWeight: 1,
    ownerDepartment: 'development',
  },
];

export function productByKey(key: ProductKey): SoftwareProduct {
  const product = SOFTWARE_PRODUCTS.find((candidate) => candidate.key === key);
  if (!product) {
    throw new Error(`Unknown demo product "${key}".`);
  }
  return product;
}

/**
 * Order of the first license rows: one purchase lot per product, with a second V3 lot bought for the
 * Pangyo R&D center that expired while its installations remain, and the Zoom lot that expires within
 * 30 days of the as-of date.
 */
export const FIRST_LOTS: readonly ProductKey[] = [
  'm365',
  'windows11',
  'creativeCloud',
  'hancom',
  'v3',
  'v3',
  'sandoll',
  'autocad',
  'slack',
  'zoom',
  'jetbrains',
  'douzone',
  'oracle',
  'sqlServer',
  'windowsServer',
  'vsphere',
  'acrobat',
  'figma',
  'jira',
];

/** Row positions, within the first lots, of the lot that expired while installed and the one expiring soon. */
export const EXPIRED_INSTALLED_LOT = 5;
export const EXPIRING_SOON_LOT = 9;

/** A title no license covers: free tools and shareware that need a business license. */
export interface UnlicensedTitle extends InstalledTitle {
  readonly deviceClasses: readonly DeviceClass[];
  readonly departments: readonly DepartmentKey[] | null;
  readonly installWeight: number;
}

export const UNLICENSED_TITLES: readonly UnlicensedTitle[] = [
  { title: 'Google Chrome', versions: ['126.0.6478.127', '127.0.6533.100'], publisher: 'Google LLC', weight: 1, deviceClasses: ALL_DESKTOPS, departments: null, installWeight: 60 },
  { title: 'Microsoft Edge', versions: ['126.0.2592.113'], publisher: 'Microsoft Corporation', weight: 1, deviceClasses: ['windows'], departments: null, installWeight: 45 },
  { title: '카카오톡', versions: ['4.1.1.3889'], publisher: 'Kakao Corp.', weight: 1, deviceClasses: ALL_DESKTOPS, departments: null, installWeight: 30 },
  { title: 'KakaoTalk', versions: ['4.1.1.3889'], publisher: 'Kakao Corp.', weight: 1, deviceClasses: ALL_DESKTOPS, departments: null, installWeight: 6 },
  { title: '반디집', versions: ['7.35'], publisher: 'Bandisoft.com', weight: 1, deviceClasses: ['windows'], departments: null, installWeight: 16 },
  { title: 'Bandizip', versions: ['7.35'], publisher: 'Bandisoft.com', weight: 1, deviceClasses: ['windows'], departments: null, installWeight: 6 },
  { title: 'WinRAR 6.2', versions: ['6.24.0'], publisher: 'win.rar GmbH', weight: 1, deviceClasses: ['windows'], departments: null, installWeight: 7 },
  { title: '알집', versions: ['12.21'], publisher: 'ESTsoft Corp.', weight: 1, deviceClasses: ['windows'], departments: null, installWeight: 5 },
  { title: 'Notepad++ (64-bit x64)', versions: ['8.6.9'], publisher: 'Notepad++ Team', weight: 1, deviceClasses: ['windows'], departments: null, installWeight: 10 },
  { title: 'Visual Studio Code', versions: ['1.91.1'], publisher: 'Microsoft Corporation', weight: 1, deviceClasses: ALL_DESKTOPS, departments: ['development', 'infrastructure'], installWeight: 70 },
  { title: 'Docker Desktop', versions: ['4.32.0'], publisher: 'Docker Inc.', weight: 1, deviceClasses: ALL_DESKTOPS, departments: ['development'], installWeight: 35 },
  { title: 'Git', versions: ['2.45.2'], publisher: 'The Git Development Community', weight: 1, deviceClasses: ALL_DESKTOPS, departments: ['development', 'infrastructure'], installWeight: 50 },
  { title: 'Zabbix Agent 2 (64-bit)', versions: ['6.4.16'], publisher: 'Zabbix SIA', weight: 1, deviceClasses: ['server'], departments: null, installWeight: 40 },
  { title: '7-Zip 23.01 (x64)', versions: ['23.01'], publisher: 'Igor Pavlov', weight: 1, deviceClasses: ['windows', 'server'], departments: null, installWeight: 12 },
];
