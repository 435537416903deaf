/** A long message that introduces someone as a speaker, then asks what "she" or "he" said. */
import { describe, expect, it } from 'vitest';
import { speakersDescribedIn, talkingVerbs, withPreambleSpeaker } from '../../src/answer/preamble-speaker.ts';
import { shippedRuntime } from './setup.ts';

/** One runtime for the file: each one loads the whole knowledge. */
const runtime = shippedRuntime();
const tokensOf = async (text: string) => (await runtime).questionNlp.analyse(text).tokens;
const heads = new Map<string, 'male' | 'female' | null>([
  ['volunteer', null],
  ['grandma', 'female'],
  ['spokesman', 'male'],
  ['spokeswoman', 'female'],
  ['rancher', null],
]);
const saying = new Set(['say', 'tell', 'add']);
const MUSEUM =
  "My family's been in Mesilla forever and my grandma always says we never crossed the border, the border " +
  'crossed us. I was reading the Courier explainer for the 170th and there is a museum volunteer in there ' +
  'who says something kind of like that about her own people.';

describe('speakersDescribedIn', () => {
  it('finds the person a relative clause makes a speaker, not the asker\'s own ("my grandma says")', async () => {
    expect(speakersDescribedIn(await tokensOf(MUSEUM), heads, saying)).toEqual([
      { phrase: 'museum volunteer', head: 'volunteer' },
    ]);
  });

  it('finds no speaker in a person described without a verb of saying', async () => {
    const tokens = await tokensOf('There is a rancher in the story who lost cattle to the flood.');
    expect(speakersDescribedIn(tokens, heads, saying)).toEqual([]);
  });
});

describe('withPreambleSpeaker', () => {
  it('asks what the one speaker the preamble introduces said', async () => {
    expect(withPreambleSpeaker('What exactly did she say?', await tokensOf(MUSEUM), heads, saying)).toBe(
      'What exactly did the museum volunteer say?',
    );
  });

  it('leaves the question when the speaker is of another gender than the pronoun', async () => {
    const tokens = await tokensOf('I heard a spokesman who said the fence would go up.');
    expect(withPreambleSpeaker('What did she say?', tokens, heads, saying)).toBe('What did she say?');
  });

  it('leaves the question when the preamble makes two people speakers', async () => {
    const tokens = await tokensOf(
      'There was a spokeswoman who said one thing and a volunteer who told reporters another.',
    );
    expect(withPreambleSpeaker('What did she say?', tokens, heads, saying)).toBe('What did she say?');
  });

  it('leaves a question that does not ask what a pronoun said', async () => {
    expect(withPreambleSpeaker('Where does she work?', await tokensOf(MUSEUM), heads, saying)).toBe(
      'Where does she work?',
    );
  });
});

describe('withPreambleSpeaker, a person the preamble has someone talk to', () => {
  const NEWSLETTER =
    'My brother did a tour on the border in 2007 and my mom wrote him every week. ' +
    'There was a newsletter that talked to a Guard spokeswoman when it was ending.';

  it('asks what the person someone talked to said ("a newsletter that talked to a Guard spokeswoman")', async () => {
    const talking = talkingVerbs((await runtime).engineData.wordnet);
    const tokens = await tokensOf(NEWSLETTER);
    expect(
      withPreambleSpeaker('What did she say the agents were doing?', tokens, heads, saying, talking),
    ).toBe('What did the guard spokeswoman say the agents were doing?');
  });

  it('takes no one a verb of another kind leads to ("walked to a rancher")', async () => {
    const talking = talkingVerbs((await runtime).engineData.wordnet);
    const tokens = await tokensOf('My uncle walked to a rancher near the river last spring.');
    expect(withPreambleSpeaker('What did he say?', tokens, heads, saying, talking)).toBe('What did he say?');
  });
});
