import { isIsoDate } from '../../../src/core/calendar/calendarDate';
import { REGISTERS } from '../../../src/core/registers/definitions';
import type { Lang, RegisterId } from '../../../src/core/registers/schema';
import type { DemoRegisters } from '../../../src/core/demo/demoWorkbook';
import type { OutputValue } from '../../../src/core/workbook/port';

/**
 * An independent reader of generated registers for the tests: it reports every cell that a careful
 * validator would reject, as "register:row:field" with the 1-based sheet row.
 */

const EMAIL = /^[a-z0-9.+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/;

export function isDateCell(value: OutputValue): value is { date: string } {
  return typeof value === 'object' && value !== null && 'date' in value;
}

/** Returns the values of one field, in row order. */
export function column(registers: DemoRegisters, register: RegisterId, field: string): OutputValue[] {
  const index = REGISTERS.find((candidate) => candidate.id === register)!.fields.findIndex((candidate) => candidate.key === field);
  if (index < 0) {
    throw new Error(`No field ${register}.${field}`);
  }
  return registers[register].rows.map((row) => row[index]);
}

export function splitList(value: OutputValue): string[] {
  return typeof value === 'string' && value !== '' ? value.split(',').map((part) => part.trim()) : [];
}

export function findViolations(registers: DemoRegisters, lang: Lang): Set<string> {
  const violations = new Set<string>();
  const flag = (register: RegisterId, index: number, field: string): void => {
    violations.add(`${register}:${index + 2}:${field}`);
  };

  for (const register of REGISTERS) {
    const sheet = registers[register.id];
    register.fields.forEach((field, columnIndex) => {
      const seen = new Set<string>();
      sheet.rows.forEach((row, index) => {
        const value = row[columnIndex];
        const blank = value === '' || value === null;
        if (blank) {
          if (field.required) {
            flag(register.id, index, field.key);
          }
          return;
        }
        let valid: boolean;
        switch (field.type) {
          case 'date':
            valid = isDateCell(value) && isIsoDate(value.date);
            break;
          case 'money':
          case 'number':
            valid = typeof value === 'number' && Number.isFinite(value) && (field.min === undefined || value >= field.min);
            break;
          case 'integer':
            valid = typeof value === 'number' && Number.isInteger(value) && (field.min === undefined || value >= field.min);
            break;
          case 'enum':
            valid = typeof value === 'string' && field.enumValues!.some((choice) => choice.label[lang] === value);
            break;
          case 'emails':
            valid = typeof value === 'string' && splitList(value).every((email) => EMAIL.test(email));
            break;
          default:
            valid = typeof value === 'string';
        }
        if (!valid) {
          flag(register.id, index, field.key);
        }
        if (field.unique) {
          const key = String(value);
          if (seen.has(key)) {
            flag(register.id, index, field.key);
          }
          seen.add(key);
        }
      });
    });
  }

  checkReferences(registers, flag);
  checkDependencyCycles(registers, flag);
  checkDoubleCountedAcquisitions(registers, flag);
  return violations;
}

type Flag = (register: RegisterId, index: number, field: string) => void;

function checkReferences(registers: DemoRegisters, flag: Flag): void {
  const set = (register: RegisterId, field: string): Set<string> => new Set(column(registers, register, field).map(String));
  const settingValue = (key: string): string[] => {
    const index = column(registers, 'settings', 'key').indexOf(key);
    return splitList(column(registers, 'settings', 'value')[index]);
  };
  const tags = set('assets', 'assetTag');
  const vendors = set('vendors', 'vendor');
  const licenses = set('licenses', 'licenseId');
  const contracts = set('contracts', 'contractId');
  const categories = set('categories', 'name');
  const ciIds = set('configurationItems', 'ciId');
  const departments = new Set(settingValue('departments'));
  const locations = new Set(settingValue('locations'));

  const expect = (register: RegisterId, field: string, allowed: Set<string>, list = false): void => {
    column(registers, register, field).forEach((value, index) => {
      let values = [String(value)];
      if (list) {
        values = splitList(value);
      } else if (value === '') {
        values = [];
      }
      if (values.some((item) => !allowed.has(item))) {
        flag(register, index, field);
      }
    });
  };

  expect('assets', 'category', categories);
  expect('assets', 'vendor', vendors);
  expect('assets', 'department', departments);
  expect('assets', 'location', locations);
  expect('configurationItems', 'assetTag', tags);
  expect('configurationItems', 'dependsOn', ciIds, true);
  expect('licenses', 'contractId', contracts);
  expect('licenseAssignments', 'licenseId', licenses);
  expect('licenseAssignments', 'assetTag', tags);
  expect('contracts', 'vendor', vendors);
  expect('contracts', 'assetTags', tags, true);
  expect('ledger', 'assetTag', tags);
  expect('ledger', 'licenseId', licenses);
  expect('ledger', 'contractId', contracts);
  expect('ledger', 'department', departments);
  expect('budgets', 'department', departments);

  const users = column(registers, 'licenseAssignments', 'user');
  column(registers, 'licenseAssignments', 'assetTag').forEach((tag, index) => {
    if (tag === '' && users[index] === '') {
      flag('licenseAssignments', index, 'assetTag');
    }
  });
}

/** Flags the first CI, in row order, of every dependency cycle. */
function checkDependencyCycles(registers: DemoRegisters, flag: Flag): void {
  const ids = column(registers, 'configurationItems', 'ciId').map(String);
  const rowOf = new Map(ids.map((id, index) => [id, index]));
  const edges = column(registers, 'configurationItems', 'dependsOn').map(splitList);

  const reaches = (from: number, target: number): boolean => {
    const stack = [from];
    const visited = new Set<number>();
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node === target) {
        return true;
      }
      if (visited.has(node)) {
        continue;
      }
      visited.add(node);
      for (const next of edges[node]) {
        const nextRow = rowOf.get(next);
        if (nextRow !== undefined) {
          stack.push(nextRow);
        }
      }
    }
    return false;
  };

  const inCycle = ids.map((_, index) => edges[index].some((next) => rowOf.has(next) && reaches(rowOf.get(next)!, index)));
  const flagged = new Set<number>();
  inCycle.forEach((cyclic, index) => {
    if (!cyclic) {
      return;
    }
    const members = ids.map((_, other) => other).filter((other) => inCycle[other] && reaches(index, other) && reaches(other, index));
    const first = Math.min(index, ...members);
    if (!flagged.has(first)) {
      flagged.add(first);
      flag('configurationItems', first, 'dependsOn');
    }
  });
}

/** Flags ledger acquisitions of assets that already carry a Purchase Cost. */
function checkDoubleCountedAcquisitions(registers: DemoRegisters, flag: Flag): void {
  const costedTags = new Set<string>();
  const costs = column(registers, 'assets', 'purchaseCost');
  column(registers, 'assets', 'assetTag').forEach((tag, index) => {
    if (costs[index] !== '') {
      costedTags.add(String(tag));
    }
  });
  const acquisitionLabels = new Set(['acquisition', '취득']);
  const costTypes = column(registers, 'ledger', 'costType');
  column(registers, 'ledger', 'assetTag').forEach((tag, index) => {
    if (acquisitionLabels.has(String(costTypes[index])) && costedTags.has(String(tag))) {
      flag('ledger', index, 'assetTag');
    }
  });
}
