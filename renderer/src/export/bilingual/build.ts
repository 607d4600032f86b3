import type { Language } from '../../domain/common';
import type { Workspace } from '../../domain/workspace';
import { buildPolicyViewModel } from '../policy/view-model';
import { buildRegisterViewModel, type RegisterOptions } from '../register/view-model';
import { pairPolicies, pairRegisters, type BilingualDocument } from './model';

/** The register in `options.language` on the left and in `second` on the right, from the same record and filters. */
export const buildBilingualRegister = (ws: Workspace, options: RegisterOptions, second: Language): BilingualDocument =>
  pairRegisters(buildRegisterViewModel(ws, options), buildRegisterViewModel(ws, { ...options, language: second }));

/** The same record with the policy written in `language` (as an export in another language than its own). */
export const withPolicyIn = (ws: Workspace, policyId: string, language: Language): Workspace => ({
  ...ws,
  documents: ws.documents.map((d) =>
    d.id === policyId && d.kind === 'privacy_policy' && d.language !== language ? { ...d, language } : d,
  ),
});

/** The privacy policy in `first` on the left and in `second` on the right. */
export const buildBilingualPolicy = (
  ws: Workspace,
  policyId: string,
  languages: readonly [Language, Language],
  options: { today?: string } = {},
): BilingualDocument =>
  pairPolicies(
    buildPolicyViewModel(withPolicyIn(ws, policyId, languages[0]), policyId, options),
    buildPolicyViewModel(withPolicyIn(ws, policyId, languages[1]), policyId, options),
  );
