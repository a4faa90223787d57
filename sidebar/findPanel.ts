import type { ActionOffer, AssetDetails, AssetSummary, RowLink, SidebarBootstrap } from '../src/core/sidebar/sidebarContract';
import { element, replaceChildren, uniqueId } from './dom';
import { renderField, showFieldErrors, type FieldControl, type Labels } from './fieldControl';
import { callFailureText, withProgress } from './progress';
import { showRow } from './rowLink';
import { callServer } from './serverBridge';

/**
 * Builds the Find tab: a search by tag, serial number, name or user, the list of matches and one
 * asset's details with the lifecycle actions the settings allow from its status.
 */
export function buildFindPanel(boot: SidebarBootstrap, panel: HTMLElement): void {
  const { labels } = boot;
  const queryId = uniqueId('find-query');
  const query = element('input', { id: queryId, attributes: { type: 'search', maxlength: '200', autocomplete: 'off' } });
  const search = element('button', { className: 'primary', text: labels['find.submit'], attributes: { type: 'submit' } });
  const form = element('form', { attributes: { role: 'search' } }, [
    element('label', { text: labels['find.label'], attributes: { for: queryId } }),
    element('div', { className: 'inline' }, [query, search]),
  ]);
  const status = element('p', { className: 'status', attributes: { role: 'status' } });
  const results = element('ul', { className: 'results' });
  const details = element('div', { className: 'details', attributes: { hidden: true } });
  replaceChildren(panel, [element('h2', { text: labels['find.heading'] }), form, status, results, details]);

  let openedFrom: HTMLButtonElement | null = null;

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void runSearch();
  });

  async function runSearch(): Promise<void> {
    showResults();
    try {
      const result = await withProgress({ buttons: [search], status, region: panel }, labels['find.searching'], () => callServer('sidebarFindAssets', query.value));
      status.textContent = result.message;
      replaceChildren(results, result.ok ? result.assets.map(resultItem) : []);
    } catch (error) {
      status.textContent = callFailureText(error, labels);
    }
  }

  function resultItem(asset: AssetSummary): HTMLLIElement {
    const secondary = [asset.status, asset.assignedTo, asset.serialNumber].filter((part) => part !== '').join(' · ');
    const button = element('button', { className: 'result', attributes: { type: 'button' } }, [
      element('span', { className: 'line-main', text: [asset.assetTag, asset.name].filter((part) => part !== '').join(' · ') }),
      element('span', { className: 'line-detail', text: secondary }),
    ]);
    button.addEventListener('click', () => void openAsset(asset.assetTag, button));
    return element('li', {}, [button]);
  }

  async function openAsset(assetTag: string, button: HTMLButtonElement): Promise<void> {
    try {
      const result = await withProgress({ buttons: [button], status, region: panel }, labels['details.loading'], () => callServer('sidebarAssetDetails', assetTag));
      if (!result.ok) {
        status.textContent = result.message;
        return;
      }
      status.textContent = '';
      openedFrom = button;
      showDetails(result.asset, '');
    } catch (error) {
      status.textContent = callFailureText(error, labels);
    }
  }

  function showResults(): void {
    details.hidden = true;
    results.hidden = false;
  }

  function showDetails(asset: AssetDetails, message: string): void {
    results.hidden = true;
    details.hidden = false;
    const view = renderDetails(asset, labels, {
      back: () => {
        showResults();
        openedFrom?.focus();
      },
      showRow: (link, target, line) => void showRow(link, target, line, labels),
      applied: (updated, text) => showDetails(updated, text),
    });
    replaceChildren(details, [view.root]);
    view.status.textContent = message;
    view.heading.focus();
  }
}

interface DetailsHandlers {
  readonly back: () => void;
  readonly showRow: (link: RowLink, button: HTMLButtonElement, status: HTMLElement) => void;
  readonly applied: (asset: AssetDetails, message: string) => void;
}

function renderDetails(asset: AssetDetails, labels: Labels, handlers: DetailsHandlers): { root: HTMLElement; heading: HTMLElement; status: HTMLElement } {
  const back = element('button', { className: 'link', text: `← ${labels['details.back']}`, attributes: { type: 'button' } });
  back.addEventListener('click', handlers.back);
  const headingId = uniqueId('asset-heading');
  const heading = element('h3', { id: headingId, text: [asset.assetTag, asset.name].filter((part) => part !== '').join(' '), attributes: { tabindex: '-1' } });
  const goToRow = element('button', { className: 'link', text: `${labels['details.goToRow']} (${asset.link.text})`, attributes: { type: 'button' } });
  const status = element('p', { className: 'status', attributes: { role: 'status' } });
  goToRow.addEventListener('click', () => handlers.showRow(asset.link, goToRow, status));

  const fields = element('dl', { className: 'fields' });
  for (const line of asset.fields) {
    fields.appendChild(element('dt', { text: line.primary }));
    fields.appendChild(element('dd', { text: line.secondary }));
  }

  const sections = asset.sections.map((section) =>
    element('section', { className: `detail-section section-${section.id}` }, [
      element('h4', { text: section.title }),
      section.lines.length === 0
        ? element('p', { className: 'empty', text: section.emptyText })
        : element(
            'ul',
            { className: 'lines' },
            section.lines.map((line) => element('li', {}, [element('span', { className: 'line-main', text: line.primary }), element('span', { className: 'line-detail', text: line.secondary })])),
          ),
    ]),
  );

  const actionArea = element('div', { className: 'action-form' });
  const actionButtons = asset.actions.map((offer) => {
    const button = element('button', { text: offer.label, attributes: { type: 'button', 'data-action': offer.action } });
    button.addEventListener('click', () => openAction(offer, button));
    return button;
  });
  const actions = element('section', { className: 'detail-section actions' }, [
    element('h4', { text: labels['details.actions'] }),
    element('p', { className: 'badge', text: asset.statusLabel }),
    actionButtons.length === 0 ? element('p', { className: 'empty', text: asset.noActionText }) : element('div', { className: 'action-buttons' }, actionButtons),
    actionArea,
  ]);

  const root = element('article', { className: 'asset', attributes: { 'aria-labelledby': headingId } }, [
    back,
    heading,
    goToRow,
    status,
    actions,
    element('section', { className: 'detail-section' }, [element('h4', { text: labels['details.fields'] }), fields]),
    ...sections,
  ]);

  function openAction(offer: ActionOffer, opener: HTMLButtonElement): void {
    const controls: FieldControl[] = offer.fields.map((field) => renderField(field, labels));
    const confirm = element('button', { className: 'primary', text: labels['action.confirm'], attributes: { type: 'submit' } });
    const cancel = element('button', { text: labels['action.cancel'], attributes: { type: 'button' } });
    const form = element('form', { attributes: { novalidate: true } }, [
      element('fieldset', {}, [element('legend', { text: offer.label }), ...controls.map((control) => control.root), element('div', { className: 'buttons' }, [confirm, cancel])]),
    ]);
    replaceChildren(actionArea, [form]);
    (controls[0]?.input ?? confirm).focus();

    cancel.addEventListener('click', () => {
      replaceChildren(actionArea, []);
      opener.focus();
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void submitAction(offer, controls, [confirm, cancel, ...actionButtons]);
    });
  }

  async function submitAction(offer: ActionOffer, controls: readonly FieldControl[], buttons: HTMLButtonElement[]): Promise<void> {
    const problems = controls.flatMap((control) => (control.localProblem() === '' ? [] : [{ field: control.field.key, message: control.localProblem() }]));
    if (problems.length > 0) {
      showFieldErrors(controls, problems);
      status.textContent = problems[0].message;
      controls.find((control) => control.field.key === problems[0].field)?.input.focus();
      return;
    }
    const input: Record<string, string> = {};
    for (const control of controls) {
      if (control.value().trim() !== '') {
        input[control.field.key] = control.value();
      }
    }

    try {
      const result = await withProgress({ buttons, status, region: actionArea }, labels['action.working'], () => callServer('sidebarApplyAction', asset.assetTag, offer.action, input));
      if (!result.ok) {
        const unplaced = showFieldErrors(controls, result.fieldErrors);
        status.textContent = [result.message, ...unplaced.filter((message) => message !== result.message)].join(' ');
        controls.find((control) => control.input.getAttribute('aria-invalid') === 'true')?.input.focus();
        return;
      }
      handlers.applied(result.asset, result.message);
    } catch (error) {
      status.textContent = callFailureText(error, labels);
    }
  }

  return { root, heading, status };
}
