/**
 * Who-questions: who someone is (their role in the coverage and the sentence that introduces them), and who
 * did something — the entity that fills the asked role in the evidence ("a request from X", "led by X",
 * "X said"), never merely the nearest name. When no entity fills it, the evidence is shown without a
 * headline: a wrong name in bold is worse than none.
 */
import type { Quote, Sentence } from '../knowledge/schema.ts';
import type { Analysis } from '../nlp/pipeline.ts';
import {
  confidenceOf,
  MIN_CONFIDENCE,
  quoteEvidence,
  rankOptions,
  sentenceEvidence,
  type Context,
  type Draft,
} from './handlers.ts';
import { ENTITY_TERM } from './knowledge-index.ts';
import { rankSentences } from './retrieval.ts';
import type { Evidence } from './types.ts';
import type { Understanding } from './understand.ts';
import { ARTICLE_NOUNS, escapeMarkdown } from './text.ts';
import { wordIndexOf } from './words.ts';

/** Sentences looked at to introduce an entity: its first mentions are where articles say who it is. */
const MAX_PROFILE_CANDIDATES = 200;

/** Role of an entity at a day, from the knowledge. */
function roleAt(ctx: Context, entityId: string, day: string | null): string | null {
  const e = ctx.index.entities.get(entityId);
  if (!e) return null;
  const held = e.roles.find((r) => day !== null && (!r.from || r.from <= day) && (!r.to || day <= r.to));
  return held?.title ?? e.roles[0]?.title ?? e.description;
}

/** "Who is X": the entity with its role in the coverage and the sentence that introduces it. */
function profile(u: Understanding, ctx: Context, ids: readonly string[]): Draft | null {
  const { index } = ctx;
  const evidence: Evidence[] = [];
  const lines: string[] = [];
  const found: Sentence[] = [];
  for (const id of ids.slice(0, 2)) {
    const e = index.entities.get(id);
    if (!e) continue;
    const roleWords = new Set(
      e.roles
        .flatMap((r) => [r.title, ...r.phrases])
        .join(' ')
        .toLowerCase()
        .split(/\s+/),
    );
    const candidates = e.sentenceIds
      .slice(0, MAX_PROFILE_CANDIDATES)
      .map((sid) => index.sentence(sid))
      .filter((s): s is Sentence => s !== null);
    const years = u.years;
    const scoped =
      years.length > 0
        ? candidates.filter((s) => years.includes(index.sourceYear(s.sourceId) ?? -1))
        : candidates;
    const pool = scoped.length > 0 ? scoped : candidates;
    const best =
      [...pool].sort(
        (a, b) =>
          introScore(b, id, roleWords) - introScore(a, id, roleWords) ||
          (index.sentenceIndex.get(a.id) ?? 0) - (index.sentenceIndex.get(b.id) ?? 0),
      )[0] ?? null;
    const day = best ? (index.sources.get(best.sourceId)?.published ?? null) : null;
    const role = roleAt(ctx, id, day);
    const lower = (x: string | null) => (x ?? '').toLowerCase();
    const described =
      e.description &&
      !lower(e.description).includes(lower(role)) &&
      !lower(role).includes(lower(e.description))
        ? e.description
        : null;
    const about = [role, described].filter((x): x is string => x !== null).join('; ');
    // Names and descriptions are learnt from articles: escaped, so they cannot format the reply.
    const name = escapeMarkdown(e.name);
    lines.push(about ? `**${name}** — ${escapeMarkdown(about)}` : `**${name}**`);
    if (best) {
      evidence.push(sentenceEvidence(best));
      found.push(best);
    }
    // Someone several articles speak of ("who is napolitano": Arizona's governor in 2006, Homeland Security
    // secretary in 2010): how each of the others introduces them, oldest first.
    if (ids.length === 1 && best && years.length === 0) {
      const others = new Map<string, Sentence>();
      for (const s of [...pool].sort((a, b) => introScore(b, id, roleWords) - introScore(a, id, roleWords)))
        if (s.sourceId !== best.sourceId && !others.has(s.sourceId)) others.set(s.sourceId, s);
      const dated = (s: Sentence) => index.sources.get(s.sourceId)?.published ?? '';
      for (const s of [...others.values()].sort((a, b) => dated(a).localeCompare(dated(b))).slice(0, 2)) {
        evidence.push(sentenceEvidence(s));
        found.push(s);
      }
    }
  }
  if (lines.length === 0) return null;
  return {
    answeredAs: 'who',
    confidence: found.length > 0 ? 1 : 0.5,
    direct: null,
    lead: null,
    evidence,
    lines,
    focus: [...ids],
  };
}

function introScore(s: Sentence, id: string, roleWords: ReadonlySet<string>): number {
  const alias = s.mentions.some((m) => m.entityId === id && m.via === 'alias') ? 2 : 0;
  const role = s.mentions.some((m) => m.entityId === id && m.via === 'role') ? 2 : 0;
  const words = s.lemmas.filter((l) => roleWords.has(l)).length;
  return alias + role + words + (s.kind === 'report' ? 0.5 : 0);
}

/** "Who said (that) <words>": the words someone is asked to have said, given without quotation marks. */
const SAID_CLAUSE =
  /^\W*who\s+(?:\w+\s+)?(?:said|says|say|told|tells|wrote|claimed|insisted|warned)\s+(?:that\s+)?([^?]{12,})\??\s*$/i;

/** Share of a quoted phrase's words a quotation must hold, in order, to be the one quoted. */
const QUOTED_MATCH = 0.8;

/**
 * How many of `phrase`'s words `text` holds in the same order (their longest common subsequence): a word
 * misremembered or added ("people is scared" for "people are scared") costs that word only.
 */
export function inOrder(phrase: readonly string[], text: readonly string[]): number {
  let row = new Array<number>(text.length + 1).fill(0);
  for (const p of phrase) {
    const next = [0];
    for (let j = 0; j < text.length; j++)
      next.push(p === text[j] ? (row[j] ?? 0) + 1 : Math.max(row[j + 1] ?? 0, next[j] ?? 0));
    row = next;
  }
  return row[text.length] ?? 0;
}

/**
 * "Who said 'you cannot have it both ways'?": the attributed quotation holding the words the question
 * quotes (most of them, in order: people quote from memory), answered by its speaker.
 */
function speakerOfQuotedWords(u: Understanding, ctx: Context): Draft | null {
  const asked = askedPredicates(u);
  // "Who said that nothing about a P-8 off Ensenada is new?": the words after the verb, unmarked.
  const said = u.quoted[0] ?? SAID_CLAUSE.exec(u.text)?.[1];
  if (!said || !asked.some((a) => ctx.reader.speechVerbs.has(a))) return null;
  const words = (text: string) =>
    text
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      // An apostrophe inside a word ("don't") is its own; one around it ('military') is a quotation mark.
      .match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) ?? [];
  const phrase = words(said);
  if (phrase.length < 2) return null;
  let best: { quote: Quote; share: number } | null = null;
  for (const quote of ctx.index.quotes) {
    if (quote.speakerId === null && quote.speakerName === 'unattributed') continue;
    const share = inOrder(phrase, words(quote.text)) / phrase.length;
    // Words quoted within a quotation ("He said, 'How can we help you…'") are the inner speaker's: of two
    // holding them alike, the shorter.
    const closer = best !== null && share === best.share && quote.text.length < best.quote.text.length;
    if (share >= QUOTED_MATCH && (!best || share > best.share || closer)) best = { quote, share };
  }
  if (!best) return null;
  const { quote } = best;
  return {
    answeredAs: 'who',
    confidence: best.share,
    direct: (quote.speakerId ? ctx.index.entities.get(quote.speakerId)?.name : null) ?? quote.speakerName,
    lead: null,
    evidence: [quoteEvidence(ctx.index, quote)],
    lines: [],
    focus: quote.speakerId ? [quote.speakerId] : [],
  };
}

/**
 * "Who said it?" after an answer that showed words: the speaker the knowledge gives those words, when the
 * question names no one and asks only who said them. `null` when the last answer quoted no attributed words.
 */
function speakerOfLastWords(u: Understanding, ctx: Context): Draft | null {
  // The entities a follow-up carries from the conversation are not names of its own.
  const namesSomeone = u.entities.some((id) => !ctx.conversation.focus.includes(id));
  if (!ctx.followup || namesSomeone || u.pronoun === 'male' || u.pronoun === 'female') return null;
  const asked = askedPredicates(u);
  if (asked.length !== 1 || !ctx.reader.speechVerbs.has(asked[0] ?? '')) return null;
  // Only "who said it / that / so": a question asking about any other words is not about the last ones.
  if (!/^\W*who\s+(\w+\s+)?\w+(\s+(it|that|this|those|these|so))?\W*$/i.test(u.text)) return null;
  // The longest attributed words of each sentence: the quotations the answer showed, not fragments of them.
  const quotes = ctx.conversation.lastEvidence
    .map(
      (id) =>
        (ctx.index.quotesBySentence.get(id) ?? [])
          .filter((q) => q.speakerId !== null)
          .sort((a, b) => b.text.length - a.text.length)[0],
    )
    .filter((q): q is Quote => q !== undefined);
  const speakers = [...new Set(quotes.map((q) => q.speakerId ?? ''))];
  if (quotes.length === 0) return null;
  const only = speakers.length === 1 ? (speakers[0] ?? null) : null;
  return {
    answeredAs: 'who',
    confidence: 1,
    // Several speakers in the last answer: each quotation shows its own, and no one name is put in bold.
    direct: only ? (ctx.index.entities.get(only)?.name ?? quotes[0]?.speakerName ?? null) : null,
    lead: null,
    evidence: quotes.slice(0, 3).map((q) => quoteEvidence(ctx.index, q)),
    lines: [],
    focus: speakers,
  };
}

/** "Who reported it", "who broke that story", "who counted them": only a verb and what it points back to. */
const OF_THE_LAST_ANSWER =
  /^\W*who\s+(?:first\s+)?\w+(?:\s+(?:it|that|this|them|those|these|(?:the|that|this|those|these)\s+(?:story|stories|report|reports|news|numbers?|figures?|estimates?)))?\W*$/i;
/** Sentences of the last answer's article looked at for whom it credits, nearest the answer first. */
const MAX_SOURCE_SENTENCES = 40;

/**
 * "Who broke that story?", "who counted them?" after an answer: whoever the last answer's evidence says made
 * it known or put the figure ("according to Agence France-Presse", "estimated by the United Nations"), in the
 * evidence itself, else in the rest of its article, nearest first. `null` when none is credited.
 */
function creditOfLastAnswer(u: Understanding, ctx: Context): Draft | null {
  const namesSomeone = u.entities.some((id) => !ctx.conversation.focus.includes(id));
  if (!ctx.followup || namesSomeone || !OF_THE_LAST_ANSWER.test(u.text)) return null;
  const asked = askedPredicates(u);
  const verb = asked.length === 1 ? (asked[0] ?? '') : '';
  if (!REPORTING.has(verb) && !FIGURING.has(verb)) return null;
  const isCandidate = (id: string) => {
    const type = ctx.index.entities.get(id)?.type;
    return type === 'organisation' || type === 'person';
  };
  const { index } = ctx;
  const last = ctx.conversation.lastEvidence
    .map((id) => index.sentence(id))
    .filter((s): s is Sentence => s !== null);
  const nearby: Sentence[] = [];
  if (REPORTING.has(verb)) {
    const seen = new Set(last.map((s) => s.id));
    for (let k = 1; k <= MAX_SOURCE_SENTENCES && nearby.length < MAX_SOURCE_SENTENCES; k++) {
      for (const s of last) {
        for (const n of [index.neighbour(s.id, k), index.neighbour(s.id, -k)]) {
          if (n && !seen.has(n.id)) {
            seen.add(n.id);
            nearby.push(n);
          }
        }
      }
    }
  }
  for (const sentence of [...last, ...nearby]) {
    const agent = agentIn(ctx, sentence, [verb], isCandidate);
    if (!agent) continue;
    return {
      answeredAs: 'who',
      confidence: 1,
      direct: index.entities.get(agent)?.name ?? null,
      lead: null,
      evidence: [sentenceEvidence(sentence)],
      lines: [],
      focus: [agent],
    };
  }
  return null;
}

/** Who did something, or who someone is. */
/** Words pointing to a source: "in that Gatekeeper interview", "from the DW piece". */
const SOURCE_POINTER = new RegExp(
  String.raw`\b(?:in|from|on)\s+(?:that|the|this)\s+(?:[\p{L}\p{N}'’-]+\s+){0,4}(?:${ARTICLE_NOUNS}|segment)s?\b`,
  'iu',
);

export function answerWho(u: Understanding, ctx: Context, focus: readonly string[]): Draft | null {
  const { index } = ctx;
  const speaker = speakerOfLastWords(u, ctx) ?? creditOfLastAnswer(u, ctx) ?? speakerOfQuotedWords(u, ctx);
  if (speaker) return speaker;
  const contentBeyondNames = u.content.filter((l) => !/^(be|is|was|are|were)$/.test(l));
  // "Who was she talking to?" asks for someone else: a verb after "who was" is no profile.
  const asksAboutAction = u.analysis.tokens.slice(2).some((t) => t.pos === 'VERB');
  const isProfile =
    /^(who|what)('s|\s+(is|was|are|were))\b/i.test(u.text) &&
    !asksAboutAction &&
    (u.entities.length > 0 || focus.length > 0);
  const profiled = (d: Draft | null): Draft | null =>
    d ? { ...d, answeredAs: /^what/i.test(u.text) ? 'what' : 'who' } : null;
  const named = u.entities.length > 0 ? u.entities : [...focus];
  if (isProfile) {
    const nameWords = new Set(
      named
        .flatMap((id) => [
          ...(index.entities.get(id)?.aliases ?? []),
          ...(index.entities.get(id)?.roles.flatMap((r) => r.phrases) ?? []),
        ])
        .join(' ')
        .toLowerCase()
        .split(/[\s']+/),
    );
    // "Who's Dale Whitcomb in that Gatekeeper interview?": words pointing to the source say where, not what.
    const at = SOURCE_POINTER.exec(u.analysis.text);
    const pointer = new Set(
      at
        ? u.analysis.tokens
            .filter((t) => t.start >= at.index && t.end <= at.index + at[0].length)
            .flatMap((t) => [t.lemma, t.normal])
        : [],
    );
    const rest = contentBeyondNames.filter(
      (l) => !nameWords.has(l) && !pointer.has(l) && !/^(mexico|mexican|us|american|\d{4})$/.test(l),
    );
    if (rest.length === 0) return profiled(profile(u, ctx, named));
  }
  const kindWords = new Set(
    u.whoKinds ? Object.keys(ctx.reader.data.intents.whoKinds).flatMap((k) => k.split(' ')) : [],
  );
  const terms = new Map([...u.terms].filter(([t]) => !kindWords.has(t)));
  const ranked = rankSentences(index, terms, rankOptions(u, ctx, { limit: 5 }));
  const best = ranked[0];
  if (!best) return null;
  const kinds = u.whoKinds;
  // A role naming several holders ("the Mexican president") asks which of them: they stay candidates.
  const exclude = new Set(u.entities.filter((id) => !u.entityGroups.has(id)));
  // "The Mexican general who said…": only a general answers.
  const person = askedPerson(u, ctx);
  /** An entity that could answer: of the asked kind, or a person or body, and not one the question named. */
  const isCandidate = (id: string): boolean => {
    const e = index.entities.get(id);
    if (!e || exclude.has(e.id)) return false;
    if (person) return fitsPerson(e, person, ctx);
    return kinds ? e.kinds.some((k) => kinds.includes(k)) : e.type === 'person' || e.type === 'organisation';
  };
  const pick = (s: Sentence): string | null => {
    const candidates = s.mentions.filter((m) => isCandidate(m.entityId));
    if (candidates.length === 0) return null;
    const at = (m: { text: string }) => wordIndexOf(s.text, m.text);
    const anchors = [...u.terms.keys()]
      .filter((t) => !t.startsWith(ENTITY_TERM) && t.length > 3)
      .map((t) => wordIndexOf(s.text, t.slice(0, Math.max(4, t.length - 2))))
      .filter((i) => i >= 0);
    const distance = (m: { text: string }) =>
      anchors.length === 0 ? at(m) : Math.min(...anchors.map((a) => Math.abs(a - at(m))));
    return [...candidates].sort((a, b) => distance(a) - distance(b))[0]?.entityId ?? null;
  };
  const asked = askedPredicates(u);
  const floor = best.score * AGENT_SCORE_SHARE;
  // Of the sentences where a name fills the asked role, the one that covers the question best.
  let chosen: { agent: string; sentence: Sentence; confidence: number } | null = null;
  for (const r of ranked) {
    if (asked.length === 0 || r.score < floor) break;
    const agent = agentIn(ctx, r.sentence, asked, isCandidate);
    if (!agent) continue;
    const before = index.anaphoric(r.sentence.id) ? index.neighbour(r.sentence.id, -1) : null;
    const confidence = confidenceOf(u, ctx, [before, r.sentence]);
    if (confidence >= MIN_CONFIDENCE && (!chosen || confidence > chosen.confidence))
      chosen = { agent, sentence: r.sentence, confidence };
  }
  if (chosen) {
    return {
      answeredAs: 'who',
      confidence: chosen.confidence,
      direct: index.entities.get(chosen.agent)?.name ?? null,
      lead: null,
      evidence: [sentenceEvidence(chosen.sentence)],
      lines: [],
      focus: [chosen.agent],
    };
  }
  const candidatesIn = (sentence: Sentence) =>
    new Set(sentence.mentions.map((m) => m.entityId).filter(isCandidate)).size;
  let answerId = pick(best.sentence);
  const evidenceSentences: Sentence[] = [best.sentence];
  if (!answerId) {
    const previous = index.neighbour(best.sentence.id, -1);
    if (previous) {
      answerId = pick(previous);
      if (answerId) evidenceSentences.unshift(previous);
    }
  }
  const confidence = confidenceOf(u, ctx, [best.sentence]);
  return {
    answeredAs: 'who',
    confidence,
    // A name in bold only when nothing else could be meant: no verb was asked, and the evidence names one
    // candidate. Otherwise the evidence is shown with no name in bold.
    direct:
      asked.length === 0 && answerId && candidatesIn(best.sentence) === 1
        ? (index.entities.get(answerId)?.name ?? null)
        : null,
    lead: null,
    evidence: evidenceSentences.map(sentenceEvidence),
    lines: [],
    focus: answerId ? [answerId] : best.sentence.mentions.map((m) => m.entityId),
  };
}

/**
 * The kind of person a who-question asks for by a noun before its relative clause or after "which": "the
 * Mexican general who said…", "which official ordered…", "the woman that…". `null` when it asks for anyone.
 */
function askedPerson(
  u: Understanding,
  ctx: Context,
): { noun: string; gender: 'male' | 'female' | null } | null {
  const heads = ctx.reader.data.personHeads;
  const titles = new Set(ctx.reader.data.titles ?? []);
  const tokens = u.analysis.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const relative = /^(who|that)$/.test(tokens[i + 1]?.normal ?? '');
    // The tagger may read "general" as an adjective; before "who" it is the noun.
    if (!t || (t.pos !== 'NOUN' && t.pos !== 'PROPN' && !(relative && t.pos === 'ADJ'))) continue;
    const which = tokens.slice(Math.max(0, i - 3), i).some((x) => x.normal === 'which');
    if (!relative && !which) continue;
    if (heads?.has(t.normal)) return { noun: t.normal, gender: heads.get(t.normal) ?? null };
    if (titles.has(t.lemma)) return { noun: t.lemma, gender: null };
  }
  return null;
}

/** Nouns that fit any person: they ask for a person, not an office. */
const ANY_PERSON = new Set([
  'person',
  'people',
  'official',
  'officials',
  'guy',
  'man',
  'woman',
  'lady',
  'dude',
]);

/**
 * True when entity `e` is the kind of person asked for: of the noun's gender, and, for an office ("general",
 * "spokeswoman"), holding it by the coverage's names, titles or description ("Gen." is a general).
 */
function fitsPerson(
  e: {
    type: string;
    gender: 'male' | 'female' | null;
    aliases: readonly string[];
    description: string | null;
    roles: ReadonlyArray<{ title: string; phrases: readonly string[] }>;
  },
  asked: { noun: string; gender: 'male' | 'female' | null },
  ctx: Context,
): boolean {
  if (e.type !== 'person') return false;
  if (asked.gender !== null && e.gender !== null && e.gender !== asked.gender) return false;
  if (ANY_PERSON.has(asked.noun)) return true;
  const abbreviations = ctx.reader.data.titleAbbreviations ?? new Map<string, string>();
  const words = [...e.aliases, e.description ?? '', ...e.roles.flatMap((r) => [r.title, ...r.phrases])]
    .join(' ')
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .map((w) => abbreviations.get(w) ?? w);
  const noun = asked.noun.replace(/(?:wo)?m[ae]n$|person$/, '');
  return words.some((w) => w === asked.noun || (noun.length >= 4 && w.startsWith(noun)));
}

/** Verbs asking who made something known: answered by the source a report is attributed to. */
const REPORTING: ReadonlySet<string> = new Set(['report', 'reveal', 'publish', 'break']);
/** Verbs asking who put a figure on something ("who counted them?" — "estimated by the United Nations"). */
const FIGURING: ReadonlySet<string> = new Set(['count', 'estimate', 'tally', 'calculate', 'number']);

/** Forms of "be" before a participle that make it passive ("was detained", "have been photographed"). */
const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were']);

/** Ranked sentences below this share of the best one's score are not searched for the asked role. */
const AGENT_SCORE_SHARE = 0.5;
/** Verbs that ask nothing of their own ("who is", "who did"). */
const EMPTY_VERBS = new Set(['be', 'do', 'have', 'get', 'go']);
/** Words between a name and the verb it is the subject of ("has", "also", "not"). */
const MAX_SUBJECT_GAP = 3;
/** Words between a verb or noun and the "by"/"from" that names its agent ("a request from"). */
const MAX_AGENT_GAP = 4;

/** The verbs a who-question asks about, and the role noun of "who is the spokeswoman". */
function askedPredicates(u: Understanding): string[] {
  const tokens = u.analysis.tokens;
  const out: string[] = [];
  const who = tokens.findIndex((t) => t.normal === 'who');
  let verbAt = who + 1;
  while (who >= 0 && (tokens[verbAt]?.pos === 'ADV' || tokens[verbAt]?.normal === 'first')) verbAt++;
  tokens.forEach((t, i) => {
    // The word after "who" is its verb, however the tagger read it ("who first put out…").
    const verb = t.pos === 'VERB' || (i === verbAt && t.pos !== 'AUX' && t.pos !== 'PUNCT');
    if (verb && !EMPTY_VERBS.has(t.lemma)) out.push(t.lemma);
  });
  // "Who is the Pentagon's chief spokesperson?": the nouns of the phrase after "who is" name the role.
  if (/^(who|whom)$/i.test(tokens[0]?.normal ?? '') && tokens[1]?.lemma === 'be') {
    for (let i = 2; i < tokens.length; i++) {
      const t = tokens[i];
      if (!t || !['DET', 'ADJ', 'NOUN', 'PROPN', 'PART'].includes(t.pos)) break;
      if (t.pos === 'NOUN') out.push(t.lemma);
    }
  }
  // "Who said…", "the general who said…": the verb after "who" is the role asked; others qualify it.
  const own = tokens[verbAt];
  if (who >= 0 && own && out.includes(own.lemma)) return [own.lemma];
  return [...new Set(out)];
}

/**
 * The entity that fills the asked role in a sentence: after "by" or "from" following the asked verb or its
 * noun ("a request from the Department of Homeland Security", "is led by Kenneth Rapuano"); else the name
 * right before the verb ("Trump designated…"); for a role noun, the name it stands beside ("Dana White, the
 * Pentagon's chief spokesperson"). `null` when no candidate stands in such a place.
 */
function agentIn(
  ctx: Context,
  sentence: Sentence,
  asked: readonly string[],
  isCandidate: (id: string) => boolean,
): string | null {
  const analysis = ctx.reader.analyse(sentence.text);
  const tokens = analysis.tokens;
  const spans = mentionSpans(analysis, sentence).filter((m) => isCandidate(m.entityId));
  if (spans.length === 0) return null;
  // Word vectors are not used here: they rank common verbs as alike ("say" and "make" 0.78).
  // Any verb of making known answers another ("who reported it?" — "…, which published a photo").
  const matches = (lemma: string) =>
    asked.some(
      (a) =>
        a === lemma ||
        ctx.reader.synonymsOf(a).includes(lemma) ||
        (REPORTING.has(a) && REPORTING.has(lemma)) ||
        (FIGURING.has(a) && FIGURING.has(lemma)),
    );
  // "Who reported it?": the news organisation a report is attributed to, "according to X" or "…told X".
  if (asked.some((a) => REPORTING.has(a))) {
    for (const m of spans) {
      const before = tokens.slice(Math.max(0, m.start - 2), m.start).map((t) => t.normal);
      const source =
        (before[0] === 'according' && before[1] === 'to') ||
        before.at(-1) === 'told' ||
        (before[0] === 'told' && before[1] === 'the');
      if (source && ctx.index.entities.get(m.entityId)?.type === 'organisation') return m.entityId;
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (!tok || (tok.pos !== 'VERB' && tok.pos !== 'NOUN') || !matches(tok.lemma)) continue;
    for (let j = i + 1; j <= i + MAX_AGENT_GAP && j < tokens.length; j++) {
      const w = tokens[j];
      if (!w || w.pos === 'PUNCT') break;
      if (w.normal !== 'by' && w.normal !== 'from') continue;
      const after = spans.find((m) => m.start > j && m.start <= j + 2);
      if (after) return after.entityId;
      break;
    }
    if (tok.pos === 'VERB' && tokens[i - 1]?.normal === 'by') {
      // "X … responded by saying…": the gerund's agent is the clause's subject, its first name.
      const subject = spans.find((m) => m.end <= i);
      if (subject) return subject.entityId;
    }
    if (tok.pos === 'VERB') {
      const apposed = subjectBeforeApposition(tokens, spans, i);
      if (apposed) return apposed;
      const before = spans.filter((m) => m.end <= i).at(-1);
      if (before && i - before.end <= MAX_SUBJECT_GAP) {
        const gap = tokens.slice(before.end, i);
        // "X has also…", and a relative clause: "that news agency, which published…".
        const relative = (g: { value: string; normal: string }) =>
          g.value === ',' || g.normal === 'which' || g.normal === 'who' || g.normal === 'that';
        // "Troops have been photographed": a passive's subject is who it was done to, not who did it.
        const passive = gap.some((g) => PASSIVE_AUXILIARIES.has(g.normal));
        if (
          !passive &&
          gap.every((g) => g.pos === 'AUX' || g.pos === 'ADV' || g.pos === 'PART' || relative(g))
        )
          return before.entityId;
      }
    } else {
      const titled = spans.find((m) => m.start === i + 1);
      if (titled) return titled.entityId;
      const apposed = spans.filter((m) => m.end < i && i - m.end <= 6).at(-1);
      if (apposed && tokens[apposed.end]?.value === ',') return apposed.entityId;
    }
  }
  return null;
}

/** Words an apposition between a subject and its verb may run to ("X, then the commander of…, signed"). */
const MAX_APPOSITION = 12;

/**
 * "Gen. Colin Powell, then the commander of the Army's Forces Command, signed the order": the name before an
 * apposition set off by commas is the subject of the verb right after it, not the last name inside it.
 * `null` when the verb at `verbAt` follows no such apposition.
 */
function subjectBeforeApposition(
  tokens: Analysis['tokens'],
  spans: ReadonlyArray<{ entityId: string; start: number; end: number }>,
  verbAt: number,
): string | null {
  if (tokens[verbAt - 1]?.value !== ',') return null;
  for (let k = verbAt - 2; k >= 0 && verbAt - k <= MAX_APPOSITION; k--) {
    const t = tokens[k];
    if (!t || t.pos === 'VERB' || t.pos === 'AUX') return null;
    if (t.value !== ',') continue;
    return spans.find((m) => m.end === k)?.entityId ?? null;
  }
  return null;
}

/** Each mention of a sentence as a token range in its analysis. */
function mentionSpans(
  analysis: Analysis,
  sentence: Sentence,
): Array<{ entityId: string; start: number; end: number }> {
  const out: Array<{ entityId: string; start: number; end: number }> = [];
  for (const m of sentence.mentions) {
    if (m.via === 'pronoun') continue;
    for (let at = sentence.text.indexOf(m.text); at >= 0; at = sentence.text.indexOf(m.text, at + 1)) {
      const start = analysis.tokens.findIndex((t) => t.start === at);
      if (start < 0) continue;
      let end = start;
      while (end < analysis.tokens.length && (analysis.tokens[end]?.end ?? 0) <= at + m.text.length) end++;
      out.push({ entityId: m.entityId, start, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
