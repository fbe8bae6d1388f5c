/**
 * @module
 * Holidays, festivals and other yearly events named with no head word that marks them as one
 * ("Diwali", "Thanksgiving", "Yom Kippur", "Mardi Gras", "Burns Night", "Black Friday"). The
 * guidelines count events as no entity; names that end in "Day", "Week" or "Eve" are caught by
 * that head word (NON_ENTITY_HEADS in titles.ts), and Christmas, Easter, Ramadan and New Year
 * are in NEVER_ALONE. A name that is also a place's or a body's is left out ("Glastonbury",
 * "Coachella", "Advent", "Comic Relief"), and so is an event named with its town ("Edinburgh
 * Fringe"), whose town the guidelines label.
 */
import { nameKey } from './names.ts';

// Religious and public holidays, then festivals and yearly shows and shopping days.
const HOLIDAYS = new Set(
  `Diwali;Deepavali;Holi;Navratri;Dussehra;Durga Puja;Raksha Bandhan;Vaisakhi;Baisakhi;Pongal;Onam;Vesak;Songkran;Nowruz;
Eid;Eid al-Fitr;Eid al-Adha;Eid ul-Fitr;Eid ul-Adha;Muharram;Ashura;Mawlid;Hajj;Umrah;Kumbh Mela;Passover;Purim;Sukkot;
Shavuot;Hanukkah;Chanukah;Yom Kippur;Rosh Hashanah;Rosh Hashana;Lent;Pentecost;Whitsun;Candlemas;Michaelmas;Mardi Gras;
Shrove Tuesday;Ash Wednesday;Palm Sunday;Maundy Thursday;Good Friday;Easter Sunday;Easter Monday;Mothering Sunday;
Remembrance Sunday;Thanksgiving;Halloween;Hallowe'en;Hogmanay;Kwanzaa;Juneteenth;Chinese New Year;Lunar New Year;
Bonfire Night;Guy Fawkes Night;Burns Night;Day of the Dead;Dia de los Muertos;Día de los Muertos;Cinco de Mayo;
Oktoberfest;Burning Man;Live Aid;Live 8;Black Friday;Cyber Monday;Super Tuesday`
    .split(';')
    .map((n) => nameKey(n.trim())),
);

/**
 * Whether a name is a listed holiday or yearly event.
 *
 * @example
 * isHoliday('Yom Kippur'); // true
 * isHoliday('Tesco'); // false
 */
export function isHoliday(name: string): boolean {
  return HOLIDAYS.has(nameKey(name));
}
