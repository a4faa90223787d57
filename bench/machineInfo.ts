import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';

/** Where and when the benchmark ran, printed at the top of the report. */
export interface MachineInfo {
  readonly date: string;
  readonly commit: string;
  readonly cpuModel: string;
  readonly cpus: number;
  readonly memoryGiB: number;
  readonly platform: string;
  readonly node: string;
  readonly nodeOptions: string;
}

/** Reads the CPU model from /proc/cpuinfo on Linux, else from os.cpus(). */
function cpuModel(): string {
  try {
    const line = fs
      .readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((candidate) => candidate.startsWith('model name'));
    if (line !== undefined) {
      return line.slice(line.indexOf(':') + 1).trim();
    }
  } catch {
    // Not Linux: os.cpus() below names the model too.
  }
  return os.cpus()[0]?.model ?? 'unknown CPU';
}

/** Returns the short commit and whether the working tree had changes, or "unknown" outside a git checkout. */
function commit(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const changes = execFileSync('git', ['status', '--porcelain'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return changes === '' ? head : `${head} with uncommitted changes`;
  } catch {
    return 'unknown';
  }
}

export function machineInfo(): MachineInfo {
  return {
    date: new Date().toISOString().slice(0, 10),
    commit: commit(),
    cpuModel: cpuModel(),
    cpus: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
    platform: `${os.type()} ${os.release()}`,
    node: process.version,
    nodeOptions: process.execArgv.join(' ') || 'no flags',
  };
}
