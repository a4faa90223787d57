import type { FormField } from '../src/core/sidebar/sidebarContract';
import type { SidebarLabelKey } from '../src/core/sidebar/sidebarLabels';
import { element, uniqueId } from './dom';

export type Labels = Readonly<Record<SidebarLabelKey, string>>;

/** One labelled input with its hint and its error text, linked by aria-describedby. */
export interface FieldControl {
  readonly field: FormField;
  readonly root: HTMLElement;
  readonly input: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  value(): string;
  setValue(value: string): void;
  setHint(text: string): void;
  /** Shows the message next to the field and marks it invalid; '' clears it. */
  setError(message: string): void;
  /** Returns a message when the browser could not read what was typed (an incomplete date), else ''. */
  localProblem(): string;
}

function inputFor(field: FormField, id: string, labels: Labels): HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement {
  if (field.type === 'enum' || field.type === 'choice') {
    const select = element('select', { id });
    select.appendChild(element('option', { text: labels['add.choose'], attributes: { value: '' } }));
    for (const option of field.options) {
      const node = element('option', { text: option.label });
      node.value = option.value;
      select.appendChild(node);
    }
    return select;
  }
  if (field.key === 'notes') {
    return element('textarea', { id, attributes: { rows: '3', maxlength: String(field.maxLength) } });
  }
  const input = element('input', { id, attributes: { maxlength: String(field.maxLength), autocomplete: 'off' } });
  input.type = field.type === 'date' ? 'date' : 'text';
  if (field.type === 'integer' || field.type === 'number') {
    input.inputMode = 'decimal';
  }
  return input;
}

export function renderField(field: FormField, labels: Labels): FieldControl {
  const id = uniqueId(`field-${field.key}`);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const input = inputFor(field, id, labels);
  input.name = field.key;
  input.setAttribute('aria-describedby', `${hintId} ${errorId}`);
  if (field.required) {
    input.setAttribute('aria-required', 'true');
  }

  const label = element('label', { attributes: { for: id } }, [field.label, field.required ? element('span', { className: 'required', text: ` (${labels['add.required']})` }) : null]);
  const hint = element('p', { id: hintId, className: 'hint', text: field.hint });
  const error = element('p', { id: errorId, className: 'field-error' });
  const children: Node[] = [label, input, hint, error];

  if (field.suggestions.length > 0 && input instanceof HTMLInputElement) {
    const listId = `${id}-suggestions`;
    const list = element('datalist', { id: listId });
    for (const suggestion of field.suggestions) {
      const option = document.createElement('option');
      option.value = suggestion;
      list.appendChild(option);
    }
    input.setAttribute('list', listId);
    children.push(list);
  }

  const root = element('div', { className: 'field' }, children);
  return {
    field,
    root,
    input,
    value: () => input.value,
    setValue: (value) => {
      input.value = value;
    },
    setHint: (text) => {
      hint.textContent = text;
    },
    setError: (message) => {
      error.textContent = message;
      if (message === '') {
        input.removeAttribute('aria-invalid');
      } else {
        input.setAttribute('aria-invalid', 'true');
      }
    },
    localProblem: () => (input instanceof HTMLInputElement && input.type === 'date' && input.validity.badInput ? labels['add.invalidDate'] : ''),
  };
}

/**
 * Shows each server message next to its field and returns the messages that name no field of the
 * form, for the status line. Fields without a message are cleared.
 */
export function showFieldErrors(controls: readonly FieldControl[], errors: readonly { field: string; message: string }[]): string[] {
  const unplaced: string[] = [];
  const byField = new Map<string, string[]>();
  for (const error of errors) {
    if (controls.some((control) => control.field.key === error.field)) {
      byField.set(error.field, [...(byField.get(error.field) ?? []), error.message]);
    } else {
      unplaced.push(error.message);
    }
  }
  for (const control of controls) {
    control.setError((byField.get(control.field.key) ?? []).join(' '));
  }
  return unplaced;
}
