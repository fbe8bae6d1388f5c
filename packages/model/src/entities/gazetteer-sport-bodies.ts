/**
 * @module
 * Governing bodies of sports that the lists of `gazetteer-orgs.ts`, `gazetteer-agencies.ts`,
 * `gazetteer-uk-bodies.ts` and `gazetteer-teams.ts` lack, filled in by checking them against the
 * federations of each sport: a country's body is often named as the country or its initials and
 * the sport ("USA Swimming", "Cricket Ireland", "England Hockey"), a world body as "World" and the
 * sport ("World Rowing"), which no head word marks as a body's and which a rule would read as a
 * place and a word. Kept by hand from the Olympic and national federations' public lists. Leagues
 * and tours that are also competitions ("Premier League") are left out, as the labelling
 * guidelines count competitions as no entity. Each form copy writes is its own entry, but for a
 * form with "&" for "and", which looks a name up as the same key (see `nameKey`).
 */

/** National governing bodies of sport in the US and the British Isles. */
export const NATIONAL_SPORT_BODIES = `US Equestrian;USA Swimming;USA Track & Field|USA Track and Field;USA Basketball;USA Hockey;
USA Rugby;USA Cycling;USA Wrestling;USA Fencing;USA Boxing;USA Weightlifting;USA Volleyball;USA Diving;USA Softball;
USA Baseball;USA Triathlon;USA Rowing;USA Football;US Figure Skating;US Ski and Snowboard|US Ski & Snowboard;US Rowing;
USRowing;US Sailing;US Soccer;PGA of America;British Athletics;Scottish Athletics;Welsh Athletics;England Athletics;
Athletics Ireland;British Swimming;Swim England;Scottish Swimming;Swim Wales;British Rowing;British Gymnastics;
British Equestrian;British Judo;British Triathlon;British Canoeing;British Fencing;British Shooting;British Taekwondo;
British Weightlifting;British Basketball;British Ice Skating;GB Snowsport;England Hockey;GB Hockey;Great Britain Hockey;
England Netball;England Boxing;GB Boxing;England Golf;Scottish Golf;Welsh Golf;Golf Ireland;Badminton England;
Table Tennis England;Tennis Scotland;Tennis Wales;England Squash;Horse Racing Ireland;Commonwealth Games England;
Commonwealth Games Scotland;ParalympicsGB`;

/** Bodies of cricket and rugby in the countries that play them, and world and regional federations. */
export const WORLD_SPORT_BODIES = `Cricket Ireland;Cricket Scotland;Cricket Wales;Cricket South Africa;Cricket West Indies;
New Zealand Cricket;Sri Lanka Cricket;Zimbabwe Cricket;Rugby Australia;New Zealand Rugby;South Africa Rugby;SA Rugby;
Premiership Rugby;European Professional Club Rugby;Six Nations Rugby;SANZAAR;Tennis Australia;Oceania Football Confederation;
Union Cycliste Internationale;United World Wrestling;World Aquatics;World Archery;World Boxing;World Chess;World Netball;
World Rowing;World Sailing;World Snooker;World Snooker Tour;World Squash;World Taekwondo;World Triathlon;World Gymnastics;
World Curling;LIV Golf;DP World Tour;Ladies European Tour;Bellator`;
