// The worker thread's entry: registers tsx in this thread (loaders are per thread), then runs the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./pdf-part-worker.ts');
