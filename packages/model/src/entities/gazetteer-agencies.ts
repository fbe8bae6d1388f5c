/**
 * @module
 * Public bodies, international organisations, charities, campaign groups, think tanks and armed
 * groups that news copy names without a word of their kind or by their initials ("NOAA", "the
 * ACLU", "Boko Haram"), kept by hand from public knowledge, on top of the curated lists of
 * `gazetteer-orgs.ts`, which win. Entries are `Canonical name|alias|alias`.
 */

/** American, British and European public bodies and services. */
export const AGENCIES = `National Oceanic and Atmospheric Administration|NOAA;National Weather Service;National Hurricane Center;
United States Postal Service|US Postal Service|Postal Service|USPS;Secret Service;Coast Guard|US Coast Guard;National Guard;
Army Corps of Engineers;Census Bureau;Bureau of Labor Statistics;Federal Bureau of Prisons;Drug Enforcement Administration|DEA;
Bureau of Alcohol, Tobacco, Firearms and Explosives|ATF;Transportation Security Administration|TSA;Social Security Administration;
Small Business Administration;National Highway Traffic Safety Administration|NHTSA;Occupational Safety and Health Administration|OSHA;
Equal Employment Opportunity Commission|EEOC;National Labor Relations Board|NLRB;Federal Deposit Insurance Corporation|FDIC;
Consumer Financial Protection Bureau|CFPB;Federal Energy Regulatory Commission|FERC;Nuclear Regulatory Commission;Border Patrol;
Joint Chiefs of Staff;National Security Council;Office of Management and Budget|OMB;Federal Election Commission|FEC;
Federal Housing Finance Agency;Fannie Mae;Freddie Mac;Federal Reserve Bank of New York|New York Fed;US Army|U.S. Army;
US Navy|U.S. Navy;US Air Force|U.S. Air Force;Air Force;US Marine Corps|U.S. Marine Corps|Marine Corps;Space Force|US Space Force;
Department of State;Department of the Treasury;National Park Service;US Forest Service|Forest Service;Bureau of Land Management;
Fish and Wildlife Service;US Geological Survey|USGS;National Science Foundation;Centers for Medicare and Medicaid Services;
Department for Work and Pensions|DWP;HM Revenue and Customs|HMRC;DVLA;Ofqual;Environment Agency;Met Office;
National Crime Agency;MI5;MI6;GCHQ;Financial Conduct Authority;Prudential Regulation Authority;
Competition and Markets Authority;Office for Budget Responsibility|OBR;Network Rail;Highways England;
Post Office;Royal Navy;British Army;Royal Air Force|RAF;Scotland Yard;Crown Estate;Charity Commission;Care Quality Commission;
Public Health England;NHS England;
European Council;Council of the European Union;European Court of Justice|ECJ;European Court of Human Rights;Frontex;Europol;
Eurostat;European Investment Bank;European Medicines Agency;Eurogroup`;

/** International organisations. */
export const INTERNATIONAL_BODIES = `African Union;Asean|ASEAN|Association of Southeast Asian Nations;Arab League;
Gulf Cooperation Council;Organisation of Islamic Cooperation;International Court of Justice;International Criminal Court;
International Atomic Energy Agency|IAEA;UNHCR|UN refugee agency;UNRWA;World Food Programme|World Food Program|WFP;
Food and Agriculture Organization|FAO;International Labour Organization|International Labor Organization|ILO;UNDP;UNEP;
World Meteorological Organization|WMO;Intergovernmental Panel on Climate Change|IPCC;International Energy Agency|IEA;
Bank for International Settlements;Asian Development Bank;Asian Infrastructure Investment Bank|AIIB;
African Development Bank;Inter-American Development Bank;Organization of American States;Shanghai Cooperation Organisation;
Commonwealth Secretariat;World Economic Forum|WEF;International Organization for Migration;UN Human Rights Council;
UN General Assembly;International Civil Aviation Organization|ICAO;World Intellectual Property Organization|WIPO;
World Athletics;International Tennis Federation|ITF;FIBA;FIA;World Rugby;
US Olympic Committee|USOPC;USA Gymnastics;British Cycling;Red Bull Racing;Team Sky;Team Ineos`;

/** Charities, campaign groups, think tanks, unions and armed groups. */
export const NONPROFITS = `Doctors Without Borders|Médecins Sans Frontières|Medecins Sans Frontieres|MSF;Save the Children;
Care International;World Wildlife Fund|World Wide Fund for Nature;Planned Parenthood;American Civil Liberties Union|ACLU;NAACP;
National Rifle Association|NRA;AARP;Sierra Club;Southern Poverty Law Center;Anti-Defamation League|ADL;Heritage Foundation;
Brookings Institution|Brookings;Cato Institute;RAND Corporation|Rand Corporation;Kaiser Family Foundation;Urban Institute;
Tax Foundation;American Enterprise Institute|AEI;Council on Foreign Relations;Chatham House;International Crisis Group;
Transparency International;Reporters Without Borders|Reporters Sans Frontières;Committee to Protect Journalists|CPJ;
Electronic Frontier Foundation|EFF;Wikimedia;WikiLeaks|Wikileaks;Extinction Rebellion;Greenpeace International;
Citizens Advice;National Trust;RSPCA;NSPCC;Barnardo's;Age UK;British Council;Bafta|BAFTA;Royal Society;Royal Academy;
Wellcome Trust|Wellcome;Cancer Research UK;Macmillan Cancer Support;British Heart Foundation;Trussell Trust;Salvation Army;
Bill & Melinda Gates Foundation|Gates Foundation;Rockefeller Foundation;Ford Foundation;Open Society Foundations;
Clinton Foundation;Carnegie Endowment for International Peace;Peterson Institute for International Economics;
Center for American Progress;Economic Policy Institute;Manhattan Institute;Hoover Institution;AFL-CIO;Teamsters;
United Auto Workers|UAW;Unite the Union|Unite;Unison;National Union of Teachers|NUT;Royal College of Nursing|RCN;
British Medical Association|BMA;American Medical Association;American Bar Association;Chamber of Commerce|US Chamber of Commerce;
Business Roundtable;National Association of Realtors;Islamic State|ISIS|ISIL|Daesh;Boko Haram;al-Shabab|al-Shabaab|Al-Shabaab;
Muslim Brotherhood;PKK|Kurdistan Workers' Party;YPG;Syrian Democratic Forces|SDF;FARC;Houthis|Houthi rebels;Proud Boys;
Oath Keepers;Wagner Group;Islamic Jihad;Fatah;Lashkar-e-Taiba;Jaish-e-Mohammed;Tehreek-e-Taliban`;
