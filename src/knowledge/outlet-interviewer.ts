/**
 * A magazine interview labels its questions with the publication's name ("Peloncillo Quarterly: Who led
 * them?"): the words are the interviewer's, and the byline says who that is ("Interview by Wade Harrelson
 * Ochoa"). A reader of the page takes the questions as the byline's person's; with no person in the byline
 * the publication's name stays.
 */
import type { WorkingQuote } from './working.ts';

/** What a byline may open with before the name: "By", "Interview by", "Interviewed by", "Questions by". */
const BYLINE_OPENER = /^\s*(?:(?:interview(?:ed)?|questions|conversation|q\s*&\s*a)\s+)?by\s+/i;
/** A person's name alone: two to five capitalised words, initials allowed ("T. W. Kennedy"). */
const PERSON_NAME = /^\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){1,4}$/u;

/** The one person a byline names ("Interview by Wade Harrelson Ochoa" → "Wade Harrelson Ochoa"), else `null`. */
export function bylinePerson(author: string | null): string | null {
  if (!author) return null;
  const name = author.replace(BYLINE_OPENER, '').trim();
  return PERSON_NAME.test(name) ? name : null;
}

/** True when a turn's label `label` is the outlet's name, or the name its description opens with. */
export function isOutletLabel(label: string, outlet: string): boolean {
  const l = label.trim().toLowerCase();
  const o = outlet.trim().toLowerCase();
  return l !== '' && (o === l || (o.startsWith(l) && !/[\p{L}\p{M}]/u.test(o.charAt(l.length))));
}

/**
 * Gives the turns labelled with the outlet's own name (cue "turn", no speaker entity) to the person the
 * byline names, the interviewer asking them.
 */
export function outletTurnsToInterviewer(
  quotes: WorkingQuote[],
  meta: { outlet: string; author: string | null },
): void {
  const interviewer = bylinePerson(meta.author);
  if (!interviewer) return;
  for (const q of quotes)
    if (q.cue === 'turn' && q.speakerId === null && isOutletLabel(q.speakerName, meta.outlet))
      q.speakerName = interviewer;
}
