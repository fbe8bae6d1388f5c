/**
 * @module
 * Firms whose names read like a person's ("Lockheed Martin", "Northrop Grumman", "Eli Lilly",
 * "Taylor Wimpey"): founders' surnames joined, or a given name and a surname. The name-shape
 * rules would take them for people, so they are known by name. Entries are `Canonical name|alias`.
 */

/** Firms named after people, often in business, defence and legal news. */
export const EPONYMOUS_FIRMS = `Lockheed Martin|Lockheed;Northrop Grumman|Northrop;Piper Jaffray;Piper Sandler;Pratt & Whitney;
Booz Allen Hamilton|Booz Allen;Baker McKenzie;Allen & Overy;Clifford Chance;Ernst & Young;Rolls-Royce;Harley-Davidson;
Smith & Wesson;Frost & Sullivan;Abercrombie & Fitch;Lehman Brothers;Bear Stearns;Dun & Bradstreet;Jardine Matheson;Holland & Barrett;
Bang & Olufsen;Johnson Matthey;Taylor Wimpey;Kraft Heinz;Sullivan & Cromwell;Cantor Fitzgerald;Franklin Templeton;
T. Rowe Price;Baker Hughes;Thermo Fisher Scientific|Thermo Fisher;Eli Lilly;Bristol Myers Squibb|Bristol-Myers Squibb;
Raytheon;General Dynamics;Deloitte;McKinsey & Company|McKinsey`;
