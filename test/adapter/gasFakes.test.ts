import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vm from 'vm';
import { createGasFakes, installGasFakes, type GasFakes } from '../fakes';

function seeded(values: unknown[][], options: Parameters<typeof createGasFakes>[0] = {}): GasFakes {
  return createGasFakes({ ...options, spreadsheet: { timeZone: 'Asia/Seoul', sheets: [{ name: 'Data', values }] } });
}

describe('fake Range values', () => {
  test('getValues returns typed values and empty strings', () => {
    const purchase = new Date('2025-02-02T15:00:00Z');
    const fakes = seeded([
      ['Tag', 'Cost', 'Active', 'Bought'],
      ['A-1', 1200, true, purchase],
      ['A-2', '', false, ''],
    ]);
    const values = fakes.spreadsheet.getSheetByName('Data')!.getRange(1, 1, 4, 5).getValues();

    expect(values[1]).toEqual(['A-1', 1200, true, purchase, '']);
    expect(values[2]).toEqual(['A-2', '', false, '', '']);
    expect(values[3]).toEqual(['', '', '', '', '']);
    expect(values[1][3]).toBeInstanceOf(Date);
    expect(values[1][3]).not.toBe(purchase);
  });

  test('equals sign text becomes a formula', () => {
    const fakes = seeded([]);
    const range = fakes.spreadsheet.getSheetByName('Data')!.getRange('A1:B1');
    range.setValues([['=SUM(1,2)', '=HYPERLINK("http://x")']]);

    expect(range.getValues()).toEqual([['', '']]);
    expect(range.getFormulas()).toEqual([['=SUM(1,2)', '=HYPERLINK("http://x")']]);
  });

  test('leading apostrophe stores text without it', () => {
    const fakes = seeded([]);
    const range = fakes.spreadsheet.getSheetByName('Data')!.getRange('A1:D1');
    range.setValues([["'=1+1", "'0003", "''quoted", "'TRUE"]]);

    expect(range.getValues()).toEqual([['=1+1', '0003', "'quoted", 'TRUE']]);
    expect(range.getFormulas()).toEqual([['', '', '', '']]);
  });

  test('typed text parses like Sheets input', () => {
    const fakes = seeded([]);
    const range = fakes.spreadsheet.getSheetByName('Data')!.getRange('A1:F1');
    range.setValues([['0003', '-5', '1,234,000', '12.5%', 'true', '2025-02-03']]);
    const values = range.getValues()[0];

    expect(values.slice(0, 5)).toEqual([3, -5, 1234000, 0.125, true]);
    expect((values[5] as Date).toISOString()).toBe('2025-02-02T15:00:00.000Z');
  });

  test('plain text format keeps digits as text', () => {
    const fakes = seeded([]);
    const range = fakes.spreadsheet.getSheetByName('Data')!.getRange('A1');
    range.setNumberFormat('@');
    range.setValue('0003');

    expect(range.getValue()).toBe('0003');
  });

  test('setValues rejects a row count mismatch', () => {
    const range = seeded([]).spreadsheet.getSheetByName('Data')!.getRange(1, 1, 3, 2);

    expect(() => range.setValues([[1, 2], [3, 4]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.',
    );
  });

  test('setValues rejects a column count mismatch', () => {
    const range = seeded([]).spreadsheet.getSheetByName('Data')!.getRange(1, 1, 2, 2);

    expect(() => range.setValues([[1, 2], [3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
  });

  test('setValues rejects objects and NaN', () => {
    const range = seeded([]).spreadsheet.getSheetByName('Data')!.getRange(1, 1, 1, 2);

    expect(() => range.setValues([[{ date: '2025-01-01' }, 1]])).toThrow('Cannot write a value of type object to cell A1');
    expect(() => range.setValues([[1, Number.NaN]])).toThrow('Cannot write NaN to cell B1');
    expect(range.getValues()).toEqual([['', '']]);
  });

  test('reading past the grid throws', () => {
    const sheet = seeded([]).spreadsheet.getSheetByName('Data')!;

    expect(() => sheet.getRange(1001, 1).getValues()).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
  });

  test('writing past the grid grows the sheet', () => {
    const sheet = seeded([]).spreadsheet.getSheetByName('Data')!;
    sheet.getRange(1000, 27, 3, 1).setValues([['a'], ['b'], ['c']]);

    expect(sheet.getMaxRows()).toBe(1002);
    expect(sheet.getMaxColumns()).toBe(27);
    expect(sheet.getLastRow()).toBe(1002);
  });

  test('writing past the grid can be rejected', () => {
    const sheet = seeded([], { outOfGridWrites: 'throw' }).spreadsheet.getSheetByName('Data')!;

    expect(() => sheet.getRange(1001, 1).setValue('x')).toThrow('outside the dimensions of the sheet');
  });

  test('getRange rejects row zero', () => {
    const sheet = seeded([]).spreadsheet.getSheetByName('Data')!;

    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
  });

  test('data range of an empty sheet is A1', () => {
    const range = seeded([]).spreadsheet.getSheetByName('Data')!.getDataRange();

    expect(range.getA1Notation()).toBe('A1');
    expect(range.getValues()).toEqual([['']]);
  });

  test('rejecting validation blocks invalid writes', () => {
    const fakes = seeded([]);
    const range = fakes.spreadsheet.getSheetByName('Data')!.getRange('A1:A2');
    const rule = fakes.SpreadsheetApp.newDataValidation().requireValueInList(['yes', 'no']).setAllowInvalid(false).build();
    range.setDataValidation(rule);

    expect(() => range.setValues([['yes'], ['maybe']])).toThrow('The data you entered in cell A2 violates the data validation rules set on this cell.');
    expect(range.getValues()).toEqual([[''], ['']]);
    range.setValues([['no'], ['']]);
    expect(range.getValues()).toEqual([['no'], ['']]);
  });
});

describe('fake call counting', () => {
  test('counts calls and cells per method', () => {
    const fakes = seeded([['a', 'b'], ['c', 'd']]);
    const sheet = fakes.SpreadsheetApp.getActiveSpreadsheet()!.getSheetByName('Data')!;
    sheet.getDataRange().getValues();
    sheet.getRange(3, 1, 1, 2).setValues([['e', 'f']]);

    expect(fakes.calls.byMethod()).toEqual({
      'Range.getValues': 1,
      'Range.setValues': 1,
      'Sheet.getDataRange': 1,
      'Sheet.getRange': 1,
      'Spreadsheet.getSheetByName': 1,
      'SpreadsheetApp.getActiveSpreadsheet': 1,
    });
    expect(fakes.calls.total).toBe(6);
    expect(fakes.calls.totalFor('Range', 'Sheet')).toBe(4);
    expect(fakes.calls.cellsRead).toBe(4);
    expect(fakes.calls.cellsWritten).toBe(2);
  });

  test('reset and uncounted leave no counts', () => {
    const fakes = seeded([['a']]);
    fakes.spreadsheet.getSheets();
    fakes.calls.reset();
    fakes.uncounted(() => fakes.spreadsheet.getSheetByName('Data')!.getDataRange().getValues());

    expect(fakes.calls.total).toBe(0);
    expect(fakes.calls.cellsRead).toBe(0);
  });
});

describe('fake fault hooks', () => {
  test('nth setValues throws and writes nothing', () => {
    const fakes = seeded([]);
    const sheet = fakes.spreadsheet.getSheetByName('Data')!;
    fakes.hooks.failOnCall('Range.setValues', 2, 'Service Spreadsheets timed out');
    sheet.getRange('A1').setValues([['first']]);

    expect(() => sheet.getRange('A2').setValues([['second']])).toThrow('Service Spreadsheets timed out');
    expect(sheet.getRange('A1:A2').getValues()).toEqual([['first'], ['']]);
    sheet.getRange('A3').setValues([['third']]);
    expect(sheet.getRange('A3').getValue()).toBe('third');
  });

  test('sheet deleted mid-run rejects later calls', () => {
    const fakes = createGasFakes({ spreadsheet: { sheets: [{ name: 'Keep' }, { name: 'Gone' }] } });
    const gone = fakes.spreadsheet.getSheetByName('Gone')!;
    fakes.hooks.deleteSheetOnCall('Gone', 'Range.setValues', 1);

    expect(() => gone.getRange('A1').setValues([['x']])).toThrow('The sheet "Gone" has been deleted');
    expect(() => gone.getLastRow()).toThrow('has been deleted');
    expect(fakes.spreadsheet.getSheets().map((sheet) => sheet.getName())).toEqual(['Keep']);
  });
});

describe('fake spreadsheet structure', () => {
  test('spreadsheet and script zones differ', () => {
    const fakes = createGasFakes({ scriptTimeZone: 'America/Los_Angeles', spreadsheet: { timeZone: 'Asia/Seoul' } });

    expect(fakes.Session.getScriptTimeZone()).toBe('America/Los_Angeles');
    expect(fakes.spreadsheet.getSpreadsheetTimeZone()).toBe('Asia/Seoul');
  });

  test('insertSheet rejects a duplicate name', () => {
    const spreadsheet = createGasFakes({ spreadsheet: { sheets: [{ name: 'Assets' }] } }).spreadsheet;

    expect(() => spreadsheet.insertSheet('assets')).toThrow('A sheet with the name "assets" already exists. Please enter another name.');
  });

  test('insertSheet places and activates the sheet', () => {
    const spreadsheet = createGasFakes({ spreadsheet: { sheets: [{ name: 'A' }, { name: 'B' }] } }).spreadsheet;
    const inserted = spreadsheet.insertSheet('C', 1);

    expect(spreadsheet.getSheets().map((sheet) => sheet.getName())).toEqual(['A', 'C', 'B']);
    expect(inserted.getIndex()).toBe(2);
    expect(spreadsheet.getActiveSheet().getName()).toBe('C');
    expect(inserted.getSheetId()).not.toBe(1);
  });

  test('metadata finder follows a renamed sheet', () => {
    const fakes = createGasFakes({ spreadsheet: { sheets: [{ name: 'Assets', metadata: { 'itam.sheet': 'assets' } }, { name: 'Other' }] } });
    fakes.spreadsheet.getSheetByName('Assets')!.setName('My assets');
    const found = fakes.spreadsheet.createDeveloperMetadataFinder().withKey('itam.sheet').find();

    expect(found).toHaveLength(1);
    expect(found[0].getValue()).toBe('assets');
    expect(found[0].getLocation().getSheet()!.getName()).toBe('My assets');
  });

  test('moveActiveSheet uses 1-based positions', () => {
    const spreadsheet = createGasFakes({ spreadsheet: { sheets: [{ name: 'A' }, { name: 'B' }, { name: 'C' }] } }).spreadsheet;
    spreadsheet.setActiveSheet(spreadsheet.getSheetByName('C')!);
    spreadsheet.moveActiveSheet(1);

    expect(spreadsheet.getSheets().map((sheet) => sheet.getName())).toEqual(['C', 'A', 'B']);
  });

  test('sheet protection is reused and warning-only', () => {
    const sheet = createGasFakes().spreadsheet.getSheets()[0];
    sheet.protect().setDescription('Rebuilt by ITAM').setWarningOnly(true);
    const protections = sheet.getProtections('SHEET');

    expect(protections).toHaveLength(1);
    expect(protections[0].getDescription()).toBe('Rebuilt by ITAM');
    expect(protections[0].isWarningOnly()).toBe(true);
    expect(sheet.protect().getDescription()).toBe('Rebuilt by ITAM');
  });

  test('charts are built, inserted and removed', () => {
    const fakes = seeded([['Kind', 'Cost'], ['Laptop', 3]]);
    const sheet = fakes.spreadsheet.getSheetByName('Data')!;
    const chart = sheet.newChart().setChartType(fakes.Charts.ChartType.COLUMN).addRange(sheet.getRange('A1:B2')).setPosition(1, 4, 0, 0).setOption('title', 'Cost').build();
    sheet.insertChart(chart);

    expect(sheet.getCharts()).toHaveLength(1);
    expect(sheet.getCharts()[0].modify().getChartType()).toBe('COLUMN');
    expect(sheet.getCharts()[0].getOptions().get('title')).toBe('Cost');
    sheet.removeChart(sheet.getCharts()[0]);
    expect(sheet.getCharts()).toHaveLength(0);
  });

  test('spreadsheet cell limit stops growth', () => {
    const sheet = createGasFakes({ spreadsheet: { sheets: [{ name: 'Big', maxRows: 100000, maxColumns: 100 }] } }).spreadsheet.getSheets()[0];

    expect(() => sheet.insertRowsAfter(100000, 1)).toThrow('above the limit of 10000000 cells');
  });
});

describe('fake LockService', () => {
  test('second lock object waits for the first', () => {
    const fakes = createGasFakes();
    const first = fakes.LockService.getDocumentLock()!;
    const second = fakes.LockService.getDocumentLock()!;

    expect(first.tryLock(1000)).toBe(true);
    expect(second.tryLock(5000)).toBe(false);
    expect(second.hasLock()).toBe(false);
    first.releaseLock();
    expect(second.tryLock(5000)).toBe(true);
    expect(fakes.lockHolder('document')).toBe('this run');
  });

  test('lock held by another run', () => {
    const fakes = createGasFakes();
    fakes.hooks.holdLock('document');
    const start = fakes.clock.now();

    expect(fakes.LockService.getDocumentLock()!.tryLock(10000)).toBe(false);
    expect(fakes.clock.now() - start).toBe(10000);
    expect(() => fakes.LockService.getDocumentLock()!.waitLock(100)).toThrow('Lock timeout: another process was holding the lock for too long.');
    expect(fakes.LockService.getScriptLock().tryLock(0)).toBe(true);
    fakes.hooks.releaseHeldLock('document');
    expect(fakes.LockService.getDocumentLock()!.tryLock(0)).toBe(true);
  });

  test('no document lock without a spreadsheet', () => {
    expect(createGasFakes({ spreadsheet: null }).LockService.getDocumentLock()).toBeNull();
  });
});

describe('fake MailApp', () => {
  test('quota counts recipients', () => {
    const fakes = createGasFakes({ mailQuota: 3 });
    fakes.MailApp.sendEmail({ to: 'a@example.com, b@example.com', subject: '갱신 알림', body: 'text', name: 'ITAM' });

    expect(fakes.MailApp.getRemainingDailyQuota()).toBe(1);
    expect(fakes.sentMail[0].to).toEqual(['a@example.com', 'b@example.com']);
    expect(fakes.sentMail[0].name).toBe('ITAM');
    expect(() => fakes.MailApp.sendEmail('c@example.com, d@example.com', 'S', 'B')).toThrow('Service invoked too many times for one day: email.');
    expect(fakes.sentMail).toHaveLength(1);
  });

  test('positional form records options', () => {
    const fakes = createGasFakes();
    fakes.MailApp.sendEmail('a@example.com', 'Subject', 'Body', { htmlBody: '<b>Body</b>', replyTo: 'it@example.com' });

    expect(fakes.sentMail[0]).toMatchObject({ subject: 'Subject', body: 'Body', htmlBody: '<b>Body</b>', replyTo: 'it@example.com' });
  });

  test('failure for one recipient', () => {
    const fakes = createGasFakes({ mailQuota: 10 });
    fakes.hooks.failMailFor('bad@example.com', 'Invalid email: bad@example.com');

    expect(() => fakes.MailApp.sendEmail({ to: 'bad@example.com', subject: 's', body: 'b' })).toThrow('Invalid email: bad@example.com');
    fakes.MailApp.sendEmail({ to: 'good@example.com', subject: 's', body: 'b' });
    expect(fakes.sentMail.map((mail) => mail.to[0])).toEqual(['good@example.com']);
    expect(fakes.MailApp.getRemainingDailyQuota()).toBe(9);
  });
});

describe('fake stores', () => {
  test('property values are limited to 9 KB', () => {
    const properties = createGasFakes().PropertiesService.getDocumentProperties()!;
    properties.setProperty('ok', 'x'.repeat(9216));

    expect(() => properties.setProperty('big', 'x'.repeat(9217))).toThrow('Argument too large: value');
    expect(properties.getProperty('big')).toBeNull();
    expect(properties.getProperty('ok')).toHaveLength(9216);
  });

  test('properties store strings per scope', () => {
    const fakes = createGasFakes();
    fakes.PropertiesService.getUserProperties().setProperties({ hour: 9 as unknown as string });

    expect(fakes.PropertiesService.getUserProperties().getProperty('hour')).toBe('9');
    expect(fakes.PropertiesService.getScriptProperties().getProperty('hour')).toBeNull();
    expect(fakes.properties('user')).toEqual({ hour: '9' });
  });

  test('cache entries expire on the clock', () => {
    const fakes = createGasFakes();
    const cache = fakes.CacheService.getScriptCache();
    cache.put('k', 'v', 60);
    cache.putAll({ a: '1', b: '2' });
    fakes.clock.advance(59999);

    expect(cache.get('k')).toBe('v');
    fakes.clock.advance(1);
    expect(cache.get('k')).toBeNull();
    expect(cache.getAll(['a', 'b', 'k'])).toEqual({ a: '1', b: '2' });
  });
});

describe('fake ScriptApp', () => {
  test('daily trigger records its schedule', () => {
    const fakes = createGasFakes();
    fakes.ScriptApp.newTrigger('runDaily').timeBased().everyDays(1).atHour(9).inTimezone('Asia/Seoul').create();
    fakes.ScriptApp.newTrigger('onEditHandler').forSpreadsheet(fakes.spreadsheet).onEdit().create();
    const triggers = fakes.ScriptApp.getProjectTriggers();

    expect(triggers.map((trigger) => trigger.getHandlerFunction())).toEqual(['runDaily', 'onEditHandler']);
    expect(triggers.map((trigger) => trigger.getEventType())).toEqual(['CLOCK', 'ON_EDIT']);
    expect(fakes.triggers[0].schedule).toEqual({ everyDays: 1, atHour: 9, timeZone: 'Asia/Seoul' });
    fakes.ScriptApp.deleteTrigger(triggers[0]);
    expect(fakes.ScriptApp.getProjectTriggers().map((trigger) => trigger.getUniqueId())).toEqual([triggers[1].getUniqueId()]);
  });

  test('twenty-first trigger is rejected', () => {
    const fakes = createGasFakes();
    for (let index = 0; index < 20; index += 1) {
      fakes.ScriptApp.newTrigger(`handler${index}`).timeBased().everyHours(1).create();
    }

    expect(() => fakes.ScriptApp.newTrigger('extra').timeBased().everyHours(1).create()).toThrow('This script has too many triggers.');
  });

  test('triggers belong to their user', () => {
    const fakes = createGasFakes({ activeUserEmail: 'kim@example.com' });
    fakes.ScriptApp.newTrigger('runDaily').timeBased().everyDays(1).create();
    fakes.setActiveUser('lee@example.com');

    expect(fakes.ScriptApp.getProjectTriggers()).toHaveLength(0);
  });
});

describe('fake Utilities.formatDate', () => {
  test('converts to the requested zone', () => {
    const instant = new Date('2025-02-02T15:30:00Z');

    expect(createGasFakes().Utilities.formatDate(instant, 'Asia/Seoul', 'yyyy-MM-dd')).toBe('2025-02-03');
    expect(createGasFakes().Utilities.formatDate(instant, 'UTC', 'yyyy-MM-dd')).toBe('2025-02-02');
  });

  test('supports literals and offsets', () => {
    const utilities = createGasFakes().Utilities;
    const instant = new Date('2025-02-02T15:30:05Z');

    expect(utilities.formatDate(instant, 'Asia/Seoul', "yyyy-MM-dd'T'HH:mm:ssXXX")).toBe('2025-02-03T00:30:05+09:00');
    expect(utilities.formatDate(instant, 'Asia/Seoul', 'Z')).toBe('+0900');
    expect(utilities.formatDate(instant, 'UTC', 'XXX')).toBe('Z');
    expect(utilities.formatDate(instant, 'Asia/Kolkata', 'HH:mm XXX')).toBe('21:00 +05:30');
  });

  test('follows daylight saving time', () => {
    const utilities = createGasFakes().Utilities;

    expect(utilities.formatDate(new Date('2025-03-09T06:30:00Z'), 'America/New_York', 'yyyy-MM-dd HH:mm Z')).toBe('2025-03-09 01:30 -0500');
    expect(utilities.formatDate(new Date('2025-03-09T07:30:00Z'), 'America/New_York', 'yyyy-MM-dd HH:mm Z')).toBe('2025-03-09 03:30 -0400');
  });

  test('rejects a string date', () => {
    expect(() => createGasFakes().Utilities.formatDate('2025-01-01' as unknown as Date, 'UTC', 'yyyy')).toThrow(
      "The parameters (string,string,string) don't match the method signature for Utilities.formatDate.",
    );
  });
});

describe('fake Ui and HtmlService', () => {
  test('menu items are recorded', () => {
    const fakes = createGasFakes();
    const ui = fakes.SpreadsheetApp.getUi();
    const sub = ui.createMenu('Automation').addItem('Install', 'install');
    ui.createMenu('ITAM').addItem('Set up', 'setup').addSeparator().addSubMenu(sub).addToUi();

    expect(fakes.ui.menus).toEqual([
      {
        caption: 'ITAM',
        items: [
          { kind: 'item', caption: 'Set up', functionName: 'setup' },
          { kind: 'separator' },
          { kind: 'submenu', menu: { caption: 'Automation', items: [{ kind: 'item', caption: 'Install', functionName: 'install' }] } },
        ],
      },
    ]);
  });

  test('getUi throws without a UI', () => {
    expect(() => createGasFakes({ ui: false }).SpreadsheetApp.getUi()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
  });

  test('alerts return queued buttons', () => {
    const fakes = createGasFakes();
    fakes.ui.alertResponses.push('NO');
    const ui = fakes.SpreadsheetApp.getUi();

    expect(ui.alert('Title', 'Send?', ui.ButtonSet.YES_NO)).toBe('NO');
    expect(ui.alert('Done')).toBe('OK');
    expect(fakes.ui.alerts.map((alert) => alert.prompt)).toEqual(['Send?', 'Done']);
  });

  test('html files come from the configured directory', () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'gas-html-'));
    fs.writeFileSync(path.join(directory, 'Sidebar.html'), '<p>panel</p>');
    fs.writeFileSync(path.join(directory, 'Greeting.html'), '<p><?= name ?></p><?!= raw ?>');
    const fakes = createGasFakes({ htmlDirectory: directory });
    const output = fakes.HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('ITAM').setWidth(300);
    fakes.SpreadsheetApp.getUi().showSidebar(output);
    const template = fakes.HtmlService.createTemplateFromFile('Greeting') as unknown as Record<string, unknown> & { evaluate(): { getContent(): string } };
    template.name = '<b>Kim</b>';
    template.raw = '<i>ok</i>';

    expect(output.getContent()).toBe('<p>panel</p>');
    expect(fakes.ui.sidebars).toEqual([{ title: 'ITAM', content: '<p>panel</p>' }]);
    expect(template.evaluate().getContent()).toBe('<p>&lt;b&gt;Kim&lt;/b&gt;</p><i>ok</i>');
    expect(() => fakes.HtmlService.createHtmlOutputFromFile('Missing')).toThrow('No HTML file named Missing was found.');
  });
});

describe('fake scopes and globals', () => {
  test('openById needs the spreadsheets scope', () => {
    const fakes = createGasFakes({ oauthScopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly'] });

    expect(fakes.SpreadsheetApp.getActiveSpreadsheet()).not.toBeNull();
    expect(() => fakes.SpreadsheetApp.openById(fakes.spreadsheet.getId())).toThrow(
      'You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets',
    );
  });

  test('no active spreadsheet in a standalone run', () => {
    const fakes = createGasFakes({ spreadsheet: null });
    const other = fakes.addSpreadsheet({ id: 'sheet-123', name: 'Assets' });

    expect(fakes.SpreadsheetApp.getActiveSpreadsheet()).toBeNull();
    expect(fakes.SpreadsheetApp.openById('sheet-123').getName()).toBe(other.getName());
    expect(fakes.PropertiesService.getDocumentProperties()).toBeNull();
  });

  test('installs into a vm context', () => {
    const context = vm.createContext({});
    const fakes = installGasFakes(context, { spreadsheet: { sheets: [{ name: 'Data', values: [['x', 1]] }] } });
    const result = vm.runInContext(
      `console.log('reading');
       var values = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Data').getDataRange().getValues();
       Logger.log('%s rows', values.length);
       values[0][1] + 1;`,
      context,
    ) as number;

    expect(result).toBe(2);
    expect(fakes.logs.map((entry) => `${entry.source}:${entry.message}`)).toEqual(['console:reading', 'Logger:1 rows']);
    expect(fakes.calls.count('Range.getValues')).toBe(1);
  });

  test('fresh fakes share no state', () => {
    const first = createGasFakes();
    first.PropertiesService.getScriptProperties().setProperty('k', 'v');
    first.spreadsheet.insertSheet('Extra');
    const second = createGasFakes();

    expect(second.calls.total).toBe(0);
    expect(second.PropertiesService.getScriptProperties().getProperty('k')).toBeNull();
    expect(second.spreadsheet.getSheets().map((sheet) => sheet.getName())).toEqual(['Sheet1']);
  });
});
