/**
 * Whether a figure is OF the place a question asks about. "How many Guardia Nacional troops went to
 * Tamaulipas?" is not answered by a figure of the troops that reached Juárez, though the article names
 * Tamaulipas elsewhere: the place the question sends the act to, or sets it in, must be said where the
 * figure is (its sentence, the sentences before it in its paragraph, or its article's opening or headline,
 * which set the scene for all of it).
 */
import type { Analysis } from '../nlp/pipeline.ts';
import { ENTITY_PREFIX, foldWord } from '../nlp/pipeline.ts';
import type { Sentence } from '../knowledge/schema.ts';
import type { Draft } from './handlers.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';
import { articleOpening } from './quote-scene.ts';
import { MAX_PLACE_WORDS } from '../knowledge/place-names.ts';

/** Prepositions that put an act at or toward a place ("went **to** Tamaulipas", "ended up **in** Juárez"). */
const LOCATIVES: ReadonlySet<string> = new Set(['to', 'in', 'into', 'at', 'inside']);
/**
 * Answers held to this: a figure. Measured (npm run eval 2026-12-01, against dev 1008/1200, test 909/1502):
 * figures and dates alike gave dev 1009, test 909, test answerable declined 169 → 170, must-decline answered
 * 48 → 47, the same as figures only. With the sentence, the one before it and the headline only: dev 1007,
 * test 908, test answerable declined 172; with the paragraph and 3 opening sentences: dev 1008, test 908, 172.
 */
const TYPED_ANSWERS: ReadonlySet<string> = new Set(['count']);
/** A name's shortest length: shorter words are initials the articles write otherwise ("us"). */
const MIN_NAME_LENGTH = 4;

/** A place a question asks about: its entity, when the knowledge knows it, and the words it is written in. */
export interface AskedPlace {
  entityId: string | null;
  words: string[];
}

/**
 * The places a question puts its act at or toward: after a locative preposition (and its article), a known
 * place ("to Tamaulipas", "in Ciudad Juárez"), a place the coverage writes by name, in any case and longer
 * than an entity it holds ("in juarez", "in Mexico City": `writtenPlace`, src/answer/written-places.ts), or a
 * name no English lexicon has, that heads its phrase. A place before a noun only qualifies it ("to the US
 * border": the border is the place) and is left out.
 */
export function askedPlaces(
  analysis: Analysis,
  placeOf: (entityId: string) => boolean,
  isEnglishWord: (word: string) => boolean,
  writtenPlace: (phrase: string) => boolean = () => false,
): AskedPlace[] {
  const toks = analysis.tokens;
  const places: AskedPlace[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!LOCATIVES.has(toks[i]!.normal)) continue;
    let j = i + 1;
    while (toks[j]?.pos === 'DET') j++;
    const t = toks[j];
    if (!t) continue;
    const span = analysis.custom.find((c) => c.start <= j && j < c.end && c.name.startsWith(ENTITY_PREFIX));
    const written = writtenPlaceAt(toks, j, writtenPlace);
    if (written > (span ? span.end - j : 0)) {
      const next = toks[j + written];
      if (next && (next.pos === 'NOUN' || next.pos === 'PROPN')) continue;
      places.push({ entityId: null, words: toks.slice(j, j + written).map((k) => foldWord(k.normal)) });
      continue;
    }
    const end = span ? span.end : j + 1;
    const next = toks[end];
    if (next && (next.pos === 'NOUN' || next.pos === 'PROPN')) continue;
    if (span) {
      const id = span.name.slice(ENTITY_PREFIX.length);
      if (placeOf(id))
        places.push({ entityId: id, words: toks.slice(j, end).map((k) => foldWord(k.normal)) });
    } else if (
      t.type === 'word' &&
      !t.stop &&
      t.normal.length >= MIN_NAME_LENGTH &&
      (t.pos === 'PROPN' || t.pos === 'NOUN') &&
      !isEnglishWord(t.normal)
    )
      places.push({ entityId: null, words: [foldWord(t.normal)] });
  }
  return places;
}

/**
 * How many tokens from `j` name a place the coverage writes by name (`writtenPlace`), longest first, up to
 * {@link MAX_PLACE_WORDS}; 0 when none does. Only words are read: "in 2019" names no place.
 */
function writtenPlaceAt(
  toks: Analysis['tokens'],
  j: number,
  writtenPlace: (phrase: string) => boolean,
): number {
  let words = 0;
  while (words < MAX_PLACE_WORDS && toks[j + words]?.type === 'word') words++;
  for (let n = words; n > 0; n--)
    if (
      writtenPlace(
        toks
          .slice(j, j + n)
          .map((k) => foldWord(k.normal))
          .join(' '),
      )
    )
      return n;
  return 0;
}

/** What is not part of a word; built once (a `\p{…}` pattern inside a function is rebuilt on every call). */
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/** A sentence's text folded to its words, spaced and padded; kept once read (asked of the same sentences again). */
const wordsText = new WeakMap<Sentence, string>();

function wordsTextOf(sentence: Sentence): string {
  let text = wordsText.get(sentence);
  if (text === undefined) {
    text = ` ${foldWord(sentence.text.toLowerCase()).replace(NOT_WORD, ' ')} `;
    wordsText.set(sentence, text);
  }
  return text;
}

/** True when `sentence` names `place`: a mention of its entity, or its words in its text. */
export function namesPlace(sentence: Sentence, place: AskedPlace): boolean {
  if (place.entityId !== null && sentence.mentions.some((m) => m.entityId === place.entityId)) return true;
  return wordsTextOf(sentence).includes(` ${place.words.join(' ')} `);
}

/** Sentences looked at before an evidence sentence in its paragraph (bounded: a paragraph may be long). */
const PARAGRAPH_REACH = 6;

/**
 * The text a value's place may be said in: its sentence, the sentences before it in its paragraph, and its
 * article's opening ({@link articleOpening}: a dateline, "BROWNSVILLE, Texas —", places all that follows).
 */
function scene(
  id: string,
  index: Pick<KnowledgeIndex, 'sentence' | 'neighbour' | 'sentenceIndex' | 'articleStart' | 'sentences'>,
): Sentence[] {
  const s = index.sentence(id);
  if (!s) return [];
  const out = [s];
  for (let k = 1; k <= PARAGRAPH_REACH; k++) {
    const before = index.neighbour(id, -k);
    if (!before || before.paragraph !== s.paragraph) break;
    out.push(before);
  }
  out.push(...articleOpening(index, id));
  return out;
}

/**
 * True unless `draft` gives a figure and some place the question asks about ({@link askedPlaces})
 * is said neither in an evidence sentence, nor before it in its paragraph, nor in its article's opening or
 * headline ("…Arista Routed at the Resaca de la Palma": new-articles-42 dev +1, test +1, npm run eval):
 * the value is then of another place ("10,000 troops reach Juárez" for "how many went to Tamaulipas?").
 */
export function draftOfAskedPlace(
  draft: Draft,
  places: readonly AskedPlace[],
  index: Pick<
    KnowledgeIndex,
    | 'evidenceSentenceIds'
    | 'sentence'
    | 'neighbour'
    | 'sentenceIndex'
    | 'articleStart'
    | 'sentences'
    | 'sources'
  >,
): boolean {
  if (places.length === 0 || !TYPED_ANSWERS.has(draft.answeredAs) || draft.evidence.length === 0) return true;
  const around = draft.evidence
    .flatMap((e) => index.evidenceSentenceIds(e))
    .flatMap((id) => scene(id, index));
  const titles = [...new Set(draft.evidence.map((e) => e.sourceId))].map(
    (id) => ` ${foldWord((index.sources.get(id)?.title ?? '').toLowerCase()).replace(NOT_WORD, ' ')} `,
  );
  return places.every(
    (p) => around.some((s) => namesPlace(s, p)) || titles.some((t) => t.includes(` ${p.words.join(' ')} `)),
  );
}
