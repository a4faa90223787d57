import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ts from 'typescript';
import * as vm from 'vm';
import { REGISTERS } from '../../src/core/registers/definitions';
import { installGasFakes, type GasFakes, type GasFakesOptions, type MenuRecord } from '../fakes';

const ROOT = path.resolve(__dirname, '../..');
const MAIN = path.join(ROOT, 'src', 'gas', 'main.ts');
const MANIFEST = JSON.parse(fs.readFileSync(path.join(ROOT, 'appsscript.json'), 'utf8')) as {
  timeZone: string;
  runtimeVersion: string;
  oauthScopes: string[];
};

let outDir: string;
let code: string;

/** Exported functions of main.ts according to the TypeScript checker. */
function exportedFunctions(): string[] {
  const program = ts.createProgram([MAIN], { noEmit: true, noLib: true, types: [], skipLibCheck: true, strict: true });
  const checker = program.getTypeChecker();
  const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(MAIN)!)!;
  return checker
    .getExportsOfModule(moduleSymbol)
    .map((symbol) => (symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol))
    .filter((symbol) => symbol.flags & ts.SymbolFlags.Function || checker.getTypeOfSymbol(symbol).getCallSignatures().length > 0)
    .map((symbol) => symbol.getName())
    .sort();
}

/** Names of the function declarations at the top level of a script. */
function topLevelFunctions(source: string): string[] {
  const file = ts.createSourceFile('Code.js', source, ts.ScriptTarget.ES2019, false, ts.ScriptKind.JS);
  return file.statements
    .filter(ts.isFunctionDeclaration)
    .map((statement) => statement.name!.text)
    .sort();
}

function loadBundle(options: GasFakesOptions): { context: vm.Context; fakes: GasFakes } {
  const context = vm.createContext({});
  const fakes = installGasFakes(context, { htmlDirectory: outDir, oauthScopes: MANIFEST.oauthScopes, ...options });
  vm.runInContext(code, context, { filename: 'Code.js' });
  fakes.calls.reset();
  return { context, fakes };
}

function menuHandlers(menu: MenuRecord): string[] {
  const handlers: string[] = [];
  for (const item of menu.items) {
    if (item.kind === 'item') {
      handlers.push(item.functionName);
    } else if (item.kind === 'submenu') {
      handlers.push(...menuHandlers(item.menu));
    }
  }
  return handlers;
}

beforeAll(() => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'itam-bundle-'));
  const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs'), '--gas-only', '--out-dir', outDir], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (build.status !== 0) {
    throw new Error(`The build failed:\n${build.stdout}\n${build.stderr}`);
  }
  code = fs.readFileSync(path.join(outDir, 'Code.js'), 'utf8');
});

afterAll(() => {
  fs.rmSync(outDir, { recursive: true, force: true });
});

describe('dist/Code.js', () => {
  test('declares exactly the entry points', () => {
    const entryPoints = exportedFunctions();

    expect(entryPoints).toContain('onOpen');
    expect(entryPoints).toContain('onInstall');
    expect(topLevelFunctions(code)).toEqual(entryPoints);
  });

  test('entry points are context functions', () => {
    const { context } = loadBundle({});

    for (const name of exportedFunctions()) {
      expect({ name, type: typeof context[name] }).toEqual({ name, type: 'function' });
    }
  });

  test('onOpen builds the menu', () => {
    const { context, fakes } = loadBundle({ spreadsheet: { locale: 'ko_KR' } });
    vm.runInContext('onOpen({ authMode: ScriptApp.AuthMode.FULL })', context);

    expect(fakes.ui.menus).toHaveLength(1);
    expect(fakes.ui.menus[0].caption).toBe('ITAM');
    const handlers = menuHandlers(fakes.ui.menus[0]);
    expect(handlers.length).toBeGreaterThan(0);
    const missing = handlers.filter((handler) => typeof context[handler] !== 'function');
    expect(missing).toEqual([]);
  });

  test('onOpen without authorization only builds the menu', () => {
    const { context, fakes } = loadBundle({ spreadsheet: { locale: 'en_US' } });
    vm.runInContext('onOpen({ authMode: ScriptApp.AuthMode.NONE })', context);

    expect(fakes.ui.menus).toHaveLength(1);
    expect(fakes.calls.count('SpreadsheetApp.getActiveSpreadsheet')).toBe(0);
    expect(fakes.calls.totalFor('Spreadsheet', 'Sheet', 'Range', 'PropertiesService', 'MailApp')).toBe(0);
  });

  test('setup creates every register', () => {
    const { context, fakes } = loadBundle({ spreadsheet: { locale: 'ko_KR', timeZone: 'Asia/Seoul' } });
    vm.runInContext('itamSetup()', context);
    const markers = fakes.uncounted(() =>
      fakes.spreadsheet
        .createDeveloperMetadataFinder()
        .withKey('itam.sheet')
        .find()
        .map((metadata) => metadata.getValue()),
    );

    for (const register of REGISTERS) {
      expect(markers).toContain(register.id);
    }
    expect(fakes.uncounted(() => fakes.spreadsheet.getSheetByName(REGISTERS[0].tab.ko))).not.toBeNull();
    expect(fakes.ui.alerts).toHaveLength(1);
    expect(fakes.lockHolder('document')).toBe('free');
  });

  test('setup twice changes nothing', () => {
    const { context, fakes } = loadBundle({ spreadsheet: { locale: 'ko_KR' } });
    vm.runInContext('itamSetup()', context);
    const sheetsAfterFirst = fakes.uncounted(() => fakes.spreadsheet.getSheets().map((sheet) => sheet.getName()));
    fakes.calls.reset();
    vm.runInContext('itamSetup()', context);

    expect(fakes.uncounted(() => fakes.spreadsheet.getSheets().map((sheet) => sheet.getName()))).toEqual(sheetsAfterFirst);
    expect(fakes.calls.count('Range.setValues')).toBe(0);
    expect(fakes.calls.count('Spreadsheet.insertSheet')).toBe(0);
  });
});

describe('dist manifest and sidebar', () => {
  test('manifest is copied unchanged', () => {
    const copied = JSON.parse(fs.readFileSync(path.join(outDir, 'appsscript.json'), 'utf8')) as unknown;

    expect(copied).toEqual(MANIFEST);
    expect(MANIFEST.runtimeVersion).toBe('V8');
    expect(MANIFEST.timeZone).toBe('Asia/Seoul');
    expect([...MANIFEST.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/script.scriptapp',
      'https://www.googleapis.com/auth/script.send_mail',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/userinfo.email',
    ]);
  });

  test('sidebar pages are self-contained', () => {
    const sidebarDir = path.join(ROOT, 'sidebar');
    const pages = fs.existsSync(sidebarDir) ? fs.readdirSync(sidebarDir).filter((file) => file.endsWith('.html')) : [];

    for (const page of pages) {
      const html = fs.readFileSync(path.join(outDir, page), 'utf8');
      const localScripts = [...html.matchAll(/<script\b[^>]*\bsrc=["']([^"']+)["']/gi)].map((match) => match[1]).filter((src) => !/^(https?:)?\/\//.test(src));
      const localStyles = [...html.matchAll(/<link\b[^>]*\bhref=["']([^"']+\.css)["']/gi)].map((match) => match[1]).filter((href) => !/^(https?:)?\/\//.test(href));
      expect({ page, localScripts, localStyles }).toEqual({ page, localScripts: [], localStyles: [] });
    }
    const built = fs.readdirSync(outDir).filter((file) => file.endsWith('.html')).sort();
    expect(built).toEqual([...pages].sort());
  });
});
