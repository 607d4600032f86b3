import type { SvgIconComponent } from '@mui/icons-material';
import BusinessIcon from '@mui/icons-material/Business';
import ChecklistIcon from '@mui/icons-material/Checklist';
import ContactMailIcon from '@mui/icons-material/ContactMail';
import DescriptionIcon from '@mui/icons-material/Description';
import EventNoteIcon from '@mui/icons-material/EventNote';
import DnsIcon from '@mui/icons-material/Dns';
import GroupsIcon from '@mui/icons-material/Groups';
import PublicIcon from '@mui/icons-material/Public';
import SecurityIcon from '@mui/icons-material/Security';
import SettingsIcon from '@mui/icons-material/Settings';
import ViewListIcon from '@mui/icons-material/ViewList';
import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import MarkEmailReadIcon from '@mui/icons-material/MarkEmailRead';
import TranslateIcon from '@mui/icons-material/Translate';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';

/** The record's sections, in navigation order. `path` is the route prefix, `labelKey` in common.json. */
export interface SectionDef {
  id: string;
  path: string;
  labelKey: string;
  icon: SvgIconComponent;
  /** Needs a current organisation to show anything. */
  needsOrganisation: boolean;
}

export const SECTIONS: readonly SectionDef[] = [
  // The first screen once an organisation exists: what is due (its wording is in home.json).
  { id: 'home', path: '/home', labelKey: 'home:nav', icon: EventNoteIcon, needsOrganisation: true },
  {
    id: 'organisations',
    path: '/organisations',
    labelKey: 'nav.organisations',
    icon: BusinessIcon,
    needsOrganisation: false,
  },
  { id: 'activities', path: '/activities', labelKey: 'nav.activities', icon: ViewListIcon, needsOrganisation: true },
  { id: 'recipients', path: '/recipients', labelKey: 'nav.recipients', icon: GroupsIcon, needsOrganisation: true },
  { id: 'processors', path: '/processors', labelKey: 'nav.processors', icon: DnsIcon, needsOrganisation: true },
  { id: 'transfers', path: '/transfers', labelKey: 'nav.transfers', icon: PublicIcon, needsOrganisation: true },
  { id: 'contacts', path: '/contacts', labelKey: 'nav.contacts', icon: ContactMailIcon, needsOrganisation: true },
  {
    id: 'security-measures',
    path: '/security-measures',
    labelKey: 'nav.securityMeasures',
    icon: SecurityIcon,
    needsOrganisation: true,
  },
  { id: 'breaches', path: '/breaches', labelKey: 'nav.breaches', icon: ReportProblemIcon, needsOrganisation: true },
  { id: 'requests', path: '/requests', labelKey: 'nav.requests', icon: MarkEmailReadIcon, needsOrganisation: true },
  { id: 'documents', path: '/documents', labelKey: 'nav.documents', icon: DescriptionIcon, needsOrganisation: true },
  { id: 'checks', path: '/checks', labelKey: 'nav.checks', icon: ChecklistIcon, needsOrganisation: true },
  // The printed text in each document language (its wording is in translations.json).
  {
    id: 'translations',
    path: '/translations',
    labelKey: 'translations:nav',
    icon: TranslateIcon,
    needsOrganisation: true,
  },
  // Deleted records of every workspace (its wording is in trash.json).
  { id: 'trash', path: '/trash', labelKey: 'trash:nav', icon: DeleteOutlineIcon, needsOrganisation: false },
  { id: 'settings', path: '/settings', labelKey: 'nav.settings', icon: SettingsIcon, needsOrganisation: false },
];
