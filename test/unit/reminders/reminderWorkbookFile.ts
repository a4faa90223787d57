import { registerById } from '../../../src/core/registers/definitions';
import { setupWorkbook } from '../../../src/core/setup/setupWorkbook';
import type { OutputValue, WorkbookPort } from '../../../src/core/workbook/port';
import { XlsxWorkbookPort } from '../../../src/node/xlsxPort';

/**
 * Sets up a Korean workbook with two contracts. As of 2025-05-10 (Asia/Seoul):
 * CT-1 ends 2025-06-26 with 30 days' notice, deadline 2025-05-27 (17 days: the 30-day stage), owner kim,
 * recipient lee, and a title with markup; CT-2 ends 2025-06-12, deadline 2025-05-13 (3 days: the 7-day
 * stage), owner lee. So lee's digest (CT-2, CT-1) comes before kim's (CT-1).
 */
export function setUpReminderWorkbook(port: WorkbookPort): void {
  setupWorkbook(port, { lang: 'ko' });

  const contracts = registerById('contracts');
  const sheet = port.listSheets().find((candidate) => candidate.marker === 'contracts');
  if (!sheet) {
    throw new Error('Setup did not create the contracts tab.');
  }
  const row = (cells: Record<string, OutputValue>): OutputValue[] => contracts.fields.map((field) => cells[field.key] ?? '');
  port.updateRange(sheet.name, 2, 1, [
    row({
      contractId: 'CT-1',
      title: '<script>alert(1)</script> 그룹웨어 유지보수',
      endDate: { date: '2025-06-26' },
      renewalType: '협의갱신',
      noticeDays: 30,
      annualCost: 12000000,
      owner: 'kim@corp.kr',
      reminderRecipients: 'lee@corp.kr',
    }),
    row({ contractId: 'CT-2', title: 'ERP 라이선스', endDate: { date: '2025-06-12' }, renewalType: '협의갱신', noticeDays: 30, owner: 'lee@corp.kr' }),
  ]);
}

/** Writes the workbook of setUpReminderWorkbook as an .xlsx file. */
export async function writeReminderWorkbook(file: string): Promise<void> {
  const port = XlsxWorkbookPort.create({ timeZone: 'Asia/Seoul', locale: 'ko_KR' });
  setUpReminderWorkbook(port);
  await port.save(file);
}
