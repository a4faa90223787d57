import type { AtAGlance, RowLink, SidebarBootstrap } from '../src/core/sidebar/sidebarContract';
import { element, replaceChildren } from './dom';
import type { Labels } from './fieldControl';
import { callFailureText, withProgress } from './progress';
import { showRow } from './rowLink';
import { callServer } from './serverBridge';

/** Builds the At a glance tab: renewals due in 30 days and the open high risks, each with a button that selects its row. */
export function buildGlancePanel(boot: SidebarBootstrap, panel: HTMLElement): void {
  const { labels } = boot;
  const refresh = element('button', { text: labels['glance.refresh'], attributes: { type: 'button' } });
  const status = element('p', { className: 'status', attributes: { role: 'status' } });
  const content = element('div', { className: 'glance' });
  replaceChildren(panel, [element('h2', { text: labels['tab.glance'] }), content, element('div', { className: 'buttons' }, [refresh]), status]);
  renderGlance(boot.glance, content, status, labels);

  refresh.addEventListener('click', async () => {
    try {
      const result = await withProgress({ buttons: [refresh], status, region: panel }, labels['glance.refreshing'], () => callServer('sidebarBootstrap'));
      if (!result.ok) {
        status.textContent = result.message;
        return;
      }
      renderGlance(result.glance, content, status, labels);
      status.textContent = '';
    } catch (error) {
      status.textContent = callFailureText(error, labels);
    }
  });
}

function renderGlance(glance: AtAGlance, content: HTMLElement, status: HTMLElement, labels: Labels): void {
  const rowButton = (link: RowLink | null): HTMLButtonElement | null => {
    if (link === null) {
      return null;
    }
    const button = element('button', { className: 'link', text: `${labels['glance.goToRow']}: ${link.text}`, attributes: { type: 'button' } });
    button.addEventListener('click', () => void showRow(link, button, status, labels));
    return button;
  };

  const renewals = element('section', { className: 'detail-section' }, [
    element('h3', {}, [labels['glance.renewals'], element('span', { className: 'count', text: ` ${glance.renewalCount}` })]),
    glance.renewals.length === 0
      ? element('p', { className: 'empty', text: labels['glance.noRenewals'] })
      : element(
          'ul',
          { className: 'lines' },
          glance.renewals.map((line) =>
            element('li', {}, [element('span', { className: 'line-main', text: line.title }), element('span', { className: 'line-detail', text: line.detail }), rowButton(line.link)]),
          ),
        ),
    glance.renewalNote === '' ? null : element('p', { className: 'note', text: glance.renewalNote }),
  ]);

  const risks = element('section', { className: 'detail-section' }, [
    element('h3', {}, [labels['glance.risks'], element('span', { className: 'count', text: ` ${glance.highRiskCount}` })]),
    glance.highRisks.length === 0
      ? element('p', { className: 'empty', text: labels['glance.noRisks'] })
      : element(
          'ul',
          { className: 'lines' },
          glance.highRisks.map((line) => element('li', {}, [element('span', { className: 'line-main', text: line.message }), rowButton(line.link)])),
        ),
    glance.highRiskNote === '' ? null : element('p', { className: 'note', text: glance.highRiskNote }),
  ]);
  replaceChildren(content, [renewals, risks]);
}
