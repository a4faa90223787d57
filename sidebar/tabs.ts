import { element, uniqueId } from './dom';

export interface TabSpec {
  readonly label: string;
  readonly build: (panel: HTMLElement) => void;
}

/**
 * Builds the WAI-ARIA tabs pattern: a tablist with one tab per panel, arrow keys and Home/End move
 * between tabs, and only the selected tab is in the Tab order.
 */
export function buildTabs(container: HTMLElement, listLabel: string, specs: readonly TabSpec[]): void {
  const tablist = element('div', { className: 'tablist', attributes: { role: 'tablist', 'aria-label': listLabel } });
  const tabs: HTMLButtonElement[] = [];
  const panels: HTMLElement[] = [];

  specs.forEach((spec, index) => {
    const tabId = uniqueId('tab');
    const panelId = uniqueId('panel');
    const tab = element('button', { id: tabId, text: spec.label, attributes: { type: 'button', role: 'tab', 'aria-controls': panelId } });
    const panel = element('section', { id: panelId, className: 'tabpanel', attributes: { role: 'tabpanel', 'aria-labelledby': tabId, tabindex: '0' } });
    tab.addEventListener('click', () => select(index));
    tab.addEventListener('keydown', (event) => onKey(event, index));
    spec.build(panel);
    tabs.push(tab);
    panels.push(panel);
    tablist.appendChild(tab);
  });
  container.appendChild(tablist);
  for (const panel of panels) {
    container.appendChild(panel);
  }
  select(0, false);

  function select(index: number, focus = true): void {
    tabs.forEach((tab, position) => {
      const selected = position === index;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      panels[position].hidden = !selected;
    });
    if (focus) {
      tabs[index].focus();
    }
  }

  function onKey(event: KeyboardEvent, index: number): void {
    const last = tabs.length - 1;
    const target = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[event.key];
    if (target !== undefined) {
      event.preventDefault();
      select(target);
    }
  }
}
