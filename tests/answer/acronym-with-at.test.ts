/** An acronym for a name the coverage spells out with "at" inside it ("UTEP": University of Texas at El Paso). */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: rimroad-2017-bath-riots
title: "A century after the bath riots"
outlet: The Rim Road
published: 2017-01-27
language: en
---
"The quarantine was sold as medicine," said Dr. Yolanda Chávez Beltrán, who teaches Chicano history at the University of Texas at El Paso.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'rimroad-2017-bath-riots.md': ARTICLE }));
});

describe('an acronym of a name with "at" in it', () => {
  it('reads "UTEP" as the University of Texas at El Paso the article names', () => {
    const read = engine.read('What does the UTEP professor teach?');
    expect(read.content).toEqual(expect.arrayContaining(['university', 'texas']));
    expect(read.unknown).not.toContain('utep');
  });
});
