import { describe, expect, it } from 'vitest';
import { hintScripts } from './docx-scripts';

describe('DOCX script hints', () => {
  it('leaves a part without such characters as it is', () => {
    const xml = '<w:p><w:r><w:t>Registre — Ελλάδα</w:t></w:r></w:p>';
    expect(hintScripts(xml)).toBe(xml);
  });

  it('cuts a mixed run by script and marks the right-to-left part, keeping its properties in schema order', () => {
    const xml = '<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">Tom &amp; شركة</w:t></w:r>';
    expect(hintScripts(xml)).toBe(
      '<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">Tom &amp; </w:t></w:r>' +
        '<w:r><w:rPr><w:rFonts w:cs="Arial" w:hint="cs"/><w:b/><w:bCs/><w:rtl/><w:lang w:bidi="ar-SA"/></w:rPr>' +
        '<w:t xml:space="preserve">شركة</w:t></w:r>',
    );
  });

  it('names the East Asian font for Chinese and the complex-script font for Thai', () => {
    const out = hintScripts('<w:r><w:t>数据 ไทย</w:t></w:r>');
    expect(out).toContain(
      '<w:rFonts w:eastAsia="SimSun" w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">数据 </w:t>',
    );
    expect(out).toContain(
      '<w:rFonts w:cs="Tahoma" w:hint="cs"/><w:lang w:bidi="th-TH"/></w:rPr><w:t xml:space="preserve">ไทย</w:t>',
    );
  });
});
