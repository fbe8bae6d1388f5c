/**
 * @module
 * Professional teams, written as their home and their nickname, so news copy that names a team by
 * its full name ("the Denver Broncos") or its nickname alone ("the Broncos won") is read as the
 * club, not as a town and a plural noun or a person. Kept by hand from the leagues' own lists
 * (public knowledge: no npm package bundles them); a nickname shared by two clubs or one that is
 * an ordinary word is left to the full name (see `names.ts`). Entries are `Home|Nickname`.
 */

/** The National Football League's 32 teams. */
export const NFL = `Arizona|Cardinals;Atlanta|Falcons;Baltimore|Ravens;Buffalo|Bills;Carolina|Panthers;Chicago|Bears;Cincinnati|Bengals;
Cleveland|Browns;Dallas|Cowboys;Denver|Broncos;Detroit|Lions;Green Bay|Packers;Houston|Texans;Indianapolis|Colts;Jacksonville|Jaguars;
Kansas City|Chiefs;Las Vegas|Raiders;Oakland|Raiders;Los Angeles|Chargers;San Diego|Chargers;Los Angeles|Rams;St. Louis|Rams;Miami|Dolphins;
Minnesota|Vikings;New England|Patriots;New Orleans|Saints;New York|Giants;New York|Jets;Philadelphia|Eagles;Pittsburgh|Steelers;
San Francisco|49ers;Seattle|Seahawks;Tampa Bay|Buccaneers;Tennessee|Titans;Washington|Commanders;Washington|Redskins`;

/** The National Basketball Association's 30 teams. */
export const NBA = `Atlanta|Hawks;Boston|Celtics;Brooklyn|Nets;Charlotte|Hornets;Chicago|Bulls;Cleveland|Cavaliers;Dallas|Mavericks;
Denver|Nuggets;Detroit|Pistons;Golden State|Warriors;Houston|Rockets;Indiana|Pacers;Los Angeles|Clippers;Los Angeles|Lakers;
Memphis|Grizzlies;Miami|Heat;Milwaukee|Bucks;Minnesota|Timberwolves;New Orleans|Pelicans;New York|Knicks;Oklahoma City|Thunder;
Orlando|Magic;Philadelphia|76ers;Phoenix|Suns;Portland|Trail Blazers;Sacramento|Kings;San Antonio|Spurs;Toronto|Raptors;Utah|Jazz;
Washington|Wizards;Seattle|SuperSonics`;

/** Major League Baseball's 30 teams. */
export const MLB = `Arizona|Diamondbacks;Atlanta|Braves;Baltimore|Orioles;Boston|Red Sox;Chicago|Cubs;Chicago|White Sox;Cincinnati|Reds;
Cleveland|Guardians;Cleveland|Indians;Colorado|Rockies;Detroit|Tigers;Houston|Astros;Kansas City|Royals;Los Angeles|Angels;
Los Angeles|Dodgers;Miami|Marlins;Milwaukee|Brewers;Minnesota|Twins;New York|Mets;New York|Yankees;Oakland|Athletics;
Philadelphia|Phillies;Pittsburgh|Pirates;San Diego|Padres;San Francisco|Giants;Seattle|Mariners;St. Louis|Cardinals;
Tampa Bay|Rays;Texas|Rangers;Toronto|Blue Jays;Washington|Nationals`;

/** The National Hockey League's 32 teams. */
export const NHL = `Anaheim|Ducks;Boston|Bruins;Buffalo|Sabres;Calgary|Flames;Carolina|Hurricanes;Chicago|Blackhawks;Colorado|Avalanche;
Columbus|Blue Jackets;Dallas|Stars;Detroit|Red Wings;Edmonton|Oilers;Florida|Panthers;Los Angeles|Kings;Minnesota|Wild;
Montreal|Canadiens;Nashville|Predators;New Jersey|Devils;New York|Islanders;New York|Rangers;Ottawa|Senators;Philadelphia|Flyers;
Pittsburgh|Penguins;San Jose|Sharks;Seattle|Kraken;St. Louis|Blues;Tampa Bay|Lightning;Toronto|Maple Leafs;
Vancouver|Canucks;Vegas|Golden Knights;Washington|Capitals;Winnipeg|Jets`;

/** Major League Soccer's clubs whose name is a home and a nickname. */
export const MLS = `Atlanta|United;Chicago|Fire;Colorado|Rapids;Columbus|Crew;Houston Dynamo|;Minnesota|United;New England|Revolution;
New York|Red Bulls;Portland|Timbers;Real Salt Lake|;San Jose|Earthquakes;Seattle|Sounders;Sporting Kansas City|;Vancouver|Whitecaps;
Philadelphia|Union;Orlando City|;Toronto FC|;New York City FC|;LA Galaxy|;Inter Miami|;FC Cincinnati|;Austin FC|;Charlotte FC|;
Nashville SC|;St. Louis City SC|;D.C. United|`;

/**
 * The football and rugby clubs copy names most, by the names it gives them alone ("Chelsea",
 * "Celtic", "Wasps"): known as surely as the curated lists of names.ts, even where the name is a
 * given name or an ordinary word, so never also in the wider club lists below.
 */
export const BIG_CLUBS = `Manchester United|Man Utd|Man United;Chelsea|Chelsea FC;Arsenal|Arsenal FC;Liverpool FC;Everton|Everton FC;Tottenham|Spurs|Tottenham Hotspur;
Newcastle United;Aston Villa;Leeds United;Southampton FC;Fulham|Fulham FC;Bolton Wanderers;Blackburn Rovers;Middlesbrough FC;
Charlton|Charlton Athletic;Crystal Palace;West Ham|West Ham United;Birmingham City;Manchester City|Man City;Sheffield Wednesday;
Sheffield United;Nottingham Forest;Celtic|Celtic FC|Celtic Glasgow;Rangers|Rangers FC;Hearts|Heart of Midlothian;Hibernian|Hibs;
Dundee United;Real Madrid;Barcelona FC|Barca|FC Barcelona;Juventus;AC Milan;Inter Milan|Internazionale;
Bayern Munich|Bayern München|Bayern;Porto FC|FC Porto;Ajax|Ajax Amsterdam;Leicester Tigers;Wasps;Bath Rugby;Llanelli Scarlets;Ospreys;
Newport Gwent Dragons;Cardiff Blues;Munster|Munster Rugby;Leinster|Leinster Rugby;Ulster Rugby`;

/**
 * Football clubs of the big European leagues by the names copy gives them (`Name|alias`); a
 * town's name alone ("Brentford") is left to `team-towns.ts`, which reads it from its context.
 */
export const EUROPEAN_CLUBS = `AFC Bournemouth|Bournemouth;Brentford FC;Brighton & Hove Albion|Brighton and Hove Albion;Burnley FC;Ipswich Town;Leicester City;
Luton Town;Wolverhampton Wanderers|Wolves;Norwich City;Watford FC;West Bromwich Albion;Stoke City;Swansea City;Cardiff City;Hull City;
Derby County;Queens Park Rangers|QPR;Wigan Athletic;Coventry City;Athletic Bilbao|Athletic Club;
Atletico Madrid|Atlético Madrid|Atletico;Real Betis;Real Sociedad;Sevilla FC;Valencia CF;Villarreal CF|Villarreal;Celta Vigo;
Deportivo La Coruna|Deportivo;Espanyol;Getafe CF;Osasuna;Rayo Vallecano;Borussia Dortmund;
Borussia Monchengladbach|Borussia Mönchengladbach;Bayer Leverkusen;RB Leipzig;Eintracht Frankfurt;Schalke 04|Schalke;VfB Stuttgart;
VfL Wolfsburg;Werder Bremen;Hamburger SV;Hertha Berlin;Union Berlin;SC Freiburg;TSG Hoffenheim|Hoffenheim;Mainz 05;FC Köln|FC Koln;
AS Roma;SS Lazio|Lazio;SSC Napoli;Atalanta;Fiorentina;Sampdoria;Torino FC;Paris Saint-Germain|Paris St-Germain|PSG;
Olympique de Marseille;Olympique Lyonnais;AS Monaco;Lille OSC;Stade Rennais;PSV Eindhoven;Feyenoord;Benfica;
Sporting Lisbon|Sporting CP;Galatasaray;Fenerbahce|Fenerbahçe;Besiktas|Beşiktaş;Olympiacos;Panathinaikos;Anderlecht;Club Brugge;
Red Bull Salzburg;Dinamo Zagreb;Shakhtar Donetsk;Dynamo Kyiv;Spartak Moscow;CSKA Moscow;Zenit St Petersburg`;

/**
 * The other football clubs of England, Scotland, Wales and Ireland, past and present members of
 * their leagues, by their full names: copy names most by their town alone, which
 * `town-sides.ts` reads as the club where a sports context shows it.
 */
export const BRITISH_CLUBS = `Barnsley FC;Blackpool FC;Bradford City;Bristol City;Bristol Rovers;Bury FC;Cambridge United;Carlisle United;Cheltenham Town;
Chesterfield FC;Colchester United;Crewe Alexandra;Doncaster Rovers;Exeter City;Gillingham FC;Grimsby Town;Hartlepool United;
Huddersfield Town;Leyton Orient;Lincoln City;Mansfield Town;Millwall FC;Milton Keynes Dons|MK Dons;Northampton Town;Notts County;
Oldham Athletic;Oxford United;Peterborough United;Plymouth Argyle;Port Vale;Portsmouth FC;Preston North End;Reading FC;Rochdale AFC;
Rotherham United;Rushden & Diamonds;Scunthorpe United;Shrewsbury Town;Southend United;Stockport County;Sunderland AFC;Swindon Town;
Torquay United;Walsall FC;Wrexham AFC;Wycombe Wanderers;Yeovil Town;York City;Accrington Stanley;Morecambe FC;Fleetwood Town;
Salford City;Harrogate Town;Newport County;Forest Green Rovers;Stevenage FC;Crawley Town;AFC Wimbledon;Sutton United;Barrow AFC;
Boston United;Macclesfield Town;Kidderminster Harriers;Darlington FC;Halifax Town;Aberdeen FC;Dundee FC;Kilmarnock FC;Motherwell FC;
St Johnstone;St Mirren;Inverness Caledonian Thistle;Livingston FC;Partick Thistle;Hamilton Academical;Ross County;Falkirk FC;
Dunfermline Athletic;Queen of the South;Raith Rovers;Ayr United;Greenock Morton;Linfield FC;Glentoran FC;Shamrock Rovers;Cork City;
Derry City`;

/** Football clubs of Europe's other leagues and of the smaller clubs of the big five, by the names copy gives them. */
export const MORE_EUROPEAN_CLUBS = `Viking Stavanger|Viking FK;Rosenborg|Rosenborg BK;Brann Bergen|SK Brann;Valerenga|Vålerenga;Molde FK;Lillestrom SK;Malmo FF|Malmö FF;
IFK Gothenburg|IFK Göteborg;AIK Stockholm;Djurgarden|Djurgårdens IF;Helsingborgs IF;FC Copenhagen|FC København;Brondby|Brøndby IF;
Aalborg BK;FC Midtjylland;HJK Helsinki;AZ Alkmaar;FC Twente;SC Heerenveen;Vitesse Arnhem;FC Utrecht;FC Groningen;
Standard Liege|Standard Liège;KRC Genk;KAA Gent;FC Basel;BSC Young Boys;Grasshopper Club Zurich|Grasshoppers;FC Zurich;Rapid Vienna;
Austria Vienna;Sturm Graz;Sparta Prague;Slavia Prague;Viktoria Plzen;Legia Warsaw;Wisla Krakow;Lech Poznan;Red Star Belgrade;
Partizan Belgrade;Hajduk Split;Steaua Bucharest|FCSB;Dinamo Bucharest;CFR Cluj;CSKA Sofia;Levski Sofia;Ludogorets Razgrad;
Ferencvaros|Ferencváros;Maccabi Tel Aviv;Maccabi Haifa;Hapoel Tel Aviv;AEK Athens;PAOK Salonika|PAOK;Lokomotiv Moscow;Dynamo Moscow;
Rubin Kazan;Dnipro Dnipropetrovsk;Trabzonspor;Girondins de Bordeaux;AJ Auxerre|Auxerre;FC Nantes;RC Lens;Olympique Lyon;FC Sochaux;
OGC Nice;AS Saint-Etienne|Saint-Etienne;RC Strasbourg;Toulouse FC;Montpellier HSC;RCD Mallorca|Real Mallorca;Real Zaragoza;
Racing Santander;Real Valladolid;Malaga CF;Levante UD;UD Almeria;Granada CF;Parma FC;Udinese;Chievo Verona;Hellas Verona;US Palermo;
Bologna FC;Genoa CFC;Cagliari Calcio;US Lecce;Brescia Calcio;Reggina;Empoli FC;Hannover 96;1860 Munich;
Kaiserslautern|1. FC Kaiserslautern;FC Nurnberg;MSV Duisburg;VfL Bochum;Hansa Rostock;Energie Cottbus;Arminia Bielefeld;Boavista;
Sporting Braga;Vitoria Guimaraes`;

/**
 * British football clubs' nicknames, which sports copy uses as the club's name ("the Gunners",
 * "Pompey"), each with the name copy gives the club (`Nickname|Club`). Most are plural
 * nouns too, so they count only where a capital proves a name; a nickname two clubs share
 * ("Saints", "Blues", "Reds", "Tigers") or that a club of another sport uses is left out.
 */
export const CLUB_NICKNAMES = `Gunners|Arsenal;Toffees|Everton;Pompey|Portsmouth;Magpies|Newcastle;Hammers|West Ham;
Red Devils|Manchester United;Canaries|Norwich;Foxes|Leicester;Baggies|West Brom;Black Cats|Sunderland;Seagulls|Brighton;
Cherries|Bournemouth;Clarets|Burnley;Villans|Aston Villa;Blades|Sheffield United;Owls|Sheffield Wednesday;Tractor Boys|Ipswich;
Swans|Swansea;Bluebirds|Cardiff;Addicks|Charlton;Terriers|Huddersfield;Trotters|Bolton;Boro|Middlesbrough;Bhoys|Celtic;
Gers|Rangers;Jambos|Hearts;Hibees|Hibernian;Cottagers|Fulham;Hatters|Luton;Lilywhites|Tottenham`;

/**
 * Rugby union clubs of Britain, Ireland, France and Italy named by a town and a word other than a
 * plural nickname. Where the town is too small for the place lists ("Biarritz", "Calvisano"),
 * copy names it almost only as the club, so the club is filed under the town's name, as copy
 * writes it.
 */
export const RUGBY_CLUBS = `Gloucester Rugby;Northampton Saints;Bristol Rugby;Worcester Rugby;Newcastle Rugby;London Irish;London Welsh;Edinburgh Rugby;
Connacht|Connacht Rugby;Stade Toulousain|Toulouse Rugby;Biarritz|Biarritz Olympique;Stade Francais;
Clermont|ASM Clermont Auvergne|Clermont Auvergne;USA Perpignan;RC Toulon;Castres|Castres Olympique;Montpellier Herault Rugby;
Treviso|Benetton Treviso;Calvisano|Rugby Calvisano;Viadana|Rugby Viadana;Bourgoin|CS Bourgoin-Jallieu;Agen|SU Agen;Brive|CA Brive;
Section Paloise;Narbonne|RC Narbonne;Llanelli RFC;Swansea RFC;Cardiff RFC;Neath|Neath RFC;Pontypridd|Pontypridd RFC;Ebbw Vale RFC;
Bridgend RFC;Newport RFC`;

/** College sports conferences and schools American sports copy names by a short form. */
export const COLLEGE_SPORTS = `Big Ten|Big Ten Conference;Big 12|Big 12 Conference;Pac-12|Pac-12 Conference;Southeastern Conference;
Atlantic Coast Conference;Big East|Big East Conference;Mid-American Conference;Mountain West Conference;Sun Belt Conference;
Conference USA;American Athletic Conference;Ivy League;NCAA|National Collegiate Athletic Association;Penn State;
Ohio State;Michigan State;Florida State;
Iowa State;Kansas State;Oklahoma State;
Oregon State;Arizona State;Mississippi State;
Boise State;San Diego State;Fresno State;
Eastern Michigan;Western Michigan;Central Michigan;
Northern Illinois;Vanderbilt;Notre Dame|University of Notre Dame;
Texas A&M;Virginia Tech;Georgia Tech;Louisiana State University|LSU;Brigham Young University|BYU;
Southern Methodist University|SMU;Texas Christian University|TCU;University of Southern California|USC`;

/** Leagues that act as bodies (they sign deals, fine clubs, issue statements). */
export const LEAGUES = `National Football League|NFL;National Basketball Association|NBA;Major League Baseball|MLB;
National Hockey League|NHL;Major League Soccer|MLS;Women's National Basketball Association|WNBA;National Women's Soccer League|NWSL;
PGA Tour;LPGA;NASCAR;Ultimate Fighting Championship|UFC;WWE;English Football League|EFL;Cricket Australia;Concacaf;Conmebol;
Asian Football Confederation;Confederation of African Football`;

/**
 * Nicknames that are also plain words or groups of people capitalised in copy ("Senators",
 * "the Vikings", "the Rockies"): only the full name counts.
 */
export const NICKNAMES_NOT_ALONE = new Set([
  'Senators',
  'Hurricanes',
  'Titans',
  'Guardians',
  'Predators',
  'Vikings',
  'Rockies',
  'Islanders',
  'Pirates',
  'Mavericks',
]);
