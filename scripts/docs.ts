/** npm run docs: regenerates the README's function reference from the catalog. */

import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CATALOG } from '../src/catalog';
import { withFunctionReference } from './lib/functionReference';
import { ROOT } from './lib/paths';

const path = resolve(ROOT, 'README.md');
writeFileSync(path, withFunctionReference(readFileSync(path, 'utf8'), CATALOG));
