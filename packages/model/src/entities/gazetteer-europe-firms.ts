/**
 * @module
 * Companies British and European news copy has named most over the last 25 years with no word of
 * their kind ("Corus", "Jetstar", "Yugansk"): the FTSE 100 of those years, the large banks,
 * insurers, carmakers, airlines, telecoms, energy and media groups of Europe, Russia, Australia
 * and Asia, record labels, technology firms of the early web and the analysts business copy quotes,
 * kept by hand from public lists. Read after the lists of `gazetteer-orgs.ts` and
 * `gazetteer-firms.ts`, which win. Entries are `Canonical name|alias|alias`.
 */

/** British companies: FTSE 100 and 250 members and big private firms, past and present. */
export const UK_COMPANIES = `Royal Dutch Shell|Royal Dutch;BHP Billiton;Xstrata;Antofagasta;Kazakhmys;Lonmin;Vedanta Resources;Randgold Resources;
Imperial Tobacco;Gallaher;HBOS;Abbey National;Alliance & Leicester|Alliance and Leicester;Bradford & Bingley;
Northern Rock;Prudential plc;Norwich Union;Standard Life;Old Mutual;Friends Provident;Royal & SunAlliance|Royal and Sun Alliance;
Schroders;Man Group;3i;Amvescap;Aberdeen Asset Management;Hargreaves Lansdown;ICAP;
Carphone Warehouse;Kingfisher;B&Q;Comet;Currys;DSG International;Wm Morrison|William Morrison Supermarkets;
Safeway;Somerfield;Co-operative Group;Waitrose;John Lewis Partnership;Arcadia Group;Topshop;BHS|British Home Stores;
Debenhams;House of Fraser;Selfridges;Harrods;WH Smith|WHSmith;HMV|HMV Group;Superdrug;GUS;Argos;Matalan;Alliance Boots;
Mitchells & Butlers;Scottish & Newcastle;Hilton Group;Rentokil Initial|Rentokil;Capita;Serco;Group 4 Securicor;G4S;
Securicor;Hays;Pearson;Reed Elsevier;Aegis Group;Trinity Mirror;United Business Media;Yell Group;Sage Group;
LogicaCMG;Logica;Misys;Autonomy Corporation;Wolfson Microelectronics;Smiths Group;GKN;Invensys;Cobham;Meggitt;QinetiQ;
VT Group;Babcock International;Balfour Beatty;Amec;Carillion;Jarvis;Mowlem;Taylor Woodrow;Persimmon;Barratt Developments;
Berkeley Group;George Wimpey;Bellway;British Land;Land Securities;Hammerson;Liberty International;Slough Estates;Scottish Power;
Scottish and Southern Energy;United Utilities;Severn Trent;Thames Water;Anglian Water;Kelda;Pennon;Powergen;Innogy;
British Energy;British Gas;BG Group;Cairn Energy;Tullow Oil;Enterprise Oil;Lasmo;Premier Oil;Associated British Ports;BAA;
Virgin Blue;Virgin Mobile;Virgin Group;Virgin Trains;Virgin Megastores;Virgin Money;Virgin Records;British Midland;bmibaby;
Monarch Airlines;MyTravel;First Choice;Stagecoach;FirstGroup;National Express;Arriva;Go-Ahead;Eurostar;Eurotunnel;GNER;
Connex;Railtrack;Cadbury Schweppes;Tate & Lyle;Northern Foods;Allied Domecq;Reckitt Benckiser;RMC Group;Ladbrokes;
William Hill;Coral Eurobet;Rank Group;Gala Group;Stanley Leisure;Betfair;Sportingbet;PartyGaming;Camelot Group;Chrysalis;
Sanctuary Group;Waterford Wedgwood;Waterford Crystal;Manganese Bronze;MG Rover Group;Land Rover;Vauxhall;Jaguar Cars;Lotus Cars;Rolls-Royce Motor Cars;
Dyson;JCB;Umbro;Jessops;Game Group;Eidos;SCi Entertainment;Argonaut Games;Rare Ltd;Freeserve;Pipex;Wanadoo UK;Tiscali;
Bulldog Communications;Easynet;Thus;Energis;Kingston Communications;mmO2|MMO2;Hutchison 3G;Orange UK;T-Mobile UK;
Marconi;ARM;CSR plc;Psion;Amstrad;Sinclair Research;Dixons Group;Boots Group;Lloyd's of London;Lloyd's;Egg;Cattles;
Provident Financial;Christie's;Sotheby's;Cazenove;Kleinwort Benson;Barings;UBS Warburg;Close Brothers;
Investec;Numis;Panmure Gordon;Collins Stewart;Evolution Securities;Brewin Dolphin;Lombard Street Research;Global Insight;
Markit;Hometrack;Rightmove;Callcredit;Credit Action;Consumer Credit Counselling Service`;

/** Large European companies: banks, insurers, industry, energy, telecoms, media and retail. */
export const EUROPEAN_COMPANIES = `Vivendi Universal;Bertelsmann;Mediaset;Fininvest;RTL Group;ProSiebenSat.1;Lagardère|Lagardere;Hachette;
Havas;Telecom Italia;France Telecom;KPN;Telenor;TeliaSonera;Telia;Swisscom;Belgacom;Portugal Telecom;Eircom;Alcatel;
Sony Ericsson;Pernod Ricard;Interbrew;InBev;SABMiller|South African Breweries;Ahold;Metro AG;
Auchan;Casino Guichard;Zurich Financial Services;ABN Amro;Fortis;Dexia;Rabobank;HypoVereinsbank;
Dresdner Bank;Dresdner Kleinwort Wasserstein;Credit Agricole|Crédit Agricole;Natexis;Julius Baer;Banco Santander;BBVA;
Banco Sabadell;Sanpaolo IMI;Banca Intesa;Capitalia;Banca Antonveneta|Antonveneta;Banca Nazionale del Lavoro;
Monte dei Paschi;SEB;Handelsbanken;Erste Bank;Bank Austria;Allied Irish Banks;Bank of Ireland;
Anglo Irish Bank;Irish Life & Permanent;Statoil;Norsk Hydro;OMV;Sibneft;TNK-BP;Surgutneftegas;
Yugansk;Yuganskneftegas;Yuganskneftegaz;Menatep|Group Menatep;Norilsk Nickel;Severstal;Evraz;Krivorizhstal;Mittal Steel;
Arcelor;Corus;ThyssenKrupp|Thyssenkrupp;Usinor;Salzgitter;Voestalpine;Outokumpu;Hoechst;Aventis;Sanofi-Aventis;Schering;
Serono;Shire Pharmaceuticals;Elan;DaimlerChrysler;Volkswagen Group;Skoda;PSA Peugeot Citroen|PSA Peugeot Citroën;Saab Automobile;
Finmeccanica;Snecma;Reebok;Benetton;Cirio;Luxottica;Pirelli;Olivetti;Infogrames;Atari;Deutsche Post World Net;
Deutsche Lufthansa;Swiss International Air Lines;Scandinavian Airlines;Sabena;Olympic Airways|Olympic Airlines;
Austrian Airlines;Finnair;Iberia;Alitalia;Air Berlin;Martinair;Transavia;Ryanair Holdings;Go Fly;Buzz;Gazprom Neft;
Mobile TeleSystems;VimpelCom;MegaFon;Sistema;Wimm-Bill-Dann;Alfa Group;Alfa-Bank;Renova;Interros;
Basic Element;Rusal;Sberbank;Vneshtorgbank;Gazprombank;Transneft;Naftogaz;Ukrtelecom;Tatneft;
Turkcell;Koc Holding;Sabanci Holding;Orascom;Nordea Bank;Hennes & Mauritz;Tetra Pak`;

/** Companies of the rest of the world that British copy names often. */
export const WORLD_FIRMS = `Jetstar;Air New Zealand;Telstra;Macquarie Bank|Macquarie;National Australia Bank;Commonwealth Bank;
Westpac;ANZ;Coles Myer;News Corporation|News International;Fairfax;Patrick Corporation;Mitsubishi UFJ Financial Group;
Canon;Fujifilm|Fuji Photo Film;Kodak|Eastman Kodak;Matsushita;Sanyo;Kyocera;Olympus Corporation;NTT DoCoMo;DoCoMo;
Livedoor;Daewoo;Lenovo Group;China National Offshore Oil Corporation;China National Petroleum Corporation;TCL;
Ranbaxy;CVRD|Companhia Vale do Rio Doce;Pemex;Cemex;Telmex;America Movil|América Móvil;YPF;Nortel Networks;Nortel;
Research In Motion;Alcan;Inco;Magna International;Manulife;Sun Life;Lycos;Excite;AltaVista;Ask Jeeves;HotBot;
Netscape;CompuServe;EarthLink;Overture;DoubleClick;Friendster;MySpace;Orkut;Bebo;Flickr;Blogger;Technorati;Feedster;
Kazaa;F-Secure;Kaspersky Lab;Trend Micro;Panda Software;MessageLabs;Websense;Secure Computing;Check Point;
Internet Security Systems;Spamhaus;SpamCop;Mi2g;iSuppli;In-Stat;NPD Group;Canalys;Analysys;Midway Games;THQ;Codemasters;
Lionhead Studios|Lionhead;Bizarre Creations;Criterion Games;Sony Online Entertainment;Symbian;Openwave;Sendo;PlusNet;Demon Internet;
BT Openzone;Boingo;Friends Reunited;Lastminute.com;Opodo;Ebookers;OD2;Wippit;Audible;Apple Computer;Balco;Grokster;StreamCast Networks|StreamCast;Sharman Networks;BitTorrent;eDonkey;LimeWire|Limewire;Roxio;
Gateway Inc.;Compaq;Sun Microsystems;Novell;Red Hat;Macromedia;Borland;Sybase;PeopleSoft;Siebel Systems;BEA Systems;
Computer Associates;Electronic Data Systems;Unisys;Lucent Technologies;Lucent;Juniper Networks;3Com;palmOne;Handspring;
TiVo;Creative Technology;SanDisk;Transmeta;Freescale;Agere;Marvell;Rambus;Kmart;Krispy Kreme;Viacom;Walt Disney Company;
Marvel Entertainment;Lions Gate;Blockbuster;Credit Suisse First Boston;Smith Barney;Salomon Brothers;
Fidelity Investments;Vanguard Group;Pimco;Marsh & McLennan;Tyco;Adelphia;HealthSouth;Global Crossing;Qwest;Refco;Delphi;
Visteon;Cerberus Capital Management|Cerberus;Texas Pacific Group;Permira;Apax Partners;Apax;CVC Capital Partners;Candover;
Terra Firma;Cinven;Hutchison Whampoa;PCCW;Cathay Pacific Airways;Singapore Telecommunications;SingTel;Temasek;
Petronas;Air Asia;AirAsia;Malaysia Airlines;Thai Airways;Garuda Indonesia;Korean Air;Continental Airlines;Northwest Airlines;
US Airways;TWA|Trans World Airlines;Pan Am;Gulf Air;El Al;Saudi Arabian Airlines;Air India;Kingfisher Airlines;
Jet Airways;South African Airways;Kenya Airways;Varig;Aerolineas Argentinas`;

/** Record labels, music groups and studios. */
export const LABELS = `Island Records;Polydor;Parlophone;Mercury Records;Def Jam;Atlantic Records;Columbia Records;Epic Records;
RCA Records;Interscope;Geffen Records;Capitol Records;Sony Music;XL Recordings;Domino Records;Rough Trade;Creation Records;
Mute Records;Beggars Banquet;Factory Records;4AD;Warp Records;Ministry of Sound;Apple Corps;Motown;Sub Pop;Roc-A-Fella Records;
Bad Boy Records;Death Row Records;Arista Records;Virgin Music;V2 Records;Telstar Records;Innocent Records;Jive Records;
Zomba;Universal Music Group;Warner Music Group;EMI Group;Sony BMG Music Entertainment;Abbey Road Studios;Hit Factory`;

/** Film studios, production companies, theatre and opera companies, and the industry's academies and guilds. */
export const STUDIOS_AND_ACADEMIES = `New Line Cinema;New Line;Working Title Films;Pathe|Pathé;Columbia Pictures;Fox Searchlight;
Focus Features;Sony Pictures Classics;Paramount Pictures;Universal Studios;United Artists;Icon Productions;Warner Independent Pictures;
Miramax Films;DreamWorks SKG;Castle Rock Entertainment;Imagine Entertainment;Revolution Studios;Dimension Films;Lucasfilm Ltd;
Pixar Animation Studios;Aardman Animations|Aardman;HandMade Films;Endemol;Talkback Thames;Hat Trick|Hat Trick Productions;
Baby Cow|Baby Cow Productions;Tiger Aspect|Tiger Aspect Productions;Hartswood Films;RDF Media;
Celador;Academy of Motion Picture Arts and Sciences;Hollywood Foreign Press Association;Screen Actors Guild;
Directors Guild of America;Writers Guild of America;Producers Guild of America;British Academy of Film and Television Arts;
Recording Academy;Royal Shakespeare Company;National Theatre;English National Opera;Royal Opera;Royal Ballet;Scottish Opera;
Welsh National Opera;Old Vic Theatre Company;Really Useful Group;Cameron Mackintosh Ltd;Ambassador Theatre Group;
Cineworld;Vue Entertainment;UGC Cinemas;Blockbuster Video;Marvel Comics;DC Comics;Bloomsbury;Penguin Books;HarperCollins;
Random House;Hodder Headline;Simon & Schuster;Faber and Faber|Faber & Faber;Macmillan Publishers;Scholastic`;
