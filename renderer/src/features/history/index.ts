export { SnapshotsPanel } from './SnapshotsPanel';
export { RecordActions } from './RecordActions';
