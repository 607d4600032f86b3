import { ImageRun, Paragraph, ShadingType, TextRun, type FileChild } from 'docx';
import { docxHeading } from '../common/docx';
import { buildWorldMap, DATA_MAP_COLOURS, loadWorldTopology, worldMapSvg } from '../common/world-map';
import { worldMapPng } from '../common/world-map-png';
import type { RegisterDataMapVm } from './data-map';

/** The figure's width in the landscape section (pixels at 96 per inch, as docx measures images). */
const FIGURE_WIDTH_PX = 880;

/**
 * The register's figure of where the data goes, for Word: the map as an SVG image (vector, sharp
 * at any zoom) with a PNG fallback rasterised from the same rings, which Word requires in the
 * package for processors that do not draw SVG. The legend and the list of countries are text.
 */
export const dataMapDocxContent = async (vm: RegisterDataMapVm): Promise<FileChild[]> => {
  const children: FileChild[] = [docxHeading(vm.heading, 1, true), new Paragraph({ text: vm.intro })];
  if (vm.empty !== null) return [...children, new Paragraph({ text: vm.empty })];
  const map = buildWorldMap(await loadWorldTopology(), vm.destinations);
  const height = Math.round((FIGURE_WIDTH_PX * map.height) / map.width);
  children.push(
    new Paragraph({
      alignment: 'center',
      children: [
        new ImageRun({
          type: 'svg',
          data: new TextEncoder().encode(worldMapSvg(map, vm.figureTitle)),
          fallback: { type: 'png', data: worldMapPng(map, 2) },
          transformation: { width: FIGURE_WIDTH_PX, height },
          altText: { name: vm.figureTitle, description: vm.lines.join('\n'), title: vm.figureTitle },
        }),
      ],
    }),
    new Paragraph({ alignment: 'center', children: [new TextRun({ text: vm.figureTitle, italics: true, size: 18 })] }),
    new Paragraph({
      keepNext: true,
      spacing: { before: 120 },
      children: [new TextRun({ text: vm.legendTitle, bold: true })],
    }),
    new Paragraph({
      children: vm.legend.flatMap((l, i) => [
        ...(i > 0 ? [new TextRun({ text: '    ' })] : []),
        // A shaded run of spaces is the colour swatch: no glyph to miss in the reader's fonts.
        new TextRun({
          text: '\u00a0\u00a0\u00a0',
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: DATA_MAP_COLOURS[l.status].slice(1) },
        }),
        new TextRun({ text: ` ${l.label} (${l.count})` }),
      ]),
    }),
  );
  if (vm.notDrawn !== null) children.push(new Paragraph({ text: vm.notDrawn }));
  children.push(
    new Paragraph({
      keepNext: true,
      spacing: { before: 120 },
      children: [new TextRun({ text: vm.listTitle, bold: true })],
    }),
    ...vm.lines.map((line) => new Paragraph({ text: line, bullet: { level: 0 } })),
  );
  return children;
};
