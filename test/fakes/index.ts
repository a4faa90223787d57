/** In-memory fakes of the Apps Script services the product uses; see gasFakes.ts for the entry points. */
export { asGasSpreadsheet, createGasFakes, GAS_GLOBAL_NAMES, GasFakes, installGasFakes, uninstallGasFakes } from './gasFakes';
export type { InstallOptions } from './gasFakes';
export type {
  ClockSchedule,
  GasFakesOptions,
  LockScope,
  LogEntry,
  MenuEntry,
  MenuRecord,
  SentMail,
  SheetSeed,
  SpreadsheetSeed,
  TriggerState,
  UiRecord,
} from './fakeEnvironment';
export { CallCounter } from './callCounter';
export { FaultHooks } from './faultHooks';
export { FakeSpreadsheet } from './spreadsheet';
export { FakeSheet } from './sheet';
export { FakeRange, DEFAULT_NUMBER_FORMAT } from './range';
export { Charts } from './charts';
export { formatWallClock } from './utilities';
