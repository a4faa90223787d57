import type { CellValue } from '../workbook/port';
import { formulaErrorOf } from './formulaError';
import { EMPTY_RESULT, failure, success, type ParseResult } from './parseResult';
import { isPlaceholder } from './placeholder';

/**
 * Email recipient lists, split on commas, semicolons and line breaks like id lists. Each item is an
 * address or 'Name <address>'. The check is deliberately plausible rather than RFC 5322 complete: a
 * local part without spaces, '@', and a domain of dot-separated labels ending in a top-level domain of at
 * least two letters (or a punycode 'xn--' name). Quoted local parts and IP-literal domains are rejected.
 */

const LIST_SEPARATORS = /[,;\r\n]+/;
const NAMED_ADDRESS = /^[^<>]*<([^<>]*)>$/;
const ADDRESS = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+(?:\p{L}{2,}|xn--[a-z0-9-]+)$/iu;

/** RFC 5321 limits a path to 256 octets, so an address without its angle brackets has at most 254. */
const MAX_ADDRESS_LENGTH = 254;

/** Reads the addresses of a cell in their written order without repeats (compared ignoring case). */
export function parseEmails(cell: CellValue): ParseResult<readonly string[]> {
  const error = formulaErrorOf(cell);
  if (error !== null) {
    return error;
  }
  if (typeof cell !== 'string') {
    return failure('invalidEmail', { address: displayed(cell) });
  }
  const trimmed = cell.trim();
  if (trimmed.length === 0 || isPlaceholder(trimmed)) {
    return EMPTY_RESULT;
  }

  const addresses: string[] = [];
  const seen = new Set<string>();
  for (const rawItem of trimmed.split(LIST_SEPARATORS)) {
    const item = rawItem.trim();
    if (item.length === 0) {
      continue;
    }
    const address = addressOf(item);
    if (address === null) {
      return failure('invalidEmail', { address: item });
    }
    const key = address.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      addresses.push(address);
    }
  }
  return addresses.length === 0 ? EMPTY_RESULT : success(addresses);
}

/** Returns the address of a list item, taking it from the angle brackets of 'Name <address>'. */
function addressOf(item: string): string | null {
  const named = NAMED_ADDRESS.exec(item);
  const address = named === null ? item : named[1].trim();
  return address.length <= MAX_ADDRESS_LENGTH && ADDRESS.test(address) ? address : null;
}

function displayed(cell: CellValue): string {
  if (typeof cell === 'object' && cell !== null) {
    return String(cell.date);
  }
  return String(cell);
}
