import type { AddAssetResult, SidebarBootstrap } from '../src/core/sidebar/sidebarContract';
import { element, replaceChildren } from './dom';
import { renderField, showFieldErrors, type FieldControl } from './fieldControl';
import { callFailureText, withProgress } from './progress';
import { callServer } from './serverBridge';

/** Fields "Add another" keeps, because a batch of new assets usually shares them. */
const KEPT_FIELDS: ReadonlySet<string> = new Set(['department', 'location', 'vendor']);

/**
 * Builds the Add tab: the asset form from the server's schema, required fields first and the
 * depreciation details folded away. Each server message appears next to its field; after an asset
 * is added the form locks until "Add another", which keeps department, location and vendor.
 */
export function buildAddPanel(boot: SidebarBootstrap, panel: HTMLElement): void {
  const { labels } = boot;
  const controls: FieldControl[] = boot.form.fields.map((field) => renderField(field, labels));
  const tagControl = controls.find((control) => control.field.key === 'assetTag');
  tagControl?.setHint(`${boot.form.tagHint} ${tagControl.field.hint}`);

  const more = element('details', { className: 'more-fields' }, [element('summary', { text: labels['add.moreFields'] })]);
  for (const control of controls.filter((candidate) => candidate.field.group === 'more')) {
    more.appendChild(control.root);
  }
  const fieldset = element('fieldset', { className: 'plain' }, [
    element('legend', { className: 'visually-hidden', text: labels['add.heading'] }),
    ...controls.filter((control) => control.field.group === 'main').map((control) => control.root),
    more,
  ]);

  const submit = element('button', { className: 'primary', text: labels['add.submit'], attributes: { type: 'submit' } });
  const another = element('button', { text: labels['add.another'], attributes: { type: 'button', hidden: true } });
  const status = element('p', { className: 'status', attributes: { role: 'status' } });
  const form = element('form', { attributes: { novalidate: true } }, [fieldset, element('div', { className: 'buttons' }, [submit, another]), status]);
  replaceChildren(panel, [element('h2', { text: labels['add.heading'] }), form]);

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submitAsset();
  });
  another.addEventListener('click', () => startAnother());

  async function submitAsset(): Promise<void> {
    const problems = controls.flatMap((control) => {
      const message = control.localProblem();
      return message === '' ? [] : [{ field: control.field.key, message }];
    });
    if (problems.length > 0) {
      showFieldErrors(controls, problems);
      status.textContent = problems[0].message;
      focusFirstInvalid();
      return;
    }

    const payload: Record<string, string> = {};
    for (const control of controls) {
      if (control.value().trim() !== '') {
        payload[control.field.key] = control.value();
      }
    }

    let result: AddAssetResult;
    try {
      result = await withProgress({ buttons: [submit], status, region: form }, labels['add.adding'], () => callServer('sidebarAddAsset', payload, {}));
    } catch (error) {
      status.textContent = callFailureText(error, labels);
      return;
    }

    if (!result.ok) {
      const unplaced = showFieldErrors(controls, result.fieldErrors);
      status.textContent = [result.message, ...unplaced.filter((message) => message !== result.message)].join(' ');
      focusFirstInvalid();
      return;
    }
    showFieldErrors(controls, []);
    status.textContent = result.message;
    tagControl?.setHint(`${result.nextTagHint} ${tagControl.field.hint}`);
    fieldset.disabled = true;
    submit.disabled = true;
    another.hidden = false;
    another.focus();
  }

  function startAnother(): void {
    for (const control of controls) {
      if (!KEPT_FIELDS.has(control.field.key)) {
        control.setValue('');
      }
      control.setError('');
    }
    fieldset.disabled = false;
    submit.disabled = false;
    another.hidden = true;
    status.textContent = '';
    (controls.find((control) => control.field.key === 'name') ?? controls[0])?.input.focus();
  }

  function focusFirstInvalid(): void {
    const invalid = controls.find((control) => control.input.getAttribute('aria-invalid') === 'true');
    if (invalid === undefined) {
      return;
    }
    if (invalid.field.group === 'more') {
      more.open = true;
    }
    invalid.input.focus();
  }
}
