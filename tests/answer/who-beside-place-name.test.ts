import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

/**
 * A story naming Francisco Antonio Ruiz once and the city of San Antonio often: the city's "Antonio" is
 * not him, so a who-question answered in a sentence about the city does not name him.
 */
const STORY = `---
id: example-2026-alamo-ceremony
title: "At the Alamo, a ceremony for the dead of both sides"
outlet: Example Express
published: 2026-03-07
url: https://example.org/alamo-ceremony
language: en
---
About two hundred people gathered on Friday to remember the dead of the 1836 siege.

Francisco Antonio Ruiz, the mayor of Béxar in 1836, was ordered by Santa Anna to burn the bodies of the defenders. He wrote that 182 were burned.

Historians from both countries spoke. The wreath in San Antonio was laid by a delegation from Coahuila.

The city of San Antonio paid for the new plaque, and San Antonio officials said the shrine would be restored.

The procession to the chapel was led by the archbishop of San Antonio, who read the names aloud.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'ceremony.md': STORY }));
});

describe('who, beside a place named with a word of a person’s name', () => {
  it('does not answer "who paid for the plaque" with the mayor whose middle name the city bears', async () => {
    const a = await engine.ask('Who paid for the new plaque?', { userId: 'a' });
    expect(a.direct ?? '').not.toContain('Ruiz');
  });

  it('does not answer "who read the names" with him either', async () => {
    const a = await engine.ask('Who read the names aloud?', { userId: 'b' });
    expect(a.direct ?? '').not.toContain('Ruiz');
  });

  it('still names him as the mayor of Béxar', async () => {
    const a = await engine.ask('Who was the mayor of Béxar?', { userId: 'c' });
    expect(a.text).toContain('Francisco Antonio Ruiz');
  });
});
