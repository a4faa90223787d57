import { renderFinding } from '../core/dataQuality/renderFinding';
import { translate } from '../core/i18n';
import type { Lang } from '../core/registers/schema';
import { escapeHtml } from '../core/reminders/htmlText';
import type { ReminderPreview } from '../core/reminders/reminderPreview';

/**
 * Writes the preview dialog: each digest today's run would send (recipient, subject, plain-text body),
 * then the digests the quota would defer. All text is escaped, because titles and IDs come from cells.
 */
export function reminderPreviewHtml(preview: ReminderPreview, remainingQuota: number, lang: Lang): string {
  const parts: string[] = [
    '<!DOCTYPE html><html><head><meta charset="utf-8"><style>',
    'body{font-family:Arial,"Malgun Gothic",sans-serif;font-size:13px;color:#202124}',
    'section{border-top:1px solid #dadce0;padding:8px 0}',
    'pre{white-space:pre-wrap;font-family:inherit;background:#f8f9fa;padding:8px;margin:4px 0}',
    '</style></head><body>',
    `<p>${escapeHtml(translate(lang, 'reminders.preview.intro', { asOf: preview.asOf, quota: remainingQuota }))}</p>`,
  ];

  if (preview.toSend.length === 0 && preview.deferred.length === 0) {
    parts.push(`<p>${escapeHtml(translate(lang, 'reminders.preview.none'))}</p>`);
  }
  for (const { message } of preview.toSend) {
    parts.push(
      '<section>',
      `<div><strong>${escapeHtml(translate(lang, 'reminders.preview.to'))}</strong> ${escapeHtml(message.to)}</div>`,
      `<div><strong>${escapeHtml(translate(lang, 'reminders.preview.subject'))}</strong> ${escapeHtml(message.subject)}</div>`,
      `<pre>${escapeHtml(message.text)}</pre>`,
      '</section>',
    );
  }
  if (preview.deferred.length > 0) {
    const recipients = preview.deferred.map((digest) => digest.recipient).join(', ');
    parts.push(`<p>${escapeHtml(translate(lang, 'reminders.preview.deferred', { count: preview.deferred.length, recipients }))}</p>`);
  }
  if (preview.findings.length > 0) {
    parts.push(`<p>${escapeHtml(translate(lang, 'reminders.preview.findings', { count: preview.findings.length }))}</p>`, '<ul>');
    for (const finding of preview.findings.map((entry) => renderFinding(entry, lang))) {
      const location = finding.cell === '' ? finding.sheet : `${finding.sheet}!${finding.cell}`;
      parts.push(`<li>${escapeHtml(`${location}: ${finding.message}`)}</li>`);
    }
    parts.push('</ul>');
  }
  parts.push('</body></html>');
  return parts.join('\n');
}
