import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

/** Two ceremonies at a border fort, sixty years apart, each told by a paper of its day. */
const OLD = `---
id: riverpost-1855-fort-flag-raised
title: Flag raised over the new fort at Ringgold
outlet: Example River Post
published: 1855-07-06
url: https://example.org/fort-flag-raised
language: en
---
RINGGOLD, July 4.—The flag was raised over the new fort this morning before the whole garrison.

A salute of thirteen guns was fired from the parade ground as the colours went up, and the band played.
`;

const NEW = `---
id: valleytimes-1915-fort-review
title: Governor reviews the troops at Ringgold
outlet: Example Valley Times
published: 1915-09-20
url: https://example.org/fort-review
language: en
---
RINGGOLD, Sept. 19.—The governor reviewed the cavalry at the fort this afternoon.

A salute of seventeen guns greeted him at the gate, and the troopers passed in review by squadrons.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(OLD, NEW));
});

describe('a year of the 1800s in a question', () => {
  it('sets the 1855 ceremony beside the 1915 one, each from its own article', async () => {
    const a = await engine.ask(
      'Were the 1855 flag raising at Ringgold and the 1915 review at Ringgold both marked with gun salutes?',
      { userId: 'a' },
    );
    expect(a.answered).toBe(true);
    expect(a.text).toContain('thirteen guns');
    expect(a.text).toContain('seventeen guns');
  });
});
