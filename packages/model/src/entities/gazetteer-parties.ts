/**
 * @module
 * Political parties, movements and armed groups of Europe and the wider world that news copy
 * names with no word of their kind ("Likud", "Batasuna", "Zanu-PF"), kept by hand from public
 * knowledge. Read after the curated parties of `gazetteer-orgs.ts` and the groups of
 * `gazetteer-agencies.ts`, which win. Initials are left out: copy uses them for other things too.
 * Entries are `Canonical name|alias|alias`.
 */

/** Parties of Britain, Ireland, Europe and the wider world. */
export const WORLD_PARTIES = `Scottish Socialist Party;Mebyon Kernow;English Democrats;Liberal Party;Alliance Party;Progressive Unionist Party;
Fianna Fail|Fianna Fáil;Fine Gael;Progressive Democrats;Socialist Workers Party;Respect Party;Respect Coalition;
Union for a Popular Movement;Front National|National Front;Forza Italia;Northern League;
Christian Social Union;Free Democrats|Free Democratic Party;Left Party;Vlaams Blok;Vlaams Belang;Freedom Party;
Law and Justice party;Civic Platform;Our Ukraine;Party of Regions;United Russia;Yabloko;Rodina;Union of Right Forces;
Justice and Development Party;Republican People's Party;New Democracy;Pasok;Partido Popular;
Convergence and Union;Basque Nationalist Party;Batasuna;Herri Batasuna;Likud;Kadima;Shas;Meretz;Yisrael Beiteinu;
Palestinian Authority;Palestine Liberation Organization|Palestine Liberation Organisation;Iraqi National Congress;Iraqi National Accord;
Supreme Council for the Islamic Revolution in Iraq;Dawa Party;Kurdistan Democratic Party;Patriotic Union of Kurdistan;
Baath Party|Ba'ath Party;African National Congress;Inkatha Freedom Party;Democratic Alliance;Zanu-PF|Zanu PF;
Movement for Democratic Change;Congress Party|Indian National Congress;Bharatiya Janata Party;Pakistan Muslim League;
Kuomintang;Democratic Progressive Party;Liberal Democratic Party;Australian Labor Party|Labor Party;Liberal Party of Australia;
New Zealand Labour Party;National Party;Liberal Party of Canada;Bloc Quebecois|Bloc Québécois;New Democratic Party`;

/** Armed groups, militias and banned movements. */
export const ARMED_GROUPS = `al-Aqsa Martyrs Brigades|Al-Aqsa Martyrs Brigades|al-Aqsa Martyrs' Brigades;Real IRA;Continuity IRA;
Ulster Volunteer Force;Ulster Defence Association;Loyalist Volunteer Force;Irish National Liberation Army;Provisional IRA;
Tamil Tigers|Liberation Tigers of Tamil Eelam;Janjaweed;Sudan Liberation Army;Justice and Equality Movement;
Sudan People's Liberation Army;Mahdi Army;Ansar al-Sunna;Jemaah Islamiah|Jemaah Islamiyah;Abu Sayyaf;Hizb ut-Tahrir;
al-Muhajiroun|Al-Muhajiroun;Shining Path;Red Brigades;Moro Islamic Liberation Front;
Kosovo Liberation Army;Northern Alliance;Fatah al-Islam;Jaish al-Mahdi;Interahamwe;Mai Mai`;
