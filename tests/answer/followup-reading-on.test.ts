import { beforeAll, describe, expect, it } from 'vitest';
import {
  readingBackFromQuestion,
  readingOnFromShown,
  readingOnInStory,
} from '../../src/answer/followup-next.ts';
import { sentenceEvidence, type Draft } from '../../src/answer/handlers.ts';
import { KnowledgeIndex } from '../../src/answer/knowledge-index.ts';
import { emptyConversation } from '../../src/answer/memory.ts';
import { withArticles } from './setup.ts';

/** A law stated, and its exceptions in the sentence after it, which never says "exception". */
const LAW = `---
id: dw-2024-soldiers-law
title: Soldiers barred from police work
outlet: Example Tribune
published: 2024-03-12
url: https://example.org/soldiers-law
language: en
---
Federal law prohibits active-duty soldiers from making arrests on US soil unless Congress authorizes it. The president may deploy them for riot control or relief after natural disasters.

The governor said the request came in February.
`;

/** A scene set in one sentence, and what was asked told in the next one of its paragraph. */
const OBITUARY = `---
id: courier-1977-willis-obituary
title: Dorsie Willis dies
outlet: Example Courier
published: 1977-08-27
url: https://example.org/willis
language: en
---
Mr. Willis received $25,000 from the Army in 1973.

A neighbor, Clarence Odom, said Mr. Willis never spent the money on himself. "He bought a new stand for the shop and sent the rest to a church in Texas," Mr. Odom said.
`;

/** A letter announced in one sentence and quoted in the next of its paragraph. */
const SIEGE = `---
id: cortes-1997-mulege-siege
title: Mulege remembers its defense
outlet: Example Diario
published: 1997-10-03
url: https://example.org/mulege
language: en
---
On October 1, Selfridge sent a letter ashore demanding that the Mexican forces keep neutrality. Pineda's answer is the most quoted sentence in the history of the peninsula. He wrote that the place "will never be neutral." He also protested that the ship had entered the port under the English flag.
`;

/** A guest's answer, then the host's question asking on from it, in a transcript. */
const TRANSCRIPT = `---
id: klnv-2015-capture-transcript
title: Border at Ten transcript
outlet: Example TV
published: 2015-03-04
url: https://example.org/capture
language: en
---
PETTIBONE: The Zetas were already split before today. My expectation is more violence in the short term, not less.

VILLARREAL: So you'd expect violence here, on the border?

PETTIBONE: In Tamaulipas, yes. I'd say give it weeks, not months.
`;

let index: KnowledgeIndex;
const ID = 'dw-2024-soldiers-law';

beforeAll(async () => {
  const { kb } = await withArticles(LAW, OBITUARY, SIEGE, TRANSCRIPT);
  index = new KnowledgeIndex(kb);
});

/** A draft showing the sentences `ids`, in that order. */
function draftOf(ids: string[]): Draft {
  return {
    answeredAs: 'what',
    confidence: 1,
    direct: null,
    lead: null,
    evidence: ids.map((id) => sentenceEvidence(index.sentence(id)!)),
    lines: [],
    focus: [],
  };
}

describe('readingOnFromShown', () => {
  const law = () => index.kb.sentences.find((s) => s.sourceId === ID)?.id;

  it('adds the sentence after a shown one that says none of the follow-up\'s words ("any exceptions?")', () => {
    const first = law()!;
    const conversation = { ...emptyConversation(), lastEvidence: [first] };
    const read = readingOnFromShown(draftOf([first]), [['exception']], conversation, index);
    expect(read.evidence.map((e) => e.text).join(' ')).toContain('riot control');
    expect(read.evidence[0]?.id).toBe(first);
  });

  it('returns the draft unchanged when the shown sentence says the asked word', () => {
    const first = law()!;
    const conversation = { ...emptyConversation(), lastEvidence: [first] };
    const draft = draftOf([first]);
    expect(readingOnFromShown(draft, [['arrest', 'arrests']], conversation, index)).toBe(draft);
  });

  it('returns the draft unchanged when the last answer did not show its sentences', () => {
    const first = law()!;
    const draft = draftOf([first]);
    expect(readingOnFromShown(draft, [['exception']], emptyConversation(), index)).toBe(draft);
  });
});

describe('readingOnInStory', () => {
  const STORY = 'courier-1977-willis-obituary';
  const odom = () =>
    index.kb.sentences.find((s) => s.sourceId === STORY && s.text.includes('never spent'))!.id;

  it('shows the sentence after the one matched in the story the conversation is in ("what did he spend it on?")', () => {
    const conversation = { ...emptyConversation(), lastSources: [STORY] };
    const read = readingOnInStory(draftOf([odom()]), conversation, index);
    expect(read.evidence.map((e) => e.text).join(' ')).toContain('new stand for the shop');
    expect(read.evidence[0]?.id).toBe(odom());
  });

  it('returns the draft unchanged when the sentence is of an article the conversation has not been in', () => {
    const draft = draftOf([odom()]);
    expect(readingOnInStory(draft, emptyConversation(), index)).toBe(draft);
  });

  it('reads on as well when the draft has a direct answer, keeping its headline', () => {
    const draft = { ...draftOf([odom()]), direct: '$25,000' };
    const read = readingOnInStory(draft, { ...emptyConversation(), lastSources: [STORY] }, index);
    expect(read.evidence.map((e) => e.text).join(' ')).toContain('new stand for the shop');
    expect(read.direct).toBe('$25,000');
  });
});

describe('readingOnInStory past a sentence that announces', () => {
  const STORY = 'cortes-1997-mulege-siege';
  const letter = () =>
    index.kb.sentences.find((s) => s.sourceId === STORY && s.text.includes('sent a letter'))!.id;
  const conversation = () => ({ ...emptyConversation(), lastSources: [STORY] });

  it('reads on to the sentence saying the asked words when the next one only announces it ("what did he write back?")', () => {
    const read = readingOnInStory(draftOf([letter()]), conversation(), index, [['write', 'wrote']]);
    const text = read.evidence.map((e) => e.text).join(' ');
    expect(text).toContain('most quoted sentence');
    expect(text).toContain('never be neutral');
    expect(read.evidence[0]?.id).toBe(letter());
  });

  it('reads on one sentence only when the one after it says none of the asked words either', () => {
    const read = readingOnInStory(draftOf([letter()]), conversation(), index, [['flag']]);
    const text = read.evidence.map((e) => e.text).join(' ');
    expect(text).toContain('most quoted sentence');
    expect(text).not.toContain('never be neutral');
  });
});

describe('readingBackFromQuestion', () => {
  const STORY = 'klnv-2015-capture-transcript';
  const question = () =>
    index.kb.sentences.find((s) => s.sourceId === STORY && s.text.includes("you'd expect"))!.id;
  const conversation = () => ({ ...emptyConversation(), lastSources: [STORY] });

  it('shows the answer an interviewer\'s question asks on from, before it ("what does he expect to happen to violence?")', () => {
    const read = readingBackFromQuestion(draftOf([question()]), conversation(), index, [['violence']]);
    expect(read.evidence[0]?.text).toContain('more violence in the short term');
    expect(read.evidence[1]?.id).toBe(question());
  });

  it('returns the draft unchanged when the turn before says none of the asked words', () => {
    const draft = draftOf([question()]);
    expect(readingBackFromQuestion(draft, conversation(), index, [['weeks']])).toBe(draft);
  });

  it('returns the draft unchanged when the first sentence asks nothing', () => {
    const answer = index.kb.sentences.find((s) => s.sourceId === STORY && s.text.includes('Tamaulipas'))!.id;
    const draft = draftOf([answer]);
    expect(readingBackFromQuestion(draft, conversation(), index, [['violence']])).toBe(draft);
  });

  it('returns the draft unchanged in an article the conversation has not been in', () => {
    const draft = draftOf([question()]);
    expect(readingBackFromQuestion(draft, emptyConversation(), index, [['violence']])).toBe(draft);
  });
});
