import type { Content } from 'pdfmake/interfaces';
import { pdfHeading } from '../common/pdf';
import { buildWorldMap, DATA_MAP_COLOURS, loadWorldTopology, worldMapSvg } from '../common/world-map';
import type { RegisterDataMapVm } from './data-map';

/** Width of the figure on a landscape A4 page between the register's margins (762 pt), leaving room for the legend below it. */
const FIGURE_WIDTH = 600;

/**
 * The register's figure of where the data goes, for pdfmake: the map as an `svg` node (vector
 * paths in the page, filled in the sRGB the PDF/A output intent declares), then the legend and the
 * list of countries as text in the embedded font, so the figure's content is searchable and read
 * out by assistive technology.
 */
export const dataMapPdfContent = async (vm: RegisterDataMapVm, headingId?: string): Promise<Content[]> => {
  const content: Content[] = [
    pdfHeading(vm.heading, 'h1', { pageBreak: 'before', ...(headingId ? { id: headingId } : {}) }),
    { text: vm.intro },
  ];
  if (vm.empty !== null) return [...content, { text: vm.empty, margin: [0, 6, 0, 0] }];
  const map = buildWorldMap(await loadWorldTopology(), vm.destinations);
  content.push(
    { svg: worldMapSvg(map, vm.figureTitle), width: FIGURE_WIDTH, alignment: 'center', margin: [0, 8, 0, 4] },
    { text: vm.figureTitle, italics: true, fontSize: 9, alignment: 'center' },
    { text: vm.legendTitle, style: 'label', margin: [0, 8, 0, 2] },
    {
      columns: vm.legend.map((l) => ({
        width: 'auto',
        columns: [
          { width: 12, canvas: [{ type: 'rect', x: 0, y: 1, w: 9, h: 9, color: DATA_MAP_COLOURS[l.status] }] },
          { width: 'auto', text: `${l.label} (${l.count})`, fontSize: 9 },
        ],
        columnGap: 2,
      })),
      columnGap: 14,
    },
  );
  if (vm.notDrawn !== null) content.push({ text: vm.notDrawn, fontSize: 9, margin: [0, 4, 0, 0] });
  content.push(
    { text: vm.listTitle, style: 'label', margin: [0, 8, 0, 2] },
    { ul: vm.lines.map((line) => ({ text: line })), margin: [6, 0, 0, 0] },
  );
  return content;
};
