/**
 * @module
 * Words around names: titles that mark a person (and make up the role written before a name),
 * honorifics that belong to a name, words that make a capitalised phrase an organisation or a
 * place, and capitalised words that name no entity (days, months, events, common acronyms).
 */
import { THINGS } from './things.ts';

const set = (words: string): ReadonlySet<string> =>
  new Set(
    words
      .trim()
      .split(/\s*[;\n]\s*/)
      .map((w) => w.toLowerCase()),
  );

/**
 * Words of a role written before a name ("Chinese President", "shadow chancellor", "chief
 * executive"). Any of them, capitalised or not, ends a role.
 */
export const ROLE_WORDS = set(`president;vice-president;premier;chancellor;minister;secretary;leader;chairman;chairwoman;chair;
chief;executive;director;head;spokesman;spokeswoman;spokesperson;governor;senator;congressman;congresswoman;mayor;ambassador;
envoy;commissioner;king;queen;prince;princess;emperor;pope;general;colonel;major;captain;commander;admiral;sergeant;lieutenant;
officer;inspector;superintendent;constable;judge;justice;magistrate;prosecutor;attorney;lawyer;solicitor;barrister;coach;manager;
boss;owner;founder;co-founder;president-elect;analyst;economist;professor;lecturer;researcher;scientist;expert;consultant;
correspondent;editor;reporter;presenter;host;broadcaster;journalist;author;writer;novelist;director-general;
actor;actress;singer;star;player;striker;midfielder;defender;goalkeeper;winger;fly-half;scrum-half;centre;flanker;lock;prop;
hooker;full-back;skipper;champion;chairperson;treasurer;deputy;shadow;foreign;home;culture;health;education;trade;defence;
economic;finance;environment;transport;industry;sports;constitutional;affairs;first;prime;former;then;ex;acting;interim;senior;
junior;assistant;general-secretary;mp;mep;msp;am;peer;bishop;archbishop;cardinal;rabbi;imam;sheikh;ayatollah;dr;doctor;
sir;dame;lord;lady;baroness;baron;mr;mrs;ms;miss;prof;rev;speaker;whip;campaigner;activist;boxer;athlete;driver;rider;
cyclist;golfer;sprinter;runner;swimmer;bowler;batsman;seed;number;world;olympic;tennis;labour;tory;conservative;democrat;liberal;ceo;cfo;coo;cto;representative;
party;union;company;firm;group;club;team;national;state;opposition;government;cabinet;foreign secretary;rival;colleague;chief executive;
vice-chairman;managing;non-executive;partner;officials;vice;auditor;reverend;most;right;honourable;general;solicitor-general;
attorney-general;secretary-general;director-general;commissioner;trade;mp;msp;mep;hooker;flanker;wing;full-back;half-back;
stand-off;centre;prop;lock;number;eight;forward;back;boss;dancer;model;rapper;comedian;critic;guru;expert;adviser;advisor;dj;
quarterback;linebacker;cornerback;lineman;receiver;tailback;halfback;pitcher;catcher;shortstop;outfielder;infielder;slugger;goalie;goaltender;defenseman;rookie;teammate;coordinator;strategist;trader;anchor;commentator;columnist;sheriff;detective;trooper;firefighter;nurse;surgeon;physician;psychiatrist;pastor;priest;chef;designer;architect;photographer;filmmaker;songwriter;guitarist;drummer;bassist;frontman;musician;pianist;violinist;composer;entrepreneur;billionaire;businessman;businesswoman;cofounder;sen;rep;gov;lt;sgt;gen;col;capt;det`);

/** Titles that mark the following name as a person's, whatever came before them. */
export const PERSON_TITLES = set(`president;vice-president;premier;chancellor;minister;secretary;leader;chairman;chairwoman;
spokesman;spokeswoman;governor;senator;congressman;mayor;ambassador;commissioner;king;queen;prince;princess;emperor;pope;general;
colonel;captain;commander;admiral;sergeant;lieutenant;judge;justice;coach;manager;boss;founder;professor;prof;dr;mr;mrs;ms;miss;
sir;dame;lord;lady;baroness;baron;rev;archbishop;bishop;cardinal;sheikh;ayatollah;chief executive;executive;director;skipper;
striker;midfielder;defender;goalkeeper;winger;fly-half;scrum-half;flanker;actor;actress;singer;presenter;economist;analyst;
president-elect;mp;chief;editor;star;player;deputy;officer;inspector;correspondent;author;writer;novelist;host;champion;
auditor;reverend;archbishop;wing;hooker;prop;flanker;rapper;dancer;model;comedian;critic;guru;adviser;advisor;secretary-general;
mep;msp;lawyer;dj;ceo;cfo;coo;cto;representative;
director-general;attorney-general;speaker;congresswoman;spokesperson;chairperson;prosecutor;treasurer;superintendent;envoy;
quarterback;linebacker;cornerback;lineman;receiver;tailback;halfback;pitcher;catcher;shortstop;outfielder;infielder;slugger;goalie;goaltender;defenseman;rookie;teammate;coordinator;strategist;trader;anchor;commentator;columnist;sheriff;detective;trooper;firefighter;nurse;surgeon;physician;psychiatrist;pastor;priest;chef;designer;architect;photographer;filmmaker;songwriter;guitarist;drummer;bassist;frontman;musician;pianist;violinist;composer;entrepreneur;billionaire;businessman;businesswoman;cofounder;sen;rep;gov;lt;sgt;gen;col;capt;det`);

/**
 * Titles that describe a trade rather than name an office. News copy writes them in lower case
 * before a name ("film star Tom Cruise", "model Kate Moss"); capitalised before anything but a
 * given name ("Star Wars", "Model B") they are part of a name, not a title.
 */
export const DESCRIPTIVE_TITLES = set(`star;player;actor;actress;singer;presenter;economist;analyst;striker;midfielder;defender;
goalkeeper;winger;fly-half;scrum-half;flanker;correspondent;author;writer;novelist;host;champion;wing;hooker;prop;rapper;dancer;
model;comedian;critic;guru;adviser;advisor;lawyer;dj;skipper;boss;quarterback;linebacker;cornerback;lineman;receiver;tailback;
halfback;pitcher;catcher;shortstop;outfielder;infielder;slugger;goalie;goaltender;defenseman;rookie;teammate;strategist;trader;
anchor;commentator;columnist;firefighter;nurse;surgeon;physician;psychiatrist;chef;designer;architect;photographer;filmmaker;
songwriter;guitarist;drummer;bassist;frontman;musician;pianist;violinist;composer;entrepreneur;billionaire;businessman;
businesswoman`);

/** Honorifics that are kept as part of a name when no first name follows ("Lord Falconer"). */
export const PEERAGE = set('lord;lady;baroness;baron');

/** Honorifics dropped from a name ("Mr Blair" is Blair; "Sir Alex Ferguson" is Alex Ferguson). */
/** Titles that are also names ("Sacha Baron Cohen", "Carole King"): a title only after role words. */
export const NAME_LIKE_TITLES = set(
  'baron;baroness;lord;lady;king;queen;prince;princess;major;general;justice;judge;bishop;cardinal;dame;sir;captain;rev;dean;marshal',
);

/** Days of the week and months that cannot be part of a name. */
export const CALENDAR = set(
  'monday;tuesday;wednesday;thursday;friday;saturday;sunday;january;february;september;october;november;december',
);

export const HONORIFICS = set('mr;mrs;ms;miss;dr;prof;professor;sir;dame;rev;reverend;mr.;mrs.;ms.;dr.;prof.;rev.');

/** Letters written after a name that are not part of it ("Guy Mansfield QC"). */
export const POST_NOMINALS = set('qc;kc;mp;mep;msp;am;obe;mbe;cbe;kbe;jr;sr;phd');

/** Words before a name that make it a body's ("bookmaker William Hill", "portal Lycos"). */
export const ORG_DESCRIPTORS = set(`firm;firms;company;companies;group;giant;giants;producer;retailer;chain;bookmaker;
bookmakers;portal;newspaper;paper;tabloid;magazine;journal;broadcaster;station;channel;network;band;club;side;label;studio;developer;
publisher;bank;lender;insurer;airline;carrier;operator;agency;charity;organisation;organization;body;union;association;watchdog;
regulator;consultancy;consultants;analysts;manufacturer;supplier;provider;outfit;brand;conglomerate;distributor;
broker;brokerage;startup;start-up;maker;automaker;carmaker;utility;nonprofit;platform;marketplace;streamer;
investor;lender;operator;exchange;franchise;tank;lobby;outlet`);

/** Words after a name that make it a body's ("the Kommersant newspaper"). */
export const ORG_FOLLOWERS = set(
  'newspaper;paper;magazine;website;group;studio;studios;label;bank;chain;consortium;franchise;spokesman;spokeswoman;spokesperson;shares;stock;shareholders;employees;executives;headquarters;subsidiary',
);

/** Last words that make a capitalised phrase an organisation. */
export const ORG_HEADS = set(`party;ministry;library;department;council;bank;corporation;corp;co;inc;ltd;plc;llc;group;association;union;
committee;commission;agency;authority;institute;institution;foundation;trust;society;university;college;school;academy;court;
club;fc;united;unit;city fc;rovers;wanderers;athletic;police;service;services;office;board;federation;league;organisation;treasury;
securities;economics;ballet;opera;orchestra;theatre;museum;gallery;circle;forum;labs;laboratories;research;consulting;associates;
brothers;studio;design;hospital;clinic;infirmary;shelter;embassy;consulate;church;insight;partnership;consortium;
organization;network;airlines;airways;motors;holdings;industries;systems;technologies;software;games;studios;entertainment;
records;music;media;press;publishing;communications;telecom;energy;oil;petroleum;pharmaceuticals;capital;partners;fund;
exchange;parliament;assembly;congress;senate;army;navy;force;forces;brigade;guard;regiment;church;times;post;news;herald;
journal;gazette;telegraph;tribune;magazine;chronicle;echo;express;mirror;observer;radio;tv;television;channel;broadcasting;watch;alliance;coalition;
movement;front;brotherhood;cabinet;administration;executive;secretariat;chamber;commons;lords;reserve;
electronics;robotics;machines;equities;steel;logistics;aerospace;therapeutics;biosciences;investments;ventures;enterprises;
mining;chemicals;semiconductor;semiconductors;insurance;foods;brands;analytics;instruments;interactive;observatory;laboratory;
directorate`);

/** First words that make "X of Y" an organisation ("Bank of England", "University of Leeds"). */
export const ORG_LEADS = set(`bank;university;library;ministry;department;institute;house;office;federation;association;chamber;
council;confederation;union;court;college;academy;board;museum;society;royal;national;federal;british;international;european;
forum;campaign;friends;school;centre;center`);

/** Words that make a capitalised phrase a place ("Red Square", "Thames Valley", "Isle of Man"). */
export const PLACE_HEADS = set(`city;county;province;state;region;district;street;road;avenue;square;river;valley;island;
islands;isles;isle;mountains;mount;lake;sea;ocean;bay;gulf;coast;peninsula;airport;stadium;bridge;borough;village;town;
hills;strait;straits;canal;desert;forest;highlands;palace;abbey;cathedral;centre;center;prison;camp;
road;arena;amphitheatre;amphitheater;pavilion;auditorium;creek`);

/** Last words that make a capitalised phrase an event, a law, an award or a work, never an entity. */
export const NON_ENTITY_HEADS = set(`composite;day;days;week;war;wars;cup;games;olympics;championship;championships;open;tournament;
trophy;series;final;finals;awards;award;prize;prizes;festival;show;act;bill;budget;summit;conference;election;elections;
referendum;treaty;agreement;accord;plan;strategy;policy;programme;program;report;review;inquiry;survey;index;
nations;grand slam;marathon;derby;tour;season;year;era;age;revolution;crisis;scandal;affair;memorial;anniversary;
christmas;easter;eve;chart;album;single;film;movie;book;novel;song;edition;version;code;convention;declaration;doctrine`);

/**
 * Capitalised words that are never an entity on their own, with the initials of common nouns
 * ("HDR", "PTSD", "an IPO"), which name things, conditions and trades, never a body, and the
 * technologies and drugs of things.ts.
 */
export const NEVER_ALONE: ReadonlySet<string> = new Set([
  ...THINGS,
  ...set(`monday;tuesday;wednesday;thursday;friday;saturday;sunday;january;february;march;april;may;june;
july;august;september;october;november;december;christmas;easter;ramadan;new year;i;god;allah;internet;web;net;online;
government;parliament;minister;ministers;president;chancellor;premier;ceo;cfo;tv;dj;pc;pcs;cd;cds;dvd;dvds;mp;mps;meps;msps;
gdp;vat;id;it;ok;uk-based;us-based;pm;am;bst;gmt;et;ad;bc;no;nos;mr;mrs;ms;dr;sir;lord;lady;english;british;american;french;
german;chinese;russian;european;western;eastern;northern;southern;asian;african;islamic;muslim;christian;jewish;catholic;
protestant;sunni;shia;arab;latin;north;south;east;west;central;former;state;federal;national;royal;world;global;international;
a;an;the;victory;roman;celebrity;europe-wide;nazi;nazis;soviet;allied;allies;cold;war;gulf war;hollywood's;
q1;q2;q3;q4;pr;hr;it's;ipod;ipods;iphone;xbox;playstation;windows;psp;ds;wi-fi;wifi;bluetooth;3g;gps;sms;mp3;hd;lcd;
oscar;oscars;bafta;baftas;grammy;grammys;emmy;brit;brits;golden globe;golden globes;premiership;championship;e-mail;email;
dollar;dollars;euro;euros;pound;pounds;yen;sterling;aids;hiv;sars;bse;nasdaq;ftse;dow;nikkei;dax;cac;eurozone;
http;www;com;inc;ltd;plc;co;fc;cf;gcse;gcses;obe;mbe;cbe;a-level;a-levels;anti;catholics;protestants;muslims;
christians;jews;hindus;sikhs;
he;she;they;we;you;him;his;her;hers;them;their;theirs;our;ours;its;me;my;mine;your;yours;this;that;these;those;one;
there;here;who;whom;whose;what;which;some;any;all;none;each;every;nobody;everybody;someone;everyone;yes;no;ok;okay;
linux;unix;firefox;itunes;gprs;umts;hsdpa;edge;ces;e3;dsl;adsl;voip;rfid;wimax;dab;dvb;html;xml;java;symbian;usb;ram;cpu;
lan;wlan;p2p;spam;podcast;podcasts;blog;blogs;wiki;sim;imax;dvd-r;
hdr;hdmi;led;leds;gpu;gpus;ssd;os;ai;vr;3d;4k;8k;4g;5g;lte;nfc;ev;evs;suv;suvs;url;api;apis;pdf;faq;faqs;ui;ux;ip;qr;
hvac;atm;atms;ipo;ipos;etf;etfs;pe;roi;kpi;b2b;saas;iot;crm;asap;diy;rsvp;vp;svp;evp;cto;coo;cmo;hq;
dna;rna;ptsd;adhd;ocd;icu;mri;covid;vod;ict;medicare;medicaid;obamacare;awol;asbo;asbos;pda;pdas;mrsa;ivf;native;cell`),
]);

/**
 * Nouns that, written just before a capitalised phrase ("the film Vera Drake", "the album
 * 'Fearless'"), make it the title of a work. Verbs that are also such nouns ("play", "show") are
 * left out: "will play Spain", "polls show Labour".
 */
export const WORK_NOUNS = set(`film;films;movie;movies;novel;novels;book;books;album;albums;song;songs;musical;sitcom;soap;
series;opera;documentary;drama;programme;blockbuster;thriller;comedy;biopic;epic;franchise;anthology;memoir;autobiography;
biography;ep;ballet;cartoon;trilogy;sequel;prequel;remake;videogame`);

/**
 * Nouns that, after a run of capitals ("the HPV vaccine", "the CLPS programme"), make it the
 * initials of a thing (a drug, an illness, a device, a programme, a standard), not of a body.
 */
export const THING_NOUNS = set(`vaccine;vaccines;virus;infection;infections;drug;drugs;pill;pills;tablets;jab;jabs;scan;scans;
camera;cameras;footage;pictures;images;programme;program;programs;mission;missions;rover;probe;satellite;rocket;chip;chips;
format;standard;protocol;device;devices;contract;contracts;licence;license;filing;filings;gene;genes;mutation;cells;therapy;
treatment;treatments;symptoms;diagnosis;test;tests;testing;scheme;technology`);

/** People and events of a workplace, which make the name after "at" a body's ("researchers at Acme"). */
export const STAFF = set(`analysts;researchers;scientists;officials;executives;engineers;employees;workers;staff;economists;
lawyers;developers;managers;investigators;academics;strategists;editors;reporters;layoffs;redundancies`);

/** Roles in a club, which make the city before them the club ("Leicester wing Austin Healey"). */
export const CLUB_ROLES = set(`striker;midfielder;defender;goalkeeper;keeper;winger;wing;prop;flanker;hooker;lock;fly-half;
scrum-half;full-back;centre;skipper;manager;boss;coach;chairman;captain;forward;lock;number;player;players;fans;supporters;
striker's;side;team;squad;midfield;defence`);
