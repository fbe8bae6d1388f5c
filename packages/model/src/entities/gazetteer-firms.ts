/**
 * @module
 * Companies, news outlets and universities that news copy names without a word of their kind
 * ("Lockheed Martin", "Nomura", "Bleacher Report", "Caltech"), kept by hand from public lists
 * (the largest listed companies of the US, Europe and Asia, banks and auditors, the main
 * newspapers, magazines, broadcasters and news sites of the English-speaking world, universities
 * known by a short name): no npm package bundles such names with their kind. They are read
 * after the lists of `gazetteer-orgs.ts`, which win; a one-word name that is an ordinary word,
 * a given name or a place is left out, and one that is a surname counts only where a capital
 * proves a name (see `names.ts`). Entries are `Canonical name|alias|alias`.
 */

/**
 * Large companies: industry, technology, retail, finance, professional services; among them firms
 * named after people ("Lockheed Martin", "Eli Lilly", "Taylor Wimpey"), which the name-shape
 * rules would otherwise take for people.
 */
export const LARGE_COMPANIES = `Lockheed Martin|Lockheed;Northrop Grumman|Northrop;Raytheon;General Dynamics;L3Harris;BAE Systems;Rolls-Royce;Thales;Leonardo DRS;
Honeywell;General Electric;3M;Caterpillar;Deere & Company;United Technologies;Pratt & Whitney;Textron;Huntington Ingalls;
Sierra Nevada Corporation;United Launch Alliance|ULA;Rocket Lab;Virgin Galactic;Virgin Orbit;Arianespace;Draper Laboratory;
Exxon Mobil;Chevron;ConocoPhillips;Halliburton;Schlumberger;TotalEnergies|Total;Eni;Equinor;Saudi Aramco|Aramco;PetroChina;Sinopec;
Petrobras;Repsol;Glencore;Rio Tinto;BHP;Anglo American;ArcelorMittal;Dow Chemical|Dow Inc.;DuPont;BASF;Bayer;Monsanto;
Johnson & Johnson;Merck;AbbVie;Bristol Myers Squibb|Bristol-Myers Squibb;Eli Lilly;Novartis;Roche;Sanofi;AstraZeneca;Moderna;
BioNTech;Gilead Sciences|Gilead;Amgen;Biogen;Regeneron;Medtronic;Abbott Laboratories;Becton Dickinson;Boston Scientific;
UnitedHealth Group|UnitedHealth;CVS Health|CVS;Walgreens|Walgreens Boots Alliance;McKesson;Cigna;Humana;Kaiser Permanente;
Procter & Gamble|P&G;Coca-Cola;PepsiCo;Kraft Heinz;Mondelez;Kellogg's|Kellogg;General Mills;Anheuser-Busch InBev|AB InBev;Diageo;
Danone;Colgate-Palmolive;Kimberly-Clark;Philip Morris;Altria;British American Tobacco;Starbucks;McDonald's;Yum Brands;
Chipotle;Domino's;Burger King;KFC;Subway;Nike;Adidas;Under Armour;Lululemon;LVMH;Kering;Gucci;Louis Vuitton;Chanel;Hermes;
Prada;Burberry;H&M;Zara;Inditex;Uniqlo;Gap Inc.;Target Corporation;Costco;Kroger;Home Depot;Lowe's;Best Buy;Macy's;Nordstrom;
Kohl's;JCPenney|J.C. Penney;Sears;Dollar General;Dollar Tree;Aldi;Lidl;Carrefour;Ikea;Wayfair;Etsy;Shopify;
Alibaba;Tencent;Baidu;JD.com;Pinduoduo;ByteDance;Huawei;Xiaomi;Lenovo;ZTE;Weibo;WeChat;Rakuten;SoftBank;Toshiba;Hitachi;
Panasonic;Fujitsu;Nikon;Sharp;Mitsubishi;Sumitomo;Mitsui;Hyundai;Kia;SK Hynix;Foxconn;TSMC;Taiwan Semiconductor;MediaTek;
Qualcomm;Nvidia|NVIDIA;Broadcom;Texas Instruments;Micron;Western Digital;Seagate;Arm Holdings;ASML;Infineon;STMicroelectronics;
Salesforce;ServiceNow;VMware;Dropbox;Slack;Zoom|Zoom Video Communications;Atlassian;Palantir;Intuit;
Autodesk;Activision Blizzard|Activision;Blizzard Entertainment;Take-Two Interactive|Take-Two;Ubisoft;Epic Games;Valve Corporation;
Rockstar Games;Bungie;Square Enix;Capcom;Bandai Namco;Konami;Riot Games;Respawn Entertainment;Bethesda;Zynga;Roblox;Unity Technologies;
Pinterest;Tumblr;Quora;Yelp;Tripadvisor;Expedia;Booking.com|Booking Holdings;DoorDash;Grubhub;Instacart;Postmates;
Deliveroo;Just Eat;Lime;Bird;WeWork|The We Company;PayPal;Venmo;Square|Block Inc.;Coinbase;Robinhood;Visa Inc.;Mastercard;
American Express|Amex;Discover Financial;Capital One;Wells Fargo;Bank of America;JPMorgan Chase|JPMorgan;Citibank;U.S. Bancorp;
PNC Financial;BlackRock;State Street;Berkshire Hathaway;KKR;Blackstone;
Carlyle Group;Apollo Global Management;Bridgewater Associates;Nomura;Mizuho;MUFG|Mitsubishi UFJ;Santander;BNP Paribas;
Societe Generale|Société Générale;ING;Commerzbank;UniCredit;Intesa Sanpaolo;Standard Chartered;Lloyds Banking Group;NatWest;
Nationwide Building Society;Piper Jaffray;Jefferies;Lazard;Evercore;Moody's;Standard & Poor's|S&P Global;Fitch Ratings;
Deloitte;PwC|PricewaterhouseCoopers;Ernst & Young|EY;KPMG;Accenture;McKinsey|McKinsey & Company;Boston Consulting Group;
Bain & Company;Frost & Sullivan;Gartner;Forrester;IDC;Nielsen;Ipsos;YouGov;Gallup;Pew Research Center;Statista;
AT&T;Verizon;Comcast;Charter Communications;T-Mobile US;Deutsche Telekom;Telefonica|Telefónica;BT Group;Sky Group;
Liberty Global;Altice;Dish Network;DirecTV;Warner Bros. Discovery;Discovery Inc.;ViacomCBS|Paramount Global;NBCUniversal;
Sony Pictures;Universal Pictures;20th Century Fox|Twentieth Century Fox;Lionsgate;Legendary Entertainment;Hulu;HBO;
Roku;Sirius XM|SiriusXM;iHeartMedia;Live Nation;Ticketmaster;Spotify Technology;SoundCloud;Pandora;Shazam;
Getty Images;Shutterstock;Adobe Systems;Canva;Figma;GitHub;GitLab;Mozilla Foundation;Wikimedia Foundation;OpenAI;DeepMind;
Anthropic;Hugging Face;Dolby|Dolby Laboratories;Sonos;Bose;Bang & Olufsen;Harman;Logitech;GoPro;Garmin;Fitbit;Peloton;
iRobot;Razer;Asus;Acer;MSI;Wistron;Pegatron;Quanta Computer;Flex Ltd;Jabil;iFixit;Ascom;Siemens Healthineers;
Ford Motor Company|Ford Motor;General Motors Company;Stellantis;Chrysler;Fiat Chrysler;Renault;Peugeot;Citroen;Volvo;Daimler;
Mercedes-Benz;Porsche;Audi;Ferrari;Lamborghini;Jaguar Land Rover;Aston Martin;McLaren;Bentley;Subaru;Mazda;Suzuki;Lexus;Rivian;
Lucid Motors;Nio;BYD;Geely;Harley-Davidson;Bridgestone;Michelin;Goodyear;Delta Air Lines;United Airlines;American Airlines;
Southwest Airlines;JetBlue;Alaska Airlines;Lufthansa;Air France;KLM;Qatar Airways;Etihad;Singapore Airlines;Cathay Pacific;
Qantas;Air Canada;Aeroflot;FedEx;UPS|United Parcel Service;DHL;Maersk;Union Pacific;BNSF;Amtrak;Hertz;Avis;Enterprise Holdings;
Marriott;Hilton;Hyatt;Wyndham;Airbus Group;Embraer;Bombardier;Dassault;Safran;Siemens Energy;Vestas;Orsted|Ørsted;First Solar;
SunPower;Enphase;NextEra Energy;Duke Energy;Southern Company;Dominion Energy;Exelon;PG&E|Pacific Gas and Electric;
Consolidated Edison|Con Edison;National Grid;Centrica;EDF|Electricite de France;E.ON;RWE;Iberdrola;Enel;Engie;Kepco;
Winnebago;Mattel Inc.;Hasbro Inc.;Lego Group;Nintendo of America;Sony Interactive Entertainment;Microsoft Studios;Xbox Game Studios;
Piper Sandler;Booz Allen Hamilton|Booz Allen;Baker McKenzie;Allen & Overy;Clifford Chance;Smith & Wesson;
Abercrombie & Fitch;Lehman Brothers;Bear Stearns;Dun & Bradstreet;Jardine Matheson;Holland & Barrett;Johnson Matthey;
Taylor Wimpey;Sullivan & Cromwell;Cantor Fitzgerald;Franklin Templeton;T. Rowe Price;
Thermo Fisher Scientific|Thermo Fisher`;

/** More of the largest companies of the US, Europe and Asia by revenue or market value. */
export const WORLD_COMPANIES = `Cardinal Health;AmerisourceBergen;Centene;Elevance Health;Phillips 66;Valero Energy|Valero;Marathon Petroleum;
Archer Daniels Midland;Tyson Foods;Sysco;Publix;Albertsons;Progressive Corporation;Allstate;State Farm;Liberty Mutual;MetLife;
Prudential Financial;Aflac;Travelers Companies;Chubb;Northwestern Mutual;New York Life;TIAA;USAA;HCA Healthcare;Tenet Healthcare;
TJX Companies;Ross Stores;AutoZone;O'Reilly Automotive;CarMax;AutoNation;Paccar;Cummins;Whirlpool;Stanley Black & Decker;
Sherwin-Williams;PPG Industries;International Paper;Nucor;U.S. Steel|US Steel|United States Steel;Alcoa;Freeport-McMoRan;Newmont;
Occidental Petroleum;EOG Resources;Kinder Morgan;Baker Hughes;Waste Management;Republic Services;Ecolab;
Hershey;Campbell Soup;Conagra;Hormel;Keurig Dr Pepper;Constellation Brands;Molson Coors;Brown-Forman;
Foot Locker;Dick's Sporting Goods;Bed Bath & Beyond;Rite Aid;Cintas;ADP|Automatic Data Processing;Paychex;Fiserv;Equifax;Experian;
TransUnion;Marsh McLennan;Aon;Willis Towers Watson;CBRE;Jones Lang LaSalle;Cushman & Wakefield;Zillow;Redfin;Opendoor;Lennar;
D.R. Horton;PulteGroup;Toll Brothers;Weyerhaeuser;Hewlett Packard Enterprise;HP Inc.;Xerox;Motorola Solutions;Corning;Amphenol;
Cognizant;Infosys;Wipro;Tata Consultancy Services|TCS;Tata Motors;Tata Group|Tata Sons;Reliance Industries;Adani Group;Mahindra;
HDFC Bank;ICICI Bank;State Bank of India;Bajaj Auto;Maruti Suzuki;Larsen & Toubro;Bharti Airtel;Reliance Jio;Paytm;Flipkart;
Zomato;Swiggy;Byju's;Grab Holdings;Gojek;Shopee;Lazada;Naver;Kakao;Coupang;Nexon;NCSoft;Krafton;POSCO;Lotte;Hanwha;Doosan;
SK Group;SK Telecom;KT Corporation;Allianz;AXA;Zurich Insurance;Generali;Munich Re;Swiss Re;Aviva;Legal & General;Reckitt;
J Sainsbury;Morrisons;Ocado;Primark;Associated British Foods;Compass Group;Whitbread;InterContinental Hotels Group|IHG;Wizz Air;
International Airlines Group|IAG;Ericsson;Klarna;Adyen;Deutsche Post;Continental AG;Bosch|Robert Bosch;Henkel;Beiersdorf;
Zalando;Delivery Hero;HelloFresh;Novo Nordisk;Carlsberg;Nordea;Danske Bank;Swedbank;Saab;Scania;Electrolux;Atlas Copco;ABB;
Holcim;Swatch Group;Richemont;L'Oréal|L'Oreal;Vivendi;Publicis;WPP;Omnicom;Interpublic;Dentsu;Alstom;Vinci SA;Bouygues;
Veolia;Schneider Electric;Capgemini;Atos;Sodexo;Accor;Air Liquide;Saint-Gobain;SNCF;Deutsche Bahn;Aer Lingus;Flybe;
Virgin Atlantic;Thomas Cook;TUI;NEC Corporation;Fast Retailing;Seven & i;Aeon;Shiseido;Takeda;Astellas;Daiichi Sankyo;Sumitomo Mitsui;
Japan Airlines;All Nippon Airways|ANA;NTT|Nippon Telegraph and Telephone;KDDI;Meituan;Didi|Didi Chuxing;NetEase;Xpeng;Li Auto;
CATL;SMIC;Haier;Midea;CNOOC;China Mobile;China Telecom;China Unicom;ICBC|Industrial and Commercial Bank of China;Bank of China;
China Construction Bank;Agricultural Bank of China;Ping An;Evergrande;Country Garden;Vanke;COSCO;Air China;China Eastern;
China Southern;Kuaishou;iQiyi;Bilibili;Temu;Shein;DJI;Hikvision;SenseTime;Snap Inc.;Meta Platforms;Twilio;Okta;Cloudflare;
Datadog;MongoDB;HashiCorp;Databricks;Anduril;Waymo;Zoox;Argo AI;Mobileye;Magic Leap;Oculus;Niantic;Supercell;CD Projekt;
Paradox Interactive;Fox Corporation;Metro-Goldwyn-Mayer|MGM;Amazon Studios;Marvel Studios;Lucasfilm;Blumhouse;Netflix Inc.;
Mayo Clinic;Cleveland Clinic;Johns Hopkins Medicine;Mass General Brigham;NewYork-Presbyterian;Pfizer Inc.;Johnson Controls`;

/** Newspapers, magazines, broadcasters, agencies and news sites. */
export const NEWS_OUTLETS = `USA Today;Washington Times;San Francisco Chronicle;Houston Chronicle;Dallas Morning News;
Miami Herald;Philadelphia Inquirer;Seattle Times;Denver Post;Arizona Republic;Star Tribune;Detroit Free Press;Chicago Sun-Times;
Atlanta Journal-Constitution;Boston Herald;Baltimore Sun;Tampa Bay Times;Orlando Sentinel;Sacramento Bee;San Diego Union-Tribune;
Oregonian|The Oregonian;Plain Dealer;Star-Ledger;Newsday;New York Daily News|Daily News;Argus Leader;Des Moines Register;
Milwaukee Journal Sentinel;Kansas City Star;St. Louis Post-Dispatch;Las Vegas Review-Journal;Salt Lake Tribune;Honolulu Star-Advertiser;
United Press International|UPI;Bloomberg News;Reuters News;Dow Jones Newswires;PR Newswire;Business Wire;
GlobeNewswire;Press Trust of India|PTI;Asian News International|ANI;Kyodo News;Yonhap News Agency;Xinhua News Agency;Anadolu Agency;
Agencia EFE|EFE;ANSA;DPA|Deutsche Presse-Agentur;Canadian Press;Australian Associated Press;Press Association|PA Media;
Fox Business;Fox Sports;ESPN;CBS Sports;NBC Sports;Sky Sports;BT Sport;Bleacher Report;Sports Illustrated;
SportsBusiness Journal;Yahoo Sports;Yahoo News;Yahoo Finance;MSN;Google News;Apple News;CNN Business;CNNMoney|CNN Money;
CNN International;HLN;C-SPAN;PBS NewsHour;NPR News;Newsmax;One America News|OANN;The Blaze|TheBlaze;Breitbart|Breitbart News;
Drudge Report;Daily Caller;Washington Examiner;National Review;The Hill;Roll Call;RealClearPolitics;FiveThirtyEight;
The Atlantic;The Nation;Mother Jones;Vice|Vice News;Vox Media;Fast Company;Inc. magazine;
Fortune magazine;Forbes;Barron's;MarketWatch;Kiplinger;Investopedia;The Motley Fool|Motley Fool;Seeking Alpha;TheStreet;
Morningstar;Zacks;Benzinga;Business Standard;Economic Times;Times of India;Hindustan Times;Indian Express;NDTV;
News Nation;India Today;Mint|Livemint;Moneycontrol;Dawn;Gulf News;Khaleej Times;Arab News;The National;Al Arabiya;Haaretz;
Jerusalem Post;Times of Israel;The New Arab;Middle East Eye;South China Morning Post|SCMP;Japan Times;Nikkei|Nikkei Asia;
Korea Herald;Korea Times;JoongAng Daily;Straits Times;Channel NewsAsia;Sydney Morning Herald;The Age;The Australian;ABC News Australia;
Globe and Mail;Toronto Star;National Post;CBC|CBC News|Canadian Broadcasting Corporation;CTV News;Global News;Irish Times;
Irish Independent;RTE|RTÉ;The Scotsman;Evening Standard;Metro newspaper;Daily Express|Express;Daily Star;i newspaper;
The Spectator;New Statesman;Private Eye;Sky News Arabia;Deutsche Welle|DW;France 24;Euronews;
TASS News Agency;Die Zeit;Frankfurter Allgemeine Zeitung|FAZ;Süddeutsche Zeitung;Bild;Le Figaro;
Corriere della Sera;La Repubblica;El Mundo;ABC Spain;Punch|Punch Newspapers;Vanguard Nigeria;The Guardian Nigeria;Premium Times;
Daily Nation;Mail & Guardian;News24;PanArmenian|PanArmenian.net;Polygraph.info;Radio Free Europe|RFE/RL;Radio Liberty;
Wired magazine;PC Magazine|PCMag;Macworld;Tom's Hardware;Tom's Guide;AnandTech;ZDNet;TechRadar;Digital Trends;
VentureBeat;The Information;Protocol;Recode;ReadWrite;Android Central;Android Authority;9to5Mac;MacRumors;AppleInsider;
Eurogamer;IGN;GameSpot;Kotaku;PC Gamer;Rock Paper Shotgun;Destructoid;GamesRadar;Game Informer;Digg;Hacker News;
Slashdot;Space.com;SpaceNews;The Space Review;All About Space;Sky & Telescope;Scientific American;New Scientist;Nature;Science magazine;
National Geographic;Popular Science;Popular Mechanics;Smithsonian magazine;Discover magazine;How It Works;The Conversation;
The Register;Techdirt;Lifehacker;Deadspin;The Onion;Upworthy;HuffPost UK;BuzzFeed UK;
Vanity Fair;GQ;Elle;Cosmopolitan;Harper's Bazaar;Marie Claire;People magazine;Us Weekly;TMZ;E! News;
Entertainment Weekly;The Hollywood Reporter|Hollywood Reporter;Deadline Hollywood;IndieWire;Spin magazine;NME;Q magazine;
Kerrang;Time magazine;Newsweek magazine;The Week;U.S. News & World Report|US News;Reader's Digest;Condé Nast|Conde Nast;
Condé Nast Traveller|Conde Nast Traveller;Travel + Leisure;Lonely Planet;Hearst|Hearst Communications;Gannett;McClatchy;
Tribune Publishing;Lee Enterprises;Sinclair Broadcast Group|Sinclair;Nexstar;Tegna;News Corp;Axel Springer;Daily Mail and General Trust;
Reach plc;Guardian Media Group;Financial Times Group;Thomson Reuters;PolitiFact;FactCheck.org;Snopes;Full Fact;Africa Check;
Poynter|Poynter Institute;Harvard Business Review;MIT Technology Review;New York Review of Books;London Review of Books;Nieman Lab;Columbia Journalism Review;Pocket;Medium;Substack`;

/** More outlets: broadcasters and channels, regional and foreign papers, specialist sites. */
export const MORE_OUTLETS = `Telemundo;Univision;Al Jazeera English;BBC America;Comedy Central;Nickelodeon;Cartoon Network;AMC Networks;
USA Network;History Channel;Discovery Channel;National Geographic Channel;Food Network;HGTV;Starz;Cinemax;ITV News;Channel 4 News;
LBC;talkSPORT;GB News;Times Radio;Classic FM;Capital FM;Heart FM;Sky Atlantic;E4;BBC Scotland;S4C;STV;UTV;TG4;Virgin Media;
Business Insider India;BGR;Consumer Reports;Kelley Blue Book;Edmunds;Car and Driver;Motor Trend|MotorTrend;Autoblog;Jalopnik;
Electrek;InsideEVs;CleanTechnica;Teslarati;Bloomberg Businessweek|Businessweek;Business Today;NerdWallet;Bankrate;
Financial Post;Investor's Business Daily;Euromoney;Al-Monitor;Middle East Monitor;Ynet|Ynetnews;Ahram Online;Daily Sabah;Hurriyet;
TRT World;Press TV;IRNA;Tasnim News Agency|Tasnim;Fars News Agency|Fars;KCNA|Korean Central News Agency;NHK;Asahi Shimbun;
Yomiuri Shimbun;Mainichi Shimbun;Global Times;China Daily;People's Daily;CGTN;China Central Television;Caixin;Sixth Tone;Taipei Times;Focus Taiwan;
Bangkok Post;Jakarta Post;Rappler;Philippine Daily Inquirer;ABS-CBN;GMA News;Malay Mail;New Straits Times;Dhaka Tribune;
Express Tribune;Geo News;Kathmandu Post;Scroll.in;The Quint;Firstpost;News18;Zee News;Republic TV;Aaj Tak;Deccan Herald;
Deccan Chronicle;Financial Express;Hindu BusinessLine;Tribune India;ThisDay;Daily Trust;Channels TV|Channels Television;
Sahara Reporters;Pulse Nigeria;BellaNaija;Linda Ikeji's Blog;Nairobi News;Citizen TV;eNCA;SABC;Daily Maverick;IOL;TimesLive;
GhanaWeb;MyJoyOnline|Joy News;Armenpress;Asbarez;Azatutyun;Hetq;CivilNet;Kyiv Independent;Kyiv Post;Ukrainska Pravda;Meduza;
Novaya Gazeta;Kommersant;Euractiv;Politico Europe;Le Parisien;Ouest-France;Handelsblatt;Die Welt;Neue Zürcher Zeitung|NZZ;
La Stampa;El País;La Vanguardia;Público;Expresso;Clarín|Clarin;La Nación;Folha de S.Paulo|Folha;O Globo;Estadão;El Universal;
Reforma;Milenio;El Tiempo;Toronto Sun;Vancouver Sun;Montreal Gazette;Ottawa Citizen;Calgary Herald;Edmonton Journal;
Winnipeg Free Press;La Presse;Le Devoir;SBS|Special Broadcasting Service;news.com.au;Herald Sun;Courier-Mail;Brisbane Times;
New Zealand Herald|NZ Herald;Radio New Zealand|RNZ;TVNZ;Newshub;Hartford Courant;Providence Journal;Buffalo News;
Pittsburgh Post-Gazette;Columbus Dispatch;Cincinnati Enquirer;Indianapolis Star;Courier-Journal;The Tennessean;
Commercial Appeal;Charlotte Observer;News & Observer;Virginian-Pilot;Richmond Times-Dispatch;Sun Sentinel;Palm Beach Post;
Florida Times-Union;Times-Picayune;Clarion-Ledger;AL.com;Arkansas Democrat-Gazette;The Oklahoman;Tulsa World;
Austin American-Statesman;San Antonio Express-News;Fort Worth Star-Telegram;El Paso Times;Albuquerque Journal;
Santa Fe New Mexican;Arizona Daily Star;Las Vegas Sun;Reno Gazette-Journal;Fresno Bee;Modesto Bee;Orange County Register;
Press-Enterprise;Mercury News|San Jose Mercury News;East Bay Times;SFGate;OregonLive;Seattle Post-Intelligencer;
Spokesman-Review;Idaho Statesman;Billings Gazette;Colorado Springs Gazette;Omaha World-Herald;Wichita Eagle;Pioneer Press;
Detroit News;MLive;Toledo Blade;Akron Beacon Journal;Dayton Daily News;Lexington Herald-Leader;Philadelphia Daily News;
Portland Press Herald;Bangor Daily News;Burlington Free Press;Concord Monitor;New Haven Register;Times Union;Asbury Park Press;
Anchorage Daily News;Honolulu Civil Beat;Texas Tribune;CalMatters;Voice of San Diego;Chalkbeat;Kaiser Health News|KHN;
STAT News;MedPage Today;Healthline;WebMD;Medical News Today;Everyday Health;Live Science;Phys.org;ScienceAlert;EurekAlert;
Quanta Magazine;Undark;Nikkei Asian Review;Caixin Global`;

/** Universities and colleges named by a short form or with no word of their kind. */
export const UNIVERSITIES = `Harvard University|Harvard;Yale University|Yale;Princeton University|Princeton;Stanford University|Stanford;
California Institute of Technology|Caltech;Massachusetts Institute of Technology|MIT;Cornell University|Cornell;
Dartmouth College|Dartmouth;Johns Hopkins University|Johns Hopkins;Carnegie Mellon University|Carnegie Mellon;
Georgetown University;Columbia University;Duke University;Rice University;Tufts University;Emory University;Brown University;
University of California, Los Angeles|UCLA;University of California, Berkeley|UC Berkeley;New York University|NYU;
Imperial College London|Imperial College;London School of Economics;University College London;King's College London;
University of Oxford|Oxford University;University of Cambridge|Cambridge University;ETH Zurich;EPFL;Sorbonne;Sciences Po;
Karolinska Institute;Max Planck Society|Max Planck Institute;Fraunhofer Society|Fraunhofer;Weizmann Institute;Technion;
Tsinghua University;Peking University;University of Tokyo;Seoul National University;KAIST;IIT Bombay;IIT Delhi;
Indian Institute of Technology|IIT;Indian Institute of Science|IISc;National University of Singapore`;

/**
 * One-word names in the lists above that are also rarer English words ("Intuit", "Yelp",
 * "Cosmopolitan"), found by checking them against SCOWL's larger word lists: known only where a
 * capital mid-sentence proves a name.
 */
export const WORDS_TOO = new Set([
  'Micron',
  'Intuit',
  'Yelp',
  'Nickelodeon',
  'Cosmopolitan',
  'Whirlpool',
  'Corning',
  'Brookings',
  'Teamsters',
  'Unison',
]);
