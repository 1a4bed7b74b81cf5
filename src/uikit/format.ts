export { formatRecordedAt, formatRecordedTime } from '../kernel/format'
export { plural } from '../kernel/money'

/** "an order", "an account", "a book": the article by the first letter, which is right for most nouns. */
export function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`
}
