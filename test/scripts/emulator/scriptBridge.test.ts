import { openOfflineSpreadsheet } from '../../../scripts/emulator/offlineSpreadsheet';
import { ScriptBridge } from '../../../scripts/emulator/scriptBridge';

function bridge(): ScriptBridge {
  const spreadsheet = openOfflineSpreadsheet(
    { Sheet1: [['Score'], [9], [3]] },
    {
      name: 'Bridge test',
      timeZone: 'UTC',
      // Another file of the project, with a private helper: names ending in "_" are not callable from a page.
      extraScripts: ['function secret_() { return 42; } function echo(x) { return x; }'],
    },
  );
  return new ScriptBridge(spreadsheet);
}

describe('the google.script.run bridge', () => {
  it('offers the top-level functions except private ones', () => {
    const functions = bridge().callableFunctions();
    expect(functions).toEqual(expect.arrayContaining(['NPS', 'CES', 'onOpen', 'showWizard', 'echo']));
    expect(functions).not.toContain('secret_');
    expect(functions).not.toContain('LoyaltyMetrics');
  });

  it('runs a call and returns its value', async () => {
    await expect(bridge().run({ functionName: 'NPS', args: [[[9], [3]]] })).resolves.toEqual({ ok: true, value: 0 });
    await expect(bridge().run({ functionName: 'echo', args: [[1, null, 'a']] })).resolves.toEqual({
      ok: true,
      value: [1, null, 'a'],
    });
    await expect(bridge().run({ functionName: 'echo', args: [] })).resolves.toEqual({ ok: true });
  });

  it('refuses private and unknown functions', async () => {
    await expect(bridge().run({ functionName: 'secret_', args: [] })).resolves.toEqual({
      ok: false,
      error: { name: 'TypeError', message: 'Script function not found: secret_' },
    });
    await expect(bridge().run({ functionName: 'constructor', args: [] })).resolves.toMatchObject({ ok: false });
  });

  it('reports a server exception with its message, and a Date in the result as a failure', async () => {
    await expect(bridge().run({ functionName: 'NPS', args: [[[11]]] })).resolves.toEqual({
      ok: false,
      error: { name: 'ScriptError', message: 'NPS: row 1 holds 11; scores must be whole numbers from 0 to 10.' },
    });
    await expect(bridge().run({ functionName: 'NPS_TREND', args: [[['2024-01-05']], [[9]]] })).resolves.toEqual({
      ok: false,
      error: { name: 'Error', message: 'Failed due to illegal value in property: 1.0' },
    });
  });
});
