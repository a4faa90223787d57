import type { WorkbookPort } from '../workbook/port';

/**
 * Host services of the asset panel's server functions, given by Apps Script (src/gas/sidebarServer.ts)
 * or by the local preview over an .xlsx file (src/node/preview). The core never reads the clock or
 * takes a lock itself.
 */
export interface SidebarEnvironment {
  readonly port: WorkbookPort;
  /**
   * Runs an action while no other writer can change the workbook and returns its result, or null when
   * the lock could not be taken in time. Every read that a write depends on happens inside it.
   */
  readonly runLocked: <T>(action: () => T) => T | null;
  /** The current instant; the as-of date is its calendar date in the workbook's time zone. */
  readonly now: () => Date;
  /** Email of the person using the panel for Change History, or '' when the host withholds it. */
  readonly userEmail: () => string;
  /**
   * Selects a sheet row in the spreadsheet the person is looking at and returns true. Hosts with no
   * spreadsheet on screen (the local preview) return false.
   */
  readonly showRow: (sheetName: string, row: number) => boolean;
  /** Logs an unexpected error with its stack for the maintainer; the panel gets only a plain message. */
  readonly reportError: (error: unknown) => void;
}
