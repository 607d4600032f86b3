import { escapeHtml } from '../renderer/src/export/policy';
import type { RegisterViewModel } from '../renderer/src/export/register';

/**
 * The same register as one HTML page, for the reference measurement: Chromium's own print-to-PDF
 * of identical content. Plain semantic HTML and print CSS, nothing the PDF builder would not also do.
 */
export const registerHtml = (vm: RegisterViewModel): string => {
  const items = (list: RegisterViewModel['identity']['items']) =>
    list.map((i) => `<dt>${escapeHtml(i.label)}</dt><dd>${i.lines.map(escapeHtml).join('<br>')}</dd>`).join('');
  const summary = `<table><thead><tr>${vm.summary.table.columns.map((c) => `<th>${escapeHtml(c)}</th>`).join('')}</tr></thead><tbody>${vm.summary.table.rows
    .map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
  const activities = vm.activities
    .map((a) => `<section><h2>${escapeHtml(a.heading)}</h2><dl>${items(a.items)}</dl></section>`)
    .join('');
  return `<!doctype html><html lang="${vm.language}"><head><meta charset="utf-8"><title>${escapeHtml(vm.title)}</title>
<style>
body{font-family:Roboto,sans-serif;font-size:9pt}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:2px 4px;vertical-align:top}
section{break-before:page}dt{font-weight:bold;margin-top:4px}dd{margin:0 0 0 12px}
</style></head><body>
<h1>${escapeHtml(vm.coverTitle)}</h1><p>${escapeHtml(vm.organisationName)}</p><p>${escapeHtml(vm.versionLine)}</p><p>${escapeHtml(vm.generatedLine)}</p>
<h2>${escapeHtml(vm.identity.heading)}</h2><dl>${items(vm.identity.items)}</dl>
<h2>${escapeHtml(vm.summary.heading)}</h2>${summary}
${activities}
</body></html>`;
};
