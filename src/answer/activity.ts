/**
 * Questions about what someone or something does: "what would the troops actually be doing?", "what does JTF
 * North do?", "what kind of troops were they sending?", "what was the troops' role?". The answer is a
 * sentence with that actor as its subject ("The troops would include doctors and engineers and mainly provide
 * logistical support"), not one that only names it ("a request for 800 active-duty troops").
 */
import { ENTITY_PREFIX, type Analysis, type Token } from '../nlp/pipeline.ts';

/** The actor a question asks the doings of: head words of its noun phrase and entities it names. */
export interface AskedActor {
  heads: ReadonlySet<string>;
  entities: ReadonlySet<string>;
  /** Words that qualify the head in the question ("active", "duty" in "the active duty troops"). */
  qualifiers: ReadonlySet<string>;
}

/** Auxiliaries between "what" and the actor: "what would the troops…", "what has the military…". */
const AUXILIARIES = new Set([
  'would',
  'will',
  'did',
  'do',
  'does',
  'were',
  'was',
  'are',
  'is',
  'could',
  'should',
  'has',
  'have',
  'had',
  'can',
  'might',
]);
/** Words between the actor and "do": "be", "gonna", "going to", "supposed to", "actually"… */
const BEFORE_DO = new Set([
  'be',
  'been',
  'being',
  'gonna',
  'going',
  'to',
  'supposed',
  'expected',
  'meant',
  'planning',
  'actually',
  'really',
  'even',
  'still',
  'now',
  'exactly',
]);
const DO = new Set(['do', 'doing', 'done']);
/** "What kind of troops…": the actor is the noun after these. */
const KIND_NOUNS = new Set(['kind', 'kinds', 'sort', 'sorts', 'type', 'types']);
/** "What was the troops' role?", "the role of JTF North": the actor owns one of these. */
const ROLE_NOUNS = new Set([
  'role',
  'job',
  'mission',
  'task',
  'purpose',
  'duty',
  'duties',
  'tasks',
  'function',
]);
const PHRASE_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);

function entityAt(analysis: Analysis, i: number): string | null {
  const span = analysis.custom.find((c) => c.start <= i && i < c.end && c.name.startsWith(ENTITY_PREFIX));
  return span ? span.name.slice(ENTITY_PREFIX.length) : null;
}

/** The actor of a noun phrase `tokens[from, to)`: its last noun (or adjective, "the US military") and entities. */
function actorOf(analysis: Analysis, from: number, to: number): AskedActor | null {
  const toks = analysis.tokens;
  const entities = new Set<string>();
  const words: Token[] = [];
  let head: Token | null = null;
  for (let i = from; i < to; i++) {
    const t = toks[i];
    if (!t) continue;
    const id = entityAt(analysis, i);
    if (id) entities.add(id);
    if (PHRASE_POS.has(t.pos) && t.pos !== 'NUM') {
      head = t;
      words.push(t);
    }
  }
  if (!head && entities.size === 0) return null;
  const qualifiers = new Set(words.filter((t) => t !== head).flatMap((t) => [t.lemma, t.normal]));
  return { heads: new Set(head ? [head.lemma, head.normal] : []), entities, qualifiers };
}

/** The end of a noun phrase starting at `i`: determiners, numbers, adjectives and nouns, and "'s". */
function phraseEnd(toks: readonly Token[], i: number): number {
  let j = i;
  while (j < toks.length) {
    const t = toks[j];
    if (!t || BEFORE_DO.has(t.normal) || DO.has(t.normal)) break;
    if (!(PHRASE_POS.has(t.pos) || t.pos === 'DET' || t.normal === "'s" || t.normal === '-')) break;
    j++;
  }
  return j;
}

/**
 * The actor a question asks the doings, role or kind of; `null` for any other question. A pronoun actor
 * ("what would they do?") is left to the conversation.
 */
export function askedActor(analysis: Analysis): AskedActor | null {
  const toks = analysis.tokens.filter((t) => t.pos !== 'PUNCT');
  const view: Analysis = { ...analysis, tokens: toks, custom: remap(analysis, toks) };
  // The question may follow some context: "For the 2018 deployment…, what would the troops be doing?"
  for (let i = 0; i < toks.length; i++) {
    const word = toks[i]?.normal;
    const actor =
      word === 'what'
        ? actorAfter(view, i)
        : word === 'how'
          ? actorDoing(view, i + 1, true)
          : i === 0
            ? actorDoing(view, i, false)
            : null;
    if (actor) return actor;
  }
  return null;
}

/** Question words before an auxiliary and the question's subject: "why were the troops…", "when can the…". */
const OPENING_WORDS = new Set(['why', 'when', 'where', 'how', 'what']);

/**
 * The subject of a question opening with a question word and an auxiliary ("why were the 2018 troops only
 * gonna do support stuff": the troops), whatever it asks of them; `null` for any other question. A later
 * "what would they actually do?" asks that subject's doings.
 */
export function questionSubject(analysis: Analysis): AskedActor | null {
  const toks = analysis.tokens.filter((t) => t.pos !== 'PUNCT');
  const view: Analysis = { ...analysis, tokens: toks, custom: remap(analysis, toks) };
  const aux = toks.findIndex((t) => OPENING_WORDS.has(t.normal)) + 1;
  if (aux === 0 || !AUXILIARIES.has(toks[aux]?.normal ?? '')) return null;
  const end = phraseEnd(toks, aux + 1);
  return end > aux + 1 ? actorOf(view, aux + 1, end) : null;
}

/** Auxiliaries that put a question's verb in the future or the possible: "would the troops carry…?". */
const MODAL_AUXILIARIES = new Set(['would', 'will', 'could', 'should', 'can', 'might']);
/** Words before a verb that make it a plan: "were the troops going to be fighting?". */
const PLANNING = new Set(['going', 'gonna', 'supposed', 'expected', 'meant', 'planning']);

/**
 * The actor of "how would the troops help?" (`how`) or of a question opening "would the troops carry…?",
 * "were the troops going to be fighting?": an auxiliary, the actor, then a verb of theirs. Without "how"
 * only a plan or a possibility asks what they do: "did Mexico deploy troops?" asks whether it happened.
 */
function actorDoing(view: Analysis, at: number, how: boolean): AskedActor | null {
  const toks = view.tokens;
  const aux = toks[at]?.normal ?? '';
  if (!AUXILIARIES.has(aux)) return null;
  const end = phraseEnd(toks, at + 1);
  if (end === at + 1) return null;
  let j = end;
  let planned = MODAL_AUXILIARIES.has(aux);
  while (j < toks.length && BEFORE_DO.has(toks[j]?.normal ?? '')) {
    if (PLANNING.has(toks[j]?.normal ?? '')) planned = true;
    j++;
  }
  if (toks[j]?.pos !== 'VERB' || (!how && !planned)) return null;
  return actorOf(view, at + 1, end);
}

/** The actor asked about by the question starting with the "what" at `i`. */
function actorAfter(view: Analysis, i: number): AskedActor | null {
  const toks = view.tokens;
  const at = (k: number) => toks[k]?.normal ?? '';
  // "What kind of troops…"
  if (KIND_NOUNS.has(at(i + 1)) && at(i + 2) === 'of') {
    let j = i + 3;
    while (j < toks.length && ['ADJ', 'DET'].includes(toks[j]?.pos ?? '')) j++;
    const end = phraseEnd(toks, j);
    return end > j ? actorOf(view, j, end) : null;
  }
  // "What was the official role of the Mexican troops", "what was the troops' role", "what role did X play".
  for (let k = i + 1; k < toks.length; k++) {
    // "Active duty troops": a role noun inside a longer name is not the role asked.
    if (!ROLE_NOUNS.has(at(k)) || ['NOUN', 'PROPN'].includes(toks[k + 1]?.pos ?? '')) continue;
    if (at(k + 1) === 'of') {
      const end = phraseEnd(toks, k + 2);
      if (end > k + 2) return actorOf(view, k + 2, end);
    }
    if (AUXILIARIES.has(at(k + 1)) && at(k + 1) !== 'is' && at(k + 1) !== 'was') {
      const end = phraseEnd(toks, k + 2);
      if (end > k + 2) return actorOf(view, k + 2, end);
    }
    let start = k;
    while (start > i + 1 && (PHRASE_POS.has(toks[start - 1]?.pos ?? '') || at(start - 1) === "'s")) start--;
    const owner = toks.slice(start, k).findIndex((t) => t.normal === "'s" || t.normal === "'");
    if (owner > 0) return actorOf(view, start, start + owner);
    return null;
  }
  // "What would the troops actually be doing", "what does JTF North do".
  if (!AUXILIARIES.has(at(i + 1))) return null;
  const end = phraseEnd(toks, i + 2);
  if (end === i + 2) return null;
  let j = end;
  while (j < toks.length && BEFORE_DO.has(at(j))) j++;
  return DO.has(at(j)) ? actorOf(view, i + 2, end) : null;
}

/** Entity spans re-indexed to a filtered token list. */
function remap(analysis: Analysis, kept: readonly Token[]): Analysis['custom'] {
  const position = new Map(analysis.tokens.map((t, i) => [t, i]));
  const at = kept.map((t) => position.get(t) ?? -1);
  return analysis.custom.flatMap((c) => {
    const start = at.findIndex((p) => p >= c.start);
    if (start < 0) return [];
    let end = start;
    while (end < at.length && (at[end] ?? Infinity) < c.end) end++;
    return end > start ? [{ ...c, start, end }] : [];
  });
}

const LINKS = new Set(['ADV']);

/**
 * True when a sentence has the actor as the subject of a verb: its head word or entity, not after a
 * preposition, followed (past adverbs) by an auxiliary or verb. "Their role is…" counts for a plural actor.
 */
export function actsAsSubject(analysis: Analysis, actor: AskedActor): boolean {
  return actorVerbAt(analysis, actor) >= 0;
}

/**
 * Where the verb (or auxiliary) the actor is the subject of stands in a sentence (see {@link actsAsSubject}),
 * or -1 when the actor is the subject of none.
 */
export function actorVerbAt(analysis: Analysis, actor: AskedActor): number {
  const toks = analysis.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!t) continue;
    const id = entityAt(analysis, i);
    const named =
      (id !== null && actor.entities.has(id)) || actor.heads.has(t.lemma) || actor.heads.has(t.normal);
    if (!named) continue;
    // "National Guard troops" are other troops than the "active duty troops" asked about.
    if (id === null && otherwiseQualified(toks, i, actor)) continue;
    // The last word of the phrase it heads.
    // The rest of the phrase it is in: "National Guard troops are…".
    let end = i;
    while (
      end + 1 < toks.length &&
      ((id !== null && entityAt(analysis, end + 1) === id) ||
        ['NOUN', 'PROPN'].includes(toks[end + 1]?.pos ?? ''))
    )
      end++;
    let k = end + 1;
    while (k < toks.length && LINKS.has(toks[k]?.pos ?? '')) k++;
    const next = toks[k];
    // "Guardsmen detaining the trio" describes them; it is not what they do.
    if (!next || (next.pos !== 'AUX' && next.pos !== 'VERB') || next.normal.endsWith('ing')) continue;
    // Not the object of a preposition ("for 800 troops would…" is rare; "troops on the border" is not a verb).
    let b = i - 1;
    while (b >= 0 && ['ADJ', 'NUM', 'DET', 'NOUN', 'PROPN'].includes(toks[b]?.pos ?? '')) b--;
    // ("About 2,000 troops are…" is a number, not a place.)
    if (b >= 0 && toks[b]?.pos === 'ADP' && toks[b + 1]?.pos !== 'NUM') continue;
    return k;
  }
  return -1;
}

/**
 * True when both the question and the sentence qualify the actor's head word and share no qualifier: the
 * sentence speaks of others of the kind ("About 2,000 National Guard troops" for "the active duty troops").
 */
function otherwiseQualified(toks: readonly Token[], i: number, actor: AskedActor): boolean {
  if (actor.qualifiers.size === 0) return false;
  const own: Token[] = [];
  for (let b = i - 1; b >= 0 && ['ADJ', 'NOUN', 'PROPN'].includes(toks[b]?.pos ?? ''); b--)
    own.push(toks[b] as Token);
  return own.length > 0 && !own.some((t) => actor.qualifiers.has(t.lemma) || actor.qualifiers.has(t.normal));
}

/** Pronouns that stand for an actor the conversation named: "what would they do?". */
const ACTOR_PRONOUNS = new Set(['they', 'he', 'she', 'it']);

/** True for "what would they actually do?", "what are they doing": the doings of an actor a pronoun stands for. */
export function asksPronounDoings(analysis: Analysis): boolean {
  const toks = analysis.tokens.filter((t) => t.pos !== 'PUNCT');
  const at = (k: number) => toks[k]?.normal ?? '';
  for (let i = 0; i < toks.length; i++) {
    if (at(i) !== 'what' || !AUXILIARIES.has(at(i + 1)) || !ACTOR_PRONOUNS.has(at(i + 2))) continue;
    let j = i + 3;
    while (j < toks.length && BEFORE_DO.has(at(j))) j++;
    if (DO.has(at(j))) return true;
  }
  return false;
}
