"""Probe 7 source of truth: 16 invented wire-style articles with hand labels.

Body format (one article per A(...) call):
  * one sentence per line; a blank line starts a new paragraph; the first line is the title;
  * a forecast line ends with
        || certainty | polarity(+/-) | predictor | gist | horizon_text | style
  * lines without "||" are non-forecast sentences.
Actor format: one actor per line, "TYPE : canonical : alias|alias|...".
"""

ARTICLES = []


def A(doc, date, byline, body, actors):
    ARTICLES.append(dict(doc=doc, date=date, byline=byline, body=body, actors=actors))


A("p7-01-montenegro-judicial-vote.txt", "2026-11-03", "", r'''
Montenegro parliament to vote on judicial reform bill on Thursday || certain | + | AUTHOR | parliament votes on judicial reform bill | on Thursday | headline

Lawmakers in Podgorica will vote on Thursday on a bill to overhaul how judges are appointed, parliamentary speaker Dragana Vujosevic-Markovic said on Monday. || certain | + | Dragana Vujosevic-Markovic | lawmakers vote on judicial appointments bill | on Thursday | office
Debate would open in the morning and the final vote would follow in the evening. || certain | + | Dragana Vujosevic-Markovic | debate in morning, final vote in evening | in the morning | carryover
The bill would move the power to appoint senior judges from the justice ministry to an independent council.

The ruling coalition holds 44 of the 81 seats, but two of its smaller partners have threatened to abstain.
Luka Dedovic, the coalition's chief whip, predicted that the bill would pass with at least 42 votes. || probable | + | Luka Dedovic | bill passes with at least 42 votes |  | reported
"We have the numbers, and the opposition knows it," Dedovic said.

Opposition leader Arben Gashi-Lekaj said his bloc would file a challenge with the Constitutional Court if the bill passed. || certain | + | Arben Gashi-Lekaj | opposition challenges law at Constitutional Court |  | office
He added that the court could suspend the law within weeks. || possible | + | Arben Gashi-Lekaj | court suspends the new law | within weeks | pronoun

The European Union has repeatedly urged Montenegro to reform its judiciary as part of its accession talks.
A European Commission report published in October said the country must adopt the reform to close the judiciary chapter of the talks.
The Podgorica-based Institute for Balkan Governance expects a narrow majority but warns that the coalition may split over next year's budget. || probable | + | Institute for Balkan Governance | narrow majority for the bill |  | reported

A second reading of the 2027 budget is expected before parliament breaks for the winter holidays. || probable | + | AUTHOR | second reading of 2027 budget held | before parliament breaks for the winter holidays | author
''', '''
PLACE : Montenegro : Montenegro
PLACE : Podgorica : Podgorica
PERSON : Dragana Vujosevic-Markovic : Dragana Vujosevic-Markovic
PERSON : Luka Dedovic : Luka Dedovic|Dedovic
PERSON : Arben Gashi-Lekaj : Arben Gashi-Lekaj
ORGANIZATION : Constitutional Court : Constitutional Court
ORGANIZATION : European Union : European Union
ORGANIZATION : European Commission : European Commission
ORGANIZATION : Institute for Balkan Governance : Institute for Balkan Governance
''')

A("p7-02-ghana-cedi-devaluation.txt", "2026-11-05", "Marguerite Oyelaran-Diop", r'''
Bank of Ghana governor says cedi will stabilise by mid-2027 || certain | + | Efua Adjei-Sarpong | Ghana's cedi currency stabilises | by mid-2027 | headline

The Bank of Ghana devalued the cedi by 12 percent against the dollar on Wednesday, its first formal adjustment since 2019.
Governor Efua Adjei-Sarpong told reporters in Accra that the currency would stabilise by the middle of 2027 as cocoa and gold earnings recover. || certain | + | Efua Adjei-Sarpong | cedi stabilises as export earnings recover | by the middle of 2027 | office
She said the bank would not carry out a second adjustment. || certain | - | Efua Adjei-Sarpong | no second devaluation by the bank |  | pronoun

Inflation stood at 23 percent in October, according to the Ghana Statistical Service.
According to the service, the devaluation could add three to four percentage points to inflation in the first quarter of next year. || possible | + | Ghana Statistical Service | devaluation adds points to inflation | in the first quarter of next year | according_to

Private economists were more cautious.
Kwabena Osei-Tutu, chief economist at Accra lender Sankofa Capital, said the cedi was likely to fall a further 8 percent before the end of the year. || probable | + | Kwabena Osei-Tutu | cedi falls a further 8 percent | before the end of the year | reported

"The central bank has moved too late," he said.
"Importers will keep hoarding dollars until the reserves figures improve." || certain | + | Kwabena Osei-Tutu | importers keep hoarding dollars | until the reserves figures improve | quote_para

The International Monetary Fund, which approved a 1.4 billion dollar loan for Ghana in 2025, is due to send a review mission to Accra in January. || certain | + | AUTHOR | IMF review mission visits Accra | in January | author
Finance Minister Yaw Boakye-Ansah said the government would present a revised budget to parliament before the mission arrives. || certain | + | Yaw Boakye-Ansah | government presents revised budget to parliament | before the mission arrives | office
''', '''
ORGANIZATION : Bank of Ghana : Bank of Ghana
PLACE : Ghana : Ghana
PLACE : Accra : Accra
PERSON : Efua Adjei-Sarpong : Efua Adjei-Sarpong
ORGANIZATION : Ghana Statistical Service : Ghana Statistical Service
PERSON : Kwabena Osei-Tutu : Kwabena Osei-Tutu
ORGANIZATION : Sankofa Capital : Sankofa Capital
ORGANIZATION : International Monetary Fund : International Monetary Fund
PERSON : Yaw Boakye-Ansah : Yaw Boakye-Ansah
''')

A("p7-03-bolivia-tin-mine-strike.txt", "2026-11-07", "", r'''
Strike at Bolivian tin mine likely to last into December, union says || probable | + | Qullqi Mineworkers Union | tin mine strike lasts into December | into December | headline

About 3,000 workers at the Cerro Qullqi tin mine near Oruro walked off the job on Monday, demanding a 15 percent pay rise and new safety equipment.
The Qullqi Mineworkers Union said on Wednesday that the stoppage would continue until state mining company Minera Andina del Sur meets its demands. || certain | + | Qullqi Mineworkers Union | stoppage continues until demands are met | until state mining company Minera Andina del Sur meets its demands | reported

Members would begin blocking the highway between Oruro and La Paz from Friday. || certain | + | Qullqi Mineworkers Union | members block Oruro-La Paz highway | from Friday | carryover
Miners at two smaller pits near Potosi would join the walkout next week. || certain | + | Qullqi Mineworkers Union | miners near Potosi join the walkout | next week | carryover

Minera Andina del Sur, known as Minandes, said the strike was costing it about 400,000 dollars a day in lost output.
The company's general manager, Rosa Elvira Mamani de Quispe, said management would not raise its offer beyond 8 percent. || certain | - | Rosa Elvira Mamani de Quispe | no pay offer above 8 percent |  | office
"Minandes cannot pay what it does not earn," Mamani de Quispe said.

Tin prices on the London Metal Exchange rose 3 percent this week on concerns about supply from Bolivia, one of the world's largest producers.
The Lima-based newsletter Metales Andinos reported that Deputy Mining Minister Teodoro Condori Huarachi expects a deal before Christmas. || probable | + | Teodoro Condori Huarachi | deal to end the strike | before Christmas | nested

Mamani de Quispe is scheduled to meet union leaders in Oruro on Saturday, Minandes said. || certain | + | Minera Andina del Sur | manager meets union leaders in Oruro | on Saturday | alias
Two union delegates told reporters that those talks were unlikely to produce an agreement. || probable | - | two union delegates | no agreement from Saturday talks |  | description
''', '''
PLACE : Bolivia : Bolivia
PLACE : Cerro Qullqi : Cerro Qullqi
PLACE : Oruro : Oruro
PLACE : La Paz : La Paz
PLACE : Potosi : Potosi
PLACE : Lima : Lima
ORGANIZATION : Qullqi Mineworkers Union : Qullqi Mineworkers Union
ORGANIZATION : Minera Andina del Sur : Minera Andina del Sur|Minandes
PERSON : Rosa Elvira Mamani de Quispe : Rosa Elvira Mamani de Quispe|Mamani de Quispe
ORGANIZATION : London Metal Exchange : London Metal Exchange
ORGANIZATION : Metales Andinos : Metales Andinos
PERSON : Teodoro Condori Huarachi : Teodoro Condori Huarachi
''')

A("p7-04-kyrgyzstan-drought-bread.txt", "2026-11-10", "", r'''
Study warns drought could push Kyrgyz bread prices up by a third || possible | + | Tien Shan Agrarian Institute | drought pushes bread prices up a third |  | headline

A prolonged drought in the Chui and Talas valleys has cut Kyrgyzstan's wheat harvest to its lowest level in 15 years.
A study published on Monday by the Tien Shan Agrarian Institute in Bishkek projects that the retail price of bread will rise by as much as 35 percent before the next harvest. || probable | + | Tien Shan Agrarian Institute | bread price rises up to 35 percent | before the next harvest | org_document
The institute's report also warns that livestock farmers may sell off their herds early this winter for lack of fodder. || possible | + | Tien Shan Agrarian Institute | farmers sell herds early for lack of fodder | this winter | org_document

Flour prices in Bishkek markets have already risen 18 percent since August.
Agriculture Minister Nurbek Toktogulov said the government would release 50,000 tonnes of wheat from state reserves next month. || certain | + | Nurbek Toktogulov | government releases 50,000 tonnes of reserve wheat | next month | office
Toktogulov said he expected Kazakhstan to lift its ban on wheat exports to Kyrgyzstan within weeks. || probable | + | Nurbek Toktogulov | Kazakhstan lifts wheat export ban | within weeks | alias

The World Food Programme said in a statement on Tuesday that it was monitoring the situation closely.
It said poorer households in the south could start skipping meals by the spring if prices kept rising. || possible | + | World Food Programme | poorer households start skipping meals | by the spring | pronoun

Bakers in Osh should be allowed to raise prices in line with costs, said Aizada Jumabekova, who heads a bakers' association in the city.
She warned that dozens of small bakeries would close by the end of the year without such relief. || certain | + | Aizada Jumabekova | dozens of small bakeries close | by the end of the year | pronoun
Rain forecast for late November is unlikely to save the winter wheat crop, meteorologists at the state weather agency said. || probable | - | meteorologists at the state weather agency | rain does not save winter wheat | late November | description
''', '''
PLACE : Kyrgyzstan : Kyrgyzstan
PLACE : Chui : Chui
PLACE : Talas : Talas
ORGANIZATION : Tien Shan Agrarian Institute : Tien Shan Agrarian Institute
PLACE : Bishkek : Bishkek
PERSON : Nurbek Toktogulov : Nurbek Toktogulov|Toktogulov
PLACE : Kazakhstan : Kazakhstan
ORGANIZATION : World Food Programme : World Food Programme
PLACE : Osh : Osh
PERSON : Aizada Jumabekova : Aizada Jumabekova
''')

A("p7-05-senegal-malaria-vaccine.txt", "2026-11-12", "", r'''
Senegal to start malaria vaccine rollout in eight regions next month || certain | + | AUTHOR | malaria vaccine rollout starts in eight regions | next month | headline

Senegal will begin giving a new malaria vaccine to children under five in eight regions in December, Health Minister Awa Ndiaye Sarr said on Thursday. || certain | + | Awa Ndiaye Sarr | malaria vaccination of under-fives begins | in December | office
The ministry received its first 600,000 doses through the vaccine alliance Gavi last week.

Ndiaye Sarr said the programme would reach 1.2 million children by the end of 2027. || certain | + | Awa Ndiaye Sarr | programme reaches 1.2 million children | by the end of 2027 | alias
"Kolda and Kedougou will receive doses first, because that is where children are dying," she said. || certain | + | Awa Ndiaye Sarr | Kolda and Kedougou receive doses first |  | quote_subject

Health workers in the south were trained over the past month, according to the national malaria control programme.
The Dakar daily Le Quotidien Teranga reported on Wednesday that Gavi expects to deliver a further 900,000 doses in March. || probable | + | Gavi | Gavi delivers 900,000 more doses | in March | nested

Not everyone is convinced.
Some parents in Ziguinchor have questioned whether the vaccine is safe, said Ibrahima Faye, a community health worker there.
Faye said he hoped a door-to-door campaign would win over most families before the first doses arrive. || possible | + | Ibrahima Faye | campaign wins over most families | before the first doses arrive | alias
Parents should bring their children's health cards to the clinics, the ministry said.

The World Health Organization estimates that the vaccine will prevent up to 4,000 child deaths a year in Senegal. || probable | + | World Health Organization | vaccine prevents up to 4,000 child deaths yearly |  | reported
''', '''
PLACE : Senegal : Senegal
PERSON : Awa Ndiaye Sarr : Awa Ndiaye Sarr|Ndiaye Sarr
ORGANIZATION : Gavi : Gavi
PLACE : Kolda : Kolda
PLACE : Kedougou : Kedougou
PLACE : Dakar : Dakar
ORGANIZATION : Le Quotidien Teranga : Le Quotidien Teranga
PLACE : Ziguinchor : Ziguinchor
PERSON : Ibrahima Faye : Ibrahima Faye|Faye
ORGANIZATION : World Health Organization : World Health Organization
''')

A("p7-06-kazakhstan-satellite-launch.txt", "2026-11-14", "", r'''
Kazakh startup's first Earth-observation satellite set for launch on November 28 || certain | + | AUTHOR | startup's first satellite launches | on November 28 | headline

Almaty-based Dala Orbital said on Friday that its Kokzhiek-1 satellite would lift off from the Baikonur Cosmodrome on November 28 aboard a Soyuz rocket. || certain | + | Dala Orbital | Kokzhiek-1 lifts off from Baikonur | on November 28 | reported
The 140-kilogram satellite will photograph farmland and pipelines across Central Asia, the company said. || certain | + | Dala Orbital | satellite photographs farmland and pipelines |  | alias
The company has raised 22 million dollars from investors in Kazakhstan and Singapore.

Chief executive Madina Seitkali-Berg, who founded the firm in 2021, said she was confident the launch would go ahead on schedule. || probable | + | Madina Seitkali-Berg | launch goes ahead on schedule |  | office
"Our first images will reach customers in January," Seitkali-Berg said. || certain | + | Madina Seitkali-Berg | first images reach customers | in January | quote
"By 2028 we plan to have six satellites in orbit, and the next two are already being assembled in Almaty." || certain | + | Madina Seitkali-Berg | six satellites in orbit | By 2028 | quote_para

Kazakhstan's government has put three satellites into orbit since 2014, all of them built abroad.
Deputy Digital Development Minister Arman Zhaksylykov said the ministry planned to buy imagery from Dala Orbital for crop monitoring. || certain | + | Arman Zhaksylykov | ministry buys Dala Orbital imagery |  | office

Launch dates at Baikonur often slip.
Two people familiar with the Soyuz manifest said the launch could move to early December if a cargo mission scheduled ahead of it is delayed. || possible | + | two people familiar with the Soyuz manifest | launch slips to early December | early December | description
According to a filing by Dala Orbital with regulators, the company will need a further 30 million dollars to build the remaining satellites. || certain | + | Dala Orbital | company needs 30 million dollars more |  | according_to
''', '''
ORGANIZATION : Dala Orbital : Dala Orbital
PLACE : Almaty : Almaty
PLACE : Baikonur Cosmodrome : Baikonur Cosmodrome|Baikonur
PLACE : Central Asia : Central Asia
PLACE : Kazakhstan : Kazakhstan
PLACE : Singapore : Singapore
PERSON : Madina Seitkali-Berg : Madina Seitkali-Berg|Seitkali-Berg
PERSON : Arman Zhaksylykov : Arman Zhaksylykov
''')

A("p7-07-nordic-airline-merger.txt", "2026-11-16", "", r'''
Fjordwing-Revontuli Air merger to create third-largest Nordic airline || certain | + | AUTHOR | deal creates third-largest Nordic airline |  | headline

Norwegian carrier Fjordwing and Finland's Revontuli Air signed a merger agreement on Monday valued at 420 million euros in cash and shares.
In a statement, Fjordwing said the deal would close in the second quarter of 2027, subject to approval by the European Commission. || certain | + | Fjordwing | merger deal closes after approval | in the second quarter of 2027 | org_document
Revontuli Air flights would keep their own brand for at least two years after closing. || certain | + | Fjordwing | Revontuli brand kept for two years | for at least two years after closing | carryover

Fjordwing chief executive Ingrid Solheim Aasen told analysts on a conference call that the merger would save 60 million euros a year by 2029. || certain | + | Ingrid Solheim Aasen | merger saves 60 million euros a year | by 2029 | office
She said no pilot jobs would be cut. || certain | - | Ingrid Solheim Aasen | no pilot jobs cut |  | pronoun
Some ground staff roles in Helsinki and Oslo could go, she added. || possible | + | Ingrid Solheim Aasen | ground staff roles cut in Helsinki and Oslo |  | pronoun

Revontuli's largest shareholder, the pension fund Tuulensuu Mutual, said it would vote in favour of the deal. || certain | + | Tuulensuu Mutual | pension fund votes for the deal |  | reported
The Finnish government, which owns 9 percent of Revontuli, has not yet commented.

Henrik Lindqvist-Mora, an aviation analyst at Stockholm consultancy Nordaero, expects Brussels to demand that the airline give up take-off slots at Helsinki Airport. || probable | + | Henrik Lindqvist-Mora | Brussels demands slot concessions at Helsinki Airport |  | reported
"The Commission will not wave this through without remedies," Lindqvist-Mora said. || certain | - | Henrik Lindqvist-Mora | Commission does not approve without remedies |  | quote_subject
Fjordwing shares rose 6 percent in Oslo trading.
''', '''
ORGANIZATION : Fjordwing : Fjordwing
ORGANIZATION : Revontuli Air : Revontuli Air|Revontuli
PLACE : Finland : Finland
ORGANIZATION : European Commission : European Commission|Commission
PERSON : Ingrid Solheim Aasen : Ingrid Solheim Aasen
PLACE : Helsinki : Helsinki
PLACE : Oslo : Oslo
ORGANIZATION : Tuulensuu Mutual : Tuulensuu Mutual
PERSON : Henrik Lindqvist-Mora : Henrik Lindqvist-Mora
PLACE : Stockholm : Stockholm
ORGANIZATION : Nordaero : Nordaero
PLACE : Brussels : Brussels
PLACE : Helsinki Airport : Helsinki Airport
''')

A("p7-08-trinidad-extradition-ruling.txt", "2026-11-18", "", r'''
Trinidad court to rule on Venezuelan banker's extradition next week || certain | + | AUTHOR | court rules on banker's extradition | next week | headline

The High Court in Port of Spain will deliver its ruling on December 4 on whether to extradite Venezuelan banker Julio Cesar Palacios de la Fuente to the United States, court officials said. || certain | + | court officials | High Court rules on extradition | on December 4 | description
Palacios de la Fuente, 58, was arrested at Piarco International Airport in March on a US warrant accusing him of laundering 90 million dollars.

His lawyer, Sharon Baptiste-Ramdial, said her client would appeal to the Privy Council in London if the judge ruled against him. || certain | + | Sharon Baptiste-Ramdial | client appeals to Privy Council if he loses |  | reported
"This case will go all the way," she said. || certain | + | Sharon Baptiste-Ramdial | case goes all the way |  | quote
"My client has never set foot in Miami, and the evidence will show that." || certain | + | Sharon Baptiste-Ramdial | evidence shows client never in Miami |  | quote_para

Attorney General Reginald Mohammed-Clarke told the parliament of Trinidad and Tobago last month that the government would honour its treaty obligations. || certain | + | Reginald Mohammed-Clarke | government honours extradition treaty obligations |  | office
The Port of Spain Chronicle reported on Tuesday that Assistant US Attorney Daniel Okafor-Reyes expects to seek a 20-year sentence if Palacios is extradited. || probable | + | Daniel Okafor-Reyes | prosecutors seek 20-year sentence |  | nested

Venezuela has also asked for his extradition, but its request was filed later and has not been considered.
Legal experts said the case could take two more years if it reaches the Privy Council. || possible | + | legal experts | case takes two more years | two more years | description
Extradition cases should be decided within months, not years, said Nadia Persad-Lutchman, a law lecturer at the University of the West Indies.
''', '''
PLACE : Trinidad and Tobago : Trinidad and Tobago|Trinidad
ORGANIZATION : High Court : High Court
PLACE : Port of Spain : Port of Spain
PERSON : Julio Cesar Palacios de la Fuente : Julio Cesar Palacios de la Fuente|Palacios de la Fuente|Palacios
PLACE : United States : United States|US
PLACE : Piarco International Airport : Piarco International Airport
PERSON : Sharon Baptiste-Ramdial : Sharon Baptiste-Ramdial
ORGANIZATION : Privy Council : Privy Council
PLACE : London : London
PLACE : Miami : Miami
PERSON : Reginald Mohammed-Clarke : Reginald Mohammed-Clarke
ORGANIZATION : Port of Spain Chronicle : Port of Spain Chronicle
PERSON : Daniel Okafor-Reyes : Daniel Okafor-Reyes
PLACE : Venezuela : Venezuela
PERSON : Nadia Persad-Lutchman : Nadia Persad-Lutchman
ORGANIZATION : University of the West Indies : University of the West Indies
''')

A("p7-09-poipet-border-reopening.txt", "2026-11-20", "Tomasz Wielgosz-Abara", r'''
Cambodian minister says Poipet border crossing will reopen on December 1 || certain | + | Sok Chanthavy | Poipet border crossing reopens | on December 1 | headline

The main land crossing between Thailand and Cambodia at Poipet will reopen to trucks and travellers on December 1 after an eight-month closure, Cambodian Interior Minister Sok Chanthavy said on Thursday. || certain | + | Sok Chanthavy | Poipet crossing reopens to trucks and travellers | on December 1 | office
The crossing was shut in March after clashes between border guards.

"Thailand will also open the Ban Laem checkpoint a week later," Sok said, adding that talks on the remaining crossings would continue in Bangkok. || certain | + | Sok Chanthavy | Thailand opens Ban Laem checkpoint | a week later | quote_subject
He said Thai Foreign Minister Pichet Wongsakul had given him that assurance by telephone on Wednesday.
"Minister Pichet will come to Phnom Penh to sign the protocol," he said. || certain | + | Sok Chanthavy | Pichet signs protocol in Phnom Penh |  | pronoun

A spokeswoman for the Thai foreign ministry, Kanokwan Srisuk, declined to comment on Ban Laem.
Traders in Aranyaprathet, the Thai town opposite Poipet, expect cross-border trade to recover within three months of the reopening. || probable | + | traders in Aranyaprathet | cross-border trade recovers | within three months of the reopening | description

The Thai Border Trade Association estimated in a report last month that the closure had cost businesses on both sides 300 million dollars.
The same report projected that trade through Poipet would return to pre-closure levels only in the second half of 2027. || probable | + | Thai Border Trade Association | Poipet trade returns to pre-closure levels | only in the second half of 2027 | org_document

Casinos on the Cambodian side of the border are also expected to reopen. || probable | + | AUTHOR | casinos on Cambodian side reopen |  | author
''', '''
PLACE : Poipet : Poipet
PLACE : Thailand : Thailand
PLACE : Cambodia : Cambodia
PERSON : Sok Chanthavy : Sok Chanthavy|Sok
PLACE : Ban Laem : Ban Laem
PLACE : Bangkok : Bangkok
PERSON : Pichet Wongsakul : Pichet Wongsakul|Pichet
PLACE : Phnom Penh : Phnom Penh
PERSON : Kanokwan Srisuk : Kanokwan Srisuk
PLACE : Aranyaprathet : Aranyaprathet
ORGANIZATION : Thai Border Trade Association : Thai Border Trade Association
''')

A("p7-10-saint-lucia-referendum.txt", "2026-11-22", "", r'''
Pollster predicts 'yes' win in Saint Lucia republic referendum || probable | + | Antilles Insight | yes side wins republic referendum |  | headline

Voters in Saint Lucia will decide on January 17 whether to replace the British monarch with a president elected by parliament. || certain | + | AUTHOR | referendum on republic held | on January 17 | author
A poll by Castries-based Antilles Insight published on Sunday found 54 percent support for the change, 38 percent against and 8 percent undecided.
The firm's director, Marcus Joseph-Edouard, said the 'yes' side should win comfortably if turnout tops 50 percent. || probable | + | Marcus Joseph-Edouard | yes side wins comfortably |  | office

Prime Minister Dorothea Fontenelle-Alcide, who called the referendum, said her government would hold town hall meetings in every district before the vote. || certain | + | Dorothea Fontenelle-Alcide | government holds town hall meetings in every district | before the vote | office
"This referendum will pass, and Saint Lucia will be better for it," Fontenelle-Alcide said. || certain | + | Dorothea Fontenelle-Alcide | republic referendum passes |  | quote

Gideon St Hill, who leads the opposition Saint Lucia Civic Movement, said his party would campaign for a 'no' vote. || certain | + | Gideon St Hill | opposition party campaigns for no vote |  | reported
"Saint Lucians are not asking for this," St Hill said.

Under the constitution, the change requires a two-thirds majority of votes cast.
According to the Electoral Commission, results are expected before midnight on polling day. || probable | + | Electoral Commission | results announced before midnight on polling day | before midnight on polling day | according_to
Ballots from all ten districts would be counted centrally in Castries. || certain | + | Electoral Commission | ballots counted centrally in Castries |  | carryover

Barbados became a republic in 2021.
Aurelio Mendes da Costa, a political scientist in Bridgetown, said other island states could follow if the referendum passed. || possible | + | Aurelio Mendes da Costa | other island states follow Saint Lucia |  | reported
''', '''
PLACE : Saint Lucia : Saint Lucia
PLACE : Castries : Castries
ORGANIZATION : Antilles Insight : Antilles Insight
PERSON : Marcus Joseph-Edouard : Marcus Joseph-Edouard
PERSON : Dorothea Fontenelle-Alcide : Dorothea Fontenelle-Alcide
PERSON : Gideon St Hill : Gideon St Hill|St Hill
ORGANIZATION : Saint Lucia Civic Movement : Saint Lucia Civic Movement
ORGANIZATION : Electoral Commission : Electoral Commission
PLACE : Barbados : Barbados
PERSON : Aurelio Mendes da Costa : Aurelio Mendes da Costa
PLACE : Bridgetown : Bridgetown
''')

A("p7-11-oman-offshore-discovery.txt", "2026-11-24", "", r'''
Oman's new offshore field could add 80,000 barrels a day by 2030, ministry says || possible | + | Ministry of Energy and Minerals | new field adds 80,000 barrels a day | by 2030 | headline

Oman's Ministry of Energy and Minerals said on Tuesday that an exploration well off the coast of Duqm had found a reservoir holding an estimated 600 million barrels of recoverable oil.
The field could produce 80,000 barrels a day by 2030, the ministry said. || possible | + | Ministry of Energy and Minerals | field produces 80,000 barrels a day | by 2030 | alias

The well was drilled by Hamrat Petroleum, a joint venture between the Omani state and a group of Asian investors.
Hamrat's managing director, Salim bin Hamad Al Harthy, said appraisal drilling would start in February. || certain | + | Salim bin Hamad Al Harthy | appraisal drilling starts | in February | office
"Oman will not need to import a single barrel of condensate once this field is running," Al Harthy said. || certain | - | Salim bin Hamad Al Harthy | Oman needs no condensate imports | once this field is running | quote_subject

The discovery comes as the sultanate tries to keep output steady at about 1 million barrels a day.
The Dubai-based trade journal Gulf Energy Review reported that Hamrat expects to award the platform contract to a South Korean shipyard. || probable | + | Hamrat Petroleum | platform contract goes to South Korean shipyard |  | nested

Fatma Al Balushi, an analyst at Muscat brokerage Ubhar Securities, said the find was the largest in Omani waters in a decade.
She doubted that first oil would flow before 2031. || probable | - | Fatma Al Balushi | no first oil before 2031 | before 2031 | pronoun
The ministry is expected to publish revised reserve figures in March. || probable | + | AUTHOR | ministry publishes revised reserve figures | in March | author
''', '''
PLACE : Oman : Oman
ORGANIZATION : Ministry of Energy and Minerals : Ministry of Energy and Minerals
PLACE : Duqm : Duqm
ORGANIZATION : Hamrat Petroleum : Hamrat Petroleum|Hamrat
PERSON : Salim bin Hamad Al Harthy : Salim bin Hamad Al Harthy|Al Harthy
PLACE : Dubai : Dubai
ORGANIZATION : Gulf Energy Review : Gulf Energy Review
PERSON : Fatma Al Balushi : Fatma Al Balushi
PLACE : Muscat : Muscat
ORGANIZATION : Ubhar Securities : Ubhar Securities
''')

A("p7-12-indonesia-transfer-window.txt", "2026-11-26", "", r'''
Persiwangi Raya expect to sign two foreign strikers when window opens in January || probable | + | Persiwangi Raya | club signs two foreign strikers | in January | headline

Liga 1 side Persiwangi Raya plan to sign two foreign strikers when the transfer window opens on January 5, sporting director Bambang Hadiwijaya said on Wednesday. || certain | + | Bambang Hadiwijaya | club signs two foreign strikers | on January 5 | office
The Surabaya club finished ninth last season and has scored only 11 goals in 14 matches this term.
Hadiwijaya spoke to the Jakarta sports daily Gelora Pagi.

Q: Will the club spend more than last season?

A: Yes, our budget for January will be about twice what we spent a year ago. || certain | + | Bambang Hadiwijaya | January transfer budget doubles | for January | qa

Q: What about Thiago Moreira, the Brazilian forward linked with the club?

A: Thiago is a player we like, but his club in Porto will probably ask for too much money. || probable | + | Bambang Hadiwijaya | Porto club asks too high a fee |  | qa

Q: And the coach?

A: Rui Sequeira has our full support, and he will stay until the end of the season. || certain | + | Bambang Hadiwijaya | coach stays until end of season | until the end of the season | qa

Liga 1 rules allow each club to register six foreign players.
Gelora Pagi reported separately that rival club Bintang Timur FC expects to bid for Moreira. || probable | + | Bintang Timur FC | Bintang Timur FC bids for Moreira |  | nested
''', '''
ORGANIZATION : Liga 1 : Liga 1
ORGANIZATION : Persiwangi Raya : Persiwangi Raya
PERSON : Bambang Hadiwijaya : Bambang Hadiwijaya|Hadiwijaya
PLACE : Surabaya : Surabaya
PLACE : Jakarta : Jakarta
ORGANIZATION : Gelora Pagi : Gelora Pagi
PERSON : Thiago Moreira : Thiago Moreira|Thiago|Moreira
PLACE : Porto : Porto
PERSON : Rui Sequeira : Rui Sequeira
ORGANIZATION : Bintang Timur FC : Bintang Timur FC
''')

A("p7-13-chile-wildfire-season.txt", "2026-11-28", "", r'''
Chile braces for severe fire season as forestry agency warns of hotter summer || probable | + | Agencia de Proteccion Forestal | hotter summer ahead in Chile |  | headline

Chile's Agencia de Proteccion Forestal (Aprofor) said in its seasonal outlook on Monday that the coming months would be hotter and drier than average across the central regions. || certain | + | Agencia de Proteccion Forestal | coming months hotter and drier than average | the coming months | org_document
The outlook projects that fires will burn up to 400,000 hectares between December and March, nearly twice the ten-year average. || probable | + | Agencia de Proteccion Forestal | fires burn up to 400,000 hectares | between December and March | org_document

In February 2024, fires around Vina del Mar killed more than 130 people.
Aprofor director Camila Ignacia Rojas Lagos said the agency would deploy 4,200 firefighters and 70 aircraft this season, up from 3,100 and 58 last year. || certain | + | Camila Ignacia Rojas Lagos | agency deploys 4,200 firefighters and 70 aircraft | this season | office
"We will not have enough pilots if three big fires break out at once," Rojas said. || certain | - | Camila Ignacia Rojas Lagos | not enough pilots for simultaneous big fires |  | quote
"The first large fires will probably come in the Biobio region before Christmas." || probable | + | Camila Ignacia Rojas Lagos | first large fires in Biobio | before Christmas | quote_para

Residents of hillside neighbourhoods should clear dry brush within 30 metres of their homes, the agency said.
According to the Direccion Meteorologica de Chile, a La Nina pattern is likely to persist until February. || probable | + | Direccion Meteorologica de Chile | La Nina pattern persists | until February | according_to

Hector Painemal Huenchul, who heads a volunteer firefighters' federation in Araucania, said many brigades still lacked protective gear.
He warned that volunteers might refuse to deploy outside their home districts unless the government paid for new equipment. || possible | + | Hector Painemal Huenchul | volunteers refuse to deploy outside districts |  | pronoun
''', '''
PLACE : Chile : Chile
ORGANIZATION : Agencia de Proteccion Forestal : Agencia de Proteccion Forestal|Aprofor
PLACE : Vina del Mar : Vina del Mar
PERSON : Camila Ignacia Rojas Lagos : Camila Ignacia Rojas Lagos|Rojas
PLACE : Biobio : Biobio
ORGANIZATION : Direccion Meteorologica de Chile : Direccion Meteorologica de Chile
PERSON : Hector Painemal Huenchul : Hector Painemal Huenchul
PLACE : Araucania : Araucania
''')

A("p7-14-png-teachers-pay.txt", "2026-11-30", "", r'''
Papua New Guinea teachers' union says strike will begin on December 8 unless arrears are paid || certain | + | Union of Papua New Guinea Educators | teachers strike unless arrears are paid | on December 8 | headline

Teachers across Papua New Guinea will walk out on December 8 if the government does not pay arrears owed since 2024, the Union of Papua New Guinea Educators said on Sunday. || certain | + | Union of Papua New Guinea Educators | teachers walk out over unpaid arrears | on December 8 | reported
Secondary schools would close first, followed by primary schools a week later. || certain | + | Union of Papua New Guinea Educators | secondary schools close first, then primary | a week later | carryover
The union says about 9,000 of its members have not received pay rises promised under a 2023 agreement.

Education Secretary Jethro Kaupa Wari said the department would pay the arrears in two instalments, in January and April. || certain | + | Jethro Kaupa Wari | arrears paid in two instalments | in January and April | office
Union general secretary Elizabeth Temu-Nanau answered questions from the Port Moresby Sun on Saturday.

Q: Is a strike now certain?

A: Not certain, but very likely, because January is too late for families paying school fees. || probable | + | Elizabeth Temu-Nanau | strike goes ahead |  | qa

Q: How long would a strike last?

A: Our members will stay out until the money is in their accounts. || certain | + | Elizabeth Temu-Nanau | members stay out until paid | until the money is in their accounts | qa
It could be weeks. || possible | + | Elizabeth Temu-Nanau | strike lasts weeks | weeks | qa

Temu-Nanau said schools in the Highlands would be hit hardest. || certain | + | Elizabeth Temu-Nanau | Highlands schools hit hardest by strike |  | alias
''', '''
PLACE : Papua New Guinea : Papua New Guinea
ORGANIZATION : Union of Papua New Guinea Educators : Union of Papua New Guinea Educators
PERSON : Jethro Kaupa Wari : Jethro Kaupa Wari
PERSON : Elizabeth Temu-Nanau : Elizabeth Temu-Nanau|Temu-Nanau
ORGANIZATION : Port Moresby Sun : Port Moresby Sun
PLACE : Highlands : Highlands
''')

A("p7-15-faroe-iceland-mackerel.txt", "2026-12-02", "Ines Barros-Lindqvist", r'''
Faroe Islands and Iceland weigh deep cuts to mackerel quotas

The Faroe Islands and Iceland are likely to cut their 2027 mackerel quotas by about 20 percent when coastal states meet in London next week, according to two officials involved in the talks. || probable | + | two officials involved in the talks | 2027 mackerel quotas cut about 20 percent | next week | description
The International Council for the Exploration of the Sea (ICES) advised in September that catches should fall by 22 percent to protect spawning stocks.

Fisheries Minister Heini Joensen av Reyni said the Faroe Islands would follow the scientific advice this time. || certain | + | Heini Joensen av Reyni | Faroe Islands follow the scientific advice |  | office
"Norway and the EU will have to move too, or the stock will keep shrinking," he said. || certain | + | Heini Joensen av Reyni | stock keeps shrinking unless Norway and EU cut |  | quote_subject
Speaking in Torshavn after a meeting with boat owners, av Reyni said a smaller quota was better than no fishery at all.

Iceland's Marine and Freshwater Research Institute said in its annual stock review that mackerel numbers in Icelandic waters would fall again next summer. || certain | + | Marine and Freshwater Research Institute | mackerel numbers in Icelandic waters fall | next summer | org_document
The review also warned that the capelin season might be cancelled for a second year. || possible | + | Marine and Freshwater Research Institute | capelin season cancelled a second year |  | org_document

Pelagic fishing firm Hafgull said the cuts would cost it about 15 million dollars in revenue next year. || certain | + | Hafgull | cuts cost Hafgull 15 million dollars | next year | reported
Its chief executive, Sigrun Bjork Haraldsdottir, said the company would ask the Icelandic government for compensation. || certain | + | Sigrun Bjork Haraldsdottir | Hafgull asks government for compensation |  | office
Haraldsdottir has long argued that quota cuts should be shared fairly among all coastal states.
''', '''
PLACE : Faroe Islands : Faroe Islands
PLACE : Iceland : Iceland
PLACE : London : London
ORGANIZATION : International Council for the Exploration of the Sea : International Council for the Exploration of the Sea|ICES
PERSON : Heini Joensen av Reyni : Heini Joensen av Reyni|av Reyni
PLACE : Norway : Norway
ORGANIZATION : EU : EU
PLACE : Torshavn : Torshavn
ORGANIZATION : Marine and Freshwater Research Institute : Marine and Freshwater Research Institute
ORGANIZATION : Hafgull : Hafgull
PERSON : Sigrun Bjork Haraldsdottir : Sigrun Bjork Haraldsdottir|Haraldsdottir
''')

A("p7-16-tonga-cyclone-warning.txt", "2026-12-04", "", r'''
Tonga weather service warns Cyclone Mele will strike Vava'u on Saturday || certain | + | Tonga Meteorological Service | Cyclone Mele strikes Vava'u | on Saturday | headline

Cyclone Mele is expected to strengthen to category 4 before reaching the northern Vava'u islands late on Saturday, the Tonga Meteorological Service said on Thursday. || probable | + | Tonga Meteorological Service | Mele strengthens to category 4 | late on Saturday | reported
Its director, Siosaia Fifita Lolohea, said winds could gust above 200 kilometres an hour. || possible | + | Siosaia Fifita Lolohea | winds gust above 200 kilometres an hour |  | office

"Anyone in low-lying parts of Neiafu should move to higher ground tonight," Lolohea said.
"The storm surge will be the biggest danger. || certain | + | Siosaia Fifita Lolohea | storm surge is the biggest danger |  | quote_para
Waves of four metres could flood the harbour area by Saturday evening." || possible | + | Siosaia Fifita Lolohea | four-metre waves flood the harbour area | by Saturday evening | quote_para

Nuku'alofa-based news site Kakala News reported that the National Emergency Management Office plans to evacuate 3,000 people from outlying islands by Friday. || certain | + | National Emergency Management Office | 3,000 people evacuated from outlying islands | by Friday | nested
Shelters on Vava'u were damaged by a cyclone in 2023 and some have not been repaired.

According to New Zealand's MetService, the storm should weaken quickly once it passes south of Tongatapu on Sunday. || probable | + | MetService | storm weakens after passing Tongatapu | on Sunday | according_to
Domestic carrier Lupe Air said it would suspend all flights to Vava'u from Friday until the storm had passed. || certain | + | Lupe Air | flights to Vava'u suspended | from Friday until the storm had passed | reported
Schools in Neiafu closed on Thursday.
Forecasters in Nadi said a second system forming near Samoa may become a cyclone next week. || possible | + | forecasters in Nadi | second system becomes a cyclone | next week | description
''', '''
PLACE : Tonga : Tonga
PLACE : Vava'u : Vava'u
ORGANIZATION : Tonga Meteorological Service : Tonga Meteorological Service
PERSON : Siosaia Fifita Lolohea : Siosaia Fifita Lolohea|Lolohea
PLACE : Neiafu : Neiafu
PLACE : Nuku'alofa : Nuku'alofa
ORGANIZATION : Kakala News : Kakala News
ORGANIZATION : National Emergency Management Office : National Emergency Management Office
PLACE : New Zealand : New Zealand
ORGANIZATION : MetService : MetService
PLACE : Tongatapu : Tongatapu
ORGANIZATION : Lupe Air : Lupe Air
PLACE : Nadi : Nadi
PLACE : Samoa : Samoa
''')
