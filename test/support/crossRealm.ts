/**
 * Values returned from the bundle's vm context are objects of another
 * JavaScript realm; this copies them into ours (arrays, Dates, plain values)
 * so they compare with toEqual.
 */
export function fromScript(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(fromScript);
  if (Object.prototype.toString.call(value) === '[object Date]') return new Date((value as Date).getTime());
  return value;
}
