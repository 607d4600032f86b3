import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { useCurrentOrganisation } from '../../session/current-organisation';
import { useUiLanguage } from '../../session/use-ui-language';
import { StatusChip } from '../../components/StatusChip';
import { isUnder250, type Organisation } from '../../domain';
import { countryName } from '../../domain/reference';
import { GuidedStartBanner } from '../guided-start/GuidedStartBanner';
import { addressView, CatalogueCards, webLink, webView, type FieldView } from '../shared/catalogue-cards';
import { ORGANISATION_LAYOUT } from './show-layout';

/** The description under the name, the role, whether it is the current one (and a way to make it so); the record. */
export const useOrganisationPage = (o: Organisation) => {
  const { t } = useTranslation('organisations');
  const { current, setCurrentId } = useCurrentOrganisation();
  return {
    subtitle: o.description || undefined,
    badges: (
      <>
        <StatusChip label={t(`role.${o.role}`)} tone="neutral" />
        {o.id === current?.id && <StatusChip label={t('current')} tone="info" />}
      </>
    ),
    actions: o.id !== current?.id && (
      <Button variant="outlined" onClick={() => setCurrentId(o.id)}>
        {t('makeCurrent')}
      </Button>
    ),
    onDeleted: () => {
      if (o.id === current?.id) setCurrentId(undefined);
    },
    body: <OrganisationBody record={o} />,
  };
};

const OrganisationBody = ({ record: o }: { record: Organisation }) => {
  const { t } = useTranslation('organisations');
  const lang = useUiLanguage();
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
      <GuidedStartBanner organisationId={o.id} />
      <CatalogueCards layout={ORGANISATION_LAYOUT} record={o} views={{ byPath: views }} />
    </>
  );
};
