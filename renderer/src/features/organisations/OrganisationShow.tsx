import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useCurrentOrganisation } from '../../session/current-organisation';
import { useUiLanguage } from '../../session/use-ui-language';
import { DetailCard } from '../../components/DetailList';
import { PageHeader } from '../../components/PageHeader';
import { StatusChip } from '../../components/StatusChip';
import { isUnder250, type Address } from '../../domain';
import { countryName } from '../../domain/reference';
import { organisationsRepo, useOrganisation } from './queries';
import { RecordActions } from '../history';
import { GuidedStartBanner } from '../guided-start/GuidedStartBanner';
import type { Language } from '../../domain/common';

export const formatAddress = (a: Address, lang: Language): string =>
  [a.street, [a.postalCode, a.city].filter(Boolean).join(' '), countryName(a.country, lang)].filter(Boolean).join('\n');

export const OrganisationShow = () => {
  const { t } = useTranslation('organisations');
  const lang = useUiLanguage();
  const { id } = useParams();
  const { current, setCurrentId } = useCurrentOrganisation();
  const o = useOrganisation(id);
  if (o === undefined) return null;
  if (o === null) return <Alert severity="warning">{t('notFound')}</Alert>;
  const yesNo = (b: boolean) => t(b ? 'common:detail.yes' : 'common:detail.no');
  const web = (url: string) =>
    url ? (
      <Link href={url} target="_blank" rel="noreferrer">
        {url}
      </Link>
    ) : (
      ''
    );
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
      <DetailCard
        title={t('form.identity')}
        items={[
          { label: t('fields.name'), value: o.name },
          { label: t('fields.shortName'), value: o.shortName },
          { label: t('fields.registrationNumber'), value: o.registrationNumber },
          { label: t('fields.role'), value: t(`role.${o.role}`) },
        ]}
      />
      <DetailCard
        title={t('form.contact')}
        items={[
          { label: t('fields.address'), value: formatAddress(o.address, lang) },
          { label: t('fields.email'), value: o.email },
          { label: t('fields.phone'), value: o.phone },
          { label: t('fields.website'), value: web(o.website) },
        ]}
      />
      <DetailCard
        title={t('form.gdpr')}
        items={[
          {
            label: t('fields.headcountBand'),
            value: `${t(`headcount.${o.headcountBand}`)} — ${t(isUnder250(o.headcountBand) ? 'art305.under' : 'art305.over')}`,
          },
          { label: t('fields.defaultLanguage'), value: t(`language.${o.defaultLanguage}`) },
          { label: t('fields.establishedInEu'), value: yesNo(o.establishedInEu) },
          {
            label: t('statements:organisation.crossBorder'),
            value:
              o.crossBorderProcessing === null
                ? t('statements:organisation.crossBorderUnanswered')
                : yesNo(o.crossBorderProcessing),
          },
          { label: t('fields.isPublicAuthority'), value: yesNo(o.isPublicAuthority) },
        ]}
      />
      <DetailCard
        title={t('form.authority')}
        items={[
          { label: t('fields.authorityName'), value: o.supervisoryAuthority.name },
          { label: t('fields.authorityCountry'), value: countryName(o.supervisoryAuthority.country, lang) },
          { label: t('fields.authorityWebsite'), value: web(o.supervisoryAuthority.website) },
          { label: t('fields.authorityAddress'), value: o.supervisoryAuthority.address },
        ]}
      />
    </>
  );
};
