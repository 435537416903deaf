import type { FixtureFolder } from './fixture-folders.ts';

/**
 * The tuned folders, in the order they were written: built beside the shipped sources, their questions split
 * dev/test. A new one goes at the end (with its floors in tests/answer/eval.test.ts).
 */
export const TUNED_FOLDERS: readonly FixtureFolder[] = [
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
    folder: 'articles-48',
    set: 'new-articles-48',
    attribution: 'tuned',
    about:
      'four more (1847 Weston, Mo. letters from a Mormon Battalion private and a teamster on the Battle of the Bulls on the San Pedro and the march through Tucson, a 1929 New Philadelphia, Ohio obituary of a Signal Corps veteran wounded in the Ojo de Agua raid of 1915, a 1978 Culiacán report (translated) on the first year of Operation Condor in Sinaloa, a 2010 Roma, Texas report on the Miguel Alemán shelter for people who fled Ciudad Mier closing)',
  },
  {
    folder: 'articles-49',
    set: 'new-articles-49',
    attribution: 'tuned',
    about:
      "four more (1847 Gloucester, Mass. letters and dispatches on the fight at Isaac Williams's Chino rancho and Gillespie's surrender of Los Angeles, a 1925 Globe, Ariz. reminiscence of the Chiricahua breakout from Turkey Creek near Fort Apache in 1885, a 1976 García, N.L. report (translated) on the centennial of Díaz's defeat at Icamole, a 2019 Oceanside report on the Marines arrested at Camp Pendleton after a smuggling stop near Jacumba)",
  },
  {
    folder: 'articles-50',
    set: 'new-articles-50',
    attribution: 'tuned',
    about:
      "four more (1851 Brownsville dispatches and a letter on Carvajal's siege of Matamoros, a 1942 Chihuahua report (translated) on the 50th anniversary of the fall of Tomóchic, a 1994 San Cristóbal radio call-in transcript on the army in Ocosingo and the Zapatista rising, a 2014 El Paso report on a railroad man's 1914 letters from the battle of Torreón given to a library)",
  },
  {
    folder: 'articles-51',
    set: 'new-articles-51',
    attribution: 'tuned',
    about:
      "four more (1889 Albuquerque dispatches and a sergeant's 1862 letter on digging up the howitzers Sibley's Texans buried, a 1920 Douglas report on the Plan of Agua Prieta and the Sonora revolt against Carranza, a 2021 Coahuila report (translated) on the tenth anniversary of the Allende massacre, a 2017 El Paso TV transcript on Guzmán's extradition from Ciudad Juárez)",
  },
  {
    folder: 'articles-52',
    set: 'new-articles-52',
    attribution: 'tuned',
    about:
      'four more (1847 letters from two Pennsylvania volunteers on the siege of Puebla, a 1912 El Paso-area report on the first battle of Rellano and the death of González Salas, a 2015 Laredo TV transcript on the capture of Omar Treviño Morales in San Pedro Garza García, a 2016 Veracruz report (translated) on the 25th anniversary of the Llano de la Víbora killings at Tlalixcoyan)',
  },
  {
    folder: 'articles-53',
    set: 'new-articles-53',
    attribution: 'tuned',
    about:
      "four more (1883 dispatches and a letter from a Grant County weekly on the killing of Judge McComas and his wife on the road to Lordsburg and the carrying off of their son Charley, a 1922 Laredo report (translated) on General Lucio Blanco and Colonel Aurelio Martínez found dead in the Río Bravo, a 2006 San Diego TV transcript on the Coast Guard's capture of Francisco Javier Arellano Félix off La Paz, a 2010 El Paso report on the Villas de Salvárcar party massacre in Ciudad Juárez and the army's deployment there)",
  },
  {
    folder: 'articles-54',
    set: 'new-articles-54',
    attribution: 'tuned',
    about:
      "four more (1846 letters and dispatches from a Honolulu weekly on the settlers' seizure of Sonoma and General Vallejo and the Bear Flag, a 1939 Galveston radio transcript on the 25th anniversary of the 1914 Veracruz landing, a 1968 El Paso report on the troops' firing on the Tlatelolco student rally, a 2017 Tepic report (translated) on the Navy operation that killed El H2)",
  },
  {
    folder: 'articles-55',
    set: 'new-articles-55',
    attribution: 'tuned',
    about:
      "four more (1846 letters of two soldiers in an Elmira weekly from Taylor's camp at Corpus Christi and the march to the Rio Grande, a 1932 Bowie obituary of a trooper who rode with General Howard to the 1872 peace with Cochise in the Dragoon Mountains, a 2019 Chihuahua report (translated) on the centenary of General Felipe Ángeles's trial and execution, a 2025 Los Angeles radio call-in transcript on the federalized Guard and the Marines sent into the city)",
  },
  {
    folder: 'articles-56',
    set: 'new-articles-56',
    attribution: 'tuned',
    about:
      "four more (1847 letters in a Newburyport weekly from a seaman, a marine sergeant and a supercargo on Commodore Sloat's seizure of Monterey in July 1846, a 1938 Chanute obituary of a railroad engineer's widow who saw the Ten Tragic Days in Mexico City in 1913, a 2012 public-radio transcript on the federal police's firing on a U.S. Embassy SUV at Tres Marías, a 2024 Tapachula report (translated) on soldiers firing on a truck of migrants at Villa Comaltitlán)",
  },
  {
    folder: 'articles-57',
    set: 'new-articles-57',
    attribution: 'tuned',
    about:
      "four more (1863 letters from a Vera Cruz correspondent in an Indianola, Texas weekly on the French Foreign Legion's stand at Camarón, 1919 Laredo front-page dispatches on Zapata's killing at Chinameca, a 1998 El Paso public-radio transcript on the Army's attack on the El Charco schoolhouse in Ayutla de los Libres, a 2025 Acapulco report (translated) on the Navy training ship Cuauhtémoc striking the Brooklyn Bridge)",
  },
  {
    folder: 'articles-58',
    set: 'new-articles-58',
    attribution: 'tuned',
    about:
      "four more (1847 letters from sailors and marines in an Upper Marlboro, Maryland weekly on Commodore Perry's second Tabasco expedition and the taking of San Juan Bautista, a 1948 Puebla obituary (translated) of Carmen Serdán recalling the 1910 siege of the Serdán house, a 1989 McAllen public-radio transcript on the Army's raid that arrested the oil union leader La Quina in Ciudad Madero, a 2017 Puebla question-and-answer explainer on the soldiers' clash with fuel thieves at Palmarito Tochapan)",
  },
  {
    folder: 'articles-59',
    set: 'new-articles-59',
    attribution: 'tuned',
    about:
      "four more (1864 letters and dispatches in a Helena, Texas weekly on the Confederate victory at Las Rucias ranch and the retaking of Brownsville, a 1943 Los Angeles radio transcript on the sixth night of the Zoot Suit Riots and the Navy's off-limits order, a 1973 El Centro court report on the Supreme Court's Almeida-Sanchez ruling against Border Patrol roving searches in Imperial County, a 2021 Cuautla report (translated) on the 110th anniversary of Zapata's taking of Cuautla from the federal cavalry)",
  },
  {
    folder: 'articles-60',
    set: 'new-articles-60',
    attribution: 'tuned',
    about:
      "four more (1848 letters in a Mystic, Connecticut weekly on the siege of the San José del Cabo mission by Pineda's men and its relief by the sloop Cyane, a 1946 Salinas radio transcript on the hundredth anniversary of the Battle of Natividad, a 2007 Orizaba report (translated) on the hundredth anniversary of the Army's killing of the Río Blanco mill strikers, a 2024 Brooklyn court summary of García Luna's sentencing)",
  },
  {
    folder: 'articles-61',
    set: 'new-articles-61',
    attribution: 'tuned',
    about:
      "four more (a 2004 wire story on the Army's Hunter drones from Fort Huachuca taking over Arizona border surveillance, a 2018 Buenaventura, Chihuahua report (translated) on the Inter-American Court's ruling against Mexico over three cousins taken by men in military uniform, a 2026 fact-check of the FAA's closure of El Paso's airspace over a 'cartel drone incursion', a 2024 Eagle Pass TV live-updates page on Trump's and Biden's same-day border visits)",
  },
  {
    folder: 'articles-62',
    set: 'new-articles-62',
    attribution: 'tuned',
    about:
      "three more (a 2019 San Francisco legal weekly's summary of the Supreme Court's stay in Trump v. Sierra Club that let Pentagon money build the wall, a 2023 Nogales, Sonora report (translated) on Mexico's Supreme Court striking the Guardia Nacional's transfer to the Defense Secretariat, a 2019 Sells, Arizona letters page on the Tohono O'odham Nation's vote to allow Border Patrol surveillance towers)",
  },
  {
    folder: 'articles-63',
    set: 'new-articles-63',
    attribution: 'tuned',
    about:
      "three more (a 2012 Las Cruces legal weekly's court summary of the Columbus, New Mexico gun-smuggling ring and its former mayor's sentencing, a 2022 Laredo freight alliance's press release on Texas's state inspections of every commercial truck and the agreements that ended them, a 2025 Del Rio radio transcript on Operation Streamline at twenty years)",
  },
  {
    folder: 'articles-64',
    set: 'new-articles-64',
    attribution: 'tuned',
    about:
      "three more (a 2018 Permian-Pecos radio Q&A on what the FBI said about how Border Patrol Agent Rogelio Martinez died near Van Horn, a 2019 Mission, Texas wildlands coalition's press release on the spending bill that kept the wall off the National Butterfly Center and four other sites, a 2022 South Bay letters page on the 30-foot walls at Friendship Park)",
  },
  {
    folder: 'articles-65',
    set: 'new-articles-65',
    attribution: 'tuned',
    about:
      "three more (a 2022 Austin hearing transcript excerpt of a Texas House panel on Operation Lone Star's pay, housing and river-rescue problems, a 2023 Chiapas paper's story in translation on soldiers sent to Frontera Comalapa after a cartel convoy, a 2025 Boston court summary of the Supreme Court's Smith & Wesson v. Mexico ruling)",
  },
  {
    folder: 'articles-66',
    set: 'new-articles-66',
    attribution: 'tuned',
    about:
      "three more (a 2024 Tucson legal newsletter's case summary of the two trials that acquitted Border Patrol Agent Michael Elmer in Darío Miranda Valenzuela's 1992 death near Nogales, a 2025 San Ysidro families network's press release on the Inter-American Commission's finding that U.S. border officers tortured and killed Anastasio Hernández Rojas, a 2011 Monterrey paper's Q&A (translated) on the Mexican army's Operation Lince Norte against the Zetas)",
  },
  {
    folder: 'articles-67',
    set: 'new-articles-67',
    attribution: 'tuned',
    about:
      "three more (a 2010 El Paso wire story on the gunmen who killed U.S. consulate employee Lesley Enriquez, her husband Arthur Redelfs and Jorge Alberto Salcido in Ciudad Juárez, a 2023 Camargo paper's story in translation on the sentences of the Tamaulipas state police officers for the 2021 Santa Anita massacre, a 2022 El Paso TV station's web story on the Juárez prison fight that spread into the city and the 600 soldiers and Guardia Nacional troops sent)",
  },
];
