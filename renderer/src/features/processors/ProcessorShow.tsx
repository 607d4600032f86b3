import AccountTreeIcon from '@mui/icons-material/AccountTree';
import AddIcon from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useCurrentOrganisation } from '../../session/current-organisation';
import { useUiLanguage } from '../../session/use-ui-language';
import { StatusChip, useLiveList } from '../../components';
import type { Processor } from '../../domain';
import { countryName } from '../../domain/reference';
import { addressView, CatalogueCards, webView, type FieldView } from '../shared/catalogue-cards';
import { PROCESSOR_LAYOUT } from './show-layout';
import { dpaStatus, parentsOf, processorSortKey, processorsRepo } from './queries';
import { LibraryOrigin } from '../library/LibraryOrigin';
import { localToday } from '../../domain';
import { useUiDates } from '../../i18n/dates';

export const DpaChip = ({ processor }: { processor: Processor }) => {
  const { t } = useTranslation('processors');
  const status = dpaStatus(processor, localToday());
  const tone = status === 'signed' ? 'good' : status === 'expired' ? 'bad' : 'warning';
  return <StatusChip label={t(`dpaStatus.${status}`)} tone={tone} />;
};

/** The sub-processor chain below `parentId`, as an indented list (Art. 28(2),(4)). */
const SubProcessorTree = ({ parentId, all, depth }: { parentId: string; all: readonly Processor[]; depth: number }) => {
  const lang = useUiLanguage();
  const children = all.filter((p) => p.parentProcessorId === parentId);
  // Guard against a corrupt chain that loops: the chain is at most as long as the list.
  if (children.length === 0 || depth > all.length) return null;
  return (
    <Box component="ul" sx={{ listStyle: 'none', m: 0, pl: depth === 0 ? 0 : 3 }}>
      {children.map((c) => (
        <Box component="li" key={c.id} sx={{ py: 0.5 }}>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
            <Box component="span" aria-hidden sx={{ color: 'text.disabled' }}>
              └
            </Box>
            <Link component={RouterLink} to={`/processors/${c.id}`}>
              {c.name}
            </Link>
            <Typography variant="body2" color="text.secondary" component="span">
              {[c.service, c.countries.map((k) => countryName(k, lang)).join(', ')].filter(Boolean).join(' · ')}
            </Typography>
            <DpaChip processor={c} />
          </Box>
          <SubProcessorTree parentId={c.id} all={all} depth={depth + 1} />
        </Box>
      ))}
    </Box>
  );
};

/** The processors of the organisation, and the chain above this one. */
const useChain = (p: Processor) => {
  const { current } = useCurrentOrganisation();
  const all = useLiveList(processorsRepo(), current?.id, processorSortKey);
  return { all, parents: all ? parentsOf(p, all) : [] };
};

/** The service under the name, the chain above it in the breadcrumbs, and its DPA; the body shows the same chain. */
export const useProcessorPage = (p: Processor) => {
  const { t } = useTranslation('processors');
  const chain = useChain(p);
  const { parents } = chain;
  return {
    subtitle: p.service || undefined,
    trail: [...parents].reverse().map((x) => ({ label: x.name, to: `/processors/${x.id}` })),
    badges: (
      <>
        {parents.length > 0 && <StatusChip label={t('subProcessor')} tone="info" />}
        <DpaChip processor={p} />
        {p.dpfCertified && <StatusChip label={t('dpf')} tone="good" />}
        <LibraryOrigin processor={p} />
      </>
    ),
    body: <ProcessorBody p={p} chain={chain} />,
  };
};

/** The sub-processor chain (Art. 28(2),(4)), then the contract and how to reach it. */
const ProcessorBody = ({ p, chain: { all, parents } }: { p: Processor; chain: ReturnType<typeof useChain> }) => {
  const { t } = useTranslation('processors');
  const fmt = useUiDates();
  const lang = useUiLanguage();
  const hasChildren = (all ?? []).some((x) => x.parentProcessorId === p.id);
  const yesNo = (b: boolean) => t(b ? 'common:detail.yes' : 'common:detail.no');
  const views: Record<string, FieldView<Processor>> = {
    address: addressView(lang),
    website: webView,
    // The data processing agreement (Art. 28(3)): one group, four lines.
    dpa: () => ({
      items: [
        { label: t('fields.dpaSigned'), value: yesNo(p.dpa.signed) },
        { label: t('fields.dpaReference'), value: p.dpa.reference },
        { label: t('fields.dpaSignedOn'), value: fmt.date(p.dpa.signedOn) },
        { label: t('fields.dpaExpiresOn'), value: fmt.date(p.dpa.expiresOn) },
      ],
    }),
  };
  return (
    <>
      <Paper variant="outlined" component="section" aria-labelledby="sub-processors" sx={{ p: 3, mb: 2 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1 }}>
          <AccountTreeIcon fontSize="small" color="action" />
          <Typography id="sub-processors" variant="subtitle1" component="h2" sx={{ fontWeight: 500, flexGrow: 1 }}>
            {t('chain.title')}
          </Typography>
          <Button size="small" startIcon={<AddIcon />} component={RouterLink} to={`/processors/new?parent=${p.id}`}>
            {t('chain.add')}
          </Button>
        </Box>
        {parents.length > 0 && (
          <Typography variant="body2" sx={{ mb: 1 }}>
            {t('chain.engagedBy')}{' '}
            {parents.map((x, i) => (
              <span key={x.id}>
                {i > 0 && ' ← '}
                <Link component={RouterLink} to={`/processors/${x.id}`}>
                  {x.name}
                </Link>
              </span>
            ))}
          </Typography>
        )}
        {hasChildren && all ? (
          <SubProcessorTree parentId={p.id} all={all} depth={0} />
        ) : (
          <Typography variant="body2" color="text.secondary">
            {t('chain.none')}
          </Typography>
        )}
      </Paper>
      <CatalogueCards layout={PROCESSOR_LAYOUT} record={p} views={{ byPath: views }} />
    </>
  );
};
