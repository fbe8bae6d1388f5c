/**
 * @module
 * `extractQuotes`: the quotations in an article's body and who said each, with the speaker's role
 * as written. A quotation with no attribution of its own that follows another (in the same or the
 * next paragraph) is given the same speaker, as news style intends.
 */
import type { Mention } from './entity.ts';
import { attribute, kindOf, type QuoteContext } from './attribute.ts';
import { type EntitySource, type TextUnit, textUnits } from './extract-entities.ts';
import { nameIndex, type NamedAt } from './named-in-text.ts';
import { isPress, pronounFor } from './names.ts';
import type { Quote } from './quote.ts';
import { insideSpan, type QuoteSpan, quoteSpans } from './quote-spans.ts';
import { singleQuoteSpans } from './single-quotes.ts';
import { sentenceRanges } from './sentences.ts';
import { isCiteVerb, isSayVerb } from './speech.ts';
import type { Token } from './tokenize.ts';
import { unnamedSpeakers } from './unnamed-speakers.ts';
import { documentAuthor } from './document-author.ts';
import { linkQuotes, type QuoteFacts } from './linked-quotes.ts';
import { quotedTitle } from './quoted-titles.ts';
import { nicknames } from './nicknames.ts';
import { afterPronoun, subjectPronouns } from './pronoun-chains.ts';
import { signatureOf } from './signed-quotes.ts';
import { genderFrom, tallyGenders } from './text-genders.ts';

type Named = Mention['entity'];

// Two or three quoted words that no one is said to say are scare quotes or titles.
const MIN_UNATTRIBUTED_WORDS = 4;
const wordCount = (text: string): number => text.split(/\s+/).length;
const FEMALE = /^(?:mrs|ms|miss|dame|lady|baroness)$/;
const MALE = /^(?:mr|sir|lord)$/;

/**
 * How many tokens either side of a quotation its attribution is looked for in. A sentence is
 * seldom longer; without a bound, text of thousands of quotation marks with no full stop (such
 * as JSON pasted as prose) took time growing with the square of its length.
 */
const REACH = 120;

/** Whether the quotation `span` is still open at the end of its paragraph's `text`. */
const leftOpen = (text: string, span: QuoteSpan): boolean =>
  span.close === text.trimEnd().length && !/[”"’]/.test(text[span.close - 1] ?? '');

/**
 * Whether a story quotes in single marks: no double mark anywhere in its body, and a single one
 * opening before a word.
 */
const singleStyle = (body: readonly TextUnit[]): boolean =>
  !body.some((u) => /[“”"]/.test(u.text)) && body.some((u) => /(?:^|[\s(])‘\p{L}/u.test(u.text));

/** The first index of `sorted` whose value is at least `value`. */
function lowerBound<T>(sorted: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(sorted[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The people named outside quotation marks, first-named of each sentence first (its likely subject). */
function subjects(
  unit: TextUnit,
  named: readonly NamedAt[],
  spans: readonly QuoteSpan[],
  sentences: ReturnType<typeof sentenceRanges>,
): NamedAt[][] {
  // A possessive ("Putin's …") is seldom the subject: keep it after the others (in two lists, as
  // inserting each name before the first possessive was quadratic in a sentence of thousands).
  const bySentence = new Map<readonly [number, number], [NamedAt[], NamedAt[]]>();
  for (const n of named) {
    if (n.entity.type !== 'person') continue;
    const at = unit.tokens[n.from]!.start;
    if (insideSpan(spans, at)) continue;
    const sentence = sentences[n.from]!;
    const lists = bySentence.get(sentence) ?? [[], []];
    lists[unit.tokens[n.to - 1]?.possessive ? 1 : 0].push(n);
    bySentence.set(sentence, lists);
  }
  return [...bySentence.values()].map(([others, possessives]) => others.concat(possessives));
}

/** Whether the quotation mark at `open` opens a nickname inside a name ("Thomas “Tommy” Reed"). */
const nicknameAt = (text: string, open: number): boolean => nicknames(text).some(([at]) => at === open);

/**
 * A block quotation that holds quotations of its own ("…the “Netflix of games,” it turns out…")
 * but does not open with one nor attribute any: the marks are the quoted writer's, and the whole
 * block is the quotation.
 */
const quotesWithin = (unit: TextUnit, spans: readonly QuoteSpan[]): boolean =>
  !/^\s*[“"‘']/.test(unit.text) && !unit.tokens.some((t) => isCiteVerb(t.text) && !insideSpan(spans, t.start));

/** The lower-case words of an apposition from token k up to its closing comma or full stop ("a spokeswoman for the trust"). */
function appositionWords(tokens: readonly Token[], k: number): string {
  const words: string[] = [];
  for (let j = k; j < Math.min(k + 8, tokens.length); j++) {
    const t = tokens[j]!;
    if (!t.word) break;
    words.push(t.text.toLowerCase());
  }
  return /^(?:a|an|the|his|her|its|their)$/.test(words[0] ?? '') || tokens[k]?.possessive ? words.join(' ') : '';
}

// Fewer words than this after "Name:" are a label or a caption, not an answer.
const MIN_TRANSCRIPT_WORDS = 6;

/**
 * "Anna Cole: They will come back when the dredging is done.": a paragraph of an interview set down
 * as a transcript, a person's name and a colon before their words (no quotation marks), the words
 * a sentence or more.
 */
function transcriptLine(unit: TextUnit, named: readonly NamedAt[]): { speaker: Named; text: string } | undefined {
  const first = named.find((n) => n.from === 0);
  if (first?.entity.type !== 'person' || unit.tokens[first.to]?.text !== ':') return undefined;
  const text = unit.text.slice(unit.tokens[first.to]!.start + 1).trim();
  return wordCount(text) >= MIN_TRANSCRIPT_WORDS && /[.!?…]$/.test(text) ? { speaker: first.entity, text } : undefined;
}

// How many tokens a clause of saying standing alone after its quotation may hold ("Anna Cole said on Monday.").
const SHORT_SAYING = 8;

/** Whether the sentence `range` is a short clause of saying with no quotation of its own: "Anna Cole said." */
function shortSaying(tokens: readonly Token[], range: readonly [number, number]): boolean {
  const [from, to] = range;
  if (to - from > SHORT_SAYING || tokens[to - 1]?.text !== '.') return false;
  const part = tokens.slice(from, to);
  return !part.some((t) => /[“”"‘]/.test(t.text)) && part.slice(1, 5).some((t) => isSayVerb(t.text)) && !isSayVerb(part[0]!.text);
}

/** Quotations of the body, given the units already tokenised (see `enrich`). */
export function quotesIn(units: readonly TextUnit[], mentions: readonly Mention[]): Quote[] {
  const index = nameIndex(mentions);
  const body = units.filter((u) => u.block >= 0 && !u.titleCase);
  const namedByUnit = body.map((u) => index.find(u.tokens, u.text));
  const roles = new Map<string, string>();
  const genders = new Map<string, 'he' | 'she'>();
  for (const named of namedByUnit) {
    for (const n of named) {
      if (n.role && !roles.has(n.entity.slug)) roles.set(n.entity.slug, n.role);
      const g = n.honorific && FEMALE.test(n.honorific) ? 'she' : n.honorific && MALE.test(n.honorific) ? 'he' : undefined;
      if (g && !genders.has(n.entity.slug)) genders.set(n.entity.slug, g);
    }
  }
  const spansByUnit: QuoteSpan[][] = [];
  const spansOf = singleStyle(body) ? singleQuoteSpans : quoteSpans;
  body.forEach((u, i) => {
    const before = i > 0 && body[i - 1]!.block === u.block - 1 ? spansByUnit[i - 1]!.at(-1) : undefined;
    spansByUnit.push(spansOf(u.text, before !== undefined && leftOpen(body[i - 1]!.text, before)));
  });
  const sentencesByUnit = body.map((u, i) => sentenceRanges(u.text, u.tokens, spansByUnit[i]!));
  const tally = new Map<string, { he: number; she: number }>();
  body.forEach((u, i) => {
    tallyGenders(tally, u.tokens, namedByUnit[i]!, sentencesByUnit[i]!, (t) => insideSpan(spansByUnit[i]!, t.start));
  });
  // What the text has called someone whose name does not say: once "he", no later "she" is them.
  const learnt = new Map<string, 'he' | 'she'>();
  const genderOf = (e: Named): 'he' | 'she' | undefined =>
    genders.get(e.slug) ?? pronounFor(e.name.split(/\s+/)[0] ?? '') ?? genderFrom(tally.get(e.slug)) ?? learnt.get(e.slug);
  const subjectsByUnit = body.map((u, i) => subjects(u, namedByUnit[i]!, spansByUnit[i]!, sentencesByUnit[i]!));
  const unnamedByUnit = body.map((u, i) => unnamedSpeakers(u.tokens, sentencesByUnit[i]!));
  const pronounsByUnit = body.map((u, i) => subjectPronouns(u.tokens, spansByUnit[i]!));
  // "Anna Cole, a spokeswoman for the trust,": what an apposition after a name says the person is.
  const apposed = new Map<string, string>();
  body.forEach((u, i) => {
    for (const n of namedByUnit[i]!) {
      if (n.entity.type === 'person' && !apposed.has(n.entity.slug) && u.tokens[n.to]?.text === ',')
        apposed.set(n.entity.slug, appositionWords(u.tokens, n.to + 1));
    }
  });
  const personWithTitle = (title: string): Named | null => {
    const hit = mentions.find((m) => m.entity.type === 'person' && roles.get(m.entity.slug)?.toLowerCase().split(/\s+/).includes(title));
    return hit?.entity ?? null;
  };
  /** The one person an apposition or role gave the office `title` ("the spokeswoman said"), else null. */
  const personCalled = (title: string): Named | null => {
    const hits = mentions.filter(
      (m) =>
        m.entity.type === 'person' &&
        (roles.get(m.entity.slug)?.toLowerCase().split(/\s+/).includes(title) || apposed.get(m.entity.slug)?.split(' ').includes(title)),
    );
    return new Set(hits.map((m) => m.entity.slug)).size === 1 ? hits[0]!.entity : null;
  };
  const bodies = mentions
    .filter((m) => m.entity.type === 'organization')
    .map((m) => ({ entity: m.entity, words: new Set(m.entity.name.toLowerCase().split(/\s+/)) }));
  // Only a description that fits one body of the article names it: "the council" of a story of two councils is neither.
  const bodyCalled = (words: readonly string[]): Named | null => {
    const fits = bodies.filter((b) => words.every((w) => b.words.has(w)));
    return fits.length === 1 ? fits[0]!.entity : null;
  };
  const authorOf = (u: number, noun: string, k: number): Named | null | undefined => {
    for (let v = u; v >= 0; v--) {
      const tokens = body[v]!.tokens;
      for (let j = (v === u ? k : tokens.length) - 1; j >= 0; j--) {
        if (tokens[j]!.text.toLowerCase() !== noun) continue;
        const author = documentAuthor(tokens, namedByUnit[v]!, j);
        if (author !== undefined) return author;
      }
    }
    return undefined;
  };
  const quotes: Quote[] = [];
  const facts: QuoteFacts[] = [];
  let previous: { block: number; speaker: Named | null } | undefined;
  const headings = units.filter((x) => x.titleCase && x.block >= 0).map((x) => x.block);
  const unitAt = new Map(body.map((x) => [x.block, x]));
  /**
   * Whether block `b` follows block `a` in the flow of the text: pictures and their captions
   * between them (pages set them mid-story) do not part them; a heading or a paragraph does.
   */
  const joined = (a: number, b: number): boolean => {
    if (a >= b) return false;
    for (let x = a + 1; x < b; x++) if (headings.includes(x) || (unitAt.has(x) && !unitAt.get(x)!.figure)) return false;
    return true;
  };
  /** The unit the flow of the text puts just before unit `u`, or -1. */
  const prior = (u: number): number => {
    let v = u - 1;
    while (v >= 0 && body[v]!.figure) v--;
    return v >= 0 && joined(body[v]!.block, body[u]!.block) ? v : -1;
  };
  /**
   * Who the paragraph just before unit `u` ends by reporting as speaking ("Erekat said it was
   * only the latest move.", "Google confirmed this in a statement:"): the first name of its last
   * sentence that `fits`, before a verb of saying.
   */
  const endsReporting = (u: number, fits: (n: NamedAt) => boolean): Named | null => {
    const v = prior(u);
    if (v < 0) return null;
    const tokens = body[v]!.tokens;
    const last = sentencesByUnit[v]![tokens.length - 1];
    if (!last) return null;
    const verb = tokens.findIndex((t, k) => k >= last[0] && k < last[1] && isCiteVerb(t.text));
    const spoke = namedByUnit[v]!.find((n) => n.from >= last[0] && n.from < verb && fits(n) && !tokens[n.to - 1]!.possessive);
    return spoke?.entity ?? null;
  };
  /**
   * A quotation opening unit `u` with no attribution: the person the paragraph before ends by
   * reporting, if that last sentence quotes no one at length (a word or two in marks, "called all
   * women “Betty”", is no quotation to continue).
   */
  const reportedBefore = (u: number): Named | null => {
    const v = prior(u);
    if (v < 0) return null;
    const tokens = body[v]!.tokens;
    const last = sentencesByUnit[v]![tokens.length - 1];
    const from = last ? tokens[last[0]]!.start : 0;
    const quotesAtLength = spansByUnit[v]!.some((s) => s.close > from && wordCount(s.text) >= MIN_UNATTRIBUTED_WORDS);
    return quotesAtLength ? null : endsReporting(u, (n) => n.entity.type === 'person');
  };
  /** The person the text was about before token `k` of unit `u`, of the pronoun's gender if one is given. */
  const subjectIn = (u: number, k: number, pronoun?: string): Named | null => {
    const fits = (n: NamedAt): boolean => pronoun === undefined || genderOf(n.entity) === undefined || genderOf(n.entity) === pronoun;
    for (let v = u; v >= 0; v--) {
      const groups = subjectsByUnit[v]!;
      // "She gave me her sister’s number, Maria Dunn’s. “…,” she said.": a name after the same
      // pronoun in its sentence is not the one the pronoun goes on referring to.
      const chained = (n: NamedAt): boolean =>
        pronoun !== undefined && afterPronoun(pronounsByUnit[v]!, pronoun, sentencesByUnit[v]![n.from]![0], n.from);
      let hit: NamedAt | undefined;
      for (let g = groups.length - 1; g >= 0 && !hit; g--) hit = groups[g]!.find((n) => (v < u || n.from < k) && fits(n) && !chained(n));
      // "A spokesman said … He said …": the pronoun is the unnamed source's, when they spoke after the person was named.
      const unnamed =
        pronoun !== undefined &&
        unnamedByUnit[v]!.some(
          (s) => (v < u || s.from < k) && (s.pronoun === undefined || s.pronoun === pronoun) && (!hit || s.from > hit.from),
        );
      if (unnamed) return null;
      if (hit && pronoun !== undefined && genderOf(hit.entity) === undefined) learnt.set(hit.entity.slug, pronoun as 'he' | 'she');
      if (hit) return hit.entity;
    }
    return null;
  };
  /**
   * "Tom Reed, who runs the harbour, was blunt. ⏎ “…”": a quotation opening unit `u` with no
   * attribution, after a paragraph whose last sentence opens with a person and quotes no one.
   */
  const introducedAbove = (u: number): Named | null => {
    const v = prior(u);
    if (v < 0) return null;
    const tokens = body[v]!.tokens;
    const last = sentencesByUnit[v]![tokens.length - 1];
    if (!last) return null;
    let first = last[0];
    while (first < last[1] && /^(?:but|and|yet|,)$/i.test(tokens[first]!.text)) first++;
    const person = namedByUnit[v]!.find((n) => n.from === first && n.entity.type === 'person' && !tokens[n.to - 1]!.possessive);
    const quotes = spansByUnit[v]!.some((s) => s.close > tokens[last[0]]!.start);
    if (quotes) return null;
    if (person) return person.entity;
    // "She was delighted afterwards. ⏎ “…”": the person the pronoun refers to.
    const word = tokens[first]?.text ?? '';
    return word === 'He' || word === 'She' ? subjectIn(v, first, word.toLowerCase()) : null;
  };
  /**
   * "The harbour master, Anna Cole, was blunt about the plans: ⏎ “…”": a paragraph ending in a
   * colon introduces the quotation opening the next, by the person its last sentence is about (the
   * first named there); undefined when it names no one.
   */
  const colonAbove = (u: number): Named | null | undefined => {
    const v = prior(u);
    if (v < 0 || !body[v]!.text.trimEnd().endsWith(':')) return undefined;
    const tokens = body[v]!.tokens;
    const last = sentencesByUnit[v]![tokens.length - 1];
    if (!last) return undefined;
    const person = subjectsByUnit[v]!.find((g) => g[0] && g[0].from >= last[0])?.find((n) => !tokens[n.to - 1]!.possessive);
    if (person) return person.entity;
    // "She was blunt:" — the pronoun's person; "A council spokesman was blunt:" — no one named,
    // unless "the" refers back to someone the text gave that office ("The harbour master was blunt:").
    const first = tokens[last[0]]?.text ?? '';
    if (first === 'He' || first === 'She') return subjectIn(v, last[0], first.toLowerCase());
    if (!/^(?:a|an|one|another|the)$/i.test(first)) return undefined;
    if (first.toLowerCase() !== 'the') return null;
    for (let k = last[0] + 1; k < Math.min(last[0] + 5, last[1]) && tokens[k]!.word; k++) {
      const known = personCalled(tokens[k]!.text.toLowerCase());
      if (known) return known;
    }
    return null;
  };
  /** The signature line ("[Kelby Courier]") closing the run of block quotations that unit `u` is in. */
  const signedBelow = (u: number): Named | null => {
    let w = u + 1;
    while (body[w]?.setApart && body[w]!.block === body[w - 1]!.block + 1) w++;
    const line = body[w];
    return line && !line.setApart && line.block === body[w - 1]!.block + 1 ? signatureOf(line.tokens, namedByUnit[w]!) : null;
  };
  /**
   * Who a block quotation is by: the page's own attribution, else whoever the sentence before it
   * says spoke ("Google confirmed this in a statement:"), else the person the text is about.
   */
  const setApartSpeaker = (attribution: string | undefined, u: number): Named | null => {
    if (attribution) {
      const named = mentions.find((m) => attribution.includes(m.entity.name) && m.entity.type !== 'place');
      return named?.entity ?? null;
    }
    const signed = signedBelow(u);
    if (signed) return signed;
    const spoke = prior(u) >= 0 && !body[prior(u)]!.setApart ? endsReporting(u, (n) => n.entity.type !== 'place') : null;
    if (spoke) return spoke;
    if (previous && joined(previous.block, body[u]!.block)) return previous.speaker;
    // A heading opens a new part of the page: a passage under it is no longer the text's subject's.
    for (let v = u - 1; v >= 0 && !headings.some((h) => h > body[v]!.block && h < body[u]!.block); v--) {
      const person = subjectsByUnit[v]!.flat().at(-1);
      if (person) return person.entity;
    }
    return null;
  };

  /**
   * A story's opening paragraph often describes its source ("a leading industry figure has said")
   * and names them in the next: the first person (or body) that paragraph names.
   */
  const introducedNext = (type: 'person' | 'organization'): Named | null =>
    body[1] && body[1].block === body[0]!.block + 1 ? (namedByUnit[1]!.find((n) => n.entity.type === type)?.entity ?? null) : null;

  body.forEach((unit, u) => {
    const spans = spansByUnit[u]!;
    if (unit.setApart && (spans.length === 0 || quotesWithin(unit, spans))) {
      // A block quotation without marks of its own: the whole block is the quotation.
      const speaker = setApartSpeaker(unit.setApart.attribution, u);
      const role = speaker ? roles.get(speaker.slug) : undefined;
      quotes.push({
        text: unit.text.trim(),
        speaker: speaker ? { name: speaker.name, slug: speaker.slug } : null,
        ...(role ? { role } : {}),
        block: unit.block,
        kind: 'direct',
      });
      facts.push({ attributed: unit.setApart.attribution !== undefined, opensBlock: true, leftOpen: false });
      previous = { block: unit.block, speaker };
      return;
    }
    const line = spans.length === 0 && !unit.setApart && !unit.figure ? transcriptLine(unit, namedByUnit[u]!) : undefined;
    if (line) {
      // "Anna Cole: They will come back.": an interview set down as a transcript.
      const role = roles.get(line.speaker.slug);
      quotes.push({
        text: line.text,
        speaker: { name: line.speaker.name, slug: line.speaker.slug },
        ...(role ? { role } : {}),
        block: unit.block,
        kind: 'direct',
      });
      facts.push({ attributed: true, opensBlock: true, leftOpen: false });
      previous = { block: unit.block, speaker: line.speaker };
      return;
    }
    if (spans.length === 0) return;
    const named = namedByUnit[u]!;
    const byStart = [...named].sort((a, b) => a.from - b.from);
    const sentences = sentencesByUnit[u]!;
    const tokenAt = (offset: number): number => lowerBound(unit.tokens, offset, (t) => t.start);
    const subjectBefore = (k: number, pronoun?: string): Named | null => subjectIn(u, k, pronoun);
    const bodyBefore = (k: number, press = true, subject = false): Named | null => {
      for (let v = u; v >= 0; v--) {
        const hit = namedByUnit[v]!.filter(
          (n) => n.entity.type === 'organization' && (v < u || n.from < k) && (press || !isPress(n.entity.name)),
        ).at(subject ? 0 : -1);
        if (hit) return hit.entity;
      }
      return null;
    };
    /** The person who spoke (by a verb of saying) in the sentence just before token k. */
    const speakerBefore = (k: number): Named | null => {
      const previous = sentences[k - 1];
      if (!previous) return null;
      const hasVerb = unit.tokens.slice(previous[0], previous[1]).some((t) => isCiteVerb(t.text));
      const person = named.find(
        (n) => n.from >= previous[0] && n.from < previous[1] && n.entity.type === 'person' && !unit.tokens[n.to - 1]!.possessive,
      );
      return hasVerb && person && !insideSpan(spans, unit.tokens[person.from]!.start) ? person.entity : null;
    };
    /**
     * "Roddick was left frustrated after the match. “It's just tough …”": the person the sentence
     * just before opens with, when that sentence quotes no one.
     */
    const introducedBefore = (k: number): Named | null => {
      const previous = sentences[k - 1];
      if (!previous) return null;
      let first = previous[0];
      while (first < previous[1] && /^(?:but|and|yet|,)$/i.test(unit.tokens[first]!.text)) first++;
      const person = named.find((n) => n.from === first && n.entity.type === 'person' && !unit.tokens[n.to - 1]!.possessive);
      const quotes = spans.some((s) => s.open >= unit.tokens[previous[0]]!.start && s.open < unit.tokens[k]!.start);
      return person && !quotes ? person.entity : null;
    };
    const afterColon = (open: number): boolean =>
      unit.tokens[open - 1]?.text === ':' &&
      !named.some((n) => n.from >= sentences[open]![0] && n.from < open && n.entity.type !== 'place');
    for (const span of spans) {
      const open = tokenAt(span.open);
      const close = tokenAt(span.close);
      const whole = sentences[open] ?? ([open, close] as const);
      // Attribution reads the sentence around the quotation, up to REACH tokens either side.
      // "“We will stay.” Anna Cole said.": a short clause of saying split from its quotation by
      // the full stop inside the marks is read with it.
      const end =
        close >= whole[1] && sentences[whole[1]] && shortSaying(unit.tokens, sentences[whole[1]]!) ? sentences[whole[1]]![1] : whole[1];
      const sentence = [Math.max(whole[0], open - REACH), Math.min(end, close + REACH)] as const;
      const near = byStart.slice(
        lowerBound(byStart, sentence[0], (n) => n.from),
        lowerBound(byStart, sentence[1], (n) => n.from),
      );
      const ctx: QuoteContext = {
        tokens: unit.tokens,
        named: near,
        sentence,
        subjectBefore,
        personWithTitle,
        personCalled,
        bodyBefore,
        bodyCalled,
        authorOf: (noun, k) => authorOf(u, noun, k),
      };
      if (quotedTitle(unit.text, span.open, span.text) || nicknameAt(unit.text, span.open)) continue;
      const words = wordCount(span.text);
      const found = attribute(ctx, open, close, words < MIN_UNATTRIBUTED_WORDS);
      const opensSentence = open === whole[0];
      let speaker: Named | null;
      let at: NamedAt | undefined;
      if (found?.found && found.introduced && u === 0) speaker = introducedNext(found.introduced);
      else if (found?.found) [speaker, at] = [found.speaker, found.at];
      else if (opensSentence && speakerBefore(open)) speaker = speakerBefore(open);
      else if (opensSentence && introducedBefore(open)) speaker = introducedBefore(open);
      else if (whole[0] === 0 && reportedBefore(u)) speaker = reportedBefore(u);
      else if (whole[0] === 0 && span.open <= 1 && !unit.tokens.slice(close, whole[1]).some((t) => t.word) && introducedAbove(u))
        speaker = introducedAbove(u);
      else if (whole[0] === 0 && span.open <= 1 && colonAbove(u) !== undefined) speaker = colonAbove(u)!;
      else if (opensSentence && previous && (previous.block === unit.block || joined(previous.block, unit.block)))
        speaker = previous.speaker;
      // "That process led to a realization: “…”": words at length after a colon, with no one named
      // in their sentence, go on with whoever was quoted just before.
      else if (
        words >= MIN_UNATTRIBUTED_WORDS &&
        afterColon(open) &&
        previous?.speaker &&
        (previous.block === unit.block || joined(previous.block, unit.block))
      )
        speaker = previous.speaker;
      else if (words >= MIN_UNATTRIBUTED_WORDS && opensSentence) speaker = null;
      else continue;
      const role = speaker ? (at?.role ?? roles.get(speaker.slug)) : undefined;
      quotes.push({
        text: span.text,
        speaker: speaker ? { name: speaker.name, slug: speaker.slug } : null,
        ...(role ? { role } : {}),
        block: unit.block,
        kind: kindOf(ctx, open),
      });
      facts.push({
        attributed: found?.found === true,
        opensBlock: span.open <= 0,
        leftOpen: span === spans.at(-1) && leftOpen(unit.text, span),
      });
      previous = { block: unit.block, speaker };
    }
  });
  return linkQuotes(quotes, facts);
}

/**
 * The quotations in an article's body, each with its speaker (one of `mentions`, or null when the
 * text names no one) and the speaker's role as written.
 *
 * @example
 * const article = { headline: 'Talks', body: [{ type: 'paragraph', content: [{ type: 'text', text: '“We agreed,” Putin said.' }] }] };
 * extractQuotes(article, extractEntities(article));
 * // [{ text: 'We agreed,', speaker: { name: 'Putin', slug: 'putin' }, block: 0, kind: 'direct' }]
 */
export function extractQuotes(article: EntitySource, mentions: readonly Mention[]): Quote[] {
  return quotesIn(textUnits(article), mentions);
}
