import type { IsoDate } from '../../core/calendar/calendarDate';
import type { DeliberateError, DemoRegisters } from '../../core/demo/demoWorkbook';
import { formatNumber, translate } from '../../core/i18n';
import type { RecalcOutcome } from '../../core/recalc/recalculate';
import { REGISTERS } from '../../core/registers/definitions';
import type { Lang } from '../../core/registers/schema';

export interface DemoReminderCount {
  readonly digests: number;
  readonly items: number;
  readonly outbox: string;
}

export interface DemoRun {
  readonly lang: Lang;
  readonly file: string;
  readonly registers: DemoRegisters;
  readonly outcome: RecalcOutcome;
  readonly reminders: DemoReminderCount;
}

interface JsonFigures {
  readonly dashboard?: {
    readonly totalTco: number;
    readonly totalBookValue: number;
    readonly overDeployedLicenses: number;
    readonly exposure: readonly { readonly amount: number }[];
    readonly renewalsWithin: readonly { readonly days: number; readonly count: number }[];
    readonly highRisks: number;
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** Prints each run's summary in its own language, so the demo shows both. */
export function printDemoSummary(runs: readonly DemoRun[], deliberate: readonly DeliberateError[], asOf: IsoDate, print: (line: string) => void): void {
  for (const run of runs) {
    const lang = run.lang;
    const figures = run.outcome.json as JsonFigures;
    const money = (amount: number): string => translate(lang, 'demo.money', { amount: formatNumber(lang, Math.round(amount)) });

    print('');
    print(translate(lang, 'demo.title', { file: run.file, asOf }));
    print(
      `  ${REGISTERS.filter((register) => register.id !== 'settings')
        .map((register) => `${register.tab[lang]} ${formatNumber(lang, run.registers[register.id].rows.length)}`)
        .join(', ')}`,
    );

    const findings = run.outcome.findings;
    // A dependency cycle is reported once, on the row of its smallest CI ID, which need not be the planted row.
    const found = deliberate.filter((mistake) =>
      findings.some(
        (finding) =>
          finding.sheet === REGISTERS.find((register) => register.id === mistake.register)?.tab[lang] &&
          (finding.row === mistake.row || (mistake.field === 'dependsOn' && /cycle/i.test(finding.code))),
      ),
    );
    print(
      translate(lang, 'demo.dataQuality', {
        errors: findings.filter((finding) => finding.severity === 'error').length,
        warnings: findings.filter((finding) => finding.severity === 'warning').length,
        found: found.length,
        planted: deliberate.length,
      }),
    );
    for (const mistake of deliberate) {
      const mark = found.includes(mistake) ? '✓' : '✗';
      print(`    ${mark} ${REGISTERS.find((register) => register.id === mistake.register)?.tab[lang]} ${mistake.row}: ${mistake.problem[lang]}`);
    }

    // The Dashboard's figures, so the console agrees with the 현황 / Dashboard sheet to the won.
    const dashboard = figures.dashboard;
    print(
      translate(lang, 'demo.figures', {
        tco: money(dashboard?.totalTco ?? 0),
        bookValue: money(dashboard?.totalBookValue ?? 0),
        overDeployed: dashboard?.overDeployedLicenses ?? 0,
        exposure: money(sum((dashboard?.exposure ?? []).map((part) => part.amount))),
        renewals: dashboard?.renewalsWithin.find((window) => window.days === 30)?.count ?? 0,
        highRisks: dashboard?.highRisks ?? 0,
      }),
    );
    print(translate(lang, 'demo.reminders', { digests: run.reminders.digests, items: run.reminders.items, outbox: run.reminders.outbox }));
    print(translate(lang, 'demo.sheets', { sheets: run.outcome.sheets.map((sheet) => sheet.name).join(', ') }));
  }
}
