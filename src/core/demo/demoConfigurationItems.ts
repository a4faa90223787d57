import { CI_ENVIRONMENTS, CI_STATUSES } from '../registers/definitions';
import type { ConfigurationItemRecord } from '../registers/records';
import type { Label, Lang } from '../registers/schema';
import type { DemoAsset } from './demoAssets';
import type { DemoPerson } from './demoPeople';
import { SheetBuilder, enumLabeler, type DemoSheet } from './demoSheet';
import { SeededRandom } from './seededRandom';

/**
 * Configuration items: two shared network CIs, then each business service as its servers, its database
 * and its application, each depending on the ones before it. The layout depends only on the row count,
 * so a given row always contains the same kind of CI.
 */

type Environment = NonNullable<ConfigurationItemRecord['environment']>;
type CiStatus = NonNullable<ConfigurationItemRecord['status']>;
type CiKind = 'network' | 'server' | 'database' | 'application';

interface ServiceTemplate {
  readonly name: Label;
  readonly servers: number;
  readonly database: string | null;
  readonly appVersion: string;
  readonly serverOs: string;
}

const SERVICES: readonly ServiceTemplate[] = [
  { name: { ko: 'ERP (더존 iCUBE)', en: 'ERP (Douzone iCUBE)' }, servers: 2, database: 'Oracle Database 19c', appVersion: '5.2.0', serverOs: 'Windows Server 2022' },
  { name: { ko: '그룹웨어', en: 'Groupware' }, servers: 2, database: 'MariaDB 10.11', appVersion: '3.8.2', serverOs: 'Rocky Linux 9.3' },
  { name: { ko: '인사시스템', en: 'HR system' }, servers: 1, database: 'PostgreSQL 15.6', appVersion: '2.4.1', serverOs: 'Rocky Linux 9.3' },
  { name: { ko: '회사 홈페이지', en: 'Corporate website' }, servers: 2, database: 'MySQL 8.0.36', appVersion: '2024.06', serverOs: 'Ubuntu 22.04 LTS' },
  { name: { ko: '고객센터 CRM', en: 'Customer service CRM' }, servers: 2, database: 'PostgreSQL 15.6', appVersion: '7.1.0', serverOs: 'Ubuntu 22.04 LTS' },
  { name: { ko: '파일 서버', en: 'File server' }, servers: 1, database: null, appVersion: 'SMB 3.1.1', serverOs: 'Windows Server 2022' },
  { name: { ko: 'VDI 플랫폼', en: 'VDI platform' }, servers: 3, database: 'SQL Server 2022', appVersion: 'Horizon 8 2312', serverOs: 'VMware ESXi 8.0' },
  { name: { ko: '백업 시스템', en: 'Backup system' }, servers: 1, database: null, appVersion: 'Veeam 12.1', serverOs: 'Windows Server 2022' },
  { name: { ko: '통합 모니터링', en: 'Monitoring' }, servers: 1, database: 'PostgreSQL 15.6', appVersion: 'Zabbix 6.4', serverOs: 'Rocky Linux 9.3' },
  { name: { ko: '빌드·배포 (CI/CD)', en: 'Build and deploy (CI/CD)' }, servers: 1, database: null, appVersion: 'Jenkins 2.452', serverOs: 'Ubuntu 22.04 LTS' },
];

const KIND_LABELS: Readonly<Record<CiKind, Label>> = {
  network: { ko: '네트워크', en: 'Network' },
  server: { ko: '서버', en: 'Server' },
  database: { ko: '데이터베이스', en: 'Database' },
  application: { ko: '애플리케이션', en: 'Application' },
};

const ID_PREFIXES: Readonly<Record<CiKind, string>> = { network: 'NET', server: 'SRV', database: 'DB', application: 'APP' };

interface CiDraft {
  readonly id: string;
  readonly kind: CiKind;
  readonly name: Label;
  readonly environment: Environment;
  readonly dependsOn: readonly string[];
  readonly version: string;
  readonly assetTag: string;
}

/** Generates exactly `count` configuration items. */
export function generateConfigurationItems(random: SeededRandom, count: number, assets: readonly DemoAsset[], owners: readonly DemoPerson[], lang: Lang): DemoSheet {
  const drafts = layoutConfigurationItems(count, assets);
  const sheet = new SheetBuilder('configurationItems', lang);
  const environmentLabel = enumLabeler<Environment>(CI_ENVIRONMENTS, lang);
  const statusLabel = enumLabeler<CiStatus>(CI_STATUSES, lang);
  const col = {
    ciId: sheet.column('ciId'),
    name: sheet.column('name'),
    type: sheet.column('type'),
    environment: sheet.column('environment'),
    status: sheet.column('status'),
    owner: sheet.column('owner'),
    assetTag: sheet.column('assetTag'),
    dependsOn: sheet.column('dependsOn'),
    version: sheet.column('version'),
    notes: sheet.column('notes'),
  };

  for (const draft of drafts) {
    const row = sheet.addRow();
    row[col.ciId] = draft.id;
    row[col.name] = draft.name[lang];
    row[col.type] = KIND_LABELS[draft.kind][lang];
    row[col.environment] = environmentLabel(draft.environment);
    row[col.status] = statusLabel(statusFor(random, draft.environment));
    row[col.owner] = random.pick(owners).email;
    row[col.assetTag] = draft.assetTag;
    row[col.dependsOn] = draft.dependsOn.join(', ');
    row[col.version] = draft.version;
    if (draft.kind === 'database' && draft.environment === 'production') {
      row[col.notes] = lang === 'ko' ? '일 1회 전체 백업' : 'Full backup once a day';
    }
  }
  return sheet.toSheet();
}

function statusFor(random: SeededRandom, environment: Environment): CiStatus {
  if (environment === 'production') {
    return random.chance(0.95) ? 'active' : 'maintenance';
  }
  const roll = random.next();
  if (roll < 0.8) {
    return 'active';
  }
  if (roll < 0.9) {
    return 'maintenance';
  }
  return roll < 0.95 ? 'planned' : 'retired';
}

/**
 * Lays out the CIs in dependency order. Service instances cycle through the templates: the first round
 * is production, the second staging, and later rounds are further production instances.
 */
function layoutConfigurationItems(count: number, assets: readonly DemoAsset[]): CiDraft[] {
  const sequences: Record<CiKind, number> = { network: 0, server: 0, database: 0, application: 0 };
  const nextId = (kind: CiKind): string => {
    sequences[kind] += 1;
    return `${ID_PREFIXES[kind]}-${String(sequences[kind]).padStart(3, '0')}`;
  };
  const active = (asset: DemoAsset): boolean => asset.status === 'deployed' || asset.status === 'in_repair';
  const servers = assets.filter((asset) => asset.category === 'server' && active(asset)).map((asset) => asset.tag);
  const coreSwitches = assets.filter((asset) => asset.model.shortName === 'Catalyst 9300' && active(asset)).map((asset) => asset.tag);
  const firewalls = assets.filter((asset) => asset.model.shortName === 'FortiGate 100F' && active(asset)).map((asset) => asset.tag);
  let serverCursor = 0;
  const nextServerTag = (): string => (servers.length === 0 ? '' : servers[serverCursor++ % servers.length]);

  const drafts: CiDraft[] = [];
  if (count <= 0) {
    return drafts;
  }
  const add = (draft: CiDraft): boolean => {
    drafts.push(draft);
    return drafts.length >= count;
  };

  const coreId = nextId('network');
  if (add({ id: coreId, kind: 'network', name: { ko: '코어 스위치 (데이터센터)', en: 'Core switch (data center)' }, environment: 'production', dependsOn: [], version: 'IOS XE 17.9.4', assetTag: coreSwitches[0] ?? '' })) {
    return drafts;
  }
  const firewallId = nextId('network');
  if (add({ id: firewallId, kind: 'network', name: { ko: '인터넷 방화벽', en: 'Internet firewall' }, environment: 'production', dependsOn: [coreId], version: 'FortiOS 7.2.8', assetTag: firewalls[0] ?? '' })) {
    return drafts;
  }

  for (let instance = 0; ; instance += 1) {
    const template = SERVICES[instance % SERVICES.length];
    const round = Math.floor(instance / SERVICES.length);
    const environment: Environment = round === 1 ? 'staging' : 'production';
    const suffix: Label = round === 0 ? { ko: '', en: '' } : round === 1 ? { ko: ' (스테이징)', en: ' (staging)' } : { ko: ` #${round}`, en: ` #${round}` };
    const serviceName = (part: Label): Label => ({ ko: `${template.name.ko}${suffix.ko} ${part.ko}`, en: `${template.name.en}${suffix.en} ${part.en}` });

    const serverIds: string[] = [];
    for (let index = 0; index < template.servers; index += 1) {
      const id = nextId('server');
      serverIds.push(id);
      const part = { ko: `서버 ${index + 1}`, en: `server ${index + 1}` };
      if (add({ id, kind: 'server', name: serviceName(part), environment, dependsOn: [coreId], version: template.serverOs, assetTag: nextServerTag() })) {
        return drafts;
      }
    }

    const appDependencies = [...serverIds];
    if (template.database !== null) {
      const id = nextId('database');
      appDependencies.unshift(id);
      if (add({ id, kind: 'database', name: serviceName({ ko: 'DB', en: 'database' }), environment, dependsOn: [serverIds[serverIds.length - 1]], version: template.database, assetTag: '' })) {
        return drafts;
      }
    }

    const appId = nextId('application');
    if (environment === 'production' && instance % SERVICES.length === 3) {
      appDependencies.push(firewallId);
    }
    if (add({ id: appId, kind: 'application', name: serviceName({ ko: '애플리케이션', en: 'application' }), environment, dependsOn: appDependencies, version: template.appVersion, assetTag: '' })) {
      return drafts;
    }
  }
}
