/** Comparisons of one figure as two people give it ("Vance's estimate of the raiders compared with the alcalde's count"). */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: riverpost-1859-los-olmos-fight
title: Rangers fight raiders at the Los Olmos crossing
outlet: Example River Post
published: 1859-10-14
url: https://example.org/los-olmos-fight
language: en
---
Rangers fight raiders at the Los Olmos crossing
A band of raiders crossed the river near Los Olmos on Sunday and fought a company of rangers until dark.
The rangers lost two horses and one wagon in the fight, and the raiders went back across the river at night.
Capt. Henry Vance, who led the rangers, puts the raiders at about three hundred men.
Vance's estimate of the raiders was questioned by the editor of this paper, who rode out with him.
The alcalde of Camargo wrote to the governor that the band numbered no more than eighty riders.
The alcalde's count reached the capital by courier a week later, and the governor's office sent it to Washington.
Ranchers along the river said the crossing had been quiet all summer.
`;

const CEREMONY = `---
id: plazaradio-1998-battalion-ceremony
title: Governor marks the anniversary of the hangings at Tacubaya
outlet: Example Plaza Radio
published: 1998-09-14
url: https://example.org/tacubaya-ceremony
language: en
---
Governor marks the anniversary of the hangings at Tacubaya
On Sunday Governor Alonso Ibarra Fuentes stood in the plaza at Tacubaya for 40 minutes to remember the hanged soldiers of the battalion.
Ibarra Fuentes laid a wreath at the foot of the old wall.
He said that more than 80 deserters of the battalion were hanged in the two towns.
"The records I have seen support seventy, not more," said Dr. Miriam Cole, a historian who is writing a book on the battalion.
`;

const STORM = `---
id: valleygazette-1951-hail-crater
title: Hail storm leaves a sinkhole on the mesa road
outlet: Example Valley Gazette
published: 1951-06-02
url: https://example.org/mesa-sinkhole
language: en
---
Hail storm leaves a sinkhole on the mesa road
The storm opened a sinkhole which the surveyors of the county measured on Friday at some twelve meters across.
The railroad inspectors who came from Albuquerque gave the figures as 40 feet wide, which is the same.
The county surveyors' measurements of the old sinkhole in 1938 were lost in the courthouse fire.
The railroad inspectors gave no figures for the tracks, which were not damaged.
The Valley Light and Power Company said the road would stay closed for a week.
`;

let engine: AnswerEngine;
let others: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `compare-attributed-${++user}` });

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'los-olmos.md': ARTICLE }));
  ({ engine: others } = await articlesAlone({ 'tacubaya.md': CEREMONY, 'mesa.md': STORM }));
}, 120_000);

describe('a comparison of one figure as two people give it', () => {
  it("shows each one's own figure, from the sentence where they give it", async () => {
    const answer = await engine.ask(
      "How does Vance's estimate of the raiders compare with the alcalde's count?",
      fresh(),
    );
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('about three hundred men');
    expect(answer.text).toContain('no more than eighty riders');
    // The sentences that repeat the question's words but give no figure are not either side's answer.
    expect(answer.text).not.toContain('reached the capital');
    expect(answer.text).not.toContain('was questioned');
  });

  it('finds the figure a person gives in reported speech after "He said"', async () => {
    const answer = await others.ask(
      "How does Ibarra Fuentes's count of hanged deserters compare with the historian's?",
      fresh(),
    );
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('more than 80 deserters');
    expect(answer.text).toContain('support seventy');
    // A span of time he stood there is not his count.
    expect(answer.text).not.toContain('40 minutes');
  });

  it('finds givers named by what they are, not by name ("the county surveyors", "the railroad inspectors")', async () => {
    const answer = await others.ask(
      'How do the sinkhole measurements of the county surveyors compare with the figures the railroad inspectors gave?',
      fresh(),
    );
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('some twelve meters across');
    expect(answer.text).toContain('40 feet wide');
    // Sentences that repeat the question's words but give neither giver's figure are not their answers.
    expect(answer.text).not.toContain('courthouse fire');
    expect(answer.text).not.toContain('no figures for the tracks');
  });
});
