import type { MessageParams } from '../core/findings/finding';
import { translate } from '../core/i18n';
import type { Lang } from '../core/registers/schema';

/**
 * A workbook file that cannot be opened or saved (missing, not an .xlsx, permission denied, locked).
 * It carries a catalog key so the CLI can print it in the user's language; `message` is the English text.
 */
export class WorkbookFileError extends Error {
  constructor(
    readonly code: string,
    readonly params: MessageParams,
    options?: { cause?: unknown },
  ) {
    super(translate('en', code, params));
    this.name = 'WorkbookFileError';
    if (options?.cause !== undefined) {
      (this as { cause?: unknown }).cause = options.cause;
    }
  }

  localizedMessage(lang: Lang): string {
    return translate(lang, this.code, this.params);
  }
}

/** Returns the `code` of a Node system error (ENOENT, EACCES, …), or null for any other value. */
export function systemErrorCode(error: unknown): string | null {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof (error as { code: unknown }).code === 'string') {
    return (error as { code: string }).code;
  }
  return null;
}
