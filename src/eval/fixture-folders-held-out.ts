import type { FixtureFolder } from './fixture-folders.ts';

/**
 * The held-out folders, in the order they were written: attribution only reported, questions (if any) all test.
 * A new one goes at the end (with its floors in tests/answer/eval.test.ts).
 */
export const HELD_OUT_FOLDERS: readonly FixtureFolder[] = [
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
  {
    folder: 'holdout-45',
    set: 'unseen-articles-44',
    attribution: 'held-out',
    seen: 'never looked at',
    about:
      "1886 Benson dispatches and letters on the Crook–Geronimo talks at the Cañon de los Embudos, 1917 Kansas weekly Christmas letters from Pershing's camp at Colonia Dublán, a 2016 Culiacán report (translated) on the ambush of an army convoy",
  },
  {
    folder: 'holdout-46',
    set: 'unseen-articles-45',
    attribution: 'held-out',
    seen: 'never looked at',
    about:
      "1867 New Orleans dispatches and a letter on the fall of Querétaro and Maximilian's execution, a 1913 El Paso weekly on Villa's rout of the federals at Tierra Blanca, a 2014 Toluca report (translated) on the rights commission's Tlatlaya finding",
  },
  {
    folder: 'holdout-47',
    set: 'unseen-articles-46',
    attribution: 'held-out',
    seen: 'never looked at',
    about:
      "1861 California weekly letters on the Bascom affair with Cochise at Apache Pass, a 1915 El Paso evening paper on Villa's defeat at Celaya, a 2019 Culiacán report (translated) on Ovidio Guzmán's capture and release",
  },
  {
    folder: 'holdout-48',
    set: 'unseen-articles-47',
    attribution: 'held-out',
    seen: 'never looked at',
    about:
      "1863 California weekly letters on the killing of Mangas Coloradas at Fort McLane, a 1954 El Paso radio transcript on the fortieth anniversary of the taking of Zacatecas, a 2010 Zapopan report (translated) on the Army's killing of Ignacio Coronel",
  },
  {
    folder: 'holdout-49',
    set: 'unseen-articles-48',
    attribution: 'held-out',
    seen: 'never looked at',
    about:
      "1836 St. Martinville weekly dispatches and letters on Fannin's surrender at Coleto, a 1915 Port Arthur report on oilmen's accounts of the siege of El Ébano, a 1995 Comitán report (translated) on the Army's entry into Guadalupe Tepeyac",
  },
  {
    folder: 'holdout-50',
    set: 'unseen-articles-49',
    attribution: 'held-out',
    seen: 'never looked at',
    about:
      "1875 Rockport weekly dispatches and letters on the Good Friday raid on Nuecestown, a 1900 Nogales report on the federal army's taking of the Yaqui stronghold at Mazocoba, a 2016 Michoacán report (translated) on the human rights commission's finding on the Tanhuato killings",
  },
  {
    folder: 'holdout-51',
    set: 'unseen-articles-50',
    attribution: 'held-out',
    seen: 'never looked at',
    about:
      "1843 dispatches and letters from a Republic of Texas weekly on the Somervell expedition's taking of Laredo, a 1911 San Antonio report on General Bernardo Reyes's surrender at Linares, a 2017 Chiapas obituary (translated) of General Absalón Castellanos and his capture by the Zapatistas at Las Margaritas in 1994",
  },
  {
    folder: 'holdout-52',
    set: 'unseen-articles-51',
    attribution: 'held-out',
    seen: 'never looked at',
    about:
      "1848 dispatches and letters from a Portsmouth, Virginia weekly on the US Navy's occupation of Mazatlán, a 1920 Eagle Pass report (translated) on Carranza's death at Tlaxcalantongo and its echo on the border, a 2010 Chula Vista radio transcript on the army's seizure and burning of 134 tons of marijuana in Tijuana",
  },
  {
    folder: 'holdout-53',
    set: 'unseen-articles-52',
    attribution: 'held-out',
    seen: 'never looked at',
    about:
      "1835 dispatches and letters in a Monroe, Louisiana weekly on Travis's seizure of the Mexican garrison at Anahuac, a 1912 El Paso evening report on Huerta's rout of Orozco at Bachimba, a 2015 León radio transcript (translated) on the centenary of the battle where Obregón lost his arm",
  },
  {
    folder: 'holdout-54',
    set: 'unseen-articles-53',
    attribution: 'held-out',
    seen: 'never looked at',
    about:
      "1838 dispatches and a merchant's letter in a Thibodauxville, Louisiana weekly on the French bombardment of San Juan de Ulúa in the Pastry War, a 1953 Nogales, Arizona radio transcript on the fortieth anniversary of Obregón's taking of Nogales, Sonora and Kosterlitzky's crossing into Arizona, a 2024 Tecpan de Galeana report (translated) on the fiftieth anniversary of the Army's killing of Lucio Cabañas at El Otatal",
  },
  {
    folder: 'holdout-55',
    set: 'unseen-articles-54',
    attribution: 'held-out',
    seen: 'never looked at',
    about:
      "1847 soldiers' letters in a Mount Vernon, Ohio weekly on Gen. Lane's attack on Atlixco, a 1952 Laredo radio transcript on the twenty-fifth anniversary of Gen. Serrano's killing at Huitzilac, a 2015 Coyuca de Benítez report (translated) on twenty years since the Aguas Blancas massacre",
  },
  {
    folder: 'holdout-56',
    set: 'unseen-articles-55',
    attribution: 'held-out',
    seen: 'never looked at',
    about:
      "1836 dispatches and letters in a Blakeley, Alabama weekly on Mexía's failed attack on Tampico and the execution of 28 prisoners, a 1954 San Pedro, California radio transcript on the fortieth anniversary of the gunboat fight off Topolobampo and the biplane attack on the Guerrero, a 2012 Tlaquiltenango report (translated) on the fiftieth anniversary of the Army-led killing of Rubén Jaramillo and his family near Xochicalco",
  },
  {
    folder: 'holdout-57',
    set: 'unseen-articles-56',
    attribution: 'held-out',
    seen: 'never looked at',
    about:
      "1847 letters and dispatches in a Middletown, New York weekly on Lt. Hunter's taking of Alvarado and Tlacotalpan with the steamer Scourge and his court-martial, a 1960 Sinton, Texas radio transcript on the 125th anniversary of the capture of Fort Lipantitlán and the fight at the Nueces crossing, a 2025 Apatzingán report (translated) on ten years since federal police cleared the town-hall protest camp",
  },
  {
    folder: 'holdout-58',
    set: 'unseen-articles-57',
    attribution: 'held-out',
    seen: 'never looked at',
    about:
      "a 2025 Yuma, Arizona fact-check of six claims about the Yuma National Defense Area, a 2019 Piedras Negras report (translated) on the factory where police and soldiers held the migrant caravan across from the troops sent to Eagle Pass, a 2021 wire story with a timeline on Mexico's Navy handing 30 marines to civilian prosecutors over disappearances in Nuevo Laredo",
  },
  {
    folder: 'holdout-59',
    set: 'unseen-articles-58',
    attribution: 'held-out',
    seen: 'never looked at',
    about:
      "a 2022 Del Rio aid network's press release on CBP's findings about the Border Patrol horse patrol at the 2021 camp, a 2019 Ajo court summary of the harboring trial and acquittal of a No More Deaths volunteer, a 2024 El Paso public-radio call-in transcript on the hours Texas's SB 4 was in force",
  },
  {
    folder: 'holdout-60',
    set: 'unseen-articles-59',
    attribution: 'held-out',
    seen: 'never looked at',
    about:
      "a 2020 Tucson coalition's press release on Pima County's vote to turn down Operation Stonegarden money, a 2026 Yuma paper's Q&A on Operation Jump Start twenty years on, a 2024 Piedras Negras radio transcript (translated) on Mexico's soldiers guarding the river and the trains",
  },
  {
    folder: 'holdout-61',
    set: 'unseen-articles-60',
    attribution: 'held-out',
    seen: 'never looked at',
    about:
      "a 2019 Las Cruces legal newsletter's court summary of El Paso County v. Trump (the wall's military construction money blocked), a 2019 Lordsburg ranchers' association press release on New Mexico's withdrawal of its Guard troops from the border, a 2022 El Paso public radio Q&A on the Texas Guard's concertina wire on the Rio Grande",
  },
  {
    folder: 'holdout-62',
    set: 'unseen-articles-61',
    attribution: 'held-out',
    seen: 'never looked at',
    about:
      "a 2012 Sierra Vista TV station's live blog on Border Patrol Agent Nicholas Ivie's death near Naco, a 2025 Joint Base San Antonio press release on the South Texas National Defense Area, a 2025 Mission, Texas letters page on the same defense area",
  },
  {
    folder: 'holdout-63',
    set: 'unseen-articles-62',
    attribution: 'held-out',
    seen: 'never looked at',
    about:
      "a 2012 Edinburg letters page on the DPS helicopter shooting that killed two Guatemalan men near La Joya, a 2024 Eagle Pass radio call-in transcript on the Texas Guard's Forward Operating Base Eagle, a 2009 Brownsville court summary of the government's suit to take Eloisa Tamez's land in El Calaboz for the border fence",
  },
  {
    folder: 'holdout-64',
    set: 'unseen-articles-63',
    attribution: 'held-out',
    seen: 'never looked at',
    about:
      "a 2014 Tucson fact-check on the Mexican helicopter that the U.S. said crossed into Arizona near San Miguel and fired two shots, a 2017 McAllen TV station's live blog on the marines' killing of the Gulf Cartel's Reynosa boss and the blockades after it, a 2022 Laredo wire story on the arrest of the Northeast Cartel's leader in Nuevo Laredo and the attacks on the army and the U.S. consulate",
  },
];
