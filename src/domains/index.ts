import type { AnyDomainModule } from '../kernel/domainModule'
import type { BuildExercise } from '../kernel/learner/buildExercise'
import blankTemplate from '../kernel/learner/blankTemplate.ts?raw'
import { accountModule } from './account/module'
import { catalogModule } from './catalog/module'
import { orderModule } from './order/module'
import orderTemplate from './order/learner/orderTemplate.ts?raw'
import { refundAnOrder, shipAnOrder } from './order/learner/buildExercises'
import { trackInventory } from './stock/learner/buildExercises'

/** Every domain this playground knows. Adding a domain adds one line here. */
export const DOMAINS: readonly AnyDomainModule[] = [orderModule, accountModule, catalogModule]

/** What the Build view offers to start a module from: a blank one, or a copy of a built-in domain. */
export const LEARNER_TEMPLATES: readonly { readonly label: string; readonly source: string }[] = [
  { label: 'Blank', source: blankTemplate },
  { label: 'Order', source: orderTemplate },
]

/** The exercises done by writing a module, in the learning path's order. */
export const BUILD_EXERCISES: readonly BuildExercise[] = [shipAnOrder, refundAnOrder, trackInventory]
