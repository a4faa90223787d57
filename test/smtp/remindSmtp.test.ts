import { promises as fs } from 'node:fs';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { runCli } from '../../src/node/cli';
import type { CliIo } from '../../src/node/commands/command';
import { writeReminderWorkbook } from '../unit/reminders/reminderWorkbookFile';
import { decodeHeader, parseMimeMessage } from './mimeMessage';

interface Received {
  readonly from: string;
  readonly to: string[];
  readonly source: string;
}

/** 2025-05-10 08:00 in Asia/Seoul. */
const NOW = new Date(Date.UTC(2025, 4, 9, 23, 0, 0));

let directory: string;
let workbook: string;
let server: SMTPServer;
let port: number;
let received: Received[];
const rejected = new Set<string>();

beforeEach(async () => {
  directory = await fs.mkdtemp(path.join(os.tmpdir(), 'itam-smtp-'));
  workbook = path.join(directory, 'itam.xlsx');
  await writeReminderWorkbook(workbook);
  received = [];
  rejected.clear();

  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (rejected.has(address.address)) {
        callback(Object.assign(new Error(`Mailbox unavailable: ${address.address}`), { responseCode: 550 }));
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom === false ? '' : session.envelope.mailFrom.address,
          to: session.envelope.rcptTo.map((recipient) => recipient.address),
          source: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  port = (server.server.address() as AddressInfo).port;
});

afterEach(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await fs.rm(directory, { recursive: true, force: true });
});

async function remind(...extra: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CliIo = { stdout: (line) => stdout.push(line), stderr: (line) => stderr.push(line), env: {}, now: () => NOW };
  const code = await runCli(['remind', workbook, '--smtp', `smtp://127.0.0.1:${port}`, '--from', 'ITAM <itam@corp.kr>', ...extra], io);
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

describe('itam remind over SMTP', () => {
  test('server receives both digests', async () => {
    const run = await remind();
    const messages = received.map((mail) => ({ envelope: [mail.from, mail.to], message: parseMimeMessage(mail.source) }));

    expect(run.code).toBe(0);
    expect(messages.map((mail) => mail.envelope)).toEqual([
      ['itam@corp.kr', ['lee@corp.kr']],
      ['itam@corp.kr', ['kim@corp.kr']],
    ]);
    expect(messages.map((mail) => decodeHeader(mail.message.headers.get('subject') ?? ''))).toEqual([
      '[ITAM] 조치할 항목 2건 (가장 빠른 조치기한 2025-05-13)',
      '[ITAM] 조치할 항목 1건 (조치기한 2025-05-27)',
    ]);
    const kim = messages[1].message;
    expect(kim.parts.get('text/plain')).toContain('kim@corp.kr님께 보내는 2025-05-10 기준 갱신·만료 알림입니다.');
    expect(kim.parts.get('text/plain')).toContain('1. [계약] CT-1 <script>alert(1)</script> 그룹웨어 유지보수\n   조치기한: 2025-05-27 (17일 남음) · 알림 단계: 30일 전 알림\n   연간금액: 12,000,000 KRW');
    expect(kim.parts.get('text/html')).toContain('<td style="border:1px solid #dadce0;padding:4px 8px;text-align:left;vertical-align:top">&lt;script&gt;alert(1)&lt;/script&gt; 그룹웨어 유지보수</td>');
  });

  test('rejected recipient retried next run', async () => {
    rejected.add('kim@corp.kr');
    const first = await remind('--json');

    expect(first.code).toBe(1);
    expect(received.map((mail) => mail.to)).toEqual([['lee@corp.kr']]);
    expect(JSON.parse(first.stdout).failed).toEqual([
      expect.objectContaining({ to: 'kim@corp.kr', items: [{ kind: 'contract', id: 'CT-1', stage: 30, deadline: '2025-05-27' }] }),
    ]);
    expect(JSON.parse(first.stdout).failed[0].reason).toContain('Mailbox unavailable: kim@corp.kr');

    rejected.clear();
    const second = await remind('--json');

    expect(second.code).toBe(0);
    expect(received.map((mail) => mail.to)).toEqual([['lee@corp.kr'], ['kim@corp.kr']]);
    expect(JSON.parse(second.stdout).sent.map((entry: { to: string }) => entry.to)).toEqual(['kim@corp.kr']);
  });
});
