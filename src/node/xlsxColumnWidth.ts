/** Excel counts column width in characters of the default font; Calibri 11 is about 7 pixels wide. */
export const PIXELS_PER_CHARACTER = 7;

/** Counts East Asian wide characters (Hangul, CJK) as two columns, as spreadsheet fonts draw them. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) {
    width += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/.test(character) ? 2 : 1;
  }
  return width;
}
