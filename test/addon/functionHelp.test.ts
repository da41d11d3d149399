import { functionHelpHtml, helpTextOf, syntaxOf } from '../../src/addon/functionHelp';
import { escapeHtml } from '../../src/addon/html';
import { format } from '../../src/i18n/language';
import { CATALOG, CATALOG_FAMILIES, FAMILY_IDS } from '../../src/catalog';
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

  it('says where the SQL for data too big for a sheet is, and how the result comes back, in the person’s language', () => {
    for (const language of ['en', 'th', 'fa', 'zh-TW'] as const) {
      const html = functionHelpHtml(CATALOG_FAMILIES, language);
      expect(html).toContain(
        `<details id="beyond" class="beyond"><summary>${escapeHtml(format(language, 'sql.summary'))}</summary>`,
      );
      expect(html).toContain(escapeHtml(format(language, 'sql.step2')));
      expect(html).toContain('=BTYD_FIT(Patterns!A1:D)');
    }
  });

  it('lists every function with its example, escaped', () => {
    const html = functionHelpHtml(CATALOG_FAMILIES);
    for (const spec of CATALOG) {
      expect(html).toContain(`<section id="${spec.name}" class="function">`);
      expect(html).toContain(escapeHtml(spec.example));
    }
    const hostile = {
      ...CATALOG[0],
      name: 'X"><img src=x onerror=alert(2)>',
      summary: '<script>alert(1)</script>',
      parameters: [{ ...CATALOG[0].parameters[0], name: '</li><script>alert(3)</script>' }],
    };
    const page = functionHelpHtml([{ id: 'survey', functions: [hostile] }]);
    expect(page).not.toContain('<script>alert');
    expect(page).not.toContain('<img');
    // The page's one script is its own, after all the content.
    expect(page.match(/<script>/g)).toHaveLength(1);
    expect(page.indexOf('<script>')).toBeGreaterThan(page.indexOf('</main>'));
  });

  it('indexes the functions by family, in the catalog’s order, each function once', () => {
    expect(CATALOG_FAMILIES.map((family) => family.id)).toEqual([...FAMILY_IDS]);
    expect(CATALOG_FAMILIES.flatMap((family) => family.functions)).toEqual(CATALOG);
    expect(new Set(CATALOG.map((spec) => spec.name)).size).toBe(CATALOG.length);
    const family = (name: string) => CATALOG_FAMILIES.find((f) => f.functions.some((spec) => spec.name === name))?.id;
    expect([family('NPS'), family('CHURN_RATE'), family('RETENTION_MODEL'), family('RFM')]).toEqual([
      'survey',
      'customers',
      'customers',
      'orders',
    ]);
    expect([family('CLV_PREDICT'), family('BTYD_VALIDATE'), family('BENCHMARK')]).toEqual([
      'predictive',
      'predictive',
      'benchmarks',
    ]);
    const html = functionHelpHtml(CATALOG_FAMILIES);
    const index = html.slice(html.indexOf('<nav id="index"'), html.indexOf('</nav>'));
    expect([...index.matchAll(/<h3><a href="#family-(\w+)">([^<]+)<\/a>/g)].map((m) => [m[1], m[2]])).toEqual([
      ['survey', 'Survey'],
      ['customers', 'Customers and subscriptions'],
      ['orders', 'Orders'],
      ['segments', 'By segment'],
      ['impact', 'Does loyalty pay?'],
      ['predictive', 'Predictive models'],
      ['benchmarks', 'Benchmarks'],
    ]);
    expect([...index.matchAll(/data-function="(\w+)"/g)].map((m) => m[1])).toEqual(CATALOG.map((spec) => spec.name));
    // Each index entry leads to its function, which sits in its family's section.
    for (const f of CATALOG_FAMILIES) {
      const section = html.slice(html.indexOf(`<section class="family" id="family-${f.id}"`));
      for (const spec of f.functions) expect(section).toContain(`<section id="${spec.name}" class="function">`);
    }
  });

  it('has a search field and closes on Esc through google.script.host.close()', () => {
    const html = functionHelpHtml(CATALOG_FAMILIES);
    expect(html).toContain('<input id="search" type="search" placeholder="Search functions"');
    expect(html).toContain("event.key === 'Escape'");
    expect(html).toContain('google.script.host.close()');
  });
});

describe('function help in the person’s language', () => {
  it('shows each language’s text, Persian right to left, with syntax and examples untranslated', () => {
    const nps = CATALOG.find((spec) => spec.name === 'NPS') as FunctionSpec;
    for (const language of ['th', 'fa', 'zh-TW'] as const) {
      const html = functionHelpHtml(CATALOG_FAMILIES, language);
      for (const id of FAMILY_IDS) expect(html).toContain(`>${escapeHtml(format(language, `family.${id}`))}</a></h3>`);
      expect(html).toContain(`placeholder="${escapeHtml(format(language, 'help.search'))}"`);
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
