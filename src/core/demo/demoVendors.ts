import type { Label, Lang } from '../registers/schema';
import { SheetBuilder, type DemoSheet } from './demoSheet';
import { generatePeople } from './demoPeople';
import { SeededRandom } from './seededRandom';

/** Suppliers of the demo company: real Korean IT vendors first, then invented regional resellers. */

export type VendorKey =
  | 'samsung'
  | 'lg'
  | 'hp'
  | 'hpe'
  | 'dell'
  | 'lenovo'
  | 'apple'
  | 'cisco'
  | 'fortinet'
  | 'sindoh'
  | 'canon'
  | 'microsoft'
  | 'adobe'
  | 'douzone'
  | 'ahnlab'
  | 'hancom'
  | 'oracle'
  | 'autodesk'
  | 'sandoll'
  | 'daewon'
  | 'kt'
  | 'skb'
  | 'megazone'
  | 'broadcom'
  | 'skshieldus';

interface VendorProfile {
  readonly key: VendorKey;
  readonly name: Label;
  /** Subdomain of the vendor's demo mail domain, such as samsung in samsung.example.com. */
  readonly domain: string;
  readonly phoneArea: string;
  readonly note: Label;
}

/** Exactly MIN_VENDORS entries: every vendor that assets, licenses and contracts refer to. */
const VENDOR_PROFILES: readonly VendorProfile[] = [
  { key: 'samsung', name: { ko: '삼성전자', en: 'Samsung Electronics' }, domain: 'samsung', phoneArea: '02', note: { ko: '기업 구매 전담', en: 'Corporate sales desk' } },
  { key: 'lg', name: { ko: 'LG전자', en: 'LG Electronics' }, domain: 'lge', phoneArea: '02', note: { ko: 'B2B 노트북·모니터', en: 'B2B laptops and monitors' } },
  { key: 'hp', name: { ko: '한국HP', en: 'HP Korea' }, domain: 'hp', phoneArea: '02', note: { ko: '노트북·프린터', en: 'Laptops and printers' } },
  { key: 'hpe', name: { ko: '한국HPE', en: 'HPE Korea' }, domain: 'hpe', phoneArea: '02', note: { ko: '서버 총판', en: 'Server distributor' } },
  { key: 'dell', name: { ko: '델테크놀로지스', en: 'Dell Technologies' }, domain: 'dell', phoneArea: '02', note: { ko: '서버·PC, ProSupport 계약', en: 'Servers and PCs, ProSupport contract' } },
  { key: 'lenovo', name: { ko: '레노버코리아', en: 'Lenovo Korea' }, domain: 'lenovo', phoneArea: '02', note: { ko: 'ThinkPad 공급', en: 'ThinkPad supplier' } },
  { key: 'apple', name: { ko: '애플코리아', en: 'Apple Korea' }, domain: 'apple', phoneArea: '080', note: { ko: '기업 구매 프로그램', en: 'Business purchase program' } },
  { key: 'cisco', name: { ko: '시스코코리아', en: 'Cisco Korea' }, domain: 'cisco', phoneArea: '02', note: { ko: '네트워크 장비, SmartNet', en: 'Network gear, SmartNet' } },
  { key: 'fortinet', name: { ko: '포티넷코리아', en: 'Fortinet Korea' }, domain: 'fortinet', phoneArea: '02', note: { ko: '방화벽', en: 'Firewalls' } },
  { key: 'sindoh', name: { ko: '신도리코', en: 'Sindoh' }, domain: 'sindoh', phoneArea: '02', note: { ko: '복합기 임대', en: 'Multifunction printer lease' } },
  { key: 'canon', name: { ko: '캐논코리아', en: 'Canon Korea' }, domain: 'canon', phoneArea: '02', note: { ko: '복합기', en: 'Multifunction printers' } },
  { key: 'microsoft', name: { ko: '한국마이크로소프트', en: 'Microsoft Korea' }, domain: 'microsoft', phoneArea: '02', note: { ko: 'EA 계약', en: 'Enterprise Agreement' } },
  { key: 'adobe', name: { ko: '어도비코리아', en: 'Adobe Korea' }, domain: 'adobe', phoneArea: '02', note: { ko: 'VIP 계약', en: 'VIP agreement' } },
  { key: 'douzone', name: { ko: '더존비즈온', en: 'Douzone Bizon' }, domain: 'douzone', phoneArea: '02', note: { ko: 'ERP 공급·유지보수', en: 'ERP supply and maintenance' } },
  { key: 'ahnlab', name: { ko: '안랩', en: 'AhnLab' }, domain: 'ahnlab', phoneArea: '031', note: { ko: '백신', en: 'Antivirus' } },
  { key: 'hancom', name: { ko: '한글과컴퓨터', en: 'Hancom' }, domain: 'hancom', phoneArea: '031', note: { ko: '한컴오피스', en: 'Hancom Office' } },
  { key: 'oracle', name: { ko: '한국오라클', en: 'Oracle Korea' }, domain: 'oracle', phoneArea: '02', note: { ko: 'DB 라이선스·기술지원', en: 'Database licenses and support' } },
  { key: 'autodesk', name: { ko: '오토데스크코리아', en: 'Autodesk Korea' }, domain: 'autodesk', phoneArea: '02', note: { ko: 'AutoCAD', en: 'AutoCAD' } },
  { key: 'sandoll', name: { ko: '산돌', en: 'Sandoll' }, domain: 'sandoll', phoneArea: '02', note: { ko: '기업용 글꼴', en: 'Corporate fonts' } },
  { key: 'daewon', name: { ko: '대원씨티에스', en: 'Daewon CTS' }, domain: 'daewoncts', phoneArea: '02', note: { ko: 'SaaS·소프트웨어 리셀러', en: 'SaaS and software reseller' } },
  { key: 'kt', name: { ko: 'KT', en: 'KT' }, domain: 'kt', phoneArea: '02', note: { ko: '인터넷 전용회선', en: 'Leased internet lines' } },
  { key: 'skb', name: { ko: 'SK브로드밴드', en: 'SK Broadband' }, domain: 'skbroadband', phoneArea: '02', note: { ko: 'IDC 회선', en: 'Data center lines' } },
  { key: 'megazone', name: { ko: '메가존클라우드', en: 'Megazone Cloud' }, domain: 'megazone', phoneArea: '02', note: { ko: 'AWS 파트너', en: 'AWS partner' } },
  { key: 'broadcom', name: { ko: '브로드컴코리아', en: 'Broadcom Korea' }, domain: 'broadcom', phoneArea: '02', note: { ko: 'VMware 라이선스', en: 'VMware licenses' } },
  { key: 'skshieldus', name: { ko: 'SK쉴더스', en: 'SK Shieldus' }, domain: 'skshieldus', phoneArea: '02', note: { ko: '보안관제', en: 'Security monitoring' } },
];

export function vendorName(key: VendorKey): Label {
  const vendor = VENDOR_PROFILES.find((candidate) => candidate.key === key);
  if (!vendor) {
    throw new Error(`Unknown demo vendor "${key}".`);
  }
  return vendor.name;
}

/** Name stems of the invented resellers, with a romanized form for English workbooks and mail domains. */
const RESELLER_STEMS: readonly (readonly [string, string])[] = [
  ['한빛', 'Hanbit'], ['누리', 'Nuri'], ['대한', 'Daehan'], ['미래', 'Mirae'], ['세종', 'Sejong'], ['한솔', 'Hansol'],
  ['나래', 'Narae'], ['태성', 'Taesung'], ['동원', 'Dongwon'], ['하나', 'Hana'], ['우리', 'Woori'], ['가온', 'Gaon'],
  ['다온', 'Daon'], ['보람', 'Boram'], ['새롬', 'Saerom'], ['청운', 'Cheongun'], ['금강', 'Geumgang'], ['한결', 'Hangyeol'],
  ['에이스', 'Ace'], ['스마트', 'Smart'], ['제일', 'Jeil'], ['신한', 'Shinhan'], ['아이티원', 'ITOne'], ['퓨전', 'Fusion'],
  ['코리아', 'Korea'], ['디지털', 'Digital'], ['유니', 'Uni'], ['케이', 'Kay'], ['엔터', 'Enter'], ['넥스트', 'Next'],
];

const RESELLER_SUFFIXES: readonly (readonly [string, string])[] = [
  ['정보통신', 'Telecom'], ['시스템', 'Systems'], ['테크', 'Tech'], ['솔루션즈', 'Solutions'], ['네트웍스', 'Networks'],
  ['데이타', 'Data'], ['아이앤씨', 'I&C'], ['컴퓨터', 'Computer'], ['인포텍', 'Infotech'], ['이노베이션', 'Innovation'],
];

const RESELLER_REGIONS: readonly (readonly [string, string, string])[] = [
  ['서울', 'Seoul', '02'], ['부산', 'Busan', '051'], ['대구', 'Daegu', '053'], ['인천', 'Incheon', '032'],
  ['광주', 'Gwangju', '062'], ['대전', 'Daejeon', '042'], ['경기', 'Gyeonggi', '031'],
];

const RESELLER_NOTES: readonly Label[] = [
  { ko: '소모품·주변기기', en: 'Supplies and peripherals' },
  { ko: '지역 유지보수 협력사', en: 'Regional maintenance partner' },
  { ko: '조달 대행', en: 'Procurement agent' },
  { ko: '', en: '' },
];

/** Generates the Vendors register: the known vendors, then invented resellers up to `count` rows. */
export function generateVendors(random: SeededRandom, count: number, lang: Lang): DemoSheet {
  const sheet = new SheetBuilder('vendors', lang);
  const contacts = generatePeople(random, count);
  const columns = {
    vendor: sheet.column('vendor'),
    contactName: sheet.column('contactName'),
    email: sheet.column('email'),
    phone: sheet.column('phone'),
    notes: sheet.column('notes'),
  };

  for (let index = 0; index < count; index += 1) {
    const contact = contacts[index];
    const localPart = contact.email.slice(0, contact.email.indexOf('@'));
    const row = sheet.addRow();
    row[columns.contactName] = contact.name[lang];

    if (index < VENDOR_PROFILES.length) {
      const profile = VENDOR_PROFILES[index];
      row[columns.vendor] = profile.name[lang];
      row[columns.email] = `${localPart}@${profile.domain}.example.com`;
      row[columns.phone] = phoneNumber(random, profile.phoneArea);
      row[columns.notes] = profile.note[lang];
      continue;
    }

    const reseller = resellerName(index - VENDOR_PROFILES.length);
    row[columns.vendor] = reseller.name[lang];
    row[columns.email] = `${localPart}@${reseller.domain}.example.com`;
    row[columns.phone] = phoneNumber(random, reseller.phoneArea);
    row[columns.notes] = random.pick(RESELLER_NOTES)[lang];
  }
  return sheet.toSheet();
}

/**
 * Returns the n-th invented reseller. Names run through stem × suffix first, then add a region, so every
 * n below 30 × 10 × 8 gives a distinct name.
 */
function resellerName(ordinal: number): { name: Label; domain: string; phoneArea: string } {
  const combinations = RESELLER_STEMS.length * RESELLER_SUFFIXES.length;
  const [stemKo, stemEn] = RESELLER_STEMS[ordinal % RESELLER_STEMS.length];
  const [suffixKo, suffixEn] = RESELLER_SUFFIXES[Math.floor(ordinal / RESELLER_STEMS.length) % RESELLER_SUFFIXES.length];
  const round = Math.floor(ordinal / combinations);
  if (round > RESELLER_REGIONS.length) {
    throw new RangeError(`The demo has names for at most ${combinations * (RESELLER_REGIONS.length + 1) + VENDOR_PROFILES.length} vendors; ask for fewer.`);
  }

  const slug = `${stemEn}${suffixEn}`.toLowerCase().replace(/[^a-z]/g, '');
  if (round === 0) {
    return { name: { ko: `${stemKo}${suffixKo}`, en: `${stemEn} ${suffixEn}` }, domain: slug, phoneArea: '02' };
  }
  const [regionKo, regionEn, area] = RESELLER_REGIONS[round - 1];
  return {
    name: { ko: `${regionKo}${stemKo}${suffixKo}`, en: `${stemEn} ${suffixEn} ${regionEn}` },
    domain: `${slug}-${regionEn.toLowerCase()}`,
    phoneArea: area,
  };
}

/** Returns a Korean landline number such as 02-1234-5678 or 031-123-4567 (080 numbers are toll-free). */
function phoneNumber(random: SeededRandom, area: string): string {
  const middle = area === '02' || area === '080' ? random.integer(2000, 9999) : random.integer(200, 999);
  return `${area}-${middle}-${String(random.integer(0, 9999)).padStart(4, '0')}`;
}
