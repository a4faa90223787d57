import * as crypto from 'crypto';
import { countCalls } from './callCounter';
import { isDateObject } from './cellValues';
import type { FakeEnvironment } from './fakeEnvironment';
import { wallClockAt, type WallClock } from './zonedTime';

export const DigestAlgorithm = { MD5: 'MD5', SHA_1: 'SHA_1', SHA_256: 'SHA_256', SHA_512: 'SHA_512' } as const;
export const Charset = { UTF_8: 'UTF_8', US_ASCII: 'US_ASCII' } as const;

const NODE_DIGEST: Record<string, string> = { MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256', SHA_512: 'sha512' };
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** Utilities.sleep accepts at most five minutes. */
const MAX_SLEEP_MILLISECONDS = 300000;

function pad(value: number, width: number): string {
  return String(Math.abs(value)).padStart(width, '0');
}

function offsetText(minutes: number, withColon: boolean, hoursOnly = false): string {
  const sign = minutes < 0 ? '-' : '+';
  const hours = pad(Math.floor(Math.abs(minutes) / 60), 2);
  const rest = pad(Math.abs(minutes) % 60, 2);
  if (hoursOnly) {
    return `${sign}${hours}`;
  }
  return withColon ? `${sign}${hours}:${rest}` : `${sign}${hours}${rest}`;
}

/** Formats one run of a pattern letter as java.text.SimpleDateFormat does. */
function formatField(letter: string, count: number, clock: WallClock): string {
  switch (letter) {
    case 'y':
      return count === 2 ? pad(clock.year % 100, 2) : pad(clock.year, Math.max(count, 1));
    case 'M':
      if (count >= 4) return MONTHS[clock.month - 1];
      if (count === 3) return MONTHS[clock.month - 1].slice(0, 3);
      return pad(clock.month, count);
    case 'd':
      return pad(clock.day, count);
    case 'H':
      return pad(clock.hour, count);
    case 'h':
      return pad(clock.hour % 12 === 0 ? 12 : clock.hour % 12, count);
    case 'm':
      return pad(clock.minute, count);
    case 's':
      return pad(clock.second, count);
    case 'S':
      return pad(clock.millisecond, count);
    case 'a':
      return clock.hour < 12 ? 'AM' : 'PM';
    case 'E':
      return count >= 4 ? DAYS[clock.weekday - 1] : DAYS[clock.weekday - 1].slice(0, 3);
    case 'u':
      return String(clock.weekday);
    case 'Z':
      return offsetText(clock.offsetMinutes, false);
    case 'X':
      if (clock.offsetMinutes === 0) return 'Z';
      return offsetText(clock.offsetMinutes, count >= 3, count === 1);
    default:
      throw new Error(`The fake Utilities.formatDate does not support the pattern letter '${letter}'.`);
  }
}

/** Applies a SimpleDateFormat pattern: letter runs are fields, 'quoted' text is literal, '' is a quote. */
export function formatWallClock(clock: WallClock, pattern: string): string {
  let output = '';
  let index = 0;
  while (index < pattern.length) {
    const char = pattern[index];
    if (char === "'") {
      if (pattern[index + 1] === "'") {
        output += "'";
        index += 2;
        continue;
      }
      const end = pattern.indexOf("'", index + 1);
      if (end < 0) {
        throw new Error(`Unterminated quote in date pattern "${pattern}".`);
      }
      output += pattern.slice(index + 1, end).replace(/''/g, "'");
      index = end + 1;
      continue;
    }
    if (/[A-Za-z]/.test(char)) {
      let end = index;
      while (pattern[end] === char) {
        end += 1;
      }
      output += formatField(char, end - index, clock);
      index = end;
      continue;
    }
    output += char;
    index += 1;
  }
  return output;
}

export class FakeBlob {
  constructor(
    readonly env: FakeEnvironment,
    private bytes: Buffer,
    private contentType: string | null,
    private name: string | null,
  ) {}

  getBytes(): number[] {
    return [...this.bytes].map((byte) => (byte > 127 ? byte - 256 : byte));
  }

  getDataAsString(): string {
    return this.bytes.toString('utf8');
  }

  getContentType(): string | null {
    return this.contentType;
  }

  setContentType(contentType: string): this {
    this.contentType = contentType;
    return this;
  }

  getName(): string | null {
    return this.name;
  }

  setName(name: string): this {
    this.name = name;
    return this;
  }

  setDataFromString(text: string): this {
    this.bytes = Buffer.from(text, 'utf8');
    return this;
  }
}

function bufferOf(value: string | readonly number[]): Buffer {
  return typeof value === 'string' ? Buffer.from(value, 'utf8') : Buffer.from(value.map((byte) => (byte + 256) % 256));
}

export class FakeUtilities {
  readonly DigestAlgorithm = DigestAlgorithm;
  readonly Charset = Charset;

  constructor(readonly env: FakeEnvironment) {}

  /**
   * Formats a Date in the given IANA zone with a SimpleDateFormat pattern. Supported: yyyy, yy, MMMM,
   * MMM, MM, M, dd, d, HH, hh, mm, ss, SSS, a, EEEE, EEE, u, Z (+0900), X/XX/XXX (+09, +0900, +09:00,
   * and Z for UTC) and 'quoted' literals such as 'T'. An unknown zone throws here, where Java would
   * fall back to GMT.
   */
  formatDate(date: Date, timeZone: string, format: string): string {
    if (!isDateObject(date) || typeof timeZone !== 'string' || typeof format !== 'string') {
      const types = [date, timeZone, format].map((value) => (isDateObject(value) ? 'Date' : typeof value)).join(',');
      throw new Error(`The parameters (${types}) don't match the method signature for Utilities.formatDate.`);
    }
    if (Number.isNaN(date.getTime())) {
      throw new Error('Utilities.formatDate received an invalid Date.');
    }
    return formatWallClock(wallClockAt(date.getTime(), timeZone), format);
  }

  /** Advances the virtual clock instead of blocking. */
  sleep(milliseconds: number): void {
    if (!Number.isFinite(milliseconds) || milliseconds < 0 || milliseconds > MAX_SLEEP_MILLISECONDS) {
      throw new Error(`Invalid sleep of ${milliseconds} ms: expected 0 to ${MAX_SLEEP_MILLISECONDS}.`);
    }
    this.env.clock.advance(milliseconds);
  }

  newBlob(data: string | number[], contentType?: string, name?: string): FakeBlob {
    return new FakeBlob(this.env, bufferOf(data), contentType ?? null, name ?? null);
  }

  /** Returns signed bytes (-128..127), as Java byte arrays arrive in Apps Script. */
  computeDigest(algorithm: string, value: string | number[]): number[] {
    const nodeName = NODE_DIGEST[algorithm];
    if (!nodeName) {
      throw new Error(`Unknown digest algorithm ${algorithm}: use Utilities.DigestAlgorithm.`);
    }
    const digest = crypto.createHash(nodeName).update(bufferOf(value)).digest();
    return [...digest].map((byte) => (byte > 127 ? byte - 256 : byte));
  }

  base64Encode(data: string | number[]): string {
    return bufferOf(data).toString('base64');
  }

  base64Decode(encoded: string): number[] {
    return [...Buffer.from(encoded, 'base64')].map((byte) => (byte > 127 ? byte - 256 : byte));
  }

  getUuid(): string {
    return crypto.randomUUID();
  }
}

countCalls(FakeBlob, 'Blob');
countCalls(FakeUtilities, 'Utilities');
