import { countCalls } from './callCounter';
import type { FakeEnvironment, MenuRecord } from './fakeEnvironment';
import type { FakeHtmlOutput } from './htmlService';

export const Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' } as const;
export const ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' } as const;

export class FakeMenu {
  constructor(
    readonly env: FakeEnvironment,
    readonly record: MenuRecord,
  ) {}

  addItem(caption: string, functionName: string): this {
    if (typeof functionName !== 'string' || functionName === '') {
      throw new Error(`Menu item "${caption}" needs the name of a top-level function.`);
    }
    this.record.items.push({ kind: 'item', caption, functionName });
    return this;
  }

  addSeparator(): this {
    this.record.items.push({ kind: 'separator' });
    return this;
  }

  addSubMenu(menu: FakeMenu): this {
    this.record.items.push({ kind: 'submenu', menu: menu.record });
    return this;
  }

  addToUi(): void {
    this.env.ui.menus.push(this.record);
  }
}

export class FakePromptResponse {
  constructor(
    readonly env: FakeEnvironment,
    private readonly text: string,
    private readonly button: string,
  ) {}

  getResponseText(): string {
    return this.text;
  }

  getSelectedButton(): string {
    return this.button;
  }
}

function isButtonSet(value: unknown): value is string {
  return typeof value === 'string' && (Object.values(ButtonSet) as string[]).includes(value);
}

/** SpreadsheetApp.getUi(): records menus, alerts, prompts, sidebars and dialogs in the environment. */
export class FakeUi {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(readonly env: FakeEnvironment) {}

  createMenu(caption: string): FakeMenu {
    return new FakeMenu(this.env, { caption, items: [] });
  }

  createAddonMenu(): FakeMenu {
    return new FakeMenu(this.env, { caption: this.env.options.addOnName, items: [] });
  }

  /** alert(prompt), alert(prompt, buttons) or alert(title, prompt, buttons); returns the queued button or OK. */
  alert(first: string, second?: string, third?: string): string {
    let title: string | null = null;
    let prompt = first;
    let buttons: string | null = null;
    if (third !== undefined) {
      title = first;
      prompt = second ?? '';
      buttons = third;
    } else if (second !== undefined && isButtonSet(second)) {
      buttons = second;
    } else if (second !== undefined) {
      title = first;
      prompt = second;
    }
    this.env.ui.alerts.push({ title, prompt: String(prompt), buttons });
    return this.env.ui.alertResponses.shift() ?? Button.OK;
  }

  prompt(first: string, second?: string, third?: string): FakePromptResponse {
    const title = third !== undefined || (second !== undefined && !isButtonSet(second)) ? first : null;
    const prompt = title === null ? first : (second ?? '');
    this.env.ui.prompts.push({ title, prompt });
    const response = this.env.ui.promptResponses.shift() ?? { text: '', button: Button.OK };
    return new FakePromptResponse(this.env, response.text, response.button);
  }

  showSidebar(userInterface: FakeHtmlOutput): void {
    this.env.requireScope('Ui.showSidebar', 'https://www.googleapis.com/auth/script.container.ui');
    this.env.ui.sidebars.push({ title: userInterface.state.title, content: userInterface.state.content });
  }

  showModalDialog(userInterface: FakeHtmlOutput, title: string): void {
    this.env.requireScope('Ui.showModalDialog', 'https://www.googleapis.com/auth/script.container.ui');
    this.env.ui.dialogs.push({ title, content: userInterface.state.content, modal: true });
  }

  showModelessDialog(userInterface: FakeHtmlOutput, title: string): void {
    this.env.requireScope('Ui.showModelessDialog', 'https://www.googleapis.com/auth/script.container.ui');
    this.env.ui.dialogs.push({ title, content: userInterface.state.content, modal: false });
  }
}

countCalls(FakeMenu, 'Menu');
countCalls(FakePromptResponse, 'PromptResponse');
countCalls(FakeUi, 'Ui');
