import type { RegisterSheetLayout } from '../workbook/port';

/** Narrows a register layout to the columns whose `keep` flag is set, renumbering its dropdowns to match. */
export function selectLayoutColumns(layout: RegisterSheetLayout, keep: readonly boolean[]): RegisterSheetLayout {
  const newIndex = new Map<number, number>();
  keep.forEach((isKept, index) => {
    if (isKept) {
      newIndex.set(index, newIndex.size);
    }
  });
  const kept = <T>(values: readonly T[]): T[] => values.filter((_, index) => keep[index]);

  return {
    registerId: layout.registerId,
    name: layout.name,
    headers: kept(layout.headers),
    notes: kept(layout.notes),
    formats: kept(layout.formats),
    validations: layout.validations
      .filter((validation) => keep[validation.column])
      .map((validation) => ({ column: newIndex.get(validation.column) as number, values: validation.values })),
  };
}
