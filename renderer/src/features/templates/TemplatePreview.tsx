import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ART9_CONDITION_ARTICLE,
  foldForSearch,
  templateTags,
  templateText,
  LEGAL_BASIS_ARTICLE,
  type ActivityTemplate,
  type Language,
  type SecurityMeasure,
  type TemplateDataCategory,
} from '../../domain';
import { CNIL_DPIA_LIST, WP248_CRITERIA } from '../../domain/checks';

const Section = ({ title, children }: { title: string; children: ReactNode }) => (
  <Box component="section" aria-label={title} sx={{ mb: 2 }}>
    <Typography variant="subtitle2" component="h3" sx={{ mb: 0.5 }}>
      {title}
    </Typography>
    {children}
  </Box>
);

const Bullets = ({ items }: { items: ReactNode[] }) => (
  <ul style={{ margin: 0, paddingLeft: 18 }}>
    {items.map((x, i) => (
      <li key={i}>
        <Typography variant="body2" component="span">
          {x}
        </Typography>
      </li>
    ))}
  </ul>
);

/** The retention of one category as the DPO will get it: the figure with its source, or why it is empty. */
const RetentionCell = ({ c, language }: { c: TemplateDataCategory; language: Language }) => {
  const { t } = useTranslation(['templates', 'activities']);
  const r = c.retention;
  if (r.status === 'unverified')
    return (
      <Alert severity="warning" variant="outlined" sx={{ py: 0 }}>
        <strong>{t('preview.unverified')}</strong> — {r.reason[language]}
      </Alert>
    );
  const figure = [
    r.period !== null ? `${r.period} ${t(`activities:enums.retentionUnit.${r.unit}`)}` : '',
    r.startEvent ? t('activities:fromEvent', { event: r.startEvent[language] }) : '',
    `(${t(`preview.phase.${r.phase}`)})`,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <>
      <Typography variant="body2">{figure}</Typography>
      {r.criteria && (
        <Typography variant="body2" color="text.secondary">
          {r.criteria[language]}
        </Typography>
      )}
      <Typography variant="caption" component="p" data-testid="retention-source">
        {t('preview.source', { source: r.source.citation[language] })}
        {r.source.secondary && <> — {t('preview.secondary')}</>}
      </Typography>
    </>
  );
};

/** What a template holds, in the language the activity will be written in. */
export const TemplatePreview = ({
  template,
  language,
  measures,
}: {
  template: ActivityTemplate;
  language: Language;
  measures: readonly SecurityMeasure[];
}) => {
  const { t } = useTranslation(['templates', 'activities']);
  const inCatalogue = (title: { en: string; fr: string }) =>
    measures.some((m) => [title.en, title.fr].some((x) => foldForSearch(x) === foldForSearch(m.title)));
  const d = template.dpia;
  return (
    <Box aria-label={templateText(template.title, language)} role="region">
      <Typography variant="h6" component="h2">
        {template.title[language]}
      </Typography>
      <Typography variant="caption" color="text.secondary" component="p">
        {t('preview.jurisdiction', { country: template.jurisdiction, id: template.id, version: template.version })}
      </Typography>
      <Stack direction="row" sx={{ gap: 0.5, flexWrap: 'wrap', my: 1 }}>
        {template.sectors.map((s) => (
          <Chip key={s} size="small" label={t(`sector.${s}`)} />
        ))}
        {templateTags(template, language).map((tag) => (
          <Chip key={tag} size="small" variant="outlined" label={tag} />
        ))}
      </Stack>
      <Typography variant="body2" sx={{ mb: 2 }}>
        {template.description[language]}
      </Typography>
      {template.purposes.length > 0 && (
        <Section title={t('preview.purposes')}>
          <Bullets
            items={template.purposes.map((p) => (
              <>
                {p.description[language]} — {t(`activities:enums.legalBasis.${p.legalBasis}`)} (
                {LEGAL_BASIS_ARTICLE[p.legalBasis]}){p.legalReference && <> — {p.legalReference}</>}
                {p.art9Condition && <> — {ART9_CONDITION_ARTICLE[p.art9Condition]}</>}
              </>
            ))}
          />
        </Section>
      )}
      {template.processingCategories.length > 0 && (
        <Section title={t('preview.processingCategories')}>
          <Bullets items={template.processingCategories.map((p) => p[language])} />
        </Section>
      )}
      {template.dataSubjects.length > 0 && (
        <Section title={t('preview.dataSubjects')}>
          <Typography variant="body2">{template.dataSubjects.map((s) => s[language]).join(', ')}</Typography>
        </Section>
      )}
      <Section title={t('preview.dataCategories')}>
        <Table size="small" aria-label={t('preview.dataCategories')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('preview.category')}</TableCell>
              <TableCell>{t('preview.flags')}</TableCell>
              <TableCell>{t('preview.retention')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {template.dataCategories.map((c) => (
              <TableRow key={c.key}>
                <TableCell sx={{ verticalAlign: 'top' }}>{c.name[language]}</TableCell>
                <TableCell sx={{ verticalAlign: 'top' }}>
                  {[
                    c.specialCategory ? t(`activities:enums.specialCategory.${c.specialCategory}`) : '',
                    c.criminalOffence ? t('activities:fields.criminalOffence') : '',
                    c.nationalIdNumber ? t('activities:fields.nationalIdNumber') : '',
                    c.financial ? t('preview.financial') : '',
                    c.location ? t('preview.location') : '',
                  ]
                    .filter(Boolean)
                    .join(', ')}
                </TableCell>
                <TableCell sx={{ verticalAlign: 'top' }}>
                  <RetentionCell c={c} language={language} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Section>
      {template.recipients.length > 0 && (
        <Section title={t('preview.recipients')}>
          <Typography variant="body2">{template.recipients.map((r) => r[language]).join(', ')}</Typography>
        </Section>
      )}
      <Section title={t('preview.measures')}>
        <Bullets
          items={template.securityMeasures.map((m) => (
            <>
              {m.title[language]}
              {inCatalogue(m.title) && (
                <Typography component="span" variant="body2" color="success.main">
                  {' '}
                  — {t('preview.measureInCatalogue')}
                </Typography>
              )}
            </>
          ))}
        />
      </Section>
      <Section title={t('preview.dpia')}>
        <Chip
          size="small"
          color={d.likelihood === 'required' ? 'warning' : d.likelihood === 'exempt' ? 'success' : 'default'}
          label={t(`likelihood.${d.likelihood}`)}
          sx={{ mb: 0.5 }}
        />
        <Typography variant="body2">{d.reasoning[language]}</Typography>
        {d.cnilList.length > 0 && (
          <Typography variant="body2" color="text.secondary">
            {t('preview.criteriaCnil', {
              items: d.cnilList.map((c) => CNIL_DPIA_LIST.find((i) => i.code === c)?.label[language] ?? c).join('; '),
            })}
          </Typography>
        )}
        {d.wp248.length > 0 && (
          <Typography variant="body2" color="text.secondary">
            {t('preview.criteriaWp248', {
              criteria: d.wp248.map((c) => WP248_CRITERIA.find((i) => i.code === c)?.label[language] ?? c).join('; '),
            })}
          </Typography>
        )}
      </Section>
    </Box>
  );
};
