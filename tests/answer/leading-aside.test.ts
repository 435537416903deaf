/** A word of tone before a question's asking word ("wtf did…", "yo what…") is an aside, not the question. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '../../src/answer/create.ts';
import { leadingAside, mayOpenWithAside } from '../../src/answer/leading-aside.ts';
import { shippedRuntime } from './setup.ts';

let runtime: Runtime;

beforeAll(async () => {
  runtime = await shippedRuntime();
});

function split(question: string) {
  const nlp = runtime.questionNlp;
  return leadingAside(question, nlp.analyse(question), (w) => nlp.isEnglishWord(w));
}

describe('leadingAside', () => {
  it("splits an interjection off a yes/no question's auxiliary ('wtf did the marines…')", () => {
    expect(split("wtf did the marines really bulldoze that farmer beto's stuff??")).toEqual({
      question: "did the marines really bulldoze that farmer beto's stuff??",
      aside: 'wtf',
    });
  });

  it('splits an adverb of tone off a question word (honestly why…)', () => {
    expect(split('honestly why did the army refuse the border job').question).toBe(
      'why did the army refuse the border job',
    );
  });

  it('keeps a misspelt question word as the question (wat else did she say)', () => {
    expect(split('wat else did she say').aside).toBeNull();
  });

  it('keeps a word linking the turn to the last one and a name before the question', () => {
    expect(split('so did bush send troops before it ran out?').aside).toBeNull();
    expect(split('Obama what did he ask congress for?').aside).toBeNull();
    expect(split('by when did the troops have to leave?').aside).toBeNull();
  });
});

describe('mayOpenWithAside', () => {
  it('settles a question that opens with its asking word or holds none, and never one with an aside', () => {
    const questions = [
      'What did he say?',
      "what's the plan",
      'the troops?',
      'wtf did the marines really bulldoze the road',
      'yo what did that sergeant get convicted of',
      'honestly why did the army refuse the border job',
      "lol didn't they send the guard",
    ];
    for (const q of questions) if (split(q).aside !== null) expect(mayOpenWithAside(q)).toBe(true);
    expect(mayOpenWithAside('What did he say?')).toBe(false);
    expect(mayOpenWithAside('the troops?')).toBe(false);
  });
});
