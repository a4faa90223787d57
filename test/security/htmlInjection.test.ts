import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Lang } from '../../src/core/registers/schema';
import { renderDigest } from '../../src/core/reminders/reminderDigest';
import type { PlannedReminder, ReminderDigest } from '../../src/core/reminders/reminderPlan';
import type { RenewalItem } from '../../src/core/renewals/renewalSchedule';

/**
 * Reminder emails never render cell text as markup: the HTML of a digest built from hostile cells has
 * exactly the tags and attributes of a digest built from plain cells, and links only ever use http(s).
 * The sidebar and dialogs put server text on the page through textContent, never as HTML.
 */

const HOSTILE = {
  id: '"><img src=x onerror=alert(1)>',
  title: '<script>alert(document.cookie)</script> & <b>bold</b>',
  owner: "o'brien\"@example.com",
  sheetName: '<svg onload=alert(1)>',
  link: 'https://docs.google.com/spreadsheets/d/x/edit#gid=0"onmouseover="alert(1)',
};

function item(id: string, title: string, owner: string): RenewalItem {
  return {
    kind: 'contract',
    id,
    title,
    deadline: '2025-07-10',
    endDate: '2025-08-09',
    daysLeft: 10,
    status: 'due',
    owner,
    recipients: ['kim@example.com'],
    annualCost: { amount: 1200000, currency: null },
    sourceRegister: 'contracts',
    sourceRow: 2,
  };
}

function digest(texts: typeof HOSTILE, link: string | null): ReminderDigest {
  const reminder: PlannedReminder = {
    item: item(texts.id, texts.title, texts.owner),
    stage: 14,
    key: 'kim@example.com|contract|x|2025-07-10|14',
    sheetName: texts.sheetName,
    row: 2,
    link,
  };
  return { recipient: 'kim@example.com', reminders: [reminder, { ...reminder, stage: 'overdue' }] };
}

/** Returns the markup of an HTML document with every text node and attribute value emptied. */
function skeleton(html: string): string {
  return html.replace(/>[^<]*</g, '><').replace(/="[^"]*"/g, '=""');
}

function tagNames(html: string): string[] {
  return [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)].map((match) => match[1].toLowerCase());
}

describe('reminder digest HTML', () => {
  const plain = { id: 'C-1', title: 'Groupware maintenance', owner: 'kim@example.com', sheetName: 'Contracts', link: '' };

  test.each(['en', 'ko'] as const)('%s: hostile cells change no markup', (lang: Lang) => {
    const settings = { lang, asOf: '2025-06-30', currency: 'KRW' };
    const hostile = renderDigest(digest(HOSTILE, HOSTILE.link), settings);
    const reference = renderDigest(digest(plain, null), settings);

    expect(skeleton(hostile.html)).toBe(skeleton(reference.html));
    expect(new Set(tagNames(hostile.html))).toEqual(new Set(['html', 'head', 'meta', 'title', 'body', 'p', 'table', 'thead', 'tr', 'th', 'tbody', 'td']));
    const tags = hostile.html.match(/<[^>]*>/g) ?? [];
    expect(tags.filter((tag) => /script|img|svg|<b>|\son\w+=/i.test(tag))).toEqual([]);
    expect(hostile.html).toContain('&lt;script&gt;alert(document.cookie)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;');
    expect(hostile.html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(hostile.html).toContain('&lt;svg onload=alert(1)&gt;!A2');
  });

  test.each([
    ['javascript URL', 'javascript:alert(1)'],
    ['data URL', 'data:text/html,<script>alert(1)</script>'],
    ['quote breaking out of href', HOSTILE.link],
    ['protocol-relative URL', '//attacker.example/x'],
  ])('%s gives no link', (_label, link) => {
    const message = renderDigest(digest(HOSTILE, link), { lang: 'en', asOf: '2025-06-30', currency: 'KRW' });

    expect(message.html).not.toContain('<a ');
    expect(message.text).not.toContain(link);
  });

  test('https link is kept and escaped', () => {
    const link = 'https://docs.google.com/spreadsheets/d/abc/edit#gid=0&range=A2';
    const message = renderDigest(digest(HOSTILE, link), { lang: 'en', asOf: '2025-06-30', currency: 'KRW' });

    expect(message.html).toContain('<a href="https://docs.google.com/spreadsheets/d/abc/edit#gid=0&amp;range=A2">');
  });

  test('subject and recipient carry no cell text', () => {
    const message = renderDigest(digest(HOSTILE, null), { lang: 'en', asOf: '2025-06-30', currency: 'KRW' });

    expect(message.to).toBe('kim@example.com');
    expect(message.subject).not.toMatch(/[<>\r\n]/);
    expect(message.subject).not.toContain('script');
  });
});

describe('sidebar and dialog pages', () => {
  const root = path.join(__dirname, '..', '..');

  /** Browser APIs that parse a string as HTML or code. */
  const HTML_SINKS = /\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write|\beval\(|new Function\(|\.srcdoc\s*=/;

  async function sourceFiles(folder: string, pattern: RegExp): Promise<string[]> {
    const entries = await fs.readdir(folder).catch(() => [] as string[]);
    return entries.filter((name) => pattern.test(name)).map((name) => path.join(folder, name));
  }

  test('no HTML sinks in page scripts', async () => {
    const files = [...(await sourceFiles(path.join(root, 'sidebar'), /\.(ts|html)$/)), ...(await sourceFiles(path.join(root, 'dist'), /\.html$/))];
    expect(files.length).toBeGreaterThan(0);

    const offending: string[] = [];
    for (const file of files) {
      const text = await fs.readFile(file, 'utf8');
      text.split('\n').forEach((line, index) => {
        if (HTML_SINKS.test(line)) {
          offending.push(`${path.relative(root, file)}:${index + 1}: ${line.trim().slice(0, 120)}`);
        }
      });
    }
    expect(offending).toEqual([]);
  });

  test('templates print raw only for includes', async () => {
    const files = [...(await sourceFiles(path.join(root, 'sidebar'), /\.html$/)), ...(await sourceFiles(path.join(root, 'src', 'gas'), /\.html$/))];

    const raw: string[] = [];
    for (const file of files) {
      const text = await fs.readFile(file, 'utf8');
      for (const match of text.matchAll(/<\?!=([\s\S]*?)\?>/g)) {
        if (!/^\s*include\(\s*'[\w.-]+'\s*\)\s*;?\s*$/.test(match[1])) {
          raw.push(`${path.relative(root, file)}: ${match[0]}`);
        }
      }
    }
    expect(raw).toEqual([]);
  });
});
