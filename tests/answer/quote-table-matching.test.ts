/**
 * How the eval scores a quotation's speaker against the quote table: a right speaker the knowledge names more
 * briefly than the table's writer does is right, and a role the table gives two speakers of one article is
 * not enough to tell which of them the knowledge means.
 */
import { describe, expect, it } from 'vitest';
import { attributions, type QuoteRow } from '../../src/eval/speaker-match.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';

type Got = { text: string; speaker: string; source?: string };

/** Knowledge holding the quotations given (of article "a" unless said), each with the speaker it names. */
function knowledge(got: readonly Got[]): KnowledgeBase {
  return {
    quotes: got.map((g) => ({
      sourceId: g.source ?? 'a',
      text: g.text,
      speakerName: g.speaker,
      speakerId: null,
    })),
    entities: [],
  } as unknown as KnowledgeBase;
}

function scored(got: readonly Got[], rows: readonly QuoteRow[]): boolean[] {
  return attributions(knowledge(got), rows).map((r) => r.ok);
}

describe('the quote table matcher', () => {
  it('takes "Captain Potter" for the table\'s "Capt. Potter", a title abbreviated on one side only', () => {
    const rows = [
      { source: 'a', text: "It's no use.", speaker: 'Capt. Potter, an officer of the command' },
      { source: 'a', text: 'Hold the bridge.', speaker: 'Maj. Isaac Lynde' },
    ];
    expect(
      scored(
        [
          { text: "It's no use.", speaker: 'Captain Potter' },
          { text: 'Hold the bridge.', speaker: 'Major Lynde' },
        ],
        rows,
      ),
    ).toEqual([true, true]);
  });

  it('takes "Heriberto Ochoa Lugo" for the table\'s "don Heriberto Ochoa Lugo, 66", a Spanish honorific in lower case', () => {
    const rows = [
      {
        source: 'a',
        text: 'The water came at night.',
        speaker: 'don Heriberto Ochoa Lugo, 66, commissioner of the ejido',
      },
      { source: 'a', text: 'We left at dawn.', speaker: 'doña Rosa Ibarra' },
    ];
    expect(
      scored(
        [
          { text: 'The water came at night.', speaker: 'Heriberto Ochoa Lugo' },
          { text: 'We left at dawn.', speaker: 'Heriberto Ochoa Lugo' },
        ],
        rows,
      ),
    ).toEqual([true, false]);
  });

  it('takes "Raymond Ostby" for the table\'s "retired Col. Raymond Ostby, 31 years in the Guard", a past title before the name', () => {
    const rows = [
      {
        source: 'a',
        text: "It's a floor.",
        speaker: 'retired Col. Raymond Ostby, 31 years in the Guard (transcript)',
      },
      { source: 'a', text: 'Go home.', speaker: 'former Gov. Ana Ruiz' },
    ];
    expect(
      scored(
        [
          { text: "It's a floor.", speaker: 'Raymond Ostby' },
          { text: 'Go home.', speaker: 'Raymond Ostby' },
        ],
        rows,
      ),
    ).toEqual([true, false]);
  });

  it('does not take "Captain Potter" for "Sgt. Potter", another title of the same surname', () => {
    const rows = [{ source: 'a', text: "It's no use.", speaker: 'Sgt. Potter' }];
    expect(scored([{ text: "It's no use.", speaker: 'Captain Potter' }], rows)).toEqual([false]);
  });

  it('takes "Geronimo" for the table\'s "Geronimo, as told by a packer to James B. Hartigan"', () => {
    const rows = [
      { source: 'a', text: 'Give me time.', speaker: 'Geronimo, as told by a packer to James B. Hartigan' },
    ];
    expect(scored([{ text: 'Give me time.', speaker: 'Geronimo' }], rows)).toEqual([true]);
  });

  it('takes "Earl, a caller from Killeen" for the table\'s "Earl, caller from Killeen, a retired Army first sergeant"', () => {
    const rows = [
      {
        source: 'a',
        text: 'Most of them stayed.',
        speaker: 'Earl, caller from Killeen, a retired Army first sergeant',
      },
    ];
    expect(scored([{ text: 'Most of them stayed.', speaker: 'Earl, a caller from Killeen' }], rows)).toEqual([
      true,
    ]);
    expect(
      scored([{ text: 'Most of them stayed.', speaker: 'Dennis, a caller from Killeen' }], rows),
    ).toEqual([false]);
  });

  it('takes "an officer of the command" for "an officer of Crook\'s command who did not wish his name printed"', () => {
    const rows = [
      {
        source: 'a',
        text: 'The scouts did it.',
        speaker: "an officer of Crook's command who did not wish his name printed",
      },
      { source: 'a', text: 'I never doubted him.', speaker: 'Mrs. Sarah Tellman' },
      // Two officers of another article: what else the table says of them ("staff") tells them apart.
      {
        source: 'b',
        text: 'As a precaution.',
        speaker: "an officer of Gen. David S. Stanley's staff, speaking for him",
      },
      { source: 'b', text: 'All quiet.', speaker: 'the commanding officer at Fort Ringgold' },
    ];
    expect(
      scored(
        [
          { text: 'The scouts did it.', speaker: 'an officer of the command' },
          { text: 'I never doubted him.', speaker: 'Sarah Tellman' },
          { text: 'As a precaution.', speaker: "An officer of the general's staff", source: 'b' },
          { text: 'All quiet.', speaker: 'an officer of the garrison', source: 'b' },
        ],
        rows,
      ),
    ).toEqual([true, true, true, false]);
  });

  it('takes "one of its captains" for the table\'s "a captain of the company", one of a group being one of its role', () => {
    const rows = [
      { source: 'a', text: 'We held the ford.', speaker: 'a captain of the volunteer company' },
      { source: 'a', text: 'Nobody came.', speaker: 'a ranchwoman near the river' },
    ];
    expect(
      scored(
        [
          { text: 'We held the ford.', speaker: 'one of its captains' },
          { text: 'Nobody came.', speaker: 'one of the ranchmen' },
        ],
        rows,
      ),
    ).toEqual([true, false]);
  });

  it('takes "Secretary Cheney" for the table\'s "Secretary of Defense Dick Cheney", but not another of the title', () => {
    const rows = [
      { source: 'a', text: 'A national security mission.', speaker: 'Secretary of Defense Dick Cheney' },
      { source: 'a', text: 'We will help.', speaker: 'Secretary of State James Baker' },
    ];
    expect(
      scored(
        [
          { text: 'A national security mission.', speaker: 'Secretary Cheney' },
          { text: 'We will help.', speaker: 'Secretary Cheney' },
        ],
        rows,
      ),
    ).toEqual([true, false]);
  });

  it('takes the name ending a title with "of" before a comma ("Colonel of Infantry Ramiro Ochoa Lugo, representing …")', () => {
    const rows = [
      {
        source: 'a',
        text: 'He obeyed.',
        speaker: 'Colonel of Infantry Ramiro Ochoa Lugo, representing the zone commander',
      },
      { source: 'a', text: 'We held.', speaker: 'the commander of Fort Bliss, who was not named' },
    ];
    expect(
      scored(
        [
          { text: 'He obeyed.', speaker: 'Ramiro Ochoa Lugo' },
          { text: 'We held.', speaker: 'Fort Bliss' },
        ],
        rows,
      ),
    ).toEqual([true, false]);
  });

  it('takes a name with a surname\'s particle for the table\'s "Doña Refugio Aldama de Soto, 71, who kept a grocery"', () => {
    const rows = [
      {
        source: 'a',
        text: 'Mostly land.',
        speaker: 'Doña Refugio Aldama de Soto, 71, who kept a grocery near the line in 1911',
      },
    ];
    expect(scored([{ text: 'Mostly land.', speaker: 'Refugio Aldama de Soto' }], rows)).toEqual([true]);
  });

  it('reads a role past an aside in brackets ("Don Isidro Campoy Vélez\'s uncle (unnamed), as recalled by Campoy")', () => {
    const rows = [
      {
        source: 'a',
        text: 'Quiet, or they will think we are soldiers.',
        speaker: "Don Isidro Campoy Vélez's uncle (unnamed), as recalled by Campoy",
      },
    ];
    expect(
      scored(
        [{ text: 'Quiet, or they will think we are soldiers.', speaker: "Isidro Campoy Vélez's uncle" }],
        rows,
      ),
    ).toEqual([true]);
    expect(
      scored([{ text: 'Quiet, or they will think we are soldiers.', speaker: 'Isidro Campoy Vélez' }], rows),
    ).toEqual([false]);
  });

  it('takes the owner of a document for its words ("Gen. John J. Pershing\'s report, as given out by …"), not of a relative', () => {
    const rows = [
      {
        source: 'a',
        text: 'Our casualties, four enlisted men wounded.',
        speaker: "Gen. John J. Pershing's report, as given out by Gen. Funston's office",
      },
      { source: 'a', text: 'Tell who did it.', speaker: "Gen. John J. Pershing's aide" },
    ];
    expect(
      scored(
        [
          { text: 'Our casualties, four enlisted men wounded.', speaker: 'John J. Pershing' },
          { text: 'Tell who did it.', speaker: 'John J. Pershing' },
        ],
        rows,
      ),
    ).toEqual([true, false]);
  });
  it('tells two spokesmen of one article apart by the words besides the role ("the army spokesman")', () => {
    const rows = [
      { source: 'a', text: 'Under control.', speaker: 'an army spokesman in Chihuahua City' },
      {
        source: 'a',
        text: 'Taken out of its setting.',
        speaker: 'a spokesman for Gov. Práxedes Giner Durán',
      },
    ];
    expect(
      scored(
        [
          { text: 'Under control.', speaker: 'the army spokesman' },
          { text: 'Taken out of its setting.', speaker: 'A spokesman for the governor' },
        ],
        rows,
      ),
    ).toEqual([true, true]);
    // The same descriptions given to the other's words, or the role alone, tell no one.
    expect(
      scored(
        [
          { text: 'Under control.', speaker: 'A spokesman for the governor' },
          { text: 'Taken out of its setting.', speaker: 'the spokesman' },
        ],
        rows,
      ),
    ).toEqual([false, false]);
  });

  it('reads the role of a document before a participle and its preposition ("statement issued at Marfa by …")', () => {
    const rows = [
      {
        source: 'a',
        text: 'Troops crossed the line.',
        speaker: 'statement issued at Marfa by the headquarters of the Big Bend district (document)',
      },
      {
        source: 'a',
        text: 'All are invited.',
        speaker: "the committee's printed notice posted at the store",
      },
    ];
    expect(
      scored(
        [
          { text: 'Troops crossed the line.', speaker: 'the statement' },
          { text: 'All are invited.', speaker: 'its printed notice' },
        ],
        rows,
      ),
    ).toEqual([true, true]);
    expect(scored([{ text: 'All are invited.', speaker: 'the statement' }], rows)).toEqual([false, false]);
  });

  it('takes the signer of a document for its words ("printed notice signed by Gen. Lucio Blanco, posted …")', () => {
    const rows = [
      {
        source: 'a',
        text: 'Any soldier found looting will be shot.',
        speaker: 'printed notice signed by Gen. Lucio Blanco, posted in the Matamoros plaza (document)',
      },
    ];
    expect(
      scored([{ text: 'Any soldier found looting will be shot.', speaker: 'Lucio Blanco' }], rows),
    ).toEqual([true]);
    expect(
      scored([{ text: 'Any soldier found looting will be shot.', speaker: 'Lucio Cabañas' }], rows),
    ).toEqual([false]);
  });

  it('takes "one of the Rangers" for the table\'s "one of Capt. Baylor\'s Texas Rangers", a member of a group it names', () => {
    const rows = [
      {
        source: 'a',
        text: 'We came to help.',
        speaker: "one of Capt. Baylor's Texas Rangers, who would not give his name",
      },
      { source: 'a', text: 'We held the pass.', speaker: 'one of the Buffalo Soldiers of the Tenth Cavalry' },
    ];
    expect(
      scored(
        [
          { text: 'We came to help.', speaker: 'one of the Rangers' },
          { text: 'We held the pass.', speaker: 'one of the Rangers' },
        ],
        rows,
      ),
    ).toEqual([true, false]);
  });

  it('reads a role past an irregular participle ("a sign held up by a girl", "a captain taken prisoner")', () => {
    const rows = [
      {
        source: 'a',
        text: 'Thank you, soldiers.',
        speaker: 'a hand-lettered sign held up by a girl at the plaza',
      },
      {
        source: 'a',
        text: 'Not 150 of ours.',
        speaker: 'an Imperial captain taken prisoner, who would not give his name',
      },
    ];
    expect(
      scored(
        [
          { text: 'Thank you, soldiers.', speaker: 'a hand-lettered sign' },
          { text: 'Not 150 of ours.', speaker: 'the Imperial captain' },
        ],
        rows,
      ),
    ).toEqual([true, true]);
    expect(scored([{ text: 'Thank you, soldiers.', speaker: 'a girl' }], rows.slice(0, 1))).toEqual([false]);
  });

  it('takes a thing for its text ("text of the new bronze plaque", "the marker\'s text")', () => {
    const rows = [
      {
        source: 'a',
        text: 'To all who fell.',
        speaker: 'text of the new bronze plaque on the municipal building',
      },
      {
        source: 'b',
        text: 'Near this creek.',
        speaker: 'text of the new marker, supplied by the commission',
      },
    ];
    expect(
      scored(
        [
          { text: 'To all who fell.', speaker: 'the plaque' },
          { source: 'b', text: 'Near this creek.', speaker: "the marker's text" },
        ],
        rows,
      ),
    ).toEqual([true, true]);
    expect(scored([{ text: 'To all who fell.', speaker: 'the mayor' }], rows.slice(0, 1))).toEqual([false]);
  });

  it('takes "somebody" for the table\'s "someone"', () => {
    const rows = [{ source: 'a', text: 'Here come the Rangers.', speaker: 'Someone at the ranch (unnamed)' }];
    expect(scored([{ text: 'Here come the Rangers.', speaker: 'somebody' }], rows)).toEqual([true]);
  });

  it('takes a document the knowledge names by its owner ("sheriff Wheeler\'s proclamation") for the owner', () => {
    const rows = [
      {
        source: 'a',
        text: '1200 men in Bisbee.',
        speaker: 'Sheriff Harry C. Wheeler, in his posted proclamation',
      },
    ];
    expect(
      scored(
        [{ text: '1200 men in Bisbee.', speaker: "sheriff Wheeler's proclamation of the day before" }],
        rows,
      ),
    ).toEqual([true]);
    expect(scored([{ text: '1200 men in Bisbee.', speaker: "sheriff Wheeler's deputy" }], rows)).toEqual([
      false,
    ]);
  });

  it('takes a body the table names after "the" ("the Monitor Republicano, a newspaper") by its name', () => {
    const rows = [
      {
        source: 'a',
        text: 'sold by the acre',
        speaker: 'the Monitor Republicano, an opposition newspaper in Mexico City',
      },
    ];
    expect(
      scored([{ text: 'sold by the acre', speaker: 'the Monitor Republicano of the 9th' }], rows),
    ).toEqual([true]);
    expect(scored([{ text: 'sold by the acre', speaker: 'the Siglo Diez y Nueve' }], rows)).toEqual([false]);
  });

  it('takes "William Henry Purcell" for the table\'s \'William H. "Billy" Purcell\', a middle name given by its initial', () => {
    const rows = [
      {
        source: 'a',
        text: 'We went up the canyon in a bunch',
        speaker: 'William H. "Billy" Purcell (as told to the Record in 1906)',
      },
    ];
    expect(
      scored([{ text: 'We went up the canyon in a bunch', speaker: 'William Henry Purcell' }], rows),
    ).toEqual([true]);
    expect(
      scored([{ text: 'We went up the canyon in a bunch', speaker: 'William Thomas Purcell' }], rows),
    ).toEqual([false]);
    expect(scored([{ text: 'We went up the canyon in a bunch', speaker: 'John H. Purcell' }], rows)).toEqual([
      false,
    ]);
  });

  it('takes a signature of initials ("W. T. A.") for the table\'s "W. T. A., a sick young soldier of the command"', () => {
    const rows = [
      {
        source: 'a',
        text: 'I am left behind sick',
        speaker: "W. T. A., a sick young soldier of Shelby's command (letter to his mother)",
      },
    ];
    expect(scored([{ text: 'I am left behind sick', speaker: 'W. T. A.' }], rows)).toEqual([true]);
    expect(scored([{ text: 'I am left behind sick', speaker: 'W. T. B.' }], rows)).toEqual([false]);
  });
});
