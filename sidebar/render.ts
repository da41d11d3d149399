/**
 * A small rendering helper: the sidebar describes what the page should show
 * as a tree of element descriptions (`h('p', {...}, 'text')`), and `patch`
 * brings the live DOM in line with it, touching only what differs. Elements
 * are matched by key (an explicit `key`, else their `id`, else their tag and
 * place among their unkeyed siblings), so a control that stays in the
 * description stays the same node: it keeps the focus, the text being typed
 * into it and its selection. A field that has the focus never gets its value
 * written back while the person edits it.
 *
 * Text only ever becomes text nodes (never markup), so a sheet name or a cell
 * such as `<img onerror=...>` is shown as it is written.
 */

type Handler = (event: Event) => void;
type AttributeValue = string | number | boolean | null | undefined;

export interface ElementSpec {
  readonly tag: string;
  readonly key: string | undefined;
  readonly attributes: Readonly<Record<string, AttributeValue>>;
  /** Live properties: the value of a field, the checked state of a box. */
  readonly properties: Readonly<{ value?: string; checked?: boolean }>;
  readonly on: Readonly<Record<string, Handler>>;
  readonly children: readonly Spec[];
}

export type Spec = ElementSpec | string;
/** What a child may be in `h`: a description, text, or nothing (left out). */
export type Child = Spec | null | undefined | false | readonly Child[];

export interface Options {
  readonly key?: string;
  readonly value?: string;
  readonly checked?: boolean;
  readonly on?: Readonly<Record<string, Handler>>;
  /** Attributes: true is present and empty, false/null/undefined absent, others as text. */
  readonly [attribute: string]: AttributeValue | Readonly<Record<string, Handler>> | undefined;
}

/** An element description; `children` may nest arrays and leave out nulls. */
export function h(tag: string, options: Options = {}, ...children: Child[]): ElementSpec {
  const attributes: Record<string, AttributeValue> = {};
  const properties: { value?: string; checked?: boolean } = {};
  for (const [name, value] of Object.entries(options)) {
    if (name === 'key' || name === 'on') continue;
    if (name === 'value') properties.value = value as string;
    else if (name === 'checked') properties.checked = value as boolean;
    else attributes[name] = value as AttributeValue;
  }
  return {
    tag,
    key: options.key,
    attributes,
    properties,
    on: options.on ?? {},
    children: flatten(children),
  };
}

function flatten(children: readonly Child[]): Spec[] {
  const out: Spec[] = [];
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) out.push(...flatten(child));
    else out.push(child as Spec);
  }
  return out;
}

// What each managed element was last given: its key, attributes and handlers.
interface Managed {
  readonly key: string;
  attributes: Record<string, AttributeValue>;
  handlers: Readonly<Record<string, Handler>>;
  readonly listening: Set<string>;
}

const managed = new WeakMap<Node, Managed>();

const keyOf = (spec: ElementSpec, index: number): string =>
  spec.key !== undefined
    ? `k:${spec.key}`
    : typeof spec.attributes.id === 'string'
      ? `id:${spec.attributes.id}`
      : `${spec.tag}:${index}`;

/** Makes `parent`'s children match the descriptions, reusing the nodes that match by key. */
export function patch(parent: Element, children: readonly Child[]): void {
  const specs = flatten(children);
  // Keys of unkeyed elements count their place among the unkeyed siblings of the same tag.
  const counts = new Map<string, number>();
  const keys = specs.map((spec) => {
    if (typeof spec === 'string') return '';
    const n = counts.get(spec.tag) ?? 0;
    counts.set(spec.tag, n + 1);
    return keyOf(spec, n);
  });
  const byKey = new Map<string, Element>();
  const texts: Text[] = [];
  for (const node of Array.from(parent.childNodes)) {
    const info = managed.get(node);
    if (info !== undefined && node instanceof Element && !byKey.has(info.key)) byKey.set(info.key, node);
    else if (node.nodeType === Node.TEXT_NODE) texts.push(node as Text);
  }
  const wanted: Node[] = specs.map((spec, i) => {
    if (typeof spec === 'string') {
      const text = texts.shift() ?? document.createTextNode(spec);
      if (text.nodeValue !== spec) text.nodeValue = spec;
      return text;
    }
    const existing = byKey.get(keys[i]);
    byKey.delete(keys[i]);
    const node =
      existing !== undefined && existing.tagName.toLowerCase() === spec.tag ? existing : create(spec, keys[i]);
    update(node, spec);
    return node;
  });
  const keep = new Set(wanted);
  for (const node of Array.from(parent.childNodes)) if (!keep.has(node)) parent.removeChild(node);
  // Put each node in its place, moving only what is out of place (moving a node would take its focus away).
  wanted.forEach((node, i) => {
    const at = parent.childNodes[i];
    if (at !== node) parent.insertBefore(node, at ?? null);
  });
}

function create(spec: ElementSpec, key: string): Element {
  const node = document.createElement(spec.tag);
  managed.set(node, { key, attributes: {}, handlers: {}, listening: new Set() });
  return node;
}

function update(node: Element, spec: ElementSpec): void {
  const info = managed.get(node) as Managed;
  for (const name of Object.keys(info.attributes))
    if (!(name in spec.attributes) || absent(spec.attributes[name])) node.removeAttribute(name);
  for (const [name, value] of Object.entries(spec.attributes)) {
    if (absent(value)) continue;
    const text = value === true ? '' : String(value);
    if (node.getAttribute(name) !== text) node.setAttribute(name, text);
  }
  info.attributes = { ...spec.attributes };
  // One listener per event type, added once, calling whatever handler the latest description gave.
  for (const type of Object.keys(spec.on))
    if (!info.listening.has(type)) {
      info.listening.add(type);
      node.addEventListener(type, (event) => info.handlers[type]?.(event));
    }
  info.handlers = { ...spec.on };
  // Children first: a select's value needs its options.
  if (spec.tag !== 'textarea') patch(node, spec.children);
  setProperties(node, spec);
}

const absent = (value: AttributeValue) => value === false || value === null || value === undefined;

function setProperties(node: Element, spec: ElementSpec): void {
  const { value, checked } = spec.properties;
  const field = node as HTMLInputElement;
  const editing = node === document.activeElement;
  if (checked !== undefined && field.checked !== checked) field.checked = checked;
  if (value !== undefined && field.value !== value && !editing) field.value = value;
  if (spec.tag === 'textarea' && value === undefined) {
    const text = spec.children.filter((c): c is string => typeof c === 'string').join('');
    if (field.value !== text && !editing) field.value = text;
  }
}
