// The server's Content-Security-Policy forbids eval. Zod probes for it with `new Function` (to
// compile fast object parsers); the probe is caught, but the browser still reports a CSP
// violation. Jitless mode skips the probe; the engine's schemas are small, so nothing is lost.
import { z } from 'zod';

z.config({ jitless: true });
