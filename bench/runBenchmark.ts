/**
 * `npm run bench` (S and M) and `npm run bench:large` (S, M and L): measures the recalculation, the
 * on-edit handler, the reminder plan, the importer and the xlsx path at each size, checks that the
 * service calls of a recalculation and of an edit are the same at every size, and writes the results
 * to bench-output/ and, when L ran, to docs/benchmarks.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { benchmarkMarkdown } from './benchReport';
import { IMPORT_ROWS, LARGE, MEDIUM, SMALL, type BenchSize } from './benchSizes';
import { buildImportCsv } from './importMeasurement';
import { machineInfo } from './machineInfo';
import { gcExposed, now } from './measure';
import { benchmarkSize, type SizeResult } from './sizeBenchmark';
import { checkConstantCalls, summarize } from './sizeSummary';

const SIZES: Readonly<Record<string, BenchSize>> = { S: SMALL, M: MEDIUM, L: LARGE };
const USAGE = 'Usage: node scripts/bench.mjs [--large] [--sizes=S,M,L] [--docs | --no-docs]';

interface Options {
  readonly sizes: readonly BenchSize[];
  readonly writeDocs: boolean;
}

function parseOptions(argv: readonly string[]): Options {
  let labels = ['S', 'M'];
  let docs: boolean | null = null;
  for (const argument of argv) {
    if (argument === '--large') {
      labels = ['S', 'M', 'L'];
    } else if (argument.startsWith('--sizes=')) {
      labels = argument.slice('--sizes='.length).split(',').map((label) => label.trim().toUpperCase());
    } else if (argument === '--docs') {
      docs = true;
    } else if (argument === '--no-docs') {
      docs = false;
    } else {
      throw new Error(`Unknown option "${argument}". ${USAGE}`);
    }
  }
  const unknown = labels.filter((label) => !(label in SIZES));
  if (unknown.length > 0 || labels.length < 2) {
    throw new Error(`--sizes needs at least two of S, M and L, got "${labels.join(',')}". ${USAGE}`);
  }
  const sizes = labels.map((label) => SIZES[label]);
  return { sizes, writeDocs: docs ?? sizes.includes(LARGE) };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (!gcExposed()) {
    process.stdout.write('Node was started without --expose-gc: heap peaks include garbage. Run the benchmark through scripts/bench.mjs.\n');
  }
  const start = now();
  const importCsv = buildImportCsv(IMPORT_ROWS);

  const results: SizeResult[] = [];
  for (const size of options.sizes) {
    results.push(await benchmarkSize(size, importCsv));
  }

  const summaries = results.map(summarize);
  const checks = checkConstantCalls(summaries);
  const problems = [...results.flatMap((result) => result.problems), ...checks.flatMap((check) => check.differences)];
  const machine = machineInfo();
  const command = `npm run ${options.sizes.includes(LARGE) ? 'bench:large' : 'bench'}`;
  const totalSeconds = (now() - start) / 1000;
  // maxRSS is in kilobytes.
  const peakRssBytes = process.resourceUsage().maxRSS * 1024;

  const outputDirectory = path.resolve('bench-output');
  fs.mkdirSync(outputDirectory, { recursive: true });
  const json = JSON.stringify({ machine, command, totalSeconds, peakRssBytes, checks, problems, summaries, results }, null, 2);
  const jsonFile = path.join(outputDirectory, `bench-${options.sizes.map((size) => size.label).join('')}-${machine.date}.json`);
  fs.writeFileSync(jsonFile, `${json}\n`);
  fs.writeFileSync(path.join(outputDirectory, 'latest.json'), `${json}\n`);

  const markdown = benchmarkMarkdown({ machine, command, results, summaries, checks, totalSeconds, peakRssBytes });
  fs.writeFileSync(path.join(outputDirectory, 'benchmarks.md'), markdown);
  if (options.writeDocs) {
    fs.writeFileSync(path.resolve('docs', 'benchmarks.md'), markdown);
  }
  process.stdout.write(`\n${markdown}\nRaw results: ${jsonFile}\n${options.writeDocs ? 'Wrote docs/benchmarks.md.\n' : ''}`);

  if (problems.length > 0) {
    process.stderr.write(`\n!!!!!!!! SERVICE CALLS DIFFER BETWEEN RUNS OR SIZES !!!!!!!!\n${problems.map((problem) => `  - ${problem}`).join('\n')}\n`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`The benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
