/**
 * Loads the xlsx adapter when a command needs it. Loading exceljs took 0.3 s on Node 20, so `--help`
 * and command-line mistakes are handled without it.
 */
export function loadXlsxPort(): Promise<typeof import('../xlsxPort')> {
  return import('../xlsxPort');
}
