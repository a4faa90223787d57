import type { RenewalItem } from '../../../src/core/renewals/renewalSchedule';
import { daysLeftText, renderDigest } from '../../../src/core/reminders/reminderDigest';
import type { PlannedReminder, ReminderDigest } from '../../../src/core/reminders/reminderPlan';

function item(fields: Partial<RenewalItem>): RenewalItem {
  return {
    kind: 'contract',
    id: 'C-1',
    title: 'ERP maintenance',
    deadline: '2025-06-01',
    endDate: '2025-07-01',
    daysLeft: 22,
    status: 'due',
    owner: 'kim@corp.kr',
    recipients: ['kim@corp.kr'],
    annualCost: { amount: 12000000, currency: null },
    sourceRegister: 'contracts',
    sourceRow: 7,
    ...fields,
  };
}

function reminder(fields: Partial<RenewalItem>, stage: PlannedReminder['stage'], link: string | null = null): PlannedReminder {
  const planned = item(fields);
  return { item: planned, stage, key: `k|${planned.id}`, sheetName: planned.sourceRegister === 'contracts' ? '계약' : '라이선스', row: planned.sourceRow, link };
}

const DIGEST: ReminderDigest = {
  recipient: 'kim@corp.kr',
  reminders: [
    reminder({ id: 'C-9', title: '<script>alert("x")</script> & co', deadline: '2025-05-08', daysLeft: -2, status: 'overdue' }, 'overdue', 'https://docs.google.com/spreadsheets/d/abc/edit#gid=12&range=A7'),
    reminder({ id: 'L-1', kind: 'license', title: '한컴오피스', deadline: '2025-05-10', daysLeft: 0, sourceRegister: 'licenses', sourceRow: 3, annualCost: { amount: 1234.5, currency: 'USD' } }, 1),
    reminder({ id: 'C-1', annualCost: null }, 30, 'javascript:alert(1)'),
  ],
};

describe('renderDigest', () => {
  test('Korean subject and text', () => {
    const message = renderDigest(DIGEST, { lang: 'ko', asOf: '2025-05-10', currency: 'KRW' });

    expect(message.to).toBe('kim@corp.kr');
    expect(message.subject).toBe('[ITAM] 조치할 항목 3건 (가장 빠른 조치기한 2025-05-08)');
    expect(message.text).toContain('kim@corp.kr님께 보내는 2025-05-10 기준 갱신·만료 알림입니다.');
    expect(message.text).toContain('1. [계약] C-9 <script>alert("x")</script> & co');
    expect(message.text).toContain('   조치기한: 2025-05-08 (2일 지남) · 알림 단계: 기한 경과');
    expect(message.text).toContain('   연간금액: 12,000,000 KRW');
    expect(message.text).toContain('   위치: 계약!A7 https://docs.google.com/spreadsheets/d/abc/edit#gid=12&range=A7');
    expect(message.text).toContain('2. [라이선스] L-1 한컴오피스');
    expect(message.text).toContain('   조치기한: 2025-05-10 (오늘까지) · 알림 단계: 1일 전 알림');
    expect(message.text).toContain('   연간금액: 1,234.5 USD');
    expect(message.text).toContain('   조치기한: 2025-06-01 (22일 남음) · 알림 단계: 30일 전 알림');
  });

  test('English subject for one item', () => {
    const message = renderDigest({ recipient: 'lee@corp.kr', reminders: [DIGEST.reminders[2]] }, { lang: 'en', asOf: '2025-05-10', currency: 'KRW' });

    expect(message.subject).toBe('[ITAM] 1 item to act on by 2025-06-01');
    expect(message.text).toContain('1. [contract] C-1 ERP maintenance');
    expect(message.text).toContain('   Deadline: 2025-06-01 (22 days left) · Reminder: 30-day reminder');
    expect(message.text).toContain('   Annual Cost: -');
  });

  test('HTML escapes cell text', () => {
    const message = renderDigest(DIGEST, { lang: 'ko', asOf: '2025-05-10', currency: 'KRW' });

    expect(message.html).not.toContain('<script>');
    expect(message.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
    expect(message.html).toContain('<a href="https://docs.google.com/spreadsheets/d/abc/edit#gid=12&amp;range=A7">계약!A7</a>');
    expect(message.html).not.toContain('javascript:');
    expect(message.html).toContain('<td style="border:1px solid #dadce0;padding:4px 8px;text-align:left;vertical-align:top">계약!A7</td></tr>');
  });

  test('HTML rows follow digest order', () => {
    const message = renderDigest(DIGEST, { lang: 'en', asOf: '2025-05-10', currency: 'KRW' });
    const ids = [...message.html.matchAll(/<tr><td[^>]*>([^<]*)<\/td><td[^>]*>([^<]*)<\/td><td[^>]*>([^<]*)<\/td><td[^>]*>([^<]*)<\/td>/g)].map((match) => [match[1], match[2], match[4]]);

    expect(ids).toEqual([
      ['2025-05-08', '2 days overdue', 'C-9'],
      ['2025-05-10', 'due today', 'L-1'],
      ['2025-06-01', '22 days left', 'C-1'],
    ]);
  });
});

describe('daysLeftText', () => {
  test.each([
    [1, 'en', '1 day left'],
    [-1, 'en', '1 day overdue'],
    [0, 'ko', '오늘까지'],
    [1500, 'ko', '1,500일 남음'],
  ] as const)('%i in %s', (days, lang, text) => {
    expect(daysLeftText(days, lang)).toBe(text);
  });
});
