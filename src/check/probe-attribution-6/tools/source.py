"""Probe 6 -- source of truth.

Each article is written in a small line format:
  * header lines "@id", "@date", "@author" (byline, may be empty);
  * one sentence per line, prefixed by its label in brackets;
  * a blank line marks a paragraph break; the first sentence is the title (its own paragraph);
  * "[N] text"  -> not a forecast;
  * "[F cert pol | predictor | gist | horizon | style] text" -> forecast,
      cert: c = certain, p = probable, m = possible; pol: + positive, - negative;
      predictor: full name / organisation / lower-case description / AUTHOR;
      horizon: verbatim time phrase or empty;
      style: one of STYLES.
  * actor lines "&TYPE: canonical | alias | alias ..." (canonical is also listed as an alias).
build.py joins sentences of one paragraph with one space and paragraphs with a blank line.
"""

STYLES = ["headline", "reported", "carryover", "quote", "quote_para", "quote_subject",
          "pronoun", "alias", "office", "according_to", "nested", "description",
          "org_document", "author", "qa"]

SOURCE = "written for the Augur attribution probe 6"
LICENSE = "CC0"

ARTICLES = [
r'''
@id p6-01-montenegro-accession-talks.txt
@date 2026-11-18
@author
[F p + | Katarina de la Fuente Ibarra | Montenegro to close EU accession talks | next year | headline] Montenegro expected to close EU accession talks next year, envoy says

[F p + | Katarina de la Fuente Ibarra | Montenegro to close last EU accession chapters | before the end of next year | office] Montenegro is likely to close the last chapters of its European Union accession talks before the end of next year, the bloc's envoy to the Western Balkans, Katarina de la Fuente Ibarra, said on Wednesday.
[N] De la Fuente Ibarra spoke in Podgorica after two days of meetings with the government.

[F c + | Katarina de la Fuente Ibarra | Podgorica to meet judiciary benchmarks set by Brussels |  | pronoun] She said talks on the judiciary would be the hardest part, but that Podgorica would meet the benchmarks set by Brussels.
[F m + | Katarina de la Fuente Ibarra | approval by member states could take another year | another year | carryover] Montenegro would then need the approval of all 27 member states, a step that could take another year.

[F c + | Luan Berisha Hoxha | Albania to follow Montenegro within months | within months | quote_subject] "Albania will follow within months," said Luan Berisha Hoxha, a former ambassador to Brussels who now teaches at a university in Tirana.
[N] "Serbia, on the other hand, has stopped moving."

[F p - | diplomats | France and Netherlands not to block final vote |  | description] Diplomats said privately that France and the Netherlands were unlikely to block the final vote.
[N] The Dutch parliament held up the opening of talks with Albania for more than a year in 2019.

[F c + | AUTHOR | EU leaders to hold summit in Brussels | December 14 | author] A summit of EU leaders is scheduled for December 14 in Brussels.
[N] Leaders should use it to send a clear signal to the region, de la Fuente Ibarra said.

[F p + | officials in Podgorica | accession signing ceremony in first half of 2028 | in the first half of 2028 | nested] The Montenegrin broadcaster Radio Durmitor reported that officials in Podgorica expected a signing ceremony in the first half of 2028.

&PLACE: Montenegro
&ORGANIZATION: European Union | EU
&PERSON: Katarina de la Fuente Ibarra | De la Fuente Ibarra | de la Fuente Ibarra
&PLACE: Western Balkans
&PLACE: Podgorica
&PLACE: Brussels
&PERSON: Luan Berisha Hoxha
&PLACE: Albania
&PLACE: Tirana
&PLACE: Serbia
&PLACE: France
&PLACE: Netherlands
&ORGANIZATION: Radio Durmitor
''',
r'''
@id p6-02-norway-chile-trade-pact.txt
@date 2026-11-05
@author Ilse Marchetti-Okoye
[F c + | AUTHOR | Norway and Chile to sign free trade pact | in March | headline] Norway and Chile to sign free trade pact in March

[F c + | Sigrid Aasland Vik | Norway-Chile trade agreement to be signed in Santiago | in March | office] Norway's trade minister, Sigrid Aasland Vik, says a free trade agreement with Chile covering salmon, copper and fertiliser will be signed in Santiago in March.
[F c + | Sigrid Aasland Vik | trade between Norway and Chile to double | within seven years of the deal taking effect | alias] Trade between the two countries would double within seven years of the deal taking effect, the minister told reporters in Oslo on Thursday.

[F p + | Tomas Cienfuegos Mardones | lawmakers to ratify the agreement | by the end of 2027 | office] Chile's undersecretary for trade, Tomas Cienfuegos Mardones, said in a statement that his government expected lawmakers to ratify the agreement by the end of 2027.
[N] He said makers of salmon feed had lobbied hard for the deal.

[N] Salmon farmers in southern Chile have long complained about Norwegian competition.
[N] Industry groups said they had not been consulted on the text.

[F p + | Nordic Trade Institute | Norwegian exports to Chile to rise 40 percent | by 2030 | org_document] A study published in September by the Nordic Trade Institute, an Oslo research group, estimated that Norwegian exports to Chile would rise by 40 percent by 2030.
[F c + | Nordic Trade Institute | fertiliser to account for most of export increase |  | carryover] Fertiliser would account for most of the increase, followed by salmon feed.

[N] "This is the most important trade agreement Norway has signed in a decade," said Aasland Vik.
[F c + | Sigrid Aasland Vik | trade talks with Argentina and Uruguay to start | next year | quote_para] "Talks with Argentina and Uruguay will start next year."

[N] Chile's exports to Norway were worth about 900 million dollars last year.
[F p + | AUTHOR | signing during Norwegian prime minister's Santiago visit |  | author] The signing is expected to take place during a visit to Santiago by Norway's prime minister.

&PLACE: Norway
&PLACE: Chile
&PERSON: Sigrid Aasland Vik | Aasland Vik
&PLACE: Santiago
&PLACE: Oslo
&PERSON: Tomas Cienfuegos Mardones
&ORGANIZATION: Nordic Trade Institute
&PLACE: Argentina
&PLACE: Uruguay
''',
r'''
@id p6-03-ghana-rate-cuts.txt
@date 2026-12-01
@author
[F p + | Osei Brokerage | Bank of Ghana to cut rates twice more | by March | headline] Bank of Ghana likely to cut rates twice more by March, brokerage says

[F p + | Osei Brokerage | Bank of Ghana to cut policy rate 200 basis points | before the end of March | reported] The Bank of Ghana is likely to lower its main policy rate by a further 200 basis points before the end of March, analysts at Osei Brokerage in Accra said on Monday.
[N] Inflation fell to 11.4 percent in October, its lowest level in four years.

[F c + | Abena Owusu-Ansah | inflation to return to single digits | by mid-2027 | office] The bank's governor, Abena Owusu-Ansah, said after its November meeting that inflation would return to single digits by mid-2027.
[N] The governor said the bank was watching the cedi closely.

[F c + | Yaw Boateng Mensah | rate cuts to come more slowly than hoped |  | reported] Yaw Boateng Mensah, an economist at Coastline Bank in Kumasi, said the cuts would come more slowly than markets hoped.
[F c + | Yaw Boateng Mensah | Bank of Ghana to cut in smaller steps |  | quote_subject] "The Bank of Ghana will move in smaller steps than the market thinks," he said.

[N] Ghana agreed a three-year loan programme with the International Monetary Fund in 2023.
[F p + | International Monetary Fund | Ghana to grow 5.1 percent | next year | org_document] The IMF's latest review, published in October, projects growth of 5.1 percent next year.

[F p + | currency traders | cedi to hold steady until next meeting | until the next meeting | description] Currency traders said the cedi should hold steady until the next meeting.
[F c + | AUTHOR | next policy meeting on January 26 | January 26 | author] That meeting is scheduled for January 26.

[N] Some lawmakers have urged the bank to move faster.
[N] The bank should not wait for inflation to fall further, said Kwame Adjei Darko, a member of parliament's finance committee.

&ORGANIZATION: Bank of Ghana
&ORGANIZATION: Osei Brokerage
&PLACE: Accra
&PERSON: Abena Owusu-Ansah
&PERSON: Yaw Boateng Mensah
&ORGANIZATION: Coastline Bank
&PLACE: Kumasi
&PLACE: Ghana
&ORGANIZATION: International Monetary Fund | IMF
&PERSON: Kwame Adjei Darko
''',
r'''
@id p6-04-colombia-mining-ruling.txt
@date 2026-11-24
@author
[N] Colombia's top court hears challenge to gold mining ban

[F c + | Lucia Perez de Villamizar | court to rule on open-pit mining ban | before the end of February | office] Colombia's Constitutional Court will issue its ruling on a nationwide ban on open-pit gold mining before the end of February, the court's president, Lucia Perez de Villamizar, said on Tuesday.
[N] The ban, approved by lawmakers in June, has been suspended while the court reviews it.

[F c + | mining companies | ban to cost 40,000 jobs |  | description] Mining companies argue that the ban will cost 40,000 jobs.
[N] Rafael Quintero Arango, an environmental lawyer who brought the original case, disagrees.

[F c + | Rafael Quintero Arango | ban to save rivers of Antioquia and Choco | for a generation | quote] "The ban will save the rivers of Antioquia and Choco for a generation," Quintero Arango said.
[N] He represents farming communities along the Atrato River.

[F p + | Beatriz Montoya Salcedo | court to strike down part of the law |  | office] The head of the national mining association, Beatriz Montoya Salcedo, said the court was likely to strike down at least part of the law.
[F c + | Beatriz Montoya Salcedo | investors to leave Colombia if ban upheld |  | pronoun] "If it does not, investors will leave Colombia for Peru and Ecuador," she said.

[F c + | Rafael Quintero Arango | case to go to Inter-American Commission if ban overturned |  | alias] Quintero Arango said he would take the case to the Inter-American Commission on Human Rights if the court overturned the ban.
[F c + | Rafael Quintero Arango | lawyer to pursue the case as far as needed |  | pronoun] "We will take this as far as it needs to go," he said.

[N] The court has overturned two environmental laws since 2016.
[F p + | AUTHOR | ruling to set precedent for oil drilling bans |  | author] Its decision is expected to set a precedent for proposed bans on oil drilling in the Amazon.

&PLACE: Colombia
&ORGANIZATION: Constitutional Court
&PERSON: Lucia Perez de Villamizar
&PERSON: Rafael Quintero Arango | Quintero Arango
&PLACE: Antioquia
&PLACE: Choco
&PLACE: Atrato River
&PERSON: Beatriz Montoya Salcedo
&PLACE: Peru
&PLACE: Ecuador
&ORGANIZATION: Inter-American Commission on Human Rights
&PLACE: Amazon
''',
r'''
@id p6-05-jakarta-governor-poll.txt
@date 2026-11-29
@author Tariq Lindholm
[F p + | Lembaga Survei Nusantara Raya | Jakarta governor race to go to run-off |  | headline] Jakarta governor race likely to go to run-off, pollster predicts

[F p + | Lembaga Survei Nusantara Raya | governor race to go to second round |  | according_to] The race for governor of Jakarta is likely to go to a second round for the first time since 2017, according to a survey by the polling firm Lembaga Survei Nusantara Raya published on Sunday.
[F c - | Lembaga Survei Nusantara Raya | no candidate above 35 percent in first round | on December 9 | org_document] No candidate would win more than 35 percent of the vote in the first round on December 9, the survey found.

[F p + | Dewi Kusumawati | turnout to fall below 60 percent |  | office] The firm's director, Dewi Kusumawati, said turnout was likely to fall below 60 percent.
[N] Younger voters were less engaged than in previous elections, she said.

[N] Former transport minister Haryanto bin Abdullah Sulaiman leads the survey with 31 percent.
[N] His campaign manager, Rini Hapsari, said the poll underestimated his support in the outer districts.

[F c + | Bambang Prasetyo | Siti Marlina to beat Haryanto in run-off |  | quote_subject] "The run-off will be between Haryanto and Siti Marlina, and she will win it," said Bambang Prasetyo, a political scientist at the University of Indonesia.
[N] Siti Marlina, a former mayor of Bogor, is second with 27 percent.

[F p + | election officials | first-round results within a week | within a week of the vote | description] Election officials said results from the first round were expected within a week of the vote.
[F c + | election officials | run-off to be held on February 3 | on February 3 | carryover] A run-off, if needed, would be held on February 3.

[N] The General Elections Commission has registered 8.2 million voters in the capital.
[F c + | AUTHOR | final campaign rallies on weekend before vote | the weekend before the vote | author] Final campaign rallies are scheduled for the weekend before the vote.

&PLACE: Jakarta
&ORGANIZATION: Lembaga Survei Nusantara Raya
&PERSON: Dewi Kusumawati
&PERSON: Haryanto bin Abdullah Sulaiman | Haryanto
&PERSON: Rini Hapsari
&PERSON: Bambang Prasetyo
&ORGANIZATION: University of Indonesia
&PERSON: Siti Marlina
&PLACE: Bogor
&ORGANIZATION: General Elections Commission
''',
r'''
@id p6-06-dengue-south-asia-study.txt
@date 2026-11-12
@author
[F m + | Colombo Institute of Tropical Medicine | dengue cases could triple in South Asia | by 2030 | headline] Dengue cases could triple in South Asia by 2030, study warns

[F m + | Colombo Institute of Tropical Medicine | dengue infections could triple in three countries | by the end of the decade | according_to] Dengue infections in Bangladesh, Nepal and Sri Lanka could triple by the end of the decade as longer, wetter monsoons spread the mosquito that carries the virus, according to a study by the Colombo Institute of Tropical Medicine published on Thursday.
[F p + | Colombo Institute of Tropical Medicine | Nepal dengue season two months longer | by 2035 | org_document] The study projects that the dengue season in Nepal will last two months longer by 2035.

[N] Its lead author, Nadeesha Wickramasinghe, said hospitals in Dhaka were already overwhelmed.
[N] "Dhaka had more than 300,000 cases last year," she said.
[F c + | Nadeesha Wickramasinghe | Dhaka cases to double without new vaccines | within five years | quote_para] "Without new vaccines, that number will double within five years."
[F c + | Nadeesha Wickramasinghe | earlier outbreak warnings if cities share data |  | pronoun] "If Dhaka and Kathmandu share their data with us, Colombo will be able to warn them weeks earlier," she said.

[F c + | World Health Organization | WHO to send expert team to Nepal | in January | reported] The World Health Organization said in a statement that it would send a team of experts to Nepal in January.
[N] WHO officials have warned that several countries in the region lack enough hospital beds.
[F p + | Hamid al-Rashidi | second dengue vaccine for children to be approved | next year | office] A WHO spokesman, Hamid al-Rashidi, said the agency expected to approve a second dengue vaccine for children next year.

[F c + | AUTHOR | health ministers to meet in Kathmandu | in February | author] Health ministers from the three countries are due to meet in Kathmandu in February to agree on a joint mosquito control plan.
[N] Residents should remove standing water from around their homes, Nepal's health ministry said.

&PLACE: South Asia
&PLACE: Bangladesh
&PLACE: Nepal
&PLACE: Sri Lanka
&ORGANIZATION: Colombo Institute of Tropical Medicine
&PERSON: Nadeesha Wickramasinghe
&PLACE: Dhaka
&PLACE: Kathmandu
&PLACE: Colombo
&ORGANIZATION: World Health Organization | WHO
&PERSON: Hamid al-Rashidi
''',
r'''
@id p6-07-fiji-cyclone-kalisi.txt
@date 2026-12-03
@author
[F p + | AUTHOR | cyclone to strike Fiji's main island | on Friday | headline] Cyclone expected to strike Fiji's main island on Friday

[F p + | Fiji Meteorological Service | Cyclone Kalisi to make landfall on Viti Levu | late on Friday | reported] Tropical Cyclone Kalisi is expected to make landfall on Viti Levu late on Friday with winds of up to 180 kilometres an hour, forecasters at the Fiji Meteorological Service said on Wednesday.
[F c + | Fiji Meteorological Service | storm to weaken slowly moving towards Tonga |  | alias] The storm would weaken only slowly as it moved south towards Tonga, the service added.

[F m + | Josaia Tuilagi Vakacegu | storm surge could flood Suva and Nadi |  | office] Its director, Josaia Tuilagi Vakacegu, said the storm surge could flood low-lying parts of Suva and Nadi.
[F p - | Josaia Tuilagi Vakacegu | Nadi airport not to reopen before Monday | before Monday | alias] Vakacegu said he did not expect the international airport at Nadi to reopen before Monday.

[N] The government has closed schools across the Western Division and opened 230 evacuation centres.
[N] Prime minister Mere Tabualevu urged residents to stay indoors.

[F p + | National Disaster Management Office | food shortages on outer islands | within days of the storm | nested] Radio Viti reported that officials at the National Disaster Management Office expected food shortages on outer islands within days of the storm.
[N] The office had already shipped rice and water to the Lau Islands, the broadcaster said.

[F c + | Salote Havili Fifita | Tonga to be hit by the storm | on Saturday | quote_subject] "Tonga will take the second blow on Saturday," said Salote Havili Fifita, a climate scientist at the University of the South Pacific.
[N] "Its northern islands have very little shelter."

[F m + | insurers | storm claims could exceed 300 million dollars |  | description] Insurers said claims from the storm could exceed 300 million dollars.
[N] Fiji's cyclone season normally runs from November to April.

&PLACE: Fiji
&PLACE: Viti Levu
&ORGANIZATION: Fiji Meteorological Service
&PLACE: Tonga
&PERSON: Josaia Tuilagi Vakacegu | Vakacegu
&PLACE: Suva
&PLACE: Nadi
&PLACE: Western Division
&PERSON: Mere Tabualevu
&ORGANIZATION: Radio Viti
&ORGANIZATION: National Disaster Management Office
&PLACE: Lau Islands
&PERSON: Salote Havili Fifita
&ORGANIZATION: University of the South Pacific
''',
r'''
@id p6-08-poland-nuclear-plant.txt
@date 2026-11-09
@author
[F c + | Pomorze Atom | first nuclear plant to start on schedule | in 2033 | headline] Poland's first nuclear plant will start up on schedule in 2033, operator says

[F c + | Pomorze Atom | first reactor to begin commercial operation | in 2033 | reported] The company building Poland's first nuclear power station, Pomorze Atom, said on Monday that the first reactor would begin commercial operation in 2033 as planned.

[F c + | Tomasz Wieczorek-Nowak | second and third reactors to follow | at intervals of about 18 months | reported] Chief executive Tomasz Wieczorek-Nowak said the second and third reactors would follow at intervals of about 18 months.
[N] "We have already signed the main contracts with Atlantic Reactor Systems," he said.
[F c + | Tomasz Wieczorek-Nowak | first concrete to be poured in April | in April | quote_para] "The first concrete will be poured in April, and nothing in our schedule has slipped."

[N] Wieczorek-Nowak spoke at an energy conference in Gdansk.
[F c + | AUTHOR | reactor building construction to begin | next spring | author] Construction of the reactor building is due to begin next spring.

[F p - | critics | plant not ready before 2036 | before 2036 | description] Critics doubt the plant will be ready before 2036.
[N] Analysts at the Warsaw Energy Forum, an independent think tank, said the project had already cost more than planned.

[F c + | Ewa Zielinska-Kruk | coal share of power to fall below 40 percent | in 2027 | according_to] Coal's share of electricity generation will fall below 40 percent in 2027, according to deputy climate minister Ewa Zielinska-Kruk.
[N] Coal generated about 57 percent of Poland's electricity last year.

[N] Germany and Austria have objected to the project.
[F c + | Katrin Albers | ministers to demand independent safety review |  | office] Their environment ministers, Katrin Albers and Lukas Haberl, said in a joint letter that they would demand an independent safety review.

&PLACE: Poland
&ORGANIZATION: Pomorze Atom
&PERSON: Tomasz Wieczorek-Nowak | Wieczorek-Nowak
&ORGANIZATION: Atlantic Reactor Systems
&PLACE: Gdansk
&ORGANIZATION: Warsaw Energy Forum
&PERSON: Ewa Zielinska-Kruk
&PLACE: Germany
&PLACE: Austria
&PERSON: Katrin Albers
&PERSON: Lukas Haberl
''',
r'''
@id p6-09-lunar-rover-interview.txt
@date 2026-11-20
@author
[F c + | Ngozi Adeyemi-Clarke | lunar rover to land | in March | headline] Lunar rover will land in March, mission director says

[F c + | Aurora Orbital | rover landing attempt near lunar south pole | in March | reported] Aurora Orbital, a space company based in Bengaluru, said on Friday it would try to land a small rover near the lunar south pole in March.
[N] Its mission director, Ngozi Adeyemi-Clarke, answered questions from reporters at the company's headquarters.

[N] Q: Will the rover launch on time?

[F c + | Ngozi Adeyemi-Clarke | rover to launch on February 11 | on February 11 | qa] A: The rocket is already at Sriharikota, and we will launch on February 11.

[N] Q: What went wrong on your first attempt in 2024?

[N] A: A sensor gave the wrong altitude, and the lander came down too fast.

[N] Q: How confident are you about the landing?

[F p + | Ngozi Adeyemi-Clarke | safe landing and 500-metre drive | in its first week | qa] A: I am confident we will land safely, and I expect the rover to drive at least 500 metres in its first week.

[N] Q: What comes after this mission?

[F m + | Ngozi Adeyemi-Clarke | second rover with a drill | in 2029 | qa] A: We hope to send a second rover, with a drill, in 2029.
[F m + | Ngozi Adeyemi-Clarke | European Space Agency may fund next mission |  | qa] Funding for that mission may come from the European Space Agency.

[F c + | AUTHOR | landing attempt to be streamed live |  | author] The landing attempt will be streamed live on the company's website.

&ORGANIZATION: Aurora Orbital
&PLACE: Bengaluru
&PERSON: Ngozi Adeyemi-Clarke
&PLACE: Sriharikota
&ORGANIZATION: European Space Agency
''',
r'''
@id p6-10-halvorsen-job-cuts.txt
@date 2026-11-03
@author
[F c + | AUTHOR | Halvorsen Marine to cut 1,200 jobs |  | headline] Halvorsen Marine to cut 1,200 jobs as shipbuilding orders dry up

[F c + | Halvorsen Marine | Halvorsen Marine to cut 1,200 jobs | by the end of next year | reported] Norwegian shipbuilder Halvorsen Marine said on Tuesday it would cut 1,200 jobs, about a fifth of its workforce, by the end of next year.
[N] The company has not won a new order since March.

[F c + | Ingrid Sato-Lindqvist | Ulsteinvik yard to stay open |  | office] The chief executive of Halvorsen Marine, Ingrid Sato-Lindqvist, said the yard in Ulsteinvik would stay open.
[N] "We have been building ships in Ulsteinvik for 140 years," Sato-Lindqvist said.
[F c - | Ingrid Sato-Lindqvist | shipbuilding in Ulsteinvik not to end | while I run this company | quote_para] "That will not change while I run this company."

[F p + | Henrik van der Berg | company to need fresh capital from shareholders | next year | reported] Henrik van der Berg, an analyst at Fjord Capital in Bergen, said the company was likely to need fresh capital from shareholders next year.
[F c + | Henrik van der Berg | Halvorsen to sell its Korean unit | within two years | quote_subject] "Halvorsen will sell its Korean unit within two years," he said.

[N] Shares in Halvorsen fell 9 percent in Oslo trading.
[F p + | bankers advising the company | merger offer from a Danish rival | before the summer | nested] The business daily Dagens Kapital reported that bankers advising the company expected a merger offer from a Danish rival before the summer.

[F c + | Aud Kristiansen | workers to strike without pension guarantee |  | reported] Union leader Aud Kristiansen said workers would strike if the company did not guarantee their pensions.
[N] Workers must be treated fairly, she said.

&ORGANIZATION: Halvorsen Marine | Halvorsen
&PERSON: Ingrid Sato-Lindqvist | Sato-Lindqvist
&PLACE: Ulsteinvik
&PERSON: Henrik van der Berg
&ORGANIZATION: Fjord Capital
&PLACE: Bergen
&PLACE: Oslo
&ORGANIZATION: Dagens Kapital
&PERSON: Aud Kristiansen
''',
r'''
@id p6-11-nairobi-falcons-debt.txt
@date 2026-11-16
@author Pilar Ng Achebe
[F c + | Daniel Kipchumba Rotich | Nairobi Falcons to be debt-free | by 2028 | headline] Nairobi Falcons will be debt-free by 2028, chairman says

[F c + | Daniel Kipchumba Rotich | club to clear 400 million shillings of debt | by 2028 | reported] Nairobi Falcons, the reigning Kenyan champions, will clear debts of about 400 million shillings by 2028 after selling their broadcast rights to a streaming service, chairman Daniel Kipchumba Rotich said on Saturday.
[N] The club signed a five-year deal with the streaming platform Savanna Play in October.

[F c + | AUTHOR | Savanna Play to show every Falcons match | next season | author] Savanna Play is due to start showing every Falcons match in Kenya, Uganda and Tanzania next season.
[N] The value of the deal was not disclosed.

[F c + | Emmanuel Ochieng Were | Falcons to keep their three best players |  | according_to] According to the club's coach, Emmanuel Ochieng Were, the extra income will allow the Falcons to keep their three best players, including striker Brian Odhiambo.
[F c + | Emmanuel Ochieng Were | club to enter continental competition | next year | alias] Were said the club would also enter a continental competition for the first time next year.
[F c - | Emmanuel Ochieng Were | Odhiambo not to be sold |  | pronoun] "We will not sell Odhiambo, whatever the big clubs in Egypt offer," he said.

[F p + | agents | South African clubs to bid for Odhiambo | in January | description] Agents said clubs from South Africa were likely to bid for Odhiambo in January.
[N] Odhiambo scored 19 league goals last season.

[F c + | Wanjiru Kamau-Hassan | streaming money to change African football | within five years | quote] "Streaming money will change African football within five years," said Wanjiru Kamau-Hassan, a sports business lecturer at Strathmore University.
[N] "But most clubs still cannot pay their players on time."

&ORGANIZATION: Nairobi Falcons | Falcons
&PERSON: Daniel Kipchumba Rotich
&ORGANIZATION: Savanna Play
&PLACE: Kenya
&PLACE: Uganda
&PLACE: Tanzania
&PERSON: Emmanuel Ochieng Were | Were
&PERSON: Brian Odhiambo | Odhiambo
&PLACE: Egypt
&PLACE: South Africa
&PERSON: Wanjiru Kamau-Hassan
&ORGANIZATION: Strathmore University
''',
r'''
@id p6-12-ivory-coast-cocoa-harvest.txt
@date 2026-11-26
@author
[F c + | exporters | Ivory Coast cocoa harvest to fall 15 percent |  | headline] Ivory Coast cocoa harvest to fall 15 percent, exporters warn

[F c + | exporters | Ivory Coast cocoa output to fall about 15 percent | in the 2026-27 season | reported] Cocoa production in Ivory Coast, the world's largest grower, will fall by about 15 percent in the 2026-27 season because of dry weather and a spreading crop disease, exporters said on Thursday.
[N] The main harvest began in October with smaller beans than last year, they said.

[F p + | International Cocoa Organization | global cocoa deficit of 180,000 tonnes | for the season | org_document] The International Cocoa Organization forecast in its quarterly bulletin a global deficit of 180,000 tonnes for the season.
[F c + | International Cocoa Organization | cocoa prices to stay above 7,000 dollars | until at least mid-2027 | carryover] Prices would stay above 7,000 dollars a tonne until at least mid-2027.

[N] "My trees are old and the rain did not come," said Kouame N'Guessan Yao, who farms near Soubre.
[F c + | Kouame N'Guessan Yao | next year's harvest to be worse | Next year | quote_para] "Next year will be worse."

[F m + | Efua Mensah-Bonsu | Ghana cocoa output could recover | next season | office] In neighbouring Ghana, the cocoa regulator's chief executive, Efua Mensah-Bonsu, said output could recover next season if rains returned to normal.
[N] Ghana's production has fallen for four straight years.

[N] Europe buys about 60 percent of the world's cocoa.
[F c + | two industry executives | chocolate makers to raise prices again | in the spring | description] Two industry executives said chocolate makers there would raise prices again in the spring.
[F c + | Marta Kowalczyk-Baptiste | shoppers to pay more for less chocolate | next year | quote] "Shoppers will pay more for less chocolate next year," said Marta Kowalczyk-Baptiste, a commodities analyst at Rhine Commodities in Hamburg.

[F p + | AUTHOR | mid-crop harvest to begin in April | in April | author] The mid-crop harvest is expected to begin in April.

&PLACE: Ivory Coast
&ORGANIZATION: International Cocoa Organization
&PERSON: Kouame N'Guessan Yao
&PLACE: Soubre
&PERSON: Efua Mensah-Bonsu
&PLACE: Ghana
&PLACE: Europe
&PERSON: Marta Kowalczyk-Baptiste
&ORGANIZATION: Rhine Commodities
&PLACE: Hamburg
''',
r'''
@id p6-13-penang-light-rail.txt
@date 2026-11-11
@author
[F c + | Ahmad Faris bin Hashim | Penang light rail to open a year late |  | headline] Penang light rail line will open a year late, minister says

[F c + | Ahmad Faris bin Hashim | Penang light rail line to open | in late 2029 | office] The first light rail line in Penang will open in late 2029, a year later than planned, Malaysia's transport minister, Ahmad Faris bin Hashim, said on Wednesday.
[N] The minister blamed slow land acquisition on the island.

[F c + | Ahmad Faris bin Hashim | 24 stations to be built in two phases |  | alias] Ahmad Faris said the line's 24 stations would be built in two phases.
[F c + | Ahmad Faris bin Hashim | first phase to carry 80,000 passengers a day |  | pronoun] The first phase, from George Town to the airport, would carry 80,000 passengers a day, he said.

[N] Ticket prices have not been set.
[F c + | AUTHOR | trial runs to start | in mid-2029 | author] Trial runs are scheduled to start in mid-2029.

[F m + | Penang Institute of Urban Studies | line could cut car journeys by a quarter | within five years of opening | according_to] According to a report by the Penang Institute of Urban Studies, the line could cut car journeys into George Town by a quarter within five years of opening.
[N] The report's authors said buses now carry fewer than one in ten commuters on the island.

[N] "Penang cannot wait another ten years," said Tan Wei Ling, the state's chief minister.
[F c + | Tan Wei Ling | Penang to ask Putrajaya to share extra cost |  | quote_para] "We will ask Putrajaya to share the extra cost."

[F p - | contractors | second phase not to start before 2031 | before 2031 | description] Contractors said privately that the second phase was unlikely to start before 2031.
[F c + | Lim Boon Keat | elevated section to take longer than admitted |  | quote] "The elevated section through George Town will take longer than anyone admits," said Lim Boon Keat, a civil engineer who advised the state government.

&PLACE: Penang
&PLACE: Malaysia
&PERSON: Ahmad Faris bin Hashim | Ahmad Faris
&PLACE: George Town
&ORGANIZATION: Penang Institute of Urban Studies
&PERSON: Tan Wei Ling
&PLACE: Putrajaya
&PERSON: Lim Boon Keat
''',
r'''
@id p6-14-mekong-dam-dispute.txt
@date 2026-12-02
@author
[N] Laos presses ahead with Mekong dam despite objections

[F c + | Ministry of Energy and Mines | Laos to begin filling dam reservoir | in June | reported] Laos will begin filling the reservoir of a new hydropower dam on the Mekong in June, the Ministry of Energy and Mines said in a statement on Monday.
[F c + | Ministry of Energy and Mines | dam to supply electricity to Thailand | from early 2028 | org_document] The statement said the dam would supply electricity to Thailand from early 2028.

[F m + | its neighbours | dam to cut fish catches and sediment flow |  | description] Its neighbours fear the project will cut fish catches and the flow of sediment downstream.
[N] Cambodia and Vietnam have asked for a six-month delay.

[F p + | Can Tho University | Mekong Delta rice yields to fall up to 8 percent |  | nested] The Hanoi broadcaster Song Hong TV reported that scientists at Can Tho University predicted rice yields in the Mekong Delta would fall by up to 8 percent.
[N] Rice from the delta feeds about 20 million people.

[F c + | a senior Cambodian official | Cambodia to take dam to Mekong River Commission |  | quote_subject] "Cambodia will take this to the Mekong River Commission," said a senior Cambodian official.
[F c - | a senior Cambodian official | Cambodia not to accept a Vientiane-only decision |  | quote_para] "We will not accept a decision made in Vientiane alone."

[F p + | two diplomats briefed on the talks | Thailand to offer to buy less power | during the dry season | description] Two diplomats briefed on the talks said Thailand was likely to offer to buy less power during the dry season to ease tensions.
[F c + | AUTHOR | commission council meeting in Phnom Penh | January | author] The commission's next council meeting is scheduled for January in Phnom Penh.

[F c - | Somchai Phommavong | fish stocks not to recover for a decade | for a decade | quote] "Fish stocks will not recover for a decade," said Somchai Phommavong, a researcher in Vientiane.
[N] Local communities should have been consulted, he added.

&PLACE: Laos
&PLACE: Mekong
&ORGANIZATION: Ministry of Energy and Mines
&PLACE: Thailand
&PLACE: Cambodia
&PLACE: Vietnam
&PLACE: Hanoi
&ORGANIZATION: Song Hong TV
&ORGANIZATION: Can Tho University
&PLACE: Mekong Delta
&ORGANIZATION: Mekong River Commission
&PLACE: Vientiane
&PLACE: Phnom Penh
&PERSON: Somchai Phommavong
''',
r'''
@id p6-15-world-bank-latin-america.txt
@date 2026-12-04
@author
[F p + | World Bank | slower growth in Latin America | next year | headline] World Bank sees slower growth in Latin America next year

[F p + | World Bank | regional growth to slow to 1.9 percent | next year | org_document] A World Bank report released on Tuesday projects that economic growth in Latin America and the Caribbean will slow to 1.9 percent next year from 2.3 percent in 2026.
[N] Copper and soybean prices fell sharply this year, the report said.

[F c + | World Bank | Brazil to grow 1.6 percent, Mexico 1.1 percent |  | carryover] Brazil's economy would grow by 1.6 percent and Mexico's by just 1.1 percent.

[N] The bank's chief economist for the region, Ignacio Barros Lemos, said inflation in most countries had fallen faster than the bank had expected.
[F c + | Ignacio Barros Lemos | Argentina to grow faster than expected |  | quote_subject] "Argentina is the exception, and it will grow faster than anyone expects," Barros Lemos said.

[N] The International Monetary Fund is more optimistic.
[F p + | International Monetary Fund | regional growth of 2.2 percent | in 2027 | org_document] Its October outlook forecast regional growth of 2.2 percent in 2027.

[N] Luisa Fernanda Achterberg, an economist at Banco Meridiano in Sao Paulo, said the World Bank's figures were too gloomy.
[F c + | Luisa Fernanda Achterberg | Brazil to grow more than 2 percent |  | pronoun] "Brazil will beat 2 percent if interest rates fall as quickly as we expect," she said.

[F p + | finance ministry officials in Santiago | Chile's copper revenue to fall by a tenth | next year | nested] The Chilean newspaper Diario Cordillera reported that finance ministry officials in Santiago expected copper revenue to fall by a tenth next year.
[F c + | AUTHOR | regional finance ministers to meet in Lima | in March | author] Finance ministers from the region are due to meet in Lima in March to discuss the outlook.
[N] Public debt in the region averages about 70 percent of output.

&ORGANIZATION: World Bank
&PLACE: Latin America
&PLACE: Caribbean
&PLACE: Brazil
&PLACE: Mexico
&PERSON: Ignacio Barros Lemos | Barros Lemos
&PLACE: Argentina
&ORGANIZATION: International Monetary Fund
&PERSON: Luisa Fernanda Achterberg
&ORGANIZATION: Banco Meridiano
&PLACE: Sao Paulo
&ORGANIZATION: Diario Cordillera
&PLACE: Santiago
&PLACE: Lima
''',
r'''
@id p6-16-rotterdam-dock-strike.txt
@date 2026-12-07
@author
[F c + | Kees van Dijk-Amrani | Rotterdam dockers to strike unless offer improves | in January | headline] Rotterdam dockers will strike in January unless pay offer improves, union leader says

[F c + | Kees van Dijk-Amrani | 48-hour dock strike unless pay offer rises | from January 8 | office] Dock workers at the port of Rotterdam will walk out for 48 hours from January 8 unless terminal operators raise their pay offer, the leader of the dockers' union, Kees van Dijk-Amrani, said in an interview on Monday.
[N] His union, Havenbond, represents about 7,000 workers.

[N] Q: How long could a strike last?

[F c + | Kees van Dijk-Amrani | week-long stoppage in February if no move | in February | qa] A: The first action will last 48 hours, but if the employers do not move, we will stop work for a full week in February.

[N] Q: What happened in the last dispute?

[N] A: In 2022 the operators gave in after three days.

[N] Q: Do you expect the government to step in?

[F p - | Kees van Dijk-Amrani | government not to intervene before first strike | before the first strike | qa] A: I do not think the government will intervene before the first strike.

[F c + | Rotterdam Terminal Operators Group | strike to cost port 20 million euros a day |  | org_document] The employers' association, Rotterdam Terminal Operators Group, said in a statement that a strike would cost the port about 20 million euros a day.
[F c + | Rotterdam Terminal Operators Group | new pay offer on December 15 | on December 15 | alias] The group said it would present a new offer on December 15.

[N] Economy ministers from the Netherlands and Belgium met in Antwerp on Friday.
[F p + | the two ministers | shipping lines to divert cargo to Antwerp | during any strike | description] The two ministers said they expected shipping lines to divert some cargo to Antwerp during any strike.

&PLACE: Rotterdam
&PERSON: Kees van Dijk-Amrani
&ORGANIZATION: Havenbond
&ORGANIZATION: Rotterdam Terminal Operators Group
&PLACE: Netherlands
&PLACE: Belgium
&PLACE: Antwerp
''',
]

CERT = {"c": "certain", "p": "probable", "m": "possible"}
POL = {"+": "positive", "-": "negative"}


def parse(block):
    """Return dict(id, date, author, paras=[[sent,...],...], actors=[(canon,type,[aliases])])."""
    doc = {"paras": [], "actors": []}
    cur = []
    for raw in block.strip("\n").split("\n"):
        line = raw.rstrip()
        if line.startswith("@"):
            key, _, val = line[1:].partition(" ")
            doc[key] = val.strip()
            continue
        if not line:
            if cur:
                doc["paras"].append(cur)
                cur = []
            continue
        if line.startswith("&"):
            typ, _, rest = line[1:].partition(":")
            names = [n.strip() for n in rest.split("|")]
            doc["actors"].append((names[0], typ.strip(), names))
            continue
        assert line.startswith("["), line
        lab, _, text = line[1:].partition("] ")
        sent = {"text": text}
        if lab == "N":
            sent["is_forecast"] = 0
        else:
            head, pred, gist, hz, style = [x.strip() for x in lab.split("|")]
            f, c, p = head.split()
            assert f == "F", line
            sent.update(is_forecast=1, certainty=CERT[c], polarity=POL[p], predictor=pred,
                        gist=gist, horizon_text=hz, style=style)
        cur.append(sent)
    if cur:
        doc["paras"].append(cur)
    return doc


DOCS = [parse(b) for b in ARTICLES]
