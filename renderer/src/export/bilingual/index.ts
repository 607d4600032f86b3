export { pairPolicies, pairRegisters, SameLanguageTwiceError } from './model';
export type { BilingualDocument, BilingualGroup, BilingualRow, BilingualSide, ColumnBlock } from './model';
export { buildBilingualPolicy, buildBilingualRegister, withPolicyIn } from './build';
export { renderBilingualDocx } from './docx';
export { renderBilingualPdf } from './pdf';
