import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useCurrentOrganisation } from '../../session/current-organisation';
import { useUiLanguage } from '../../session/use-ui-language';
import { PageHeader } from '../../components/PageHeader';
import { StatusChip } from '../../components/StatusChip';
import { isUnder250, type Organisation } from '../../domain';
import { countryName } from '../../domain/reference';
import { organisationsRepo, useOrganisation } from './queries';
import { RecordActions } from '../history';
import { GuidedStartBanner } from '../guided-start/GuidedStartBanner';
import { addressView, CatalogueCards, webLink, webView, type FieldView } from '../shared/catalogue-cards';
import { ORGANISATION_LAYOUT } from './show-layout';

export const OrganisationShow = () => {
  const { t } = useTranslation('organisations');
  const lang = useUiLanguage();
  const { id } = useParams();
  const { current, setCurrentId } = useCurrentOrganisation();
  const o = useOrganisation(id);
  if (o === undefined) return null;
  if (o === null) return <Alert severity="warning">{t('notFound')}</Alert>;
  const yesNo = (b: boolean) => t(b ? 'common:detail.yes' : 'common:detail.no');
  const views: Record<string, FieldView<Organisation>> = {
    address: addressView(lang),
    website: webView,
    // The band, and what it means for the Art. 30(5) exemption.
    headcountBand: () => ({
      value: `${t(`headcount.${o.headcountBand}`)} — ${t(isUnder250(o.headcountBand) ? 'art305.under' : 'art305.over')}`,
    }),
    crossBorderProcessing: () => ({
      value:
        o.crossBorderProcessing === null
          ? t('statements:organisation.crossBorderUnanswered')
          : yesNo(o.crossBorderProcessing),
    }),
    // One group, four lines: the lead authority's name, country, website and address.
    supervisoryAuthority: () => ({
      items: [
        { label: t('fields.authorityName'), value: o.supervisoryAuthority.name },
        { label: t('fields.authorityCountry'), value: countryName(o.supervisoryAuthority.country, lang) },
        { label: t('fields.authorityWebsite'), value: webLink(o.supervisoryAuthority.website) },
        { label: t('fields.authorityAddress'), value: o.supervisoryAuthority.address },
      ],
    }),
  };
  return (
    <>
      <PageHeader
        title={o.name}
        subtitle={o.description || undefined}
        breadcrumbs={[{ label: t('list.title'), to: '/organisations' }]}
        badges={
          <>
            <StatusChip label={t(`role.${o.role}`)} tone="neutral" />
            {o.id === current?.id && <StatusChip label={t('current')} tone="info" />}
          </>
        }
        actions={
          <RecordActions
            table="organisations"
            repo={organisationsRepo()}
            id={o.id}
            revision={o.revision}
            name={o.name}
            editTo={`/organisations/${o.id}/edit`}
            listTo="/organisations"
            onDeleted={() => {
              if (o.id === current?.id) setCurrentId(undefined);
            }}
          >
            {o.id !== current?.id && (
              <Button variant="outlined" onClick={() => setCurrentId(o.id)}>
                {t('makeCurrent')}
              </Button>
            )}
          </RecordActions>
        }
      />
      <GuidedStartBanner organisationId={o.id} />
      <CatalogueCards layout={ORGANISATION_LAYOUT} record={o} views={{ byPath: views }} />
    </>
  );
};
