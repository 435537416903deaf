/**
 * No answer shows the same words twice: a quotation is not shown again after the sentence it stands in. A
 * comparison of two witnesses showed the surgeon's "It was over in less than ten minutes" in its sentence and
 * again as his quotation (tests/fixtures/articles-42, the Courant's report of Funston's death).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withoutRepeatedWords } from '../../src/answer/unrepeated-evidence.ts';
import type { Evidence } from '../../src/answer/types.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: plainsherald-1908-colonel-dies-el-paso
title: "Col. Harwood Is Dead at El Paso"
outlet: The Plains Herald
published: 1908-03-12
url: https://example.org/harwood-dead
language: en
---
Col. Silas Harwood, commanding the district of the border, died suddenly at El Paso on Tuesday evening. He was 58 years old.

The colonel had dined at the Sheldon Hotel and was sitting in the lobby when he was seized with a pain in the chest and fell from his chair.

"He had been in the best of humor all evening, laughing and telling stories about the Philippines," said Lt. Amos Crandall, one of his aides, who was with him. "He said he had not felt so well in a year. Then he put his hand to his chest, and he was gone before we could get him upstairs."

Maj. Oscar Lindqvist, the surgeon who was called from the post, told the reporters that nothing could have been done. "It was over in less than ten minutes," Maj. Lindqvist said. "The colonel had been warned by his own physician last fall to rest, and he did not rest. He never did."

The body will be sent to his family in Ohio.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'plainsherald-1908-colonel-dies-el-paso.md': ARTICLE }));
}, 300_000);

/** How many times `words` stand in `text`. */
const times = (text: string, words: string) => text.split(words).length - 1;

describe('an answer showing no words twice', () => {
  it("shows the surgeon's words once when comparing what the aide and the surgeon say", async () => {
    const a = await engine.ask(
      "Lt. Crandall and Maj. Lindqvist give different pictures of Harwood's health before he died. What does each say?",
      { userId: 'each' },
    );
    expect(a.answered).toBe(true);
    expect(times(a.text, 'over in less than ten minutes')).toBe(1);
  });

  it('leaves out a quotation whose words a sentence of its article shown before holds, and keeps the rest', () => {
    const item = (kind: Evidence['kind'], id: string, text: string, sourceId = 'a'): Evidence => ({
      kind,
      id,
      sourceId,
      text,
      speaker: kind === 'quote' ? 'Lindqvist' : null,
      context: null,
      social: false,
    });
    const sentence = item('sentence', 's1', '"It was over in less than ten minutes," Maj. Lindqvist said.');
    const same = item('quote', 'q1', 'It was over in less than ten minutes');
    const other = item('quote', 'q2', 'He never did.');
    const elsewhere = item('quote', 'q3', 'It was over in less than ten minutes', 'b');
    expect(withoutRepeatedWords([sentence, same, other, elsewhere]).map((e) => e.id)).toEqual([
      's1',
      'q2',
      'q3',
    ]);
  });
});
