/** "Who is X?": the sentence that says who someone is, and the ones going on about them in its paragraph. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const LETTERS = `---
id: sentinel-1847-monterey-letters
title: The flag at Monterey
outlet: Example Sentinel
published: 1847-01-09
url: https://example.org/monterey
language: en
---
We print below two letters from the squadron.

THE LETTER OF JOTHAM PIKE.

Jotham Pike, son of the widow Pike of Water street, ships as an ordinary seaman in the frigate Savannah.

Pike writes that the flag went up at half past ten.
`;

const TRANSCRIPT = `---
id: kbay-1939-veracruz-transcript
title: Vera Cruz twenty-five years on
outlet: Example Radio
published: 1939-04-21
url: https://example.org/veracruz
language: en
---
WALLACE PRYOR, HOST: Good evening.

PRYOR: I want to bring in Mr. Tomás Aguirre Lara. Mr. Aguirre came to Galveston in 1920 and is a clerk with a ship chandler on the Strand. In 1914 he was seventeen years old and a cadet of the Mexican Naval School at Vera Cruz.

TOMÁS AGUIRRE LARA: Yes. We heard the guns from the school.

WALLACE PRYOR, HOST: Mr. Aguirre, a last word.

AGUIRRE: Only that we remember.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'letters.md': LETTERS, 'transcript.md': TRANSCRIPT }));
});

describe('profile', () => {
  it('introduces someone by the sentence setting their description beside their name, not a headline naming them', async () => {
    const answer = await engine.ask('Who was Jotham Pike?', { userId: 'profile-1' });
    expect(answer.text).toContain('ordinary seaman');
  });

  it('goes on in the paragraph that introduces someone and takes no line addressing them for a description', async () => {
    const answer = await engine.ask('Who is Tomás Aguirre Lara?', { userId: 'profile-2' });
    expect(answer.text).toContain('cadet of the Mexican Naval School');
    expect(answer.text).not.toContain('a last word');
  });
});
