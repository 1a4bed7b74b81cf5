import { createContext, createElement, useContext, type ComponentType, type ReactNode } from 'react'
import { useDomain } from './PlaygroundProvider'

/**
 * The React views a domain adds to the generic panels, registered apart from its module (as
 * tldraw registers shape utils apart from shape schemas), so the module stays free of React.
 * Every slot is optional: a domain without views still works in every panel.
 */
export interface DomainViews {
  /** Charts of the domain's own figures, in the read side's column. */
  readonly charts?: ComponentType
  /** Shown under the read models' tables (the Order's duplicate-delivery demo). */
  readonly readModelsExtra?: ComponentType
  /** Shown under the exercises (the Order's schema evolution walkthrough). */
  readonly exercisesExtra?: ComponentType
}

/** Views by category; main.tsx passes the registry of src/domains/views.ts. */
export type DomainViewRegistry = Readonly<Record<string, DomainViews>>

const DomainViewsContext = createContext<DomainViewRegistry>({})

/** Hands the views registry down; panels find a domain's view through `useDomainView`. */
export function DomainViewsProvider({ views, children }: { views: DomainViewRegistry; children: ReactNode }) {
  return <DomainViewsContext.Provider value={views}>{children}</DomainViewsContext.Provider>
}

/** The playground's domain's view for one slot, if it has one. */
export function useDomainView(slot: keyof DomainViews): ComponentType | undefined {
  const domain = useDomain()
  return useContext(DomainViewsContext)[domain.category]?.[slot]
}

/** Renders the playground's domain's view for one slot, or nothing when it has none. */
export function DomainView({ slot }: { slot: keyof DomainViews }) {
  const view = useDomainView(slot)
  return view ? createElement(view) : null
}
