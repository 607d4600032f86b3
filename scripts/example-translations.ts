/**
 * `npx tsx scripts/example-translations.ts`: brings the phrase tables of the bundled examples
 * (renderer/src/examples/translations/<slug>.<lang>.json) in line with the examples' free text.
 * A key the example no longer stores is dropped; a new one is added with an empty value, which the
 * test in that folder rejects until a translator fills it in. Existing translations are kept.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EXAMPLES } from '../renderer/src/examples';
import { freeTextOf, otherLanguage } from '../renderer/src/examples/translations/free-text';

for (const example of EXAMPLES) {
  const lang = otherLanguage(example.workspace.organisation.defaultLanguage);
  const file = fileURLToPath(
    new URL(`../renderer/src/examples/translations/${example.slug}.${lang}.json`, import.meta.url),
  );
  const old: Record<string, string> = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>)
    : {};
  const keys = freeTextOf(example.workspace);
  const table = Object.fromEntries(keys.map((k) => [k, old[k] ?? '']));
  writeFileSync(file, `${JSON.stringify(table, null, 2)}\n`);
  const missing = keys.filter((k) => !old[k]).length;
  const stale = Object.keys(old).filter((k) => !keys.includes(k)).length;
  console.log(`${example.slug}.${lang}.json: ${keys.length} keys, ${missing} to translate, ${stale} stale dropped`);
}
