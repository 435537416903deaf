/**
 * An unnamed person described by whose they are ("A soldier from his platoon") is named by the person the
 * "his" stands for: "A soldier from Okoro's platoon".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { ownerInName } from '../../src/knowledge/unnamed-owners.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('ownerInName', () => {
  it('names an unnamed soldier by the sergeant the "his" of his description stands for', () => {
    const body = [
      'Sgt. Daniel Okoro, 34, leads a platoon at the post. Asked whether the soldiers were bored, Sergeant Okoro grinned. "Bored is good," he said.',
      'A soldier from his platoon, who declined to give his name because he was not authorized to speak to reporters, said the hardest part was the wind. "The sand gets in everything," he said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'sand gets in')).toBe("A soldier from Okoro's platoon");
  });

  it("leaves the name as written when no one of the pronoun's gender was named before", () => {
    const people = [{ order: 5, entityId: 'auto-ana' }];
    const female = () => 'female' as const;
    expect(ownerInName('A soldier from his platoon', 100, people, 'x', female, () => 'Ana Ruiz')).toBeNull();
    expect(ownerInName('A soldier from her platoon', 100, people, 'x', female, () => 'Ana Ruiz')).toBe(
      "A soldier from Ruiz's platoon",
    );
  });
});
