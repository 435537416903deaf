/**
 * A transcript's speaker label: the name that opens a paragraph before a colon, with the speaker's role after
 * a comma ("OCHOA: …", "DALE MEEKS, REPORTER: …"). What follows is that speaker's turn, not words about them.
 */

/** A label: a short name, a role after a comma if any, then the colon. */
const SPEAKER_LABEL = /^\s*([\p{L}\p{M}.'’ -]{1,40}?)\s*(?:,[^:.,]{1,60})?:/u;

/** Where the name of the label opening `text` ends, or -1 when no label opens it. */
export function speakerLabelEnd(text: string): number {
  const m = SPEAKER_LABEL.exec(text);
  return m?.[1] ? text.indexOf(m[1]) + m[1].length : -1;
}

/** Where the turn after the label opening `text` starts (just past its colon), or -1 when no label opens it. */
export function speakerTurnStart(text: string): number {
  const m = SPEAKER_LABEL.exec(text);
  return m ? m[0].length : -1;
}

/** True when the words of `length` characters at `start` of `text` lie in the label opening it. */
export function isSpeakerLabel(text: string, start: number, length: number): boolean {
  return start >= 0 && start + length <= speakerLabelEnd(text);
}

/** True when `name` is written in the label opening `text` ("CASTAÑEDA" in "SOFÍA CASTAÑEDA, BYLINE: …"). */
export function opensWithSpeakerLabel(text: string, name: string): boolean {
  return name !== '' && isSpeakerLabel(text, text.indexOf(name), name.length);
}

/** The label opening `text`, name and role up to its colon ("DALE MEEKS, REPORTER"), or `null`. */
export function speakerLabel(text: string): string | null {
  const m = SPEAKER_LABEL.exec(text);
  return m ? m[0].slice(0, -1).trim() : null;
}
