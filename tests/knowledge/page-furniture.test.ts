import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeData } from '../../src/knowledge/build.ts';
import { Cleaner } from '../../src/knowledge/clean.ts';
import { furnitureShape, withoutTrailingAppeal } from '../../src/knowledge/page-furniture.ts';
import { KNOWLEDGE_DIR } from '../../src/paths.ts';

let cleaner: Cleaner;

beforeAll(async () => {
  cleaner = new Cleaner((await loadKnowledgeData(KNOWLEDGE_DIR)).boilerplate);
});

const kept = (page: string, title: string): Array<[string, string]> =>
  cleaner.clean(page, { title, outlet: 'Mesa Wire — wire' }).paragraphs.map((p) => [p.kind, p.text]);

describe('page furniture is not shown as reporting', () => {
  it("drops a wire story's slug line and editors' note, keeping the story under them", () => {
    const page = [
      'Guard unit leaves the river',
      'BC-NM--Guard-Withdrawal, 1st Ld-Writethru, 640 words',
      'Eds: RECASTS lede with governor statement. Adds byline. Moves photo.',
      'SANTA TERESA, N.M. (MW) — The last Guard soldiers left the river post on Friday, the governor said.',
    ].join('\n');
    expect(kept(page, 'Guard unit leaves the river')).toEqual([
      ['headline', 'Guard unit leaves the river'],
      [
        'report',
        'SANTA TERESA, N.M. (MW) — The last Guard soldiers left the river post on Friday, the governor said.',
      ],
    ]);
  });

  it("cuts a reader appeal ending in a button's label off a long paragraph of reporting", () => {
    const line =
      'How many people died crossing the desert after the blockade began is not known. The Border Patrol did ' +
      'not count deaths until 1998, and researchers say the early numbers are undercounts by a wide margin. ' +
      "If you have a family story about the blockade, we'd like to hear it: [Share your story]";
    expect(withoutTrailingAppeal(line)).toEqual({
      kept:
        'How many people died crossing the desert after the blockade began is not known. The Border Patrol did ' +
        'not count deaths until 1998, and researchers say the early numbers are undercounts by a wide margin.',
      appeal: "If you have a family story about the blockade, we'd like to hear it: [Share your story]",
    });
  });

  it('leaves reporting alone: a bracketed insertion in a quote, a sentence on "editors", a long word count', () => {
    expect(
      withoutTrailingAppeal(
        'The lieutenant wrote that the patrol had crossed at night and that the river was high, and he added that ' +
          'the men were tired after three days in the hills, "and the [Border Patrol] had not come."',
      ),
    ).toBeNull();
    expect(furnitureShape('Editors at the paper said the story was corrected on Monday.')).toBeNull();
    expect(furnitureShape('The order ran to 1,200 words and named no commander.')).toBeNull();
    expect(furnitureShape('Eds: UPDATES with comment from Pentagon.')).toBe("editors' note");
  });
});
