/**
 * Speaker labels of a broadcast transcript: a paragraph opening with who speaks, in capitals or in bold,
 * before a colon ("KAREN WHITFIELD, ANCHOR:", "**RUTLEDGE:**", "REPORTER (on camera):",
 * "LT. COL. MONICA TSOSIE, ARIZONA NATIONAL GUARD (sound bite):"). The label names the speaker, by their
 * name or by the role an earlier label gave them ("ANCHOR:"), and what follows is their turn.
 */
import { withoutAccents } from '../nlp/pipeline.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /[^\p{L}]/gu;

/** Speaker labels an article must have to be read as a transcript. */
export const MIN_TRANSCRIPT_TURNS = 3;

/** A speaker label opening a paragraph. */
export interface SpeakerLabel {
  /** The words naming the speaker as written ("LT. COL. MONICA TSOSIE", "RUTLEDGE", "REPORTER"). */
  name: string;
  /** What follows the name after a comma ("ANCHOR", "MINUTEMAN CIVIL DEFENSE CORPS"), if anything. */
  role: string | null;
  /** Characters from the paragraph's start to the end of the name. */
  nameEnd: number;
  /** Characters from the paragraph's start to the turn's first word. */
  end: number;
  /** The note in brackets after the name ("on camera", "LUPE, CANUTILLO"), if any. */
  note: string | null;
}

/** A word of a label in capitals: letters (accents too), apostrophes, hyphens, a closing full stop. */
const CAPS_WORD = String.raw`\p{Lu}[\p{Lu}\p{M}'’\-]*\.?`;
/** A nickname in marks between a name's words: 'TOMÁS "CHINO" RESÉNDEZ'. */
const CAPS_NICKNAME = String.raw`["“]\p{Lu}[\p{Lu}\p{M}'’\-]*["”]`;
/** A word of a label's name in capitals, or a nickname in marks. */
const CAPS_NAME_WORD = String.raw`(?:${CAPS_WORD}|${CAPS_NICKNAME})`;
/** A word of a bold label: a capitalised name word. */
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’\-]*\.?`;
/**
 * Words of a role or organisation after the name's comma ("U.S. BORDER PATROL", "KSVN NEWS 4"); a role may
 * go on after a comma of its own ("HISTORIAN, HARTNELL COLLEGE", "17, BOYLE HEIGHTS").
 */
const CAPS_ROLE = String.raw`[\p{Lu}\d][\p{Lu}\p{M}\d'’.&\-]*`;
/**
 * A note on how the turn was delivered or who the speaker is: "(on camera)", "(sound bite)", "(through
 * translator)", "(caller, through the station's interpreter)". Bounded, as every run of a label is.
 */
const DELIVERY = String.raw`(?:\s*\((?<note>[^()\n]{1,80})\))?`;
/**
 * An aside in brackets between the name and the comma before the role, part of what the speaker is rather
 * than how the turn was delivered: "COL. DWIGHT FARRADAY (RET.), U.S. ARMY:", "JOHN CORNYN (R-TEXAS), SENATOR:".
 */
const NAME_ASIDE = String.raw`(?:\s*\([^()\n]{1,20}\)(?=\s*,))?`;

/**
 * A label in capitals. No two unbounded runs of spaces stand side by side ("\s*(?:\*\*)?\s*:" would try every
 * split of a long run of spaces before failing: 4 s for a name and 40,000 spaces): the bold marks take the spaces
 * after them.
 */
const CAPS_LABEL = new RegExp(
  String.raw`^\s*(?<bold>\*\*)?(?<name>${CAPS_WORD}(?:\s+${CAPS_NAME_WORD}){0,5})${NAME_ASIDE}` +
    String.raw`(?:\s*,\s*(?<role>${CAPS_ROLE}(?:(?:\s*,)?\s+${CAPS_ROLE}){0,6}))?${DELIVERY}\s*(?:\*\*\s*)?:(?:\s*\*\*\s+|\s+)`,
  'u',
);
const BOLD_LABEL = new RegExp(
  String.raw`^\s*\*\*(?<name>${NAME_WORD}(?:\s+${NAME_WORD}){0,5})` +
    String.raw`(?:\s*,\s*(?<role>[^*:\n]{1,60}?))?${DELIVERY}\s*(?::\s*\*\*|\*\*\s*:)\s+`,
  'u',
);

/** The speaker label opening `paragraph`, if it opens with one. "Q:" and "A:" are an interview's, not labels. */
export function speakerLabel(paragraph: string): SpeakerLabel | null {
  const m = CAPS_LABEL.exec(paragraph) ?? BOLD_LABEL.exec(paragraph);
  const name = m?.groups?.name;
  if (!m || !name) return null;
  // A name needs two letters: "Q:" and "A:" open an interview's questions and answers.
  if (name.replace(P1, '').length < 2) return null;
  return {
    name,
    role: m.groups?.role?.trim() ?? null,
    nameEnd: m[0].indexOf(name) + name.length,
    end: m[0].length,
    note: m.groups?.note?.trim() ?? null,
  };
}

/** A label's or a name's words as compared: lower case, without accents or full stops. */
export function labelWords(name: string): string[] {
  return withoutAccents(withoutNickname(name).toLowerCase())
    .replace(/[.]/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '');
}

/** A name without the nickname in marks between its words: 'TOMÁS "CHINO" RESÉNDEZ' → "TOMÁS RESÉNDEZ". */
export function withoutNickname(name: string): string {
  return name.replace(/\s+["“][^"“”\s]+["”](?=\s)/gu, '');
}

/**
 * A name written in capitals as a name is written: "RUBÉN VILLASEÑOR" → "Rubén Villaseñor", "O'NEILL" →
 * "O'Neill"; the letters after an apostrophe that ends a longer word are a clitic: "GENERAL'S" → "General's".
 */
export function nameCase(name: string): string {
  return name.replace(CAPITALISED_WORD, (w) => {
    if (w !== w.toUpperCase() || w.length < 2) return w;
    // A word with no apostrophe is one part: split on a look-behind, a label's commonest word cost a
    // transcript of 40,000 labels a tenth of a second.
    if (!w.includes("'") && !w.includes('’')) return w.charAt(0) + w.slice(1).toLowerCase();
    const parts = w.split(/(?<=['’])/u);
    const cased = (part: string) => (part[0] ?? '') + part.slice(1).toLowerCase();
    return parts
      .map((part, i) =>
        i > 0 && (part.length <= 2 || (parts[i - 1]?.length ?? 0) > 2) ? part.toLowerCase() : cased(part),
      )
      .join('');
  });
}
/** A word's letters, with the apostrophes between them ("O'NEILL", "GENERAL'S"). */
const CAPITALISED_WORD = /\p{L}+(?:['’]\p{L}+)*/gu;

/**
 * A name in capitals opening a label's note, as a call-in show names its callers: "LUPE, CANUTILLO",
 * "TOM BRANNIGAN, HARLINGEN", '"TEX," SUNLAND PARK', "MR. GARZA, QUEMADO" (an honorific and a surname).
 */
const NOTE_NAME = /^["“]?(\p{Lu}[\p{Lu}\p{M}'’\-]*\.?(?:\s+\p{Lu}[\p{Lu}\p{M}'’.\-]*){0,3})(?:["”],|,["”]?)/u;

/**
 * The name a label's note gives its speaker ("CALLER (LUPE, CANUTILLO)" → "Lupe"): the words in capitals
 * before the note's comma, a first name or a full one, a place after it.
 */
export function noteName(label: SpeakerLabel): string | null {
  const m = label.note ? NOTE_NAME.exec(label.note) : null;
  return m?.[1] ? nameCase(m[1]) : null;
}

/**
 * The speaker label opening each paragraph of a transcript (`null` for a paragraph with none); all `null`
 * when the article has fewer than {@link MIN_TRANSCRIPT_TURNS} labels and so is no transcript.
 */
export function transcriptLabels(paragraphs: readonly string[]): Array<SpeakerLabel | null> {
  const labels = paragraphs.map(speakerLabel);
  return labels.filter((l) => l !== null).length >= MIN_TRANSCRIPT_TURNS ? labels : labels.map(() => null);
}

/** Words at most before the noun for a person in a caller's note ("RETIRED SCHOOLTEACHER", "FORMER SHOP OWNER"). */
const MAX_WORDS_BEFORE_PERSON_NOUN = 2;

/** Words of a note saying how a turn was delivered ("THROUGH INTERPRETER", "VIA TRANSLATOR"). */
const DELIVERY_WORDS =
  /^(?:through|via|with|by|of|on|off|in|from|to|as|at|for|voice|translated|translation|interpreted)$/i;

/** "a" or "an" before a word, by its first letter. */
export function indefinite(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

/**
 * The unnamed speaker a label describes in its note ("CALLER (RANCHER NEAR LANGTRY)" → "a caller, a rancher
 * near Langtry"): a note opening with a noun for a person and giving no name before a comma, as a call-in
 * show marks a caller who gave none. A word keeps its capital when the article writes it as a name
 * (`writtenAsName`: "Langtry"); the label's own word leads when it is a noun for a person too. `null` for a
 * note on how the turn was delivered ("on camera", "THROUGH INTERPRETER") or one naming the speaker.
 */
export function noteDescription(
  label: SpeakerLabel,
  isPersonNoun: (lemma: string) => boolean,
  writtenAsName: (word: string) => boolean,
): string | null {
  if (!label.note) return null;
  const [what = '', ...where] = label.note.split(',');
  const words = what.split(/\s+/).filter((w) => w !== '');
  // "RETIRED SCHOOLTEACHER IN CRAWFORD": a word or two may qualify the noun for a person.
  const noun = words.findIndex((w) => isPersonNoun(w.toLowerCase()));
  if (noun < 0 || noun > MAX_WORDS_BEFORE_PERSON_NOUN) return null;
  // "THROUGH INTERPRETER", "VOICE OF TRANSLATOR": how the turn was delivered, not who spoke it.
  if (words.slice(0, noun).some((w) => DELIVERY_WORDS.test(w))) return null;
  // "FORMER SHOP OWNER, MORLEY AVENUE": after a comma, only where the person is; a name before it is noteName's.
  if (where.length > 1 || (where.length === 1 && noun === 0 && words.length === 1)) return null;
  const place = where[0]?.trim().split(/\s+/) ?? [];
  const cased = [...words, ...(place.length > 0 ? [','] : []), ...place].map((w) => {
    const name = nameCase(w);
    return name !== w.toLowerCase() && writtenAsName(name) ? name : w.toLowerCase();
  });
  const described = `${indefinite(cased[0] ?? '')} ${cased.join(' ').replace(' ,', ',')}`;
  const role = labelWords(label.name).join(' ');
  return isPersonNoun(role) && role !== cased[0] ? `${indefinite(role)} ${role}, ${described}` : described;
}

/**
 * A speaker the host calls by the label's one name, with what the label says of them: "EARL, CALLER
 * (KILLEEN):" → "Earl, a caller from Killeen" (the role when it is a noun for a person, the note when the
 * article writes it as a place's name outside the labels), or the name alone.
 */
export function calledWithRole(
  label: SpeakerLabel,
  isPersonNoun: (lemma: string) => boolean,
  writtenAsName: (word: string) => boolean,
): string {
  const name = nameCase(label.name);
  const role = label.role ? labelWords(label.role).join(' ') : '';
  if (!isPersonNoun(role)) return name;
  const place = label.note ? nameCase(label.note) : null;
  const from =
    place !== null && place !== label.note?.toLowerCase() && writtenAsName(place) ? ` from ${place}` : '';
  return `${name}, ${indefinite(role)} ${role}${from}`;
}
