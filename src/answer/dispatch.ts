/**
 * Sends a read question to the handler of its intent: who said what (quote.ts), how many (count.ts), when
 * (date.ts), who (who.ts; who wrote an article, byline.ts), why and what (explain.ts), a timeline (timeline.ts).
 */
import { answerByline } from './byline.ts';
import { countrySpeech } from './country-speech.ts';
import { answerCount } from './count.ts';
import { answerDate } from './date.ts';
import { lastingUntil } from './lasting-until.ts';
import { answerExplain } from './explain.ts';
import { MIN_CONFIDENCE, type Context, type Draft } from './handlers.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';
import { asksReportOfPointedSpeaker } from './pointed-speaker.ts';
import { answerQuote } from './quote.ts';
import { describedSpeakerNoun, describedSpeakerQuote, showsWordsOfDescribed } from './described-speaker.ts';
import { asksYesNo } from './qualifying.ts';
import { declinesWithReason } from './replies.ts';
import { answerTimeline } from './timeline.ts';
import { withoutUnassertedDirect } from './unasserted-act.ts';
import { withoutOthersActDirect } from './others-act.ts';
import { typedSaidWhole } from './typed-said-whole.ts';
import type { AnswerIntent } from './types.ts';
import type { Understanding } from './understanding.ts';
import { answerWho } from './who.ts';

/** The draft of the handler of `intent`, the entities in `focus` standing for the ones a pronoun names. */
export function dispatch(
  intent: AnswerIntent,
  u: Understanding,
  ctx: Context,
  focus: readonly string[],
): Draft | null {
  switch (intent) {
    case 'quote': {
      const speaker = u.speakerId ?? focus.find((id) => ctx.index.speakerQuotes.has(id)) ?? focus[0] ?? null;
      const alternatives = u.entities.filter(
        (id) =>
          id !== speaker &&
          ctx.index.entities.get(id)?.type === 'person' &&
          sharesRole(ctx.index, id, speaker),
      );
      const drafts = [speaker, ...alternatives].map((id) =>
        answerQuote(u, ctx, id && ctx.index.entities.has(id) ? id : null),
      );
      const explained =
        !speaker || asksReportOfPointedSpeaker(u, ctx, drafts) ? answerExplain(u, ctx, 'what') : undefined;
      if (explained !== undefined) drafts.push(explained);
      // A country's officials' words come first: the country named is who was asked to have spoken.
      drafts.unshift(...u.entities.map((id) => countrySpeech(u, ctx, id)));
      const quoted = drafts.reduce<Draft | null>(
        (best, d) => (d && (!best || d.confidence > best.confidence) ? d : best),
        null,
      );
      // "What did the kid at the velasco ceremony say": not a sentence of nobody's words, but the words of
      // someone the noun fits, or none.
      const described = speaker ? null : describedSpeakerNoun(u, ctx);
      if (described !== null && !(quoted && showsWordsOfDescribed(quoted, ctx, described))) {
        const found = describedSpeakerQuote(u, ctx, described);
        if (found || (quoted && quoted.confidence >= MIN_CONFIDENCE)) return found;
      }
      // A decline that says why ("no quotation of … on that topic") stands when no evidence says all asked.
      if (quoted && !declinesWithReason(quoted)) return quoted;
      return typedSaidWhole('quote', u, ctx, explained) ?? quoted;
    }
    case 'count': {
      const typed = withoutOthersActDirect(
        withoutUnassertedDirect(lastingUntil(u, ctx, answerCount(u, ctx)), u, ctx),
        u,
        ctx,
      );
      // "How big was the band…" of "a small band — fewer than forty warriors": a size said in other words.
      const count =
        typed && typed.confidence >= MIN_CONFIDENCE ? typed : (typedSaidWhole('count', u, ctx) ?? typed);
      if (!asksYesNo(u.text)) return count;
      // "Did the number of troops ever hit 15,000?": whether, not how many; the evidence may say so in words
      // ("It never did.") where no figure answers.
      const whether = answerExplain(u, ctx, 'what');
      return whether && (!count || whether.confidence > count.confidence) ? whether : count;
    }
    case 'date':
      return (
        withoutOthersActDirect(withoutUnassertedDirect(answerDate(u, ctx), u, ctx), u, ctx) ??
        typedSaidWhole('date', u, ctx)
      );
    case 'who':
      return answerByline(u, ctx) ?? withoutUnassertedDirect(answerWho(u, ctx, focus), u, ctx);
    case 'why':
      return answerExplain(u, ctx, 'why');
    case 'timeline': {
      const since = /\b(since|after|from)\s+(\d{4})\b/i.exec(u.text);
      return answerTimeline(ctx, {
        years: u.years,
        since: since ? Number(since[2]) : null,
        entities: u.entities,
        terms: u.terms,
      });
    }
    default:
      if (
        /^what('s|\s+(is|are|was|were))\s/i.test(u.text) &&
        u.entities.length > 0 &&
        u.content.length === 0 &&
        u.pronoun === null
      ) {
        return answerWho(u, ctx, focus);
      }
      return answerExplain(u, ctx, 'what');
  }
}

/** True when two people were named by the same role title ("the Mexican leader" → both presidents). */
function sharesRole(index: KnowledgeIndex, a: string, b: string | null): boolean {
  if (!b) return false;
  const titles = new Set(index.entities.get(b)?.roles.map((r) => r.title) ?? []);
  return (index.entities.get(a)?.roles ?? []).some((r) => titles.has(r.title));
}
