# Second, independent labelling of 3 articles from the plain corpus text (sentences from the splitter).
# (doc, sentence): (certainty, polarity, predictor); sentences not listed are non-forecasts.
L = {
 "german-coalition-greens.txt": {1: ("certain", "negative", "Katrin Vogel"), 2: ("certain", "positive", "Katrin Vogel"),
    4: ("possible", "positive", "Jonas Berger"), 8: ("certain", "positive", "Ines Hartmann"),
    9: ("probable", "positive", "analysts"), 10: ("certain", "positive", "AUTHOR")},
 "australia-heatwave-grid.txt": {0: ("certain", "positive", "AUTHOR"), 1: ("probable", "positive", "Pacific Wire"),
    2: ("certain", "positive", "Pacific Wire"), 3: ("possible", "positive", "National Grid Authority"),
    5: ("probable", "positive", "officials"), 8: ("certain", "negative", "Claire Whitlock"),
    9: ("probable", "positive", "AUTHOR"), 10: ("probable", "positive", "the weather bureau")},
 "madrid-tram-ruling.txt": {0: ("certain", "positive", "AUTHOR"), 1: ("certain", "positive", "AUTHOR"),
    2: ("probable", "positive", "El Correo"), 4: ("possible", "positive", "El Correo"),
    7: ("certain", "positive", "Rafael Ortega"), 8: ("certain", "positive", "Tranvias del Sur"),
    9: ("certain", "positive", "Tranvias del Sur")},
}
