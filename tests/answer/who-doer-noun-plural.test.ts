import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

/**
 * A live page that names a project's organizers only by a capitalised plural opening a sentence, with the
 * project in the sentence before and many sentences that name it but not who organized it.
 */
const ARTICLE = `---
id: example-2005-desert-watch-live
title: "Desert Watch volunteers gather in Tombstone as border watch begins"
outlet: Example Cochise TV
published: 2005-04-01
url: https://example.org/desert-watch-live
language: en
---
The Desert Watch Project, a civilian border-watch effort, began today and, organizers say, is scheduled to run until the end of April.

Organizers Harold Quint, a retired accountant from Orange County, and Dora Lattimer, who publishes a weekly newspaper, had predicted more than 1,000 volunteers.

The Desert Watch Project was announced last fall and drew national attention.

The Desert Watch Project's base is in Tombstone, about 20 miles north of the border.

Mexico's government had protested the Desert Watch Project in Washington earlier this month.

Tombstone's mayor, Dusty Cole, said the town had no official role in the Desert Watch Project.

The Desert Watch Project asked volunteers to bring lawn chairs and radios.

The sheriff said the Desert Watch Project had not asked his office for help.

A reporter asked whether the Desert Watch Project would last the month.

Volunteers of the Desert Watch Project signed a form promising not to chase anyone.

The Desert Watch Project posted volunteers along 23 miles of the border.

The Desert Watch Project said about 450 volunteers had signed in by late morning.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('a who-question answered by the plural noun for the doer of the asked verb', () => {
  it('answers "who organized" a project with the names after "Organizers" opening a sentence', async () => {
    const a = await engine.ask('Who organized the Desert Watch Project?', { userId: 'a' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Harold Quint');
  });
});
