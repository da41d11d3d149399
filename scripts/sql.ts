/**
 * npm run sql -- --dialect bigquery|duckdb --out DIR [--table-prefix project.dataset.]
 *
 * Writes one query per metric, DIR/<function name in lower case>.sql, plus
 * btyd_patterns.sql and btyd_spend_sample.sql, generated from the catalog's
 * definitions (src/sql). See the README, "Beyond one sheet".
 */

import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CATALOG } from '../src/catalog';
import { DIALECT_NAMES, DIALECTS, type DialectName } from '../src/sql/dialect';
import { generateQueries } from '../src/sql';

const USAGE = 'usage: npm run sql -- --dialect bigquery|duckdb --out DIR [--table-prefix project.dataset.]';

function main(): void {
  const { values } = parseArgs({
    options: {
      dialect: { type: 'string' },
      out: { type: 'string' },
      'table-prefix': { type: 'string', default: '' },
    },
  });
  const dialect = values.dialect as DialectName | undefined;
  if (dialect === undefined || !DIALECT_NAMES.includes(dialect) || values.out === undefined) {
    console.error(USAGE);
    process.exit(2);
  }
  const prefix = values['table-prefix'] ?? '';
  if (!/^[A-Za-z0-9_.-]*$/.test(prefix)) {
    console.error(`--table-prefix "${prefix}": use letters, digits, _, - and dots only, e.g. my-project.shop.`);
    process.exit(2);
  }
  const out = resolve(values.out);
  mkdirSync(out, { recursive: true });
  const queries = generateQueries(CATALOG, DIALECTS[dialect], prefix);
  for (const query of queries) writeFileSync(resolve(out, query.file), query.source);
  console.log(`${queries.length} ${dialect} queries written to ${out}: ${queries.map((q) => q.file).join(', ')}`);
}

main();
