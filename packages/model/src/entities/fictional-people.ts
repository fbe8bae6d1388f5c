/**
 * @module
 * Well-known fictional characters of literature, film, television, comics and games whose names
 * look like a person's ("Ian Malcolm", "Lady Macbeth", "Tony Soprano", "Samus Aran"). The
 * guidelines leave fictional characters out. Names that real people in the news also carry are
 * left out ("Jon Snow", "Jack Ryan", "Walter White", "Sarah Connor", "Michael Scott", "Tom Jones",
 * "Rachel Green"): a story writes "the character X" or "played X" when it means the character,
 * which works.ts reads. The lists of known-works.ts hold the older entries.
 */

// Characters of novels, plays and children's books.
const BOOKS = `Sherlock Holmes;Hercule Poirot;Miss Marple;Jane Marple;Ebenezer Scrooge;Jean Valjean;Elizabeth Bennet;Mr Darcy;
Fitzwilliam Darcy;Heathcliff;Jay Gatsby;Holden Caulfield;Atticus Finch;Scout Finch;Boo Radley;Huck Finn;Huckleberry Finn;
Tom Sawyer;Captain Ahab;Captain Nemo;Phileas Fogg;Long John Silver;Captain Hook;Tinker Bell;Bilbo Baggins;Frodo Baggins;
Samwise Gamgee;Aragorn;Legolas;Gollum;Sauron;Saruman;Galadriel;Hermione Granger;Ron Weasley;Albus Dumbledore;Dumbledore;
Severus Snape;Lord Voldemort;Voldemort;Draco Malfoy;Rubeus Hagrid;Katniss Everdeen;Bella Swan;Edward Cullen;Anastasia Steele;
Lisbeth Salander;George Smiley;Harry Palmer;Tom Ripley;Hannibal Lecter;Clarice Starling;Norman Bates;Jack Torrance;Pennywise;
Ignatius Reilly;Bertie Wooster;Adrian Mole;Billy Bunter;Worzel Gummidge;Paddington Bear;Willy Wonka;Charlie Bucket;
Nancy Drew;Sam Spade;Philip Marlowe;Perry Mason;Dirk Gently;Arthur Dent;Zaphod Beeblebrox;Ford Prefect;Becky Sharp;
Miss Havisham;Fagin;Artful Dodger;Bob Cratchit;Mr Micawber;Wilkins Micawber;Mr Pickwick;Samuel Pickwick;Emma Woodhouse;
Elinor Dashwood;Marianne Dashwood;Catherine Earnshaw;Edward Rochester;Mr Rochester;Tess Durbeyfield;Dorian Gray;
Lady Chatterley;Dr Jekyll;Count Dracula;Victor Frankenstein;Dr Frankenstein;Leopold Bloom;Stephen Dedalus;
Raskolnikov;Emma Bovary;Sancho Panza;Lemuel Gulliver;Humbert Humbert;Yossarian;Randle McMurphy;Nurse Ratched;
Holly Golightly;Scarlett O'Hara;Rhett Butler;Hester Prynne;Ichabod Crane;Allan Quatermain;Lyra Belacqua;Alex Rider;
Tracy Beaker;Horrid Henry;Peter Rabbit;Mrs Tiggy-Winkle;Jemima Puddle-Duck;Winnie the Pooh;Winnie-the-Pooh;Eeyore;Tigger;
Mr Toad;Mr Tumnus;Lucy Pevensie;Edmund Pevensie;Gimli;Smaug;Tarzan;Zorro;Lady Macbeth;Prince Hamlet;
Sir John Falstaff;Shylock;Rupert Bear;Mr Men;Sirius Black;Neville Longbottom;Luna Lovegood;Ginny Weasley;
Bellatrix Lestrange;Minerva McGonagall;Remus Lupin;Dolores Umbridge;Cedric Diggory;Boromir;Faramir;Éowyn;Théoden;Elrond;
Arwen;Khal Drogo;Brienne of Tarth;Sandor Clegane;Petyr Baelish;Theon Greyjoy;Ramsay Bolton;Sydney Carton;Madame Defarge;
Little Nell;Mr Knightley;Catherine Morland;Romeo Montague;Juliet Capulet;Malvolio`;

// Characters of films.
const FILM = `Han Solo;Princess Leia;Leia Organa;Obi-Wan Kenobi;Yoda;Chewbacca;Anakin Skywalker;Kylo Ren;Jabba the Hutt;
Lando Calrissian;Boba Fett;Emperor Palpatine;Marty McFly;Emmett Brown;Ferris Bueller;Travis Bickle;Tony Montana;
Patrick Bateman;Apollo Creed;John Rambo;Rambo;John McClane;Hans Gruber;Ethan Hunt;Ellen Ripley;Sonny Corleone;
Fredo Corleone;Vincent Vega;Jules Winnfield;Marsellus Wallace;Jeffrey Lebowski;Dr Evil;Captain Jack Sparrow;
Elizabeth Swann;Hector Barbossa;Rick Blaine;Ilsa Lund;Charles Foster Kane;Norma Desmond;Dorothy Gale;
Buzz Lightyear;Sheriff Woody;Lightning McQueen;Simba;Mufasa;Jack Skellington;Freddy Krueger;Jason Voorhees;Keyser Söze;
Keyser Soze;Gordon Gekko;Tyler Durden;James T. Kirk;Captain Kirk;Jean-Luc Picard;Captain Picard;Mr Spock;Kathryn Janeway;
Max Rockatansky;Harry Callahan;Axel Foley;Martin Riggs;Roger Murtaugh;Lester Burnham;Benjamin Braddock;Alvy Singer;
Juno MacGuff;Amélie Poulain;Hans Landa;Aldo Raine;Will Hunting;Lloyd Dobler;Mark Darcy;Daniel Cleaver;Ian Malcolm;
Ellie Sattler;Ricky Bobby;Ron Burgundy;Inspector Clouseau;Jacques Clouseau;Willy Loman;Darth Maul;Count Dooku;Mace Windu;
Qui-Gon Jinn;Padmé Amidala;Padme Amidala;Poe Dameron;Din Djarin;Baby Yoda;Grogu;Cassian Andor;Cruella de Vil;Maleficent`;

// Characters of television, comics, cartoons and advertising.
const SCREEN = `Tony Soprano;Carmela Soprano;Jesse Pinkman;Saul Goodman;Don Draper;Peggy Olson;Tyrion Lannister;Cersei Lannister;
Jaime Lannister;Daenerys Targaryen;Ned Stark;Arya Stark;Sansa Stark;Joffrey Baratheon;Fox Mulder;Dana Scully;Jed Bartlet;
Josiah Bartlet;Josh Lyman;Frasier Crane;Niles Crane;Marge Simpson;Lisa Simpson;Maggie Simpson;Montgomery Burns;
Ned Flanders;Krusty the Clown;Stewie Griffin;Eric Cartman;Ross Geller;Chandler Bing;Joey Tribbiani;Monica Geller;
Phoebe Buffay;George Costanza;Cosmo Kramer;Elaine Benes;Carrie Bradshaw;Miranda Hobbes;Buffy Summers;Willow Rosenberg;
Gregory House;Sheldon Cooper;Leonard Hofstadter;Dwight Schrute;Jim Halpert;Leslie Knope;Liz Lemon;Jack Donaghy;
Tony Stark;Peter Parker;Bruce Wayne;Clark Kent;Lois Lane;Lex Luthor;Diana Prince;Bruce Banner;Natasha Romanoff;
Wanda Maximoff;Thanos;Nick Fury;Peter Quill;Harley Quinn;Selina Kyle;Oliver Queen;Matt Murdock;Charles Xavier;Professor X;
Magneto;Dick Grayson;Alfred Pennyworth;Superman;Batman;Wonder Woman;Captain America;Iron Man;
Doctor Strange;Captain Marvel;Rodney Trotter;Derek Trotter;Sybil Fawlty;Edmund Blackadder;Baldrick;Captain Mainwaring;
Hyacinth Bucket;Gareth Keenan;Father Dougal;Patsy Stone;Edina Monsoon;Dot Cotton;
Peggy Mitchell;Phil Mitchell;Ian Beale;Den Watts;Dirty Den;Angie Watts;Kat Slater;Ken Barlow;Deirdre Barlow;
Gail Platt;Rita Sullivan;Jack Duckworth;Vera Duckworth;Bet Lynch;Hilda Ogden;Reg Holdsworth;Jim Royle;
Endeavour Morse;Jane Tennison;Gene Hunt;Tom Barnaby;Rose Tyler;Jack Harkness;Davros;Vicky Pollard;Tintin;Captain Haddock;
Asterix;Obelix;Dennis the Menace;Desperate Dan;Andy Capp;Snoopy;Dilbert;Popeye;Olive Oyl;Betty Boop;Mickey Mouse;
Minnie Mouse;Donald Duck;Daisy Duck;Bugs Bunny;Daffy Duck;Porky Pig;Elmer Fudd;Wile E. Coyote;Fred Flintstone;
Barney Rubble;Yogi Bear;Tinky Winky;Ronald McDonald;Captain Birdseye;Tony the Tiger;Mr Blobby;Omar Little;Jimmy McNulty;
Stringer Bell;Kim Wexler;Mike Ehrmantraut;Gus Fring;Hank Schrader;Skyler White;Roger Sterling;Joan Holloway;Logan Roy;
Shiv Roy;Selina Meyer;Olivia Pope;Meredith Grey;Frank Underwood;Claire Underwood;Carrie Mathison;Captain Peacock;
Mrs Slocombe;Black Widow;Green Lantern;Catwoman;Scarlet Witch;Star-Lord;Rocket Raccoon;Doctor Octopus;Green Goblin;
Supergirl;Batgirl;Two-Face;George Pig;Daddy Pig;Iggle Piggle;Makka Pakka;Upsy Daisy;Mr Tumble`;

// Characters of video games.
const GAME = `Samus Aran;Princess Peach;Princess Zelda;Solid Snake;Gordon Freeman;Nathan Drake;Marcus Fenix;Kratos;Cloud Strife;
Sephiroth;Geralt of Rivia;Ezio Auditore;Niko Bellic;Dr Robotnik;Pikachu;Ash Ketchum;Jill Valentine;
Chris Redfield;Agent 47;Aloy;Bayonetta;Chun-Li;Kazuya Mishima;Leon S. Kennedy;Claire Redfield;Albert Wesker;
Revolver Ocelot;Fox McCloud;Captain Falcon;Princess Daisy;Wario;Ganondorf;Dr Eggman;Dr. Eggman;Sackboy;
Carmen Sandiego;Guybrush Threepwood;Aiden Pearce;Cole Phelps;Tommy Vercetti;Tom Nook`;

/** Names of fictional characters, as written. */
export const FICTIONAL_PEOPLE: readonly string[] = [BOOKS, FILM, SCREEN, GAME].flatMap((list) => list.split(';'));
