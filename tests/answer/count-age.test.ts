import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const ARTICLE = `---
id: frontline-2024-swing-test
title: The general who ran the 1954 roundup
outlet: Example Veterans Magazine
published: 2024-06-17
url: https://example.org/swing
language: en
---
"It was set up like a regiment going into the field," said Walter "Buck" Harrell, 92, an Army veteran of Korea who joined the Border Patrol at Brownsville in 1953.

Then, in May 1997, a Marine on a surveillance mission shot and killed an 18-year-old herding goats near Redford, Texas.

Along the river at Brownsville, 12,000 people were rounded up that summer.

The oldest veteran at the reunion, Cyrus Mabry of Lampasas, Tex., gave his age as 86 and said he had been "too old for it even then."

Pvt. Daniel Okafor rode with the relief column from Fort Ringgold that night. He was 24 years old.

Sgt. Amos Whitlow, who carried the guidon that summer, died at his home in Lampasas in March at the age of 73.

Mrs. Brannock wrote home that she was afraid for Harlan, who is sixteen and wanted to watch from the roof.

Gen. Luis Rodríguez Bucio joined the army at the age of 17. Rodríguez Bucio said children under 12 years of age would not be held at Guard stations.
`;

const RIDE = `---
id: courier-1918-ranch-raid
title: Raiders kill the Neville boy
outlet: Example Courier
published: 1918-03-29
language: en
---
Glen Neville, son of Edwin W. Neville, was killed Monday night when a band of mounted men fell upon the ranch.

Mr. Neville was at Van Horn buying supplies. Hearing that something was afoot, Glen Neville and his father rode back, an eight hours' ride, and they were talking the matter over after dark when the firing began.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE, RIDE));
});

describe('how old a person is', () => {
  it('does not take the start of a figure after a name ("Brownsville, 12,000 people") for an age', async () => {
    const a = await engine.ask('how old is brownsville', { userId: 'c' });
    expect(a.direct ?? '').not.toContain('Brownsville, 12');
  });

  it('answers with the age news copy gives in commas after the name', async () => {
    const a = await engine.ask('how old is the korea vet who joined the border patrol at brownsville', {
      userId: 'a',
    });
    expect(a.direct).toBe('Walter "Buck" Harrell, 92');
  });

  it('answers "how old is he" with the age of the person the last answer showed', async () => {
    await engine.ask('who is the army veteran of korea', { userId: 'b' });
    const a = await engine.ask('how old is he', { userId: 'b' });
    expect(a.direct).toBe('Walter "Buck" Harrell, 92');
  });

  it('answers with an age given in words of age ("gave his age as 86") for the person the sentence names', async () => {
    const a = await engine.ask('how old was the oldest veteran at the reunion', { userId: 'd' });
    expect(a.text).toContain('86');
  });

  it('declines when the only figure beside the person is a span of hours, which is no age', async () => {
    const a = await engine.ask('How old was Glen Neville when he was killed?', { userId: 'f' });
    expect(a.answered).toBe(false);
  });

  it('gives the age in the headline as the article writes it ("Harlan, sixteen")', async () => {
    const a = await engine.ask('how old was harlan', { userId: 'harlan' });
    expect(a.direct).toBe('Harlan, sixteen');
  });

  it('answers with the age an obituary gives ("died … at the age of 73")', async () => {
    const a = await engine.ask('how old was amos whitlow', { userId: 'g' });
    expect(a.direct).toContain('Amos Whitlow, 73');
  });

  it('does not give an age at another time, or of others, as the person\'s ("joined at the age of 17")', async () => {
    const a = await engine.ask('how old is luis rodriguez bucio', { userId: 'h' });
    expect(a.direct ?? '').not.toMatch(/17|12/);
  });

  it('names the person, not the pronoun, when a sentence gives the age as "He was 24 years old"', async () => {
    const a = await engine.ask('how old was private okafor', { userId: 'e' });
    expect(a.direct).toBe('Daniel Okafor, 24');
  });
});
