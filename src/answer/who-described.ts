/**
 * "Who ran the general store in Presidio?": a who-question whose clause is what an article calls someone
 * ("Abe Weinberg, who keeps the general store on the main road"). The asked verb is often the article's in
 * other words ("keeps" for "ran"), so no sentence fills its role; the thing it is done to names the person.
 * Matched against each person's description and titles, not against sentences ranked by all the question's
 * words, where a neighbour who "runs the freight wagons" outranks the keeper of the store.
 */
import type { Sentence } from '../knowledge/schema.ts';
import { confidenceOf, sentenceEvidence, type Context, type Draft } from './handlers.ts';
import type { Understanding } from './understand.ts';

/** Words that open another clause of the question ("…in Presidio when the Mexican army came over"). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'when',
  'while',
  'after',
  'before',
  'during',
  'since',
  'until',
  'because',
  'where',
]);
/** Parts of speech that end the clause after "who". */
const CLAUSE_END_POS: ReadonlySet<string> = new Set(['PUNCT', 'CCONJ', 'SCONJ']);

/** Where the clause after "who" (its verb on) runs in the question's tokens, or `null`. */
function whoClause(u: Understanding): { from: number; to: number } | null {
  const tokens = u.analysis.tokens;
  if (tokens[0]?.normal !== 'who') return null;
  let from = 1;
  while (tokens[from]?.pos === 'AUX' || tokens[from]?.pos === 'ADV') from++;
  if (tokens[from]?.pos !== 'VERB') return null;
  let to = from + 1;
  while (to < tokens.length) {
    const t = tokens[to];
    if (!t || CLAUSE_END_POS.has(t.pos) || CLAUSE_OPENERS.has(t.normal)) break;
    to++;
  }
  return { from, to };
}

/**
 * The person a who-question's clause describes (see the module header), with the sentence the article
 * describes them in; `null` when the question is not "who <verb> …", no one's description fits it clearly
 * best, the person is not one `isCandidate` allows, or sentence `found` (where another filled the asked
 * verb's role) says the thing the clause asks of: then the verb's agent there answers.
 */
export function personByDescription(
  u: Understanding,
  ctx: Context,
  isCandidate: (id: string) => boolean,
  found: Sentence | null = null,
): Draft | null {
  const clause = whoClause(u);
  if (!clause) return null;
  if (found) {
    const said = new Set(found.lemmas);
    const object = u.analysis.tokens.slice(clause.from + 1, clause.to);
    const end = object.findIndex((t) => t.pos === 'ADP');
    const nouns = (end < 0 ? object : object.slice(0, end)).filter(
      (t) => t.pos === 'NOUN' || t.pos === 'PROPN',
    );
    if (nouns.some((t) => said.has(t.lemma) || said.has(t.normal))) return null;
  }
  const id = ctx.reader.describedByClause(u.analysis, clause.from, clause.to);
  const e = id ? ctx.index.entities.get(id) : undefined;
  if (!e || !isCandidate(e.id)) return null;
  const sentences = e.sentenceIds
    .map((sid) => ctx.index.sentence(sid))
    .filter((s): s is Sentence => s !== null)
    .filter((s) => u.years.length === 0 || u.years.includes(ctx.index.sourceYear(s.sourceId) ?? -1));
  const describing = e.description ?? '';
  const shown = (describing && sentences.find((s) => s.text.includes(describing))) || sentences[0];
  if (!shown) return null;
  return {
    answeredAs: 'who',
    confidence: confidenceOf(u, ctx, [shown]),
    direct: e.name,
    lead: null,
    evidence: [sentenceEvidence(shown)],
    lines: [],
    focus: [e.id],
  };
}
