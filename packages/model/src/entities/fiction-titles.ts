/**
 * @module
 * Titles of well-known films, television series, novels, plays, operas and video games, across
 * the decades, chosen because they are written like a person's name ("Lady Bird", "Jane Eyre",
 * "Max Payne"), a place's ("Downton Abbey", "Wuthering Heights", "Silent Hill") or a body's, and
 * fictional places and firms of the same works ("Hogwarts", "Dunder Mifflin"). The guidelines
 * count works and the worlds inside them as no entity. Left out: a title that is also a real
 * person's name (biopics such as "Ray", "Malcolm X", "Michael Collins", and "Tom Jones", "David
 * Copperfield"), a real place ("Dunkirk", "Casablanca", "Fargo", "Mulholland Drive", "Brick Lane",
 * "Happy Valley"), one word that is a given name, a surname or a common word ("Carrie",
 * "Luther", "Vertigo"), and a title that news copy writes as ordinary words about a real place
 * (titles match in any case after a capital: "a Beverly Hills cop", "Boston legal team", "Miami
 * vice squad", "Nixon in China", "Midnight in Paris"): those are written "the film X" or quoted
 * when they mean the work, which works.ts reads. The lists of known-works.ts hold the older entries.
 */

// Films, by their name- or place-like titles.
const FILMS = `Lady Bird;Logan Lucky;Marjorie Prime;Jackie Brown;Barton Fink;Citizen Kane;Johnny Guitar;Jules and Jim;Jules et Jim;
Harold and Maude;Thelma & Louise;Thelma and Louise;Kramer vs. Kramer;Kramer vs Kramer;Hannah and Her Sisters;
Ferris Bueller's Day Off;Being John Malkovich;Doctor Zhivago;Dr Zhivago;Dr. Zhivago;Edward Scissorhands;
The Curious Case of Benjamin Button;The Secret Life of Walter Mitty;Driving Miss Daisy;What's Eating Gilbert Grape;
Billy Madison;Happy Gilmore;Ace Ventura;Mrs Doubtfire;Mrs. Doubtfire;Dr Strangelove;Dr. Strangelove;Ruby Sparks;Frances Ha;
Lars and the Real Girl;Marley & Me;Paddington 2;Toy Story;Finding Nemo;Finding Dory;Ratatouille;Mulan;Aladdin;Pinocchio;
Bambi;Cinderella;Snow White;Sleeping Beauty;Peter Pan;Lilo & Stitch;Chicken Run;Fantastic Mr Fox;Fantastic Mr. Fox;
Bugsy Malone;Mr. Bean;Withnail and I;Bridget Jones's Diary;Bridget Jones's Baby;Rosemary's Baby;Sophie's Choice;
Schindler's List;Charlie Wilson's War;Pan's Labyrinth;Kiki's Delivery Service;Jennifer's Body;Barney's Version;
Bill & Ted's Excellent Adventure;Wayne's World;Ocean's Thirteen;Ocean's 8;Ocean's Eight;Carlito's Way;Miller's Crossing;
Mr Holland's Opus;Mr. Holland's Opus;John Wick;Jack Reacher;Rocky Balboa;Conan the Barbarian;Hellboy;Blade Runner;RoboCop;
Judge Dredd;Mad Max;Dirty Harry;Cool Hand Luke;Tootsie;Finding Forrester;Good Will Hunting;Rain Man;Dr. No;Dr No;
Casino Royale;Moonraker;Octopussy;GoldenEye;Thunderball;Quantum of Solace;Tinker Tailor Soldier Spy;
Fear and Loathing in Las Vegas;The Lost City;The Lost City of Z;
Escape from New York;Gangs of New York;Sleepless in Seattle;Manchester by the Sea;
Three Billboards Outside Ebbing, Missouri;Slumdog Millionaire;The Grand Budapest Hotel;
Grand Budapest Hotel;Vicky Cristina Barcelona;Once Upon a Time in America;
Once Upon a Time in Hollywood;Once Upon a Time in the West;Once Upon a Time in Mexico;Midnight Express;
Mississippi Burning;Dallas Buyers Club;L.A. Confidential;LA Confidential;Jurassic World;Moonrise Kingdom;
Syriana;Shakespeare in Love;Romeo + Juliet;Bram Stoker's Dracula;Beetlejuice;Annie Get Your Gun;Mary Poppins Returns;
Ford v Ferrari;Rocketman;Bohemian Rhapsody;Hell or High Water;Hidden Figures;Jojo Rabbit;Knives Out;Glass Onion;Uncut Gems;
Minari;Nomadland;Aftersun;The Fabelmans;Poor Things;Anatomy of a Fall;Past Lives;Killers of the Flower Moon;Wonka;
Everything Everywhere All at Once;The Banshees of Inisherin;Inisherin;Licorice Pizza;The Power of the Dog;Emilia Pérez;
Emilia Perez;Nosferatu;Furiosa;Dune: Part Two;Top Gun: Maverick;Deadpool;Wakanda Forever;Guardians of the Galaxy;
Captain America: Civil War;Thor: Ragnarok;Ant-Man;Aquaman;Shang-Chi;La La Land;Baby Driver;Molly's Game;Darkest Hour;
Call Me by Your Name;Ready Player One;BlacKkKlansman;Booksmart;Midsommar;Zootopia;Zootropolis;Despicable Me;Kung Fu Panda;
How to Train Your Dragon;WALL-E;Judas and the Black Messiah;Promising Young Woman;Portrait of a Lady on Fire`;

// Television series and children's programmes.
const SERIES = `Ally McBeal;Columbo;Kojak;Magnum, P.I.;Magnum P.I.;Murphy Brown;Doogie Howser, M.D.;Veronica Mars;Hannah Montana;
Lizzie McGuire;Buffy the Vampire Slayer;Dawson's Creek;Gilmore Girls;Melrose Place;Hill Street Blues;
Brooklyn Nine-Nine;Downton Abbey;Ballykissangel;Peaky Blinders;Poldark;Broadchurch;Gavin & Stacey;Gavin and Stacey;
Mrs Brown's Boys;Fleabag;Killing Eve;Ted Lasso;Breaking Bad;Better Call Saul;Mad Men;Boardwalk Empire;
Grey's Anatomy;Ugly Betty;Jane the Virgin;Schitt's Creek;Hawaii Five-0;Hawaii Five-O;
Dr. Quinn, Medicine Woman;The Fresh Prince of Bel-Air;Fresh Prince of Bel-Air;Jessica Jones;Luke Cage;Doc Martin;Dr Who;
Call the Midwife;Line of Duty;Life on Mars;Pobol y Cwm;Keeping Up Appearances;Steptoe and Son;Rising Damp;Torchwood;
Blake's 7;Fireman Sam;Peppa Pig;Teletubbies;Bagpuss;Captain Pugwash;Ivor the Engine;SpongeBob SquarePants;
Dora the Explorer;Scooby-Doo;Scooby Doo;Tom and Jerry;Bates Motel;Sons of Anarchy;Orange Is the New Black;
Everybody Loves Raymond;Malcolm in the Middle;Saved by the Bell;Beverly Hills, 90210;Knots Landing;Falcon Crest;
Baywatch;Knight Rider;Airwolf;MacGyver;Quantum Leap;Northern Exposure;Chicago Hope;
Law & Order;Arrested Development;Parks and Recreation;Mork & Mindy;Laverne & Shirley;Gilligan's Island;
Fantasy Island;Mr. Robot;Mr Robot;Rick and Morty;Bob's Burgers;King of the Hill;Family Guy;South Park;BoJack Horseman;
Beavis and Butt-Head;Futurama;Game of Thrones;Stranger Things;Emily in Paris;Gossip Girl;Twin Peaks: The Return;Veep;
Mare of Easttown;Bridgerton;Westworld;Mindhunter;Squid Game;WandaVision;The Mandalorian;Daredevil;
Only Murders in the Building;Abbott Elementary;Sex Education;Bluey;Hey Duggee;Paw Patrol;The Walking Dead;
True Detective;Big Little Lies;The Handmaid's Tale;House of Cards;Heartstopper;Slow Horses;Baby Reindeer;House of the Dragon;
The Rings of Power;Mr Bates vs The Post Office;In the Night Garden`;

// Novels, children's books, plays, musicals and operas.
const BOOKS_AND_PLAYS = `Jane Eyre;Oliver Twist;Nicholas Nickleby;Martin Chuzzlewit;Barnaby Rudge;Little Dorrit;Dombey and Son;
Tess of the d'Urbervilles;Jude the Obscure;Silas Marner;Adam Bede;Daniel Deronda;Middlemarch;Wuthering Heights;Mansfield Park;
Northanger Abbey;Brideshead Revisited;Howards End;Anna Karenina;Madame Bovary;Don Quixote;Robinson Crusoe;Moll Flanders;
Tristram Shandy;The Adventures of Tom Sawyer;The Adventures of Huckleberry Finn;Moby-Dick;Moby Dick;Uncle Tom's Cabin;Lolita;
Frankenstein;Dracula;Alice in Wonderland;Alice's Adventures in Wonderland;Pippi Longstocking;Artemis Fowl;Percy Jackson;
Captain Corelli's Mandolin;Wolf Hall;Cider with Rosie;Lorna Doone;Tom Brown's Schooldays;Goodbye, Mr Chips;
Goodbye, Mr. Chips;Mrs Dalloway;Lucky Jim;Charlotte's Web;Stuart Little;James and the Giant Peach;
Danny, the Champion of the World;Lord Jim;Anne of Green Gables;Elmer Gantry;The Great Gatsby;Ethan Frome;
Billy Budd;Rip Van Winkle;Dr Jekyll and Mr Hyde;Strange Case of Dr Jekyll and Mr Hyde;Jekyll and Hyde;
The Picture of Dorian Gray;Lady Chatterley's Lover;Mrs Warren's Profession;Major Barbara;Hedda Gabler;Uncle Vanya;
Peer Gynt;Mother Courage;Romeo and Juliet;Antony and Cleopatra;King Lear;Othello;Macbeth;Coriolanus;Titus Andronicus;
Timon of Athens;The Merchant of Venice;Merchant of Venice;The Two Gentlemen of Verona;Troilus and Cressida;Cymbeline;Hamlet;
West Side Story;Miss Saigon;Sweeney Todd;Jersey Boys;Hello, Dolly!;Jesus Christ Superstar;
Joseph and the Amazing Technicolor Dreamcoat;Billy Elliot the Musical;Matilda the Musical;Abigail's Party;
Rosencrantz and Guildenstern Are Dead;Krapp's Last Tape;Look Back in Anger;Madama Butterfly;Don Giovanni;Tosca;Rigoletto;
La Traviata;Turandot;Fidelio;Eugene Onegin;Peter Grimes;Porgy and Bess;Tristan und Isolde;Parsifal;
Lohengrin;Swan Lake`;

// Video games.
const GAMES = `Super Mario Bros.;Super Mario Bros;Super Mario;Mario Kart;Mario Party;Donkey Kong;Donkey Kong Country;
Sonic the Hedgehog;Grand Theft Auto;Red Dead Redemption;Metal Gear Solid;Final Fantasy;Resident Evil;Silent Hill;Half-Life;
Gears of War;Mass Effect;Max Payne;Alan Wake;Duke Nukem;Crash Bandicoot;Spyro the Dragon;Earthworm Jim;Banjo-Kazooie;
Leisure Suit Larry;Monkey Island;The Legend of Zelda;Legend of Zelda;Metroid;Animal Crossing;Death Stranding;Call of Duty;
Assassin's Creed;Far Cry;Skyrim;Elden Ring;Dark Souls;BioShock;Fortnite;Minecraft;Pokémon;Pokemon;Pokémon Go;Pokemon Go;
Tetris;Pac-Man;Space Invaders;Street Fighter;Mortal Kombat;Tekken;SimCity;World of Warcraft;Warcraft;StarCraft;Overwatch;
League of Legends;Counter-Strike;Baldur's Gate;Neverwinter Nights;Deus Ex;Ghost of Tsushima;Horizon Zero Dawn;
Cyberpunk 2077;The Witcher;Castlevania;Mega Man;Kingdom Hearts;Dragon Quest;Guitar Hero;Angry Birds;Candy Crush;
Candy Crush Saga;Clash of Clans;Gran Turismo;Need for Speed;Pro Evolution Soccer;Football Manager;Prince of Persia;
Jak and Daxter;Ratchet & Clank;Sly Cooper;Rayman;Sam & Max;Professor Layton;Phoenix Wright;Luigi's Mansion;Yoshi's Island;
Star Fox;Half-Life 2;The Last of Us;God of War;Bloodborne;Sekiro;Hollow Knight;Stardew Valley;Hogwarts Legacy;
Dungeon Keeper;Command & Conquer;Age of Empires;EverQuest;Second Life;Habbo Hotel;RuneScape;Guild Wars`;

// Fictional places and firms, which the guidelines count with their works' worlds as no entity.
const WORLDS = `Hogwarts;Narnia;Middle-earth;Middle Earth;Mordor;Westeros;King's Landing;Winterfell;Tatooine;Wakanda;
Gotham City;Smallville;Hill Valley;Sunnydale;Brigadoon;Royston Vasey;Walford;Weatherfield;Ambridge;Ramsay Street;Summer Bay;
Midsomer;Cabot Cove;Stars Hollow;Dunder Mifflin;Wayne Enterprises;Stark Industries;Umbrella Corporation;Weyland-Yutani;
Cyberdyne Systems;Initech;Los Pollos Hermanos;Oscorp;LexCorp`;

/** Titles of works and fictional places, as written. */
export const FICTION_TITLES: readonly string[] = [FILMS, SERIES, BOOKS_AND_PLAYS, GAMES, WORLDS].flatMap((list) => list.split(';'));
