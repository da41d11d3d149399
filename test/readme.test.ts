/** The README's function reference is generated from the catalog and must not go stale. */

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BENCHMARKS } from '../src/benchmarks/benchmarkTable';
import { CATALOG } from '../src/catalog';
import { withBenchmarkList } from '../scripts/lib/benchmarkList';
import { withFunctionReference } from '../scripts/lib/functionReference';
import { ROOT } from '../scripts/lib/paths';

describe('README.md', () => {
  const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');

  it('has the current function reference (run `npm run docs` to update it)', () => {
    expect(readme).toBe(withFunctionReference(readme, CATALOG));
  });

  it('has the current list of benchmarks (run `npm run docs` to update it)', () => {
    expect(readme).toBe(withBenchmarkList(readme, BENCHMARKS));
  });

  it('names every function of the catalog', () => {
    for (const spec of CATALOG) expect(readme).toContain(`### ${spec.name}`);
  });

  it('carries the trademark note', () => {
    expect(readme).toContain('Net Promoter, NPS and Net Promoter Score are registered trademarks');
  });
});
