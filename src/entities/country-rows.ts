/**
 * Every country the gazetteer knows, one row each:
 * `Name|alias…;demonym…;capital`, in alphabetical order (see `gazetteer.ts`).
 */
export const COUNTRY_ROWS = `
Afghanistan;Afghan|Afghans;Kabul
Albania;Albanian|Albanians;Tirana
Algeria;Algerian|Algerians;Algiers
Andorra;Andorran|Andorrans;Andorra la Vella
Angola;Angolan|Angolans;Luanda
Argentina;Argentine|Argentinian|Argentinians;Buenos Aires
Armenia;Armenian|Armenians;Yerevan
Australia;Australian|Australians;Canberra
Austria;Austrian|Austrians;Vienna
Azerbaijan;Azerbaijani|Azerbaijanis;Baku
Bahamas|The Bahamas;Bahamian|Bahamians
Bahrain;Bahraini|Bahrainis;Manama
Bangladesh;Bangladeshi|Bangladeshis;Dhaka
Barbados;Barbadian|Barbadians;Bridgetown
Belarus;Belarusian|Belarusians;Minsk
Belgium;Belgian|Belgians;Brussels
Belize;Belizean|Belizeans;Belmopan
Benin;Beninese;Porto-Novo
Bhutan;Bhutanese;Thimphu
Bolivia;Bolivian|Bolivians;La Paz
Bosnia|Bosnia and Herzegovina|Bosnia-Herzegovina;Bosnian|Bosnians;Sarajevo
Botswana;Motswana|Batswana;Gaborone
Brazil;Brazilian|Brazilians;Brasilia
Britain|United Kingdom|UK|U.K.|Great Britain;British|Briton|Britons;London
Brunei;Bruneian|Bruneians;Bandar Seri Begawan
Bulgaria;Bulgarian|Bulgarians;Sofia
Burkina Faso;Burkinabe;Ouagadougou
Burundi;Burundian|Burundians;Bujumbura
Cambodia;Cambodian|Cambodians;Phnom Penh
Cameroon;Cameroonian|Cameroonians;Yaounde
Canada;Canadian|Canadians;Ottawa
Cape Verde|Cabo Verde;Cape Verdean|Cape Verdeans;Praia
Central African Republic;Central African|Central Africans;Bangui
Chad;Chadian|Chadians;N'Djamena
Chile;Chilean|Chileans;Santiago
China|People's Republic of China|PRC;Chinese;Beijing
Colombia;Colombian|Colombians;Bogota
Comoros;Comorian|Comorians;Moroni
Congo|Democratic Republic of Congo|DRC;Congolese;Kinshasa
Costa Rica;Costa Rican|Costa Ricans;San Jose
Croatia;Croatian|Croatians|Croat|Croats;Zagreb
Cuba;Cuban|Cubans;Havana
Cyprus;Cypriot|Cypriots;Nicosia
Czech Republic|Czechia;Czech|Czechs;Prague
Denmark;Danish|Dane|Danes;Copenhagen
Djibouti;Djiboutian|Djiboutians
Dominican Republic;Dominican|Dominicans;Santo Domingo
East Timor|Timor-Leste;East Timorese;Dili
Ecuador;Ecuadorian|Ecuadorians;Quito
Egypt;Egyptian|Egyptians;Cairo
El Salvador;Salvadoran|Salvadorans;San Salvador
Equatorial Guinea;Equatoguinean|Equatoguineans;Malabo
Eritrea;Eritrean|Eritreans;Asmara
Estonia;Estonian|Estonians;Tallinn
Eswatini|Swaziland;Swazi|Swazis;Mbabane
Ethiopia;Ethiopian|Ethiopians;Addis Ababa
Fiji;Fijian|Fijians;Suva
Finland;Finnish|Finn|Finns;Helsinki
France;French;Paris
Gabon;Gabonese;Libreville
Gambia|The Gambia;Gambian|Gambians;Banjul
Georgia;Georgian|Georgians;Tbilisi
Germany;German|Germans;Berlin
Ghana;Ghanaian|Ghanaians;Accra
Greece;Greek|Greeks;Athens
Grenada;Grenadian|Grenadians
Guatemala;Guatemalan|Guatemalans;Guatemala City
Guinea-Bissau;Bissau-Guinean|Bissau-Guineans;Bissau
Guinea;Guinean|Guineans;Conakry
Guyana;Guyanese
Haiti;Haitian|Haitians;Port-au-Prince
Honduras;Honduran|Hondurans;Tegucigalpa
Hungary;Hungarian|Hungarians;Budapest
Iceland;Icelandic|Icelander|Icelanders;Reykjavik
India;Indian|Indians;New Delhi
Indonesia;Indonesian|Indonesians;Jakarta
Iran|Islamic Republic of Iran;Iranian|Iranians;Tehran
Iraq;Iraqi|Iraqis;Baghdad
Ireland|Republic of Ireland;Irish;Dublin
Israel;Israeli|Israelis;Jerusalem
Italy;Italian|Italians;Rome
Ivory Coast|Cote d'Ivoire|Côte d'Ivoire;Ivorian|Ivorians;Yamoussoukro
Jamaica;Jamaican|Jamaicans;Kingston
Japan;Japanese;Tokyo
Jordan;Jordanian|Jordanians;Amman
Kazakhstan;Kazakh|Kazakhs;Astana
Kenya;Kenyan|Kenyans;Nairobi
Kiribati;I-Kiribati;Tarawa
Kosovo;Kosovar|Kosovars;Pristina
Kuwait;Kuwaiti|Kuwaitis;Kuwait City
Kyrgyzstan;Kyrgyz;Bishkek
Laos;Lao|Laotian|Laotians;Vientiane
Latvia;Latvian|Latvians;Riga
Lebanon;Lebanese;Beirut
Lesotho;Basotho;Maseru
Liberia;Liberian|Liberians;Monrovia
Libya;Libyan|Libyans;Tripoli
Liechtenstein;Liechtensteiner|Liechtensteiners;Vaduz
Lithuania;Lithuanian|Lithuanians;Vilnius
Luxembourg;Luxembourger|Luxembourgers
Madagascar;Malagasy;Antananarivo
Malawi;Malawian|Malawians;Lilongwe
Malaysia;Malaysian|Malaysians;Kuala Lumpur
Maldives;Maldivian|Maldivians
Mali;Malian|Malians;Bamako
Malta;Maltese;Valletta
Mauritania;Mauritanian|Mauritanians;Nouakchott
Mauritius;Mauritian|Mauritians;Port Louis
Mexico;Mexican|Mexicans;Mexico City
Moldova;Moldovan|Moldovans;Chisinau
Monaco;Monegasque|Monegasques
Mongolia;Mongolian|Mongolians;Ulaanbaatar
Montenegro;Montenegrin|Montenegrins;Podgorica
Morocco;Moroccan|Moroccans;Rabat
Mozambique;Mozambican|Mozambicans;Maputo
Myanmar|Burma;Burmese;Naypyidaw
Namibia;Namibian|Namibians;Windhoek
Nauru;Nauruan|Nauruans
Nepal;Nepalese|Nepali;Kathmandu
Netherlands|Holland;Dutch;Amsterdam
New Zealand;New Zealander|New Zealanders;Wellington
Nicaragua;Nicaraguan|Nicaraguans;Managua
Niger;Nigerien|Nigeriens;Niamey
Nigeria;Nigerian|Nigerians;Abuja
North Korea|Democratic People's Republic of Korea|DPRK;North Korean|North Koreans;Pyongyang
Norway;Norwegian|Norwegians;Oslo
Oman;Omani|Omanis;Muscat
Pakistan;Pakistani|Pakistanis;Islamabad
Palau;Palauan|Palauans
Palestine|Palestinian territories;Palestinian|Palestinians;Ramallah
Panama;Panamanian|Panamanians;Panama City
Papua New Guinea;Papua New Guinean|Papua New Guineans;Port Moresby
Paraguay;Paraguayan|Paraguayans;Asuncion
Peru;Peruvian|Peruvians;Lima
Philippines;Philippine|Filipino|Filipinos;Manila
Poland;Polish|Pole|Poles;Warsaw
Portugal;Portuguese;Lisbon
Qatar;Qatari|Qataris;Doha
Romania;Romanian|Romanians;Bucharest
Russia|Russian Federation;Russian|Russians;Moscow
Rwanda;Rwandan|Rwandans;Kigali
Samoa;Samoan|Samoans;Apia
Saudi Arabia;Saudi|Saudis;Riyadh
Senegal;Senegalese;Dakar
Serbia;Serbian|Serbians|Serb|Serbs;Belgrade
Seychelles;Seychellois
Sierra Leone;Sierra Leonean|Sierra Leoneans;Freetown
Singapore;Singaporean|Singaporeans;
Slovakia;Slovak|Slovaks;Bratislava
Slovenia;Slovenian|Slovenians;Ljubljana
Solomon Islands;Solomon Islander|Solomon Islanders;Honiara
Somalia;Somali|Somalis;Mogadishu
South Africa;South African|South Africans;Pretoria
South Korea|Republic of Korea;South Korean|South Koreans;Seoul
South Sudan;South Sudanese;Juba
Spain;Spanish|Spaniard|Spaniards;Madrid
Sri Lanka;Sri Lankan|Sri Lankans;Colombo
Sudan;Sudanese;Khartoum
Suriname;Surinamese;Paramaribo
Sweden;Swedish|Swede|Swedes;Stockholm
Switzerland;Swiss;Bern
Syria|Syrian Arab Republic;Syrian|Syrians;Damascus
Taiwan;Taiwanese;Taipei
Tajikistan;Tajik|Tajiks;Dushanbe
Tanzania;Tanzanian|Tanzanians;Dodoma
Thailand;Thai|Thais;Bangkok
Togo;Togolese;Lome
Tonga;Tongan|Tongans
Trinidad and Tobago|Trinidad;Trinidadian|Trinidadians;Port of Spain
Tunisia;Tunisian|Tunisians;Tunis
Turkey;Turkish|Turk|Turks;Ankara
Turkmenistan;Turkmen;Ashgabat
Tuvalu;Tuvaluan|Tuvaluans;Funafuti
Uganda;Ugandan|Ugandans;Kampala
Ukraine;Ukrainian|Ukrainians;Kyiv
United Arab Emirates|UAE;Emirati|Emiratis;Abu Dhabi
United States|United States of America|US|U.S.|USA|U.S.A.|America;American|Americans;Washington
Uruguay;Uruguayan|Uruguayans;Montevideo
Uzbekistan;Uzbek|Uzbeks;Tashkent
Vanuatu;Ni-Vanuatu;Port Vila
Venezuela;Venezuelan|Venezuelans;Caracas
Vietnam;Vietnamese;Hanoi
Yemen;Yemeni|Yemenis;Sanaa
Yugoslavia;Yugoslav|Yugoslavs;Belgrade
Zambia;Zambian|Zambians;Lusaka
Zimbabwe;Zimbabwean|Zimbabweans;Harare
`;
