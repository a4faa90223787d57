import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { dashboardView } from '../../../src/core/dashboard/dashboardView';
import { contextOf } from '../../../src/core/recalc/recalculate';
import { registerById } from '../../../src/core/registers/definitions';
import { loadWorkbook } from '../../../src/core/registers/loadWorkbook';
import { registerLayout } from '../../../src/core/setup/setupWorkbook';
import { XlsxWorkbookPort } from '../../../src/node/xlsxPort';

const TAB = "O'Brien 자산";

/** Status cells as users type them; '사용 중' with a space is accepted by reading but not by COUNTIF. */
const STATUSES = ['사용중', 'deployed', 'Deployed', '사용 중', '재고', 'in stock', 'IN_STOCK', '수리중', '폐기'];

const hasLibreOffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

/** Parses LibreOffice's CSV export (comma separated, double quotes) into rows of cell texts. */
function parseCsv(text: string): string[][] {
  return text
    .trim()
    .split('\n')
    .map((line) => (line.match(/("([^"]|"")*"|[^,]*)(,|$)/g) ?? []).map((cell) => cell.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"')));
}

describe('dashboard live formulas in LibreOffice', () => {
  // Runs only where LibreOffice is installed (apt: libreoffice-calc-nogui); Calc computes formulas that exceljs saved without results.
  (hasLibreOffice ? test : test.skip)(
    'Calc computes the live counts',
    async () => {
      const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'itam-dashboard-'));
      const port = XlsxWorkbookPort.create();
      const layout = { ...registerLayout(registerById('assets'), 'ko'), name: TAB };
      const sheetName = port.ensureRegisterSheet(layout, null);
      port.appendRows(
        sheetName,
        STATUSES.map((status, index) => {
          const row: string[] = new Array<string>(layout.headers.length).fill('');
          row[0] = `T-${index + 1}`;
          row[1] = `Asset ${index + 1}`;
          row[2] = 'NB';
          row[6] = status;
          return row;
        }),
      );
      const context = contextOf(loadWorkbook(port), '2024-05-31');
      port.writeOutputSheet(dashboardView(context).sheets[0]);
      const file = path.join(directory, 'live.xlsx');
      await port.save(file);

      const profile = `file://${path.join(directory, 'profile')}`;
      const filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';
      const convert = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', filter, '--outdir', directory, file], { encoding: 'utf8', timeout: 120000 });
      expect(convert.status).toBe(0);

      const rows = parseCsv(await fs.readFile(path.join(directory, 'live-현황.csv'), 'utf8'));
      const countsOf = (label: string) => rows.find((row) => row[0] === label)?.slice(1, 3);
      expect(context.locations.assets?.sheetName).toBe(TAB);
      // Live count, then the count at recalculation, which also reads '사용 중'.
      expect(countsOf('사용중')).toEqual(['3', '4']);
      expect(countsOf('재고')).toEqual(['3', '3']);
      expect(countsOf('수리중')).toEqual(['1', '1']);
      expect(countsOf('폐기')).toEqual(['1', '1']);
      expect(countsOf('분실')).toEqual(['0', '0']);
      expect(countsOf('자산 (자산번호가 있는 행)')).toEqual(['9', '실시간']);
      await fs.rm(directory, { recursive: true, force: true });
    },
    150000,
  );
});
