/**
 * @module
 * Organisations the extractor knows by name, on top of compromise's lexicon: news agencies and
 * broadcasters, international bodies, governments by their seat, parties, regulators, companies
 * and sports bodies often in the news. Entries are `Canonical name|alias|alias`.
 */

/** News agencies, broadcasters and newspapers. */
export const MEDIA = `Tass|Itar-Tass;RIA Novosti|RIA;Interfax;Xinhua;Reuters;Associated Press|AP|AP News;Agence France-Presse|AFP;Bloomberg;
Dow Jones;Kyodo;Yonhap;Al Jazeera;CNN;BBC|British Broadcasting Corporation|BBC News|BBC News Online|BBC News website;BBC Sport;BBC World Service|World Service;
BBC One|BBC1;BBC Two|BBC2;BBC Three;BBC Four;BBC Radio 1|Radio 1;BBC Radio 2|Radio 2;BBC Radio 4|Radio 4;BBC Radio 5 Live|Radio 5 Live|Five Live|BBC Radio Five Live|Radio Five Live;
Radio Times;ITV;Channel 4;Channel Five;Sky|BSkyB|Sky News;NBC;CBS;ABC;Fox News|Fox;MTV;
New York Times;Washington Post;Wall Street Journal;Financial Times|FT;The Times;The Guardian|Guardian;
Daily Telegraph|Telegraph;The Sun;Daily Mail;Daily Mirror|Mirror;The Independent;The Observer;News of the World;Economist|The Economist;
Le Monde;El Pais;Marca;L'Equipe;Der Spiegel|Spiegel;Variety;Billboard;Rolling Stone;
NBC News;CBS News;ABC News;CNBC;MSNBC;NPR;PBS;Politico;Axios;BuzzFeed|BuzzFeed News;HuffPost|Huffington Post;Vox;Newsweek;
Los Angeles Times|LA Times;Chicago Tribune;Boston Globe;New York Post;The New Yorker|New Yorker;Business Insider;TechCrunch;
The Verge|Verge;Engadget;CNET;Gizmodo;Mashable;Ars Technica;The Daily Beast|Daily Beast;ProPublica;Voice of America|VOA;
Wired;PC World|PCWorld`;

/** International bodies, governments named by their seat, parliaments and public bodies. */
export const PUBLIC_BODIES = `Kremlin|the Kremlin;White House|the White House;Pentagon|the Pentagon;State Department;Congress;US Senate|Senate;
House of Representatives;Supreme Court;FBI;CIA;Federal Reserve|the Fed|US Federal Reserve;SEC|Securities and Exchange Commission;
United Nations|UN|U.N.;UN Security Council|Security Council;Unesco;Unicef;World Health Organization|WHO;European Union|EU;
European Commission|the Commission;European Parliament;European Central Bank|ECB;Council of Europe;Nato;OSCE;G8;G7;G20;Opec;
International Monetary Fund|IMF;World Bank;World Trade Organization|World Trade Organisation|WTO;OECD;Red Cross;Amnesty International|Amnesty;
Human Rights Watch;Greenpeace;Oxfam;Interpol;Taliban|the Taliban;al-Qaeda|al Qaeda|Al-Qaeda;Hamas;Hezbollah;IRA;Sinn Fein;
House of Commons|the Commons;House of Lords|the Lords;Treasury|the Treasury;Home Office;Foreign Office;Cabinet Office;
Ministry of Defence|MoD;Department of Health;Department for Education;Department of Trade and Industry|DTI;Bank of England;
Monetary Policy Committee|MPC;Office for National Statistics|ONS;Inland Revenue;Customs and Excise;NHS;Metropolitan Police;
Crown Prosecution Service|CPS;Office of Fair Trading|OFT;Competition Commission;Financial Services Authority|FSA;Ofwat|Office of Water Services;Ofgem|Office of Gas and Electricity Markets;Oftel|Office of Telecommunications;
Electoral Commission;Institute for Fiscal Studies|IFS;CBI|Confederation of British Industry;TUC;British Chambers of Commerce;
Audit Commission;National Audit Office;Arts Council;Scottish Parliament|Holyrood;Welsh Assembly|Welsh Assembly Government;Stormont;
Bundesbank;Bank of Japan;Duma|State Duma;Gazprom;Rosneft;Yukos;Lukoil;
Department of Homeland Security|Homeland Security Department|Homeland Security|DHS;Department of Justice|Justice Department|DOJ;
Department of Defense|Defense Department;Department of Health and Human Services|Health and Human Services|HHS;
Department of Energy|Energy Department;Department of Commerce|Commerce Department;Treasury Department;
Department of Agriculture|Agriculture Department|USDA;Department of Labor|Labor Department;Department of Transportation|Transportation Department;
Department of the Interior|Interior Department;Department of Veterans Affairs;Department of Housing and Urban Development|HUD;
Centers for Disease Control and Prevention|Centers for Disease Control|CDC;Food and Drug Administration|FDA;
Environmental Protection Agency|EPA;National Institutes of Health|NIH;Nasa|NASA;Customs and Border Protection|CBP;
Immigration and Customs Enforcement;Citizenship and Immigration Services|USCIS;Federal Emergency Management Agency|FEMA;
Internal Revenue Service|IRS;Federal Communications Commission|FCC;Federal Trade Commission|FTC;National Security Agency|NSA;
Federal Aviation Administration|FAA;National Transportation Safety Board|NTSB;Congressional Budget Office|CBO;
Government Accountability Office|GAO`;

/** Political parties. */
export const PARTIES = `Labour Party|Labour;Conservative Party|Conservatives|Tories|Tory|Conservative;Liberal Democrats|Lib Dems|Lib Dem|Liberal Democrat;
Scottish National Party|SNP;Plaid Cymru;UK Independence Party|UKIP;Green Party|Greens;British National Party|BNP;
Democratic Unionist Party|DUP;Ulster Unionist Party|UUP;SDLP;Democratic Party|Democrats|Democrat;Republican Party|Republicans|Republican|GOP;
Communist Party;Christian Democrats|CDU;Social Democrats|SPD;Veritas`;

/** Companies often in the news. */
export const COMPANIES = `Microsoft;Google;Apple;Yahoo;IBM;Intel;AMD;Dell;HP|Hewlett-Packard;Sony;Nintendo;Sega;Electronic Arts|EA;
Nokia;Motorola;Samsung;LG;Siemens;Philips;Vodafone;BT|British Telecom;Cable & Wireless|Cable and Wireless;O2;Orange;T-Mobile;Cisco;Oracle;SAP;AOL;Time Warner;eBay;
Amazon;Facebook;Twitter;Instagram;WhatsApp;Snapchat;YouTube;TikTok;LinkedIn;Reddit;Spotify;Netflix;Tesla;SpaceX;Blue Origin;
Alphabet;Uber;Lyft;Airbnb;Napster;Skype;Symantec;McAfee;Sophos;Netcraft;Verisign;Adobe;RealNetworks;Mozilla;Wal-Mart|Walmart;
Tesco;Sainsbury's|Sainsbury;Asda;Marks & Spencer|Marks and Spencer|M&S;Boots;Woolworths;Dixons;Unilever;Nestle;Shell;BP;Exxon|ExxonMobil;
General Motors|GM;Ford;Toyota;Honda;Nissan;Volkswagen|VW;BMW;Rover|MG Rover;Fiat;Boeing;Airbus;EADS;British Airways|BA;Ryanair;easyJet;
Virgin;Deutsche Bank;HSBC;Barclays;Lloyds TSB;Royal Bank of Scotland|RBS;Citigroup;Goldman Sachs;Morgan Stanley;JP Morgan;
Merrill Lynch;Credit Suisse;UBS;AIG;Enron;WorldCom;Parmalat;Glaxo|GlaxoSmithKline;Pfizer;Disney;Warner Bros|Warner Brothers;
Universal;Paramount;Miramax;DreamWorks;EMI;BMG;Sony BMG;Universal Music;Warner Music;Pixar;Mattel;Hasbro;Lego;Royal Mail`;

/** Governing bodies in sport. */
export const SPORTS_BODIES = `Fifa;Uefa;International Olympic Committee|IOC;IAAF;World Anti-Doping Agency|Wada;UK Athletics;
Football Association|FA;Rugby Football Union|RFU;Welsh Rugby Union|WRU;Irish Rugby Football Union|IRFU;Scottish Rugby Union|SRU;
International Rugby Board|IRB;England and Wales Cricket Board|ECB Cricket;ICC;ATP;ATP Tour;WTA;WTA Tour;Lawn Tennis Association|LTA;
British Lions|British and Irish Lions|Lions;All Blacks;Wallabies;Springboks`;
