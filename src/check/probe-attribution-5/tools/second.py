"""Second, independent labelling of three articles (written from the plain
sentence list printed by splitter.py, without looking at source.py).
sentence index -> (certainty, polarity, predictor, gist, horizon_text); absent = not a forecast."""

SECOND = {
    "p5-03-ghana-port-court.txt": {
        0: ("certain", "positive", "AUTHOR", "court to rule on Tema concession", "next month"),
        1: ("certain", "positive", "Efua Mensah-Bonsu", "Supreme Court judgment due December 18", "on December 18"),
        4: ("certain", "positive", "Kwabena Asante", "union strike if court upholds deal", ""),
        5: ("certain", "positive", "Kwabena Asante", "government will lose the case", ""),
        6: ("certain", "positive", "Kwabena Asante", "workers to stop cranes in Tema", ""),
        7: ("probable", "positive", "Abena Darko", "state expects to win on every ground", ""),
        9: ("probable", "positive", "AUTHOR", "compensation claims after ruling against concession", ""),
    },
    "p5-08-azores-rocket.txt": {
        0: ("certain", "positive", "Atlantic Orbital", "Azores rocket to fly in February", "in February"),
        1: ("certain", "positive", "Atlantic Orbital", "first launch from Santa Maria in February", "in February"),
        3: ("probable", "positive", "Mariana Figueiredo Lopes", "rocket likely carrying three small satellites", ""),
        5: ("probable", "positive", "engineers close to the project", "second launch before end of 2027", "before the end of 2027"),
        8: ("possible", "positive", "Mariana Figueiredo Lopes", "storms may delay launch a few days", ""),
        10: ("certain", "negative", "Mariana Figueiredo Lopes", "no profit before 2029", "before 2029"),
    },
    "p5-13-iceland-budget-rebels.txt": {
        0: ("certain", "negative", "Solveig Arnardottir", "coalition will not survive the winter", "the winter"),
        1: ("certain", "positive", "Solveig Arnardottir", "rebels voting against 2027 budget", "on December 12"),
        4: ("certain", "positive", "Solveig Arnardottir", "budget passing only with opposition votes", ""),
        5: ("probable", "positive", "Solveig Arnardottir", "snap election in spring", "in the spring"),
        6: ("certain", "positive", "Katrin Eyjolfsdottir", "budget will pass anyway", ""),
        7: ("certain", "positive", "Katrin Eyjolfsdottir", "prime minister to meet rebels", "on Tuesday"),
        9: ("certain", "negative", "Hrafn Jonsson", "no snap election before April", "before April"),
    },
}
