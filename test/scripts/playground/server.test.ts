import { withScriptClient } from '../../../scripts/playground/server';

describe('withScriptClient', () => {
  const tag = '<script src="/google-script.js"></script>';

  it('puts the google.script client first in the head, leaving the page otherwise unchanged', () => {
    const page = '<!DOCTYPE html>\n<html lang="en">\n<head>\n  <meta charset="utf-8">\n</head><body>x</body></html>';
    const served = withScriptClient(page);
    expect(served).toBe(
      '<!DOCTYPE html>\n<html lang="en">\n<head>' + tag + '\n  <meta charset="utf-8">\n</head><body>x</body></html>',
    );
    expect(served.replace(tag, '')).toBe(page);
  });

  it('puts it first in a page without a head', () => {
    expect(withScriptClient('<p>help</p>')).toBe(`${tag}<p>help</p>`);
  });
});
