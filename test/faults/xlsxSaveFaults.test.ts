import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { runCli } from '../../src/node/cli';
import type { CliIo } from '../../src/node/commands/command';
import { NODE_FILE_SYSTEM, type SaveFileSystem } from '../../src/node/xlsxAtomicSave';
import { WorkbookFileError } from '../../src/node/xlsxFileError';
import { XlsxWorkbookPort } from '../../src/node/xlsxPort';
import { registerSheetName, writeBaseWorkbook } from '../corpus/baseWorkbook';

/**
 * Saving an .xlsx workbook when the process dies mid-write, the file is read-only or another program
 * has it open. The original file must stay byte for byte as it was, and the error must name the fix.
 */

let folder: string;
let file: string;
let original: Buffer;

beforeEach(async () => {
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'itam-save-faults-'));
  file = path.join(folder, 'assets.xlsx');
  const port = XlsxWorkbookPort.create({ locale: 'en_US' });
  writeBaseWorkbook(port, 'en');
  await port.save(file);
  original = await fs.readFile(file);
});

afterEach(async () => {
  await fs.chmod(file, 0o644).catch(() => undefined);
  await fs.rm(folder, { recursive: true, force: true });
});

async function changedWorkbook(): Promise<XlsxWorkbookPort> {
  const port = await XlsxWorkbookPort.open(file);
  port.updateRange(registerSheetName(port, 'assets'), 2, 2, [['Changed name']]);
  return port;
}

async function saveError(save: Promise<void>): Promise<WorkbookFileError> {
  const error = await save.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(WorkbookFileError);
  return error as WorkbookFileError;
}

describe('process killed during save', () => {
  /** A child process that writes half of the new workbook into the temporary file, then hangs until killed. */
  const CHILD = `
    import { promises as fs } from 'node:fs';
    import { NODE_FILE_SYSTEM, saveFileAtomically } from './xlsxAtomicSave';
    const [target, source] = process.argv.slice(2);
    void (async () => {
      const data = await fs.readFile(source);
      await saveFileAtomically(target, new Uint8Array(data), {
        ...NODE_FILE_SYSTEM,
        async writeNewFile(filePath) {
          const handle = await fs.open(filePath, 'wx');
          await handle.write(data.subarray(0, Math.floor(data.length / 2)));
          await handle.sync();
          process.stdout.write('half written\\n');
          setInterval(() => undefined, 1000);
          await new Promise(() => undefined);
        },
      });
    })();
  `;

  test('SIGKILL mid-write keeps the original', async () => {
    const bundle = esbuild.buildSync({
      stdin: { contents: CHILD, resolveDir: path.join(__dirname, '..', '..', 'src', 'node'), loader: 'ts' },
      bundle: true,
      platform: 'node',
      format: 'cjs',
      write: false,
    });
    const script = path.join(folder, 'child.js');
    await fs.writeFile(script, bundle.outputFiles[0].text);
    const changed = await changedWorkbook();
    const newBytes = path.join(folder, 'new-bytes.bin');
    await fs.writeFile(newBytes, new Uint8Array((await changed.workbook.xlsx.writeBuffer()) as ArrayBuffer));

    const child = spawn(process.execPath, [script, file, newBytes], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('half written')) {
          child.kill('SIGKILL');
        }
      });
      child.on('exit', () => resolve());
      child.on('error', reject);
    });

    expect(await fs.readFile(file)).toEqual(original);
    const leftovers = (await fs.readdir(folder)).filter((name) => name.endsWith('.tmp'));
    expect(leftovers).toHaveLength(1);
    const reopened = await XlsxWorkbookPort.open(file);
    expect(reopened.readValues(registerSheetName(reopened, 'assets'))[1][1]).toBe('Laptop 14"');

    await changed.save(file);
    const saved = await XlsxWorkbookPort.open(file);
    expect(saved.readValues(registerSheetName(saved, 'assets'))[1][1]).toBe('Changed name');
  });
});

describe('read-only and locked files', () => {
  test('read-only file is not replaced', async () => {
    await fs.chmod(file, 0o444);
    const port = await changedWorkbook();

    const error = await saveError(port.save(file));

    expect(error.code).toBe('xlsx.error.readOnly');
    expect(error.message).toBe(
      `Cannot save ${file}: the file is read-only. Allow writing to it (clear the read-only attribute, or chmod u+w) and run the command again. The original file was not changed.`,
    );
    expect(error.localizedMessage('ko')).toContain('읽기 전용 파일입니다');
    expect(await fs.readFile(file)).toEqual(original);
    expect((await fs.stat(file)).mode & 0o777).toBe(0o444);
    expect((await fs.readdir(folder)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  test('file busy in another program', async () => {
    const port = await changedWorkbook();
    const busy: SaveFileSystem = {
      ...NODE_FILE_SYSTEM,
      async rename(from, to) {
        throw Object.assign(new Error(`EBUSY: resource busy or locked, rename '${from}' -> '${to}'`), { code: 'EBUSY' });
      },
    };

    const error = await saveError(port.save(file, busy));

    expect(error.code).toBe('xlsx.error.fileLocked');
    expect(error.message).toBe(`Cannot save ${file}: another program has it open. Close it there and run the command again. The original file was not changed.`);
    expect(await fs.readFile(file)).toEqual(original);
    expect((await fs.readdir(folder)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  test('itam recalc on a read-only file', async () => {
    await fs.chmod(file, 0o444);
    const stdout: string[] = [];
    const stderr: string[] = [];
    const io: CliIo = { stdout: (line) => stdout.push(line), stderr: (line) => stderr.push(line), env: { LANG: 'ko_KR.UTF-8' }, now: () => new Date(Date.UTC(2025, 5, 30, 3)) };

    const code = await runCli(['recalc', file], io);

    expect(code).toBe(2);
    expect(stdout).toEqual([]);
    expect(stderr).toEqual([`${file}을(를) 저장할 수 없습니다: 읽기 전용 파일입니다. 파일에 쓰기를 허용한 뒤(읽기 전용 속성 해제 또는 chmod u+w) 다시 실행하세요. 원래 파일은 바뀌지 않았습니다.`]);
    expect(await fs.readFile(file)).toEqual(original);
  });
});
