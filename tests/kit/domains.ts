import { DOMAINS } from '../../src/domains'
import { createDomainRegistry } from '../../src/kernel/replayStream'

/** The registry the page uses: every domain of src/domains. */
export const PAGE_DOMAINS = createDomainRegistry(DOMAINS)
