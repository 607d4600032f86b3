import Alert from '@mui/material/Alert';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { repositories } from '../data/repositories';
import type { Activity } from '../domain';

/** The link arrays an activity carries to other records of the organisation. */
export type ActivityLinkField = 'processorIds' | 'transferIds' | 'securityMeasureIds' | 'recipientIds';

/** A record that links to the one shown: where it is used. */
export interface UsageRef {
  id: string;
  label: string;
  /** Route of the using record. */
  to: string;
}

const linksOf = (a: Activity, field: ActivityLinkField): readonly string[] =>
  field === 'recipientIds' ? (a.kind === 'controller' ? a.recipientIds : []) : a[field];

/**
 * The processor and its parents up the chain (Brevo → Twilio: Twilio, Brevo): a sub-processor works
 * for every activity its parent works for (Art. 28(4)). Stops at a loop or a missing parent.
 */
export const processorChain = (id: string, parentOf: ReadonlyMap<string, string | null>): string[] => {
  const chain = [id];
  let parent = parentOf.get(id) ?? null;
  while (parent !== null && !chain.includes(parent)) {
    chain.push(parent);
    parent = parentOf.get(parent) ?? null;
  }
  return chain;
};

/** Live list of the organisation's activities that link to `id` through `field` (for a processor, through its parents too). */
export const useActivitiesUsing = (
  organisationId: string | undefined,
  field: ActivityLinkField,
  id: string | undefined,
): UsageRef[] | undefined =>
  useLiveQuery(async () => {
    if (!organisationId || !id) return [];
    const activities = await repositories().activities.list(organisationId);
    const linked =
      field === 'processorIds'
        ? processorChain(
            id,
            new Map(
              (await repositories().processors.list(organisationId)).map((p) => [p.id, p.parentProcessorId] as const),
            ),
          )
        : [id];
    return activities
      .filter((a) => linksOf(a, field).some((l) => linked.includes(l)))
      .map((a) => ({ id: a.id, label: a.name, to: `/activities/${a.id}` }))
      .sort((x, y) => x.label.localeCompare(y.label));
  }, [organisationId, field, id]);

/** "Used by" card on a Show screen. */
export const UsagePanel = ({ title, usages }: { title?: string; usages: UsageRef[] | undefined }) => {
  const { t } = useTranslation();
  return (
    <Paper variant="outlined" component="section" sx={{ p: 3, mb: 2 }}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 500 }}>
        {title ?? t('usage.title')}
      </Typography>
      <UsageSummary usages={usages} />
    </Paper>
  );
};

/** The list of uses, or a sentence saying there are none; used in the panel and the delete dialog. */
export const UsageSummary = ({ usages }: { usages: UsageRef[] | undefined }) => {
  const { t } = useTranslation();
  if (usages === undefined) return <Typography variant="body2">{t('app.loading')}</Typography>;
  if (usages.length === 0)
    return (
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        {t('usage.none')}
      </Typography>
    );
  return (
    <>
      <Alert severity="info" sx={{ mt: 1 }}>
        {t('usage.count', { count: usages.length })}
      </Alert>
      <List dense>
        {usages.map((u) => (
          <ListItem key={u.id} disableGutters>
            <Link component={RouterLink} to={u.to}>
              {u.label}
            </Link>
          </ListItem>
        ))}
      </List>
    </>
  );
};
