/**
 * Words a speaker gives to someone else inside their own account: the one they describe saying them speaks,
 * not the teller, and not whoever the report named last; and a "she" after a sentence describing a woman it
 * did not name goes back to her.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { annotateText, realTools } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

function speakerOf(body: string, words: string): string | undefined {
  const article = annotateText(tools, body, { published: '1866-07-01' });
  return article.quotes.filter((q) => q.text.includes(words)).sort((a, b) => a.text.length - b.text.length)[0]
    ?.speakerName;
}

describe('words given inside a quotation', () => {
  it('are the subject\'s of a clause after one set before it with no comma ("When we had … our lieutenant said")', () => {
    const body =
      'A young corporal of that corps told me that his company fought until noon. "When we had no more cartridges our lieutenant stood up and said to us, \'Boys, we have done what soldiers can do,\' and then he tied his handkerchief on his sword," the corporal said.';
    expect(speakerOf(body, 'Boys, we have done')).toMatch(/lieutenant$/);
  });

  it('are "somebody"\'s when the teller says somebody said them', () => {
    const body =
      '"We had just sat down to supper," said Eusebio Treviño, a vaquero of the Norias division. "Somebody said, \'Here come the Rangers back,\' and we all went out to look."';
    expect(speakerOf(body, 'Here come the Rangers back')).toBe('somebody');
  });

  it("stay no one's when nobody is said to have said them", () => {
    const body =
      '"We had just sat down to supper," said Eusebio Treviño, a vaquero of the Norias division. "Nobody said, \'Here come the Rangers back,\' but we all went out to look."';
    expect(speakerOf(body, 'Here come the Rangers back')).not.toBe('nobody');
  });
});

describe('"one of them" saying words', () => {
  it('is one of the people a plural noun named in the sentence before', () => {
    const body = [
      'The teacher, who asked that her name not be used, said her students had a sharp question on the bus.',
      '"One of them asked me, \'If it was a war about a border, why is the border still fighting?\'" she said.',
    ].join('\n\n');
    expect(speakerOf(body, 'If it was a war')).toBe('one of her students');
  });

  it('after the words, is one of the people named before them, not a group the words themselves name', () => {
    const body = [
      'The drivers waited at the bridge for six hours on Tuesday.',
      '"The soldiers never told us anything," one of them said.',
    ].join('\n\n');
    expect(speakerOf(body, 'never told us anything')).toBe('one of the drivers');
  });
});

describe('words quoted in part in a clause "who" opens after a name', () => {
  it("are the named person's, not the sentence subject's", () => {
    const body =
      'Maus got the command back to the border, and before he left he met Geronimo, who promised to come in and talk with Crook "in two moons."';
    expect(speakerOf(body, 'in two moons')).toBe('Geronimo');
  });

  it("are not the named person's when the clause is passive (said of them or to them)", () => {
    const described =
      'The Army praised Sgt. Ray Dunn, who was described as "a model soldier" by his commander, after he pulled two migrants from the Rio Grande.';
    expect(speakerOf(described, 'a model soldier')).not.toBe('Ray Dunn');
    const told = 'Abbott praised Sheriff Tom Schmerber, who was told to "jail every trespasser" last spring.';
    expect(speakerOf(told, 'jail every trespasser')).not.toBe('Tom Schmerber');
  });
});

describe('a pronoun saying words after a sentence describing someone unnamed', () => {
  it('goes back to the woman the sentence describes after its verb, when its subject is a man', () => {
    const body =
      'The same gentleman describes the wife of one of the soldiers, a woman who had followed the battalion from Tamaulipas, standing in the road as the column left. "We did not come here to make war on the Americans," she told him.';
    expect(speakerOf(body, 'We did not come here')).toBe('the wife of one of the soldiers');
  });

  it('does not go to a woman the sentence describes when two are described', () => {
    const body =
      'The same gentleman describes the wife of one of the soldiers and the widow of another, standing in the road as the column left. "We did not come here to make war on the Americans," she told him.';
    expect(speakerOf(body, 'We did not come here')).not.toBe('the wife of one of the soldiers');
  });
});

describe('a document a relative pronoun hands the words to', () => {
  it('speaks, named whole with its hyphenated modifier', () => {
    const body =
      'A girl of about ten held up a hand-lettered sign that read: "Thank you, soldiers. Take care of our town."';
    expect(speakerOf(body, 'Take care of our town')).toBe('a hand-lettered sign');
  });
});
