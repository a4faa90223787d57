import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../../..');
/** The asset panel's client modules; the import and export dialogs in the same folder are not part of it. */
const PANEL_FILES = ['sidebar.ts', 'addPanel.ts', 'findPanel.ts', 'glancePanel.ts', 'fieldControl.ts', 'dom.ts', 'progress.ts', 'rowLink.ts', 'serverBridge.ts', 'tabs.ts'];

describe('asset panel sources', () => {
  test.each(PANEL_FILES)('%s never parses markup', (file) => {
    const source = fs.readFileSync(path.join(ROOT, 'sidebar', file), 'utf8');

    for (const sink of ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'document.write', 'eval(', 'new Function', 'createContextualFragment', 'DOMParser']) {
      expect({ file, sink, found: source.includes(sink) }).toEqual({ file, sink, found: false });
    }
  });

  test('client type-checks with the DOM library', () => {
    const tsc = require.resolve('typescript/bin/tsc');
    const result = spawnSync(process.execPath, [tsc, '-p', path.join(ROOT, 'sidebar', 'tsconfig.json')], { cwd: ROOT, encoding: 'utf8' });

    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
