/**
 * Builds the panel's DOM. Text always goes in through textContent and attributes through setAttribute,
 * so a value from the spreadsheet (an asset named <img onerror=…>) is shown as text and never parsed
 * as markup.
 */

export type Child = Node | string | null | undefined | false;

export interface ElementOptions {
  readonly className?: string;
  readonly id?: string;
  readonly text?: string;
  /** Attributes set with setAttribute; a false or null value leaves the attribute out. */
  readonly attributes?: Readonly<Record<string, string | boolean | null | undefined>>;
}

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, options: ElementOptions = {}, children: readonly Child[] = []): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.className !== undefined) {
    node.className = options.className;
  }
  if (options.id !== undefined) {
    node.id = options.id;
  }
  if (options.text !== undefined) {
    node.textContent = options.text;
  }
  for (const [name, value] of Object.entries(options.attributes ?? {})) {
    if (value === true) {
      node.setAttribute(name, '');
    } else if (typeof value === 'string') {
      node.setAttribute(name, value);
    }
  }
  append(node, children);
  return node;
}

export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Removes every child, then appends the new ones. */
export function replaceChildren(parent: Node, children: readonly Child[] = []): void {
  while (parent.firstChild !== null) {
    parent.removeChild(parent.firstChild);
  }
  append(parent, children);
}

/** Returns an id unique within the page, for label, hint and error links. */
let nextId = 0;
export function uniqueId(prefix: string): string {
  nextId += 1;
  return `${prefix}-${nextId}`;
}

/** Returns the page element with this id; a missing one is a defect of the page, so it throws. */
export function requireElement<T extends HTMLElement>(id: string, page: string): T {
  const found = document.getElementById(id);
  if (found === null) {
    throw new Error(`The ${page} page has no element #${id}.`);
  }
  return found as T;
}
