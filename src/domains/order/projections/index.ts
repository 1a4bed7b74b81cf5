export * from '../../../kernel/readside/projection'
export * from './orderSummary'
export * from './salesReport'
export * from './customerHistory'
