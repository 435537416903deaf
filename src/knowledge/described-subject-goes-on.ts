/**
 * "An older man standing near the church, who asked not to be named, was less careful. 'Here we have always
 * known,' he said.": a sentence that opens on a person it describes and names no one brings that person in,
 * and the pronoun of the words that follow it in the paragraph is theirs, not the last person named before.
 * So does one opening on the paper's own person ("Our correspondent writes that … '…,' he writes").
 */
import type { WorkingQuote, WorkingSentence } from './working.ts';
import { aPersonDescribed, describedHead, type DescribedReader } from './described-goes-on.ts';
import { tokenAt } from './speakers.ts';
import type { Analysis } from '../nlp/pipeline.ts';
import { lowerFirst } from '../nlp/lower-first.ts';
import { mentionsChanged } from './mentions-version.ts';
import { topLevelHolding } from './quote-spans.ts';

/** Words at most of a description opening a sentence ("An older man"): the article, modifiers, the noun. */
const MAX_OPENING_WORDS = 4;
/** Sentences wholly inside a quotation passed over back to the one opening on a description. */
const MAX_QUOTED_SENTENCES = 3;

/**
 * Hands to the person a sentence opens by describing ("An older man …") the quotation right after it in its
 * paragraph whose speaker only a pronoun of a fitting gender names. Changes `quotes` and the pronoun's
 * sentence's mentions in place.
 */
export function describedSubjectGoesOn(
  reader: DescribedReader,
  quotes: readonly WorkingQuote[],
  isPerson: (id: string) => boolean,
): void {
  /** The quotations that took each one's speaker, found once at the first hand-over (linear in quotes). */
  let copies: Map<WorkingQuote, WorkingQuote[]> | undefined;
  /** The quotations by the head noun their speaker is described by, built at the first definite opening. */
  let earlierIndex: DescribedEarlier | undefined;
  /** Each attribution sentence's mentions read once: a sentence may hold thousands of quotations and names. */
  const readings = new Map<WorkingSentence, SaidMentions>();
  for (const q of quotes) {
    if (q.parent !== null || q.speakerId === null || q.cue === null) continue;
    const said = q.attributionSentence ?? q.sentence;
    let reading = readings.get(said);
    if (!reading) readings.set(said, (reading = saidMentions(said)));
    const pronouns = reading.pronouns.get(q.speakerId);
    const pronoun = pronouns?.list[pronouns.next];
    if (!pronouns || !pronoun || reading.named.has(q.speakerId)) continue;
    const gender = reader.pronouns.get(tokenAt(said.analysis, pronoun.token).normal);
    const opening = describedBefore(said, pronoun.token, reader, isPerson);
    if (!gender || !opening) continue;
    // "The telegraph operator said the mood was quiet. '…,' he said": "the" and a noun point back to the one
    // an earlier quotation's speaker was described as ("a railway telegraph operator"), or to no one.
    if (opening.definite) earlierIndex ??= new DescribedEarlier(quotes);
    const earlier = opening.definite ? (earlierIndex?.find(q, opening.described.head) ?? null) : null;
    if (opening.definite && !earlier) continue;
    const described = earlier ?? { ...opening.described, id: null };
    const marked = reader.nounGender(described.head);
    if (marked !== null && marked !== gender) continue;
    const taken = q.speakerId;
    q.speakerId = described.id;
    q.speakerName = described.name;
    earlierIndex?.update(q);
    said.mentions.splice(said.mentions.indexOf(pronoun), 1);
    pronouns.next++;
    mentionsChanged(said);
    // '"Meanwhile nobody has done a thing."': words that took this quotation's speaker, having no verb of
    // their own, go with it, and so do the words that took theirs in turn (a letter's paragraphs one after
    // another).
    copies ??= copiesOf(quotes);
    const following = [...(copies.get(q) ?? [])];
    for (let r = following.pop(); r !== undefined; r = following.pop())
      if (r.speakerId === taken) {
        [r.speakerId, r.speakerName] = [described.id, described.name];
        earlierIndex?.update(r);
        following.push(...(copies.get(r) ?? []));
      }
  }
}

type Mention = WorkingSentence['mentions'][number];

/**
 * A sentence's pronouns by the person each stands for, in order, with the first not yet handed over (this pass
 * removes only that one, so the rest stay in order), and the people it names by name.
 */
interface SaidMentions {
  pronouns: Map<string, { list: Mention[]; next: number }>;
  named: ReadonlySet<string>;
}

function saidMentions(said: WorkingSentence): SaidMentions {
  const pronouns = new Map<string, { list: Mention[]; next: number }>();
  const named = new Set<string>();
  for (const m of said.mentions) {
    if (m.via !== 'pronoun') named.add(m.entityId);
    else {
      const of = pronouns.get(m.entityId);
      if (of) of.list.push(m);
      else pronouns.set(m.entityId, { list: [m], next: 0 });
    }
  }
  return { pronouns, named };
}

/** Each quotation's copies: the later ones that took its speaker ({@link WorkingQuote.copiedFrom}). */
function copiesOf(quotes: readonly WorkingQuote[]): Map<WorkingQuote, WorkingQuote[]> {
  const out = new Map<WorkingQuote, WorkingQuote[]>();
  for (const r of quotes) {
    if (!r.copiedFrom) continue;
    const list = out.get(r.copiedFrom);
    if (list) list.push(r);
    else out.set(r.copiedFrom, [r]);
  }
  return out;
}

/**
 * The sentence whose opening description a pronoun at token `pronoun` of `said` may stand for, and that
 * description: the sentence before `said` in its paragraph, past sentences wholly inside a quotation
 * ('"A jury of this county heard it. Now Washington has had two more tries," he said.'), or `said` itself
 * when the pronoun follows its opening description ("A rancher west of Douglas, who asked not to be named
 * because, he said, 'I have to live here,' called …"). It must name no person but the pronoun's.
 */
function describedBefore(
  said: WorkingSentence,
  pronoun: number,
  reader: DescribedReader,
  isPerson: (id: string) => boolean,
): { described: { name: string; head: string }; sentence: WorkingSentence; definite: boolean } | null {
  const own = describedOpening(said, reader);
  if (own && own.end <= pronoun && !said.mentions.some((m) => m.token < pronoun && isPerson(m.entityId)))
    return { described: own, sentence: said, definite: own.definite };
  let before = said.previous;
  for (let k = 0; before && k < MAX_QUOTED_SENTENCES && insideQuotation(before); k++)
    before = before.previous;
  if (!before || before.paragraph !== said.paragraph || before.kind !== said.kind) return null;
  if (before.mentions.some((m) => isPerson(m.entityId))) return null;
  const described = describedOpening(before, reader);
  return described ? { described, sentence: before, definite: described.definite } : null;
}

/** True when `s` stands wholly inside a quotation of its paragraph, marks and all. */
function insideQuotation(s: WorkingSentence): boolean {
  return topLevelHolding(s.paragraphSpans, s.start, s.end) !== null;
}

/** The description `s` opens with ("An older man"), and its head noun; `null` when it opens otherwise. */
function describedOpening(
  s: WorkingSentence,
  reader: DescribedReader,
): { name: string; head: string; end: number; definite: boolean } | null {
  const tokens = s.analysis.tokens;
  const subject: number[] = [];
  for (let k = s.tokenStart; k < s.tokenEnd && subject.length < MAX_OPENING_WORDS; k++) {
    const pos = tokens[k]?.pos;
    if (subject.length > 0 && pos !== 'ADJ' && pos !== 'NOUN') break;
    subject.push(k);
  }
  // The head is the last noun for a person in the run: the tagger may read on ("An older man standing").
  let end = subject.length;
  while (
    end > 1 &&
    !(
      tokens[subject[end - 1] ?? -1]?.pos === 'NOUN' &&
      reader.isPersonNoun(tokens[subject[end - 1] ?? -1]?.lemma ?? '')
    )
  )
    end--;
  // "The telegraph operator": "the" and nouns, which may point back to someone an earlier quotation's
  // speaker was described as (which says the noun is one for a person).
  const last = tokens[subject.at(-1) ?? -1];
  const definite = tokens[subject[0] ?? -1]?.normal === 'the' && subject.length > 1 && last?.pos === 'NOUN';
  if (definite) end = subject.length;
  const head = tokens[subject[end - 1] ?? -1];
  const found = definite
    ? { speakerName: '' }
    : (aPersonDescribed(s.analysis, subject.slice(0, end), (l) => reader.isPersonNoun(l)) ??
      ourPersonDescribed(s.analysis, subject.slice(0, end), (l) => reader.isPersonNoun(l)));
  return found && head
    ? { name: found.speakerName, head: head.lemma, end: (subject[end - 1] ?? 0) + 1, definite }
    : null;
}

/**
 * The speaker of the last quotation before `q` described by "a"/"an" and the head noun `head` ("a railway
 * telegraph operator who watched …"), with the entity standing for them if any; `null` when there is none.
 * Found through an index of the quotations by that head noun, built once per article and kept up to date as
 * speakers are handed over, so that each look-up costs a binary search, not a walk back through all quotations.
 */
class DescribedEarlier {
  /** Each quotation's positions in the list (an object listed twice has two). */
  private readonly positions = new Map<WorkingQuote, number[]>();
  /** The head noun each position's speaker is described by, or `null`. */
  private readonly keys: (string | null)[] = [];
  /** The positions, ascending, whose speaker is described by each head noun. */
  private readonly byHead = new Map<string, number[]>();

  constructor(private readonly quotes: readonly WorkingQuote[]) {
    quotes.forEach((r, i) => {
      const list = this.positions.get(r);
      if (list) list.push(i);
      else this.positions.set(r, [i]);
      const key = headOf(r);
      this.keys.push(key);
      if (key !== null) appendTo(this.byHead, key, i);
    });
  }

  find(q: WorkingQuote, head: string): { name: string; head: string; id: string | null } | null {
    const at = this.positions.get(q)?.[0] ?? -1;
    const list = this.byHead.get(head);
    if (!list) return null;
    const k = firstAtOrAfter(list, at) - 1;
    const r = k >= 0 ? this.quotes[list[k] ?? -1] : undefined;
    return r ? { name: r.speakerName, head, id: r.speakerId } : null;
  }

  /** Reads again the description of `r`'s speaker, after it was changed. */
  update(r: WorkingQuote): void {
    for (const i of this.positions.get(r) ?? []) {
      const before = this.keys[i] ?? null;
      const after = headOf(r);
      if (before === after) continue;
      this.keys[i] = after;
      if (before !== null) {
        const list = this.byHead.get(before) ?? [];
        list.splice(firstAtOrAfter(list, i), 1);
      }
      if (after !== null) {
        const list = this.byHead.get(after);
        if (list) list.splice(firstAtOrAfter(list, i), 0, i);
        else this.byHead.set(after, [i]);
      }
    }
  }
}

/** The head noun an outer quotation's speaker is described by with "a"/"an" ("a railway telegraph operator"). */
function headOf(r: WorkingQuote): string | null {
  if (r.parent !== null) return null;
  const words = r.speakerName.split(/\s+/);
  if (words[0]?.toLowerCase() !== 'a' && words[0]?.toLowerCase() !== 'an') return null;
  return describedHead(r.speakerName);
}

/** Adds `i` at the end of the list `map` keeps under `key`. */
function appendTo(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (list) list.push(i);
  else map.set(key, [i]);
}

/** The first place in ascending `list` whose value is at least `value` (`list.length` when none is). */
function firstAtOrAfter(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A subject that is "our" and a noun for a person ("Our correspondent writes that …"): the outlet's own
 * person, whom the paper names by what they are to it, as written but for the sentence's capital; `null`
 * for any other subject.
 */
function ourPersonDescribed(
  analysis: Analysis,
  subject: readonly number[],
  isPersonNoun: (lemma: string) => boolean,
): { speakerName: string } | null {
  const [first, ...rest] = subject.map((t) => tokenAt(analysis, t));
  const head = rest.at(-1);
  if (!first || !head || first.normal !== 'our' || head.pos !== 'NOUN' || !isPersonNoun(head.lemma))
    return null;
  if (rest.some((w) => w.pos !== 'ADJ' && w.pos !== 'NOUN')) return null;
  return { speakerName: lowerFirst(analysis.text.slice(first.start, head.end)) };
}
