export { RecordHistoryButton } from './RecordHistoryButton';
export { SnapshotsPanel } from './SnapshotsPanel';
export { WorkspaceDiffView } from './WorkspaceDiffView';
export { RecordActions, type RecordActionsProps } from './RecordActions';
