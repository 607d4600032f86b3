import { z } from 'zod';

/**
 * zod's JIT compiles object parsers with `new Function`, after probing whether eval is allowed.
 * The app's Content-Security-Policy forbids eval (no 'unsafe-eval'), so the JIT never ran in the
 * app anyway, but the probe itself is reported as a CSP violation on every start. Jitless mode
 * skips the probe. zod reads the setting when a schema is created: this module is imported first
 * by every entry point of the app (the window and each worker), before any schema exists.
 */
z.config({ jitless: true });
