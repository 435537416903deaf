import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

/** A visitor described as someone's relative, with the relative named; a historian beside him. */
const ARTICLE = `---
id: matamoros-2025-garrison-exhibit
title: A museum shows the 1865 garrison across the river
outlet: Example Gulf Daily
published: 2025-07-01
url: https://example.org/garrison-exhibit
language: en
---
The museum opened a small exhibition on the garrison of 1865.
"The army was a message to Paris," said Dr. Elena Ruiz Campos, a historian at the state university.
Juan Nepomuceno Cortina fought on the river in those years.
Among the first visitors was Ramiro Cortina Salinas Jr., a retired customs agent who says he is a distant relative of Juan Nepomuceno Cortina.
"My grandmother said they came to help us," he said.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('a person asked about as the kin of someone named', () => {
  it('finds "the Cortina relative" in the one described as a relative of Cortina', () => {
    expect(engine.read('Did the Cortina relative see the 1865 troops the same way?').entities).toContain(
      'auto-ramiro-cortina-salinas-jr',
    );
  });

  it('does not take the relative for the person he is related to', () => {
    expect(engine.read('what did the Cortina relative say?').entities).not.toContain(
      'auto-juan-nepomuceno-cortina',
    );
  });
});
