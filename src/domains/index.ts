import type { AnyDomainModule } from '../kernel/domainModule'
import { orderModule } from './order/module'

/** Every domain this playground knows. Adding a domain adds one line here. */
export const DOMAINS: readonly AnyDomainModule[] = [orderModule]
