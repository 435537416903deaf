/** A one-word name that is also an English word, written in a question as the word ("the operation"). */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

/** "Joint Operation Michoacán" is read as a name with "Operation" for its first surname. */
const ARTICLE = `---
id: cantera-2006-michoacan-offensive
title: Soldiers and marines pour into Michoacán as Calderón opens offensive against cartels
outlet: Example Cantera
published: 2006-12-12
url: https://example.org/michoacan
language: en
---
They are the first wave of the Joint Operation Michoacán, the security offensive that the government of President Felipe Calderón announced on Monday night, ten days after he took office on Dec. 1.
"Michoacán cannot face alone criminals who are armed like armies," said Gov. Lázaro Cárdenas Batel.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('a name that is also an English word', () => {
  it('reads "the operation" in lower case as any operation, not as Joint Operation Michoacán', () => {
    const read = engine.read('How many people died in the operation to capture Ovidio Guzmán?');
    expect(read.entities).not.toContain('auto-joint-operation-michoaca-n');
  });

  it('still reads the name written as one', () => {
    expect(engine.read('How many soldiers went in the Joint Operation Michoacán?').entities).toContain(
      'auto-joint-operation-michoaca-n',
    );
    expect(engine.read('What did Operation say?').entities).toContain('auto-joint-operation-michoaca-n');
  });
});
