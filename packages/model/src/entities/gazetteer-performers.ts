/**
 * @module
 * Performers known by one name, figures of the past known by surname alone, and bands, from
 * general knowledge: copy writes "Madonna", "Beyonce", "Mozart" or "the Rolling Stones" with no
 * given name, title or body word to tell what they are, so only a list can. People are people
 * and bands are organisations, as the labelling guidelines have them. Entries are
 * `Canonical name|alias|alias`.
 *
 * A one-word entry that is also an English word ("Sting", "Blur"), and a band's name that is a
 * given name or a surname ("Travis"), is known only where a capital mid-sentence proves a name
 * (names.ts). Performers named in full are left to the rules for people's names. A band is filed
 * as British copy mostly writes it: "the Rolling Stones" in lower case, "The Libertines" and the
 * other newer bands whose "The" is part of the name.
 * Left out on purpose: stage names that are words or titles even mid-sentence ("Prince",
 * "Queen", "Seal", "Common", "Yes", "Genesis", "Madness", "The Who", "The Streets"), surnames used
 * alone ("Drake", "Beck", "Duffy") and places ("Texas", "Kano", "Ashanti", "Jordan", "Portishead").
 */

/** Performers known by one name (or one stage name of two words), in music, film, TV and sport. */
export const PERFORMERS = `Madonna;Kylie;Beyonce|Beyoncé;Jay-Z|Jay Z;50 Cent;Eminem;Rihanna;Shakira;Bjork|Björk;Bono;Moby;Cher;Sting;
Dido;Adele;Lulu;Morrissey;Shaggy;Nelly;Ludacris;Akon;Pharrell;Lorde;Ciara;Aaliyah;Mya;Kelis;Jamelia;Javine;Lemar;Enya;Sade;
Liberace;Donovan;Meat Loaf;Boy George;Marilyn Manson;Ozzy;Elvis;Slash;Snoop Dogg;Dr Dre;Ms Dynamite;Ice Cube;Ice-T;
Nas;Timbaland;P Diddy|Puff Daddy|Diddy;Busta Rhymes;LL Cool J;Lil' Kim|Lil Kim;Dizzee Rascal;Lethal Bizzle;
Kanye;Usher;Mika;Sisqo;Tupac|2Pac;Biggie|Notorious BIG|Notorious B.I.G.;Mariah;
Alanis;Shania;Fergie;Pink|P!nk;Sinitta;Twiggy;Banksy;
Ant and Dec|Ant & Dec;Bez;Houdini;Nostradamus;Michelangelo;Rembrandt;Caravaggio;Titian;Botticelli;Donatello;Giotto;Moliere|Molière;
Lizzo;Zendaya;Cardi B;Lil Nas X;Lil Wayne;Post Malone;Doja Cat;SZA;Halsey;Bad Bunny;J Balvin;Ozuna;Maluma;Rosalia|Rosalía;Stormzy;
Skepta;Sia;Grimes;Ne-Yo;T-Pain;Flo Rida;Tinie Tempah;Labrinth;Marshmello;Avicii;Tiesto|Tiësto;Skrillex;Deadmau5;Diplo;The Weeknd|Weeknd;
Khalid;Macklemore;Kesha|Ke$ha;Yungblud;Zayn;Solange;Oprah;Iman;Gisele;Pelé|Pele;Ronaldinho;Rivaldo;Romario|Romário;Kaka|Kaká;Zico;Eusebio|Eusébio;Garrincha;Cafu;Juninho;Robinho;Adriano;Deco;Denilson;Neymar;Fabinho;Alisson;Ederson;Casemiro;Willian;Fernandinho;Jorginho;Isco;Koke;Xavi;Ronaldo`;

/**
 * Composers, writers, artists, thinkers and leaders of the past, and a few players, whom copy
 * names by surname alone with no given name or title before ("works by Mozart", "staged
 * Chekhov"). Left out: surnames that are also places, words or given names ("Darwin", "Newton",
 * "Milton", "Constable", "Dante", "Homer").
 */
export const KNOWN_BY_SURNAME = `Shakespeare;Dickens;Chaucer;Tolstoy;Dostoevsky;Chekhov;Ibsen;Goethe;Cervantes;Kafka;Orwell;Hemingway;
Tolkien;Brecht;Proust;Voltaire;Mozart;Beethoven;Bach;Handel;Wagner;Verdi;Puccini;Chopin;Tchaikovsky;Brahms;Schubert;Haydn;Vivaldi;
Elgar;Mahler;Stravinsky;Rachmaninov|Rachmaninoff;Debussy;Liszt;Picasso;Monet;Manet;Renoir;Cezanne|Cézanne;Matisse;Dali|Dalí;Warhol;
Vermeer;Goya;Rubens;Velazquez|Velázquez;Hogarth;Einstein;Freud;Copernicus;Kepler;Pasteur;Napoleon;Hitler;Stalin;Lenin;Mussolini;
Gandhi;Mandela;Arafat;Maradona;Zidane;Beckenbauer;Cruyff;Platini`;

/** Bands and groups of performers, which the guidelines count as organisations. */
export const BANDS = `Beatles|The Beatles;Rolling Stones|The Rolling Stones;U2;Radiohead;Coldplay;Keane;Franz Ferdinand;Kaiser Chiefs;
Scissor Sisters;Razorlight;The Libertines|Libertines;Babyshambles;Arctic Monkeys;Snow Patrol;Green Day;Red Hot Chili Peppers;
Pink Floyd;Led Zeppelin;Abba|ABBA;Bee Gees;Spice Girls;Girls Aloud;Sugababes;Atomic Kitten;Westlife;Boyzone;Take That;McFly;
S Club 7|S Club;Destiny's Child;Black Eyed Peas;Outkast|OutKast;REM|R.E.M.;Pearl Jam;Metallica;Iron Maiden;Black Sabbath;AC/DC;
Def Leppard;Deep Purple;Duran Duran;Spandau Ballet;Wham!;Pet Shop Boys;Depeche Mode;New Order;Joy Division;Sex Pistols;Kinks|The Kinks;
Erasure;Eurythmics;Simply Red;Wet Wet Wet;Stereophonics;Manic Street Preachers|Manics;Super Furry Animals;Catatonia;Kasabian;Bloc Party;
Maroon 5;Linkin Park;Limp Bizkit;Slipknot;Good Charlotte;Blink-182|Blink 182;Foo Fighters;Nickelback;Evanescence;Goldfrapp;
Basement Jaxx;Chemical Brothers|The Chemical Brothers;Massive Attack;Gorillaz;Daft Punk;Fleetwood Mac;Beach Boys|The Beach Boys;
Dire Straits;Motorhead|Motörhead;Bon Jovi;Aerosmith;Guns N' Roses|Guns N Roses;Van Halen;Boney M;Bay City Rollers;Corrs|The Corrs;
Hear'Say;Liberty X;Blazin' Squad;Jamiroquai;Proclaimers|The Proclaimers;Beastie Boys;Run DMC;Wu-Tang Clan;Blue Oyster Cult;
Travis;Oasis;Blur;Muse;The Darkness;The Killers;The Strokes;The White Stripes|White Stripes;The Smiths;The Cure;The Clash;Echo and the Bunnymen;
Nirvana;Scorpions;Bananarama;Kings of Leon;Arcade Fire;One Direction;Little Mix;BTS;Blackpink;
Imagine Dragons;Twenty One Pilots;Mumford & Sons|Mumford and Sons;Florence and the Machine|Florence + the Machine;The 1975;Foals;
Biffy Clyro;Paramore;Fall Out Boy;My Chemical Romance;Tame Impala;Vampire Weekend;Wolf Alice;Chvrches;Glass Animals;Rudimental;
Clean Bandit;The Stone Roses|Stone Roses;Happy Mondays;Inspiral Carpets;The Charlatans|Charlatans;Supergrass;Ocean Colour Scene;
Kula Shaker;Shed Seven;Spiritualized;Teenage Fanclub;Belle and Sebastian;Primal Scream;Mogwai;Idlewild;Deacon Blue;Simple Minds;
Runrig;UB40;The Specials|Specials;Level 42;Tears for Fears;Culture Club;The Human League|Human League;Soft Cell;
Frankie Goes to Hollywood;Bronski Beat;East 17|E17;Il Divo;Jedward;JLS;Hard-Fi;The Fratellis|Fratellis;The Kooks|Kooks;Klaxons;
Maximo Park;The Zutons|Zutons;Pigeon Detectives;Mystery Jets;Hot Chip;Lostprophets;Bullet for My Valentine;Korn;System of a Down;
Rammstein;Doobie Brothers|The Doobie Brothers;Styx;REO Speedwagon;Steely Dan;Lynyrd Skynyrd;ZZ Top;Grateful Dead;Jefferson Airplane;
The Byrds|Byrds;Creedence Clearwater Revival;The Monkees|Monkees;The Supremes|Supremes;Jackson 5|Jackson Five;Kool & the Gang;
Roxy Music;Talking Heads;Blondie;The Ramones|Ramones;The Pretenders|Pretenders;Siouxsie and the Banshees`;
