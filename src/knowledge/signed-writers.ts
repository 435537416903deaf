/**
 * A signed letter's writer as a person of the article. The sign-off ("— Martha Pierce Lowe, Brownsville")
 * names them and says where they live; the letter above it speaks in their first person, so its "I", "my",
 * "we" and "our" outside quoted words are mentions of them (the letter's sentences are where they are
 * found). Their words are not made quotations: the knowledge's quotations are quoted words only.
 */
import { discoveredId, type ArticlePerson } from './discovered-person.ts';
import { signOff } from './letter-writers.ts';
import type { WorkingSentence } from './working.ts';
import { mentionsChanged } from './mentions-version.ts';
import { topLevelHolding } from './quote-spans.ts';

/** First-person words outside quotations that are the writer speaking of themselves. */
const FIRST_PERSON: ReadonlySet<string> = new Set([
  'i',
  'me',
  'my',
  'mine',
  'myself',
  'we',
  'us',
  'our',
  'ours',
]);

/**
 * The writers the article's sign-offs name who are no person already found (`known`, by name), each with a
 * mention at the first first-person word of every sentence of their letter that has one (pushed onto
 * `sentences`, whose `paragraph` counts from 1). `writers` are the letters' writers by paragraph
 * (`letterWriters`, read once per article); `isTitle` splits a title off the name ("Lt. Col.").
 */
export function signedWriters(
  paragraphs: ReadonlyArray<{ line: number; text: string }>,
  dropped: ReadonlyArray<{ line: number; text: string }>,
  writers: ReadonlyMap<number, string>,
  sentences: readonly WorkingSentence[],
  known: ReadonlySet<string>,
  isTitle: (word: string) => boolean,
): ArticlePerson[] {
  if (writers.size === 0) return [];
  const places = new Map<string, string | null>();
  for (const line of [...dropped, ...paragraphs]) {
    const s = signOff(line.text);
    if (s && !places.has(s.name)) places.set(s.name, s.place);
  }
  const people = new Map<string, ArticlePerson>();
  for (const s of sentences) {
    const written = writers.get(s.paragraph - 1);
    if (!written) continue;
    const { name, title, nameWords } = writerName(written, isTitle);
    if (known.has(name)) continue;
    const token = firstPersonToken(s);
    if (token === null) continue;
    let person = people.get(name);
    if (!person) {
      const place = places.get(written) ?? null;
      person = {
        id: discoveredId(name),
        name,
        surname: nameWords.at(-1) ?? name,
        laterNames: nameWords.slice(1),
        gender: null,
        nameGender: null,
        title,
        description: place ? `letter writer from ${place}` : 'letter writer',
        roleWords: new Set(),
        roleHeads: new Set(),
      };
      people.set(name, person);
    }
    const tok = s.analysis.tokens[token];
    s.mentions.push({ entityId: person.id, text: tok?.value ?? '', via: 'pronoun', token });
    s.mentions.sort((a, b) => a.token - b.token);
    mentionsChanged(s);
  }
  return [...people.values()];
}

/**
 * A sign-off's writer as the article's people name them: the name without the titles before it ("Lt. Col.
 * Douglas Ferrell" → "Douglas Ferrell", title "Lt. Col."), and the name's words.
 */
function writerName(
  written: string,
  isTitle: (word: string) => boolean,
): { name: string; title: string | null; nameWords: string[] } {
  const words = written.split(' ');
  let t = 0;
  while (t < words.length - 1 && isTitle(words[t] ?? '')) t++;
  const nameWords = words.slice(t);
  return { name: nameWords.join(' '), title: t > 0 ? words.slice(0, t).join(' ') : null, nameWords };
}

/**
 * The id a writer a sign-off names as written will have among the article's people: that of a person already
 * found by the name (`people`), else the one {@link signedWriters} gives the writer it makes.
 */
export function writerId(
  written: string,
  isTitle: (word: string) => boolean,
  people: ReadonlyArray<{ id: string; name: string }>,
): { id: string; name: string } {
  const { name } = writerName(written, isTitle);
  return { id: people.find((x) => x.name === name)?.id ?? discoveredId(name), name };
}

/** The first first-person word of a sentence outside its quotations, or `null`. */
function firstPersonToken(s: WorkingSentence): number | null {
  for (let t = s.tokenStart; t < s.tokenEnd; t++) {
    const tok = s.analysis.tokens[t];
    if (!tok || !FIRST_PERSON.has(tok.normal)) continue;
    if (!topLevelHolding(s.paragraphSpans, tok.start, tok.start + 1)) return t;
  }
  return null;
}
