import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeData } from '../../src/knowledge/build.ts';
import { Cleaner } from '../../src/knowledge/clean.ts';
import { KNOWLEDGE_DIR } from '../../src/paths.ts';
import { Nlp } from '../../src/nlp/pipeline.ts';

let cleaner: Cleaner;

beforeAll(async () => {
  cleaner = new Cleaner((await loadKnowledgeData(KNOWLEDGE_DIR)).boilerplate, new Nlp([]));
}, 120_000);

const REPORT = [
  'MATAMOROS, June 4. — The federal garrison laid down its arms this morning and crossed to the American side.',
  'The customs house was closed at noon, and its clerks were sent across the river with the records.',
  'Gen. Blanco rode into the plaza at four o’clock with some five hundred men.',
  'The bridge was reopened to traffic in the evening, and the ferry ran until dark.',
];

const keptText = (lines: readonly string[]): string[] =>
  cleaner
    .clean(lines.join('\n'), { title: 'Federals disarmed at Matamoros', outlet: 'Riverbank Times' })
    .paragraphs.map((p) => p.text);

describe('appeals to the reader at the edges of a page', () => {
  it('drops a subscription offer with its price a month after the report', () => {
    const appeal =
      'Subscribe to the Times Digital Archive: unlimited pages, clippings and downloads for $4.99 a month. Start your free trial';
    expect(keptText([...REPORT, appeal])).toEqual(REPORT);
  });

  it('drops an appeal whose opening verb the tagger reads as a name ("Support the archive")', () => {
    const appeal = 'Support the archive — become a Friend of the Collection for $5 a month.';
    expect(keptText([...REPORT, appeal])).toEqual(REPORT);
  });

  it('drops a line that speaks to the reader before the report ("Your gift keeps public radio…")', () => {
    const appeal = 'Your gift keeps public radio on the border. Pledge now →';
    expect(keptText([appeal, ...REPORT])).toEqual(REPORT);
  });

  it("keeps a quotation in the second person at the page's end", () => {
    const quoted = '“Go back to your homes,” the colonel told them. “You will see the smoke by morning.”';
    expect(keptText([...REPORT, quoted])).toEqual([...REPORT, quoted]);
  });

  it("keeps a letter's writer speaking to the reader at the end of the letter", () => {
    const letter = 'I give you what I saw, and you may judge of it for yourselves.';
    expect(keptText([...REPORT, letter])).toEqual([...REPORT, letter]);
  });

  it("keeps a speaker's words after their label in a transcript", () => {
    const said = 'PARDO: Go ahead, you’re on the air.';
    expect(keptText([...REPORT, said])).toEqual([...REPORT, said]);
  });

  it('keeps a line under its own label, whose words are the label\'s ("Letters: We welcome your letters…")', () => {
    const labelled =
      'Letters: We welcome your letters on this interview. Write to Camino Real Quarterly, P.O. Box 1846.';
    expect(keptText([...REPORT, labelled])).toEqual([...REPORT, labelled]);
  });

  it('keeps a last line of reporting that opens with a common word read as a name ("Support for…grew")', () => {
    const report = 'Support for the new garrison grew in the town over the summer.';
    expect(keptText([...REPORT, report])).toEqual([...REPORT, report]);
  });

  it('keeps a live blog entry that speaks to the reader among its news', () => {
    const entry =
      "Welcome to our live coverage. We'll be in San Ygnacio all day. If you're driving in, the sheriff's office asks that you park along Uribe Street.";
    expect(keptText([...REPORT, entry])).toEqual([...REPORT, entry]);
  });

  it('keeps an appeal fourth from the end when the last paragraph, an appeal, is dropped', () => {
    const middle = 'Say their names. Remember them.';
    const last = 'Support the archive — become a Friend of the Collection for $5 a month.';
    const lines = [...REPORT, middle, REPORT[0]!, REPORT[1]!, last];
    expect(keptText(lines)).toEqual([...REPORT, middle, REPORT[0], REPORT[1]]);
  });

  it('keeps an appeal in the middle of the report (only the edges of a page are read for them)', () => {
    const middle = 'Say their names. Remember them.';
    const lines = [...REPORT.slice(0, 2), ...REPORT, middle, ...REPORT, ...REPORT.slice(0, 2)];
    expect(keptText(lines)).toContain(middle);
  });
});
