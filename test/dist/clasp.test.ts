/** `clasp push` uploads exactly the generated files, and nothing else. */

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PUSHED_FILES, ROOT } from '../../scripts/lib/paths';

describe('clasp', () => {
  it('lists exactly the generated files to push, without a login', () => {
    const output = execFileSync(resolve(ROOT, 'node_modules/.bin/clasp'), ['status', '--json'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, HOME: resolve(ROOT, 'node_modules/.cache/no-clasp-login') },
    });
    const status = JSON.parse(output) as { filesToPush: string[]; untrackedFiles: string[] };
    expect([...status.filesToPush].sort()).toEqual(PUSHED_FILES.map((file) => `dist/${file}`).sort());
    expect(status.untrackedFiles).toEqual([]);
  });

  it('pushes from dist/ with a placeholder script id', () => {
    const config = JSON.parse(readFileSync(resolve(ROOT, '.clasp.json'), 'utf8')) as Record<string, string>;
    expect(config).toEqual({ scriptId: 'REPLACE_WITH_YOUR_SCRIPT_ID', rootDir: 'dist' });
  });
});

describe('the manifest', () => {
  const manifest = JSON.parse(readFileSync(resolve(ROOT, 'dist/appsscript.json'), 'utf8')) as Record<string, unknown>;

  it('is an editor add-on on V8 with the two minimal scopes', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect(typeof manifest.timeZone).toBe('string');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
    ]);
    // An addOns block would make a Workspace (card) add-on, which cannot load custom functions.
    expect(manifest).not.toHaveProperty('addOns');
  });
});

describe('Sidebar.html', () => {
  const page = readFileSync(resolve(ROOT, 'dist/Sidebar.html'), 'utf8');

  it('is one self-contained file', () => {
    expect(page).toMatch(/<style>[\s\S]+<\/style>/);
    expect(page).toMatch(/<script>[\s\S]+google\.script\.run[\s\S]+<\/script>/);
    expect(page).not.toMatch(/<script[^>]+src=|<link[^>]+href=|<!-- (styles|script) -->/);
  });
});
