import Badge from '@mui/material/Badge';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useMemo, type ReactNode } from 'react';
import { useFormState } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FieldScope } from '../../components/form';
import { errorPaths, sectionForPath, sectionsOf, type ActivitySection } from './activity-model';
import { SECTION_COMPONENTS, type SectionContext } from './sections';

/** Number of field errors per section, shown on the tabs so nothing wrong hides in a closed one. */
const useErrorCounts = (kind: SectionContext['kind']): Partial<Record<ActivitySection, number>> => {
  const { errors } = useFormState();
  // The errors object is mutated in place by react-hook-form; its list of paths is the real change.
  const key = errorPaths(errors).join('\n');
  return useMemo(() => {
    const counts: Partial<Record<ActivitySection, number>> = {};
    for (const p of key === '' ? [] : key.split('\n')) {
      const s = sectionForPath(kind, p);
      counts[s] = (counts[s] ?? 0) + 1;
    }
    return counts;
  }, [kind, key]);
};

/**
 * The activity's fields in sections: a vertical tab list on the left (one tab per Art. 30 item
 * group, with an error count), the open section on the right. Only the open section is mounted;
 * react-hook-form keeps the values of the others.
 */
export const ActivityForm = ({
  context,
  section,
  onSectionChange,
  meta,
}: {
  context: SectionContext;
  section: ActivitySection;
  onSectionChange(section: ActivitySection): void;
  /** Record information shown in the Review section (created, updated, revision). */
  meta?: ReactNode;
}) => {
  const { t } = useTranslation('activities');
  const sections = sectionsOf(context.kind);
  const counts = useErrorCounts(context.kind);
  const Section = SECTION_COMPONENTS[section];
  return (
    <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start' }}>
      <Paper variant="outlined" sx={{ position: 'sticky', top: 80, flexShrink: 0 }}>
        <Tabs
          orientation="vertical"
          variant="scrollable"
          value={section}
          onChange={(_e, v: ActivitySection) => onSectionChange(v)}
          aria-label={t('sections.label')}
          sx={{
            minWidth: 210,
            '& .MuiTab-root': {
              alignItems: 'flex-start',
              textAlign: 'left',
              textTransform: 'none',
              minHeight: 40,
              py: 1,
            },
          }}
        >
          {sections.map((s) => (
            <Tab
              key={s}
              value={s}
              id={`activity-tab-${s}`}
              aria-controls="activity-section-panel"
              label={
                <Badge color="error" badgeContent={counts[s] ?? 0} sx={{ '& .MuiBadge-badge': { right: -14 } }}>
                  {t(context.kind === 'processor' && s === 'general' ? 'sections.generalProcessor' : `sections.${s}`)}
                </Badge>
              }
            />
          ))}
        </Tabs>
      </Paper>
      <Box
        id="activity-section-panel"
        role="tabpanel"
        aria-labelledby={`activity-tab-${section}`}
        sx={{ flexGrow: 1, minWidth: 0 }}
      >
        <FieldScope.Provider value="activity">
          <Section {...context} meta={meta} />
        </FieldScope.Provider>
      </Box>
    </Box>
  );
};
