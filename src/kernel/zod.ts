import { z } from 'zod'

// zod compiles object schemas with `new Function` unless told not to, and its first parse probes
// whether eval is allowed: under the page's Content-Security-Policy that probe is reported as a
// violation. Every module of the playground takes zod from here, configured to never try.
z.config({ jitless: true })

export { z }
