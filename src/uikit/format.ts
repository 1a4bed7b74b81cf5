export { plural } from '../kernel/money'

/** "an order", "an account", "a book": the article by the first letter, which is right for most nouns. */
export function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`
}

/** "order" → "Order": a word at the start of a heading or sentence. */
export function capitalized(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}
