// The command line has no browser: Dexie runs on an in-memory IndexedDB, as in the tests.
// A module of its own so that import.ts can load it with import() once its arguments are checked
// (fake-indexeddb's "auto" entry has no types for a dynamic import; as a side-effect import it needs none).
import 'fake-indexeddb/auto';
