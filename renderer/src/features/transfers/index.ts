export { TransfersSection } from './TransfersSection';
export { TransferList, destinationOf } from './TransferList';
export { TransferShow } from './TransferShow';
export { AdequacyChip } from './AdequacyChip';
export * from './queries';
