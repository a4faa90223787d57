#!/usr/bin/env node
/**
 * Runs the benchmark: bundles bench/runBenchmark.ts with esbuild into a temporary file and runs it with
 * a forced-GC hook (for heap samples) and a 16 GB heap limit (the 100,000-asset workbook needs several GB).
 * Arguments are passed on: --large adds the 100,000-asset size, --sizes=S,M,L picks sizes,
 * --docs / --no-docs forces or skips writing docs/benchmarks.md.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const esbuild = require('esbuild');

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'itam-bench-build-'));
const bundle = path.join(directory, 'runBenchmark.cjs');

try {
  esbuild.buildSync({
    entryPoints: [path.join(ROOT, 'bench', 'runBenchmark.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outfile: bundle,
    external: ['exceljs'],
    // Keeps function names, which the phase table uses for views without a sheet.
    keepNames: true,
    logLevel: 'warning',
  });
  const result = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=16384', bundle, ...process.argv.slice(2)], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules') },
  });
  process.exitCode = result.status ?? 1;
} finally {
  fs.rmSync(directory, { recursive: true, force: true });
}
