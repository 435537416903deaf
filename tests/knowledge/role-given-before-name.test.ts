/**
 * A person introduced by what they are before their name ("A retired Army colonel, Ismael Narváez Cota, who
 * commanded troops…", "A retired Navy captain who sailed on her, Rogelio Abarca Nava, …") and later called by
 * that role ("the colonel said", "the retired captain said") keeps their words: the role is theirs even when
 * the words after the name are what the article keeps as their description.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('a role given before the name', () => {
  it('gives "the colonel said" to the colonel named after the phrase, a "who" clause after his name', () => {
    const body = [
      'Soldiers fired on a pickup truck near Huixtla on Tuesday night.',
      'A retired Army colonel, Ismael Narváez Cota, who commanded troops in the Soconusco, said the soldiers face real danger. "On that highway the criminal groups move at night," the colonel said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'criminal groups move')).toBe('Ismael Narváez Cota');
  });

  it('gives "the retired captain said" to the captain a "who" clause went on about before his name', () => {
    const body = [
      'The training ship struck the bridge on Saturday night.',
      'A retired Navy captain who sailed on her as a junior officer, Rogelio Abarca Nava, now 68, lives two streets above the naval base.',
      'Abarca disagreed with the admiral. "If they come home now, the cadets will remember only fear," the retired captain said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'remember only fear')).toBe('Rogelio Abarca Nava');
  });

  it('keeps "the mayor said" from a town set off after a phrase ("A town that grew up around the mill, Reynosa,")', () => {
    const body = [
      'The mill closed in March.',
      'A town that grew up around the mill, Reynosa, is quiet now. "We wait for the trucks," the mayor said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'We wait for the trucks')).not.toBe('Reynosa');
  });

  it('gives "the captain said" to no one described only as a ship\'s ("A ship whose captain…, the Julia Ann,")', () => {
    const body = [
      'Two boats came up the river.',
      'A steamer who carried cotton downriver, the Julia Ann, tied up at the landing. "We carried no soldiers," the captain said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'We carried no soldiers')).not.toBe('the Julia Ann');
  });
});

describe('a name set off after another person the phrase names', () => {
  it('keeps the lawyer\'s words from the former mayor named after "who represented the former mayor"', () => {
    const body = [
      'Prosecutors filed charges on Monday.',
      'A lawyer who represented the former mayor, Eddie Espinoza, who resigned in March, spoke to reporters. "They have no witness," the lawyer said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'They have no witness')).not.toBe('Eddie Espinoza');
  });

  it('keeps the farmer\'s words from his brother named after "along with his brother"', () => {
    const body = [
      'The march began at noon.',
      'A farmer who lost land to the wall along with his brother, Mario Ruiz, who lives in town, spoke at the rally. "We were never paid," the farmer said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'We were never paid')).not.toBe('Mario Ruiz');
  });

  it('keeps the spokesman\'s words from the governor named after "A spokesman for the governor"', () => {
    const body = [
      'The troops arrived on Tuesday.',
      'A spokesman for the governor, Luis Pérez, who took office in June, did not answer. "We will not comment," the spokesman said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'We will not comment')).not.toBe('Luis Pérez');
  });

  it('keeps the friend\'s words from the one named after "the mayor\'s brother"', () => {
    const body = [
      'The troops arrived on Tuesday.',
      'A friend of the mayor\'s brother, Luis Pérez, who runs a store, was there. "They came at night," the friend said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'They came at night')).not.toBe('Luis Pérez');
  });

  it('keeps the nurse\'s words from a wounded soldier named after "who treated a wounded soldier"', () => {
    const body = [
      'The troops arrived on Tuesday.',
      'A nurse who treated a wounded soldier, Ana Díaz, who works at the clinic, saw it. "He was bleeding badly," the nurse said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'bleeding badly')).not.toBe('Ana Díaz');
  });

  it("gives the lawyer's words to no former mayor when the lawyer also said something before them", () => {
    const body = [
      'Prosecutors filed charges on Monday.',
      'A lawyer who represented the former mayor, Eddie Espinoza, said the case was weak. "They have no witness," the lawyer said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'They have no witness')).not.toBe('Eddie Espinoza');
  });

  it('keeps a man\'s words from the governor he worked for ("A man who worked for the governor, Luis Pérez,")', () => {
    const body = [
      'The troops arrived on Tuesday.',
      'A man who worked for the governor, Luis Pérez, said the orders came late. "Nobody told us anything," he said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'Nobody told us anything')).not.toBe('Luis Pérez');
  });

  it('still names a woman described before her name ("A woman who runs a shop near the pier, Carmen Olmos,")', () => {
    const body = [
      'The storm hit the pier on Monday.',
      'A woman who runs a shop near the pier, Carmen Olmos, said she was shocked. "The water came in so fast," she said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'came in so fast')).toBe('Carmen Olmos');
  });

  it('gives the friend\'s words to no victim named after "A friend of the victim"', () => {
    const body = [
      'The troops arrived on Tuesday.',
      'A friend of the victim, Mario Ruiz, said he was afraid. "We sleep in the truck now," the friend said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'sleep in the truck')).not.toBe('Mario Ruiz');
  });

  it('still gives "the colonel said" to the colonel set off after "A retired Army colonel"', () => {
    const body = [
      'The troops arrived on Tuesday.',
      'A retired Army colonel, Ismael Narváez Cota, said the troops would stay. "They will stay a year," the colonel said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'stay a year')).toBe('Ismael Narváez Cota');
  });

  it('makes no speaker of a place set off after a role ("A teacher who works near the crossing, Nogales,")', () => {
    const body = [
      'The troops arrived on Tuesday.',
      'A teacher who works near the border crossing, Nogales, who asked not to be named, watched. "The children are afraid," the teacher said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'children are afraid')).not.toBe('Nogales');
  });
});

describe('words a quotation says were told to the speaker', () => {
  const opening =
    "Geronimo came into the general's camp in May. According to Mr. Hartigan, who had his account from one of the packers, they talked for two days.";
  const later =
    'A civilian packer, Patrick Quirk, who came in with the first mule train, was of another opinion. "We lost more mules than men," Quirk said.';

  it('gives the inner words to the one who said them ("The packer told me Geronimo said to him, \'…\'")', () => {
    const body = [
      opening,
      '"The packer told me Geronimo said to him, \'My people are scattered like quail,\'" Mr. Hartigan said.',
      later,
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'scattered like quail')).toBe('Geronimo');
  });

  it('leaves the words with the one who told them when no one else said them ("The packer told me, \'…\'")', () => {
    const body = [
      opening,
      '"Then the packer told me, \'We will be home by June,\' and we were," Mr. Hartigan said.',
      later,
    ].join('\n\n');
    const speaker = speakerOfWords(tools, body, 'home by June');
    expect(speaker).not.toBe('Geronimo');
    // The packer named only in the paragraph after the words is not the packer who told them.
    expect(speaker).not.toBe('Patrick Quirk');
  });

  it('does not make a day a speaker ("He told us Tuesday the general said, \'…\'")', () => {
    const body = [
      opening,
      '"He told us Tuesday the general said, \'We march at dawn,\'" Mr. Hartigan said.',
      later,
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'We march at dawn')).not.toBe('Tuesday');
  });
});

describe('a place or a body set off where a person might be named', () => {
  const T = 'The troops arrived on Tuesday.';

  it('makes no speaker of the city set off after "who lives in the border city"', () => {
    const body = [
      T,
      'A retired Army colonel who lives in the border city, Ciudad Juárez, said the troops would stay. "They will stay a year," the colonel said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'stay a year')).not.toBe('Ciudad Juárez');
  });

  it('makes no speaker of the base set off after "who served at the base"', () => {
    const body = [
      T,
      'A retired Army colonel who served at the base, Fort Bliss, said the troops would stay. "They will stay a year," the colonel said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'stay a year')).not.toBe('Fort Bliss');
  });

  it('makes no speaker of the city when a person is named in the next paragraph', () => {
    const body = [
      T,
      'A retired Army colonel who lives in the border city, Ciudad Juárez, said the troops would stay.',
      'Mario Ruiz, a rancher, disagreed. "They will stay a year," the colonel said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'stay a year')).not.toBe('Ciudad Juárez');
  });

  const opening =
    'The sergeant came to the shelter in May. According to Mr. Hartigan, who runs it, they talked for two days.';
  const toldOf = (name: string, before: readonly string[] = []) =>
    [
      opening,
      ...before,
      `"The sergeant told me ${name} said to him, 'We have no beds,'" Mr. Hartigan said.`,
    ].join('\n\n');

  it('gives the words told of a country or a body to neither it nor the one who told them', () => {
    for (const name of ['Mexico', 'Border Patrol', 'the Pentagon']) {
      const speaker = speakerOfWords(tools, toldOf(name), 'no beds');
      expect(speaker, name).not.toMatch(new RegExp(`${name.replace(/^the /, '')}|sergeant`, 'i'));
    }
  });

  it('gives the told words to a person the article listed beside a place ("Geronimo, Chihuahua, Nana")', () => {
    const body = [
      "Geronimo, Chihuahua, Nana and Loco all came into the general's camp in the days that followed.",
      'According to Mr. Hartigan, who had his account from one of the packers, Geronimo talked with the general for two days.',
      '"The packer told me Geronimo said to him, \'My people are scattered like quail,\'" Mr. Hartigan said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'scattered like quail')).toBe('Geronimo');
  });

  it("gives the words told of a country's ambassador to the ambassador, not to no one", () => {
    expect(speakerOfWords(tools, toldOf("Mexico's ambassador"), 'no beds')).toBe("Mexico's ambassador");
  });

  it('gives the words told of a town the article writes as a place to neither it nor the one who told them', () => {
    const body = toldOf('Deming', ['The troops camped outside Deming, a rail town.']);
    expect(speakerOfWords(tools, body, 'no beds')).not.toMatch(/Deming|sergeant/);
  });

  it('gives a transcript guest\'s told words to no town ("A sergeant told me Deming said to him")', () => {
    const body = [
      'MARISOL PARDO (HOST): Good afternoon. With me is Colonel Dennis Marchetti of the task force.',
      'COL. DENNIS MARCHETTI: Thank you, Marisol. A sergeant told me Deming said to him, "We have no beds," and that worried me.',
      'PARDO: Next caller.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'no beds', '1989-11-16')).not.toBe('Deming');
  });

  it('still gives the told words to a person the article named before ("told me Ruiz said")', () => {
    const body = [
      'Mario Ruiz, a rancher, came to the shelter in May. According to Mr. Hartigan, who runs it, they talked for two days.',
      '"The sergeant told me Ruiz said to him, \'We have no beds,\'" Mr. Hartigan said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'no beds')).toBe('Mario Ruiz');
  });

  it('gives the told words to a person the article names only there, not to the one who told them', () => {
    const T = 'The troops arrived on Tuesday.';
    const cases: [string, string, string][] = [
      [
        '"The nurse told us Ana Díaz said, \'The water came in so fast,\'" the mayor said.',
        'came in so fast',
        'Ana Díaz',
      ],
      [
        '"My brother told me Juan Ruiz said to him, \'The river is high,\'" the rancher said.',
        'river is high',
        'Juan Ruiz',
      ],
      ['"The sergeant told me Ruiz said to him, \'We have no beds,\'" the captain said.', 'no beds', 'Ruiz'],
      [
        '"My brother told me Juan said to him, \'The river is high,\'" the rancher said.',
        'river is high',
        'Juan',
      ],
    ];
    for (const [told, words, said] of cases)
      expect(speakerOfWords(tools, [T, told].join('\n\n'), words)).toBe(said);
  });

  it('gives the told words to an Apache the article names only there ("The packer told me Victorio said")', () => {
    const body = [
      "Geronimo came into the general's camp in May. According to Mr. Hartigan, who had his account from one of the packers, they talked for two days.",
      '"The packer told me Victorio said to him, \'We have no horses,\'" Mr. Hartigan said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'no horses')).toBe('Victorio');
  });
});

describe('a role given before a name holds only from that name on', () => {
  it('keeps an earlier "the colonel said" from a colonel introduced later', () => {
    const body = [
      'The brigade\'s commander declined to speak on the record. "We follow orders," the colonel said.',
      'A retired Army colonel, Ismael Narváez Cota, who commanded troops in the Soconusco, said the soldiers face danger. "They move at night," Narváez said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'follow orders')).not.toBe('Ismael Narváez Cota');
  });

  it('keeps an earlier "the captain said" from a captain a later "who" clause describes', () => {
    const body = [
      'The ship\'s master would not talk. "No comment," the captain said.',
      'A retired Navy captain who sailed on her as a junior officer, Rogelio Abarca Nava, now 68, lives two streets above the naval base. "She was a good ship," Abarca said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'No comment')).not.toBe('Rogelio Abarca Nava');
  });

  it('gives "the colonel said" after "Another colonel" to no first colonel', () => {
    const body = [
      'A retired Army colonel, Ismael Narváez Cota, who commanded troops in the Soconusco, said the soldiers face danger.',
      'Another colonel, still on active duty, asked not to be named. "We are stretched thin," the colonel said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'stretched thin')).not.toBe('Ismael Narváez Cota');
  });

  it('still gives "the colonel said" to him after another kind of officer is met ("Another sergeant")', () => {
    const body = [
      'A retired Army colonel, Ismael Narváez Cota, who commanded troops in the Soconusco, said the soldiers face danger.',
      'Another sergeant asked not to be named. "They move at night," the colonel said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'move at night')).toBe('Ismael Narváez Cota');
  });
});

describe('a name set off after a plural or after what the subject became', () => {
  const T = 'The troops arrived on Tuesday.';

  it('names the colonel set off after "who commanded the soldiers"', () => {
    const body = [
      T,
      'A colonel who commanded the soldiers, Ismael Narváez, said the troops would stay. "They will stay a year," the colonel said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'stay a year')).toBe('Ismael Narváez');
  });

  it('names the agent set off after "who arrested the migrants"', () => {
    const body = [
      T,
      'A Border Patrol agent who arrested the migrants, José Ruiz, said the fence is old. "It falls down every summer," the agent said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'falls down')).toBe('José Ruiz');
  });

  it('names the woman set off after "who became a nurse"', () => {
    const body = [
      T,
      'A woman who became a nurse, Ana Díaz, said she was shocked. "The water came in so fast," she said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'came in so fast')).toBe('Ana Díaz');
  });

  it('still keeps the man\'s words from the mayor named after "who became friends with the mayor"', () => {
    const body = [
      T,
      'A man who became friends with the mayor, Luis Pérez, said the troops would stay. "They will stay a year," the man said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'stay a year')).not.toBe('Luis Pérez');
  });

  it('still keeps the man\'s words from the mayor named after "who remained a friend of the mayor"', () => {
    const body = [
      T,
      'A man who remained a friend of the mayor, Luis Pérez, said the troops would stay. "They will stay a year," the man said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'stay a year')).not.toBe('Luis Pérez');
  });
});
