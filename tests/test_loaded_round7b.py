"""Round 7b of the loaded terms: the accusation vocabulary of state-media and nationalist-press English
('hype', 'smear', 'mini-NATO', '<X>-led camp'), 'war of aggression' (a legal term used as a label), glorifying
labels of a war ('just struggle') and the idiom 'blank cheque'; and the pejorative ruler nouns as titles of a
naming form ('North Korean dictator Kim Jong Un').  Each class with its literal or technical senses guarded
(sport, business, cooking, weather, science, law, history).  Every sentence here is invented for the tests."""
from __future__ import annotations

from _loaded_helpers import terms

from analysis.measures.wording import find_mentions


def test_hype_as_an_accusation_and_not_marketing_sport_or_excitement():
    assert terms("Some foreign media hyped as a crisis what was a routine drill.") == ["hype"]
    assert terms("The spokesman said the hype reflects the anxiety of rival capitals.") == ["hype"]
    assert terms("Officials dismissed the media hype over the exercise.") == ["hype"]
    # business and entertainment
    assert terms("The hype around the new phone faded after the launch.") == []
    assert terms("The film was hyped as the blockbuster of the summer.") == []
    assert terms("Investors ignored the hype and sold the shares.") == []
    # sport, excitement and a music role
    assert terms("The hype before the derby was deafening.") == []
    assert terms("The fans were hyped for the final.") == []
    assert terms("He worked as a hype man for the rapper.") == []


def test_smear_as_a_verb_of_saying_and_not_spreading_or_sampling():
    assert terms("The two governments rushed to smear the agreement.") == ["smear"]
    assert terms("The minister said he had been smeared by his rivals.") == ["smear"]
    # cooking, weather, painting
    assert terms("Smear butter on the bread before toasting it.") == []
    assert terms("Smear the dough with a little oil.") == []
    assert terms("Heavy rain smeared the windscreen.") == []
    assert terms("The painter smeared ochre across the canvas.") == []
    # medicine and the laboratory
    assert terms("The nurse took a cervical smear.") == []
    assert terms("The lab examined a blood smear under the microscope.") == []
    assert terms("Women are invited for a smear test every three years.") == []


def test_bloc_labels_mini_nato_and_led_camp():
    assert terms("The ministry accused Washington of building mini-NATOs in the region.") == ["mini-NATO"]
    assert terms("Critics warned against an Asian NATO.") == ["mini-NATO"]
    assert terms("Sanctions reflect the anxiety of the US-led camp.") == ["US-led camp"]
    # the alliance's name, a neutral coalition, a physical camp
    assert terms("NATO's partners in the Pacific met in Brussels.") == []
    assert terms("The US-led coalition carried out air strikes.") == []
    assert terms("Thousands of refugees live in a US-led camp near the border.") == []
    # sport and business: a training camp, a market camp
    assert terms("The US-led training camp opened in Florida for the relay squad.") == []
    assert terms("The bullish camp of investors grew after the results.") == []


def test_war_of_aggression_as_a_label_and_as_the_legal_or_historical_term():
    assert terms("Missiles are being fired in Russia's war of aggression against its neighbour.") == ["war of aggression"]
    # law and history: the technical term
    assert terms("The Nuremberg tribunal tried the leaders for waging a war of aggression.") == []
    assert terms("The Rome Statute defines the crime of aggression, of which a war of aggression is one form.") == []
    assert terms("In 1939 the invasion began a war of aggression across the continent.") == []
    # 'aggression' alone stays treaty vocabulary
    assert terms("The treaty pledges help in case of aggression.") == []


def test_glorifying_labels_of_a_war_and_the_adverb_just():
    assert terms("The party pledged to back the army's just struggle.") == ["just struggle"]
    assert terms("State radio praised the sacred cause of the motherland.") == ["just struggle"]
    # the adverb 'just' (farming, sport)
    assert terms("Life on the farm was just struggle and hunger.") == []
    assert terms("For the visitors the second half was not just struggle but collapse.") == []


def test_blank_cheque_idiom_and_the_literal_cheque():
    assert terms("The deal handed the government a blank cheque to act abroad.") == ["blank cheque"]
    assert terms("Parliament gave the army carte blanche.") == ["blank cheque"]
    # banking and crime
    assert terms("The thief cashed a blank cheque from the stolen chequebook.") == []
    assert terms("Never leave a blank cheque in your wallet, the bank warns.") == []
    # an empty form in a science lab is no cheque; 'blank' alone is not listed
    assert terms("The technician ran a blank sample through the spectrometer.") == []


def test_ruler_nouns_are_titles_of_a_naming_form_under_the_title_guards():
    forms = [m.matched_text for m in find_mentions("Russian President Vladimir Putin and North Korean dictator "
                                                   "Kim Jong Un signed the deal.")]
    assert "North Korean dictator Kim Jong Un" in forms
    assert "despot Vladimir Putin" in [m.matched_text for m in find_mentions("The despot Vladimir Putin spoke.")]
    # a past title, and a noun followed by a new clause
    assert [m.matched_text for m in find_mentions("The former dictator Kim Jong Un spoke.")] == ["Kim Jong Un"]
    assert [m.matched_text for m in find_mentions("He called the dictator a liar, and Kim Jong Un agreed.")] == \
        ["Kim Jong Un"]


def test_lavish_is_a_description_of_scale_and_fawning_stays_loaded():
    # round 27: the later nineteenth and twenty-sixth invented sets list 'lavish' for a state's pomp (later sets win,
    # tests/test_loaded_27_L.py); private and commercial plenty stays a description
    assert terms("The visitor was given a lavish welcome with a banquet.") == ["lavish"]
    assert terms("The hotel was lavishly decorated for the wedding.") == []
    assert terms("A fawning editorial praised the leader.") == ["fawning"]
    assert terms("The sycophantic coverage went on for days.") == ["fawning"]


def test_doomed_counts_in_the_outlets_voice_and_not_in_a_speakers_quotation():
    assert terms("The talks were doomed from the start.") == ["doomed"]
    assert terms("\"Any attempt to divide us is doomed to fail,\" the minister said.") == []
    # a weather story in the outlet's voice: the same verdict word, counted
    assert terms("The harvest was doomed by the drought.") == ["doomed"]
