import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { annotateText, realTools } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

/** The Guard bodies each sentence of `body` mentions, as `entity:words`. */
function guards(body: string, published: string): string[] {
  return annotateText(tools, body, { published })
    .sentences.flatMap((s) => s.mentions)
    .filter((m) => m.entityId === 'national-guard' || m.entityId === 'guardia-nacional')
    .map((m) => `${m.entityId}:${m.text}`);
}

describe('which National Guard an article means', () => {
  it("reads a Mexican story's National Guard as Mexico's Guardia Nacional", () => {
    expect(
      guards('Mexico has sent 10,000 National Guard troops to its northern border this month.', '2025-02-20'),
    ).toEqual(['guardia-nacional:National Guard']);
  });

  it("reads a Texas story's National Guard as the US National Guard", () => {
    expect(
      guards(
        'About 250 Texas National Guard soldiers arrived in the Rio Grande Valley on Thursday.',
        '2025-02-20',
      ),
    ).toEqual(['national-guard:National Guard']);
  });

  it('reads "the Guard" by what the rest of the article is about', () => {
    const body = [
      "Mexico's Senate on Friday placed the National Guard under the command of the army.",
      'The Guard was founded five years ago, drawing on the disbanded Federal Police.',
    ].join('\n\n');
    expect(guards(body, '2024-09-21')).toEqual(['guardia-nacional:National Guard', 'guardia-nacional:Guard']);
  });

  it('keeps "the Mexican border" from making a US story Mexican', () => {
    expect(
      guards('President Bush said 6,000 National Guard troops would go to the Mexican border.', '2019-06-01'),
    ).toEqual(['national-guard:National Guard']);
  });

  it("never reads a story from before Mexico's Guard was founded as speaking of it", () => {
    expect(
      guards('In Chihuahua, the president called the National Guard into federal service.', '2016-06-18'),
    ).toEqual(['national-guard:National Guard']);
  });

  it('does not take the Coast Guard or a guard post for the National Guard', () => {
    expect(guards('The Coast Guard and a guard at the gate watched the Texas shore.', '2020-01-01')).toEqual(
      [],
    );
  });
});
