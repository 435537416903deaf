/**
 * The fixture folders under `tests/fixtures/`: articles, their quote table and usually a question set, each
 * tuned on (dev/test) or held out (test only). Adding a folder is adding a row here and its floors in
 * tests/answer/eval.test.ts.
 */
/**
 * A folder of articles under `tests/fixtures/` with its quote table (`quotes.json`). `tuned` folders are
 * built beside the shipped sources and their questions split dev/test; `held-out` folders' attribution is
 * only reported, built alone, and their questions (if any) are all test.
 */
export interface FixtureFolder {
  folder: string;
  attribution: 'tuned' | 'held-out';
  /** The question set asked of the shipped knowledge plus this folder, if the folder has questions. */
  set?: string;
  /** Question files besides `questions.json` (a second batch written later). */
  more?: readonly string[];
  /** How a held-out folder's articles have been seen, for the report. */
  seen?: string;
  /** What the articles are, for a reader of this file. */
  about: string;
}

/**
 * Every fixture folder, in the order they were written. Adding one is adding a row here (and its floors
 * in tests/answer/eval.test.ts, which fails for a set or folder without one).
 */
export const FIXTURE_FOLDERS: readonly FixtureFolder[] = [
  {
    folder: 'articles',
    set: 'new-articles',
    attribution: 'tuned',
    about: 'two articles tried as a moderator would (2018 Guard, 2025 active duty)',
  },
  {
    folder: 'articles-2',
    set: 'new-articles-2',
    attribution: 'tuned',
    about: 'four more, written later by someone who never saw the pipeline',
  },
  {
    folder: 'articles-3',
    set: 'new-articles-3',
    attribution: 'tuned',
    about: 'three quotation-heavy articles (51 quotations in every attribution pattern)',
  },
  {
    folder: 'articles-4',
    set: 'new-articles-4',
    more: ['questions-b.json'],
    attribution: 'tuned',
    about: "four outlets' styles (wire, local TV, a Mexican paper's English edition, an explainer)",
  },
  {
    folder: 'articles-5',
    set: 'new-articles-5',
    more: ['questions-b.json'],
    attribution: 'tuned',
    about: 'a live blog, a public-radio interview story, a think-tank explainer',
  },
  {
    folder: 'articles-6',
    set: 'new-articles-6',
    more: ['questions-b.json'],
    attribution: 'tuned',
    about: 'attribution shapes (Q&A, live blog, Spanish quotes)',
  },
  {
    folder: 'articles-7',
    set: 'new-articles-7',
    more: ['questions-b.json'],
    attribution: 'tuned',
    about: "a Spanish paper's English edition, a press release, a TV transcript, a column",
  },
  {
    folder: 'articles-8',
    set: 'new-articles-8',
    more: ['questions-b.json'],
    attribution: 'tuned',
    about: 'paraphrased questions',
  },
  { folder: 'articles-9', set: 'new-articles-9', attribution: 'tuned', about: 'attribution-heavy articles' },
  {
    folder: 'articles-10',
    set: 'new-articles-10',
    attribution: 'tuned',
    about: 'attribution-heavy articles',
  },
  {
    folder: 'articles-11',
    set: 'new-articles-11',
    more: ['questions-c.json'],
    attribution: 'tuned',
    about: "four contemporary (2024–2025) articles in four outlets' styles",
  },
  {
    folder: 'articles-12',
    set: 'new-articles-12',
    more: ['questions-c.json'],
    attribution: 'tuned',
    about: 'four of other years and styles (1992 wire, 2005 English edition, 2023 TV page, 2018 op-ed)',
  },
  {
    folder: 'articles-13',
    set: 'new-articles-13',
    more: ['questions-c.json'],
    attribution: 'tuned',
    about:
      'four of other years and forms (1929 wire on Naco bombed, 1942 magazine on Cárdenas and Baja, 2000 radio transcript, 2026 World Cup live blog)',
  },
  {
    folder: 'articles-14',
    set: 'new-articles-14',
    more: ['questions-c.json'],
    attribution: 'tuned',
    about:
      'four of other years and forms (1956 reunion, 1986 radio transcript, 2001 court-martial, 2013 council live blog)',
  },
  {
    folder: 'articles-15',
    set: 'new-articles-15',
    more: ['questions-c.json'],
    attribution: 'tuned',
    about:
      'four more (1914 Ojinaga internment, 1969 Operation Intercept wire, 1989 JTF-6 call-in transcript, 2010 Juárez handover)',
  },
  {
    folder: 'articles-16',
    set: 'new-articles-16',
    attribution: 'tuned',
    about:
      'four more (1911 Maneuver Division wire, 2006 Michoacán joint operation English edition, 2023 Culiacán live blog, 2023 Matamoros TV transcript)',
  },
  {
    folder: 'articles-17',
    set: 'new-articles-17',
    attribution: 'tuned',
    about:
      'four more (1880 Victorio dispatch, 1985 Camarena border search wire, 2008 newsletter digest, 2026 Glenn Springs photo essay)',
  },
  {
    folder: 'articles-18',
    set: 'new-articles-18',
    attribution: 'tuned',
    about:
      "four more (1979 obituary of a Carrizal trooper, 2009 radio transcript on Cortina's Brownsville raid, 2025 Q&A on spy planes off Baja, 2015 letters page on the Bandit War)",
  },
  {
    folder: 'articles-19',
    set: 'new-articles-19',
    attribution: 'tuned',
    about:
      "four more (2026 TV live blog on the Thornton Affair's 180th, 2023 op-ed on Mackenzie's 1873 Remolino raid, 1915 wire story on Villa repulsed at Agua Prieta, 2023 Q&A on 30 years of Operation Hold the Line)",
  },
  {
    folder: 'articles-20',
    set: 'new-articles-20',
    attribution: 'tuned',
    about:
      'four more (2025 TV transcript on the 1875 Las Cuevas War, 2006 translated report on the 1906 Cananea strike and the Arizona Rangers, 2020 court summary of Hernández v. Mesa, 1896 wire dispatch on the Nogales custom-house raid)',
  },
  {
    folder: 'articles-21',
    set: 'new-articles-21',
    attribution: 'tuned',
    about:
      "four more (2022 TV live blog on the Pharr bridge truck inspections, 2019 hearing summary on Canales's 1919 Ranger investigation, 2024 Q&A on the 1853 Mesilla standoff, 2010 wire story on the Falcon Lake jet-ski shooting)",
  },
  {
    folder: 'articles-22',
    set: 'new-articles-22',
    attribution: 'tuned',
    about:
      "four more (2023 TV live blog on the Nuevo Laredo soldiers' killing of five men in a pickup, 1916 wire dispatch on the El Paso riot after the Santa Ysabel killings, 2017 public-radio transcript on the Brite Ranch raid's centennial, 2026 translated report on the 1877 Ord and Treviño orders)",
  },
  {
    folder: 'articles-23',
    set: 'new-articles-23',
    attribution: 'tuned',
    about:
      "four more (1909 wire dispatch on the Taft–Díaz summit under guard at El Paso and Juárez, 2026 TV live blog on the 1916 San Ygnacio raid at 110, 2005 press-release digest on the New Mexico and Arizona border emergencies, 2025 radio transcript on the 1875 Eagle's Nest fight of the Seminole-Negro scouts)",
  },
  {
    folder: 'articles-24',
    set: 'new-articles-24',
    attribution: 'tuned',
    about:
      "four more (2015 wire story on the verdict in Border Patrol agent Brian Terry's killing, 1977 obituary of Dorsie Willis of the 1906 Brownsville affair, 2026 radio transcript on Capt. Emmet Crawford killed in Sonora at 140, 2025 translated report on Sheridan's troops on the Rio Bravo in 1865)",
  },
  {
    folder: 'articles-25',
    set: 'new-articles-25',
    attribution: 'tuned',
    about:
      'four more, rich in quotations (1888 telegraph dispatches on the Rio Grande City riot after Catarino Garza was shot, 2010 TV live blog on the gunfire that hit El Paso City Hall, 2024 public-radio transcript on Operation Safeguard at 30, 2021 magazine interview on the 1881 Guadalupe Canyon ambush)',
  },
  {
    folder: 'articles-26',
    set: 'new-articles-26',
    attribution: 'tuned',
    about:
      "four more (2017 Q&A on the 1917 bath riots at the Santa Fe Street bridge, 2024 public-radio transcript on the Border Patrol at 100, 2005 TV live blog on the Minuteman Project's first day in Tombstone, 2023 translated report on the 1948 El Paso incident at 75)",
  },
  {
    folder: 'articles-27',
    set: 'new-articles-27',
    attribution: 'tuned',
    about:
      "four more (2022 public-radio transcript on the 1882 Alisos Creek fight and the hot-pursuit agreement at 140, 2024 translated report on Raousset-Boulbon's 1854 attack on Guaymas at 170, 1998 wire story on the Redford settlement for Esequiel Hernández Jr.'s family, 2021 TV live blog on the Matamoros camp emptying)",
  },
  {
    folder: 'articles-28',
    set: 'new-articles-28',
    attribution: 'tuned',
    about:
      "four more (1848 New Orleans correspondent's dispatch on the US evacuation of Mexico City and the treaty's ratification, 1967 El Paso front page on the Chamizal handover, 2018 public-radio transcript on the Porvenir massacre at 100, 2023 translated Juárez report on Villa's coal-train capture of Juárez at 110)",
  },
  {
    folder: 'articles-29',
    set: 'new-articles-29',
    attribution: 'tuned',
    about:
      "four more (1908 San Antonio telegraph dispatches on the Liberal party's Las Vacas raid from Del Rio, a 1955 Douglas obituary of Adolfo de la Huerta and the Plan of Agua Prieta, a 1992 magazine Q&A on the Álvarez Machaín abduction ruling, a 2026 translated Matamoros report on the 1866 Bagdad raid at 160)",
  },
  {
    folder: 'articles-30',
    set: 'new-articles-30',
    attribution: 'tuned',
    about:
      "four more (1883 Willcox telegraph dispatches on Gen. Crook's return from the Sierra Madre with the Chiricahuas, a 1936 Nogales obituary of an 11th Cavalry trooper of the Ojos Azules charge, a 1996 magazine Q&A on the 1846 battle of Monterrey at 150, a 2022 translated Tamaulipas report on the 1842 Defense of Mier at 180)",
  },
  {
    folder: 'articles-31',
    set: 'new-articles-31',
    attribution: 'tuned',
    about:
      "four more (1847 New Orleans correspondents' letters on the battle of Buena Vista, a 1916 Deming front page on Col. Dodd's fight with Villa's men at Guerrero, a 1999 public-radio transcript on Lt. Henry O. Flipper's pardon at Fort Davis, a 2026 translated Monclova report on the Alamo at 190)",
  },
  {
    folder: 'articles-32',
    set: 'new-articles-32',
    attribution: 'tuned',
    about:
      "four more (1842 La Grange dispatches by express on Gen. Woll's taking of San Antonio and the Salado fight, a 1915 Kingsville correspondent's report on the Norias ranch raid, a 1961 translated Mexicali report on the Magonista taking of the town at 50, a 2023 live blog of the battle of Santa Cruz de Rosales at 175)",
  },
  {
    folder: 'articles-33',
    set: 'new-articles-33',
    attribution: 'tuned',
    about:
      "four more (1864 San Antonio letters from Laredo on Col. Santos Benavides's defence of the cotton at Zacate Creek, a 1917 Tucson report on the commission's findings on the Bisbee deportation, a 1947 translated Juárez report on the stray V-2 rocket near the Tepeyac cemetery, a 2009 Fabens TV transcript on the commuted sentences of Border Patrol agents Ramos and Compean)",
  },
  {
    folder: 'articles-34',
    set: 'new-articles-34',
    attribution: 'tuned',
    about:
      "four more (1880 San Angela dispatches on Victorio's band turned back by Grierson's Tenth Cavalry at Tinaja de las Palmas and Rattlesnake Springs, a 1913 Brownsville report on Lucio Blanco's taking of Matamoros and the federals disarmed in Texas, a 1997 translated La Paz report on Mulegé's 150 years since Pineda turned back the USS Dale's landing party, a 2019 Sunland Park TV live blog on the FBI's arrest of the militia leader Larry Hopkins)",
  },
  {
    folder: 'articles-35',
    set: 'new-articles-35',
    attribution: 'tuned',
    about:
      "four more (1861 dispatches on Maj. Lynde's surrender of the Fort Fillmore garrison at San Augustine Springs, a 1912 El Paso report on the Mormon colonists fleeing Colonia Juárez after Salazar's rebels demanded their guns, a 1982 Douglas court report on the Ninth Circuit upholding the Hanigan brothers' Hobbs Act case, a 2016 translated Los Mochis live blog on Guzmán's recapture in Operation Black Swan)",
  },
  {
    folder: 'articles-36',
    set: 'new-articles-36',
    attribution: 'tuned',
    about:
      'four more (1865 letters on the funeral at Comfort of the Union men killed at the Nueces in 1862, 1918 front-page dispatches on the Neville ranch raid and the cavalry fight at Pilares, a 1997 radio transcript on the 150th anniversary of the San Patricio hangings at San Ángel and Mixcoac, a 2019 translated report on the cartel attack on Villa Unión, Coahuila)',
  },
  {
    folder: 'articles-37',
    set: 'new-articles-37',
    attribution: 'tuned',
    about:
      'four more (1868 dispatches on the attack on Fort Lancaster by the Pecos, a 1915 obituary of a militiaman of the 1865 Dove Creek fight, a 1986 radio transcript on the 150th anniversary of the Agua Dulce Creek ambush, a 2011 translated centenary report on the Battle of Casas Grandes)',
  },
  {
    folder: 'articles-38',
    set: 'new-articles-38',
    attribution: 'tuned',
    about:
      'four more (1832 Natchitoches letters on the Battle of Nacogdoches, a 1911 obituary of a veteran of the 1862 fight at Picacho Pass, a 1965 wire report on the attack on the army barracks at Madera, Chihuahua, a 2012 Eagle Pass radio transcript on the killing of Heriberto Lazcano at Progreso and the theft of his body at Sabinas)',
  },
  {
    folder: 'articles-39',
    set: 'new-articles-39',
    attribution: 'tuned',
    about:
      "four more (1846 Ohio volunteers' letters from the sick camp at Camargo, a 1913 weekly's reminiscences of the 1863 Union landing at Brazos Santiago, a 2022 translated report on the 175th anniversary of Chapultepec, a 2014 public-radio transcript on the shelter for migrant children at Lackland)",
  },
  {
    folder: 'articles-40',
    set: 'new-articles-40',
    attribution: 'tuned',
    about:
      'four more (1866 Brownsville dispatches on the Santa Gertrudis convoy fight near Camargo, a 1916 New London report on the American-Mexican Joint Commission, a 1982 Houston television transcript on the 150th anniversary of the Battle of Velasco, a 2008 Chihuahua report (translated) on the police of Villa Ahumada quitting after the army arrived)',
  },
  {
    folder: 'articles-41',
    set: 'new-articles-41',
    attribution: 'tuned',
    about:
      'four more (1847 Mobile dispatches and letters on the Battle of Contreras, an 1897 Indiana obituary of a veteran of Huamantla with his 1847 letter, a 1935 San Antonio weekly on the centennial of the siege of Béxar, a 2013 Laredo news report on the capture of Miguel Ángel Treviño near Anáhuac)',
  },
  {
    folder: 'articles-42',
    set: 'new-articles-42',
    attribution: 'tuned',
    about:
      'four more (1846 Louisville dispatches and letters on the Battle of Resaca de la Palma, a 1917 Kansas obituary of Maj. Gen. Frederick Funston, who died in San Antonio while commanding the border, a 1980 Van Horn radio transcript on the centennial of the fight at Tinaja de las Palmas, a 2020 Ajo report on the border wall at Quitobaquito Springs)',
  },
  {
    folder: 'articles-43',
    set: 'new-articles-43',
    attribution: 'tuned',
    about:
      "four more (1846 letters on Kearny's speech at Las Vegas, N.M., and the entry into Santa Fe, a 1929 Hillsboro, N.M. weekly's 50th-anniversary reminiscences of Victorio's ambush of the Ninth Cavalry in Las Animas Canyon, a 1984 Chihuahua report (translated) on the army's raid on the El Búfalo marijuana plantations, a 2022 Arizona report on the removal of the shipping-container wall from the Coronado National Forest)",
  },
  {
    folder: 'articles-44',
    set: 'new-articles-44',
    attribution: 'tuned',
    about:
      "four more (1862 San Francisco dispatches and letters on Zaragoza's victory at Puebla, a 1923 Columbus, N.M. weekly's obituary of Villa after his killing at Parral, a 1985 Greenville, Texas radio transcript on Mexico's Squadron 201 at Majors Field, a 2010 Monterrey wire report on the two Tec students killed at the campus gate in a fight between soldiers and gunmen)",
  },
  {
    folder: 'articles-45',
    set: 'new-articles-45',
    attribution: 'tuned',
    about:
      "four more (1865 Castroville dispatches and letters on Shelby's Confederates crossing at Eagle Pass, a 1921 Lake Valley, N.M. obituary of a miner who rode into Gavilan Canyon against Nana's raid, a 1947 radio transcript on the centenary of the San Gabriel crossing and the Battle of La Mesa, a 2025 San Antonio report on the 190th anniversary of the Battle of Concepción)",
  },
  {
    folder: 'articles-46',
    set: 'new-articles-46',
    attribution: 'tuned',
    about:
      'four more (1860 Port Lavaca dispatches and letters on the rout of Cortina at Rio Grande City, a 1903 Chillicothe, Mo. obituary of a Doniphan veteran with his memories of the battle of the Sacramento, a 1986 Victoria radio transcript on the 150th anniversary of the Refugio mission fight, a 2010 Brownsville report on Mexican marines killing Tony Tormenta in Matamoros)',
  },
  {
    folder: 'articles-47',
    set: 'new-articles-47',
    attribution: 'tuned',
    about:
      'four more (1847 Columbia, S.C. dispatch and Palmetto Regiment letters on Churubusco, a 1924 Holbrook, Ariz. obituary of a Sixth Cavalry trooper who fought at Cibecue Creek, a 1954 Nuevo Laredo report (translated) on Mexican troops and US helicopters in the Rio Grande flood, a 2015 wire report on the army helicopter shot down in Jalisco and the Guadalajara blockades)',
  },
  {
    folder: 'holdout',
    attribution: 'held-out',
    seen: 'looked at once',
    about: 'the first held-out quote table',
  },
  {
    folder: 'holdout-2',
    set: 'unseen-articles',
    attribution: 'held-out',
    seen: 'never tuned on',
    about: 'written after the first had been looked at',
  },
  {
    folder: 'holdout-3',
    set: 'unseen-articles-2',
    attribution: 'held-out',
    seen: 'never looked at',
    about: 'written at the end of a stop to report on',
  },
  {
    folder: 'holdout-4',
    set: 'unseen-articles-3',
    attribution: 'held-out',
    seen: 'never looked at',
    about: 'written blind at the end of a later stop',
  },
  {
    folder: 'holdout-5',
    set: 'unseen-articles-4',
    attribution: 'held-out',
    seen: 'never looked at',
    about: 'written blind',
  },
  {
    folder: 'holdout-6',
    set: 'unseen-articles-5',
    attribution: 'held-out',
    seen: 'never looked at',
    about: 'written blind',
  },
  {
    folder: 'holdout-7',
    set: 'unseen-articles-6',
    attribution: 'held-out',
    seen: 'never looked at',
    about: 'written blind',
  },
  {
    folder: 'holdout-8',
    set: 'unseen-articles-7',
    attribution: 'held-out',
    seen: 'never looked at',
    about: "Perry's 2009 plan, counter-drone teams, Fort Bliss's camp live blog",
  },
  {
    folder: 'holdout-9',
    set: 'unseen-articles-8',
    attribution: 'held-out',
    seen: 'never looked at',
    about: 'a 2008 court report, a 2013 op-ed on the army in Reynosa, a 1986 Q&A on Operation Alliance',
  },
  {
    folder: 'holdout-10',
    set: 'unseen-articles-9',
    attribution: 'held-out',
    seen: 'never looked at',
    about:
      'a 1997 magazine profile of a Mexican general, a 2007 local TV page on a Guard barrier, a 2024 IG report summary',
  },
  {
    folder: 'holdout-11',
    set: 'unseen-articles-10',
    attribution: 'held-out',
    seen: 'never looked at',
    about:
      'an 1886 magazine feature on Geronimo and border troops, a 1990 Guard press release, a 1978 op-ed on Operation Condor',
  },
  {
    folder: 'holdout-12',
    set: 'unseen-articles-11',
    attribution: 'held-out',
    seen: 'never looked at',
    about:
      'a 2019 translated radio interview on the LeBarón massacre, a 2020 court-filing summary (Cienfuegos), an 1892 report on the Garza revolution',
  },
  {
    folder: 'holdout-13',
    set: 'unseen-articles-12',
    attribution: 'held-out',
    seen: 'never looked at',
    about:
      'a 1919 wire story on the ransomed aviators and the cavalry crossing, a 2025 translated report on the 1855 burning of Piedras Negras, a 2014 TV live blog on Tahmooressi freed',
  },
  {
    folder: 'holdout-14',
    set: 'unseen-articles-13',
    attribution: 'held-out',
    seen: 'never looked at',
    about:
      "a 2016 translated Chihuahua report on Patton's 1916 San Miguelito raid, a 2017 TV transcript on the San Elizario Salt War, a 2025 press-release digest on Mexico sending 29 prisoners",
  },
  {
    folder: 'holdout-15',
    set: 'unseen-articles-14',
    attribution: 'held-out',
    seen: 'never looked at',
    about:
      "a 2020 TV live blog on the La Boquilla dam clash, a 1928 obituary of Col. Emilio Kosterlitzky, a 2011 letters page on the rebels' 1911 capture of Tijuana",
  },
  {
    folder: 'holdout-16',
    set: 'unseen-articles-15',
    attribution: 'held-out',
    seen: 'never looked at',
    about:
      "a 2026 translated report on the 1916 Parral clash at 110, a 2024 TV transcript on El Mayo Zambada's Santa Teresa landing, a 2007 letters page on the 1857 Crabb filibuster at Caborca",
  },
  {
    folder: 'holdout-17',
    set: 'unseen-articles-16',
    attribution: 'held-out',
    seen: 'never looked at',
    about:
      "a 2024 court-case summary of William Walker's 1854 neutrality trial, a 1978 op-ed on the 'Tortilla Curtain' fence, an 1887 obituary of Col. Alexander Doniphan",
  },
  {
    folder: 'holdout-18',
    set: 'unseen-articles-17',
    attribution: 'held-out',
    seen: 'never looked at',
    about:
      'a 2026 Q&A on the 1st Aero Squadron at Columbus at 110, a 2015 op-ed on the Palmito Ranch battle at 150, a 2011 translated report on the 1911 battle of Agua Prieta',
  },
  {
    folder: 'holdout-19',
    set: 'unseen-articles-18',
    attribution: 'held-out',
    seen: 'never looked at',
    about:
      'a 2026 Q&A on the siege of Fort Texas at 180, a 2017 op-ed on the Zimmermann telegram at 100, a 2023 TV live blog on the Juárez migrant detention centre fire',
  },
  {
    folder: 'holdout-20',
    set: 'unseen-articles-19',
    attribution: 'held-out',
    seen: 'never looked at',
    about:
      "a 2026 translated report on the Tucson presidio's handover at 170, a 2026 obituary of a Fort Hancock café owner, a 1997 press-release digest on Operation Rio Grande",
  },
  {
    folder: 'holdout-21',
    set: 'unseen-articles-20',
    attribution: 'held-out',
    seen: 'never looked at',
    about:
      'a 2011 court summary of the Arivaca killings sentence, a 2008 letters page on the Rio Grande Valley fence, a 2016 obituary of a Mexicali woman whose family was moved inland in 1942',
  },
  {
    folder: 'holdout-22',
    set: 'unseen-articles-21',
    attribution: 'held-out',
    seen: 'never looked at',
    about:
      "a 2020 letters page on Cortina's war at 160, a 2022 Q&A on the Bowie High Border Patrol suit at 30, a 2022 court summary of the Remain in Mexico ruling",
  },
  {
    folder: 'holdout-23',
    set: 'unseen-articles-22',
    attribution: 'held-out',
    seen: 'never looked at',
    about:
      "a 2018 public-radio transcript on the Porvenir massacre at 100, a 1967 Juárez report (translated) on the Chamizal handover, an 1855 correspondent's dispatch on the Emory–Salazar boundary survey (two of the events are also in articles-28, by another writer and outlet)",
  },
  {
    folder: 'holdout-24',
    set: 'unseen-articles-23',
    attribution: 'held-out',
    seen: 'never looked at',
    about:
      'a 1943 wire story on Roosevelt and Ávila Camacho at Monterrey, a 2007 TV live blog on the Sasabe Guard post pulling back, a 1915 Nogales letters page after Pvt. Stephen Little was killed',
  },
  {
    folder: 'holdout-25',
    set: 'unseen-articles-24',
    attribution: 'held-out',
    seen: 'never looked at',
    about:
      '1886 telegraph dispatches on the Cutting affair at Paso del Norte, a 1954 Mexicali report (translated) on bracero hiring at the Calexico line, a 2018 court summary of the Swartz retrial verdict in Nogales',
  },
  {
    folder: 'holdout-26',
    set: 'unseen-articles-25',
    attribution: 'held-out',
    seen: 'never looked at',
    about:
      '1876 telegraph dispatches on Porfirio Díaz taking Matamoros, a 1996 public-radio transcript on the battle of San Pasqual at 150, a 2024 Veracruz report (translated) on the 1914 landing at 110',
  },
  {
    folder: 'holdout-27',
    set: 'unseen-articles-26',
    attribution: 'held-out',
    seen: 'never looked at',
    about:
      '1899 Galveston telegraph dispatches on the Laredo smallpox riot and the Tenth Cavalry, a 1953 Zapata radio transcript of the Falcon Dam dedication by Eisenhower and Ruiz Cortines, a 2024 Sonoyta report (translated) on the Lukeville crossing reopening',
  },
  {
    folder: 'holdout-28',
    set: 'unseen-articles-27',
    attribution: 'held-out',
    seen: 'never looked at',
    about:
      '1846 New Orleans telegraph and letter dispatches on the battle of Palo Alto, a 2014 Tampico report (translated) on the Tampico incident at 100, a 2022 public-radio transcript on the killing of Ranger Kris Eggle at Organ Pipe at 20',
  },
  {
    folder: 'holdout-29',
    set: 'unseen-articles-28',
    attribution: 'held-out',
    seen: 'never looked at',
    about:
      '2016 Hermosillo report (translated) on the Goliad massacre at 180, a 2022 TV transcript on the Capitulation of Cahuenga at 175, 1915 Albuquerque telegraph dispatches on the arrest of Huerta and Orozco near El Paso',
  },
  {
    folder: 'holdout-30',
    set: 'unseen-articles-29',
    attribution: 'held-out',
    seen: 'never looked at',
    about:
      '1813 Natchitoches dispatches on the battle of Medina, a 2026 Xalapa feature (translated) on San Jacinto and the Velasco treaties at 190, a 2010 Harlingen TV transcript on the San Fernando massacre of migrants',
  },
  {
    folder: 'holdout-31',
    set: 'unseen-articles-30',
    attribution: 'held-out',
    seen: 'never looked at',
    about:
      '1896 dispatches on the Fitzsimmons–Maher prize fight below Langtry and the Rangers, a 1946 Los Angeles report (translated) on the battle of Dominguez Rancho at 100, a 2018 Lordsburg TV transcript on the death of Jakelin Caal after Border Patrol custody at Antelope Wells',
  },
  {
    folder: 'holdout-32',
    set: 'unseen-articles-31',
    attribution: 'held-out',
    seen: 'never looked at',
    about:
      "1847 Missouri dispatches on the Taos revolt and the storming of the pueblo, a 2015 Chihuahua report (translated) on the 100th anniversary of Pascual Orozco's killing in the Van Horn Mountains, a 2014 Yuma public-radio call-in transcript on El Chapo's capture in Mazatlán",
  },
  {
    folder: 'holdout-33',
    set: 'unseen-articles-32',
    attribution: 'held-out',
    seen: 'never looked at',
    about:
      '1918 Arizona dispatches on the Bear Valley fight between the 10th Cavalry and Yaquis carrying arms to Sonora, a 2012 public-radio transcript on the 150th anniversary of the Battle of Apache Pass, a 2025 Saltillo piece (translated) on the 190th anniversary of the Battle of Gonzales',
  },
  {
    folder: 'holdout-34',
    set: 'unseen-articles-33',
    attribution: 'held-out',
    seen: 'never looked at',
    about:
      "1862 Denver City dispatches on the Battle of Valverde near Fort Craig, a 2026 Santa Fe weekly (translated) on the 185th anniversary of the Texan Santa Fe Expedition, a 2024 public-radio transcript on the 80th anniversary of the German prisoners' tunnel escape from Papago Park",
  },
  {
    folder: 'holdout-35',
    set: 'unseen-articles-34',
    attribution: 'held-out',
    seen: 'never looked at',
    about:
      '1871 Stockton letters on the Camp Grant massacre of Aravaipa Apaches, a 1994 Campo obituary of a 28th Cavalry trooper who patrolled the border from Camp Lockett, a 2019 public-radio transcript on the plan to shelter migrant children at Fort Sill and the protest against it',
  },
  {
    folder: 'holdout-36',
    set: 'unseen-articles-35',
    attribution: 'held-out',
    seen: 'never looked at',
    about:
      '1850 dispatches on the attack on the Glanton ferry at the Yuma crossing, a 1970 translated Mexican report on the search for a stray Athena rocket in the Bolsón de Mapimí, a 2019 local report on the demolition of the Otay Mesa border-wall prototypes',
  },
  {
    folder: 'holdout-37',
    set: 'unseen-articles-36',
    attribution: 'held-out',
    seen: 'never looked at',
    about:
      '1862 Denver dispatches on the Battle of Glorieta Pass, a 1922 Ohio obituary of Colonel Charles Young, who died in Lagos, a 2010 Cochise County weekly report on the killing of Robert Krentz and the calls for the National Guard',
  },
  {
    folder: 'holdout-38',
    set: 'unseen-articles-37',
    attribution: 'held-out',
    seen: 'never looked at',
    about:
      '1847 Indiana weekly reprinting army letters on the Battle of Molino del Rey, a 1934 Phoenix obituary of a Tenth Cavalry veteran of the 1886 Pinito Mountains fight in Sonora, a 2020 community radio transcript on the blasting of Monument Hill for the border wall in Organ Pipe',
  },
  {
    folder: 'holdout-39',
    set: 'unseen-articles-38',
    attribution: 'held-out',
    seen: 'never looked at',
    about:
      "1847 Memphis weekly on the Battle of Cerro Gordo, a 1926 Kansas City, Kansas obituary of a Ninth Cavalry veteran of the 1880 fight at Hembrillo Canyon, a 2009 Cuernavaca report (translated) on the marines' raid that killed Arturo Beltrán Leyva",
  },
  {
    folder: 'holdout-40',
    set: 'unseen-articles-39',
    attribution: 'held-out',
    seen: 'never looked at',
    about:
      "1843 Portsmouth, N.H. weekly printing letters on Commodore Jones's seizure of Monterey in 1842, a 1942 Miami weekly on the survivors of the torpedoed Mexican tanker Potrero del Llano, a 2011 San Luis Potosí report (translated) on the Army's presentation of a suspect in the killing of ICE agent Jaime Zapata on Highway 57",
  },
  {
    folder: 'holdout-41',
    set: 'unseen-articles-40',
    attribution: 'held-out',
    seen: 'never looked at',
    about:
      "1847 Fayette, Mo. weekly printing volunteers' letters on the fight at Brazito, a 1969 Del Rio report on Nixon and Díaz Ordaz dedicating Amistad Dam, a 2013 Coahuila report (translated) on the Boquillas crossing reopening",
  },
  {
    folder: 'holdout-42',
    set: 'unseen-articles-41',
    attribution: 'held-out',
    seen: 'never looked at',
    about:
      "1847 Columbia, Pa. weekly printing a volunteer's letters on the siege of Vera Cruz, a 1920 Eagle Pass weekly on Villa's surrender at Sabinas, a 2022 Los Mochis report (translated) on Caro Quintero's capture at San Simón and the Navy helicopter crash",
  },
  {
    folder: 'holdout-43',
    set: 'unseen-articles-42',
    attribution: 'held-out',
    seen: 'never looked at',
    about:
      "1847 Georgetown, Ky. weekly on the capture of Gaines, Borland and Clay's scouting party at Encarnacion, a 1917 Deming weekly on Guard troops filling Camp Cody as the 34th Division forms, a 2022 Iguala report (translated) on the Ayotzinapa truth-commission report and the soldiers' arrest warrants",
  },
  {
    folder: 'holdout-44',
    set: 'unseen-articles-43',
    attribution: 'held-out',
    seen: 'never looked at',
    about:
      "1842 Houston dispatches and letters on Vásquez's raid on San Antonio, a 1914 Laredo weekly on federal troops burning Nuevo Laredo and the refugees, a 2003 Brownsville radio transcript on the Mexican Army's arrest of Osiel Cárdenas in Matamoros",
  },
];
