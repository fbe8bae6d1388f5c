/**
 * @module
 * Sports grounds: football, rugby and cricket grounds, racecourses, circuits and golf courses in
 * Britain and Ireland, and the best-known ones in Europe, the Americas and the southern
 * hemisphere, with the other names copy gives them (a sponsor's name, the old name). The labelling
 * guidelines count a stadium as a place, but a ground's name often looks like a person's ("St
 * Mary's", "Craven Cottage") or a street's, so only a list tells it. Kept by hand from public
 * knowledge; the few grounds already in `gazetteer-places.ts` (VENUES) are not repeated here. A
 * ground known by an ordinary word alone ("the Valley", "the Den", "the Dell") is left out.
 * Entries are `Name|alias`.
 */

/** Football grounds in England, Wales, Scotland and Northern Ireland, past and present. */
const FOOTBALL_GROUNDS = `Emirates Stadium|Ashburton Grove;Highbury Stadium;Etihad Stadium|City of Manchester Stadium;Maine Road;
Tottenham Hotspur Stadium;White Hart Lane;London Stadium;Upton Park|Boleyn Ground;Craven Cottage;Selhurst Park;Loftus Road;
Griffin Park;Brentford Community Stadium|Gtech Community Stadium;The Hawthorns|Hawthorns;Molineux|Molineux Stadium;St Andrew's;
Bramall Lane;Hillsborough Stadium;Elland Road;Ewood Park;Turf Moor;Deepdale;Bloomfield Road;Burnden Park;Reebok Stadium|Macron Stadium;
JJB Stadium|DW Stadium;Fratton Park;St Mary's|St Mary's Stadium;Portman Road;Carrow Road;Vicarage Road;
Kenilworth Road;Pride Park;City Ground;Meadow Lane;Filbert Street;Walkers Stadium|King Power Stadium;Highfield Road;Ricoh Arena;
Coventry Building Society Arena;Britannia Stadium|bet365 Stadium;Victoria Ground;KC Stadium|MKM Stadium;Boothferry Park;
Riverside Stadium;Ayresome Park;Stadium of Light;Roker Park;St James's Park;Oakwell;Valley Parade;Ashton Gate;Memorial Stadium;
Home Park;Ninian Park;Cardiff City Stadium;Vetch Field;Liberty Stadium|Swansea.com Stadium;Racecourse Ground;Madejski Stadium;
Elm Park;Dean Court|Vitality Stadium;Amex Stadium|Falmer Stadium;Goldstone Ground;Priestfield Stadium;Gresty Road;Prenton Park;
Boundary Park;Gigg Lane;Spotland;Brunton Park;Sincil Bank;Blundell Park;Glanford Park;Edgeley Park;Vale Park;Bescot Stadium;
Sixfields Stadium;County Ground;Kassam Stadium;Abbey Stadium;London Road;New Den;Stadium MK;Adams Park;Kingsmeadow;
Plough Lane;Whaddon Road;Huish Park;St James Park;Plainmoor;Rodney Parade;New Meadow;Pittodrie;Tynecastle|Tynecastle Park;
Easter Road;Tannadice;Dens Park;Rugby Park;Fir Park;McDiarmid Park;St Mirren Park;Firhill;Almondvale;Caledonian Stadium;
Windsor Park|National Football Stadium at Windsor Park`;

/** Rugby union and league grounds in Britain and Ireland. */
const RUGBY_GROUNDS = `Welford Road;Kingsholm;Franklin's Gardens;Sandy Park;Allianz Park|StoneX Stadium;Kingston Park;Sixways;
Twickenham Stoop;Recreation Ground;Principality Stadium;Cardiff Arms Park|Arms Park;
Stradey Park;Parc y Scarlets;Thomond Park;Ravenhill|Kingspan Stadium;Aviva Stadium;Croke Park;Donnybrook;
Scotstoun;Galway Sportsground;Headingley Stadium;Knowsley Road;Odsal|Odsal Stadium;Belle Vue;Wheldon Road;Wilderspool;
Halliwell Jones Stadium;Langtree Park;Stade Gilbert Brutus`;

/** Cricket grounds in England and Wales and the Test grounds abroad. */
const CRICKET_GROUNDS = `Trent Bridge;Edgbaston;Riverside Ground;Sophia Gardens;Rose Bowl|Ageas Bowl|Utilita Bowl;
Grace Road;New Road;Bristol County Ground;Chester-le-Street;Melbourne Cricket Ground|MCG;
Sydney Cricket Ground|SCG;Adelaide Oval;WACA|Waca;The Gabba|Gabba;Bellerive Oval;Eden Park;Basin Reserve;Hagley Oval;
Newlands;Wanderers Stadium;Kingsmead;SuperSport Park;Centurion Park;Eden Gardens;Wankhede Stadium;Feroz Shah Kotla;
Chepauk|MA Chidambaram Stadium;Kensington Oval;Sabina Park;Queen's Park Oval;Galle International Stadium;Gaddafi Stadium;
National Stadium Karachi;Sharjah Cricket Stadium`;

/** Grounds abroad: Europe's great football stadiums, the southern hemisphere's rugby grounds, the Americas' arenas. */
const WORLD_GROUNDS = `Santiago Bernabeu;Vicente Calderon;Wanda Metropolitano|Metropolitano;Mestalla;Riazor;San Mames;
Parc des Princes;Stade Velodrome;Stade Louis II;Stade de Gerland|Stade Gerland;Allianz Arena;Olympiastadion;Westfalenstadion|Signal Iduna Park;
Veltins-Arena|Arena AufSchalke;BayArena;Volksparkstadion;Stadio Olimpico;Stadio delle Alpi;Juventus Stadium|Allianz Stadium;
Stadio San Paolo|Stadio Diego Armando Maradona;Amsterdam Arena|Johan Cruyff Arena;De Kuip;Philips Stadion;Estadio da Luz;
Estadio do Dragao;Estadio Jose Alvalade;Ataturk Olympic Stadium;Ali Sami Yen;Luzhniki|Luzhniki Stadium;Maracana;Estadio Azteca;
La Bombonera;Estadio Monumental;Ellis Park;Loftus Versfeld;Kings Park;Soccer City|FNB Stadium;Suncorp Stadium|Lang Park;
Stadium Australia|ANZ Stadium;Westpac Stadium|Sky Stadium;Carisbrook;Forsyth Barr Stadium;Lancaster Park;
Madison Square Garden;Yankee Stadium;Shea Stadium;Citi Field;Fenway Park;Wrigley Field;Dodger Stadium;Soldier Field;
Lambeau Field;Gillette Stadium;Giants Stadium;MetLife Stadium;Arrowhead Stadium;Candlestick Park;Levi's Stadium;
SoFi Stadium;Superdome|Louisiana Superdome|Caesars Superdome;Heinz Field;Lincoln Financial Field;FedEx Field;Hard Rock Stadium;
Camden Yards|Oriole Park at Camden Yards;Busch Stadium;Staples Center|Crypto.com Arena;TD Garden;United Center;Oracle Arena;
Chase Center;Augusta National;Daytona International Speedway;Indianapolis Motor Speedway`;

/** Racecourses, motor racing circuits and golf courses. */
const COURSES = `Epsom Downs;Sandown Park;Kempton Park;Haydock Park;Goodwood;Newmarket Racecourse;Doncaster Racecourse;
Punchestown;Leopardstown;Curragh;Longchamp;Brands Hatch;Donington Park;Monza;Hockenheim|Hockenheimring;Nurburgring;Suzuka;
Interlagos;Spa-Francorchamps;Imola;Magny-Cours;Catalunya circuit|Circuit de Catalunya;Sepang;Albert Park;Gilles Villeneuve circuit;
Royal Birkdale;Muirfield;Royal Troon;Turnberry;Carnoustie;Royal Lytham;Royal St George's;Gleneagles;Celtic Manor;
The Belfry;K Club;Valderrama;Pebble Beach;Sawgrass;Crucible Theatre;Alexandra Palace`;

/** Every ground, for the gazetteer. */
export const GROUNDS = [FOOTBALL_GROUNDS, RUGBY_GROUNDS, CRICKET_GROUNDS, WORLD_GROUNDS, COURSES].join(';');
