/**
 * Apps Script's rules for values crossing google.script.run, in both
 * directions (https://developers.google.com/apps-script/guides/html/reference/run):
 * primitives, null, and objects and arrays made of them pass, as copies;
 * undefined entries of arrays become null; a Date, a function, a DOM node or
 * any other kind of object anywhere inside makes the call fail, as does a
 * circular reference.
 *
 * Pure code with no Node or DOM dependency: the page's google.script shim
 * and the playground server both apply it.
 */

export type Transferable = null | boolean | number | string | Transferable[] | { [key: string]: Transferable };

export type Transfer =
  { readonly ok: true; readonly value: Transferable | undefined } | { readonly ok: false; readonly message: string };

/**
 * Checks and copies a value. `path` names where a bad value sits, for the
 * message (Apps Script's wording, "Failed due to illegal value in property",
 * is the one seen in practice; the exact property naming is not documented).
 */
export function toTransferable(value: unknown, path = ''): Transfer {
  try {
    return { ok: true, value: copy(value, path, new Set()) };
  } catch (error) {
    if (error instanceof IllegalValue)
      return { ok: false, message: `Failed due to illegal value in property: ${error.path}` };
    throw error;
  }
}

class IllegalValue extends Error {
  constructor(readonly path: string) {
    super(`illegal value at ${path}`);
  }
}

function copy(value: unknown, path: string, seen: Set<object>): Transferable | undefined {
  if (value === undefined) return undefined;
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'object') throw new IllegalValue(path || '0'); // function, symbol, bigint
  if (seen.has(value)) throw new IllegalValue(path || '0');
  seen.add(value);
  try {
    if (Array.isArray(value)) {
      return value.map((item, i) => copy(item, join(path, String(i)), seen) ?? null);
    }
    if (!isPlainObject(value)) throw new IllegalValue(path || '0'); // Date, DOM node, Map, class instance...
    const out: { [key: string]: Transferable } = {};
    for (const [key, item] of Object.entries(value)) {
      const copied = copy(item, join(path, key), seen);
      if (copied !== undefined) out[key] = copied;
    }
    return out;
  } finally {
    seen.delete(value);
  }
}

/** An object literal, from this realm or another (the script's). */
function isPlainObject(value: object): boolean {
  if (Object.prototype.toString.call(value) !== '[object Object]') return false;
  const prototype = Object.getPrototypeOf(value) as object | null;
  return prototype === null || Object.getPrototypeOf(prototype) === null;
}

const join = (path: string, key: string) => (path === '' ? key : `${path}.${key}`);
