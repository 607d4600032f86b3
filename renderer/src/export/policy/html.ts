import type { PolicyBlock, PolicyTableCell, PolicyViewModel } from './types';

/** Escapes text for HTML element content and attribute values. */
export const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const CSS = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;line-height:1.55;color:#1b1b1b;background:#fff;margin:0}
main{max-width:52rem;margin:0 auto;padding:2rem 1.25rem 4rem}
h1{font-size:2rem;margin:0 0 .25rem;color:#1a3c6e}
h2{font-size:1.35rem;margin:2.25rem 0 .75rem;color:#1a3c6e;border-bottom:1px solid #d5dde9;padding-bottom:.25rem}
h3{font-size:1.05rem;margin:1.25rem 0 .5rem}
.subtitle{color:#444;margin:0 0 1.5rem}
nav ol{padding-left:1.25rem}
a{color:#0b4ea2}
a:focus,a:hover{outline:2px solid #0b4ea2;outline-offset:2px}
table{border-collapse:collapse;width:100%;margin:.75rem 0 1.25rem;font-size:.95rem}
caption{text-align:left;font-weight:600;padding:.25rem 0 .5rem}
th,td{border:1px solid #c9d3e2;padding:.45rem .6rem;text-align:left;vertical-align:top}
thead th{background:#e8eef7}
tbody th{background:#f6f8fb;font-weight:600}
td ul,th ul,dd ul{margin:0;padding-left:1.1rem}
.identity dt{font-weight:600;margin-top:.6rem}
.identity dd{margin:0}
footer{margin-top:3rem;color:#555;font-size:.9rem}
@media print{nav{display:none}a{color:inherit}}
`.trim();

const cellHtml = (cell: PolicyTableCell): string =>
  cell.length <= 1
    ? escapeHtml(cell[0] ?? '')
    : `<ul>${cell.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`;

const blockHtml = (b: PolicyBlock): string => {
  switch (b.kind) {
    case 'paragraph':
      return `<p>${escapeHtml(b.text)}</p>`;
    case 'subheading':
      return `<h3>${escapeHtml(b.text)}</h3>`;
    case 'list':
      // A list of one value is a plain paragraph, as in the DOCX and the PDF.
      return b.items.length === 1
        ? `<p>${escapeHtml(b.items[0] ?? '')}</p>`
        : `<ul>${b.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
    case 'table': {
      const head = b.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('');
      const body = b.rows
        .map((row) => {
          const cells = row.map((cell, i) =>
            i === 0 && b.rowHeaders ? `<th scope="row">${cellHtml(cell)}</th>` : `<td>${cellHtml(cell)}</td>`,
          );
          return `<tr>${cells.join('')}</tr>`;
        })
        .join('\n');
      return `<table>\n<caption>${escapeHtml(b.caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
    }
  }
};

/**
 * The cover's identity block (controller, representative, DPO: ../common/identity.ts, as the DOCX and
 * PDF print it): a description list, one value as plain text, several as a list.
 */
const identityHtml = (identity: PolicyViewModel['identity']): string =>
  identity.length === 0
    ? ''
    : `<dl class="identity">\n${identity
        .map(
          (item) =>
            `<dt>${escapeHtml(item.label)}</dt>\n<dd>${
              item.lines.length === 1
                ? escapeHtml(item.lines[0] ?? '')
                : `<ul>${item.lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`
            }</dd>`,
        )
        .join('\n')}\n</dl>\n`;

/**
 * The policy as one standalone, accessible web page to publish on a website: `lang`, a single h1,
 * one h2 per section in a labelled `<section>`, a table of contents, tables with captions and
 * `<th scope>`, inline CSS only (no script, no external resource). Every record value is escaped.
 */
export const renderPolicyHtml = (vm: PolicyViewModel): string => {
  const toc = vm.sections
    .map((s) => `<li><a href="#${escapeHtml(s.anchor)}">${escapeHtml(s.heading)}</a></li>`)
    .join('\n');
  const sections = vm.sections
    .map(
      (s) =>
        `<section aria-labelledby="${escapeHtml(s.anchor)}">\n<h2 id="${escapeHtml(s.anchor)}">${escapeHtml(s.heading)}</h2>\n${s.blocks.map(blockHtml).join('\n')}\n</section>`,
    )
    .join('\n');
  return `<!DOCTYPE html>
<html lang="${escapeHtml(vm.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(vm.title)} | ${escapeHtml(vm.organisationName)}</title>
<meta name="author" content="${escapeHtml(vm.metadata.author)}">
<meta name="description" content="${escapeHtml(vm.metadata.subject)}">
<meta name="keywords" content="${escapeHtml(vm.metadata.keywords)}">
<style>${CSS}</style>
</head>
<body>
<main>
<header>
<h1>${escapeHtml(vm.title)}</h1>
<p class="subtitle">${escapeHtml(vm.subtitle)}</p>
${identityHtml(vm.identity)}<p>${escapeHtml(vm.labels.effectiveDate)}</p>
</header>
<nav aria-labelledby="toc-heading">
<h2 id="toc-heading">${escapeHtml(vm.labels.contents)}</h2>
<ol>
${toc}
</ol>
</nav>
${sections}
<footer><p>${escapeHtml(vm.labels.generatedOn)}</p></footer>
</main>
</body>
</html>
`;
};
