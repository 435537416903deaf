/**
 * Quotations of documents, markers and letters get their author (issue #9): a thing any of whose senses is a
 * writing speaks for itself when the text names no one who wrote it, and a letter "his" owns is the
 * described writer's the sentence opens with, not the last person the article named; a telegram received
 * from someone is theirs.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { articlesAlone } from '../answer/setup.ts';

const MARKER = `---
id: xbeacon-2019-old-ford-marker
title: "The old ford"
outlet: X Beacon
published: 2019-05-02
language: en
---
The county put up a historical marker by the river road in 1936. It reads: "Here the cavalry crossed the Rio Grande on the morning of May 9, 1916."

Few drivers stop to read it.
`;

const LETTER = `---
id: xpioneer-1868-post-letter
title: "News from the post"
outlet: X Pioneer
published: 1868-01-10
language: en
---
Col. Edward Hatch, the colonel of the regiment, will no doubt have the full report before this reaches our readers.

A friend at the post closes his letter with a line we are glad to print: "Tell the people below that the post is still ours."

A telegram was received on Thursday from Mr. Patrick Conroy of Los Angeles, who served in Company A with the deceased: "Tell the boys at the post Dan held his ground. Sorry I cannot come."
`;

const SOURCES = `---
id: xchronicle-2023-last-battle-live
title: "The last battle, 175 years on"
outlet: X Chronicle
published: 2023-03-16
language: en
---
The Battle of Santa Cruz de Rosales was fought in Chihuahua in March 1848, when U.S. troops under Gen. Sterling Price stormed the town held by Gen. Ángel Trías. On the numbers, the sources do not line up. An American history of the war published in 1849 puts it this way: "The enemy lost 300 killed and wounded, while the American loss was but five killed."

Texas schools teach the Bandit War of 1915 on the border briefly. The new textbook gives the events of 1915 a single paragraph, and it calls them "border bandit raids."
`;

const RUMORS = `---
id: xclarion-1883-crook-rumors
title: "Gen. Crook returns"
outlet: X Clarion
published: 1883-06-20
language: en
---
Gen. Crook has come back from the Sierra Madre with the Chiricahuas. It is well to remember that three weeks ago this paper printed the report from El Paso that "Crook and all his command have been cut to pieces."

The district office of the Border Patrol at Tucson said in a telegram to the family that the trooper had been "one of the first and one of the best."
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  kb = (
    await articlesAlone({
      'xbeacon-2019-old-ford-marker.md': MARKER,
      'xpioneer-1868-post-letter.md': LETTER,
      'xchronicle-2023-last-battle-live.md': SOURCES,
      'xclarion-1883-crook-rumors.md': RUMORS,
    })
  ).kb;
}, 120_000);

const speaker = (start: string) => kb.quotes.find((q) => q.text.startsWith(start))?.speakerName ?? null;

describe('documents and their authors', () => {
  it('gives the words a historical marker reads to the marker, though a marker is first an object', () => {
    expect(speaker('Here the cavalry crossed')).toBe('the marker');
  });

  it('gives the line a described friend closes "his letter" with to that friend, not the colonel named before', () => {
    expect(speaker('Tell the people below')).toBe('a friend at the post');
  });

  it('gives a telegram received "from" someone, told of in a clause after their name, to its sender', () => {
    expect(speaker('Tell the boys at the post')).toBe('Patrick Conroy');
  });

  it('gives the words "an American history of the war" puts a certain way to that history', () => {
    expect(speaker('The enemy lost 300')).toBe('an American history of the war');
  });

  it('gives the words a textbook calls events by to the textbook, a publication and so a writing', () => {
    expect(speaker('border bandit raids')).toBe('the new textbook');
  });

  it('gives the words of a report quoted in the clause "that" opens after it to the report, not to the paper printing it', () => {
    expect(speaker('Crook and all his command')).toBe('the report from El Paso');
  });

  it('does not give words said "in a telegram … that" to the telegram', () => {
    expect(speaker('one of the first and one of the best')).not.toBe('a telegram to the family');
  });
});
