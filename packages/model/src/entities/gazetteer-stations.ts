/**
 * @module
 * Broadcasters' channels and stations, from general knowledge, on top of the outlets in
 * gazetteer-orgs.ts and gazetteer-firms.ts: a channel's name is often a word and a number
 * ("News 24", "Radio 3", "Sky One"), which no rule can tell from a programme or a product.
 * Each is an organisation, as the labelling guidelines count media. A channel's name and its
 * network's longer name are separate entries, since copy writes the name it means ("News 24"
 * or "BBC News 24"). A channel those files already list is not repeated here, except to add an
 * alias they lack ("Canal Plus"). Entries are `Canonical name|alias|alias`.
 */

/** Television channels and radio stations. */
export const STATIONS = `BBC News 24;News 24;BBC Radio 3|Radio 3;BBC Radio Scotland;BBC Radio Wales;
BBC Radio Ulster;BBC 6 Music|6 Music;BBC 7;BBC Radio 1Xtra|1Xtra;BBC Asian Network|Asian Network;BBC Parliament;BBC Worldwide;
BBC Wales;BBC Northern Ireland;BBC Choice;BBC Knowledge;CBBC;CBeebies;BBC World;BBC Radio London;
ITV1;ITV2;ITV3;ITV4;ITV Digital;ITN;GMTV;Carlton|Carlton Television;Granada|Granada Television|Granada TV;Granada Men and Motors|Granada Men & Motors;LWT|London Weekend Television;
Channel 5|Five TV;More4;Film4;Sky One;Sky Two;Sky Three;Sky Movies;Sky Sports News;UKTV;Living TV;Bravo;
Capital Radio;Virgin Radio;Xfm;Kiss FM|Kiss 100;Magic FM;Heart 106.2;Century FM;Galaxy FM;Radio Clyde;Radio Forth;Radio City;
Smooth FM;Jazz FM;Kerrang! Radio;Q Radio;Emap;GWR Group|GWR;Chrysalis Radio;Scottish Radio Holdings;NTL;Telewest;
Showtime;VH1;BET;Disney Channel;CTV;TF1;France 2;ZDF;ARD;RAI;Canal+|Canal Plus;Al-Arabiya;
Nine Network|Channel Nine;Network Ten|Channel Ten;Seven Network|Channel Seven;ABC Radio;
Bloomberg TV;CNBC Europe;MTV Europe;Sirius|Sirius Satellite Radio;XM Satellite Radio|XM Radio;Clear Channel`;
