import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readReminderLedger } from '../../src/core/reminders/reminderLedger';
import { XlsxWorkbookPort } from '../../src/node/xlsxPort';
import { decodeHeader, parseMimeMessage } from '../smtp/mimeMessage';
import { writeReminderWorkbook } from './reminders/reminderWorkbookFile';
import { runItam, type CliRun } from '../support/cliRun';

/** 2025-05-09T15:30Z is 2025-05-10 00:30 in Asia/Seoul, the workbook's zone (still 2025-05-09 in UTC). */
const NOW = new Date(Date.UTC(2025, 4, 9, 15, 30, 0));

let directory: string;
let workbook: string;
let outbox: string;

beforeEach(async () => {
  directory = await fs.mkdtemp(path.join(os.tmpdir(), 'itam-remind-'));
  workbook = path.join(directory, 'itam.xlsx');
  outbox = path.join(directory, 'outbox');
  await writeReminderWorkbook(workbook);
});

afterEach(async () => {
  await fs.rm(directory, { recursive: true, force: true });
});

function itam(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return runItam(args, NOW, env);
}

async function outboxFiles(): Promise<string[]> {
  try {
    return (await fs.readdir(outbox)).sort();
  } catch {
    return [];
  }
}

describe('itam remind', () => {
  test('json lists sent digests', async () => {
    const run = await itam(['remind', workbook, '--outbox', outbox, '--json']);

    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      asOf: '2025-05-10',
      sent: [
        {
          to: 'lee@corp.kr',
          subject: '[ITAM] 조치할 항목 2건 (가장 빠른 조치기한 2025-05-13)',
          items: [
            { kind: 'contract', id: 'CT-2', stage: 7, deadline: '2025-05-13' },
            { kind: 'contract', id: 'CT-1', stage: 30, deadline: '2025-05-27' },
          ],
        },
        {
          to: 'kim@corp.kr',
          subject: '[ITAM] 조치할 항목 1건 (조치기한 2025-05-27)',
          items: [{ kind: 'contract', id: 'CT-1', stage: 30, deadline: '2025-05-27' }],
        },
      ],
      deferred: [],
      failed: [],
      findings: [],
    });
  });

  test('eml files decode to the digest', async () => {
    await itam(['remind', workbook, '--outbox', outbox, '--from', 'ITAM <itam@corp.kr>']);
    const files = await outboxFiles();
    const source = await fs.readFile(path.join(outbox, files[1]), 'utf8');
    const message = parseMimeMessage(source);

    expect(files).toEqual(['2025-05-10-kim@corp.kr.eml', '2025-05-10-lee@corp.kr.eml']);
    expect(source).toContain('\r\n');
    expect(message.headers.get('subject')).toMatch(/^=\?UTF-8\?[BQ]\?/);
    expect(decodeHeader(message.headers.get('subject') ?? '')).toBe('[ITAM] 조치할 항목 2건 (가장 빠른 조치기한 2025-05-13)');
    expect(message.headers.get('from')).toBe('ITAM <itam@corp.kr>');
    expect(message.headers.get('to')).toBe('lee@corp.kr');
    expect(message.parts.get('text/plain')).toContain('1. [계약] CT-2 ERP 라이선스\n   조치기한: 2025-05-13 (3일 남음) · 알림 단계: 7일 전 알림');
    expect(message.parts.get('text/plain')).toContain('2. [계약] CT-1 <script>alert(1)</script> 그룹웨어 유지보수');
    expect(message.parts.get('text/html')).toContain('&lt;script&gt;alert(1)&lt;/script&gt; 그룹웨어 유지보수');
    expect(message.parts.get('text/html')).not.toContain('<script>');
  });

  test('second run sends nothing', async () => {
    const first = await itam(['remind', workbook, '--outbox', outbox, '--json']);
    const second = await itam(['remind', workbook, '--outbox', outbox, '--json']);
    const port = await XlsxWorkbookPort.open(workbook);

    expect(JSON.parse(first.stdout).sent).toHaveLength(2);
    expect(JSON.parse(second.stdout).sent).toEqual([]);
    expect(await outboxFiles()).toHaveLength(2);
    expect([...readReminderLedger(port).keys].sort()).toEqual([
      'kim@corp.kr|contract|CT-1|2025-05-27|D-30',
      'lee@corp.kr|contract|CT-1|2025-05-27|D-30',
      'lee@corp.kr|contract|CT-2|2025-05-13|D-7',
    ]);
  });

  test('read-only workbook sends nothing', async () => {
    await fs.chmod(workbook, 0o444);

    const run = await itam(['remind', workbook, '--outbox', outbox, '--json']);

    expect(run.code).toBe(2);
    expect(run.stderr).toContain('read-only');
    expect(await outboxFiles()).toEqual([]);
  });

  test('later as-of sends next stage', async () => {
    await itam(['remind', workbook, '--outbox', outbox]);
    const later = await itam(['remind', workbook, '--outbox', outbox, '--as-of', '2025-05-13', '--json']);

    // On 2025-05-13 CT-2 is due that day (still its 1-day stage); CT-1 has 14 days left (its 14-day stage).
    expect(JSON.parse(later.stdout).sent.map((entry: { to: string; items: { id: string; stage: number }[] }) => [entry.to, entry.items.map((item) => `${item.id}:${item.stage}`)])).toEqual([
      ['lee@corp.kr', ['CT-2:1', 'CT-1:14']],
      ['kim@corp.kr', ['CT-1:14']],
    ]);
  });

  test('journal of interrupted run is honored', async () => {
    // A run delivered lee's 7-day reminder for CT-2, then stopped before saving the workbook; its last line was cut off mid-write.
    const delivered = ['lee@corp.kr|contract|CT-2|2025-05-13|D-7', '계약', 'CT-2', 'ERP 라이선스', '7일 전 알림', { date: '2025-05-13' }, 'lee@corp.kr', '2025-05-10T08:00:00+09:00', '발송됨'];
    const journal = path.join(directory, '.itam.xlsx.reminders.jsonl');
    await fs.writeFile(journal, `${JSON.stringify([delivered])}\n[["kim@corp.kr|contract|CT-1|2025-05`);

    const run = await itam(['remind', workbook, '--outbox', outbox, '--json']);
    const port = await XlsxWorkbookPort.open(workbook);

    expect(JSON.parse(run.stdout).sent.map((entry: { to: string; items: { id: string }[] }) => [entry.to, entry.items.map((item) => item.id)])).toEqual([
      ['kim@corp.kr', ['CT-1']],
      ['lee@corp.kr', ['CT-1']],
    ]);
    expect(readReminderLedger(port).keys.has('lee@corp.kr|contract|CT-2|2025-05-13|D-7')).toBe(true);
    await expect(fs.access(journal)).rejects.toThrow();
  });

  test('text output in terminal language', async () => {
    const run = await itam(['remind', workbook, '--outbox', outbox], { LANG: 'en_US.UTF-8' });

    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')).toEqual([
      `Reminders as of 2025-05-10: 2 emails with 3 reminders delivered to ${outbox}.`,
      '  lee@corp.kr  [ITAM] 조치할 항목 2건 (가장 빠른 조치기한 2025-05-13)',
      '  kim@corp.kr  [ITAM] 조치할 항목 1건 (조치기한 2025-05-27)',
      `Saved ${workbook}.`,
    ]);
  });

  test('outbox and smtp together rejected', async () => {
    const run = await itam(['remind', workbook, '--outbox', outbox, '--smtp', 'smtp://127.0.0.1:2525']);

    expect(run.code).toBe(2);
    expect(run.stderr).toBe('Use either --outbox or --smtp, not both.');
  });

  test('invalid smtp url rejected', async () => {
    const run = await itam(['remind', workbook, '--smtp', 'http://127.0.0.1:2525']);

    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Invalid --smtp URL "http://127.0.0.1:2525"');
  });

  test('invalid as-of rejected', async () => {
    const run = await itam(['remind', workbook, '--as-of', '2025-02-30']);

    expect(run.code).toBe(2);
    expect(run.stderr).toBe('Invalid --as-of date "2025-02-30". Use a real date written as YYYY-MM-DD.');
    expect(await outboxFiles()).toEqual([]);
  });
});
