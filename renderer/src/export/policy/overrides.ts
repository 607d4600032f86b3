import {
  policySectionKeySchema,
  sectionOverrideSchema,
  type PolicySectionKey,
  type SectionOverride,
} from '../../domain/document-setting';
import type { Workspace } from '../../domain/workspace';
import { policySectionFingerprints } from './view-model';

export interface NewOverride {
  mode: SectionOverride['mode'];
  text: string;
  /** ISO date-time of the edit; passed in so the builder stays pure. */
  now: string;
}

/** Bad override input (unknown section, text too long, bad date) with the reason in plain words. */
export class PolicyOverrideError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PolicyOverrideError';
  }
}

/**
 * An override of one section stamped with the fingerprint of the facts it was written against, so
 * it reads as `current` until the record changes under it. The caller stores it in
 * `policy.overrides[key]` through the document repository.
 */
export const createPolicyOverride = (
  ws: Workspace,
  policyId: string,
  key: PolicySectionKey,
  input: NewOverride,
): SectionOverride => {
  const parsedKey = policySectionKeySchema.safeParse(key);
  if (!parsedKey.success) throw new PolicyOverrideError(`"${String(key)}" is not a section of a privacy policy.`);
  const fingerprint = policySectionFingerprints(ws, policyId)[parsedKey.data];
  const parsed = sectionOverrideSchema.safeParse({
    mode: input.mode,
    text: input.text,
    factsFingerprint: fingerprint,
    updatedAt: input.now,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new PolicyOverrideError(
      `The override of "${key}" is not valid: ${issue ? `${issue.path.join('.') || 'value'}: ${issue.message}` : 'unknown reason'}.`,
    );
  }
  return parsed.data;
};

/** Marks an override as reviewed against the current record without changing its text. */
export const confirmPolicyOverride = (
  ws: Workspace,
  policyId: string,
  key: PolicySectionKey,
  override: SectionOverride,
  now: string,
): SectionOverride => createPolicyOverride(ws, policyId, key, { mode: override.mode, text: override.text, now });
