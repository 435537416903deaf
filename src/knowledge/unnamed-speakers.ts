/**
 * Speakers an article does not name but describes beside a verb of saying: '…," said a spokesman for the
 * shelters', "a senior official said …", "A young soldier who declined to give his name, …, said".
 */
import { sentenceAt, type Analysis, type Token } from '../nlp/pipeline.ts';
import { SPEECH_CUES } from './name-words.ts';
import { afterState, namedAs } from './person-descriptions.ts';
import { apposedToOneOf } from './one-of-them.ts';
import {
  capitalisedVerb,
  gluedPiece,
  MAX_UNNAMED_TOKENS,
  isPastParticiple,
  MAX_UNNAMED_WORDS,
  opensIndefinite,
  unnamedPhrase,
} from './unnamed-phrase.ts';

/** Verbs that say what someone called a thing, a quotation following: 'called the arrangement "…"'. */
const CHARACTERISING = new Set(['call', 'describe', 'term']);
/** Tokens from such a verb to the quotation mark opening the words it gives. */
const MAX_TOKENS_TO_QUOTED = 6;
/** Tokens from such a verb to the words it gives after a comma ('called down to a passing officer …, "…"'). */
const MAX_TOKENS_TO_CALLED = 14;
/** Tokens of a relative clause between an unnamed speaker and the verb of saying (", who spoke on…,"). */
const MAX_RELATIVE_CLAUSE_TOKENS = 30;

/**
 * Speakers the article does not name, beside a verb of saying: '…," said a spokesman for the shelters,'
 * or 'a senior official said …'. The words run from "a"/"an" to the next comma, full stop or quotation
 * mark, and their first noun must name a person ("spokesman", "official").
 */
export function unnamedSpeakers(
  analysis: Analysis,
  excluded: (t: number) => boolean,
  isPersonNoun: (lemma: string) => boolean,
  isSayingVerb: (lemma: string) => boolean = () => false,
): UnnamedSpeaker[] {
  const tokens = analysis.tokens;
  const out: UnnamedSpeaker[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const cue = tokens[i];
    // "a state of emergency along the state's border": a cue word that is not a verb says nothing.
    if (!cue || cue.pos !== 'VERB' || excluded(i)) continue;
    if (
      !SPEECH_CUES.has(cue.normal) &&
      !isSayingVerb(cue.lemma) &&
      !(CHARACTERISING.has(cue.lemma) && quotedAfter(tokens, i))
    )
      continue;
    const next = tokens[i + 1];
    // "He told a newspaper reporter …": whom "tell" is said to stands after it; it never comes after its
    // speaker as '"…," said a spokesman' does.
    if (opensIndefinite(next) && !excluded(i + 1) && cue.lemma !== 'tell') {
      const phrase = unnamedPhrase(tokens, excluded, isPersonNoun, i + 1, tokens.length);
      if (phrase && !namedAfter(tokens, phrase.end))
        out.push({
          start: i + 1,
          end: phrase.end,
          head: phrase.head,
          gender: clauseGender(tokens, phrase.end, tokens.length),
        });
      continue;
    }
    const described = definiteAfterQuote(tokens, excluded, isPersonNoun, i);
    if (described) {
      out.push(described);
      continue;
    }
    // "An old gentleman near me, who …, took off his hat and said": the subject the sentence opens with.
    if (tokens[i - 1]?.normal === 'and') {
      const opening = coordinatedSubject(analysis, i, excluded, isPersonNoun);
      if (opening) {
        out.push(opening);
        continue;
      }
    }
    // "A defense official, who spoke on condition of anonymity, said": the phrase ends before the clause.
    let until = i;
    /** The clause before the verb is restrictive ("a soldier who …"): the phrase must open the sentence. */
    let restrictive = false;
    if (tokens[i - 1]?.value === ',') {
      for (let w = i - 2; w > 0 && i - w <= MAX_RELATIVE_CLAUSE_TOKENS; w--) {
        const t = tokens[w];
        if (!t || /^[.;:"“”]$/.test(t.value)) break;
        if (t.normal === 'who' && tokens[w - 1]?.value === ',') {
          until = w - 1;
          // "Another worker, older, who would not give his name, said": an adjective set off after the noun
          // describes it, as the clause does; the phrase ends before it.
          if (tokens[until - 1]?.pos === 'ADJ' && tokens[until - 2]?.value === ',') until -= 2;
          break;
        }
        // "A young soldier who declined to give his name, saying …, said": a clause with no comma before it.
        if (t.normal === 'who' && tokens[w - 1]?.pos === 'NOUN') {
          until = w;
          restrictive = true;
          break;
        }
        // "A Border Patrol spokesman from the Marfa Sector, speaking from the audience, said": a participle's
        // clause set off by commas, as a "who" clause is, unless a "who" clause opens before it ("A young
        // soldier who declined to give his name, saying …, said").
        // "A State Department spokesperson, in an emailed statement, said": a prepositional phrase too.
        // "The sergeant-major of an Irish company, a man of twenty years' service, told": an apposition too.
        const setOff = tokens[w + 1];
        if (
          t.value === ',' &&
          (isParticiple(setOff) ||
            isPastParticiple(setOff, tokens[w + 2]) ||
            setOff?.pos === 'ADP' ||
            setOff?.normal === 'a' ||
            setOff?.normal === 'an') &&
          until === i
        )
          until = w;
      }
    } else {
      // "A rebel officer who crossed to the American side … said": a restrictive clause with no comma.
      for (let w = i - 1; w > 0 && i - w <= MAX_RELATIVE_CLAUSE_TOKENS; w--) {
        const t = tokens[w];
        if (!t || /^[.;:,"“”]$/.test(t.value)) break;
        if (t.normal === 'who' && nounBeforeWho(tokens[w - 1])) {
          until = w;
          restrictive = true;
          break;
        }
      }
    }
    until = beforeState(tokens, until);
    // "a senior official said": the article "a" after a clause boundary, then no verb up to the cue.
    // Words, not tokens, are counted: "sergeant-major" and "3d" are one word each.
    for (
      let k = until - 1, glued = 0;
      k >= 0 && until - k - glued <= MAX_UNNAMED_WORDS && until - k <= MAX_UNNAMED_TOKENS;
      k--
    ) {
      const t = tokens[k];
      const next = tokens[k + 1];
      if (t && next && k + 1 < until && gluedPiece(t, next)) glued++;
      // "An American officer attached to the commission, speaking …, called": a past participle describes
      // too, in a phrase a comma ends before the verb.
      const participle = t?.pos === 'VERB' && (/ing$/.test(t.normal) || (until < i && /ed$/.test(t.normal)));
      if (
        !t ||
        (t.pos === 'VERB' && !participle && !capitalisedVerb(tokens, k)) ||
        /^[.;:"“”]$/.test(t.value)
      )
        break;
      const opensClause = k === 0 || /^[.;:"“”]$/.test(tokens[k - 1]?.value ?? '');
      // "One man watching the parade, who would not give his name, said": "one" opening the sentence before a
      // clause saying who is "a"; inside it ("a spokesman for one agency") it is not where the phrase starts.
      // "The telegraph operator at the Nogales depot, who handled the army messages, said": a definite
      // description opening the sentence, a "who" clause set off after it; whether it is someone already
      // named is for the caller, who knows the article's people.
      const definite = t.normal === 'the' && opensClause && tokens[until]?.value === ',' && until < i;
      if (
        (opensIndefinite(t) || (t.normal === 'one' && opensClause && until < i) || definite) &&
        !excluded(k)
      ) {
        // "Lyle Ketchum, a rancher who has run cattle …, said": inside the sentence it describes another.
        // "At a checkpoint last week, a soldier who declined to give his name said": a phrase opening the
        // sentence before it, set off by a comma, leaves the clause to the speaker.
        // "One of them, a young teamster who asked …, told me": the phrase set beside a subject picking one
        // out of a group says which one.
        if (restrictive && !opensClause && !afterOpeningPhrase(tokens, k) && !apposedToOneOf(tokens, k))
          break;
        // "Don Ignacio Ramos, a merchant of this place, at whose house …, told me": a phrase set beside a
        // name by a comma is that name's description; the name, not the description, is the speaker.
        // "… as early as Thursday, a US official told": a phrase running on to the verb, no comma closing it
        // off, is the clause's subject.
        if (!definite && until < i && apposedToName(tokens, k)) break;
        // "The operator at the depot, who …": an "a" phrase ("a checkpoint, who") is not vouched for so, as
        // the "a" may open a place inside the phrase.
        const phrase = unnamedPhrase(tokens, excluded, isPersonNoun, k, until, definite);
        // "A federal police officer at a checkpoint outside Nueva Italia, who …, said": an "a" naming no
        // person ("a checkpoint") is inside the phrase, which opens further back.
        if (phrase === null && !opensClause && until < i) continue;
        // "A young lieutenant of his staff, who gave his name as Rodrigo Ibarra, told…": the name speaks.
        const clause = tokens[until]?.value === ',' ? until + 1 : until;
        if (phrase && phrase.reaches === until && !namedAfter(tokens, clause))
          out.push({
            start: k,
            end: phrase.end,
            head: phrase.head,
            gender: clauseGender(tokens, clause, i),
            ...(definite ? { definite } : {}),
          });
        break;
      }
    }
  }
  return out;
}

/**
 * '"…," said the cook at the post mess hall, who would not give his name': a definite description after a
 * verb of saying that follows a quotation, when a "who" clause says who the person is; whether it is someone
 * already named is for the caller, who knows the article's people. `null` for any other words after the verb.
 */
function definiteAfterQuote(
  tokens: readonly Token[],
  excluded: (t: number) => boolean,
  isPersonNoun: (lemma: string) => boolean,
  cue: number,
): UnnamedSpeaker | null {
  const start = cue + 1;
  if (tokens[start]?.normal !== 'the' || excluded(start)) return null;
  if (!/^[,"“”]$/.test(tokens[cue - 1]?.value ?? '')) return null;
  const phrase = unnamedPhrase(tokens, excluded, isPersonNoun, start, tokens.length, true);
  if (!phrase) return null;
  const clause = tokens[phrase.end]?.value === ',' ? phrase.end + 1 : phrase.end;
  if (tokens[clause]?.normal !== 'who' || namedAfter(tokens, clause)) return null;
  return {
    start,
    end: phrase.end,
    head: phrase.head,
    gender: clauseGender(tokens, clause, tokens.length),
    definite: true,
  };
}

/** Tokens at most of a phrase opening a sentence before its subject ("On launch day,"). */
const MAX_OPENING_PHRASE = 8;
const PERSON_PRONOUNS: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['he', 'male'],
  ['she', 'female'],
]);

/**
 * Unnamed speakers a pronoun speaks for: a sentence opening with "a"/"an" and words naming a person as its
 * subject ("On launch day, an INS spokesman went out of his way …"), the next sentence of the paragraph
 * quoting someone by "he" or "she" and a verb of saying ('"…," he told reporters').
 */
export function speakersPronounsContinue(
  analysis: Analysis,
  excluded: (t: number) => boolean,
  isPersonNoun: (lemma: string) => boolean,
): UnnamedSpeaker[] {
  const { tokens, sentences } = analysis;
  const out: UnnamedSpeaker[] = [];
  for (let j = 0; j + 1 < sentences.length; j++) {
    const span = sentences[j];
    const next = sentences[j + 1];
    if (!span || !next) continue;
    const gender = quotedByPronoun(tokens, next.start, next.end);
    if (!gender) continue;
    let k = span.start;
    if (['ADP', 'SCONJ', 'ADV'].includes(tokens[k]?.pos ?? '')) {
      while (k < span.end && k - span.start <= MAX_OPENING_PHRASE && tokens[k]?.value !== ',') k++;
      k++;
    }
    const first = tokens[k];
    const definite = first?.normal === 'the';
    if (!first || (!opensIndefinite(first) && !definite) || excluded(k)) continue;
    const until = subjectEnd(tokens, k, span.end);
    if (until === null || until - k > MAX_UNNAMED_WORDS) continue;
    const phrase = unnamedPhrase(tokens, excluded, isPersonNoun, k, until);
    if (phrase && phrase.reaches === until)
      out.push({ start: k, end: phrase.end, head: phrase.head, gender, ...(definite ? { definite } : {}) });
  }
  return out;
}

/**
 * Where the subject opening at token `start` ends: before its verb, or before a relative clause set off by
 * commas ahead of the verb ("A rancher south of Deming, whose land runs to the line, called us");
 * `null` when no verb follows in the sentence ending before `end`.
 */
function subjectEnd(tokens: readonly Token[], start: number, end: number): number | null {
  for (let k = start + 1; k < end; k++) {
    const t = tokens[k];
    if (!t) return null;
    if (t.pos === 'VERB' || t.pos === 'AUX') return k;
    if (t.value !== ',') continue;
    // "A captain of the Voltigeurs, riding by with his company, was …": a participle's clause set off by
    // commas, as a "who" clause is.
    if (!SET_OFF_RELATIVES.has(tokens[k + 1]?.normal ?? '') && !isParticiple(tokens[k + 1])) continue;
    let close = k + 2;
    while (
      close < end &&
      close - k <= MAX_RELATIVE_CLAUSE_TOKENS &&
      !/^[,.;:"“”]$/.test(tokens[close]?.value ?? '.')
    )
      close++;
    const verb = tokens[close + 1];
    return tokens[close]?.value === ',' && (verb?.pos === 'VERB' || verb?.pos === 'AUX') ? k : null;
  }
  return null;
}

/** Tokens at most from a sentence's subject to a verb of saying joined on by "and". */
const MAX_COORDINATED_TOKENS = 30;

/**
 * "An old gentleman near me, who told me he had served under Iturbide, took off his hat and said, '…'": the
 * "a"/"an" phrase naming a person that opens the sentence, when the verb of saying at `cue` is joined by "and"
 * to its first verb, in the same clause (no quotation mark, semicolon or colon between). `null` otherwise.
 */
function coordinatedSubject(
  analysis: Analysis,
  cue: number,
  excluded: (t: number) => boolean,
  isPersonNoun: (lemma: string) => boolean,
): UnnamedSpeaker | null {
  const { tokens } = analysis;
  const span = sentenceAt(analysis, cue);
  if (!span || cue - span.start > MAX_COORDINATED_TOKENS) return null;
  const k = span.start;
  const first = tokens[k];
  if (!first || !opensIndefinite(first) || excluded(k)) return null;
  const until = subjectEnd(tokens, k, cue);
  if (until === null || until - k > MAX_UNNAMED_WORDS) return null;
  for (let t = until; t < cue; t++) if (/^[;:"“”]$/.test(tokens[t]?.value ?? '')) return null;
  const phrase = unnamedPhrase(tokens, excluded, isPersonNoun, k, until);
  if (!phrase || phrase.reaches !== until) return null;
  const clause = tokens[until]?.value === ',' ? until + 1 : until;
  if (namedAfter(tokens, clause)) return null;
  return { start: k, end: phrase.end, head: phrase.head, gender: clauseGender(tokens, clause, cue) };
}

/** Words opening a relative clause set off by commas after a subject (", who has fed…,", ", whose land…,"). */
const SET_OFF_RELATIVES: ReadonlySet<string> = new Set(['who', 'whose']);

/** The gender of a "he"/"she" right before a verb of saying in a sentence holding a quotation mark. */
function quotedByPronoun(tokens: readonly Token[], from: number, to: number): 'male' | 'female' | null {
  let quoted = false;
  let gender: 'male' | 'female' | null = null;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!t) break;
    if (/^["“”]$/.test(t.value)) quoted = true;
    const g = PERSON_PRONOUNS.get(t.normal);
    // '"…," he said', and the older order after the words: '"…," said he'.
    const cueBeside =
      SPEECH_CUES.has(tokens[k + 1]?.normal ?? '') ||
      (SPEECH_CUES.has(tokens[k - 1]?.normal ?? '') && /^[,"“”]$/.test(tokens[k - 2]?.value ?? ''));
    if (g && t.pos === 'PRON' && cueBeside) gender ??= g;
  }
  return quoted ? gender : null;
}

/** An unnamed speaker's phrase, its head noun, and the gender the words describing them give. */
export interface UnnamedSpeaker {
  start: number;
  end: number;
  head: string;
  gender: 'male' | 'female' | null;
  /** Described with "the" ("The telegraph operator at the depot"): it may be someone named before. */
  definite?: true;
}

/** Pronouns that give a gender, as a clause describing someone uses them ("who asked that her name…"). */
const GENDERED_PRONOUNS: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['he', 'male'],
  ['his', 'male'],
  ['him', 'male'],
  ['himself', 'male'],
  ['she', 'female'],
  ['her', 'female'],
  ['hers', 'female'],
  ['herself', 'female'],
]);

/**
 * The gender of the first pronoun in the "who" clause from token `from` up to `to` ("a Red Cross nurse
 * who asked that her name not be printed"), or `null` when the clause has none or does not open there.
 */
function clauseGender(tokens: readonly Token[], from: number, to: number): 'male' | 'female' | null {
  if (tokens[from]?.normal !== 'who') return null;
  for (let k = from + 1; k < to && k - from <= MAX_RELATIVE_CLAUSE_TOKENS; k++) {
    const t = tokens[k];
    if (!t || /^[.;:"“”]$/.test(t.value)) return null;
    const g = GENDERED_PRONOUNS.get(t.normal);
    if (g) return g;
  }
  return null;
}

/**
 * "A spokesman for the Mexican consulate in Nogales, Ariz., said": the phrase ends at the comma before the
 * state that follows its town, when `until` is the comma after it.
 */
function beforeState(tokens: readonly Token[], until: number): number {
  return tokens[until - 4]?.pos === 'PROPN' &&
    tokens[until - 2]?.pos === 'PROPN' &&
    afterState(tokens, until - 3) === until - 1
    ? until - 3
    : until;
}

/** Tokens of a "who" clause searched for the words that name the person it describes. */
const MAX_NAMING_CLAUSE_TOKENS = 8;

/**
 * True when a "who" clause at token `end` names the person the phrase before describes ("a man selling
 * elotes outside the bridge who gave his name as El Güero"): the name speaks, not the description.
 */
function namedAfter(tokens: readonly Token[], end: number): boolean {
  if (tokens[end]?.normal !== 'who') return false;
  for (let k = end + 2; k < tokens.length && k - end <= MAX_NAMING_CLAUSE_TOKENS; k++) {
    const t = tokens[k];
    if (!t || /^[.;:,"“”]$/.test(t.value)) return false;
    if (t.pos === 'PROPN' && (tokens[k - 1]?.normal === 'as' || tokens[k - 1]?.normal === 'by'))
      return namedAs(tokens, k);
  }
  return false;
}

/** True when a quotation mark opens within a few tokens after token `i`, in the same clause. */
function quotedAfter(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && k - i <= MAX_TOKENS_TO_CALLED; k++) {
    const v = tokens[k]?.value ?? '.';
    // 'called the arrangement "…"'; further on, the words must follow a comma ending the clause: 'called
    // down to a passing officer in very good English, "Go home, sir"'.
    if ((v === '"' || v === '“') && (k - i <= MAX_TOKENS_TO_QUOTED || tokens[k - 1]?.value === ','))
      return true;
    if (/^[.;:]$/.test(v)) return false;
  }
  return false;
}

/**
 * True for the word before a restrictive "who": a noun ("a rebel officer who…") or the name ending the
 * phrase ("an officer of the Eleventh Cavalry who declined to give his name").
 */
function nounBeforeWho(t: Token | undefined): boolean {
  return t?.pos === 'NOUN' || t?.pos === 'PROPN';
}

/** Tokens at most of a phrase opening a sentence before its subject ("At a checkpoint on Avenida…,"). */
const MAX_OPENING_PHRASE_TOKENS = 15;
const OPENING_PHRASE_POS = new Set(['ADP', 'SCONJ', 'ADV']);

/**
 * True when the token before `k` is a comma closing a phrase that opens the sentence with a preposition,
 * a subordinating word or an adverb ("At a checkpoint last week,", "When the trucks came,"): the words from
 * `k` are the sentence's subject, not a description of a name before the comma ("Lyle Ketchum, a rancher…").
 */
function afterOpeningPhrase(tokens: readonly Token[], k: number): boolean {
  if (tokens[k - 1]?.value !== ',') return false;
  for (let w = k - 2; w >= 0 && k - 1 - w <= MAX_OPENING_PHRASE_TOKENS; w--) {
    const t = tokens[w];
    if (!t || /^[,;:"“”]$/.test(t.value)) return false;
    const boundary = w === 0 || /^[.!?;:"“”]$/.test(tokens[w - 1]?.value ?? '');
    if (boundary) return OPENING_PHRASE_POS.has(t.pos);
  }
  return false;
}

/**
 * True when the phrase opening at `k` follows a name and a comma ("Ignacio Ramos, a merchant"), the name
 * not ending a phrase that opens the sentence ("At Nogales, a soldier said").
 */
function apposedToName(tokens: readonly Token[], k: number): boolean {
  return tokens[k - 1]?.value === ',' && tokens[k - 2]?.pos === 'PROPN' && !afterOpeningPhrase(tokens, k);
}

/** True for a verb in "-ing" ("speaking", "patrolling"). */
function isParticiple(t: Token | undefined): boolean {
  return t?.pos === 'VERB' && /ing$/.test(t.normal);
}
