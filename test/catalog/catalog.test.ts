import { CATALOG } from '../../src/catalog';

describe('the catalog', () => {
  it('names functions in UPPER_SNAKE_CASE, once each', () => {
    const names = CATALOG.map((spec) => spec.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
  });

  it.each(CATALOG.map((spec) => [spec.name, spec] as const))('%s has complete, consistent metadata', (_name, spec) => {
    expect(spec.summary.length).toBeGreaterThan(20);
    expect(spec.summary).not.toMatch(/\n/);
    expect(spec.details.length).toBeGreaterThan(40);
    expect(spec.returns.length).toBeGreaterThan(5);
    const parameterNames = spec.parameters.map((p) => p.name);
    expect(new Set(parameterNames).size).toBe(parameterNames.length);
    for (const parameter of spec.parameters) {
      expect(parameter.name).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
      expect(parameter.description.length).toBeGreaterThan(10);
    }
    // Optional parameters come last, as Sheets passes arguments by position.
    const firstOptional = spec.parameters.findIndex((p) => p.optional);
    if (firstOptional >= 0) expect(spec.parameters.slice(firstOptional).every((p) => p.optional)).toBe(true);
    expect(spec.example.startsWith(`=${spec.name}(`)).toBe(true);
  });
});
