/** The "Function help" dialog: the catalog as a page. */

import type { FunctionSpec } from '../catalog/functionSpec';
import { escapeHtml } from './html';

export function syntaxOf(spec: FunctionSpec): string {
  const parameters = spec.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `${spec.name}(${parameters.join(', ')})`;
}

export function functionHelpHtml(catalog: readonly FunctionSpec[]): string {
  const entries = catalog.map((spec) => {
    const parameters = spec.parameters
      .map(
        (p) =>
          `<li><code>${escapeHtml(p.name)}</code>${p.optional ? ' (optional)' : ''}: ${escapeHtml(p.description)}</li>`,
      )
      .join('');
    return (
      `<section id="${escapeHtml(spec.name)}"><h2><code>${escapeHtml(syntaxOf(spec))}</code></h2>` +
      `<p>${escapeHtml(spec.summary)}</p><ul>${parameters}</ul>` +
      `<p><strong>Returns:</strong> ${escapeHtml(spec.returns)}</p>` +
      `<p class="details">${escapeHtml(spec.details)}</p>` +
      `<p><strong>Example:</strong> <code>${escapeHtml(spec.example)}</code></p></section>`
    );
  });
  return (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><style>' +
    'body{font:13px/1.5 Roboto,Arial,sans-serif;color:#202124;margin:0 16px}' +
    'h2{font-size:14px;margin:20px 0 4px}code{font-family:"Roboto Mono",monospace;background:#f1f3f4;padding:0 3px}' +
    '.details{color:#5f6368}section{border-bottom:1px solid #e0e0e0;padding-bottom:8px}' +
    '</style></head><body>' +
    entries.join('') +
    '</body></html>'
  );
}
