import { z } from 'zod';
import type { ActivityTemplate } from './activity-template';
import type { LibraryCategory, LibraryEntry } from './processor-library';

/**
 * The guided start: from a few answers about a new organisation (sector, size, role, tools) to a
 * proposed starter register. Pure: which template or provider is proposed, ticked or not, and why.
 * The reasons are data (a key and values), worded in assets/i18n/<lang>/guided-start.json.
 */

export const guidedSectorSchema = z.enum([
  'retail_ecommerce',
  'software_it',
  'professional_services',
  'health',
  'transport_logistics',
  'industry',
  'other',
]);
export type GuidedSector = z.infer<typeof guidedSectorSchema>;

/** Headcount bands; "none" is an organisation without employees (no HR record to keep). */
export const headcountBandSchema = z.enum(['none', '1_9', '10_49', '50_249', '250_plus']);
export type HeadcountBand = z.infer<typeof headcountBandSchema>;

/** Art. 4(7), 4(8): the organisation decides its own processing, works for clients, or both. */
export const guidedRoleSchema = z.enum(['controller', 'processor', 'both']);
export type GuidedRole = z.infer<typeof guidedRoleSchema>;

export const MAX_TOOLS = 40;
export const guidedProfileSchema = z.object({
  sector: guidedSectorSchema,
  headcount: headcountBandSchema,
  role: guidedRoleSchema,
  /** Library entry ids of the tools the organisation uses. */
  toolIds: z.array(z.string().min(1).max(80)).max(MAX_TOOLS),
  /** For processor activities (Art. 30(2)(a)): a client controller the organisation works for. */
  clientName: z.string().trim().max(300).default(''),
});
export type GuidedProfile = z.infer<typeof guidedProfileSchema>;

export type ProposalReason =
  | { key: 'employer'; params: Record<string, never> }
  | { key: 'employerOptional'; params: Record<string, never> }
  | { key: 'noEmployees'; params: Record<string, never> }
  | { key: 'business'; params: Record<string, never> }
  | { key: 'gdprDuty'; params: Record<string, never> }
  | { key: 'sector'; params: { sector: GuidedSector } }
  | { key: 'tools'; params: { tools: string } }
  | { key: 'processorRole'; params: Record<string, never> }
  | { key: 'processorNeedsClient'; params: Record<string, never> }
  | { key: 'notForRole'; params: Record<string, never> }
  | { key: 'optional'; params: Record<string, never> }
  | { key: 'toolChosen'; params: { category: LibraryCategory } };

export interface ActivityProposal {
  templateId: string;
  ticked: boolean;
  /** False when it cannot be created as answered (a processor activity with no client named). */
  available: boolean;
  reason: ProposalReason;
  /** Library entries whose processors the activity will use. */
  processorEntryIds: string[];
}
export interface ProcessorProposal {
  entryId: string;
  ticked: boolean;
  reason: ProposalReason;
}
export interface StarterProposal {
  activities: ActivityProposal[];
  processors: ProcessorProposal[];
}

/** Which activities a kind of tool is used for (a tool proposes them, and they link to it). */
export const TEMPLATES_FOR_CATEGORY: Record<LibraryCategory, readonly string[]> = {
  office_suite: ['fr.it-accounts-logs'],
  email_marketing: ['fr.newsletter'],
  crm: ['fr.customer-management', 'fr.b2b-prospecting'],
  payments: ['fr.ecommerce-payments'],
  cloud_hosting: ['fr.it-accounts-logs'],
  video_calls: ['fr.it-accounts-logs'],
  support_desk: ['fr.customer-support'],
  analytics: ['fr.web-analytics-cookies'],
  payroll_hr: ['fr.payroll', 'fr.hr-administration'],
  e_signature: ['fr.contract-management'],
  accounting: ['fr.accounting'],
  file_sharing: ['fr.it-accounts-logs'],
  messaging: ['fr.it-accounts-logs'],
  website: ['fr.contact-form', 'fr.ecommerce-payments'],
  sms: ['fr.newsletter'],
  forms: ['fr.contact-form'],
  password_manager: ['fr.it-accounts-logs'],
  scheduling: ['fr.customer-management'],
};

/** Kept by every employer: the personnel file and pay (Code du travail, Code de la sécurité sociale). */
const CORE_HR = new Set(['fr.hr-administration', 'fr.payroll', 'fr.recruitment']);
/** Kept by every business that sells and buys (Code de commerce, CGI). */
const CORE_BUSINESS = new Set(['fr.customer-management', 'fr.supplier-management', 'fr.accounting']);
/** Duties of every controller: answer requests (Art. 12–22) and document breaches (Art. 33(5)). */
const GDPR_DUTIES = new Set(['fr.data-subject-requests', 'fr.breach-register']);

const none: Record<string, never> = {};

export const proposeStarterRegister = (
  profile: GuidedProfile,
  templates: readonly ActivityTemplate[],
  library: readonly LibraryEntry[],
): StarterProposal => {
  const tools = profile.toolIds.flatMap((id) => library.find((e) => e.id === id) ?? []);
  const employer = profile.headcount !== 'none';
  const actsAsProcessor = profile.role !== 'controller';
  const toolsFor = (templateId: string): LibraryEntry[] =>
    tools.filter((t) => TEMPLATES_FOR_CATEGORY[t.category].includes(templateId));

  const activities = templates.map((t): ActivityProposal => {
    const linked = toolsFor(t.id);
    const processorEntryIds = linked.map((e) => e.id);
    const base = { templateId: t.id, processorEntryIds, available: true };
    if (t.kind === 'processor') {
      if (!actsAsProcessor) return { ...base, ticked: false, reason: { key: 'notForRole', params: none } };
      if (profile.clientName === '')
        return { ...base, ticked: false, available: false, reason: { key: 'processorNeedsClient', params: none } };
      const inSector = profile.sector !== 'other' && t.sectors.includes(profile.sector);
      return inSector
        ? { ...base, ticked: true, reason: { key: 'sector', params: { sector: profile.sector } } }
        : { ...base, ticked: false, reason: { key: 'processorRole', params: none } };
    }
    if (t.family === 'hr') {
      if (!employer) return { ...base, ticked: false, reason: { key: 'noEmployees', params: none } };
      if (CORE_HR.has(t.id)) return { ...base, ticked: true, reason: { key: 'employer', params: none } };
    }
    if (GDPR_DUTIES.has(t.id)) return { ...base, ticked: true, reason: { key: 'gdprDuty', params: none } };
    if (linked.length > 0)
      return {
        ...base,
        ticked: true,
        reason: { key: 'tools', params: { tools: linked.map((e) => e.name).join(', ') } },
      };
    if (profile.sector !== 'other' && t.sectors.includes(profile.sector))
      return { ...base, ticked: true, reason: { key: 'sector', params: { sector: profile.sector } } };
    if (CORE_BUSINESS.has(t.id)) return { ...base, ticked: true, reason: { key: 'business', params: none } };
    if (t.family === 'hr') return { ...base, ticked: false, reason: { key: 'employerOptional', params: none } };
    return { ...base, ticked: false, reason: { key: 'optional', params: none } };
  });
  // Ticked first, in the templates' order, so the proposal reads from what matters.
  activities.sort((a, b) => Number(b.ticked) - Number(a.ticked));

  const processors = tools.map((e): ProcessorProposal => ({
    entryId: e.id,
    ticked: true,
    reason: { key: 'toolChosen', params: { category: e.category } },
  }));
  return { activities, processors };
};
