#!/usr/bin/env node
/**
 * Builds both run modes:
 * - the Apps Script project in dist/: Code.js (src/gas/main.ts bundled by esbuild as an IIFE named
 *   ItamSheets, followed by one generated top-level function per export of main.ts), appsscript.json
 *   and one self-contained HTML file per sidebar/*.html page;
 * - the Node side in build/ with tsc (the `itam` CLI is build/node/cli.js).
 *
 * Usage: node scripts/build.mjs [--gas-only | --node-only] [--out-dir DIR]
 * --out-dir changes where the Apps Script files go (default dist), so tests can build into a temp dir.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const esbuild = require('esbuild');
const ts = require('typescript');

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ENTRY = path.join(ROOT, 'src', 'gas', 'main.ts');
const SIDEBAR_DIR = path.join(ROOT, 'sidebar');
const GLOBAL_NAME = 'ItamSheets';
/** Apps Script's V8 runtime; es2019 also lowers `?.` and `??`, whose support there is not documented. */
const GAS_TARGET = 'es2019';

function parseArguments(argv) {
  const options = { gas: true, node: true, outDir: path.join(ROOT, 'dist') };
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    if (argument === '--gas-only') {
      options.node = false;
    } else if (argument === '--node-only') {
      options.gas = false;
    } else if (argument === '--out-dir') {
      const value = argv[index + 1];
      if (!value) {
        throw new Error('--out-dir needs a directory.');
      }
      options.outDir = path.resolve(value);
      index += 1;
    } else {
      throw new Error(`Unknown option ${argument}. Usage: node scripts/build.mjs [--gas-only | --node-only] [--out-dir DIR]`);
    }
  }
  return options;
}

function timed(label, action) {
  const start = process.hrtime.bigint();
  const result = action();
  const milliseconds = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(`build: ${label} (${milliseconds.toFixed(0)} ms)`);
  return result;
}

function buildNode() {
  fs.rmSync(path.join(ROOT, 'build'), { recursive: true, force: true });
  const tsc = require.resolve('typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', path.join(ROOT, 'tsconfig.json')], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    throw new Error(`tsc -p tsconfig.json failed with exit code ${result.status}.`);
  }
}

/** Returns the export names of main.ts from esbuild's metafile; the IIFE format lists none, so this asks for ESM. */
function exportNames() {
  const result = esbuild.buildSync({
    entryPoints: [ENTRY],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    metafile: true,
    outfile: 'entry.js',
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs).find((item) => item.entryPoint);
  return output.exports;
}

/**
 * Classifies each export with the TypeScript checker: only functions can be entry points, so any other
 * value export fails the build. Returns each function's JSDoc, which the stub repeats so that tags such
 * as @customfunction reach Apps Script.
 */
function entryPointDocs(names) {
  const config = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  // Declarations of the standard library and of @types packages do not change what a symbol is, and
  // skipping them keeps this step under a second.
  const program = ts.createProgram([ENTRY], { ...config.options, noEmit: true, noLib: true, types: [] });
  const checker = program.getTypeChecker();
  const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(ENTRY));
  const exported = new Map(checker.getExportsOfModule(moduleSymbol).map((symbol) => [symbol.getName(), symbol]));

  const docs = new Map();
  for (const name of names) {
    let symbol = exported.get(name);
    if (!symbol) {
      throw new Error(`The TypeScript checker does not see the export "${name}" of src/gas/main.ts.`);
    }
    if (symbol.flags & ts.SymbolFlags.Alias) {
      symbol = checker.getAliasedSymbol(symbol);
    }
    const type = checker.getTypeOfSymbol(symbol);
    const isFunction = (symbol.flags & ts.SymbolFlags.Function) !== 0 || type.getCallSignatures().length > 0;
    if (!isFunction) {
      throw new Error(`src/gas/main.ts exports "${name}", which is not a function. Export only entry points from main.ts.`);
    }
    const text = ts.displayPartsToString(symbol.getDocumentationComment(checker));
    const tags = symbol.getJsDocTags().map((tag) => `@${tag.name}${tag.text ? ` ${ts.displayPartsToString(tag.text)}` : ''}`);
    docs.set(name, { text, tags });
  }
  return docs;
}

function entryPointStub(name, doc) {
  const generated = `Generated entry point: calls ${GLOBAL_NAME}.${name} from src/gas/main.ts.`;
  const lines = [doc.text, generated, ...doc.tags].filter((line) => line !== '').flatMap((line) => line.split('\n'));
  const comment = ['/**', ...lines.map((line) => ` * ${line}`.trimEnd()), ' */'].join('\n');
  return `${comment}\nfunction ${name}() {\n  return ${GLOBAL_NAME}.${name}.apply(this, arguments);\n}\n`;
}

function buildCode(outDir) {
  const names = exportNames();
  if (names.length === 0) {
    throw new Error('src/gas/main.ts exports no functions, so the Apps Script project would have no entry points.');
  }
  const docs = entryPointDocs(names);
  const bundle = esbuild.buildSync({
    entryPoints: [ENTRY],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL_NAME,
    target: GAS_TARGET,
    platform: 'neutral',
    charset: 'utf8',
    write: false,
    logLevel: 'warning',
    outfile: 'Code.js',
  });
  const stubs = names.map((name) => entryPointStub(name, docs.get(name))).join('\n');
  const code = `${bundle.outputFiles[0].text}\n${stubs}`;
  fs.writeFileSync(path.join(outDir, 'Code.js'), code);
  return names;
}

function copyManifest(outDir) {
  const text = fs.readFileSync(path.join(ROOT, 'appsscript.json'), 'utf8');
  JSON.parse(text);
  fs.writeFileSync(path.join(outDir, 'appsscript.json'), text);
}

function isLocalReference(reference) {
  return !/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(reference);
}

/** Bundles a page script: a .js reference is built from the .ts file of the same name when there is one. */
function bundleSidebarScript(reference, page) {
  const requested = path.resolve(SIDEBAR_DIR, reference);
  const typescriptTwin = requested.replace(/\.js$/, '.ts');
  const entry = fs.existsSync(typescriptTwin) ? typescriptTwin : requested;
  if (!fs.existsSync(entry)) {
    throw new Error(`${page} refers to the script "${reference}", but neither ${path.relative(ROOT, typescriptTwin)} nor ${path.relative(ROOT, requested)} exists.`);
  }
  const result = esbuild.buildSync({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2019',
    charset: 'utf8',
    write: false,
    logLevel: 'warning',
    outfile: 'sidebar.js',
  });
  return result.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
}

function readStylesheet(reference, page) {
  const file = path.resolve(SIDEBAR_DIR, reference);
  if (!fs.existsSync(file)) {
    throw new Error(`${page} refers to the stylesheet "${reference}", which does not exist.`);
  }
  return fs.readFileSync(file, 'utf8').replace(/<\/style/gi, '<\\/style');
}

/** Writes each sidebar/*.html page with its local scripts and stylesheets inlined, as HtmlService serves one file. */
function buildSidebar(outDir) {
  if (!fs.existsSync(SIDEBAR_DIR)) {
    return [];
  }
  const pages = fs.readdirSync(SIDEBAR_DIR).filter((file) => file.endsWith('.html'));
  for (const page of pages) {
    const html = fs.readFileSync(path.join(SIDEBAR_DIR, page), 'utf8');
    const inlined = html
      .replace(/<script\b([^>]*)\bsrc=["']([^"']+)["']([^>]*)>\s*<\/script>/gi, (tag, before, reference, after) => {
        if (!isLocalReference(reference)) {
          console.warn(`build: ${page} keeps the external script ${reference}.`);
          return tag;
        }
        const attributes = `${before}${after}`.replace(/\s+/g, ' ').trim();
        return `<script${attributes ? ` ${attributes}` : ''}>\n${bundleSidebarScript(reference, page)}</script>`;
      })
      .replace(/<link\b[^>]*>/gi, (tag) => {
        const isStylesheet = /\brel=["']stylesheet["']/i.test(tag);
        const href = /\bhref=["']([^"']+)["']/i.exec(tag);
        if (!isStylesheet || !href || !isLocalReference(href[1])) {
          return tag;
        }
        return `<style>\n${readStylesheet(href[1], page)}</style>`;
      });
    if (inlined.includes('<?') && !html.includes('<?')) {
      console.warn(`build: an inlined script in ${page} contains "<?"; do not load this page with createTemplateFromFile.`);
    }
    fs.writeFileSync(path.join(outDir, page), inlined);
  }
  return pages;
}

function main() {
  const options = parseArguments(process.argv.slice(2));
  const start = process.hrtime.bigint();

  if (options.gas) {
    fs.rmSync(options.outDir, { recursive: true, force: true });
    fs.mkdirSync(options.outDir, { recursive: true });
    const names = timed('bundled src/gas/main.ts into Code.js', () => buildCode(options.outDir));
    console.log(`build: entry points: ${names.join(', ')}`);
    timed('copied appsscript.json', () => copyManifest(options.outDir));
    const pages = timed('inlined sidebar pages', () => buildSidebar(options.outDir));
    console.log(`build: sidebar pages: ${pages.length > 0 ? pages.join(', ') : 'none'}`);
  }
  if (options.node) {
    timed('compiled the Node side with tsc into build/', buildNode);
  }

  console.log(`build: done in ${(Number(process.hrtime.bigint() - start) / 1e6).toFixed(0)} ms`);
}

try {
  main();
} catch (error) {
  console.error(`build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
