import type { Label } from '../registers/schema';
import type { HardwareCategory } from './demoCategories';
import type { VendorKey } from './demoVendors';

/** Hardware models the demo company buys, with estimated Korean street prices in KRW (VAT excluded). */

export type OperatingSystem = 'windows' | 'mac' | 'server' | null;

export interface HardwareModel {
  readonly category: HardwareCategory;
  readonly model: string;
  /** Short name used in asset names such as "LG gram 16 노트북". */
  readonly shortName: string;
  readonly manufacturer: Label;
  readonly vendor: VendorKey;
  readonly minCost: number;
  readonly maxCost: number;
  readonly os: OperatingSystem;
  /** Serial number pattern: 9 is a digit, A an upper-case letter or digit, anything else is literal. */
  readonly serialPattern: string;
  /** Relative share within the category. */
  readonly weight: number;
  /** Noun for asset names when the category's noun does not fit, such as tablets among mobile devices. */
  readonly noun?: Label;
}

const SAMSUNG: Label = { ko: '삼성전자', en: 'Samsung Electronics' };
const LG: Label = { ko: 'LG전자', en: 'LG Electronics' };
const APPLE: Label = { ko: 'Apple', en: 'Apple' };
const LENOVO: Label = { ko: 'Lenovo', en: 'Lenovo' };
const DELL: Label = { ko: 'Dell', en: 'Dell' };
const HP: Label = { ko: 'HP', en: 'HP' };
const HPE: Label = { ko: 'HPE', en: 'HPE' };
const CISCO: Label = { ko: 'Cisco', en: 'Cisco' };
const FORTINET: Label = { ko: 'Fortinet', en: 'Fortinet' };
const SINDOH: Label = { ko: '신도리코', en: 'Sindoh' };
const CANON: Label = { ko: 'Canon', en: 'Canon' };

export const HARDWARE_MODELS: readonly HardwareModel[] = [
  { category: 'laptop', model: 'LG gram 16 (16Z90R-GA5CK)', shortName: 'LG gram 16', manufacturer: LG, vendor: 'lg', minCost: 1_600_000, maxCost: 2_100_000, os: 'windows', serialPattern: '99AAAA999999', weight: 26 },
  { category: 'laptop', model: 'Galaxy Book4 Pro (NT960XGQ)', shortName: 'Galaxy Book4 Pro', manufacturer: SAMSUNG, vendor: 'samsung', minCost: 1_700_000, maxCost: 2_300_000, os: 'windows', serialPattern: '0AAA99999999A', weight: 22 },
  { category: 'laptop', model: 'MacBook Pro 14 (M3 Pro)', shortName: 'MacBook Pro 14', manufacturer: APPLE, vendor: 'apple', minCost: 2_390_000, maxCost: 3_500_000, os: 'mac', serialPattern: 'AAAAAAAAAA', weight: 12 },
  { category: 'laptop', model: 'ThinkPad X1 Carbon Gen 11', shortName: 'ThinkPad X1 Carbon', manufacturer: LENOVO, vendor: 'lenovo', minCost: 2_100_000, maxCost: 2_900_000, os: 'windows', serialPattern: 'PFAAAAAA', weight: 10 },
  { category: 'laptop', model: 'ThinkPad T14 Gen 4', shortName: 'ThinkPad T14', manufacturer: LENOVO, vendor: 'lenovo', minCost: 1_300_000, maxCost: 1_800_000, os: 'windows', serialPattern: 'PFAAAAAA', weight: 12 },
  { category: 'laptop', model: 'Latitude 5440', shortName: 'Latitude 5440', manufacturer: DELL, vendor: 'dell', minCost: 1_200_000, maxCost: 1_600_000, os: 'windows', serialPattern: 'AAAAAAA', weight: 10 },
  { category: 'laptop', model: 'EliteBook 840 G10', shortName: 'EliteBook 840', manufacturer: HP, vendor: 'hp', minCost: 1_400_000, maxCost: 1_900_000, os: 'windows', serialPattern: '5CG999AAAA', weight: 8 },

  { category: 'desktop', model: 'DM500TFA-A58A', shortName: 'Samsung DM500', manufacturer: SAMSUNG, vendor: 'samsung', minCost: 800_000, maxCost: 1_200_000, os: 'windows', serialPattern: '0AAA99999999A', weight: 30 },
  { category: 'desktop', model: 'OptiPlex 7010 SFF', shortName: 'OptiPlex 7010', manufacturer: DELL, vendor: 'dell', minCost: 900_000, maxCost: 1_400_000, os: 'windows', serialPattern: 'AAAAAAA', weight: 30 },
  { category: 'desktop', model: 'ProDesk 400 G9 SFF', shortName: 'ProDesk 400', manufacturer: HP, vendor: 'hp', minCost: 800_000, maxCost: 1_100_000, os: 'windows', serialPattern: '8CG999AAAA', weight: 20 },
  { category: 'desktop', model: 'Precision 3660 Tower', shortName: 'Precision 3660', manufacturer: DELL, vendor: 'dell', minCost: 2_500_000, maxCost: 4_500_000, os: 'windows', serialPattern: 'AAAAAAA', weight: 10 },
  { category: 'desktop', model: 'Mac mini (M2)', shortName: 'Mac mini', manufacturer: APPLE, vendor: 'apple', minCost: 900_000, maxCost: 1_300_000, os: 'mac', serialPattern: 'AAAAAAAAAA', weight: 10 },

  { category: 'monitor', model: '27UL550', shortName: 'LG 27UL550', manufacturer: LG, vendor: 'lg', minCost: 300_000, maxCost: 400_000, os: null, serialPattern: '00AAAA999999', weight: 40 },
  { category: 'monitor', model: 'S27A600', shortName: 'Samsung S27A600', manufacturer: SAMSUNG, vendor: 'samsung', minCost: 250_000, maxCost: 350_000, os: null, serialPattern: '0AAA99999999A', weight: 30 },
  { category: 'monitor', model: 'P2723DE', shortName: 'Dell P2723DE', manufacturer: DELL, vendor: 'dell', minCost: 400_000, maxCost: 550_000, os: null, serialPattern: 'CN-0AAAAA-99999', weight: 20 },
  { category: 'monitor', model: '34WP65C', shortName: 'LG 34WP65C', manufacturer: LG, vendor: 'lg', minCost: 450_000, maxCost: 600_000, os: null, serialPattern: '00AAAA999999', weight: 10 },

  { category: 'server', model: 'PowerEdge R760', shortName: 'PowerEdge R760', manufacturer: DELL, vendor: 'dell', minCost: 15_000_000, maxCost: 40_000_000, os: 'server', serialPattern: 'AAAAAAA', weight: 30 },
  { category: 'server', model: 'PowerEdge R650', shortName: 'PowerEdge R650', manufacturer: DELL, vendor: 'dell', minCost: 9_000_000, maxCost: 18_000_000, os: 'server', serialPattern: 'AAAAAAA', weight: 25 },
  { category: 'server', model: 'ProLiant DL380 Gen11', shortName: 'ProLiant DL380', manufacturer: HPE, vendor: 'hpe', minCost: 12_000_000, maxCost: 35_000_000, os: 'server', serialPattern: 'SGH999AAAA', weight: 25 },
  { category: 'server', model: 'ProLiant DL360 Gen10', shortName: 'ProLiant DL360', manufacturer: HPE, vendor: 'hpe', minCost: 8_000_000, maxCost: 16_000_000, os: 'server', serialPattern: 'SGH999AAAA', weight: 20 },

  { category: 'network', model: 'Catalyst 9300-48P', shortName: 'Catalyst 9300', manufacturer: CISCO, vendor: 'cisco', minCost: 9_000_000, maxCost: 14_000_000, os: null, serialPattern: 'FOC9999A9AA', weight: 25 },
  { category: 'network', model: 'Catalyst 9200L-24P-4G', shortName: 'Catalyst 9200L', manufacturer: CISCO, vendor: 'cisco', minCost: 2_500_000, maxCost: 4_000_000, os: null, serialPattern: 'JAE9999A9AA', weight: 35 },
  { category: 'network', model: 'ISR 4331', shortName: 'ISR 4331', manufacturer: CISCO, vendor: 'cisco', minCost: 3_500_000, maxCost: 5_500_000, os: null, serialPattern: 'FDO9999A9AA', weight: 10 },
  { category: 'network', model: 'Meraki MR46', shortName: 'Meraki MR46', manufacturer: CISCO, vendor: 'cisco', minCost: 1_200_000, maxCost: 1_600_000, os: null, serialPattern: 'Q3AA-AAAA-AAAA', weight: 20 },
  { category: 'network', model: 'FortiGate 100F', shortName: 'FortiGate 100F', manufacturer: FORTINET, vendor: 'fortinet', minCost: 5_000_000, maxCost: 8_000_000, os: null, serialPattern: 'FG100FTK99999999', weight: 10 },

  { category: 'mobile', model: 'Galaxy S24 (SM-S921N)', shortName: 'Galaxy S24', manufacturer: SAMSUNG, vendor: 'samsung', minCost: 1_150_000, maxCost: 1_400_000, os: null, serialPattern: 'R3AA999AAAA', weight: 50 },
  { category: 'mobile', model: 'iPhone 15', shortName: 'iPhone 15', manufacturer: APPLE, vendor: 'apple', minCost: 1_250_000, maxCost: 1_550_000, os: null, serialPattern: 'AAAAAAAAAA', weight: 25 },
  { category: 'mobile', model: 'Galaxy Tab S9 (SM-X710)', shortName: 'Galaxy Tab S9', manufacturer: SAMSUNG, vendor: 'samsung', minCost: 900_000, maxCost: 1_200_000, os: null, serialPattern: 'R5AA999AAAA', weight: 25, noun: { ko: '태블릿', en: 'tablet' } },

  { category: 'printer', model: 'LaserJet Pro M404dn', shortName: 'LaserJet M404dn', manufacturer: HP, vendor: 'hp', minCost: 350_000, maxCost: 500_000, os: null, serialPattern: 'PHB9A99999', weight: 40 },
  { category: 'printer', model: 'D430', shortName: '신도리코 D430', manufacturer: SINDOH, vendor: 'sindoh', minCost: 4_000_000, maxCost: 7_000_000, os: null, serialPattern: '0999999999', weight: 35 },
  { category: 'printer', model: 'imageRUNNER ADVANCE DX C3826', shortName: 'imageRUNNER C3826', manufacturer: CANON, vendor: 'canon', minCost: 5_000_000, maxCost: 9_000_000, os: null, serialPattern: '2AA99999', weight: 25 },
];

/** Share of each category among all assets. */
export const CATEGORY_SHARES: readonly (readonly [HardwareCategory, number])[] = [
  ['laptop', 35],
  ['desktop', 12],
  ['monitor', 24],
  ['mobile', 10],
  ['printer', 3],
  ['server', 9],
  ['network', 7],
];

/** Category nouns used in asset names. */
export const CATEGORY_NOUNS: Readonly<Record<HardwareCategory, Label>> = {
  laptop: { ko: '노트북', en: 'laptop' },
  desktop: { ko: '데스크톱', en: 'desktop' },
  monitor: { ko: '모니터', en: 'monitor' },
  mobile: { ko: '업무폰', en: 'work phone' },
  printer: { ko: '복합기', en: 'printer' },
  server: { ko: '서버', en: 'server' },
  network: { ko: '스위치', en: 'switch' },
};

/** Roles of servers, used in names such as "ERP 서버 #2". */
export const SERVER_ROLES: readonly Label[] = [
  { ko: 'ERP 서버', en: 'ERP server' },
  { ko: '그룹웨어 서버', en: 'Groupware server' },
  { ko: '파일 서버', en: 'File server' },
  { ko: '백업 서버', en: 'Backup server' },
  { ko: 'DB 서버', en: 'Database server' },
  { ko: '웹 서버', en: 'Web server' },
  { ko: 'VDI 호스트', en: 'VDI host' },
  { ko: '빌드 서버', en: 'Build server' },
  { ko: '모니터링 서버', en: 'Monitoring server' },
  { ko: '가상화 호스트', en: 'Virtualization host' },
];

/** Roles of network gear by model family. */
export const NETWORK_ROLES: Readonly<Record<string, Label>> = {
  'Catalyst 9300': { ko: '코어 스위치', en: 'Core switch' },
  'Catalyst 9200L': { ko: '액세스 스위치', en: 'Access switch' },
  'ISR 4331': { ko: 'WAN 라우터', en: 'WAN router' },
  'Meraki MR46': { ko: '무선 AP', en: 'Wireless AP' },
  'FortiGate 100F': { ko: '방화벽', en: 'Firewall' },
};
