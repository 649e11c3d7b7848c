/**
 * A table looked up by a word of an article, frozen and without a
 * prototype: "constructor" or "__proto__" in a text finds nothing in it,
 * where a plain object literal would answer with `Object.prototype`'s own.
 */
export function wordTable<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
