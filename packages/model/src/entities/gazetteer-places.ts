/**
 * @module
 * Places the extractor knows by name, on top of compromise's lexicon: countries with the other
 * names newsrooms use for them, capitals and cities that are often in the news, and regions.
 * Each entry is `Canonical name|alias|alias`; names are matched case-insensitively.
 */

/** Countries and country-like entities, with their common alternative names. */
export const COUNTRIES = `Afghanistan;Albania;Algeria;Andorra;Angola;Argentina;Armenia;Australia;Austria;Azerbaijan;
Bahamas|the Bahamas;Bahrain;Bangladesh;Barbados;Belarus;Belgium;Belize;Benin;Bhutan;Bolivia;Bosnia|Bosnia and Herzegovina|Bosnia-Herzegovina;
Botswana;Brazil;Brunei;Bulgaria;Burkina Faso;Burundi;Cambodia;Cameroon;Canada;Chad;Chile;China|People's Republic of China;Colombia;
Congo|Democratic Republic of Congo|DR Congo;Costa Rica;Croatia;Cuba;Cyprus;Czech Republic|Czechia;Denmark;Djibouti;Dominican Republic;
Ecuador;Egypt;El Salvador;Eritrea;Estonia;Ethiopia;Fiji;Finland;France;Gabon;Gambia;Georgia;Germany;Ghana;Greece;Grenada;Guatemala;
Guinea;Guyana;Haiti;Honduras;Hungary;Iceland;India;Indonesia;Iran;Iraq;Ireland|Republic of Ireland|Irish Republic|Eire;Israel;Italy;
Ivory Coast|Cote d'Ivoire;Jamaica;Japan;Jordan;Kazakhstan;Kenya;Kosovo;Kuwait;Kyrgyzstan;Laos;Latvia;Lebanon;Lesotho;Liberia;Libya;
Liechtenstein;Lithuania;Luxembourg;Macedonia|North Macedonia;Madagascar;Malawi;Malaysia;Maldives;Mali;Malta;Mauritania;Mauritius;
Mexico;Moldova;Monaco;Mongolia;Montenegro;Morocco;Mozambique;Myanmar|Burma;Namibia;Nepal;Netherlands|the Netherlands|Holland;
New Zealand;Nicaragua;Niger;Nigeria;North Korea;Norway;Oman;Pakistan;Palestine|Palestinian territories;Panama;Papua New Guinea;
Paraguay;Peru;Philippines|the Philippines;Poland;Portugal;Qatar;Romania;Russia|Russian Federation;Rwanda;Saudi Arabia;Senegal;Serbia;
Serbia and Montenegro;Sierra Leone;Singapore;Slovakia;Slovenia;Somalia;South Africa;South Korea|Korea;Spain;Sri Lanka;Sudan;
South Sudan;Suriname;Swaziland|Eswatini;Sweden;Switzerland;Syria;Taiwan;Tajikistan;Tanzania;Thailand;Togo;Tonga;Trinidad and Tobago|Trinidad;
Tunisia;Turkey|Turkiye;Turkmenistan;Uganda;Ukraine;United Arab Emirates|UAE;United Kingdom|UK|U.K.|Britain|Great Britain;
United States|US|U.S.|USA|U.S.A.|America|United States of America;Uruguay;Uzbekistan;Vatican|Vatican City|the Vatican;Venezuela;
Vietnam;Yemen;Zambia;Zimbabwe;Soviet Union|USSR;Yugoslavia;England;Scotland;Wales;Northern Ireland;Gaza|Gaza Strip;West Bank;
Tibet;Chechnya;Crimea;Hong Kong;Kurdistan;Greenland;Puerto Rico`;

/** Capitals and cities often in the news, with older or local spellings. */
export const CITIES = `Moscow;Kyiv|Kiev;Sumy;Kharkiv|Kharkov;Odesa|Odessa;Lviv;Donetsk;Mariupol;St Petersburg|Saint Petersburg|St. Petersburg;
Minsk;Beijing|Peking;Shanghai;Hong Kong;Taipei;Tokyo;Osaka;Seoul;Pyongyang;Delhi|New Delhi;Mumbai|Bombay;Kolkata|Calcutta;
Bangalore|Bengaluru;Chennai|Madras;Karachi;Islamabad;Lahore;Kabul;Tehran;Baghdad;Basra;Falluja|Fallujah;Damascus;Beirut;
Jerusalem;Tel Aviv;Amman;Riyadh;Jeddah;Mecca;Dubai;Abu Dhabi;Doha;Cairo;Alexandria;Tripoli;Tunis;Algiers;Rabat;Casablanca;
Khartoum;Darfur;Addis Ababa;Nairobi;Kampala;Lagos;Abuja;Accra;Dakar;Kinshasa;Luanda;Harare;Johannesburg;Cape Town;Pretoria;Durban;
London;Westminster;Whitehall;Downing Street|Downing St|Number 10;Birmingham;Manchester;Liverpool;Leeds;Sheffield;Bristol;Newcastle;Nottingham;Leicester;
Coventry;Bradford;Southampton;Portsmouth;Brighton;Oxford;Cambridge;York;Hull;Plymouth;Norwich;Ipswich;Reading;Luton;Derby;
Stoke;Wolverhampton;Sunderland;Middlesbrough;Bolton;Blackburn;Preston;Wigan;Blackpool;Bath;Exeter;Gloucester;Swindon;Northampton;
Milton Keynes;Cardiff;Swansea;Newport;Llanelli;Edinburgh;Glasgow;Aberdeen;Dundee;Inverness;Belfast;Londonderry|Derry;Dublin;Cork;
Limerick;Galway;Paris;Marseille|Marseilles;Lyon|Lyons;Toulouse;Nice;Bordeaux;Brussels;Antwerp;Amsterdam;Rotterdam;The Hague;
Berlin;Munich;Hamburg;Frankfurt;Cologne;Bonn;Stuttgart;Dusseldorf;Vienna;Zurich;Geneva;Bern|Berne;Davos;Rome;Milan;Turin;Naples;
Florence;Venice;Madrid;Barcelona;Seville;Valencia;Lisbon;Porto;Athens;Istanbul;Ankara;Warsaw;Krakow;Prague;Budapest;Bucharest;
Sofia;Belgrade;Zagreb;Sarajevo;Ljubljana;Bratislava;Tallinn;Riga;Vilnius;Helsinki;Stockholm;Oslo;Copenhagen;Reykjavik;Tbilisi;
Yerevan;Baku;Almaty;Tashkent;Ulan Bator;Bangkok;Hanoi;Ho Chi Minh City;Phnom Penh;Kuala Lumpur;Jakarta;Bali;Manila;Singapore;
Sydney;Melbourne;Brisbane;Perth;Adelaide;Canberra;Auckland;Wellington;Christchurch;Washington|Washington DC|Washington D.C.;
New York|New York City;Los Angeles;San Francisco;Chicago;Boston;Seattle;Houston;Dallas;Miami;Atlanta;Detroit;Philadelphia;
Las Vegas;New Orleans;Silicon Valley;Hollywood;Ottawa;Toronto;Montreal;Vancouver;Mexico City;Havana;Caracas;Bogota;Lima;
Santiago;Buenos Aires;Sao Paulo;Rio de Janeiro;Brasilia;Montevideo`;

/** Continents, seas and regions, including ones that are only ever written with a capital. */
export const REGIONS = `Europe;Asia;Africa;Antarctica;North America;South America;Latin America;Central America;Middle East;
Far East;Gulf|the Gulf;Balkans|the Balkans;Caribbean|the Caribbean;Scandinavia;Siberia;Caucasus|the Caucasus;Central Asia;
South East Asia|Southeast Asia|South-East Asia;West Africa;East Africa;North Africa;Sub-Saharan Africa;Eastern Europe;Western Europe;
Mediterranean|the Mediterranean;Atlantic|the Atlantic;Pacific|the Pacific;Indian Ocean;Black Sea;Baltic|the Baltic;Arctic|the Arctic;
Kashmir;Punjab;Kent;Essex;Surrey;Sussex;Yorkshire;Lancashire;Cornwall;Devon;Somerset;Norfolk;Suffolk;Cumbria;Merseyside;
Midlands|the Midlands;West Midlands;East Midlands;West Country|the West Country;East Anglia;Ulster;Bavaria;Catalonia;Basque Country;Flanders;Sicily;Sardinia;Corsica;
Quebec;Ontario;California;Texas;Florida;New Jersey;Massachusetts;Virginia;Ohio;Michigan;Illinois;Nevada;Oregon;Alaska;Hawaii`;

/** Stadiums and other venues that are named alone in sport and news copy. */
export const VENUES = `Old Trafford;Twickenham;Wembley;Millennium Stadium;Murrayfield;Lansdowne Road;Anfield;Highbury;
Stamford Bridge;St James' Park;Villa Park;Goodison Park;Hampden Park|Hampden;Ibrox;Parkhead|Celtic Park;Wimbledon;Lord's;
The Oval|Oval;Headingley;Old Trafford Cricket Ground;Melbourne Park;Roland Garros;Flushing Meadows;Silverstone;Aintree;
Cheltenham;Ascot;Stade de France;Camp Nou|Nou Camp;Bernabeu;San Siro;Guantanamo Bay|Guantanamo;Camp Delta;Belmarsh;Broadmoor`;
