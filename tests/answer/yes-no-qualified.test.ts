import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { asksYesNo } from '../../src/answer/qualifying.ts';
import { withArticles } from './setup.ts';

/** An article whose headline states a claim its body qualifies (sentences from a dev article). */
const ARTICLE = `---
id: pasodelnorte-2010-juarez-army-hands-over-federal-police
title: "Army leaves Juárez streets to Federal Police after two years"
outlet: Diario Paso del Norte (English Edition)
published: 2010-04-09
url: https://example.org/juarez-army-federal-police
language: en
---
For two years the desert-tan Humvees of the Mexican army were as much a part of Juárez as the bridges to El Paso. Beginning this week, they are leaving the city's streets.

Under a plan announced by the federal government, the army is handing command of public security in Ciudad Juárez to the Federal Police, ending the military-led Joint Operation Chihuahua that began in March 2008. The new arrangement, called the Coordinated Operation Chihuahua, took effect on Thursday.

Federal officials said about 4,500 Federal Police officers would now patrol the city, investigate crimes and answer emergency calls. The army's numbers grew quickly after it arrived in March 2008; at its peak, the following spring, it had about 5,000 soldiers in Juárez.

The soldiers are not all going home, however. About 2,000 will remain in the municipality, according to the National Defense Secretariat, guarding the four international bridges, the customs yards, the highways into the city and the desert roads to the south and west.

He said that 19 soldiers had been killed in the Juárez operation since 2008.
`;

/** An event whose outcome the next sentence of its paragraph tells (sentences from a dev article). */
const TAKEOVER = `---
id: vozdelnorte-2005-nuevo-laredo-mexico-seguro
title: Soldiers and federal agents take Nuevo Laredo's streets after police chief's murder
outlet: La Voz del Norte (English Edition)
published: 2005-06-14
url: https://example.org/nuevo-laredo-mexico-seguro
language: en
---
The operation, which the government of President Vicente Fox calls México Seguro, began on Saturday. Federal officials said it had brought more than 700 soldiers and federal agents into Nuevo Laredo, a city of about 350,000 people across the Rio Grande from Laredo, Texas.

Under the plan, the municipal force of roughly 700 officers has been suspended while federal investigators check each officer's background, bank accounts and possible links to drug traffickers. Army and federal police units are patrolling in their place.

The takeover began violently. On Saturday afternoon, federal agents arriving at a police station were met with gunfire from local officers, officials said. One federal agent was wounded. By Sunday, 41 municipal police officers had been detained and flown to Mexico City for questioning.
`;

/** A figure someone gave and the sentence after it that says it was never reached (from a dev article). */
const DRAWDOWN = `---
id: ridgeline-2018-faithful-patriot-drawdown
title: "Whatever happened to 'Operation Faithful Patriot'? The border troop mission, explained"
outlet: Ridgeline Magazine
published: 2018-12-18
url: https://example.org/faithful-patriot-explained
language: en
---
It was the name the Pentagon gave to the deployment of active-duty troops to the U.S.-Mexico border last fall. On Oct. 29, Gen. Terrence O'Shaughnessy, the head of U.S. Northern Command, announced that 5,200 soldiers and Marines were on their way to Texas, Arizona and California to help Customs and Border Protection "harden the points of entry" ahead of a caravan of Central American migrants still hundreds of miles away in southern Mexico.

President Donald Trump, who had spent the last weeks of the campaign warning about the caravan at rallies, said the number could reach 15,000. It never did. The force peaked at about 5,900 in November.

Five days after the memo, on Nov. 25, Border Patrol agents — not soldiers — fired tear gas at migrants who tried to cross near the San Ysidro port of entry.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE, TAKEOVER, DRAWDOWN));
});

describe('a yes/no question whose claim the article qualifies', () => {
  it('shows the sentence that qualifies the claim and the exception after it, not only the headline', async () => {
    const a = await engine.ask('Did all the soldiers leave Juárez when the Federal Police took over?', {
      userId: 'a',
    });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('not all going home');
    expect(a.text).toContain('About 2,000 will remain');
  });
});

describe('a yes/no question about an event', () => {
  it('shows the sentence after the event in its paragraph, which tells whether it happened', async () => {
    const a = await engine.ask(
      'Did anyone get hurt when the federal agents showed up at the Nuevo Laredo police station?',
      { userId: 'c' },
    );
    expect(a.answered).toBe(true);
    expect(a.text).toContain('One federal agent was wounded');
  });
});

describe('a yes/no question about a number', () => {
  it('answers whether the number was reached in the words that say so, with the figure after them', async () => {
    const a = await engine.ask('did the number of troops at the border ever actually hit 15,000 in 2018?', {
      userId: 'd',
    });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('It never did.');
    expect(a.text).toContain('peaked at about 5,900');
  });
});

describe('asksYesNo', () => {
  it('returns true for a question that opens with an auxiliary, also after "so"', () => {
    expect(asksYesNo('Did all the soldiers leave Juárez?')).toBe(true);
    expect(asksYesNo('so was anyone killed on the American side?')).toBe(true);
  });

  it('returns false for a request to the bot and for a wh-question', () => {
    expect(asksYesNo('can you tell me about the troops?')).toBe(false);
    expect(asksYesNo('why did the soldiers leave Juárez?')).toBe(false);
  });
});
