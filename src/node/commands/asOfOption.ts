import { isIsoDate, type IsoDate } from '../../core/calendar/calendarDate';
import { calendarDateIn } from '../../core/calendar/today';
import { LATEST_DATE } from '../../core/values/dateValue';
import type { CommandContext, OptionSpec } from './command';
import { UsageError } from './command';

export const AS_OF_OPTION: OptionSpec = { type: 'string', valueName: 'YYYY-MM-DD', helpKey: 'cli.option.asOf' };

/** Returns --as-of when given (it must be a real calendar date), else today in the workbook's time zone. */
export function asOfDate(context: CommandContext, timeZone: string): IsoDate {
  const value = context.options['as-of'];
  if (value === undefined) {
    return calendarDateIn(context.io.now(), timeZone);
  }
  if (typeof value !== 'string' || !isIsoDate(value) || value > LATEST_DATE) {
    throw new UsageError('cli.error.invalidAsOf', { value: String(value) });
  }
  return value;
}
