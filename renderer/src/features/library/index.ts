export { AddFromLibraryButton, AddFromLibraryDialog, LibraryPreview } from './AddFromLibraryDialog';
export { LibraryOrigin } from './LibraryOrigin';
export { useLibraryWording } from './wording';
