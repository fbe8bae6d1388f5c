/**
 * @module
 * British public bodies, regulators, research councils, royal colleges, trade bodies, unions,
 * charities, churches and think tanks that news copy names without a word of their kind or by
 * initials ("Ofgem", "the CBI", "Amicus", "Demos"), and the exchanges and markets business copy
 * names ("Ofex", "Nasdaq"), kept by hand from public knowledge. Read after the lists of
 * `gazetteer-orgs.ts` and `gazetteer-agencies.ts`, which win. Entries are `Canonical name|alias|alias`.
 */

/** Departments, regulators, inspectorates, agencies, courts and research councils of the UK. */
export const UK_PUBLIC_BODIES = `Commission for Racial Equality;Equal Opportunities Commission;Disability Rights Commission;
Equality and Human Rights Commission;Health and Safety Executive;Food Standards Agency;Serious Organised Crime Agency;
Criminal Records Bureau;Independent Police Complaints Commission;Police Complaints Authority;
Association of Chief Police Officers;Police Federation;HM Prison Service|Prison Service;National Probation Service;
Youth Justice Board;Legal Services Commission;Law Society;Bar Council;General Medical Council;Nursing and Midwifery Council;
General Teaching Council;Medicines and Healthcare products Regulatory Agency;
National Institute for Clinical Excellence|National Institute for Health and Clinical Excellence;Healthcare Commission;
Commission for Health Improvement;Human Fertilisation and Embryology Authority;Health Protection Agency;NHS Direct;
NHS Scotland;Royal College of Surgeons;Royal College of Physicians;Royal College of General Practitioners;
Royal College of Psychiatrists;Royal College of Midwives;Royal College of Obstetricians and Gynaecologists;
Royal College of Paediatrics and Child Health;Royal College of Radiologists;Royal College of Anaesthetists;
Medical Research Council;Economic and Social Research Council;Engineering and Physical Sciences Research Council;
Biotechnology and Biological Sciences Research Council;Natural Environment Research Council;
Particle Physics and Astronomy Research Council;Science and Technology Facilities Council;Arts and Humanities Research Council;
Higher Education Funding Council for England;Universities UK;Ucas|Universities and Colleges Admissions Service;
Qualifications and Curriculum Authority;Learning and Skills Council;Student Loans Company;Ofsted|Office for Standards in Education;
Ofcom|Office of Communications;
Postcomm;Office of Rail Regulation;Strategic Rail Authority;Civil Aviation Authority;Driving Standards Agency;Highways Agency;
Maritime and Coastguard Agency;British Transport Police;Countryside Agency;Natural England;English Nature;English Heritage;
Historic Scotland;Scottish Natural Heritage;Forestry Commission;British Waterways;Scottish Environment Protection Agency;
Department for Environment, Food and Rural Affairs;Ministry of Agriculture, Fisheries and Food;
Department for Culture, Media and Sport;Office of the Deputy Prime Minister;Department for Constitutional Affairs;
Department for International Development;Department for Education and Skills;Department for Transport;
Department of Social Security;Department for Business, Enterprise and Regulatory Reform;Department for Business, Innovation and Skills;
Department of Energy and Climate Change;Department for Communities and Local Government;Ministry of Justice;
Northern Ireland Office;Scotland Office;Wales Office;Scottish Executive;Scottish Government;Northern Ireland Assembly;
Greater London Authority;London Assembly;Local Government Association;Audit Scotland;Crown Office;Court of Appeal;High Court;
Privy Council;Boundary Commission;Committee on Standards in Public Life;Low Pay Commission;
Pensions Regulator;Pension Protection Fund;Financial Ombudsman Service;Debt Management Office;Royal Mint;Ordnance Survey;
National Lottery Commission;Big Lottery Fund;Heritage Lottery Fund;Arts Council England;Scottish Arts Council;
British Film Institute;UK Film Council|Film Council;Financial Reporting Council;Takeover Panel;
Advertising Standards Authority;Press Complaints Commission;Broadcasting Standards Commission;Independent Television Commission;
Radio Authority;National Consumer Council;Energywatch;Postwatch;Environment Agency Wales;Welsh Development Agency;
Scottish Enterprise;Highlands and Islands Enterprise;Invest Northern Ireland;UK Trade and Investment;Export Credits Guarantee Department;
Serious Fraud Office;
Transport for London;National Criminal Intelligence Service;National Hi-Tech Crime Unit;Assets Recovery Agency;
Immigration and Nationality Directorate;UK Passport Service;HM Treasury;Foreign and Commonwealth Office;Public Accounts Committee;
Treasury Select Committee;Home Affairs Select Committee;Hansard Society;Work Foundation;Secondary Heads Association;
Independent Schools Council;Higher Education Policy Institute;Russell Group;NHS Confederation;NHS Employers;
Police Superintendents' Association;Land Registry;European Court of Auditors;European Environment Agency;
European Food Safety Authority;European Patent Office;European Space Agency;Eumetsat;Cern;Bundestag;Bundesrat;Bundeskartellamt;
Consob;Federal Security Service;KGB;UNAIDS|Unaids;Global Fund;Médecins du Monde;Red Crescent;Caritas;Islamic Relief;
Concern Worldwide;Plan International;Disasters Emergency Committee;Metropolitan Police Authority;Police Service of Northern Ireland;Royal Ulster Constabulary;
Independent Monitoring Commission;Parades Commission`;

/** Exchanges, markets and clearing houses. */
export const MARKETS = `Ofex;Alternative Investment Market;London Stock Exchange;New York Stock Exchange;Nasdaq|NASDAQ;
Euronext;Deutsche Boerse|Deutsche Börse;Tokyo Stock Exchange;Hong Kong Stock Exchange;Shanghai Stock Exchange;
Australian Stock Exchange;Toronto Stock Exchange;Bombay Stock Exchange;Chicago Mercantile Exchange;Chicago Board of Trade;
London Metal Exchange;International Petroleum Exchange;New York Mercantile Exchange;Liffe;Virt-x|virt-x;
Borsa Italiana;Bolsa de Madrid;SWX Swiss Exchange;OMX;Stockholm Stock Exchange;Moscow Interbank Currency Exchange;LCH.Clearnet;
Clearstream;Euroclear`;

/** Employers' and trade bodies, professional institutes and pollsters. */
export const TRADE_BODIES = `British Retail Consortium;Institute of Directors;Federation of Small Businesses;
Engineering Employers' Federation;British Bankers' Association|British Bankers Association;Association of British Insurers;
Council of Mortgage Lenders;Royal Institution of Chartered Surveyors;National Farmers' Union|National Farmers Union;
Countryside Alliance;Society of Motor Manufacturers and Traders;British Phonographic Industry;
Recording Industry Association of America;International Federation of the Phonographic Industry;
Motion Picture Association of America;Motion Picture Association;Entertainment and Leisure Software Publishers Association;
Business Software Alliance;British Property Federation;Home Builders Federation;Chartered Institute of Personnel and Development;
Royal Institute of British Architects;Association of Train Operating Companies;Freight Transport Association;
Road Haulage Association;Automobile Association;RAC;British Beer and Pub Association;Scotch Whisky Association;
Consumers' Association|Consumers Association;
Institute of Chartered Accountants;Chartered Institute of Purchasing and Supply;Chartered Institute of Housing;
National Housing Federation;British Dental Association;Royal Pharmaceutical Society;
Association of British Travel Agents;British Hospitality Association;British Air Transport Association;
Association of Convenience Stores;Food and Drink Federation;Chemical Industries Association;Oil and Gas UK;UK Offshore Operators Association;
British Venture Capital Association;Investment Management Association;Association of Investment Trust Companies;
National Association of Pension Funds;Building Societies Association;Finance and Leasing Association;Direct Marketing Association;
Internet Service Providers' Association;Federation Against Copyright Theft;
Datamonitor;Jupiter Research;Strategy Analytics;Ovum;Informa;Screen Digest;Enders Analysis;
Mintel;Verdict Research;GfK;Mori|MORI|Ipsos Mori;ICM Research;Populus;NOP;Harris Interactive;Chart-Track;
Official Charts Company`;

/** Trade unions of Britain and Europe. */
export const UNIONS = `Amicus;Transport and General Workers' Union|Transport and General Workers Union;
Public and Commercial Services Union;National Union of Students;Fire Brigades Union;Communication Workers Union;
National Union of Rail, Maritime and Transport Workers;Aslef;NASUWT;Association of Teachers and Lecturers;
National Association of Head Teachers;Association of University Teachers;Natfhe;Usdaw;Musicians' Union;
National Union of Journalists;Bectu;British Airline Pilots Association|British Airline Pilots' Association;
Prison Officers' Association|Prison Officers Association;Educational Institute of Scotland;Union of Democratic Mineworkers;
National Union of Mineworkers;Irish Congress of Trade Unions;Siptu;IG Metall;
Deutscher Gewerkschaftsbund;Confédération Générale du Travail;Force Ouvrière;
European Trade Union Confederation;International Confederation of Free Trade Unions`;

/** Charities, campaign groups, churches and faith bodies, and think tanks. */
export const CHARITIES = `Mencap;Christian Aid;Cafod;Tearfund;ActionAid;War on Want;Comic Relief;Children in Need;Help the Aged;
Age Concern;Royal National Institute of the Blind;Royal National Institute for Deaf People;
Royal National Lifeboat Institution;Marie Curie Cancer Care;Terrence Higgins Trust;Friends of the Earth;
Royal Society for the Protection of Birds;League Against Cruel Sports;
Campaign for Nuclear Disarmament;Stop the War Coalition;Refugee Council;Migrationwatch|Migration Watch|MigrationWatch UK;
Child Poverty Action Group;Joseph Rowntree Foundation;Nuffield Trust;Nuffield Foundation;Sutton Trust;
Diabetes UK;Asthma UK;Breakthrough Breast Cancer;British Lung Foundation;Kidscape;ChildLine|Childline;
Samaritans;Victim Support;Crimestoppers;Nacro;Howard League for Penal Reform|Howard League;Prison Reform Trust;
Action on Smoking and Health;Alcohol Concern;DrugScope;Oxfam GB;Make Poverty History;
Jubilee Debt Campaign;Fairtrade Foundation;Soil Association;Compassion in World Farming;Animal Aid;People for the Ethical Treatment of Animals;
Muslim Council of Britain;Board of Deputies of British Jews;Church of England;Catholic Church|Roman Catholic Church;
Church of Scotland;Anglican Church|Anglican Communion;Methodist Church;Church in Wales;
Institute for Public Policy Research;Demos;Policy Exchange;Centre for Policy Studies;Adam Smith Institute;
Institute of Economic Affairs;Social Market Foundation;Civitas;Fabian Society;New Economics Foundation;
Centre for Economics and Business Research;National Institute of Economic and Social Research;
Centre for European Reform;Royal United Services Institute;International Institute for Strategic Studies;
Policy Studies Institute;Bruegel;Centre for European Policy Studies;Ifo Institute;ZEW;Oxford Economics;Capital Economics;
Resolution Foundation;Institute for Government;Centre for Social Justice;Centre for Cities;
Stockholm International Peace Research Institute;Jane's Information Group;Taxpayers' Alliance|TaxPayers' Alliance;
Electoral Reform Society;Unlock Democracy;Charter 88;Privacy International;Open Rights Group;
Foundation for Information Policy Research;Internet Watch Foundation`;

/**
 * International bodies under the British spelling copy in Britain uses ("Organisation"), each
 * its own entry so a story's name is kept as written.
 */
export const BRITISH_SPELLINGS = `Food and Agriculture Organisation;North Atlantic Treaty Organisation;International Maritime Organisation;
World Meteorological Organisation;World Intellectual Property Organisation;International Civil Aviation Organisation;
Organisation of Petroleum Exporting Countries|Organisation of the Petroleum Exporting Countries;
Organization of the Petroleum Exporting Countries|Organization of Petroleum Exporting Countries;International Organisation for Migration;
Organisation of American States;World Tourism Organisation;Organisation of the Islamic Conference;World Health Organisation;
International Labour Organisation;Organisation of African Unity`;

/** Governing, anti-doping and players' bodies of British and European sport (not clubs). */
export const SPORT_BODIES = `UK Sport;Sport England;Sportscotland;Sport Wales;British Olympic Association;UK Anti-Doping;
US Anti-Doping Agency;International Association of Athletics Federations;European Athletic Association;
Hellenic Olympic Committee;Rugby Football League;Professional Cricketers' Association;Professional Footballers' Association;
League Managers Association|League Managers' Association;Football Foundation;Premier Rugby;European Rugby Cup;Jockey Club;
British Horseracing Board;Horserace Totalisator Board;Football Association of Wales;Scottish Football Association;
Irish Football Association;Football Association of Ireland;Scottish Rugby;Welsh Rugby;International Cricket Council;
Marylebone Cricket Club;Professional Golfers' Association;European Tour;Ryder Cup Europe;All England Club;
International Ski Federation;International Skating Union;International Amateur Athletic Federation;
Commonwealth Games Federation;London 2012;British Boxing Board of Control;Amateur Boxing Association;
Formula One Management;Grand Prix Drivers' Association;British Racing Drivers' Club`;
