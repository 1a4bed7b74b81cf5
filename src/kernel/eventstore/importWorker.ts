/** The import's worker (see importWorkerBody.ts): started by `startImportWorker`. */
import { serveImport } from './importWorkerBody'
import type { ImportWorkerScope } from './importWorkerProtocol'

serveImport(self as unknown as ImportWorkerScope, indexedDB)
