/**
 * How a person's name stands among an article's tokens: a hyphenated name read whole, a nickname in marks
 * before a surname, initials before it, a comma opening an apposition after it. See article-people.ts.
 */
import type { Token } from '../nlp/pipeline.ts';
import { NAME_WORD } from './name-words.ts';

/** A middle initial as the tokenizer leaves it ("W."). */
export const MIDDLE_INITIAL = /^\p{Lu}\.$/u;

/**
 * The name word at token `t`: a hyphenated name ("Ruiz-Ochoa") is three tokens, the word, the hyphen and
 * the rest, with no spaces, and is read whole.
 */
export function nameAt(tokens: readonly Token[], t: number): { value: string; last: number } {
  const tok = tokens[t];
  const hyphen = tokens[t + 1];
  const rest = tokens[t + 2];
  return tok &&
    hyphen?.value === '-' &&
    rest &&
    tok.end === hyphen.start &&
    hyphen.end === rest.start &&
    NAME_WORD.test(rest.value)
    ? { value: `${tok.value}-${rest.value}`, last: t + 2 }
    : { value: tok?.value ?? '', last: t };
}

/**
 * The words before a nickname in marks that ends right before token `t`: 'Arturo "Turi" Baeza' at "Baeza"
 * gives "Turi" and "Arturo", either of which may be how the article names him elsewhere.
 */
export function nicknameBefore(tokens: readonly Token[], t: number): string[] {
  const close = tokens[t - 1]?.value ?? '';
  if (!/^["”]$/.test(close)) return [];
  // 'Joaquín "El Chapo" Guzmán': a nickname may be a few words.
  for (let open = t - 3; open >= t - 2 - MAX_NICKNAME_WORDS && open >= 0; open--)
    if (/^["“]$/.test(tokens[open]?.value ?? ''))
      return [tokens[t - 2]?.value ?? '', tokens[open - 1]?.value ?? ''];
  return [];
}

/** The most words a nickname in marks has ("El Chapo", "El Mayo"). */
const MAX_NICKNAME_WORDS = 3;

/** True when token `t` opens an apposition: a comma right after a name ("Héctor García, the officer"). */
export function appositionAt(tokens: readonly Token[], t: number): boolean {
  return tokens[t - 1]?.value === ',' && NAME_WORD.test(tokens[t - 2]?.value ?? '');
}

/** Initials at most read back before a surname ("C. R." before "Moore"). */
const MAX_INITIALS = 3;

/** The initials right before token `t`, in reading order ("C. R. Moore": ["C.", "R."]). */
export function initialsBefore(tokens: readonly Token[], t: number): string[] {
  const out: string[] = [];
  for (let k = t - 1; k >= 0 && t - k <= MAX_INITIALS && MIDDLE_INITIAL.test(tokens[k]?.value ?? ''); k--)
    out.unshift(tokens[k]?.value ?? '');
  return out;
}
