/**
 * A why- or what-answer showing a speaker's words shows the next sentence of the paragraph when it is the same
 * speaker's words going on: the account asked for is often told there.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: ratonherald-1862-wagon-train-winter
title: A drover's winter on the pass
outlet: Example Raton Herald
published: 1913-01-20
url: https://example.org/raton-wagon-winter
language: en
---
A drover's winter on the pass
Fifty years ago this month a supply train for the Union posts in New Mexico was caught by snow on Raton Pass.
Elias Mercer, who drove a team with the train, spoke to the Herald at his home on Front Street.
"The wagons on Raton Pass were a misery that whole winter," Mercer said. "We burned two of them for firewood and left the rest under the snow until April."
The train reached Fort Union in May, three months late.
"The mules on the pass were thin as rails by January," Mercer said. "My brother married a girl from Trinidad that spring."
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `speaker-goes-on-${++user}` });

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'raton.md': ARTICLE }));
}, 120_000);

describe('a speaker whose words go on in the next sentence', () => {
  it('shows what became of the wagons in the words Mercer went on with', async () => {
    const answer = await engine.ask('What happened to the wagons on Raton Pass that whole winter?', fresh());
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('We burned two of them for firewood');
  });

  it('does not run on into words of another subject', async () => {
    const answer = await engine.ask('What happened to the mules on the pass by January?', fresh());
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('thin as rails');
    expect(answer.text).not.toContain('married a girl');
  });

  it('adds nothing to one part of a two-part question, which has half the room', async () => {
    const answer = await engine.ask(
      'What happened to the wagons on Raton Pass that whole winter? And when did the train reach Fort Union?',
      fresh(),
    );
    expect(answer.text).toContain('misery');
    expect(answer.text).not.toContain('We burned two of them for firewood');
  });
});
