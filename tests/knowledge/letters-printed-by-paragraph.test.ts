/**
 * Letters and dispatches a paper prints paragraph by paragraph, each paragraph in its own marks with no verb of
 * saying ("The Lavaca Bay Clarion", January 14, 1860; "The Grand River Chronicle", March 6, 1903): who wrote
 * them, read from the sentences that introduce them, and a correspondent known by a name in marks.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

const ESCANDON = [
  'By the schooner Emeline, which came in from Brazos Santiago on Wednesday last, we have letters from the Rio Grande to the 2d instant. They confirm the rumors that have been current on our wharves for a week past. The band of Juan N. Cortina, which since the outrage at Brownsville on the 28th of September has plundered the country from the mouth of the river to the Starr county line, was surprised and broken at Rio Grande City at daybreak on Tuesday, the 27th ult., by the United States troops under Maj. S. P. Heintzelman and the Texas Rangers under Maj. John S. Ford and Capt. W. G. Tobin.',
  'Our regular correspondent on the river, who writes over the name "Escandón," was with the column from the time it left Brownsville. He writes under date of December 29:',
  '"We came up the river road by slow marches, finding every rancho deserted and most of them burned. We passed the ashes of fences and the carcasses of cattle shot and left to rot. The people who remain will not speak to an American soldier, and I cannot say I blame them, for they have been robbed by one party and suspected by the other."',
  '"On the evening of the 26th our scouts brought word that Cortina lay in the main street of Rio Grande City, with his right resting on the river and his left on a little hill above the town, and that his men had made themselves at home in the empty quarters of Ringgold Barracks. The Government abandoned those barracks last spring, when the troops on the lower river were drawn in to Fort Brown, and the town has paid dearly for it. The plan agreed between the Major and Ford was that the Rangers should go round by the hill and turn his left, while the regulars came straight up the road with the guns at first light."',
  '"It fell out nearly so. Ford\'s men drove in the picket a little before day, and for half an hour there was a hot fire about the barracks. Cortina\'s guns were served well enough, and one discharge of grape, fired at close range down the street, struck down nearly all of our wounded at once. But when the regulars came up and the Rangers got round upon the hill, his people broke. They ran for the upper road toward Roma, and a good many of them for the river itself, where I saw men swimming their horses and some swimming without them."',
  'Of the losses, "Escandón" writes that no man of the attacking force was killed. Sixteen of the Rangers were wounded, three of them severely, and Maj. Ford himself was twice struck by grape but kept the saddle. "The Major puts the enemy\'s loss at about sixty, killed in the fight or drowned in the river," the correspondent adds. "The Mexicans on the other bank say it was nearer two hundred, but they say a great many things this winter."',
  '"Escandón" reports that one company of artillery now occupies Ringgold Barracks again, and that two companies have gone down the river to garrison Fort Brown. He adds a word of his own on the policy that left the river bare:',
].join('\n\n');

const REPORT = [
  'By the schooner Emeline, which came in from Brazos Santiago on Wednesday last, we have letters from the Rio Grande to the 2d instant. They confirm the rumors that have been current on our wharves for a week past. The band of Juan N. Cortina, which since the outrage at Brownsville on the 28th of September has plundered the country from the mouth of the river to the Starr county line, was surprised and broken at Rio Grande City at daybreak on Tuesday, the 27th ult., by the United States troops under Maj. S. P. Heintzelman and the Texas Rangers under Maj. John S. Ford and Capt. W. G. Tobin.',
  "THE MAJOR'S REPORT.",
  'An extract of Maj. Heintzelman\'s report to the Department, copied at Brownsville and forwarded to us, is short and to the point: "The defeat was complete. We captured his guns, ammunition and baggage carts, provisions, everything he could throw away to lighten his flight, and entirely dispersed his force."',
].join('\n\n');

const POSTS = [
  'By the schooner Emeline, which came in from Brazos Santiago on Wednesday last, we have letters from the Rio Grande to the 2d instant. They confirm the rumors that have been current on our wharves for a week past. The band of Juan N. Cortina, which since the outrage at Brownsville on the 28th of September has plundered the country from the mouth of the river to the Starr county line, was surprised and broken at Rio Grande City at daybreak on Tuesday, the 27th ult., by the United States troops under Maj. S. P. Heintzelman and the Texas Rangers under Maj. John S. Ford and Capt. W. G. Tobin.',
  'Our regular correspondent on the river, who writes over the name "Escandón," was with the column from the time it left Brownsville. He writes under date of December 29:',
  '"We came up the river road by slow marches, finding every rancho deserted and most of them burned. We passed the ashes of fences and the carcasses of cattle shot and left to rot. The people who remain will not speak to an American soldier, and I cannot say I blame them, for they have been robbed by one party and suspected by the other."',
  'Of the losses, "Escandón" writes that no man of the attacking force was killed. Sixteen of the Rangers were wounded, three of them severely, and Maj. Ford himself was twice struck by grape but kept the saddle. "The Major puts the enemy\'s loss at about sixty, killed in the fight or drowned in the river," the correspondent adds. "The Mexicans on the other bank say it was nearer two hundred, but they say a great many things this winter."',
  'The rout at Rio Grande City did not end the alarm on the river. Cortina himself escaped into Mexico and within two days showed himself on the opposite bank from Roma, some eighteen miles above, with such men as he had gathered, threatening to burn the town. A detachment of cavalry under Capt. George Stoneman was sent up to protect it.',
  '"Escandón" reports that one company of artillery now occupies Ringgold Barracks again, and that two companies have gone down the river to garrison Fort Brown. He adds a word of his own on the policy that left the river bare:',
  '"If the posts from Fort Duncan down to the mouth had been kept up, Cortina would be a cattle thief today and nothing more. The Major has written to Washington to say as much, and I hope they will listen to him sooner than they listened to us."',
].join('\n\n');

const BURKETT = [
  "Mr. Josiah Burkett, of this place, has kindly handed us a letter from his son, Wiley J. Burkett, who went out last November with Capt. Tobin's company. The young man was one of the sixteen wounded. We give the greater part of it:",
  '"Dear Father — I take my pen to let you know I am alive and only a little hurt, so do not let Mother fret. A grape shot took me in the left arm above the elbow, but the bone is not broke and the doctor says I will have the use of it by the time the corn is planted."',
  '"We was on the hill before the Mexicans knew we was there. It was so dark I could not see the man next to me, only hear him. When the big gun went off down in the street I thought the whole company was killed, for there was a dozen of us down at once, but we got up again, all but three, and they are doing well."',
  '"Cortina had near seven hundred men, I know it, for I counted the fires the night before from the hill. The regulars say four hundred, but they did not see the fires."',
].join('\n\n');

const VANN = [
  'The rout at Rio Grande City did not end the alarm on the river. Cortina himself escaped into Mexico and within two days showed himself on the opposite bank from Roma, some eighteen miles above, with such men as he had gathered, threatening to burn the town. A detachment of cavalry under Capt. George Stoneman was sent up to protect it.',
  'A lady of Roma, Mrs. Harriet Vann, writing to her sister in this county on the 31st ult., describes the fright:',
  '"For two nights we have heard his drums across the water and every family in Roma slept in its clothes. The men stood guard on the bluff with shotguns, which would not have stopped him if he had come."',
  '"Capt. Stoneman came in on Friday with his troopers and we slept at last. I never thought I should be so glad to see a blue coat, and I told him so."',
].join('\n\n');

const SCHOLL = [
  'Reuben Franklin Scholl, one of the last men in north Missouri who marched with Col. Doniphan into Mexico, died at his home three miles east of Chillicothe on Saturday afternoon, February 28, aged 76 years. Old soldiers who called at the house on Sunday remarked that he died fifty-six years to the day after the battle of the Sacramento, in which he bore a part, and his son says the old man knew the date and spoke of it in the morning.',
  'His son, Thomas J. Scholl, said his father never tired of the march. "He could tell you every water hole from El Paso to Chihuahua, and how far apart they were, and which ones were dry," the son said. "He would not talk about the war of \'61 at all. He said one war was enough for a man to remember."',
  'Col. Doniphan entered Chihuahua on the 1st of March and held it for some weeks. From there, on March 6, 1847, young Scholl wrote to his brother Jacob in Clay county. The letter is kept by the family and was lent to the Chronicle by the son:',
  '"Dear Brother — We are in Chihuahua and I am well, which is more than I expected on the 28th. We whipped them at the river Sacramento and took all their cannon, and the Colonel is the finest man that ever sat a mule."',
  '"This is a fine big town with a cathedral finer than anything in St. Louis, and the people are civil to us, though I think they would sooner we went home. So would I. Tell Mother I have not been sick a day since El Paso and that I have kept my Testament dry."',
].join('\n\n');

describe('letters printed paragraph by paragraph', () => {
  it("gives a paragraph of a letter that opens on marks after one the letter closed to the letter's writer", () => {
    expect(speakerOfWords(tools, VANN, 'Capt. Stoneman came in on Friday', '1860-01-14')).toBe(
      'Harriet Vann',
    );
  });

  it('hands a letter over through sentences that introduce nothing to the son the letter is said to be from', () => {
    for (const words of ['I take my pen', 'We was on the hill', 'I counted the fires'])
      expect(speakerOfWords(tools, BURKETT, words, '1860-01-14')).toBe('Wiley J. Burkett');
  });

  it('gives "The letter … was lent to the Chronicle by the son:" to the one the sentence before says wrote it', () => {
    for (const words of ['We are in Chihuahua', 'a cathedral finer than anything'])
      expect(speakerOfWords(tools, SCHOLL, words, '1903-03-06')).toBe('Reuben Franklin Scholl');
  });
});

describe('a correspondent who writes under a name in marks', () => {
  it('names the correspondent by the name in marks the article makes the subject of "writes"', () => {
    for (const words of ['We came up the river road', "The Major puts the enemy's loss"])
      expect(speakerOfWords(tools, ESCANDON, words, '1860-01-14')).toBe(
        'our regular correspondent "Escandón"',
      );
  });

  it("keeps the dispatch's later paragraphs the correspondent's, not those of the major the first names", () => {
    for (const words of ['It fell out nearly so', 'On the evening of the 26th'])
      expect(speakerOfWords(tools, ESCANDON, words, '1860-01-14')).toBe(
        'our regular correspondent "Escandón"',
      );
  });

  it('keeps "He adds …:" after a sentence the name in marks opens the correspondent\'s, not the captain named before', () => {
    expect(speakerOfWords(tools, POSTS, 'Cortina would be a cattle thief', '1860-01-14')).toBe(
      'our regular correspondent "Escandón"',
    );
  });
});

describe('a report quoted after words set off about it', () => {
  it('gives "Maj. Heintzelman\'s report …, copied at Brownsville and forwarded to us, is short:" to the major', () => {
    expect(speakerOfWords(tools, REPORT, 'The defeat was complete', '1860-01-14')).toBe('S. P. Heintzelman');
  });
});
