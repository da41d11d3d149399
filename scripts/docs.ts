/** npm run docs: regenerates the README's function reference from the catalog and its list of benchmarks. */

import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BENCHMARKS } from '../src/benchmarks/benchmarkTable';
import { CATALOG } from '../src/catalog';
import { withBenchmarkList } from './lib/benchmarkList';
import { withFunctionReference } from './lib/functionReference';
import { ROOT } from './lib/paths';

const path = resolve(ROOT, 'README.md');
writeFileSync(path, withBenchmarkList(withFunctionReference(readFileSync(path, 'utf8'), CATALOG), BENCHMARKS));
