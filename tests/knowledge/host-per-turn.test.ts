/**
 * A broadcast transcript whose host changes from turn to turn, between turns of an announcer who is never
 * named: each host's words are quoted as theirs, the announcer's as an announcer's, and the capitalised words
 * no one bears ("ANNOUNCER", "We") name no one.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { annotateText, realTools } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

const HOSTS = ['ALMA REYES', 'BETO SOLIS', "DARA O'NEILL", 'EMILIO VARGAS'];
const SHOW = HOSTS.map(
  (host, i) =>
    `ANNOUNCER: We go on with hour ${i + 1}.\n\nHOST ${host}: The river rose ${i + 2} feet overnight.`,
).join('\n\n');

describe('a transcript with a different host in each turn', () => {
  it("quotes each host's turn as that host's words", () => {
    const article = annotateText(tools, SHOW);
    const said = (words: string) => article.quotes.find((q) => q.text.includes(words))?.speakerName;
    expect(said('rose 2 feet')).toBe('Host Alma Reyes');
    expect(said('rose 3 feet')).toBe('Host Beto Solis');
    expect(said('rose 4 feet')).toBe("Host Dara O'Neill");
    expect(said('rose 5 feet')).toBe('Host Emilio Vargas');
  });

  it("quotes the announcer's turns as an announcer's, and takes no one to be named ANNOUNCER", () => {
    const article = annotateText(tools, SHOW);
    const turns = article.quotes.filter((q) => q.text.startsWith('We go on'));
    expect(turns).toHaveLength(HOSTS.length);
    for (const turn of turns) expect(turn.speakerId).toBeNull();
    expect(article.people.map((p) => p.name)).not.toContain('Announcer');
  });
});
