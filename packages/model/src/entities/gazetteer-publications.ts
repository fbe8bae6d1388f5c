/**
 * @module
 * Science journals and magazines that the outlets of `gazetteer-orgs.ts` and `gazetteer-firms.ts`
 * lack, filled in by category from public knowledge: the main general, medical and life-science
 * journals and their families ("Nature Medicine", "JAMA Pediatrics"), preprint servers, and the
 * magazines of news, culture, music, film, style, food, motoring and sport of the US and Britain.
 * Each form copy writes is its own entry. Read after those lists, which win.
 *
 * A title that is an ordinary word ("Nature", "Science", "Time", "The Spectator") cannot be
 * listed so: `names.ts` would not take a one-word name that is a word, and it would be wrong
 * wherever the word is meant. Such titles are kept apart in `PUBLICATION_WORDS` and are a body
 * only where the words around them prove a publication ("published in Nature", "told Time"; see
 * `publications.ts`).
 */

/** General, medical and life-science journals, their families, and preprint servers. */
export const JOURNALS = `Annals of Internal Medicine;Archives of Disease in Childhood;BMJ Open;Cell Reports;Cell Metabolism;
Current Biology;Diabetes Care;Emerging Infectious Diseases;Eurosurveillance;Environmental Research Letters;
Geophysical Research Letters;JAMA Internal Medicine;JAMA Network Open;JAMA Pediatrics;Lancet Global Health;Lancet Public Health;
The Lancet Infectious Diseases;The Lancet Psychiatry;Lancet Oncology;Lancet Neurology;Monthly Notices of the Royal Astronomical Society;
Morbidity and Mortality Weekly Report;Nature Astronomy;Nature Biotechnology;Nature Chemistry;Nature Climate Change;
Nature Communications;Nature Genetics;Nature Geoscience;Nature Human Behaviour;Nature Materials;Nature Medicine;
Nature Microbiology;Nature Nanotechnology;Nature Neuroscience;Nature Photonics;Nature Physics;Nature Reviews;
Nature Sustainability;Nature Energy;PLOS Biology;PLOS Medicine;PLOS One;Physical Review Letters;Proceedings of the Royal Society B;
Psychological Science;Quaternary Science Reviews;Royal Society Open Science;Science Advances;Science Immunology;
Science Translational Medicine;Science Robotics;Journal of Clinical Oncology;Journal of Neuroscience;Journal of Experimental Medicine;
Journal of the American Chemical Society;Journal of the National Cancer Institute;American Journal of Psychiatry;
American Journal of Epidemiology;American Journal of Public Health;Astrophysical Journal;eLife;arXiv;
bioRxiv;medRxiv`;

/** Magazines of news, ideas, culture, music, film, style, food, motoring and sport. */
export const MAGAZINES = `The New Republic;The American Conservative;The American Prospect;The Weekly Standard;Washington Monthly;
Texas Monthly;New York Magazine;Harper's Magazine;The Times Literary Supplement;Literary Review;The Paris Review;
Kirkus Reviews;Publishers Weekly;The Big Issue;History Today;Christianity Today;Country Life;Good Housekeeping;Men's Health;
Women's Health;Teen Vogue;TV Guide;Tatler;Grazia;Granta;Dezeen;Stereogum;Highsnobiety;Hypebeast;Saveur;Autocar;Autosport;
Classic Rock;Metal Hammer;Total Film;Sight and Sound;Little White Lies;Screen International;Screen Daily;Marketing Week;
Retail Week;Cycling Weekly;Golf Digest;Golf Monthly;Rugby World;World Soccer;When Saturday Comes;Runner's World;Wine Spectator;
Serious Eats;BBC Good Food;BBC Science Focus;BBC Wildlife;Nintendo Life;Pure Xbox;Retro Gamer;Consequence of Sound`;

/**
 * Titles of journals, magazines and news sites that are ordinary words, without the "The" some of
 * them take ("The Spectator", "The Hill"): a body only where the words around them prove a
 * publication (`publications.ts`).
 */
export const PUBLICATION_WORDS = new Set([
  'Nature',
  'Science',
  'Neuron',
  'Lancet',
  'Time',
  'Fortune',
  'People',
  'Slate',
  'Salon',
  'Vogue',
  'Glamour',
  'Esquire',
  'Empire',
  'Mojo',
  'Uncut',
  'Prospect',
  'Reason',
  'Dissent',
  'Vulture',
  'Pitchfork',
  'Spectator',
  'Nation',
  'Intercept',
  'Critic',
  'Dispatch',
  'Bulwark',
  'Advocate',
  'Progressive',
  'Grocer',
  'Bookseller',
  'Cricketer',
  'Ecologist',
  'Oldie',
  'Tablet',
  'Field',
  'Lady',
  'Hill',
  'Week',
  'Conversation',
  'Register',
  'Information',
  'Onion',
]);
