"""Words: the part-of-speech lookup gives pythainlp's own answer."""
from pythainlp.tag import orchid, pos_tag, unigram

from edugraph.loaders.words import word_tag


def test_word_tag_is_what_pythainlps_unigram_tagger_says():
    lexicon = unigram._orchid_tagger()
    sample = list(lexicon)[::50]                       # words it knows, of many tags
    sample += list(orchid.CHAR_TO_ESCAPE) + list(orchid.CHAR_TO_ESCAPE.values())   # symbols it escapes
    sample += ["", " ", "กสศ.", "ไม่มีในพจนานุกรม", "abc", "๒๕๖๗"]                 # words it lacks
    assert len({lexicon[w] for w in sample if w in lexicon}) >= 10
    expected = [tag for _, tag in pos_tag(sample, engine="unigram", corpus="orchid")]
    assert [word_tag(w) for w in sample] == expected
