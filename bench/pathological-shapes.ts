/**
 * The worst-case article shapes `bench:kb --pathological` builds (and `bench:heap` measures), and the source
 * each makes when repeated to a size.
 */
import { parseSource, type RawSource } from '../src/knowledge/sources.ts';

/** A different capitalised surname for each number ("Aaaason", "Baaason", …). */
function surnameOf(i: number): string {
  let s = '';
  for (let k = i, j = 0; j < 4; j++, k = Math.floor(k / 26)) s += String.fromCharCode(97 + (k % 26));
  return `${s[0]?.toUpperCase()}${s.slice(1)}son`;
}

/**
 * The worst-case article shapes, each repeated to just under the 1 MB source limit (a function gives the
 * n-th repetition, for shapes where each differs).
 */
export const PATHOLOGICAL_SHAPES: Array<[string, string | ((n: number) => string)]> = [
  ['the same short quotation, one paragraph', '"Yes," he said. '],
  ['quotations with no full stop, one sentence', '"a" "b" '],
  ['apostrophes and single quotation marks', "it's 'a' "],
  ['unclosed quotation marks', '“a '],
  ['a paragraph per quotation', '"Yes," Jim Mattis said.\n\n'],
  ['capitalised names and titles', 'Gen. Alan Smith met Maria Lopez, a rancher. '],
  ['one word, no spaces', 'x'],
  ['words of 300 letters', `${'x'.repeat(299)} `],
  ['numbers and dates', 'About 1,200 troops arrived on May 3, 2025, two days after 90 days. '],
  ['an organisation named again, each quotation', 'The Interior Ministry met. "Yes," the ministry said.\n\n'],
  ['an unclosed quotation per paragraph', '"a b c\n\n'],
  ['a different person quoted in each paragraph', (n) => `"We will stay," said Tomas ${surnameOf(n)}.\n\n`],
  [
    'a different unnamed person described in each paragraph',
    (n) => `"We will stay," a rancher from ${surnameOf(n)} said.\n\n`,
  ],
  [
    'a different unnamed person described in each sentence, one paragraph',
    (n) => `"We will stay," a rancher from ${surnameOf(n)} said. `,
  ],
  [
    'a different person known by one name in each paragraph',
    (n) => `${surnameOf(n)}, a 34-year-old, said it was over. "We will stay," ${surnameOf(n)} said.\n\n`,
  ],
  [
    'a different woman named, then quoted by "she said", one paragraph',
    (n) =>
      `We talked with a woman who runs a shop, Rosa ${surnameOf(n)}. She sells bread. "We will stay," she said. `,
  ],
  ['gapped quotations after semicolons, one sentence', 'Mr. Pettibone met us; Mr. Dorsey of "b"; '],
  [
    'a name after a description, then the verb of saying, one paragraph',
    (n) => `"We will stay," a woman who sells blouses in the plaza, Rosa ${surnameOf(n)}, said. `,
  ],
  ['a known surname after other first names, one paragraph', 'Paul Sandoval met Sandoval. '],
  [
    'a name two bodies share among country words, one paragraph',
    'The Texas National Guard met Mexican officials. ',
  ],
  ['a name two bodies share, one sentence', 'National Guard '],
  ['a part of them counted again and again, one sentence', 'eighty of them were taken, '],
  ['a day a bound ends an act at, one sentence', 'the saloons stay closed until Monday and '],
  ['a quotation handed over with a colon, one paragraph', 'Maria Lopez put it this way: "Yes." '],
  [
    'a relative handed a quotation, one paragraph',
    'Elena and Frank Castañeda came. "We taught here," Elena Castañeda said. Her husband was blunter: "Not one." ',
  ],
  ['a group chanting, one sentence', 'the crowd chanted, "Hold the line!" '],
  ['symbols glued to a capitalised verb of saying, one paragraph', `${'Said('.repeat(59)} `],
  ['an interview of one-line answers', 'Q: Is it big?\n\nA: "Not even close."\n\nArreola said it was.\n\n'],
  ['callers labelled by a first name alone', 'EARL: We saw the river rise.\n\nMARIA: It rose fast.\n\n'],
  [
    'a different caller labelled by one name in each turn',
    (n) => `${surnameOf(n).toUpperCase()}: We saw the river rise.\n\n`,
  ],
  [
    'a different relative named in an apposition, one paragraph',
    (n) => `Mrs. Luz ${surnameOf(n)} and her husband, Ramón, came. "Some will not live," he said. `,
  ],
  [
    'a different other name given in an apposition, one paragraph',
    (n) => `Rosa ${surnameOf(n)}, a vendor known as Doña ${surnameOf(n + 1)}, watched. "No," she said. `,
  ],
  [
    'a described speaker named again by one noun, one paragraph',
    'The lieutenant in charge of the patrol came. "Go back," the lieutenant said. A "Cap" Spencer nodded. ',
  ],
  [
    'a letters page: each letter signed by another writer, quoting a relative',
    (n) => `My grandmother said, "We stayed." She was right.\n\n— Rosa ${surnameOf(n)}, San Benito\n\n`,
  ],
  [
    'a role set off before a different name after each quotation',
    (n) =>
      `"We will stay," a spokesman for the embassy in Washington, Rodrigo ${surnameOf(n)}, told reporters.\n\n`,
  ],
  [
    'a person noun used as a title before a different surname in each paragraph',
    (n) =>
      `Marisol ${surnameOf(n)} is an interpretive ranger. "We will stay," Ranger ${surnameOf(n)} said.\n\n`,
  ],
  [
    'an unnamed person introduced before each quotation',
    'A Kickapoo man who sells leather goods listened.\n\n"We will stay," he said.\n\n',
  ],
  [
    'a relation by a possessive after a different couple in each paragraph',
    (n) =>
      `Sgt. Wade ${surnameOf(n)} met us. His wife, Tammy ${surnameOf(n)}, came. "We stayed," the sergeant's wife said.\n\n`,
  ],
  ['a general noun for a person after each quotation, one sentence', '"a," the officer said, '],
  [
    'a person the tagged words name, each quotation, one paragraph',
    'Colonel Trucy Aubert marched. "If Aubert had come up," he said. ',
  ],
  [
    'a possessive set off after an unnamed subject, one paragraph',
    'A young marine at the tape, his face covered, sent word: "Go back." ',
  ],
  [
    'a letter read out after a colon, a paragraph each',
    'I will read it:\n\n"Dear Mother, yes."\n\nMrs. Sears tells us so.\n\n',
  ],
  [
    'an epithet speaker after each quotation, one sentence',
    (n) => (n === 0 ? 'Young Amos Lytle came. ' : '"a," the young man said, '),
  ],
  [
    "a person quoted in someone's letter, one sentence",
    'Don Rafael Cantú is quoted in the Captain\'s letter: "x." ',
  ],
  [
    'a letter signed by a first name after each of many men of that name, one paragraph',
    (n) => `William ${surnameOf(n)} wrote home. "We are well. Your loving brother, Will." `,
  ],
  [
    'a different person introduced as "a young man named", one paragraph',
    (n) => `A young man named Josiah ${surnameOf(n)} came. "Go," the young man said. `,
  ],
  [
    'a different person labelled by a role word in each turn',
    (n) => `ANNOUNCER: We go on.\n\nHOST ${surnameOf(n).toUpperCase()}: Yes. He said it.\n\n`,
  ],
  [
    'what a relative was, said again and again before a pronoun, one sentence',
    'my son was my son was "Yes," he said ',
  ],
  [
    'a thing carrying words pointed to by "which", again and again, one sentence',
    'a hand-lettered sign hangs there, which reads: "a", ',
  ],
  [
    'a person beside a thing carrying words pointed to by "which", again and again, one sentence',
    'Alan Smith stood by a sign, which reads: "a", ',
  ],
  [
    'a quotation of 270 KB of short sentences, one paragraph each',
    `Luis Ortega said: "${'We went. '.repeat(30_000)}The soldiers burned the houses."\n\n`,
  ],
  [
    'one run of capitalised names, as before "wrote:", one sentence',
    (n) => (n === 0 ? 'In a letter to Mrs. Stiffler ' : 'Alan Smith Maria Lopez '),
  ],
  [
    'a pronoun speaker after each quotation, after one sentence of 570 KB',
    (n) =>
      n === 0
        ? `Alan Smith met Bob Jones, which Mr. Ashcroft held ${'and the river rose '.repeat(30_000)}. `
        : '"a," he said, ',
  ],
  [
    'a described person, then a pronoun speaker after each quotation, one sentence',
    (n) => (n === 0 ? 'An older man came. ' : '"a," he said, '),
  ],
  [
    'a pronoun and a verb of no saying after each quotation, one sentence',
    (n) => (n === 0 ? 'The reading of a composition by Claudia Sheinbaum followed. ' : '"a," she read, '),
  ],
  [
    'a named speaker after each quotation, one sentence',
    (n) => (n === 0 ? 'Trump came. ' : '"a," Trump said, '),
  ],
  [
    'a person asked again and again, one sentence, after a quotation no one is given',
    (n) => (n === 0 ? 'The sign: "Keep out."\n\nIt rained.\n\n' : 'Trump asked Trump '),
  ],
  [
    'two sentences of pronoun-tagged quotations, one paragraph',
    (n) => (n === 15_000 ? 'and left. It rained. ' : n < 15_000 ? '"a," he said, ' : '"c," she said, '),
  ],
  [
    'a letter under a heading naming one of many namesakes, each paragraph',
    (n) =>
      `Corporal ${surnameOf(n)} Wemple wrote home.\n\nTHE LETTER OF CORPORAL WEMPLE.\n\n"Dear Father, — We are here.\n\n"I write on a box."\n\n`,
  ],
  [
    "a different person's letter, then its words, each sentence of one paragraph",
    (n) => `Mrs. ${surnameOf(n)}'s letter, dated May 3, was short. "We are here." `,
  ],
  [
    'a letter from someone described, then "he writes" quotations, one paragraph',
    (n) => (n === 0 ? 'There came a letter from a merchant of the town. ' : '"a," he writes, '),
  ],
  [
    'a crowd told of, then sentences of "They chanted" quotations, one paragraph',
    (n) => (n === 0 ? 'A crowd met. ' : 'They chanted, "a!" '),
  ],
  ["a body's report quoted in part, one sentence", 'The committee\'s report found the agents "a" and '],
  [
    "a body's statement after a colon, then a speaker going on, a paragraph each",
    'The Navy\'s statement read in part:\n\n"We regret it."\n\nJIM SMITH, MAYOR: Yes.\n\nHe went on: "No."\n\n',
  ],
];

/** A shape: one piece repeated, or a function giving the n-th piece, for shapes where each differs. */
export type PathologicalUnit = (typeof PATHOLOGICAL_SHAPES)[number][1];

const HEAD = `---\nid: pathological\ntitle: t\noutlet: o\npublished: 2025-01-01\nurl:\nlanguage: en\n---\n`;

/** The source of `unit` repeated to just under `sourceBytes`, front matter included. */
export function pathologicalSource(unit: PathologicalUnit, sourceBytes: number): RawSource {
  const budget = sourceBytes - HEAD.length - 1;
  let body = '';
  if (typeof unit === 'string') body = unit.repeat(Math.floor(budget / Buffer.byteLength(unit)));
  else
    for (let n = 0, bytes = 0; ; n++) {
      const next = unit(n);
      const size = Buffer.byteLength(next);
      if (bytes + size > budget) break;
      body += next;
      bytes += size;
    }
  return parseSource(new TextEncoder().encode(`${HEAD}${body}\n`), 'pathological.md');
}
