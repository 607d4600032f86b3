// Exports in tests find the fallback fonts where the command-line tool does: in the npm packages.
import { readFontFile } from '../../cli/font-files';
import { setFontFileLoader } from '../../renderer/src/export/common/fonts/pdf-fonts';

setFontFileLoader(readFontFile);
