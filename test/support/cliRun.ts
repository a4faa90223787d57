import { runCli } from '../../src/node/cli';
import type { CliIo } from '../../src/node/commands/command';

/** What one in-process `itam` run printed and returned. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `itam` in-process with a fixed clock and environment, collecting both output streams. */
export async function runItam(args: readonly string[], now: Date, env: Record<string, string> = {}): Promise<CliRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CliIo = { stdout: (line) => stdout.push(line), stderr: (line) => stderr.push(line), env, now: () => now };
  const code = await runCli(args, io);
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}
