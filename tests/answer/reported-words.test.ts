/**
 * The answer for someone the coverage never quotes ("The coverage has no direct quote from X on this; it
 * reports:") shows a sentence that reports words of theirs, not one that only tells what they did: "What did
 * the secretary say about the levee?" is not answered by "the secretary toured the river levee". Written for
 * the test.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: riverbend-2023-fort-quitman-visit
title: "Army secretary tours Fort Quitman post as bridge waits grow"
outlet: The Riverbend Courier
published: 2023-06-02
url: https://example.org/fort-quitman-visit
language: en
---
FORT HANCOCK, Texas — Army Secretary Dolores Whitfield came to the Fort Quitman post on Thursday and met with Col. Aaron Pryce, who commands the Guard troops there.

Whitfield toured the river levee by truck with county officials and ate lunch with soldiers at the post.

At the Tornillo bridge, Whitfield told reporters that the long waits for trucks would ease once the new inspection lanes opened in July.

The Mexican consulate in El Paso did not respond to a request for comment on the visit.

"We have been asking for those lanes for two years," said Ramona Castillo, who runs a produce brokerage in Tornillo.
`;

/** Words reported with verbs that are no verb of saying, beside visits; from the second reader's probes. */
const REACTIONS = `---
id: riverbend-2025-river-reactions
title: "Officials react to the troop deployment along the river"
outlet: The Riverbend Courier
published: 2025-05-14
url: https://example.org/river-reactions
language: en
---
DEL RIO, Texas — Rep. Harlan Voss denied that Guard soldiers had crossed the river near Del Rio.

Gen. Louis Abernathy confirmed that 1,500 more troops would arrive in San Diego.

The Border Patrol denied that its agents had fired at the raft near Eagle Pass.

Army Secretary Miriam Cole toured the levee at Hidalgo with county officials on Thursday.

Adm. Felix Braddock inspected the radar towers at Marfa on Tuesday and flew over the radar towers at Marfa by helicopter.

Later, Braddock told reporters that the towers at Marfa would be finished in May.

In March, Gen. Rosa Villalobos and the Army's chief engineer, Col. Martin Oakes, had come to Fort Hancock and met with the county judge.

"The water is too high for anyone to cross," said Capt. Elena Ruiz, who commands the boat patrol at Hidalgo.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await articlesAlone({
    'riverbend-2023-fort-quitman-visit.md': ARTICLE,
    'riverbend-2025-river-reactions.md': REACTIONS,
  }));
}, 300_000);

const ask = async (q: string) => {
  const a = await engine.ask(q, { userId: q });
  return a.answered ? a.text : '';
};

describe('what someone never quoted said', () => {
  it('does not answer what the secretary said about the levee with her tour of it', async () => {
    expect(await ask('What did Whitfield say about the levee?')).not.toContain('toured the river levee');
  });

  it('does not answer what the secretary said to the soldiers with her lunch at the post', async () => {
    expect(await ask('What did Whitfield say to the soldiers at lunch at the post?')).not.toContain(
      'ate lunch',
    );
  });

  it('still shows what the secretary told reporters about the bridge waits', async () => {
    const text = await ask('What did Whitfield say about the long waits at the Tornillo bridge?');
    expect(text).toContain('no direct quote from Dolores Whitfield');
    expect(text).toContain('would ease');
  });
});

describe('what someone never quoted said, in words other than "said"', () => {
  it('shows that the congressman denied the soldiers crossed the river', async () => {
    const text = await ask('What did Voss say about Guard soldiers crossing the river?');
    expect(text).toContain('no direct quote from Harlan Voss');
    expect(text).toContain('Voss denied that Guard soldiers had crossed the river');
  });

  it('shows that the general confirmed more troops would arrive in San Diego', async () => {
    const text = await ask('What did Abernathy say about troops arriving in San Diego?');
    expect(text).toContain('no direct quote from Louis Abernathy');
    expect(text).toContain('confirmed that 1,500 more troops would arrive');
  });

  it('shows that the Border Patrol denied its agents fired at the raft', async () => {
    const text = await ask('What did the Border Patrol say about agents firing at the raft?');
    expect(text).toContain('denied that its agents had fired at the raft');
  });

  it('does not answer what the Army secretary said about the levee with her tour of it', async () => {
    expect(await ask('What did Cole say about the levee at Hidalgo?')).not.toContain('toured the levee');
  });

  it('does not answer what the engineer told the county judge with his visit, named in an aside', async () => {
    expect(await ask('What did Oakes tell the county judge at Fort Hancock?')).not.toContain(
      'had come to Fort Hancock',
    );
  });

  it('passes over the admiral inspecting the towers to what he later told reporters', async () => {
    const text = await ask('What did Braddock say about the radar towers at Marfa?');
    expect(text).toContain('no direct quote from Felix Braddock');
    expect(text).toContain('Braddock told reporters that the towers at Marfa would be finished in May');
    expect(text).not.toContain('flew over');
  });
});
