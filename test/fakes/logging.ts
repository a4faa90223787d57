import { format } from 'util';
import { countCalls } from './callCounter';
import type { FakeEnvironment } from './fakeEnvironment';

/** Logger: keeps the lines for getLog() and records them in GasFakes.logs. */
export class FakeLogger {
  private lines: string[] = [];

  constructor(readonly env: FakeEnvironment) {}

  log(data: unknown, ...values: unknown[]): this {
    const message = format(data, ...values);
    this.lines.push(message);
    this.env.log({ source: 'Logger', level: 'log', message });
    return this;
  }

  getLog(): string {
    return this.lines.map((line) => `${line}\n`).join('');
  }

  clear(): void {
    this.lines = [];
  }
}

type ConsoleLevel = 'log' | 'info' | 'warn' | 'error' | 'debug';

/** Creates a console for the vm context that records into GasFakes.logs; its calls are not counted. */
export function createFakeConsole(env: FakeEnvironment): Record<ConsoleLevel, (...args: unknown[]) => void> {
  const write = (level: ConsoleLevel) => (...args: unknown[]) => env.log({ source: 'console', level, message: format(...args) });
  return { log: write('log'), info: write('info'), warn: write('warn'), error: write('error'), debug: write('debug') };
}

countCalls(FakeLogger, 'Logger');
