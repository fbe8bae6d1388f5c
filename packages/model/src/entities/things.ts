/**
 * @module
 * Technologies, weapons and drugs written as one capitalised word ("GSM", "JSON", "Node.js",
 * "USB-C", "HIMARS", "Viagra", "LSD"). The guidelines count products, technologies and
 * medicines as no entity, yet a lone run of capitals or a coined word reads as a body's name to
 * the rules, so a list from general knowledge keeps them out. Words that are also a given name, a
 * surname, a place, a company's own name or a body's initials ("Swift", "Ruby", "Pascal",
 * "Scala", "Docker", "Skype", "SSL", "RSS", "IRC", "UMD", "DDR", "BMI", "ECG", "APC") are left
 * out: copy names those as entities as often.
 */

const words = (list: string): string[] =>
  list
    .trim()
    .split(/\s*[;\n]\s*/)
    .map((w) => w.toLowerCase());

// Standards and protocols of networks, radio and connectors, file formats, programming languages,
// operating systems and software tools that no body of the same name stands behind.
const TECHNOLOGIES = `gsm;cdma;wcdma;tdma;2g;6g;hspa;wap;mms;ipv4;ipv6;tcp;udp;https;ftp;smtp;imap;tls;vpn;vpns;dns;ssh;
wpa;wpa2;wep;zigbee;z-wave;ethernet;fttp;fttc;isdn;iptv;usb-c;displayport;
mp4;aac;flac;jpeg;jpg;png;gif;svg;mpeg;h.264;hevc;epub;docx;csv;json;yaml;html5;css;
javascript;typescript;python;php;perl;cobol;fortran;kotlin;erlang;golang;sql;mysql;postgresql;node.js;jquery;webassembly;
x86;oled;amoled;qled;hdd;hdds;dram;nand;cpus;vhs;lidar;glonass;beidou;bitcoin;bitcoins;ethereum;dect;evdo;volte;sata;
pcie;scsi;sdram;firewire;powerpc;ms-dos;freebsd;xhtml;usenet;gnutella;cd-rom;dvd-rom;laserdisc;xvid;wmv;mkv;webm;heic;ogg;
ubuntu;kubernetes;hadoop`;

// Weapons and military kit known by initials or a coined name, and medical conditions,
// treatments and kit known by initials, which news copy writes alone.
const KIT = `ied;rpg;uav;ucav;icbm;slbm;irbm;mlrs;himars;atacms;nasams;thaad;manpads;jdam;awacs;mrap;s-300;s-400;
ppe;cpr;hrt;copd;dvt;cjd;vcjd;mnd;mmr;eeg;tb;gp;sti;ibs`;

// Voice assistants named like people: no entity alone, but the words stay free to open a person's
// name ("Alexa Chung"), so they are not product brands (products.ts).
const ASSISTANTS = `siri;cortana;alexa`;

// Medicines known by a brand or a short name, and recreational drugs.
const DRUGS = `lsd;mdma;ghb;dmt;thc;cbd;viagra;cialis;levitra;prozac;zoloft;seroquel;xanax;valium;ritalin;adderall;
oxycontin;vicodin;percocet;tamiflu;relenza;lipitor;zocor;crestor;plavix;nexium;zantac;vioxx;celebrex;bextra;herceptin;
avastin;glivec;gleevec;humira;keytruda;remicade;enbrel;botox;ozempic;wegovy;mounjaro;zepbound;paxlovid;remdesivir;
hydroxychloroquine;thalidomide;lariam;azt;ketamine;fentanyl;oxycodone;methadone;subutex;suboxone;naloxone;narcan;epipen;
ventolin;calpol;nurofen;tylenol;advil;panadol;lemsip;sudafed;rohypnol;psilocybin;mephedrone;tamoxifen;aricept;roaccutane;
seroxat;paxil;cymbalta;effexor;lexapro;wellbutrin;co-proxamol;tramadol;januvia;jardiance;xarelto;eliquis;truvada;taxol;
revlimid;opdivo;premarin;prempro;seretide;advair;symbicort;tysabri;copaxone;avonex;leqembi;aduhelm;xenical;acomplia;
reductil;ambien;zopiclone;concerta;strattera;levonelle;gardasil;cervarix;comirnaty;spikevax;avandia;quaaludes;mandrax;
xylazine;kratom`;

/** Technologies, military and medical kit, voice assistants and drugs, in lower case, that name no entity standing alone. */
export const THINGS: readonly string[] = [...words(TECHNOLOGIES), ...words(KIT), ...words(ASSISTANTS), ...words(DRUGS)];
