/**
 * Reference data nobody on the team wrote: the CDNOW files in
 * <repo>/../shared/data/cdnow (see its README.md), which CI keeps beside the
 * checkout and a user's own clone does not have. Tests that read it go
 * through describeWithReferenceData, so that the same test file
 *
 * - runs when the data is there;
 * - fails on CI (REQUIRE_REFERENCE_DATA set, see .ci/run) when it is not,
 *   because a silently skipped check is no check;
 * - is skipped, with one warning saying why and how to get the data, on a
 *   clone without it.
 *
 * REFERENCE_DATA_DIR overrides the location (another copy of the data, or a
 * missing directory to exercise the two outcomes above).
 *
 * The files' locations and parsers live in scripts/lib/cdnowFiles.ts (the
 * benchmark reads them too).
 */

import { existsSync } from 'node:fs';
import { referenceDataDir } from '../../scripts/lib/cdnowFiles';

export {
  type CdnowMasterRow,
  type CdnowSampleRow,
  parseCdnowMaster,
  parseCdnowSample,
  parseSummaryCsv,
  readReferenceFile,
  referenceDataDir,
  type SummaryCsv,
} from '../../scripts/lib/cdnowFiles';

/** True when a missing reference directory must fail the run (CI sets REQUIRE_REFERENCE_DATA=1). */
export function referenceDataRequired(): boolean {
  const flag = process.env.REQUIRE_REFERENCE_DATA;
  return flag !== undefined && flag !== '';
}

/**
 * A describe block over the reference data. `fn` receives the data directory
 * and must read files only inside hooks and tests (beforeAll, it): when the
 * data is absent the block is still collected, as skipped or failing tests.
 */
export function describeWithReferenceData(name: string, fn: (dir: string) => void): void {
  const dir = referenceDataDir();
  if (existsSync(dir)) {
    describe(name, () => fn(dir));
    return;
  }
  if (referenceDataRequired()) {
    describe(name, () => {
      it('has the reference data', () => {
        throw new Error(
          `The CDNOW reference data is required on CI (REQUIRE_REFERENCE_DATA is set) but ${dir} does not exist. ` +
            'CI must check out ../shared beside the repository (or set REFERENCE_DATA_DIR to a copy of shared/data/cdnow).',
        );
      });
    });
    return;
  }
  console.warn(
    `Skipping "${name}": the CDNOW reference data is not at ${dir}. These tests compare the add-on with ` +
      'published CDNOW summaries; to run them, put the shared data beside your clone (../shared/data/cdnow, as on ' +
      "CI; the files are the CDNOW copies distributed with the MIT-licensed lifetimes package's datasets) or set " +
      'REFERENCE_DATA_DIR to a copy of it. CI runs them with REQUIRE_REFERENCE_DATA=1, which turns this skip into a ' +
      'failure.',
  );
  describe.skip(name, () => fn(dir));
  // Jest's default reporter drops the console output of a file whose tests are all skipped, which would hide the
  // warning above in `npm test`; a to-do entry (outside the skipped block, where it would be skipped too) keeps the
  // file reported, and the totals then say that something did not run.
  it.todo(`${name}: needs the CDNOW reference data at ${dir}`);
}
