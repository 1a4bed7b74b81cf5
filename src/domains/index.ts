import type { AnyDomainModule } from '../kernel/domainModule'
import { accountModule } from './account/module'
import { catalogModule } from './catalog/module'
import { orderModule } from './order/module'

/** Every domain this playground knows. Adding a domain adds one line here. */
export const DOMAINS: readonly AnyDomainModule[] = [orderModule, accountModule, catalogModule]
