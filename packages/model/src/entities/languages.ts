/**
 * @module
 * Names of languages, which the guidelines count as no place: "written in Aramaic", "a Gaelic
 * version" read like a place after "in" or before a noun. Nationality words that are also
 * languages ("French", "Welsh") are known as such already; these are the languages that are no
 * nationality's adjective.
 */

const LANGUAGES = new Set(
  `aramaic;hebrew;latin;gaelic;sanskrit;swahili;kiswahili;esperanto;yiddish;urdu;hindi;bengali;punjabi;gujarati;marathi;
tamil;telugu;kannada;malayalam;mandarin;cantonese;putonghua;farsi;pashto;dari;tagalog;amharic;tigrinya;hausa;yoruba;igbo;
zulu;xhosa;afrikaans;basque;catalan;galician;breton;manx;flemish;romansh;romani;maori;inuktitut;quechua;guarani;aymara;
berber;tamazight;kurmanji;sorani;uzbek;pidgin;creole;klingon;ladino;coptic;sumerian`.split(/[;\s]+/),
);

/**
 * Whether a one-word name is a language's.
 *
 * @example
 * isLanguage('Aramaic'); // true
 * isLanguage('Armenia'); // false
 */
export function isLanguage(name: string): boolean {
  return LANGUAGES.has(name.toLowerCase());
}
