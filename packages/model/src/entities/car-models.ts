/**
 * @module
 * Car models named with their maker ("Ford Focus", "Vauxhall Corsa", "Hyundai Santa Fe", "Seat
 * Ibiza"): a product, which the guidelines count as no entity, though the pair reads as a given
 * name and a surname, or as a place. Only the maker and the model together name the car: the
 * model alone is often a word or a place ("Focus", "Santa Fe"), and a maker alone stays a body.
 * Makers that are given names or places in their own right are left out ("Austin").
 */

// Each line: a maker's names, then its models, from general knowledge.
const MODELS = `Ford: Focus, Fiesta, Mondeo, Escort, Sierra, Cortina, Capri, Ka, Puma, Kuga, Galaxy, Transit, Mustang, Explorer,
 Bronco, Ranger, Thunderbird, Taurus, Fusion, Model T, Anglia, Granada, Zephyr, Orion, Probe, Edge, Expedition, Escape,
 Maverick, Pinto, Crown Victoria
Vauxhall, Opel: Corsa, Astra, Vectra, Cavalier, Nova, Insignia, Zafira, Meriva, Mokka, Viva, Omega, Calibra, Tigra, Agila,
 Frontera, Kadett, Manta
Volkswagen, VW: Golf, Polo, Passat, Beetle, Jetta, Tiguan, Touareg, Touran, Sharan, Scirocco, Lupo, Phaeton, Arteon,
 Transporter, Caddy, Amarok, Corrado, Bora, Camper
Toyota: Prius, Corolla, Camry, Yaris, Auris, Avensis, Land Cruiser, RAV4, Hilux, Aygo, Supra, Celica, MR2, Highlander,
 Tundra, Tacoma, Sienna, Previa, Carina, Mirai
Honda: Civic, Accord, Jazz, CR-V, Insight, Prelude, Odyssey, NSX, HR-V, S2000
Nissan: Leaf, Micra, Qashqai, Juke, Almera, Primera, Sunny, Bluebird, Navara, Murano, Altima, Maxima, Sentra, Pathfinder,
 Patrol, X-Trail, Skyline, GT-R
Hyundai: Santa Fe, Tucson, Ioniq, Kona, Elantra, Sonata, Getz, Accent, Veloster
Kia: Sorento, Sportage, Rio, Picanto, Ceed, Niro, Soul, Stinger, Optima, Sedona
Seat: Ibiza, Leon, León, Toledo, Alhambra, Arona, Ateca, Tarraco, Altea, Cordoba, Marbella
Skoda, Škoda: Octavia, Fabia, Superb, Kodiaq, Karoq, Yeti, Felicia, Favorit, Citigo, Enyaq, Roomster
Renault: Clio, Megane, Mégane, Laguna, Scenic, Scénic, Espace, Twingo, Kangoo, Captur, Kadjar, Zoe, Zoé, Modus, Safrane
Citroen, Citroën: Picasso, Xsara, Saxo, Berlingo, Xantia, 2CV
Fiat: Panda, Punto, Uno, Cinquecento, Seicento, Tipo, Bravo, Stilo, Multipla, Doblo, Ducato, Croma
Alfa Romeo: Giulia, Giulietta, Spider, MiTo, Stelvio, Brera
Dacia: Duster, Sandero, Logan, Jogger
Mini: Cooper, Clubman, Countryman, Paceman
Land Rover: Defender, Discovery, Freelander
Range Rover: Evoque, Sport, Velar
Jaguar: E-Type, F-Type, XJ, XK, XF, XE, F-Pace, I-Pace
Rover: Metro, Maestro, Montego
Morris: Minor, Marina
Triumph: Herald, Spitfire, Stag, Dolomite
Hillman: Imp, Avenger, Minx
Reliant: Robin, Kitten, Scimitar
Lotus: Elise, Esprit, Evora, Exige, Elan
Aston Martin: Vantage, DB5, DB9, Vanquish, Rapide
Bentley: Continental, Bentayga, Mulsanne, Arnage
Rolls-Royce: Phantom, Ghost, Wraith, Cullinan, Silver Shadow, Silver Ghost, Corniche
Porsche: Cayenne, Macan, Panamera, Boxster, Cayman, Taycan, Carrera
Ferrari: Testarossa, Enzo, Dino, Portofino, California, LaFerrari, F40
Lamborghini: Countach, Diablo, Murcielago, Gallardo, Aventador, Huracan, Urus, Miura
Maserati: Ghibli, Quattroporte, Levante
Mercedes, Mercedes-Benz: A-Class, B-Class, C-Class, E-Class, S-Class, G-Class, Sprinter
BMW: Z3, Z4, X3, X5, M3, M5, i3, i8, Isetta
Audi: Quattro, TT, A3, A4, A6, A8, Q5, Q7, R8
Volvo: XC90, XC60, V70, S60, Amazon
Chevrolet, Chevy: Corvette, Camaro, Malibu, Impala, Volt, Bolt, Cruze, Silverado, Tahoe, Suburban, Blazer, Equinox, Aveo,
 Matiz, Caprice, Bel Air
Dodge: Durango, Charger, Challenger, Viper, Caravan, Neon
Chrysler: Voyager, Sebring, Pacifica, PT Cruiser, Crossfire
Jeep: Cherokee, Grand Cherokee, Wrangler, Compass, Renegade, Gladiator, Patriot
Cadillac: Escalade, Eldorado, DeVille, Seville
Lincoln: Navigator, Continental, Town Car
Buick: Regal, LeSabre, Enclave, Skylark
Pontiac: Firebird, Trans Am, Aztek
GMC: Sierra, Yukon
Tesla: Model S, Model 3, Model X, Model Y, Roadster, Cybertruck
Subaru: Impreza, Outback, Forester, Legacy, WRX
Mazda: Miata, MX-5, RX-7, RX-8, CX-5, Bongo
Mitsubishi: Lancer, Shogun, Pajero, Outlander, Colt, Galant, L200
Suzuki: Swift, Vitara, Jimny, Alto, Ignis
Daewoo: Matiz, Lanos, Nubira
Proton: Saga, Persona, Wira
Tata: Nano, Indica
Lada: Riva, Niva, Samara`;

const CARS = new Set<string>();
for (const line of MODELS.replace(/\n /g, ' ').split('\n')) {
  const [makers = '', models = ''] = line.split(':');
  for (const maker of makers.split(',')) for (const model of models.split(',')) CARS.add(`${maker.trim()} ${model.trim()}`.toLowerCase());
}

/**
 * Whether a name opens with a maker and one of its car models ("Ford Focus", "Hyundai Santa Fe
 * 2.4", "Vauxhall Corsa SXi").
 *
 * @example
 * carModel(['Kia', 'Sorento']); // true
 * carModel(['Kia']); // false
 */
export function carModel(words: readonly string[]): boolean {
  for (let n = 2; n <= Math.min(4, words.length); n++) if (CARS.has(words.slice(0, n).join(' ').toLowerCase())) return true;
  return false;
}
