/** The parts of a message that asks two things of one story are answered from that story. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const CARRIZAL = `---
id: sunsetherald-1979-carrizal-obituary
title: Last El Paso survivor of the fight at Carrizal
outlet: Example Sunset Herald
published: 1979-02-15
url: https://example.org/carrizal-obituary
language: en
---
Last El Paso survivor of the fight at Carrizal
Nathaniel Odom, who rode with the 10th Cavalry into Mexico in 1916, died Tuesday at his home in El Paso. He was 83.
The Mormon scout who had interpreted at the parley, Lemuel Spilsbury, was captured with 23 troopers. Mr. Odom was one of the 24 prisoners.
The fight at Carrizal brought the two countries closer to war than at any time since 1848. President Woodrow Wilson sent Carranza a note demanding the release of the prisoners. On June 28 the Mexican government agreed to free the men, and on June 29 they were walked across the bridge from Juárez to El Paso, where a crowd of several thousand was waiting.
"My mother said the whole of South El Paso came down to the river," said his daughter.
`;

const CORTINA = `---
id: kvrg-2009-cortina-transcript
title: Cortina's raid at 150
outlet: Example Valley Radio
published: 2009-09-28
url: https://example.org/cortina-transcript
language: en
---
Cortina's raid at 150
TREVIÑO: Cortina went back to Mexico and became a general. Then the Mexican government, under pressure from Washington, had him arrested in 1875 and kept him near Mexico City.
TREVIÑO: He died there in 1894 and never saw the river again.
TREVIÑO: Mexico never agreed to send him back to Texas, and people on both banks of the river still tell his story.
`;

const CENTENNIAL = `---
id: borderlens-2016-carrizal-centennial
title: Carrizal at 100
outlet: Example Border Lens
published: 2016-06-21
url: https://example.org/carrizal-centennial
language: en
---
Carrizal at 100
A hundred years ago today, troopers of the 10th Cavalry rode into Carrizal, and 24 of them were captured.
Historians say the captured troopers were held in the penitentiary in Chihuahua until their release.
`;

let engine: AnswerEngine;
let twoReports: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `message-story-${++user}` });

beforeAll(async () => {
  ({ engine } = await withArticles(CARRIZAL, CORTINA));
  ({ engine: twoReports } = await withArticles(CARRIZAL, CENTENNIAL, CORTINA));
}, 120_000);

describe('a message asking two things of one story', () => {
  it('answers "when did Mexico agree to release the captured troopers, and how many met them?" from the report both parts are about', async () => {
    const answer = await engine.ask(
      'When did Mexico agree to release the captured troopers, and how many people turned out to meet them at the river?',
      fresh(),
    );
    expect(answer.text).toContain('June 28');
    expect(answer.text).toContain('several thousand');
    expect(answer.citations.map((c) => c.sourceId)).toEqual(['sunsetherald-1979-carrizal-obituary']);
  });

  it('answers it from the two reports of that story when both are near, not from a third article', async () => {
    const answer = await twoReports.ask(
      'When did Mexico agree to release the captured troopers, and how many people turned out to meet them at the river?',
      fresh(),
    );
    expect(answer.text).toContain('June 28');
    expect(answer.citations.map((c) => c.sourceId)).not.toContain('kvrg-2009-cortina-transcript');
  });
});
