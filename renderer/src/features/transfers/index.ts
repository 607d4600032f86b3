export { TransfersSection } from './TransfersSection';
export { TransferList, destinationOf } from './TransferList';
export { TransferShow } from './TransferShow';
export { TransferCreate, TransferEdit } from './TransferEdit';
export { TransferForm } from './TransferForm';
export { AdequacyChip } from './AdequacyChip';
export * from './queries';
