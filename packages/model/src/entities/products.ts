/**
 * @module
 * Products named with their maker's name or a brand of their own ("Apple TV", "Uber Eats",
 * "Xbox Live", "MacBook Pro"): news copy names them as often as the companies, and a company's
 * name before a product word makes the phrase the product, not a body. The company named alone
 * stays a body.
 */
import { carModel } from './car-models.ts';
import { knownName } from './names.ts';

// Words that follow a maker's name to name a product or service ("Apple TV", "Uber Eats").
const PRODUCT_WORDS = new Set(
  `tv;live;eats;money;pay;music;maps;drive;watch;pixel;stadia;pass;plus;prime;now;go;assistant;messenger;photos;docs;
chrome;wallet;arcade;card;pods;buds;home;echo;kindle;store;podcasts;books;video;pro;max;mini;air;ultra;lite;x;edition`.split(/[;\s]+/),
);

// Product brands of their own, never a company's name ("Xbox", "PlayStation", "MacBook"),
// television services sold as a box or a platform ("Freeview", "TiVo", "iPlayer"), and a maker's
// operating systems, services, programs and consoles, alone or opening a product's name ("iOS 17",
// "Android Auto", "HomeKit", "Gmail", "Game Boy", "Google Play", "Microsoft Office").
const PRODUCT_BRANDS = new Set(
  `iphone;ipad;ipod;imac;macbook;airpods;airpod;kindle;xbox;playstation;chromecast;stadia;walkman;gamecube;wii;
apple watch;galaxy tab;oculus quest;nintendo switch;
freeview;freesat;tivo;iplayer;ceefax;betamax;minidisc;sky digital;
windows;ios;ipados;macos;watchos;tvos;android;chromeos;chromebook;thinkpad;homepod;homekit;airplay;carplay;facetime;imessage;
icloud;airtag;gmail;hotmail;photoshop;powerpoint;ps2;ps3;ps4;ps5;n64;3ds;gameboy;game boy;nintendo ds;nintendo 64;dreamcast;
mega drive;kinect;hololens;oculus rift;tamagotchi;google play;google glass;google earth;google translate;samsung galaxy;
microsoft office;microsoft word;microsoft excel;microsoft teams;microsoft edge;internet explorer;amazon alexa;echo dot;
fire tv;vision pro;apple vision;meta quest;steam deck;sega saturn;neo geo;n-gage;zune;palmpilot;palm pilot;treo;motorola razr;
mac os;os x;visual basic;visual studio;quicktime;realplayer;winamp;winzip;chatgpt`.split(/[;\n]/),
);

const brandOf = (word: string): string => word.toLowerCase().replace(/s$/, '');

/**
 * Whether a name of capitalised words names a product: a product brand opening it ("Xbox Live",
 * "MacBooks"), a maker and its car model ("Ford Focus"), or a known company's name followed only
 * by product words ("Apple TV", "Uber Eats"). A name known as a whole ("Google News") is left to the lists.
 *
 * @example
 * productName(['Apple', 'TV']); // true
 * productName(['Apple']); // false
 */
export function productName(words: readonly string[]): boolean {
  const first = words[0];
  if (first === undefined || knownName(words.join(' '))) return false;
  if (PRODUCT_BRANDS.has(brandOf(first)) || PRODUCT_BRANDS.has(first.toLowerCase())) return true;
  // "Ford Focus", "Kia Sorento": a maker and one of its car models.
  if (carModel(words)) return true;
  if (words.length > 1 && PRODUCT_BRANDS.has(words.slice(0, 2).join(' ').toLowerCase())) return true;
  if (words.length < 2 || knownName(first)?.type !== 'organization') return false;
  return words.slice(1).every((w) => PRODUCT_WORDS.has(w.toLowerCase()) || /^\d+$/.test(w));
}
