import * as fs from 'fs';
import * as path from 'path';
import { countCalls } from './callCounter';
import type { FakeEnvironment } from './fakeEnvironment';

export const SandboxMode = { EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' } as const;
export const XFrameOptionsMode = { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' } as const;

export interface HtmlOutputState {
  title: string;
  content: string;
  width: number | null;
  height: number | null;
  metaTags: { name: string; content: string }[];
}

export class FakeHtmlOutput {
  constructor(
    readonly env: FakeEnvironment,
    readonly state: HtmlOutputState,
  ) {}

  setTitle(title: string): this {
    this.state.title = title;
    return this;
  }

  getTitle(): string {
    return this.state.title;
  }

  setWidth(width: number): this {
    this.state.width = width;
    return this;
  }

  getWidth(): number | null {
    return this.state.width;
  }

  setHeight(height: number): this {
    this.state.height = height;
    return this;
  }

  getHeight(): number | null {
    return this.state.height;
  }

  getContent(): string {
    return this.state.content;
  }

  setContent(content: string): this {
    this.state.content = content;
    return this;
  }

  append(addedContent: string): this {
    this.state.content += addedContent;
    return this;
  }

  appendUntrusted(addedContent: string): this {
    this.state.content += escapeHtml(addedContent);
    return this;
  }

  addMetaTag(name: string, content: string): this {
    this.state.metaTags.push({ name, content });
    return this;
  }

  setSandboxMode(_mode: string): this {
    return this;
  }

  setXFrameOptionsMode(_mode: string): this {
    return this;
  }

  setFaviconUrl(_iconUrl: string): this {
    return this;
  }
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function newOutput(env: FakeEnvironment, content: string): FakeHtmlOutput {
  return new FakeHtmlOutput(env, { title: '', content, width: null, height: null, metaTags: [] });
}

/** Compiles <?= ?> (escaped), <?!= ?> (raw) and <? ?> (code) scriptlets into a function of a scope object. */
function compileTemplate(source: string): (scope: object) => string {
  let code = 'var __out = [];\n';
  let last = 0;
  const scriptlet = /<\?(!=|=)?([\s\S]*?)\?>/g;
  for (let match = scriptlet.exec(source); match !== null; match = scriptlet.exec(source)) {
    code += `__out.push(${JSON.stringify(source.slice(last, match.index))});\n`;
    if (match[1] === '=') {
      code += `__out.push(__escape(${match[2]}));\n`;
    } else if (match[1] === '!=') {
      code += `__out.push(String(${match[2]}));\n`;
    } else {
      code += `${match[2]}\n`;
    }
    last = scriptlet.lastIndex;
  }
  code += `__out.push(${JSON.stringify(source.slice(last))});\nreturn __out.join('');`;
  // Templates evaluate in sloppy mode because `with` exposes the template's variables by name.
  const body = new Function('__scope', '__escape', `with (__scope) {\n${code}\n}`) as (scope: object, escape: (value: unknown) => string) => string;
  return (scope) => body(scope, (value) => escapeHtml(String(value)));
}

export class FakeHtmlTemplate {
  constructor(env: FakeEnvironment, source: string) {
    // Non-enumerable, so that evaluate() finds only the variables that a test or script assigns.
    Object.defineProperty(this, 'env', { value: env, enumerable: false });
    Object.defineProperty(this, 'source', { value: source, enumerable: false });
  }

  declare readonly env: FakeEnvironment;
  declare readonly source: string;

  evaluate(): FakeHtmlOutput {
    const scope = Object.assign(Object.create(this.env.templateScope) as object, { ...this });
    return newOutput(this.env, compileTemplate(this.source)(scope));
  }

  getCode(): string {
    return this.source;
  }
}

/** Reads `<name>.html` from GasFakesOptions.htmlDirectory, where the build writes the sidebar pages. */
export class FakeHtmlService {
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;

  constructor(readonly env: FakeEnvironment) {}

  createHtmlOutput(html = ''): FakeHtmlOutput {
    return newOutput(this.env, html);
  }

  createHtmlOutputFromFile(filename: string): FakeHtmlOutput {
    return newOutput(this.env, readHtmlFile(this.env, filename));
  }

  createTemplate(html: string): FakeHtmlTemplate {
    return new FakeHtmlTemplate(this.env, html);
  }

  createTemplateFromFile(filename: string): FakeHtmlTemplate {
    return new FakeHtmlTemplate(this.env, readHtmlFile(this.env, filename));
  }
}

function readHtmlFile(env: FakeEnvironment, filename: string): string {
  const name = filename.endsWith('.html') ? filename : `${filename}.html`;
  const file = path.join(env.options.htmlDirectory, name);
  if (!fs.existsSync(file)) {
    throw new Error(`No HTML file named ${filename} was found.`);
  }
  return fs.readFileSync(file, 'utf8');
}

countCalls(FakeHtmlOutput, 'HtmlOutput');
countCalls(FakeHtmlTemplate, 'HtmlTemplate');
countCalls(FakeHtmlService, 'HtmlService');
