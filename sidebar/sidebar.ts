import type { SidebarBootstrap } from '../src/core/sidebar/sidebarContract';
import { buildAddPanel } from './addPanel';
import { element, replaceChildren } from './dom';
import { buildFindPanel } from './findPanel';
import { buildGlancePanel } from './glancePanel';
import { callServer } from './serverBridge';
import { buildTabs } from './tabs';

/** Text shown when even the bootstrap failed, before the panel has the workbook's language. */
const BOOT_FAILED = '자산 패널을 불러오지 못했습니다. 패널을 닫았다가 다시 여세요. / The asset panel could not load. Close it and open it again.';

/** Loads the labels, form and lists from the server, then builds the three tabs. */
async function start(): Promise<void> {
  const app = document.getElementById('app') as HTMLElement;
  const bootStatus = document.getElementById('boot-status') as HTMLElement;

  let boot: SidebarBootstrap;
  try {
    const result = await callServer('sidebarBootstrap');
    if (!result.ok) {
      bootStatus.textContent = result.message;
      app.removeAttribute('aria-busy');
      return;
    }
    boot = result;
  } catch (error) {
    console.error(error);
    bootStatus.textContent = BOOT_FAILED;
    app.removeAttribute('aria-busy');
    return;
  }

  document.documentElement.lang = boot.lang;
  document.title = boot.labels.title;
  replaceChildren(app, [element('h1', { className: 'visually-hidden', text: boot.labels.title })]);
  buildTabs(app, boot.labels.title, [
    { label: boot.labels['tab.add'], build: (panel) => buildAddPanel(boot, panel) },
    { label: boot.labels['tab.find'], build: (panel) => buildFindPanel(boot, panel) },
    { label: boot.labels['tab.glance'], build: (panel) => buildGlancePanel(boot, panel) },
  ]);
  app.removeAttribute('aria-busy');
}

void start();
