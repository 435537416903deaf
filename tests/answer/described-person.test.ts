import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { fixtureEngine, shippedRuntime, withArticles } from './setup.ts';

/** Two people the article names once, and says what they are. */
const ARTICLE = `---
id: nogales-2024-guard-cameras
title: Guard leaves the Nogales cameras as Arizona recalls its troops
outlet: Example Sentinel
published: 2024-03-12
url: https://example.org/nogales-cameras
language: en
---
Arizona recalled 240 National Guard soldiers from the border at Nogales on Monday.
"Those soldiers were our eyes on the cameras," said Hector Villarreal, who runs a produce warehouse near the Mariposa port of entry.
Dana Pruitt, a vice president of the union local that represents Border Patrol agents in Tucson, said agents would now have to watch the screens themselves.
"We will be pulled off the line to sit in a room," Pruitt said.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('a person asked about by what the article says they are', () => {
  it('answers "the union guy" with the union official’s words', async () => {
    const a = await engine.ask('what did the border patrol union guy say', { userId: 'a' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('pulled off the line');
    expect(a.text).not.toContain('eyes on the cameras');
  });

  it('answers "the warehouse guy" with the warehouse owner’s words', async () => {
    const a = await engine.ask('what did the produce warehouse guy near mariposa say', { userId: 'b' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('eyes on the cameras');
  });

  it('does not make an office nobody holds into someone', async () => {
    const a = await engine.ask('what did the mayor of nogales say about the cameras', { userId: 'c' });
    expect(a.text).not.toContain('Villarreal');
    expect(a.text).not.toContain('Pruitt');
  });

  it('says who someone is when the question points to the article they are in', async () => {
    const a = await engine.ask('whos dana pruitt in that nogales cameras story', { userId: 'd' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('**Dana Pruitt** — a vice president of the union local');
  });
});

/** Someone the article introduces by what they do, never by the title a reader would use. */
const TEACHER = `---
id: tucson-2024-guard-cameras-law
title: Law scholars weigh in on the Guard's camera duty
outlet: Example Desert Daily
published: 2024-03-14
url: https://example.org/cameras-law
language: en
---
"The cameras were never the Guard's job to begin with," said Marta Olvera, who teaches immigration law at the University of Arizona in Tucson.
`;

describe('a person asked about by a title the article never gives them', () => {
  it('finds "the tucson law professor" in whoever teaches law in Tucson', async () => {
    const { engine: teacher } = await withArticles(TEACHER);
    const a = await teacher.ask('what did the tucson law professor say about the cameras', { userId: 'e' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('never the Guard');
  });
});

describe('a capitalised "Guard" in a question', () => {
  it('is the body, not a guard described by the words before it ("today\'s Guard" is no Texas Military Department spokesman)', async () => {
    const engine = await fixtureEngine(await shippedRuntime(), 'articles-9');
    const read = engine.read("Hidalgo commissioner quote on today's Guard?");
    expect(read.entities).not.toContain('auto-roberto-salinas');
  });
});

describe('a person asked about by their title and a place', () => {
  it('finds "the Nogales councilman" in the one holding the title among those the place fits', async () => {
    const engine = await fixtureEngine(await shippedRuntime(), 'articles-8');
    const a = await engine.ask('what did the Nogales councilman say about the soldiers?', { userId: 't' });
    expect(a.text).toContain('Ramón Figueroa in the coverage');
    expect(a.text).toContain('watching cameras');
  });
});

describe('a person asked about by a title the article abbreviates', () => {
  let frontier: AnswerEngine;
  beforeAll(async () => {
    frontier = await fixtureEngine(await shippedRuntime(), 'articles-17');
  });

  it('finds "the sergeant from Company H" in the one the article calls "Sgt."', async () => {
    const a = await frontier.ask(
      'what did the sergeant from company H say about waiting at rattlesnake springs',
      {
        userId: 's',
      },
    );
    expect(a.answered).toBe(true);
    expect(a.text).toContain('no fire and no coffee');
  });

  it('does not take the one "Col." a word of his article fits for "the American colonel"', async () => {
    const a = await frontier.ask(
      'Which American colonel decided to stake out the desert springs instead of chasing the Apaches through the mountains?',
      { userId: 'c' },
    );
    expect(a.text).toContain('Grierson');
    expect(a.text).not.toContain('Colonel Terrazas, upon meeting them');
  });

  it('makes no one a sergeant where no article abbreviates the title', async () => {
    const a = await engine.ask('what did the sergeant at the Mariposa port say', { userId: 'n' });
    expect(a.text).not.toContain('eyes on the cameras');
  });
});

describe('a person asked about by a rank the article abbreviates with its class', () => {
  /** A soldier named once with "Sgt. 1st Class", his rank's abbreviated word first, not last. */
  const PARADE = `---
id: mesagazette-1971-bridge-opening-guard
title: Crowds line Mesa Street as the new bridge opens
outlet: Example Mesa Gazette
published: 1971-05-09
url: https://example.org/bridge-opening
language: en
---
Thousands of people lined the streets on Saturday as the new international bridge opened to traffic.
Sgt. 1st Class Orrin Meeks, 41, of Lubbock, who stood guard on Mesa Street for five hours, said the crowd had been patient. "Nobody pushed the rope all day," Meeks said.
`;
  let parade: AnswerEngine;
  beforeAll(async () => {
    ({ engine: parade } = await withArticles(PARADE));
  });

  it('finds "the American sergeant on Mesa Street", a side of a comparison, in the one called "Sgt. 1st Class"', async () => {
    const a = await parade.ask(
      'Did the American sergeant on Mesa Street and the mayor see the opening the same way?',
      { userId: 'r' },
    );
    expect(a.text).toContain('Orrin Meeks');
  });
});
