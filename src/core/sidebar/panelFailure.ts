import type { FieldError } from '../assets/assetInput';
import { translate } from '../i18n';
import type { Lang } from '../registers/schema';
import { SidebarRequestError } from './bridgeArguments';
import type { FieldMessage, SidebarFailure } from './sidebarContract';

export function failure(message: string, fieldErrors: readonly FieldMessage[] = []): SidebarFailure {
  return { ok: false, message, fieldErrors };
}

export function fieldMessages(lang: Lang, errors: readonly FieldError[]): FieldMessage[] {
  return errors.map((error) => ({ field: error.field, message: translate(lang, error.code, error.params) }));
}

/**
 * Renders rejected input: a single error is the message itself, otherwise the message counts the
 * fields to fix. Each field gets its own text as well.
 */
export function invalidInput(lang: Lang, errors: readonly FieldError[]): SidebarFailure {
  const messages = fieldMessages(lang, errors);
  if (messages.length === 1) {
    return failure(messages[0].message, messages);
  }
  return failure(translate(lang, 'sidebar.add.invalid', { count: messages.length }), messages);
}

export function requestFailure(lang: Lang, error: SidebarRequestError): SidebarFailure {
  const params = error.argument === null ? error.params : { ...error.params, argument: translate(lang, `sidebar.argumentName.${error.argument}`) };
  return failure(translate(lang, error.code, params));
}

/** Maximum length of an error's text in the panel; the full error goes to the host's log. */
const MAX_REASON_LENGTH = 300;

/** Returns an unexpected error's message as one sentence for the panel, without its stack trace. */
export function reasonOf(error: unknown): string {
  const text = (error instanceof Error ? error.message : String(error)).split('\n')[0].trim().slice(0, MAX_REASON_LENGTH);
  if (text === '') {
    return '-.';
  }
  return /[.!?。]$/.test(text) ? text : `${text}.`;
}
