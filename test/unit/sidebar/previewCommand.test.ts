import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../../../src/node/cli';
import type { CliIo } from '../../../src/node/commands/command';

function io(env: Record<string, string>): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (line) => out.push(line), stderr: (line) => err.push(line), env, now: () => new Date(0) };
}

describe('itam preview', () => {
  test('invalid port is a usage error', async () => {
    const terminal = io({ LANG: 'ko_KR.UTF-8' });

    await expect(runCli(['preview', 'assets.xlsx', '--port', '70000'], terminal)).resolves.toBe(2);
    expect(terminal.err).toEqual(['포트 "70000"이(가) 올바르지 않습니다. 0–65535 사이의 정수를 쓰세요.']);
  });

  test('missing build names the fix', async () => {
    const terminal = io({ LANG: 'en_US.UTF-8', ITAM_PREVIEW_PAGE: '/nonexistent/sidebar.html' });

    await expect(runCli(['preview', 'assets.xlsx'], terminal)).resolves.toBe(2);
    expect(terminal.err).toEqual(['The built asset panel /nonexistent/sidebar.html is missing. Run npm run build first.']);
  });

  test('missing workbook names the fix', async () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'itam-preview-cli-'));
    const page = path.join(directory, 'sidebar.html');
    fs.writeFileSync(page, '<html><head></head></html>');
    const terminal = io({ LANG: 'en_US.UTF-8', ITAM_PREVIEW_PAGE: page });
    const file = path.join(directory, 'missing.xlsx');

    await expect(runCli(['preview', file], terminal)).resolves.toBe(2);
    expect(terminal.err[0]).toBe(`File not found: ${file}. Check the path, or run itam init ${file} to create a new workbook.`);
    fs.rmSync(directory, { recursive: true, force: true });
  });

  test('help lists the port option', async () => {
    const terminal = io({ LANG: 'en_US.UTF-8' });

    await expect(runCli(['preview', '--help'], terminal)).resolves.toBe(0);
    expect(terminal.out.join('\n')).toContain('TCP port to listen on, from 1 to 65535 (default 8765; 0 picks a free port).');
  });
});
