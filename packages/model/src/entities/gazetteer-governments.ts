/**
 * @module
 * Government bodies that the lists of `gazetteer-orgs.ts`, `gazetteer-agencies.ts` and
 * `gazetteer-uk-bodies.ts` lack, filled in by checking them against the full sets: the offices
 * and agencies under the fifteen US executive departments, the standing committees of Congress,
 * the departments and agencies of the UK government and the devolved ones, and the institutions
 * and agencies of the European Union. Kept by hand from the governments' own public directories.
 * Many are names whose head word no rule takes for a body's ("Peace Corps", "Companies House",
 * "Eurojust"). Each form copy writes is its own entry, so a story's name is kept as written
 * ("Marshals Service", "US Marshals Service"); initials are left to the rule for unknown initials,
 * which already takes them for a body's and keeps them as written. Read after those lists, which
 * win.
 */

/** US federal offices, bureaus, agencies, laboratories and courts. */
export const US_FEDERAL = `Federal Bureau of Investigation;Bureau of Prisons;Bureau of Economic Analysis;Bureau of Engraving and Printing;
Bureau of Indian Affairs;Bureau of Justice Statistics;Bureau of Reclamation;Bureau of Industry and Security;
Bureau of Consular Affairs;Bureau of Ocean Energy Management;US Marshals Service;Marshals Service;
US Mint;United States Mint;Office of the US Trade Representative;
US Agency for International Development;Peace Corps;AmeriCorps;
Executive Office of the President;Office of National Drug Control Policy;Office of Science and Technology Policy;
Council of Economic Advisers;National Economic Council;Domestic Policy Council;Office of the Director of National Intelligence;
National Reconnaissance Office;National Geospatial-Intelligence Agency;Defense Intelligence Agency;Central Intelligence Agency;
Cybersecurity and Infrastructure Security Agency;Financial Crimes Enforcement Network;FinCEN;
Office of Foreign Assets Control;Office of the Comptroller of the Currency;Commodity Futures Trading Commission;
Consumer Product Safety Commission;Federal Maritime Commission;Surface Transportation Board;Election Assistance Commission;
Federal Highway Administration;Federal Railroad Administration;Federal Transit Administration;
Federal Motor Carrier Safety Administration;Pipeline and Hazardous Materials Safety Administration;Maritime Administration;
National Institute of Standards and Technology;US Patent and Trademark Office;Patent and Trademark Office;
Library of Congress;Congressional Research Service;Government Publishing Office;Architect of the Capitol;
Capitol Police;US Capitol Police;National Archives;National Archives and Records Administration;
General Services Administration;Office of Personnel Management;Office of Special Counsel;Merit Systems Protection Board;
Privacy and Civil Liberties Oversight Board;Federal Labor Relations Authority;Tennessee Valley Authority;
Corporation for Public Broadcasting;National Endowment for the Arts;National Endowment for the Humanities;
Institute of Museum and Library Services;Smithsonian Institution;Smithsonian;Export-Import Bank;Export-Import Bank of the United States;
Millennium Challenge Corporation;International Trade Commission;US International Trade Commission;
Federal Reserve Board;Federal Reserve System;Indian Health Service;Health Resources and Services Administration;
Substance Abuse and Mental Health Services Administration;Agency for Healthcare Research and Quality;
Administration for Children and Families;Veterans Health Administration;Veterans Benefits Administration;
National Cancer Institute;National Institute of Allergy and Infectious Diseases;National Institute of Mental Health;
National Institute on Drug Abuse;National Institute on Aging;
National Nuclear Security Administration;Los Alamos National Laboratory;Lawrence Livermore National Laboratory;
Oak Ridge National Laboratory;Argonne National Laboratory;Sandia National Laboratories;Jet Propulsion Laboratory;
Goddard Space Flight Center;Johnson Space Center;Kennedy Space Center;Marshall Space Flight Center;
Court of International Trade;Court of Federal Claims;Foreign Intelligence Surveillance Court;FISA Court`;

/** Standing and select committees of the US Senate and House, under the names copy gives them. */
export const US_COMMITTEES = `Senate Judiciary Committee;Senate Intelligence Committee;Senate Armed Services Committee;
Senate Foreign Relations Committee;Senate Finance Committee;Senate Banking Committee;Senate Commerce Committee;
Senate Appropriations Committee;Senate Budget Committee;Senate Homeland Security Committee;
Senate Homeland Security and Governmental Affairs Committee;Senate HELP Committee;
Senate Energy and Natural Resources Committee;Senate Environment and Public Works Committee;Senate Agriculture Committee;
Senate Rules Committee;Senate Ethics Committee;Senate Veterans' Affairs Committee;Senate Aging Committee;
Senate Indian Affairs Committee;Senate Small Business Committee;House Judiciary Committee;House Intelligence Committee;
House Armed Services Committee;House Foreign Affairs Committee;House Ways and Means Committee;Ways and Means Committee;
House Financial Services Committee;House Energy and Commerce Committee;House Appropriations Committee;House Budget Committee;
House Homeland Security Committee;House Oversight Committee;House Oversight and Reform Committee;House Oversight and Accountability Committee;
House Education and Labor Committee;House Education and the Workforce Committee;
House Science Committee;House Transportation and Infrastructure Committee;
House Agriculture Committee;House Rules Committee;House Ethics Committee;House Veterans' Affairs Committee;
House Natural Resources Committee;House Small Business Committee;House Administration Committee;Joint Economic Committee;
Joint Committee on Taxation`;

/** UK government departments, agencies, regulators and services, and the devolved governments. */
export const UK_GOVERNMENT = `Department of Health and Social Care;Department for Business and Trade;
Department for Energy Security and Net Zero;Department for International Trade;DExEU;Attorney General's Office;
Government Actuary's Department;UK Export Finance;Defra;DfE;DfT;MoJ;Companies House;Insolvency Service;
HM Land Registry;HM Courts and Tribunals Service;HM Prison and Probation Service;HM Passport Office;
UK Visas and Immigration;Border Force;UK Border Force;UK Border Agency;Immigration Enforcement;
Driver and Vehicle Licensing Agency;Driver and Vehicle Standards Agency;Valuation Office Agency;Government Digital Service;
National Savings and Investments;NS&I;Rural Payments Agency;Animal and Plant Health Agency;Marine Management Organisation;
Forestry England;Historic England;UK Space Agency;UK Research and Innovation;Innovate UK;British Business Bank;
UK Health Security Agency;NHS Digital;NHS Improvement;NHS Blood and Transplant;Health Education England;
National Institute for Health and Care Excellence;Public Health Scotland;Public Health Wales;NHS Wales;
Office of Rail and Road;Office for Students;OfS;Payment Systems Regulator;Information Commissioner's Office;
Gambling Commission;Office for Nuclear Regulation;Regulator of Social Housing;Security Industry Authority;
Independent Office for Police Conduct;Criminal Cases Review Commission;Parole Board;Sentencing Council;
Judicial Appointments Commission;Supreme Court of the United Kingdom;Independent Press Standards Organisation;Ipso;
Migration Advisory Committee;Climate Change Committee;Committee on Climate Change;National Infrastructure Commission;
Office for Environmental Protection;Financial Policy Committee;Government Communications Headquarters;
Secret Intelligence Service;Defence Science and Technology Laboratory;Dstl;Royal Marines;Intelligence and Security Committee;
Welsh Government;Senedd;Northern Ireland Executive;Police Scotland;National Police Chiefs' Council;College of Policing;
HM Inspectorate of Constabulary;HM Inspectorate of Prisons;HM Inspectorate of Probation;Transport for Wales;
Transport Scotland;Great British Railways;National Highways;HS2 Ltd`;

/** Institutions, bodies and agencies of the European Union. */
export const EU_BODIES = `Court of Justice of the European Union;European Economic and Social Committee;
European Committee of the Regions;European Ombudsman;European Data Protection Supervisor;European Data Protection Board;
European External Action Service;European Anti-Fraud Office;European Public Prosecutor's Office;Eurojust;
European Chemicals Agency;European Banking Authority;European Securities and Markets Authority;
European Insurance and Occupational Pensions Authority;European Centre for Disease Prevention and Control;
European Union Aviation Safety Agency;European Aviation Safety Agency;European Union Agency for Cybersecurity;
European Defence Agency;European Maritime Safety Agency;European Union Agency for Fundamental Rights;
European Union Agency for Asylum;European Asylum Support Office;European Stability Mechanism;European Research Council;
European Innovation Council;Single Resolution Board;European Systemic Risk Board;European Free Trade Association;
European Bank for Reconstruction and Development;European Broadcasting Union`;
