import type { DomainViewRegistry } from '../react/DomainViews'
import { accountViews } from './account/views'
import { catalogViews } from './catalog/views'
import { orderViews } from './order/views'

/** The React views each domain adds, by category. Adding a domain with views adds one line here. */
export const DOMAIN_VIEWS: DomainViewRegistry = { Order: orderViews, Account: accountViews, CatalogItem: catalogViews }
