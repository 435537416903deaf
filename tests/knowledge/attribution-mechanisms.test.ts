/**
 * Attribution behaviours, each on a small article written here: who a quotation is given to when the
 * article attributes it across sentences or paragraphs, by a title, a pronoun or an interview's format.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { annotateText, realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

function speakerOf(body: string, words: string): string | undefined {
  return speakerOfWords(tools, body, words);
}

describe('quotation attribution', () => {
  it('gives a quotation a colon hands over to the person who is the subject of the clause before it', () => {
    const body = [
      'The Border Patrol was satisfied.',
      'A retired agent from the Imperial Beach station, Ray Dunphy, put it to me this way: "Before the Marines came we had a cable fence."',
      'Maria Lopez summed it up: "We are tired of waiting."',
    ].join('\n\n');
    expect(speakerOf(body, 'cable fence')).toBe('Ray Dunphy');
    expect(speakerOf(body, 'tired of waiting')).toBe('Maria Lopez');
  });

  it('gives a colon-introduced question to its asker past a place named after the name ("Reader Marisol Ontiveros of the Lower Valley texted…:")', () => {
    const body = [
      'Reader Marisol Ontiveros of the Lower Valley texted our newsroom one question: "Did anybody on the El Paso side actually get killed?"',
    ].join('\n\n');
    expect(speakerOf(body, 'actually get killed')).toMatch(/Marisol Ontiveros$/);
  });

  it('takes no description after "a" for a name when its clause hands over a quotation ("State Rep. Lucía Ferrer, a Denver Democrat, answered:")', () => {
    const body = [
      'State Rep. Lucía Ferrer, a Denver Democrat, answered in her own post: "Our soldiers deserve a real mission."',
    ].join('\n\n');
    expect(speakerOf(body, 'real mission')).toBe('Lucía Ferrer');
  });

  it('gives "she said" after a man and a woman alternate to the woman, as their first names tell', () => {
    const body = [
      'At a coffee shop, two brigade spouses, Brianna Coombs and Derek Ames, compared notes. "The first thing everybody asks is whether it\'s dangerous," Coombs said. "The second thing is whether it\'s legal," Ames said. "Nobody asks who\'s going to drive the kids to hockey," she said.',
      'Asked whether she supported the mission, Coombs\'s answer was short: "I support my husband."',
    ].join('\n\n');
    expect(speakerOf(body, 'drive the kids')).toBe('Brianna Coombs');
    expect(speakerOf(body, 'I support my husband')).toBe('Brianna Coombs');
  });

  it('gives "she said" to the woman the text already called "her", not to the man named last with no clear name', () => {
    const body = [
      'Lourdes Ibarra, who sells silver jewelry, and her neighbor Tomás Rentería, who sells blankets, watched from their doorways. "The soldiers don\'t buy anything," Ibarra said. "But the tourists see them and buy less," Rentería said. "So maybe the soldiers should buy something," she said, laughing.',
    ].join('\n\n');
    expect(speakerOf(body, 'should buy something')).toBe('Lourdes Ibarra');
  });

  it('knows "a volunteer docent who asked that her name not be used" as an unnamed speaker by the "who"', () => {
    const body = [
      'Not every visitor arrives knowing the story. "Half the people who walk in here think it is about the Alamo," said a volunteer docent who asked that her name not be used.',
    ].join('\n\n');
    expect(speakerOf(body, 'Half the people')).toMatch(/^a volunteer docent/i);
  });

  it('does not take a name in the possessive for the person the next "she" is ("Told of Valles\'s comments, she laughed")', () => {
    const body = [
      'Héctor Valles Pardo, president of a maquiladora trade group, said the alternative would have been worse.',
      '"Thousands of jobs here depend on that bridge," Valles said.',
      'Adriana Mireles Fonseca, a security researcher, sees it differently. She argues that soldiers will not find the drugs.',
      '"It is a number designed for a headline," Mireles said.',
      'Told of Valles\'s comments, she laughed. "Of course the factories are happy," she said.',
    ].join('\n\n');
    expect(speakerOf(body, 'factories are happy')).toBe('Adriana Mireles Fonseca');
  });

  it('learns a woman\'s gender from an apposition of kin ("Lorene Vickery, 61, his mother,"), so the next "she said" is hers', () => {
    const body = [
      'Sgt. 1st Class Gerald W. Vickery, 36, an intelligence analyst from Fort Huachuca, was found guilty of conspiracy.',
      "Vickery's civilian lawyer, Ruth Ann Salcido of Tucson, did not dispute that her client had met the man called Nacho. She argued that Vickery had been set up.",
      '"My client made terrible choices," she said.',
      'Salcido said Thursday that she would appeal.',
      'Vickery did not testify. In an unsworn statement to the panel during sentencing, he apologized to the soldiers on his team.',
      '"I let down people who trusted me," he said, his voice breaking.',
      'Two women named Vickery sat behind the defense table through most of the trial.',
      'Lorene Vickery, 61, his mother, drove from Muskogee, Okla., and testified during sentencing that her son had sent money home every month since he enlisted at 18. "He\'s been a soldier half his life," she said.',
    ].join('\n\n');
    expect(speakerOf(body, 'half his life')).toBe('Lorene Vickery');
  });

  it('gives a surname shared by two people to the one already named, not one the article introduces later', () => {
    const body = [
      'Council Member Arturo "Turi" Baeza asked Whitacre if anybody from the task force had read the 2011 assessment lately.',
      '"Previously disturbed," Baeza repeated. "That\'s my cousin\'s melon field."',
      'Council Member Josefina Baeza, who is not related to Turi Baeza, she said, asked whether the resolution has any force at all.',
      'Hinojosa, Turi Baeza and Josefina Baeza voted in favor.',
    ].join('\n\n');
    expect(speakerOf(body, 'melon field')).toBe('Turi Baeza');
  });

  it('gives "he said" to a speaker described with a participle\'s clause ("A Border Patrol spokesman …, speaking from the audience, said"), not to the man named before', () => {
    const body = [
      'First up is a farmer who gave his name only as Beto. "Nobody asked me," Beto said.',
      'A Border Patrol spokesman from the Marfa Sector, speaking from the audience, said agents had waited years for the road.',
      '"Right now my agents drive that river in the sand at ten miles an hour," he said.',
    ].join('\n\n');
    expect(speakerOf(body, 'Right now my agents')).toBe('A Border Patrol spokesman from the Marfa Sector');
  });

  it('gives a quotation after a name and a colon ("City Attorney Gil Nakamura: \'…\'") to that person', () => {
    const body = [
      'Council Member Josefina Baeza asked whether the resolution has any force at all.',
      'City Attorney Gil Nakamura: "It does not. It is a request."',
    ].join('\n\n');
    expect(speakerOf(body, 'It is a request')).toBe('Gil Nakamura');
  });

  it('gives a statement a colon hands over to the name the clause opens with, as written ("Joint Task Force North sent us a statement tonight: \'…\'")', () => {
    const body = [
      '8:55 p.m.\nAfter the vote, the mayor told us she would send the resolution to Joint Task Force North, the Border Patrol, and the region\'s congressman by Friday.\n"Nobody in this room wants the border wide open," Villalba said.',
      '9:30 p.m.\nJoint Task Force North sent us a statement tonight: "Joint Task Force North has received the City of Presidio\'s concerns and will review them with our Border Patrol partners. Work will continue while that review takes place." The statement did not say how long the review would take.',
    ].join('\n\n');
    expect(speakerOf(body, 'has received')).toBe('Joint Task Force North');
  });

  it('gives the words "it said" quotes to the body that put out the statement just named ("The Mexican Navy, the Armada de México, put out a statement … It said …")', () => {
    const body = [
      'The trawler was in international waters when it was stopped. The Mexican Navy, the Armada de México, put out a statement yesterday through its Gulf command in Tampico. It said Mexican patrol boats had, quote, "maintained vigilance over the vessel while it transited national waters," and that Mexico had passed information to U.S. authorities "in the spirit of cooperation." But it also said, and I\'m reading this, that "no foreign military vessel operated in Mexican waters at any time."',
    ].join('\n\n');
    expect(speakerOf(body, 'maintained vigilance')).toBe('the Mexican Navy');
    expect(speakerOf(body, 'spirit of cooperation')).toBe('the Mexican Navy');
    expect(speakerOf(body, 'no foreign military vessel')).toBe('the Mexican Navy');
  });

  it('leaves "it said" unattributed when no statement was named in its paragraph', () => {
    const body = [
      'The Mexican Navy, the Armada de México, put out a statement yesterday.',
      'The boat was towed in on Monday. It said only that "the matter is closed."',
    ].join('\n\n');
    expect(speakerOf(body, 'the matter is closed')).toBe('unattributed');
  });

  it('knows a person described after a town and its state ("Elmer Kratochvil of Yoakum, Tex., who was her patient") and gives him the next "he said"', () => {
    const body = [
      '"Our first sergeant lined us up," Harlan Voss said.',
      '"We had typhoid and measles," Mrs. Edna Coughlin said. "Nobody wrote songs about that." Seated beside her, Elmer Kratochvil of Yoakum, Tex., who was her patient for three weeks that fall, told the room she had saved his leg. "She says she doesn\'t remember me," he said. "I remember her."',
    ].join('\n\n');
    expect(speakerOf(body, 'I remember her')).toBe('Elmer Kratochvil');
  });

  it('gives "he" opening a paragraph to the speaker named in the paragraph before, whose quotation ran on past the name', () => {
    const body = [
      "In June 1916, while Gen. John J. Pershing's column was still in Chihuahua, President Wilson called the Guard into federal service.",
      '"We were clerks and farm boys," said Oris T. Wendell, 63, of Wichita Falls. "They gave us a rifle and put us on a train. When France came, we were ready."',
      'He paused before going on. "People forget that," he said.',
    ].join('\n\n');
    expect(speakerOf(body, 'People forget that')).toBe('Oris T. Wendell');
  });

  it('gives a paragraph of quotation to the person a one-sentence paragraph before it shows doing something ("He paused before going on.")', () => {
    const body = [
      '"We were clerks and farm boys," said Oris T. Wendell, 63, of Wichita Falls. "When France came, we were ready."',
      'He paused before going on.',
      '"People forget that. They remember Pershing chasing Villa."',
    ].join('\n\n');
    expect(speakerOf(body, 'People forget that')).toBe('Oris T. Wendell');
  });

  it('gives words to an unnamed speaker described with a town and its state ("A spokesman for the Mexican consulate in Nogales, Ariz., said")', () => {
    const body = [
      'Mexico\'s Attorney General\'s Office passed the copy to U.S. authorities. A spokesman for the Mexican consulate in Nogales, Ariz., said Mexico had "cooperated fully and will continue to do so," but declined to discuss the case further.',
    ].join('\n\n');
    expect(speakerOf(body, 'cooperated fully')).toBe('A spokesman for the Mexican consulate in Nogales');
  });

  it('gives words quoted in part to the person a sentence opens by describing with a body ("A Border Patrol agent from the Tucson Sector testified"), not to the body', () => {
    const body = [
      'A Border Patrol agent from the Tucson Sector testified that after the maps changed hands, three loads moved through the valley along routes that "went around the sensors like they were lit up."',
    ].join('\n\n');
    expect(speakerOf(body, 'went around the sensors')).toBe('A Border Patrol agent from the Tucson Sector');
  });

  it('names words recounted inside a quotation by whom the speaker calls "our …" ("Our first sergeant … said, \'Boys, …\'")', () => {
    const body = [
      'Harlan Voss, 64, served at Llano Grande in 1916.',
      "\"Our first sergeant lined us up and said, 'Boys, the Mexicans aren't the enemy down here. The sun is,' and he was right,\" Voss said.",
      '"I told my son, \'Stay home,\' and he did," Voss said.',
    ].join('\n\n');
    expect(speakerOf(body, 'The sun is')).toBe("Harlan Voss's first sergeant");
    expect(speakerOf(body, 'Stay home')).not.toBe("Harlan Voss's son");
  });

  it('learns a newly named person\'s gender from "herself" and gives her the next "she said"', () => {
    const body = [
      'Rosaura Ledezma, 58, watched a convoy pass and crossed herself.',
      'Pedro Ruiz Anaya, a driver, waved at the trucks.',
      '"I have seen soldiers come and go," she said.',
    ].join('\n\n');
    expect(speakerOf(body, 'soldiers come and go')).toBe('Rosaura Ledezma');
  });

  it('gives a quotation a verb of any kind hands over ("the crowd chanted, …") to the words before the verb', () => {
    const body = [
      'A few hundred people listened to speeches. Several times the crowd chanted, "Hold the line!"',
      'A group of teenagers outside a bakery shouted, "¡Bienvenidos, guardias!" as one convoy slowed.',
      'When the troops arrived, "nothing was the same," Ruiz said.',
    ].join('\n\n');
    expect(speakerOf(body, 'Hold the line')).toBe('the crowd');
    expect(speakerOf(body, 'Bienvenidos')).toBe('a group of teenagers outside a bakery');
    expect(speakerOf(body, 'nothing was the same')).not.toBe('the troops');
  });

  it('knows a hyphenated surname said alone or after an honorific as the person it ends ("Whitfield-Ortiz said", "Ms. Ybarra-Keane")', () => {
    const body = [
      'Dana Whitfield-Ortiz, a former federal prosecutor in Albuquerque, disagreed that the charges were baseless. "Knowledge is an element," she said.',
      'Marisol Ybarra-Keane represents many of them.',
      '"It\'s a clever workaround," Whitfield-Ortiz said.',
      'Asked about her clients, Ms. Ybarra-Keane was blunt. "They were trying to evade the Border Patrol," she said.',
    ].join('\n\n');
    expect(speakerOf(body, 'Knowledge is an element')).toBe('Dana Whitfield-Ortiz');
    expect(speakerOf(body, 'clever workaround')).toBe('Dana Whitfield-Ortiz');
    expect(speakerOf(body, 'evade the Border Patrol')).toBe('Marisol Ybarra-Keane');
  });

  it('gives words a colon hands over to the body or group that opens the clause, when no one is named, but not a term', () => {
    const body = [
      'The city of Juárez posted on its Facebook page Saturday: "100 años de la toma de Ciudad Juárez."',
      'When the ceremony ended, the formation answered the roll with the motto: "Ready and Forward!"',
      'The strategy had a name in the planning documents: "prevention through deterrence."',
    ].join('\n\n');
    expect(speakerOf(body, '100 años')).toBe('the city of Juárez');
    expect(speakerOf(body, 'Ready and Forward')).toBe('the formation');
    expect(speakerOf(body, 'prevention through deterrence')).toBe('unattributed');
  });

  it('gives "the statement said" to a named body no entity answers to ("The U.S. Consulate General in Tijuana said in a statement…")', () => {
    const body = [
      'The U.S. Consulate General in Tijuana said in a statement that Washington supports the effort.',
      '"We remain in close contact with Mexican authorities," the statement said.',
    ].join('\n\n');
    expect(speakerOf(body, 'close contact')).toBe('The U.S. Consulate General in Tijuana');
  });

  it('gives words a colon hands to "her husband" to the other person of her surname, not to her', () => {
    const body = [
      'Hidalgo County Commissioner Aida Ramírez spoke first.',
      'Among the first visitors Saturday were Elena and Frank Castañeda, retired teachers from Mission. "We taught Texas history here for 30 years," Elena Castañeda said. Her husband was blunter: "Not one lesson. Not one."',
    ].join('\n\n');
    expect(speakerOf(body, 'Not one lesson')).toBe('Frank Castañeda');
  });

  it('gives "they shouted, …" to the group in the plural the sentence before opens with', () => {
    const body = [
      'Families waiting on the Mexican side of the bridge had been there since before dawn. As the last truck rolled past, they shouted, "¡Que Dios los acompañe!"',
    ].join('\n\n');
    expect(speakerOf(body, 'Que Dios')).toBe('Families waiting on the Mexican side of the bridge');
  });

  it('knows an unnamed speaker opening a sentence before a "who" clause, and gives their next quotation to them', () => {
    const body = [
      'Cpl. Juan Pablo Estrada stirred the rice.',
      'A young soldier who declined to give his name, saying he was not authorized to speak, said most of the unit had never left Mexico. "I thought I would cross to work in a restaurant," he said.',
      'One man watching the parade from the bridge, who would not give his name, said the day felt strange. "We are still counting bullets," he said.',
      'Lyle Ketchum, a rancher who has run cattle for decades, said he was in his kitchen. "I told him to stay in the barn," the rancher said.',
    ].join('\n\n');
    expect(speakerOf(body, 'work in a restaurant')).toMatch(/^a young soldier/i);
    expect(speakerOf(body, 'counting bullets')).toMatch(/^one man watching/i);
    expect(speakerOf(body, 'stay in the barn')).toBe('Lyle Ketchum');
  });

  it('knows an unnamed speaker whose "who" clause runs to the verb with no comma, and gives their next quotation to them', () => {
    const body = [
      'Gen. Fausto Topete has surrounded the town.',
      'A rebel officer who crossed to the American side to buy cigarettes said Topete expected the town to fall "before Sunday next."',
      'A San Diego businessman who owns land near Rosarito said he had hoped to see troops. "Frankly, I would sleep better," he said.',
    ].join('\n\n');
    expect(speakerOf(body, 'before Sunday next')).toMatch(/^a rebel officer/i);
    expect(speakerOf(body, 'sleep better')).toMatch(/^a San Diego businessman/i);
  });

  it('gives a quotation standing as its own paragraph to the person the next paragraph says the words were', () => {
    const body = [
      '"Tell them we were here."',
      "The words were those of Thomas Ahearn, a 19-year-old private in New York's 69th Infantry Regiment, penciled on the back of a photograph.",
      '"Back off. Everybody back to the units, now."',
      'The voice on the radio Monday afternoon belonged to Sgt. Ramiro Lucero of the Texas Department of Public Safety.',
    ].join('\n\n');
    expect(speakerOf(body, 'Tell them we were here')).toBe('Thomas Ahearn');
    expect(speakerOf(body, 'Back off')).toBe('Ramiro Lucero');
  });

  it('gives "the statement said" to whoever a sentence opening "In a statement…" or "In its announcement…" names', () => {
    const body = [
      'In a statement Tuesday, the Department of Homeland Security said the men were smugglers.',
      '"We reject any suggestion that soldiers took part," the statement said.',
      'In its announcement, US Northern Command said the vehicles would help the task force.',
      '"The soldiers will support, not replace, federal law enforcement," the statement said.',
    ].join('\n\n');
    expect(speakerOf(body, 'We reject any suggestion')).toBe('Department of Homeland Security');
    expect(speakerOf(body, 'not replace')).toBe('US Northern Command');
  });

  it('does not give "the letter said" to the person a letter was sent to ("In a letter, a group of wives asked Mayor…")', () => {
    const body = [
      'Jorge Hank Rhon, the mayor, spoke on Monday.',
      "In a letter delivered to City Hall on Thursday, a group of about 40 officers' wives asked Mayor Jorge Hank Rhon to get the guns back.",
      '"Our husbands go out every night with their hands empty," the letter said.',
    ].join('\n\n');
    expect(speakerOf(body, 'Our husbands')).not.toBe('Jorge Hank Rhon');
  });

  it('gives "the director said" to the person an opening possessive title named ("Tijuana\'s director of public security, X,")', () => {
    const body = [
      "Tijuana's director of public security, Ernesto Villagrana Tovar, said the city was cooperating fully.",
      '"Our officers are not criminals, and the tests will show it," the director said.',
    ].join('\n\n');
    expect(speakerOf(body, 'Our officers are not criminals')).toBe('Ernesto Villagrana Tovar');
  });

  it('gives words recounted inside a quotation to the person named as saying them ("My foreman, Chuy Villanueva, … said, \'…\'")', () => {
    const body = [
      'Lyle Ketchum, a rancher who has run cattle along the Rio Grande for four decades, said he was in his kitchen when the phone rang.',
      "\"My foreman, Chuy Villanueva, called the house and said, 'Boss, there's an army truck across the river,' and I told him to get inside the barn,\" the rancher said.",
    ].join('\n\n');
    expect(speakerOf(body, 'army truck across the river')).toBe('Chuy Villanueva');
    expect(speakerOf(body, 'My foreman')).toBe('Lyle Ketchum');
  });

  it('gives words recounted inside a quotation to "the lieutenant" who "stood up and said" them, not to the teller', () => {
    const body = [
      "A former Marine sergeant described his first briefing to me: \"The lieutenant stood up and said, 'If anybody asks, you're building a road.' So I built a road.\"",
    ].join('\n\n');
    expect(speakerOf(body, 'If anybody asks')).toBe('the lieutenant');
  });

  it('gives a quotation to the person named right after it: before a long apposition and "said", before any verb ("joked"), after a long title', () => {
    const body = [
      '"We did not come to conquer anything. We came to cook," Col. Raúl Ibarra Quintanilla, a spokesman for the Defense Secretariat traveling with the convoy, said in Spanish at a brief news conference.',
      'Homero Cantú, 67, watched from his porch. "The last time the Army came up this road, they did not bring lunch," Cantú joked.',
      '"They took the hits and they held the line," said Command Sgt. Maj. Lorenzo Pettaway, the senior enlisted soldier of the garrison.',
    ].join('\n\n');
    expect(speakerOf(body, 'We came to cook')).toBe('Raúl Ibarra Quintanilla');
    expect(speakerOf(body, 'did not bring lunch')).toBe('Homero Cantú');
    expect(speakerOf(body, 'held the line')).toBe('Lorenzo Pettaway');
  });

  it('takes a surname two people share for the one the article named at the head of a sentence', () => {
    const body = [
      'Frances Oyervides, 77, of Sunset Heights, grew up hearing about the battle from her grandmother, Tomasa Oyervides, who was 12 in 1911.',
      '"She told me about the smoke," Oyervides said. "Then she\'d laugh and say everybody was a general that week."',
    ].join('\n\n');
    expect(speakerOf(body, 'She told me about the smoke')).toBe('Frances Oyervides');
    expect(speakerOf(body, 'everybody was a general')).toBe('Frances Oyervides');
  });

  it("gives \"She told me, '…'\" inside a granddaughter's words to the grandmother the apposition named", () => {
    const body = [
      'Frances Oyervides, 77, grew up hearing about the battle from her grandmother, Tomasa Oyervides, who was 12 in 1911.',
      '"She told me, \'We could see the smoke and hear the cannons,\'" Oyervides said.',
    ].join('\n\n');
    expect(speakerOf(body, 'We could see the smoke')).toBe('Tomasa Oyervides');
  });

  it('knows a person by the first name no one else in the article has ("Lillian said")', () => {
    const body = [
      "Lillian Chan Moreno, 72, found the photographs in her father's closet.",
      '"He ran a grocery for 40 years," Lillian said, "and he never once closed on the Fourth of July."',
    ].join('\n\n');
    expect(speakerOf(body, 'never once closed')).toBe('Lillian Chan Moreno');
  });

  it('knows "Walt Denning" as a name though the tagger reads "Denning" as a verb', () => {
    const body = [
      '"People forget the river is not very wide," said Walt Denning, director of the Fort Bliss Museum. "A rifle bullet doesn\'t know where the border is."',
    ].join('\n\n');
    expect(speakerOf(body, 'river is not very wide')).toBe('Walt Denning');
    expect(speakerOf(body, 'rifle bullet')).toBe('Walt Denning');
  });

  it('knows "Otto Ruckle" as a name though the tagger reads "Ruckle" as a verb, and gives his "he said" to him', () => {
    const body = [
      '"All the glass came in," Mrs. Alma Ruckle said.',
      'Her husband, Otto Ruckle, 51, a railroad section foreman, was less shaken. He said he had seen worse. "In \'14 they shot the town full of holes," he said.',
    ].join('\n\n');
    expect(speakerOf(body, 'shot the town')).toBe('Otto Ruckle');
  });

  it('knows a name set off by commas between a description and "said" as a person, whose "she said" is hers', () => {
    const body = [
      'His cousin, Rebeca Rosales, 31, said the soldiers had been kind.',
      'A security analyst in Monterrey, Lorena Cantú Villarreal, said the deployment was impressive but temporary. "The question is not whether the highway is safe on June 20," she said.',
    ].join('\n\n');
    expect(speakerOf(body, 'The question is not')).toBe('Lorena Cantú Villarreal');
  });

  it('gives words said by a described person to the name a "who" clause gives them ("who gave his name as El Güero")', () => {
    const body = [
      '"Last time I saw that many soldiers downtown, they were unrolling wire," said a man selling elotes outside the bridge who gave his name as El Güero. "Today they\'re buying my elotes."',
    ].join('\n\n');
    expect(speakerOf(body, 'unrolling wire')).toBe('El Güero');
    expect(speakerOf(body, 'buying my elotes')).toBe('El Güero');
  });

  it('gives "he added" to the last speaker, not to a man the paragraph before only spoke of', () => {
    const body = [
      'His chief of staff, Col. Ignacio Beteta Quintana, spoke of the past.',
      'American troops last crossed into Mexico in 1916, when Gen. John J. Pershing chased Francisco Villa. "Every Mexican schoolboy knows that story," Beteta said. "The general knows it better than anyone."',
      'The question of American troops in Baja California, he added, "is closed."',
    ].join('\n\n');
    expect(speakerOf(body, 'is closed')).toBe('Ignacio Beteta Quintana');
  });

  it('gives "he added" to a man named since the last quotation', () => {
    const body = [
      '"We are ready," Beteta said.',
      'Gen. Lucas González stood up. "We are not," he added.',
    ].join('\n\n');
    expect(speakerOf(body, 'We are not')).toBe('Lucas González');
  });

  it('knows an unnamed speaker described by a past participle who "called" something a quotation, and gives them the next "he said"', () => {
    const body = [
      '"Mexico will defend its own territory," Gen. Lázaro Cárdenas said.',
      'An American officer attached to the commission, speaking on condition that he not be named, called the arrangement "the best deal we could have gotten."',
      '"We wanted to put a regiment in Baja," he said.',
      'A spokesman declined to comment but said the talks went on.',
    ].join('\n\n');
    expect(speakerOf(body, 'the best deal')).toMatch(/^an American officer attached to the commission$/i);
    expect(speakerOf(body, 'a regiment in Baja')).toMatch(
      /^an American officer attached to the commission$/i,
    );
  });

  it('gives the words "it said" quotes in a transcript turn to the body the turn says put out a statement, not to the label', () => {
    const body = [
      'HOST DIANE ESQUIBEL: What does Mexico say?',
      'REPORTER RAY MONTOYA: The Mexican Defense Ministry, SEDENA, put out a short statement on Saturday. It said the boundary in that area is "poorly marked and difficult to distinguish."',
      'ESQUIBEL: Is that good enough?',
      'MONTOYA: Not for everybody.',
      'CHITO (recorded): Those boys are nineteen.',
    ].join('\n\n');
    expect(speakerOf(body, 'poorly marked')).toBe('the Mexican Defense Ministry');
  });

  it('gives a heading in quotation marks to whoever says its words in the section below', () => {
    const body = [
      '"ALL THE GLASS CAME IN"',
      'Mrs. Alma Ruckle, 46, said she was in her kitchen when the first bomb fell.',
      '"There was a roar like a freight train and then all the glass came in," Mrs. Ruckle said.',
    ].join('\n\n');
    expect(speakerOf(body, 'ALL THE GLASS')).toBe('Alma Ruckle');
  });

  it('names a body described before a "which" clause set off by commas as the one who said the words', () => {
    const body = [
      'Col. Harvey T. Brandon said his orders were clear.',
      'The federal government in Mexico City, which has received American rifles and ammunition since the revolt broke out on March 3, said through its embassy that the rebels were "bandits, not soldiers."',
    ].join('\n\n');
    expect(speakerOf(body, 'bandits, not soldiers')).toBe('the federal government in Mexico City');
  });

  it('reads the mark that ends the words inside a closing recounted quotation ("…for both,\'" Lusk recalled)', () => {
    const body = [
      'Beatrice Ortega Lusk, 81, came from Tucson for the ceremony.',
      '"My grandmother used to say, \'The Mexicans were shooting and the Americans were praying, and I was making beans for both,\'" Lusk recalled, laughing.',
    ].join('\n\n');
    expect(speakerOf(body, 'My grandmother used to say')).toBe('Beatrice Ortega Lusk');
  });

  it('gives a quotation to the source named after it with "according to"', () => {
    const body = [
      'Col. Alicia Brandt, the brigade commander, spoke to reporters at the gate on Monday.',
      'The soldiers will stay "as long as the mission requires," according to Brandt, who would not give an end date.',
      'The standoff was "exactly the situation we have been warning Washington about," according to Raúl Benavides, an officer of the union local.',
    ].join('\n\n');
    expect(speakerOf(body, 'as long as the mission requires')).toBe('Alicia Brandt');
    expect(speakerOf(body, 'warning Washington')).toBe('Raúl Benavides');
  });

  it('gives "His answer came without hesitation: …" to the man the pronoun points back to', () => {
    const body = [
      'Curtis Wendell, a retired Army engineer, built radar sites along the river in the 1990s.',
      'Wendell has thought about that question for thirty years. His answer came without hesitation: "Put the money in the investigators."',
    ].join('\n\n');
    expect(speakerOf(body, 'Put the money')).toBe('Curtis Wendell');
  });

  it('resolves "he said" to a man named before a pronoun that refers back to a woman', () => {
    const body = [
      'Col. Teresa Aldana commands a task force of about 700 soldiers at Fort Bliss.',
      'Her counterpart at the sector, Division Chief Gilbert Murillo, said the cameras help. Smugglers are adapting, he said.',
      '"They know we are stretched thin," he said.',
    ].join('\n\n');
    expect(speakerOf(body, 'stretched thin')).toBe('Gilbert Murillo');
  });

  it('gives a known person\'s surname to the article\'s own person of that name ("Paul Sandoval")', () => {
    const body = [
      'Paul Sandoval, a historian at the state university, has studied the 1954 campaign for twenty years.',
      '"People who cite 1954 as proof have the history backwards," Sandoval said.',
    ].join('\n\n');
    expect(speakerOf(body, 'have the history backwards')).toBe('Paul Sandoval');
  });

  it('gives the words "the statement said" to whoever the article said issued the statement', () => {
    const body = [
      'Acting Defense Secretary Robert Salesses said in a statement that the deployment would double the force.',
      'The statement said helicopters would follow.',
      '"This is only the beginning," the statement said.',
    ].join('\n\n');
    expect(speakerOf(body, 'only the beginning')).toBe('Robert Salesses');
  });

  it('gives a quotation standing alone to the person its paragraph opens by introducing', () => {
    const body = [
      'Trucks rolled past the orchards on Tuesday.',
      'Tomás Rangel, 61, who runs a pecan orchard outside Fabens, watched the trucks pass. "They come every few years, and they always leave."',
    ].join('\n\n');
    expect(speakerOf(body, 'always leave')).toBe('Tomás Rangel');
  });

  it('gives a Spanish quotation the speaker of the translation that follows it after a dash', () => {
    const body =
      'At a rally on Sunday, Sen. Adriana Quiroga spoke to the crowd. "Somos un país libre" — "We are a free country" — Quiroga said.';
    expect(speakerOf(body, 'Somos un país libre')).toBe('Adriana Quiroga');
  });

  it('takes the person the paragraph before the first question introduces as the interviewee, not one named earlier', () => {
    const body = [
      'One hundred years ago, rebels opened fire on the garrison. Two days later the federal commander, Gen. Juan N. Navarro, surrendered.',
      "We put readers' questions to Héctor Arreola Ruvalcaba, a historian at the University of Texas at El Paso. His answers have been edited.",
      'Q. Why did the rebels go after Juárez?',
      'A. Because it was the door to the railroad.',
      'Q. Did anyone stop it?',
      'A. Once it started, nobody could stop it.',
    ].join('\n\n');
    expect(speakerOf(body, 'Because it was the door')).toBe('Héctor Arreola Ruvalcaba');
  });

  it("ends an interview's answer at reported speech, a heading or a question of its own, which are not the interviewee's words", () => {
    const body = [
      "We put readers' questions to Héctor Arreola Ruvalcaba, a historian at the University of Texas at El Paso.",
      'Q. Why did the rebels go after Juárez?',
      'A. Because it was the door to the railroad.',
      'Arreola said the rebels numbered about 2,500.',
      'Q. What was the U.S. Army doing?',
      'A. Watching, mostly.',
      'Walt Denning, director of the Fort Bliss Museum, said the restraint was deliberate.',
      'How Juárez remembers',
      'Across the river, the city marked the centennial with a parade.',
      'What do people who live near the river think?',
      'Opinions vary, and most are proud.',
    ].join('\n\n');
    const article = annotateText(tools, body, { published: '2011-05-08' });
    const answers = article.quotes.filter((q) => q.cue === 'answer').map((q) => q.text);
    expect(answers).toEqual(['Because it was the door to the railroad.', 'Watching, mostly.']);
  });

  it('reads one question and its answer as an interview, and gives an answer printed in marks to the interviewee', () => {
    const body = [
      'Renata Villaseñor, a retired Army colonel, said the speed surprised even veterans.',
      'We asked Ms. Villaseñor one more question.',
      'Q: Is this the biggest military deployment the border has ever seen?',
      'A: "Not even close. In 1916, Woodrow Wilson sent more than 100,000 Guardsmen to the border."',
    ].join('\n\n');
    expect(speakerOf(body, 'Not even close')).toBe('Renata Villaseñor');
  });

  it("makes an interview's answers quotations of the interviewee, leaving others' words quoted in them theirs", () => {
    const body = [
      'Marta Ibáñez, a geographer at the University of Arizona, has mapped every border barrier since 1990. Ibáñez spoke to us in May.',
      'Q: Where did the first fence come from?',
      'A: From the military. Army engineers welded the panels in 1991. The work was called training.',
      'A retired agent, Ray Dunphy, put it to me this way: "We got a wall and nobody voted for it."',
      'Q: What changed later?',
      'A: Only the scale. Every administration sent more.',
    ].join('\n\n');
    const article = annotateText(tools, body, { published: '2021-04-01' });
    const answers = article.quotes.filter((q) => q.cue === 'answer');
    expect(answers.map((q) => [q.text, q.speakerName])).toEqual([
      [
        'From the military. Army engineers welded the panels in 1991. The work was called training.',
        'Marta Ibáñez',
      ],
      ['Only the scale. Every administration sent more.', 'Marta Ibáñez'],
    ]);
    expect(article.quotes.find((q) => q.text.includes('nobody voted'))?.speakerName).not.toBe('Marta Ibáñez');
  });

  it('reads an abbreviated rank ("Spc.") as a title, not the end of the sentence, when it names the speaker', () => {
    const body = [
      '"We watch, and we call it in," said Col. Teresa Aldana, who commands the task force.',
      '"The camera does not care if I sneeze on it," said Spc. Darnell Price, 22, who operates a camera.',
    ].join('\n\n');
    expect(speakerOf(body, 'sneeze')).toBe('Darnell Price');
  });

  it('finds a person named after a county supervisor title, so "he said" later is theirs', () => {
    const body = [
      'Carl Jessup, 58, a retired Navy chief, walks his dog along the fence.',
      'San Diego County Supervisor Raúl Ybarra, whose district includes the border, said he had asked for a briefing.',
      '"Nobody from the Pentagon has called my office," he said.',
    ].join('\n\n');
    expect(speakerOf(body, 'called my office')).toBe('Raúl Ybarra');
  });

  it('keeps a speaker named only by description for a second quotation in the same sentence', () => {
    const body = [
      'The Interior Secretariat of Guatemala said in a statement that the plan "cannot be used as a pretext" and that it would not accept "any form of interference" in its affairs.',
      'A State Department spokesperson said in a written response that the plan "gives us new tools."',
    ].join('\n\n');
    const first = speakerOf(body, 'cannot be used');
    expect(first).not.toBe('unattributed');
    expect(speakerOf(body, 'any form of interference')).toBe(first);
  });
  it("makes a transcript's turns quotations of the speaker each label names, by name, surname or an earlier label's role", () => {
    const body = [
      'Reporter: Nora Quintana | Anchor: Paul Whitcombe',
      'PAUL WHITCOMBE, ANCHOR: Good evening. The county voted on the levee tonight. Nora?',
      'NORA QUINTANA, REPORTER (on camera): Paul, the vote was close. I spoke with Elena Marsh, who farms by the river.',
      '**QUINTANA:** Will the levee hold?',
      '**ELENA MARSH, FARMER:** It held in 1998 and it will hold again.',
      'MARSH (sound bite): Nobody asked the farmers.',
      '(END VIDEOTAPE)',
      'ANCHOR: Thank you, Nora. Weather is next.',
    ].join('\n\n');
    expect(speakerOf(body, 'county voted')).toBe('Paul Whitcombe');
    expect(speakerOf(body, 'Will the levee hold')).toBe('Nora Quintana');
    expect(speakerOf(body, 'held in 1998')).toBe('Elena Marsh');
    expect(speakerOf(body, 'Nobody asked')).toBe('Elena Marsh');
    expect(speakerOf(body, 'Weather is next')).toBe('Paul Whitcombe');
  });

  it("reads a transcript label with a nickname in marks ('TOMÁS \"CHINO\" RESÉNDEZ (on tape):') as the speaker's", () => {
    const body = [
      'LINDA OCHOA, HOST: The boat was towed in on Monday. Dale?',
      'DALE MEEKS, REPORTER: I talked with a shrimper named Tomás Reséndez, who everybody here calls Chino.',
      'TOMÁS "CHINO" RESÉNDEZ (on tape): A boat like that gives all of us a bad name. I got a crew of three.',
      'MEEKS: Thank you, Linda.',
    ].join('\n\n');
    expect(speakerOf(body, 'gives all of us')).toBe('Tomás Reséndez');
  });

  it("gives the turn's speaker the words they quote themselves saying (\"what I told my people: '…'\")", () => {
    const body = [
      'LINDA OCHOA, HOST: The boat was towed in on Monday. Dale?',
      'DALE MEEKS, REPORTER: I spoke with the officer who led the boarding.',
      'LT. KAREN SEBESTA, U.S. COAST GUARD (on tape): We hailed them on channel sixteen. I\'ll tell you what I told my people before we went: "Assume nothing, touch nothing."',
      'MEEKS: Nobody resisted, she said.',
    ].join('\n\n');
    expect(speakerOf(body, 'Assume nothing')).toBe('Karen Sebesta');
  });

  it('reads no transcript into an article with a single label in capitals', () => {
    const body = [
      "EDITOR'S NOTE: This story was updated on Friday.",
      'The county voted on the levee on Thursday. Farmers were not consulted.',
    ].join('\n\n');
    expect(speakerOf(body, 'updated on Friday')).toBeUndefined();
  });
  it('reads a Spanish title a Mexican paper keeps before a name ("Hermana"), so "the nun said" is hers', () => {
    const body = [
      'Hermana Rocío Valdivia Ortega, who runs a shelter near the bridge, said she feared the new force.',
      '"They stop families at the bridge every night," the nun said.',
    ].join('\n\n');
    expect(speakerOf(body, 'every night')).toBe('Rocío Valdivia Ortega');
  });

  it('gives a person the title their clause opens with before the name ("The secretario de Hacienda, Name,")', () => {
    const body = [
      'El secretario de Hacienda y Crédito Público, Rogelio Ramírez Olvera, told reporters that the budget was ready.',
      '"The money is there and it will be spent," the secretary said.',
    ].join('\n\n');
    expect(speakerOf(body, 'money is there')).toBe('Rogelio Ramírez Olvera');
  });
  it('reads a nickname in quotation marks as part of the name, so the surname alone later names the speaker', () => {
    const body = [
      'Ignacio "Nacho" Barrientos, whose family has farmed near the river since the 1950s, said no one had called him.',
      '"They can knock on my door first," Barrientos said.',
    ].join('\n\n');
    expect(speakerOf(body, 'knock on my door')).toBe('Ignacio "Nacho" Barrientos');
  });
  it('gives a quotation standing alone to the person the sentence before it opens with, doing something ("She wiped her goggles. \'…\'")', () => {
    const body = [
      '"Out here the road has a reason," Spc. Tamara Quintero said.',
      'She wiped her goggles on her sleeve. "It\'s the first time my training felt like a real job."',
      'The convoy left at dawn. "Nobody told us," a driver said.',
    ].join('\n\n');
    expect(speakerOf(body, 'my training felt')).toBe('Tamara Quintero');
    expect(speakerOf(body, 'Nobody told us')).toBe('a driver');
  });
  it('gives a quotation to the person named after a body\'s role ("a Pentagon spokesman, Maj. Dwight Ellery, said"), not to the body', () => {
    const body = [
      'The Defense Department was careful. "We will support HHS as requested," a Pentagon spokesman, Maj. Dwight Ellery, said in a statement.',
      '"The line is closed," the Pentagon said on Friday.',
    ].join('\n\n');
    expect(speakerOf(body, 'support HHS')).toBe('Dwight Ellery');
    expect(speakerOf(body, 'line is closed')).toBe('The Pentagon');
  });
  it('knows someone the writer names by one word ("I will call her what the children called her: Hermana."), so "she told me" is hers, but no body "known as Sedena"', () => {
    const body = [
      '"Military personnel will not care for the children," a Pentagon spokesman, Maj. Dwight Ellery, said.',
      'The Defense Ministry, known as Sedena, sent no one.',
      'I spoke with a chaplain who served at Lackland. I will call her what the children called her: Hermana.',
      '"The airmen were wonderful," she told me.',
    ].join('\n\n');
    const article = annotateText(tools, body, { published: '2018-06-28' });
    expect(article.quotes.find((q) => q.text.includes('airmen'))?.speakerName).toBe('Hermana');
    expect(article.people.map((p) => p.name)).not.toContain('Sedena');
  });
  it("gives words quoted in part inside a sentence to the person or body the sentence opens with (\"Abbott issued a statement invoking the state's '…'\")", () => {
    const body = [
      'Gov. Greg Abbott issued a statement invoking the state\'s "constitutional authority to defend and protect itself."',
      'The Pentagon urged families to "stay away from the wire" after Maria Ortiz asked for "more time."',
    ].join('\n\n');
    expect(speakerOf(body, 'constitutional authority')).toBe('Greg Abbott');
    expect(speakerOf(body, 'more time')).not.toBe('The Pentagon');
    const timeline =
      'Jan. 24 (Wednesday): Gov. Greg Abbott issues a statement invoking the state\'s "right to defend itself."';
    expect(speakerOf(timeline, 'right to defend')).toBe('Greg Abbott');
  });
  it('gives words quoted after "X issued a statement" in the same sentence to X, a body no entity answers to too', () => {
    const body = [
      'The U.S. Consulate General in Nuevo Laredo issued a statement on Thursday urging American citizens to "exercise extreme caution" in the city.',
    ].join('\n\n');
    expect(speakerOf(body, 'extreme caution')).toBe('The U.S. Consulate General in Nuevo Laredo');
  });
  it('gives words a speaker recounts from "my grandmother" to the grandmother the article named ("Her grandmother, Refugio Ortega, …")', () => {
    const body = [
      'Beatrice Ortega Lusk, 86, has lived in Naco all her life. Her grandmother, Refugio Ortega, ran a boarding house near the line.',
      '"My grandmother used to say, \'I was making beans for both,\'" Lusk recalled.',
    ].join('\n\n');
    expect(speakerOf(body, 'making beans')).toBe('Refugio Ortega');
    expect(speakerOf(body, 'My grandmother used to say')).toBe('Beatrice Ortega Lusk');
  });
  it('takes the gender an honorific gives ("Ms. Inzunza") over the one a pronoun after the name guessed ("whose son … said he had called her")', () => {
    const body = [
      'Mariela Quintana, a nurse who was on board, said the shooting lasted an hour. "We lay on the floor," she said.',
      'Guadalupe Inzunza, whose son is a corporal, said he had called her at midday from a road north of the city. Ms. Inzunza has not heard from him since.',
      "\"He said, 'They are shooting at us from everywhere, don't call me,'\" she said. \"So I didn't call. Now I can't stop calling, and nobody answers.\"",
    ].join('\n\n');
    expect(speakerOf(body, 'stop calling')).toBe('Guadalupe Inzunza');
    expect(speakerOf(body, 'We lay on the floor')).toBe('Mariela Quintana');
  });
  it('leaves the gender a pronoun gave when no honorific names the person again', () => {
    const body = [
      'Mariela Quintana, a nurse who was on board, said the shooting lasted an hour.',
      'Guadalupe Inzunza, a mechanic, said he had closed his shop. Inzunza has not opened it since.',
      '"Nobody comes," she said.',
    ].join('\n\n');
    expect(speakerOf(body, 'Nobody comes')).toBe('Mariela Quintana');
  });
});

describe('authorsOfQuotedDocuments', () => {
  it("gives words read out of a person's dispatch to the dispatch's author, not the reader", () => {
    const body = [
      'The war began with a skirmish in April 1846. Gen. Zachary Taylor sent word north, and President James K. Polk asked Congress for war.',
      '9:51 a.m. — From the podium, Dr. Aurelio Benavides Cantú, a historian from Matamoros, read from Taylor\'s dispatch to Washington: "Hostilities may now be considered as commenced."',
      'Then he read the line from Polk\'s May 11 message to Congress, that Mexico had "shed American blood upon the American soil."',
    ].join('\n\n');
    expect(speakerOf(body, 'Hostilities may now')).toBe('Zachary Taylor');
    expect(speakerOf(body, 'shed American blood')).toBe('James K. Polk');
  });

  it('gives words a telegram from a body puts plainly to that body', () => {
    const body =
      'A telegram from the War Department received at Marfa on Monday put the matter plainly: the refugees "will be disarmed, fed and held until further orders."';
    expect(speakerOf(body, 'will be disarmed')).toBe('the War Department');
  });

  it('leaves words said by someone who reads from a document, set off by commas, to the speaker', () => {
    const body = [
      'Mayor Albert Ruiz of Columbus spoke at the ceremony.',
      'Ruiz, holding a copy of Pershing\'s report, said: "We remember all of them."',
    ].join('\n\n');
    expect(speakerOf(body, 'remember all of them')).toBe('Albert Ruiz');
  });
});

describe('countedGroup', () => {
  it('gives a chant to the people a clause counts, whose first verb the verb handing over is joined to', () => {
    const body =
      'When a Customs officer walked along the line at one point, dozens of drivers leaned on their horns and shouted, "¡Abran el puente!"';
    expect(speakerOf(body, 'Abran el puente')).toBe('dozens of drivers');
  });

  it('does not take a count of things for the speaker', () => {
    const body =
      'Dozens of trucks idled on the bridge and Rubén Salgado, a driver from Juárez, shouted, "Open the bridge!"';
    expect(speakerOf(body, 'Open the bridge')).not.toMatch(/trucks/);
  });
});
