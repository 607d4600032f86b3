export { RecordHistoryButton } from './RecordHistoryButton';
export { SnapshotsPanel } from './SnapshotsPanel';
export { WorkspaceDiffView } from './WorkspaceDiffView';
