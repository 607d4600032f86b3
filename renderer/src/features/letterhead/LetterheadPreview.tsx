import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { LETTERHEAD_FONT_FACES, letterheadLogo, type HouseStyle } from '../../domain/letterhead';

/** Twips (1/1440 inch) in millimetres. */
const mm = (twips: number): number => (twips / 1440) * 25.4;

/** Named paper sizes, in twips, portrait (Word writes A4 as 11906 × 16838). */
const PAPERS = [
  { key: 'a4', width: 11906, height: 16838 },
  { key: 'letter', width: 12240, height: 15840 },
  { key: 'legal', width: 12240, height: 20160 },
  { key: 'a5', width: 8391, height: 11906 },
] as const;

const paperOf = (style: HouseStyle): string | undefined =>
  PAPERS.find((p) => Math.abs(p.width - style.page.width) <= 20 && Math.abs(p.height - style.page.height) <= 20)?.key;

/** A data: URL of the letterhead's logo (the CSP allows data: images). */
const logoUrl = (style: HouseStyle): string | undefined => {
  const logo = letterheadLogo(style);
  return logo ? `data:${logo.contentType};base64,${logo.base64}` : undefined;
};

/**
 * A sample page drawn to scale from the house style: the page's proportions and margins, the
 * header's logo and lines, a heading in the letterhead's font and colour, body lines, the footer.
 * It is a sketch of what the exports take, not a rendering of the Word file.
 */
const SamplePage = ({ style }: { style: HouseStyle }) => {
  const { t } = useTranslation('house-style');
  const width = 170;
  const scale = width / style.page.width;
  const height = Math.round(style.page.height * scale);
  const px = (twips: number) => Math.max(2, Math.round(twips * scale));
  const logo = logoUrl(style);
  const colour = style.headingColour ? `#${style.headingColour}` : '#1F3A5F';
  const font = (name: string | null) => (name ? `"${name}", sans-serif` : 'sans-serif');
  // Header, body and footer all sit between the side margins.
  const sides = { position: 'absolute', left: px(style.margins.left), right: px(style.margins.right) } as const;
  return (
    <Box
      role="img"
      aria-label={t('preview.pageLabel')}
      sx={{
        width,
        height,
        flex: 'none',
        bgcolor: '#fff',
        color: '#222',
        boxShadow: 2,
        border: '1px solid #ccc',
        position: 'relative',
        overflow: 'hidden',
        fontFamily: font(style.bodyFont),
      }}
    >
      <Box sx={{ ...sides, top: px(style.margins.header) }}>
        <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
          {logo && <Box component="img" src={logo} alt="" sx={{ maxHeight: 18, maxWidth: 50 }} />}
          <Box sx={{ fontSize: 5, lineHeight: 1.2, overflow: 'hidden' }}>
            {(style.header?.lines ?? []).slice(0, 3).map((line, i) => (
              <div key={i}>{line}</div>
            ))}
          </Box>
        </Stack>
      </Box>
      <Box
        sx={{
          ...sides,
          top: px(style.margins.top),
          bottom: px(style.margins.bottom),
          borderTop: '1px dashed #ddd',
          borderBottom: '1px dashed #ddd',
        }}
      >
        <Box
          sx={{
            color: colour,
            fontFamily: font(style.headingFont ?? style.bodyFont),
            fontSize: 9,
            fontWeight: 600,
            mt: 0.5,
          }}
        >
          {t('preview.sampleHeading')}
        </Box>
        {[92, 100, 84, 96, 70, 100, 88].map((w, i) => (
          <Box key={i} sx={{ height: 3, width: `${w}%`, bgcolor: '#d5d5d5', mt: 0.6 }} />
        ))}
      </Box>
      <Box
        sx={{
          ...sides,
          bottom: px(style.margins.footer),
          fontSize: 4.5,
          lineHeight: 1.2,
          textAlign: 'center',
          overflow: 'hidden',
        }}
      >
        {(style.footer?.lines ?? []).slice(0, 2).map((line, i) => (
          <div key={i}>{line}</div>
        ))}
      </Box>
    </Box>
  );
};

/** What a DPO checks before using a letterhead: the page, its header and footer, fonts and colour. */
export const LetterheadPreview = ({ style }: { style: HouseStyle }) => {
  const { t, i18n } = useTranslation('house-style');
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0 });
  const inMm = (twips: number) => number.format(mm(twips));
  const paper = paperOf(style);
  const size = t('preview.mm', { width: inMm(style.page.width), height: inMm(style.page.height) });
  const logo = letterheadLogo(style);
  const { top, right, bottom, left } = style.margins;
  const rows: [string, string][] = [
    ['page', paper ? `${t(`preview.papers.${paper}`)} (${size})` : size],
    [
      'margins',
      t('preview.marginsValue', { top: inMm(top), right: inMm(right), bottom: inMm(bottom), left: inMm(left) }),
    ],
    ['header', style.header?.lines.join(' · ') || t('preview.none')],
    ['footer', style.footer?.lines.join(' · ') || t('preview.none')],
    [
      'logo',
      logo
        ? t(logo.transparent ? 'preview.logoTransparent' : 'preview.logoValue', {
            name: logo.name,
            width: logo.widthPx,
            height: logo.heightPx,
          })
        : t('preview.none'),
    ],
    ['bodyFont', style.bodyFont ?? t('preview.notNamed')],
    ['headingFont', style.headingFont ?? t('preview.notNamed')],
    ['headingColour', style.headingColour ? `#${style.headingColour}` : t('preview.notNamed')],
    [
      'pdfFont',
      style.pdfFont
        ? t('preview.pdfFontValue', {
            family: style.pdfFont.family,
            faces: LETTERHEAD_FONT_FACES.filter((face) => style.pdfFont?.faces[face])
              .map((face) => t(`preview.faces.${face}`))
              .join(', '),
          })
        : t('preview.pdfFontNone'),
    ],
  ];
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={3} sx={{ alignItems: 'flex-start' }}>
      <SamplePage style={style} />
      <Box
        component="dl"
        sx={{ m: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 0.75 }}
      >
        {rows.map(([key, value]) => (
          <Box key={key} sx={{ display: 'contents' }}>
            <Typography component="dt" variant="body2" color="text.secondary">
              {t(`preview.${key}`)}
            </Typography>
            <Typography component="dd" variant="body2" sx={{ m: 0, overflowWrap: 'anywhere' }}>
              {key === 'headingColour' && style.headingColour && (
                <Box
                  component="span"
                  aria-hidden
                  sx={{
                    display: 'inline-block',
                    width: 12,
                    height: 12,
                    mr: 0.75,
                    verticalAlign: 'middle',
                    bgcolor: `#${style.headingColour}`,
                    border: '1px solid #999',
                  }}
                />
              )}
              {value}
            </Typography>
          </Box>
        ))}
      </Box>
    </Stack>
  );
};
