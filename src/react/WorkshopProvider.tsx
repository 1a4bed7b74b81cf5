import { createContext, useContext, type ReactNode } from 'react'
import { useStore } from 'zustand'
import type { WorkshopState, WorkshopStore } from '../playground/workshop/workshopState'

const WorkshopContext = createContext<WorkshopStore | null>(null)

/** Hands the Build view's store down: the learner's modules, which run, and their problems. */
export function WorkshopProvider({ store, children }: { store: WorkshopStore; children: ReactNode }) {
  return <WorkshopContext.Provider value={store}>{children}</WorkshopContext.Provider>
}

/** Reads the Build view's state through a selector. */
export function useWorkshop<T>(selector: (state: WorkshopState) => T): T {
  const store = useContext(WorkshopContext)
  if (!store) throw new Error('useWorkshop must be used inside <WorkshopProvider>')
  return useStore(store, selector)
}
