/** `npm run sql` writes one file per query, exactly the generated text, and refuses arguments it cannot use. */

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ROOT } from '../../scripts/lib/paths';
import { CATALOG } from '../../src/catalog';
import { generateQueries } from '../../src/sql';
import { DIALECTS } from '../../src/sql/dialect';

const run = (...args: string[]) =>
  spawnSync(resolve(ROOT, 'node_modules/.bin/tsx'), [resolve(ROOT, 'scripts/sql.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });

describe('npm run sql', () => {
  let out: string;
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'loyalty-sql-'));
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('writes <name>.sql for every query, with the table prefix', () => {
    const result = run('--dialect', 'bigquery', '--out', out, '--table-prefix', 'my-project.shop.');
    expect(result.status).toBe(0);
    const expected = generateQueries(CATALOG, DIALECTS.bigquery, 'my-project.shop.');
    expect(readdirSync(out).sort()).toEqual(expected.map((q) => q.file).sort());
    for (const query of expected) expect(readFileSync(join(out, query.file), 'utf8')).toBe(query.source);
    expect(readFileSync(join(out, 'nps.sql'), 'utf8')).toContain('FROM `my-project.shop.responses`');
  }, 30_000);

  it.each([
    [['--dialect', 'postgres', '--out', 'x']],
    [['--dialect', 'duckdb']],
    [['--dialect', 'duckdb', '--out', 'x', '--table-prefix', 'a; DROP TABLE orders;']],
  ])(
    'refuses %j',
    (args) => {
      const result = run(...args);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/usage|table-prefix/);
    },
    30_000,
  );
});
