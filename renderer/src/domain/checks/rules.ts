import { DPIA_RULES } from './dpia';
import { LIBRARY_RULES } from './library-rules';
import { LOG_RULES } from './log-rules';
import { POLICY_RULES } from './policy-rules';
import { RECORD_RULES } from './record-rules';
import { REMINDER_RULES } from './reminders';
import { TEMPLATE_RULES } from './template-rules';
import { TRANSFER_RULES } from './transfer-rules';
import { TRANSLATION_RULES } from './translation-rules';
import type { CheckRule } from './types';

/** Every rule the engine runs, in the order the Checks screen lists them. */
export const ALL_RULES: readonly CheckRule[] = [
  ...RECORD_RULES,
  ...TRANSFER_RULES,
  ...POLICY_RULES,
  ...DPIA_RULES,
  ...REMINDER_RULES,
  ...TEMPLATE_RULES,
  ...LOG_RULES,
  ...LIBRARY_RULES,
  ...TRANSLATION_RULES,
];

export const ruleById = (id: string): CheckRule | undefined => ALL_RULES.find((r) => r.id === id);
