/**
 * Lists kept for a whole build in a backing store of their own length. V8 gives a list pushed onto an empty
 * literal room for 16 items at its first push, and the room stays for as long as the list lives: an article's
 * per-paragraph and per-sentence lists (a paragraph's sentences, a sentence's quotation spans and named
 * mentions) live until its records are made, and a short one held more bytes of room than of items. Every
 * young collection copies what survives it, room included.
 */

/**
 * `list`, or a copy of it whose backing store is its length, for a list that lives long after it is built.
 * The pushed list then dies young; an empty list has no backing store and is returned as it is.
 */
export function exactSize<T>(list: T[]): T[] {
  return list.length === 0 ? list : list.slice();
}
