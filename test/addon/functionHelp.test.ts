import { functionHelpHtml, helpTextOf, syntaxOf } from '../../src/addon/functionHelp';
import { escapeHtml } from '../../src/addon/html';
import { CATALOG } from '../../src/catalog';
import type { FunctionSpec } from '../../src/catalog/functionSpec';

describe('escapeHtml', () => {
  it('turns markup into text', () => {
    expect(escapeHtml('<img src=x onerror=alert(1)>')).toBe('&#60;img src=x onerror=alert(1)&#62;');
    expect(escapeHtml(`"a" & 'b'`)).toBe('&#34;a&#34; &#38; &#39;b&#39;');
  });
});

describe('function help', () => {
  it('writes the syntax with optional parameters in brackets', () => {
    const trend = CATALOG.find((spec) => spec.name === 'NPS_TREND') as FunctionSpec;
    expect(syntaxOf(trend)).toBe('NPS_TREND(dates, scores, [period], [as_of], [language])');
  });

  it('lists every function with its example, escaped', () => {
    const html = functionHelpHtml(CATALOG);
    for (const spec of CATALOG) {
      expect(html).toContain(`<section id="${spec.name}">`);
      expect(html).toContain(escapeHtml(spec.example));
    }
    const hostile = { ...CATALOG[0], summary: '<script>alert(1)</script>' };
    expect(functionHelpHtml([hostile])).not.toContain('<script>alert(1)');
  });
});

describe('function help in the person’s language', () => {
  it('shows each language’s text, Persian right to left, with syntax and examples untranslated', () => {
    const nps = CATALOG.find((spec) => spec.name === 'NPS') as FunctionSpec;
    for (const language of ['th', 'fa', 'zh-TW'] as const) {
      const html = functionHelpHtml(CATALOG, language);
      const text = helpTextOf(nps, language);
      expect(text.summary).not.toBe(nps.summary);
      expect(html).toContain(`<html lang="${language}" dir="${language === 'fa' ? 'rtl' : 'ltr'}">`);
      expect(html).toContain(escapeHtml(text.summary));
      expect(html).toContain(`<code dir="ltr">${escapeHtml(nps.example)}</code>`);
      expect(html).not.toContain(escapeHtml(nps.summary));
    }
  });

  it('falls back to English text in English', () => {
    const nps = CATALOG.find((spec) => spec.name === 'NPS') as FunctionSpec;
    expect(helpTextOf(nps, 'en').summary).toBe(nps.summary);
  });
});
