import { REGISTERS } from '../registers/definitions';
import { normalizeHeader } from '../registers/headerMatching';
import type { RegisterDef, RegisterId } from '../registers/schema';

/** Registers an import may add rows to: every register except Settings, whose rows are edited in place. */
export const IMPORT_REGISTERS: readonly RegisterDef[] = REGISTERS.filter((register) => register.id !== 'settings');

export const IMPORT_REGISTER_IDS: readonly RegisterId[] = IMPORT_REGISTERS.map((register) => register.id);

/**
 * Finds a register by its id (licenses) or its tab name in English or Korean (Licenses, 라이선스),
 * ignoring case and extra spaces. Returns null when no register of the list has that name.
 */
export function registerNamed(name: string, registers: readonly RegisterDef[] = REGISTERS): RegisterDef | null {
  const wanted = normalizeHeader(name);
  if (wanted === '') {
    return null;
  }
  return registers.find((register) => [register.id, register.tab.en, register.tab.ko].some((candidate) => normalizeHeader(candidate) === wanted)) ?? null;
}
