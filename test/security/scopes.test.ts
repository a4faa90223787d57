import * as esbuild from 'esbuild';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { runRecalculation, runSetup, runValidation } from '../../src/gas/menuActions';
import { onOpen } from '../../src/gas/main';
import { installGasFakes, uninstallGasFakes } from '../fakes';

/**
 * The add-on requests the documented OAuth scopes and no more, and calls no service that reaches outside
 * the spreadsheet (UrlFetchApp, DriveApp, GmailApp…). It opens another file only in one documented
 * place: the time-driven run of an Editor add-on that has no active spreadsheet.
 */

const ROOT = path.join(__dirname, '..', '..');
const SCOPE_PREFIX = 'https://www.googleapis.com/auth/';
const MANIFEST = JSON.parse(readFileSync(path.join(ROOT, 'appsscript.json'), 'utf8')) as { oauthScopes: string[] };

/** Scopes that would let the script reach other files, other Google services or the network. */
const BROAD_SCOPE = /external_request|\/drive|gmail|mail\.google\.com|\/spreadsheets$|documents|presentations|forms|calendar|contacts|cloud-platform/;

/** Apps Script services and browser APIs that reach beyond the current spreadsheet. */
const OUTSIDE_SERVICES = /\b(UrlFetchApp|DriveApp|GmailApp|DocumentApp|SlidesApp|FormApp|CalendarApp|ContactsApp|Jdbc|XmlHttpRequest|XMLHttpRequest)\b|\bfetch\(|openByUrl|SpreadsheetApp\.create\(/;

/** Scope names listed in the first column of the Markdown table under `heading`. */
function documentedScopes(file: string, heading: RegExp): string[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  const start = text.search(heading);
  if (start === -1) {
    throw new Error(`${file} has no section matching ${heading}.`);
  }
  const section = text.slice(start).split(/\n## /)[0];
  return [...section.matchAll(/^\|\s*`([a-z_.]+)`\s*\|/gm)].map((match) => `${SCOPE_PREFIX}${match[1]}`).sort();
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : name.endsWith('.ts') ? [full] : [];
  });
}

describe('OAuth scopes', () => {
  const manifest = [...MANIFEST.oauthScopes].sort();

  test('manifest lists only narrow scopes', () => {
    expect(manifest.filter((scope) => BROAD_SCOPE.test(scope))).toEqual([]);
    expect(manifest.every((scope) => scope.startsWith(SCOPE_PREFIX))).toBe(true);
  });

  test.each([
    ['README.md', /^## OAuth scopes/m],
    ['README.ko.md', /^## OAuth 범위/m],
    ['docs/security.md', /^## OAuth scopes/m],
    ['docs/security.ko.md', /^## OAuth 범위/m],
  ])('%s documents exactly the manifest scopes', (file, heading) => {
    expect(documentedScopes(file, heading)).toEqual(manifest);
  });

  test('menu actions run with only these scopes', () => {
    const fakes = installGasFakes(globalThis, { oauthScopes: MANIFEST.oauthScopes, spreadsheet: { locale: 'en_US' } });
    try {
      onOpen();
      expect(runSetup()).not.toBeNull();
      expect(runValidation()).not.toBeNull();
      expect(runRecalculation()).not.toBeNull();
      expect(fakes.ui.alerts.map((alert) => alert.prompt).filter((prompt) => /permission/i.test(prompt))).toEqual([]);
    } finally {
      uninstallGasFakes(globalThis);
    }
  });
});

describe('services outside the spreadsheet', () => {
  test('source of the add-on calls none', () => {
    const files = [...sourceFiles(path.join(ROOT, 'src', 'gas')), ...sourceFiles(path.join(ROOT, 'src', 'core')), ...sourceFiles(path.join(ROOT, 'sidebar'))];
    const calls = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) => (OUTSIDE_SERVICES.test(line) ? [`${path.relative(ROOT, file)}:${index + 1}: ${line.trim()}`] : [])),
    );

    expect(calls).toEqual([]);
  });

  test('openById only in the trigger fallback', () => {
    const uses = sourceFiles(path.join(ROOT, 'src')).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line) => (line.includes('openById') ? [path.relative(ROOT, file)] : [])),
    );

    expect(uses).toEqual([path.join('src', 'gas', 'gasContext.ts')]);
    const context = readFileSync(path.join(ROOT, 'src', 'gas', 'gasContext.ts'), 'utf8');
    const fallback = /export function openSpreadsheet\([^)]*\)[^{]*\{([\s\S]*?)\n\}/.exec(context)?.[1] ?? '';
    expect(fallback).toContain('SpreadsheetApp.openById(id)');
    expect(fallback.indexOf('getActiveSpreadsheet()')).toBeLessThan(fallback.indexOf('openById'));
  });

  test('bundled script calls none', () => {
    const bundle = esbuild.buildSync({ entryPoints: [path.join(ROOT, 'src', 'gas', 'main.ts')], bundle: true, platform: 'neutral', format: 'iife', write: false, logLevel: 'silent' });
    const bundled = bundle.outputFiles[0].text;
    const built = path.join(ROOT, 'dist', 'Code.js');

    for (const [label, code] of [['fresh bundle', bundled], ...(existsSync(built) ? [['dist/Code.js', readFileSync(built, 'utf8')]] : [])]) {
      expect([label, code.match(new RegExp(OUTSIDE_SERVICES.source, 'g')) ?? []]).toEqual([label, []]);
      expect([label, (code.match(/openById/g) ?? []).length]).toEqual([label, 1]);
    }
  });
});
