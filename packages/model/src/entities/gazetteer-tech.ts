/**
 * @module
 * Consumer electronics and technology companies and brands that the lists of `gazetteer-orgs.ts`,
 * `gazetteer-firms.ts` and `gazetteer-europe-firms.ts` lack, filled in by category from public
 * knowledge: makers of phones, computers and parts, audio, cameras, networking, smart-home and
 * kitchen gadgets and wearables, and the security, software and telecoms firms technology copy
 * names. Only companies and brands that are a company's name, not products ("Kindle", "Roomba"),
 * which the labelling guidelines count as no entity. A one-word name that is an ordinary English
 * word ("Nest", "Beats", "Ring") is left out: `names.ts` would not take it alone anyway, and the
 * longer name ("Google Nest", "Beats Electronics") is listed instead. Read after those lists,
 * which win. Each form copy writes is its own entry.
 */

/** Makers of phones, computers and parts, audio, cameras, networking, smart-home and kitchen gadgets, wearables. */
export const CONSUMER_ELECTRONICS = `Anker;Belkin;Linksys;Netgear;Monoprice;Mophie;Ecobee;Google Nest;Corsair;OnePlus;Oppo;Vivo;
Realme;HTC;JBL;Beats Electronics;Beats by Dre;Hisense;Vizio;Sennheiser;Jabra;Skullcandy;Audio-Technica;Shure;Bowers & Wilkins;
Harman Kardon;Ultimate Ears;Plantronics;Leica;Hasselblad;Insta360;Arlo;Wyze;Eufy;SimpliSafe;TP-Link;D-Link;Ubiquiti;Eero;
Synology;Kingston Technology;Samsung Electronics;LG Electronics;Sony Electronics;Dell Technologies;Alienware;
Raspberry Pi Foundation;Breville;Keurig;Nespresso;KitchenAid;Cuisinart;Vitamix;Miele;SharkNinja;Instant Brands;Oura;
Withings;Suunto;Zwift;Chipolo;Fairphone;HMD Global;Elgato;SteelSeries;HyperX;Turtle Beach;8BitDo;Varjo;
Rakuten Kobo;Wacom;Epson;Seiko Epson;Ricoh;Casio;Seiko;Timex;Tag Heuer;Polaroid;Ugreen;Aukey;Baseus;Satechi;Nanoleaf;Lifx;
Govee;Roborock;Ecovacs;Dreame;Amazfit;Zepp Health;Tecno;Infinix;Transsion;Meizu;Denon;Marantz;Onkyo;Klipsch;Audeze;
Focusrite;Korg;Teenage Engineering;Native Instruments;Peak Design;ASRock;Zotac;Thermaltake;Cooler Master;Noctua;Seasonic;
G.Skill;Sabrent;Drobo;Lutron;Sengled;Wemo;Aqara;SwitchBot;Vivint;Brinks Home;Schlage;Motorola Mobility;Sony Mobile;
Huawei Technologies;Xiaomi Corporation;Acer Inc.;Asustek;ASUSTeK Computer;Micro-Star International;Gigabyte Technology;Compal;
Inventec;Foxconn Technology Group;Hon Hai;Hon Hai Precision Industry;Luxshare;BOE Technology;AU Optronics;Innolux;LG Display;
Samsung Display;Sharp Corporation;JVC Kenwood;JVCKenwood;Pioneer Corporation;Nothing Technology;Ayaneo;Anbernic;PowerA;
Thrustmaster;Razer Inc.;Origin PC;iBuyPower;CyberPowerPC;Framework Computer;System76;Pine64`;

/** Security, software and internet firms, and telecoms and satellite carriers. */
export const TECH_SERVICES = `CenturyLink;Lumen Technologies;Viasat;HughesNet;EchoStar;Mint Mobile;Cricket Wireless;
Boost Mobile;US Cellular;Consumer Cellular;Corel;Avast;NortonLifeLock;Gen Digital;Kaspersky;Bitdefender;Malwarebytes;
CrowdStrike;Palo Alto Networks;Fortinet;Zscaler;SentinelOne;Mandiant;FireEye;Proofpoint;1Password;LastPass;Dashlane;
Bitwarden;NordVPN;ExpressVPN;Surfshark;DuckDuckGo;Telegram;Evernote;Trello;Airtable;SUSE;Strava`;
