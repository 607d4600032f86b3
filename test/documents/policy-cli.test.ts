import 'fake-indexeddb/auto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackup } from '../../renderer/src/data/backup/create';
import { DpoDeskDatabase } from '../../renderer/src/data/db';
import { installWorkspace } from '../../renderer/src/data/install-workspace';
import { exampleBySlug } from '../../renderer/src/examples';
import { docxText, normaliseText, pdfText } from '../support/document-clients';
import { runExportCli } from '../support/export-cli';

const tixeo = exampleBySlug('tixeo')!.workspace;
const policyTitle = tixeo.documents.find((d) => d.kind === 'privacy_policy')!.title;

/** A real backup file, as the app writes it, of the Tixeo example (optionally encrypted). */
const backupOfTixeo = async (password?: string): Promise<Uint8Array> => {
  const db = new DpoDeskDatabase(`cli-${crypto.randomUUID()}`);
  await db.open();
  try {
    await installWorkspace(db, tixeo);
    return await createBackup(db, { kind: 'all' }, { appVersion: 'test', ...(password ? { password } : {}) });
  } finally {
    await db.delete();
  }
};

describe('npm run export: privacy policies and real backup files', () => {
  it('writes a policy as HTML, DOCX and PDF in its language, and as Markdown in another, from a workspace file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'policy-cli-'));
    await writeFile(join(dir, 'tixeo.json'), JSON.stringify(tixeo));
    // One start of the tool per format; the Markdown one also shows --lang writing the policy in French.
    const runs = [
      { format: 'html', lang: [], facts: ['Bardinet Telecom', 'Maximum 3 years from the last contact'] },
      { format: 'docx', lang: [], facts: ['Bardinet Telecom', 'Maximum 3 years from the last contact'] },
      { format: 'pdf', lang: [], facts: ['Bardinet Telecom', 'Maximum 3 years from the last contact'] },
      {
        format: 'md',
        lang: ['--lang', 'fr'],
        facts: ['Bardinet Telecom', '3 ans maximum à compter du dernier contact'],
      },
    ] as const;
    for (const { format, lang, facts } of runs) {
      const out = join(dir, `policy.${format}`);
      const r = await runExportCli([
        join(dir, 'tixeo.json'),
        '--policy',
        policyTitle,
        '--format',
        format,
        ...lang,
        '--out',
        out,
      ]);
      expect(r.code, r.stderr).toBe(0);
      const bytes = new Uint8Array(await readFile(out));
      const text = normaliseText(
        format === 'pdf'
          ? await pdfText(bytes)
          : format === 'docx'
            ? (await docxText(bytes)).text
            : new TextDecoder().decode(bytes),
      );
      for (const fact of facts) expect(text, format).toContain(fact);
    }
    const html = new TextDecoder().decode(new Uint8Array(await readFile(join(dir, 'policy.html'))));
    expect(html).toMatch(/<html[^>]* lang="en"/);
    const fr = await readFile(join(dir, 'policy.md'), 'utf8');
    expect(fr).toContain('CNIL');
    expect(fr).toMatch(/retirer votre consentement|réclamation/);
  });

  it('names the policies there are when asked for one that does not exist, and refuses --register with --policy', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'policy-cli-'));
    await writeFile(join(dir, 'tixeo.json'), JSON.stringify(tixeo));
    const missing = await runExportCli([
      join(dir, 'tixeo.json'),
      '--policy',
      'Staff notice',
      '--format',
      'pdf',
      '--out',
      join(dir, 'x.pdf'),
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('No privacy policy "Staff notice"');
    expect(missing.stderr).toContain(policyTitle);
    const both = await runExportCli([
      join(dir, 'tixeo.json'),
      '--policy',
      policyTitle,
      '--register',
      'controller',
      '--format',
      'pdf',
      '--out',
      join(dir, 'x.pdf'),
    ]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('either --register or --policy');
    const badFormat = await runExportCli([
      join(dir, 'tixeo.json'),
      '--policy',
      policyTitle,
      '--format',
      'xlsx',
      '--out',
      join(dir, 'x.xlsx'),
    ]);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain('--format must be one of docx, pdf, html, md');
  });

  it('reads a real backup file, and an encrypted one only with its password', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'policy-cli-'));
    await writeFile(join(dir, 'plain.json'), await backupOfTixeo());
    await writeFile(join(dir, 'locked.json'), await backupOfTixeo('correct horse battery'));
    const plain = await runExportCli([
      join(dir, 'plain.json'),
      '--register',
      'controller',
      '--format',
      'docx',
      '--out',
      join(dir, 'r.docx'),
    ]);
    expect(plain.code, plain.stderr).toBe(0);
    expect(normaliseText((await docxText(new Uint8Array(await readFile(join(dir, 'r.docx'))))).text)).toContain(
      'Tixeo SAS',
    );

    const noPassword = await runExportCli([
      join(dir, 'locked.json'),
      '--register',
      'controller',
      '--format',
      'pdf',
      '--out',
      join(dir, 'x.pdf'),
    ]);
    expect(noPassword.code).toBe(2);
    expect(noPassword.stderr.toLowerCase()).toContain('password');
    const wrong = await runExportCli([
      join(dir, 'locked.json'),
      '--register',
      'controller',
      '--format',
      'pdf',
      '--password',
      'nope',
      '--out',
      join(dir, 'x.pdf'),
    ]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr.toLowerCase()).toMatch(/wrong password|altered/);
    const right = await runExportCli([
      join(dir, 'locked.json'),
      '--policy',
      policyTitle,
      '--format',
      'html',
      '--password',
      'correct horse battery',
      '--out',
      join(dir, 'p.html'),
    ]);
    expect(right.code, right.stderr).toBe(0);
    expect(await readFile(join(dir, 'p.html'), 'utf8')).toContain('Tixeo');
  });
});
