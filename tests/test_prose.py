"""What the language pipeline reads in the prose: golden follow-ups of the seeds, names,
references to other meetings, and the sentences that must not be taken for requests."""

from __future__ import annotations

import re
import time
from datetime import date
from itertools import pairwise
from pathlib import Path

import pytest

from kg.evaluate import found_by_extractor
from kg.extract import extract
from kg.nlp.meeting_refs import _ordinary_case
from kg.nlp.pipeline import _glued, pipeline
from kg.patterns import load as load_patterns
from kg.prose import (
    _councils_named_own,
    _dated_form,
    _one_council_of_tier,
    _person_by_initials,
    due_date,
    read_prose,
)
from kg.records import Item, Minutes
from tests.conftest import SEED_2016, SEED_2018, finishes, tiny_model

CM = "Cabinet Member for Children and Young People"


@pytest.fixture(scope="module")
def seeds() -> dict[str, Minutes]:
    docs = {}
    for path in (SEED_2016, SEED_2018):
        text = path.read_text(encoding="utf-8")
        docs[path.stem[-10:]] = (text, extract(text))
    read_prose(docs.values())
    return {k: m for k, (_, m) in docs.items()}


def item(minutes: Minutes, number: str) -> Item:
    return next(i for i in minutes.items if i.number == number)


def followups(it: Item) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(f.text[:40], f.requested_by, f.assigned_to, f.due_text) for f in it.followups]


def test_modern_slavery_followups(seeds: dict[str, Minutes]) -> None:
    """2016, item 30: every request and promise, with who asked, who acts and when."""
    assert followups(item(seeds["2016-12-12"], "30")) == [
        ("The Chairman asked the Cabinet Member to", "Chairman", CM, None),
        ("Members requested details of any complet", "Members", None, "after the meeting"),
        ("Modern slavery could cover a multitude o", "Members", None, None),
        ("Members noted that the Action Plan inclu", None, None, "quarterly"),
        ("Members also felt that receiving case st", "Members", None, None),
        ("Members also asked that the roles and re", "Members", None, None),
        ("details of the number of modern slavery ", None, None, None),
        ("post the January Task and Finish Group m", None, None,
         "post the January Task and Finish Group meeting"),
        ("the Select Committee receive regular upd", None, None, None),
    ]


def test_children_and_families_followups(seeds: dict[str, Minutes]) -> None:
    """2018, items 3, 3a, 3b: the points taken back and the report promised for the autumn."""
    minutes = seeds["2018-03-05"]
    assert followups(item(minutes, "3")) == []
    assert followups(item(minutes, "3a")) == [
        ("The Cabinet Member agreed to take this p", None, CM, None),
        ("The report also referred to the fact tha", None, CM, "in September/October 2018"),
        ("Members suggested that the issue of hous", "Members", CM, None),
    ]
    promised = item(minutes, "3a").followups[1]
    assert promised.due_date == date(2018, 10, 31)
    assert "agreed to bring this as part of a fuller report" in promised.text
    assert followups(item(minutes, "3b")) == []


def test_work_programme_followups_resolve_their_dates(seeds: dict[str, Minutes]) -> None:
    march = [f for f in item(seeds["2016-12-12"], "33").followups if f.due_text]
    assert [(f.due_text, f.due_date) for f in march] == [
        ("on the March meeting", date(2017, 3, 31))]
    june = item(seeds["2018-03-05"], "4").followups[0]
    assert (june.assigned_to, june.due_text, june.due_date) == (
        "Children's Commissioning Officer", "the June meeting", date(2018, 6, 30))


@pytest.mark.parametrize(
    "sentence",
    [
        "Work was underway to align modern slavery referrals to existing safeguarding routes.",
        "An action plan had been established and named individuals identified to lead on each.",
        "RESOLVED – That the progress made to date be noted.",
        "The Select Committee received a progress report on the Programme.",
        "A proposal was being considered by the Board to develop the offer across the county.",
        "At their November meeting Members had resolved that a letter be sent to the Chairman.",
        "They asked how success would be measured and were informed that work was underway.",
        "The role of the water company is to bring clean water to homes in the county.",
        "The aim of the scheme is to provide safer paths for cyclists.",
        # a suggestion made before the meeting, reported
        "The objector had suggested that a hedge would be more suitable.",
    ],
)
def test_reports_of_past_or_present_work_are_not_followups(sentence: str) -> None:
    text = f"Minutes of the Audit Committee held on 3 May 2023\n\n1. Report\n\n{sentence}\n"
    minutes = extract(text)
    read_prose([(text, minutes)])
    assert minutes.items[0].followups == []


@pytest.mark.parametrize(
    "sentence", ["Gravel to be purchased.", "Two new benches to be ordered.",
                 "Further quotes would be obtained before the next meeting."],
)
def test_things_to_be_bought_or_obtained_are_followups(sentence: str) -> None:
    assert [f.text for f in _read(sentence).followups] == [sentence]


@pytest.mark.parametrize(
    "sentence", ["It was also agreed that the Clerk would write to the school.",
                 "It was further AGREED that the Chair would work with the Treasurer on a budget.",
                 # "that" left out
                 "It was agreed the working party should now draft the survey questions.",
                 "Members agreed Cllr Osei would contact the bowls club about the lease."],
)
def test_also_agreed_that_someone_would_act_is_a_followup(sentence: str) -> None:
    assert [f.text for f in _read(sentence).followups] == [sentence]
    assert _read("It was also agreed that the hall was easy to work with.").followups == []
    assert _read("It was agreed the new hall would be a great asset.").followups == []
    assert _read("Members agreed the minutes would be signed by the Chair.").followups == []


@pytest.mark.parametrize(
    ("text", "n"),
    [
        pytest.param("(ii) Other interests arising under the Code of Conduct in respect of any "
                     "item of business being considered at this meeting.", 0,
                     id="business-being-considered"),
        # A member's ask and the meeting's own decision in the next paragraph are two
        # follow-ups, not an ask and its answer.
        pytest.param("Councillor Amis asked that the figures be checked against the budget.\n\n"
                     "The Committee agreed to continue to receive quarterly updates on arrears.",
                     2, id="meeting-agreeing-answers-no-ask"),
        pytest.param("It was agreed that the Panel would consider the paper at the June meeting."
                     "\n\nThere was a request for more information on the licensing scheme, "
                     "which the Scrutiny Officer agreed to follow up.", 2,
                     id="ask-with-its-own-promise"),
        pytest.param("Councillor Grey put forward the following Proposal\n\nThat a working "
                     "group be established to review the car parks.\n\nThat the Committee "
                     "report to Council each month on progress.\n", 0, id="motion-put-forward"),
        pytest.param("He would be forwarding questions in due course.", 0,
                     id="own-errand-in-due-course"),
        # a plan described in the progressive, a thanks, are no soft request either
        pytest.param("The Trust would be reviewing its outpatient services.", 0,
                     id="plan-in-the-progressive"),
        pytest.param("Members would be grateful to the volunteers for their work.", 0,
                     id="thanks-in-the-conditional"),
        pytest.param("The Clerk would be on leave during August.", 0, id="clerk-on-leave"),
        pytest.param("Cllr Penrose would not be attending the summer fair.", 0,
                     id="member-not-attending"),
        pytest.param("The Clerk will retire at the end of the year.", 0, id="clerk-will-retire"),
        pytest.param("It was suggested that the spare dates could also be used for site "
                     "visits.", 0, id="possibility-suggested"),
        pytest.param("Members agreed that the parking strategy should be debated at a future "
                     "meeting of the Committee.", 1, id="should-at-a-later-meeting"),
        pytest.param("Councillor Ash requested permission to address the meeting.", 0,
                     id="leave-asked"),
        pytest.param("The agenda includes a report on the pilot.", 0, id="agenda-includes"),
        pytest.param("Resolved: that the budget, which is presented at Appendix A, be "
                     "approved.", 0, id="resolutions-described-object"),
        pytest.param("It is asked that the Panel note the revised scope of the review.", 0,
                     id="asked-to-note"),
        pytest.param("Members requested that the Panel receive a further report on the pilot.",
                     1, id="requested-a-further-report"),
        pytest.param("It was agreed that keeping the agenda short would be helpful.", 0,
                     id="way-of-working-found-helpful"),
        pytest.param("The Panel felt that a briefing on the grant would be helpful.", 1,
                     id="briefing-would-be-helpful"),
        pytest.param("Members agreed that it would be useful to revisit the scheme in the "
                     "spring.", 1, id="useful-to-revisit"),
        pytest.param("The draft plan set out that the depot would be relocated by 2027.", 0,
                     id="document-says-of-work-ahead"),
        # thanks to be carried to someone are an errand, as readers of sets 39-42 list them
        # (a police authority, a scrutiny committee, a regional cabinet); thanks put on
        # record are not (test_thanks_to_be_carried_to_someone)
        pytest.param("The Chairman asked that the Panel's thanks be conveyed to the "
                     "volunteers.", 1, id="thanks-passed-on"),
        pytest.param("The Head of Finance confirmed that the figures would be sent to "
                     "Members after the meeting.", 1, id="confirmed-figures-would-be-sent"),
        pytest.param("The Portfolio Holder would provide a written answer.", 1,
                     id="role-verb-with-a-thing-to-hand-over"),
        pytest.param("The Head of Libraries would provide support to the branches.", 0,
                     id="role-verb-with-support"),
        pytest.param("Resolved: that the Panel receives a progress report in spring.", 1,
                     id="panel-receives-a-progress-report"),
        pytest.param("The scheme had been approved by the Board, and the final figures would "
                     "be circulated to Members.", 1, id="request-after-a-past-clause"),
        # the request's own subject opened by "another", "this", "any", "further" … after
        # "and" or "but", no comma (a fire authority, a safeguarding board, parish councils)
        pytest.param("Two quotes for the fencing had been received and another quote would "
                     "be sought before the June meeting.", 1, id="past-and-another-request"),
        pytest.param("No reply had been received from the highways team but the letter "
                     "would be re-sent.", 1, id="past-but-the-request"),
        pytest.param("A response had been drafted to the consultation and this would be "
                     "circulated to Members.", 1, id="past-and-this-request"),
        pytest.param("Some figures had been collected and further details would be provided "
                     "at the next meeting.", 1, id="past-and-further-request"),
        # … but a second past clause so opened is still a report
        pytest.param("The bench had been repaired and any further damage had been reported "
                     "to the insurer.", 0, id="past-and-any-past"),
        pytest.param("The grass had been cut and this was welcomed by residents.", 0,
                     id="past-and-this-past"),
        # … nor is "and" joining two things of what was agreed: one clause, as "It had been
        # agreed that the bins would be moved" is
        pytest.param("It had been agreed that the bins and any signs would be moved by the "
                     "Clerk.", 0, id="agreed-pair-with-any"),
        pytest.param("It had been agreed that the play area and the budget would be reviewed "
                     "in June.", 0, id="agreed-pair-with-the"),
        pytest.param("It had been reported that the grass had been cut and the Clerk would "
                     "write to the owner.", 1, id="reported-past-then-request"),
        # "could not be distributed" says what will not happen (made after the fresh
        # held-out measurement)
        pytest.param("The reserve could not be distributed to other schemes.", 0,
                     id="negated-passive"),
        pytest.param("That the budget is noted.", 0, id="present-tense-resolution-records"),
        pytest.param("The Officer agreed to circulate the parking figures.\n\n"
                     "RESOLVED – That the budget report be circulated to Members.", 2,
                     id="resolution-with-another-errand"),
        pytest.param("The current plan expires in 2026 and needed to be updated.", 0,
                     id="need-stated"),
        pytest.param("Councillor Hart suggested that the survey be repeated, which was agreed.",
                     1, id="suggestion-taken-up"),
        pytest.param("The Portfolio Holder suggested that a leaflet go to every household.", 0,
                     id="suggestion-nobody-took-up"),
        pytest.param("This would be received at a future meeting of the Steering Group.", 0,
                     id="only-received-at-a-meeting-to-come"),
    ],
)
def test_how_many_followups_a_text_makes(text: str, n: int) -> None:
    """Asks, promises and errands against what only reports, describes or settles business."""
    assert len(_read(text).followups) == n


@pytest.mark.parametrize(
    "sentence",
    [
        # action lines, whoever acts
        "Action: Clerk to write to the landowner about the hedge.",
        "ACTION – Officers to report back to the next meeting.",
        "Councillor Hughes to liaise with the school about parking.",
        "Panel to consider the draft strategy at a later meeting.",
        # a request in the passive, the thing asked for its subject
        "A presentation by the Housing Officer was also requested.",
        "An update on the bus shelter was requested for the next meeting.",
        "Further figures were sought before a decision is made.",
        # asked, told or wished
        "The Clerk was instructed to obtain three quotes.",
        "The Treasurer was requested to contact the bank.",
        "Members wished to see a further report in the autumn.",
        "The Panel would like to receive an update at its next meeting.",
        "It was suggested that it would be a good idea to survey the footpaths.",
        # agreed, proposed or volunteered
        "It was proposed that Councillor Hale would follow up with the County Council.",
        "Councillor Smith volunteered to check the play area each month.",
        "Members agreed to hold a further meeting after the survey.",
        # one who acts, and what they will do
        "Officers would look into the matter.",
        "The Head of Service will come back to the Committee with the figures.",
        "The Chair said that he would ensure the report covered the concerns raised.",
        "She would respond to Councillor Smith in writing.",
        "The Clerk will deliver the form to the Chairman for signature.",
        # errands in the passive a parish council sets, and business moved ahead
        "Councillor Reid asked that the damaged sign on the green be removed.",
        "The landowner to be contacted about the overgrown hedge.",
        "To be discussed at the next meeting.",
        "It would be better to move the review to the meeting in July.",
        "Members agreed to add the item to the agenda for the September meeting.",
        "RESOLVED: That officers co-ordinate with the Communications Team on a campaign.",
        "RESOLVED: That the Panel receive more information at its next meeting.",
        # more voices: referred, revisited, tasked, asked officers, kept informed
        "It was agreed that the matter be referred to the Planning Committee.",
        "The matter will be revisited in six months.",
        "The Clerk was tasked with obtaining quotes.",
        "The Chair asked officers to provide a breakdown of costs.",
        "The Committee asked to be kept informed of progress.",
        "Councillor Ali made a request for an update on the scheme.",
        "Councillor Ali asked whether a report could be brought to a future meeting.",
        "Deferred to the next meeting.",
        "A report will come to the Committee in June.",
        "The report would come back to the Panel in the autumn.",
        "Arrangements will be made for Members to visit the depot.",
        "The Clerk would make enquiries with the County Council.",
        "The Chairman would approach the landowner.",
        "The Chair would discuss this with the Leader.",
        "Councillor Dean confirmed that ERYC will attend to the potholes.",
        "The Clerk would deal with the invoice.",
        "The officer undertook to find out and let Members know.",
        "The Clerk agreed to get back to Councillor Lamb.",
        "The Committee asked to see the draft before it is published.",
        "Members requested more detail on the capital programme.",
        # resolutions with a colon, the passive perfect, active instructions, action tables
        "Resolved: To write to the landowner about the hedge.",
        "The Clerk has been asked to write to the landowner.",
        "Members instructed the Clerk to contact the bank.",
        "| 4 | Clerk to write to the landowner | Clerk | March |",
        "7.2 Footpaths – Clerk to report the broken stile to the County Council.",
        "Decision: the Clerk to obtain quotes for the repair.",
        "This will be an agenda item at the next meeting.",
        "Item for next agenda.",
        "They requested instances where funding has been secured to be shared with the Board.",
        "The officer would check whether the scheme covered the whole parish.",
        "The Director said he would look at this again.",
        "The Committee would welcome sight of the draft strategy.",
        # soft requests: what the meeting, or one who speaks, would be grateful for
        "Members said they would be grateful for any information on the bus timetable.",
        "The Panel would appreciate a short briefing on the new contract.",
        "Members were keen that residents be consulted on the plans.",
        "Members asked that the findings be incorporated into the final report.",
        # offers, meetings set up for the business, needs, and resolutions after their body
        "Cllr Hale is happy to help with the inspections in September.",
        "The Chairman announced that a special meeting of the Committee would be held on 9 "
        "March to consider the budget.",
        "A Budget Seminar for all Members will be held in January.",
        "The kiosk needs to be added to the insurance policy.",
        # what is to be done, said outright in the future (never "which would need to be …")
        "A cheque book will need to be ordered for the hall account.",
        "The working model would need to be re-drafted to reflect the new partnerships.",
        "The Panel resolved, that officers co-ordinate with the press team on a campaign.",
        "It was proposed by the Chair that the Panel consider the paper at the November "
        "meeting, which was accepted.",
        "The decisions would be ratified at the Combined Authority Board in June.",
        # a parish action line after its matter's title, the clerk in lower case; a promise
        # to hand a document over, said of a pronoun
        "Play area- clerk to obtain two quotes for new safety matting.",
        "The County Councillor said that he would provide a copy of the survey results.",
        # business put off to no meeting named, or postponed
        "The new fencing would be discussed at a later date.",
        "The allotment item would be postponed until the lease is signed.",
        # … or to a meeting other than this one
        "The rota for the summer fete will be discussed at a different meeting.",
        "The hedge survey would be considered at another meeting.",
        # … or to a meeting to come named by its body between "next" and "meeting"
        "A draft budget should be tabled at the next Full Council meeting.",
        # a promise after "and" in mid-sentence, by a person or a post; "would continue to"
        "The fete has been booked and Rev Mary Stone will contact the other churches.",
        "Mrs Dale would continue to press the highways officers.",
        # a past clause, then "and would be …"; two participles; taken to a body of the
        # council; someone else wanted to act
        "The survey had been finished and would be brought to Council on 4 June 2023.",
        "The comments would be gathered and brought back to the Panel in July.",
        "A costed plan would also be taken to the Finance and Assets Committee.",
        "PK would like the parks team to draw up a planting scheme.",
        "Councillors would like to ask the fire brigade to open the summer fair.",
        # business someone will do at a meeting to come, whatever its verb; after a past
        # clause and a new subject by name
        "The council will discuss how it publishes its minutes at the next meeting.",
        "More stalls have been booked and Jo will update at the next meeting.",
        # an adverb between "be" and the participle; word sent out that a meeting agrees
        "The allotment rents will be further considered at the next meeting.",
        "The Council agreed to ask Mr Pryce to quote for repainting the railings.",
        "It was agreed to inform the District Council that the parish objects.",
        "The Committee resolved to tell the applicant that the hall is unavailable.",
        "The Cabinet Member asked to be copied into any reply from the Trust.",
        # an errand in hand, after a matter's title and its colon
        "Dog fouling: Cllr Maddox continues to pursue the issue with the District Council.",
        "The Clerk is monitoring the lay-by for further tipping.",
        # an action line still open by its status
        "Clerk to write to the bus company about the timetable - ongoing",
        # thanks on record with a letter to send: the letter is an errand
        "Members asked that their thanks be recorded and that a letter be sent to the "
        "volunteers.",
        # finding something out, promised
        "She will enquire about the bus times.",
        "Cllr Penn said he would speak with the farmer.",
        # a body's members asked, by the body's name
        "The Chair asked Board members to consider how the forum could reach young carers.",
        "The Treasurer confirmed she would get an update to the Board on the lease.",
        # a meeting to come, described in words of any case, or by its body's name after "a";
        # a resolution's own "That …" clause sending business there
        "The hedge will be discussed at the next ordinary meeting of the Trust.",
        "It will be completed at the next committee meeting.",
        "The budget would be discussed and approved at a Full Council Meeting.",
        "That the hedge survey be discussed at the next meeting of the Trust.",
        # any participle, a time after the meeting straight after it
        "The agreed changes to the notice board will be made accordingly.",
        "The footpath signs will be reassembled shortly.",
        "The question will be responded to in writing.",
        # "report" as an errand: a matter's action line, or one's findings to bring back
        "Broken gate at the allotments - Clerk to report.",
        "Cllr Penrose to report his findings on the bus survey.",
        # the passive with its "was" left out, as notes write it
        "Clerk instructed to write to the magistrates about the court closure.",
        "Bowls Club asked to remove their own rubbish from the pavilion.",
        "Courts consultation – Clerk instructed to write in support of the local court.",
        # the meeting's members asked, in lower case as "Members" in capitals
        "The Chairman asked members to send any requests to the Clerk by the end of June.",
        # an errand after a clause that says there was nothing, a label or the public: the
        # errand still set (never "There were no …", "Answer: …", "Members of the public
        # who wish to …" read as the whole of the sentence)
        "There was no update from the contractor, Cllr Hale to chase them.",
        "There were no objections - Clerk to submit the application.",
        "Response: Officers to provide a written answer after the meeting.",
        "Reply: The Cabinet Member agreed to circulate the figures to all members.",
        "The Clerk will contact members of the public who wish to volunteer.",
        # words quoted and changed that are no record's: a thing to be made after the meeting
        "It was agreed that the sign should read \u2018No Parking\u2019 and the Clerk will "
        "order it.",
        "The policy will be amended to read \u2018three quotes\u2019 and brought back to the "
        "next meeting.",
        # business put off to a day or a meeting named
        "The decision on the new bench is deferred until after the Annual Parish Meeting on "
        "4 May.",
        "RESOLVED that the meeting be adjourned until Tuesday 9 June at 7pm.",
        # reminded to act, a verb of action after
        "Members were reminded to return their expense forms to the Clerk by Friday.",
    ],
)
def test_requests_in_many_constructions_are_followups(sentence: str) -> None:
    assert [f.text for f in _read(sentence).followups] == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "Councillor Lee requested a suspension of Standing Orders.",
        "Members asked for a recorded vote on the motion.",
        "The information that was requested at the last meeting had been circulated.",
        "To be notified of the appointment of any substitute members.",
        "To be confirmed.",
        "The new system will ensure that residents are contacted sooner.",
        "The Scrutiny Committee will meet on 2 December 2024.",
        "The Chair wished to add an item of urgent business to the agenda.",
        "The mower went back to the depot to be checked over.",
        "Information was requested on the pledge, whether the cameras could be reused and "
        "if staff could be re-employed.",
        "The Clerk had written to the landowner and a reply was received.",
        "RESOLVED that the minutes be approved as a correct record.",
        "It was agreed to approve the grant of £200.",
        "The policy sets out how complaints will be investigated.",
        "It had therefore been agreed that cases would be referred to the Police.",
        "The Director said the service would continue to support families.",
        "The officer reported that the contractor would start on site in June.",
        "The next meeting will be held on 5 June 2023 at 7pm in the Village Hall.",
        "The scheme would need to be approved by Cabinet before work starts.",
        "The future issues which would need to be considered were set out in the report.",
        "The committee also agreed that non-committee members should only attend for the "
        "items they had asked about.",
        "The report was requested by the Committee in 2019.",
        "Quotes were requested from three contractors.",
        "The Chair said he was happy to take questions.",
        "The scheme will be set up by the County Council in the spring.",
        "The annual report will come to the Committee every year as usual.",
        "The Chair reminded Members that questions should be submitted in advance.",
        "The officer said comments could be submitted online until 5 June.",
        "Members were asked to see the Clerk after the meeting.",
        "The Chairman to report apologies for absence.",
        "Agreed – to take no further action on the application.",
        "The Trust will review its services over the winter.",
        "The Service would update its policy annually.",
        "They would provide support to families over the summer.",
        "The Clerk asked for nominations for Vice-Chairman.",
        "The Clerk is still waiting for the contractor to reply.",
        # an outside body's plan after "and" is reported, not promised; taken somewhere
        # other than a meeting; a wish that asks nobody to act
        "The lane is shut and Western Water will reopen it in May.",
        "Members were concerned about patients being taken to the Accident Unit.",
        "The clause would be taken to mean that the lease ends.",
        "The survey had been finished and was sent to the Council.",
        "She would like the chance to be involved in the talks.",
        "He would like members to note the figures.",
        "The Chairman will sign the minutes at the next meeting.",
        "He would not be at the next meeting.",
        "The lights have been fixed and Jo Hale checked them.",
        # thanks put on record by the minute itself; questions put at the meeting
        "Cllr Reeve wished to have her thanks recorded to the litter-pick volunteers.",
        "The Chair asked that the gratitude of the Board for his service be minuted.",
        "Members agreed to record their appreciation of the retiring Clerk.",
        "Members agreed to ask questions of the officer after the presentation.",
        "Cllr Maddox continued to chair the meeting.",
        "The fencing was tabled at the last Full Council meeting.",
        "The Chair asked Board members to note the report.",
        "The next meeting will be held on 5 May to consider the budget.",
        "The working group met on 3 March to discuss the survey.",
        # an action line whose status says it is done
        # a strategy's numbered aim is no action point; an outside body's plan after "and"
        "Action 3: Improve the junction outside the school.",
        "Action 2 – Work with partners to deliver more affordable homes.",
        "The lane is shut and SCC will reopen it in May.",
        # a signature's post "to" its body; a member's stand on an item to be decided
        "Jo Hale\nClerk to the Council",
        "Sam Reed Deputy Clerk to the Board",
        "Cllr Rowe said she would consider the application with an open mind.",
        "They would get the grant money in the spring.",
        "The Chairman asked to be placed on record, the Board's thanks to Councillors Amy "
        "Fenn and Bo Lark for their support.",
        # members' interests as the meeting takes them
        "Any declarations of interest made at the meeting which are not on the register of "
        "interests should be notified to the Monitoring Officer for inclusion.",
        "Unforeseen requests for a Dispensation to be considered at this point only if no "
        "Councillor could have known of them before the meeting.",
        # a promise told of, then said kept or lapsed
        "It had been agreed at the last meeting that Jo Hale would contact the partners, "
        "which he has done.",
        "Highways had said they would contact him after the lockdown, but did not get back "
        "to him.",
        # the running of this meeting itself
        "The Chair of the Advisory Group agreed to bring points of note forward at the "
        "relevant item during the meeting.",
        "It was resolved to move into closed session on grounds of confidentiality.",
        "The Chairman asked that any Member entering or leaving the meeting alert the "
        "Committee Officer.",
        "AB asked the members to introduce themselves.",
        "Nominations were requested for a Chair for the coming year from Members.",
        # the last meeting's minutes corrected at this one, by the minute itself
        "Mr Lark asked that the minute concerning the bus service be amended to read Service "
        "6, not X6 as recorded.",
        "RESOLVED - That the minutes be confirmed subject to Councillor Fenn being included "
        "in the list of attendees.",
        "Members reviewed the minutes and agreed to amend the word Recommendation to Resolved "
        "on Minute 138.",
        "There was one amendment to the minutes from the last meeting to be made. Item 5.3 to "
        "amend the Footpath Officer role to be shared by two members.",
        "Clerk to write to the bus company about the timetable - Done",
        "Letter to be sent to the County Council about the verges – completed.",
        # an agenda item's line naming who presents it
        "Director of Housing to report",
        # a turn to speak asked for at the meeting
        "Mr Penrose asked to speak on item 5.",
        "The Chair asked members to note the report.",
        # nothing there to do, said so
        "There were no urgent items of business for the Panel to consider.",
        "There were no Cabinet decisions to be reviewed.",
        # the last minutes' words mended, quoted
        "Cllr Patel requested that the resolution be amended to read \u201cthat two members "
        "attend\u201d.",
        "Mrs Okafor requested that in minute 6 \u201cMill Road\u201d be changed to \u201cMill "
        "Lane\u201d.",
        "Minute 12 was wrong, as it should read \u201ca report had to be submitted by "
        "May\u201d not \u201cJune\u201d.",
        "12, as it should read \u201ca grant bid had to be submitted to the Trust by 3 May\u201d "
        "not \u201c3 June\u201d.",
        # an answer given there, a question put, a standing order's rule
        "Answer: As of 2 June, the Council has 30 information requests that are overdue.",
        "Is the Council confident that the hedges will be replaced?",
        "A Portfolio Holder shall submit a report to each ordinary meeting of the Council.",
        # a decision another meeting made, reported
        "The Chairman noted that at the meeting held on 2 May Council had resolved to create "
        "a youth forum.",
        "The Chief Executive reminded the Council that it had decided to submit one name only.",
        # the public's part in meetings, as the agenda's notes set it out
        "Questions received from the public will be published as a supplement to the agenda.",
        "Members of the public who wish to speak should email the clerk two days before.",
        "In order for officers to prepare an answer, members of the public who wish to ask a "
        "question at a Board meeting should submit the question at least two days before.",
        # "get" with no thing to be fetched
        "Members agreed to get involved in the spring litter pick.",
        "Members agreed to get more involved in the spring litter pick.",
        "The Chair agreed to get a move on with the agenda.",
        # reminded of the meeting's own conduct; an introduction asked for there and then
        "Members were reminded to raise their hands to vote.",
        "Members were reminded to attend the training on 3 June.",
        "The Chair asked for a brief introduction to the report.",
        "The meeting was adjourned for ten minutes.",
    ],
)
def test_business_settled_at_the_meeting_or_done_is_no_followup(sentence: str) -> None:
    assert _read(sentence).followups == []


@pytest.mark.parametrize(
    ("sentence", "is_followup"),
    [
        # reminded to act on something after the meeting: an errand
        ("Members were reminded to raise any issues with the Clerk before the next meeting.",
         True),
        # reminded how to speak in this meeting: its conduct, no errand
        ("Members were reminded to speak into the microphones.", False),
        ("Members were reminded to address their remarks through the Chair.", False),
        ("Members were reminded to sign the attendance sheet.", False),
        # a meeting adjourned to another day comes back; one adjourned within the evening,
        # or to another room, is over by its end
        ("The meeting was adjourned to the next scheduled meeting.", True),
        ("RESOLVED that the meeting be adjourned until Wednesday, 8th July at 7pm.", True),
        ("The meeting was adjourned until the close of the Annual Parish Meeting.", False),
        ("The meeting was adjourned to the Council Chamber for the remainder of the meeting.",
         False),
        # a suggestion the meeting agrees, or one in a relative clause after the errand,
        # leaves the errand standing
        ("Officers had suggested that a further report be brought to the next meeting and "
         "Members agreed.", True),
        ("The Clerk will contact the contractor who had suggested a cheaper option.", True),
        ("The bank had suggested that the account be moved to a business account.", False),
        # an introduction to be arranged, or a scheme brought in, is asked of others; one to
        # the report, or from those present, is given there and then
        ("Members asked for an introduction to the new PCSO to be arranged.", True),
        ("Members called for an introduction of residents parking in Mill Lane.", True),
        ("The Chairman asked for a short introduction from each member of the panel.", False),
        ("The Chair asked for a short introduction of the report.", False),
    ],
)
def test_reminders_adjournments_suggestions_and_introductions(sentence: str,
                                                              is_followup: bool) -> None:
    """Round 36's rules read each only where it asks for work after the meeting: a reminder
    of how the meeting is spoken in, an adjournment within the evening, a suggestion agreed
    now and an introduction to someone not yet met were misread."""
    assert [f.text for f in _read(sentence).followups] == ([sentence] if is_followup else [])


@pytest.mark.parametrize(
    ("sentence", "assigned_to"),
    [
        ("ACTION: Head of Highways to provide figures for each ward.", "Head of Highways"),
        ("Actions: Clerk to order the new signs.", "Clerk"),
        ("Action point: Chair to meet the headteacher.", "Chair"),
        ("The Head of Finance said she would provide the breakdown after the meeting.",
         "Head of Finance"),
        ("That the Clerk obtain further quotes.", "Clerk"),
        ("That a working group be set up to review the policy.", None),
        ("A task and finish group would be formed to look at the options.", None),
        ("The Committee resolved:- (a) to instruct the Chief Officer to report back on the "
         "options.", "Chief Officer"),
        ("The Committee agreed to instruct the Chief Officer to write to the Minister.",
         "Chief Officer"),
        ("The Sub-Committee agreed to request a further report.", None),
        ("A written response will follow.", None),
        pytest.param("RESOLVED – That the Chairman consider options for the future management "
                     "of the Panel's workload.", "Chairman", id="resolution-asks-a-post"),
        pytest.param("AGREED – That the Chairperson writes to the Cabinet Member on behalf of "
                     "the Committee setting out its observations.", "Chairperson",
                     id="agreed-action-for-a-post"),
        pytest.param("Councillor P Brackwell asked for the Chair to provide an update on "
                     "progress.", "Chair", id="asked-for-a-post-to-act"),
        pytest.param("Councillor Bennett attended the conference and it was agreed that a "
                     "summary note would be circulated to members.", None,
                     id="first-name-is-not-who-acts"),
        pytest.param("Parking is an issue. Resolved – to contact the school to agree a letter "
                     "to\nresidents – AV to action", "AV",
                     id="action-line-broken-after-resolution"),
        pytest.param("Action B2-07: Clerk to order two new benches for the green.", "Clerk",
                     id="action-point-with-its-code"),
        pytest.param("Action 4.1 – Vice-Chair to meet the headteacher.", "Vice-Chair",
                     id="action-point-numbered"),
        pytest.param("KT will update PW on the boiler repair.", "KT",
                     id="initials-will-errand"),
        pytest.param("Clerk to the Council to write to the bus company.",
                     "Clerk to the Council", id="post-to-its-council-with-an-errand"),
        # the general shape of an errand: a name, a future or directive verb, whatever verb
        pytest.param("The Governance Officer will be emailing the providers for their views.",
                     "Governance Officer", id="name-then-will-any-verb"),
        pytest.param("The Chairman confirmed that a written reply would be sent to the "
                     "resident.", "Chairman", id="name-announces-work-to-come"),
        pytest.param("It was RESOLVED that the Clerk update the tenants on progress.", "Clerk",
                     id="resolution-directs-a-post-mid-sentence"),
        pytest.param("The report of the Director would be presented to Cabinet in June.", None,
                     id="name-in-the-object-of-a-passive-is-no-doer"),
        pytest.param("Clerk is to notify the Highways Officer of this decision.", "Clerk",
                     id="post-is-to-act"),
        pytest.param("The bins were discussed and Councillor Mo Khan is to look into them.",
                     "Councillor Mo Khan", id="member-is-to-act-mid-sentence"),
        pytest.param("The footpath signs are to be replaced in the spring.", None,
                     id="thing-is-to-be-done-no-doer"),
        pytest.param("The Treasurer agreed to get three quotes for the new fence.", "Treasurer",
                     id="agreed-to-get-a-thing"),
    ],
)
def test_who_acts_after_an_action_marker_or_a_resolutions_that(sentence: str,
                                                               assigned_to: str | None) -> None:
    (f,) = _read(sentence).followups
    assert f.assigned_to == assigned_to


@pytest.mark.parametrize(
    ("text", "requested_by", "kind"),
    [
        pytest.param("The Officer submitted a report and Members requested that figures be "
                     "circulated.", "Members", None, id="members-request-after-a-report"),
        pytest.param("Members felt that a briefing on the new contract would be helpful.",
                     "Members", None, id="soft-request-of-the-members"),
        pytest.param("Councillor P Brackwell asked for the Chair to provide an update on progress.",
                     "P Brackwell", "person", id="named-member-asks"),
        pytest.param("The Vice-Chairman of the Panel requested that the figures be circulated.",
                     "Vice-Chairman of the Panel", "post", id="post-asks"),
        pytest.param("The Treasurer proposed that a letter of thanks be sent to the volunteers.",
                     "Treasurer", "post", id="who-proposes-asks"),
        pytest.param("At the request of Councillor Mary Lowe it was agreed to write to the "
                     "bus company.", "Mary Lowe", "person", id="at-the-request-of"),
        pytest.param("Councillor P Brackwell urged officers to press the contractor for a date.",
                     "P Brackwell", "person", id="who-urges-asks"),
    ],
)
def test_who_asks(text: str, requested_by: str, kind: str | None) -> None:
    (f,) = _read(text).followups
    assert (f.requested_by, f.requested_kind) == (requested_by, kind)


def test_a_list_of_decisions_asks_in_its_own_clause() -> None:
    it = _read("The Committee agreed:- (i) to note the report; and (ii) to request that "
               "officers report back in six months.")
    assert [(f.text, f.due_date) for f in it.followups] == [
        ("(ii) to request that officers report back in six months.", date(2023, 11, 3))]


def test_a_line_that_opens_a_list_of_errands_makes_each_item_one() -> None:
    """"X undertook to:" or "It was agreed to:" then bulleted bare verbs: one errand an item,
    the one named before the colon acting on each; a bullet the meeting settles there and then
    ("Note the report"), a line after the list, are none."""
    it = _read("During the debate the Head of Highways undertook to:\n\n"
               "·  Provide the cost of the winter gritting routes;\n\n"
               "·  Look into whether the lay-by could be resurfaced; and\n\n"
               "·  To consider a trial of new signs.\n\n"
               "The Committee thanked the officers for their work.")
    assert [(f.text.split()[1], f.assigned_to) for f in it.followups] == [
        ("Provide", "Head of Highways"), ("Look", "Head of Highways"),
        ("To", "Head of Highways")]
    it = _read("It was agreed to:\n- Review the allotment waiting list\n- Note the report\n")
    assert [f.text for f in it.followups] == ["- Review the allotment waiting list"]
    it = _read("The members discussed the budget, and agreed to:\n- Parking on the green\n")
    assert it.followups == []


def test_two_action_lines_for_one_doer_are_two_errands() -> None:
    """Action lines that share only who acts are two errands; an action line after a
    resolution that names the same doer restates it."""
    it = _read("Clerk to ask the vicar about the lych gate.  Clerk to check the price of "
               "new hinges online.")
    assert [f.assigned_to for f in it.followups] == ["Clerk", "Clerk"]
    it = _read("It was resolved that the Clerk would continue to chase the matter.  Clerk to "
               "follow up regarding the hall.")
    assert len(it.followups) == 1


def test_a_list_label_before_a_promise_is_read_past() -> None:
    """"(vi)Priya will arrange …": a list's label, glued on or spaced, before a sentence that
    opens with its doer; the sentence is read as if it opened there."""
    for sentence, who in [("(vi)Priya will arrange the cutting of the croquet lawn.", "Priya"),
                          ("(ii) Tomasz will write to the owner about the broken fence.",
                           "Tomasz")]:
        assert [(f.text, f.assigned_to) for f in _read(sentence).followups] == [(sentence, who)]


@pytest.mark.parametrize(
    ("line", "errand", "who"),
    [
        # a community council (Powys), a playing field association's notes, a parish council
        # (Shropshire): the Clerk's or a member's action line run on after the words before
        ("Powys County Council Matters – Our County Councillor is in our thoughts Clerk to "
         "send Christmas and New Year greetings.",
         "Clerk to send Christmas and New Year greetings.", "Clerk"),
        ("JB and LJ do check the field whilst out walking but this isn’t documented CS to "
         "check on Sunday 7th Feb", "CS to check on Sunday 7th Feb", "CS"),
        ("Community Grant application filled in by JD for £1500 JD to provide copy for file",
         "JD to provide copy for file", "JD"),
        ("Tree report required Clerk to chase", "Clerk to chase", "Clerk"),
    ],
)
def test_an_action_line_run_on_with_no_stop_is_read_alone(line: str, errand: str,
                                                          who: str) -> None:
    """An action line whose doer is the Clerk or a member's initials, run on after the words
    before it with no stop, dash or marker, is an errand of its own, read from its doer."""
    assert [(f.text, f.assigned_to) for f in _read(line).followups] == [(errand, who)]


@pytest.mark.parametrize(
    "sentence",
    [
        # a time's "PM" before "to" (a parish council's working group, Devon)
        "Members of the Parish Council met as a working group at the Hall on 4th November "
        "2013 at 7:30 PM to review state of parish roads.",
        # a post qualified by the word before it (a parish council, Somerset)
        "The possibility of employing a locum or temporary Clerk to cover until a permanent "
        "replacement could be found was discussed as well as other possible temporary options.",
    ],
)
def test_a_doer_that_belongs_to_its_sentence_is_no_run_on_action_line(sentence: str) -> None:
    """"at 7:30 PM to review", "a temporary Clerk to cover": the words before make the doer
    part of the sentence, so no action line starts there."""
    assert _read(sentence).followups == []


def test_a_doer_asked_in_the_sentence_keeps_the_sentence_whole() -> None:
    """"asked the Clerk to write …": the Clerk is what the ask is put to, and the request is
    the whole sentence, never cut before the doer."""
    sentence = "Councillors asked the Clerk to write to Highways about the potholes on Mill Lane."
    assert [f.text for f in _read(sentence).followups] == [sentence]


def test_a_verb_printed_with_re_and_a_hyphen_is_the_verb() -> None:
    """"agreed to re-circulate", "will re-arrange": the verb after a printed "re-" is read as
    the verb itself; the same sentence without a request stays none, and "co-opt" (the meeting
    filling a seat) is no verb of an errand."""
    for sentence in ["The Committee Officer agreed to re-circulate the revised notes to Members.",
                     "Cllr Anwen Price will re-arrange the site visit with the tenant."]:
        assert [f.text for f in _read(sentence).followups] == [sentence]
    assert _read("The Clerk re-circulated the revised notes to Members last week.").followups == []
    assert _read("The Council agreed to co-opt Mr Idris Vaughan.").followups == []
    assert _read("No nominations were received, and Mr Penrose had been asked to be re-elected "
                 "for a further year.").followups == []


@pytest.mark.parametrize(
    "sentence",
    [
        # an errand's verb after a word of being able, wanting or expecting to do it
        "The Inspector is hopeful that he will be able to provide a report regarding the "
        "burglaries by the next panel meeting.",
        "The Inspector was hoping to bring the crime figures to the next panel meeting.",
        "The auditors were expecting to bring their annual letter to the next Committee meeting "
        "in March.",
        "The Footpaths Group would like to update councillors at the October meeting.",
        # business put off, the meeting to come named after what for or why
        "The item on the car park was deferred for consideration at the next meeting.",
        "The item was postponed to allow the Treasurer to present the accounts at the next "
        "meeting.",
        "The report on street trading was pushed to the following Committee meeting to allow "
        "time for the consultation.",
        # a discussion or an item set for a meeting to come, its article left out in notes
        "Further discussion will be at the next meeting if the grant is refused.",
        "Members to read the lease and discussion will be held at November meeting.",
        "There will be an item on allotment rents at the next meeting.",
        # business recommended on to the council or cabinet, its meeting to come named
        "That the revised strategy be recommended to the County Council for approval at its "
        "meeting on 14 March 2024.",
        "Following debate members recommended the below to Full Council for consideration at "
        "the June meeting:",
    ],
)
def test_business_for_a_meeting_to_come_named_after_the_words_between(sentence: str) -> None:
    """A meeting to come named after the words that say what will come to it: "would be
    able to provide … by the next panel meeting", "deferred for consideration at the next
    meeting", "discussion will be held at November meeting"."""
    assert [f.text for f in _read(sentence).followups] == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "Mr Penrose would like to attend the next meeting.",
        "The item had been deferred for consideration at the previous meeting.",
        "There was further discussion at the last meeting.",
        "Discussion was held at the November meeting.",
        "The Youth Forum had been ready to present its survey results at the last meeting.",
        "The Committee recommended the budget to Council.",
        "The budget that the Cabinet had recommended to Council at its meeting on 3 February "
        "was approved.",
    ],
)
def test_business_at_a_meeting_gone_by_or_only_attended_is_none(sentence: str) -> None:
    """The same words for a meeting gone by, or one only to be attended, ask for nothing; nor
    does a recommendation with no meeting of the council's named, or one made before."""
    assert _read(sentence).followups == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a discussion held before: a month's meeting with no verb that sets it, or after
        # "after"/"following"
        "Members noted the discussion at the October meeting.",
        "After discussion in the September meeting, the Clerk wrote to the landowner.",
        # a deferral made at a month's meeting, not one to it
        "This item was deferred at the September meeting.",
        "The item, which was deferred at the October meeting, was considered.",
        # a recommendation named at a meeting gone by
        "Members recommended the scheme to Cabinet at the previous meeting.",
        "The Committee recommended the policy to Council, which adopted it at the last meeting.",
    ],
)
def test_a_meeting_named_after_the_words_between_that_is_gone_by_is_none(sentence: str) -> None:
    """The words between a discussion, a deferral or a recommendation and a meeting name one
    to come only when they set it there: "the discussion at the October meeting", "deferred
    at the September meeting" and "to Cabinet at the previous meeting" report what was done
    (each read as a request before round 48's review)."""
    assert _read(sentence).followups == []


def test_a_member_who_did_something_and_will_act_again() -> None:
    """One who did something and "will" do an errand of any verb of action; but after a
    "that", the second clause may be another's ("… established that the museum had offered
    to store it and would display it")."""
    sentence = "Ffion has obtained three tenders and will prepare a summary of each."
    assert [(f.text, f.assigned_to) for f in _read(sentence).followups] == [(sentence, "Ffion")]
    assert _read("Cllr Dace had established that the Brackley museum had offered to store "
                 "the banner and would display it in the hall.").followups == []


def test_thanks_to_be_carried_to_someone() -> None:
    """The meeting's thanks or sympathy to be conveyed to someone is an errand; thanks put on
    record are done by the minute itself."""
    for sentence in ["That the Authority’s thanks and best wishes be conveyed to Mr Quillon.",
                     "The Convener asked that the Panel’s appreciation be extended to "
                     "Inspector Marwick for her service."]:
        assert [f.text for f in _read(sentence).followups] == [sentence]
    assert _read("The Chair requested that the thanks of the Partnership be recorded."
                 ).followups == []


def test_minutes_to_be_signed_later() -> None:
    """The signing of the minutes put off to a later day is an errand left open, who signs
    them the one who acts; signed there and then, or with no later time, it records the
    approval."""
    for sentence, who in [
        ("The minutes of the meeting held on 4 March were agreed as a correct record and "
         "would be signed by the Chairman at a later date.", "Chairman"),
        ("Minutes to be subsequently signed by the Chair (once Covid 19 restrictions permit) "
         "as a correct record.", "Chair"),
    ]:
        assert [(f.text, f.assigned_to) for f in _read(sentence).followups] == [(sentence, who)]
    for sentence in ["The minutes were approved and signed by the Chairman.",
                     "Members agreed the minutes would be signed by the Chair."]:
        assert _read(sentence).followups == []


def test_what_the_meeting_is_asked_to_decide_there_and_then() -> None:
    """Business the meeting settles as it sits: what it is asked to approve or vote on,
    declarations of interest asked for, seats filled."""
    for sentence in ["The Clerk asked for proposals for the role of Chair.",
                     "The Clerk asked for authority to pay the bill of £84.20.",
                     "The Clerk asked for confirmation for payment of the bills listed.",
                     "Declarations of interests were requested for the items in Part 1.",
                     "Mrs Orley and Mr Tamsin to continue as Responsible Finance Officer "
                     "and Internal Auditor.",
                     "Bryn Castell will now become our new Footpaths Officer.",
                     "The subcommittee to be comprised of Cllrs Ormond and Vesey."]:
        assert _read(sentence).followups == []


def test_a_member_by_title_after_the_words_that_place_them() -> None:
    """"Ward Councillor Mrs Hale will …": a member by title and name, the words before the
    title placing them; after a resolution's colon too."""
    for sentence, who in [
        ("Resolved: Ward Councillor Mrs Quenby will make further investigations.",
         "Ward Councillor Mrs Quenby"),
        ("County Councillor Mr Amberley would chase the drainage team.",
         "County Councillor Mr Amberley"),
    ]:
        assert [(f.text, f.assigned_to) for f in _read(sentence).followups] == [(sentence, who)]


def test_a_promise_to_verify_data_and_a_statement_put_in_the_minutes() -> None:
    sentence = "The Treasurer said the figures came from a survey and undertook to verify them."
    assert [f.text for f in _read(sentence).followups] == [sentence]
    for said in ["She asked that the following statement be recorded in the minutes:",
                 "He requested that his objection be noted in the minutes."]:
        assert _read(said).followups == []
    kept = "RESOLVED: That the missing apologies be included in the minutes."
    assert [f.text for f in _read(kept).followups] == [kept]


def test_names_in_the_prose(seeds: dict[str, Minutes]) -> None:
    found = {(m.kind, m.label) for i in seeds["2016-12-12"].items for m in i.mentions}
    assert {
        ("post", CM), ("post", "Scrutiny and Support Manager"), ("post", "Chairman"),
        ("organisation", "Staffordshire Police"), ("organisation", "NHS England"),
        ("organisation", "Salvation Army"),
        ("programme", "Transforming Care Programme"), ("programme", "Breathing Space project"),
        ("programme", "Strategic Task and Finish Group"),
    } <= found
    # the county council's own statutory board, at its select committee: no outside body
    assert ("organisation", "Health and Wellbeing Board") not in found
    # Variants within the document join the fullest name.
    ccg = next(m for i in seeds["2016-12-12"].items for m in i.mentions
               if m.label == "Clinical Commissioning Groups")
    assert "CCG" in ccg.aliases
    transformation = [m for i in seeds["2016-12-12"].items for m in i.mentions
                      if "Transformation Programme" in m.label]
    assert len({m.label for m in transformation}) == 1
    people = {m.label for i in seeds["2018-03-05"].items for m in i.mentions
              if m.kind == "person"}
    assert {"Snape", "Tina Gould", "Helen Phillips"} <= people


def test_held_by() -> None:
    text = (
        "Minutes of the Cabinet held on 20 April 2021\n\n1. Announcements\n\n"
        "Thanks were paid to Mary Lowther, Cabinet Member for Children, Young People and "
        "Families, who was standing down.\n"
    )
    minutes = extract(text)
    read_prose([(text, minutes)])
    (held,) = minutes.items[0].held_by
    assert (held.post, held.person) == (
        "Cabinet Member for Children, Young People and Families", "Mary Lowther")


def test_meeting_references_resolve_against_the_meeting_date(seeds: dict[str, Minutes]) -> None:
    refs = {(r.committee, r.date.isoformat(), r.precision)
            for i in seeds["2016-12-12"].items for r in i.meeting_refs}
    assert {
        (None, "2016-04-06", "day"),          # their 6 April 2016 meeting
        (None, "2017-01-01", "month"),        # the January 2017 Select Committee
        ("Cabinet", "2016-05-18", "day"),     # Cabinet on 18 May 2016
        (None, "2016-06-01", "month"),        # considered … in June and July 2016
        (None, "2016-07-01", "month"),
        (None, "2017-03-01", "month"),        # be included on the March meeting
        (None, "2016-11-01", "month"),        # At their November meeting (past)
        ("Health and Wellbeing Board", "2016-12-08", "day"),
    } <= refs
    later = {(r.date.isoformat(), r.precision) for i in seeds["2018-03-05"].items
             for r in i.meeting_refs}
    assert {("2017-07-01", "month"), ("2018-06-01", "month"), ("2018-01-15", "day")} <= later


@pytest.mark.parametrize(
    ("sentence", "refs"),
    [
        ("As reported at last month's meeting, the works are complete.", ["2023-04-01/month"]),
        ("Further to Minute 42 of 3 March 2023, the Clerk reported on the hedge.",
         ["2023-03-03/day"]),
        ("See Minute No. 54 of 12.04.2023.", ["2023-04-12/day"]),
        ("The item was discussed at the Housing Committee (06.12.22).", ["2022-12-06/day"]),
        ("The item was considered by the Resources Committee (12 April 2023).",
         ["2023-04-12/day"]),
        ("The Scrutiny Committee will meet on 2 December 2023 to consider it.",
         ["2023-12-02/day"]),
        ("The Panel is scheduled to meet on 12 June 2023.", ["2023-06-12/day"]),
        ("Members noted a Cabinet decision from 16 October 2022.", ["2022-10-16/day"]),
        ("The Scrutiny Committee – Resources that took place on 19 April 2023 considered it.",
         ["2023-04-19/day"]),
        ("A special meeting of the Panel was held for this purpose on 31 January 2023.",
         ["2023-01-31/day"]),
        ("The decisions would be ratified at the Combined Authority Board in June 2023.",
         ["2023-06-01/month"]),
        ("Minutes of Working Group Meeting held 2023/04/25 were noted.", ["2023-04-25/day"]),
        ("It was agreed at the meeting of 12 April that the hedge be cut.", ["2023-04-12/day"]),
        ("The Committee last considered this on 14th March 2023.", ["2023-03-14/day"]),
        ("The Cabinet, on 4th April, resolved to consult.", ["2023-04-04/day"]),
        ("The Panel's October 2022 meeting asked for this.", ["2022-10-01/month"]),
        ("At their meeting on the 4th of April the Board agreed.", ["2023-04-04/day"]),
        ("Minutes of the previous meeting (5 April 2023) were approved.", ["2023-04-05/day"]),
        ("The minutes of the last meeting (held on 5th April) were approved.",
         ["2023-04-05/day"]),
        ("The Council resolved on 21 February 2023 to increase the fees.", ["2023-02-21/day"]),
        ("The matter will be considered at the Planning Committee on 24 May.",
         ["2023-05-24/day"]),
        ("The Annual Meeting will take place on 17 May 2023.", ["2023-05-17/day"]),
        ("The next meeting of the Panel will be on 14 June 2023.", ["2023-06-14/day"]),
        ("Date of next meeting: 14 June 2023", ["2023-06-14/day"]),
        ("Members met informally on 14th March to discuss the plan.", ["2023-03-14/day"]),
        ("This was raised at the Committee's meeting on 5 April 2023.", ["2023-04-05/day"]),
        ("This will be discussed at the Annual Parish Meeting in May.", ["2023-05-01/month"]),
        ("Members attended a meeting in early March with the developer.", ["2023-03-01/month"]),
        ("The AGM in April 2023 elected the officers.", ["2023-04-01/month"]),
        ("MINUTES OF THE SPRING MEETING HELD ON 14 TH FEBRUARY 2023", ["2023-02-14/day"]),
        ("THE PARISH FAIR WILL OPEN AT 2 PM ON THE GREEN", []),
        ("Minutes of the previous assembly (March 2022) were read.", ["2022-03-01/month"]),
        ("The Annual Assembly held on 4 April 2023 was well attended.", ["2023-04-04/day"]),
        ("The Scottish Assembly in May 2021 passed the bill.", []),
        ("The request will go to the Scrutiny Group work programme on 28 January 2024.",
         ["2024-01-28/day"]),
        ("The item will be placed on the Cabinet agenda for 5 June.", ["2023-06-05/day"]),
        ("The June meeting would now take place on Wed 14th June.", ["2023-06-14/day"]),
        ("The June meeting agreed the plan.", ["2022-06-01/month"]),
        ("Updates went to Cabinet in March 2022, July 2022 and January 2023.",
         ["2022-03-01/month", "2022-07-01/month", "2023-01-01/month"]),
        ("The road will be closed on 5 June 2023 for resurfacing.", []),
        ("The grant must be spent by 31 March 2024.", []),
        ("The Clerk's report dated 28 April 2023 was noted.", []),
        pytest.param("The Chair welcomed everyone to the May meeting.", [],
                     id="month-the-meeting-is-in"),
        pytest.param("APPROVAL OF FEBRUARY 2023 MINUTES\n\nNext meeting to be held on Thursday "
                     "7th March 2024.", ["2023-02-01/month", "2024-03-07/day"],
                     id="minutes-by-month-and-next-meeting"),
        pytest.param("The bypass scheme goes to Cabinet next week, and Members may join a call "
                     "tomorrow to ask questions.", ["2023-05-01/month", "2023-05-04/day"],
                     id="tomorrow-and-next-week"),
        pytest.param("Public consultation would begin next week.", [],
                     id="next-week-of-no-meeting"),
        # made after the fresh held-out measurement
        pytest.param("The minutes of the Full Council Meeting of Monday 4 July 2022 were "
                     "signed.", ["2022-07-04/day"], id="capitalised-meeting-and-weekday"),
        # a meeting by its month in the possessive; never "May's", as often a person's
        pytest.param("Ann Ames was co-opted after attending February’s meeting.",
                     ["2023-02-01/month"], id="months-meeting"),
        pytest.param("The action identified in March's Board Meeting is done.",
                     ["2023-03-01/month"], id="months-board-meeting"),
        pytest.param("Mrs May's meeting with the Minister went well.", [],
                     id="mays-meeting-a-persons"),
        pytest.param("June's meeting with the Clerk went well.", [],
                     id="junes-meeting-a-persons"),
        pytest.param("April’s meeting with the Clerk went well.", [],
                     id="aprils-meeting-a-persons"),
        # the minutes to confirm named by their meeting's day after a dash, or in brackets,
        # in capitals as the item's title prints them
        pytest.param("Apologies were received from Cllr Bell. MINUTES - 11TH APRIL 2023 The "
                     "minutes were confirmed.",
                     ["2023-04-11/day"], id="minutes-dash-day-in-capitals"),
        pytest.param("MINUTES OF PREVIOUS MEETING (12 APRIL 2023) Minutes were accepted as an "
                     "accurate record.", ["2023-04-12/day"], id="minutes-day-in-brackets"),
        pytest.param("Minutes from the last meeting (30th March) were agreed.",
                     ["2023-03-30/day"], id="last-meetings-minutes-day-in-brackets"),
        pytest.param("Minutes: 12 members attended the walk in April.", [],
                     id="minutes-label-no-day"),
        # a meeting and the day it takes place on or is set for
        pytest.param("The item was deferred to the next Council meeting taking place on 24 "
                     "May.", ["2023-05-24/day"], id="meeting-taking-place-on"),
        pytest.param("The AGM is set for Mon 26th June at 8pm in the Hall.", ["2023-06-26/day"],
                     id="agm-set-for"),
        pytest.param("The fete is set for 3 June on the green.", [], id="no-meeting-set-for"),
        # a meeting of those no body's name reads, on its day; never the page's own formal
        # heading, "At a meeting of … held on …" opening its line
        pytest.param("The item will go to the meeting of the Board of Directors on 1 October "
                     "2023.", ["2023-10-01/day"], id="meeting-of-a-name-with-of"),
        pytest.param("This was considered at the joint meeting of all committees held on 7 "
                     "April 2023.", ["2023-04-07/day"], id="meeting-of-all-committees"),
        pytest.param("Noted.\nAt a meeting of the Lowby Area Forum held on Wednesday, 3rd May "
                     "2023, at 7.30pm in the Hall.", [], id="at-a-meeting-heading"),
    ],
)
def test_references_to_other_meetings_in_many_forms(sentence: str, refs: list[str]) -> None:
    """Meeting of 3 May 2023: ordinal, dotted and year-first dates, a minute's number, a body
    with its date in brackets, "last month's meeting", and a body that met, meets or will."""
    it = _read(sentence)
    assert sorted(f"{r.date.isoformat()}/{r.precision}" for r in it.meeting_refs) == refs


def test_due_date() -> None:
    assert due_date("the March meeting", date(2016, 12, 12)) == date(2017, 3, 31)
    assert due_date("September/October 2018", date(2018, 3, 5)) == date(2018, 10, 31)
    assert due_date("in due course", date(2018, 3, 5)) is None
    assert due_date("the June meeting", None) is None


@pytest.mark.parametrize(
    ("sentence", "due_text", "due"),
    [
        ("Officers will report back to the Panel within 28 days.", "within 28 days",
         date(2023, 5, 31)),
        ("Officers will report back within two weeks.", "within two weeks", date(2023, 5, 17)),
        ("The Clerk will write to the owner by 31 March.", "by 31 March", date(2024, 3, 31)),
        ("The Clerk to obtain quotes by the end of the month.", "by the end of the month",
         date(2023, 5, 31)),
        ("A further report to be submitted by the end of the financial year.",
         "by the end of the financial year", date(2024, 3, 31)),
        ("A review would be brought back in six months' time.", "in six months' time",
         date(2023, 11, 3)),
        ("A report would be brought back before the next meeting.", "before the next meeting",
         None),
        ("The figures would be circulated in the new year.", "in the new year", None),
        ("The matter will be revisited at a later date.", "at a later date", None),
        ("A further report would be brought to a future meeting.", "to a future meeting",
         None),
        ("The Director would bring the findings to the next Audit and Standards Meeting.",
         "to the next Audit and Standards Meeting", None),
        ("A workshop for Members would be held on 18 July.", "on 18 July", date(2023, 7, 18)),
        ("The Clerk will circulate the revised plan shortly.", "shortly", None),
        # a date before the meeting is no deadline: it names what went before
        ("The Clerk would write again about the letter sent on 2 April 2023.", None, None),
    ],
)
def test_deadlines_counted_from_the_meeting(sentence: str, due_text: str,
                                            due: date | None) -> None:
    (f,) = _read(sentence).followups
    assert (f.due_text, f.due_date) == (due_text, due)


def _organisations(text: str, first_item: bool = False) -> set[str]:
    """The organisations read on a page (with ``first_item``, in its first item only)."""
    minutes = extract(text)
    read_prose([(text, minutes)])
    items = minutes.items[:1] if first_item else minutes.items
    return {m.label for it in items for m in it.mentions if m.kind == "organisation"}


def _read(sentence: str) -> Item:
    return _first_item_of(
        f"Minutes of the Audit Committee held on 3 May 2023\n\n1. Report\n\n{sentence}\n")


def _first_item_of(text: str) -> Item:
    """A whole page's first item, its prose read."""
    minutes = extract(text)
    read_prose([(text, minutes)])
    return minutes.items[0]


def _page_labels(text: str, kind: str) -> set[str]:
    """The labels of one kind the prose of every item of a whole page names."""
    minutes = extract(text)
    read_prose([(text, minutes)])
    return {m.label for it in minutes.items for m in it.mentions if m.kind == kind}


def _names(it: Item) -> set[tuple[str, str]]:
    return {(m.kind, m.label) for m in it.mentions}


def test_an_agendas_words_ask_for_nothing() -> None:
    """The agenda's words above an item's "Minutes:" say what a meeting may do, not what this
    one asked for: they give no follow-up, though the meeting they name is still referred to
    and the follow-up of the minute below is found."""
    text = ("Housing Committee - Monday, 8 January 2024 7.00 pm\n\n1.\n\nBus Strategy\n\n"
            "The Head of Transport will circulate the draft Bus Strategy agreed by the Cabinet "
            "on 4 December 2023.\n\n"
            "Minutes:\n\nThe Clerk would circulate the revised timetable to Members.\n")
    minutes = extract(text)
    read_prose([(text, minutes)])
    item = minutes.items[0]
    assert [f.span.exact for f in item.followups] == [
        "The Clerk would circulate the revised timetable to Members."]
    assert [str(r.date) for r in item.meeting_refs] == ["2023-12-04"]


def test_names_listed_after_a_programme_word() -> None:
    it = _read("Members heard about three pilots, including Safe Streets, Early Help and "
               "Family Hubs, which had begun in April.")
    assert {("programme", "Safe Streets"), ("programme", "Early Help"),
            ("programme", "Family Hubs")} <= _names(it)


def test_areas_listed_after_a_department_are_no_programmes() -> None:
    """"Children's Services including Education": a department's areas in a portfolio, not
    named programmes; named services listed after "services" in lower case still are."""
    it = _read("To Councillor Diane Whitlow, Portfolio Holder for Children’s Services including "
               "Education.")
    assert _kinds(it, "programme") == set()
    it = _read("The council runs a number of services, including Meals on Wheels and Lifeline.")
    assert _kinds(it, "programme") == {"Meals on Wheels", "Lifeline"}


def test_a_post_of_a_body_names_the_body_too() -> None:
    it = _read("The Secretary of the Kent Fire Brigades Union and the Chair of the "
               "Derbyshire Police Federation attended.")
    assert {("post", "Chair of the Derbyshire Police Federation"),
            ("organisation", "Derbyshire Police Federation")} <= _names(it)


@pytest.mark.parametrize("sentence", [
    # (Chawleigh, Freeland, Mid Devon, Southampton)
    "Due to the Corona virus pandemic and current Government guidelines the meeting was held "
    "remotely on the Zoom platform.",
    "The current Government advice was to not allow public meetings to take place, but "
    "legislation had been changed to allow virtual meetings instead.",
    "This aspiration was confirmed by Government priorities, and local authorities must strive "
    "to provide more appropriate temporary accommodation options.",
    "To note that work to update the arrangement for assessing substantial change in NHS "
    "provision has not commenced due to the recently introduced Government consultation on "
    "the new proposed statutory guidelines.",
])
def test_the_government_as_an_attribute_of_a_noun_is_no_body(sentence: str) -> None:
    """"current Government guidelines", "Government priorities": the government in general
    says what the noun after it is (``organisations.attributive``), no body acting."""
    assert "Government" not in _kinds(_read(sentence), "organisation")


@pytest.mark.parametrize(("sentence", "body"), [
    # (Wiltshire, Highley, Greater Cambridge Partnership)
    ("The Chairman explained that the Council was pleased to support the flying of the Armed "
     "Forces Day flag from our main Council office buildings last month for Armed Forces "
     "Week.", "Armed Forces"),
    ("No progress has been made on the fund application because the LEADER programme as a "
     "result of the EU referendum is still operating under Purdah regulations.", "EU"),
    ("The Assembly considered its funding in light of the result of the EU Referendum and "
     "devolution proposals.", "EU"),
])
def test_a_national_body_naming_its_day_or_vote_is_no_body(sentence: str, body: str) -> None:
    """"Armed Forces Day", "the EU referendum": the body's name says which day or vote, in
    any case (``organisations.attributive``), no body acting."""
    assert body not in _kinds(_read(sentence), "organisation")


@pytest.mark.parametrize(("sentence", "body"), [
    # (Argyll and Bute, New Forest)
    ("Councillor Corry explained that this brochure launched today demonstrated the Council's "
     "support to the Armed Forces and veterans.", "Armed Forces"),
    ("Funding had also been allocated to departments in preparation for the UK's exit from "
     "the EU.", "EU"),
])
def test_a_national_body_supported_or_left_is_still_a_body(sentence: str, body: str) -> None:
    """The body supported or left, with no day or vote of its own after it, is still one."""
    assert body in _kinds(_read(sentence), "organisation")


@pytest.mark.parametrize("sentence", [
    # (Lewannick, Doncaster, West Oxfordshire)
    "A new package of improved bus services for Cornwall is being put in place; as part of a "
    "pilot scheme the Government will subsidise fares to encourage more users of the system.",
    "We need to see what Government passes down in order to allow what the people of "
    "Doncaster want.",
    "It was explained that the criteria was set by the Government and a report would be "
    "presented.",
])
def test_the_government_that_acts_is_still_a_body(sentence: str) -> None:
    """The government that funds, sets or passes down is still named as a body: only a
    noun of ``organisations.attributive`` after it makes it an attribute."""
    assert "Government" in _kinds(_read(sentence), "organisation")


def test_a_department_a_post_names_is_no_body_by_the_lexicons_words() -> None:
    """The words that end a department in a post are data (the lexicon's `parts` and
    `post_parts`): "Services", "Service", "Division" end no body there; a trust still does."""
    from kg.nlp.lexicon import lexicon

    lex = lexicon()
    assert lex.post_part_heads == lex.org_parts | {"unit", "service", "services", "division"}
    for post in ("Director of Fernbury Housing Services", "Head of Fernbury Parks Service",
                 "Head of the Eastmoor Planning Division"):
        assert _kinds(_read(f"The {post} attended."), "organisation") == set(), post
    assert "Fernbury Parks Trust" in _kinds(
        _read("The Head of Fernbury Parks Trust attended."), "organisation")


def test_a_post_held_in_a_named_body_is_also_known_by_the_post_alone() -> None:
    """"Treasurer for the Westbury Bowls Club" is a treasurer's post, called "Treasurer" as
    often, and the club is named on its own; a seat on a body's board names the body though
    no head word does ("a Board Member of Visit Northvale"). A portfolio after "of" is no
    body, and the post keeps it whole ("Director of Public Health"); a head that needs its
    qualifier is no post alone ("Head")."""
    it = _read("Jo Hale, Treasurer for the Westbury Bowls Club, spoke. Sam Rowe declared an "
               "interest as a Board Member of Visit Northvale. The Director of Public Health "
               "reported, as did the Head of the Eastfold Advice Trust.")
    posts = {m.label: m.aliases for m in it.mentions if m.kind == "post"}
    assert posts == {"Treasurer for the Westbury Bowls Club": ["Treasurer"],
                     "Board Member of Visit Northvale": ["Board Member"],
                     "Director of Public Health": [],
                     "Head of the Eastfold Advice Trust": []}  # no post "Head" alone
    assert {("organisation", "Westbury Bowls Club"), ("organisation", "Visit Northvale")} <= (
        _names(it))


def test_a_post_held_in_each_of_the_bodies_listed_is_the_post_alone_too() -> None:
    """"a Director for Hale Care Ltd and Rowe Homes Ltd": a director's post in each body,
    called "Director" as often; each body named on its own."""
    it = _read("Cllr Don declared an interest as a Director for Hale Care Ltd and Rowe Homes "
               "Ltd, which both run homes.")
    posts = {m.label: m.aliases for m in it.mentions if m.kind == "post"}
    assert posts == {"Director for Hale Care Ltd and Rowe Homes Ltd": ["Director"]}
    assert {("organisation", "Hale Care Ltd"), ("organisation", "Rowe Homes Ltd")} <= (
        _names(it))


def test_a_post_sharing_its_head_across_a_slash_is_one_post() -> None:
    """"Leisure Development / Parks Officer", "Member Support/Clerical Officer": the words
    before the slash share the post's head word, one post; two whole posts either side of
    a slash stay two ("the Clerk/Responsible Financial Officer")."""
    posts = {label for kind, label in _names(_read(
        "Jo Hale, Leisure Development / Parks Officer, and Sam Rowe, Member Support/Clerical "
        "Officer, attended. The Clerk/Responsible Financial Officer reported."))
        if kind == "post"}
    assert posts == {"Leisure Development / Parks Officer", "Member Support/Clerical Officer",
                     "Clerk", "Responsible Financial Officer"}
    # a post with its portfolio after a comma, then a second post after the slash
    posts = {label for kind, label in _names(_read(
        "A report of the Strategic Director, Growth and Place / Deputy Monitoring Officer "
        "was noted.")) if kind == "post"}
    assert posts == {"Strategic Director, Growth and Place", "Deputy Monitoring Officer"}


def test_a_bare_directors_area_after_its_comma_is_part_of_the_post() -> None:
    """"Fred Tilby (Director, Social Care and Wellbeing)", "Ann Morrow, Director, Visual
    Arts": a post printed as its head word alone, with its area after a comma, is the post
    with its area (``posts.remit_heads``); one word after the comma is the director's body,
    no area ("Director, Himmat")."""
    posts = {label for kind, label in _names(_read(
        "Apologies were received from Fred Tilby (Director, Social Care and Wellbeing) and "
        "Ann Morrow, Director, Visual Arts, who was abroad.")) if kind == "post"}
    assert posts == {"Director, Social Care and Wellbeing", "Director, Visual Arts"}
    posts = {label for kind, label in _names(_read(
        "Kim Yates, Director, Brantwick, gave a presentation.")) if kind == "post"}
    assert posts == {"Director"}


def test_posts_run_together_with_nothing_between_are_several() -> None:
    """A roll's column of posts flattened into one run ("Chief Executive Head of Legal
    Services Senior Planning Officer"): a second post starts at an opening word ("Head of",
    "Director of", "Interim", "Deputy" …) after a post's last word or its portfolio. Posts
    whose first word qualifies the next stay one ("Executive Director of Place", "Deputy
    Chief Executive", "Chief Executive Officer")."""
    posts = {label for kind, label in _names(_read(
        "In attendance: Chief Executive Head of Legal Services Senior Planning Officer "
        "Director of Nursing Deputy Clerk.")) if kind == "post"}
    assert posts == {"Chief Executive", "Head of Legal Services", "Senior Planning Officer",
                     "Director of Nursing", "Deputy Clerk"}
    posts = {label for kind, label in _names(_read(
        "The Executive Director of Place, the Deputy Chief Executive and the Chief Executive "
        "Officer attended.")) if kind == "post"}
    assert posts == {"Executive Director of Place", "Deputy Chief Executive",
                     "Chief Executive Officer"}


def test_a_surname_that_is_a_posts_head_ends_a_persons_name() -> None:
    """"Ann Nurse", "Gail Warden", "Mrs J Head", "Sgt Nurse": a post's head that is a
    common surname ends a person's name after a given name, an initial or a title, where no
    "of", "for" or capitalised word follows; "the Tree Warden" stays a post."""
    names = _names(_read("Present: Ann Nurse, Kay Osei. Tom and Gail Warden continue "
                         "to clear the paths. Trustees thanked Mrs J Head, Headteacher of "
                         "Westfield School. A letter went to Sgt Nurse. The Tree Warden "
                         "reported."))
    assert {("person", "Ann Nurse"), ("person", "Gail Warden"), ("person", "J Head"),
            ("post", "Tree Warden")} <= names
    assert not {("post", "Ann Nurse"), ("post", "Tom and Gail Warden"),
                ("post", "Mrs J Head"), ("post", "Sgt Nurse")} & names


def test_a_post_then_its_bodys_initials_is_the_post() -> None:
    """"Ann Bell – Chairman WHC", "R Marsh, Project Manager and Facilitator APC": a post and
    then the initials of the body it is held in, nothing between, still name the post; a
    post's own initials after it do not cut it ("Finance Officer RFO" stays as it was)."""
    names = _names(_read("Ann Bell – Chairman WHC opened the meeting. Also present: R Marsh, "
                         "Project Manager and Facilitator APC, and Jo Hale, Chief Executive "
                         "NDA."))
    assert {("post", "Chairman"), ("post", "Project Manager and Facilitator"),
            ("post", "Chief Executive")} <= names


def test_an_officer_known_by_initials_alone_is_a_post_not_a_body() -> None:
    """"the local PCSO", "report to PCSO", "the CFO advised": a post by its initials alone,
    as "the RFO" is; the CFO is no body."""
    names = _names(_read("On the advice of the local PCSO, the Clerk will report to PCSO. "
                         "The CFO advised that it would depend on the budget."))
    assert {("post", "PCSO"), ("post", "CFO")} <= names
    assert ("organisation", "CFO") not in names


def test_the_chair_in_lower_case_is_the_post_where_it_acts_not_the_seat() -> None:
    """"the chair" in lower case is the post where a person is meant: before a verb of
    speech or welcome, after "by the", with a holder's word ("the outgoing chair"), or named
    as a role; not the seat ("took the chair", "in the chair") nor furniture."""
    for said in ("The chair welcomed all in attendance.", "The minutes were signed by the "
                 "chair.", "Jo Hale thanked the outgoing chair.", "Cllr Ann Lee took the role "
                 "of chair and opened the meeting.", "Cllr Ann Lee acted as chair for the "
                 "evening."):
        assert any(kind == "post" and label.lower() == "chair"
                   for kind, label in _names(_read(said))), said
    for seat in ("Cllr Ann Lee took the chair.", "Cllr Ann Lee was in the chair.",
                 "A new chair was bought for the hall.", "Items such as chair covers were "
                 "bought."):
        assert not any(kind == "post" for kind, _ in _names(_read(seat))), seat


def test_a_tiers_initial_or_a_councils_short_acronym_before_cllr_is_a_post() -> None:
    """"D.Cllr had given her apologies": a tier's initial run onto the title is a post, no
    person; "C Cllr K Stott" and "WS&C Cllr. Jo Rhead" name the person and her post."""
    names = _names(_read("D.Cllr had given her apologies. C Cllr K Stott and WS&C Cllr. Jo "
                         "Rhead reported on highways."))
    assert {("post", "D.Cllr"), ("post", "C Cllr"), ("post", "WS&C Cllr")} <= names
    assert ("person", "D.Cllr") not in names


def test_a_boards_officer_title_opens_a_second_post_only_before_a_head_word() -> None:
    """In a flattened column of a board's officers, "Medical", "Company", "Lay" … open a
    second post when a post's head word follows them ("Non-Executive Director Medical
    Director", "Director of Governance Company Secretary"); before anything else they go on
    with the name ("Director of Westbury Community Interest Company")."""
    posts = {label for kind, label in _names(_read(
        "In attendance: Non-Executive Director Medical Director Director of Governance "
        "Company Secretary.")) if kind == "post"}
    assert posts == {"Non-Executive Director", "Medical Director", "Director of Governance",
                     "Company Secretary"}
    names = _names(_read("Ann Hale, Director of Westbury Community Interest Company, "
                         "spoke."))
    assert ("post", "Director of Westbury Community Interest") not in names


def test_a_flattened_column_of_posts_splits_where_a_post_ends_in_a_head() -> None:
    """A column of officers' posts flattened into one run with no opener between them
    ("Estates Manager Data Officer Committee Secretary Attendance Clerk"): a post of two
    words or more that ends in a run-ender is one post, and the next capitalised words that
    end in a post's head another (the roll heading's word kept: "Attendance Clerk"). A post
    of one word is no column's ("Councillor Support Officer"), and so does a head that
    qualifies the post before it ("Finance Officer Lead")."""
    posts = {label for kind, label in _names(_read(
        "In attendance: Estates Manager Systems Officer Committee Secretary Attendance "
        "Clerk.")) if kind == "post"}
    assert posts == {"Estates Manager", "Systems Officer", "Committee Secretary",
                     "Attendance Clerk"}
    posts = {label for kind, label in _names(_read(
        "The Councillor Support Officer and the Finance Officer Lead attended."))
        if kind == "post"}
    assert not posts & {"Support Officer", "Finance Officer", "Lead"}


def test_a_name_between_two_posts_of_a_flattened_column_is_the_next_entrys_holder() -> None:
    """A flattened roll prints each entry as name then post ("… Housing Manager Kim Lowe
    Office Manager"): the given name after a post's last word opens the next entry, the
    person apart from both posts, though the post after the name opens on a body's or a
    programme's word ("Office", "Policy and Performance"). A name before a body's name is
    left to the body's reading ("Alan Quill Natural England"), no post made of it."""
    names = _names(_read("In attendance: Jo Bell Housing Manager Kim Lowe Office Manager Ann "
                         "Fox Policy and Performance Manager."))
    assert {label for kind, label in names if kind == "post"} == {
        "Housing Manager", "Office Manager", "Policy and Performance Manager"}
    assert {("person", "Kim Lowe"), ("person", "Ann Fox")} <= names
    names = _names(_read("Present: Tom Hale Liaison Officer Alan Quill Natural England."))
    assert ("organisation", "Natural England") in names
    assert not any("Alan" in label for kind, label in names if kind == "post")


def test_non_executive_without_its_hyphen_opens_a_columns_next_post() -> None:
    """"Chief Executive Non Executive Director": "Non" before a head opens the next post in
    a flattened column, as "Non-Executive" does; inside a post it stays ("Lead Non Executive
    Director")."""
    posts = {label for kind, label in _names(_read(
        "Present: Chief Executive Non Executive Director Medical Director.")) if kind == "post"}
    assert posts == {"Chief Executive", "Non Executive Director", "Medical Director"}
    posts = {label for kind, label in _names(_read("The Lead Non Executive Director spoke."))
             if kind == "post"}
    assert posts == {"Lead Non Executive Director"}


def test_the_plural_of_a_head_of_an_area_names_the_posts_holders() -> None:
    """"Heads of Department": the holders of one post named together, as "Group Leaders"
    are. Not "Heads of Terms" (a deal's outline), a body's board ("the Directors of the
    Company", "the Non-Executive Directors of Westshire NHS Trust") nor heads of two areas
    joined by "and", each area's head a post of its own."""
    names = _names(_read("Invitations went to Cabinet Members, Heads of Department and the "
                         "public."))
    assert ("post", "Heads of Department") in names
    for text in ("Heads of Terms were agreed with the developer.",
                 "The Directors of the Company met.",
                 "The Non-Executive Directors of Westshire NHS Trust attended.",
                 "The Directors of Westbury Homes Ltd met the Cabinet.",
                 "The report was sent to the Heads of Legal and Financial Services."):
        assert not any(kind == "post" for kind, _ in _names(_read(text))), text


def test_a_receptionist_is_a_post_by_itself() -> None:
    """"Jo Hale, Receptionist at the Civic Centre": the front desk's post, named alone. Not
    the word inside a programme's name ("the Receptionist Training Programme") nor a job
    someone once had, in lower case ("worked as a receptionist in 1997")."""
    names = _names(_read("Condolences were sent to Jo Hale, Receptionist at the Civic "
                         "Centre."))
    assert ("post", "Receptionist") in names
    for text in ("The Receptionist Training Programme was approved.",
                 "Jo started working for the Council as a receptionist in 1997."):
        assert not any(kind == "post" for kind, _ in _names(_read(text))), text


def test_a_lower_case_post_after_and_shares_the_article_of_the_post_before() -> None:
    """"the chairman and vice-chairman", "the clerk and treasurer": a post printed in lower
    case after "and" is one post, as the one before it is by its article. Not after a post
    in capitals (the names rules read those), nor a plain plural ("the clerk and members")."""
    posts = {label for kind, label in _names(_read(
        "The chairman and vice-chairman will meet. The clerk and treasurer agreed."))
        if kind == "post"}
    assert posts == {"chairman", "vice-chairman", "clerk", "treasurer"}
    posts = {label for kind, label in _names(_read("The clerk and members agreed."))
             if kind == "post"}
    assert posts == {"clerk"}


def test_a_cabinet_post_with_its_portfolio_and_no_for() -> None:
    """"Cabinet Member Supporting Older People": an executive post's portfolio may follow
    its title with no "for"; a programme named after the post is still the programme
    ("the Portfolio Holder Visits programme")."""
    names = _names(_read("Councillor Hale, Cabinet Member Supporting Older People, spoke. The "
                         "Portfolio Holder Visits programme was noted."))
    assert ("post", "Cabinet Member Supporting Older People") in names
    assert not [n for n in names if n[0] == "post" and "Visits" in n[1]]


def test_a_lay_standing_before_and_is_no_part_of_the_post() -> None:
    it = _read("A question was put by Jane Doe – Tenant and Chair of the Riverside Forum.")
    posts = {label for kind, label in _names(it) if kind == "post"}
    assert posts == {"Chair of the Riverside Forum"}
    safety = _read("The Health and Safety Officer spoke.")
    assert ("post", "Health and Safety Officer") in _names(safety)


def test_a_known_post_the_names_rules_do_not_start_and_a_post_after_and() -> None:
    """"Monitoring Officer and Chief Legal Officer": two posts, not "Officer and Chief Legal
    Officer" (the names rules start no name at "Monitoring"); "the Monitoring Officer and
    Members" is one post and the members."""
    names = _names(_read("Jo Hale, Monitoring Officer and Assistant Chief Legal Officer, "
                         "advised. The Monitoring Officer and Members agreed."))
    assert {label for kind, label in names if kind == "post"} == {
        "Monitoring Officer", "Assistant Chief Legal Officer"}


def test_two_posts_joined_by_and_split_at_the_last_and() -> None:
    it = _read("The Director: Adults & Health and Senior Public Health Commissioner reported.")
    assert {("post", "Director: Adults & Health"),
            ("post", "Senior Public Health Commissioner")} <= _names(it)


@pytest.mark.parametrize(("sentence", "post"), [
    ("The report of the Strategic Director, Housing & Leisure was noted.",
     "Strategic Director, Housing & Leisure"),
    ("Members thanked the Service Manager – Revenues, Benefits and Customer Contact, for "
     "the update.", "Service Manager – Revenues, Benefits and Customer Contact"),
    ("The Cabinet Member (Waste and Parks) answered questions.",
     "Cabinet Member (Waste and Parks)"),
    ("Tom Jenkins (Assistant Director, Highways) attended.", "Assistant Director, Highways"),
    ("The Service Director (Roads, Parks and Lighting) reported.",
     "Service Director (Roads, Parks and Lighting)"),
])
def test_a_portfolio_after_a_comma_dash_or_bracket_is_the_posts(sentence: str,
                                                                 post: str) -> None:
    assert ("post", post) in _names(_read(sentence))


def test_what_follows_a_posts_comma_is_not_always_its_portfolio() -> None:
    names = _names(_read("The Head of Planning, Ruth Gale and the Deputy Director, Head of "
                         "Finance attended with the Area Director, NWLH."))
    assert ("post", "Head of Planning") in names and ("post", "Deputy Director") in names
    assert ("organisation", "NWLH") in names and ("post", "Area Director") in names
    names = _names(_read("Apologies were received from Councillor Rees as Portfolio Holder "
                         "for Agenda Item 4 and from K Morley Co-opted Member."))
    assert {("post", "Portfolio Holder"), ("person", "K Morley"),
            ("post", "Co-opted Member")} <= names


def test_a_national_bodys_branch_after_a_posts_comma_is_where_it_is_held() -> None:
    """"Chief Executive Officer, Healthwatch Northvale": a national body's branch after the
    comma is the body the post is held in, no portfolio; areas after the comma still are
    ("Corporate Director, Finance and Resources")."""
    names = _names(_read("Jo Hale, Chief Executive Officer, Healthwatch Northvale, and Sam "
                         "Rowe, Corporate Director, Finance and Resources, attended."))
    assert {("post", "Chief Executive Officer"), ("organisation", "Healthwatch Northvale"),
            ("post", "Corporate Director, Finance and Resources")} <= names


def test_a_titled_person_in_brackets_after_a_portfolio_is_no_role() -> None:
    """"Lead Member for Climate Change (Councillor Jo Hale)": the bracket names the holder;
    the portfolio before it is no person and the holder's name no post."""
    names = _names(_read("The Lead Member for Climate Change (Councillor Jo Hale) presented "
                         "the plan with Shona Reid (Chief Officer Access and Inclusion)."))
    assert {("post", "Lead Member for Climate Change"), ("person", "Jo Hale"),
            ("person", "Shona Reid"), ("post", "Chief Officer Access and Inclusion")} <= names
    assert ("person", "Climate Change") not in names and ("post", "Jo Hale") not in names
    names = _names(_read("Councillors Cox, Howell and Trent (Substitute for Councillor Rees) "
                         "attended."))
    assert ("person", "Rees") in names and not {k for k, _ in names} & {"post"}


def test_a_lower_case_office_in_brackets_after_a_name_is_a_post() -> None:
    """"Ann Hale (chair), Bo Rees (vice chair)": a roll in prose prints members' offices in
    lower case; only a post that stands alone and fills the bracket ("(see above)", "(two
    items)" are none)."""
    names = _names(_read("Present: Ann Hale (chair), Bo Rees (vice chair), Cy Lowe (see "
                         "above) and Di Marsh (clerk)."))
    assert {label for kind, label in names if kind == "post"} == {"chair", "vice chair",
                                                                   "clerk"}


def test_an_agenda_item_after_a_post_is_no_portfolio() -> None:
    """"Visiting Member for Item 12", "Head of Policy and Scrutiny, Agenda Item 3": the item
    the holder came for, no part of the post; a portfolio that only starts like one stays."""
    names = _names(_read("Cllr Hale was Visiting Member for Item 12. See the report from Jo "
                         "Rees, Head of Policy and Scrutiny, Agenda Item 3. The Head of Items "
                         "Management spoke."))
    assert {label for kind, label in names if kind == "post"} == {
        "Visiting Member", "Head of Policy and Scrutiny", "Head of Items Management"}


def test_a_bracket_after_a_post_with_a_body_or_person_in_it_is_no_portfolio() -> None:
    names = _names(_read("Jo Hale, Strategic Director (Policy, Westshire Police) reported."))
    assert ("post", "Strategic Director") in names
    assert ("organisation", "Westshire Police") in names


def test_a_list_of_areas_before_a_posts_head_is_one_title() -> None:
    names = _names(_read("The Police, Fire and Crime Commissioner attended with the Roads, "
                         "Parks and Lighting Officer. Finance, Audit and Risk Officer Jo Peel "
                         "reported."))
    assert {("post", "Police, Fire and Crime Commissioner"),
            ("post", "Roads, Parks and Lighting Officer"),
            ("post", "Finance, Audit and Risk Officer"), ("person", "Jo Peel")} <= names
    # a list of places before plural bodies, or of people, stays a list
    names = _names(_read("Westbury, Eastbury and Northbury Councils had agreed. Cllrs Hale, "
                         "Peel and Rudd attended."))
    assert not any("Westbury," in label for _, label in names)
    assert {("person", "Hale"), ("person", "Peel"), ("person", "Rudd")} <= names


def test_a_list_of_areas_before_a_programmes_head_is_one_name() -> None:
    names = _names(_read("Grants came from the Arts, Heritage and Tourism Recovery Fund and the "
                         "Walking, Cycling and Buses Strategy was noted."))
    assert {("programme", "Arts, Heritage and Tourism Recovery Fund"),
            ("programme", "Walking, Cycling and Buses Strategy")} <= names
    # a list of the council's services stays a list: a plural head
    names = _names(_read("Parks, Libraries and Leisure Services were praised."))
    assert not any("Parks," in label for _, label in names)
    # the head in lower case after the capitalised areas, as after a name of its own
    names = _names(_read("The Safe, Warm and Dry Homes scheme was extended."))
    assert ("programme", "Safe, Warm and Dry Homes scheme") in names
    # a lower-case word that heads no programme leaves the list a list
    names = _names(_read("Red, Amber and Green ratings were used."))
    assert not any("Red," in label for _, label in names)


def test_a_topic_with_of_before_a_posts_head_and_a_bracket_inside_a_bracket() -> None:
    names = _names(_read("Paths were referred to the Rights of Way Officer and the Freedom of "
                         "Information Officer. Ms Ann Rudd (Ranger of Westdale Park Authority "
                         "(WPA)) spoke. Appointment of Deputy Chair was deferred."))
    assert {("post", "Rights of Way Officer"), ("post", "Freedom of Information Officer"),
            ("post", "Ranger of Westdale Park Authority")} <= names
    assert not any(kind == "post" and "Appointment" in label for kind, label in names)


def test_a_topic_with_of_before_any_head_keeps_its_words() -> None:
    """"Rights of Way Improvement Plan" is one plan, named in full; the topic's "of" is no
    "Adoption of …" before a scheme. An action before the topic still falls away."""
    names = _names(_read("The Rights of Way Improvement Plan was noted and the Freedom of "
                         "Information Policy adopted. Approval of the Rights of Way Network "
                         "Strategy was deferred."))
    assert {("programme", "Rights of Way Improvement Plan"),
            ("programme", "Freedom of Information Policy"),
            ("programme", "Rights of Way Network Strategy")} <= names
    assert not any(label.startswith(("Way ", "Information ", "Approval")) for _, label in names)


def test_what_a_post_brings_after_a_dash_or_in_brackets_is_no_portfolio() -> None:
    names = _names(_read("Noted: the Flood Warden – Guidance. The Area Commander "
                         "(Presentation) was thanked. The Parks Manager (Trees and Verges) "
                         "attended."))
    assert {("post", "Flood Warden"), ("post", "Area Commander"),
            ("post", "Parks Manager (Trees and Verges)")} <= names


def test_a_short_form_initials_or_the_part_played_in_brackets_are_no_service() -> None:
    """After a post, a bracket holding the post's short form in mixed case ("(AMgr)"), a
    holder's initials ("(D. C.)") or the part the officer plays at the meeting
    ("(Minutes)", "(Secretariat)") is no part of the post's name; a service is."""
    names = _names(_read("Officers: Mr Tobb – Asset Manager (AMgr) Mrs Fenn – Board "
                         "Secretary (Minutes). The Deputy Lord Mayor (D. C.) spoke. Ann Hale, "
                         "Planning and Performance Manager (Secretariat), took notes. Jo Lark, "
                         "Senior Democratic Officer (Executive/Scrutiny), attended."))
    assert {("post", "Asset Manager"), ("post", "Board Secretary"),
            ("post", "Deputy Lord Mayor"), ("post", "Planning and Performance Manager"),
            ("post", "Senior Democratic Officer (Executive/Scrutiny)")} <= names
    assert not any("(" in label for kind, label in names if kind == "post" and
                   "Scrutiny" not in label)


def test_a_service_in_brackets_and_a_directors_portfolio_after_a_dash() -> None:
    names = _names(_read("Contact: Ann Lowe, Senior Governance Officer (Audit/Standards). "
                         "Tom Reid, Lead Professional (Property) and Ian Grant, Team Leader "
                         "attended. The Director – Housing and Neighbourhood Services "
                         "reported."))
    assert {("post", "Senior Governance Officer (Audit/Standards)"),
            ("post", "Lead Professional (Property)"), ("person", "Ian Grant"),
            ("post", "Director – Housing and Neighbourhood Services")} <= names
    assert ("person", "Senior Governance Officer") not in names
    names = _names(_read("The Head of Law (Monitoring Officer) advised. Payments: Jo Ball, "
                         "Town Clerk, Wages £900; Hale & Co – Internal Auditor – Audit for "
                         "the year £300."))
    assert ("post", "Head of Law") in names
    assert not any(k == "post" and ("Wages" in n or "Audit for" in n or "(" in n)
                   for k, n in names)


def test_a_shared_service_is_a_body_and_a_payees_dash_lists_nothing() -> None:
    names = _names(_read("The Vale Shared Services report was noted. Payments: Brook Services "
                         "– Repairs 3 May £40."))
    assert ("organisation", "Vale Shared Services") in names
    assert not any(k == "programme" for k, _ in names)
    names = _names(_read("Special Projects: the new bench is in. It goes to the Housing "
                         "Scrutiny Group in June."))
    assert not any(k in ("organisation", "programme") for k, _ in names)


def test_scottish_posts_and_an_articles_capital() -> None:
    names = _names(_read("The Provost welcomed the Depute Provost. A Member asked about "
                         "parking and the Scrutiny Facilitator replied."))
    assert {("post", "Provost"), ("post", "Depute Provost"),
            ("post", "Scrutiny Facilitator")} <= names
    assert not any("A Member" in n for _, n in names)
    names = _names(_read("The Chief Officer Housing & Estates submitted a report. Chief "
                         "Inspector Brown and Sergeant Green attended."))
    assert ("post", "Chief Officer Housing & Estates") in names
    assert not any(k == "post" and "Brown" in n for k, n in names)


def test_short_posts_in_prose() -> None:
    names = _names(_read("The Monitoring Officer and the Democratic Services Officer advised. "
                         "The Convener thanked the Solicitor. Dan Cole - Head of Leisure and "
                         "Culture and Sarah Owen - Parks Manager attended."))
    assert {("post", "Monitoring Officer"), ("post", "Democratic Services Officer"),
            ("post", "Convener"), ("post", "Solicitor"),
            ("post", "Head of Leisure and Culture")} <= names
    names = _names(_read("Decisions taken by the Cabinet Member for Parks None since the last "
                         "meeting. Ms Lee, Director of Public Health, Ashby with Oakley "
                         "Council, attended."))
    assert {("post", "Cabinet Member for Parks"), ("post", "Director of Public Health"),
            ("organisation", "Ashby with Oakley Council")} <= names


def test_two_tiers_of_council_before_one_title_are_two_posts() -> None:
    """"County and District Councillor Jo Hale" holds two seats; the first tier is no
    surname in the list before it. Not "Mr Ward and County Councillor Rees" (a surname),
    nor "county and district councillors" in lower case (councillors in general)."""
    names = _names(_read("Present: Councillors A Gale, B Hart and C Lowe, County and District "
                         "Councillor Jo Hale. Both District & County Councillors reported."))
    assert {("post", "County Councillor"), ("post", "District Councillor"),
            ("person", "Jo Hale")} <= names
    assert ("person", "County") not in names
    names = _names(_read("Mr Ward and County Councillor Rees attended; the county and "
                         "district councillors were thanked."))
    assert {label for kind, label in names if kind == "post"} == {"County Councillor"}


def test_civic_and_chief_posts_in_lower_case_and_a_word_before_them() -> None:
    names = _names(_read("It was noted the deputy mayor would attend and the vice-chair would "
                         "write to the chief constable. Our local county councillor and the "
                         "new clerk reported."))
    assert {("post", "deputy mayor"), ("post", "vice-chair"), ("post", "chief constable"),
            ("post", "county councillor"), ("post", "clerk")} <= names
    # with no word that makes it one post, a kind of post names none
    assert not _names(_read("A mayor is chosen each May; local county councillor surgeries "
                            "resume."))


def test_a_post_in_lower_case_by_what_its_holder_does() -> None:
    names = _names(_read("The new grounds manager would start in May and the events "
                         "co-ordinator would book the hall."))
    assert {("post", "grounds manager"), ("post", "events co-ordinator")} <= names
    # which officer, not what post: none
    assert not _names(_read("It was referred to the relevant officer and the duty officer."))


def test_a_review_of_one_case_or_of_the_meetings_business_is_no_programme() -> None:
    """A review of a service or a strategy is a programme of work; a review of one licence,
    one decision or the meeting's own actions and rules is business, not a programme."""
    names = _names(_read("The Review of Allotment Provision and the Review of Leisure Strategy "
                         "were welcomed."))
    assert {("programme", "Review of Allotment Provision"),
            ("programme", "Review of Leisure Strategy")} <= names
    for sentence in ("The Panel held the Review of Premises Licence for the Crown Inn.",
                     "The Board went through the Review of Actions from May.",
                     "The Review of the Committee's Rules of Procedure was agreed.",
                     "Members heard the Review of Community Transfer Request Decision."):
        assert not {n for n in _names(_read(sentence)) if n[0] == "programme"}, sentence


def test_a_review_of_a_named_thing_in_lower_case_is_the_programme() -> None:
    """"a review of Housing Allocations": the review is the work, the name alone no
    programme; a review of one case or of a person's complaint still names none."""
    assert ("programme", "review of Housing Allocations") in _names(
        _read("The Panel agreed to carry out a review of Housing Allocations."))
    assert ("programme", "review of the Coastal Access Arrangements") in _names(
        _read("An update on the review of the Coastal Access Arrangements was given."))
    for sentence in ("The Panel considered the review of Premises Licence for the Mill Inn.",
                     "The review of Mrs Arden's complaint was noted."):
        assert not {n for n in _names(_read(sentence)) if n[0] == "programme"}, sentence


def test_national_schemes_and_services_with_no_head_word_are_programmes() -> None:
    """Schemes every council meets, named with no head word and as often in lower case: a
    neighbourhood watch scheme, a housing authority's Housing Revenue Account, children's
    mental health services (a watch group named by its place stays a body)."""
    names = _names(_read("Tenants asked about the Housing Revenue Account and the waits for "
                         "Child and Adolescent Mental Health Services."))
    assert {("programme", "Housing Revenue Account"),
            ("programme", "Child and Adolescent Mental Health Services")} <= names
    assert any(k == "programme" and "neighbourhood watch" in n.lower() for k, n in _names(
        _read("Residents on Mill Lane were urged to join the neighbourhood watch scheme.")))
    assert ("organisation", "Eastbury Neighbourhood Watch") in _names(
        _read("A letter from Eastbury Neighbourhood Watch was read."))


def _programmes(it: Item) -> list[tuple[str, list[str]]]:
    return sorted({(m.label, tuple(m.aliases)) for m in it.mentions if m.kind == "programme"})


def test_the_forms_of_one_national_scheme_are_one_programme() -> None:
    """A national scheme (kg/data/nlp/schemes.toml) by its full name, a shorter name and its
    initials is one programme, each form an alias, and the scheme's own name one too."""
    found = _programmes(_read(
        "The Neighbourhood Development Plan was examined in June. Residents asked when the "
        "neighbourhood plan would go to referendum, and the Clerk said the NDP was on track."))
    assert len(found) == 1
    label, aliases = found[0]
    assert label == "Neighbourhood Development Plan"
    assert {"neighbourhood plan", "NDP"} <= set(aliases)
    found = _programmes(_read("The Shared Prosperity Fund allocation was noted. Members asked "
                              "how the UKSPF money would be spent in the villages."))
    assert len(found) == 1 and {"UKSPF money", "UK Shared Prosperity Fund"} <= set(found[0][1])


def test_national_broadband_funding_and_speed_watch_schemes() -> None:
    """The rural broadband programme, the Treasury's spending review and the speed watch
    scheme's initials (schemes.toml) are programmes: "Superfast Broadband coverage", "the
    Comprehensive Spending Review", "the CSW" where the page names Community Speed Watch."""
    names = _names(_read("Superfast Broadband coverage continues to grow across Westshire. "
                         "Savings under the Comprehensive Spending Review were noted."))
    assert {("programme", "Superfast Broadband"),
            ("programme", "Comprehensive Spending Review")} <= names
    found = _programmes(_read("The Chairman thanked Cllr Hale for his work on the CSW, and "
                              "Community Speed Watch volunteers were thanked too."))
    assert len(found) == 1 and "CSW" in {found[0][0], *found[0][1]}


def test_a_schemes_initials_alone_are_read_only_where_the_scheme_is_named() -> None:
    """Short initials stand for local bodies as often as for a scheme ("the LTP" may be a
    tenants' panel): alone they name no programme."""
    assert not _programmes(_read("The LTP met in March and elected a new secretary."))


def test_a_national_scheme_named_with_no_head_word() -> None:
    """Printed as a name, a scheme with no head word is a programme: "the Local Government
    Settlement"; one whose name is a common word ("Prevent") only inside a sentence and not
    as the end of a longer name."""
    assert ("programme", "Local Government Settlement") in _names(
        _read("The Local Government Settlement was announced on 18 December."))
    assert ("programme", "Prevent") in _names(
        _read("All staff had now completed Prevent training."))
    assert not _programmes(_read("Prevent the loss of hedgerows where possible."))
    assert not any(label == "Families First" for label, _ in _programmes(_read(
        "Jo Lane of Rural Families First (RFF) gave an update.")))


def test_named_checks_offered_to_residents_are_programmes() -> None:
    """"the Home Fire Safety Checks", "the Warm Home checks": a named round of visits a
    service offers, by its head word in either case."""
    assert ("programme", "Home Fire Safety Checks") in _names(
        _read("Crews carried out 300 Home Fire Safety Checks in the quarter."))
    assert ("programme", "Warm Home checks") in _names(
        _read("Residents were offered the Warm Home checks over the winter."))


def test_programmes_by_more_head_words() -> None:
    names = _names(_read("The report on the City Deal and Future Market Funds projects, the "
                         "Clean Air Zone, the Harbour Masterplan and Mental Health Awareness "
                         "Week was noted. The Working Group and the Task and Finish Groups "
                         "met."))
    assert {("programme", "City Deal"), ("programme", "Future Market Funds"),
            ("programme", "Clean Air Zone"), ("programme", "Harbour Masterplan"),
            ("programme", "Mental Health Awareness Week")} <= names
    assert not {n for n in names if "Group" in n[1]}
    names = _names(_read("Lengthsman and Verge Cutting Scheme."))
    assert {("post", "Lengthsman"),
            ("programme", "Verge Cutting Scheme")} <= names
    # a named day is an event as often as a campaign: no programme
    assert not {n for n in _names(_read("Members thanked staff for the Volunteer Open Day and "
                                        "the Panel Away Day.")) if n[0] == "programme"}


def test_national_benefits_and_grants_are_programmes_in_any_case() -> None:
    """National benefits and the grants councils are paid are named as schemes are, with no
    head word and often in lower case: "Universal Credit", "free school meals", "the public
    health grant", "Right to Buy" (a lower-case word inside)."""
    it = _read("Claimants of Universal Credit and Pension Credit had risen; pupils on free "
               "school meals were given vouchers, the public health grant fell and Right to "
               "Buy sales slowed.")
    assert {"Universal Credit", "Pension Credit", "free school meals", "public health grant",
            "Right to Buy"} <= _kinds(it, "programme")
    it = _read("Receipts from the Community Infrastructure Levy (CIL) were allocated.")
    assert _kinds(it, "programme") == {"Community Infrastructure Levy"}
    it = _read("The Housing Benefit team met the Department for Work and Pensions.")
    assert _kinds(it, "programme") == {"Housing Benefit"}
    assert _kinds(it, "organisation") == {"Department for Work and Pensions"}


def test_national_appeals_and_codes_with_no_head_word_are_programmes() -> None:
    """National appeals and programmes whose names carry no head word, and the local code of
    governance every council keeps, are programmes in any case; common words around them are
    not."""
    it = _read("The poppy appeal raised funds, Playbuilder paid for the swings, the Spaces for "
               "People measures stayed and the R100 vouchers were slow.")
    assert {"poppy appeal", "Playbuilder", "Spaces for People", "R100"} <= _kinds(it, "programme")
    it = _read("Members reviewed the Local Code of Corporate Governance.")
    assert _kinds(it, "programme") == {"Local Code of Corporate Governance"}
    # the words alone name nothing
    it = _read("There were spaces for people to park and a code of conduct for members.")
    assert _kinds(it, "programme") == set()


def test_a_scheme_read_in_any_case_is_listed_in_one_file() -> None:
    """A national scheme read in lower case as well as capitalised ("the poppy appeal", "r100
    broadband") is marked `any_case` in schemes.toml, with its name, aliases and acronyms
    there, and not listed again in lexicon.toml's [programmes] known: one list, not two to
    keep alike."""
    from kg.patterns import lexicon_data, schemes_data

    known = {k.lower() for k in lexicon_data()["programmes"]["known"]}
    any_case = [s for s in schemes_data() if s.get("any_case")]
    assert {"Poppy Appeal", "Playbuilder", "Reaching 100%", "Bikeability",
            "Code of Corporate Governance"} <= {s["name"] for s in any_case}
    for s in any_case:
        forms = {f.lower() for f in (s["name"], *s.get("aliases", []), *s.get("acronyms", []))}
        assert forms & known == set()
    it = _read("The Clerk will ask about bikeability training and r100 broadband.")
    assert {"bikeability", "r100"} <= _kinds(it, "programme")


def test_a_work_programme_with_its_years_is_no_programme() -> None:
    """A committee's work programme is a list of its own business, with its years or without
    ("the Forward Work Programme 2023-24"): readers of dev list it with its years on one page
    in five. A plan's years may have spaces round the dash. The year's budget is the guide's
    generic phrase however it is printed ("the Budget 2016/17", "the Budget for 2021/22"):
    readers list none."""
    it = _read("The Council approved the Budget 2016/17 and the Scrutiny Forward Work "
               "Programme 2023-24. The Vale Strategy 2024 - 2027 was noted.")
    assert _kinds(it, "programme") == {"Vale Strategy 2024 - 2027"}
    it = _read("The Committee Work Programme 2024/25 and the Draft Work Plan 2023 were agreed.")
    assert not _kinds(it, "programme")
    it = _read("The Westbury Parish Council Budget for 2021/22 was approved.")
    assert not _kinds(it, "programme")
    assert _kinds(it, "organisation") == {"Westbury Parish Council"}
    it = _read("The Parish Council Budget for 2021/22 was approved. Members agreed the "
               "Budget 2022-23.")
    assert not _kinds(it, "programme")
    it = _read("The committee agreed its Forward Work Programme and the Budget.")
    assert not _kinds(it, "programme")


def test_programmes_in_lower_case_by_their_years_or_what_they_do() -> None:
    """In lower case, a programme head with one edition's years is named ("their integrated
    risk management plan 2021-25"), and so is a pilot named by what it tries ("a new seed
    swap pilot"); a project in lower case is described, not named ("the river cleaning
    project"), and a project named only by its kind or size is none."""
    it = _read("Northvale Fire and Rescue is consulting on their integrated risk management "
               "plan 2021-25. The river cleaning project and a new seed swap pilot began.")
    assert _kinds(it, "programme") == {"integrated risk management plan 2021-25",
                                       "seed swap pilot"}
    it = _read("Members reviewed the capital project, the joint project and the project, "
               "and noted the progress of capital projects. The annual return 2019-20 was "
               "signed. It was agreed that this pilot be extended.")
    assert not _kinds(it, "programme")


def test_an_owner_and_a_kind_word_name_no_programme() -> None:
    """"a Government initiative", "the Council scheme" say whose scheme it is, not which;
    "the Breathing Space project" is named."""
    it = _read("The Hardship Fund, a Government initiative, and the Council scheme were "
               "noted, as was the Breathing Space project.")
    assert _kinds(it, "programme") == {"Hardship Fund", "Breathing Space project"}
    assert "Government" not in _kinds(it, "organisation")


def test_a_step_of_business_after_a_programmes_name_leaves_the_programme() -> None:
    """A step of the business done on a programme printed after its capitalised name ("…
    Consultation Progress Summary", "… Review Summary", "… Plan Approval", "… Fund Findings")
    is no part of the name: the programme before it is named, evidence its own words."""
    it = _read("Members considered the Eastcombe Public Consultation Progress Summary. Edwin "
               "Marsh - Organisational Review Summary was noted, the Annual Drainage Plan "
               "Approval was agreed and the Westby Church Fund Findings were received.")
    assert _kinds(it, "programme") == {"Eastcombe Public Consultation", "Westby Church Fund",
                                       "Organisational Review", "Annual Drainage Plan"}
    for m in it.mentions:
        if m.kind == "programme":
            assert m.span.exact == m.label


def test_a_step_of_business_alone_or_on_what_follows_names_no_programme() -> None:
    """A step of business whose words before it are no programme's name ("the Plan
    Summary"), one titled by what follows it ("… Inquiry Findings on the …"), and a licensing
    review's applications name no programme by these words."""
    it = _read("Members noted the Plan Summary. The Joint Scrutiny Inquiry Findings on the "
               "Eastby Bus Station were received, and the Summary Review Applications were "
               "listed.")
    assert not _kinds(it, "programme")


def test_a_programme_named_by_a_figure_and_its_head() -> None:
    """"the 90-day plan", "the 999 programme", "the 30mph Zone" are named by their figure; a
    year, a count of plural things or a figure with no article before it names none."""
    it = _read("The Mayor set out the 90-day plan, the 999 programme and the 30mph Zone.")
    assert _kinds(it, "programme") == {"90-day plan", "999 programme", "30mph Zone"}
    it = _read("The 4 projects, the 2024 plan and the 12 month plan were noted; Item 6 plan "
               "and the 6-month review were deferred.")
    assert not _kinds(it, "programme")


def test_a_strategy_in_lower_case_by_what_it_covers() -> None:
    """A strategy in lower case says what a document covers, no name ("the information
    strategy", "the townscape strategy"); a financial or business strategy says what kind of
    document it is, and a lower-case plan or review ("a sketch plan", "an open market
    review") names nothing; the strategy printed as a name is one."""
    it = _read("Members welcomed the townscape strategy. The financial strategy, a sketch plan "
               "and an open market review were noted.")
    assert not _kinds(it, "programme")
    assert _kinds(_read("Members welcomed the Townscape Strategy."), "programme") == {
        "Townscape Strategy"}


def test_a_figure_printed_with_its_letter_is_in_the_name() -> None:
    """"3G", "5G": a figure printed with its capital letter is one word of the name, though the
    tokenizer parts them, at its start or inside it; a figure spaced from the next word is
    not joined to it."""
    it = _read("Members thanked staff for the Westbrook 3G Pitch project and the 5G Rollout "
               "Programme.")
    assert _kinds(it, "programme") == {"Westbrook 3G Pitch project", "5G Rollout Programme"}
    it = _read("The 3 Green Spaces projects were noted.")
    assert not {p for p in _kinds(it, "programme") if p[:1].isdigit()}


def test_a_figure_inside_a_schemes_name() -> None:
    """A figure between a scheme's first word and its head is the scheme's own ("the Horizons
    30 programme"); one that numbers an item of the papers is no part of a name."""
    it = _read("This was part of the Horizons 30 programme.")
    assert _kinds(it, "programme") == {"Horizons 30 programme"}
    it = _read("Item 9 Sexual Health Strategy was noted.")
    assert _kinds(it, "programme") == {"Sexual Health Strategy"}


def test_a_small_figure_before_capitalised_words_opens_no_name() -> None:
    """Before capitalised words a small figure numbers what stands before it (a policy, a
    quarter, a recommendation, a heading whose line break is lost), so the scheme's name
    starts after it; only right before a lower-case programme word is it the scheme's own
    ("the Horizons 30 programme"). A year there still is ("the Westshire 2030 Plan")."""
    it = _read("Members considered Policy 4 Housing Strategy and the Quarter 2 Performance "
               "Plan.")
    assert _kinds(it, "programme") == {"Housing Strategy", "Performance Plan"}
    it = _read("DECLARATIONS OF INTEREST 5 Tree Strategy was presented.")
    assert _kinds(it, "programme") == {"Tree Strategy"}
    it = _read("Recommendation 2 of the Policy 3 programme was agreed.")
    assert not _kinds(it, "programme")
    it = _read("The Westshire 2030 Plan and the Horizons 30 programme were noted.")
    assert _kinds(it, "programme") == {"Westshire 2030 Plan", "Horizons 30 programme"}


def test_work_on_a_thing_names_what_is_worked_on() -> None:
    """"Development of …", "New Contract for …" (``programmes.action_heads``) say what is done
    to a thing: the thing is the programme when it is one, and nothing is named when it is
    not; a development named by its own words still is one."""
    it = _read("New Contract for Community Transport Services was discussed.")
    assert _kinds(it, "programme") == {"Community Transport Services"}
    it = _read("Members noted the Development of the Riverside Depot.")
    assert not _kinds(it, "programme")
    it = _read("Members agreed the Development of the Local Plan.")
    assert _kinds(it, "programme") == {"Local Plan"}
    it = _read("The Contract for Children's Services was noted and the Riverside Housing "
               "Development welcomed.")
    assert _kinds(it, "programme") == {"Riverside Housing Development"}


def test_a_document_before_and_is_no_part_of_the_programme() -> None:
    """A report the meeting receives, joined by "and" to a programme, is no part of its name
    (``programmes.document_heads``); two areas before one head stay one name."""
    it = _read("The Commissioner's Annual Report and Police and Crime Plan were noted.")
    assert _kinds(it, "programme") == {"Police and Crime Plan"}
    it = _read("The Health and Wellbeing Strategy was noted.")
    assert _kinds(it, "programme") == {"Health and Wellbeing Strategy"}


def test_a_facility_or_a_trial_with_a_name_is_a_programme() -> None:
    """A named facility and a named trial are schemes ("the Westfield Waste Transfer
    Facility", "the Town Centre E-Bike Trial"); facilities in the plural are premises."""
    it = _read("Members welcomed the Westfield Waste Transfer Facility and the Town Centre "
               "E-Bike Trial. Community Facilities and Leisure Facilities were noted.")
    assert _kinds(it, "programme") == {"Westfield Waste Transfer Facility",
                                       "Town Centre E-Bike Trial"}


def test_a_committees_remit_and_annual_review_are_no_programmes() -> None:
    """A review of a committee's terms of reference, and an annual review, are its own
    business; a programme's owner after "for the" is no part of its name."""
    it = _read("The Annual Review was noted and a review of the Terms of Reference was agreed.")
    assert not _kinds(it, "programme")
    it = _read("The Financial Scheme of Delegation and the Programme of Meetings 2025-26 were "
               "approved, and the Review of Waste Strategy noted.")
    assert _kinds(it, "programme") == {"Review of Waste Strategy"}
    it = _read("Members noted the Commercial Strategy for the Council. The Leader of the "
               "Council spoke.")
    assert _kinds(it, "programme") == {"Commercial Strategy"}
    assert "Leader of the Council" in _kinds(it, "post")


@pytest.mark.parametrize("text", [
    "Minutes of the Finance Committee of Westby Parish Council held on 3 May 2023\n\n"
    "4. Review of Management Accounts to Date\n\nThe accounts were noted.\n",
    "Minutes of the Finance Committee of Westby Parish Council held on 3 May 2023\n\n"
    "4. Finance\n\na) Review of the Bank Reconciliation at the end of April 2023.\n\n"
    "5. Review of Financial Regulations:\n\nThe regulations were adopted.\n",
    "Minutes of the Standards Committee held on 3 May 2023\n\n4. Governance\n\n"
    "Concerning the review of the Governance Statements, the Committee noted the rules.\n",
])
def test_a_review_of_a_bodys_own_books_is_no_programme(text: str) -> None:
    """A body's review of its own accounts, bank reconciliation, financial regulations or
    governance statements is its business, no programme; a review of a policy statement
    is one (negative)."""
    assert not _page_labels(text, "programme")


def test_a_review_of_a_policy_statement_is_still_a_programme() -> None:
    it = _read("Members agreed the Review of the Statement of Licensing Policy 2024-29.")
    assert _kinds(it, "programme") == {"Review of the Statement of Licensing Policy 2024-29"}


def test_a_low_traffic_neighbourhood_by_its_place() -> None:
    """A low traffic neighbourhood named by its place is a scheme; the kind in the plural names
    none."""
    it = _read("Members visited the Westfield Low Traffic Neighbourhood. Low Traffic "
               "Neighbourhoods were debated.")
    assert _kinds(it, "programme") == {"Westfield Low Traffic Neighbourhood"}


def test_national_school_schemes_and_a_services_hours() -> None:
    """The pupil premium and the Virtual School are national, named in any case; "Out of
    Hours" inside a service's name is one word of it."""
    it = _read("An update on pupil premium and an item on the Virtual School were requested.")
    assert _kinds(it, "programme") == {"pupil premium", "Virtual School"}
    it = _read("The GP Out of Hours Service was discussed. The Head of Rights of Way spoke.")
    assert _kinds(it, "programme") == {"GP Out of Hours Service"}
    assert _kinds(it, "post") == {"Head of Rights of Way"}


def test_a_service_that_is_a_ceremony_is_no_programme() -> None:
    """A carol or remembrance service is a ceremony, not a service run for people."""
    it = _read("The Mayor attended the Carol Service and the Remembrance Service. The Bicycle "
               "Paramedic Service was praised.")
    assert _kinds(it, "programme") == {"Bicycle Paramedic Service"}


def test_a_programmes_name_ends_at_its_colon() -> None:
    """"The Village Grants Fund: up to half the cost": what follows the colon says what the
    programme is, no part of its name."""
    it = _read("The Village Grants Fund: Up to half of the cost was available.")
    assert _kinds(it, "programme") == {"Village Grants Fund"}


def test_task_and_finish_groups_with_an_ampersand_and_plans_of_a_kind() -> None:
    """"Task & Finish Group" is a programme of work as "Task and Finish Group" is; plural
    plans of a known kind ("parishes with Neighbourhood Plans") name no plan."""
    it = _read("The Parking Task & Finish Group reported. Parishes that have Neighbourhood "
               "Plans were contacted.")
    assert _kinds(it, "programme") == {"Parking Task & Finish Group"}
    assert not _kinds(it, "organisation")


def test_one_task_and_finish_group_referred_to_is_a_programme() -> None:
    """The guide lists task and finish groups as programmes: "the Task and Finish Group" that
    minutes refer to is one group at work; the plural names none."""
    it = _read("The Task and Finish Group would report in March.")
    assert _kinds(it, "programme") == {"Task and Finish Group"}
    it = _read("The Panel agreed to limit the number of Task and Finish Groups.")
    assert not _kinds(it, "programme")


def test_a_plans_year_after_its_place_is_inside_its_name() -> None:
    """A place's long-term plan is named by the year it looks to, between the place and the
    head: "the Northvale 2040 Plan", "the Eastbury 2030 strategy"; a year after a plan's
    head ends its name, and a date is no part of one."""
    it = _read("Members noted the Northvale 2040 Partnership Plan and the Eastbury 2030 "
               "strategy.")
    assert _kinds(it, "programme") == {"Northvale 2040 Partnership Plan", "Eastbury 2030 strategy"}
    it = _read("The Local Plan 2030 was adopted in May 2023 and the May 2023 Report noted.")
    assert _kinds(it, "programme") == {"Local Plan 2030"}


def test_a_lower_case_head_after_a_capitalised_name() -> None:
    """"the Kingsmead bus service improvement plan", "a further Covid household survey": a
    place, body or code, then in lower case what the scheme does and its head ("the Green
    Lane improvement scheme": improving is what it does, no stage of a document). Not a generic
    owner's ("the Council housing plan"), not a document's stage ("the Housing Strategy draft
    plan"), and not a verb after a subject ("the Council will plan")."""
    it = _read("Members noted the Kingsmead bus service improvement plan and a further Covid "
               "household survey. The NWR flood alleviation scheme was delayed. The Clerk "
               "reported on the Green Lane improvement scheme.")
    assert _kinds(it, "programme") == {"Kingsmead bus service improvement plan",
                                       "Covid household survey", "NWR flood alleviation scheme",
                                       "Green Lane improvement scheme"}
    it = _read("The Council housing plan was noted. The Council will plan the event. Members "
               "noted the Housing Strategy draft plan.")
    assert _kinds(it, "programme") == {"Housing Strategy"}


def test_a_lower_case_survey_straight_after_a_name_is_no_programme() -> None:
    """A lower-case "survey" straight after a name says who carries it out or what it looks
    at ("an Archer survey", a traffic counter's; "a Structural survey"; "the Healthwatch
    England survey"): no named survey, which readers list by its own capital ("the Village
    Bulletin Survey"), or with what it looks at in lower case before it ("a Covid household
    survey")."""
    it = _read("The Parish Council had an Archer survey carried out. The Clerk will ask for a "
               "Structural survey of the wall. Members noted the Village Bulletin Survey and "
               "a further Covid household survey.")
    assert _kinds(it, "programme") == {"Village Bulletin Survey", "Covid household survey"}


def test_inquiries_protocols_assessments_and_developments_are_programmes() -> None:
    """An inquiry, a protocol, an assessment, a consultation or a named development is a piece
    of work as a review or a scheme is; a kind of development ("Economic Development",
    "Proposed Development") and the public consultation in general name none."""
    it = _read("Members noted the Harbour Tower Inquiry, the Grants Spending Protocol, the "
               "Joint Strategic Needs Assessment, the Millfield Road Consultation and the "
               "Oakwood Residential Development.")
    assert _kinds(it, "programme") == {
        "Harbour Tower Inquiry", "Grants Spending Protocol", "Joint Strategic Needs Assessment",
        "Millfield Road Consultation", "Oakwood Residential Development"}
    it = _read("The Head of Economic Development spoke on the Proposed Development. Growth and "
               "Development. Public Consultation.")
    assert not _kinds(it, "programme")
    # a check that any decision carries is no piece of work of its own
    it = _read("The Clerk updated the Play Area Risk Assessment and the Equality Impact "
               "Assessment was noted.")
    assert not _kinds(it, "programme")


def test_a_local_council_owns_its_plan() -> None:
    """"the Parish Council's Village Plan": the owner is no part of the plan's name."""
    it = _read("The Parish Council's Village Plan and the Town Council's Tree Strategy were "
               "adopted.")
    assert _kinds(it, "programme") == {"Village Plan", "Tree Strategy"}


def test_an_article_before_a_lower_case_word_begins_no_name() -> None:
    """"· A review of the decision": "A" is the article when a lower-case word follows it,
    where an initial has a surname after it."""
    it = _read("·         A review of the urgency decision had been completed.")
    assert not _kinds(it, "programme")


def test_a_hub_is_a_service_unless_a_community_or_agencies_run_it() -> None:
    """A hub is a service or project ("the Stronger Families Hub", "the Westbury Growth
    Hub"); a community hub or a multi-agency hub is a body."""
    it = _read("Officers described the Stronger Families Hub and the Westbury Growth Hub. "
               "The Pen y Bont Community Hub and the Multi Agency Safeguarding Hub attended.")
    assert _kinds(it, "programme") == {"Stronger Families Hub", "Westbury Growth Hub"}
    assert _kinds(it, "organisation") == {"Pen y Bont Community Hub",
                                          "Multi Agency Safeguarding Hub"}


def test_people_with_honours_and_posts_after_a_name() -> None:
    names = _names(_read("Tom Reed attended on behalf of Marian Holt MBE, and Councillor "
                         "B Fenn Cabinet Member spoke. Funding came from Welsh Government. "
                         "The report of the Chief Officer Adult Services was noted."))
    assert {("person", "Marian Holt"), ("person", "B Fenn"),
            ("post", "Cabinet Member"), ("organisation", "Welsh Government"),
            ("post", "Chief Officer Adult Services")} <= names
    assert not [n for n in names if n[0] == "organisation" and "Holt" in n[1]]
    # after a title too: "Sir Jo Hale QPM" is Jo Hale
    it = _read("Councillor Ravi Stent OBE and Sir Amos Pirie QPM answered questions.")
    assert _kinds(it, "person") == {"Ravi Stent", "Amos Pirie"}


def test_a_posts_area_after_of_or_for_is_no_untitled_name() -> None:
    # "Director of Estate Operations, Jo Hale – …": the area a post's head governs is no one
    it = _read("Also present were Nia Pryce – Director of Estate Operations, Owen Tate – "
               "Head of Lettings. The Cabinet Member for Adult Services (Lead Member) "
               "reported on the review.")
    people = _kinds(it, "person")
    assert "Estate Operations" not in people and "Adult Services" not in people
    assert {"Nia Pryce", "Owen Tate"} <= people
    # a name after "of" that no post's head governs is still read: "the report of Jo Hale"
    it = _read("The report of Ewan Marsh, Director of Finance, was noted.")
    assert "Ewan Marsh" in _kinds(it, "person")


def test_a_services_name_is_no_untitled_person() -> None:
    # "Community Protection (Head of Service)": a department's name before a post, no one
    it = _read("Community Protection (Head of Service) reported on the noise complaints. "
               "Tina Gould (Head of Service) said the team was fully staffed.")
    people = _kinds(it, "person")
    assert "Community Protection" not in people and "Tina Gould" in people


def test_a_directorates_name_is_no_untitled_person() -> None:
    # the service words are the directorates' words too ("Strategic Housing", "Young
    # People"), read from one list; a known given name still makes a person ("Jo Housing")
    it = _read("Strategic Housing (Head of Service) reported on the voids. Children and Young "
               "People (Head of Service) reported on the placements. Jo Housing (Head of "
               "Service) said the team was fully staffed.")
    assert _kinds(it, "person") == {"Jo Housing"}


def test_a_councillors_seat_letters_end_the_name() -> None:
    # "Mr. J. Hale CC": a county councillor's letters after the surname, and a fourth word
    # after three initials ("Dr. R. K. A. Hale") is the surname
    it = _read("Present: Mrs. Ann Tolworth CC; Dr. R. K. A. Brasted CC; Mr. Len Orme DC. "
               "Mr. P. Quist KCC declared an interest in item 4.")
    assert _kinds(it, "person") == {"Ann Tolworth", "R. K. A. Brasted", "Len Orme", "P. Quist"}
    # a name of three words with no letters after it is read whole, not cut at its fourth
    it = _read("Councillor Mary Ann Pike Smith said the road would be closed.")
    assert _kinds(it, "person") == {"Mary Ann Pike"}


def test_a_surname_in_capitals_of_a_councils_shape_is_no_seat() -> None:
    # "ISAAC", "BLANC" have the shape of a council's acronym ("ERYC"), but after a given name
    # alone they are its surname, printed in capitals; the seat's letters after a surname
    # still end the name
    it = _read("Councillor Dai ISAAC said the road would be closed. Present: Jo ISAAC, Ann "
               "BLANC and Tom Rudd. Mr Rhys ISAAC CC declared an interest.")
    assert _kinds(it, "person") == {"Dai ISAAC", "Jo ISAAC", "Ann BLANC", "Tom Rudd",
                                    "Rhys ISAAC"}


def test_a_titled_name_ending_in_a_services_word_is_a_person() -> None:
    # a title names a person whatever the surname: "Councillor Care" is no service, while
    # an untitled "Public Protection" still is one
    it = _read("Councillor Care said the footpath was blocked. Mrs Amara Health thanked the "
               "clerk. Public Protection reported on the noise complaints. The meeting was "
               "held on MS Teams.")
    assert _kinds(it, "person") == {"Care", "Amara Health"}


def test_a_short_post_is_the_fuller_one_the_document_names() -> None:
    it = _read("The Strategic Director, Housing & Leisure reported. The Strategic Director "
               "then left. The Parish Lengthsman had cut the verges; the Lengthsman would "
               "return in May.")
    posts = {m.label for m in it.mentions if m.kind == "post"}
    assert posts == {"Strategic Director, Housing & Leisure", "Parish Lengthsman"}


def test_the_meetings_own_body_is_no_organisation() -> None:
    text = ("Minutes of the Harbour Board held on 3 May 2023\n\n1. Dredging\n\nThe Harbour "
            "Board agreed to write to the Marine Conservation Society.\n")
    minutes = extract(text)
    read_prose([(text, minutes)])
    orgs = {m.label for m in minutes.items[0].mentions if m.kind == "organisation"}
    assert minutes.committee == "Harbour Board" and orgs == {"Marine Conservation Society"}


def test_a_rolls_name_run_into_its_body_is_no_body_and_prose_bodies_stay() -> None:
    """An apologies item whose roll runs each name into the body the member sits for ("V
    Pryce Westmere County Council"): the roll reads the person and the body apart, so the
    whole line is no body's name; a body named in a sentence of the minutes still is."""
    text = ("Minutes of the Joint Panel held on 3 May 2023\n\nPresent: Cllr A Bell\n\n"
            "1. Apologies\n\nCouncillors:\nV Pryce Westmere County Council\n\n"
            "2. Dredging\n\nThe Panel agreed to write to the Marine Conservation Society.\n")
    minutes = extract(text)
    read_prose([(text, minutes)])
    orgs = {m.label for i in minutes.items for m in i.mentions if m.kind == "organisation"}
    assert "V Pryce Westmere County Council" not in orgs
    assert "Marine Conservation Society" in orgs
    assert ("V Pryce", "Westmere County Council") in {
        (a.name, a.organisation) for a in minutes.attendance}


def test_the_meetings_own_body_without_its_place_is_no_organisation() -> None:
    text = ("Minutes of the Northshire Health and Wellbeing Board held on 3 May 2023\n\n"
            "1. Alignment\n\nThe Health and Wellbeing Board would work with the Northshire "
            "Health and Care Partnership.\n")
    orgs = _organisations(text, first_item=True)
    assert orgs == {"Northshire Health and Care Partnership"}


def test_a_the_run_onto_a_name_is_read_apart() -> None:
    """"theHarbour Board", a "the" typed with no space: the name is the whole name after
    it, the meeting's own body here, and no body cut from it ("Harbour Board" less its
    first word); "theatre" and "thereafter" are words of their own."""
    text = ("Minutes of theRiverside Harbour Board held on 3 May 2023\n\n1. Dredging\n\n"
            "The minutes of theRiverside Harbour Board held on 1 April were agreed; "
            "theatre bookings thereafter went to theMarine Conservation Society.\n")
    orgs = _organisations(text, first_item=True)
    assert orgs == {"Marine Conservation Society"}


def test_the_council_whose_committee_meets_is_no_outside_body() -> None:
    """At the Westshire Health and Wellbeing Board, a committee of Westshire County
    Council's, that council is the host, no outside body; at a partnership's board, whose
    members the councils are, it is one of them."""
    text = ("Minutes of the Westshire Health and Wellbeing Board held on 3 May 2023\n\n"
            "1. Report\n\nWestshire County Council and Eastvale Borough Council had agreed "
            "the plan.\n")
    orgs = _organisations(text, first_item=True)
    assert orgs == {"Eastvale Borough Council"}
    text = ("Minutes of the Westshire Community Fund Project Board held on 3 May 2023\n\n"
            "1. Report\n\nWestshire County Council had agreed the plan.\n")
    orgs = _organisations(text, first_item=True)
    assert orgs == {"Westshire County Council"}


def test_a_bracket_after_the_meetings_name_and_the_council_of_its_venue() -> None:
    """The meeting's own council named with its acronym in brackets ("Northby Parish
    Council (NPC)") is still the host; so is the council of the place on the "Venue:" line,
    but not another council named in the same item."""
    text = ("Minutes of the Meeting of Northby Parish Council (NPC) held on 3 May 2023\n\n"
            "1. Report\n\nNorthby Parish Council wrote to Westvale District Council.\n")
    orgs = _organisations(text, first_item=True)
    assert orgs == {"Westvale District Council"}
    text = ("Licensing Committee - Monday, 8 May 2023 7.00 pm\n\nVenue: Council Chamber, "
            "Town Hall, Market Street, Eastbridge EB1 2AB\n\n1. Report\n\nEastbridge "
            "Borough Council and Westvale District Council had agreed the plan.\n")
    orgs = _organisations(text, first_item=True)
    assert orgs == {"Westvale District Council"}
    venue = "Venue: Council Chamber, Town Hall, Market Street, Eastbridge EB1 2AB"
    # no place to meet in; or a joint body's meeting there, whose members the councils are
    for changed in (text.replace(venue, "Venue: Virtual Meeting"),
                     text.replace("Licensing Committee", "Joint Waste Authority")):
        orgs = _organisations(changed, first_item=True)
        assert orgs == {"Eastbridge Borough Council", "Westvale District Council"}


def test_a_councils_own_meeting_named_by_no_place_reads_its_venues_council_as_host() -> None:
    """A page whose own name is only a council's meeting ("Annual Council") or its site's
    heading ("Home > Council and Democracy > Agenda and minutes") is a council's: the council
    of the place on its "Venue:" line is its host; another council stays a body, and a joint
    body's meeting there still lists the venue's council."""
    venue = "Venue: Council Chamber, Town Hall, Eastbridge EB1 2AB"
    body = ("\n\n1. Report\n\nEastbridge Borough Council and Westvale District Council had "
            "agreed the plan.\n\nRESOLVED that the report be noted.\n")
    for heading in ("Annual Council - Thursday, 18 May 2023 7.00 pm",
                    "Home > Council and Democracy > Agenda and minutes"):
        orgs = _organisations(f"{heading}\n\n{venue}{body}", first_item=True)
        assert orgs == {"Westvale District Council"}
    orgs = _organisations(f"Eastbridge Joint Waste Authority\n\n{venue}{body}",
                          first_item=True)
    assert orgs == {"Eastbridge Borough Council", "Westvale District Council"}


def test_a_councils_own_meeting_whose_contact_writes_from_elsewhere_keeps_its_venues_council(
) -> None:
    """A county council's "Council" meeting held in its county town, whose contact writes
    from the county's address ("@oxburyshire.gov.uk"), is not the town's city council's: the
    city council its motion names is an outside body. The venue alone, or a contact of the
    venue's own place, still makes the venue's council the host."""
    venue = "Venue: County Hall, New Road, Oxbury OX1 1ND"
    body = ("\n\n1. Motion\n\nCouncillor Day moved that the County Council write to Oxbury "
            "City Council and Westvale District Council about the bus station.\n\nRESOLVED "
            "that the motion be carried.\n")
    for heading in ("Council - Tuesday, 14 February 2023 10.00 am",
                    "Annual Council - Thursday, 18 May 2023 7.00 pm"):
        text = f"{heading}\n\n{venue}\n\nContact: Jo Hale, jo.hale@oxburyshire.gov.uk{body}"
        assert _organisations(text, first_item=True) == {"Oxbury City Council",
                                                          "Westvale District Council"}
        for contact in ("", "\n\nContact: Jo Hale, jo.hale@oxbury.gov.uk"):
            text = f"{heading}\n\n{venue}{contact}{body}"
            assert _organisations(text, first_item=True) == {"Westvale District Council"}


def test_the_council_named_alone_above_the_items_is_the_host() -> None:
    """A page that names its council on a line of its own above the items and the roll
    ("Eastby Parish Council", "NORTHVALE COUNCIL.") is that council's: it is no outside
    body where its items name it. A council on a line below the roll is a member's, and a
    council beside a person names nobody's page."""
    for heading in ("Eastby Parish Council", "EASTBY PARISH COUNCIL."):
        text = (f"{heading}\n\nMinutes of the meeting held on 3 May 2023\n\n1. Roads\n\n"
                "Eastby Parish Council would write to Westvale District Council.\n")
        orgs = _organisations(text)
        assert orgs == {"Westvale District Council"}
    text = ("Minutes of the meeting held on 3 May 2023\n\nPresent: Cllr A Bell\n\n"
            "Westvale District Council\n\n1. Roads\n\nWestvale District Council would "
            "write.\n")
    orgs = _organisations(text)
    assert orgs == {"Westvale District Council"}


def test_the_body_a_pages_title_lines_name_is_its_own() -> None:
    """A page that prints its body's name on a line of its own above the roll, with a
    meeting's number or a page reference after it ("NORTHMOOR WATER AUTHORITY     B51/2",
    "Eastmere Harbour Forum - Meeting 12"), is that body's minutes, though the heading the
    reader took names only "the Board of Management": the body is no outside body where its
    items or its roll name it, by its name, its initials or those and a head word. Another
    body named in the items, or a council's name on such a line, stays one."""
    text = ("NORTHMOOR WATER AUTHORITY          B51/2 i\n\n"
            "Minutes of the fiftieth meeting of the Board of Management held on 3 May 2023\n\n"
            "Present: Mr J Bell (Chair), Ms K Dane, NWA\n\n1. Report\n\nThe NWA Board and "
            "Northmoor Water Authority would write to the Marine Conservation Society.\n")
    minutes = extract(text)
    read_prose([(text, minutes)])
    orgs = {m.label for i in minutes.items for m in i.mentions if m.kind == "organisation"}
    assert orgs == {"Marine Conservation Society"}
    assert "NWA" not in {a.organisation for a in minutes.attendance}
    text = ("Eastmere Harbour Forum - Meeting 12 - Minutes - 3 May 2023\n\n1. Report\n\n"
            "Eastmere Harbour Forum and Westvale Sailing Club had agreed the plan.\n")
    assert _organisations(text) == {"Westvale Sailing Club"}
    # the own council's initials in the roll's brackets: its members, no outside body
    text = ("Eastby and Northby Community Council\n\nMinutes of the meeting held on 3 May "
            "2023\n\nPresent: Jo Bell (ENCC), Ann Dane (Westvale Sailing Club)\n\n1. Roads\n\n"
            "The roads were noted.\n")
    minutes = extract(text)
    read_prose([(text, minutes)])
    assert {a.organisation for a in minutes.attendance} == {None, "Westvale Sailing Club"}


def test_the_council_the_text_names_as_its_own_is_the_host() -> None:
    """A page whose heading names only the meeting ("Planning Committee", "Parish
    Council") is the council's its text names as its own: with the meeting's own name after
    it, someone co-opted onto it, its tier as the heading's, a running header over its
    minutes, or its formal name in the heading. Another council named beside it stays an
    outside body, and so does a council's other committee named with capitals between."""
    text = ("Minutes of the Planning Committee held on 3 May 2023\n\n1. Welcome\n\nThe Chair "
            "welcomed all to Westvale District Council's first virtual Planning Committee "
            "meeting; Eastby Town Council had been consulted.\n")
    assert _organisations(text, first_item=True) == {"Eastby Town Council"}
    text = ("Minutes of the Planning Committee held on 3 May 2023\n\n1. Report\n\nThe Vice "
            "Chair reported on Northshire County Council's Health and Care Planning Committee "
            "meeting.\n")
    assert _organisations(text, first_item=True) == {"Northshire County Council"}
    text = ("Minutes of the Parish Council held on 3 May 2023\n\n1. Co-option\n\nIt was "
            "resolved that Mr J Bell be co-opted as a member of Eastby Parish Council, and to "
            "write to Westvale District Council.\n")
    assert _organisations(text, first_item=True) == {"Westvale District Council"}
    text = ("Minutes of the Parish Council held on 3 May 2023\n\n1. Report\n\nEastby Parish "
            "Council would write to Westvale District Council.\n")
    assert _organisations(text, first_item=True) == {"Westvale District Council"}
    # ... but of several councils of that tier named, none is the host by its tier alone: the
    # neighbour written to is an outside body
    text = ("Minutes of the Parish Council held on 3 May 2023\n\n1. Report\n\nEastby Parish "
            "Council would write to Westby Parish Council and Northvale Town Council.\n")
    assert {"Westby Parish Council", "Northvale Town Council"} <= _organisations(
        text, first_item=True)
    text = ("Minutes of the Ordinary Council held on 3 May 2023\n\n1. Report\n\nThe roads "
            "were noted.\n\nEastby Parish Council\nMinutes of the Ordinary Meeting held on 3 "
            "May 2023\n\n2. Roads\n\nEastby Parish Council would write to Westvale District "
            "Council.\n")
    assert _organisations(text) == {"Westvale District Council"}
    text = ("Minutes of the Council of the Borough of Eastby held on 3 May 2023\n\n1. Awards"
            "\n\nEastby Borough Council Parks Services had won an award from Westvale "
            "District Council.\n")
    assert _organisations(text, first_item=True) == {"Westvale District Council"}


def test_a_principal_councils_bare_tier_heading_names_its_host() -> None:
    """A page whose heading names only a principal council's tier ("County Council", as a
    meeting system prints the full council's meeting) is the council's of that tier its text
    names, once named alone: no outside body, nor its initials. A council of another tier
    stays one, and so do two of the heading's tier."""
    text = ("Meeting: 3 May 2023 - County Council (Item 5)\n\n5. Governance\n\nResolved: "
            "that a board be established as a committee of Westshire County Council, with "
            "the WCC membership approved, and Eastby District Council be told.\n")
    assert _organisations(text) == {"Eastby District Council"}
    text = ("Meeting: 3 May 2023 - County Council (Item 5)\n\n5. Roads\n\nWestshire County "
            "Council would write to Northshire County Council about the bridge.\n")
    assert _organisations(text) == {"Westshire County Council", "Northshire County Council"}


def test_a_first_line_of_prose_names_no_own_body() -> None:
    """A page whose first line is a sentence (an item's text, cut from its heading) names
    no meeting there: the body that sentence ends with is an outside body, not the
    meeting's own by the end of the line."""
    text = ("The Committee will be joined by Mr Tom Bell, Senior Adviser with the "
            "Environment Agency.\nMinutes:\nThe Chairman introduced Mr Bell of the "
            "Environment Agency, who spoke on flooding.\n")
    minutes = extract(text)
    read_prose([(text, minutes)])
    assert "Environment Agency" in {m.label for h in minutes.prose for m in h.mentions
                                     if m.kind == "organisation"}
    # a title of a few words stays the page's own body's name
    text = ("Westvale Flood Forum\nMinutes:\nThe Westvale Flood Forum met; the Environment "
            "Agency spoke.\n")
    minutes = extract(text)
    read_prose([(text, minutes)])
    assert "Westvale Flood Forum" not in {m.label for h in minutes.prose for m in h.mentions
                                          if m.kind == "organisation"}


def test_a_known_body_with_a_small_word_inside_is_read_whole() -> None:
    """A known body whose name holds a small word in lower case ("Children in Care Council")
    is one body where its other words are capitalised, not the name after the small word
    ("Care Council"); in lower case, or run on into a longer name, it is not read so."""
    it = _read("Members of the Children in Care Council presented their annual report.")
    assert _kinds(it, "organisation") == {"Children in Care Council"}
    it = _read("Support for children in care council tax relief was noted.")
    assert "Children in Care Council" not in _kinds(it, "organisation")


def test_a_national_bodys_branch_is_no_short_form_of_a_longer_name() -> None:
    """A national body's local branch, named by the national name and its place ("NHS
    Westshire"), is a body apart from a longer name holding its words in another order
    ("Westshire Hospitals NHS Foundation Trust"); a longer name holding it whole ("NHS
    Westshire ICB") is still its fuller name."""
    it = _read("Actions taken by NHS Westshire were noted, and Westshire Hospitals NHS "
               "Foundation Trust had closed six beds.")
    assert _kinds(it, "organisation") == {"NHS Westshire",
                                          "Westshire Hospitals NHS Foundation Trust"}
    it = _read("NHS Westshire had written; NHS Westshire ICB would reply.")
    assert len(_kinds(it, "organisation")) == 1


def test_children_in_need_alone_is_a_category_not_the_appeal() -> None:
    """"Children in Need" alone is the statutory category of children a council's social
    care supports, which a careful reader lists as no body; the BBC's appeal is named by its
    full name ("BBC Children in Need"), read whole."""
    it = _read("The number of Children in Need had risen, and 40 Children in Need plans were "
               "open.")
    assert not _kinds(it, "organisation")
    it = _read("Members welcomed a grant from BBC Children in Need to the youth club.")
    assert _kinds(it, "organisation") == {"BBC Children in Need"}


def test_to_be_confirmed_is_no_council_acronym() -> None:
    """"TBC" (to be confirmed) ends like a borough council's initials ("Eastby BC") but names
    nothing: a venue or date TBC is no body; a council's initials still are."""
    it = _read("The next meeting would be on 4 June 2023, venue TBC, and the date of the "
               "workshop TBC.")
    assert not _kinds(it, "organisation")
    it = _read("Eastby BC had replied, venue TBC.")
    assert _kinds(it, "organisation") == {"Eastby BC"}


def test_a_council_of_a_bare_tier_is_named_from_a_words_start() -> None:
    """A council of the heading's bare tier is named by whole words: capitals inside a run of
    letters open no name ("exWestby Parish Council" names no Westby), and a long run of
    letters is searched once, not from each of its letters (quadratic: 35 s on 20,000)."""
    assert _one_council_of_tier("Westby Parish Council met.", "parish council") == (
        "westby parish council")
    assert _one_council_of_tier("exWestby Parish Council met.", "parish council") is None
    start = time.perf_counter()
    assert _one_council_of_tier("A" * 20000, "county council") is None
    assert time.perf_counter() - start < 2


def test_a_body_a_place_has_one_of_named_with_its_place_is_the_meetings_own() -> None:
    """At the Health and Wellbeing Board's meeting, "Westshire Health and Wellbeing Board"
    and "Health & Well-Being Board" are its own name; another body named so stays one."""
    text = ("Minutes of the Health & Wellbeing Board held on 3 May 2023\n\n1. Report\n\n"
            "The Westshire Health and Wellbeing Board and the Health & Well-Being Board "
            "would write to the Westshire Safeguarding Partnership.\n")
    assert _organisations(text, first_item=True) == {"Westshire Safeguarding Partnership"}


def test_the_own_body_named_with_its_place_put_in_is_its_own() -> None:
    """A heading that lost its place ("National Park Authority", "WEST LOCAL ACCESS
    FORUM") names the body the text calls "Westshire National Park Authority", "West
    Northshire Local Access Forum": its own, no outside body. A council's committee so named
    ("Westshire Health Scrutiny Committee" under "Health Scrutiny Committee") is not
    read so, and another body stays one."""
    text = ("National Park Authority\n\nMinutes of the meeting held on 3 May 2023\n\n1. "
            "Report\n\nThe Westshire National Park Authority would write to the Northvale "
            "National Park Authority.\n")
    assert _organisations(text) == {"Northvale National Park Authority"}
    text = ("WEST LOCAL ACCESS FORUM\n\nAt a meeting of the Forum held on 3 May 2023.\n\n"
            "1. Report\n\nNeither the West Northshire Local Access Forum nor the Eastvale "
            "Countryside Access Forum had replied; the Local Access Forum would write.\n")
    assert _organisations(text) == {"Eastvale Countryside Access Forum"}


def test_two_councils_of_one_tier_named_together_are_two_bodies() -> None:
    """"Eastby and Westby Woods Parish Councils" names two parish councils, each listed;
    "Parish & Town Councils" names kinds of council, and stays whole."""
    text = ("Minutes of the Planning Committee held on 3 May 2023\n\n1. Interests\n\n"
            "Councillor Bell attended meetings of Eastby and Westby Woods Parish Councils; the "
            "Westshire Association of Parish & Town Councils had written.\n")
    assert _organisations(text, first_item=True) == {
        "Eastby Parish Council", "Westby Woods Parish Council",
        "Westshire Association of Parish & Town Councils"}


def test_two_councils_named_together_are_spanned_by_their_own_words() -> None:
    """Each council of "Eastby and Westby Parish Councils" is spanned by the words that name
    it (the second from its place on, the first by the whole name), less an item's
    reference run onto the name, as any body's span is."""
    text = ("Minutes of the Planning Committee held on 3 May 2023\n\n1. Interests\n\n"
            "PL/23/4 Eastby and Westby Parish Councils had objected to the plan.\n")
    minutes = extract(text)
    read_prose([(text, minutes)])
    spans = {m.label: m.span.exact for it in minutes.items for m in it.mentions
             if m.kind == "organisation"}
    assert spans == {"Eastby Parish Council": "Eastby and Westby Parish Councils",
                     "Westby Parish Council": "Westby Parish Councils"}


def test_the_own_bodys_meeting_is_no_outside_body() -> None:
    """"The Common Parish Council of Eastby & Northby Meeting agreed …": the page's own
    council's meeting, named with "Meeting" after it, is no outside body."""
    text = ("COMMON PARISH COUNCIL OF EASTBY & NORTHBY\n\nMinutes of the meeting held on 3 May "
            "2023\n\n1. Report\n\nThe Common Parish Council of Eastby & Northby Meeting agreed "
            "to write to the Westvale Sailing Club.\n")
    assert _organisations(text) == {"Westvale Sailing Club"}


def test_a_meeting_with_a_council_is_no_place_named_with_another() -> None:
    """"X with Y" before "Council" is a place ("Ashby with Oakley Parish Council"), but not
    when X is a dealing: "(Meeting with Westshire County Council)" names the council."""
    names = _names(_read("An interest in item 12 (Meeting with Westshire County Council) "
                         "was declared; Eastby with Northby Parish Council had written."))
    assert {label for kind, label in names if kind == "organisation"} == {
        "Westshire County Council", "Eastby with Northby Parish Council"}


def test_names_listed_with_a_body_are_bodies() -> None:
    names = _names(_read("Updates from Arriva, Blue Line Coaches, Tavern and Skyway were "
                         "noted, as was a letter from the Dorset Police, Fire and Crime "
                         "Panel."))
    assert {("organisation", n) for n in ("Arriva", "Blue Line Coaches", "Tavern",
                                          "Skyway")} <= names
    assert ("organisation", "Fire") not in names


def test_a_companys_legal_form_in_lower_case_is_part_of_its_name() -> None:
    names = _names(_read("Quotes from Hillside Fencing ltd and Marsh Tree Care plc were "
                         "received; Green Lanes cic would plant the verges."))
    assert {("organisation", "Hillside Fencing ltd"), ("organisation", "Marsh Tree Care plc"),
            ("organisation", "Green Lanes cic")} <= names


def test_member_may_open_a_post_and_an_acronym_a_portfolio() -> None:
    names = _names(_read("The Member Equalities Champion spoke. Dee Hart, Assistant Director, "
                         "ACME Shared Legal Services, attended."))
    assert {("post", "Member Equalities Champion"),
            ("post", "Assistant Director, ACME Shared Legal Services")} <= names


def test_a_posts_possessive_names_the_post() -> None:
    names = _names(_read("Members were invited to the Town Mayor’s Summer Fair. The Director "
                         "of Children's Services reported."))
    assert {("post", "Town Mayor"), ("post", "Director of Children's Services")} <= names


@pytest.mark.parametrize(("sentence", "post"), [
    ("Events attended:\n  • High Sheriff of Westshire’s Summer Reception\n",
     "High Sheriff of Westshire"),
    ("The Chair had attended the Lord Mayor of Eastbury’s Civic Service.",
     "Lord Mayor of Eastbury"),
], ids=["bullet", "sentence"])
def test_an_office_of_a_places_possessive_names_the_office(sentence: str, post: str) -> None:
    """"<office> of <Place>'s <event>": the office is named, with or without "the"; the
    event is no part of it."""
    assert _kinds(_read(sentence), "post") >= {post}
    assert not any("’s" in p or "'s" in p for p in _kinds(_read(sentence), "post"))


def test_a_directors_portfolio_of_a_group_keeps_its_possessive() -> None:
    """"Director of Children’s Services": the group of people is the portfolio, no place
    owning an event."""
    assert "Director of Children's Services" in _kinds(
        _read("The Director of Children’s Services reported on placements."), "post")


def test_a_portfolio_list_in_a_flat_roll_ends_at_the_next_person() -> None:
    """A roll printed flat, each name after the post before it: the list of a portfolio's
    areas ends where the next person (already read) begins."""
    posts = _kinds(_read(
        "Present: Councillor A Bell, Portfolio Holder: Parks and Leisure Councillor C Dean, "
        "Portfolio Holder: Culture, Heritage and the Arts Councillor E Fox, Portfolio "
        "Holder: Roads, Rail and Buses Councillor G Hill, Portfolio Holder: Housing"),
        "post")
    assert {"Portfolio Holder: Culture, Heritage and the Arts",
            "Portfolio Holder: Roads, Rail and Buses"} <= posts
    assert not any("Councillor" in p for p in posts)


def test_a_deputys_portfolio_after_a_colon_is_read_whole() -> None:
    """"Deputy Portfolio Holder: Parks, Heritage and the Visitor Economy": the rank before
    the holder's title, the areas listed after its colon; "the Visitor Economy" is an area,
    no visitor's post."""
    it = _read("Councillor S Dean (Deputy Portfolio Holder: Parks, Heritage and the Visitor "
               "Economy) spoke, as did Jo Hale, Executive Director Place.")
    assert _kinds(it, "post") == {
        "Deputy Portfolio Holder: Parks, Heritage and the Visitor Economy",
        "Executive Director Place"}


@pytest.mark.parametrize(("sentence", "post"), [
    ("Councillor Bell thanked the Chair of Eastbury’s Parish Council.",
     "Chair of Eastbury's Parish Council"),
    ("The Vicar of St Mary’s Church led the service.", "Vicar of St Mary's Church"),
    ("Members welcomed the Head of Eastbury’s Primary School.",
     "Head of Eastbury's Primary School"),
    ("The Chair of Westshire’s Scrutiny Committee attended.",
     "Chair of Westshire's Scrutiny Committee"),
], ids=["parish-council", "church", "school", "committee"])
def test_an_office_over_a_places_body_keeps_the_body(sentence: str, post: str) -> None:
    """What follows a place's possessive may be the body the office is held in, no event of
    the place's: the chair chairs Eastbury's Parish Council, not Eastbury; the vicar's is
    the church."""
    assert post in _kinds(_read(sentence), "post")


@pytest.mark.parametrize(("sentence", "post"), [
    ("The Head of Older People’s Services reported.", "Head of Older People's Services"),
    ("The Head of Women’s Health reported.", "Head of Women's Health"),
    ("The Director of Young People’s Services reported.",
     "Director of Young People's Services"),
], ids=["older-people", "women", "young-people"])
def test_an_office_over_a_group_of_people_keeps_its_portfolio(sentence: str,
                                                               post: str) -> None:
    """A group of people whose plural takes "’s" (``posts.portfolio_groups``) is the
    portfolio's, no place owning an event: "Head of Women’s Health" is one post."""
    assert post in _kinds(_read(sentence), "post")


def test_a_joint_post_before_a_directorate_stays_a_post() -> None:
    """"Monitoring Officer and Director Resources": a director needs no word before the
    directorate to be a post, so a connector before it leaves the post read (only a head
    that needs a qualifier, "the Visitor Economy", is none after one)."""
    it = _read("Jo Hale, Monitoring Officer and Director Resources, reported.")
    assert any(p.endswith("Director Resources") for p in _kinds(it, "post"))


def test_an_acronym_spelt_out_as_a_body_is_a_body() -> None:
    it = _read("The clerk had a letter from NPW (National Parks Wales) and the CIL "
               "(Community Infrastructure Levy) was discussed.")
    orgs = {n for m in it.mentions if m.kind == "organisation" for n in (m.label, *m.aliases)}
    assert "NPW" in orgs and "CIL" not in orgs  # (the body by either name)


def test_an_acronym_heard_from_or_worked_with_is_a_body() -> None:
    """"a request from LPX", "a meeting with the WRA": a bare acronym of three capitals or
    more after "from"/"with" is a body; two initials are a member's ("a report from JH"), and
    a party's initials or a post are neither."""
    orgs = {label for kind, label in _names(_read(
        "A request from LPX for a grant was read and the clerk would meet with the WRA. A "
        "report from JH was noted; an email from PCSO Hale and support from SNP members."))
        if kind == "organisation"}
    assert orgs == {"LPX", "WRA"}


def test_an_acronym_before_a_lower_case_noun_qualifies_it_and_is_no_body() -> None:
    """"from the COVID lockdown", "with the CIL receipts": the acronym says which lockdown
    or receipts; "a request from LPX for a grant" still hears from a body."""
    orgs = {label for kind, label in _names(_read(
        "Bookings recovered from the PANDA closure and grew with the HQT receipts. A request "
        "from LPX for a grant was read."))
        if kind == "organisation"}
    assert orgs == {"LPX"}


def test_a_known_body_printed_in_capitals_is_a_body() -> None:
    """"speak to SUSTRANS": a known body's name in capitals is still its name; a heading's
    words in capitals are still no names."""
    names = _names(_read("The clerk would speak to SUSTRANS and write to NATURAL ENGLAND. "
                         "RESPONSES TO PUBLIC QUESTIONS were noted."))
    assert {n for n in names if n[0] == "organisation"} == {
        ("organisation", "SUSTRANS"), ("organisation", "NATURAL ENGLAND")}


def test_people_in_lists_that_lost_a_comma_and_posts_after_names() -> None:
    names = _names(_read("Present: Cllrs R. Vane (Chair), T.Okoro M. Bright and S. Dale. "
                         "The clerk spoke with Gwen Price PCSO and the Tree Wardens Susan "
                         "Hale and Tom Reed."))
    assert {("person", n) for n in ("T.Okoro", "M. Bright", "S. Dale", "Gwen Price",
                                     "Susan Hale")} <= names
    assert ("post", "PCSO") in names
    assert not [n for n in names if n[1] in ("T.Okoro M. Bright", "Gwen Price PCSO")]


def test_a_word_cut_where_the_text_ends_names_nothing() -> None:
    names = _names(_read("The Chief Executive would write to the Head of Planning Servic"))
    assert ("post", "Chief Executive") in names
    assert not [n for n in names if n[1].startswith("Head of")]


def _page(body: str) -> Item:
    """Read a page whose only item's text is ``body``, with no newline after it: a page that
    ends where ``body`` ends."""
    text = f"Minutes of the Audit Committee held on 3 May 2023\n\n1. Report\n\n{body}"
    minutes = extract(text)
    read_prose([(text, minutes)])
    return minutes.items[0]


def test_a_name_cut_where_a_page_stops_mid_sentence_is_dropped() -> None:
    """A page cut off in mid-sentence: its last word is a fragment, so a name running into it
    ("Treasurer for the Carniv", "Director of Parks, Leisure and Env") is no name."""
    names = _names(_page("Councillor Ada Hollis said she had a personal interest as "
                         "Treasurer for the Carniv"))
    assert not [n for n in names if n[1].startswith("Treasurer for")]
    names = _names(_page("Members asked several questions, which the Director of Parks, "
                         "Leisure and Env"))
    assert not [n for n in names if n[1].startswith("Director of")]


def test_a_name_holding_a_run_together_word_is_dropped_on_a_run_together_page() -> None:
    """Text from a document-sharing site drops the space where a line wrapped ("the
    WasteRecycling Plan", "HarbourTrust"): on a page with many such words a name holding one
    cannot be told apart and is dropped; the names with whole words stay. A page with a
    word or two of the kind ("the PowerPoint slides") keeps its names."""
    garbled = ("Councillor Ada Hollis declared an interest as a trustee of the HarbourTrust. "
               "Members considered the WasteRecycling Plan and the Elmford Parks Strategy. "
               "The BoardMembers asked the CityCouncil about the CarParks and the "
               "TownCentre.\n")
    names = _read(garbled)
    labels = {n[1] for n in _names(names)}
    assert "Elmford Parks Strategy" in labels
    assert not [n for n in labels if "WasteRecycling" in n or "HarbourTrust" in n]
    clean = ("Members considered the WasteRecycling Plan and the Elmford Parks Strategy.\n")
    assert "WasteRecycling Plan" in {n[1] for n in _names(_read(clean))}


def test_a_whole_post_at_the_end_of_a_page_stays() -> None:
    """A page's last long line without a stop but ending on a whole head word keeps its name."""
    names = _names(_page("The draft minutes of the meeting were taken and circulated by the "
                         "Town Clerk"))
    assert ("post", "Town Clerk") in names


def test_a_post_is_cut_at_a_colon_before_initials() -> None:
    names = _names(_read("Welcome by the Chairman: KD thanked everyone for attending."))
    assert ("post", "Chairman") in names
    assert not [n for n in names if ":" in n[1]]


@pytest.mark.parametrize(("sentence", "post"), [
    ("The following were elected. Vice Chair: R Penhallow. Agreed by all.", "Vice Chair"),
    ("Present: Cllrs Dunmore and Tresize. Assistant Clerk:Y Pendleby", "Assistant Clerk"),
    ("The report was noted. Clerk: Mrs Orla Vantreece", "Clerk"),
])
def test_a_post_ends_at_a_colon_before_its_holder(sentence: str, post: str) -> None:
    """A post's label and its colon before the person who holds it ("Vice Chair: R Penhallow")
    is the post alone: the holder's initial, given name or title after the colon starts a
    person's name, not the post's area."""
    names = _names(_read(sentence))
    assert ("post", post) in names
    assert not [n for n in names if n[0] == "post" and ":" in n[1]]


@pytest.mark.parametrize(("sentence", "post", "heading"), [
    ("Noted. 6 COUNCIL REPORTS Clerk's Report – nothing to add.", "Clerk", "REPORTS Clerk"),
    ("Noted. 12 HARBOUR FORUM EAST WOLDSHIRE Mayor welcomed the visitors.", "Mayor",
     "EAST WOLDSHIRE Mayor"),
])
def test_a_heading_in_capitals_is_no_part_of_the_post_after_it(
        sentence: str, post: str, heading: str) -> None:
    """A heading in capitals run into a title-case post, its line break lost, is no part of
    the post; an acronym before a post is ("LEP Chief Executive")."""
    names = _names(_read(sentence))
    assert ("post", post) in names
    assert not [n for n in names if n[0] == "post" and n[1].endswith(heading)]
    assert ("post", "LEP Chief Executive") in _names(_read("The LEP Chief Executive spoke."))


@pytest.mark.parametrize(("sentence", "posts"), [
    ("The Mayor and Mayoress would be hosting a tea party in May.", {"Mayor", "Mayoress"}),
    ("Councillors wished the Mayoress a speedy recovery.", {"Mayoress"}),
])
def test_the_mayoress_is_a_post_of_her_own(sentence: str, posts: set[str]) -> None:
    """"the Mayoress", the Mayor's consort, is a civic office named alone, and "the Mayor and
    Mayoress" two posts, not one."""
    assert {label for kind, label in _names(_read(sentence)) if kind == "post"} == posts


def test_the_county_tier_shortened_before_a_councillor_is_a_post() -> None:
    """"Cty Cllr Penhale", as parish clerks shorten the county tier: the post "Cty Cllr" and
    the person Penhale, as "Dist Cllr Penhale" is."""
    names = _names(_read("Apologies were received from Cllr Tresize and Cty Cllr Penhale."))
    assert ("post", "Cty Cllr") in names
    assert ("person", "Penhale") in names


@pytest.mark.parametrize(("sentence", "person"), [
    ("Present: Messrs J Tresize (JT), R Warden (RW) and D Penhale (DP).", "R Warden"),
    ("Thanks were given to Tamsin Nurse for the refreshments.", "Tamsin Nurse"),
])
def test_a_surname_that_is_a_posts_head_is_a_person(sentence: str, person: str) -> None:
    """An initial or a given name before a post's head word is a person whose surname it is
    ("M Warden"), not a post; "the Tree Warden" stays a post."""
    names = _names(_read(sentence))
    assert ("person", person) in names
    assert ("post", person) not in names
    assert ("post", "Tree Warden") in _names(_read("The Tree Warden reported on the oaks."))


@pytest.mark.parametrize(("sentence", "post"), [
    ("It was resolved to elect Cllr Penhallow as vice-chair.", "vice-chair"),
    ("It was agreed that RT, as treasurer, would keep the hall's accounts.", "treasurer"),
])
def test_a_lower_case_post_named_as_a_role_is_a_post(sentence: str, post: str) -> None:
    """A post printed in lower case after a role's cue ("as vice-chair", "as treasurer") is
    the post, as "as chair" is; held in a named body it is read with the body."""
    assert ("post", post) in _names(_read(sentence))
    names = _names(_read("Cllr Tresize declared an interest as chairman of the Westbury "
                         "Village Hall Committee."))
    assert ("post", "chairman") not in names


@pytest.mark.parametrize(("sentence", "post"), [
    ("Noted. 12. Appointment of Vice-Chair Minutes: consideration was deferred.", "Vice-Chair"),
    ("Noted. 3 Appointment of Vice chair RESOLVED That Councillor Tresize be appointed.",
     "Vice chair"),
    ("Noted. 4. Election of the Chairman. Cllr Penhale was elected.", "Chairman"),
    # a post by itself (``standalone``), not read in lower case
    ("Noted. 5. Election of Leader. Councillor Penhale 27 votes.", "Leader"),
])
def test_a_post_an_items_title_elects_is_a_post(sentence: str, post: str) -> None:
    """An item's title in title case that elects or appoints a post names the post, as one in
    capitals does ("ELECTION OF CHAIRMAN"); a longer post after it is not cut short."""
    assert ("post", post) in _names(_read(sentence))
    names = _names(_read("Noted. 5. Appointment of Chair of the Finance Committee. Agreed."))
    assert ("post", "Chair") not in names


@pytest.mark.parametrize(("sentence", "post"), [
    ("Tamsin Penrose was appointed as minute taker.", "minute taker"),
    ("The Minute Taker read back the actions.", "Minute Taker"),
    ("He would no longer be the minutes secretary.", "minutes secretary"),
])
def test_whoever_takes_the_minutes_holds_a_post(sentence: str, post: str) -> None:
    """The minute taker (or minute secretary, note taker) is a post, in title case or, after
    "the" or a role's cue, in lower case."""
    assert ("post", post) in _names(_read(sentence))


@pytest.mark.parametrize(("sentence", "post"), [
    ("The accounts are to be sent on to the internal auditor.", "internal auditor"),
    ("It was agreed to continue to use Tamsin Polglaze as auditor.", "auditor"),
    ("Audit: awaiting the external auditor to complete the annual return.", "external auditor"),
    ("A job description was agreed with the caretaker.", "caretaker"),
    ("The accounts were checked by the independent examiner.", "independent examiner"),
])
def test_a_small_councils_auditors_and_caretaker_in_lower_case_are_posts(
        sentence: str, post: str) -> None:
    """Parish, community council and village hall minutes print their auditors and their
    caretaker in lower case, after "the" or a role's cue: posts all the same."""
    assert ("post", post) in _names(_read(sentence))


@pytest.mark.parametrize(("sentence", "post"), [
    ("Tamsin Penrose would carry on in her role as Play Area Supervisor.", "Play Area Supervisor"),
    ("The Works Supervisor reported on the pumping stations.", "Works Supervisor"),
    ("The burglaries are being investigated by a Detective Sergeant.", "Detective Sergeant"),
])
def test_a_supervisor_and_a_police_sergeant_are_posts(sentence: str, post: str) -> None:
    """"Works Supervisor", "Finance Supervisor", "a Detective Sergeant": staff who supervise
    a service, and a police rank named as a post, with a word before the head."""
    assert ("post", post) in _names(_read(sentence))


@pytest.mark.parametrize(("sentence", "post"), [
    ("It was resolved to employ the District Valuer on the land purchase.", "District Valuer"),
    ("Reports were given by the Vicar of Westbury and others.", "Vicar of Westbury"),
    ("Two trustees serve ex officio: the Rector and the Clerk.", "Rector"),
    ("The Commission met the Ambassador of Ruritania in Geneva.", "Ambassador of Ruritania"),
])
def test_a_valuer_the_parish_clergy_and_an_ambassador_are_posts(sentence: str,
                                                                post: str) -> None:
    """"the District Valuer", "the Vicar of Westbury", "the Rector", "the Ambassador of
    Ruritania": a council's valuer, a parish's clergy and a state's envoy hold posts."""
    assert ("post", post) in _names(_read(sentence))


@pytest.mark.parametrize(("text", "post"), [
    ("Minutes of the Hall Committee held on 3 May 2016\n\n4. Chairs Report\n\n"
     "Tamsin Penrose reported on the lease.\n", "Chair"),
    ("Minutes of the Hall Committee held on 3 May 2016\n\n4. Treasurers report:-\n\n"
     "The balance was healthy.\n", "Treasurer"),
    ("Minutes of the Hall Committee held on 3 May 2016\n\n4. Chairman’s Report: Tamsin "
     "said that the hall was busy.\n", "Chairman"),
    ("Minutes of the Hall Committee held on 3 May 2016\n\n4. Treasurer’s Report– We are "
     "in a healthy position.\n", "Treasurer"),
])
def test_a_posts_report_heading_without_its_apostrophe_or_run_on(text: str, post: str) -> None:
    """"Chairs Report", "Treasurers report:-": a post's report heading whose possessive lost
    its apostrophe names the post, as does one whose text runs on after a colon or a dash
    on the heading's line; "The Chairs Report was noted" in a sentence is left alone."""
    assert ("post", post) in _names(_first_item_of(text))
    it = _first_item_of("Minutes of the Hall Committee held on 3 May 2016\n\n4. Hall\n\n"
                        "The new Chairs Report on the hall was noted.\n")
    assert ("post", "Chair") not in _names(it)


def test_a_post_read_from_a_heading_without_its_apostrophe_ends_where_its_label_ends() -> None:
    """"Chairs Report": the post is labelled "Chair", and its span covers "Chair", not
    "Chairs", as "Chair's Report" would."""
    it = _first_item_of("Minutes of the Hall Committee held on 3 May 2016\n\n4. Chairs Report"
                        "\n\nTamsin Penrose reported on the lease.\n")
    (post,) = [m for m in it.mentions if (m.kind, m.label) == ("post", "Chair")]
    assert post.span.exact == "Chair"


@pytest.mark.parametrize(("sentence", "post"), [
    ("Noted. To receive announcements from the Mayor or the Head of Paid Service Minutes: "
     "The Mayor thanked everyone.", "Head of Paid Service"),
    ("Noted. Attending: Director of Nursing, Head of Corporate Governance Present: Jo Penhale "
     "and Tam Tresize.", "Head of Corporate Governance"),
])
def test_a_pages_label_after_a_post_is_no_part_of_it(sentence: str, post: str) -> None:
    """"Minutes:" and "Present:" run on after a post, their line breaks lost, are a page's
    label and a roll's heading, not the post's last word."""
    names = _names(_read(sentence))
    assert ("post", post) in names
    assert not [n for n in names if n[0] == "post" and n[1].endswith(("Minutes", "Present"))]


def test_a_post_with_its_portfolio_after_a_colon_stays_whole() -> None:
    names = _names(_read("The Director: Parks & Leisure presented the report."))
    assert ("post", "Director: Parks & Leisure") in names


@pytest.mark.parametrize("heading", ["Chair and Council", "Clerk & Council"])
def test_a_post_and_a_body_are_no_organisation(heading: str) -> None:
    """"Chair and Council's Reports" joins a bare post to a body: not one body's name."""
    names = _names(_read(f"{heading}'s Reports: the hedges on Mill Lane had been cut."))
    assert (("organisation", heading)) not in names


@pytest.mark.parametrize("sentence", [
    "A Member of the Public asked about the new bus shelter.",
    "Members of the Public raised the state of the footpath by the church.",
])
def test_a_bare_modifier_is_no_body(sentence: str) -> None:
    """"Public", "West" or "Community" alone qualify a head and name no body."""
    names = _names(_read(sentence))
    assert not [n for n in names if n[0] == "organisation" and n[1] == "Public"]


def test_one_word_cut_from_a_longer_bodys_name_is_no_body() -> None:
    """"East" of "East Sally DC" is the start of a council's name, not a body."""
    names = _names(_read("The clerk confirmed the grant from East Sally DC has been received "
                         "for the hall."))
    assert ("organisation", "East") not in names


def test_a_post_in_mixed_case_after_the() -> None:
    names = _names(_read("Officers and the Cabinet member would attend the next panel."))
    assert ("post", "Cabinet member") in names


def test_a_street_named_like_a_person_is_no_person() -> None:
    names = _names(_read("Planning application at 4 Victoria Road was noted. John Park "
                         "objected."))
    assert ("person", "John Park") in names
    assert not [n for n in names if "Victoria" in n[1]]


@pytest.mark.parametrize(("sentence", "person"), [
    ("Gwen ap Dafydd gave an update on the bins.", "Gwen ap Dafydd"),
    ("The Chair welcomed Luuk van der Meer to the meeting.", "Luuk van der Meer"),
    ("Rosa de la Fuente, Head of Libraries, explained the costs.", "Rosa de la Fuente"),
    ("Councillor de Lacy asked about the verges.", "de Lacy"),
])
def test_names_with_lower_case_particles(sentence: str, person: str) -> None:
    """Particles printed in lower case inside a surname (Welsh "ap", Dutch "van der",
    Spanish "de la") are part of the person's name, with or without a title."""
    assert ("person", person) in _names(_read(sentence))


@pytest.mark.parametrize(("sentence", "people"), [
    ("Questions were answered by Tobi Adeyemi.", {"Tobi Adeyemi"}),
    ("It was proposed by Efua Mensah, seconded by Cllr Rowe.", {"Efua Mensah", "Rowe"}),
    ("In response, Kofi Asante said the figures were provisional.", {"Kofi Asante"}),
    ("The report was presented by Westshire Highways.", set()),
])
def test_untitled_names_as_agents_and_after_an_opening_phrase(sentence: str,
                                                              people: set[str]) -> None:
    """Names no list holds, told by their place in the clause: the agent of a passive verb
    of speech or proposal, or the speaker after a short opening phrase and a comma."""
    assert {label for kind, label in _names(_read(sentence)) if kind == "person"} == people


@pytest.mark.parametrize(("sentence", "people"), [
    ("It was proposed by T. Morrow, seconded by R Vance that the accounts be approved.",
     {"T. Morrow", "R Vance"}),
    ("It was moved by P A Dunmore that the report be noted.", {"P A Dunmore"}),
    ("The motion was seconded by K L Amber OBE and carried.", {"K L Amber"}),
    ("The nomination was seconded by S Ravel: the vote followed.", {"S Ravel"}),
    ("The motion failed. It was moved by A Motion that the item be deferred.", set()),
    ("The report was presented by J Westfield Road to the panel.", set()),
])
def test_initialled_names_as_agents(sentence: str, people: set[str]) -> None:
    """A mover or seconder printed by initials and surname, as parish and county minutes
    print them: a lone "A" is an initial there, unless its "surname" is a word the page
    writes in lower case; the clause must end after the name."""
    assert {label for kind, label in _names(_read(sentence)) if kind == "person"} == people


@pytest.mark.parametrize(("sentence", "people"), [
    ("Present: Cllr J Orme. Deputy Town Clerk: N A Ferris. There were two members of the "
     "public.", {"J Orme", "N A Ferris"}),
    ("Also present: Parish Clerk – A Wendell. There were no questions.", {"A Wendell"}),
    ("Present: Cllr J Orme. Clerk: E. Raddle. Members of the public: none.",
     {"J Orme", "E. Raddle"}),
    ("Clerk: A Report was circulated to members.", set()),
    ("In attendance: Town Secretary A Pardew, Translator L Kerrow.",
     {"A Pardew", "L Kerrow"}),
    ("The Clerk A Report was read. The report was noted.", set()),
    # a heading's article after the colon or the dash too, when the page writes the noun small
    ("Treasurer: A Budget. The budget was agreed.", set()),
    ("Clerk – A Summary. The summary was noted.", set()),
    ("Clerk: A Wendell. The report was noted.", {"A Wendell"}),
])
def test_an_initialled_name_after_a_post_and_a_colon(sentence: str, people: set[str]) -> None:
    """An officer listed as "post: initials and surname" (or with no colon) holds the post;
    "Clerk: A Report was …" is a sentence whose article opens it (a word in lower case
    follows), and a lone "A" before a word the page writes small is the article, after a
    colon or a dash as straight after the post ("Treasurer: A Budget." heads a paragraph)."""
    assert {label for kind, label in _names(_read(sentence)) if kind == "person"} == people


@pytest.mark.parametrize(("sentence", "people"), [
    ("Residents of Edith Lawton Close asked for a bin.", set()),
    ("The Tom Arden Playing Field was mown and Jane Hall thanked the volunteers.",
     {"Jane Hall"}),
    ("The verge by Philip Marsh Way was cut.", set()),
    ("Kevin Close and Jane Hall attended.", {"Kevin Close", "Jane Hall"}),
])
def test_a_road_or_ground_named_after_a_person_is_no_person(sentence: str,
                                                            people: set[str]) -> None:
    """"Close", "Way", "Rise" and "Playing (Field)" after a given name and a surname name a
    road or a ground; a two-word "Kevin Close" is still a person's name."""
    assert {label for kind, label in _names(_read(sentence)) if kind == "person"} == people


@pytest.mark.parametrize(("sentence", "people"), [
    ("Councillors present: P Vane G Thorley S Hulme R Wade. The meeting opened at 7pm.",
     {"P Vane", "G Thorley", "S Hulme", "R Wade"}),
    ("PRESENT: E Jory (Chair) S Dobbin J Lusk. Apologies were noted.",
     {"E Jory", "S Dobbin", "J Lusk"}),
    ("PRESENT: P E Lank Esq (Vice Chairman) M J Mott Esq J T Clare Esq. The Board met.",
     {"P E Lank", "M J Mott", "J T Clare"}),
    # every short form of the style that attendance reads ([attendance] name_end_style)
    ("PRESENT: P E Lank Esqr M J Mott Esquire J T Clare Esqr. The Board met.",
     {"P E Lank", "M J Mott", "J T Clare"}),
    ("Options A Retain B Sell C Lease were costed.", set()),
    ("Present: J Hale A Report was tabled.", set()),
    # A, B, C in turn with no commas letter things, even after a number or a code
    ("Phase 1 A Vane B Orme C Lusk were costed.", set()),
    ("Grid ref SU 123 456 A Road B Lane C Street.", set()),
    ("Present: D Vane E Orme F Lusk. The meeting opened.", {"D Vane", "E Orme", "F Lusk"}),
])
def test_a_roll_of_initialled_names_run_on_without_commas(sentence: str,
                                                          people: set[str]) -> None:
    """Rolls printed on one line with no commas between "initials and surname" entries:
    three entries at least (two run on may be a name and "A Report"), and never a lettered
    list of options: run on, single letters from A in turn are a list's letters whatever
    stands before them (a phase's number, a grid reference), as no roll's initials fall so."""
    assert {label for kind, label in _names(_read(sentence)) if kind == "person"} == people


@pytest.mark.parametrize(("sentence", "people"), [
    ("An application was received from Mr C Varley The Old Forge, Westby, for the barn.",
     {"C Varley"}),
    ("Officers: Mr. M. Ormond Democratic and Scrutiny Services Manager. The democratic "
     "process was explained.", {"M. Ormond"}),
    ("Clerk – Ms J Pellow Four Members of the Public were present. The four members spoke.",
     {"J Pellow"}),
    ("Seconded: Cllr. C. Brannock All in favour. The motion was carried by all.",
     {"C. Brannock"}),
    ("Also present: Mr J Tregear WFS (Minute 30 only), Mr J Huxtable.",
     {"J Tregear", "J Huxtable"}),
    # a word of the language's own (an article, a count, "All") on a page that holds it
    # nowhere in lower case
    ("Clerk – Ms J Pellow Four Members of the Public attended.", {"J Pellow"}),
    ("Seconded: Cllr. C. Brannock All in favour.", {"C. Brannock"}),
    # a double surname's second word is no word the page writes small
    ("A question was asked by Councillor A. Lloyd Penhale about the roads.",
     {"A. Lloyd Penhale"}),
    # a word the page writes small only after the initialled name's surname
    ("Councillor Anna Green asked about the green space.", {"Anna Green"}),
    # a double surname whose second word is a common word, a verb after it
    ("Mr J Hill Wood reported on the wood behind the hall.", {"J Hill Wood"}),
    ("Cllr. A. Lloyd Hall said the village hall was full.", {"A. Lloyd Hall"}),
])
def test_a_word_after_an_initialled_name_and_its_surname(sentence: str,
                                                          people: set[str]) -> None:
    """A titled name written as initials and one surname ends at that surname when the word
    after it is one the page writes in lower case or a stop word, or letters in capitals (a
    unit's): rolls and sentences run a dwelling, a post, a count or a vote on after it."""
    assert {label for kind, label in _names(_read(sentence)) if kind == "person"} == people


@pytest.mark.parametrize(("sentence", "people"), [
    ("Present: Tom Vardy Walking Group Rep, Ann Pellow All-ability Rep. The walking routes "
     "were agreed for all-ability use.", {"Tom Vardy", "Ann Pellow"}),
    ("Also present: Ruth Penhale Attending for the item. Officers were attending.",
     {"Ruth Penhale"}),
    # a second surname, or a surname after two given names, is no word the page writes small
    ("Cllr. Eryl Jones Penhale reported on the roads.", {"Eryl Jones Penhale"}),
    ("Present: Mary Jane Green and the green group.", {"Mary Jane Green"}),
])
def test_a_word_after_an_untitled_name_and_its_surname(sentence: str,
                                                       people: set[str]) -> None:
    """Rolls print a member's part or group after the name with no separator ("Tom Vardy
    Walking Group Rep"): after a given name and a surname, a word the page writes in lower
    case elsewhere starts what follows, not a third word of the name."""
    assert {label for kind, label in _names(_read(sentence)) if kind == "person"} == people


@pytest.mark.parametrize(("sentence", "people"), [
    ("Members: Westby Borough Council D Vane Eastby City Council J Orme Northby District "
     "Council. The report was noted.", {"D Vane", "J Orme"}),
    ("Present: Cllr R Dane, Northby Borough Council M J Lusk, Northby Borough Council. "
     "Apologies were noted.", {"R Dane", "M J Lusk"}),
    ("Salterby Housing Trust K. Fenwick } Members were welcomed.", {"K. Fenwick"}),
    # an article and a noun the page writes small, or a lower-case word after the name
    ("The Council A Report was noted and the report was read.", set()),
    ("The Trust B Meeting was held.", set()),
    ("Item 7 Westby Health Centre G.P. Vacancies. The practice was short of doctors.", set()),
])
def test_an_initialled_name_after_the_body_it_sits_for(sentence: str,
                                                       people: set[str]) -> None:
    """Joint committees', panels' and fire authorities' rolls print each member by initials
    and surname next to the council or body they sit for, with no separator: one such name
    straight after a body's head is a person."""
    assert {label for kind, label in _names(_read(sentence)) if kind == "person"} == people


def test_a_bracket_standing_in_for_a_named_person_is_no_post() -> None:
    """"(Substitute for Mayor J Andrews OBE)" names whom the member stands in for, whatever
    title the absent person has; a bracket with a post alone still gives the post."""
    names = _names(_read("Present: Councillor P Dane, Deputy Mayor A O'Brine (Substitute for "
                         "Mayor J Andrews OBE) and Jo Hale (Head of Finance)."))
    assert not [label for kind, label in names if kind == "post" and "Substitute" in label]
    assert ("post", "Head of Finance") in names
    assert {"A O'Brine", "J Andrews", "Jo Hale"} <= {label for kind, label in names
                                                      if kind == "person"}


def test_listed_members_parted_by_semicolons() -> None:
    """Lists of members whose councils are named in brackets are often parted by ";"."""
    names = _names(_read("Also present: Councillors R.J. Vane (Eastby Town Council); Mrs. "
                         "T. Lowe (Eastby Town Council); K. Pryce (Westby Community Council) "
                         "and D. Orme (Northby Community Council)."))
    assert {label for kind, label in names if kind == "person"} == {
        "R.J. Vane", "T. Lowe", "K. Pryce", "D. Orme"}


def test_a_titled_name_in_a_listed_members_brackets_is_a_person() -> None:
    names = _names(_read("Apologies were received from Councillors Ria Dale (Substitute "
                         "Cllr Tom Voss), Ann Brook and Lee Farr."))
    assert {label for kind, label in names if kind == "person"} == {
        "Ria Dale", "Tom Voss", "Ann Brook", "Lee Farr"}


def test_a_building_or_nhs_body_named_like_a_person_is_no_person() -> None:
    """Houses and cottages are often called by a given name, and a place that is also a
    given name comes before an NHS body's acronym: neither is a person."""
    names = _names(_read("A path from Ivy Cottage to Rowan House was sought. Dr Moss spoke "
                         "for Stanley CCG."))
    assert [n for n in names if n[0] == "person"] == [("person", "Moss")]
    assert ("organisation", "Stanley CCG") in names


@pytest.mark.parametrize("sentence", [
    "The Clerk had written to the Ada Penrose Museum about the loan.",
    "Members had visited the Tomos Rhys Gallery and the Ada Penrose Library.",
    "The meeting was held at Gwen Morgan Memorial Hall.",
    "The Clerk reported on the new windows in the Melvin Harrow.",
    "Tea was served in the Brian Foxley Suite after the meeting.",
    "Members thanked the Alice Cresswell for the mince pies.",
    "The Treasurer presented the Bill Ledger for October.",
])
def test_a_place_or_thing_named_like_a_person_is_no_person(sentence: str) -> None:
    """"the Ada Penrose Museum", "Gwen Morgan Memorial Hall": a building named after a
    person, by a head word no surname ends in (``people.named_for_heads``), names nobody;
    nor, since minutes call a person by the name alone, does a given name and a surname
    straight after "the" ("in the Melvin Harrow", "the Bill Ledger": a hall, a room, a shop
    or a list after a person, ``people.thing_determiners``). A person named beside either
    still is one."""
    names = _names(_read(f"{sentence} Jo Penrose spoke for the trustees."))
    assert [n for n in names if n[0] == "person"] == [("person", "Jo Penrose")]


def test_a_person_after_the_with_her_post_after_a_comma_is_a_person() -> None:
    """"the Mike Harrow, Chair of the Steering Group": the post set off after the name says
    it is the person, "the" notwithstanding (negative case of the rule above)."""
    it = _read("Thanks were expressed to the Mike Harrow, Chair of the Steering Group.")
    assert _kinds(it, "person") == {"Mike Harrow"}


def test_a_councils_place_after_a_name_in_a_roll_run_on_ends_the_name() -> None:
    """A joint body's roll run onto one line prints each member, then the council or body
    they come from: "Ann Fox Wigan Tina Gould Bury": the place ends the name. After two
    given names the third word is a surname ("Mary Ann Kent"), and a word no place is
    still ends a name run on ("Tom Hale Carl Dean")."""
    it = _read("Officers attending: Ann Fox Wigan Tina Gould Bury Owen Hale Cumbria Tourism "
               "Jo Pell Bolton. Mary Ann Kent reported. Tom Hale Carl Dean were thanked.")
    assert _kinds(it, "person") == {"Ann Fox", "Tina Gould", "Owen Hale", "Jo Pell",
                                    "Mary Ann Kent", "Tom Hale", "Carl Dean"}


@pytest.mark.parametrize("sentence", [
    "Norma Austin Hart reported on the accounts.",
    "Mary Smith Preston gave her report.",
])
def test_a_place_as_a_surname_before_a_word_in_lower_case_ends_no_name(sentence: str) -> None:
    """A roll run on puts the next name, a body or the line's end after a member's place;
    prose puts a verb after a person's whole name, whose surname may be a place too ("Hart",
    "Preston"): the three words stay one person (negative case of the rule above)."""
    names = _names(_read(sentence))
    assert [n for n in names if n[0] == "person"] == [("person", " ".join(sentence.split()[:3]))]


def test_a_place_word_before_a_bodys_head_does_not_end_a_name() -> None:
    """"James Gillan High School": "High" opens a council's place ("High Peak"), but a
    body's head after it makes the words a school named after a person (negative case of
    the rule above): nobody called James Gillan is read."""
    it = _read("Pupils from James Gillan High School attended.")
    assert _kinds(it, "person") == set()


def test_chair_and_chairman_are_one_post() -> None:
    it = _read("The Chairman welcomed everyone. The Chair then moved to the next item.")
    assert [m.label for m in it.mentions if m.kind == "post"] == ["Chairman", "Chairman"]


def test_a_holders_standing_before_a_post_is_the_same_post() -> None:
    """"the Temporary Clerk" is the Clerk the minutes name; an interim post named only so
    keeps its whole name."""
    it = _read("The Temporary Clerk read the letter and the Clerk would reply. The former "
               "Chairman thanked the Chairman. The Interim Director of Finance reported.")
    assert _kinds(it, "post") == {"Clerk", "Chairman", "Interim Director of Finance"}


def test_an_acting_or_interim_holders_office_is_a_post_of_its_own() -> None:
    """"the Acting Leader" stands in for "the Leader" the page names too: readers list both
    offices (a "Temporary Clerk" stays the Clerk, above)."""
    it = _read("The Leader sent apologies. The Acting Leader opened the item and the "
               "Interim Chief Executive and the Chief Executive reported.")
    assert {"Leader", "Acting Leader", "Interim Chief Executive", "Chief Executive"} <= _kinds(
        it, "post")


def test_a_crown_officer_is_named_without_the_possessive_and_the_person_after_and() -> None:
    """"His Majesty's Lord Lieutenant of Westshire and Jo Hale OBE": the office, with its
    name without the Crown's possessive, and a person after the "and" who is no part of it."""
    it = _read("Apologies were received from Lady Bell, His Majesty’s Lord Lieutenant of "
               "Westshire and Joan Hale OBE, the High Sheriff of Westshire.")
    posts = _posts_with_aliases(it)
    office = next(label for label in posts if "Lord Lieutenant of Westshire" in label)
    assert "Joan" not in office
    assert "Lord Lieutenant of Westshire" in {office, *posts[office]}
    # no honour after the "and": one office of a place whose name holds it
    it = _read("The Lord Lieutenant of Westshire and Eastshire attended.")
    assert "Lord Lieutenant of Westshire and Eastshire" in _kinds(it, "post")


def test_a_civic_office_of_another_place_is_another_post() -> None:
    """"the Mayor" of Westbury Town Council's minutes is its own mayor, no "Mayor of London"
    it names too; the page's own place's mayor is the one post."""
    text = ("Westbury Town Council\n\nMinutes of the meeting held on 3 May 2023\n\n1. Civic "
            "matters\n\nThe Mayor welcomed members and reported on her visit to the Mayor of "
            "London.\n")
    minutes = extract(text)
    read_prose([(text, minutes)])
    posts = {m.label for m in minutes.items[0].mentions if m.kind == "post"}
    assert {"Mayor", "Mayor of London"} <= posts
    text = text.replace("Mayor of London", "Mayor of Westbury")
    minutes = extract(text)
    read_prose([(text, minutes)])
    posts = {m.label for m in minutes.items[0].mentions if m.kind == "post"}
    assert "Mayor" not in posts and "Mayor of Westbury" in posts


def test_posts_whose_words_cross_the_and_are_two_posts() -> None:
    """The same words in another order are one post only when each area after "and" is
    whole: "Head of Adult Services and Children's Health" and "Head of Children's Services
    and Adult Health" are two heads' posts."""
    it = _read("The Head of Adult Services and Children's Health reported. The Head of "
               "Children's Services and Adult Health replied.")
    assert {"Head of Adult Services and Children's Health",
            "Head of Children's Services and Adult Health"} <= _kinds(it, "post")


def test_a_posts_areas_in_another_order_are_compared_in_linear_time() -> None:
    """Two posts' areas after "and" are matched where the first part ends in one of the
    other's areas, not at every word of it: a long first part that the two share (a
    flattened roll's run of words) once cost a sort at each word (quadratic: 0.03 s at
    5,000 characters, some 270 s at 50,000 words)."""
    from kg.prose import _areas_reordered

    assert _areas_reordered("Cabinet Member for Housing, Planning and Regeneration and "
                            "Transport", "Cabinet Member for Housing, Planning and Transport "
                            "and Regeneration")
    assert _areas_reordered("Head of Adult Care and Adult Health",
                            "Head of Adult Health and Adult Care")
    long = "Head of " + "Planning " * 50_000
    with finishes(within=30, cpu=True):
        assert not _areas_reordered(long + "and Housing", long + "and Planning")


def test_a_portfolio_named_in_either_order_is_one_post() -> None:
    """"Portfolio Holder for Regeneration and Planning" and "… for Planning and
    Regeneration" in one page are one post; a post with an area more is another."""
    it = _read("The Portfolio Holder for Regeneration and Planning reported. The Portfolio "
               "Holder for Planning and Regeneration agreed. The Director of Finance and "
               "Housing and the Director of Housing spoke.")
    posts = _kinds(it, "post")
    assert len({p for p in posts if p.startswith("Portfolio Holder")}) == 1
    assert {"Director of Finance and Housing", "Director of Housing"} <= posts


def test_a_civic_office_of_a_place_whose_name_ends_the_pages_is_another_post() -> None:
    """The page's own place is its heading's by whole words: "the Mayor of Bury" in
    Westbury Town Council's minutes is another town's mayor, not "the Mayor" of the page."""
    text = ("Westbury Town Council\n\nMinutes of the meeting held on 3 May 2023\n\n1. Civic "
            "matters\n\nThe Mayor welcomed members and reported on her visit to the Mayor of "
            "Bury.\n")
    posts = _kinds(_first_item_of(text), "post")
    assert {"Mayor", "Mayor of Bury"} <= posts


def test_another_tiers_council_chair_is_another_post() -> None:
    """"the Chairman of the County Council" in Westbury Parish Council's minutes is the
    county's chair, neither joined to the parish's Chairman nor given the bare name; the
    parish's own ("the Chairman of the Parish Council") is still the meeting's."""
    head = "Minutes of Westbury Parish Council held on 3 May 2023\n\n1. Report\n\n"
    it = _first_item_of(head + "The Chairman welcomed the Chairman of the County Council.\n")
    posts = _posts_with_aliases(it)
    assert "Chairman of the County Council" in posts
    assert "Chairman" not in posts["Chairman of the County Council"]
    it = _first_item_of(head + "The Chairman of the County Council spoke.\n")
    assert "Chairman" not in _posts_with_aliases(it)["Chairman of the County Council"]
    it = _first_item_of(head + "The Chairman welcomed members. The Chairman of the Parish "
                        "Council signed.\n")
    assert "Chairman of the Parish Council" not in _kinds(it, "post")


def test_the_councils_chair_in_a_committees_minutes_is_another_post() -> None:
    """In the Personnel Committee's minutes "the Chairman of the Council" is not the
    committee's Chairman; in the council's own minutes it is."""
    body = ("\n\n1. Staffing\n\nThe Chairman opened the meeting. The Chairman of the Council "
            "would sign the contract.\n")
    for heading, apart in (("Minutes of the Personnel Committee held on 3 May 2023", True),
                           ("Minutes of the Parish Council meeting held on 3 May 2023", False)):
        text = heading + body
        minutes = extract(text)
        read_prose([(text, minutes)])
        posts = {m.label for m in minutes.items[0].mentions if m.kind == "post"}
        assert ("Chairman of the Council" in posts) is apart, (heading, posts)


def test_a_chair_of_the_council_unnamed_is_the_bare_post_too() -> None:
    """"the Vice Chairman of the Council", the council by no name of its own, is the
    meeting's Vice Chairman though the page never names the post bare; a post that is no
    chair's keeps its council ("the Leader of the Council"). In a committee's minutes the
    council's Vice Chairman is not the committee's, as the join of the two leaves them
    apart there (``_a_committees_minutes``): no bare name either."""
    sentence = "The Vice Chairman of the Council thanked members. The Leader of the Council spoke."
    it = _first_item_of(
        f"Minutes of the Parish Council meeting held on 3 May 2023\n\n1. Report\n\n{sentence}\n")
    posts = _posts_with_aliases(it)
    assert "Vice Chairman" in posts["Vice Chairman of the Council"]
    assert "Leader" not in posts.get("Leader of the Council", [])
    posts = _posts_with_aliases(_read(sentence))  # the Audit Committee's minutes
    assert "Vice Chairman" not in posts["Vice Chairman of the Council"]


def test_the_chair_of_the_council_unnamed_is_the_meetings_chair() -> None:
    """A council by no name of its own is the meeting's, in the council's minutes: its
    chair is the bare Chairman (below, with the committee's); a named council's chair and
    another body's chair stay apart."""
    it = _read("The Chairman of the Parish Council opened the meeting and the Chairman "
               "signed. The Vice Chairperson of the Council and the Vice-Chair spoke. The "
               "Chair of Westbury Town Council wrote. The Chair of the Panel reported.")
    posts = _kinds(it, "post")
    assert {"Chairman", "Vice-Chair", "Chair of Westbury Town Council",
            "Chair of the Panel"} <= posts
    text = ("Minutes of the Parish Council meeting held on 3 May 2023\n\n1. Report\n\nThe "
            "Chairman of the Parish Council opened the meeting and the Chairman signed. The "
            "Vice Chairperson of the Council and the Vice-Chair spoke.\n")
    posts = _kinds(_first_item_of(text), "post")
    assert not {"Chairman of the Parish Council", "Vice Chairperson of the Council"} & posts


def test_the_chair_of_the_meetings_own_body_by_its_initials_is_the_bare_chair() -> None:
    """"the Chair of WTEC" in the Westshire Transport and Environment Committee's minutes
    (its initials) is the Chair the page names bare: one post; the chair of a body the
    heading does not name ("Chair of the Audit Committee", "Vice-Chair of the Trust")
    stays another post."""
    text = ("Minutes of the Westshire Transport and Environment Committee held on 3 May 2023\n\n"
            "Present: Cllr R. Zedd (Chair), Cllr T. Amble, Cllr P. Lusk\n\n1. Election of the "
            "Chair\n\nCouncillor Zedd was elected the Chair of WTEC for the year. The Chair of "
            "the Audit Committee sent apologies. The Vice-Chair of the Trust and the Vice-Chair "
            "spoke.\n")
    minutes = extract(text)
    read_prose([(text, minutes)])
    labels = {m.label for m in minutes.items[0].mentions if m.kind == "post"}
    assert "Chair of WTEC" not in labels
    assert {"Chair of the Audit Committee", "Vice-Chair of the Trust", "Vice-Chair"} <= labels
    chair = next(m for m in minutes.items[0].mentions if m.label == "Chair")
    assert "Chair of WTEC" in chair.aliases


def test_a_capacity_in_the_roll_and_the_same_post_in_the_items_are_one_post() -> None:
    """"R. Zedd (Chair)" in the roll and "the Chairman" in the items: one post, whichever
    spelling each uses; a capacity of another post stays its own."""
    text = ("Minutes of the Parish Council held on 3 May 2023\n\nPresent: Cllr R. Zedd "
            "(Chair), Cllr T. Amble (Vice-Chair), Cllr P. Lusk\n\n1. Report\n\nThe "
            "Chairman welcomed everyone and the Clerk read the report.\n")
    minutes = extract(text)
    read_prose([(text, minutes)])
    chair = next(m for m in minutes.items[0].mentions if m.label == "Chairman")
    assert "Chair" in chair.aliases
    capacities = {a.name: a.capacity for a in minutes.attendance}
    assert capacities["Cllr R. Zedd"] == "Chairman"
    assert capacities["Cllr T. Amble"] == "Vice-Chair"


def test_generic_references_are_not_organisations() -> None:
    it = _read("The County Council and Borough and District Councils would work with "
               "Cheshire Constabulary and Staffordshire Women's Aid.")
    orgs = {label for kind, label in _names(it) if kind == "organisation"}
    assert orgs == {"Cheshire Constabulary", "Staffordshire Women's Aid"}


def test_kinds_of_council_sharing_a_plural_head_are_no_organisation() -> None:
    """"County and District Councils": two kinds of council, none named; two named councils
    sharing the head stay a body."""
    it = _read("The County and District Councils and the Town and Parish Councils met. "
               "Hambleton and Ryedale Councils agreed.")
    assert _kinds(it, "organisation") == {"Hambleton and Ryedale Councils"}


def test_generic_councils_forums_and_own_groups_are_not_organisations() -> None:
    """A kind of council, a meeting of one, the public's part of a meeting and a group of
    the council's own members name no outside body."""
    it = _read("The minutes of the Special Town Council meeting were signed. Residents showed "
               "interest in Community Council activities. Public Open Forum. The Member "
               "Working Group would report, as would Fenwick Harriers Group.")
    orgs = {label for kind, label in _names(it) if kind == "organisation"}
    assert orgs == {"Fenwick Harriers Group"}


def test_misspelt_councillor_rfo_and_kinds_of_interest() -> None:
    """"County Councilor" is the County Councillor; "Deputy RFO" a post; "Personal Member" in
    a table of interests no post; table headings after a title are no surname."""
    it = _read("Also present: County Councilor Mr Dai Pugh. Ann Roe was appointed Deputy RFO. "
               "Councillor Agenda item Nature of interest. Cllr Bell 5/12 Personal Member "
               "owns land nearby.")
    names = _names(it)
    assert ("post", "Deputy RFO") in names
    assert any(kind == "post" and "Councilor" in label for kind, label in names)
    assert not [n for n in names if "Personal" in n[1] or n[1] == "Agenda"]


def test_a_given_name_in_a_committee_name_is_no_person() -> None:
    it = _read("Councillors declared an interest in the Hall Beatrice Management Committee.")
    assert not [n for n in _names(it) if n[0] == "person"]


def test_a_post_in_an_nhs_body_named_by_its_acronym() -> None:
    """An NHS body's acronym ends its name after the place: the post held in it is named
    whole and the body too, not the bare acronym."""
    names = _names(_read("The Chief Officer of NHS Westshire ICB introduced the plan. The "
                         "Director of Nursing NHS Eastborough CCG agreed."))
    assert ("organisation", "NHS Westshire ICB") in names
    assert ("organisation", "NHS Eastborough CCG") in names
    assert ("post", "Director of Nursing") in names
    assert not [n for n in names if n[1] in ("ICB", "CCG")]


def test_an_operations_name_may_end_in_s() -> None:
    names = _names(_read("Officers would continue Operation Sirius; Exercise Classes were "
                         "held at the hall."))
    assert {label for kind, label in names if kind == "programme"} == {"Operation Sirius"}


def test_known_schemes_and_plans_in_lower_case() -> None:
    """Known schemes and a council's main plans are named in lower case as often as not;
    a trailing head stays with the name."""
    names = _names(_read("Grants from the household support fund were spent. The "
                         "neighbourhood plan and the community speedwatch scheme were noted."))
    progs = {label for kind, label in names if kind == "programme"}
    assert progs == {"household support fund", "neighbourhood plan",
                     "community speedwatch scheme"}


def test_ceremonial_posts_are_posts_not_people() -> None:
    names = _names(_read("The Lord Lieutenant, the High Sheriff and the Lady Mayoress "
                         "attended the service."))
    assert {label for kind, label in names if kind == "post"} == {
        "Lord Lieutenant", "High Sheriff", "Lady Mayoress"}
    assert not [n for n in names if n[0] == "person"]


def test_a_portfolio_after_member_for_names_no_body() -> None:
    names = _names(_read("Cllr Jo Hale, Cabinet Member for Leisure and Community "
                         "Partnerships, spoke."))
    assert not [n for n in names if n[0] == "organisation"]


def test_a_documents_title_before_of_names_the_body() -> None:
    names = _names(_read("The Draft Constitution of the Westshire Integrated Care Board was "
                         "noted, as was the Annual Report of the Eastborough Fire Authority."))
    orgs = {label for kind, label in names if kind == "organisation"}
    assert orgs == {"Westshire Integrated Care Board", "Eastborough Fire Authority"}


def test_a_body_opening_a_title_about_what_it_did_is_named() -> None:
    """"Standards Commission Findings on Travel Claims": the commission is named, the
    findings are its; a head word that modifies a noun opens no body ("Free School Meals
    Uptake", "Town Centre Management Review")."""
    names = _names(_read("Standards Commission Findings on Travel Claims were noted. Free "
                         "School Meals Uptake and Town Centre Management Review followed."))
    assert {label for kind, label in names if kind == "organisation"} == {
        "Standards Commission"}


def test_a_council_or_police_by_its_place_with_the_head_in_lower_case() -> None:
    """"a letter from Westvale council", "reported to Northshire police": the body, though
    its head is printed in lower case; a thing of theirs after it is no body ("Westvale
    council tax", "Eastbury police station")."""
    names = _names(_read("A letter from Westvale council was read and the theft was reported "
                         "to Northshire police. Westvale council tax would rise and Eastbury "
                         "police station would close."))
    assert {label for kind, label in names if kind == "organisation"} == {
        "Westvale council", "Northshire police"}


def test_a_heading_in_capitals_before_a_colon_is_no_part_of_a_name() -> None:
    names = _names(_read("OPEN FORUM: Litter near the shop was raised by residents."))
    assert not [n for n in names if n[0] == "organisation"]


def test_a_body_after_a_posts_portfolio_is_named_apart() -> None:
    it = _read("Jo Bright, Director of Community Care NHS Wessex, presented the report.")
    names = _names(it)
    assert ("post", "Director of Community Care") in names
    assert ("organisation", "NHS Wessex") in names


def test_a_seat_held_on_a_body_names_the_body_apart() -> None:
    """"Cabinet Member for Adult Care and Housing on Westvale County Council": the post is
    the seat, held on the body after "on", which is named apart; a council of a place named
    with "on" ("Sutton on Trent Parish Council") stays one name, and so does a body on a
    topic ("Commission on Rural Housing")."""
    names = _names(_read("Cllr Hale declared an interest as the Cabinet Member for Adult Care "
                         "and Housing on Westvale County Council and as Representative on "
                         "the Eastby Canal Trust. Sutton on Trent Parish Council wrote to "
                         "the Commission on Rural Housing."))
    assert {("post", "Cabinet Member for Adult Care and Housing"),
            ("organisation", "Westvale County Council"),
            ("organisation", "Eastby Canal Trust"),
            ("organisation", "Sutton on Trent Parish Council")} <= names
    assert ("organisation", "Commission on Rural Housing") in names
    assert not [label for kind, label in names if kind == "organisation" and (
        " on Westvale" in label or "Housing on" in label)]


def test_a_post_of_the_meetings_own_body_is_the_post() -> None:
    """In a panel's own minutes its Vice Chair is the "Vice Chair", by either name of the
    panel; another committee's chair keeps its full name."""
    text = ("Roads, Parks and Leisure Scrutiny Panel Minutes\n\nMinutes of the meeting held "
            "on 3 May 2023\n\n1. Appointment\n\nCouncillor "
            "Pike was appointed Vice Chair of the Roads, Parks and Leisure Scrutiny Panel, "
            "later Vice Chair of the Scrutiny Panel. The Chair of the Audit Committee "
            "spoke.\n")
    assert _page_labels(text, "post") == {"Vice Chair", "Chair of the Audit Committee"}


def test_a_post_of_a_body_named_by_its_kind_alone_is_the_meetings() -> None:
    """"Chair of the Joint Committee" names no committee but the meeting's own: the post is
    the "Chair", on a page whose heading names no committee; in a panel's minutes "Chair of
    the Committee" is another body's and keeps its full name."""
    text = ("Venue: Hollins Hall, Westbury\n\n1. Appointment of Chair\n\nRESOLVED that "
            "Councillor Pike be appointed Chair of the Joint Committee.\n\n2. Appointment of "
            "Vice Chair\n\nRESOLVED that Councillor Rowe be appointed Vice Chair of the "
            "Committee.\n")
    assert _page_labels(text, "post") == {"Chair", "Vice Chair"}
    text = ("Roads Scrutiny Panel Minutes\n\nMinutes of the meeting held on 3 May 2023\n\n"
            "1. Report\n\nThe Chair of the Committee had written to the panel.\n")
    assert _page_labels(text, "post") == {"Chair of the Committee"}


def test_a_post_of_a_forum_or_commission_named_by_its_kind_is_the_meetings() -> None:
    """"Chair of the Forum" in the minutes of a forum's management committee, and "Deputy
    Chair of the Commission" on a page whose heading names no kind of body, are the
    meeting's own posts; a council's minutes keep "Chair of the Board" (another body's)."""
    text = ("Westvale Neighbourhood Forum Management Committee\n\nMinutes of the meeting held "
            "on 3 May 2023\n\n1. Chairmanship\n\nAnn Pike resigned as interim Chair of the "
            "Forum.\n")
    assert _page_labels(text, "post") == {"Chair"}
    text = ("Venue: Hollins Hall, Westbury\n\n1. Deputy Chair\n\nRESOLVED that Councillor "
            "Rowe be the Deputy Chair of the Commission for 2023/24.\n")
    assert _page_labels(text, "post") == {"Deputy Chair"}
    text = ("Westbury Town Council\n\nMinutes of the meeting held on 3 May 2023\n\n1. "
            "Report\n\nThe Chair of the Board had written to the council.\n")
    assert _page_labels(text, "post") == {"Chair of the Board"}


def test_a_named_councils_chair_is_no_post_of_a_council_named_by_no_name() -> None:
    """On a page whose heading is only "Council", "Chair of Brynmor County Council" is that
    council's chair, not the meeting's."""
    text = ("Council\n\nMinutes of the meeting held on 3 May 2023\n\n1. Awards\n\nThe Chair "
            "of Brynmor County Council presented the awards.\n")
    assert _page_labels(text, "post") == {"Chair of Brynmor County Council"}


def test_the_meetings_post_keeps_the_own_body_form_it_was_printed_in() -> None:
    """"Chair of Council" in a council's own minutes is its Chair, and the form printed is
    another name of it (a reader lists the post by either)."""
    text = ("Council\n\nMinutes of the meeting held on 3 May 2023\n\n1. Minutes\n\n"
            "The minutes were signed by the Chair of Council.\n")
    minutes = extract(text)
    read_prose([(text, minutes)])
    posts = {(m.label, *m.aliases) for it in minutes.items for m in it.mentions
             if m.kind == "post"}
    assert posts == {("Chair", "Chair of Council")}


def test_a_rolls_captions_in_a_row_are_a_post_each() -> None:
    """A roll's captions run together in flattened text ("Chairman: Vice-Chairman:",
    "County Councillor: Clerk:") are each a post; a post with its portfolio after the colon
    stays whole, and a holder printed after the colon is no part of the post."""
    it = _read("PRESENT:\n\nChairman: Vice-Chairman: Councillors:\n\nCounty Councillor: "
               "Clerk:\n\nAnn Pike Bob Rowe")
    assert {"Chairman", "Vice-Chairman", "County Councillor", "Clerk"} <= _kinds(it, "post")
    assert not [p for p in _kinds(it, "post") if ":" in p]
    # each caption's span is its own, a repeated one after the one before it
    text = ("Minutes of the Audit Committee held on 3 May 2023\n\n1. Report\n\nPRESENT:\n\n"
            "Chairman: Vice Chairman: Chairman:\n\nAnn Pike Bob Rowe\n")
    minutes = extract(text)
    read_prose([(text, minutes)])
    spans = sorted((m.span.start, m.span.end, m.label) for m in minutes.items[0].mentions
                   if m.kind == "post")
    assert [w for _, _, w in spans] == ["Chairman", "Vice Chairman", "Chairman"]
    assert all(text[a:b] == w for a, b, w in spans)
    assert all(b <= a2 for (_, b, _), (a2, _, _) in pairwise(spans))  # none overlap
    assert _kinds(_read("Director: Health & Wellbeing presented the report."),
                  "post") == {"Director: Health & Wellbeing"}
    assert _kinds(_read("Play Area (Portfolio Holder: Councillor Ann Pike) Minutes: noted."),
                  "post") == {"Portfolio Holder"}
    # a holder given by her given name (listed as written, "Jo"), not only by a title
    assert _kinds(_read("Play Area (Clerk: Jo Hale) Minutes: noted."), "post") == {"Clerk"}


def _all_names(text: str) -> set[tuple[str, str]]:
    """The names every part of a page's prose gives, its items' and the text no item holds."""
    minutes = extract(text)
    read_prose([(text, minutes)])
    return {(m.kind, m.label) for h in minutes.prose for m in h.mentions}


def test_the_chair_a_civic_head_takes_by_her_office_is_no_post() -> None:
    """"Councillor A Bell, Convener, in the Chair", "Provost A Bell (in the Chair)": the civic
    head presided by her office, and the page names no post "Chair" by it; a member in the
    chair names the Chair."""
    text = ("Westvale Council\n\nPresent: Councillor Ann PIKE, Bob ROWE\n\nCouncillor Ann "
            "PIKE, Convener, in the Chair.\n\n1. Minutes\n\nThe minutes were approved.\n")
    assert "Chair" not in {label for kind, label in _all_names(text) if kind == "post"}
    text = ("Westvale Council\n\nPresent: Councillor Ann PIKE, Bob ROWE\n\nMr Bob Rowe in the "
            "Chair.\n\n1. Minutes\n\nThe minutes were approved.\n")
    assert "Chair" in {label for kind, label in _all_names(text) if kind == "post"}


def test_a_remit_runs_on_after_and_the() -> None:
    """"Cabinet Member for Housing and the Environment", "Executive Director of Regeneration
    and the Economy": the area runs on after "and the"; a post, a body or a committee after
    it is a name of its own."""
    assert _kinds(_read("The Cabinet Member for Housing and the Environment spoke."),
                  "post") == {"Cabinet Member for Housing and the Environment"}
    assert _kinds(_read("Report by the Executive Director of Regeneration and the Economy."),
                  "post") == {"Executive Director of Regeneration and the Economy"}
    assert _kinds(_read("The Director of Finance and the Chief Executive agreed."),
                  "post") == {"Director of Finance", "Chief Executive"}
    assert _kinds(_read("The Director of Finance and the Council agreed."),
                  "post") == {"Director of Finance"}
    assert _kinds(_read("The Head of Planning and the Planning Committee met."),
                  "post") == {"Head of Planning"}


def test_a_vice_chair_with_its_hyphen_spaced_is_the_vice_chair() -> None:
    """"Vice –Chair" in a roll's bracket and "Vice-Chair" in the prose are one post."""
    from kg.prose import clean_label

    assert clean_label("Vice –Chair") == "Vice-Chair"
    assert clean_label("Vice – Chairman") == "Vice-Chairman"
    assert clean_label("Vice Chair") == "Vice Chair"


def test_one_post_with_its_body_named_two_ways_is_one_post() -> None:
    """"Chair of the Brynmor Steering Group" and "Chair of the Steering Group" (the name's
    tail), "Leader of the Council" and "Leader of the Council No" (words run on) are one
    post each; the chairs of two bodies with heads of their own stay two."""
    text = ("Westbury Parish Council\n\nMinutes of the meeting held on 3 May 2023\n\n1. Plan\n\n"
            "Ann Pike, Chair of the Brynmor Steering Group, reported. Thanks were given to the "
            "Chair of the Steering Group.\n\n2. Questions\n\nQuestion to Leader of the Council No "
            "questions to the Leader of the Council had been received. The Chair of the Council "
            "and the Chair of the Council Tax Panel spoke.\n")
    minutes = extract(text)
    read_prose([(text, minutes)])
    posts = {m.label: set(m.aliases) for it in minutes.items for m in it.mentions
             if m.kind == "post"}
    assert "Chair of the Steering Group" in posts["Chair of the Brynmor Steering Group"]
    assert "Chair of the Steering Group" not in posts
    assert "Leader of the Council No" not in posts
    assert "Leader of the Council No" in posts["Leader of the Council"]
    assert "Chair of the Council Tax Panel" in posts


def test_a_post_of_the_body_the_page_calls_by_its_head_is_the_post() -> None:
    """A fire authority's minutes that call it "the Authority" throughout: "Vice Chair of
    Westvale Fire Authority" is its Vice Chair; another authority's chair keeps its name."""
    text = ("05 June 2023\n\nMinutes of the Annual Meeting of Westvale Fire Authority\n\n1. "
            "Appointments\n\nIt was proposed that Councillor "
            "Rowe be appointed Vice Chair of Westvale Fire Authority. The Authority agreed. "
            "The Authority noted the report. The Authority thanked the Chair of Eastvale "
            "Fire Authority.\n")
    posts = _page_labels(text, "post")
    assert "Vice Chair" in posts and "Vice Chair of Westvale Fire Authority" not in posts
    assert "Chair of Eastvale Fire Authority" in posts


def test_a_note_that_the_holder_presided_is_no_part_of_the_post() -> None:
    """"Councillor A Bell (Chairman – in the Chair)": the post is the Chairman."""
    assert _kinds(_read("Councillor G. Bell (Chairman – in the Chair) opened the meeting."),
                  "post") == {"Chairman"}


def test_the_councils_own_teams_and_a_schemes_team() -> None:
    """The council's own officer teams are no outside bodies; "the Speedwatch team" names
    the scheme; the health service as a whole is no body."""
    it = _read("Officers would work with the Council's Communication team and the Senior "
               "Leadership Team. The Speedwatch team met. The health service was stretched.")
    names = _names(it)
    assert not [n for n in names if n[0] == "organisation"]
    assert ("programme", "Speedwatch") in names


def test_a_councils_own_units_named_by_what_they_do_are_no_bodies() -> None:
    """"the Administration Department", "the Project Delivery Board", "a Shadow Board": the
    council's own units and project boards, named only by what they do; a place or a
    service's own name before the head still makes a body ("Westshire Health Board",
    "the Youth Offending Team")."""
    names = _names(_read("The Administration Department would write to schools. The Project "
                         "Delivery Board and the Shadow Board met. Westvale Health Board and "
                         "the Youth Offending Team attended."))
    assert {n for n in names if n[0] == "organisation"} == {
        ("organisation", "Westvale Health Board"), ("organisation", "Youth Offending Team")}


def test_a_teams_leader_is_one_post_in_the_councils_own_team() -> None:
    """"the Street Cleansing Team Leader": a team leader's post in the council's own team,
    no body "Street Cleansing Team"; a body's name before a post still names the body
    ("Westvale Police Team Leader")."""
    names = _names(_read("The Street Cleansing Team Leader and the Westvale Police Team "
                         "Leader reported."))
    assert ("post", "Street Cleansing Team Leader") in names
    assert {n for n in names if n[0] == "organisation"} == {("organisation", "Westvale Police")}


def test_a_schemes_name_with_a_lower_case_word_before_its_head() -> None:
    it = _read("The Council Tax relief scheme was agreed, as was the Housing Strategy draft "
               "plan and an NHS England led programme.")
    names = _names(it)
    assert ("programme", "Council Tax relief scheme") in names
    assert not [n for n in names if "draft" in n[1] or "led" in n[1]]


def test_a_post_then_and_then_a_person_of_a_list() -> None:
    it = _read("Present were Ann Bell - Head of Parks and Leisure Services and Peter Munro - "
               "Safety Manager.")
    names = _names(it)
    assert ("post", "Head of Parks and Leisure Services") in names
    assert ("person", "Peter Munro") in names


def test_initials_alone_and_a_plural_title_name_no_person_or_post() -> None:
    """"Cllr TR reported" names a member only by initials (named in full elsewhere); "County
    councillors K Ames, L Birt" is a title for several, no post."""
    it = _read("Cllr TR reported on the footpath. Apologies were received from County "
               "councillors K Ames, L Birt.")
    names = _names(it)
    assert ("person", "K Ames") in names
    assert not [n for n in names if n[1] in ("TR", "County councillors")]


def test_a_survey_and_a_hyphened_word_before_a_programmes_name() -> None:
    it = _read("Members noted the 5-year Parks Plan and an all-Scotland Tenant Survey.")
    names = _names(it)
    assert ("programme", "5-year Parks Plan") in names
    assert ("programme", "all-Scotland Tenant Survey") in names


def test_a_plans_edition_number_is_part_of_its_name() -> None:
    it = _read("The Board approved the Regional Cycling Plan 3 for consultation. The Parks "
               "Plan 2 weeks ago was discussed.")
    names = _names(it)
    assert ("programme", "Regional Cycling Plan 3") in names
    assert ("programme", "Parks Plan") in names


def test_a_quoted_name_takes_one_word_before_its_programme_word() -> None:
    it = _read('Members asked about the "Bright Start" voucher scheme.')
    assert ("programme", "Bright Start voucher scheme") in _names(it)


def test_a_programme_is_known_by_its_name_without_its_kind_or_review() -> None:
    it = _read("Members asked about the ‘Safe Streets’ initiative and the Review of the "
               "Bus Station Redevelopment Scheme.")
    aliases = {m.label: m.aliases for m in it.mentions if m.kind == "programme"}
    assert "Safe Streets" in aliases["Safe Streets initiative"]
    assert "Bus Station Redevelopment Scheme" in aliases[
        "Review of the Bus Station Redevelopment Scheme"]
    # a review of what is no programme names none; a place or a body before the kind word
    # is no name of the scheme's
    it = _read("The Review of Licensing Fees, the Eastbury project and the Westbury Housing "
               "Trust project were noted.")
    assert all(not m.aliases for m in it.mentions if m.kind == "programme")


def test_a_name_x_for_y_before_a_lower_case_programme_word() -> None:
    it = _read("Members noted the Rooms for Refugees scheme and the Ready for Work programme.")
    names = _names(it)
    assert ("programme", "Rooms for Refugees scheme") in names
    assert ("programme", "Ready for Work programme") in names


def test_a_strategy_refresh_names_the_strategy() -> None:
    it = _read("The Young Carers Strategy Refresh was noted.")
    assert ("programme", "Young Carers Strategy") in _names(it)


def test_a_programme_named_after_what_is_done_to_it() -> None:
    it = _read("Members agreed the Adoption of the Riverside Cycling Plan. The Annual Report "
               "of the Director of Public Health was noted.")
    names = _names(it)
    assert ("programme", "Riverside Cycling Plan") in names
    assert not [n for n in names if n[0] == "programme" and "Director" in n[1]]


def test_the_post_a_contact_line_names_after_its_officer() -> None:
    text = ("Licensing Committee - Monday 3rd July 2023 10:00am\n\nContact: Jo Penrose, Member "
            "Support Administrator  Tel: 01234 567890\n\n1.\n\nReport\n\nMinutes:\n\n"
            "RESOLVED – That the report be noted.\n")
    minutes = extract(text)
    read_prose([(text, minutes)])
    assert [(c.kind, c.label) for c in minutes.contacts] == [
        ("person", "Jo Penrose"), ("post", "Member Support Administrator")]


@pytest.mark.parametrize("line", [
    "Contact: Democratic Services Manager  Email: committees@example.gov.uk",
    "Contact: Office Manager, Civic Centre, Hale Road, Westbury  Telephone - 01234 567890",
])
def test_a_contact_line_may_name_the_post_alone(line: str) -> None:
    """A contact line with no officer's name names the post that opens it, without the
    address after its comma."""
    text = (f"Licensing Committee - Monday 3rd July 2023 10:00am\n\n{line}\n\n1.\n\nReport"
            "\n\nMinutes:\n\nRESOLVED – That the report be noted.\n")
    minutes = extract(text)
    read_prose([(text, minutes)])
    posts = [c.label for c in minutes.contacts if c.kind == "post"]
    assert posts == [line.removeprefix("Contact: ").split(",")[0].split("  ")[0]]


@pytest.mark.parametrize(("line", "post"), [
    ("Contact: Tom Penrose Committee Officer", "Committee Officer"),
    ("Contact: Rachel Quorley Police and Crime Panel Officer", "Police and Crime Panel Officer"),
])
def test_a_contact_lines_officer_run_onto_the_post_is_a_person_and_a_post(
        line: str, post: str) -> None:
    """"Contact: Tom Penrose Committee Officer" over a ModernGov page's items: the officer's
    given name and surname, with no comma, then the post; a person and a post, not one post
    that holds the name."""
    text = (f"Licensing Committee - Monday 3rd July 2023 10:00am\n\n{line}\nNo. | Item |\n"
            "1.\n\nReport\n\nMinutes:\n\nRESOLVED – That the report be noted.\n")
    minutes = extract(text)
    read_prose([(text, minutes)])
    name = " ".join(line.split()[1:3])
    assert [(c.kind, c.label) for c in minutes.contacts] == [("person", name), ("post", post)]
    person = minutes.contacts[0]
    assert text[person.span.start : person.span.end] == name


@pytest.mark.parametrize(("line", "found"), [
    ("Contact: Committee Services Officer - Tamsin Orrell  Email: committees@example.gov.uk",
     [("person", "Tamsin Orrell"), ("post", "Committee Services Officer")]),
    # a remit after the dash is the post's own, no person: the post whole
    ("Contact: Service Manager - Public Protection  Email: committees@example.gov.uk",
     [("post", "Service Manager - Public Protection")]),
    # two capitalised words of a remit, no given name opening them: no person
    ("Contact: Lead Officer - Community Safety  Email: committees@example.gov.uk",
     [("post", "Lead Officer - Community Safety")]),
])
def test_a_contact_lines_post_then_a_dash_and_the_officer(line: str, found: list) -> None:
    """"Contact: Committee Services Officer - Tamsin Orrell": the post, a dash, then the
    officer who holds it: a post and a person, not one post holding the name."""
    text = (f"Licensing Committee - Monday 3rd July 2023 10:00am\n\n{line}\n\n1.\n\nReport"
            "\n\nMinutes:\n\nRESOLVED – That the report be noted.\n")
    minutes = extract(text)
    read_prose([(text, minutes)])
    assert sorted((c.kind, c.label) for c in minutes.contacts) == found
    person = [c for c in minutes.contacts if c.kind == "person"]
    assert all(text[c.span.start : c.span.end] == c.label for c in person)


def test_a_contact_lines_dash_and_name_is_read_once_in_a_long_blank_run() -> None:
    """A contact line printed with a long run of blanks (a PDF's columns) is searched for
    the dash before an officer's name in time that grows with the line, not with its
    square: each blank is read once, not again from each place in the run."""
    from kg.prose import _contact_dash_name

    start = time.perf_counter()
    assert _contact_dash_name("Committee Officer" + " " * 20000 + "x", load_patterns()) is None
    assert time.perf_counter() - start < 2


def test_a_contact_line_with_no_post_names_none() -> None:
    text = ("Licensing Committee - Monday 3rd July 2023 10:00am\n\nContact: Governance & "
            "Scrutiny  Tel: 0161 778 7009\n\n1.\n\nReport\n\nMinutes:\n\nRESOLVED – That "
            "the report be noted.\n")
    minutes = extract(text)
    read_prose([(text, minutes)])
    assert not [c for c in minutes.contacts if c.kind == "post"]


def test_a_two_word_surname_alone_is_the_person_named_in_full() -> None:
    it = _read("Cllr Huw Pryce Lomax was welcomed. Cllr Pryce Lomax reported on the verges.")
    people = {m.label for m in it.mentions if m.kind == "person"}
    assert people == {"Huw Pryce Lomax"}


def test_an_acts_initials_in_brackets_make_no_person() -> None:
    it = _read("Most requests under the Waste Regulations (WXR) were answered in time.")
    assert not [n for n in _names(it) if n[0] == "person"]


def test_the_nhs_bodies_of_each_area_by_their_kind() -> None:
    it = _read("The changes to Integrated Care Boards (ICBs) would affect Primary Care Networks.")
    orgs = {label for kind, label in _names(it) if kind == "organisation"}
    assert {"Integrated Care Boards", "Primary Care Networks"} <= orgs


def test_known_bodies_in_lower_case() -> None:
    it = _read("A bid for £3m had been made to central government.")
    assert ("organisation", "central government") in _names(it)


def test_the_owner_is_no_part_of_a_programme_name() -> None:
    it = _read("Members welcomed the Council's Domestic Abuse Strategy.")
    assert ("programme", "Domestic Abuse Strategy") in _names(it)


def test_reports_promised_to_a_meeting_look_forward() -> None:
    it = _read("Members requested that a report on the Highways Improvement Programme be "
               "brought to the July meeting.")
    assert [(r.date, r.precision) for r in it.meeting_refs] == [(date(2023, 7, 1), "month")]
    (f,) = it.followups
    assert (f.requested_by, f.due_text, f.due_date) == (
        "Members", "to the July meeting", date(2023, 7, 31))


@pytest.mark.parametrize(
    ("sentence", "assigned_to", "due_text"),
    [
        ("ACTION: The Head of Finance to circulate the breakdown of the figures to Members.",
         "Head of Finance", None),
        ("The Director undertook to provide a written response to Councillor Smith.",
         "Director", None),
        ("It was agreed that a briefing note would be circulated to Members.", None, None),
        ("Officers would provide a written response to the question after the meeting.",
         None, "after the meeting"),
        ("The Cabinet Member confirmed that she would share the data with the Committee.",
         "Cabinet Member", None),
        ("Members asked for an update at the next meeting.", None, "at the next meeting"),
        ("RESOLVED that the Committee receives a further report in September 2024.",
         None, "in September 2024"),
    ],
)
def test_followups_in_other_house_styles(sentence: str, assigned_to: str | None,
                                         due_text: str | None) -> None:
    (f,) = _read(sentence).followups
    assert (f.assigned_to, f.due_text) == (assigned_to, due_text)


@pytest.mark.parametrize(
    "sentences",
    [
        "Members asked for further information on how the pilot is monitored. A detailed "
        "analysis had been given in the previous paper.",
        "Members requested details of the waiting list. The Director explained that it had "
        "fallen by a third since April.",
        "The service would provide support to families across the county.",
    ],
)
def test_questions_answered_and_plans_described_are_not_followups(sentences: str) -> None:
    assert _read(sentences).followups == []


# Broad constructions from an audit of unseen councils' pages (sentences invented).
@pytest.mark.parametrize(
    ("sentences", "assigned_to"),
    [
        # one person takes an errand on, whatever its verb
        ("Councillor Okafor offered to facilitate a meeting with the tenants' group.",
         "Okafor"),
        ("The Clerk undertook to meet the contractor on site.", "Clerk"),
        ("The haulier has agreed to do the work before the spring.", None),
        # what the meeting agreed someone would do, whatever its verb
        ("It was agreed that Councillor Penrose would meet the residents at a later date.",
         None),
        # the subjunctive after "resolved" as after "agreed"
        ("It was RESOLVED that the Clerk update the tenants on the repairs.", None),
        ("The Panel agreed that once the survey was received it would organise a workshop.",
         None),
        # the chair's soft request, and a matter that needs more
        ("The Chair felt it would be useful for officers to bring the figures back to "
         "committee.", None),
        ("Members felt that the allotment rents required further discussion at a future "
         "meeting.", None),
        # a bare infinitive in a list the meeting agreed
        ("The following actions were agreed:\n\n- To replace the broken gate on the "
         "bridleway", None),
        # an action column naming who acts on the sentence before
        ("Replacing the bench by the pond remains outstanding. ACTION CLERK", "CLERK"),
        # … and several members by their initials, parted by commas
        ("Nobody has applied for the warden's post. It will continue to be advertised.\n"
         "Action TB, NQ, JX", "TB, NQ, JX"),
        # a meeting set up for business, and a seminar whenever it is
        ("A special meeting of the Panel would be held on 9 February to consider the budget.",
         None),
        ("The Chair announced that a finance seminar for Members would be held on 4 June.",
         None),
        # what named members or posts will do or intend, in reported speech
        ("Members were advised that the Chair and Vice-Chair intended to meet the "
         "landowner in June.", None),
        ("The Director confirmed that the Head of Highways would inspect the culvert.", None),
        # someone pressed to act, as "asked" presses them
        ("Members urged officers to press the contractor for a finish date.", "officers"),
        ("He urged the Leader to obtain a reply from the Minister.", "Leader"),
        # word to come to someone, in the future passive, after a past clause of its own
        ("It had been necessary to move the workshop to March and Members would be advised "
         "of the new date in due course.", None),
        # … its time said first, though the news it waits on is said in the past; or how
        # word comes, said after "by"
        ("Members would be advised when the work was complete.", None),
        ("The tenants would be informed once the hedge had been cut.", None),
        ("Members would be advised by letter of the new date.", None),
        # a request in the past subjunctive, as reported speech puts it
        ("It was requested that consideration was given to how Members could see the "
         "figures.", None),
        ("The Panel requested that members were informed when a casework reply ran late.",
         None),
    ],
)
def test_errands_taken_on_agreed_or_marked_whatever_their_verb(
        sentences: str, assigned_to: str | None) -> None:
    (f,) = _read(sentences).followups
    if assigned_to is not None:
        assert assigned_to in (f.assigned_to or "")


@pytest.mark.parametrize(
    "sentences",
    [
        # offers on a condition nobody has met
        "A hearing loop will be provided if requested.",
        "The Vice-Chair offered to open the village hall should the need arise.",
        "If approved by Council, two members would be nominated to the joint board.",
        "She advised that if any problems arose, she would review the rota.",
        # the works an application describes
        "An application for six holiday lodges to be placed beside the lake was noted.",
        # one who had offered before, described
        "The roofer who had offered to undertake the repair was not available until May.",
        # the meeting asked to act there and then
        "The Panel were asked to review the findings and draw their conclusions.",
        # a notice period, a hope, and a pronoun's fate after a preposition
        "Urgent business (48 hours notice to be given to the Chair).",
        "The officer expressed hope for the plan to be adopted by Council in the spring.",
        "He set out the timetable leading up to it being published in March.",
        # when a meeting is, said alone
        "The Chair informed Members that the extra meeting would be held on Tuesday, 7 March "
        "at 10.00am.",
        # what another body will do, reported, or a member's own plans
        "The Director explained that NHS England would open a new ward in Stafford next year.",
        "It was reported that Councillor Hale would stand down at the election.",
        # an outside body's intention is its own plan
        "Mr Bell of Audit Wales informed the Committee that Audit Wales intended to issue "
        "an unqualified opinion.",
        # the message passed on, or news already had, after "advised" or "informed"
        "RESOLVED – That the Cabinet be advised that this Committee supports the proposal.",
        "Councillor Hale has contacted the county to be informed the officer was away.",
        # … in a resolution's present passive too, and who advised, after "by"
        "RESOLVED – That the Board is advised that the audit was completed.",
        "Members would be advised by the Clerk that the road was closed.",
        # "urged" asks someone to act only with a doer and an errand: a call to all, or a
        # counsel, is none
        "Members urged everyone to attend the summer fete.",
        "Councillor Hale urged caution over the reserves.",
        # a state or a wait, though agreed
        "Members agreed that they would await the outcome of the county review.",
        # a question put, and a gerund's subject after "of"
        "Mr Ames asked an oral question about school places and whether the committee agreed "
        "that delay would harm pupils.",
        "Councillors may reach another view in the light of further evidence being made "
        "available.",
        # a participle clause with "being" on a noun or after a preposition: the
        # circumstance of something else
        "The meetings were usually held at 5.30pm, with this extra meeting being brought "
        "forward to a 4.00pm start.",
        "The pothole on Mill Lane had still not been filled despite being reported twice.",
        "The hall accounts were closed, the levy invoices being sent out in April.",
        "Ordinarily the report is checked by the Westby Panel prior to being presented to "
        "the Forum.",
        # an agenda purpose under a resolution is no action
        "RESOLVED: that the report be noted.\n\nTo update Members on recent activities.",
    ],
)
def test_offers_descriptions_and_business_at_the_meeting_are_not_followups(
        sentences: str) -> None:
    assert _read(sentences).followups == []


@pytest.mark.parametrize("sentence", [
    # "being" after a form of "be": work under way, or to be
    "The database of contacts for the Westby friends groups is currently being updated.",
    # what the meeting agreed to or asked for, named by a participle clause
    "(3) Agreed to a report being brought back to the September meeting with an update.",
    "Members asked for the revised figures being circulated before the budget meeting.",
    # business sent back to a meeting to come, whatever the clause hangs on
    "The draft statement was before the committee prior to the final document being "
    "brought back to the committee for approval.",
    "RESOLVED that the scheme be approved subject to a report being brought to the next "
    "meeting.",
    # or to a meeting named by its month or its body (a seed's own request)
    "This was being tested through eight pilots, with a report being brought to the January "
    "2017 Select Committee outlining progress.",
    "The scheme was approved, with a further update being brought to the March meeting.",
])
def test_a_being_clause_after_be_or_an_ask_is_still_a_followup(sentence: str) -> None:
    assert len(_read(sentence).followups) == 1


# Principal councils' pages, from an audit of scrutiny, cabinet and panel minutes of
# councils outside the dev sets (sentences invented).
@pytest.mark.parametrize(
    "sentences",
    [
        # what was agreed to be needed, a further discussion set, updates to keep coming
        "It was agreed that the parking charges needed to be followed up in the budget round.",
        "A further discussion of the options would be held at an informal session in June.",
        "The Committee agreed to continue to receive quarterly reports on rough sleeping.",
        # business put off until what it waits for comes
        "Consideration of the tenancy policy was deferred pending further information.",
        "The Panel agreed to defer the report until the outcome of the consultation was known.",
        "The application was deferred for a site visit.",
        "Item 7 on the agenda has been deferred to the next meeting of the Committee.",
        # the meeting's own decision that answers be sent out
        "Council agreed that the responses to the questions submitted should be circulated "
        "by e-mail.",
        # an item put on a work programme is business for a meeting to come
        "Damp in council homes was added to the Committee's work programme.",
        # a special meeting agreed in the noun's form, a point to take to another body
        "The Panel agreed to the holding of a special meeting before Cabinet to consider the "
        "waste contract.",
        "It was agreed that the delay should be raised at the Management Board.",
        # members asked for something to send in after the meeting
        "The Housing Manager asked Members to provide details of any known cases of mould.",
        "The Panel agreed to include a review of library hours in its forward work programme.",
    ],
)
def test_principal_councils_agreed_work_and_deferrals(sentences: str) -> None:
    assert len(_read(sentences).followups) == 1


@pytest.mark.parametrize(
    "sentences",
    [
        # the public-question rubric an agenda prints
        "Questions must relate to items on the agenda and will be taken in the order in which "
        "they were received.",
        # what this meeting is to do, as the agenda announces it, and who will speak to it
        "Members will be invited to consider possible topics for the work programme.",
        "Inspector Dale will present the quarterly policing report.",
        # questions sent to a body, not anyone told to act
        "Questions had been received from a resident which were directed to the Housing Trust.",
        # what another meeting put on the work programme, reported
        "Items raised at the last meeting were added to the work programme.",
        # the meeting's own business announced, and a question-and-answer item
        "The Panel will look at the new neighbourhood policing model.",
        "Councillor Ives to attend in her role as Chair of the Housing Committee, to answer "
        "questions from members.",
        # a gerund inside a question put at the meeting, and a judgement suggested
        "Councillor Burr asked if the Inspector knew of officers being moved to Bromley.",
        "Some Members suggested that a survey would give little indication of demand.",
        # business to be raised at this meeting
        "Any other matters to be raised at the meeting should be notified to the Chair.",
        # members asked to act there and then
        "The Chair asked Members to consider the options set out in the report.",
    ],
)
def test_agenda_rubrics_and_who_speaks_are_not_followups(sentences: str) -> None:
    assert _read(sentences).followups == []


@pytest.mark.parametrize(
    "sentences",
    [
        # … but the same words send business on when a meeting to come is named
        "Members will be asked to agree the revised plan at the next meeting.",
        "The Director will present the findings to Cabinet in September.",
        "Officers were directed to review the lettings policy.",
        "The Panel will look at the policing model again in March.",
        "Councillor Ives to attend the next meeting to answer questions on the budget.",
    ],
)
def test_the_same_words_with_a_meeting_to_come_are_followups(sentences: str) -> None:
    assert len(_read(sentences).followups) == 1


def test_roles_in_brackets_are_posts_held_by_the_person() -> None:
    it = _read("The following were in attendance:\n\n- Morag Pennington (Chief Officer "
               "Access and Inclusion, Adults and Health)\n\n- Dr Ian Cargill (Director of "
               "Public Health, Adults and Health)\n")
    assert {(h.person, h.post) for h in it.held_by} == {
        ("Morag Pennington", "Chief Officer Access and Inclusion"),
        ("Ian Cargill", "Director of Public Health")}


def test_a_label_in_capitals_before_a_name_and_its_role_is_no_part_of_the_name() -> None:
    """"PRESENT Cook (Clerk)": the label in capitals glued to the surname is not a given name;
    a name in mixed case before its role in brackets still is."""
    people = {m.label for m in _read("PRESENT Cook (Clerk), Ann Dale (Chair).").mentions
              if m.kind == "person"}
    assert "PRESENT Cook" not in people and "Ann Dale" in people


def test_a_bracket_that_is_no_role_makes_no_post() -> None:
    it = _read("Members visited Stoke Park (the old hospital site) in June.")
    assert not [m for m in it.mentions if m.kind in ("person", "post")]


def test_post_then_name_is_held_by() -> None:
    (held,) = _read("The report was presented by the Principal Scrutiny Officer, Stephen "
                    "Gwillym.").held_by
    assert (held.post, held.person) == ("Principal Scrutiny Officer", "Stephen Gwillym")


def test_a_title_in_capitals_of_connectors_and_dates_reads_without_error() -> None:
    it = _read("TO SIGN AS A CORRECT RECORD THE MINUTES OF THE MEETING HELD ON THE 28TH JULY, "
               "2017 pdf icon PDF 238 KB")
    assert not [m for m in it.mentions if m.kind != "person"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Members received the Annual Report of the Police and Crime Commissioner.",
        "The item on the Appointment of Deputy Chair was deferred.",
    ],
)
def test_a_name_headed_by_a_word_before_of_names_nothing(sentence: str) -> None:
    assert not [m for m in _read(sentence).mentions if m.kind in ("post", "organisation")]


def test_place_names_before_of_still_make_bodies() -> None:
    orgs = {m.label for m in _read("Officers met the City of Wolverhampton Council and the "
                                   "Isle of Wight Council.").mentions
            if m.kind == "organisation"}
    assert orgs == {"City of Wolverhampton Council", "Isle of Wight Council"}


def test_a_comma_before_another_body_lists_bodies() -> None:
    orgs = {m.label for m in _read("Officers from the Department for Education, Homes England "
                                   "and Ofwat met the Office for Tenants, Northshire Fire "
                                   "Service and the CQC.").mentions
            if m.kind == "organisation"}
    assert orgs == {"Department for Education", "Homes England", "Ofwat", "Office for Tenants",
                    "Northshire Fire Service", "CQC"}
    orgs = {m.label for m in _read("The Department for Levelling Up, Housing and Communities "
                                   "wrote.").mentions if m.kind == "organisation"}
    assert orgs == {"Department for Levelling Up, Housing and Communities"}


def test_a_known_bodys_list_inside_its_name_with_and_or_an_ampersand() -> None:
    """A known body's long name goes on past its comma, though what follows the comma
    would begin a body ("… Local Government"), and "&" stands for its "and" (the two
    spellings one body); no article is needed before it. Another body after a comma is
    still listed apart."""
    it = _read("A response was sent to Ministry of Housing, Communities & Local Government "
               "and to the Ministry of Housing, Communities and Local Government's office, "
               "with a copy to Homes England, Ofwat.")
    orgs = {m.label: m.aliases for m in it.mentions if m.kind == "organisation"}
    assert orgs == {"Ministry of Housing, Communities and Local Government": [
        "Ministry of Housing, Communities & Local Government"], "Homes England": [],
        "Ofwat": []}


def test_the_board_of_a_body_names_the_body() -> None:
    """"on the Board of Eastvale College": the college's board; the college is the body
    named. A board of people ("the Board of Trustees") names no body after "of"."""
    orgs = _kinds(_read("Cllr Hale was on the Board of Eastvale College and the Board of "
                        "Northvale Homes LLP."), "organisation")
    assert orgs == {"Eastvale College", "Northvale Homes LLP"}
    orgs = _kinds(_read("The Board of Trustees of the Westbury Almshouses met."),
                  "organisation")
    assert not [o for o in orgs if o.startswith("Trustees")]


def test_the_capitals_transport_authority_is_a_known_body() -> None:
    assert "Transport for London" in _kinds(_read(
        "Funding would be provided by Transport for London."), "organisation")


def test_a_forum_or_board_a_body_sets_up_is_a_body_of_its_own() -> None:
    """"Network Rail" and "the Network Rail Forum" are two bodies, and so are a council and
    its Health and Wellbeing Board; a fuller name with a legal or NHS ending is the same
    body ("Westvale Hospital" is the "Westvale Hospital NHS Trust")."""
    it = _read("Network Rail would be invited; Cllr Hale sat on the Network Rail Forum. "
               "Westvale Hospital NHS Trust replied, and Westvale Hospital "
               "would attend.")
    orgs = {m.label: m.aliases for m in it.mentions if m.kind == "organisation"}
    assert orgs == {"Network Rail": [], "Network Rail Forum": [],
                    "Westvale Hospital NHS Trust": ["Westvale Hospital"]}


def test_inspectorates_are_bodies_and_a_posts_rank_or_office_is_none() -> None:
    orgs = {m.label for m in _read("Her Majesty's Inspectorate of Probation and the Care "
                                   "Inspectorate reported to the Acting Police, Crime and "
                                   "Justice Commissioner. The Commissioner's Office "
                                   "replied.").mentions if m.kind == "organisation"}
    assert orgs == {"Her Majesty's Inspectorate of Probation", "Care Inspectorate"}


def test_the_sovereign_is_no_body_and_the_crowns_bodies_are() -> None:
    """"on behalf of Her Majesty the Queen" names the sovereign, no body; the Crown's bodies
    are named with its possessive ("His Majesty's Inspectorate of Prisons")."""
    it = _read("The Lord-Lieutenant thanked the Council on behalf of Her Majesty the Queen.")
    assert _kinds(it, "organisation") == set()
    it = _read("A report from His Majesty's Inspectorate of Prisons was noted.")
    assert _kinds(it, "organisation") == {"His Majesty's Inspectorate of Prisons"}


@pytest.mark.parametrize(("sentence", "orgs"), [
    ("Traders in the Town Centre had raised parking.", set()),
    ("Footfall in the City Centre had risen.", set()),
    ("Parking in Westby Town Centre was raised.", set()),
    ("Westby Leisure Trust ran the Westby Leisure Centre.", {"Westby Leisure Trust"}),
    ("The Scrutiny Chairs Group had met in March.", set()),
    ("The Vice-Chairs Group would consider the work programme.", set()),
    ("The Westby Community Centre had reopened.", {"Westby Community Centre"}),
    ("The Westby Chief Officers Group agreed the plan.", {"Westby Chief Officers Group"}),
    ("Members of the Westby Youth Cabinet presented their manifesto.",
     {"Westby Youth Cabinet"}),
    ("The Cabinet agreed the budget.", set()),
])
def test_a_place_and_the_councils_own_chairs_are_no_bodies(sentence: str,
                                                           orgs: set[str]) -> None:
    """A town's centre and a leisure centre are places (the trust that runs one is a body),
    and the council's chairmen meeting together its own group; a community centre with its
    name, other groups of officers and a youth cabinet (no council's cabinet) are bodies."""
    assert _kinds(_read(sentence), "organisation") == orgs


@pytest.mark.parametrize(("heading", "sentence", "listed"), [
    ("Minutes of the Audit Committee", "The Health and Wellbeing Board had endorsed the plan.",
     set()),
    ("Minutes of Westby Borough Council", "A report to the Westby Health & Well-being Board "
     "was noted.", set()),
    ("Minutes of the Westshire County Council Cabinet", "The Westshire County Council Health "
     "and Wellbeing Board would consider the strategy.", set()),
    ("Minutes of the Westshire Safeguarding Children Board", "The Health and Wellbeing "
     "Board had endorsed the plan.", {"Health and Wellbeing Board"}),
    ("Minutes of the Westshire Police and Crime Panel", "The Health and Wellbeing Board had "
     "endorsed the plan.", {"Health and Wellbeing Board"}),
    ("Minutes of the Audit Committee", "The Westby Community Wellbeing Board had endorsed "
     "the plan.", {"Westby Community Wellbeing Board"}),
])
def test_a_health_and_wellbeing_board_is_the_councils_own(heading: str, sentence: str,
                                                          listed: set[str]) -> None:
    """A health and wellbeing board is a statutory committee of the council, which the guide
    does not list in the minutes of the council or its committees; in a body's of its own (a
    safeguarding board's, a police and crime panel's) it is another body. Another board
    with "Wellbeing" in its name is no council's by law."""
    it = _first_item_of(f"{heading} held on 3 May 2023\n\n1. Report\n\n{sentence}\n")
    assert _kinds(it, "organisation") == listed


def test_people_of_a_known_body_are_no_part_of_its_name() -> None:
    orgs = {m.label for m in _read("Staff of the Department for Transport met the "
                                   "Board.").mentions if m.kind == "organisation"}
    assert orgs == {"Department for Transport"}


def test_a_capital_i_ends_a_name() -> None:
    posts = [m.label for m in _read("Thanks to the Cabinet Member for Adult Social Care I "
                                    "would add.").mentions if m.kind == "post"]
    assert posts == ["Cabinet Member for Adult Social Care"]


# -- rules added from minutes of councils outside the corpus (sentences invented) ----------


def _kinds(it: Item, kind: str) -> set[str]:
    return {m.label for m in it.mentions if m.kind == kind}


def test_a_post_of_a_portfolio_is_no_body() -> None:
    it = _read("Dr Priya Nair, Director of Public Health, introduced the strategy.")
    assert "Director of Public Health" in _kinds(it, "post")
    assert not _kinds(it, "organisation")


def test_a_posts_second_remit_before_the_next_post_is_no_person() -> None:
    """Officers listed by their posts alone ("Head of Leisure and Community Facilities, Head
    of Waste Management"): the words after the first post's "and" are its second remit, not a
    person whom the comma and the next post describe. Negative: a given name there still
    opens a person ("the Head of Finance and Jo Hale, Director of Place")."""
    it = _read("Officers: Head of Democratic Services, Head of Leisure and Community "
               "Facilities, Head of Waste Management and Committee Officer.")
    assert "Head of Leisure and Community Facilities" in _kinds(it, "post")
    assert not _kinds(it, "person")
    it = _read("The Head of Finance and Jo Hale, Director of Place, attended.")
    assert "Jo Hale" in _kinds(it, "person")
    assert {"Head of Finance", "Director of Place"} <= _kinds(it, "post")
    # A body's name is no portfolio: the name after its "and" is a person's, though her given
    # name is on no list.
    it = _read("The Chair of Westshire Council and Ysolde Marrick, Head of Legal, attended.")
    assert "Ysolde Marrick" in _kinds(it, "person")


def test_posts_between_people_are_read() -> None:
    it = _read("Mr Alan Reeve, Chief Executive and Mrs Jo Bell, Director of Estates, attended.")
    assert {"Chief Executive", "Director of Estates"} <= _kinds(it, "post")
    assert {"Alan Reeve", "Jo Bell"} <= _kinds(it, "person")


def test_a_name_after_a_post_without_a_comma() -> None:
    it = _read("Members had a note prepared by the Senior Policy Officer Megan Price.")
    assert ("person", "Megan Price") in _names(it)
    assert "Senior Policy Officer" in _kinds(it, "post")
    assert not _kinds(_read("The Director Adult Social Care presented the plan."), "person")


def test_a_semicolon_with_no_space_ends_a_name() -> None:
    it = _read("The question was put by Mrs Hale;and Minute 4 was amended to read so.")
    assert _kinds(it, "person") == {"Hale"}


def test_a_role_word_after_a_name_is_no_part_of_it() -> None:
    it = _read("The Chairman welcomed Anna Ward Technician of the ambulance service.")
    assert "Anna Ward" in _kinds(it, "person")


def test_a_generic_place_after_a_body_is_no_part_of_its_name() -> None:
    it = _read("The two bodies would form one Integrated Care Partnership for the County.")
    assert _kinds(it, "organisation") == {"Integrated Care Partnership"}


def test_a_kind_of_trust_is_no_trust() -> None:
    assert not _kinds(_read("The hospital had made its application for Foundation Trust "
                            "status."), "organisation")


def test_council_acronyms_ending_in_a_plain_c_are_bodies() -> None:
    it = _read("Cllr Amos confirmed that NRYC will attend to the potholes; the HOSC met.")
    assert _kinds(it, "organisation") == {"NRYC"}
    assert not _kinds(_read("The KRFC Co-ordinator reported."), "organisation")


def test_a_titled_post_numbered_by_an_act_is_read() -> None:
    it = _read("The Section 151 Officer confirmed the reserves were adequate.")
    assert _kinds(it, "post") == {"Section 151 Officer"}


def test_posts_headed_by_two_words_or_a_steward() -> None:
    it = _read("The Senior Finance Business Partner and the Village Steward reported.")
    assert {"Senior Finance Business Partner", "Village Steward"} <= _kinds(it, "post")


def test_an_office_titled_with_general_after_its_head_is_read_whole() -> None:
    """"the Auditor General", "the Auditor General for Wales", "the Director General": the
    "General" is the office's, not a word after an "Auditor" (a different post)."""
    posts = _kinds(_read("The Auditor General would sign the accounts and the Director "
                         "General of the agency attended."), "post")
    assert {"Auditor General", "Director General"} <= posts and "Auditor" not in posts
    posts = _kinds(_read("The Auditor General for Wales would sign the accounts."), "post")
    assert posts == {"Auditor General for Wales"}


def test_a_pcso_title_is_a_post_too() -> None:
    it = _read("A report from PCSO Hallam covered the summer months.")
    assert "PCSO" in _kinds(it, "post") and "Hallam" in _kinds(it, "person")


def test_a_past_holders_post_is_none_but_an_ex_officio_members_is() -> None:
    """"the Former Clerk" names one who no longer holds the post, no post the meeting has;
    an "Ex Officio Member" holds a seat now, by virtue of another office ("ex officio": by
    office), and is a post like any other though "ex" opens it."""
    it = _read("The Former Clerk, Mrs Ann Dale, was thanked for her service.")
    assert not {p for p in _kinds(it, "post") if "Clerk" in p}
    it = _read("Present: Cllr Jo Hale (Chairman), Cllr Ian Bell (Ex Officio Member).")
    assert "Ex Officio Member" in _kinds(it, "post")


def test_an_honorary_title_before_a_name_is_the_honorary_post() -> None:
    """"Honorary Alderman Jo Hale" holds the honorary office, listed whole; a title with no
    such word before it is the title alone ("Alderman Ian Bell"), and a capitalised word
    before it that is no qualifier stays out ("Mayor Alderman Sam Reid": two posts)."""
    it = _read("Tributes were paid to Honorary Alderman Jo Hale, MBE, who died in May.")
    assert "Honorary Alderman" in _kinds(it, "post") and "Jo Hale" in _kinds(it, "person")
    it = _read("Mayor Alderman Sam Reid attended the ceremony.")
    assert "Alderman" in _kinds(it, "post") and "Mayor Alderman" not in _kinds(it, "post")


@pytest.mark.parametrize("sentence", [
    "The minutes were signed by the Chairman. PC Resolved to accept the quote.",
    "A full note was added at PC Meeting in May.",
    "Cllr Tamsin Polglaze was elected Chair of Westbury PC Finance Committee.",
])
def test_a_parish_councils_initials_before_no_name_are_no_constable(sentence: str) -> None:
    """"PC" before a word no name has ("Resolved", "Meeting", a committee's words) is a
    parish council's initials, no constable's rank: neither a post nor a person."""
    it = _read(sentence)
    assert "PC" not in _kinds(it, "post")
    assert not {"Resolved", "Meeting", "Finance Committee"} & _kinds(it, "person")
    assert "PC" in _kinds(_read("PC Tomas Orrell reported two thefts."), "post")


def test_a_member_of_parliament_by_initials_is_a_post_beside_a_name() -> None:
    """"MP" before or after a name is the seat the person holds, and no part of the name
    nor a body; parish members' initials ("MP proposed") stay no post."""
    it = _read("Sir Tomas Orrell MP wrote in support, and the Clerk had contacted MP Ines "
               "Varga about the bus route.")
    assert "MP" in _kinds(it, "post")
    assert {"Tomas Orrell", "Ines Varga"} <= _kinds(it, "person")
    assert "MP" not in _kinds(it, "organisation")
    it = _read("MP proposed the accounts be approved, seconded by KL.")
    assert "MP" not in _kinds(it, "post")


def test_an_assembly_seat_after_a_name_is_a_post() -> None:
    """"Mr Tomas Orrell MLA": a Member of the Northern Ireland Assembly, as NI bodies' rolls
    and prose print their members, holds the seat as a post, and the letters are no part of
    the name."""
    it = _read("The Board thanked Mr Tomas Orrell MLA, who had spoken on the arts budget.")
    assert "MLA" in _kinds(it, "post")
    assert "Tomas Orrell" in _kinds(it, "person")


@pytest.mark.parametrize("sentence", [
    "The Chair had written to the Minister in advance of the meeting.",
    "Leaders met the Minister on 24 June to discuss transport.",
])
def test_the_minister_alone_is_a_post(sentence: str) -> None:
    """"had written to the Minister": the government minister a public body answers to,
    named alone, is a post as "the Minister for Transport" is."""
    assert ("post", "Minister") in _names(_read(sentence))


@pytest.mark.parametrize(("sentence", "post"), [
    ("The Commissioner made a short statement on the fire.", "Commissioner"),
    ("The Clerk asked the Inspector to review the appeal.", "Inspector"),
])
def test_a_commissioner_or_an_inspector_alone_is_a_post(sentence: str, post: str) -> None:
    """"the Commissioner made a statement", "asked the Inspector": named alone, once the
    text has said which, the head is the post."""
    assert post in _kinds(_read(sentence), "post")


def test_a_bare_head_is_the_one_longer_post_that_ends_in_it() -> None:
    """"the Police and Crime Commissioner … the Commissioner said": one post, the bare head
    its short form; "the Minister for Transport … the Minister" too."""
    it = _read("The Police and Crime Commissioner attended. The Commissioner said that "
               "burglaries in Westbury had fallen.")
    posts = _posts_with_aliases(it)
    assert "Commissioner" not in posts
    assert "Commissioner" in posts["Police and Crime Commissioner"]
    posts = _posts_with_aliases(_read("Tamsin Penrose, Minister for Transport, attended. The "
                                      "Minister thanked the Board."))
    assert "Minister" not in posts and "Minister" in posts["Minister for Transport"]


def test_a_name_ends_in_a_phrase_word_for_word_and_the_first_listed_is_given() -> None:
    """names._ending (the year heads', working groups' and committees' checks): a name that is
    one of a list's phrases or ends in one after a space, the first in the list's order; a
    phrase run into a word ("subcommittee") is no ending."""
    from kg.nlp.names import _ending, _ends_in

    heads = ("forward work programme", "work programme", "programme")
    assert _ending("the forward work programme", heads) == "forward work programme"
    assert _ending("work programme", heads) == "work programme"
    assert _ending("the capital programme", heads) == "programme"
    assert _ends_in("scrutiny committee", ("committee",))
    assert not _ends_in("subcommittee", ("committee",))
    assert _ending("programmes", heads) is None and not _ends_in("", heads)


def test_a_bare_head_beside_ranked_posts_stays_its_own_post() -> None:
    """"the Chief Commissioner" and "the Commissioner" are two offices of a commission: a
    rank before the head makes another post, so the bare head is not joined to it."""
    it = _read("The Chief Commissioner opened the meeting. The Commissioner asked about the "
               "budget.")
    posts = _posts_with_aliases(it)
    assert "Commissioner" in posts
    assert "Commissioner" not in posts["Chief Commissioner"]


@pytest.mark.parametrize(("sentence", "post", "printed"), [
    ("B.1067 Clerk to the Board a) Further to minute B.1030, the Clerk reported on the "
     "pumps.", "Clerk to the Board", "B.1067 Clerk to the Board"),
    ("A2Chief Fire Officer’s commendations were presented to two crews.", "Chief Fire Officer",
     "A2Chief Fire Officer"),
    ("FINANCIAL REPORTThe Clerk presented the annual accounts.", "Clerk", "REPORTThe Clerk"),
])
def test_a_reference_run_onto_a_post_is_no_part_of_it(sentence: str, post: str,
                                                       printed: str) -> None:
    """"B.1067 Clerk to the Board", "A2Chief Fire Officer", "REPORTThe Clerk": a minute's
    number or a heading run onto the post that opens an item's text is no part of the post,
    of its label nor of its span, which is the post's exact text; "the S151 Officer" keeps
    its letter and number."""
    it = _read(sentence)
    posts = _kinds(it, "post")
    assert post in posts and printed not in posts
    spans = {m.span.exact for m in it.mentions if m.kind == "post" and m.label == post}
    assert post in spans and not any(printed in exact for exact in spans)
    assert "S151 Officer" in _kinds(_read("The S151 Officer reported on reserves."), "post")


@pytest.mark.parametrize(("line", "post", "person"), [
    ("Ann Bell Head of Audit Eluned Prosser Head of Communications Jo Dean Head of Finance",
     "Head of Communications", "Eluned Prosser"),
    ("Joann Hale, Head of Estates Birgit Tamworth, Project Manager Amy Eastfield",
     "Head of Estates", "Birgit Tamworth"),
])
def test_a_welsh_or_european_given_name_ends_the_post_before_it(line: str, post: str,
                                                                person: str) -> None:
    """A run-together roll of officers ("… Head of Audit Eluned Prosser Head of
    Communications …"): a given name the lexicon knows (Welsh "Eluned", "Steffan",
    European "Birgit") opens the next person, and the post before it ends there."""
    it = _read(line)
    assert post in _kinds(it, "post") and person in _kinds(it, "person")


@pytest.mark.parametrize(("sentence", "post"), [
    ("She had spoken with Tamsin Penrose, the MP for East Westshire, who took up the issue.",
     "MP for East Westshire"),
    ("Elizabeth Hale, MP for SWN, recently claimed that the bus would stop.", "MP for SWN"),
])
def test_a_seat_with_its_constituency_is_one_post(sentence: str, post: str) -> None:
    """"the MP for East Westshire": the seat with the constituency it is held for is the
    post; "asked the MP for help" stays the bare seat."""
    assert post in _kinds(_read(sentence), "post")
    assert "MP" in _kinds(_read("They asked the MP for help with the road."), "post")


def test_a_seat_by_its_initials_alone_is_a_post_not_a_body() -> None:
    """"write to the MSP", "contacted NatureScot, the Forestry Commission and MSP": the seat
    with no name beside it is a post, never a body; initials that act ("seconded by KL and
    MP") are a member's."""
    it = _read("The clerk would write to the MSP. He had contacted NatureScot, the Forestry "
               "Commission and MEP. Proposed by JT, seconded by KL and MP.")
    assert {"MSP", "MEP"} <= _kinds(it, "post") and "MP" not in _kinds(it, "post")
    assert not {"MSP", "MEP", "MP"} & _kinds(it, "organisation")


def test_a_post_printed_as_a_title_after_a_is_the_office() -> None:
    """"a Cabinet member", its first word capitalised as titles are, is the office; "a
    county councillor" in lower case names none."""
    it = _read("Members may ask a Cabinet member about their portfolio.")
    assert "Cabinet member" in _kinds(it, "post")
    it = _read("She had served as a county councillor for years.")
    assert not _kinds(it, "post")


def test_a_trustee_of_a_body_holds_the_post_trustee() -> None:
    """"a trustee of …" in any case is the post "trustee" (of the body, when it is named),
    the body named on its own; the word with no "of" ("The trustees met", "the Trustee
    Board") is no post."""
    it = _read("Cllr Rowe declared an interest as a Trustee of the Westbury Hospice; Cllr "
               "Pike was a trustee of an independent day centre.")
    names = {n.lower() for m in it.mentions if m.kind == "post" for n in [m.label, *m.aliases]}
    assert names == {"trustee", "trustee of the westbury hospice"}
    assert "Westbury Hospice" in _kinds(it, "organisation")
    it = _read("The trustees met on Monday and the Trustee Board agreed.")
    assert not _kinds(it, "post")


def test_a_councils_place_before_a_councillors_tier_is_part_of_the_post() -> None:
    """"Westbury City Councillor Jo Hale" holds a seat on that council: the place is part
    of the post; a person's name before the tier is not ("Sam Rowe County Councillor …")."""
    it = _read("At the meeting, Westbury City Councillor Jo Hale asked a question.")
    assert "Westbury City Councillor" in _kinds(it, "post")
    assert "Jo Hale" in _kinds(it, "person")
    it = _read("Apologies from Sam Rowe County Councillor Jo Hale were noted.")
    assert "County Councillor" in _kinds(it, "post")


def test_a_police_rank_or_civic_office_before_a_name_is_a_post() -> None:
    it = _read("PC Tomas Reyes passed on apologies from Sergeant Ines Dold, and Chief "
               "Superintendent Ravi Kell sent a written report.")
    assert {"PC", "Sergeant", "Chief Superintendent"} <= _kinds(it, "post")
    assert {"Tomas Reyes", "Ines Dold", "Ravi Kell"} <= _kinds(it, "person")
    it = _read("Provost Ewan Carrick thanked the Depute Provost for the arrangements.")
    assert {"Provost", "Depute Provost"} <= _kinds(it, "post")
    assert "Ewan Carrick" in _kinds(it, "person")
    it = _read("Constable Brannagh reported two thefts, and Chief Constable Ola Venn wrote.")
    assert {"Constable", "Chief Constable"} <= _kinds(it, "post")
    assert {"Brannagh", "Ola Venn"} <= _kinds(it, "person")
    # the office alone, before no name, is no person
    assert not _kinds(_read("The Constable to the council wrote."), "person")


def test_a_post_word_alone_after_a_name_and_comma_is_her_post() -> None:
    it = _read("Members paid tribute to Mair-Ann Pryce, Solicitor who had retired in May.")
    assert _kinds(it, "post") == {"Solicitor"}
    assert _kinds(it, "person") == {"Mair-Ann Pryce"}
    # a capitalised word after it makes it some other name ("Solicitor General")
    assert "Solicitor" not in _kinds(_read("Ola Bendt, Solicitor General, wrote."), "post")


def test_a_post_with_a_dash_and_its_department_after_a_name() -> None:
    it = _read("The panel heard from Tilde Maro, Executive Director – Adult Services, on "
               "the new model.")
    assert "Executive Director – Adult Services" in _kinds(it, "post")
    assert "Tilde Maro" in _kinds(it, "person")
    assert not any("Tilde" in p for p in _kinds(it, "post"))


def test_commanders_and_chief_executives_by_initials_are_posts() -> None:
    it = _read("The Area Fire Commander and the CEO of Eastvale Hospice both attended.")
    assert {"Area Fire Commander", "CEO of Eastvale Hospice"} <= _kinds(it, "post")
    assert "CEO" in _kinds(_read("The CEO said the appeal had raised enough."), "post")
    assert not _kinds(_read("Commander Bay was the name of the old pub."), "post")


def test_a_licence_holder_is_a_party_not_a_post() -> None:
    it = _read("The Premises Licence Holder asked for an adjournment; the Portfolio Holder "
               "was not present.")
    assert _kinds(it, "post") == {"Portfolio Holder"}


def test_a_ward_councillor_by_tier_and_title() -> None:
    it = _read("Ward Cllr. Okafor said the road would be resurfaced in stages.")
    assert _kinds(it, "post") == {"Ward Cllr"} and _kinds(it, "person") == {"Okafor"}


def test_untitled_names_before_an_auxiliary_or_an_appointment() -> None:
    it = _read("Tomasz Wrona had explained the delay to the contractor.")
    assert _kinds(it, "person") == {"Tomasz Wrona"}
    it = _read("RESOLVED that Idris Penhale be appointed Vice-Chair for the year.")
    assert "Idris Penhale" in _kinds(it, "person")
    # a body, not a person, may be the subject after "that"
    it = _read("Members noted that Highways England had confirmed the closure.")
    assert not _kinds(it, "person")


def test_an_order_verb_is_no_part_of_the_post_after_it() -> None:
    assert _kinds(_read("Elect Chairman: it was agreed that Cllr Amos would serve."),
                  "post") == {"Chairman"}
    assert "Clerk" in _kinds(_read("Action Clerk to chase the contractor."), "post")
    assert "Action Clerk" not in _kinds(_read("Action Clerk to chase the contractor."), "post")
    # a roll's or an agenda's heading run into the post after it
    assert _kinds(_read("Attendance Town Clerk and two members of the public."),
                  "post") == {"Town Clerk"}
    assert _kinds(_read("Apologies Chairman: none were received."), "post") == {"Chairman"}


def test_a_known_firm_is_no_person_though_it_starts_with_a_given_name() -> None:
    it = _read("The auditors, Grant Thornton, presented their annual plan.")
    assert _kinds(it, "organisation") == {"Grant Thornton"}
    assert not _kinds(it, "person")
    it = _read("The External Auditors Grant Thornton presented their annual plan.")
    assert _kinds(it, "organisation") == {"Grant Thornton"}


def test_a_known_body_may_start_with_a_word_that_starts_no_name() -> None:
    it = _read("The Clerk had sought advice from “One Voice Wales” on the matter.")
    assert "One Voice Wales" in _kinds(it, "organisation")


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("Members received a letter from Highland Ministers about the call-in.",
         "Highland Ministers"),
        ("It was agreed to renew the membership of WAPTC for another year.", "WAPTC"),
        ("The Committee heard from the Director of Estates at Harbour Vale Homes.",
         "Harbour Vale Homes"),
        ("An update from Royal Wessex Hospitals (RWH) was received.", "Royal Wessex Hospitals"),
        # whom the council contracts with, takes a quote from or writes to
        ("The Council had a contract with Brookvale Grounds Maintenance for the cutting.",
         "Brookvale Grounds Maintenance"),
        ("A quote from Hartwell Groundcare was accepted.", "Hartwell Groundcare"),
        ("The Clerk would write to Caldmoor Estates about the hedge.", "Caldmoor Estates"),
        ("The Clerk will contact Hartwell Groundcare about the verges.", "Hartwell Groundcare"),
        ("Having received grants from WLPC, Members declared an interest.", "WLPC"),
        # who runs, delivers or sponsors a service, and who the council works with
        ("The lunch club is run by Dove Valley Wheels.", "Dove Valley Wheels"),
        ("The scheme would be delivered by Hearth and Home.", "Hearth and Home"),
        ("The Council was working with Pathfinder on the survey.", "Pathfinder"),
        ("The fun day was sponsored by Hale Motors.", "Hale Motors"),
        # by email or an invitation
        ("According to an email from Brookvale, parishes are not eligible.", "Brookvale"),
        ("There was an invitation from Ambition West Wessex to a workshop.",
         "Ambition West Wessex"),
    ],
)
def test_words_before_a_name_tell_it_is_a_body(sentence: str, body: str) -> None:
    assert body in _kinds(_read(sentence), "organisation")


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("The Chairman welcomed Dara Quillfoot from Brookvale Heartbeat to the meeting.",
         "Brookvale Heartbeat"),
        ("Tamsin Orrey (TO) from Larkmoor Arts International gave a presentation.",
         "Larkmoor Arts International"),
        ("Peter Vennick representing Hollin Croft Estates spoke on the plans.",
         "Hollin Croft Estates"),
    ],
)
def test_a_person_from_a_name_tells_the_name_is_a_body(sentence: str, body: str) -> None:
    """A name with no head word after a person and "from" (or "representing") is the
    body the person comes from: local firms, clubs and charities."""
    assert body in _kinds(_read(sentence), "organisation")


@pytest.mark.parametrize(
    "sentence",
    ["Mrs Ebbing from Westbury spoke about parking.",
     "Mr Hale of Holly Tree Farm raised the hedge.",
     "Nell Ebbing of Church Lane asked about the bins.",
     "Lord Marrow of Rising G A Lane and others attended."],
)
def test_a_person_from_a_place_or_an_address_names_no_body(sentence: str) -> None:
    """A resident's village (one word), an address or a name that ends in a given name after
    "from" is no body."""
    assert not _kinds(_read(sentence), "organisation")


@pytest.mark.parametrize(
    "sentence",
    ["The Clerk wrote to WVBC's Highways department about the slabs.",
     "RT to contact WCC Highways department about the drain.",
     "The Clerk would contact Democratic Services about the rota.",
     "Members would contact Ward Councillors about it.",
     "Advice from Group Leaders was declared.",
     "The rota is run by Democratic Services and managed by Ward Councillors.",
     "If in doubt, Members should contact Legal or Democratic Services beforehand."],
)
def test_a_department_or_post_holders_after_a_cue_are_no_body(sentence: str) -> None:
    """A council's department after a cue ("contact WCC Highways department", "Democratic
    Services") or post holders ("Ward Councillors", "Group Leaders") name no body of their
    own."""
    orgs = _kinds(_read(sentence), "organisation")
    assert not [o for o in orgs if "Highways" in o or "Services" in o or " " in o
                or o == "Legal"]


def test_a_body_joined_to_a_department_is_still_a_body() -> None:
    """A department after "or" makes the name before it a department ("Legal or Democratic
    Services") only when the department's name follows at once: after "the" ("Pathfinder
    and the Housing Services team") the name before it is the body a cue makes it."""
    orgs = _kinds(_read("The Council was working with Pathfinder and the Housing Services "
                        "team on the survey."), "organisation")
    assert "Pathfinder" in orgs


@pytest.mark.parametrize(
    "sentence",
    ["Update from Operators", "Update from the Westshire Health Overview and Scrutiny "
     "committee", "To note the update from the Scrutiny Committees."],
)
def test_kinds_of_body_and_committees_after_a_cue_are_no_bodies(sentence: str) -> None:
    assert not _kinds(_read(sentence), "organisation")


@pytest.mark.parametrize(
    ("sentence", "body"),
    [("Members considered the services provided by Catalyst Planning.", "Catalyst Planning"),
     ("The fun day was supported by the Chamber of Commerce.", "Chamber of Commerce"),
     # the name qualifies a noun after it, which is what provides the service
     ("The service provided by the Westbury shop was praised.", None)],
)
def test_who_provides_or_supports_a_service_is_a_body(sentence: str, body: str | None) -> None:
    assert _kinds(_read(sentence), "organisation") == ({body} if body else set())


@pytest.mark.parametrize(
    ("sentence", "body"),
    [("First Council Meeting in April: the dates were agreed.", None),
     ("The first item in Open Council was Public Question Time.", None),
     ("The Clerk reported on the Local Council Gold Award application.", None),
     ("Questions from Members of the Public and Council were answered.", None),
     # a place before "Council" names one
     ("A letter from Newbridge Council was read.", "Newbridge Council")],
)
def test_a_council_with_no_place_before_it_is_no_name(sentence: str, body: str | None) -> None:
    """"Council" after a word that names no place ("First", "Open", "Local") is the council
    in general or the meeting's own, no body's name."""
    assert _kinds(_read(sentence), "organisation") == ({body} if body else set())


@pytest.mark.parametrize(
    ("sentence", "body"),
    [("The Clerk would copy in the CEO of Harrowdale Wildlife Haven.",
      "Harrowdale Wildlife Haven"),
     ("A letter to the Chief Executive of Bluebell Homes was agreed.", "Bluebell Homes"),
     ("Dee Hart, Managing Director of Kestrel & Finch, attended.", "Kestrel & Finch")],
)
def test_a_post_only_a_body_has_names_the_body_after_of(sentence: str, body: str) -> None:
    assert body in _kinds(_read(sentence), "organisation")


def test_a_portfolio_or_the_council_after_a_leaders_of_is_no_body() -> None:
    """Only posts a body has one of ("Chief Executive", "CEO") make what follows "of" a body:
    "Director of Public Health" holds a portfolio, "Chair of Planning" a committee, and "the
    Chief Executive of the Council" names the council generically."""
    orgs = _kinds(_read("The Chief Executive of the Council, the Director of Public Health "
                        "and the Chair of Planning attended."), "organisation")
    assert not orgs


def test_a_body_owning_a_post_by_its_possessive_is_named_apart() -> None:
    """"Bluebell Homes's Chief Executive" names the body and the post; a portfolio
    ("Children's Commissioning Officer") or the council in general ("the Council's") no
    body."""
    names = _names(_read("Members heard from Larkfield Homes's Chief Executive and the "
                         "Council's Monitoring Officer, then the Children's Commissioning "
                         "Officer."))
    assert {("organisation", "Larkfield Homes"), ("post", "Chief Executive")} <= names
    assert {label for kind, label in names if kind == "organisation"} == {"Larkfield Homes"}


def test_a_bodys_initials_in_brackets_after_a_person_name_the_body() -> None:
    """A roll's "Diane Reeve (NWDA)" says whom she comes from; not the person's own initials
    ("Nic Brantwood (NB)"), a post's ("(RFO)") or a party's ("(SNP)")."""
    orgs = _kinds(_read("Present: Diane Reeve (NWDA), Tom Fry (SNP), Nic Brantwood (NB) and Jo "
                        "Hale (RFO)."), "organisation")
    assert orgs == {"NWDA"}


def test_a_reference_codes_last_letters_are_no_council() -> None:
    """"23/0456/LBC" is a planning application of one kind (listed building consent), not a
    borough council by its initials; the council named apart still is one."""
    orgs = _kinds(_read("Application 23/0456/LBC at the Old Mill was referred to WBC."),
                  "organisation")
    assert orgs == {"WBC"}


def test_a_members_initials_from_the_roll_name_no_body() -> None:
    """Action lines name members by initials ("AB to contact SL"): capitals that are the
    initials of someone the roll names are that member, not a body; other capitals that a
    body is contacted by still are one."""
    text = ("Minutes of a meeting of Westmoor Community Council held on 7 March 2023\n\n"
            "Present: Iain Jones, Colin Dean\n\nApologies: Stewart Lund\n\n"
            "1. Matters arising\n\nIJ to contact SL about the hall. The clerk will write to "
            "HC about the bins.\n")
    assert _page_labels(text, "organisation") == {"HC"}


def test_a_persons_own_initials_in_brackets_name_no_body() -> None:
    """Initials after a name that are the person's, as action lines then name her: after a
    title and surname alone, ending with the surname's letter ("Cllr Osei (KO)"); her
    names' capitals in order ("Ann Marie Cole (AM)", "Tom MacKay (TMK)"). A body's after a
    name still is one."""
    orgs = _kinds(_read("Apologies: Cllr Osei (KO), Mrs Dale (PD), Ann Marie Cole (AM), Tom "
                        "MacKay (TMK) and Cllr Rowe (WDC)."), "organisation")
    assert orgs == {"WDC"}


@pytest.mark.parametrize(
    ("sentence", "body"),
    [("It was agreed to notify HAWK, the grant-giving body, at once.", "HAWK"),
     ("The Council had engaged Marlows, a firm of surveyors, to value the hall.", "Marlows"),
     ("The clerk wrote to Brantwick Paving, the contractor, about the kerb.",
      "Brantwick Paving")],
)
def test_a_name_said_to_be_a_body_after_a_comma_is_a_body(sentence: str, body: str) -> None:
    assert body in _kinds(_read(sentence), "organisation")


@pytest.mark.parametrize(
    "sentence",
    ["The meeting was held at Wellbeck Hall, the community building.",
     "Members thanked Wellbeck, the company secretary, for the accounts.",
     "Resolved: that the quote from Contractor B of £500 be accepted.",
     "It was agreed to accept the tender from Supplier 2."],
)
def test_no_body_by_an_apposition_that_is_none_or_a_bid_left_unnamed(sentence: str) -> None:
    """A building ("the community building"), a post ("the company secretary": the body's
    word must end the apposition) and a bid named only by a letter or number ("Contractor
    B") name no body."""
    assert not _kinds(_read(sentence), "organisation")


def test_a_body_printed_before_a_post_is_split_from_it() -> None:
    it = _read("Contact: Jane Orme, Westvale Council Senior Scrutiny Officer Tel: 01234 567890")
    assert "Westvale Council" in _kinds(it, "organisation")
    assert "Senior Scrutiny Officer" in _kinds(it, "post")
    it = _read("Contact: Penny Marsh Governance and Democratic Engagement Manager Tel: 01234")
    assert _kinds(it, "person") == {"Penny Marsh"}
    assert _kinds(it, "post") == {"Governance and Democratic Engagement Manager"}


@pytest.mark.parametrize("line, person, post", [
    ("Councillor Tamsin Wardle Children and Families Portfolio Holder", "Tamsin Wardle",
     "Children and Families Portfolio Holder"),
    ("Mr. K. Oyelaran Democratic and Electoral Services Manager", "K. Oyelaran",
     "Democratic and Electoral Services Manager"),
])
def test_a_post_of_several_words_after_a_titled_name_ends_the_name(line: str, person: str,
                                                                    post: str) -> None:
    """A roll or a list of those present prints each member's post after the name with no
    comma: after a titled name's given name (or initials) and surname, a post's title that
    runs to its head ends the name, whatever its first word."""
    it = _read(line)
    assert _kinds(it, "person") == {person}
    assert post in _kinds(it, "post")


@pytest.mark.parametrize("line, person", [
    # a second given name: the third word is the surname, and the post after it is read
    # whole by the rule for one word before a head
    ("Councillor Mary Anne Trelawny Cabinet Member", "Mary Anne Trelawny"),
    # a three-word name whose last word no post opens
    ("Councillor Rhodri Ellis Pugh attended.", "Rhodri Ellis Pugh"),
    # "and" then the next titled name: no post's title, though "Councillor" is a head (the
    # second given name "Ifan" ends the rule first here; "Rhodri Ellis Pugh" below reaches it)
    ("the late Councillor Emrys Ifan Pryce and Councillor Bethan Lloyd", "Emrys Ifan Pryce"),
    # the cases below reach the run after the third word (its middle word no given name the
    # lists hold), each stopped by one guard of the rule's:
    # a second given name before the third word, with a post of several words after it
    ("Councillor Mary Anne Trelawny Finance and Resources Portfolio Holder",
     "Mary Anne Trelawny"),
    # "and" then a title: the next person, though "Councillor" is a post's head too
    ("Councillor Rhodri Ellis Pugh and Councillor Bethan Lloyd", "Rhodri Ellis Pugh"),
    # an acronym on the way to the head: the member's body
    ("Councillor Rhodri Ellis Pugh WLGA Finance Lead", "Rhodri Ellis Pugh"),
])
def test_a_titled_name_keeps_its_surname_before_a_post(line: str, person: str) -> None:
    assert person in _kinds(_read(line), "person")


@pytest.mark.parametrize("line, person, post", [
    # the entry before ends in its portfolio; a given name the lists hold opens the holder's
    ("Present: Rhian Tovey Head of Estates & Workforce Gareth Lusk Commission Solicitor",
     "Gareth Lusk", "Commission Solicitor"),
    # between two posts' titles, a name the lists do not hold, a surname with a hyphen
    ("Officers: Tamsin Coll Business Manager Orrin Vale-Hythe Scrutiny Officer",
     "Orrin Vale-Hythe", "Scrutiny Officer"),
    ("Staff present: Dr Inka Voss Deputy Director Tavi Morrow Head of Communications.",
     "Tavi Morrow", "Head of Communications"),
])
def test_a_flattened_rolls_last_entry_is_read_apart_from_the_one_before(
        line: str, person: str, post: str) -> None:
    """A roll of officers run together into one line, each a name then a post: the last
    entry's holder and post are read apart from the entry before, not taken into one post
    ("Estates & Workforce Gareth Lusk Commission Solicitor")."""
    it = _read(line)
    assert person in _kinds(it, "person")
    assert post in _kinds(it, "post")
    assert not any(person in p for p in _kinds(it, "post"))


@pytest.mark.parametrize("line, post", [
    # a region and a county between two posts: a body's name, its initials after it
    ("Present: Public Governor North Wessex CCG Associate Director", None),
    # words the page writes small elsewhere are a post's own words, not a name
    ("Present: Finance Manager Corporate Services Officer. The corporate team and services",
     "Corporate Services Officer"),
    # a given name the lists hold after "of": a post's portfolio, no holder
    ("Present: Director of Victoria Street Services Manager", None),
])
def test_no_holder_is_read_inside_a_post_without_a_names_shape(line: str,
                                                                post: str | None) -> None:
    it = _read(line)
    assert not {"North Wessex", "Corporate Services", "Victoria Street"} & _kinds(it, "person")
    if post is not None:
        assert post in _kinds(it, "post")


@pytest.mark.parametrize("line, kind, entry", [
    ("Present: Westshire County Council Jo Hale Commission Solicitor", "organisation",
     "Westshire County Council"),
    ("Present: Troubled Families Programme Jo Hale Programme Manager", "programme",
     "Troubled Families Programme"),
])
def test_the_entry_before_a_holder_inside_a_run_keeps_what_it_names(
        line: str, kind: str, entry: str) -> None:
    """The words before a holder found inside a run are named apart whatever they name: a
    body's or a programme's name there is kept, not only a post's."""
    it = _read(line)
    assert entry in _kinds(it, kind)
    assert "Jo Hale" in _kinds(it, "person")


@pytest.mark.parametrize("surname", ["O'Keefe", "D’Souza", "McKay", "MacDonald"])
def test_a_holders_surname_may_have_a_prefix_before_its_capital(surname: str) -> None:
    """A surname of a name's shape inside a run may have "O'", "D’", "Mc" or "Mac" before
    its capital, as one word (the label's apostrophe is a straight one)."""
    it = _read(f"Present: Rhian Tovey Head of Estates & Workforce Gareth {surname} "
               "Commission Solicitor")
    assert f"Gareth {surname}".replace("’", "'") in _kinds(it, "person")
    assert {"Head of Estates & Workforce", "Commission Solicitor"} <= _kinds(it, "post")


@pytest.mark.parametrize("sentence, post", [
    ("Ola Brightwater, Director Finance and Commissioning, presented the report.",
     "Director Finance and Commissioning"),
    ("Iain Corrie Director Energy and Low Carbon (item 4.2) gave an update.",
     "Director Energy and Low Carbon"),
])
def test_a_directors_remits_with_no_of_are_the_post(sentence: str, post: str) -> None:
    """"Director Finance and Commissioning": a director's or a manager's remits printed
    straight after the head, joined by "and", with no "of", as boards print officers' posts."""
    assert post in _kinds(_read(sentence), "post")


@pytest.mark.parametrize("words, kind", [
    ("director finance and commissioning", "post"),
    ("manager finance & performance", "post"),
    # a given name after the head: people, not remits
    ("director finance and ann bell", None),
    # another post's head, a connector, a head that needs a word before it
    ("director finance and chief executive", None),
    ("director finance and head of audit", None),
    ("director finance and the board", None),
    ("executive finance and resources", None),
    # too short, or "and" at either end
    ("director finance and", None),
    ("director and finance and", None),
])
def test_a_bare_heads_remits_are_a_post_only_when_all_are_remits(words: str,
                                                                 kind: str | None) -> None:
    """``_bare_head_with_remits`` in :func:`kg.nlp.names.head_kind`, each guard: the words
    after a director's or a manager's head are its remits only when none is a given name,
    another post's, a body's or a programme's head, a title or a connector but "and"."""
    from kg.nlp.lexicon import lexicon
    from kg.nlp.names import _bare_head_with_remits
    assert _bare_head_with_remits(words.split(), lexicon()) == (kind == "post")


def test_a_directors_name_joined_by_and_is_no_remit() -> None:
    """The words after a bare head are people, not remits, when they open on a given name."""
    it = _read("The Director Jo Hale and Ann Bell attended.")
    assert {"Jo Hale", "Ann Bell"} <= _kinds(it, "person")
    assert not any(" and " in p for p in _kinds(it, "post"))


def test_a_councillors_report_names_the_councillors_post() -> None:
    assert _kinds(_read("District Councillor’s Report"), "post") == {"District Councillor"}


@pytest.mark.parametrize("heading, post", [
    ("Chair's Announcements", "Chair"),
    ("Clerk’s Report", "Clerk"),
    ("Mayor's Remarks (if any)", "Mayor"),
    ("Chairman’s Update: none", "Chairman"),
], ids=["announcements", "report", "remarks", "update"])
def test_a_posts_remarks_or_report_in_a_heading_names_the_post(heading: str, post: str) -> None:
    """The post speaks in its role: the heading names it, one word or more."""
    assert _kinds(_read(heading), "post") == {post}


def test_a_posts_possessive_before_other_words_names_no_post() -> None:
    """"Chair's Allowance", "Clerk's Salary Review": what belongs to a post, no role taken."""
    assert _kinds(_read("Chair's Allowance"), "post") == set()


def test_a_portfolio_in_brackets_with_no_space_before_them() -> None:
    it = _read("Karen Orme, Assistant Director(Housing): presented the report.")
    assert "Assistant Director(Housing)" in _kinds(it, "post")


@pytest.mark.parametrize(
    "sentence",
    ["The Chair advised that the WQEA would be attending in May.",
     "The Clerk will contact the DVSA about the signs.",
     "A complaint was written to the RTPB about the delay."],
)
def test_an_acronym_used_as_bodies_are_is_a_body(sentence: str) -> None:
    assert len(_kinds(_read(sentence), "organisation")) == 1


def test_an_acronym_after_the_that_acts_as_no_body_does_is_nothing() -> None:
    it = _read("The CCTV was installed, the AGM will be held and GC reported on the HVO project.")
    assert not _kinds(it, "organisation")
    assert _kinds(it, "programme") == {"HVO project"}


def test_an_acronym_with_what_its_scheme_does_before_the_head() -> None:
    it = _read("The underspend arose from a delay in the LPG boiler project.")
    assert _kinds(it, "programme") == {"LPG boiler project"}


def test_a_body_thanked_is_no_person_when_its_name_runs_on_past_and() -> None:
    it = _read("The Chairman thanked Avon Fire and Rescue Service for the display.")
    assert _kinds(it, "organisation") == {"Avon Fire and Rescue Service"}
    assert not _kinds(it, "person")


def test_a_public_body_then_a_part_of_it_names_the_body() -> None:
    it = _read("A response from Westshire County Council Highways was awaited.")
    assert _kinds(it, "organisation") == {"Westshire County Council"}
    assert not _kinds(_read("Towns within the Westshire Police Area were chosen."),
                      "organisation")


def test_clubs_firms_and_head_teachers_by_their_head_words() -> None:
    it = _read("Grants went to the Bowls Club and the Women's Institute; Wilkins Solicitors "
               "were paid. The Deputy Head Teacher attended.")
    assert _kinds(it, "organisation") == {"Bowls Club", "Women's Institute", "Wilkins Solicitors"}
    assert _kinds(it, "post") == {"Deputy Head Teacher"}


def test_a_place_a_person_is_at_is_no_body() -> None:
    assert not _kinds(_read("The Clerk met Mr Hale at Holly Tree Farm."), "organisation")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The Corporate Plan 2022/23 was approved.", "Corporate Plan 2022/23"),
        ("It adopted the Housing Strategy 2024-2029 in full.", "Housing Strategy 2024-2029"),
        ("The time for comment on the 2018 Review of Ward Boundaries was short.",
         "2018 Review of Ward Boundaries"),
        # years before the name after a body's possessive or "our", a range with its dash
        ("The year was the first of the Council's 2023-2027 Corporate Plan.",
         "2023-2027 Corporate Plan"),
        ("Our 2024 - 2029 Housing Strategy was adopted.", "2024 - 2029 Housing Strategy"),
        # (a year that dates the sentence, no article or owner before it, is no part of it)
        ("In 2023 Housing Strategy work began.", "Housing Strategy"),
        # after the name's "of" or "for", as after its head
        ("The Flood Plan for Westbury 2021/2024 was noted.", "Flood Plan for Westbury 2021/2024"),
        ("The Review of Play Provision 2019 was noted.", "Review of Play Provision 2019"),
        # (a number after a name that is no edition's years)
        ("The Review of Play Provision 12 was noted.", "Review of Play Provision"),
        # a study of somewhere goes on with "in" and the place, never a month or a body
        ("Members discussed the Review of School Places in the Westbury Area.",
         "Review of School Places in the Westbury Area"),
        ("The Review of Polling Districts in March was noted.", "Review of Polling Districts"),
        ("The Review of the Standing Orders in Full Council was delayed.",
         "Review of the Standing Orders"),
    ],
)
def test_the_years_of_a_plan_are_part_of_its_name(sentence: str, name: str) -> None:
    assert _kinds(_read(sentence), "programme") == {name}


def test_an_initial_and_grant_is_a_person() -> None:
    """"Grant" is a programme's head and a common surname: after an initial in a list of
    members it ends a person's name; after "the" and a capitalised word it names a grant, and
    a letter after a word that numbers the papers ("Item D") is no initial."""
    it = _read("Apologies were received from Councillors P Hale, R Grant, J Osei and K Bell.")
    assert "R Grant" in _kinds(it, "person")
    assert not _kinds(it, "programme")
    assert _kinds(_read("The Parish applied for the Village Grant."), "programme") == {
        "Village Grant"}
    assert not _kinds(_read("Item D Grant applications were reviewed."), "person")
    assert not _kinds(_read("Members considered Appendix C Grant."), "person")


def test_a_head_alone_after_an_owner_is_nothing_unless_its_years_follow() -> None:
    """"The Council's Scheme" is any scheme of the council's, no named programme; the years
    of one edition after the head ("the Council's Plan 2024-2029") make it one, as a
    capitalised word before it does ("the Council's Play Scheme")."""
    assert not _kinds(_read("Awards were made in line with the Council's Scheme."), "programme")
    assert _kinds(_read("It met the Council's Play Scheme costs."), "programme") == {
        "Play Scheme"}
    assert _kinds(_read("The Council's Plan 2024-2029 was adopted."), "programme") == {
        "Plan 2024-2029"}
    assert _kinds(_read("Members noted the Council's Strategy 2023/24."), "programme") == {
        "Strategy 2023/24"}


def test_a_scheme_of_delegations_is_the_constitution_no_programme() -> None:
    """The Scheme of Delegations, plural as the singular, is the council's own rules for who
    decides what, listed with its standing orders; a scheme beside it is still read."""
    it = _read("Standing Orders; Scheme of Delegations; the Community Grants Scheme were "
               "revised.")
    assert _kinds(it, "programme") == {"Community Grants Scheme"}


def test_the_independent_person_is_a_post() -> None:
    assert _kinds(_read("The Independent Person, Mr Grey, attended."), "post") == {
        "Independent Person"}


def test_officers_named_by_their_profession_and_firms_with_co() -> None:
    it = _read("Mr Patel, Highways Engineer, said the County Surveyor had paid J Hale & Co today.")
    assert _kinds(it, "post") == {"Highways Engineer", "County Surveyor"}
    assert _kinds(it, "organisation") == {"J Hale & Co"}
    assert not _kinds(_read("The Engineer reported on Co Durham."), "organisation")


def test_a_body_after_of_in_a_run_that_names_nothing() -> None:
    it = _read("Representatives of Westshire Partnership NHS Foundation Trust attended.")
    assert _kinds(it, "organisation") == {"Westshire Partnership NHS Foundation Trust"}


def test_a_body_after_for_in_a_committees_title_and_none_in_a_posts_portfolio() -> None:
    """A committee "for the" body names the body, after a first "of" that names none; a
    body of post holders "of" a portfolio names no body in the portfolio."""
    it = _read("Development of a Joint Scrutiny Committee for the Westshire Public Services "
               "Board.")
    assert _kinds(it, "organisation") == {"Westshire Public Services Board"}
    it = _read("Nominations for the Eastvale Heritage Trust were sought.")
    assert _kinds(it, "organisation") == {"Eastvale Heritage Trust"}
    it = _read("A note from the Northern Association of Directors of Public Health was read.")
    assert "Public Health" not in _kinds(it, "organisation")


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("NHS Westshire and Eastvale had responded to the letter.", "NHS Westshire and Eastvale"),
        ("Healthwatch Westshire raised concerns about waiting times.", "Healthwatch Westshire"),
        ("Citizens Advice Westshire reported a rise in cases.", "Citizens Advice Westshire"),
        ("KWFRS had attended the fire at the farm.", "KWFRS"),
    ],
)
def test_branches_of_national_bodies_and_acronyms_that_act(sentence: str, body: str) -> None:
    it = _read(sentence)
    assert _kinds(it, "organisation") == {body}
    assert not _kinds(it, "person")


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("Orbis Housing had agreed to repair the homes.", "Orbis Housing"),
        ("Western Vale Distribution replied within the month.", "Western Vale Distribution"),
        ("Greenway Landscapes confirmed the quote.", "Greenway Landscapes"),
        ("Affordable Housing was agreed as the priority.", None),
        ("The Chair referred to the Metro Trent Vale Housing (MTVH) report.",
         "Metro Trent Vale Housing"),
        ("Extra Care Housing (ECH) was discussed.", None),
        # "who" after it tells it acts
        ("Swift Utilities who were laying cable had damaged the verge.", "Swift Utilities"),
        ("Social Housing who", None),
        # grounds and building trades, and a firm's quote
        ("RJT Groundcare has confirmed the cutting dates.", "RJT Groundcare"),
        ("Meadow Landscaping had quoted £350 for the hedge.", "Meadow Landscaping"),
        ("Hill Builders replied that the wall was sound.", "Hill Builders"),
        ("Community Gardening was quoted as an example.", None),
    ],
)
def test_a_firm_named_by_its_trade_that_acts_is_a_body(sentence: str, body: str | None) -> None:
    it = _read(sentence)
    assert _kinds(it, "organisation") == ({body} if body else set())
    assert not _kinds(it, "person")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The Hall would be paid for using CIL funding.", "CIL funding"),
        ("53/19 Section 106 monies: the Clerk reported.", "Section 106 monies"),
        ("Operation Kestrel went live in May.", "Operation Kestrel"),
        ("The Fire Service Exercise Heron was held in October.", "Fire Service Exercise Heron"),
        ("Savings came from the Westgate redevelopment and the Care Service Redesign.",
         "Westgate redevelopment"),
    ],
)
def test_funds_operations_and_redevelopments_are_programmes(sentence: str, name: str) -> None:
    assert name in _kinds(_read(sentence), "programme")


def test_exercise_classes_are_no_operation() -> None:
    assert not _kinds(_read("The Exercise Classes were well attended."), "programme")
    # a common noun by its ending ("-ment", "-tion") is no code name either
    assert not _kinds(_read("Exercise Equipment: the Clerk had three quotes."), "programme")
    assert not _kinds(_read("Operation Management was discussed."), "programme")
    assert "Operation Larkspur" in _kinds(_read("Operation Larkspur began in May."), "programme")


def test_a_named_group_a_post_leads_is_a_programme_too() -> None:
    """"Chair of the Millbrook Parking Task Group": the post, and the group of work it leads;
    a group with no name of its own ("Chair of the Task Group") and a department ("Head of
    Planning Policy") name no programme."""
    it = _read("The Chair of the Millbrook Parking Task Group and the Chairman of the NDP "
               "Steering Group reported; the Chair of the Task Group and the Head of Planning "
               "Policy were thanked.")
    assert _kinds(it, "programme") == {"Millbrook Parking Task Group", "NDP Steering Group"}
    assert "Chair of the Millbrook Parking Task Group" in _kinds(it, "post")


def test_national_awards_and_planning_frames_in_lower_case() -> None:
    it = _read("The park had won a Green Flag Award; the local development framework was "
               "noted, as was the forward plan.")
    assert _kinds(it, "programme") == {"Green Flag Award", "local development framework"}


def test_what_may_come_of_a_project_and_a_years_end_plan_name_none() -> None:
    """"the resultant project", "a potential project": what may come of it, not its name
    (nor "the green lanes project": a project in lower case is described, not named);
    "the End of Year Plan" reports on a year."""
    it = _read("Officers described a potential project on footpaths and the resultant "
               "project known as Riverside Living; the green lanes project was noted.")
    assert not _kinds(it, "programme")
    assert not _kinds(_read("The Board approved the End of Year Plan for 2024/25."),
                      "programme")


def test_a_post_ends_before_and_a_person_whose_role_follows_in_brackets() -> None:
    it = _read("Dan Hornsey (Head of Housing and Community Support) and Aarvid Lokett "
               "(Community Safety Manager) attended.")
    assert "Head of Housing and Community Support" in _kinds(it, "post")
    assert "Aarvid Lokett" in _kinds(it, "person")


def test_posts_in_lower_case_after_the_or_an_owner() -> None:
    it = _read("The locum clerk said the chairman and the council's section 151 officer agreed.")
    assert _kinds(it, "post") == {"locum clerk", "chairman", "section 151 officer"}
    assert _kinds(_read("Members examined the Elected Mayor's priorities."), "post") == {
        "Elected Mayor"}
    it = _read("The treasurer reported and the village agent and the harbourmaster agreed.")
    assert _kinds(it, "post") == {"treasurer", "village agent", "harbourmaster"}


@pytest.mark.parametrize(
    ("sentence", "bodies"),
    [
        ("Transport Scotland confirmed the works.", {"Transport Scotland"}),
        ("Sport Wales and Arts Council of Wales gave grants.",
         {"Sport Wales", "Arts Council of Wales"}),
        ("Transport for Wales would run the service.", {"Transport for Wales"}),
        ("Services across North Wales and in England and Wales were cut.", set()),
    ],
)
def test_national_bodies_named_by_their_nation(sentence: str, bodies: set[str]) -> None:
    it = _read(sentence)
    assert _kinds(it, "organisation") == bodies
    assert not _kinds(it, "person")


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("Invited: Madhar Rickett, Director of Finance", "Madhar Rickett"),
        ("The Panel heard from Julen Bickley, Director of Property at Orbis Homes.",
         "Julen Bickley"),
        ("Also present was Rosa Uwen (Westshire Integrated Care Board).", "Rosa Uwen"),
        ("Rachella Shepley-Dubois questioned whether it was right.", "Rachella Shepley-Dubois"),
        ("Apologies: Cllr. A Edwin sent his apologies.", "A Edwin"),
    ],
)
def test_people_whose_given_name_no_list_holds(sentence: str, person: str) -> None:
    assert person in _kinds(_read(sentence), "person")


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        # a title written out in full takes no full stop: the stop ends the sentence
        ("Mr Hale has missed six meetings and so is no longer a councillor. Despite this the "
         "members thanked him.", {"Hale"}),
        ("Cllr. Maro Pell and Revd. Tam Osei attended.", {"Maro Pell", "Tam Osei"}),
        # a second title with its own full stop
        ("The Chair thanked Cllr. Miss. Verity Lane for her work.", {"Verity Lane"}),
        # a capitalised verb of speech is the clause's verb, no surname
        ("Councillor Dunmore Proposed that the item be deferred.", {"Dunmore"}),
        ("Cllr Pell Seconded the motion.", {"Pell"}),
        # a motion's verb, capitalised or in capitals, after a titled surname
        ("Councillor Dunmore Moved, Councillor Pell Seconded and it was agreed.",
         {"Dunmore", "Pell"}),
        ("Cllr Osei MOVED and Cllr Lane SECONDED that the meeting be adjourned.",
         {"Osei", "Lane"}),
        # a roll run on with no commas: a given name and its surname after a titled given
        # name and surname open the next name; not a second given name, nor a surname that
        # is a given name too at the list's end
        ("Present: Sir Ewan Rudd Kathleen Dunn and Ann Bell.", {"Ewan Rudd", "Kathleen Dunn",
                                                                 "Ann Bell"}),
        ("Present: Cllr Mary Jane Douglas Ann Bell.", {"Mary Jane Douglas", "Ann Bell"}),
        ("Cllr Zubair Hamed Ali, Cllr Verity Lane attended.",
         {"Zubair Hamed Ali", "Verity Lane"}),
        # a heading for the members' reports names nobody
        ("7. Ward Councillor Report", set()),
        # Scottish magistrates are named by their office
        ("Bailie Corran and Bailie Tess Ure were present.", {"Corran", "Tess Ure"}),
        # shortened and regional titles: an alderman, a Scottish community councillor
        ("Ald Pell and CClr Tam Osei were present.", {"Pell", "Tam Osei"}),
        ("The Chair thanked Lt Col Verity Lane for her talk.", {"Verity Lane"}),
        # a surname that is also a rank is no title after a given name
        ("The Chair thanked Tom Major for his talk.", {"Tom Major"}),
        # given names of Wales, Scotland and Ireland, and other common ones, start a name
        # with no title
        ("The Chair thanked Caryl Penrhyn and Morag Grant for their work.",
         {"Caryl Penrhyn", "Morag Grant"}),
        ("The Chair welcomed Niamh Hale and Gregor Osei.", {"Niamh Hale", "Gregor Osei"}),
        # a plant, a virtue or a bird is no given name the lists hold
        ("The Chair noted that Holly Trees and Iris Beds had been planted.", set()),
        # honours after names in a list under one title end each name
        ("Councillors Amos KCB, Bell OBE, Dean JP and Frey were present.",
         {"Amos", "Bell", "Dean", "Frey"}),
        ("Councillors Hale, Osei OBE and Brook attended.", {"Hale", "Osei", "Brook"}),
        # and honours alone, after a list that never closes with "and", name no one
        ("Councillors Hale OBE, Leader of the Council, spoke.", {"Hale"}),
    ],
)
def test_titled_names_end_at_a_sentence_or_a_verb(sentence: str, people: set[str]) -> None:
    assert _kinds(_read(sentence), "person") == people


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Present: Councillor Ann Bell Victoria Ward, Councillor Jo Hale Abbey Ward.",
         "Victoria Ward"),
        ("Present: Cllr Ann Bell Beverley Ward and Cllr Jo Hale.", "Beverley Ward"),
        ("The Chair, Cllr Jo Hale Victoria Hall Trustee, reported.", "Victoria Hall Trustee"),
        ("Cllr Ann Bell Harvey Park works were noted.", "Harvey Park"),
    ],
)
def test_a_place_named_by_a_given_name_after_a_titled_name_is_no_next_person(
        sentence: str, place: str) -> None:
    """A roll prints a member's ward after the name, and a sentence may run a titled name
    into a place named by a given name: a given name after a titled given name and surname
    opens the next person of a roll run on ("Sir Ewan Rudd Kathleen Dunn") only when a
    surname follows it, not a ward's, hall's or park's word, so the place is no person."""
    people = _kinds(_read(sentence), "person")
    assert place not in people
    assert not any(p.startswith(place.split()[0] + " ") for p in people)


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        ("Apologies: P Skinley", {"P Skinley"}),
        ("1) Apologies, Wil Bullard", {"Wil Bullard"}),
        ("Apologies: Sofia Hurlow (work) Nesta Hirsk (on leave)", {"Sofia Hurlow", "Nesta Hirsk"}),
        ("Apologies for absence: Tudar Thomsen, Tony Easby as substitute.",
         {"Tudar Thomsen", "Tony Easby"}),
        ("Apologies: None", set()),
        ("Apologies were noted from Westshire Police.", set()),
    ],
)
def test_untitled_names_listed_after_apologies(sentence: str, people: set[str]) -> None:
    assert _kinds(_read(sentence), "person") == people


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        # a list that lost its commas: each name a given name and a surname
        ("Apologies: Carl Dean Ann Bell Tom Fox Jo Hale.",
         {"Carl Dean", "Ann Bell", "Tom Fox", "Jo Hale"}),
        # a given name no list holds, between two names of the run
        ("The Board noted Ann Fox Ysolde Marrick Carl Dean Tom Hale.",
         {"Ann Fox", "Ysolde Marrick", "Carl Dean", "Tom Hale"}),
        # a name of three words stays whole
        ("We thanked Owain Huw Pellow Ann Bell.", {"Owain Huw Pellow", "Ann Bell"}),
        # a body between two names is no one's name
        ("Present: Ruth Dean Natural England Ian Fox Ann Dale Forestry Commission "
         "Chris Hale.", {"Ruth Dean", "Ian Fox", "Ann Dale", "Chris Hale"}),
    ],
)
def test_names_run_together_without_commas_are_parted(sentence: str, people: set[str]) -> None:
    assert _kinds(_read(sentence), "person") == people


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        ("Members of the Public C. Bell, D. Bell, K.C. Fox, R W Dean.",
         {"C. Bell", "D. Bell", "K.C. Fox", "R W Dean"}),
        ("F. Dean (Chief Executive), P. Fox (Democratic Services) and K. Hale "
         "(Helpdesk) attended.", {"F. Dean", "P. Fox", "K. Hale"}),
        # one such name alone, or a thing's name, is none of these
        ("See A Guide, B Plan and the annual report.", set()),
        # things lettered in turn after the word that names them, or listed by common words
        # the page prints in lower case, are no people; a roll's names lettered so are
        ("Options A Retain, B Sell and C Lease were considered.", set()),
        ("Sites A Hillside, B Meadow and C Orchard were visited.", set()),
        ("Routes X Hillside, Q Meadow and Z Orchard: the meadow route and the orchard and "
         "hillside paths were walked.", set()),
        ("Present: A Bell, B Dean and C Fox.", {"A Bell", "B Dean", "C Fox"}),
        # one such name after another's, though its surname is a word the page prints too
        ("Councillor Hale and K. Ward attended; the ward boundary was noted.",
         {"Hale", "K. Ward"}),
    ],
)
def test_untitled_names_by_initials_in_a_list(sentence: str, people: set[str]) -> None:
    assert _kinds(_read(sentence), "person") == people


def test_a_post_after_an_apologised_name_is_no_part_of_it() -> None:
    it = _read("Apologies: J Bearn Co-opted Member, P Skinley")
    assert _kinds(it, "person") == {"J Bearn", "P Skinley"}
    assert _kinds(it, "post") == {"Co-opted Member"}


def test_a_place_and_a_councils_short_form_is_a_body_not_a_person() -> None:
    """"Westvale DC", "Sally BC": a name whose last word is a council tier's short form is
    that council, though its place is also a given name; a police constable's "PC" after a
    name stays the person's post."""
    it = _read("A grant from Sally DC and a letter from North Amber BC were noted.")
    assert _kinds(it, "organisation") == {"Sally DC", "North Amber BC"}
    assert not _kinds(it, "person")
    it = _read("Nia Rees PC attended.")
    assert _kinds(it, "person") == {"Nia Rees"}
    assert not _kinds(it, "organisation")


def test_a_known_bodys_name_runs_on_past_a_lower_case_word() -> None:
    """A known body's long name, misremembered ("of" for "for", its words reordered), runs
    on past a lower-case word when all the rest of its words follow; a name that only opens
    the same way ends where it did."""
    it = _read("The bid went to the Department of Levelling up, Communities and Housing.")
    assert _kinds(it, "organisation") == {"Department of Levelling up, Communities and Housing"}
    it = _read("The Department for Levelling up funds were spent.")
    assert _kinds(it, "organisation") == {"Department for Levelling"}


def test_a_body_or_council_acronym_owning_a_programme_is_no_part_of_it() -> None:
    it = _read("Members noted Westshire Police's Safer Lanes scheme and the WDC Local Plan.")
    assert _kinds(it, "programme") == {"Safer Lanes scheme", "Local Plan"}
    assert _kinds(it, "organisation") == {"Westshire Police", "WDC"}


def test_a_possessive_before_a_comma_and_a_post_names_no_one() -> None:
    it = _read("Under the Authority’s Standing Orders, the Monitoring Officer presided.")
    assert not _kinds(it, "person")


def test_a_national_bodys_service_is_no_branch() -> None:
    assert not _kinds(_read("Residents were offered an NHS Health Check."), "organisation")


def test_a_member_of_a_legislature_is_a_post() -> None:
    it = _read("The comment from the Member of Parliament for Eastbridge was noted.")
    assert _kinds(it, "post") == {"Member of Parliament for Eastbridge"}
    assert not _kinds(it, "organisation")


def test_a_colon_before_a_new_clause_ends_a_name() -> None:
    it = _read("- Fields Working Group: All Councillors will review the applications.")
    assert not _kinds(it, "organisation")


def test_a_committees_work_plan_and_a_childs_care_plan_are_no_programmes() -> None:
    """A committee's work plan and a child's Education, Health and Care Plan are kinds of
    document, no programme; a plan whose last word merely ends so ("Gas Network Plans") is
    still read."""
    it = _read("The Housing Panel Work Plan was agreed. Each Education Health and Care Plan "
               "was reviewed. The Northgas Future Gas Network Plans were presented.")
    assert _kinds(it, "programme") == {"Northgas Future Gas Network Plans"}


def test_a_judicial_review_is_no_programme() -> None:
    assert not _kinds(_read("Cabinet decided to seek a Judicial Review of the call-in."),
                      "programme")


def test_a_review_group_is_a_programme_of_work() -> None:
    it = _read("Three Members were appointed to the Town Centres Review Group.")
    assert ("programme", "Town Centres Review Group") in _names(it)


def test_the_owner_is_no_part_of_a_body_name() -> None:
    it = _read("She had served on the Trust's Council of Governors.")
    assert _kinds(it, "organisation") == {"Council of Governors"}


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        ("That Councillors Okafor, Lund and Mrs Price be appointed.", {"Okafor", "Lund", "Price"}),
        ("That Councillor Mrs Hale, Osei and Brook be appointed.", {"Hale", "Osei", "Brook"}),
        ("Councillors Dunn (Vice-Chair), Amis and Kerr were present.", {"Dunn", "Amis", "Kerr"}),
        ("Councillor Hale, Leader of the Council, spoke first.", {"Hale"}),
        ("The Councillors Code of Conduct applies to co-opted members.", set()),
    ],
)
def test_surnames_listed_under_one_title(sentence: str, people: set[str]) -> None:
    assert _kinds(_read(sentence), "person") == people


def test_a_department_is_no_programme() -> None:
    it = _read("The Corporate Director, Customer Services, reported on call waiting times.")
    assert not _kinds(it, "programme")
    assert "Corporate Director, Customer Services" in _kinds(it, "post")  # its portfolio
    # two areas and a singular "Service": a department; a service with a name of its own
    # is a programme
    it = _read("The Adults and Housing Service and the Arts & Leisure Service reported on "
               "the Home Safety Service.")
    assert _kinds(it, "programme") == {"Home Safety Service"}


def test_an_action_line_naming_who_acts_is_no_new_request() -> None:
    it = _read("The Chair agreed to write to the Minister.\n\nACTION: Councillor Okafor\n")
    assert [f.text[:24] for f in it.followups] == ["The Chair agreed to writ"]


@pytest.mark.parametrize(
    "sentence",
    [
        "To receive an update on the work of the review panels.",
        "Members were asked to send any further comments to the clerk.",
        "One member suggested that the change was a backward step.",
        "RESOLVED – That the Committee notes the report.",
        "Councillor Dunn asked a question of the Chair about parking charges.",
    ],
)
def test_purposes_requests_to_members_opinions_and_questions_are_not_followups(
        sentence: str) -> None:
    assert _read(sentence).followups == []


@pytest.mark.parametrize(
    ("sentence", "assigned_to"),
    [
        ("The Committee agreed to invite the Cabinet Member to a future meeting.", None),
        ("(c) the matter be given further consideration at the next meeting.", None),
        ("The item was deferred until the Committee's meeting in June 2025.", None),
        ("The Cabinet would reconsider the scheme at a future meeting.", None),
        ("(b) requests the Democratic Services Officer to contact the trust and report back.",
         "Democratic Services Officer"),
    ],
)
def test_invitations_deferrals_and_requests_of_a_post(sentence: str,
                                                      assigned_to: str | None) -> None:
    (f,) = _read(sentence).followups
    assert f.assigned_to == assigned_to


@pytest.mark.parametrize(
    ("sentence", "ref"),
    [
        ("The Panel had met on 5th April to consider the call-in.", (date(2023, 4, 5), "day")),
        ("A confirmation hearing would be held on 16 June 2023.", (date(2023, 6, 16), "day")),
        ("It was deferred to the Sub-Committee's meeting in June 2025.",
         (date(2025, 6, 1), "month")),
    ],
)
def test_meetings_met_held_and_deferred_to(sentence: str, ref: tuple[date, str]) -> None:
    assert [(r.date, r.precision) for r in _read(sentence).meeting_refs] == [ref]


def test_a_short_post_name_joins_the_one_fuller_name_it_ends() -> None:
    it = _read("The Deputy Portfolio Holder and the Housing Portfolio Holder replied. The "
               "Portfolio Holder agreed.")
    assert _kinds(it, "post") == {"Deputy Portfolio Holder", "Housing Portfolio Holder"}


def test_singular_and_plural_variants_are_one_name() -> None:
    it = _read("The Healthy Weights Review Group met. Two Members joined the Healthy Weight "
               "Scrutiny Review Group.")
    assert len(_kinds(it, "programme")) == 1


@pytest.mark.parametrize("sentence", [
    # the page's fuller name, then the same plan by its years
    "The Westshire Better Care Fund was discussed. The Better Care Fund 2022-23 plan was "
    "approved.",
    # a name and its years printed two ways
    "The Northvale Police & Crime Plan 2024-27 was noted. The Police and Crime Plan "
    "2024-2027 sets out four priorities.",
    # the dated form longer than the undated fuller name
    "Members noted the Flood Recovery Plan 2023-2024. The Eastbury Flood Recovery Plan had "
    "been agreed by partners.",
])
def test_a_programme_with_and_without_its_years_is_one(sentence: str) -> None:
    """One plan named with its years and without them, or with them printed two ways, is
    one programme: the years set aside, one name's words are within the other's."""
    assert len(_kinds(_read(sentence), "programme")) == 1


def test_a_dated_programme_two_longer_ones_could_be_stays_apart() -> None:
    """A dated name whose words two longer programmes both hold is neither of them
    (negative): which place's strategy it is, the page does not say."""
    it = _read("The Eastbury Local Transport Strategy and the Westbury Local Transport "
               "Strategy were noted. The Local Transport Strategy 2024-2029 follows.")
    assert len(_kinds(it, "programme")) == 3


def test_editions_of_a_programme_dated_apart_stay_apart() -> None:
    """Two editions of one programme, dated by two first years, are two programmes though
    the later's words are within the earlier's fuller name (negative)."""
    it = _read("The Westbury Housing Strategy 2019-2024 ended. The Housing Strategy 2024-2029 "
               "was adopted.")
    assert _kinds(it, "programme") == {"Westbury Housing Strategy 2019-2024",
                                       "Housing Strategy 2024-2029"}


@pytest.mark.parametrize("sentence", [
    # the undated name, then two editions
    "The Westby Local Plan was noted. The Local Plan 2011-2016 ended and the Local Plan "
    "2024-2039 was adopted.",
    # the two editions, then the undated name
    "The Transport Plan 2006-2011 ended and the Transport Plan 2024-2038 began. The Eastbury "
    "Transport Plan was noted.",
    # the undated name longer than the editions: each edition would be joined with it
    "The Westby Borough Local Plan was noted. The Local Plan 2011-2016 ended and the Local "
    "Plan 2024-2039 was adopted.",
])
def test_a_programme_named_without_years_beside_two_editions_is_neither(sentence: str) -> None:
    """A name without years whose words two editions dated apart print is joined with neither
    (negative): which edition it is, the page does not say, and joined with one it would join
    the two."""
    assert len(_kinds(_read(sentence), "programme")) == 3


def test_a_programmes_years_and_words_are_read_once_per_name() -> None:
    """The first year and the words of each programme's name are read once, not again for
    each name it is compared with (the comparisons grow as the square of a page's names)."""
    _dated_form.cache_clear()
    it = _read("The Westshire Better Care Fund was discussed. The Better Care Fund 2022-23 plan "
               "was approved. The Recovery Plan 2021-2022 and the Covid Recovery Plan were noted.")
    assert _kinds(it, "programme") == {"Westshire Better Care Fund", "Recovery Plan 2021-2022"}
    assert _dated_form.cache_info().misses == 4 < _dated_form.cache_info().hits


def test_a_post_to_a_body_is_the_bare_post_named_in_full() -> None:
    """"the Clerk" in a minute is the "Clerk to the Council" the roll names: one post, as
    "Director" is the one "Director of Housing"; with a "Clerk to the Trust" named too, a
    bare "Clerk" is a post of its own (negative)."""
    text = ("Minutes of the Parish Council held on 3 May 2023\n\nPresent: Cllr A Bell\n\n"
            "Ann Dale (Clerk to the Council) was in attendance.\n\n1. Letters\n\n"
            "The Clerk would write to the County Council.\n")
    posts = _kinds(_first_item_of(text), "post")
    assert "Clerk" not in posts and "Clerk to the Council" in posts
    two = text.replace("was in attendance.", "was in attendance. Bob Eve (Clerk to the "
                       "Trust) was also present.")
    assert "Clerk" in _kinds(_first_item_of(two), "post")


def test_a_post_of_a_committee_is_also_the_bare_post() -> None:
    """"Scrutiny Officer for the Westbury Panel" is a scrutiny officer's post, and is called
    so: the bare title is an alias; a chair of another committee is no bare "Chair" (the
    meeting's own), and "Director of Public Health" keeps its portfolio (negatives)."""
    it = _read("The Scrutiny Officer for the Westbury Panel reported. Cllr Hale spoke as Chair "
               "of the Westbury Planning Committee. The Director of Public Health spoke.")
    aliases = {m.label: m.aliases for m in it.mentions if m.kind == "post"}
    assert "Scrutiny Officer" in aliases["Scrutiny Officer for the Westbury Panel"]
    assert aliases["Chair of the Westbury Planning Committee"] == []
    assert aliases["Director of Public Health"] == []


def test_a_plural_post_is_also_named_as_one_holder_holds_it() -> None:
    """"Cabinet Members" in a minute is the post "Cabinet Member", whoever holds it: the
    singular title is an alias; "Residents" (no post's head) gains none (negative)."""
    text = ("Minutes of the Town Council held on 3 May 2023\n\nPresent: Cllr A Bell\n\n"
            "1. Announcements\n\nThe Cabinet Members may wish to report. The "
            "Westbury Residents Association wrote.\n")
    minutes = extract(text)
    read_prose([(text, minutes)])
    posts = {m.label: m.aliases for m in minutes.items[0].mentions if m.kind == "post"}
    assert "Cabinet Member" in posts["Cabinet Members"]
    assert all("Resident" not in a for aliases in posts.values() for a in aliases)


def test_a_name_by_its_initials_is_the_one_person_named_in_full() -> None:
    """"Cllr J. D. Bell" in a minute is the John Bell the roll names in full, though the
    initials are the longer label; with two Bells whose given names both start so, or none
    named in full, the initials stay a name of their own."""
    text = ("Minutes of the Council held on 3 May 2023\n\nPresent: Cllr John Bell, Cllr Ruth "
            "Bell, Cllr Ann Dale\n\n1. Interests\n\nCllr J. D. Bell and Cllr R. A. Bell "
            "declared an interest. Cllr A. M. Dale spoke. Cllr C. E. Frost left.\n")
    minutes = extract(text)
    read_prose([(text, minutes)])
    labels = {m.label for m in minutes.items[0].mentions if m.kind == "person"}
    assert labels == {"John Bell", "Ruth Bell", "Ann Dale", "C. E. Frost"}
    two = text.replace("Cllr Ruth Bell", "Cllr Jane Bell")
    minutes = extract(two)
    read_prose([(two, minutes)])
    assert "J. D. Bell" in {m.label for m in minutes.items[0].mentions if m.kind == "person"}


def test_two_people_of_one_surname_and_different_initials_stay_apart() -> None:
    """"S Hollis" is no "B Hollis" (an "S" is an initial, not a possessive's letter), and
    "P Vane" is the one "P S Vane" the page names, its middle initial left out."""
    text = ("Minutes of the Cabinet held on 3 May 2023\n\nPresent: Councillors Dale, S Hollis "
            "and P S Vane\n\n1. Minutes\n\nCouncillors B Hollis and P Vane spoke. The minutes "
            "were signed.\n")
    minutes = extract(text)
    read_prose([(text, minutes)])
    found = found_by_extractor(minutes).names["people"]
    assert any(names == {"s hollis"} for names in found.values())
    assert any(names == {"b hollis"} for names in found.values())
    assert {"p vane", "p s vane"} in found.values()


def test_a_shorter_name_joins_only_the_one_fuller_name_of_its_first_initial() -> None:
    """"P Vane" is the one Vane whose given name starts with P, however many words the
    fuller names have ("P S Vane", "Paul Vane" and "Peter Vane" leave it apart); a given
    name of two letters is no initial ("Jo Hale" is not "Jonathan Hale"), and an initial
    joins no name of another ("D Renwold" is not "Mary Renwold"). (A short given name joins
    the one full name its three letters start: test_a_short_given_name_joins_the_full_one.)"""
    def people(roll: str, said: str) -> list[set[str]]:
        text = (f"Minutes of the Cabinet held on 3 May 2023\n\nPresent: Councillors Dale, {roll}"
                f"\n\n1. Minutes\n\nCouncillor {said} spoke. The minutes were signed.\n")
        minutes = extract(text)
        read_prose([(text, minutes)])
        return list(found_by_extractor(minutes).names["people"].values())

    assert {"p vane"} in people("P S Vane, Paul Vane and Peter Vane", "P Vane")
    assert {"p vane", "paul vane"} in people("Paul Vane and Mary Vane", "P Vane")
    found = people("Jonathan Hale and Mary Dean", "Jo Hale")
    assert {"jo hale"} in found and {"jonathan hale"} in found
    found = people("Mary Renwold and David Renwold", "D Renwold")
    assert {"mary renwold"} in found and {"d renwold", "david renwold"} in found
    assert {"dave renwold", "david renwold"} in people("David Renwold", "Dave Renwold")


def test_a_plural_titles_list_that_a_line_ends_is_whole() -> None:
    """"Councillors Bell, Dean, Fox" on a line of its own is three members, though no "and"
    closes it; after a singular title, or with a post after the comma, it is not."""
    it = _read("Councillors Bell, Dean, Fox\nCouncillors Dale, Cole (Westshire)\n")
    assert _kinds(it, "person") == {"Bell", "Dean", "Fox", "Dale", "Cole"}
    assert _kinds(_read("Councillors Hale, Osei, Leader of the Council."), "person") == {"Hale"}
    assert _kinds(_read("Councillors Hale, Osei, Brook spoke on it."), "person") == {"Hale"}


def test_a_phrase_after_and_is_no_listed_surname() -> None:
    it = _read("Apologies were received from Councillor Dunn and Co-opted Members Ms Lee and "
               "Mr Shah.")
    assert _kinds(it, "person") == {"Dunn", "Lee", "Shah"}


@pytest.mark.parametrize(
    ("sentence", "refs"),
    [
        ("The Director would be bringing the revised strategy to the Committee in September.",
         [(date(2023, 9, 1), "month")]),
        ("Members would be kept informed of progress with the scheme.", []),
        ("The Panel would be consulted on the draft in October.", [(date(2023, 10, 1), "month")]),
        ("The task group would report in due course.", []),
        # work on a thing to hand over, in the progressive
        ("The Trust would be preparing an action plan for the hospital wards.", []),
    ],
)
def test_promises_in_the_progressive_and_to_keep_members_informed(
        sentence: str, refs: list[tuple[date, str]]) -> None:
    it = _read(sentence)
    assert len(it.followups) == 1
    assert [(r.date, r.precision) for r in it.meeting_refs] == refs


@pytest.mark.parametrize(
    ("sentence", "assigned_to"),
    [
        ("Clerk to write to the highways authority about the verge.", "Clerk"),
        ("(4.2) Bus shelter – JT to obtain two quotes.", "JT"),
        # what the meeting agreed one named would do, in the subjunctive
        ("It was discussed and agreed that the Clerk enquire if part of the field could be "
         "leased for the play equipment.", "Clerk"),
        # the action set on a matter after a dash; something to be found out, in the passive
        ("Risk assessment not minuted during the year – action to make sure that a full "
         "review of the risk assessment is made", None),
        ("It would also be clarified whether the grant paid to the District Council would be "
         "passed on to the Parish Council.", None),
        # a note that puts the matter on the next agenda
        ("There is a road show on the rail plans at the village hall on 20 May.  Next "
         "agenda.", None),
        # the matter reported in the past, then after a dash what will be done about it
        ("It was noted that there had been complaints about the picnic bench by the pond – "
         "this will be moved", None),
        # a promise in reported speech: a call to be paid, the work to be done again
        ("Members named the owners and PCSO Amy Fenn stated he would pay an official call "
         "next week to issue a warning.", None),
        ("Bo Lark has examined the accounts in the past – he stated he will do it for one "
         "more year.", None),
        # the meeting itself sent on an errand, a verb of action after it
        ("The Council to contact the Trustees about the upkeep of the hall.", None),
        # something to be found out, whichever of two
        ("The Clerk would confirm which location would be acceptable to the District "
         "Council.", "Clerk"),
        # business sent back to a meeting to come
        ("Councillors will consider and return to next meeting with suggestions for the "
         "footpath projects.", None),
        # an action line run on after a dash, after a clause in the past
        ("Bank account: an account could be opened after the constitution had been adopted "
         "- KM to arrange this", "KM"),
        # an action log's point coded by its meeting's date and a number
        ("14/09/22-08 Sub Group to revisit the press articles for the newsletter.", "Sub Group"),
        ("14/09/22-11Secretary to arrange a venue for the open day", "Secretary"),
        ("It was agreed to contact the landowner about the hedge.", None),
        ("It was concluded to put the bench repairs on the October agenda.", None),
        ("The Chair agreed to pursue the outstanding figures.", "Chair"),
        ("Members requested the circulation of the revised budget.", None),
        ("The Parish Clerk would continue to chase the developer and send any reply to "
         "Councillors.", None),
    ],
)
def test_action_lines_errands_and_decisions_to_act(sentence: str,
                                                  assigned_to: str | None) -> None:
    """Parish councils' action lines ("Clerk to …", initials "JT to …" after the matter's
    title), errands agreed or resolved on, and asks for "the circulation of" something."""
    (f,) = _read(sentence).followups
    if assigned_to is not None:
        assert f.assigned_to == assigned_to


def test_an_action_line_for_another_doer_is_another_errand() -> None:
    """"The Chairman has agreed try and obtain an estimate for the allotment site. Clerk to
    confirm the planning rules for the allotment site.": the action line names another one
    who acts, so it is an errand of its own, whatever words the two share; "agreed try and
    obtain" is a promise, "to" left out."""
    it = _read("The Chairman has agreed try and obtain an estimate for setting out the "
               "allotment site.\nClerk to confirm the planning rules for sheds on the "
               "allotment site.\n")
    found = [(f.text[:16], f.assigned_to) for f in it.followups]
    assert found == [("The Chairman has", "Chairman"), ("Clerk to confirm", "Clerk")]


@pytest.mark.parametrize("sentences", [
    "Agreed that the draft minutes would be published on the village website. Clerk to "
    "arrange a link from the District Council website.",
    "It was agreed that the hall accounts would be sent to the auditor. Clerk to order new "
    "chairs for the hall.",
    "Members agreed that the bus shelter would be repainted in May. Ann Rudd to contact the "
    "Highways team about the shelter.",
    # a word that only starts as the action line's verb does is not that verb ("add" is not
    # in "address" nor in "additional")
    "It was agreed that the correct address for the village hall be checked with the post "
    "office. Clerk to add the hall to the next agenda.",
    "Agreed that the additional seating for the pavilion would be ordered in March. Clerk "
    "to add the pavilion to the insurance schedule.",
])
def test_an_action_line_sharing_one_word_of_the_matter_is_another_errand(
        sentences: str) -> None:
    """The action line's verb is not the sentence before's, nor is its doer named there: the
    one word of the matter they share ("website", "hall") makes no single errand."""
    assert [f.text[:14] for f in _read(sentences).followups] == [
        part[:14] for part in sentences.split(". ")]


@pytest.mark.parametrize("sentences", [
    # the verb repeated
    "Agreed that a site meeting needs to be arranged with the Chair. Clerk to arrange a "
    "meeting in August.",
    # the verb in a form of its own: a participle beside the irregular one ("mowed", not
    # only "mown"), a strong one ("done"), its last letter doubled though double_final does
    # not list it ("planned")
    "Members agreed that the church verges would be strimmed and mowed before the show. "
    "Clerk to mow the verges in June.",
    "It was agreed that the footpath survey would be arranged once the work on the bridge "
    "was done. Clerk to do the survey in June.",
    "It was agreed that the event planned for May should be arranged with the school. Clerk "
    "to plan the event in June.",
    # the doer named in the request
    "The Chair asked the Clerk to have the budget prepared for December. Clerk to add the "
    "budget to the agenda.",
])
def test_an_action_line_repeating_the_verb_or_the_doer_is_the_same_errand(
        sentences: str) -> None:
    assert len(_read(sentences).followups) == 1


def test_an_action_line_restating_the_request_before_it_names_who_acts() -> None:
    it = _read("It was agreed to resend the letter to the owner. Clerk to resend letter.")
    assert [(f.text[:22], f.assigned_to) for f in it.followups] == [
        ("It was agreed to resen", "Clerk")]


def test_two_action_lines_with_verbs_of_their_own_are_two_errands() -> None:
    it = _read("Clerk to check the insurance cover for the village hall.\n"
               "Clerk to email the hall insurance schedule to the trustees.")
    assert len(it.followups) == 2
    # (the same errand put twice, request then action line, stays one)
    it = _read("Clerk to order the new bench for the green.\nClerk to order bench.")
    assert len(it.followups) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Action complete.",
        "Action",
        "Members to note the report.",
        "The Chairman to report apologies.",
        "The Council resolved to set the precept at £9,000.",
        "She had not asked that the item be deferred.",
        "Grants being provided by the trust were welcomed.",
    ],
)
def test_closed_actions_agenda_lines_decisions_and_agents_are_not_followups(
        sentence: str) -> None:
    assert _read(sentence).followups == []


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("It was agreed to defer the hedge quotes to the September meeting.", 2023),
        ("The Clerk to bring the revised plan to the September meeting.", 2023),
        ("Agreed to consider the tenders at the October meeting.", 2023),
        ("Postponed until the September meeting.", 2023),
        ("The tenders were opened at the September meeting.", 2022),
        ("Members had agreed to consider it at the September meeting.", 2022),
    ],
)
def test_a_month_meeting_in_a_frame_that_looks_ahead_is_the_next_one(
        sentence: str, year: int) -> None:
    text = f"Minutes of the Parish Council held on 11 July 2023\n\n1. Verges\n\n{sentence}\n"
    minutes = extract(text)
    read_prose([(text, minutes)])
    assert [r.date.year for r in minutes.items[0].meeting_refs] == [year]


@pytest.mark.parametrize(
    "sentence",
    [
        "The officer outlined the schemes likely to be included in the next round of bids.",
        "The new boilers were expected to be installed by the autumn.",
        "No view was reached on whether the footpath should be added to the list.",
        "The verge could be widened if the landowner agreed in future years.",
        "Grants can be requested through the county website.",
        "A letter from the cricket club to be considered under item 9.",
        "A contract under which the mowers are to be supplied was noted.",
    ],
)
def test_forecasts_possibilities_and_open_questions_are_not_followups(sentence: str) -> None:
    assert _read(sentence).followups == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The Chair thanked him and the Clerk would put a notice in the village magazine.",
        "The Clerk will meet the contractor on site next week.",
        "Officers would revise the wording of the leaflet.",
        "For agenda at next meeting: the bus shelter repairs.",
        "Councillor Grey asked if further quotes could be obtained.",
        "Cllr Penrose will walk the footpath with the ranger.",
        "The Council agreed to ask the Warden to tidy the churchyard hedge.",
        "It was agreed to make representations to the water company about the flooding.",
        "Members agreed to submit a response to the bus consultation.",
        "Members would however like to have further information on the lease.",
    ],
)
def test_errands_whatever_their_verb_are_followups(
        sentence: str) -> None:
    assert len(_read(sentence).followups) == 1


def test_numbered_resolution_clauses_stay_resolved_past_a_long_clause() -> None:
    it = _read("Resolved: that (1) the Partnership Board be set up as a joint committee of "
               "the two councils and the health trust, and meet in shadow form until the "
               "order establishing it has been made, its members have been appointed by each "
               "of the bodies it brings together and its first chair has been chosen by "
               "them;\n\n"
               "(2) the membership, the quorum and the terms of reference of the Partnership "
               "Board as set out in the appendix to the report be agreed by both councils;"
               "\n\n(3) the Partnership Board report each year to the Council on its work; "
               "and\n\n(4) the report be noted.")
    assert [f.text[:30] for f in it.followups] == ["(3) the Partnership Board repo"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Councillors Amberley and Cole requested guidance on the new grant rules.",
        "Resolved: (a) the report be noted; (b) the Office of the Mayor include the Panel in "
        "its mailing of press notices.",
        "Resolved: (a) the report be noted; (b) two workshops for Members are arranged "
        "during the autumn.",
        "Resolved: (a) the report be noted; (b) the Panel's meeting in June includes an "
        "update on the pilot.",
    ],
)
def test_bare_asks_and_present_tense_resolution_clauses_are_followups(sentence: str) -> None:
    assert len(_read(sentence).followups) == 1


@pytest.mark.parametrize(
    ("sentence", "n"),
    [
        ("RESOLVED to recommend to the Executive that the parking charges be frozen.", 1),
        ("The Panel RECOMMENDS to Council that the charter be adopted.", 1),
        ("RESOLVED that Cabinet be recommended to adopt the revised charter.", 1),
        ("The report recommended to Council that the charter be adopted.", 0),
        ("The Panel had recommended to the Executive that the charges be frozen.", 0),
        # a resolution's clause in the imperative, its body resolving left out
        ("RESOLVED to:\n\nRecommend to Council that the standing orders be amended as set "
         "out in the report.", 1),
        ("(b) Recommend to the Executive that the parking charges be frozen.", 1),
        # never to the meeting itself
        ("Recommend to the Committee that the report be noted.", 0),
        ("Members were asked to allow the charter to be recommended to full council.", 0),
    ],
)
def test_recommendations_sent_to_another_body_are_followups(sentence: str, n: int) -> None:
    assert len(_read(sentence).followups) == n


# Round 12: constructions from the dev pages and the audits of several councils (sentences
# invented).
@pytest.mark.parametrize(
    ("sentence", "n"),
    [
        # a note of work still to do: a noun phrase, then "to be" and any participle
        ("Fence panels to be stained before the summer.", 1),
        ("A leak in the pavilion roof to be fixed.", 1),
        ("Bins Action: The broken lids to be replaced By: Cllr AB", 1),
        ("Signs- the faded one on the green to be repainted by the Clerk", 1),
        # ... but not a note that only records, a meeting's date, this meeting's business, a
        # forecast, or a clause with a verb of its own
        ("Notes of the last meeting to be approved as minutes.", 0),
        ("Next meeting to be held on 4 March.", 0),
        ("A letter from the bowls club to be considered under item 9.", 0),
        ("All outstanding actions to be covered under agenda items.", 0),
        ("(48 hours notice to be given to the Clerk).", 0),
        ("The works were expected to be finished by May.", 0),
        ("The hall floor was found to be damaged.", 0),
    ],
)
def test_notes_of_work_still_to_do_are_followups(sentence: str, n: int) -> None:
    assert len(_read(sentence).followups) == n


@pytest.mark.parametrize(
    "sentence",
    [
        # the standing words of declarations of interest
        "Members are required to declare any interests they may have in any matter which is "
        "to be considered at this meeting.",
        "Councillors to declare any interests in the business to be transacted, and officers "
        "to declare any interests in any contract to be considered.",
        # the order of this meeting's own business
        "The Chair proposed that the order of the agenda be varied and that the budget report "
        "be considered first.",
        "The Director advised that he would deal with items 4 and 5 together as they "
        "overlapped.",
        "The Chairman announced that the application at Mill Lane was to be moved from 7c to "
        "7a on the agenda.",
        # one item taken out of its turn
        "The Chair said that item 8 on the allotments would be considered directly after "
        "item 3.",
        "The bowls club had asked to speak, and it was agreed to take this item first.",
        "The Chairman asked to bring item 9 forward so that the visitor could leave early.",
        "Those present were reminded of the need to declare any interest in the matter(s) to "
        "be considered at the meeting.",
        "Where in doubt, advice should be sought from the Monitoring Officer before the day of "
        "the meeting.",
        # done at the meeting as it is asked
        "All present were asked to note that the meeting was being filmed.",
        "The Chairman had to leave early and asked Councillor Pell to take the Chair.",
        # a question answered in its own sentence
        "A Member asked for details of the youth scheme and Members were advised that it was "
        "run by the county.",
        "Information on the running costs was requested and members were informed that there "
        "would need to be further investment.",
        "Councillor Pell asked if the Clerk could check the gully and was told that it had "
        "been cleared in May.",
        "Mr Dean asked whether the resurfacing would be finished by the spring.",
        "Clarification was sought on whether the fete was a parish or a school event.",
        "Clarification was sought about which ward the new bins would serve.",
        "Councillor Pell asked if the Clerk could check the gully. The Clerk replied that it "
        "had been cleared in May.",
        # "to" and a determiner is a preposition
        "Can the Leader answer the question first asked in March and then promised to all "
        "members of the Panel in April?",
        # the minutes, and what an item is for
        "It was RESOLVED to confirm as a true record the minutes of the meeting held on 2 May.",
        "Councillors will be invited to confirm that the minutes are a correct record.",
        "The Chair noted that the purpose of the item was for the Panel to review the draft "
        "findings.",
        # a thing described by what is due to happen to it; a given name that is a thing
        "Members asked about the Play Strategy, which was due to be presented to Cabinet in "
        "the autumn.",
        "Cabinet supported the findings on the Parking Strategy due to be written by the "
        "consultants.",
        "Bill to be paid by the end of the month.",
        "He would be away until after the meeting.",
        "It was agreed to hold the meeting at 7pm in the hall.",
        # a body speaking for the meeting of a state, or of a thing named in "-s"
        "The Fire Authority agreed that the new scheme would be of benefit to residents.",
        "Agreed that JP repairs to be carried out by the contractor.",
        # the agenda's standing items: declarations asked for, business taken in private
        "Members will be asked to make any declarations of interest in respect of items on "
        "this agenda.",
        "Members with an interest in the business of the meeting were asked to declare "
        "their interest.",
        "The Chair proposed that items 8 and 9 be considered with the press and public "
        "excluded.",
        "There were no items of public participation to be considered at this meeting.",
        # a statement made at the meeting, as the chair announces it
        "The chairman announced that the Cabinet Member for Housing would make a statement "
        "to the Commission regarding item 4.",
        # advice to the public on reporting crime
        "Concerns were raised about thefts at the allotments, and any theft no matter how "
        "small must be reported to the police.",
        # work to be done as part of a subject that has a verb of its own
        "The levies to be charged to the member councils for 2024/25 were shown for each "
        "option.",
        "Discussions concerning the second defibrillator to be sited on the green are "
        "on-going.",
        # a promise kept before the minute was written
        "Mr Penrose offered to forward the walker's email to the officer, which he did at the "
        "end of the meeting.",
    ],
)
def test_declarations_agenda_order_answers_and_minutes_are_not_followups(
        sentence: str) -> None:
    assert _read(sentence).followups == []


@pytest.mark.parametrize(
    "sentence",
    [
        "A Member asked for details of the costs and Members were advised that these would "
        "be circulated.",
        "The Director said the two reports would be considered together at the next meeting.",
        "It was agreed to take this item first at the next meeting.",
        "The item on the library would be considered after item 2 at the next meeting.",
        "The Clerk was asked to note the complaint and reply to the resident.",
        "Clarification was sought on the running costs of the new depot.",
        "Legal advice should be sought on the lease before the next meeting.",
        # a request put as a question to one who can act
        "Councillor Pell asked if the Clerk could find out when the gully would be cleared.",
        "Mrs Dean raised the state of the footbridge and asked if Councillor Shaw would meet "
        "the owner and look into it.",
        "Officers would bring the two reports together in a single paper for Cabinet.",
        "It was agreed to circulate the minutes to all members.",
        "Because of the election, the questioners would receive written responses.",
        "The review had slipped and it would now come to the March meeting.",
        "The Clerk said that copies would be tabled at the Licensing Committee meeting on "
        "Tuesday, 11 October.",
        # a member called by a common given name alone
        "Claire to send the quotes to the clerk.",
        "Mike will provide an update by 7 July for the Board.",
        "The report is due to be presented to Cabinet in March.",
        # any errand given a time that is soon
        "The builder said it was a long job but he would finish it as soon as possible.",
        # at work contacting others
        "The Democratic Services Officer will be emailing the three trusts for their views.",
        # a meeting to be held, the article left out as notes do
        "Members agreed to have further meeting once the survey was done.",
        # a body named by its head word speaks for the meeting as "Members" do
        "The Fire Authority agreed that the Chair should send the Authority’s thanks to "
        "Councillor Venn.",
        "The Parish Council agreed that the Clerk would write to the landowner.",
        # a motion carried names who acts, its verb in the present
        "It was proposed by Cllr Orme and seconded by Cllr Dace that Cllr Pell talks to the "
        "neighbouring residents.",
        "Proposed that the Clerk contacts the highways team about the verge.",
        # verbs of taking on cover or a hand, and of finishing wood
        "It was agreed to insure the play equipment against theft.",
        "RESOLVED to employ a surveyor for the boundary dispute.",
        "The Vice-Chairman advised that he would stain the fence by the gates.",
        # at work finding things out, to come
        "The Chief Executive and the Director will be assessing the staff available.",
    ],
)
def test_the_same_words_with_an_errand_to_come_are_followups(sentence: str) -> None:
    assert len(_read(sentence).followups) == 1


def test_an_action_column_names_who_acts_on_the_paragraph_before() -> None:
    """"Action: CM/SR 1.4" after blank lines, or names the extractor does not know: who acts
    on the request before; never an errand of its own."""
    it = _read("A map of the village will be requested from the district council."
               "\n\n\nAction: CM/SR 1.4\n\nA leaflet will be printed for the show.\n\n"
               "Action:  Jo Quill and Bo Vantt\n")
    assert [(f.text[:20], f.assigned_to) for f in it.followups] == [
        ("A map of the village", "CM/SR"), ("A leaflet will be pr", "Jo Quill and Bo Vantt")]
    assert len(pipeline()("Action: Jo Quill and Bo Vantt").spans["ckg_followups"]) == 0
    assert [f.assigned_to for f in _read(
        "The Clerk will write to the owner.\n\nAction: None").followups] == ["Clerk"]


def test_an_action_line_that_restates_a_request_is_one_errand_with_it() -> None:
    """Next to the request, the two are one follow-up; later in the minute, the action line
    records it, as a resolution does."""
    it = _read("The Chair asked Mr Penn to look into training for members on the budget.\n"
               "ACTION - Mr Penn to advise the panel on training for members")
    assert [(f.text[-24:], f.assigned_to) for f in it.followups] == [
        (" on training for members", "Mr Penn")]
    it = _read("Cllr Hale said he would raise the flooding with the water company. Members "
               "noted the report.\n\nACTION: Cllr Hale to raise the flooding concern with the "
               "water company")
    assert [f.text[:12] for f in it.followups] == ["ACTION: Cllr"]


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        # one agreeing to what they themselves would do, whatever the verb
        ("Mr Lowe agreed that he would put a notice in the spring newsletter.", 1),
        ("She agreed that she would be unable to attend in May.", 0),
        # "to see if" is to find out; word back promised
        ("The ward members undertook to see if any grant was open to the hall and report "
         "back.", 1),
        ("She was asked about the cycle scheme and agreed to give feedback on it.", 1),
        # "at the recent …" is another meeting only when a gathering is named
        ("Resolved that the Clerk be instructed to write to the Inspector, expressing concern "
         "at the recent fires at Mill Lane.", 1),
        ("Resolved that at the recent Planning Committee meeting the Clerk was instructed to "
         "write to the owner.", 0),
        # the phrasal verb parted round what is put off
        ("JB proposed that we hold this item over until the next meeting; all agreed.", 1),
        ("It was agreed to hold the fun day on the next meeting date.", 0),
    ],
    ids=["agreed-that-he-would", "agreed-a-state", "undertook-to-see-if", "agreed-to-give-feedback",
         "at-the-recent-event", "at-the-recent-meeting", "hold-over", "hold-an-event"],
)
def test_promises_of_ones_own_errand_and_recent_events(sentence: str, count: int) -> None:
    assert len(_read(sentence).followups) == count


def test_a_hard_wrapped_line_inside_a_clause_does_not_end_the_sentence() -> None:
    """PDF text wraps lines mid-clause: after a word that never ends a sentence ("at the"),
    or before a line going on in lower case, the sentence runs on; a line that ends a title,
    a list entry ("a)") or a finished sentence still ends it."""
    it = _read("The Treasurer informed the Committee that copies of the meeting notes would be "
               "tabled at the\n    Finance Committee meeting on\n    Monday, 4 March 2024.")
    assert [(f.text[:13], f.text[-13:]) for f in it.followups] == [
        ("The Treasurer", "4 March 2024.")]
    doc = pipeline()("Repairs to play equipment in the parks\nin the west ward were noted.")
    assert len(list(doc.sents)) == 1
    doc = pipeline()("Play Area Repairs\nThe Clerk will write to the contractor.\n"
                     "a) seating\nb) fencing")
    assert [s.text.strip() for s in doc.sents if s.text.strip()] == [
        "Play Area Repairs", "The Clerk will write to the contractor.", "a) seating",
        "b) fencing"]
    doc = pipeline()("The bench was repaired.\nthe contractor has been paid.\n\nof the fence")
    assert len([s for s in doc.sents if s.text.strip()]) == 3


def test_the_subject_of_a_passive_errand_is_not_who_acts() -> None:
    it = _read("Members agreed that the Allotment Strategy should be discussed at a later "
               "meeting of the Committee.")
    assert [(f.text[:20], f.assigned_to) for f in it.followups] == [("Members agreed that ", None)]
    it = _read("It was agreed that the Treasurer would write to the Highways Authority.")
    assert [f.assigned_to for f in it.followups] == ["Treasurer"]


@pytest.mark.parametrize(
    ("sentence", "refs"),
    [
        ("The minutes of the meeting of the Panel held on 02.02.2023 were approved.",
         [(date(2023, 2, 2), "day")]),
        ("The minutes of the Annual and Ordinary meetings of the Authority held on 9 March "
         "2023 were signed.", [(date(2023, 3, 9), "day")]),
        ("The Clerk wrote to the Highway Authority on 9 March 2023.", []),
        ("The item was added to the October agenda.", [(date(2023, 10, 1), "month")]),
        ("The minutes of the Board meetings on Monday, the 6th March and Tuesday, the 4th "
         "April 2022 were noted.", [(date(2022, 3, 6), "day"), (date(2022, 4, 4), "day")]),
        ("The report would go to the next meeting of the JSC on 7 June 2023.",
         [(date(2023, 6, 7), "day")]),
        ("That the minutes of the Committee held on 10 April be confirmed.",
         [(date(2023, 4, 10), "day")]),
        ("The Board considered the item at its meeting on 3rd March.",
         [(date(2023, 3, 3), "day")]),
    ],
)
def test_numeric_dates_agendas_lists_of_dates_acronyms_and_confirmed_minutes(
        sentence: str, refs: list[tuple[date, str]]) -> None:
    """"01.03.2023"; "the October agenda" is a meeting to come; a list of dates shares the
    year printed at its end; "the JSC" is a body; minutes "be confirmed" are of a meeting
    that has been."""
    assert [(r.date, r.precision) for r in _read(sentence).meeting_refs] == refs


@pytest.mark.parametrize(
    "sentence",
    [
        "The chair asked that members confirm the minutes as accurate. They were agreed as a "
        "correct record.",
        "Councillor Dunn raised a question with regard to the papers being made available to "
        "the public.",
        "The Director submitted a report requesting that consideration be given to the forward "
        "plan.",
    ],
)
def test_requests_met_on_the_spot_topics_and_a_reports_purpose_are_not_followups(
        sentence: str) -> None:
    """Made after the second fresh held-out batch: a request granted in the next sentence,
    "with regard to … being made available" (a topic), and what a report asks of the meeting
    it is brought to."""
    assert _read(sentence).followups == []


@pytest.mark.parametrize(
    "sentence",
    [
        "(2) that the report is re-submitted to a future meeting of the Panel for decision.",
        "(b) the item be re-considered at the next meeting.",
    ],
)
def test_present_tense_resolutions_and_verbs_with_re_send_business_on(sentence: str) -> None:
    """Made after the third fresh held-out batch."""
    assert len(_read(sentence).followups) == 1


def test_list_lines_of_minutes_received_and_a_reconvened_meeting() -> None:
    """Made after the third fresh held-out batch: one line per meeting whose minutes are
    received, in either order, and "reconvened on …"."""
    it = _read("Minutes received:\na)   Planning Committee    4 October 2022\n"
               "02.11.2022 – Licensing Committee\n\nThe meeting held on 3 February (and "
               "reconvened on 10 February) was noted.")
    assert sorted((r.date, r.committee) for r in it.meeting_refs) == [
        (date(2022, 10, 4), "Planning Committee"), (date(2022, 11, 2), "Licensing Committee"),
        (date(2023, 2, 3), None), (date(2023, 2, 10), None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Action Plan meeting held on 20th December.",
        "The Director to outline the work of the Board.",
        "The Panel received a report which asked Members to consider the procedures.",
        "It was asked to adopt the amendment to the standing orders.",
        "S Patel to be added to those present at the last meeting.",
        "The Chair will decide whether any items raised will be considered.",
    ],
)
def test_names_agenda_lines_asks_of_the_meeting_and_corrections_are_not_followups(
        sentence: str) -> None:
    """Made from the third held-out set: "Action" starting a name, an agenda line for
    business at the meeting, a decision asked of the meeting itself, a correction to the
    minutes, and a choice the Chair will make."""
    assert _read(sentence).followups == []


def test_an_action_line_with_no_errand_makes_the_sentence_before_one() -> None:
    it = _read("Cllr Dunn had sent a report to go on the website. Clerk to action.\n\n"
               "Clerk to write to the owner. Clerk to action.")
    assert [(f.text[:18], f.assigned_to) for f in it.followups] == [
        ("Cllr Dunn had sent", "Clerk"), ("Clerk to write to ", "Clerk")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Agreed – that the Speed Watch Group should write to the Police Commissioner.",
        "Concerns raised would be passed on to officers by the Lead Member.",
        "The Commission would be involved in commenting on the plan in due course.",
        "It was agreed to refer the matter to the Cabinet.",
    ],
)
def test_agreed_with_a_dash_passed_on_involved_and_referred(sentence: str) -> None:
    """Made from the third held-out set."""
    assert len(_read(sentence).followups) == 1


@pytest.mark.parametrize("text", [
    "It was RESOLVED that the accounts be approved.\n\nThe repairs to the bus shelter "
    "(Min. 14/22) are now complete.",
    "RESOLVED: That the minutes be approved.\n\nThe draft timetable was approved for the "
    "period up to March 2027.",
])
def test_a_sentence_opening_on_the_and_a_noun_after_a_resolution_sends_no_one(
        text: str) -> None:
    """After a resolution, "The repairs to …", "The draft timetable …" open on "The" and a
    noun that is also a verb of promise ("repair", "draft"): "The" is no one sent, so no
    resolution's errand; "the Board report annually" (the article, then who acts) still is."""
    assert _read(text).followups == []
    (f,) = _read("RESOLVED: That the minutes be approved.\n\nThat the Board report "
                 "annually to the Council on its progress.").followups
    assert f.text.startswith("That the Board report")


@pytest.mark.parametrize("doer", ["The Clerk", "The Chair", "The Council",
                                  "The Planning Committee", "Theresa Hale"])
def test_the_and_a_doer_after_a_resolution_is_still_sent(doer: str) -> None:
    """"The" is barred as a resolution clause's subject, never as the article before one who
    acts: "The Clerk write to …" after a RESOLVED is the resolution's errand, and a name
    that only starts with "The" ("Theresa") is no "The"."""
    (f,) = _read("RESOLVED: That the minutes be approved.\n\n"
                 f"{doer} write to the County Council about the verge.").followups
    assert f.text.startswith(f"{doer} write")


def test_a_resolution_restating_a_promise_is_one_followup() -> None:
    it = _read("The Officer agreed to circulate the revised parking figures to Members.\n\n"
               "RESOLVED – That the revised parking figures be circulated to Members.")
    assert [f.text[:10] for f in it.followups] == ["RESOLVED –"]


def test_names_with_their_initials_run_on_or_in_brackets() -> None:
    """Parish minutes: "A.Vellacott", "Sarah Hale (SH)", a middle initial in the brackets; not
    a thing's acronym, a "Councillors Reports" title or a notice board."""
    it = _read("In the Chair A.Vellacott, L.Bowden and K.O'Donoghue (clerk). Apologies: Sarah "
               "Hale (SH) and Tomasz Wrobel (TJW). The Comprehensive Area Assessment (CAA) "
               "was thanked by A Okoro (Tree Warden) and PCSO Jan Kowalczyk. Members asked about "
               "the Experimental Speed Order (ESRO).\n\n"
               "Parish Councillors Reports were taken. The Village Notice Board was mended.")
    assert _kinds(it, "person") == {"A.Vellacott", "L.Bowden", "K.O'Donoghue", "Sarah Hale",
                                    "Tomasz Wrobel", "A Okoro", "Jan Kowalczyk"}
    assert "Tree Warden" in _kinds(it, "post")
    assert _kinds(it, "organisation") == set()


def test_neighbourhood_watch_and_task_groups() -> None:
    it = _read("Neighbourhood Watch flyers were shared. The Scrutiny Task Groups met.")
    assert _kinds(it, "organisation") == {"Neighbourhood Watch"}
    assert "Scrutiny Task Groups" in _kinds(it, "programme")


def test_councils_by_their_acronyms_but_not_the_pcc() -> None:
    it = _read("The CDC proposal was noted, and BDBC had written to the PCC.")
    assert _kinds(it, "organisation") == {"CDC", "BDBC"}


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("The Chair and Vice-Chair will review the report and make suggestions.", 1),
        ("Councillor Dunn would contact the landowner about the hedge.", 1),
        ("The Director would provide support to schools.", 0),
        ("The service will review its charges annually.", 0),
        # "was to", the past of a directive: an errand set, as "is to" is
        ("The Treasurer was to contact the bank about the new mandate.", 1),
        ("The Treasurer was to be thanked for her work.", 0),
        ("The road was to reopen in the spring.", 0),
        # a post or a body by its head word, named or not, opening the sentence
        ("The Parish Council will write to the landowner about the blocked ditch.", 1),
        ("The Footpaths Warden will inspect the stile on the bridleway.", 1),
        ("Officers explained that the Council would allocate 3% to the grants pot.", 0),
        ("The Parish Council will continue to support the summer fete.", 0),
    ],
)
def test_named_posts_and_members_who_will_do_an_errand(sentence: str, count: int) -> None:
    """Made from a known miss of the second held-out set: those who act, named and nothing
    else, and an errand of their own; a service described is not one."""
    assert len(_read(sentence).followups) == count


def test_initials_only_names_as_town_and_parish_minutes_print_them() -> None:
    """Made after the fresh measurement of the third held-out set: dotted initials before a
    surname and its own initials in brackets, "Cllr." with its full stop, a title that starts
    the next name with no comma between, and "Messrs."."""
    it = _read("Councillors: K. Osei (KO), D.J.E. Hale (DJEH), Cllr. Brook (Chair), Cllr.Lund, "
               "Cllr G. Rowe Cllr L. Tamm. Also present: Messrs. B. Pike.")
    assert _kinds(it, "person") == {"K. Osei", "D.J.E. Hale", "Brook", "Lund", "G. Rowe",
                                    "L. Tamm", "B. Pike"}


def test_a_titled_name_after_and_is_no_listed_surname() -> None:
    it = _read("Apologies were received from Cllr. Osei and Cllr. Brook who were away.")
    assert _kinds(it, "person") == {"Osei", "Brook"}


def test_clr_with_one_l_is_a_councillors_title() -> None:
    """Local papers and some clerks write "Clr." for "Cllr.": the title of the name after
    it (never a body "Clr", nor a sentence ending at its full stop), alone or before a list."""
    it = _read("Clr. Hale requested that Clr. Osei write to the owner of the field. Clrs. "
               "Brook and Lund abstained, and Clr Tamm said that the gate was mended.")
    assert _kinds(it, "person") == {"Hale", "Osei", "Brook", "Lund", "Tamm"}
    assert not _kinds(it, "organisation")
    assert [f.text for f in it.followups] == [
        "Clr. Hale requested that Clr. Osei write to the owner of the field."]


def test_words_run_together_are_no_persons_name() -> None:
    """PDF text that lost its spaces ("Cllr.Hughesreportedthathehadwritten") gives a token
    longer than any word of a name, or a capital after four small letters: no person; a long
    real surname, or a capital after a short prefix ("MacKay"), still is one."""
    it = _read("Dist.Cllr.Hughesreportedthathehadwritten to the owner. Cllr Featherstonehaugh "
               "agreed, and Cllr MacKay and Ann BrookCouncillor abstained.")
    # "Ann BrookCouncillor": the tokenizer parts the glued post from the name
    # (kg/data/nlp/glued.toml), so the name before the join reads, never the glued word
    assert _kinds(it, "person") == {"Featherstonehaugh", "MacKay", "Ann Brook"}


def test_a_shortened_tier_before_a_title_is_no_surname() -> None:
    """"Dist. Cllr. Hunter" shortens "District": after a list closing in "and" it is the next
    name's tier, not a listed surname; a list that ends at a full stop keeps its last name."""
    it = _read("Present: Cllr. F Hill and Dist. Cllr. T Hunter. Apologies from Cllrs Hale, Osei "
               "and Brook. Cllr. Lund took the chair.")
    assert _kinds(it, "person") == {"F Hill", "T Hunter", "Hale", "Osei", "Brook", "Lund"}


# -- fourth held-out round: outside bodies, titles that name a body, posts ------------------


@pytest.mark.parametrize(
    ("sentence", "bodies"),
    [
        # national bodies by acronym or with no head word (lexicon `known`)
        ("Officers met DEFRA, the LGA and Natural England about the bid.",
         {"DEFRA", "LGA", "Natural England"}),
        # NHS bodies by their acronyms after a place, and schools
        ("Dr Ames of Wyre Vale CCG visited Holm Lane Primary School.",
         {"Wyre Vale CCG", "Holm Lane Primary School"}),
        # a known body before "and" in a run that names nothing as a whole
        ("The duty falls on bodies from the NHS, Ofsted and Local Government.",
         {"NHS", "Ofsted"}),
    ],
)
def test_outside_bodies_with_no_head_word_or_an_acronym_head(sentence: str,
                                                             bodies: set[str]) -> None:
    """Made from the fourth held-out set's misses: departments and agencies by acronym,
    ICBs and CCGs after a place, and a known body listed beside a phrase that names none."""
    assert bodies <= _kinds(_read(sentence), "organisation")


@pytest.mark.parametrize(
    ("sentence", "bodies"),
    [
        # a government with a post's head word ("Executive") is the government
        ("The response was sent to the Scottish Executive on time.", {"Scottish Executive"}),
        # banks, ambulance trusts, international bodies and campaigns with no head word
        ("Mandate forms went to Barclays and staff assisted WAST during the winter.",
         {"Barclays", "WAST"}),
        ("Funding from the EU ended and Extinction Rebellion protested.",
         {"EU", "Extinction Rebellion"}),
        # national bodies unambiguous in lower case
        ("The clerk had written to the environment agency and scottish water.",
         {"environment agency", "scottish water"}),
        # Welsh health boards by short names that read as people's
        ("Hywel Dda had replied, and Betsi Cadwaladr would attend.",
         {"Hywel Dda", "Betsi Cadwaladr"}),
    ],
)
def test_national_bodies_from_the_gazetteer(sentence: str, bodies: set[str]) -> None:
    """The gazetteer of UK public life (lexicon ``known``, ``any_case``): national bodies
    whose names have no head word, or a post's, named as minutes anywhere name them."""
    assert _kinds(_read(sentence), "organisation") == bodies


def test_a_welsh_given_name_stays_a_persons() -> None:
    """The health boards' short names are known bodies; a person called Hywel is not one."""
    it = _read("Councillor Hywel Jones and Mr Dafydd Evans had replied.")
    assert not _kinds(it, "organisation")
    assert {"Hywel Jones", "Dafydd Evans"} <= _kinds(it, "person")


def test_a_halls_committee_is_a_body_of_its_own() -> None:
    """A village hall or community centre is run by its own charity's committee ("the
    Village Hall Committee", "the Eastbury Community Centre Management Committee"): a body,
    where the council's committees are not; the council's own building's is no body."""
    it = _read("Cllr Rowe declared an interest as treasurer of the Village Hall Committee. "
               "The Eastbury Community Centre Management Committee had written.")
    assert _kinds(it, "organisation") == {"Village Hall Committee",
                                          "Eastbury Community Centre Management Committee"}
    assert not _kinds(_read("The Town Hall Committee and the Finance Committee met."),
                      "organisation")


@pytest.mark.parametrize(("sentence", "body"), [
    ("The Playing Fields Committee had written about the swings.", "Playing Fields Committee"),
    ("Jo Hale (Chairman of the Westbury Village Hall Committee) spoke.",
     "Westbury Village Hall Committee"),
    ("The Village Shop Committee reported a good year.", "Village Shop Committee"),
])
def test_a_playing_fields_or_a_shops_committee_is_a_body_of_its_own(
        sentence: str, body: str) -> None:
    """A village's playing field and its community shop are run by their own charity's or
    society's committee, as its hall is; named as its chair's body too."""
    assert body in _kinds(_read(sentence), "organisation")


def test_a_name_listed_beside_bodies_is_a_body() -> None:
    """A name of two words or more with no head word, listed with bodies, is a body too
    ("Kier, Westbury Voices and Sustrans"); not a person listed with one, nor money or a
    street ("Sport England and Lottery Funding", "the Hale Trust, Church Lane")."""
    it = _read("Officers met Kier, Westbury Voices and Sustrans about the path.")
    assert _kinds(it, "organisation") == {"Kier", "Westbury Voices", "Sustrans"}
    it = _read("They met Sustrans and Jane Smith. Funding came from Sport England and "
               "Lottery Funding. The Hale Trust, Church Lane, Eastbury wrote.")
    assert _kinds(it, "organisation") == {"Sustrans", "Sport England", "Hale Trust"}


def test_a_known_body_named_with_a_possessive_keeps_it() -> None:
    """Known bodies named after their founders end in "'s", with either apostrophe
    ("Sainsbury’s", "Barnardo's"); a post's possessive stays a post's ("The Chair's
    report")."""
    it = _read("A Sainsbury’s store would open and Barnardo's had agreed to help.")
    assert {n.replace("’", "'") for n in _kinds(it, "organisation")} == {
        "Sainsbury's", "Barnardo's"}
    it = _read("The Chair's report was noted.")
    assert not _kinds(it, "organisation")


def test_a_name_spelt_out_before_its_acronym_is_a_body_when_the_acronym_acts() -> None:
    """A name with no head word spelt out before its initials in brackets is a body when
    the acronym acts as a body's ("ATV had confirmed") or a cue names it one ("a grant from
    …"): the name and the acronym are one body. Not a name whose acronym does no body's act,
    nor a person's initials."""
    it = _read("Members noted the work of Eastvale Family Links (EFL). EFL had confirmed "
               "ten placements.")
    orgs = {m.label: m.aliases for m in it.mentions if m.kind == "organisation"}
    assert set(orgs) == {"Eastvale Family Links"} and "EFL" in orgs["Eastvale Family Links"]
    assert _kinds(_read("A grant from Westbury Voices (WV) was noted."), "organisation") == {
        "Westbury Voices"}
    assert not _kinds(_read("The Westbury Town Walk (WTW) figures rose; WTW numbers grew."),
                      "organisation")
    assert not _kinds(_read("Jo Smith (JS) had agreed to attend."), "organisation")


def test_a_fire_brigade_after_a_posts_portfolio_is_a_body() -> None:
    """"Brigade" heads a body's name; after a post's portfolio, the last "for" may begin
    the body the post is held in. "Fire Brigade" alone names none, and a portfolio's "for"
    after a holder stays the portfolio."""
    it = _read("The Head of Prevention, Protection and Safety for Westvale Fire Brigade "
               "spoke. The Fire Brigade had attended twice.")
    assert _kinds(it, "organisation") == {"Westvale Fire Brigade"}
    it = _read("The Cabinet Member for Health and Wellbeing Board matters spoke.")
    assert not _kinds(it, "organisation")


def test_a_local_newspaper_is_a_body_by_its_masthead() -> None:
    """A local paper named by its masthead noun is a body ("the Westbury Herald", "the
    Courier and Advertiser"); the noun alone ("The Courier delivered") names none."""
    it = _read("A notice would go in the Westbury Herald and the Courier and Advertiser.")
    assert _kinds(it, "organisation") == {"Westbury Herald", "Courier and Advertiser"}
    it = _read("The Courier delivered the parcel and the Gazette was not ordered.")
    assert not _kinds(it, "organisation")
    it = _read("A donation to the Westbury Hospice was agreed; the hospice thanked them.")
    assert _kinds(it, "organisation") == {"Westbury Hospice"}


def test_a_known_body_named_before_a_thing_of_its_own() -> None:
    """A known body opening a longer name is named ("the CIPFA Handbook", "the Persimmon
    Homes Riverside Scheme"); not a known name that is a portfolio or a kind ("Public Health
    Grant"), nor a national body before a service of its ("NHS App")."""
    it = _read("Members asked for the CIPFA Handbook and an update on the Persimmon Homes "
               "Riverside Scheme.")
    assert {"CIPFA", "Persimmon Homes"} <= _kinds(it, "organisation")
    it = _read("The Public Health Grant would promote the NHS App.")
    assert not _kinds(it, "organisation")


def test_bodies_listed_after_a_posts_for_are_each_named() -> None:
    """"Director for Hale Care Ltd and Rowe Homes Ltd" names two firms; "Chair of the Westbury
    College and Academy Trust" one body, its second part no name of its own."""
    it = _read("Cllr Pike was a Director for Hale Care Ltd and Rowe Homes Ltd, both firms.")
    assert {"Hale Care Ltd", "Rowe Homes Ltd"} <= _kinds(it, "organisation")
    it = _read("Cllr Pike was Chair of the Westbury College and Academy Trust.")
    assert _kinds(it, "organisation") == {"Westbury College and Academy Trust"}


def test_a_station_of_the_armed_forces_is_a_body() -> None:
    """"RAF Westbury" names a station by its service, a body that takes part; the letters
    alone ("the RAF flypast") name no station."""
    it = _read("RAF Westbury would hold an open day in June.")
    assert "RAF Westbury" in _kinds(it, "organisation")
    it = _read("The RAF flypast was noted.")
    assert not _kinds(it, "organisation")


def test_a_body_named_in_the_title_of_a_document_about_it() -> None:
    """"X Partnership Performance Review", "X Trust Grant Application form": the body, not a
    programme; an acronym head only at the end of a name ("the ICB for the ICB Annual
    Report" names no "ICB for …")."""
    it = _read("Members considered the Fenbury Community Safety Partnership Performance Review, "
               "the Heron Memorials Trust Grant Application form and the Centre for Rural "
               "Scrutiny Self Evaluation. The ICB for the ICB Annual Report was consulted.")
    assert _kinds(it, "organisation") == {"Fenbury Community Safety Partnership",
                                          "Heron Memorials Trust", "Centre for Rural Scrutiny"}
    assert _kinds(it, "programme") == set()
    assert not any(m.label.startswith("ICB for") for m in it.mentions)


@pytest.mark.parametrize(
    "sentence",
    [
        "Councillor Oxley said that he was a member of a Drainage Board.",
        "Notice was given under the Local Government (Committee and Political Groups) "
        "Regulations 1990.",
        "The meeting was held at the Civic Centre under LGA 1972 Sch.12.",
        "The fete will be held at the Old School.",
    ],
)
def test_no_body_in_a_kind_of_body_an_act_or_a_building(sentence: str) -> None:
    assert _kinds(_read(sentence), "organisation") == set()


@pytest.mark.parametrize(
    ("sentence", "post"),
    [
        ("The Cabinet Member with Responsibility for Parks attended.",
         "Cabinet Member with Responsibility for Parks"),
        ("Councillor Oxley declared an interest as a County Councillor.", "County Councillor"),
        ("Councillor R Tate, Executive Councillor for Economy and Place, spoke.",
         "Executive Councillor for Economy and Place"),
        ("The Chancellor announced extra funding for the scheme.", "Chancellor"),
        ("The Clerk reported the election of a County Councillor for the Ashby division.",
         "County Councillor for the Ashby division"),
    ],
)
def test_councillors_posts_and_responsibilities(sentence: str, post: str) -> None:
    """A qualified "Councillor" is a post ("Councillor Oxley" stays a person), "with
    Responsibility for" carries a portfolio, and a councillor's division is part of the post."""
    it = _read(sentence)
    assert post in _kinds(it, "post")
    assert "Oxley" not in _kinds(it, "post")


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Ms Vale said that she would be happy to bring a report on this to a future meeting.", 1),
        ("It was confirmed that Items 1 to 4 would be considered in public and Item 5 in "
         "private.", 0),
        ("(To receive a report from Ms Vale which invites the Committee to comment on the "
         "scheme)", 0),
        ("The committee asked a range of questions which included parking and litter.", 0),
    ],
)
def test_promises_offered_and_agenda_lines_in_brackets(sentence: str, count: int) -> None:
    assert len(_read(sentence).followups) == count


@pytest.mark.parametrize(
    ("sentence", "ref"),
    [
        ("The Board meeting was due to be held on 27 September 2023.", (date(2023, 9, 27), "day")),
        ("Appendix C: Copy of Health and Wellbeing Board report of 5 July 2022.",
         (date(2022, 7, 5), "day")),
    ],
)
def test_meetings_due_and_reports_to_a_board_of_a_day(sentence: str,
                                                      ref: tuple[date, str]) -> None:
    assert [(r.date, r.precision) for r in _read(sentence).meeting_refs] == [ref]


def test_a_bodys_acronym_without_its_place_is_the_same_body() -> None:
    """Made after the fresh measurement of the fourth held-out set: "the CCG" after "North
    Wyre Clinical Commissioning Group" is that body, as "NWL ICB" (with its space) is "North
    West London Integrated Care Board"."""
    text = ("Minutes of the Audit Committee held on 3 May 2023\n\n1. Report\n\nMr Ray of North "
            "Wyre Clinical Commissioning Group spoke and the CCG agreed. Ms Lee of North West "
            "London Integrated Care Board said the NWL ICB would help.\n")
    minutes = extract(text)
    read_prose([(text, minutes)])
    bodies = {(m.label, tuple(m.aliases)) for m in minutes.items[0].mentions
              if m.kind == "organisation"}
    assert bodies == {("North Wyre Clinical Commissioning Group", ("CCG",)),
                      ("North West London Integrated Care Board", ("NWL ICB",))}


def test_a_directorate_after_a_directors_title_and_members_things() -> None:
    """From the fourth held-out set's working misses: "Executive Director Place" (a
    directorate with no "of") is a post; "Councillors Interests" names no one."""
    it = _read("Declarations of Councillors Interests were made. Apologies were received from "
               "Ann Pike, Strategic Director People, and Councillors Hale and Osei.")
    assert "Strategic Director People" in _kinds(it, "post")
    assert _kinds(it, "person") == {"Ann Pike", "Hale", "Osei"}


@pytest.mark.parametrize(
    ("sentence", "refs"),
    [
        ("The Board meeting was due to be held on 26 and 27 September 2023.",
         [(date(2023, 9, 26), "day"), (date(2023, 9, 27), "day")]),
        ("That the minutes of the meetings held on 18 September, 9 and 30 October, and 4 "
         "December 2022 be signed.",
         [(date(2022, 9, 18), "day"), (date(2022, 10, 9), "day"), (date(2022, 10, 30), "day"),
          (date(2022, 12, 4), "day")]),
    ],
)
def test_days_that_share_the_month_after_them(sentence: str,
                                              refs: list[tuple[date, str]]) -> None:
    """"26 and 27 September": the first day takes the month (and the list its year) from
    the date after it."""
    assert [(r.date, r.precision) for r in _read(sentence).meeting_refs] == refs


def test_parties_unions_consortia_and_co_operatives_are_bodies() -> None:
    """A party, a union, a consortium or a co-operative is a body by its last word; a
    council's working party (or working group) with a name of its own is no outside body but
    a programme of work, as a task and finish group is (the guide; readers of parish pages
    list them so), and its political groups in general are no body."""
    it = _read("The Conservative Party, the National Growers Union, the Westbury Voluntary "
               "Sector Consortium and Eastfold Housing Co-operative were consulted. The "
               "Allotments Working Party would meet in June.")
    assert _kinds(it, "organisation") == {
        "Conservative Party", "National Growers Union", "Westbury Voluntary Sector Consortium",
        "Eastfold Housing Co-operative"}
    assert _kinds(it, "programme") == {"Allotments Working Party"}
    it = _read("The Playing Field Working Group would meet in June. The working group and "
               "the Working Groups would report.")
    assert _kinds(it, "programme") == {"Playing Field Working Group"}
    assert not _kinds(it, "organisation")
    it = _read("Advice from Group Leaders or Political Groups was declared. Most Council "
               "meetings can be watched online.")
    assert not _kinds(it, "organisation")


@pytest.mark.parametrize(("sentence", "body"), [
    ("The speaker was representing Guide Dogs for the Blind at the event.",
     "Guide Dogs for the Blind"),
    ("The Chair announced that a Tenovus charity event will be held in March.", "Tenovus"),
    ("The Clerk was instructed to write to Her Majesty’s Courts Service.",
     "Her Majesty's Courts Service"),
    ("Members noted the guide of the Joint Panel on Accountability and Governance.",
     "Joint Panel on Accountability and Governance"),
    ("A letter from Passenger Focus about the timetable was noted.", "Passenger Focus"),
    ("The NWDA had funded the study.", "NWDA"),
    ("A ruling of the European Court of Human Rights was noted.",
     "European Court of Human Rights"),
])
def test_national_bodies_with_no_head_word_as_data(sentence: str, body: str) -> None:
    """National and international bodies named with no head word of a body, or under a
    longer name than the one known before (bodies.toml, lexicon.toml): read by name."""
    assert _kinds(_read(sentence), "organisation") == {body}


def test_a_church_dedication_opens_a_name() -> None:
    """"All Saints Church" and "All Souls Primary School" are named whole: "All" begins no
    other name ("All Members agreed")."""
    it = _read("Grants of £50 were given to All Saints Church and All Souls Primary School. "
               "All Members agreed.")
    assert _kinds(it, "organisation") == {"All Saints Church", "All Souls Primary School"}


def test_bodies_by_a_tail_of_more_than_one_word() -> None:
    """"Westshire Fire and Rescue" and "the Northvale Chamber of Commerce" are bodies by the
    words they end in; "the Fire and Rescue" alone names none, nor "Police and Fire and
    Rescue"."""
    it = _read("Officers from Westshire Fire and Rescue and the Northvale Chamber of Commerce "
               "attended.")
    assert _kinds(it, "organisation") == {"Westshire Fire and Rescue",
                                           "Northvale Chamber of Commerce"}
    it = _read("The Fire and Rescue attended. Police and Fire and Rescue were thanked.")
    assert not _kinds(it, "organisation")


def test_welsh_names_with_the_article_inside() -> None:
    """The Welsh article "y" between capitalised words is part of the name: "Cynnal y Cardi",
    "Pen y Bont"."""
    it = _read("The Cynnal y Cardi project was discussed, as was the Pen y Bont Community Hub.")
    assert _kinds(it, "programme") == {"Cynnal y Cardi project"}
    assert _kinds(it, "organisation") == {"Pen y Bont Community Hub"}


def test_a_schemes_team_and_a_known_bodys_inspection_name_the_scheme_and_the_body() -> None:
    """"the Westvale LEADER Grant team" names the grant scheme; "the Ofsted Inspection" the
    inspectorate, a known body of one word before a title's tail; a head word alone before
    the tail ("the Trust Inspection") names nothing."""
    it = _read("Feedback came from the Westvale LEADER Grant team. The Ofsted Inspection "
               "found services had improved. The Trust Inspection was noted.")
    assert _kinds(it, "programme") == {"Westvale LEADER Grant"}
    assert _kinds(it, "organisation") == {"Ofsted"}


def test_a_body_owning_what_follows_and_a_firm_named_after_its_founder() -> None:
    """"Westbury Labour Party's Disability Officers" names the party though the whole names
    nothing; "John Hicks & Associates" is a firm, not the person "John Hicks"; "Jane Smith
    and Trust members" is still Jane Smith."""
    it = _read("Ali Wilkin, one of Westbury Labour Party's Disability Officers, spoke. "
               "Payment to John Hicks & Associates was approved. Jane Smith and Trust "
               "members attended.")
    assert _kinds(it, "organisation") == {"Westbury Labour Party", "John Hicks & Associates"}
    assert "Jane Smith" in _kinds(it, "person") and "John Hicks" not in _kinds(it, "person")


def test_friends_groups_practices_and_clubs_by_initials() -> None:
    """"the Friends of …" opens a body's name; a medical practice, a football club ("FC")
    and a women's institute ("WI") after a place are bodies; "Good Practice" is none."""
    it = _read("The Friends of Westbury Park, Westbury Medical Practice, Westbury Town FC "
               "and the Westbury WI were thanked. Good Practice was shared.")
    assert _kinds(it, "organisation") == {"Friends of Westbury Park",
                                           "Westbury Medical Practice", "Westbury Town FC",
                                           "Westbury WI"}


def test_bodies_by_mixed_case_initials() -> None:
    """"TfGM", "DfI": a transport body or a department by its mixed-case initials; a grant's
    capitals ("DFG") are none."""
    it = _read("Members raised the routes with TfGM, and the DfI had replied. The DFG budget "
               "was noted.")
    assert _kinds(it, "organisation") == {"TfGM", "DfI"}


def test_charities_branches_by_initials_and_the_armed_forces() -> None:
    it = _read("Eastvale CAB and Westshire CVS had signed the Armed Forces Covenant, as had "
               "representatives of the Armed Forces.")
    assert _kinds(it, "organisation") == {"Eastvale CAB", "Westshire CVS", "Armed Forces"}
    assert _kinds(it, "programme") == {"Armed Forces Covenant"}


def test_a_council_a_seat_is_held_for_is_a_body_and_the_seat_a_post() -> None:
    """"a Fernbury District Council Member", "(Eastmoor Council Member)": the seat on a joint
    body stays the post it is read as, and the council it is held for is an outside body;
    a tier alone ("a County Council Member", "the Parish Council Representative") names no
    one council, and a word of no name ("New Council Member") none either."""
    it = _read("The previous Vice Chairman was a Fernbury District Council Member. Appointment "
               "of Chair (Eastmoor Council Member). Jo Hale, Patient and Client Council "
               "Representative, attended.")
    assert _kinds(it, "organisation") == {"Fernbury District Council", "Eastmoor Council",
                                           "Patient and Client Council"}
    assert "Fernbury District Council Member" in _kinds(it, "post")
    it = _read("The Parish Council Representative and a County Council Member spoke; the "
               "Chair welcomed the New Council Member and the Town and Community Council "
               "Representative.")
    assert _kinds(it, "organisation") == set()


def test_fire_services_are_bodies_however_written() -> None:
    """"Fire & Rescue Service" and "Fire Service" name a body as "Fire and Rescue Service"
    does: it is no programme."""
    it = _read("Steve joined Surrey Fire & Rescue Service in 1994 and moved to the Kent Fire "
               "Service later.")
    assert _kinds(it, "organisation") == {"Surrey Fire & Rescue Service", "Kent Fire Service"}
    assert _kinds(it, "programme") == set()


def test_the_followup_rule_table_loads_with_every_trigger_and_veto() -> None:
    from kg.nlp import followup_rules

    rules = followup_rules()
    assert all(name in rules.rx for name, _ in rules.triggers)
    assert all(mode in ("search", "match") for _, mode in rules.triggers)
    assert set(rules.vetoes) <= set(rules.rx)
    # a veto on the passive trigger: "be noted" records, "be circulated" asks
    assert rules.find("passive", "The figures would be circulated to Members.")
    assert rules.find("passive", "The report would be noted.") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Three quotes are now to be obtained for the repairs to the pavilion.",
        "Play Area – the gate is still broken. To chase again.",
        "Speeding on Mill Road. To give out the slow-down leaflets at the school.",
        "Allotment hedge. To seek advice from the tree warden.",
        "The fence has not been mended yet, Cllr. Jones will have a look at it next week.",
        "More chairs have been donated and a letter of thanks to be sent.",
        "A reply is still awaited from the water company. The company would be hastened.",
        "The vacancy was noted and will be advertised in the usual way.",
        "Refresher training for committee chairs will be organised in the spring.",
        "The Clerk advised that the item on allotments should be deferred until March.",
        "Members agreed for the review to be programmed into the panel's work programme.",
    ],
)
def test_parish_errands_left_to_be_done_are_followups(sentence: str) -> None:
    assert len(_read(sentence).followups) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "The Chair is still waiting for a second quote, which he would chase up.",
        "The warden was away, but she would speak to him when he is back.",
        "The Clerk would seek an update before the next meeting if the tree had not been cut.",
        "The bin was not needed, so the Clerk agreed to remove it from the green.",
        "The Chair agreed to address these points in a talk with officers.",
        "The Council RESOLVED for Brian to carry out the spring clear-up in April.",
        "The Council thanked the speaker and KT to send a leaflet about the scheme.",
        "It was intended to restart the drop-in sessions in October 2021.",
        "Members were keen to receive more detail on the reserves.",
        "It was confirmed that there would be a Parks update at the next meeting.",
        "It was agreed that these items would be listed on the agenda for future meetings.",
        "The Board asked for a paper setting out what had been spent so far.",
        "The panel recommended that leave be given to vary the start times of meetings.",
        # (the minutes of another body, sent on, are still an errand)
        "The minutes of the working group would be circulated to members.",
        # a thing promised ready by a time to come
        "She said the costed options would be available by the next meeting.",
        "A revised layout should be forthcoming in March.",
        # a meeting arranged to come, with business put to it
        "He said a meeting would be held on 4 June to which all members were invited, to "
        "review the footpath survey.",
        "The Health Partners Group was due to meet on 9 June to discuss the housing strategy.",
    ],
)
def test_promises_plans_and_wants_put_plainly_are_followups(sentence: str) -> None:
    assert len(_read(sentence).followups) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "RESOLVED: That the Treasury Progress Report and the comments made be noted.",
        "Signed forms will be handed to the Monitoring Officer for inclusion on the Register.",
        "She was worried about the litter seen near the shops and sought an update on what "
        "the Council was doing to help?",
        "The Panel was supportive of the plans to be considered by the Cabinet.",
        "The Panel regretted the Forward Plan not being included on the agenda.",
        "Officers had looked at how the scheme could be taken forward after the survey.",
        "Apologies To receive any apologies and notice of substitutes, which are to be "
        "considered at this meeting.",
        "Business which the Chair is of the opinion should be considered as urgent.",
        "Questions may be submitted to the Panel on any item within its remit.",
        "The officer said that the notes had yet to be published.",
        "The Mayor requested that her thanks to the volunteers be recorded.",
        # the meeting's own record put out to the public
        "The audio recording of the meeting will be made available on the website.",
        "The webcast would be published online after the meeting.",
        "The leaflets were available at the library by the end of March.",
        "Copies of the plan would be available to members if they wished.",
    ],
)
def test_noting_boilerplate_and_indirect_questions_are_not_followups(sentence: str) -> None:
    assert _read(sentence).followups == []


def test_a_lettered_entry_is_never_the_answer_to_the_one_before() -> None:
    text = ("Minutes of the Parish Council held on 3 May 2023\n\n1. Matters arising\n\n"
            "a) Hall roof – the Chair still awaited a quote which he would chase up.\n"
            "b) Vacancy – AB had agreed to speak to a neighbour about co-option.\n")
    minutes = extract(text)
    read_prose([(text, minutes)])
    assert len(minutes.items[0].followups) == 2


def test_a_new_bullet_after_a_suggestion_is_no_answer_to_it() -> None:
    text = ("Minutes of the Community Council held on 3 May 2023\n\n1. Chair's business\n\n"
            "  • Wind farm. It was suggested that the Council request a meeting with the "
            "developer's directors.\n  • Broadband: JS reported on the rural voucher scheme.\n")
    minutes = extract(text)
    read_prose([(text, minutes)])
    assert len(minutes.items[0].followups) == 1
    # (the answer in the same entry still settles a question put there)
    text = ("Minutes of the Community Council held on 3 May 2023\n\n1. Chair's business\n\n"
            "  • Wind farm. Cllr Osei asked for details of the turbine heights. The Chair "
            "reported that they were 120 metres.\n")
    minutes = extract(text)
    read_prose([(text, minutes)])
    assert minutes.items[0].followups == []


def test_a_promise_after_a_decision_is_an_errand_of_its_own() -> None:
    text = ("Minutes of the Parish Council held on 3 May 2023\n\n1. Play area\n\n"
            "It was agreed that the working group should seek three quotes for new fencing. "
            "The Vice-Chair agreed to contact the supplier and arrange a site visit.\n")
    minutes = extract(text)
    read_prose([(text, minutes)])
    assert len(minutes.items[0].followups) == 2
    # (the body that agreed named between "agreed" and "that")
    text = ("Minutes of the Parish Council held on 3 May 2023\n\n1. Play area\n\n"
            "It was unanimously agreed by the Parish Council that the clerk would contact the "
            "County Council about the dead trees. In the meantime, Cllr Hale agreed to contact "
            "a tree surgeon and ask for a quote.\n")
    minutes = extract(text)
    read_prose([(text, minutes)])
    assert len(minutes.items[0].followups) == 2
    # (an ask and the promise answering it stay one follow-up)
    text = ("Minutes of the Parish Council held on 3 May 2023\n\n1. Play area\n\n"
            "Councillor Hale asked that the fencing quotes be circulated to members. "
            "The Clerk agreed to circulate them by Friday.\n")
    minutes = extract(text)
    read_prose([(text, minutes)])
    assert len(minutes.items[0].followups) == 1


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        ("Following the meeting of the Executive on 6 March 2023, the plan was revised.",
         ["2023-03-06"]),
        ("A special Highways Committee would be held on 9th June 2023 to consider it.",
         ["2023-06-09"]),
        ("A Budget Seminar for all Members would be held on 18 January.", ["2024-01-18"]),
        ("It came from the Planning Sub-Committee meeting held on 20 April 2023.",
         ["2023-04-20"]),
        ("She attended Full Council on 29-11-22 and 18-01-23, Scrutiny - Place on 22-02-23.",
         ["2022-11-29", "2023-01-18", "2023-02-22"]),
        ("He would report to the next Scrutiny Meeting, held on Thursday 12 October 2023.",
         ["2023-10-12"]),
        ("The minutes of the Licensing Committee, 8 February 2023 were received.",
         ["2023-02-08"]),
        ("The minutes of the meeting held on 3 May 2023 were agreed as a record.", []),
        ("The Chief Executive on 4 April 2023 wrote to the Trust.", []),
        # "The minutes of the meeting held on 18 March are re-submitted to a future meeting":
        # the meeting held is last March's, not next March's.
        pytest.param("That the minutes of the meeting held on 18 March (and reconvened on 2 "
                     "April) are re-submitted to a future meeting of this Committee.",
                     ["2023-03-18", "2023-04-02"], id="held-though-the-sentence-looks-ahead"),
        pytest.param("Resolved - That the minutes of the proceedings of this panel held on 7 "
                     "February, 3 and 24 March, and 4 April 2023 be signed.",
                     ["2023-02-07", "2023-03-03", "2023-03-24", "2023-04-04"],
                     id="proceedings-of-this-panel-on-several-days"),
    ],
)
def test_meetings_of_the_executive_lists_hyphen_dates_and_not_this_meeting(
        sentence: str, dates: list[str]) -> None:
    assert sorted(r.date.isoformat() for r in _read(sentence).meeting_refs) == dates


@pytest.mark.parametrize(
    "sentence",
    [
        "The old files which are to be put into storage were listed.",
        "The volunteers are to be congratulated on the display.",
        "At its last meeting the Committee requested further details of the costs.",
        "The report presents information requested at previous meetings of the Panel.",
        "Councillor Hart said the survey had helped, but suggested that it should be repeated.",
        "RESOLVED – That the minutes be approved.\n\nBudget Update\n\nThis report provides "
        "Members with an update on the budget.",
        "RESOLVED – That the minutes be approved.\n\nAnnouncements\n\nTo update Members on "
        "recent events.",
        # an article before a noun that is also an errand's verb ("A draft", "An update")
        "RESOLVED – That the minutes be approved.\n\nLeases\n\nA draft lease was discussed "
        "and amended.",
        "RESOLVED – That the minutes be approved.\n\nPlay area\n\nAn update on the swings "
        "was given by the Chair.",
    ],
)
def test_requests_of_other_meetings_lone_suggestions_and_descriptions_are_not_followups(
    sentence: str,
) -> None:
    assert _read(sentence).followups == []


@pytest.mark.parametrize(
    ("sentence", "ref"),
    [
        ("MINUTES OF MEETING HELD ON 14.11.05 were agreed.", (date(2005, 11, 14), "day")),
        ("The minutes of the meetings held on Wed 27th March 2023 were approved.",
         (date(2023, 3, 27), "day")),
        ("The Panel reported on its meeting held on 28 March2023.", (date(2023, 3, 28), "day")),
        ("Notes of the last meeting held on Thursday 6th April to be approved as minutes.",
         (date(2023, 4, 6), "day")),
        # a heading in capitals, its month and body read as in ordinary case
        ("MINUTES OF THE MARCH 2023 COUNCIL MEETING", (date(2023, 3, 1), "month")),
        ("TO APPROVE THE MINUTES OF THE MEETING HELD ON 12TH APRIL 2023", (date(2023, 4, 12),
                                                                           "day")),
        # an ordinal typed with a slip
        ("MINUTES OF THE PREVIOUS MEETING held on 4h April 2023 were agreed.",
         (date(2023, 4, 4), "day")),
        ("The minutes of the meeting held on 6 th April 2023 were approved.",
         (date(2023, 4, 6), "day")),
        # a meeting's month in brackets, as its day may be
        ("The Clerk will raise it at the next meeting (June, or July if need be).",
         (date(2023, 6, 1), "month")),
        # the month first, its ordinal always there
        ("The minutes of the meeting held on March 9th, 2023 were approved.",
         (date(2023, 3, 9), "day")),
        ("The next meeting will be held on Monday June 12th at 7pm.", (date(2023, 6, 12), "day")),
        # an acronym in brackets inside a body's name; the next meeting "was on" a day
        ("The next meeting of the Westshire Road Safety (WRS) Partnership Board was on 12 "
         "June 2023.", (date(2023, 6, 12), "day")),
        # minutes named by their meeting's day, with no year
        ("The Minutes of 9th March were approved as drafted.", (date(2023, 3, 9), "day")),
        # a meeting and its date with no "on" between
        ("Matters arising from the Previous Meeting 4th April 2023: none.",
         (date(2023, 4, 4), "day")),
        ("The notes were agreed as a record of the meeting held 20th April.",
         (date(2023, 4, 20), "day")),
        # a meeting that took place, would have been held or was to be held with others
        ("The note of the last meeting which took place on 10 April 2023 was approved.",
         (date(2023, 4, 10), "day")),
        ("Minutes of Meeting which would have been held on 14 December 2022",
         (date(2022, 12, 14), "day")),
        ("A meeting was to be held with the County Council's Highways Manager on 20 May.",
         (date(2023, 5, 20), "day")),
        # its minutes between the meeting and "held"
        ("Approval of the previous PC meeting minutes held on 27th March 2023.",
         (date(2023, 3, 27), "day")),
        # adopted by a body in a month: its meeting then
        ("The Protocol had been adopted by Full Council in January 2023.",
         (date(2023, 1, 1), "month")),
        # the next meeting's day in brackets
        ("The session was carried over to the next meeting (on 2nd June 2023).",
         (date(2023, 6, 2), "day")),
        # "Meeting" in capitals after its month
        ("The election was deferred until the June Meeting.", (date(2023, 6, 1), "month")),
        # a forum's meeting, by its month or its day; one reported on has been, however the
        # sentence goes on
        ("The Chief Executive spoke at the Leadership Forum in March.",
         (date(2023, 3, 1), "month")),
        ("Jo reported on the Westshire Access Forum of 4 March and advised that the Group "
         "would be attending in the summer.", (date(2023, 3, 4), "day")),
        # the next meeting "to take place", after this meeting named in the same sentence
        ("It resulted in the programming of this meeting and the next meeting to take place on "
         "31st May.", (date(2023, 5, 31), "day")),
        # a meeting to be arranged for a day; a joint one scheduled for a month
        ("A new meeting to be arranged for 1st June 7pm at the Hall.", (date(2023, 6, 1), "day")),
        ("The accounts will be signed off at the next joint meeting scheduled for June.",
         (date(2023, 6, 1), "month")),
        # ... but a month with its day after it is the day's
        ("The next Committee meeting scheduled for June 16th at 2.30 pm was agreed.",
         (date(2023, 6, 16), "day")),
    ],
)
def test_meeting_references_as_pages_print_them(sentence: str, ref: tuple[date, str]) -> None:
    assert [(r.date, r.precision) for r in _read(sentence).meeting_refs] == [ref]


@pytest.mark.parametrize(
    "sentence",
    [
        # capitals with a month but no meeting: a heading of other business
        "THE JUNE 2023 BUDGET SURVEY RESULTS WERE NOTED",
        "MAY DAY CELEBRATIONS ON THE GREEN",
        # a length of time, not a day's ordinal
        "The volunteers gave 12h on the green in May.",
        # a meeting's brackets that hold no month
        "The meeting (Mayor in the chair) opened at 7pm.",
        # a month first with no ordinal may be a figure; a date of no meeting
        "The March 12 figures were noted.",
        # minutes of a length of time, not of a meeting
        "The Clerk took minutes of 20 minutes' discussion.",
        "New charges apply from April 1st 2024.",
        # a meeting's length, and dates of a list on the lines below a meeting
        "The meeting 2 hours long was adjourned.",
        "Dates agreed: 10th May – Annual Meeting\n14th June",
    ],
)
def test_capitals_slips_and_brackets_name_no_meeting_unless_one_is_there(sentence: str) -> None:
    assert _read(sentence).meeting_refs == []


@pytest.mark.parametrize(
    ("sentence", "refs"),
    [
        ("The strategy would be going to Cabinet in July.", [("Cabinet", date(2023, 7, 1))]),
        # A scrutiny committee reading the decisions made at Cabinet earlier that day refers
        # to Cabinet's meeting; its own meeting's date, repeated, refers to none.
        pytest.param("Members considered the decisions made at the Cabinet meeting on 3 May "
                     "2023.\n\nThe Audit Committee meeting on 3 May 2023 was quorate.",
                     [("Cabinet", date(2023, 5, 3))], id="another-bodys-meeting-that-day"),
        # "The Audit Committee of Westshire Council" at the Audit Committee's meeting that day
        # is the meeting itself, its title's words in another order.
        pytest.param("This is a meeting of the Audit Committee of Westshire Council held on 3 "
                     "May 2023.\n\nMembers considered the decisions made at the Cabinet "
                     "meeting on 3 May 2023.", [("Cabinet", date(2023, 5, 3))],
                     id="own-body-in-other-words-that-day"),
        pytest.param("The next meeting would be the Parks Review Group at 6.30 pm on the 21 July "
                     "2023.", [("Parks Review Group", date(2023, 7, 21))],
                     id="body-meeting-at-a-time-on-a-date"),

        # a seat won is no meeting
        ("Councillor Reyes was elected to Council in May 2019.", []),
    ],
)
def test_a_bodys_meeting_by_its_month_without_the_article(
        sentence: str, refs: list[tuple[str, date]]) -> None:
    assert [(r.committee, r.date) for r in _read(sentence).meeting_refs] == refs


@pytest.mark.parametrize(
    ("sentence", "refs"),
    [
        ("The proposal was considered by Cabinet on 14 Feb 2023.", [date(2023, 2, 14)]),
        ("The Board last met on 5th Sept. 2022.", [date(2022, 9, 5)]),
        # never a month cut short with no year: "2 Mar" may be anything
        ("Cabinet on 2 Mar agreed the plan.", []),
    ],
)
def test_dates_with_a_month_cut_short(sentence: str, refs: list[date]) -> None:
    assert [r.date for r in _read(sentence).meeting_refs] == refs


@pytest.mark.parametrize(
    ("sentence", "refs"),
    [
        # an annual meeting in lower case, an authority's, and two bodies' annual meetings in
        # one month
        ("The calendar will go to the annual Authority meeting in July 2023 for approval.",
         [date(2023, 7, 1)]),
        ("The board was set up by the two councils at their annual meetings in May 2022.",
         [date(2022, 5, 1)]),
        # an election or a report in a month is no meeting
        ("Councillors were returned at the annual elections in May 2022.", []),
        ("The annual report in July 2023 would follow.", []),
    ],
)
def test_annual_meetings_by_their_month(sentence: str, refs: list[date]) -> None:
    assert [r.date for r in _read(sentence).meeting_refs] == refs


@pytest.mark.parametrize(
    ("sentence", "refs"),
    [
        # a word or two in small letters say what sort of meeting a month's meeting is
        ("A report would go to the next scheduled meeting in September 2023.",
         [date(2023, 9, 1)]),
        ("He referred to a site meeting held in November 2022 at the allotments.",
         [date(2022, 11, 1)]),
        ("The programme would be added to once Members had held their topic planning meeting "
         "in April 2024.", [date(2024, 4, 1)]),
        ("Members recalled the scheduled meeting of the Committee in February 2023.",
         [date(2023, 2, 1)]),
        ("The item would return to the next ordinary meeting in September.",
         [date(2023, 9, 1)]),
        # never a word that opens another phrase before "the meeting": the reference is the
        # meeting's own words, as before
        ("The date of the meeting in September 2023 was agreed.", [date(2023, 9, 1)]),
        # a month with no meeting named is no reference, whatever the small words
        ("The next scheduled review in September 2023 would follow.", []),
    ],
)
def test_a_months_meeting_with_words_of_its_sort(sentence: str, refs: list[date]) -> None:
    assert [r.date for r in _read(sentence).meeting_refs] == refs


@pytest.mark.parametrize(
    ("sentence", "refs"),
    [
        # a meeting by its day printed before its name, after "from" or "of"
        ("Notice of Motion received 2 February 2023, referred from 21 March 2023 Council "
         "Meeting.", [("Council", date(2023, 3, 21))]),
        ("Report of 24 April Forum meeting: the meeting had become a workshop.",
         [("Forum", date(2023, 4, 24))]),
        ("The motion was referred from 14 March 2023 Planning Committee Meeting for a view.",
         [("Planning Committee", date(2023, 3, 14))]),
        # never without the meeting word: a date and a body's name may be anything
        ("With effect from 1 April Council Tax would rise by 3%.", []),
        ("The tenancy runs from 1 April 2023 Westshire Council had confirmed.", []),
    ],
)
def test_a_meeting_by_its_day_before_its_name_after_from_or_of(
        sentence: str, refs: list[tuple[str, date]]) -> None:
    assert [(r.committee, r.date) for r in _read(sentence).meeting_refs] == refs


def test_a_months_meeting_with_words_of_its_sort_keeps_its_span() -> None:
    """The reference spans the words of its sort too: its evidence is what the page prints."""
    item = _read("He referred to a site meeting held in November 2022 at the allotments.")
    assert [r.span.exact for r in item.meeting_refs] == ["a site meeting held in November 2022"]

@pytest.mark.parametrize(
    ("sentence", "refs"),
    [
        # a body's minutes named by their meeting's day
        ("Full Council Minutes on 18th April 2023 were received.",
         [("Full Council", date(2023, 4, 18))]),
        ("The Planning Committee minutes of 12 April 2023 were noted.",
         [("Planning Committee", date(2023, 4, 12))]),
        # minutes with no day are of no meeting named
        ("The Planning Committee minutes on the website were out of date.", []),
    ],
)
def test_a_bodys_minutes_by_their_meetings_day(sentence: str, refs: list[tuple[str, date]]
                                               ) -> None:
    assert [(r.committee, r.date) for r in _read(sentence).meeting_refs] == refs

@pytest.mark.parametrize(
    ("sentence", "refs"),
    [
        # the meeting whose minutes are named has been, however the sentence looks ahead
        ("To approve the minutes of the meeting of 12th April.", [date(2023, 4, 12)]),
        ("The Clerk will circulate the minutes of the meeting of 20th April.",
         [date(2023, 4, 20)]),
        # a meeting to come, no minutes named
        ("A meeting of the Panel on 12th June will consider it.", [date(2023, 6, 12)]),
        ("The Panel will meet on 2nd April.", [date(2024, 4, 2)]),
    ],
)
def test_minutes_named_are_of_a_meeting_that_has_been(sentence: str, refs: list[date]) -> None:
    assert [r.date for r in _read(sentence).meeting_refs] == refs


@pytest.mark.parametrize(
    ("sentence", "refs"),
    [
        # a body to meet on a day, however the sentence says so: "were", "was", "are" with
        # "due to" or without, and how it is to meet between ("publicly", "again"); a
        # meeting to come when the minutes were written, its year the one ahead
        ("The Committee were due to meet publicly on Monday 16 October with a focus on "
         "winter pressures.", [date(2023, 10, 16)]),
        ("Members noted the Westmoor Panel, which was to meet on 24 May.", [date(2023, 5, 24)]),
        ("The Transport Board are due to meet again on 7 June.", [date(2023, 6, 7)]),
        ("The Joint Board were scheduled to meet on 12 July 2023.", [date(2023, 7, 12)]),
        # no meeting: a target met, or a cost, on a day
        ("The Committee was due to meet its savings target on 30 June.", []),
        ("The Council was to meet the cost on 1 June.", []),
    ],
)
def test_a_body_due_to_meet_on_a_day(sentence: str, refs: list[date]) -> None:
    assert [r.date for r in _read(sentence).meeting_refs] == refs


@pytest.mark.parametrize(
    ("sentence", "refs"),
    [
        # a meeting, then who went to it or had it, then its day: that meeting
        ("Mr Hale drew attention to a meeting he attended on 2nd February 2023 with the "
         "carers' forum.", [date(2023, 2, 2)]),
        ("Cllr Reed reported on the Public Meeting that she attended on 20th April.",
         [date(2023, 4, 20)]),
        ("Cllr. Dunn reported on the meeting which he and Cllr. Frome had with the Clerk on "
         "1st March, 2023.", [date(2023, 3, 1)]),
        ("The meeting Cllr Ash chaired on 3 March was well attended.", [date(2023, 3, 3)]),
        # no meeting on that day: another doing after "had", or a meeting's report that day
        ("He mentioned the meeting he had been asked to attend on 5 May.", []),
        ("It was noted at the meeting it had been reported again on 22nd April.", []),
    ],
)
def test_a_meeting_by_who_attended_it_on_a_day(sentence: str, refs: list[date]) -> None:
    assert [r.date for r in _read(sentence).meeting_refs] == refs


@pytest.mark.parametrize(
    ("sentence", "refs"),
    [
        # an intention told in the past looks ahead: the months' meetings to come
        ("It was agreed that, as the Highways team had planned to attend the September "
         "meeting, the water company should be invited to attend the October meeting.",
         [(date(2023, 9, 1), "month"), (date(2023, 10, 1), "month")]),
        ("The Clerk had intended to report to the December meeting.",
         [(date(2023, 12, 1), "month")]),
        # a deed told in the past: the meeting has been
        ("The item had been discussed at the December meeting.", [(date(2022, 12, 1), "month")]),
        ("The Clerk had hoped to report to the March meeting but could not.",
         [(date(2023, 3, 1), "month")]),
    ],
)
def test_an_intention_told_in_the_past_looks_ahead(sentence: str,
                                                   refs: list[tuple[date, str]]) -> None:
    assert [(r.date, r.precision) for r in _read(sentence).meeting_refs] == refs


@pytest.mark.parametrize(
    ("sentence", "refs"),
    [
        # a meeting in the town it was held in, then its day (a comma before the year)
        ("The officers had attended a meeting in Westtown on 12 April 2023.",
         [date(2023, 4, 12)]),
        ("The Chair attended the Road Safety Forum meeting in Port Eastley on 2 March, 2023.",
         [date(2023, 3, 2)]),
        # a meeting in a month is that month's, not the day something was done after it
        ("The meeting in March discussed the plan on 12 April.", [date(2023, 3, 1)]),
        # no meeting in a town on a day
        ("The exhibition in Westtown on 12 April 2023 was well attended.", []),
        ("The officers were in Westtown on 12 April 2023.", []),
    ],
)
def test_a_meeting_in_a_town_on_a_day(sentence: str, refs: list[date]) -> None:
    assert [r.date for r in _read(sentence).meeting_refs] == refs

@pytest.mark.parametrize(
    ("sentence", "refs"),
    [
        # the next meeting is one to come, whatever else the sentence tells of the past
        ("An update would be given at the next meeting in September, as the officers had been "
         "busy.", [(date(2023, 9, 1), "month")]),
        ("The item had been put to the forthcoming Council meeting in March.",
         [(date(2024, 3, 1), "month")]),
        # the last meeting in a month has been
        ("The minutes of the last meeting in March were approved.", [(date(2023, 3, 1), "month")]),
    ],
)
def test_the_next_meeting_in_a_month_is_ahead(sentence: str, refs: list[tuple[date, str]]
                                              ) -> None:
    assert [(r.date, r.precision) for r in _read(sentence).meeting_refs] == refs

@pytest.mark.parametrize(
    ("head", "sentence", "refs"),
    [
        # a council's sitting named by its kind, on the council's own page that day: itself
        ("Minutes of the meeting of Westshire District Council held on 3 May 2023",
         "The Special Council (03.05.23) agreed the budget.", []),
        ("Minutes of the meeting of Westshire District Council held on 3 May 2023",
         "This Full Council meeting on 3 May 2023 was quorate.", []),
        # on a committee's page, the council's meeting that day is another meeting
        ("Minutes of the Audit Committee held on 3 May 2023",
         "The Full Council meeting on 3 May 2023 would consider the report.",
         [("Full Council", date(2023, 5, 3))]),
        # the body's fuller name that day, of which the heading read only the end: a running
        # header
        ("Minutes of a Meeting of the Board held on 3 May 2023",
         "- 983 - Minutes of a Westshire Marsh Drainage Board meeting held on 3 May 2023", []),
    ],
)
def test_a_councils_own_sitting_by_its_kind_is_no_other_meeting(
        head: str, sentence: str, refs: list[tuple[str, date]]) -> None:
    it = _first_item_of(f"{head}\n\n1. Report\n\n{sentence}\n")
    assert [(r.committee, r.date) for r in it.meeting_refs] == refs


def _refs_of_undated_page(text: str) -> set[date]:
    from kg.extract import _item
    from kg.patterns import load
    from kg.segment import ItemRegion

    minutes = Minutes(committee=None, committee_span=None, date=None, date_span=None)
    minutes.items.append(_item(text, ItemRegion(None, 0, 0, 0, 0, len(text)), 1, None, [],
                               load()))
    read_prose([(text, minutes)])
    return {r.date for r in minutes.items[0].meeting_refs}


@pytest.mark.parametrize(
    ("text", "refs"),
    [
        # the page's own title atop a page whose date was not read names no other meeting
        ("Westshire Parish Council Minutes of a Meeting of the Parish Council held on 4 May "
         "2023 at the Village Hall Present: Cllrs A Bell, C Dunn\n\nThe minutes of the meeting "
         "held on 6 April 2023 were approved.\n", {date(2023, 4, 6)}),
        ("Approved\nMinute of the Meeting held on Monday 4 May 2023\nAttendance and Apologies: "
         "Members: A Bell\n\nThe minute of the meeting held on 6 April 2023 was approved.\n",
         {date(2023, 4, 6)}),
        # the roll opened by "Attendees" (the one list of roll words the title lines use)
        ("Minutes of the Meeting held on Monday 4 May 2023\nAttendees: A Bell, C Dunn\n\nThe "
         "minutes of the meeting held on 6 April 2023 were approved.\n", {date(2023, 4, 6)}),
        # an item's title naming the minutes to confirm, no roll after it
        ("Minutes of the meeting held on 6 April 2023\n\nThe minutes were confirmed as a "
         "correct record.\n", {date(2023, 4, 6)}),
        # "Minutes of a Meeting of the <body> (<its date>)" on the first line, whatever date
        # the page prints first
        ("Minutes of a Meeting of the Environment Committee (04/05/23)\n\nMembers present: "
         "Councillors A. Bell, C. Dunn.\n\nThe minutes of the meeting held on 6 April 2023 were "
         "approved.\n", {date(2023, 4, 6)}),
        # another meeting's minutes at the top are a reference
        ("Previous Minutes of the Meeting held on 6 April 2023 were approved.\n",
         {date(2023, 4, 6)}),
        ("To approve the Minutes of the meeting held on 6 April 2023\n", {date(2023, 4, 6)}),
    ],
)
def test_an_undated_pages_own_title_is_no_reference(text: str, refs: set[date]) -> None:
    assert _refs_of_undated_page(text) == refs


def test_a_minute_about_earlier_minutes_does_not_date_the_page() -> None:
    # a ModernGov page that prints no date of its own: the minutes of the meeting before,
    # "presented for approval", are another meeting's, not this page's date
    text = ("Declarations of Interest\n\nTo receive any Declarations.\n\nCouncillor Ann Dale "
            "declared a personal interest on item 7.\n\nThe minutes of the meeting held on 4 "
            "July 2022 were presented for approval.\n\nMatters arising\n\nThe Monitoring "
            "Officer said the portal would go live in September.\n")
    minutes = extract(text)
    read_prose([(text, minutes)])
    assert minutes.date is None
    refs = [r.date for holder in minutes.prose for r in holder.meeting_refs]
    assert date(2022, 7, 4) in refs


@pytest.mark.parametrize(
    ("text", "confirmed"),
    [
        # a ModernGov item that prints no date of its own, titled by the minutes it confirms:
        # the page may take its date from that title, but no meeting confirms its own minutes
        ("Agenda item\n\nMinutes of the meeting held on 14 June 2023\n\nThe minutes of the "
         "meeting held on 14 June 2023 were agreed as a correct record and signed by the "
         "Chair.\n\nThe following matters arising were reported.\n\nItem 4 - The leaflet had "
         "been shared with the Panel.\n", date(2023, 6, 14)),
        ("Apologies for absence:\n\nCouncillors Ash, Birch and Cole.\n\nThe minutes of the "
         "meeting held on 9 October 2024 are attached.\n\nThe minutes of the meeting of the "
         "Council held on 9 October 2024 were approved as a correct record and signed by the "
         "Mayor.\n\nAnnouncements from the Mayor:\n\nThe Mayor welcomed the new Member.\n",
         date(2024, 10, 9)),
        ("Apologies To receive any apologies for absence. Minutes: There were no apologies. |\n"
         "To confirm the attached Minutes of the meeting of the Committee held on 12 March "
         "2019. Minutes: The Minutes of the meeting held on 12 March 2019 were approved as a "
         "correct record for signing by the Chairman. |\n", date(2019, 3, 12)),
    ],
)
def test_the_minutes_an_undated_page_confirms_are_another_meeting(text: str,
                                                                   confirmed: date) -> None:
    minutes = extract(text)
    read_prose([(text, minutes)])
    refs = {r.date for holder in minutes.prose for r in holder.meeting_refs}
    assert confirmed in refs


@pytest.mark.parametrize(
    ("text", "other"),
    [
        # ModernGov items saved alone, under the "Agenda item" label: the page prints no date
        # of its own, so the day the reader dated it by is the meeting the item tells of
        # (Surrey Heath and Enfield pages); the line the reader took for the page's heading
        # is the item's own, and a day above it another meeting's too (Blaenau Gwent's,
        # Wiltshire's pages)
        ("Agenda item\n\nCouncil, Executive and Committees - Exempt\n\nTo receive the exempt "
         "minutes of the following bodies (minutes reproduced in the attached Minute Book) and "
         "to answer questions (if any) in accordance with Council Procedure Rule 11.5:\n\n(a) "
         "Council – 25 February 2015\n\n(b) Executive – 17 March 2015, 7 April 2015\n\n"
         "Minutes:\n\n(a) It was moved by the Mayor, seconded by the Deputy Mayor and\n\n"
         "Resolved that the exempt minutes of the meeting of the Council held on 25 February "
         "2015 be approved as a correct record.\n", date(2015, 2, 25)),
        ("Agenda item\n\nMINUTES OF THE PLANNING COMMITTEE MEETING HELD ON: 23 November 2021; "
         "7 December 2021; 4 January 2022\n\nTo receive the minutes of the Planning Committee "
         "meetings held on 23 November 2021; 7 December 2021; 4 January 2022.\n\nMinutes:\n\n"
         "AGREED that:\n\n1. Subject to the amendment of the minutes of 23 November 2021 to "
         "note that Councillor Peter Fallart was in attendance;\n", date(2021, 11, 23)),
        ("Agenda item\n\nMinute Book - February - September 2020\n\nMinutes:\n\nThe Minute "
         "Book for the period February – September 2020 was submitted for consideration, "
         "whereupon:\n\nItem No. 17 - Special Regeneration Scrutiny Committee – 8th September, "
         "2020\n\nA Member said that there had been a considerable amount of confusion at the "
         "Regeneration Scrutiny Committee yesterday at which, the above-named minutes were "
         "considered.\n", date(2020, 9, 8)),
        ("Agenda item\n\nMinutes of Cabinet and Committees\n\na. The Chairman moved that "
         "Council receives and noted the minutes of the following meetings and this was duly "
         "seconded by Councillor de Rhe-Philipe.\n\nCabinet - 15/12/09, 26/01/10 and 11/02/10"
         "\n\nEnvironment Select Committee - 12/01/10\n\nHealth and Adult Social Care - "
         "14/01/10\n\nSelect Committee\n", date(2010, 1, 12)),
    ],
)
def test_a_day_on_an_agenda_item_page_is_another_meeting(text: str, other: date) -> None:
    minutes = extract(text)
    read_prose([(text, minutes)])
    assert minutes.date == other  # the day the reader dated the page by
    assert other in {r.date for holder in minutes.prose for r in holder.meeting_refs}


@pytest.mark.parametrize(
    ("text", "own"),
    [
        # "Agenda Item 2" over a meeting's own heading and roll (as a Calderdale YOT page
        # prints it): the page's own date, no other meeting's
        ("Agenda Item 2\n\nCALDERDALE YOUTH OFFENDING TEAM\n\nMinutes of the YOT Management "
         "Board Meeting\n\n21 MARCH 2012\n\nPresent: Ann Bell (Chair), Carl Dunn\n\n1. "
         "Minutes\n\nThe minutes of the meeting held on 15 February 2012 were agreed.\n\n2. "
         "Performance\n\nThe Board noted the report of 21 March 2012.\n", date(2012, 3, 21)),
        # the label on a later line, below the page's own heading, is no item page
        ("Minutes of the Audit Committee held on 3 May 2023\n\nAgenda item\n\n1. Report\n\n"
         "The Committee met on 3 May 2023 and noted the report.\n", date(2023, 5, 3)),
    ],
)
def test_a_page_with_its_own_heading_keeps_its_own_day(text: str, own: date) -> None:
    minutes = extract(text)
    read_prose([(text, minutes)])
    assert minutes.date == own
    assert own not in {r.date for holder in minutes.prose for r in holder.meeting_refs}


@pytest.mark.parametrize(
    ("text", "own", "others"),
    [
        # the page's date is its own heading's: minutes "of the meeting held on" that day,
        # confirmed, are a clerk's slip for the meeting before, no other meeting of that day
        ("Agenda and draft minutes\n\nFostering Panel - Tuesday, 13th October, 2020 5.00 "
         "pm\n\nVenue: This meeting will be held virtually.\n\nMinutes of the previous "
         "meeting\n\nTo approve the minutes of the meeting held on Wednesday 8 July 2020 as "
         "an accurate record.\n\nThe minutes of the meeting held on Tuesday 13 October 2020 "
         "were agreed as an accurate record.\n\nDisclosures of interest\n\nThere were "
         "none.\n", date(2020, 10, 13), {date(2020, 7, 8)}),
        # the page's own meeting named again in its opening words, no minutes confirmed in
        # that clause: still the page's own, no other meeting (the minutes confirmed are the
        # earlier meeting's)
        ("Minutes of the meeting of the Westshire Area Forum held on 14 June 2023\n\n"
         "Present: Councillors Ash and Birch\n\n1. Welcome\n\nThe Chair opened the meeting "
         "held on 14 June 2023 and welcomed all.\n\n2. Minutes\n\nThe minutes of the "
         "meeting held on 10 May 2023 were approved as a correct record.\n",
         date(2023, 6, 14), {date(2023, 5, 10)}),
        # a parish page headed by its own minutes' line, naming no body, with its roll below:
        # the heading is the page's own, so minutes "of the meeting held on" that day
        # confirmed are a clerk's slip (an item titled by the minutes it confirms has no roll)
        ("Minutes of the meeting held on 3 March 2022 at 7pm in the Church Rooms\n\n"
         "Present: Cllrs J Marsh (Chair), P Reed, T Vine\n\n1. Apologies\nNone.\n\n"
         "2. Minutes\nThe minutes of the meeting held on 3 March 2022 were approved and "
         "signed.\n\n3. Footpaths\nThe stile would be mended before the meeting on 7 April "
         "2022.\n", date(2022, 3, 3), {date(2022, 4, 7)}),
    ],
)
def test_a_pages_own_day_is_no_reference_to_another_meeting(text: str, own: date,
                                                             others: set[date]) -> None:
    """Minutes confirmed of the day a page's own heading gives (a slip), or that day named
    again with no minutes confirmed, refer to no other meeting: only the earlier meeting's
    minutes do."""
    minutes = extract(text)
    read_prose([(text, minutes)])
    assert minutes.date == own
    refs = {r.date for holder in minutes.prose for r in holder.meeting_refs}
    assert refs == others


def test_a_previous_meetings_minutes_atop_an_undated_page_are_a_reference() -> None:
    # a line that calls itself minutes but names a previous meeting is no title of the page
    text = ("Venue: Civic Centre, Westtown\nContact: Jo Bloggs, Democratic Services\n\n"
            "Minutes of a previous meeting of the City Council held on 23/05/19\n\n"
            "1. To welcome visitors Minutes: The Lord Mayor welcomed members of the public.\n\n"
            "2. To receive announcements Minutes: The Leader updated members on the "
            "activities undertaken since the previous meeting.\n")
    minutes = extract(text)
    read_prose([(text, minutes)])
    refs = [r.date for holder in minutes.prose for r in holder.meeting_refs]
    assert date(2019, 5, 23) in refs


def test_a_body_met_on_the_pages_day_is_its_own_when_its_body_was_not_read() -> None:
    # the heading's body is not read (a document site's furniture above it): the meeting of
    # a body held on the page's own day, restated in its opening words, is the page's own
    text = ("Minutes\n\n17th September, 2008 at 11.00 a.m. at Fire and Rescue Service "
            "Headquarters\n\nPresent: Councillors Dale and Fenn\n\n1. Opening\n\nThe Chair "
            "opened the meeting of the Westshire Regional Management Board held on 17th "
            "September, 2008.\n\n2. Minutes\n\nThe minutes of the meeting held on 20 August 2008 "
            "were approved.\n")
    minutes = extract(text)
    read_prose([(text, minutes)])
    assert minutes.date == date(2008, 9, 17) and minutes.committee is None
    refs = {r.date for holder in minutes.prose for r in holder.meeting_refs}
    assert refs == {date(2008, 8, 20)}


def test_a_page_without_a_meeting_date_reads_references_against_its_first_date() -> None:
    from kg.extract import _item
    from kg.patterns import load
    from kg.segment import ItemRegion

    text = ("The minutes of the meeting held on 30 March 2023 were approved.\n\n"
            "At the Committee's meeting in February the topic had been deferred, and the "
            "Panel had reconvened on 18 May.\n")
    minutes = Minutes(committee=None, committee_span=None, date=None, date_span=None)
    minutes.items.append(_item(text, ItemRegion(None, 0, 0, 0, 0, len(text)), 1, None, [],
                               load()))
    read_prose([(text, minutes)])
    refs = {(r.date, r.precision) for r in minutes.items[0].meeting_refs}
    assert refs == {(date(2023, 3, 30), "day"), (date(2023, 2, 1), "month"),
                    (date(2023, 5, 18), "day")}


@pytest.mark.parametrize(
    ("sentence", "refs"),
    [
        ("The working group met on 2March 2023 to plan the fete.", [(date(2023, 3, 2), "day")]),
        ("The Chair had also met with the Highways Officer on 12 April about the verges.",
         [(date(2023, 4, 12), "day")]),
        ("Parish Council 14/3/2023 - Proposed and seconded that the minutes be approved.",
         [(date(2023, 3, 14), "day")]),
        ("Minutes 04/04/2023", [(date(2023, 4, 4), "day")]),
        ("To approve the Minutes of the previous meetings 02.02.2023 & 16.02.2023.",
         [(date(2023, 2, 2), "day"), (date(2023, 2, 16), "day")]),
        ("Minutes of a Parish Council Meeting held at the Village Hall, Upton on 5 April 2023.",
         [(date(2023, 4, 5), "day")]),
        ("It was reported that a meeting had been held on 20 April 2023 with the developer.",
         [(date(2023, 4, 20), "day")]),
        ("Audit Committee dated 22nd March 2023", [(date(2023, 3, 22), "day")]),
        ("The Panel would hear more at their next meeting in June 2023.",
         [(date(2023, 6, 1), "month")]),
        ("The Clerk would arrange a meeting during June to discuss it.",
         [(date(2023, 6, 1), "month")]),
        ("The plan was agreed at a meeting that was held in February 2023.",
         [(date(2023, 2, 1), "month")]),
        ("It will be discussed at either the July or August meeting.",
         [(date(2023, 7, 1), "month")]),
        ("The findings of the Special Scrutiny Board with local partners, held on 9 April "
         "2023, were noted.", [(date(2023, 4, 9), "day")]),
        ("The Panel had held its first remote meeting under the Remote Meetings (Temporary "
         "Provisions) Regulations 2020 on 2 April 2023.", [(date(2023, 4, 2), "day")]),
        ("The workshop with the Fire Officer had been rearranged to9 May.",
         [(date(2023, 5, 9), "day")]),
        ("The minutes of these meetings were received:\n\n·  03.04.2023 – Parks, Leisure and "
         "Culture Committee\n\n·  05.04.2023 – Planning Committee",
         [(date(2023, 4, 3), "day"), (date(2023, 4, 5), "day")]),
    ],
)
def test_meetings_met_dated_held_at_and_named_by_minutes(
    sentence: str, refs: list[tuple[date, str]],
) -> None:
    assert [(r.date, r.precision) for r in _read(sentence).meeting_refs] == refs


@pytest.mark.parametrize(
    ("sentence", "refs"),
    [
        ("Minutes of 12th April 2023: approved as a true record.", [(date(2023, 4, 12), "day")]),
        ("Minutes received:\n\na)  Extraordinary Parish Meeting – 11-04-23\n\nb)  Fire "
         "Authority – 20-04-23\n", [(date(2023, 4, 11), "day"), (date(2023, 4, 20), "day")]),
        ("Following a meeting with the county's highways team on Friday 14th April, a list "
         "was drawn up.", [(date(2023, 4, 14), "day")]),
        ("The Police would attend a Special Meeting of Committee in June to discuss it.",
         [(date(2023, 6, 1), "month")]),
        ("The changes arose from the all Member Climate Workshop held in March 2023.",
         [(date(2023, 3, 1), "month")]),
        ("A volunteer may attend the Member Workshop on ‘Flooding’ in June 2023.",
         [(date(2023, 6, 1), "month")]),
        ("It would go as a Notice of Motion to the May Council Meeting.",
         [(date(2023, 5, 1), "month")]),
    ],
)
def test_minutes_of_a_date_short_year_lists_meetings_with_others_and_workshops(
    sentence: str, refs: list[tuple[date, str]],
) -> None:
    """A month ahead that is the meeting's own month is later the same month, not next year."""
    assert [(r.date, r.precision) for r in _read(sentence).meeting_refs] == refs


def test_a_list_of_meeting_dates_under_its_heading_is_of_meetings_ahead_in_one_year() -> None:
    text = ("Minutes of the Parish Council held on 4 December 2023\n\n1. Minutes\n\nApproved."
            "\n\n2. Meeting Dates\n Agreed – Jan 22nd, Mar 18th and Dec 9th, at 7pm.\n\n"
            "3. Speeding\n\nCars were seen speeding on 2nd December.\n")
    minutes = extract(text)
    read_prose([(text, minutes)])
    refs = {r.date for it in minutes.items for r in it.meeting_refs}
    assert refs == {date(2024, 1, 22), date(2024, 3, 18), date(2024, 12, 9)}


def test_a_page_with_only_a_month_and_year_dates_references_by_that_year() -> None:
    from kg.extract import _item
    from kg.patterns import load
    from kg.segment import ItemRegion

    text = ("The Panel will hear more at their next meeting in October 2022.\n\n"
            "At the meeting on the 12 August the Panel had considered the plan.\n")
    minutes = Minutes(committee=None, committee_span=None, date=None, date_span=None)
    minutes.items.append(_item(text, ItemRegion(None, 0, 0, 0, 0, len(text)), 1, None, [],
                               load()))
    read_prose([(text, minutes)])
    refs = {(r.date, r.precision) for r in minutes.items[0].meeting_refs}
    assert refs == {(date(2022, 10, 1), "month"), (date(2022, 8, 12), "day")}


@pytest.mark.parametrize(
    ("sentence", "assigned_to"),
    [
        ("Councillor Lamb asked for a report on the verges, following a promise made at a "
         "seminar – ACTION", None),
        ("Councillor Lamb asked if the plan could be clarified – ACTION (to follow up with "
         "the Clerk)", None),
        ("RESOLVED Councillor Lamb to buy the new bench.", "Councillor Lamb"),
        ("Need to get a quote for the bench repairs", None),
        ("Agreed that a site meeting needs to be arranged with the Chair.", None),
        ("Members agreed that answers be pursued with the contractor.", None),
        ("Minute 41 refers:  Need to book the hall for the fete.", None),
        ("Minute 41 refers: Clerk to write to the school.", "Clerk"),
        ("RESOLVED The Clerk to order a bin. Councillor\n\nLamb to fit the new bench.", None),
        ("The Clerk would arrange the handover of the keys.", None),
        ("The Clerk will advertise the vacancy on the noticeboard.", None),
        ("She was also following up the repair of the bus shelter.", None),
        ("The Clerk is chasing the contractor for a start date.", None),
        ("Minute 12 refers: no reply from the water company. Office to request one.", "Office"),
    ],
)
def test_action_tags_resolved_action_lines_needs_and_pursuits_are_followups(
    sentence: str, assigned_to: str | None,
) -> None:
    f = _read(sentence).followups[-1]
    if assigned_to is not None:
        assert f.assigned_to == assigned_to
    assert "\n" not in sentence or f.text.startswith("Councillor")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Strategy needed to be updated, Members heard.",
        "Action – complete.",
        "The target was met and the scheme opened.",
        "That commenced in March 2022 with the results being published in May 2022.",
        "The scheme was completed in June 2022, which resulted in homes being connected.",
        "There were no disclosures of interest relating to items to be considered at the "
        "meeting.",
        "The contractor was chasing payment of the invoice.",
    ],
)
def test_needs_closed_actions_and_targets_met_are_not_followups_or_meetings(
    sentence: str,
) -> None:
    it = _read(sentence)
    assert it.followups == [] and it.meeting_refs == []

@pytest.mark.parametrize(
    "sentence",
    [
        "The matter was noted for the Head of Housing to follow up.",
        "Members are to contact the Planning Officer with their comments.",
    ],
)
def test_errands_set_for_someone_are_followups(sentence: str) -> None:
    assert len(_read(sentence).followups) == 1


# Round 18: constructions of deferral, of questions taken away, of a group sent on an errand
# and of "said he would …" (sentences invented).
@pytest.mark.parametrize(
    ("sentence", "assigned_to"),
    [
        ("The Allotments working group to confirm the plot rents at the May meeting.",
         "Allotments working group"),
        ("The Bonfire Night Team to book the fireworks display.", "Bonfire Night Team"),
        ("The request from the bowls club was deferred.", None),
        ("Consideration of the tree works was postponed pending a site visit.", None),
        ("The officer took the question about the play area away.", None),
        ("The points raised by Members would be taken away and answered in writing.", None),
        ("The Head of Waste said she would follow this up with the contractor.", None),
    ],
)
def test_deferrals_questions_taken_away_and_groups_sent_on_errands_are_followups(
    sentence: str, assigned_to: str | None,
) -> None:
    (f,) = _read(sentence).followups
    if assigned_to is not None:
        assert f.assigned_to == assigned_to


@pytest.mark.parametrize(
    "sentence",
    [
        "The salt bins need refilling before the frosts - ACTION CLERK",
        "Salt bins: refill before the frosts (Action: RT)",
        "Notice board repairs. Action: obtain two quotes – Clerk",
    ],
)
def test_an_action_tag_naming_who_acts_in_the_same_line_is_one_followup(sentence: str) -> None:
    """An action tag that names who acts closes the errand's own line; "Action: obtain
    quotes – Clerk" is the errand itself, not who acts on the line before."""
    (f,) = _read(sentence).followups
    assert "Action" in f.text or "ACTION" in f.text


@pytest.mark.parametrize(
    "sentence",
    [
        # an item placed by the number of the one it follows or goes before (Kent, Tunbridge
        # Wells, Oxfordshire)
        "It was agreed that the item be considered following Item 10 and that Item 18, "
        "‘Decisions taken between Cabinet Committee Meetings’ be taken following Item 9.",
        "It was noted that Agenda item 10, which was published as a Supplementary, would be "
        "moved to after Agenda item 7.",
        "He announced an item of urgent business on the Better Care Fund Plan 2017 – 19 to be "
        "included on the Agenda after Agenda Item 5.",
        # the agenda re-ordered, an item brought forward (North Hertfordshire, Stoke sub
        # Hamdon)
        "The Chairman advised that he would re-order the agenda to enable the Items entitled "
        "Public Participation, Presentation by the Portfolio Holder for Community Engagement "
        "and Rural Affairs and Asset Disposal Strategy and Community Asset Transfer "
        "Policy/Framework to be considered one following the other, as they all related to "
        "the same subject.",
        "Cllr Donovan decided to bring forward the agenda item under Highways regarding the "
        "speed limit and a speed indicator device.",
    ],
)
def test_items_taken_in_another_order_at_the_meeting_are_not_followups(sentence: str) -> None:
    assert _read(sentence).followups == []


@pytest.mark.parametrize(
    "sentence",
    [
        # things ordered, a plan brought forward, an item for a meeting to come: errands
        "Councillor Venton to order the pigeon spikes.",
        "The Town Clerk will order the Christmas Tree.",
        "The Clerk will order the business cards for the new councillors.",
        "Ask Cabinet to bring forward a plan at its meeting on 12 January 2021 to reinstate "
        "the cross-party working group.",
        "An item electing an Chair for the municipal year would be included on the agenda for "
        "the next meeting.",
    ],
)
def test_orders_and_items_for_later_meetings_stay_followups(sentence: str) -> None:
    assert len(_read(sentence).followups) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "The underspend, which would be requested to be carried forward, was noted.",
        "The skips were taken away by the contractor.",
        "The Director said he would deal with the first two items on the agenda together.",
        "The item, which had been deferred at the last meeting, was approved.",
        "The Working Group to be known as the Parks Forum was set up.",
    ],
)
def test_money_carried_forward_things_carried_off_and_agenda_order_are_not_followups(
    sentence: str,
) -> None:
    assert _read(sentence).followups == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The Panel considered the annual report which would be presented to Council in July.",
        "The Officer, upon being invited to do so, outlined the housekeeping arrangements.",
        "The Mayor said that at a recent Board meeting he requested that the figures be "
        "published.",
        "Members recalled an action for the Trust to attend a meeting of the Panel.",
        "It was suggested that Parks and Allotments would make useful topics for review.",
    ],
)
def test_descriptions_recalled_errands_and_judgements_are_not_followups(sentence: str) -> None:
    assert _read(sentence).followups == []


@pytest.mark.parametrize(
    ("sentence", "ref"),
    [
        ("The Committee would receive an update at the Novmeber meeting.",
         (date(2023, 11, 1), "month")),
        ("The minutes of the meeting held on 12 Feburary 2023 were approved.",
         (date(2023, 2, 12), "day")),
        ("The Committee requested a further report at its September meeting.",
         (date(2023, 9, 1), "month")),
        ("The Panel renewed its request for a report on the allotment leases at its "
         "September meeting.", (date(2023, 9, 1), "month")),
        ("At its September meeting the Committee had requested a further report.",
         (date(2022, 9, 1), "month")),
    ],
)
def test_misspelt_months_and_the_meeting_a_report_is_asked_for(
    sentence: str, ref: tuple[date, str],
) -> None:
    assert [(r.date, r.precision) for r in _read(sentence).meeting_refs] == [ref]


@pytest.mark.parametrize(
    "sentence",
    [
        "A letter to be to sent to the Highways Authority about the verges.",
        "This will hopefully be done at the Steering Group's next meeting.",
    ],
)
def test_a_keyboard_slip_and_business_put_to_a_meeting_to_come_are_followups(
    sentence: str,
) -> None:
    assert len(_read(sentence).followups) == 1


def test_speakers_with_no_title_or_known_given_name() -> None:
    """Outside speakers, printed with neither a title nor a common given name, are people
    when they open a clause and speak; a road that "was closed" is not."""
    it = _read("Brannoc Kettleby gave an update on the bridge. Ysolde Prane, Head of Housing, "
               "said the works were late. Quarry Lane was closed in May.")
    assert _kinds(it, "person") == {"Brannoc Kettleby", "Ysolde Prane"}
    assert "Head of Housing" in _kinds(it, "post")


def test_a_name_that_takes_a_plural_verb_is_no_speaker() -> None:
    """"Brookvale Maintenance have suggested": a firm's people, agreed in the plural as
    British English agrees a body's name; one person's name takes "has" ("Brannoc Kettleby
    has suggested" stays a speaker: negative)."""
    it = _read("Brookvale Maintenance have suggested a new swing. Brannoc Kettleby has "
               "suggested a new slide.")
    assert _kinds(it, "person") == {"Brannoc Kettleby"}


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("The Clerk reported that Brookvale Maintenance have suggested a new drum.",
         "Brookvale Maintenance"),
        ("Swift Cabling are laying cable in the lane.", "Swift Cabling"),
        ("Hale & Rowe have confirmed the dates.", "Hale & Rowe"),
        # groups of people, the council's own groups and what is done to a name: none
        ("Local Residents have complained about the noise.", None),
        ("Working Groups have met twice.", None),
        ("Brookvale Maintenance were informed of the damage.", None),
        ("Brannoc Kettleby has suggested a new slide.", None),
        # a name of three words or more acts in the singular too; two may be a person's
        ("Blue Gull Seafood Cafe has applied for a longer licence.", "Blue Gull Seafood Cafe"),
        ("Brannoc Kettleby had attended the site.", None),
    ],
)
def test_a_name_that_acts_in_the_plural_is_a_body(sentence: str, body: str | None) -> None:
    """A name of capitalised words with no head word that takes a plural verb of doing is a
    body's, whatever its trade: British English agrees a body's name with its people."""
    it = _read(sentence)
    assert _kinds(it, "organisation") == ({body} if body else set())


@pytest.mark.parametrize(
    ("sentence", "body"),
    [("The partner of his daughter is a teacher at Ysgol Dewi Sant.", "Ysgol Dewi Sant"),
     ("A grant to Clwb Rygbi Aberaeron was agreed.", "Clwb Rygbi Aberaeron"),
     # a Welsh given name alone stays a person's
     ("Dewi Sant gave an update on the bridge.", None)],
)
def test_welsh_names_opened_by_their_head_word(sentence: str, body: str | None) -> None:
    """Welsh names put the head word first ("Ysgol", a school; "Clwb", a club): the given
    name after it is the body's, no person's."""
    it = _read(sentence)
    assert _kinds(it, "organisation") == ({body} if body else set())
    assert bool(_kinds(it, "person")) == (body is None)


@pytest.mark.parametrize(
    ("sentence", "body"),
    [("Jo Hale was also Executive Lead for the Mid Westshire Integrated Care Partnership.",
      "Mid Westshire Integrated Care Partnership"),
     # a portfolio after "for" with no "the" names no body
     ("Jo Hale, Portfolio Holder for Health Partnerships, attended.", None)],
)
def test_a_body_led_after_a_lead_for_the(sentence: str, body: str | None) -> None:
    assert _kinds(_read(sentence), "organisation") == ({body} if body else set())


@pytest.mark.parametrize(
    ("sentence", "body"),
    [("Greenfield Estates has submitted a planning application.", "Greenfield Estates"),
     ("Greenfield Estates was submitted as an example.", None)],
)
def test_a_firm_that_submits_or_completes_work_acts(sentence: str, body: str | None) -> None:
    assert _kinds(_read(sentence), "organisation") == ({body} if body else set())


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("A grant of £200 was agreed for Westbury Pre-School.", "Westbury Pre-School"),
        ("The Westbury Community Choir sang at the service.", "Westbury Community Choir"),
        ("Little Acorns Playgroup asked to use the hall.", "Little Acorns Playgroup"),
        ("Nursery provision in the district was discussed.", None),
    ],
)
def test_childrens_groups_and_choirs_by_their_head_words(sentence: str, body: str | None) -> None:
    assert _kinds(_read(sentence), "organisation") == ({body} if body else set())


def test_a_list_of_names_that_lost_a_comma() -> None:
    it = _read("Present: Hannah Orme, Steve Varley David Quince and Keith Lomas.")
    assert {"Steve Varley", "David Quince"} <= _kinds(it, "person")
    assert "Steve Varley David" not in _kinds(it, "person")


def test_bodies_told_by_their_context() -> None:
    """A body with no head word is told by what comes before it: "representatives from",
    "funded by"; a generic reference is not."""
    it = _read("Representatives from Bright Doorstep attended. The garden was funded by "
               "Awards for Allington. Funding from the County Council was noted.")
    assert _kinds(it, "organisation") == {"Bright Doorstep", "Awards for Allington"}


def test_plural_posts_slash_names_and_long_acronyms() -> None:
    it = _read("Members asked the Cabinet Lead Members to report on the Live/Work Ashby "
               "Campaign and the NWQHSZ project. The Village Map/Notice Board was mended. "
               "The Lead Officers met.")
    assert "Cabinet Lead Members" in _kinds(it, "post")
    assert "Lead Officers" not in _kinds(it, "post")
    assert {"Live/Work Ashby Campaign", "NWQHSZ project"} <= _kinds(it, "programme")
    assert _kinds(it, "organisation") == set()


def test_lay_seats_named_in_the_plural_are_one_post() -> None:
    """A panel's or authority's lay seats named by their kind in the plural ("Independent
    Members", "Magistrate Members", "Independent Co-opted Members") are one post, as one
    holder holds it; the qualifier counts only just before "Members" (a run-on "Co-opted
    Independent Member Officers" names no post), and an honour run on from the name before
    ("Mr Eric Fox JP Independent Members") is no part of the post."""
    it = _read("Mr Eric Fox JP Independent Members Miss Ida Jones and Mr Ken Lee spoke. The "
               "Magistrate Members and the Independent Co-opted Members met. The Co-opted "
               "Independent Member Officers left.")
    posts = {m.label: m.aliases for m in it.mentions if m.kind == "post"}
    assert "Independent Member" in posts["Independent Members"]
    assert "Magistrate Member" in posts["Magistrate Members"]
    assert "Independent Co-opted Member" in posts["Independent Co-opted Members"]
    assert not any(label.startswith("JP") or label.endswith("Officers") for label in posts)


def test_holders_of_one_post_named_in_the_plural() -> None:
    """A plural of a post's head with the words that make the post ("Group Leaders",
    "District Councillors") names that post, as one holder holds it; the plural of a head
    that is a body's members as often ("Elected Members", "Senior Officers") and a run
    joined by "and" ("Members of the Public and Councillors") name none."""
    it = _read("There were no declarations from Group Leaders. Cllr Bell and Cllr Dean spoke "
               "as District Councillors. The Elected Members and Senior Officers met.")
    posts = {m.label: m.aliases for m in it.mentions if m.kind == "post"}
    assert "Group Leader" in posts["Group Leaders"]
    assert "District Councillor" in posts["District Councillors"]
    assert not {"Elected Members", "Senior Officers"} & set(posts)
    it = _read("Questions from Members of the Public and Councillors were taken.")
    assert not _kinds(it, "post")


def test_a_plural_post_is_one_post_with_its_singular() -> None:
    """"District Cllrs" and "the District Councillors" on one page are the one post the page
    names in the singular too, not a post per spelling."""
    it = _read("District Cllrs Mills and Scorer attended. The District Councillors reported "
               "on the verges. The District Councillor thanked the Clerk.")
    posts = {m.label for m in it.mentions if m.kind == "post"}
    assert "District Councillor" in posts
    assert not {"District Cllrs", "District Councillors"} & posts


def test_a_post_held_in_a_named_body_is_read_with_it() -> None:
    """"as a trustee of Westbury Hospice", "as chairman of the Village Hall Committee": a
    post said of someone after "as" (any case), held in a body the text names, is read with
    the body, and named bare too; the body stays a body."""
    it = _read("Cllr Hale declared an interest as chairman of the Village Hall Committee. "
               "Cllr Bell declared an interest as a trustee of Westbury Hospice.")
    posts = {m.label: m.aliases for m in it.mentions if m.kind == "post"}
    assert "chairman of the Village Hall Committee" in posts
    assert "trustee" in posts["trustee of Westbury Hospice"]
    assert "Westbury Hospice" in _kinds(it, "organisation")


def test_a_seat_on_a_body_or_a_verb_before_it_is_no_post() -> None:
    """"as a member of Hale Parish Council" is a seat, no post; "as the Cabinet were trustees
    of the Museum" keeps the verb and the body's name out of the post."""
    it = _read("Cllr Bell declared an interest as a member of Hale Parish Council.")
    assert not _kinds(it, "post")
    it = _read("Members declared an interest as the Cabinet were trustees of the Lloyd Museum.")
    assert not any("Cabinet" in p for p in _kinds(it, "post"))


@pytest.mark.parametrize(("sentence", "post"), [
    ("Cllr Bell asked the Cabinet Member for Culture, Leisure and the Third Sector about it.",
     "Cabinet Member for Culture, Leisure and the Third Sector"),
    ("Councillor Dean (Portfolio Holder Finance, Resources and Assets) attended.",
     "Portfolio Holder Finance, Resources and Assets"),
])
def test_a_portfolio_listed_after_a_comma_is_the_posts(sentence: str, post: str) -> None:
    """A portfolio holder's areas listed with commas and closed by "and" are the post's."""
    assert post in _kinds(_read(sentence), "post")


def test_a_name_after_a_portfolios_comma_is_no_area_of_it() -> None:
    """A person or a body after the comma is the next name, no area of the portfolio."""
    it = _read("The Cabinet Member for Housing, Cllr Bell and the Leader spoke.")
    assert "Cabinet Member for Housing" in _kinds(it, "post")
    it = _read("The Cabinet Member for Housing, Westbury Council and the Police spoke.")
    assert "Cabinet Member for Housing" in _kinds(it, "post")
    assert "Westbury Council" in _kinds(it, "organisation")


def test_assistants_and_visitors_with_a_word_before_them_are_posts() -> None:
    """"Scrutiny Assistant", "Independent Custody Visitors" are posts (the plural the one
    post); "the Assistant" alone and a "Visitor Centre" are none."""
    it = _read("Jo Cox, Scrutiny Assistant introduced her report. The vetting of Independent "
               "Custody Visitors was slow.")
    posts = {m.label: m.aliases for m in it.mentions if m.kind == "post"}
    assert "Scrutiny Assistant" in posts
    assert "Independent Custody Visitor" in posts["Independent Custody Visitors"]
    it = _read("The Assistant read the notes. The Visitor Centre at Hale Park reopened.")
    assert not _kinds(it, "post")


def test_executive_posts_named_together_in_the_plural_need_no_article() -> None:
    """"invited Cabinet members to speak", "engage with portfolio holders": the holders of an
    executive post together are that post; one holder in lower case with no article ("as
    portfolio holder") still names none."""
    it = _read("The Chair invited Cabinet members to give an update. The committee could "
               "engage with portfolio holders at any time.")
    posts = {m.label: m.aliases for m in it.mentions if m.kind == "post"}
    assert "Cabinet member" in posts["Cabinet members"]
    assert "portfolio holder" in posts["portfolio holders"]
    assert not _kinds(_read("He spoke as portfolio holder."), "post")


def test_an_accent_typed_for_an_apostrophe_is_read_as_one() -> None:
    """"County Councillor`s Report" names the post as "County Councillor's Report" does, and
    the post's span still falls on the page's own characters; a grave accent that is no
    apostrophe (between a space and a word) changes nothing."""
    text = ("Minutes of the Audit Committee held on 3 May 2023\n\n1. Report\n\n"
            "County Councillor`s Report: H Davies reported that the van had been out.\n")
    it = _first_item_of(text)
    post = next(m for m in it.mentions if m.kind == "post")
    assert post.label == "County Councillor"
    assert text[post.span.start : post.span.end] == "County Councillor"
    it = _read("The word `Clerk was struck out.")
    assert "Clerk" in _kinds(it, "post")


def test_a_short_given_name_joins_the_full_one() -> None:
    text = ("Minutes of the Audit Committee held on 3 May 2023\n\n1. Report\n\nDavid Orrell "
            "reported on the verges. Dave Orrell agreed to send photographs. Dawn Orrell "
            "thanked him.\n")
    minutes = extract(text)
    read_prose([(text, minutes)])
    people = {m.label for m in minutes.items[0].mentions if m.kind == "person"}
    assert people == {"David Orrell", "Dawn Orrell"}


def test_things_named_like_people_schemes_and_associations() -> None:
    """A given name that starts a thing's title is no person; national schemes with no head
    word, a plural's apostrophe, a lower-case "policy" and a county association of local
    councils are named."""
    it = _read("The June Village Update was sent. The SpeedWatch Repairs were noted and the "
               "Community Speed Watch Report received. The Victims' Strategy and the RIPA "
               "policy were adopted. Training is provided by KALC.")
    assert _kinds(it, "person") == set()
    assert {"Community Speed Watch", "Victims' Strategy",
            "RIPA policy"} <= _kinds(it, "programme")
    # two forms of one national scheme: one programme, the other form an alias
    assert any(m.label == "Community Speed Watch" and "SpeedWatch" in m.aliases
               for m in it.mentions)
    assert "KALC" in _kinds(it, "organisation")


def test_lower_case_posts_and_lists_of_initialled_members() -> None:
    """"the parish clerk", "the ward members" are posts; "as a county councillor" names
    none. "Cllrs A Smith, B Jones and C D Brown": initials are no sentence's "A"."""
    it = _read("The parish clerk met the ward members; as a county councillor he spoke. "
               "Cllrs A Pell, B Oduya and C D Marr attended.")
    assert {"parish clerk", "ward members"} <= _kinds(it, "post")
    assert "county councillor" not in _kinds(it, "post")
    assert {"A Pell", "B Oduya", "C D Marr"} <= _kinds(it, "person")


def test_the_meetings_chair_is_not_another_bodys_chair() -> None:
    text = ("Minutes of the Cabinet held on 3 May 2023\n\n1. Report\n\nThe Chair welcomed "
            "everyone. The Chair of the Panel had referred the Panel's findings.\n")
    posts = _kinds(_first_item_of(text), "post")
    assert posts == {"Chair", "Chair of the Panel"}


def test_a_post_that_serves_a_body_is_named_with_it() -> None:
    """"Clerk to the Parish Council", "Secretary to the Panel": a post that serves a body or
    another post keeps what it serves, in the body's own minutes too; not a post whose work
    went "to" a body ("sent by the Clerk to the Council"), nor a head that serves nobody
    ("the Director of Finance to the Cabinet" is a report's route)."""
    text = ("Minutes of the Licensing Panel held on 3 May 2023\n\n1. Report\n\nThe Secretary "
            "to the Panel read the notice. Jo Fenn, Deputy Clerk to the Parish Council, "
            "attended.\n")
    posts = _kinds(_first_item_of(text), "post")
    assert {"Secretary to the Panel", "Deputy Clerk to the Parish Council"} <= posts
    it = _read("The letter was sent by the Clerk to the Council on Monday. A report from the "
               "Director of Finance to the Cabinet was noted.")
    assert _kinds(it, "post") == {"Clerk", "Director of Finance"}


def test_a_post_before_a_slash_and_an_alderman_on_whose_behalf() -> None:
    it = _read("Apologies were received from the Deputy Leader/Cabinet Member Place & Parks "
               "and on behalf of Alderman Quillam.")
    assert "Deputy Leader" in _kinds(it, "post")
    assert "Quillam" in _kinds(it, "person")
    assert _kinds(it, "organisation") == set()


def test_a_generic_reference_and_a_body_and_a_bodys_lower_case_team() -> None:
    """"the Council and Cheshire Police" names the police; "the Halton Community Safety
    team" is a body; "Police and Crime Commissioner" stays one post."""
    it = _read("Cuts hit the Council and Wessex Police. The Brindle Community Safety team "
               "met the Police and Crime Commissioner and a combined Police and Council "
               "partnership team.")
    assert _kinds(it, "organisation") == {"Wessex Police", "Brindle Community Safety team"}
    assert "Police and Crime Commissioner" in _kinds(it, "post")


def test_a_unit_named_by_what_the_councils_officers_do_is_no_body() -> None:
    """"the Election Team", "the Highways team", "the Electoral Services Office" are the
    council's own officers, and no "Way team" is left of "the Rights of Way team"; a unit
    with a place or an owner is named ("the Ashdale Trails Team", "WCC")."""
    it = _read("The Election Team and the Electoral Services Office were told; the Rights of "
               "Way team and the Highways team replied.")
    assert _kinds(it, "organisation") == set()
    it = _read("The Ashdale Trails Team met WCC Highways department.")
    assert {"Ashdale Trails Team", "WCC"} <= _kinds(it, "organisation")
    # the council's functions before a team: its officers too
    it = _read("The Public Health team and the Housing and Homelessness team had met the "
               "Ashdale Foodbank Trust.")
    assert _kinds(it, "organisation") == {"Ashdale Foodbank Trust"}


def test_a_towns_foodbank_and_a_co_operative_by_its_short_name_are_bodies() -> None:
    """"the Ashdale Foodbank", "Westshire Co-op": a charity and a co-operative society by
    their heads; a foodbank or a shop named by no name is none."""
    it = _read("The Mayor's charity would be the Ashdale Foodbank, with a grant from "
               "Westshire Co-op.")
    assert _kinds(it, "organisation") == {"Ashdale Foodbank", "Westshire Co-op"}
    it = _read("Members discussed the foodbank and the local Co-op store.")
    assert _kinds(it, "organisation") == set()


def test_a_parliament_named_by_its_place_or_people_is_a_body() -> None:
    """"the Scottish Parliament", "the Westby Youth Parliament" are bodies; "Member of
    Parliament" is a post's and "an Act of Parliament" a law's, no body."""
    it = _read("The Westby Youth Parliament had written to the Scottish Parliament.")
    assert _kinds(it, "organisation") == {"Westby Youth Parliament", "Scottish Parliament"}
    it = _read("An Act of Parliament was needed, said the local Member of Parliament.")
    assert _kinds(it, "organisation") == set()


def test_a_bodys_name_before_a_plural_title_tail_is_the_body() -> None:
    """"the recent Ofsted Inspections", "the Westby Trust Presentations": the body, as before
    the singular; a plural tail after no body's name makes none ("the Quarterly Reports"), nor
    after a body's head word alone ("the Partnership Reviews")."""
    it = _read("Members noted the recent Ofsted Inspections and the Westby Trust "
               "Presentations.")
    assert _kinds(it, "organisation") == {"Ofsted", "Westby Trust"}
    for sentence in ("Members noted the Quarterly Reports.",
                     "Members noted the Partnership Reviews."):
        assert _kinds(_read(sentence), "organisation") == set()


def test_a_kind_of_authority_is_no_body_and_a_portfolios_report_no_body() -> None:
    """"the Fire Authority's code" in its own minutes, "the Highway Authority" name a kind
    of authority; "Westvale Fire Authority" is a name. "Public Health" before what it
    modifies ("the Public Health Report", "the Public Health and Housing portfolio") is a
    portfolio's; alone, the council's own department ("Public Health had commissioned
    it"), no outside body either."""
    it = _read("Members followed the Fire Authority's code and asked the Highway Authority. "
               "Westvale Fire Authority agreed.")
    assert _kinds(it, "organisation") == {"Westvale Fire Authority"}
    it = _read("The Board noted the Public Health Report, the Public Health annual report and "
               "Cllr Ray's Public Health and Housing portfolio.")
    assert _kinds(it, "organisation") == set()
    it = _read("Public Health had commissioned the service with Westmere ICB.")
    assert _kinds(it, "organisation") == {"Westmere ICB"}


def test_the_highways_authority_is_a_body_the_highway_authority_a_kind() -> None:
    """"the Highways Authority", as parish minutes name their county's highways body, is the
    body written to; "the Highway Authority", the statute's term, names a kind."""
    it = _read("The Clerk had written to the Highways Authority about the verge.")
    assert _kinds(it, "organisation") == {"Highways Authority"}
    it = _read("The Clerk had written to the Highway Authority about the verge.")
    assert _kinds(it, "organisation") == set()


def test_a_police_rank_by_a_councils_initials_is_no_council() -> None:
    """"DCC Nicola Hale", "T/ACC": a deputy or assistant chief constable, no council; "DCC"
    alone, or after a member's name in brackets, is the county council."""
    it = _read("DCC Nicola Hale reported on staffing; the T/ACC would attend in June.")
    assert _kinds(it, "organisation") == set()
    it = _read("DCC had written about the road. Cllr Hale (DCC) agreed.")
    assert _kinds(it, "organisation") == {"DCC"}


def test_a_bodys_name_ends_at_its_colon() -> None:
    """An item's title "Charity Commission: Code of Conduct" names the body, then its
    matter; "the Parish Council: Planning Applications" a body's kind, no body."""
    it = _read("Charity Commission: Code of Conduct\nThe Clerk reported on the new code.")
    assert _kinds(it, "organisation") == {"Charity Commission"}
    it = _read("In the Parish Council: Planning Applications 17 were seen.")
    assert _kinds(it, "organisation") == set()


def test_shetland_islands_council_by_its_initials() -> None:
    """"the SIC", as Shetland's community councils name their council, is a body; a quoted
    word marked "(sic)" is none."""
    it = _read("The SIC will receive the report; the letter said 'recieved' (sic).")
    assert {k.upper() for k in _kinds(it, "organisation")} == {"SIC"}


@pytest.mark.parametrize("text", [
    "The Clerk checked the SIC code of Westby Fencing Ltd.",
    "Sic transit gloria mundi, said the Chairman of the Westshire Trust.",
])
def test_sic_is_shetland_islands_council_only_in_capitals_and_never_a_code(text: str) -> None:
    """"SIC" is the council only as printed in capitals: a firm's "SIC code" (its industrial
    classification) and a sentence opening on a Latin "Sic" name no body."""
    assert not {k for k in _kinds(_read(text), "organisation") if k.upper() == "SIC"}


def test_known_bodies_with_no_head_word() -> None:
    it = _read("Tenants of Fenwick Dale Homes and Your Housing met Clarion and the Trussell "
               "Trust; Kier was thanked.")
    assert {"Your Housing", "Clarion", "Trussell Trust", "Kier"} <= _kinds(it, "organisation")


def test_national_bodies_of_the_nations_and_executives_that_are_bodies() -> None:
    """Scottish, Welsh and Northern Irish national bodies with no head word, and bodies whose
    last word is a post's ("Health and Safety Executive"), are bodies, not posts."""
    it = _read("NatureScot, Cadw, Estyn and Translink had replied, as had Scottish Enterprise, "
               "the Health and Safety Executive and the Northern Ireland Housing Executive.")
    assert _kinds(it, "organisation") == {
        "NatureScot", "Cadw", "Estyn", "Translink", "Scottish Enterprise",
        "Health and Safety Executive", "Northern Ireland Housing Executive"}
    assert not _kinds(it, "post")


def test_the_lead_local_flood_authority_is_a_role_not_a_body() -> None:
    it = _read("As Lead Local Flood Authority, the County Council had objected.")
    assert _kinds(it, "post") == {"Lead Local Flood Authority"}
    assert not _kinds(it, "organisation")


def test_pension_funds_supermarkets_and_housebuilders_are_bodies() -> None:
    """A council's pension fund is a body ("the Isle of Westmoor Pension Fund", a place with
    "of" in it), no programme; national supermarkets and housebuilders are bodies."""
    it = _read("The Isle of Westmoor Pension Fund had invested in the scheme, and Lidl and "
               "Persimmon Homes had objected.")
    assert _kinds(it, "organisation") == {"Isle of Westmoor Pension Fund", "Lidl",
                                           "Persimmon Homes"}
    assert not _kinds(it, "programme")


def test_national_schemes_with_no_head_word() -> None:
    it = _read("Project Gigabit, the Corporate Peer Challenge, Selective Licensing and the "
               "National Living Wage were discussed.")
    assert _kinds(it, "programme") == {"Project Gigabit", "Corporate Peer Challenge",
                                        "Selective Licensing", "National Living Wage"}
    it = _read("The Design Guide Supplementary Planning Document and the Statement of "
               "Community Involvement were adopted.")
    assert _kinds(it, "programme") == {"Design Guide Supplementary Planning Document",
                                        "Statement of Community Involvement"}


def test_a_councils_tier_before_councillor_names_a_post() -> None:
    text = ("Minutes of the Parish Council held on 3 May 2023\n\n1. Reports\n\nReport from "
            "County Councillor Ada Brill. County Cllr Brill had sent a note.\n")
    posts = _kinds(_first_item_of(text), "post")
    assert posts == {"County Councillor"}
    # The council's acronym stands for its tier: "WDC Cllr Ann Hale" holds "WDC Cllr"; a
    # commissioner's acronym ("PCC") or a surname in capitals ("OWENS Councillor Bell") does
    # not name a council.
    it = _read("WDC Cllr Ann Hale reported on the road. PCC Cllr Dan Ives and OWENS Councillor "
               "Cy Bell spoke.")
    assert _kinds(it, "post") == {"WDC Cllr"} and "WDC" in _kinds(it, "organisation")
    assert {"Ann Hale", "Dan Ives", "Cy Bell"} <= _kinds(it, "person")


def test_people_a_verb_of_welcome_takes() -> None:
    it = _read("The Committee welcomed Brannoc Okafor and Serrina Dowd from Barnardo's, and "
               "welcomed Healthwatch Bristol. The Panel welcomed Sergeant Ilsa Brown and "
               "thanked Sian Thomas, Education Representative and Tamsin Orr.")
    assert _kinds(it, "person") == {"Brannoc Okafor", "Serrina Dowd", "Ilsa Brown",
                                    "Sian Thomas", "Tamsin Orr"}
    assert "Education Representative" in _kinds(it, "post")


def test_companies_by_their_suffix() -> None:
    it = _read("The contract was awarded to Hedgerow Groundworks Ltd. and Growing Roots CIC "
               "ran the Warm Spaces scheme.")
    assert {"Hedgerow Groundworks Ltd.", "Growing Roots CIC"} <= _kinds(it, "organisation")
    assert "Warm Spaces scheme" in _kinds(it, "programme")


def test_bodies_named_in_declarations_of_interest() -> None:
    """"a trustee of X", "a volunteer for the X", "employed by X" name bodies; "a member of
    the Church" or "of the Planning Committee" names none; "Aldermen" heads a list."""
    it = _read("Mrs Apel declared an interest as a trustee of Stonepillow and as a volunteer "
               "for the Tide Angels. Cllr Hale is a member of the Planning Committee and a "
               "member of the Church. Apologies on behalf of Aldermen Quillam and Tullyvane.")
    assert _kinds(it, "organisation") == {"Stonepillow", "Tide Angels"}
    assert {"Quillam", "Tullyvane"} <= _kinds(it, "person")


def test_a_quoted_name_before_a_programme_word() -> None:
    it = _read("The trust bid under the ‘Great Place’ scheme and the 'Warm Homes' project; "
               "the Victims' Strategy was noted.")
    assert {"Great Place scheme", "Warm Homes project",
            "Victims' Strategy"} <= _kinds(it, "programme")


def test_a_quoted_name_with_small_words_before_a_programme_word() -> None:
    """"the ‘Walk to Westbury’ project": the quotes bound a name whose small lower-case words
    would end a run of capitals; its kind word after them makes it a scheme, and a quoted
    remark with no kind word after it is none."""
    it = _read("The trust will launch the ‘Walk to Westbury’ project and the “Books for a "
               "Bench” initiative. He said ‘Time to Act’ and left.")
    assert {"Walk to Westbury project", "Books for a Bench initiative"} <= _kinds(
        it, "programme")
    assert not any("Time" in label for label in _kinds(it, "programme"))


@pytest.mark.parametrize(("text", "name"), [
    ("FPM.8 Community Project (New Pavilion): Cllr Hale reminded the Council of the plans.",
     "Community Project"),
    ("B19/05/10 Flood alleviation scheme Mill Lane - update: more funding was promised.",
     "Flood alleviation scheme"),
])
def test_a_minutes_reference_before_a_programme_is_no_part_of_it(text: str, name: str) -> None:
    """"FPM.8 Community Project": the item's reference run onto the programme that opens its
    text is no part of the programme's name."""
    assert name in _kinds(_read(text), "programme")


@pytest.mark.parametrize(("text", "kind", "name"), [
    ("E/21/14 Westmere Borough Council Housing Strategy: the Cabinet noted the report from "
     "the Westmere Borough Council.", "organisation", "Westmere Borough Council"),
    ("HSC/24/03 Eastvale Care Partnership Trust gave a presentation on winter pressures.",
     "organisation", "Eastvale Care Partnership Trust"),
    ("FC/88/12 Chairman's announcements: the Chairman thanked the volunteers.", "post",
     "Chairman"),
])
def test_a_minutes_reference_before_any_name_is_no_part_of_it(text: str, kind: str,
                                                              name: str) -> None:
    """"E/21/14 Westmere Borough Council", "FC/88/12 Chairman": the item's reference run onto
    the body or the post that opens its text is no part of its name, as for a programme."""
    it = _read(text)
    labels = _kinds(it, kind)
    assert name in labels
    assert not any(label.startswith(("E/", "HSC/", "FC/")) for label in labels)
    # and its span is the name's exact text, the reference left out
    assert {m.span.exact for m in it.mentions if m.kind == kind and m.label == name} == {name}


def test_a_minutes_reference_before_a_name_run_on_is_cut_from_its_span_both_ends() -> None:
    """"FC/93/13 Carl Quarry Westmere", a roll's column word run on after a name that a
    reference opens: the person's span is "Carl Quarry" exactly, as its label is, neither the
    reference nor the column's word kept."""
    from kg import patterns
    from kg.nlp import PERSON
    from kg.prose import _mentions, _page

    p = patterns.load()
    roll = ("IN ATTENDANCE\n\nAnn Pryce Westmere Hills Trust Carl Quarry Westmere Hills "
            "Society Jane Kittle Lowdale Trust Peter Tarrow Lowdale Parish Council\n")
    text = ("WESTMERE HILLS BOARD\n\nMINUTES OF THE MEETING HELD ON 4 MARCH 2021\n\n" + roll
            + "\n1. WALKS\n\nFC/93/13 Carl Quarry Westmere gave the report.\n")
    minutes = extract(text)
    doc = pipeline()(text)
    # the pipeline's mark taken whole, reference and column word with it, as on pages
    # where it reads them so
    mark = doc.char_span(text.index("FC/93/13"), text.index(" gave the report"))
    mark._.kind, mark._.label = PERSON, mark.text
    doc.spans["ckg"] = [mark]
    (person,) = [m for m in _mentions(text, minutes, 0, doc, _page(text, minutes, p), p)
                 if m.span.start >= mark.start_char]
    assert (person.label, person.span.exact) == ("Carl Quarry", "Carl Quarry")


def test_two_kind_words_after_a_name_both_end_it() -> None:
    """"the Town Link Officer pilot scheme": a pilot scheme is the scheme's kind, both words."""
    it = _read("The Cabinet decided to end the Westbury Link Officer pilot scheme.")
    assert "Westbury Link Officer pilot scheme" in _kinds(it, "programme")


@pytest.mark.parametrize(("sentence", "name"), [
    ("The village had entered the Best Kept Village Competition again.",
     "Best Kept Village Competition"),
    ("The Westbury Heritage Trail launch was set for May.", "Westbury Heritage Trail"),
    ("An update on Village Paths Initiatives was given by the Clerk.", "Village Paths Initiatives"),
])
def test_contests_trails_and_initiatives_are_programmes(sentence: str, name: str) -> None:
    assert name in _kinds(_read(sentence), "programme")


def test_a_given_name_before_a_surname_like_programme_head_is_a_person() -> None:
    """"Peter Trail": a common given name, then a programme's head that is a surname too."""
    it = _read("Peter Trail attended the meeting.")
    assert "Peter Trail" in _kinds(it, "person")
    assert not _kinds(it, "programme")


def test_parish_lists_of_members_with_initials() -> None:
    """"Cllrs: K Lang (Chair), C d'Arcy, …": a list title's colon, a surname's particle, an
    initial "A" in a list; "District Cllrs." names a post; "A Murray (PCT)" is a person;
    "a new Councillor. It was …" names nobody "It"."""
    it = _read("Present Cllrs: K Lang (Chair), C d'Arcy (Vice Chair), J Kerr and B Blow. "
               "District Cllrs. G Morr and A Hunt attended, with A Murray (PCT). He was "
               "co-opted as a new Councillor. It was agreed.")
    assert _kinds(it, "person") == {"K Lang", "C d'Arcy", "J Kerr", "B Blow", "G Morr",
                                    "A Hunt", "A Murray"}
    assert "District Cllrs" in _kinds(it, "post")


def test_a_national_scheme_after_the_body_that_runs_it_keeps_its_own_name() -> None:
    """"the Local Government Association Corporate Peer Challenge": the body and its national
    scheme are each named; a body's own project with no name of its own apart ("the McCarthy
    and Stone Residential Development") keeps the body in its name."""
    names = _names(_read("The Local Government Association Corporate Peer Challenge took "
                         "place in March. The McCarthy and Stone Residential Development "
                         "was discussed."))
    assert {("organisation", "Local Government Association"),
            ("programme", "Corporate Peer Challenge"),
            ("programme", "McCarthy and Stone Residential Development")} <= names
    assert ("programme", "Local Government Association Corporate Peer Challenge") not in names


def test_a_page_label_run_onto_a_title_ends_the_name() -> None:
    """A web page's "Additional documents:" label printed on the line of an item's title is
    no part of the name before it; the same words elsewhere may open a name."""
    assert _kinds(_read("Review of Council-owned Adapted Accommodation Additional documents: "
                        "Minutes: The officer presented the report."), "programme") == {
        "Review of Council-owned Adapted Accommodation"}
    assert "Additional Learning Needs Strategy" in _kinds(
        _read("The Additional Learning Needs Strategy was noted."), "programme")


def test_a_known_scheme_in_a_title_in_capitals_is_named() -> None:
    """A parish prints its titles in capitals: "NEIGHBOURHOOD PLAN", "SPEEDWATCH" name the
    schemes as in small letters; a heading in capitals that is no known scheme's name ("WORK
    PROGRAMME", "VILLAGE HALL") names none."""
    labels = _page_labels(
        "Minutes of the Parish Council held on 3 May 2023\n\n"
        "1. SPEEDWATCH\nThe volunteers had carried out three sessions.\n\n"
        "2. NEIGHBOURHOOD PLAN\nThe steering group had met.\n\n"
        "3. WORK PROGRAMME\nNoted.\n\n4. VILLAGE HALL\nThe roof was repaired.\n", "programme")
    assert {label.lower() for label in labels} == {"speedwatch", "neighbourhood plan"}


def test_national_schemes_named_with_no_head_word() -> None:
    """Schemes run across the country and named with no head word ("Warm Spaces", "Community
    Responders", a tier of the Local Council Award Scheme) are programmes where printed as
    names; the same words in lower case ("a warm space") name nothing."""
    assert {"Warm Spaces", "Community Responders", "Local Council Gold Award"} <= _kinds(
        _read("The Council agreed to support Warm Spaces at the church. The Ambulance Service "
              "is seeking Community Responders. The Clerk updated members on the Local Council "
              "Gold Award application."), "programme")
    assert _kinds(_read("The hall was a warm space for all on Tuesdays."), "programme") == set()


def test_national_standards_funding_models_and_levies_are_programmes() -> None:
    """Investors in People, Payment by Results, Sector Led Improvement, a Workplace Parking
    Levy, Next Generation Broadband: national schemes named with no head word."""
    it = _read("The trust kept its IiP accreditation. Payment by Results would affect the "
               "service. Sector Led Improvement was discussed. Any aspect of the Workplace "
               "Parking Levy was noted. The roll-out of Next Generation Broadband was slow.")
    assert {"IiP", "Payment by Results", "Sector Led Improvement", "Workplace Parking Levy",
            "Next Generation Broadband"} <= _kinds(it, "programme")


def test_a_version_word_and_a_head_alone_name_no_programme() -> None:
    """"Revised Projects", "the Proposed Scheme": which version of a plan named elsewhere,
    no name of its own; a name with words of its own after the version word is one ("the
    Draft Local Plan", "the Capital Programme")."""
    it = _read("Councillor Baysworth declared an interest in the Town Investment Plan – Revised "
               "Projects (Minute 41). The Proposed Scheme was approved. The Draft Local Plan "
               "was noted. The Capital Programme was noted.")
    assert _kinds(it, "programme") == {"Town Investment Plan", "Draft Local Plan",
                                       "Capital Programme"}


def test_a_pages_video_stream_link_is_no_programme() -> None:
    """ModernGov's "Video Stream: Click here to watch" line is a link, not a work stream; a
    named work stream is a programme."""
    assert _kinds(_read("Video Stream: Click here to watch this meeting on YouTube. The "
                        "Digital Inclusion Work Stream reported."), "programme") == {
        "Digital Inclusion Work Stream"}


def test_a_policy_or_service_named_by_one_topic_word_is_no_programme() -> None:
    """"the Council's Charging Policy", "no Brexit policy", "the Translation Service": a
    body's standing policy or service on a topic, which readers do not list; one with a
    longer name of its own, or an acronym's, is listed."""
    it = _read("The Council's Charging Policy was approved and the Complaints Management Policy "
               "adopted. The Highland Council has no Brexit policy. The Translation Service "
               "starts in September; the RAID service and the Pet Cremation Service were "
               "praised.")
    assert _kinds(it, "programme") == {"Complaints Management Policy", "RAID service",
                                       "Pet Cremation Service"}
    it = _read("The donation went towards Church Funds. Members noted the Corporate Framework "
               "(including Service Strategies). Members' Community Grants were awarded.")
    assert _kinds(it, "programme") == {"Corporate Framework", "Community Grants"}


@pytest.mark.parametrize(
    ("sentence", "refs"),
    [
        # what a body holds that is no meeting of it
        ("The Town Council fun day will be held on 10 June.", []),
        ("The Council by-election will be held on 15 June 2023.", []),
        ("The Council's Christmas event will take place on 8 December.", []),
        # ... unless it is what a meeting is about
        ("The meeting about the fun day will be held on 10 June.",
         [(date(2023, 6, 10), "day")]),
        # a thing sent to or from a body, dated
        ("An email from the Borough Council on 12 April 2023 was noted.", []),
        ("A letter from Westshire County Council dated 5 June 2022 was noted.", []),
        ("The Clerk wrote to the County Council on 12 April.", []),
        ("Westshire Council 12/03/2023 letter regarding the footpath was noted.", []),
        # ... but what a meeting sends is of that meeting
        ("A recommendation from Cabinet on 12 April 2023 was agreed.",
         [(date(2023, 4, 12), "day")]),
        # ... and what is brought to one goes to that meeting
        ("The Clerk was asked to bring the quotes to the Committee on 12 June.",
         [(date(2023, 6, 12), "day")]),
        # this meeting's own minutes, dated by their publication
        ("Date of publication of these minutes: 20 May 2023.", []),
        ("The draft minutes: 20 April 2023 were approved.", [(date(2023, 4, 20), "day")]),
        # "for" a day is a deadline or a booking, unless an agenda is for it
        ("The deadline set by the County Council for 30 June 2023 was noted.", []),
        ("The hall is booked by the Parish Council for 12 June.", []),
        ("The item will be placed on the Cabinet agenda for 5 June.",
         [(date(2023, 6, 5), "day")]),
    ],
)
def test_a_bodys_name_beside_a_date_that_is_no_meeting(
        sentence: str, refs: list[tuple[date, str]]) -> None:
    assert [(r.date, r.precision) for r in _read(sentence).meeting_refs] == refs


@pytest.mark.parametrize(
    ("sentence", "refs"),
    [
        # a meeting moved, its new day straight after the word
        ("Meeting rescheduled 13/6/23 7.30pm at the school", [(date(2023, 6, 13), "day")]),
        # a meeting scheduled or arranged for a day (one to come), with or without its verb
        ("The Committee heard of a working planning session scheduled for 29 July 2023.",
         [(date(2023, 7, 29), "day")]),
        ("The meeting has been arranged for 4 June.", [(date(2023, 6, 4), "day")]),
        # ... never "set for": as often a room, a target or a plan
        ("The session was set for 4 June.", []),
        # minutes to be confirmed at a meeting to come
        ("PLEASE NOTE THESE ARE DRAFT MINUTES TO BE CONFIRMED ON 3RD SEPTEMBER",
         [(date(2023, 9, 3), "day")]),
        # meetings in a list of months sharing one year
        ("Both Panels had held three formal meetings in June, July and September 2022.",
         [(date(2022, 6, 1), "month"), (date(2022, 7, 1), "month"),
          (date(2022, 9, 1), "month")]),
        # a minute's number carrying its meeting's date, or with the date in brackets
        ("M/51/(15.06.22) Request for a drinking water fountain: no reply yet.",
         [(date(2022, 6, 15), "day")]),
        ("Min 45/23 (12 April 2023) refers.", [(date(2023, 4, 12), "day")]),
        # the AGM as any meeting
        ("The AGM on 12 April 2023 was well attended.", [(date(2023, 4, 12), "day")]),
        ("The AGM will be held on 12 May.", [(date(2023, 5, 12), "day")]),
        # a meeting that is, or will be, on a day
        ("The next Council meeting is on 12 June.", [(date(2023, 6, 12), "day")]),
        ("The Council will meet again on 12 June.", [(date(2023, 6, 12), "day")]),
        # the next meeting's day, however it is set
        ("Next meeting date: 12 June 2023.", [(date(2023, 6, 12), "day")]),
        ("The date of the next meeting was confirmed as 12 June 2023.",
         [(date(2023, 6, 12), "day")]),
        ("The Chair said the next meeting would be 12 June 2023.",
         [(date(2023, 6, 12), "day")]),
        # a date of the next meeting's room, no meeting: nothing after "next meeting" but
        # the date makes it one
        ("The room for the next meeting was booked on 12 April.", []),
    ],
)
def test_meetings_moved_set_and_listed(sentence: str, refs: list[tuple[date, str]]) -> None:
    assert [(r.date, r.precision) for r in _read(sentence).meeting_refs] == refs


def test_items_numbered_by_the_meetings_month_are_no_dates() -> None:
    """"1.3.23 Attendance … 2.3.23 …": items numbered with the meeting's month and year; "the
    minutes 1.3.23" names no meeting of 1 March. A page that numbers its items otherwise
    still reads "the minutes 1.3.23" as a date."""
    numbered = ("Minutes of the Parish Council held on 6 March 2023\n\n"
                "This meeting was recorded for the purpose of the minutes 1.3.23 Attendance "
                "(as above) 2.3.23 To receive apologies for absence. None received. 3.3.23 To "
                "receive declarations of interest. None.\n")
    plain = ("Minutes of the Parish Council held on 6 March 2023\n\n1. Minutes\n\n"
             "The minutes 1.3.23 were approved.\n")
    found = []
    for text in (numbered, plain):
        minutes = extract(text)
        read_prose([(text, minutes)])
        found.append([r.date for it in minutes.items for r in it.meeting_refs]
                     + [r.date for r in minutes.outside.meeting_refs])
    assert found == [[], [date(2023, 3, 1)]]


def test_a_pages_own_month_minutes_title_is_no_other_meeting() -> None:
    """"May 2023 Minutes" heading the May 2023 meeting's page is the page itself; "the April
    2023 minutes" on it are another meeting's."""
    text = ("Westshire Parish Council May 2023 minutes\n\nPresent: Cllrs A Lang, B Kerr.\n\n"
            "1. Minutes\n\nThe April 2023 minutes were approved.\n")
    minutes = extract(text)
    read_prose([(text, minutes)])
    refs = [(r.date, r.precision) for it in minutes.items for r in it.meeting_refs]
    refs += [(r.date, r.precision) for r in minutes.outside.meeting_refs]
    assert refs == [(date(2023, 4, 1), "month")]


@pytest.mark.parametrize(
    ("sentence", "ref"),
    [
        # a month's meeting with no year and nothing to say it has been: the coming one, not
        # one seven months back or more (the meeting is on 3 May 2023)
        ("The tenders are for the October meeting.", date(2023, 10, 1)),
        ("First Council Meeting in October", date(2023, 10, 1)),
        # ... but minutes, or a meeting held, are of one that has been
        ("The minutes of the October meeting were signed.", date(2022, 10, 1)),
        ("The Council meeting held in October was noted.", date(2022, 10, 1)),
        # ... and so is one told as the doer of a past deed
        ("The October meeting agreed the plan.", date(2022, 10, 1)),
        ("The tenders were opened at the October meeting.", date(2022, 10, 1)),
        # ... but this meeting's own decision about it looks ahead
        ("It was agreed that the tenders go to the October meeting.", date(2023, 10, 1)),
        # a month near the meeting's, before it, is the last one
        ("The tenders are for the March meeting.", date(2023, 3, 1)),
    ],
)
def test_a_month_meeting_without_a_year_is_the_nearest_unless_it_has_been(
        sentence: str, ref: date) -> None:
    assert [r.date for r in _read(sentence).meeting_refs] == [ref]


@pytest.mark.parametrize(
    ("sentence", "ref"),
    [
        # a day with no year and nothing to say it has been: the coming one, not one eleven
        # months back (the meeting is on Wednesday 3 May 2023)
        ("Public meeting 20th May at 6.45 in the Village Hall.", date(2023, 5, 20)),
        # ... a "had" of some other doing says nothing of the meeting
        ("Cllr Dale advised that Westshire Council had a majority of four; its Annual Meeting "
         "would be on 16 May.", date(2023, 5, 16)),
        ("Jo had contacted the agents, who have agreed to a meeting on 17th May.",
         date(2023, 5, 17)),
        # ... but who met has met, however the sentence goes on
        ("Cllr Dale met with the Agency on 2 May and will report at the next meeting.",
         date(2023, 5, 2)),
        # ... and minutes are of one that has been
        ("The minutes of the meeting held on 20th May were signed.", date(2022, 5, 20)),
        # ... as is one whose "had" is "had been", or "had" and a deed done at it
        ("It had been agreed at the meeting on 20th November that the bench be moved.",
         date(2022, 11, 20)),
        ("The Council had decided at the meeting on 20th November to buy a bench.",
         date(2022, 11, 20)),
        ("Cllr Bell had attended the meeting on 20th November.", date(2022, 11, 20)),
        # a weekday printed with the day picks the year it falls on (24 April 2023 was a
        # Monday, 2024's a Wednesday; 9 May 2024 a Thursday, 2023's a Tuesday: the heading's
        # year may be the slip)
        ("The meeting scheduled for Monday 24th April will not now take place.",
         date(2023, 4, 24)),
        ("The Committee will report to the Council at its meeting on Thursday 9th May.",
         date(2024, 5, 9)),
    ],
)
def test_a_day_without_a_year_is_the_nearest_unless_it_has_been(sentence: str, ref: date
                                                                ) -> None:
    assert [r.date for r in _read(sentence).meeting_refs] == [ref]


@pytest.mark.parametrize(
    ("heading", "sentence", "ref"),
    [
        # a meeting to come stays on or after this one, though the weekday fits the year
        # before (12 March 2018 was a Monday, 2019's a Tuesday)
        ("20 February 2019", "The next meeting will be held on Monday 12th March.",
         date(2019, 3, 12)),
        # ... and one held on or before it, though the weekday fits the year after (12
        # March 2019 was a Tuesday, 2018's a Monday)
        ("4 February 2019", "Cllr Dale reported on the meeting held on Tuesday 12th March.",
         date(2018, 3, 12)),
    ],
)
def test_a_printed_weekday_keeps_the_direction_of_the_reference(heading: str, sentence: str,
                                                                ref: date) -> None:
    item = _first_item_of(f"Minutes of the Parish Council held on {heading}\n\n1. Report\n\n"
                          f"{sentence}\n")
    assert [r.date for r in item.meeting_refs] == [ref]


@pytest.mark.parametrize(
    ("sentence", "ref"),
    [
        # a weekday before the day of "the … meeting"
        ("Members discussed the Tuesday 11th April meeting.", date(2023, 4, 11)),
        # a time, a place or the others met between the meeting and its day
        ("The Committee meeting at 7pm on 12 April 2023 was noted.", date(2023, 4, 12)),
        ("The Chairman attended a meeting at County Hall on 12 April.", date(2023, 4, 12)),
        ("The Clerk reported on the planning meeting with the developers held on 12 April.",
         date(2023, 4, 12)),
        # "dated", and minutes "from" a day
        ("The minutes of the meeting dated 12/04/2023 were approved.", date(2023, 4, 12)),
        ("Minutes from 12th April 2023 were approved.", date(2023, 4, 12)),
        # a meeting that "is on" a day is to come; one word or two after "next"
        ("The Council's Annual Meeting is on Tuesday 16 April.", date(2024, 4, 16)),
        ("The next scheduled meeting is Tuesday 16 May.", date(2023, 5, 16)),
    ],
)
def test_a_meetings_day_after_its_time_place_or_weekday(sentence: str, ref: date) -> None:
    assert [r.date for r in _read(sentence).meeting_refs] == [ref]


@pytest.mark.parametrize(
    "sentence",
    [
        # a place or a time with no meeting's day after it
        "The meeting at County Hall was on the subject of parking.",
        # a minutes' "from" with no date straight after
        "The minutes from the Clerk were noted on 12 April.",
    ],
)
def test_a_place_or_time_with_no_day_names_no_meeting(sentence: str) -> None:
    assert _read(sentence).meeting_refs == []


@pytest.mark.parametrize(
    ("sentence", "ref"),
    [
        # the singular "Minute" of Scottish councils
        ("The Minute of 12 March 2023 was approved.", (date(2023, 3, 12), "day")),
        # a day's minutes keep the day, not only the month
        ("The 12th April 2023 minutes were approved.", (date(2023, 4, 12), "day")),
        ("The April 2023 minutes were approved.", (date(2023, 4, 1), "month")),
        # the date after a comma
        ("Minutes of the last meeting, 12 April 2023, were approved.",
         (date(2023, 4, 12), "day")),
        # business carried or deferred from a meeting comes from one that has been
        ("Item 5 was carried forward from the meeting on 12 April.", (date(2023, 4, 12), "day")),
        ("The item deferred from the April meeting was considered.", (date(2023, 4, 1), "month")),
        # ... and deferred to one goes to one to come
        ("The item was deferred to the April meeting.", (date(2024, 4, 1), "month")),
        # a plan that "goes" to a meeting goes to one to come
        ("The plan goes to Cabinet on 12 June for approval.", (date(2023, 6, 12), "day")),
    ],
)
def test_minutes_and_business_carried_from_a_meeting(sentence: str,
                                                     ref: tuple[date, str]) -> None:
    assert [(r.date, r.precision) for r in _read(sentence).meeting_refs] == [ref]


@pytest.mark.parametrize(
    ("sentence", "refs"),
    [
        # what a body's meeting sent, by its month
        ("A response from Cabinet in September 2022 outlined the agreed actions.",
         [(date(2022, 9, 1), "month")]),
        # ... never a thing sent by the council
        ("A letter from the County Council in March 2023 was noted.", []),
        # a meeting chaired or attended on a day, as one held
        ("The Board heard of the first meeting of the Health Advisory Council which was "
         "chaired by the Mayor on 30 January.", [(date(2023, 1, 30), "day")]),
        ("The meeting was attended by twenty residents.", []),
    ],
)
def test_a_meeting_sent_from_or_chaired(sentence: str, refs: list[tuple[date, str]]) -> None:
    assert [(r.date, r.precision) for r in _read(sentence).meeting_refs] == refs


def test_two_errands_joined_by_and_are_two_followups() -> None:
    """A second errand with a subject of its own after "and" is a request of its own; a
    second clause that goes on with the first errand (a pronoun), or two who are told of one
    thing, stays one."""
    it = _read("The Clerk would write to the owner and the Chair would contact the MP.")
    assert [f.text for f in it.followups] == ["The Clerk would write to the owner",
                                              "the Chair would contact the MP."]
    it = _read("Members asked that the figures be circulated and that the Panel receive more "
               "information at its next meeting.")
    assert len(it.followups) == 2
    # a second member by title after a capitalised word: two promises, not two names joined
    it = _read("Cllr Penrose would look at the Mill Lane Allotments and report back to the "
               "next Open Spaces Meeting and Cllr Tarrant would look at the Brook Field.")
    assert [f.text for f in it.followups] == [
        "Cllr Penrose would look at the Mill Lane Allotments and report back to the next Open "
        "Spaces Meeting", "Cllr Tarrant would look at the Brook Field."]
    for one in ("The Equality Champion had agreed to investigate the matter and that he would "
                "report back to the Board.",
                "The Chair requested that the Chief Executive and Leader of the Council be "
                "notified of the request."):
        assert len(_read(one).followups) == 1


@pytest.mark.parametrize(
    ("sentence", "n"),
    [
        # an action line's doer and errand run on after a comma or "and"
        pytest.param("The bench is damaged, Clerk to obtain quotes.", 1, id="errand-mid-comma"),
        pytest.param("Members discussed the drain and the Clerk to write to Highways.", 1,
                     id="errand-mid-and"),
        pytest.param("The letter from the Clerk to the Council was noted.", 0,
                     id="post-to-its-council-mid-sentence"),
        # one who acts, what they did, then "and" and what they will do
        pytest.param("The Clerk had contacted Highways and would chase them again.", 1,
                     id="did-and-would-chase"),
        pytest.param("The Trust had closed the ward and would reopen it in May.", 0,
                     id="a-body-did-and-plans"),
        # a past clause, then "and that" a future one
        pytest.param("The officer explained that the scheme had been delayed and that a further "
                     "report would be brought to the next meeting.", 1,
                     id="past-and-that-future"),
        pytest.param("The officer explained that the scheme had been delayed and that the "
                     "report had been withdrawn.", 0, id="past-and-that-past"),
        # an action column's marker after the matter's title on its line
        pytest.param("Footpaths Action: Clerk to write to the landowner", 1,
                     id="titled-action-line"),
        pytest.param("Grass cutting Action: None", 0, id="titled-action-none"),
    ],
)
def test_errands_in_the_middle_of_a_sentence_or_after_a_title(sentence: str, n: int) -> None:
    assert len(_read(sentence).followups) == n


def test_two_titled_action_lines_are_two_points() -> None:
    """Two lines of an action column, each with its own marker, are two points even when
    they share a word."""
    it = _read("Graffiti removal Action: Some tags to be cleared By: Cllr CM\n\n"
               "Public rights of way Action: Some paths to be cleared By: Clerk\n")
    assert len(it.followups) == 2


@pytest.mark.parametrize(
    ("sentence", "n"),
    [
        # a deferral noted without its article or verb
        pytest.param("Carried forward to next meeting.", 1, id="carried-forward-no-article"),
        pytest.param("Item deferred to next agenda.", 1, id="item-deferred-no-article"),
        pytest.param("The item was not deferred to the next meeting.", 0, id="not-deferred"),
        pytest.param("Agenda item for next meeting.", 1, id="agenda-item-next-meeting"),
        # a body asked to do an errand after the meeting, not business at the table
        pytest.param("The Management Board was asked to pursue this concern.", 1,
                     id="board-asked-to-pursue"),
        pytest.param("The Panel was asked to consider the recommendations.", 0,
                     id="panel-asked-to-consider"),
        # a past verb in a clause set apart after the request
        pytest.param("A further report would be brought to the next meeting, as the figures "
                     "had not been received.", 1, id="request-then-past-apart"),
        pytest.param("The figures had been received and were circulated.", 0,
                     id="past-report"),
    ],
)
def test_deferrals_errands_of_a_body_and_a_past_after_the_request(sentence: str,
                                                                  n: int) -> None:
    assert len(_read(sentence).followups) == n


@pytest.mark.parametrize(
    ("sentence", "n"),
    [
        pytest.param("The website had been updated, so the Clerk would circulate the link to "
                     "members.", 1, id="state-reported-then-request"),
        pytest.param("Since the report had been delayed, it would be brought to the next "
                     "meeting.", 1, id="cause-then-request"),
        pytest.param("As the matter had been discussed before, Members had requested a "
                     "presentation.", 0, id="request-reported-after-a-state"),
    ],
)
def test_a_state_reported_before_a_request_in_its_own_clause(sentence: str, n: int) -> None:
    assert len(_read(sentence).followups) == n


@pytest.mark.parametrize(
    ("sentence", "n"),
    [
        pytest.param("It was agreed that members would have a copy of this list.", 1,
                     id="agreed-members-have-a-copy"),
        pytest.param("It was agreed that members would receive an update in March.", 1,
                     id="agreed-members-receive-an-update"),
        pytest.param("It was agreed that the scheme would have a budget of £5,000.", 0,
                     id="agreed-scheme-has-a-budget"),
    ],
)
def test_a_thing_agreed_to_be_handed_to_members(sentence: str, n: int) -> None:
    assert len(_read(sentence).followups) == n


@pytest.mark.parametrize(
    ("sentence", "posts"),
    [
        # an office whose name joins its words with "and" is one post's body, not two posts
        ("The Chief Executive of the Office of the Police and Crime Commissioner spoke.",
         {"Chief Executive of the Office of the Police and Crime Commissioner"}),
        ("The Chief Finance Officer of the Police, Fire and Crime Commissioner spoke.",
         {"Chief Finance Officer of the Police, Fire and Crime Commissioner"}),
        # negative: two posts joined by "and" are still two
        ("The Chief Constable and Police and Crime Commissioner spoke.",
         {"Chief Constable", "Police and Crime Commissioner"}),
        ("The Director of Finance and Chief Fire Officer attended.",
         {"Director of Finance", "Chief Fire Officer"}),
    ],
)
def test_an_office_named_with_and_is_one_post(sentence: str, posts: set[str]) -> None:
    assert _kinds(_read(sentence), "post") == posts


def test_a_public_body_before_and_with_a_name_of_no_kind() -> None:
    """"Westbury Town Council and Tidy-Up": the run names nothing as a whole, yet the council
    before the "and" is named by its place and head. A head after the "and" goes on with
    the name: no police force is cut from a police and crime panel."""
    it = _read("The Clerk would send the signed contracts to Westbury Town Council and "
               "Tidy-Up.")
    assert "Westbury Town Council" in _kinds(it, "organisation")
    it = _read("The officer had met Northvale Police and Greenacre at the site.")
    assert "Northvale Police" in _kinds(it, "organisation")
    it = _read("The report went to the Northvale Police and Crime Panel in June.")
    assert "Northvale Police" not in _kinds(it, "organisation")


def test_a_council_by_its_full_name_opening_a_title() -> None:
    """"Westshire County Council Speed Limit Review Order 2010": a council named in full
    (place, tier, "Council") opens an item's title about a thing of its, and is named; the
    programme after it keeps its own name. A generic "County Council" opens no name, and a
    post after the council is its post."""
    it = _read("Eastbury District Council Community Safety Plan 2021/24: responses are due by "
               "15 March.")
    assert "Eastbury District Council" in _kinds(it, "organisation")
    assert "Community Safety Plan 2021/24" in _kinds(it, "programme")
    it = _read("Westshire County Council Speed Limit Review Order: this was received.")
    assert "Westshire County Council" in _kinds(it, "organisation")
    it = _read("The County Council Highways Programme was noted.")
    assert _kinds(it, "organisation") == set()


def test_the_councils_gazetteer_lists_each_council_once() -> None:
    """kg/data/nlp/councils.toml names each council once (a county council that became a
    unitary one is listed among the unitary councils only), and no council abolished before
    2000 under a name no minutes of today print ("Herefordshire County Council", gone in
    1974: it is "Herefordshire Council")."""
    from kg.patterns import councils_data

    for forms in councils_data().values():
        lower = [f.lower() for f in forms]
        assert sorted({f for f in lower if lower.count(f) > 1}) == []
    assert "Herefordshire County Council" not in councils_data()["names"]


def test_councils_by_names_with_lower_case_words_inside() -> None:
    """The gazetteer of councils (kg/data/nlp/councils.toml) reads whole the names the
    head-word rules cut at an "of" or a lower-case word: "East Riding of Yorkshire Council",
    "Kingston upon Hull City Council", "the London Borough of Hammersmith and Fulham". A
    place alone is no council, and "upon" after a verb joins nothing."""
    it = _read("Letters had come from East Riding of Yorkshire Council, Kingston upon Hull "
               "City Council and the London Borough of Hammersmith and Fulham.")
    assert {"East Riding of Yorkshire Council", "Kingston upon Hull City Council",
            "London Borough of Hammersmith and Fulham"} <= _kinds(it, "organisation")
    it = _read("The Chair called upon Councillor Hale, who had moved to Kingston upon Thames.")
    assert _kinds(it, "organisation") == set()


def test_a_joint_bodys_roll_by_the_council_members_represent() -> None:
    """"Representing Westshire County Council:" heads a joint body's roll: the council is
    named, without the word that introduces it."""
    it = _read("Representing Westshire County Council: Councillors Hale and Osei.")
    assert "Westshire County Council" in _kinds(it, "organisation")
    assert not any(o.startswith("Representing") for o in _kinds(it, "organisation"))


def test_a_council_by_its_short_form_in_brackets_after_a_member() -> None:
    """A joint body's roll names the council each member sits for in brackets by its short
    form ("Cllr Jo Hale (Cheshire East)", councils.toml's ``short``): a council there. The
    same words with no person before them are a place, and a bracket of other words after
    a person is no council."""
    it = _read("Apologies were received from Cllr Jo Hale (Cheshire East) and Councillor Ann "
               "Osei (Forest of Dean).")
    assert {"Cheshire East", "Forest of Dean"} <= _kinds(it, "organisation")
    it = _read("The walk ran from Cheshire East (via the canal) to the Forest of Dean.")
    assert _kinds(it, "organisation") == set()
    it = _read("Apologies were received from Cllr Jo Hale (Eastbury Ward).")
    assert _kinds(it, "organisation") == set()


def test_a_person_then_the_council_they_serve_with_no_comma() -> None:
    """"Jo Dale Westshire County Council officers", "Mr Tom Pell Eastbury Council": a
    person's name, then the body they serve, printed with no comma; the place opens the
    body, not the surname. A known council's name is taken whole ("Ann Osei Cheshire East
    Council")."""
    it = _read("Prior to the meeting Jo Dale and Ravi Allen Westshire County Council officers "
               "gave an update.")
    assert "Westshire County Council" in _kinds(it, "organisation")
    assert "Ravi Allen" in _kinds(it, "person")
    it = _read("Mr Tom Pell Eastbury Council and Ann Osei Cheshire East Council attended.")
    assert {"Eastbury Council", "Cheshire East Council"} <= _kinds(it, "organisation")
    assert {"Tom Pell", "Ann Osei"} <= _kinds(it, "person")
    it = _read("Councillor Hale Westshire Police attended.")
    assert _kinds(it, "person") == {"Hale"}


def test_a_long_run_of_capitals_after_a_members_name_is_read_not_a_crash() -> None:
    """Whether a body follows a member's name is asked of each capitalised word after it in
    turn; a run of a thousand capitals ("Cllr Jo Hale Westshire Westshire …") is walked in
    a loop, and the page is read, not lost to a RecursionError."""
    text = ("Minutes of the Audit Committee held on 3 May 2023\n\nPresent: Cllr Jo Hale "
            + "Westshire " * 1200 + "\n\n1. Report\n\nThe report was noted.\n")
    minutes = extract(text)
    read_prose([(text, minutes)])
    assert [it.title for it in minutes.items] == ["Report"]


def test_known_bodies_are_looked_up_not_scanned() -> None:
    """The known bodies' names (over a thousand with the councils gazetteer) are looked up
    by a name's first word or by each of its endings, never scanned one by one for every
    word of a page: with a list that refuses to be walked through, a known body at a word
    ("One Voice Wales"), a name ending in one ("Westshire Women's Aid") and a long name
    going on past a lower-case word read just as they do with the list itself."""
    from dataclasses import replace

    from kg.nlp.lexicon import lexicon
    from kg.nlp.names import ORG, _known_body_at, _known_body_continued, head_kind

    class Unscanned(frozenset):
        def __iter__(self):
            raise AssertionError("the known bodies were scanned one by one")

    doc = pipeline()("Jo Hale met One Voice Wales and the Department of Levelling up, "
                     "Communities and Housing about the Westshire Women's Aid refuge.")
    words = [t.text for t in doc]
    one, dept, up = words.index("One"), words.index("Department"), words.index("up")

    def reading(lex) -> tuple:
        return (_known_body_at(doc, one, lex), _known_body_at(doc, words.index("Jo"), lex),
                _known_body_continued(doc, dept, up, lex),
                head_kind(["westshire", "women's", "aid"], lex),
                head_kind(["westshire", "village", "hall"], lex))

    lex = lexicon()
    assert reading(lex) == (True, False, words.index("Housing") + 1, ORG, None)
    assert reading(replace(lex, org_known=Unscanned(lex.org_known))) == reading(lex)


@pytest.mark.parametrize(
    "sentence",
    ["The hedge by the school needs cutting back and Greenways will look at this.",
     "Once the survey is in, RT will notify the landowner.",
     "Mrs Ann Osei agreed to talk to the farmer about the stile.",
     "The council will address this with the tenants of the allotments.",
     "The chairman and vice-chairman will decide how the hall is to be let."],
)
def test_an_agent_with_a_future_and_a_verb_of_action_is_a_followup(sentence: str) -> None:
    """The grammar of an errand, however a council words it (agent_will): one who acts
    (a name or post in capitals, initials, a lower-case "the council"), "will", "is to",
    "agreed to" or "was asked to", then a verb of action from action_verbs.toml."""
    assert [f.text for f in _read(sentence).followups] == [sentence]


@pytest.mark.parametrize(
    "sentence",
    ["The Scrutiny Committee will meet on 14 March 2025.",
     "The Chair will then invite Members to declare their interests.",
     "As she lived near the site, she would remove herself from the room.",
     "The Clerk had written to the landowner about the stile.",
     "The next meeting will be held on 4 May at the village hall.",
     "The Housing Scheme will deliver 200 homes by 2026.",
     "The Trust will be responsible for the building."],
)
def test_an_agent_with_a_future_but_no_errand_is_no_followup(sentence: str) -> None:
    """A body meeting on a date, the chair's business at the meeting, leaving the room, work
    already done and a state to come are no errand, whatever the subject and tense."""
    assert _read(sentence).followups == []


@pytest.mark.parametrize(
    "sentence",
    ["It was agreed to resurface the car park before the winter.",
     "The Council resolved to survey the footpaths in the spring.",
     "Cllr Hale promised to tidy the bus shelter.",
     # an adverb between "to" and the verb; sending an invitation
     "Councillors resolved to further advertise the vacancy in the Brambleford News.",
     "It was agreed to extend an invitation to the Ward Member to attend future meetings.",
     # what the meeting decided is to be reported to the police is an errand
     "It was agreed that the damage to the bus shelter be reported to the police."],
)
def test_agreed_to_any_verb_of_action_is_a_followup(sentence: str) -> None:
    """"agreed to", "resolved to", "promised to" with any verb of action (action_verbs.toml),
    not only the errands councils' clerks are most often sent on."""
    assert [f.text for f in _read(sentence).followups] == [sentence]
    assert _read("The Council agreed to co-opt Mr Hale to fill the vacancy.").followups == []
    assert _read("It was resolved to set the precept at £12,000.").followups == []
    assert _read("The contractor who had offered to repair the wall was unable to start."
                 ).followups == []


@pytest.mark.parametrize(
    "sentence",
    ["The Clerk is in the process of finalising the list of contacts.",
     "Westfield Landscapes is monitoring the trees on the green.",
     "Eastbury Highways are currently investigating the flooding at the ford."],
)
def test_work_in_hand_by_one_who_acts_is_a_followup(sentence: str) -> None:
    """Work in hand, whoever words it (agent_at_work): one who acts, "is" or "are" and a verb
    of action at work now, or "in the process of" one."""
    assert [f.text for f in _read(sentence).followups] == [sentence]


@pytest.mark.parametrize(
    "sentence",
    ["The Clerk is currently following up the complaint from Westshire Highways.",
     "Greenways are currently cutting back the hedges by the school.",
     "The contractor is trimming the hedges on Mill Lane.",
     "Jo Hale is looking into the flooding at the ford.",
     "The Clerk is submitting the bid to the Westshire Lottery Fund.",
     "Eastbury Diggers are digging the new pond on the green."],
)
def test_work_in_hand_on_a_phrasal_verb_or_one_that_doubles_its_last_letter(
        sentence: str) -> None:
    """"is following up", "are cutting back", "is submitting": a phrasal verb of action takes
    its -ing on its first word, and a verb that doubles its last letter
    (action_verbs.toml's double_final) doubles it."""
    assert [f.text for f in _read(sentence).followups] == [sentence]


@pytest.mark.parametrize(
    "sentence",
    ["Jo Dale is attending on behalf of the Director of Public Health.",
     "The Working Groups are progressing well.",
     "Westshire Fire and Rescue is consulting on its risk plan.",
     "It is monitoring the results.",
     "The Clerk had monitored the trees on the green."],
)
def test_presence_progress_and_consultations_are_not_work_in_hand(sentence: str) -> None:
    """Someone present for another, how work goes, a public consultation, a subject that acts
    for nobody, and work done are no errand in hand."""
    assert _read(sentence).followups == []


def test_invited_to_act_is_asked_to_act() -> None:
    """"has been invited to inspect …": one invited to do a thing of action is asked to; one
    invited to attend, or to raise questions at the meeting, is not."""
    sentence = "The Environment Agency have now been invited to inspect the culvert."
    assert [f.text for f in _read(sentence).followups] == [sentence]
    assert _read("The Chair of the Board had been invited to attend for this item.").followups \
        == []
    assert _read("Members of the Panel were invited to raise questions or comments.").followups \
        == []


@pytest.mark.parametrize("sentence", ["Greenways to clear the ditch by the school.",
                                      "Linz to meet the warden on site."])
def test_an_action_line_by_any_name_with_a_verb_of_action(sentence: str) -> None:
    """"Linz to meet the warden": an action line whose doer is a name the rules do not know
    (a nickname, a contractor) is an errand when its verb is one of action
    (action_verbs.toml); the meeting's own business ("Members to note …") is not."""
    it = _read(sentence)
    assert [f.text for f in it.followups] == [sentence]
    assert it.followups[0].assigned_to == sentence.split()[0]
    assert _read("Members to note the report.").followups == []
    assert _read("Everyone to enjoy the fete.").followups == []
    # a question opening a matter's title is no doer: "How to engage …" names a topic
    assert _read("How to engage young people - the Youth Officer reported on progress.")\
        .followups == []
    assert _read("Where to site the new bench was discussed at length.").followups == []


@pytest.mark.parametrize("sentence", [
    "Application to erect a two storey rear extension at Mill Farm was considered.",
    "Works to repair the bus shelter on Westshire Road were completed in March.",
    "Funding to purchase the defibrillator was received from Eastbury Rotary.",
    "Plans to build 40 houses off Hale Lane were noted.",
    "Proposals to replace the streetlights by the green were noted.",
    "Grant to buy the new bench: the Clerk reported.",
])
def test_a_thing_to_be_done_is_no_action_lines_doer(sentence: str) -> None:
    """"Application to erect …", "Works to repair … were completed": a noun phrase of a
    thing to be done, with a finite verb of its own after it or a head noun of
    followups.toml's not_doers, is no action line, whatever verb of action follows its
    "to"."""
    assert _read(sentence).followups == []


@pytest.mark.parametrize("sentence", ["Linz to look into the flooding at the ford.",
                                      "Greenways to follow up the complaint about the verge.",
                                      "Linz to clear the ditch as it is blocked.",
                                      "Greenways to check the gate is locked."])
def test_an_action_line_by_any_name_with_a_phrasal_verb_of_action(sentence: str) -> None:
    """"Linz to look into …": a phrasal verb of action (action_verbs.toml's "look into",
    "follow up") makes an action line by any name, as a one-word verb does; a finite verb in
    a clause of its own after the errand ("as it is blocked", "check the gate is locked")
    leaves it one."""
    it = _read(sentence)
    assert [f.text for f in it.followups] == [sentence]
    assert it.followups[0].assigned_to == sentence.split()[0]


@pytest.mark.parametrize(("sentence", "n"), [
    ("Ms Hale has undertaken to write to the landowner about the hedge.", 1),
    # work described in the passive, and a stance held: no one has taken on an errand
    ("Work was being undertaken to develop the local provider market.", 0),
    ("Repairs have been undertaken to repair the bus shelter roof.", 0),
    ("The Council is committed to improve the condition of its footpaths.", 0),
])
def test_undertaken_to_in_the_passive_is_no_promise(sentence: str, n: int) -> None:
    assert len(_read(sentence).followups) == n


@pytest.mark.parametrize(("sentence", "expected"), [
    # national schemes named with no head word, by their names and aliases (schemes.toml)
    ("Residents asked about the HS2 works near the village.", {"HS2"}),
    ("Volunteers joined the Pride of Place litter pick on Saturday.", {"Pride of Place"}),
    ("Officers described the Start for Life offer for new parents.", {"Start for Life"}),
    # a scheme's name inside a title that names nothing as a whole
    ("The Nutrient Neutrality Update was noted.", {"Nutrient Neutrality"}),
    # a hyphened form of a known scheme, in lower case
    ("Councillor Ada Hollis had mentioned speed-watch information.", {"speed-watch"}),
    # the years of one edition after a known scheme's name, two-figure years after a dash
    ("The Treasury Management Strategy Statement 2023/24 was approved.",
     {"Treasury Management Strategy Statement 2023/24"}),
    ("The Local Plan 2019 - 20 was noted.", {"Local Plan 2019 - 20"}),
    # an ordinal, and a sum joined to its unit, open the name
    ("The 21st Century Schools Programme was approved.", {"21st Century Schools Programme"}),
    ("Proposals for the £100M Affordable Housing Scheme were noted.",
     {"£100M Affordable Housing Scheme"}),
    # a named energy development
    ("The enquiry into the Brenig Wind Farm was discussed.", {"Brenig Wind Farm"}),
])
def test_round_22_schemes_and_name_openings(sentence: str, expected: set[str]) -> None:
    assert _kinds(_read(sentence), "programme") == expected


@pytest.mark.parametrize("sentence", [
    # the words of a scheme's name in lower case, as an idiom
    "The new bench took pride of place on the green.",
    # a farm by its name is a place, and a wind farm with no name of its own names none
    "The footpath at Manor Farm was blocked.",
    "The Wind Farm was discussed.",
    # a sum in lower-case units before a name does not open it, and a number after a
    # scheme's name that counts something is no edition
    "A £2m grant was noted.",
])
def test_round_22_no_scheme_named(sentence: str) -> None:
    assert _kinds(_read(sentence), "programme") == set()


def test_the_bodies_gazetteer_is_well_formed() -> None:
    """kg/data/nlp/bodies.toml lists each national body once, in lower case, and leaves out
    initials that stand for more than one thing in council business ("CAP", "PCC", "SAS",
    "DBS", "MOD", "RIBA": a design stage's) and names that are ordinary words ("Shelter")."""
    from kg.patterns import bodies_data

    names = bodies_data()["names"]
    assert len(names) == len(set(names)) > 300
    assert all(n == n.lower().strip() and n for n in names)
    assert not {"cap", "pcc", "sas", "dbs", "mod", "riba", "nice", "shelter", "ombudsman"} \
        & set(names)


@pytest.mark.parametrize(("sentence", "body"), [
    ("Mr Tom Zedd of HIE had agreed to fund the study.", "HIE"),
    ("RSM had been appointed as internal auditors from April.", "RSM"),
    ("There will be a meeting between the planners and SSEN.", "SSEN"),
    ("The range is owned by the Defence Infrastructure Organisation and is closed.",
     "Defence Infrastructure Organisation"),
    ("The new route was backed by Grant Thornton and PSAA.", "PSAA"),
    ("It was advised that the Scouts should write to the Clerk.", "Scouts"),
    ("Ms Tia Vell of the YJB had asked for the figures.", "YJB"),
    ("Two places had been found by the Youth Custody Service in May.", "Youth Custody Service"),
    ("Advice had been taken from ACAS on the new contracts.", "ACAS"),
    ("A visit to the Eden Project was planned for June.", "Eden Project"),
])
def test_national_bodies_by_names_with_no_head_word(sentence: str, body: str) -> None:
    """The gazetteer of national bodies (kg/data/nlp/bodies.toml) reads as bodies the names
    and short forms minutes print with no head word that would tell a body: an enterprise
    agency's initials, an audit firm, an electricity network, a charity."""
    assert body in _kinds(_read(sentence), "organisation")


def test_a_short_form_left_out_of_the_bodies_gazetteer_is_no_body() -> None:
    """Initials the gazetteer leaves out for standing for more than one thing ("CAP",
    "RIBA", whose stages a design passes) and names the rules do not know stay unread as
    bodies."""
    assert _kinds(_read("The design had reached RIBA Stage 3 in March."), "organisation") \
        == set()
    assert _kinds(_read("Farmers spoke about CAP reform."), "organisation") == set()
    assert _kinds(_read("The Nice weather helped the fete."), "organisation") == set()


def test_a_known_council_after_a_members_comma_is_no_list_of_surnames() -> None:
    """"Cllr Jo Hale, Perth and Kinross Council": a known council whose name has an "and"
    inside (councils.toml) after a member's comma is the council, not a list of members
    "Perth" and "Kinross". Members listed under one title still are."""
    it = _read("Apologies were received from Cllr Jo Hale, Perth and Kinross Council, and "
               "Ms Ann Osei, Argyll and Bute Council.")
    assert {"Perth and Kinross Council", "Argyll and Bute Council"} <= _kinds(it, "organisation")
    assert not {"Perth", "Argyll", "Kinross Council", "Bute Council"} & (
        _kinds(it, "person") | _kinds(it, "organisation"))
    it = _read("Present: Councillors Hale, Osei and Brook.")
    assert {"Hale", "Osei", "Brook"} <= _kinds(it, "person")


def test_an_honour_after_a_name_opens_no_bodys_name() -> None:
    """"Councillor J Hale OBE Westshire County Council": the honour is the member's, and the
    body after it is named without it. Negative: with no body after it, the honour names
    nothing."""
    it = _read("Present: Councillor J Hale OBE Westshire County Council and others.")
    assert "Westshire County Council" in _kinds(it, "organisation")
    assert not any(o.startswith("OBE") for o in _kinds(it, "organisation"))
    it = _read("Councillor J Hale OBE attended the ceremony.")
    assert _kinds(it, "organisation") == set()


@pytest.mark.parametrize(("sentence", "n"), [
    # putting business off, calling a meeting, complaining, setting right (action_verbs.toml)
    ("As the figures were not ready it was agreed to defer this item to the next meeting.", 1),
    ("After discussion, it was agreed to call a special meeting to draft a response.", 1),
    ("Zed Parish Council will complain to the Post Office.", 1),
    # a decision there and then is none
    ("It was agreed to increase the precept by two per cent.", 0),
])
def test_errands_of_putting_off_calling_and_complaining(sentence: str, n: int) -> None:
    assert len(_read(sentence).followups) == n


@pytest.mark.parametrize(("sentence", "n"), [
    ("Q Zedd will look to ascertain the level of interest.", 1),
    ("The Clerk stated that, as it was an election year, she would be sending out new "
     "register of interest forms.", 1),
    ("He said that he would be launching a campaign to save the cafe.", 1),
    # what one will be doing, said of them, not said by them to be done; "be returning to",
    # "be seeking to": a state or an aim, no errand
    ("He would be forwarding questions in due course.", 0),
    ("The Leader advised that Councillor Zedd would be returning to the portfolio.", 0),
    ("Zedco Audit would be seeking to discharge their duties under the code.", 0),
])
def test_an_errand_set_about_or_in_the_future_progressive(sentence: str, n: int) -> None:
    """"will look to ascertain", "would be sending out": one who acts, the future, then a
    verb of action after "look to" or in its -ing form (agent_will)."""
    assert len(_read(sentence).followups) == n


@pytest.mark.parametrize(("sentence", "n"), [
    ("A complaint has been received about the yellow lines. These will be repainted.", 1),
    ("It was reported that the gate was broken. This would be rectified next year.", 1),
    ("After some discussion it was agreed that the footpath map would be revised.", 1),
    # said of anything else, or run on into more, it describes a plan
    ("A new supermarket will be built at Zed Green.", 0),
    ("Payments will be issued under the delegated emergency operation procedure for the "
     "rest of the year as agreed by the Council in March.", 0),
    ("It was resolved that no working group should be established.", 0),
])
def test_a_short_future_passive_of_a_verb_of_action(sentence: str, n: int) -> None:
    """"These will be repainted.": the matter in hand ("This", "These") or what the meeting
    agreed, then "will be" and a verb of action's participle (future_passive)."""
    assert len(_read(sentence).followups) == n


@pytest.mark.parametrize(("sentence", "n"), [
    ("It was agreed to discuss this at the next Town Hall meeting.", 1),
    ("The Clerk has received the fees of other cemeteries and will provide recommendations "
     "to the next parish meeting.", 1),
    ("Jo Zedd (Council) to confirm what the grant can be spent on.", 1),
    ("Dilys and Rhian to draft a letter to the auditor.", 1),
    ("Cllr Zedd undertook an action to prepare a draft press release.", 1),
    ("Bin outside the corner shop cannot be moved.", 0),
    ("Executive Action was taken to repair the gate.", 0),
    ("These requirements state that agendas should be circulated five clear days before.", 0),
    ("A further opportunity for questions would be provided at the end of the meeting.", 0),
    ("Items of a confidential nature to be debated in the absence of the press and public.",
     0),
    ("It was noted that Councillor Zedd would no longer be a Member.", 0),
    ("Parish Plan – money to be left in the account until the committee reforms.", 0),
])
def test_follow_up_shapes_of_new_councils(sentence: str, n: int) -> None:
    """Shapes the s2324 pages showed: a meeting to come named in lower case, an agreement to
    act at it, a doer with a bracketed body or two given names, an action taken on as a
    noun; and what is none: an errand negated, an action reported taken, what rules lay
    down, this meeting's own business, a state kept."""
    assert len(_read(sentence).followups) == n


def test_a_run_on_action_line_names_who_acts() -> None:
    it = _read("The report was discussed, but a letter needed to be sent, Dilys and Rhian to "
               "draft a letter to the auditor.")
    assert len(it.followups) == 1
    assert it.followups[0].assigned_to == "Dilys and Rhian"


def test_a_post_held_at_or_for_a_council_is_the_post_alone() -> None:
    """"Acting Area Manager at Westshire Council" and "Head of Legal Services for Eastby
    County Borough Council" are posts the councils employ: readers list the post alone, the
    whole form kept as its other name. A seat "for" a council is no such post ("Member for
    Westshire Council"), nor is a post "of" the council ("Chairman of the Parish Council")."""
    it = _read("Ann Dale (Acting Area Manager at Westshire Council) attended. Mr Bo Reid "
               "(Head of Legal Services for Eastby County Borough Council) introduced the report. "
               "The Chairman of the Parish Council thanked them.")
    posts = _posts_with_aliases(it)
    assert posts["Acting Area Manager"] == ["Acting Area Manager at Westshire Council"]
    assert posts["Head of Legal Services"] == [
        "Head of Legal Services for Eastby County Borough Council"]
    assert "Chairman of the Parish Council" in posts
    from kg.patterns import load
    from kg.prose import _post_held_at

    assert _post_held_at("Member for Westshire Council", load()) is None
    assert _post_held_at("Lead Member for the Fire Authority", load()) is None
    assert _post_held_at("County Councillors for Westshire Council", load()) is None


def test_a_body_and_a_post_run_on_is_the_post() -> None:
    """"Westmoor National Park Authority and Chairman of the Forum", a member's body and her
    post run on as a roll prints them, is the post alone; two posts joined by "and" stay one
    post ("Director of Finance and Deputy Chief Executive")."""
    from kg.prose import _post_after_body_and

    assert _post_after_body_and("Westmoor National Park Authority and Chairman of the Forum") \
        == "Chairman of the Forum"
    assert _post_after_body_and("Director of Finance and Deputy Chief Executive") is None
    assert _post_after_body_and("Police and Crime Commissioner") is None
    assert _post_after_body_and("North Wales Police and Crime Commissioner") is None


def test_a_bracket_left_open_after_a_post_is_no_part_of_it() -> None:
    """"a report of the Head of Housing.(to follow)" broken at the bracket: the post is the
    "Head of Housing"; a post's own closed bracket stays ("Director (Place)")."""
    from kg.prose import _RX_OPEN_NOTE

    assert _RX_OPEN_NOTE.sub("", "Head of Housing.(to") == "Head of Housing"
    assert _RX_OPEN_NOTE.sub("", "Clerk (see") == "Clerk"
    assert _RX_OPEN_NOTE.sub("", "Director (Place)") == "Director (Place)"
    assert _RX_OPEN_NOTE.sub("", "Clerk. (see") == "Clerk"
    assert _RX_OPEN_NOTE.sub("", "Clerk ,(see") == "Clerk "


def test_a_bracket_left_open_is_sought_once_over_a_blank_run() -> None:
    """A label with a long run of blanks and no bracket is searched in time that grows with
    it, not with its square: each blank is read once, not again from each place in the run."""
    from kg.prose import _RX_OPEN_NOTE

    start = time.perf_counter()
    assert _RX_OPEN_NOTE.search("Clerk" + " " * 30000 + "x") is None
    assert time.perf_counter() - start < 1


def _posts_with_aliases(it: Item) -> dict[str, list[str]]:
    return {m.label: m.aliases for m in it.mentions if m.kind == "post"}


def test_a_post_with_its_body_after_a_comma_or_in_brackets_has_its_bare_name() -> None:
    """"Chief Officer, Westshire HSCP" (a roll's post, then where it is held) is the "Chief
    Officer" too, and "Head of Finance (Acting)" the "Head of Finance"; a portfolio after
    the comma ("Corporate Director, Finance & Resources") stays part of the post."""
    from kg.prose import _bare_post_name

    bodies = {"Westshire Council"}
    assert _bare_post_name("Chief Officer, Westshire HSCP", bodies) == "Chief Officer"
    assert _bare_post_name("Executive Director, Westshire", bodies) == "Executive Director"
    assert _bare_post_name("Staffside Lead for Westshire Council (Acting)", bodies) == (
        "Staffside Lead")
    assert _bare_post_name("Corporate Director, Finance & Resources", bodies) is None
    assert _bare_post_name("Service Manager, Public Protection", bodies) is None
    posts = _posts_with_aliases(_read("Sam Osei, Head of Finance (Acting), attended."))
    assert "Head of Finance" in posts["Head of Finance (Acting)"]
    # the holder by her initials, or the post's service said again, in the brackets; a
    # post's own bracket stays part of it
    assert _bare_post_name("Democratic Services Officer (M Bell)", bodies) == (
        "Democratic Services Officer")
    assert _bare_post_name("Head of Legal Services (Legal Services)", bodies) == (
        "Head of Legal Services")
    assert _bare_post_name("Executive Director (Performance)", bodies) is None


def test_two_posts_printed_as_one_title_carry_the_title_as_another_name() -> None:
    """"Secretary/Director of People", "Chief Fire Officer & Chief Executive": each post is
    read, and the title as printed is a name of each; a post on its own has no such name."""
    posts = _posts_with_aliases(_read(
        "The Secretary/Director of People and the Chief Fire Officer & Chief Executive "
        "reported; the Treasurer agreed."))
    assert "Secretary/Director of People" in posts["Secretary"]
    assert "Secretary/Director of People" in posts["Director of People"]
    assert "Chief Fire Officer & Chief Executive" in posts["Chief Executive"]
    assert posts["Treasurer"] == []


@pytest.mark.parametrize(("sentence", "post"), [
    ("The Mayor welcomed the Town Crier to the meeting.", "Town Crier"),
    ("The Verderer reported on grazing in the forest.", "Verderer"),
    ("The Webmaster would update the website.", "Webmaster"),
    ("The Lead Pharmacist presented the report.", "Lead Pharmacist"),
    ("The Mace Bearer led the procession.", "Mace Bearer"),
])
def test_civic_parish_and_health_posts_from_the_lexicon(sentence: str, post: str) -> None:
    """Civic, parish and NHS posts the lexicon's heads name (lexicon.toml [posts] heads)."""
    assert ("post", post) in _names(_read(sentence))


@pytest.mark.parametrize("sentence", [
    "A bearer bond was mentioned.",
    "The Westshire Examiner reported the meeting.",
    "Local pharmacists were consulted.",
])
def test_heads_that_need_a_qualifier_make_no_post_alone(sentence: str) -> None:
    """"bearer", "pharmacist" alone, in the plural or in lower case are no post; a newspaper
    named "Examiner" is none."""
    assert not _kinds(_read(sentence), "post")


@pytest.mark.parametrize(("sentence", "post"), [
    ("Alderman Jo Hale moved the motion.", "Alderman"),
    ("Depute Lord Provost Jo Hale thanked the officers.", "Depute Lord Provost"),
    ("Detective Superintendent Jo Hale presented the report.", "Detective Superintendent"),
    ("Area Commander Osei presented the report.", "Area Commander"),
    ("Dist Cllr Hale gave a report.", "Dist Cllr"),
])
def test_a_rank_or_office_before_a_name_is_a_post(sentence: str, post: str) -> None:
    names = _names(_read(sentence))
    assert ("post", post) in names
    assert any(kind == "person" for kind, _ in names)


def test_a_roll_capacity_has_the_names_of_its_posts() -> None:
    """A roll's capacity keeps its other names (Attendee.capacity_aliases): each post of a
    joined title, the post bracketed after a seat, the post an officer attends for; a
    capacity of one plain post has none."""
    text = ("Minutes of the Parish Council held on 3 May 2023\n\nPresent: Cllr R. Zedd "
            "(Westshire Council Member (Chair)), A. Bell (Clerk/RFO), T. Amble (for Head of "
            "Legal Services), P. Lusk (Treasurer)\n\n1. Report\n\nThe report was noted.\n")
    minutes = extract(text)
    read_prose([(text, minutes)])
    aliases = {a.capacity: a.capacity_aliases for a in minutes.attendance if a.capacity}
    assert {"Clerk", "RFO"} <= set(aliases["Clerk/RFO"])
    assert aliases.get("Treasurer") == []
    assert any("Head of Legal Services" in v for v in aliases.values())


def test_a_roll_capacity_without_the_initials_of_its_body() -> None:
    """A roll's post printed with the initials of the body it is held in before or after it
    ("WXLEP Chief Executive", "Partnerships Officer WCC") has the post alone as another
    name, when the document names that body by them; a post's own field ("HR") stays."""
    text = ("Minutes of the Board held on 3 May 2017\n\nPresent: Tamsin Polglaze (Chair), "
            "Ines Varga\n\nIn attendance: Tomas Orrell, WXLEP Chief Executive; Jo Penhale, "
            "Partnerships Officer WCC; Ann Bell, HR Business Partner\n\n1. Report\n\nThe "
            "WXLEP Skills Trust had written to Westshire County Council (WCC).\n")
    minutes = extract(text)
    read_prose([(text, minutes)])
    aliases = {a.capacity: a.capacity_aliases for a in minutes.attendance if a.capacity}
    assert "Chief Executive" in aliases["WXLEP Chief Executive"]
    assert "Partnerships Officer" in aliases["Partnerships Officer WCC"]
    assert "Business Partner" not in aliases["HR Business Partner"]


def test_a_post_elected_in_a_heading_in_capitals() -> None:
    """"ELECTION OF CHAIRMAN", "APPOINTMENT OF RESPONSIBLE FINANCIAL OFFICER": a post the
    heading elects is read, in title case; other headings in capitals name no post."""
    text = ("Minutes of the Parish Council held on 3 May 2023\n\n1. ELECTION OF CHAIRMAN\n\n"
            "Cllr Hale was elected.\n\n2. APPOINTMENT OF RESPONSIBLE FINANCIAL OFFICER\n\n"
            "Agreed.\n\n3. REPORT OF THE CLERK ON HIGHWAYS\n\nNoted.\n")
    posts = _page_labels(text, "post")
    assert {"Chairman", "Responsible Financial Officer"} <= posts
    assert not {p for p in posts if p.isupper()}


def test_a_body_by_its_initials_and_a_name_after_a_posts_comma_end_the_post() -> None:
    """"Network Manager, WLC Alice Hale": a roll run on, the post then the holder's body by
    its initials and the next person; a portfolio after the comma stays the post's."""
    names = _names(_read("In attendance: Jo Osei, Network Manager, WLC Alice Hale, "
                         "Roads Manager."))
    assert ("post", "Network Manager") in names
    assert not any(kind == "post" and "Alice" in label for kind, label in names)


@pytest.mark.parametrize(("sentence", "post"), [
    ("Reimbursement of Clerk’s expenses was agreed.", "Clerk"),
    ("Approval of the RFO's salary was agreed.", "RFO"),
])
def test_a_post_paid_after_of_in_a_possessive_is_named(sentence: str, post: str) -> None:
    """"Reimbursement of Clerk’s expenses": the post before "'s" and what it is paid
    (lexicon.toml [posts] addresses) is named, after the run's "of"; a body's possessive is
    no post."""
    assert ("post", post) in _names(_read(sentence))
    assert not _kinds(_read("Review of Westshire Council's hours was agreed."), "post")


def test_a_post_wrapped_after_its_ampersand_is_one_post() -> None:
    """A roll's column of posts wraps a long title after its "&" ("Director of Adult
    Services &" / "Health"): one post. A line of prose ending in "and" runs into no name
    on the next line."""
    posts = _page_labels("Minutes of the Governing Body held on 3 May 2023\n\n1. Present\n\n"
                         "Jo Hale attended.\nDirector of Adult Services &\nHealth\n"
                         "Sam Osei attended.\n", "post")
    assert "Director of Adult Services & Health" in posts
    names = _names(_read("Two officers came from the Police and\nLengthsman Jo Hale was absent."))
    assert not any("Police and" in label for _, label in names)


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("The Board considered a report of the Director of\nCorporate Resources which set out "
         "the budget.", "Director of Corporate Resources"),
        ("Officers: Jo Hale, Head of Change and\n   Improvement, and Sam Osei, Clerk.",
         "Head of Change and Improvement"),
        ("Ann Bell, Business Manager for Finance and\nCorporate Governance, was welcomed.",
         "Business Manager for Finance and Corporate Governance"),
    ],
)
def test_a_post_wrapped_after_its_of_or_and_is_one_post(text: str, post: str) -> None:
    """A post's title wrapped after its "of", "for" or "and" (a column of officers, prose
    cut to a width) runs on to the next line: one post, not "Director" or "Head of Change"."""
    assert post in _kinds(_read(text), "post")


@pytest.mark.parametrize(
    ("text", "post", "cut"),
    [
        ("The Board received a report of the Director of Public\nHealth on the winter plan.",
         "Director of Public Health", "Director of Public"),
        ("Officers: Jo Hale, Head of Adult\nSocial Care, and Sam Osei, Clerk.",
         "Head of Adult Social Care", "Head of Adult"),
        ("Officers: Chief Executive, Director of Finance and Strategic\nSupport, Clerk.",
         "Director of Finance and Strategic Support", "Director of Finance and Strategic"),
    ],
)
def test_a_post_wrapped_after_a_qualifying_word_is_one_post(text: str, post: str,
                                                               cut: str) -> None:
    """A post's title wrapped at a line's end after a word that qualifies the noun after it
    and ends no portfolio ("Public", "Adult", "Strategic": lexicon.toml [posts]
    unfinished_qualifiers) runs on to the next line: one post, not the title cut at the
    qualifier."""
    posts = _kinds(_read(text), "post")
    assert post in posts and cut not in posts


def test_a_qualifying_word_at_a_lines_end_wraps_onto_no_person_or_after_a_whole_post() -> None:
    """A qualifier at a line's end after a post's "of" goes on onto more of the title only:
    not onto a person on the next line, nor after a whole post with no "of" before it."""
    names = _names(_read("The Head of Adult\nJo Hale attended."))
    assert not any("Adult Jo" in label for _, label in names)
    posts = _kinds(_read("Sam Osei, Chief Executive Public\nRelations were discussed."), "post")
    assert not any("Relations" in p for p in posts)
    # nor onto the page's number a PDF prints between two pages
    posts = _kinds(_read("Ann Bell, Executive Director for Regional\nPage 1 of 11 Declarations"),
                   "post")
    assert not any("Page" in p for p in posts)


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("Officers present: Head of Legal\nMinutes of the last meeting were agreed.",
         "Head of Legal"),
        ("The Board received a report of the Head of Commercial\nThat the report be noted.",
         "Head of Commercial"),
        ("The Board received a report of the Director of Corporate\nResolved that it be noted.",
         "Director of Corporate"),
        ("The Board received a report of the Director of Public\nMembers noted the plan.",
         "Director of Public"),
    ],
)
def test_a_qualifier_at_a_lines_end_wraps_onto_no_new_sentence(text: str, post: str) -> None:
    """A word that may end a portfolio ("Legal", "Commercial": not in lexicon.toml [posts]
    unfinished_qualifiers), or a qualifier before a word that opens a sentence and no name
    ("Minutes", "That", "Resolved", "Members": [chunks] not_name_start), ends the post at the
    line's end: the next line is a new sentence, not the title's last word."""
    assert _kinds(_read(text), "post") == {post}


@pytest.mark.parametrize(
    ("text", "post", "cut"),
    [
        ("Members were advised that the appropriate Portfolio\nHolder would take the decision.",
         "Portfolio Holder", "Holder"),
        ("The Chair welcomed Ann Bell, Sales Manager, and Carl Dean, Technical\nDirector from "
         "Northvale Fibre Ltd.", "Technical Director", "Director"),
        ("Tom Orme, Eastmoor Police, and Ann Bell, Chief\nSuperintendent, Westshire Police, "
         "were welcomed.", "Chief Superintendent", "Superintendent"),
        ("The Committee thanked Councillor Vane, the Vice\n   Chair, for her work.",
         "Vice Chair", "Chair"),
    ],
)
def test_a_post_wrapped_after_its_rank_or_qualifier_is_one_post(text: str, post: str,
                                                                  cut: str) -> None:
    """A title wrapped at a line's end after the rank or qualifier before its head ("Vice" /
    "Chair", "Portfolio" / "Holder", "Technical" / "Director": lexicon.toml [posts] ranks and
    wrapped_before_head) runs on to the head on the next line: one post, not the head alone."""
    posts = _kinds(_read(text), "post")
    assert post in posts and cut not in posts


def test_a_qualifier_at_a_lines_end_joins_no_whole_post_nor_a_non_head() -> None:
    """Only the words before a head join it across the line: a whole post at a line's end
    stays apart from the post on the next ("Chief Executive" / "Director of Finance"), and a
    rank before a word that heads no post runs into nothing ("Deputy" / "Members noted")."""
    posts = _kinds(_read("Present: the Chief Executive\nDirector of Finance Jo Hale."), "post")
    assert {"Chief Executive", "Director of Finance"} <= posts
    names = _names(_read("Sam Osei, the Senior\nMembers noted the report."))
    assert not any("Senior Members" in label for _, label in names)


def test_a_line_after_a_posts_and_that_opens_a_person_or_a_post_is_no_wrap() -> None:
    """A post that ends its line with "and" before a person's title or another post on the
    next is two things, and a line of prose ending in "of" after no post runs into nothing."""
    posts = _kinds(_read("Present: the Director of Finance and\nMr A Bell, and the Head of "
                         "Planning and\nHead of Legal Services."), "post")
    assert "Director of Finance" in posts and "Head of Legal Services" in posts
    assert not any("Bell" in p or "Planning and" in p for p in posts)
    names = _names(_read("Residents of\nWestby Parish attended."))
    assert not any("of Westby" in label for _, label in names)
    # after a comma the line goes on to a body, whose own "and" the line ended on
    names = _names(_read("Jo Hale, Head of Children and Families, Westshire and\nEastby HSCP, "
                         "attended."))
    assert not any("Families" in label and "Eastby" in label for _, label in names)


@pytest.mark.parametrize(
    ("text", "post", "not_in"),
    [
        # a body on the next line is the post's body, read as on one line with a comma
        ("A report of the Director of\nWestshire County Council was noted.", "Director",
         "Westshire"),
        ("The Leader of the Council and\nWestshire County Council agreed to meet.",
         "Leader of the Council", "Westshire"),
        # a person opening the next line, after the post's "and"
        ("The Chair of the Finance Committee and\nTom Quarrel attended.",
         "Chair of the Finance Committee", "and"),
        # the holders of a post after its "and", not a second area
        ("The Clerk of the Council and\nMembers noted the report.", "Clerk of the Council",
         "Members"),
        # "for" after a whole title, or before a month, opens no area of it
        ("A report of the Head of Finance for\nApproval was noted.", "Head of Finance",
         "Approval"),
        ("The Head of Service for\nJanuary was noted.", "Head of Service", "January"),
    ],
)
def test_a_posts_line_end_runs_on_to_no_body_person_holders_or_date(
        text: str, post: str, not_in: str) -> None:
    """A post's line that ends in "of", "for" or "and" is wrapped only onto more of its
    title: a body, a person, the post's holders or a month on the next line are things of
    their own (a roll's column puts the post over its body; prose goes on after a title)."""
    posts = _kinds(_read(text), "post")
    assert post in posts
    assert not any(not_in in p.split() for p in posts)
    assert not any(label.endswith(" and") or "and Westshire" in label
                   for _, label in _names(_read(text)))


def test_a_posts_plural_area_after_its_of_is_wrapped() -> None:
    """Only after "and" is a plural of a post its holders: after "of" it is the post's area
    ("Chair of" / "Governors" is one post, as on one line)."""
    assert "Chair of Governors" in _kinds(_read("The Chair of\nGovernors wrote to the council."),
                                          "post")


def test_a_long_run_of_surnames_after_commas_is_read_in_time() -> None:
    """"Councillors Bell, Bell, …": whether a comma lists the areas of one title ("Police,
    Fire and Crime Commissioner") is asked at every comma of the run; each run is read once,
    not again from each comma (read from each, 16,000 characters took 10 s and these 150,000
    some 20 minutes). A title's areas are still read so. (A hang guard on CPU time, five
    minutes: read linearly it takes seconds of CPU, though minutes of the clock on a heavily
    loaded machine; the quadratic reading took 20 minutes.)"""
    sentence = "The Members present were Councillors " + "Bell, " * 25000 + "and Dean.\n"
    with finishes(within=300, cpu=True):
        it = _read(sentence)
    assert "Dean" in _kinds(it, "person")
    assert "Police, Fire and Crime Commissioner" in _kinds(
        _read("The Police, Fire and Crime Commissioner spoke."), "post")


def test_a_name_with_many_inner_topics_is_read_once() -> None:
    """Topics inside a name ("the GP Out of Hours Service": ``posts.of_topics``) are all
    made one word in one pass: joined one at a time, the name was read again for each, its
    whole length every time (quadratic, and too deep to recurse on a long run)."""
    from kg.nlp.lexicon import lexicon
    from kg.nlp.names import PROGRAMME, head_kind

    words = ["gp", *["out", "of", "hours", "night"] * 3000, "service"]
    with finishes(within=60, cpu=True):
        assert head_kind(words, lexicon()) == head_kind(["gp", "night", "service"], lexicon())
    assert head_kind(["gp", "out", "of", "hours", "service"], lexicon()) == PROGRAMME


def test_a_long_column_of_posts_wrapped_after_each_ampersand_is_read_in_time() -> None:
    """A roll's column of posts wrapped after each "&" is one run of words; whether its
    pieces are generic references is asked of every split at every "and", each piece once:
    asked afresh, a run of 22 joined pieces took minutes, and a page of them never ended."""
    from kg.nlp.lexicon import lexicon
    from kg.nlp.names import _generic

    text = " & ".join(["head of operations"] * 22)
    with finishes(within=60, cpu=True):
        assert _generic(text, lexicon()) is False
    assert _generic("county and district councils", lexicon()) is True
    column = ("Minutes of the Audit Committee held on 3 May 2023\n\nPresent: Cllr Jo Hale\n\n"
              "1. Report\n\n" + "Head of Operations &\n" * 30 + "Head of Finance\n\nNoted.\n")
    minutes = extract(column)
    read_prose([(column, minutes)])
    assert [it.title for it in minutes.items] == ["Report"]


@pytest.mark.parametrize("sentence", [
    "Mind the step when entering the hall, the Clerk said.",
    "Groundwork has started on the new pavilion.",
    "Pins were bought for the noticeboard.",
    "Macmillan had written to the Parish Council.",
    "The route of High Speed 2 was discussed.",
])
def test_ordinary_words_and_surnames_are_no_national_bodies(sentence: str) -> None:
    """bodies.toml holds no name that is an ordinary word at a sentence's start ("Mind",
    "Groundwork", "Pins") or a common surname ("Macmillan"), and HS2 the railway is a scheme,
    not a body; their full names are bodies still."""
    assert _kinds(_read(sentence), "organisation") == set()


def test_national_bodies_by_their_full_names_stay_bodies() -> None:
    """The full names kept where a short one was taken out of bodies.toml."""
    orgs = _kinds(_read("Mind Cymru, Groundwork UK and Macmillan Cancer Support had written "
                        "to the Clerk."), "organisation")
    assert {"Mind Cymru", "Groundwork UK", "Macmillan Cancer Support"} <= orgs


def test_an_office_and_its_deputys_named_together_are_no_one_title() -> None:
    """"The Chairman & Vice-Chairman", "the Mayor / Deputy Mayor": two people's posts named
    together, neither another name of the other; "Clerk/RFO" is one person's title still."""
    posts = _posts_with_aliases(_read(
        "The Chairman & Vice-Chairman and the Mayor / Deputy Mayor thanked the Clerk/RFO."))
    assert posts["Chairman"] == []
    assert posts["Vice-Chairman"] == []
    assert posts["Mayor"] == []
    assert posts["Deputy Mayor"] == []
    assert "Clerk/RFO" in posts["Clerk"]


def test_a_post_elected_in_capitals_keeps_its_small_words_in_lower_case() -> None:
    """"APPOINTMENT OF CLERK TO THE COUNCIL": the longest post the heading names, labelled
    "Clerk to the Council" as prose prints it (not "Clerk To The Council")."""
    text = ("Minutes of the Parish Council held on 3 May 2023\n\n1. APPOINTMENT OF CLERK TO "
            "THE COUNCIL\n\nAgreed.\n")
    posts = _page_labels(text, "post")
    assert "Clerk to the Council" in posts
    assert "Clerk To The Council" not in posts


@pytest.mark.parametrize(
    "sentence",
    [
        # a resolution's subjunctive keeps the meeting informed
        "RESOLVED – (a) That Jo Example be thanked for her presentation, and (b) that the "
        "panel be kept informed of further progress.",
        # a post and its portfolio after a comma, before the subjunctive verb
        "RESOLVED: That the Corporate Director, Adult Social Care Services provide Cabinet "
        "with a detailed response within three months.",
        # reported promises: a verb of saying, a pronoun, "would"/"could" and an errand
        "He confirmed that he would continue to contact the water company about the leak.",
        "She said that she could arrange a further information session for residents.",
        "The Leader spoke, noting that he would be inviting the minister to visit the county.",
        "Mr Example agreed to start looking at some possibilities for the site.",
        "Rubbish around the container would be cleared soon.",
        "That a recommendation be made to Full Council that the budget be set at £30000.",
        "It was suggested and agreed we should write to the MP about the bus service.",
    ],
)
def test_requests_in_resolutions_and_reported_speech_are_followups(sentence: str) -> None:
    assert len(_read(sentence).followups) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        # said of the speaker's stand or state, no errand
        "He said he would not be attending the next meeting.",
        "She said they would support the bid.",
        # news of what was said before the meeting, or what the meeting was told it may do
        "The owner has indicated he will apply to retain the access road.",
        "Members were advised that they could contact the officer by telephone.",
        # a plan with no time near, and something made already
        "A new supermarket will be built on the site of the old depot.",
        "An application was made to the lottery fund last year.",
        "Members were informed that the road had been closed.",
        "It was discussed and agreed the scheme would be of benefit.",
    ],
)
def test_stands_news_and_things_done_are_no_followups(sentence: str) -> None:
    assert _read(sentence).followups == []


def test_a_directed_ask_in_the_subjunctive_is_no_question_put() -> None:
    """"(3) officers be asked for information on how …": the meeting directs the ask; "how"
    makes no question answered on the spot."""
    text = ("RESOLVED that:\n\n(1) officers be asked to produce a diagram of the process; and\n\n"
            "(2) officers be asked for information on how the process operates in other "
            "boroughs.\n")
    assert len(_read(text).followups) == 2


@pytest.mark.parametrize(("text", "found"), [
    # "7. To consider the budget – It was RESOLVED: That …" on one line
    ("Minutes of the Amenities Committee held on 3 May 2023\n\n"
     "Present: Cllr A Example (Chair), Cllr B Sample\n\n"
     "1. To consider committee budget 2024/2025 – It was RESOLVED: That a "
     "recommendation be made to Full Council that the budget be set at £30000.\n"
     "2. To receive an update on the play area - It was RESOLVED: That the report be "
     "noted.\n",
     ["It was RESOLVED: That a recommendation be made to Full Council that the budget be set "
      "at £30000."]),
    # a point's number, the agenda line wrapped onto a second line, "it was agreed" in
    # lower case after a colon
    ("Minutes of the Footpaths Working Group held on 3 May 2023\n\n"
     "Present: Cllr A Example (Chair), Cllr B Sample\n\n"
     "34. Grants\n"
     "34.3 To consider application to the County Council grants scheme for\n"
     "footpath improvements: it was agreed to look into this scheme to ascertain "
     "whether\nsmaller projects could be part funded.\n",
     ["it was agreed to look into this scheme to ascertain whether smaller projects could be "
      "part funded."]),
], ids=["dash-resolved", "hard-wrapped-lower-case"])
def test_an_agenda_line_and_its_decision_are_cut_apart(text: str, found: list[str]) -> None:
    """"7. To consider the budget – It was RESOLVED: That …", "34.3 To consider the grants
    scheme for\nfootpaths: it was agreed to look into …": the agenda's purpose bars the line
    no longer; the decision after the dash or colon is read on its own."""
    minutes = extract(text)
    read_prose([(text, minutes)])
    assert [f.text for h in minutes.prose for f in h.followups] == found


# Round 23: organisations on unseen councils' pages.

def test_a_persons_name_stops_before_a_known_bodys_name() -> None:
    """"Officer Tom Zedd Natural England", "Cllr Jo Quill Bath and North East Somerset
    Council": a roll printed with no commas; the known body (bodies.toml, councils.toml) is
    no part of the person's name, and a council with an "and" inside is one body."""
    it = _read("Present: Officer Tom Zedd Natural England and Cllr Jo Quill Bath and North "
               "East Somerset Council.")
    orgs = _kinds(it, "organisation")
    assert {"Natural England", "Bath and North East Somerset Council"} <= orgs
    assert "North East Somerset Council" not in orgs


def test_a_known_council_with_an_and_after_of_stays_in_the_post() -> None:
    """"Chair of Bath & North East Somerset Council" is a post still: the known council is
    not split from the words before it when they end in "of"."""
    it = _read("The Chair of Bath & North East Somerset Council attended.")
    assert "Chair of Bath & North East Somerset Council" in _kinds(it, "post")


def test_two_known_councils_are_no_variants_of_one_another() -> None:
    """"North Somerset Council" is not a shorter name of "Bath and North East Somerset
    Council": two known councils named on one page are two bodies."""
    it = _read("Letters came from North Somerset Council and from Bath and North East "
               "Somerset Council.")
    orgs = {m.label: m.aliases for m in it.mentions if m.kind == "organisation"}
    assert {"North Somerset Council", "Bath and North East Somerset Council"} <= set(orgs)


@pytest.mark.parametrize(("sentence", "body"), [
    ("A petition about the pool at Seven Hills School was received.", "Seven Hills School"),
    ("Pupils from Three Rivers Academy spoke.", "Three Rivers Academy"),
])
def test_a_number_word_opens_a_bodys_name_inside_a_sentence(sentence: str, body: str) -> None:
    assert body in _kinds(_read(sentence), "organisation")


@pytest.mark.parametrize(("sentence", "orgs"), [
    ("In attendance (6) Two PSNI Staff Members.", {"PSNI"}),
    ("Two Members spoke against it.", set()),
    ("The meeting noted that Three Parish Councillors had resigned.", set()),
])
def test_a_number_word_counting_people_opens_no_name(sentence: str, orgs: set[str]) -> None:
    assert _kinds(_read(sentence), "organisation") == orgs


def test_a_flattened_rolls_body_begins_after_the_last_person() -> None:
    """A roll printed as one run of people and bodies: the body after the last given name
    and surname is named alone, not with the people before it."""
    it = _read("Present: Don Zedd Parishes Representative Paul Hale Westbury Society Ann Quill "
               "National Trust Cllr Jo Bell.")
    orgs = _kinds(it, "organisation")
    assert {"Westbury Society", "National Trust"} <= orgs
    assert not any("Hale" in o or "Zedd" in o for o in orgs)


def test_a_flattened_roll_of_people_and_their_councils_parts_every_row() -> None:
    """A forum's roll of members and the councils they come from, printed as one run: each
    council ends where the next row's person begins, a given name no list holds too once
    rows with known ones show the roll; a body's name that runs on into a capitalised word
    after its head, with no person there, is left whole."""
    it = _read("Present: Jo Hale Eastby Parish Council Paul Zedd Westby Town Council Zorvan "
               "Quill Northby Parish Council Ann Bell Southby District Council.")
    orgs = _kinds(it, "organisation")
    assert {"Eastby Parish Council", "Westby Town Council", "Northby Parish Council",
            "Southby District Council"} <= orgs
    assert not any("Zedd" in o or "Quill" in o or "Bell" in o for o in orgs)
    one = _read("The Westby Town Council Youth Forum had met; Northby Trust Grants Panel "
                "agreed.")
    assert "Westby Town Council Youth Forum" in _kinds(one, "organisation")


@pytest.mark.parametrize(("sentence", "org"), [
    ("The Westby Academy Trust Ellen Wilkinson School had applied.",
     "Westby Academy Trust Ellen Wilkinson School"),
    ("The Westby Housing Association John Lewis Partnership agreement was noted.",
     "Westby Housing Association John Lewis Partnership"),
])
def test_one_body_named_after_a_person_is_no_roll(sentence: str, org: str) -> None:
    """A body's head then a known given name and surname, once in prose, is one name that
    holds a person's: a roll's rows are parted only where another row near by shows the
    roll."""
    assert org in _kinds(_read(sentence), "organisation")


def test_a_rolls_attendance_column_is_no_part_of_a_bodys_name() -> None:
    """A roll's table of bodies, people and attendance read as one line: "Present" and
    "Apologies" end the name before them and open none, and a person after them is no part
    of the body that follows."""
    it = _read("Westbury Wildlife Trust Cllr Jo Bell Voting member Present Northvale Farmers "
               "Union Paul Zedd Voting member Apologies Eastbury Heritage Network Ann Quill "
               "Attending member Present.")
    orgs = _kinds(it, "organisation")
    assert {"Northvale Farmers Union", "Eastbury Heritage Network"} <= orgs
    assert not any(o.split()[0] in ("Present", "Apologies") for o in orgs)
    assert _kinds(_read("Apologies Paul Zedd Zedco Ltd."), "organisation") == {"Zedco Ltd."}


@pytest.mark.parametrize(("sentence", "post", "body"), [
    ("Ann Quill, Supporting Officer Westbury Wildlife Trust, gave the update.",
     "Supporting Officer", "Westbury Wildlife Trust"),
    ("Cllr Jo Bell, Leader Northvale City Council Don Zedd - Head of Economy, spoke.",
     "Leader", "Northvale City Council"),
    ("Don Zedd, Chair Ashby & Eastbury Playing Field Association, spoke.",
     "Chair", "Ashby & Eastbury Playing Field Association"),
])
def test_a_post_printed_before_its_body_is_no_part_of_the_bodys_name(
        sentence: str, post: str, body: str) -> None:
    """A roll's post run onto the body it is held in, with no comma or "of" between: the
    post is named, and the body alone."""
    it = _read(sentence)
    assert body in _kinds(it, "organisation")
    assert post in _kinds(it, "post")


@pytest.mark.parametrize("body", ["Chief Fire Officers Association", "Head Start Trust"])
def test_a_body_whose_name_opens_with_a_posts_word_keeps_its_name(body: str) -> None:
    assert body in _kinds(_read(f"A grant came from the {body}."), "organisation")


def test_a_council_is_no_short_form_of_an_association_of_councils() -> None:
    """"Westbury Council" and the "Westbury Association of Town & Parish Councils" in one
    page are two bodies: the council's head is what the association gathers."""
    text = ("Minutes of the AONB Partnership held on 3 May 2023\n\n1. Report\n\n"
            "Westbury Council and the Westbury Association of Town & Parish Councils sent "
            "their views.\n")
    minutes = extract(text)
    read_prose([(text, minutes)])
    assert set(found_by_extractor(minutes).names["organisations"]) == {
        "Westbury Council", "Westbury Association of Town & Parish Councils"}


def test_a_council_by_its_place_and_tier_initials_is_the_council_named_in_full() -> None:
    """"Westshire CC" and "Westshire County Council" in one page are one council, and so are
    "Eastby DC" in the roll and "Eastby District Council" in the items, and "Northby CBC"
    and "Northby County Borough Council": the short form is the place and the tier's
    initials, then "C". Negative: where two councils of the place fit ("Newby City Council",
    "Newby County Council") the short form stays apart, and a short form whose initials
    are another tier's ("Southby DC" beside "Southby Town Council") is another council."""
    text = ("Minutes of the Westshire Community Safety Partnership held on 3 May 2023\n\n"
            "Present: Ann Vane (Eastby DC), Tom Hale (Westshire Police)\n\n1. Report\n\n"
            "Westshire County Council and Eastby District Council had funded the scheme. "
            "Westshire CC would write again. Northby County Borough Council agreed; Northby CBC "
            "would report. Newby City Council and Newby County Council met; Newby CC would "
            "write. Southby Town Council and Southby DC objected.\n")
    minutes = extract(text)
    read_prose([(text, minutes)])
    found = found_by_extractor(minutes).names["organisations"]
    assert set(found) == {
        "Westshire County Council", "Eastby District Council", "Northby County Borough Council",
        "Newby City Council", "Newby County Council", "Newby CC", "Southby Town Council",
        "Southby DC", "Westshire Police"}
    assert {"westshire cc", "westshire county council"} <= found["Westshire County Council"]
    assert "eastby dc" in found["Eastby District Council"]


def test_a_principal_council_named_with_fewer_tier_words_is_the_gazetteers_council() -> None:
    """"Caerphilly County Council" on a page that names the "Caerphilly County Borough
    Council" is that council (the gazetteer's name holds the words the shorter one has), and
    "Edinburgh Council" is also the "City of Edinburgh Council", as readers may list it.
    Negative: "Durham City Council" (a tier the gazetteer's "Durham County Council" lacks)
    stays a council of its own, and so does a council the gazetteer does not know."""
    text = ("Minutes of the Westshire Archives Joint Committee held on 3 May 2023\n\n"
            "1. Report\n\nCaerphilly County Borough Council had agreed the budget; "
            "Caerphilly County Council would pay its share. Edinburgh Council sent a letter. "
            "Durham City Council and Durham County Council replied, as did Westby Town "
            "Council.\n")
    minutes = extract(text)
    read_prose([(text, minutes)])
    found = found_by_extractor(minutes).names["organisations"]
    assert set(found) == {"Caerphilly County Borough Council", "Edinburgh Council",
                          "Durham City Council", "Durham County Council", "Westby Town Council"}
    assert "caerphilly county council" in found["Caerphilly County Borough Council"]
    assert "city of edinburgh council" in found["Edinburgh Council"]
    assert found["Durham City Council"] == {"durham city council"}


def test_a_councils_gazetteer_name_is_given_to_that_council_alone() -> None:
    """"Durham Council" on a page that names the "Durham City Council" (which the gazetteer
    lacks) is joined to that city council by its words, and so takes no "Durham County
    Council" as another name: a gazetteer name is given to the council it names, never to
    another body the shorter name was joined to (an altLabel is a join key across
    documents: the city council would meet the county council's every node)."""
    text = ("Minutes of the Westshire Archives Joint Committee held on 3 May 2023\n\n"
            "1. Report\n\nDurham City Council had agreed the budget. Durham Council would pay "
            "its share. Newport Town Council agreed; Newport Council would write.\n")
    minutes = extract(text)
    read_prose([(text, minutes)])
    found = found_by_extractor(minutes).names["organisations"]
    assert found == {"Durham City Council": {"durham city council", "durham council"},
                     "Newport Town Council": {"newport town council", "newport council"}}


def test_a_shorter_councils_name_fitting_two_councils_of_the_page_stays_apart() -> None:
    """A roll of members of "Durham City Council" and "Durham County Council" leaves "Durham
    Council" in the items apart: either may be meant, and the page does not say which (as
    with a short form that fits two councils), so it has no gazetteer name either. Control:
    with a town council of another place in the roll, "Durham Council" is the roll's
    county council."""
    def orgs(roll: str) -> dict[str, set[str]]:
        text = ("Minutes of the Westshire Archives Joint Committee held on 3 May 2023\n\n"
                f"Present: Councillor A Bell ({roll}), Councillor C Dean (Durham County "
                "Council)\n\n1. Report\n\nDurham Council would pay its share.\n")
        minutes = extract(text)
        read_prose([(text, minutes)])
        return found_by_extractor(minutes).names["organisations"]

    assert orgs("Durham City Council")["Durham Council"] == {"durham council"}
    assert "Durham Council" not in orgs("Westby Town Council")
    assert "durham council" in orgs("Westby Town Council")["Durham County Council"]


@pytest.mark.parametrize(("sentence", "label", "code"), [
    ("The Clerk reported that QRF money would pay for the bench.", "QRF money", "QRF"),
    ("The S278 monies were received.", "S278 monies", "S278"),
])
def test_a_fund_named_by_its_code_and_a_word_of_money_is_the_code_too(
        sentence: str, label: str, code: str) -> None:
    """"QRF money": the fund named by its code, which readers list alone as often."""
    it = _read(sentence)
    found = [m for m in it.mentions if m.kind == "programme" and m.label == label]
    assert found and code in found[0].aliases


@pytest.mark.parametrize(("sentence", "programme"), [
    ("The farm had received a Farming in Protected Landscapes grant for the year.",
     "Farming in Protected Landscapes"),
    ("Item 8 – Farming in Protected Landscapes Update was taken next.",
     "Farming in Protected Landscapes"),
    ("The Help to Buy scheme was noted.", "Help to Buy scheme"),
    ("They asked to list the Plough Inn as an Asset of Community Value.",
     "Asset of Community Value"),
])
def test_a_national_schemes_name_with_a_lower_case_word_is_read_whole(
        sentence: str, programme: str) -> None:
    """"Farming in Protected Landscapes": a national scheme's name holding a lower-case word
    that joins no name ("in", "to") is one programme where printed so, not two names."""
    assert programme in _kinds(_read(sentence), "programme")


@pytest.mark.parametrize(("sentence", "body"), [
    ("A donation was made to the Westshire Air Ambulance.", "Westshire Air Ambulance"),
    ("There was a debate in the House of Commons on the bill.", "House of Commons"),
])
def test_bodies_named_with_no_head_word(sentence: str, body: str) -> None:
    assert body in _kinds(_read(sentence), "organisation")


@pytest.mark.parametrize(("sentence", "body"), [
    ("A grant came from the Joseph Rowntree Foundation.", "Joseph Rowntree Foundation"),
    ("Patients at Prince Philip Hospital waited.", "Prince Philip Hospital"),
    ("Funding came from the Paul Hamlyn Foundation.", "Paul Hamlyn Foundation"),
])
def test_a_body_named_after_a_person_keeps_its_name(sentence: str, body: str) -> None:
    assert body in _kinds(_read(sentence), "organisation")


def test_a_firms_name_ends_at_its_legal_forms_full_stop() -> None:
    """"No. 402 Zedco Ltd. Repairs to street light": a payments list with no sentence break
    after the firm; the words after "Ltd." are the payment's purpose."""
    orgs = _kinds(_read("No. 402 Zedco Ltd. Repairs to street light. £11.75."), "organisation")
    assert orgs == {"Zedco Ltd."}


@pytest.mark.parametrize("sentence", [
    "14.2 Highways had raised an order to replace the post.",
    "On the speed sign, Highways had said they would contact him.",
])
def test_highways_acting_is_the_highway_authority(sentence: str) -> None:
    assert "Highways" in _kinds(_read(sentence), "organisation")


@pytest.mark.parametrize(("sentence", "body"), [
    ("The Clerk had passed the residents' letter to Mr Hale, Northshire Highways.", None),
    # a small word in capitals is no council's initials
    ("RE Highways: the pothole in Mill Lane is to be reported.", None),
    ("The AND Highways report was noted.", None),
    ("The Clerk had passed the residents' letter to Mr Hale, Herts Highways.",
     "Herts Highways"),
    ("The Clerk will report the pothole to LCC Highways.", "LCC Highways"),
    ("A contractor from Wiltshire Highways is working on it.", "Wiltshire Highways"),
])
def test_highways_after_a_councils_place_or_initials_is_its_highway_authority(
        sentence: str, body: str | None) -> None:
    """"Herts Highways", "LCC Highways": a county's short form, a council's place or its
    initials before the function name the highway authority, a body whether it acts or not;
    a made-up place's ("Northshire Highways") is no council's."""
    orgs = _kinds(_read(sentence), "organisation")
    assert (body in orgs) if body else not any(o.endswith("Highways") for o in orgs)


@pytest.mark.parametrize(("sentence", "body"), [
    ("Andy Hale, University Hospitals Westbury and Eastshire (UHWE), gave an update.",
     "University Hospitals Westbury and Eastshire"),
    ("Ann Bell (Westshire Local Pharmaceutical Committee) sent apologies.",
     "Westshire Local Pharmaceutical Committee"),
    ("The Westshire Local Medical Committee had written to the Board.",
     "Westshire Local Medical Committee"),
    ("Stuart Bell (AgeUK) and Helen Hale (Carers Centre) attended.", "AgeUK"),
])
def test_health_bodies_that_sit_on_boards_are_bodies(sentence: str, body: str) -> None:
    """An NHS trust named "University Hospitals" and its places, an area's local medical
    or pharmaceutical committee (no council's committee), Age UK spelt as one word."""
    assert body in _kinds(_read(sentence), "organisation")


@pytest.mark.parametrize("sentence", [
    "Highways had been informed of the pothole.",
    "The Highways team will visit the site.",
    "Highways and Footpaths were discussed.",
])
def test_highways_as_a_function_or_a_topic_is_no_body(sentence: str) -> None:
    assert "Highways" not in _kinds(_read(sentence), "organisation")


def test_the_council_whose_committee_met_is_the_host() -> None:
    """"This is a meeting of the Audit Committee of Westbury Borough Council held on …":
    the council is the host, no outside body; another council stays one."""
    text = ("Audit Committee\n\nThis is a meeting of the Audit Committee of Westbury Borough "
            "Council held on the 26th Jul 2022.\n\n1. Minutes of the previous meeting\n\n"
            "RESOLVED that Westbury Borough Council and Eastvale District Council agree the "
            "plan.\n")
    orgs = _page_labels(text, "organisation")
    assert "Westbury Borough Council" not in orgs
    assert "Eastvale District Council" in orgs


@pytest.mark.parametrize("opening", [
    "The Minutes of Westbury & Eastley Community Council held at Westbury Library at 7pm",
    "The meeting of the Westbury and Eastley Borough Council was held at the Town Hall",
])
def test_the_council_whose_minutes_these_are_is_the_host(opening: str) -> None:
    """"The Minutes of Westbury & Eastley Community Council held at …", "The meeting of the
    Westbury and Eastley Borough Council was held …": the council that met is the host, no
    outside body, though the page's heading names only a date; another council stays one."""
    council = opening.split(" of ", 1)[1].removeprefix("the ").split(" held")[0].split(
        " was")[0]
    text = (f"Minutes – 7 September 2021\n\n{opening} on Tuesday September 7th\n\n"
            "Apologies: Jo Hale, Cllr Sam Osei\n\nThose Present : Ann Bell Chair, Tom Reyes "
            "Treasurer\n\nCorrespondence\n\nA letter from Eastvale District Council about "
            "the plan was noted.\n")
    orgs = {label for kind, label in _all_names(text) if kind == "organisation"}
    assert council not in orgs
    assert "Eastvale District Council" in orgs


@pytest.mark.parametrize("opening", [
    "[DRAFT] Minutes of Westbury Community Council - Sunday 11th February 2018, 5.30pm",
    "WESTBURY COMMUNITY COUNCILMINUTES 6TH SEPTEMBER 2016",
    # a heading's words before the name ("MINUTES OF THE", "DRAFT MINUTES", "The") are
    # trimmed off it, not the whole match dropped
    "MINUTES OF THE WESTBURY COMMUNITY COUNCIL MEETING 6TH SEPTEMBER 2016",
    "DRAFT MINUTES WESTBURY COMMUNITY COUNCIL 6TH SEPTEMBER 2016",
    "The Westbury Community Council - Sunday 11th February 2018",
])
def test_the_council_its_opening_lines_name_is_the_host(opening: str) -> None:
    """A community council's page that names it in its opening line, before the roll, with
    no "held" after it: the council and its initials ("WCC") are the host, no outside body;
    a council named in the roll beside a member stays one."""
    text = (f"{opening}\n\nPresent: Ann Bell, Tom Reyes, Jo Hale (Eastley Parish Council)\n\n"
            "1. Correspondence\n\nIt was hoped that more members could be co-opted to the "
            "WCC. A letter from Westbury Community Council to Eastvale District Council was "
            "noted.\n")
    orgs = {label for kind, label in _all_names(text) if kind == "organisation"}
    assert not orgs & {"WCC", "Westbury Community Council"}
    assert "Eastvale District Council" in orgs


@pytest.mark.parametrize("opening", [
    "MINUTES OF THE WESTBURY COMMUNITY COUNCIL MEETING 6TH SEPTEMBER 2016",
    "DRAFT MINUTES WESTBURY COMMUNITY COUNCIL 6TH SEPTEMBER 2016",
    "The Westbury Community Council - Sunday 11th February 2018",
])
def test_a_headings_words_before_the_council_at_the_top_are_trimmed_off(opening: str) -> None:
    """"MINUTES OF THE …", "DRAFT MINUTES …", "The …": words of the heading before the
    council's name at a page's top (``council_heading_words``) are trimmed off it; the council
    is still named, not the whole match dropped."""
    from kg.prose import _council_at_top
    text = f"{opening}\n\nPresent: Ann Bell, Tom Reyes\n\n1. Correspondence\n\nNoted.\n"
    assert _council_at_top(text, extract(text), opening) == "westbury community council"


@pytest.mark.parametrize(("sentence", "group"), [
    ("Councillor Hale said the Conservative Group did not support the motion.",
     "Conservative Group"),
    ("Councillor Osei, leader of the Liberal Democrat Group, agreed.", "Liberal Democrat Group"),
    ("Councillor Bell spoke on behalf of the Labour group.", "Labour"),
    ("Councillor Reyes, leader of the Labour Party Group, agreed.", "Labour Party Group"),
    # a party whose name ends in "party": not read as "scottish national" alone
    ("Councillor Day said the Scottish National Party Group did not support the motion.",
     "Scottish National Party Group"),
    # a group named by its place on the council, not its party
    ("Councillor Day, leader of the Minority Group, moved an amendment.", "Minority Group"),
])
def test_a_partys_group_on_the_council_is_no_outside_body(sentence: str, group: str) -> None:
    """"the Conservative Group", "the Labour group": a party's members on the council, part
    of it as its committees are; the party itself stays a body."""
    text = ("Minutes of the Meeting of Westbury District Council held on 3 May 2021\n\n"
            f"1. Motion\n\n{sentence} The Green Party had written to the Council.\n")
    orgs = _page_labels(text, "organisation")
    assert group not in orgs
    assert "Green Party" in orgs


@pytest.mark.parametrize(("sentence", "body"), [
    ("Prof Sam Osei, Vice Chancellor of the University of Westbury, attended.",
     "University of Westbury"),
    ("Cllr Lee declared an interest as the Cabinet Member for Finance for Westshire County "
     "Council.", "Westshire County Council"),
])
def test_the_body_a_post_names_is_a_body_too(sentence: str, body: str) -> None:
    """"Vice Chancellor of the University of Westbury": the post, and the body it names;
    not a department ("Head of Legal Services") nor a function ("Director of Public
    Health")."""
    text = ("Minutes of the Meeting of Northvale Parish Council held on 3 May 2021\n\n"
            f"1. Declarations\n\n{sentence} Ms Day, Head of Legal Services, and Dr Bell, "
            "Director of Public Health, attended.\n")
    orgs = _page_labels(text, "organisation")
    assert body in orgs
    assert not {"Legal Services", "Public Health"} & orgs


def test_the_building_a_meeting_is_held_in_is_no_outside_body() -> None:
    """"The second is being held at the Northvale Bowls Club": the venue, which readers do not
    list; a club named otherwise ("a grant to Westbury Cricket Club") stays a body."""
    text = ("Minutes of the Meeting of Westbury Parish Council held on 3 May 2021\n\n"
            "1. Mayor's announcements\n\nThe first event is at the Town Hall. The second is "
            "being held at the Northvale Bowls Club on 19 January. A grant to Westbury Cricket "
            "Club was agreed.\n")
    orgs = _page_labels(text, "organisation")
    assert "Northvale Bowls Club" not in orgs
    assert "Westbury Cricket Club" in orgs


def test_the_own_body_by_its_initials_and_with_and_for_ampersand() -> None:
    """The minutes of "Westbury & District Community Council" name it as "Westbury and
    District Community Council" and "WDCC": both are the meeting's own body. Other
    initials stay bodies."""
    text = ("Minutes of Westbury & District Community Council meeting on 20 October 2020\n\n"
            "1. Report\n\nWestbury and District Community Council had written to the "
            "NIEA. WDCC would write again.\n")
    orgs = _page_labels(text, "organisation")
    assert not {"Westbury and District Community Council", "WDCC"} & orgs
    assert "NIEA" in orgs


@pytest.mark.parametrize(("text", "host", "other"), [
    # a contact line's gov.uk address names the council that published the page
    pytest.param("Cabinet - Wednesday 12 June 2019\n\nContact: Jo Hale Email: "
                 "jo.hale@westbury.gov.uk\n\n1. Report\n\nWestbury Council and Eastvale "
                 "Council had agreed the lease.\n",
                 "Westbury Council", "Eastvale Council", id="place"),
    # an address at the council's whole name ("@westburycouncil.gov.uk"), as its place alone
    pytest.param("Cabinet - Wednesday 12 June 2019\n\nContact: Jo Hale Email: "
                 "jo.hale@westburycouncil.gov.uk\n\n1. Report\n\nWestbury Council and "
                 "Eastvale Council had agreed the lease.\n",
                 "Westbury Council", "Eastvale Council", id="whole-name"),
    # a corporate parenting board is a committee of its council, no body of its own
    pytest.param("Corporate Parenting Board - Thursday, 18 June 2015 6.00 pm\n\nContact: Jo "
                 "Hale email: jo.hale@westshire.gov.uk\n\n1. Report\n\nWestshire County "
                 "Council and Eastvale Borough Council had agreed the placements.\n",
                 "Westshire County Council", "Eastvale Borough Council",
                 id="corporate-parenting-board"),
    # a health and wellbeing board is a committee of its council by law, as a corporate
    # parenting board is (readers do not list its host on such pages)
    pytest.param("Health and Wellbeing Board - Thursday, 18 June 2015 6.00 pm\n\nContact: Jo "
                 "Hale email: jo.hale@westshire.gov.uk\n\n1. Report\n\nWestshire County "
                 "Council and Eastvale Borough Council had agreed the plan.\n",
                 "Westshire County Council", "Eastvale Borough Council",
                 id="health-and-wellbeing-board"),
])
def test_the_council_of_the_contacts_address_is_the_host(text: str, host: str,
                                                          other: str) -> None:
    """A contact line's gov.uk address, at the council's place or its whole name, names the
    council that published the page: that council is the host, on a council committee's
    page (a cabinet's, a corporate parenting board's, a health and wellbeing board's);
    another council stays an outside body."""
    orgs = _page_labels(text, "organisation")
    assert host not in orgs
    assert other in orgs


@pytest.mark.parametrize(("sentence", "orgs"), [
    ("The Senedd had passed the Act in March.", {"Senedd"}),
    ("The Northern Ireland Assembly had not met since January.",
     {"Northern Ireland Assembly"}),
    ("Members agreed to take a delegation to Stormont to lobby for funding.", {"Stormont"}),
    ("The applicant had brought a challenge in the High Court.", {"High Court"}),
    ("Levels were above the World Health Organisation's guideline.",
     {"World Health Organisation"}),
    # short forms that are ordinary words or places too are not read as the bodies
    ("The WHO guidelines on air quality were noted.", set()),
    ("Who would attend was not yet known.", set()),
    ("The Holyrood Park consultation was noted.", set()),
    ("The Court had adjourned the hearing.", set()),
])
def test_the_devolved_legislatures_a_court_and_the_who_are_bodies(sentence: str,
                                                                  orgs: set[str]) -> None:
    """National bodies every council's minutes name alike (bodies.toml, lexicon.toml's
    known): the legislatures of Wales and Northern Ireland by their names and their short
    forms that are no ordinary word ("Senedd", "Stormont"), the High Court and the World
    Health Organisation by its name; not "WHO" (the word "who"), "Holyrood" (a park) nor a
    court unnamed."""
    assert _kinds(_read(sentence), "organisation") == orgs


def test_a_council_before_a_dash_in_the_heading_is_the_host() -> None:
    """A heading that names the meeting as "Westshire Council - Corporate Parenting Board"
    (a venue before it or not) is the council's: it is its host, and so is the county council
    it took over from; another place's council, or a town council of the place, is not."""
    for heading in ("Online, Westshire Council - Corporate Parenting Board",
                    "Westshire Council - Corporate Parenting Board"):
        text = (f"{heading}\nWednesday, 9th September, 2020 3.00 pm\n\nNo. Item\n\n"
                "Terms of Reference\n\nThe Board will assist Westshire Council and "
                "Westshire County Council with Eastvale Council and Westshire Town Council.\n")
        orgs = _page_labels(text, "organisation")
        assert not {"Westshire Council", "Westshire County Council"} & orgs, heading
        assert {"Eastvale Council", "Westshire Town Council"} <= orgs, heading


def test_a_council_before_a_dash_hosts_no_body_of_its_own() -> None:
    """A council's meeting system prints "Westshire County Council - <meeting>" over the
    meetings it only publishes too: a police and crime panel or a fire authority is a body
    of its own whose members the councils are, and the guide lists them there, the
    publishing council as well; only a council's own committee or board makes it the host."""
    for body in ("Westshire Police and Crime Panel", "Westshire Combined Fire Authority"):
        text = (f"Online, Westshire County Council - {body}\nWednesday, 9th September, 2020 "
                "3.00 pm\n\nNo. Item\n\n1. Report\n\nThe members thanked Westshire County "
                "Council and Eastvale Council for their support.\n")
        orgs = _page_labels(text, "organisation")
        assert {"Westshire County Council", "Eastvale Council"} <= orgs, body


def test_a_local_council_of_the_venues_town_is_an_outside_body() -> None:
    """A "Venue:" line names the town a principal council met in; the town's or
    community's own council is an outside body there, the principal council the host."""
    text = ("Cabinet - Tuesday 24 September 2019\n\nVenue: Civic Centre, Hanbury Road, "
            "Westbury\n\n1. Attendance\n\nJo Hale – Westbury Community Council\n\n2. Report\n\n"
            "Westbury Borough Council had agreed the plan.\n")
    orgs = _page_labels(text, "organisation")
    assert "Westbury Community Council" in orgs
    assert "Westbury Borough Council" not in orgs


def test_a_joint_bodys_roll_names_a_council_by_its_councillors_heading() -> None:
    """"Westshire County Councillors:" over the members a council sends to a joint body
    names the council, a member body; a heading of the tier alone ("County Councillors:")
    names none, and the heading inside a sentence is still a post."""
    text = ("Minutes of the Combined Fire Authority held on 12 November 2015\n\n1. Present\n\n"
            "Westshire County Councillors:\nCouncillors D Bell and J Bell.\nEastvale Borough "
            "Councillors:\nCouncillors B Jones and S Richley.\nCounty Councillors:\nCouncillor "
            "A Hale.\n")
    orgs = _page_labels(text, "organisation")
    assert {"Westshire County Council", "Eastvale Borough Council"} <= orgs
    assert "County Council" not in orgs
    it = _read("Westshire County Councillors present were Jo Bell and Tom Zedd.")
    assert "Westshire County Council" not in _kinds(it, "organisation")


# -- round 23: meeting references (time before the day, month and year after the minutes,
# periods, "it was agreed", a page dated by its own title only) ----------------------------

@pytest.mark.parametrize(
    ("sentence", "ref"),
    [
        # a time before the day, with or without "on"
        ("The item was deferred to an additional meeting arranged for 7pm on Thursday 8 June "
         "2023.", (date(2023, 6, 8), "day")),
        ("The next meeting would be held 18:00hrs Tuesday 06 June 2023.",
         (date(2023, 6, 6), "day")),
        # the month and year straight after a meeting's record, or the last meeting
        ("Approve minutes of the previous meeting April 2023: agreed.",
         (date(2023, 4, 1), "month")),
        ("APPROVAL OF MINUTES MARCH 2023 Agreed as a true record.", (date(2023, 3, 1), "month")),
        ("Minute 111 – March 2022 was referred to.", (date(2022, 3, 1), "month")),
        # a body between the meeting and the day it was on
        ("The last meeting of the Westshire Area Committee was on the 11th Mar 2023.",
         (date(2023, 3, 11), "day")),
        # a month first, its ordinal left out when its year follows
        ("Members noted the minutes of Cabinet held on April 18 2023.",
         (date(2023, 4, 18), "day")),
        # next month's meeting: the month after this one's
        ("The sub group will report to next month's meeting.", (date(2023, 6, 1), "month")),
        # "it was agreed" is no approval of minutes: the March meeting is ahead
        ("As there were errors in the minutes it was agreed to defer confirming them until "
         "the March meeting.", (date(2024, 3, 1), "month")),
    ],
)
def test_meeting_refs_after_a_time_a_record_or_a_body(sentence: str,
                                                     ref: tuple[date, str]) -> None:
    assert [(r.date, r.precision) for r in _read(sentence).meeting_refs] == [ref]


@pytest.mark.parametrize(
    "sentence",
    [
        # a period's first day is no meeting's
        "A summary of contracts awarded by Council, 9 October 2022 – 17 December 2022.",
        "Grants awarded by the Council from 1 April 2022 to 30 June 2022 were listed.",
        # a month and a year that are no meeting's
        "The minutes were circulated; spending in April 2023 was noted.",
        # a figure after a month, no year
        "Approve minutes of the previous meeting May 12 members voted.",
    ],
)
def test_periods_and_stray_months_name_no_meeting(sentence: str) -> None:
    assert _read(sentence).meeting_refs == []


@pytest.mark.parametrize(
    ("sentence", "refs"),
    [
        # minutes of a month and year, or of the last meeting by them in brackets
        ("The minutes of May 2022 were approved.", [(date(2022, 5, 1), "month")]),
        ("MINUTES OF PREVIOUS MEETING (NOVEMBER 2022)", [(date(2022, 11, 1), "month")]),
        # a list of months sharing the year printed last
        ("These were first listed in the Board minutes of May and June 2021.",
         [(date(2021, 5, 1), "month"), (date(2021, 6, 1), "month")]),
        ("As reported at the February and April 2023 Board meetings, the plan was noted.",
         [(date(2023, 2, 1), "month"), (date(2023, 4, 1), "month")]),
        # a word or two of the body's own between the month and the meeting
        ("The Director had reported to the March Commission meeting.",
         [(date(2023, 3, 1), "month")]),
        ("The report had gone to the January Trustees meeting.", [(date(2023, 1, 1), "month")]),
        # the article left out, as community councils' notes write it
        ("Activity since April meeting: the grant was paid in.", [(date(2023, 4, 1), "month")]),
        ("The plan had been agreed at CC February meeting.", [(date(2023, 2, 1), "month")]),
        # a month's meeting as the title of a matter arising
        ("[a]. April Meeting – correction: Cllr Bell was in attendance.",
         [(date(2023, 4, 1), "month")]),
        # the next meeting "to take place on" a day, or set at a time and a place first
        ("The officers' work resulted in the next meeting to take place on 31st May.",
         [(date(2023, 5, 31), "day")]),
        ("NB Next meeting will be at 7.30pm at the Village Hall on the Thursday 1st of June.",
         [(date(2023, 6, 1), "day")]),
        # a meeting to come by its agenda
        ("This will then be on the Agenda for March 2024. Action AB.",
         [(date(2024, 3, 1), "month")]),
        ("It was agreed to put it on the agenda for the 19th June 2023.",
         [(date(2023, 6, 19), "day")]),
    ],
)
def test_months_meetings_as_small_bodies_write_them(sentence: str,
                                                    refs: list[tuple[date, str]]) -> None:
    """A meeting named by its month as boards' and community councils' minutes write it: the
    minutes "of May 2022", a list of months with one year, a word of the body's between the
    month and the meeting, the article left out, a matter arising titled by its month; the
    next meeting set "to take place on" a day or at a time and place before it; and a
    meeting to come by its agenda."""
    assert [(r.date, r.precision) for r in _read(sentence).meeting_refs] == refs


@pytest.mark.parametrize(
    ("title", "day"),
    [
        ("4. MINUTES OF MEETING, April 16th, 2023", date(2023, 4, 16)),  # the month first
        ("3. Minutes of Joint Committee Meeting 048 held on 30 April 2023",  # its number
         date(2023, 4, 30)),
    ],
)
def test_an_items_title_names_earlier_minutes_as_small_bodies_write_them(title: str,
                                                                         day: date) -> None:
    """An item's title names the earlier minutes by their meeting's date printed the month
    first ("MINUTES OF MEETING, May 16th, 2023"), or by the meeting's number before "held"
    ("Joint Committee Meeting 048 held on …"): a reference to that meeting."""
    text = (f"Minutes of the Audit Committee held on 3 May 2023\n\n1. Report\n\nNoted.\n\n"
            f"{title}\n\nIt was proposed by Cllr Bell that they be accepted.\n")
    minutes = extract(text)
    read_prose([(text, minutes)])
    refs = {r.date for h in minutes.prose for r in h.meeting_refs}
    refs |= {c.date for i in minutes.items if (c := i.confirms_minutes_of)}
    assert day in refs


@pytest.mark.parametrize(
    "sentence",
    [
        # a month's name that is no meeting's
        "The May Day fair on the green was a success.",
        "March Meeting Room bookings were noted.",
        "The minutes of May were short of detail, members said.",
        # the month of a day's date before "minutes" is no month's meeting
        "Members agreed to re-sign the 24 February 2023 and 3 March 2023 minutes.",
    ],
)
def test_months_that_name_no_meeting_as_small_bodies_write_them(sentence: str) -> None:
    assert _read(sentence).meeting_refs == []


def test_a_glued_year_dates_the_meeting_and_its_references() -> None:
    """"Monday 24 February2014" (PDF text that lost the space before the year) dates the
    meeting, so "27 January" is read against it."""
    text = ("Minutes of the meeting held on Monday 24 February2014, in the Hall.\n\n"
            "1. Minutes\n\nThe minutes of the meeting held on Monday 27 January were signed.\n")
    minutes = extract(text)
    read_prose([(text, minutes)])
    assert minutes.date == date(2014, 2, 24)
    refs = [r.date for it in minutes.items for r in it.meeting_refs]
    refs += [c.date for it in minutes.items if (c := it.confirms_minutes_of)]
    assert date(2014, 1, 27) in refs


def test_a_sentence_about_minutes_at_the_top_does_not_date_the_page() -> None:
    """"RESOLVED that the minutes of Cabinet held on 18 April 2023 be confirmed" and
    "Consideration was given to the minutes of the meeting held on 4 April 2023" near a page's
    top are another meeting's; a title line "Minutes of the meeting held on …" dates it."""
    for top in ("RESOLVED that the minutes of Cabinet held on 18 April 2023 be confirmed.",
                "Consideration was given to the minutes of the meeting held on 4 April 2023."):
        minutes = extract(f"None were made.\n\n{top}\n\n1. Report\n\nRESOLVED that the "
                          "report be noted.\n")
        assert minutes.date is None, top
    titled = extract("Minutes of the meeting held on 4 April 2023\n\n1. Report\n\nRESOLVED "
                     "that the report be noted.\n")
    assert titled.date == date(2023, 4, 4)


@pytest.mark.parametrize(
    ("sentence", "ref"),
    [
        # the day first, then the body and what it did there
        ("On 20th April 2023, the Overview and Scrutiny Committee recommended the plan.",
         date(2023, 4, 20)),
        # a meeting called for a day
        ("The Clerk will convene a meeting to discuss the budget, for Monday 12 June 2023.",
         date(2023, 6, 12)),
        ("Members agreed to arrange a meeting with the developers on 14 June 2023.",
         date(2023, 6, 14)),
    ],
)
def test_a_meeting_by_its_day_before_the_body_or_called_for_it(sentence: str,
                                                              ref: date) -> None:
    assert [r.date for r in _read(sentence).meeting_refs] == [ref]


@pytest.mark.parametrize(
    "sentence",
    [
        # a body's doing on a day that is no meeting's
        "On 20th April 2023, the County Council wrote to residents.",
        # a meeting called with no day after it; a deadline's day
        "The Clerk will convene a meeting and report by 12 June 2023 at the latest.",
    ],
)
def test_a_body_or_a_call_with_no_meetings_day(sentence: str) -> None:
    assert _read(sentence).meeting_refs == []


@pytest.mark.parametrize(
    ("sentence", "posts"),
    [
        # a council's translator or interpreter is a post (lexicon.toml [posts])
        ("Ann Bell (Translator) was present.", {"Translator"}),
        ("The Interpreter was thanked.", {"Interpreter"}),
        # the work done is none
        ("The translation was noted.", set()),
        # an accountant is a post by the word alone, as a report names her; a firm of
        # accountants is none
        ("In presenting the report, the Accountant referred to the table.", {"Accountant"}),
        ("Hale Accountants were appointed.", set()),
    ],
)
def test_a_translator_or_interpreter_is_a_post(sentence: str, posts: set[str]) -> None:
    assert _kinds(_read(sentence), "post") == posts


@pytest.mark.parametrize(
    ("sentence", "refs"),
    [
        # the figure before the month is the meeting's day, no minute's number: no month is
        # claimed for it
        ("Minute 12 May 2023 was referred to.", []),
        # a minute's number with a dash, or of three figures, before the month and year
        ("Minute 12 – March 2023 was referred to.", [(date(2023, 3, 1), "month")]),
        ("Minute 112 March 2023 was referred to.", [(date(2023, 3, 1), "month")]),
    ],
)
def test_a_minutes_number_or_a_day_before_a_month(sentence: str,
                                                  refs: list[tuple[date, str]]) -> None:
    assert [(r.date, r.precision) for r in _read(sentence).meeting_refs] == refs


@pytest.mark.parametrize(
    "run",
    [
        # four thousand capitalised words with no known scheme's name (kg/nlp/names.py
        # _known_programme: every window of every length was joined, cubic in the run)
        "A. B. C. " * 2240,
        "ABC DEF " * 2500,
        # a run joined by a thousand "and"s (_generic split each prefix at every "and";
        # _split_on_and joined every ending of the run; every word looked back to the
        # run's start for a post's portfolio, and every ending for a known body)
        "Head and Planning " * 1120,
    ],
)
def test_a_long_run_of_capitalised_words_is_read_in_time(run: str) -> None:
    """Each run took 2 to 5 s at a quarter of this length when it was cubic, so it would
    take minutes here; read linearly it takes about a second."""
    text = f"Minutes of the Audit Committee held on 3 May 2023\n\n1. Report\n\n{run}\n"
    minutes = extract(text)
    with finishes(within=60, cpu=True):
        read_prose([(text, minutes)])


def test_a_month_before_a_long_run_of_blanks_is_read_in_linear_time() -> None:
    """A list of months ("May and June", "May , and June") takes the blanks around its comma
    whole: a month before a long run of blanks (a justified PDF line) and no "and" after them
    once tried every split of the run between two ``\\s*`` (quadratic: 4 s on 20,000 blanks)."""
    import re

    from kg.nlp.meeting_refs import _MONTH_LIST

    rx = re.compile(_MONTH_LIST)
    assert rx.search("the minutes of May ,   and June 2021")
    assert rx.search("the minutes of March, April  and May")
    with finishes(within=60, cpu=True):  # quadratic, 200,000 blanks would take some 400 s
        assert rx.search("the minutes of May" + " " * 200_000 + "x") is None


def test_a_known_scheme_and_a_body_with_an_and_are_still_named() -> None:
    """The bounds on run length leave the names themselves alone: a known scheme's name and a
    known body whose name holds an "and" after a person (bodies.toml, councils.toml)."""
    it = _read("Cllr Jo Hale Bath and North East Somerset Council asked about the UK Shared "
               "Prosperity Fund and the Local Development Framework.")
    assert "Bath and North East Somerset Council" in _kinds(it, "organisation")
    assert _kinds(it, "programme") == {"UK Shared Prosperity Fund", "Local Development Framework"}


def test_each_known_body_has_one_home() -> None:
    """A name is in bodies.toml or in lexicon.toml's ``organisations.known``, never both
    (the national bodies moved in round 23); the surnames and ordinary words the gazetteer's
    header rules out ("Kier", "Persimmon", "the Ringway") stay in lexicon.toml, still known."""
    from kg.patterns import bodies_data, known_bodies, lexicon_data

    gazetteer = set(bodies_data()["names"])
    lexicon_known = set(lexicon_data()["organisations"]["known"])
    assert not gazetteer & lexicon_known
    moved_back = {"kier", "amey", "peabody", "persimmon", "ringway"}
    assert moved_back <= lexicon_known and not moved_back & gazetteer
    assert moved_back <= known_bodies()


@pytest.mark.parametrize(
    "sentence",
    [
        # initials joined by a bare slash, a post's head word in lower case, "also" before "to"
        "QX/ZY to catch up with the caretaker after Easter.",
        "Event officer to contact all stallholders about the autumn show.",
        "Clerk also to contact the County Council about the fallen tree.",
        # a meeting's own verb that makes contact or arrangements, or presents at a meeting to come
        "QX to make contact.",
        "Clerk to make enquiries with the landowner.",
        "QX to present the plan at the next meeting.",
        # the subjunctive after "agreed that" sends business to the next meeting
        "It was agreed that the future of the committee be discussed at the next meeting.",
    ],
)
def test_action_lines_and_subjunctive_sends_are_followups(sentence: str) -> None:
    assert [f.text for f in _read(sentence).followups] == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Chairman to make a statement.",
        "Members also to note the report.",
        "Members agreed that the minutes of the last meeting were discussed at the next meeting.",
        # agenda headings: a title-case purpose, the standing "items for the next agenda"
        "4.0 To Receive Reports from:-",
        "50.15 Items for discussion on next agenda",
        "3:00 Items to be included in the agenda",
    ],
)
def test_meeting_acts_and_agenda_headings_are_no_followups(sentence: str) -> None:
    assert _read(sentence).followups == []

# -- round 24: programmes and meeting references (progrefs) ---------------------------------


@pytest.mark.parametrize(
    ("head", "sentence", "refs"),
    [
        # the year's digits transposed: the meeting's own year (2015, 2017)
        ("Minutes of the Parish Council held on 4 November 2015",
         "The Minutes of the 15th July 2105 were approved.", [date(2015, 7, 15)]),
        ("Minutes of the Parish Council held on 3 October 2017",
         "The minutes of the special meeting held on Tuesday 5 September 2107 were agreed.",
         [date(2017, 9, 5)]),
        # a weekday that falls on the date a year later: that year's day (29 March 2004 was a
        # Monday, 29 March 2003 a Saturday)
        ("Minutes of the Parish Council held on 8 March 2004",
         "A Special Council Meeting will be held on Monday 29 March 2003 at 7pm.",
         [date(2004, 3, 29)]),
        # the weekday by a short form the data lists ("Weds", which is no prefix of
        # "Wednesday"): 31 March 2004 was a Wednesday, 31 March 2003 a Monday
        ("Minutes of the Parish Council held on 8 March 2004",
         "A Special Council Meeting will be held on Weds 31 March 2003 at 7pm.",
         [date(2004, 3, 31)]),
        # a meeting that has been, its weekday another year's: the weekday may be the slip
        ("Minutes of the Parish Council held on 3 May 2023",
         "The minutes of the meeting held on Tuesday 4th April 2022 were noted.",
         [date(2022, 4, 4)]),
        # a weekday that fits as printed, or a year far off whose digits are no slip: left
        ("Minutes of the Parish Council held on 8 March 2004",
         "A Special Council Meeting will be held on Monday 29 March 2004 at 7pm.",
         [date(2004, 3, 29)]),
        ("Minutes of the Parish Council held on 4 November 2015",
         "The Minutes of the meeting held on 15th July 1985 were found.", [date(1985, 7, 15)]),
    ],
)
def test_a_slipped_year_of_a_referred_meeting_is_mended(head: str, sentence: str,
                                                       refs: list[date]) -> None:
    it = _first_item_of(f"{head}\n\n1. Minutes\n\n{sentence}\n")
    assert [r.date for r in it.meeting_refs] == refs


@pytest.mark.parametrize(
    ("line", "dated"),
    [
        # a receiving verb, a comma and the record's words before "the minutes of": an item
        # about another meeting's minutes, no heading
        ("To receive as a correct record, the minutes of the meeting of Cabinet held on "
         "Tuesday 8 June 2021. Minutes: RESOLVED: That the minutes of the Cabinet meeting held "
         "on Tuesday 8 June 2021 were received as a correct record.", None),
        ("UNRESTRICTED MINUTES To confirm as a correct record of the proceedings the "
         "unrestricted minutes of the meeting of the Overview and Scrutiny Committee held on "
         "23rd April, 2019.", None),
        # a link to the earlier minutes' document
        ("Minutes of the Cabinet Meeting held on 10 July 2017 pdf icon PDF 342 KB", None),
        # the page's own heading still dates it
        ("Minutes of the meeting of the Cabinet held on 10 July 2017", date(2017, 7, 10)),
    ],
)
def test_an_item_about_earlier_minutes_is_no_heading(line: str, dated: date | None) -> None:
    """A web page of minutes whose own heading is not printed: an item about the last
    meeting's minutes, among its first lines, does not date it."""
    text = ("Apologies Minutes: An apology for absence was received on behalf of Councillor "
            "Ada Hollis. |\nMinutes: There were no items under this heading.\nMinutes: There "
            f"were no items of special urgency.\n{line}\nMinutes: RESOLVED: That the report be "
            "noted.\n")
    assert extract(text).date == dated


@pytest.mark.parametrize(
    ("sentence", "refs"),
    [
        # scheduled: a meeting still to come, the next such day
        ("The AGM was scheduled for June 29th and all were invited.",
         [date(2023, 6, 29)]),
        # held: one that has been
        ("The AGM was held on June 29th and all attended.", [date(2022, 6, 29)]),
    ],
)
def test_a_meeting_scheduled_for_a_day_is_to_come(sentence: str, refs: list[date]) -> None:
    assert [r.date for r in _read(sentence).meeting_refs] == refs


def test_a_months_meeting_dated_elsewhere_by_its_day_is_one_meeting() -> None:
    """"The September meeting" on a page that confirms the minutes of 7 September is that
    meeting, listed once by its day; a month's meeting of another month, or named with its
    body, is kept."""
    text = ("Minutes of the Delivery Group held on 26 October 2011\n\n1. Minutes\n\n"
            "The minutes of the meeting held on 7 September 2011 were agreed. It had been "
            "agreed at the September meeting that the officer would write to partners. The "
            "Parish Council September meeting was mentioned too, and the July meeting.\n")
    minutes = extract(text)
    read_prose([(text, minutes)])
    refs = {(r.date, r.precision) for it in minutes.items for r in it.meeting_refs}
    assert (date(2011, 9, 7), "day") in refs
    assert (date(2011, 7, 1), "month") in refs
    spans = [" ".join(r.span.exact.split()) for it in minutes.items for r in it.meeting_refs]
    assert "the September meeting" not in spans


@pytest.mark.parametrize(
    ("sentence", "programmes"),
    [
        # a body's or audit's review, in lower case: the body's work
        ("Councillor Ada Hollis presented the Overview and Scrutiny review of the service.",
         set()),
        ("The Committee noted the recent Internal Audit review of payroll.", set()),
        # a named review keeps its own head
        ("The Committee noted the Waste Management Strategic Review.",
         {"Waste Management Strategic Review"}),
    ],
)
def test_a_bodys_review_is_no_programme(sentence: str, programmes: set[str]) -> None:
    assert _kinds(_read(sentence), "programme") == programmes


@pytest.mark.parametrize(
    ("body", "programmes"),
    [
        # a review as an item's caption: the item's business
        ("Budget Review: The Committee noted the budget position.", set()),
        ("Insurance review - the renewal was due in June.", set()),
        # a caption's review named by three capitalised words or more is a named review
        # (Bromsgrove, Cheshire East, North Tyneside dev pages)
        ("Governance Systems Review - Implementation Progress Update pdf icon PDF 166 KB",
         {"Governance Systems Review"}),
        ("Supported Local Bus Service Review - Proposals for Little Bus Service",
         {"Supported Local Bus Service Review"}),
        ("North Tyneside Scrutiny Review - update To receive an update to the recent review by "
         "Centre for Governance and Scrutiny (CfGS) of the scrutiny in North Tyneside.",
         {"North Tyneside Scrutiny Review"}),
        # two words, or a lower-case head, stay the item's business (Drayton, Dunbar)
        ("Budget Review: The Committee noted the budget position at the end of August 2021.",
         set()),
        ("Risk Assessment review :\nThe following risks were reviewed: -", set()),
        # a review in the text, or a caption of another head, is still read
        ("The Committee welcomed the Waste Management Strategic Review: it was thorough.",
         {"Waste Management Strategic Review"}),
    ],
)
def test_a_review_as_an_items_caption_is_its_business(body: str,
                                                      programmes: set[str]) -> None:
    assert _kinds(_read(body), "programme") == programmes


@pytest.mark.parametrize(
    ("sentence", "programme"),
    [
        ("It was noted that a review of the Member Enquiry process was planned.",
         "review of the Member Enquiry process"),
        ("Sites would be considered within a review of the Council’s future allotment "
         "provision.", "review of the Council's future allotment provision"),
        # a participle after the name is the sentence's, no part of what is reviewed
        ("A review of the Standing Orders needed to happen.", "review of the Standing Orders"),
        # so is a verb in the present ("needs", "begins"), though it ends in "s" as a plural
        # noun may
        ("A review of the Standing Orders needs doing.", "review of the Standing Orders"),
        ("A review of the Standing Orders begins in May.", "review of the Standing Orders"),
        ("A review of the Member Enquiry arrangements was planned.",
         "review of the Member Enquiry arrangements"),
    ],
)
def test_a_review_runs_on_through_what_it_reviews(sentence: str, programme: str) -> None:
    assert _kinds(_read(sentence), "programme") == {programme}


@pytest.mark.parametrize(
    ("sentence", "programmes"),
    [
        # a named review, its head capitalised, runs on through what it reviews in lower case
        ("Members discussed the Regional Review of youth provision, and the local review.",
         {"Regional Review of youth provision"}),
        ("The Scrutiny Review of household waste recycling was noted.",
         {"Scrutiny Review of household waste recycling"}),
        # through one more "of" and its years
        ("Cllr Dunn declared an interest in Item 7 – Joint Scrutiny Review of the health of "
         "older carers 2012.", {"Joint Scrutiny Review of the health of older carers 2012"}),
        # or after "into", through a name
        ("The Board noted the Housing Scrutiny Board Review into Corporate Parenting – initial "
         "recommendations.", {"Housing Scrutiny Board Review into Corporate Parenting"}),
        # a case's business, a year, a body after "into" or no lower-case words: the review alone
        ("The Scrutiny Review of premises licences was noted.", {"Scrutiny Review"}),
        ("The Spending Review of 2021 was noted.", {"Spending Review"}),
        ("The Scrutiny Review into Members said so.", {"Scrutiny Review"}),
        # a month or a day after "into" is when the review moved to, no name
        ("It was agreed to defer the Budget Review into September.", {"Budget Review"}),
        ("The Scrutiny Review into Monday was put back.", {"Scrutiny Review"}),
        # a name after "into" runs on through its possessive, not cut at it
        ("Members noted the Scrutiny Review into Children's Services and agreed it.",
         {"Scrutiny Review into Children's Services"}),
        ("The Scrutiny Review of the Westby Bus Network was noted.",
         {"Scrutiny Review of the Westby Bus Network"}),
    ],
)
def test_a_named_review_runs_on_through_what_it_reviews(sentence: str,
                                                         programmes: set[str]) -> None:
    assert _kinds(_read(sentence), "programme") == programmes


@pytest.mark.parametrize(
    ("sentence", "programmes"),
    [
        # a qualifier makes a lower-case review a named piece of work: through a capitalised
        # name and the place it is for
        ("Cabinet considered the recommendations arising from the scrutiny review of Bus "
         "Shelter Provision in Westby. Cabinet agreed them.",
         {"scrutiny review of Bus Shelter Provision in Westby"}),
        # or through lower-case words that end at the line's end or a mark
        ("The Board noted progress on the quinquennial review of the protected wildlife sites\n"
         "and thanked officers.", {"quinquennial review of the protected wildlife sites"}),
        ("The Panel agreed the task and finish review of school transport, as proposed.",
         {"task and finish review of school transport"}),
        # a month after "in" says when; a verb after the lower-case words leaves it unnamed
        ("A scrutiny review of Housing Allocations in March was agreed.",
         {"scrutiny review of Housing Allocations"}),
        # a capital after "in" that is no word ("A&E") adds nothing, and never fails the page
        ("The scrutiny review of Waiting Times in A&E Departments was noted.",
         {"scrutiny review of Waiting Times"}),
        ("The scrutiny review of parking was agreed.", set()),
        # no qualifier, or one case's business or a person: no named review
        ("An independent review of the accounts was noted.", set()),
        ("The scrutiny review of premises licences was noted.", set()),
        ("The scrutiny review of Mrs Arden's complaint was noted.", set()),
    ],
)
def test_a_qualified_review_in_lower_case_is_named(sentence: str, programmes: set[str]) -> None:
    assert _kinds(_read(sentence), "programme") == programmes


def test_an_in_depth_review_as_an_items_title_is_named() -> None:
    """An item's title "In-depth review of …" names the committee's review whole, to its
    line's end."""
    it = _first_item_of("Minutes of the Children Select Committee held on 3 May 2023\n\n"
                        "1. In-depth review of recruitment and retention of social workers\n\n"
                        "The Committee noted the report.\n")
    assert _kinds(it, "programme") == {
        "In-depth review of recruitment and retention of social workers"}


def test_a_title_in_capitals_run_on_is_no_programme_unless_known() -> None:
    """A page run onto one line prints its item titles inline: one in capitals with a head
    word is the meeting's business; a known scheme in capitals is still named."""
    it = _read("The payments were approved. 6. BURIAL GROUNDS MAINTENANCE CONTRACT Cllr Ada "
               "Hollis said the new contract was working. 7. NEIGHBOURHOOD PLAN Cllr Ada "
               "Hollis reported progress.")
    assert _kinds(it, "programme") == {"NEIGHBOURHOOD PLAN"}


def test_a_person_in_prose_ends_before_a_label_run_on() -> None:
    """A person the prose reads off a flattened roll ends before the label after her name
    ("… Mr T Hale In attendance …"); a name with no such word keeps its words."""
    it = _read("Present: Mr A Bell Mr T Hale In attendance Mrs J Dean. Jo Parish said the "
               "report was late.")
    people = _kinds(it, "person")
    assert not any(n.endswith(" In") for n in people)
    assert "Jo Parish" in people or not any("Parish" in n for n in people)


def test_posts_listed_by_commas_are_one_post_a_piece() -> None:
    """Officers listed by their posts alone, after a post with its portfolio ("Director of
    Place, Acting Head of Legal Services, Parks Service Manager"), are one post a piece; a
    portfolio that goes on in areas heading nothing stays one post."""
    it = _read("The Director of Housing, Acting Head of Legal Services, Parks Service Manager "
               "and the Committee Clerk were also present.")
    posts = _kinds(it, "post")
    assert "Director of Housing" in posts
    assert {"Acting Head of Legal Services", "Head of Legal Services"} & posts
    assert "Parks Service Manager" in posts
    assert not any("," in p for p in posts)
    it = _read("The Director of Economy, Environment and Infrastructure presented the report.")
    assert "Director of Economy, Environment and Infrastructure" in _kinds(it, "post")


def test_a_post_addressing_the_meeting_in_a_heading_of_one_case() -> None:
    """"CHAIR'S ANNOUNCEMENTS", "VICE CHAIRMAN’S REPORT" and "chair’s announcements" name the
    post, as "Chair's Announcements" does; a chair's possessive before no address, or the
    furniture, names none."""
    def posts(heading: str) -> set[str]:
        text = ("Minutes of the Audit Committee held on 3 May 2023\n\n1. Apologies\n\nNone."
                f"\n\n{heading}\n\nMembers noted the update.\n\n6. Close\n\nIt closed.\n")
        minutes = extract(text)
        read_prose([(text, minutes)])
        return {m.label for h in minutes.prose for m in h.mentions if m.kind == "post"}

    assert posts("2 / CHAIR'S ANNOUNCEMENTS AND PERSONAL MATTERS") == {"Chair"}
    assert posts("2. VICE CHAIRMAN’S REPORT") == {"Vice Chairman"}
    assert posts("2. personal matters and chair’s announcements") == {"Chair"}
    assert not posts("2. THE CHAIR'S NEW DESK")
    assert not posts("2. the chair is broken")


def test_a_harbour_master_and_a_web_master_are_posts() -> None:
    """"the Harbour Master", "Deputy Harbourmaster", "the web-master" are posts (lexicon
    ``posts.heads``, ``any_case``); "Master" alone and a plan's "Master" are none."""
    it = _read("The Harbour Master and the Deputy Harbourmaster reported. The notice was sent "
               "to the web-master.")
    posts = {p.lower() for p in _kinds(it, "post")}
    assert {"harbour master", "deputy harbourmaster", "web-master"} <= posts
    it = _read("Master Jo Hale read a poem. The Site Master Plan was agreed.")
    assert not any("master" in p.lower() for p in _kinds(it, "post"))


def test_a_capacity_joining_two_posts_with_and_names_each() -> None:
    """A roll's capacity "Chief Executive Officer and Accounting Officer" has each post as
    another name; "Head of Estates and Facilities" joins no second post."""
    from kg.prose import _capacity_names

    assert {"Chief Executive Officer", "Accounting Officer"} <= set(
        _capacity_names("Chief Executive Officer and Accounting Officer", set()))
    assert {"Clerk", "RFO"} <= set(_capacity_names("Clerk and RFO", set()))
    assert "Facilities" not in _capacity_names("Head of Estates and Facilities", set())


def test_a_speaker_who_addressed_or_notified_is_a_person() -> None:
    """"Jo Hale addressed the meeting", "Ann Bell notified that …": a name with a given name
    before those verbs is a person's; a body's name before them stays a body."""
    assert "Jo Hale" in _kinds(_read("Jo Hale addressed the meeting about the footpaths."),
                               "person")
    assert "Ann Bell" in _kinds(_read("Ann Bell notified that she is a trustee."), "person")
    it = _read("Westbury Heartbeat Trust addressed the meeting.")
    assert not _kinds(it, "person")


def test_a_heading_in_title_case_appointing_a_ranked_post() -> None:
    """"To Appoint A Vice Chairman": the article in a title-case heading is no part of the
    post, the rank and head are."""
    text = ("Minutes of the Finance Committee held on 3 May 2023\n\n1. Apologies\n\nNone.\n\n"
            "2. To Appoint A Vice Chairman\n\nCllr Hale proposed himself.\n")
    minutes = extract(text)
    read_prose([(text, minutes)])
    posts = {m.label for h in minutes.prose for m in h.mentions if m.kind == "post"}
    assert "Vice Chairman" in posts and "A Vice Chairman" not in posts


def test_a_meeting_arranged_with_someone_or_scheduled_to_be_held_is_a_meeting_ahead() -> None:
    """"A meeting has been arranged with the developer for 4th June", "the meeting scheduled
    to be held on 18 June", "Meeting arranged 3rd June 2023" (an action log's status): each
    a meeting on that day; a date of something else in the "with" phrase is none."""
    refs = {r.date for r in _read(
        "A meeting has been arranged with Cllr Jo Bloggs for 4th June. The item will go to "
        "the meeting scheduled to be held on 18 June. Meeting arranged 3rd July 2023.")
        .meeting_refs}
    assert {date(2023, 6, 4), date(2023, 6, 18), date(2023, 7, 3)} <= refs
    refs = {r.date for r in _read(
        "A meeting has been arranged with the developer, who wrote on 5 February, for "
        "2 June.").meeting_refs}
    assert date(2024, 2, 5) not in refs and date(2023, 2, 5) not in refs


def test_the_rows_of_an_index_of_minutes_are_meetings() -> None:
    """A bound volume's index of minutes ("Planning 19 June 2019 97 – 100") lists meetings,
    each with its pages; a page's own first date among them is its own meeting. Fewer than
    three such rows, or a time after the date ("4 May 2023 7 – 9pm"), are no index."""
    text = ("Westshire Park Authority Minutes Volume 2019-2020\n\nAUTHORITY MEETINGS 12 June "
            "2019 1 – 5 24 July 2019 6 – 14 (AGM) 18 September 2019 15 – 21\n\nPLANNING "
            "COMMITTEE 3 July 2019 22 – 30\n\nWESTSHIRE PARK AUTHORITY WEDNESDAY 12th JUNE "
            "2019\n\nPresent: Councillors Jo Bloggs (Chair) and Sam Smith.\n\n1. Apologies\n\n"
            "None were received.\n\n2. Minutes\n\nRESOLVED that the minutes be signed.\n")
    minutes = extract(text)
    read_prose([(text, minutes)])
    refs = {r.date for h in minutes.prose for r in h.meeting_refs}
    assert {date(2019, 7, 24), date(2019, 9, 18), date(2019, 7, 3)} <= refs
    assert date(2019, 6, 12) not in refs
    refs = {r.date for r in _read("The fair on 4 May 2023 7 – 9pm and the fete on 5 May 2023 "
                                  "2 – 4pm were noted.").meeting_refs}
    assert not refs


def test_an_errand_whose_status_line_says_done_is_no_followup() -> None:
    """An action log's errand with "Action complete." or "Done" on the line under it (or
    under the action line naming who acts) is done; "Action ongoing" leaves it open."""
    it = _read("Obtain ownership details of the old mill. Action – Mr Smith\n\n"
               "Action complete. The mill is now owned by a local firm.\n\n"
               "Arrange purchase of a seat for the car park. Action – The Clerk.\n\n"
               "Action ongoing.\n")
    texts = [f.text for f in it.followups]
    assert not any("ownership" in t for t in texts)
    assert any("seat for the car park" in t for t in texts)


def test_an_answer_in_writing_after_the_meeting_is_an_errand_still() -> None:
    """What is put off from this meeting to a reply in writing after it stays a follow-up,
    though the sentence speaks of "during the meeting"."""
    it = _read("Responses would not be given during the meeting, and the authors of "
               "questions would receive written responses after the meeting.")
    assert len(it.followups) == 1


def test_an_action_tag_alone_on_its_line_names_who_acts_on_the_sentence_above() -> None:
    """"- Action: RLEW." on a line of its own, after a sentence that says what is to be done:
    four initials name who acts on that sentence; the tag is no errand of its own."""
    it = _read("Play inspections were discussed.\n"
               "RLEW would test the wooden supports for rot and would\n"
               "discuss the works with the contractor\n"
               "- Action:  RLEW.\n")
    found = [(f.text[:20], f.assigned_to) for f in it.followups]
    assert found == [("RLEW would test the ", "RLEW")]


def test_an_open_status_line_leaves_the_errand_above_to_the_action_line_after_it() -> None:
    """"Action ongoing – next Finance Committee meeting." between an action log's errand and
    its "Action – The Clerk" line is no errand of its own: the action line names who acts on
    the errand above the status line."""
    it = _read("Assess the risks to the council of running the old pavilion.\n\n"
               "Action ongoing – Next Finance Committee meeting. Action – The Finance "
               "Committee.\n\n"
               "Check the insurance cover for painting the shelter.\n\n"
               "Action ongoing. Action – The Clerk.\n")
    found = {f.text: f.assigned_to for f in it.followups}
    assert not any(t.startswith("Action ongoing") for t in found)
    assert any("Assess the risks" in t for t in found)
    assert any("Check the insurance cover" in t and who == "Clerk" for t, who in found.items())


def test_farm_growth_and_inspection_schemes_are_programmes() -> None:
    """schemes.toml's farm support, local growth and inspection schemes: "Higher Level
    Stewardship", "the Strategic Economic Plan", "the City Deal", "a Joint Targeted Area
    Inspection", "Marine Conservation Zones" are programmes; their short initials alone
    ("HLS payments", with no full name on the page) and ordinary words are none."""
    progs = {label for label, _ in _programmes(_read(
        "Members noted the Higher Level Stewardship agreement, the Strategic Economic Plan "
        "refresh, the City Deal, the Joint Targeted Area Inspection and the Marine "
        "Conservation Zones."))}
    assert {"Higher Level Stewardship", "Strategic Economic Plan", "City Deal",
            "Joint Targeted Area Inspection", "Marine Conservation Zones"} <= progs
    it = _read("The meeting heard of the re-scheduling of HLS payments. The city dealt with "
               "the growth in zones of conservation.")
    assert not _programmes(it)


def test_a_body_its_own_minutes_call_the_authority_is_no_outside_body() -> None:
    """A body named at a page's top whose minutes then call it "the Authority" again and
    again is the meeting's own body (lexicon ``organisations.self_heads``), though no heading
    names the meeting; another authority the page names only once stays an outside body."""
    text = ("5 June 2023\n\nWestmere Fire Authority\n\nCouncillors Hale, Bell and Dean\n\n"
            "1. Minutes\n\nThe Authority agreed the minutes. The Authority noted a letter from "
            "Northvale Fire Authority.\n\n2. Budget\n\nThe Authority approved the budget.\n")
    orgs = _organisations(text)
    assert "Westmere Fire Authority" not in orgs
    assert "Northvale Fire Authority" in orgs
    # named only once, with no "the Authority" after it, it stays a body
    text = ("Minutes of the Audit Committee held on 5 June 2023\n\nWestmere Fire Authority\n\n"
            "1. Minutes\n\nThe minutes were agreed.\n\n2. Letters\n\nA letter from "
            "Westmere Fire Authority was noted.\n")
    assert "Westmere Fire Authority" in _organisations(text)


def test_a_board_its_minutes_name_by_initials_is_no_outside_body() -> None:
    """Minutes with no heading read that call their own body "the Board" name it by its
    initials and that head word ("WRT Board", "KLF Westmere Board", "YJS Management Board"):
    the meeting's own board, no outside body; a body of another head stays one, and so does
    the health service's board of a place ("NHS Board": a national body's branch)."""
    for own in ("WRT Board", "KLF Westmere Board", "YJS Management Board"):
        text = ("12 March 2022\n\nPresent: Ann Hale (Chair), Tom Bell, Jo Dean\n\n"
                f"1. Minutes\n\nThe Board agreed the minutes. Following {own} approval of the "
                "lease the members were told. The WRT Partnership and the NHS Board were "
                "consulted.\n")
        orgs = _organisations(text)
        assert own not in orgs
        assert {"WRT Partnership", "NHS Board"} <= orgs


def test_a_post_after_the_own_boards_initials_is_still_read_bare() -> None:
    """The own board's initials before a post in its roll ("WRT Chief Executive") still name
    the board, though "WRT Board" is no outside body there: the post is the chief
    executive's, by its bare name too."""
    text = ("12 March 2022\n\nPresent: Ann Hale (Chair), Tom Bell\n\n"
            "In attendance: Richard Vane, WRT Chief Executive\n\n"
            "1. Minutes\n\nThe Board agreed the minutes. Following WRT Board approval of the "
            "lease the members were told.\n")
    minutes = extract(text)
    read_prose([(text, minutes)])
    (vane,) = [a for a in minutes.attendance if a.name == "Richard Vane"]
    assert vane.capacity == "WRT Chief Executive"
    assert "Chief Executive" in vane.capacity_aliases
    assert "WRT Board" not in {m.label for it in minutes.items for m in it.mentions}


def test_a_board_named_by_initials_stays_a_body_where_the_page_is_another_bodys() -> None:
    """"WRT Board" stays an outside body where the page never calls its own body "the
    Board", and where its heading names a committee (whose "the Board" is another body)."""
    never = ("12 March 2022\n\nPresent: Ann Hale (Chair), Tom Bell, Jo Dean\n\n"
             "1. Minutes\n\nThe minutes were agreed. Following WRT Board approval of the lease "
             "the members were told.\n")
    assert "WRT Board" in _organisations(never)
    committee = ("Minutes of the Health Scrutiny Committee held on 12 March 2022\n\n"
                 "1. Hospitals\n\nThe Board had met in May. Following WRT Board approval of "
                 "the plan the members were told.\n")
    assert "WRT Board" in _organisations(committee)


def test_another_bodys_board_by_initials_stays_a_body_on_a_boards_minutes() -> None:
    """A board's minutes name other bodies' boards by initials too: "SEMLEP Board" at the
    BTVLEP Board, "CCG Board" at a trust's board, stay outside bodies (the initials are not
    the own name's), and where no heading was read and the page puts two sets of initials
    before "Board" neither is told for its own; the own board's stay left out ("BTVLEP
    Board", "LEP Board" at the WLEP Board, "HEE Board" at Health Education England's)."""
    lep = ("Minutes of the BTVLEP Board held on 12 March 2022\n\nPresent: Ann Hale (Chair), "
           "Tom Bell\n\n1. Growth\n\nThe Board noted the report. The SEMLEP Board had agreed "
           "the joint bid and the BTVLEP Board agreed.\n")
    orgs = _organisations(lep)
    assert "SEMLEP Board" in orgs and "BTVLEP Board" not in orgs
    trust = ("Minutes of the Westshire NHS Trust Board held on 12 March 2022\n\nPresent: Ann "
             "Hale (Chair), Tom Bell\n\n1. Plans\n\nThe Board noted the report. The CCG Board "
             "had agreed the plan.\n")
    assert "CCG Board" in _organisations(trust)
    two = ("12 March 2022\n\nPresent: Ann Hale (Chair), Tom Bell, Jo Dean\n\n1. Minutes\n\n"
           "The Board agreed the minutes. Following WRT Board approval of the lease the SEMLEP "
           "Board was told.\n")
    assert {"WRT Board", "SEMLEP Board"} <= _organisations(two)
    for heading, own in (("WLEP Board", "LEP Board"),
                         ("Board Meeting of Health Education England", "HEE Board")):
        text = (f"Minutes of the {heading} held on 12 March 2022\n\nPresent: Ann Hale "
                f"(Chair), Tom Bell\n\n1. Growth\n\nThe Board noted the report. The {own} "
                "agreed the bid.\n")
        assert own not in _organisations(text)


def test_the_board_its_minutes_say_is_read_across_a_line_and_before_s() -> None:
    """"the" and "Board" on two lines, and "the Board's", call the own body by its head as
    "the Board" does; "the Board of Kestrel Rivers Authority", across a line too, names a
    board by its body, so a page that says only that keeps "WRT Board" an outside body."""
    def page(words: str) -> str:
        return ("12 March 2022\n\nPresent: Ann Hale (Chair), Tom Bell, Jo Dean\n\n1. Minutes"
                f"\n\nThe minutes of {words} were agreed. Following WRT Board approval of the "
                "lease the members were told.\n")
    assert "WRT Board" not in _organisations(page("the\nBoard"))
    assert "WRT Board" not in _organisations(page("the Board's last meeting"))
    assert "WRT Board" in _organisations(page("the Board\nof Kestrel Rivers Authority"))


def test_a_council_meeting_heading_names_the_council_as_the_meeting_own() -> None:
    """"WESTBURY PARISH COUNCIL MEETING" over the minutes: the council is the meeting's own
    body, not listed as an outside body; another council the minutes name stays one."""
    text = ("WESTBURY PARISH COUNCIL MEETING\n\nMinutes of the meeting held on 3 May 2023\n\n"
            "1. Correspondence\n\nA letter from Westbury Parish Council's insurers and one "
            "from Northvale District Council were noted. Westbury Parish Council agreed to "
            "reply.\n")
    orgs = _organisations(text)
    assert "Westbury Parish Council" not in orgs
    assert "Northvale District Council" in orgs


@pytest.mark.parametrize(("sentence", "second"), [
    ("KD agreed to raise this at the Parish Council and TW offered to write to the "
     "Highways Officer to express concern.", "TW offered to write"),
    ("The Chair said he would look into the signs and the Secretary was asked to write to "
     "the Borough Council about them.", "the Secretary was asked to write"),
])
def test_a_second_members_own_promise_after_and_is_an_errand_of_its_own(
    sentence: str, second: str,
) -> None:
    """"… at the Parish Council and TW offered to write …": two members, each with an errand
    of their own; the name before "and" joins no two names into one subject."""
    found = _read(sentence).followups
    assert len(found) == 2
    assert found[1].text.startswith(second)


@pytest.mark.parametrize(("text", "ask"), [
    ("The Police had carried out speed checks in Newbrook and residents wondered what the "
     "findings were. Clerk to speak to the PCSO.", "The Police had carried out"),
    ("A survey was carried out last year but it was felt that it would be good to have "
     "another one. The Clerk will arrange for one to be carried out.", "A survey was"),
    ("Members of each Council, plus the Clerk, invited to attend. Jo Tenby will attend.",
     "Members of each Council"),
])
def test_a_request_answered_in_the_next_sentence_is_one_followup_quoted_from_the_ask(
    text: str, ask: str,
) -> None:
    """The gold guide quotes a request and the promise that answers it as one follow-up, by
    the request: when only the answer reads as one, it runs from the request before it."""
    (f,) = _read(text).followups
    assert f.text.startswith(ask)


def test_an_answer_after_a_blank_line_stays_apart() -> None:
    """A promise in a paragraph of its own is its own follow-up; nothing runs back over the
    paragraph's end."""
    (f,) = _read("Residents wondered what the findings were.\n\n"
                 "Clerk to speak to the PCSO.").followups
    assert f.text.startswith("Clerk")


def test_a_members_will_after_a_request_read_is_one_followup_with_it() -> None:
    """A request read on its own and the member's "will" that answers it in the next
    sentence are one follow-up, quoted from the request (the gold guide: "When a request and
    the promise that answers it are in consecutive sentences, they count as one"), as
    "agreed to" after it already was; what the meeting decided answers no ask."""
    (f,) = _read("Cllr Ames asked for the figures to be circulated. The Clerk will email "
                 "them to Members.").followups
    assert f.text.startswith("Cllr Ames asked for the figures to be circulated. The Clerk")
    assert f.assigned_to == "Clerk"
    (f,) = _read("It was suggested that we would ask the Parish Council if the funds could be "
                 "held in its account. DD will ask this question at the next Parish Council "
                 "meeting.").followups
    assert f.text.startswith("It was suggested") and f.assigned_to == "DD"
    assert len(_read("It was agreed that the Clerk would write to the owner. JH will check "
                     "the boundary.").followups) == 2


@pytest.mark.parametrize(("text", "last"), [
    ("Clerk to raise the re-turfing of the verge with the County. Clerk and Chair to follow "
     "up hedge planting along the fence line, which the County had agreed to carry out when "
     "the road was built.", "Clerk and Chair to follow up"),
    ("A request was received to update the web site. This was agreed and an advert be placed "
     "in the village shop. Sam Fenwick's son has agreed to update the web site in the future.",
     "Sam Fenwick"),
])
def test_a_promise_reported_as_made_before_or_after_a_decision_answers_no_ask(
    text: str, last: str,
) -> None:
    """"… which the County had agreed to carry out" reports an old promise, and "This was
    agreed and …" is the meeting's decision: neither pair is an ask and the promise that
    answers it, so two follow-ups, not one."""
    found = _read(text).followups
    assert len(found) == 2
    assert found[-1].text.startswith(last)


@pytest.mark.parametrize("sentence", [
    "The exact location of the knotweed on Fennel Bank to be passed to WCC (50 yards south "
    "of the junction).",
    "Potholes on Mill Lane; dangerous banking at Ashby bridge requires barriers – all to be "
    "passed to Highways.",
    "A survey of the ownership of the site has been carried out under the key priority and "
    "that on completion this will be passed to the Finance Committee to decide what is needed.",
])
def test_a_matter_to_be_passed_to_a_named_body_is_a_followup(sentence: str) -> None:
    assert len(_read(sentence).followups) == 1


def test_a_motion_passed_is_no_matter_passed_on() -> None:
    assert _read("It was agreed that the motion be passed to a vote.").followups == []


@pytest.mark.parametrize("sentence", [
    "Members resolved that the Clerk should check the Land Registry for an owner.",
    "The Council decided that the Chairman would contact the landowner about the hedge.",
])
def test_resolved_that_one_named_should_act_is_a_followup(sentence: str) -> None:
    """"resolved that the Clerk should check …": the meeting's errand for one it names, its
    verb after "should" or "would" as after the subjunctive ("resolved that the Clerk
    check …")."""
    assert len(_read(sentence).followups) == 1


def test_resolved_that_a_thing_should_be_set_up_is_no_errand_by_this_rule() -> None:
    assert _read("It was resolved that no sub group should be established.").followups == []


def test_a_page_with_no_items_found_is_read_as_the_meetings_text() -> None:
    """An action log of bullets under a dated heading, with no numbered items for the
    structural reader to find, is read whole as the meeting's text, not left unread."""
    text = ("Brookfield Playing Field Association\n\nMinutes\n\n"
            "3rd March 2011, 7pm, The Plough\n\n"
            "  • Present: Ann Fairley (AF), Tom Green (TG), Joan Hill (JH)\n"
            "  • Apologies: Ray Dent (RD)\n\n"
            "Outstanding Actions/Matters Arising:\n\n"
            "  • Gate repair (TG) ONGOING. No reply from the contractor\n"
            "  • Newsletter (AF) ONGOING\n\n"
            "AF to try and collate something for delivery on 7th April (see below)\n\n"
            "  • Risk assessment rota (AF) ONGOING\n")
    minutes = extract(text)
    assert minutes.items == []
    read_prose([(text, minutes)])
    assert [f.text for f in minutes.outside.followups] == [
        "AF to try and collate something for delivery on 7th April (see below)"]


@pytest.mark.parametrize("sentence", [
    "All Members declared a pecuniary interest in the setting of the Precept and submitted a "
    "written request for a dispensation under S33 of the Localism Act 2011.",
    "TO CONSIDER ANY WRITTEN REQUESTS FOR DISPENSATIONS Cllr Amberley declared a personal "
    "interest in application 01/2019/0101 as he knows the applicant.",
])
def test_a_request_for_a_dispensation_is_interests_business_not_a_followup(
    sentence: str,
) -> None:
    assert _read(sentence).followups == []


@pytest.mark.parametrize("sentence", [
    "The Chair will draw attention to the emergency evacuation procedure as set out under "
    "Note 6.",
    "The Chairman will formally welcome everyone to the meeting and present a report on the "
    "Parish Council's year.",
])
def test_the_chair_running_this_meeting_is_no_followup(sentence: str) -> None:
    """How a chair runs the meeting itself ("will draw attention to the evacuation
    procedure", "will formally welcome everyone"): no errand, an adverb before the verb or
    not."""
    assert _read(sentence).followups == []


@pytest.mark.parametrize("sentence", [
    "On this matter, Major Pellow would now address the meeting.",
    "Ann Tregarthen agreed to take the minutes as there is no secretary present.",
    "Cllr Penhallow declared an interest in the Footpath Strategy (Item 7) and it was AGREED "
    "that he would provide information and take part in the discussion.",
    "Councillor Trebilcock indicated that he would move to the back of the room when the item "
    "was being discussed.",
    "Members agreed that the Board would consider items 9-11 in private for the reasons set "
    "out on the agenda.",
    "Proposed by Cllr Nance, seconded by Cllr Rowe, that the meeting now be brought back into "
    "session.",
    "The Secretary advised that it may be appropriate to appoint a Chairman for the meeting.",
])
def test_the_meetings_own_conduct_is_no_followup(sentence: str) -> None:
    """Who addresses the meeting, takes its minutes, declares an interest at it, sits apart
    while an item is taken, whether items go into private or back into session, who chairs
    it: the meeting's own conduct, done there, which readers never list as a request."""
    assert _read(sentence).followups == []


@pytest.mark.parametrize("sentence", [
    "As there had been no applications for Chairman, Mr. Penrose had been asked to be "
    "re-elected for another term of office.",
    "The Chief Executive asked for candidates to be nominated for the position of Treasurer.",
    "Six candidates were interviewed and the Panel recommended that Mr Jory Penhale and Mrs "
    "Tamsin Rowe be appointed.",
    "Councillor Trewin to replace Councillor Nance",
    "The Secretary explained that Jo Hale had resigned as Chairman in March to be replaced by "
    "Sam Lee as Acting Chairman.",
    "As a result there would be no requirement for a vice-chair to be appointed.",
])
def test_a_seat_filled_at_the_meeting_is_no_followup(sentence: str) -> None:
    """An election or appointment made or recommended at the meeting, a member for a member
    on a list of seats: the meeting's own business, as nominations for its chair are."""
    assert _read(sentence).followups == []


@pytest.mark.parametrize("sentence", [
    "The Clerk will report back on whether a new auditor should be appointed.",
    "A meeting of the Cemetery Sub-Committee needs to be arranged on site with the Chair to "
    "replace Councillor Trewin.",
])
def test_an_errand_about_a_seat_is_still_one(sentence: str) -> None:
    assert len(_read(sentence).followups) == 1


@pytest.mark.parametrize("sentence", [
    "The Clerk will update the register of pecuniary interests on the website.",
    "The Chair will write to members who declared an interest in the scheme.",
    "The Clerk will ask the auditor to address the meeting in June.",
    "The Clerk will circulate the report on business to be taken in private next time.",
    "The Clerk will arrange for a Chairman for the meeting in July to be found.",
    "Cllr Penrose will move the spare chairs to the back of the room before the next meeting.",
    "The Clerk will take the minutes of the allotments working group and circulate them.",
])
def test_the_meetings_conduct_named_inside_an_errand_leaves_the_errand(sentence: str) -> None:
    """Interests, addressing the meeting, private business, a chair for a meeting: named as
    what the errand is about, not as what the doer does at this meeting, the errand stands."""
    assert len(_read(sentence).followups) == 1


def test_an_errand_in_writing_after_a_private_item_is_still_one() -> None:
    assert len(_read("The Board would consider the item in private and the Clerk would write "
                     "to the applicant after the meeting.").followups) == 1


@pytest.mark.parametrize(("sentence", "who"), [
    # a run-on minute: the matter's title and a date, a spaced hyphen, then the promise
    ("Date of Annual Inspection - Monday 17th June - Clerk will notify Councillors of the "
     "teams.", "Clerk"),
    ("Tregony Common – The clerk will liaise with the current committee.", "clerk"),
    # two sentence adverbs before the verb
    ("Cllr. Penrose will therefore duly sign the Declaration of Office notice.", None),
    # a member by a given name alone, what they have, then "and will"
    ("Michael now has the contact details and will write a letter soon.", None),
])
def test_a_promise_after_a_dash_an_adverb_pair_or_a_given_name_is_a_followup(
    sentence: str, who: str | None,
) -> None:
    """"… - Clerk will notify …" after a matter's title, "will therefore duly sign",
    "Michael … and will write": a promise each, read as one at a sentence's start is."""
    followups = _read(sentence).followups
    assert len(followups) == 1
    assert who is None or who in (followups[0].assigned_to or "")


def test_an_action_tag_glued_to_the_errand_marks_it() -> None:
    """An action column flattened into the text glues its tag to the errand's last word."""
    followups = _read("Investigate cost of extra court marking and goal postsACTION\n\n"
                      "Provide members with a schedule of current bookingsACTION").followups
    assert len(followups) == 2


def test_a_word_ending_in_capitals_is_no_action_tag() -> None:
    assert _read("The committee noted the TRANSACTION report.").followups == []


def test_an_adverb_before_an_errand_still_leaves_the_errand() -> None:
    assert len(_read("The Clerk will formally write to the owner of the hedge.").followups) == 1


def test_a_name_a_hard_wrapped_line_cut_in_two_is_one_name() -> None:
    """PDF text wraps lines anywhere: "… a letter to the Welsh" / "Government …" and "pupils
    at Hale Meadow High" / "School …" are one body each, not a stray adjective and a bare
    "Government"; a line that ends a whole name ("the Parish Council" / "Planning …") or
    a roll's entry ("Cllr Hale" / "Westbury Trust") is left as printed."""
    text = ("Minutes of the Audit Committee held on 3 May 2023\n\n1. Letters\n\n"
            "It was agreed to draft a letter to the Welsh\nGovernment about the grant. "
            "Pupils at Hale Meadow High\nSchool had won a prize. The Council would apply to "
            "the Westbury Improvement\nFund in June.\n")
    assert {"Welsh Government", "Hale Meadow High School"} <= _organisations(text)
    assert "Government" not in _organisations(text)
    assert "Westbury Improvement Fund" in _page_labels(text, "programme")
    text = ("Minutes of the Audit Committee held on 3 May 2023\n\nPresent: Cllr Hale\n"
            "Northvale Wildlife Trust\n\n1. Letters\n\nA letter from the Parish Council\n"
            "Planning Working Group was noted.\n")
    assert "Hale Northvale Wildlife Trust" not in _organisations(text)


def test_a_name_wrapped_onto_an_indented_line_is_one_name() -> None:
    """An indented paragraph wraps a name onto its next line after the indent ("… the Eastby
    Equity Active Multi" / "     Manager Fund was launched …"): one programme, and one body,
    not the head word and the words before it apart; a line that ends a whole name, or a
    name that follows no lower-case word of prose, is left as printed."""
    text = ("Minutes of the Pension Committee held on 3 May 2023\n\n1. Funds\n\n"
            "     Members heard that at inception, the Eastby Equity Active Multi\n"
            "     Manager Fund was launched with three managers, and that the Westby Community\n"
            "     Transport Scheme had closed. A letter from the Northvale\n"
            "     Wildlife Trust was read.\n")
    programmes = _page_labels(text, "programme")
    assert {"Eastby Equity Active Multi Manager Fund",
            "Westby Community Transport Scheme"} <= programmes
    assert not {"Manager Fund", "Transport Scheme"} & programmes
    assert "Northvale Wildlife Trust" in _organisations(text)
    text = ("Minutes of the Pension Committee held on 3 May 2023\n\n1. Funds\n\n"
            "     A letter was sent to the Parish Council\n"
            "     Planning Working Group was noted.\n"
            "     Eastby Equity Active\n"
            "     Manager Fund\n")
    programmes = _page_labels(text, "programme")
    assert "Parish Council Planning Working Group" not in programmes
    assert "Eastby Equity Active Manager Fund" not in programmes


def test_the_meeting_own_body_named_shorter_is_no_outside_body() -> None:
    """The meeting's own body named by its last words ("the Combined Authority") or by its
    words less a qualifier ("Northvale Access Forum" at the Northvale Local Access Forum)
    is its own, no outside body; another forum the minutes name stays one."""
    text = ("Minutes of the Annual Meeting of the Northvale Local Access Forum held on 3 May "
            "2023\n\n1. Chair\n\nJo Hale was elected Chair of the Northvale Access Forum. "
            "A letter from the Westmere Access Forum was noted.\n")
    orgs = _organisations(text)
    assert "Northvale Access Forum" not in orgs
    assert "Westmere Access Forum" in orgs
    text = ("Minutes of the Westmere and Eastvale Combined Authority held on 3 May 2023\n\n"
            "1. Budget\n\nThe report was referred to the Combined Authority for decision. "
            "A letter from Northvale County Council was noted.\n")
    orgs = _organisations(text)
    assert "Combined Authority" not in orgs
    assert "Northvale County Council" in orgs


def test_national_firms_a_parish_buys_from_or_hires_to_are_bodies() -> None:
    """The gazetteer (kg/data/nlp/bodies.toml) knows the national firms parish minutes name
    with no head word: a maker of play equipment, the charity that inspects play areas, a
    land agent, a class that hires the hall."""
    text = ("Minutes of the Westbury Playing Field Committee held on 3 May 2023\n\n1. Play "
            "area\n\nPlay equipment: Wicksteed to quote. Repairs followed the inspection by "
            "RoSPA. The estate is managed through their agent Savills. Slimming World may "
            "want another evening.\n")
    assert {"Wicksteed", "RoSPA", "Savills", "Slimming World"} <= _organisations(text)


def test_scheme_short_forms_that_are_no_body_initials_are_read_alone() -> None:
    """"P3" (the Parish Paths Partnership) and "EZ" (an Enterprise Zone) are read as the
    scheme where printed alone, the scheme's full name nowhere on the page: a letter and a
    figure, or two capitals of a zone, stand for no body."""
    text = ("Minutes of the Westbury Parish Council held on 3 May 2023\n\n1. Payments\n\n"
            "R Hale, P3 and lengthsman work £68.40. The Board noted the EZ income for the "
            "year.\n")
    assert {"P3", "EZ"} <= _page_labels(text, "programme")


def test_pension_pools_care_providers_and_voluntary_action_bodies_are_bodies() -> None:
    """The gazetteer knows the pools that invest councils' pension funds and the community
    care providers councils commission, named with no head word; an area's voluntary action
    body or third sector interface is a body by its last words after the place."""
    text = ("Minutes of the Westbury Board held on 3 May 2023\n\n1. Updates\n\nPooling "
            "matters with LGPS Central were noted. A statement on Sirona was made. Jo Hale "
            "attended for Northvale Voluntary Action, and the Westshire Third Sector "
            "Interface replied.\n")
    assert {"LGPS Central", "Sirona", "Northvale Voluntary Action",
            "Westshire Third Sector Interface"} <= _organisations(text)


def test_a_national_body_s_branch_before_a_post_is_the_branch() -> None:
    """"NHS Westshire Non-Executive Director": the branch (the national name and its place,
    no head word) is the body and the rest the post, not "NHS" and a post that starts with
    the place."""
    text = ("Minutes of the Westshire Integration Joint Board held on 3 May 2023\n\n1. Board "
            "members\n\nJo Hale, NHS Westshire Non-Executive Director, was welcomed to her "
            "first meeting.\n")
    assert "NHS Westshire" in _organisations(text)
    assert "Non-Executive Director" in _page_labels(text, "post")


def test_a_plan_group_s_minutes_name_the_plan_it_writes() -> None:
    """A page that opens with a group named by the plan it writes ("Northvale Neighbourhood
    Plan Steering Group") names the plan as a programme, the group being the meeting's own
    body; not from a heading that names no plan."""
    def programmes(text: str) -> set[str]:
        minutes = extract(text)
        read_prose([(text, minutes)])
        return {m.label for h in minutes.prose for m in h.mentions if m.kind == "programme"}

    text = ("NPSG May 2023 Minutes\n\nNorthvale Neighbourhood Plan Steering Group\n\nDate: 3 May "
            "2023\n\n1. Apologies\n\nNone.\n\n2. Survey\n\nThe survey was agreed.\n")
    assert programmes(text) == {"Northvale Neighbourhood Plan"}
    text = ("Minutes of the Steering Group Meeting held on 3 May 2023\n\n1. Apologies\n\n"
            "None.\n\n2. Survey\n\nThe survey was agreed.\n")
    assert not programmes(text)
    # a heading in capitals, two places' plan joined by "&"
    text = ("EASTBY & WESTBY NEIGHBOURHOOD PLAN STEERING GROUP\n\nMinutes of the meeting held "
            "on 3 May 2023\n\n"
            "1. Apologies\n\nNone.\n\n2. Survey\n\nThe survey was agreed.\n")
    assert programmes(text) == {"Eastby & Westby Neighbourhood Plan"}
    # its small words kept small, in a hyphened place's name too
    for heading, plan in (("ACTON AND WESTBY", "Acton and Westby"),
                          ("EASTBY-ON-SEA", "Eastby-on-Sea")):
        text = (f"{heading} NEIGHBOURHOOD PLAN STEERING GROUP\n\nMinutes of the meeting held "
                "on 3 May 2023\n\n1. Apologies\n\nNone.\n\n2. Survey\n\nThe survey was agreed.\n")
        assert programmes(text) == {f"{plan} Neighbourhood Plan"}


@pytest.mark.parametrize("blanks", ["  ", " " * 5000])
def test_a_question_answered_after_a_run_of_blanks_is_no_followup(blanks: str) -> None:
    # fup.answer reads the next sentence from its first word, the blanks before it taken
    # whole (a sentence opening on 5,000 blanks took 73 s a page). Answered,
    # the question is no follow-up; unanswered, it is one, as before.
    ask = "Councillor Vane asked if the Clerk could check the gully."
    answered = ask + blanks + "The Clerk replied that it had been cleared in May."
    assert _read(answered).followups == []
    (f,) = _read(ask + blanks + "x").followups
    assert f.text.startswith("Councillor Vane asked if the Clerk")


def test_an_answer_verb_after_blanks_that_follow_a_mark_still_answers() -> None:
    # The one answer that begins among the marks before the first word: a verb after blanks
    # that follow a space or one of ’'&,:- ("  replied that …").
    from kg.nlp.followups import followup_rules
    answer = followup_rules().rx["answer"]
    assert answer.match("  replied that it had been done")
    assert answer.match("-\t\treplied that it had been done")
    assert not answer.match("\t\treplied that it had been done")
    assert not answer.match(" replied that it had been done")


@pytest.mark.parametrize("sentence", [
    "Ann Carrow to resign as Treasurer to be candidate for Secretary.",
    "Tom Penwarden to be nominated as candidate for Vice-Chairman.",
    "DP to be the next chair of the Playing Field sub committee, to start shortly.",
    "Cllr Polglaze agreed to take this post for the time being.",
    "Peter Trenear will join the Board in March to replace Mabyn Hocking.",
])
def test_office_bearers_reshuffled_are_seats_filled_not_followups(sentence: str) -> None:
    """Office bearers reshuffled, a member standing for a seat, one taking a post or joining
    a board in another's place: seats filled, the meeting's own business, never an errand."""
    assert _read(sentence).followups == []


@pytest.mark.parametrize("sentence", [
    "Commissioners agreed to amend the October minutes, in the paragraph under Trewint "
    "Housing to read as follows.",
    "At 212/13 Burial Fees the following to be inserted:",
    "Outreach Group Para 41 – reworded as ‘Jo reported on the forum and advised that the "
    "Outreach Group would be attending the July meeting to take part in a workshop on "
    "recreation’.",
    "Outreach Group Para 43 – ‘Awareness of the new moorings policy’ to be added.",
])
def test_the_last_minutes_mended_by_month_list_or_paragraph_are_no_followups(
    sentence: str,
) -> None:
    """The last minutes corrected at this meeting, named by their month, by a list of
    insertions opened with a colon, or by a paragraph's number: done by the minute itself."""
    assert _read(sentence).followups == []


def test_a_heading_in_capitals_keeps_the_capital_after_an_opening_bracket() -> None:
    """"MINUTES OF PREVIOUS MEETING (NOVEMBER 2022)" read in ordinary case keeps "(November"
    a month's name, as the month's pattern reads it, not "(november"."""
    from kg.nlp.meeting_refs import _ordinary_case
    assert "(November 2022)" in _ordinary_case("MINUTES OF PREVIOUS MEETING (NOVEMBER 2022) "
                                               "were accepted.")


def test_a_quotation_after_a_paragraphs_number_with_no_correcting_verb_is_read() -> None:
    """"Para 12 – ‘The Clerk to write to the Harbour Board’": a paragraph's number and a
    quotation, with no verb that mends the minutes, may quote an action; it is read."""
    from kg.nlp.followups import followup_rules
    correction = followup_rules().rx["correction"]
    assert not correction.search("Para 12 – ‘The Clerk to write to the Harbour Board about the "
                                 "moorings’.")
    assert correction.search("Para 12 – ‘The Clerk to write to the Harbour Board’ to be "
                             "deleted.")


@pytest.mark.parametrize(("rule", "sentence"), [
    ("pronoun_will", "She would now also write to the Harbour Board about the moorings."),
    ("pronoun_will", "He agreed that he would therefore chase the contractor."),
    ("future_passive", "This will therefore be cut back by the contractor."),
    ("future_passive", "These will be now also repaired."),
])
def test_two_sentence_adverbs_or_therefore_before_an_errand_leave_it_an_errand(
    rule: str, sentence: str,
) -> None:
    """"would now also write", "will therefore be cut": the adverbs every errand rule takes
    (``errand_adverbs``, up to two of them) leave a pronoun's promise and a future passive
    errands too."""
    from kg.nlp.followups import followup_rules
    assert followup_rules().rx[rule].search(sentence)


@pytest.mark.parametrize("sentence", [
    "We will keep this item on the agenda for future meetings.",
    "We will try to find a co-opted member.",
    "we shall tender for a new cleaner for the hall.",
])
def test_a_body_promising_in_the_first_person_plural_is_a_followup(sentence: str) -> None:
    """Minutes a forum, a community council or a hall committee writes in the first person:
    "We will …" is the body's own promise, whatever the verb."""
    assert len(_read(sentence).followups) == 1


def test_a_speakers_we_reported_is_no_promise_of_the_body() -> None:
    """"We will …" is the body's own promise only as its own sentence or clause: a speaker's
    "we" in reported speech is the speaker's organisation's plan."""
    assert _read("The Commissioner stated that we will work more closely with schools on "
                 "exclusions.").followups == []


@pytest.mark.parametrize(("sentence", "who"), [
    ("A. Penhale to assist with the tree lighting with the loan of a cherry picker.",
     "A. Penhale"),
    ("C. Trewin to collect the timer from the hall and arrange its fitting.", "C. Trewin"),
])
def test_a_member_by_initial_and_surname_is_sent_on_an_errand(sentence: str, who: str) -> None:
    """Small committees' notes name a member by one initial and a surname ("A. Penhale to
    assist …"): one who acts, as a member's initials are."""
    followups = _read(sentence).followups
    assert [f.assigned_to for f in followups] == [who]


@pytest.mark.parametrize(("sentence", "who"), [
    ("IT policy: B. Trewin to check whether he has it.", "B. Trewin"),
    ("Dermatology services: Mrs Penrose to make contact with the Trust to establish if a new "
     "consultant has been appointed.", "Mrs Penrose"),
])
def test_an_action_line_after_its_matters_title_and_a_colon(sentence: str, who: str) -> None:
    """The matter's title and a colon before the action line ("IT policy: B. Trewin to
    check …"), as a dash before it is: who acts and the errand."""
    assert [f.assigned_to for f in _read(sentence).followups] == [who]


@pytest.mark.parametrize(("line", "errand", "who"), [
    ("Minutes from the meeting on 12-10-2015 were agreed / Chase JT for footfall figures / "
     "RB / Mar 2016", "Chase JT for footfall figures", "RB"),
    ("2. / Circulate the Chair’s announcement of the merger / Tamsin\n",
     "Circulate the Chair’s announcement of the merger", "Tamsin"),
])
def test_an_imperative_cell_of_a_flattened_action_table_with_its_doer(
    line: str, errand: str, who: str,
) -> None:
    """An action table flattened into a line, its cells parted by " / ": the errand in the
    imperative in a cell of its own, then the cell of who acts."""
    text = f"Minutes of the Audit Committee held on 3 May 2023\n\n1. Report\n\n{line}\n"
    minutes = extract(text)
    read_prose([(text, minutes)])
    followups = [f for it in minutes.items for f in it.followups]
    assert [(f.text, f.assigned_to) for f in followups] == [(errand, who)]


def test_an_action_logs_rows_under_its_header_with_the_doer_first() -> None:
    """An action log flattened to text under its header row, the doer's column first ("Action
    by / Action / Deadline"): each row one follow-up, its text the row, assigned to the doer's
    cell and due by the deadline's; a row the log marks done is a past action, no request."""
    rows = ["TH / Send the finished youth plan to the Board. / 28.6.23",
            "AB & TH / Pull together a news story on the cadets / July 2023",
            "TH / Refresh the volunteer rota / Complete"]
    text = ("Minutes of the Youth Panel Management Board held on 3 May 2023\n\n1. Action Log\n\n"
            "Action by / Action / Deadline\n" + "\n".join(rows) + "\n\n2. Budget\n\n"
            "The Board noted the budget report.\n")
    minutes = extract(text)
    read_prose([(text, minutes)])
    followups = [f for it in minutes.items for f in it.followups]
    assert [(f.text, f.assigned_to, f.due_text) for f in followups] == [
        (rows[0], "TH", "28.6.23"), (rows[1], "AB & TH", "July 2023")]


def test_a_doer_by_initials_is_the_member_of_the_roll_they_are() -> None:
    """An action line's or log's doer by initials ("TH", "Action: AB") is the one member of
    the roll those initials are; initials two members share, or a list of doers, stay as
    printed."""
    text = ("Minutes of the Youth Panel Management Board held on 3 May 2023\n\n"
            "Present: Councillor Tom Hale, Councillor Ann Bell, Councillor Amy Brook\n\n"
            "1. Action Log\n\nAction by / Action / Deadline\n"
            "TH / Send the finished youth plan to the Board. / 28.6.23\n"
            "TH & AB / Pull together a news story on the cadets / July 2023\n\n"
            "2. Hedges\n\nThe hedge by the car park needs cutting back. Action: AB\n\n"
            "3. Benches\n\nThe bench by the pond needs repainting. Action: TH\n")
    minutes = extract(text)
    read_prose([(text, minutes)])
    followups = [f for it in minutes.items for f in it.followups]
    assert [(f.assigned_to, f.assigned_kind) for f in followups] == [
        ("Tom Hale", "person"), ("TH & AB", None), ("AB", None), ("Tom Hale", "person")]


@pytest.mark.parametrize("sentence", [
    "The Chairman welcomed all present, asked that all mobile phones be put on silent and "
    "that all matters be addressed through the chair.",
    "He also requested that TCC members declare any conflict of interest in any of the known "
    "agenda items.",
    "Each Director present confirmed that they had no interest in the arrangements to be "
    "considered at the meeting.",
    "As the Vice-Chair was unable to chair the meeting, Cllr Polglaze offered to chair – this "
    "was accepted by all.",
    "Members of the public were asked to declare their name when addressing the Chairman.",
    "For the following agenda points members of the public can observe the meeting but cannot "
    "take part in any debate.",
    "Observers are not entitled to vote and would be asked to abstain from those discussions.",
])
def test_the_chairs_housekeeping_of_this_meeting_is_no_followup(sentence: str) -> None:
    """The housekeeping a chair sets as the meeting opens (phones silent, remarks through the
    chair, interests in its items declared, who chairs it, the public's part in it, who
    abstains): done there, never an errand."""
    assert _read(sentence).followups == []


@pytest.mark.parametrize("sentence", [
    # (a table's header, "Item Action", run on into the first row)
    "Item Action The Chairman advised that he intended to raise two additional matters under "
    "any other business.",
    "To dispose of any business required by statute to be brought before the Council before "
    "any other business.",
    "The Chairman to advise whether they have agreed to any items of urgent business being "
    "admitted to the agenda.",
    "The Governing Body was asked to approve the minutes of the previous meeting.",
])
def test_this_meetings_own_agenda_is_no_followup(sentence: str) -> None:
    """Matters raised under any other business, urgent business admitted to the agenda, the
    last minutes put to the meeting for approval: the meeting's own agenda, taken there."""
    assert _read(sentence).followups == []


@pytest.mark.parametrize("sentence", [
    "The Vice-Chair will ask Members whether they have read the officers' papers on this "
    "agenda.",
    "It was confirmed that matters would be considered in both public and private session as "
    "set out on the agenda.",
    "The auditor would be glad to be brought into any discussions on items on the agenda.",
    "Ms Penhale of the Wessex Rivers Trust stated the flood gates needed more work and she "
    "would provide a full update during the main item on the agenda.",
    "The Chair said the reports would be considered in the order set out in the agenda for "
    "this meeting.",
])
def test_the_agenda_in_hand_is_no_followup(sentence: str) -> None:
    """A sentence that names the agenda of the meeting being held ("items on this agenda",
    "as set out on the agenda", "the main item on the agenda"), with no later meeting in view,
    is that meeting's business, done there: no errand."""
    assert _read(sentence).followups == []


@pytest.mark.parametrize("sentence", [
    "The Clerk will put the footpath repairs on the agenda for the next meeting.",
    "It was agreed that the Clerk would add the play area to the agenda of the following "
    "meeting.",
    "The Clerk will ask the Trust to make the allotment lease a standing item on the agenda.",
    "FC21/3 PUBLIC QUESTIONS ON ITEMS ON THE AGENDA Cllr Tregear asked that the Clerk write to "
    "the County Council about the bus shelter.",
])
def test_an_errand_about_a_later_agenda_stays(sentence: str) -> None:
    """An errand that puts something on a later meeting's agenda, makes it a standing item, or
    follows an agenda heading printed in capitals is one still: only the agenda in hand is the
    meeting's own business."""
    assert len(_read(sentence).followups) == 1


@pytest.mark.parametrize("sentence", [
    "Clerk to ensure that supporting documents for items on the agenda are circulated with "
    "the agenda.",
    "Members asked that reports for items on the agenda be sent out a week before the meeting.",
    "The Clerk will circulate the reports for items on the agenda to all members in good time.",
])
def test_an_errand_for_the_items_on_the_agenda_stays(sentence: str) -> None:
    """Items on "the" agenda are the meeting's own business only as what is discussed or
    declared on them ("any discussions on items on the agenda"): an errand done for them,
    papers to circulate or send out, is one still (each passed over before round 48's
    review)."""
    assert len(_read(sentence).followups) == 1


@pytest.mark.parametrize("sentence", [
    "The Tennis Club Secretary was invited to speak and she described the new floodlights.",
    "Our visitor, Ms Trelawny, was invited to speak to us and gave a short talk on the "
    "Heritage Trust's work.",
    "Councillors Pyne and Odell, who would be invited to speak briefly on the petition, were "
    "also present.",
])
def test_a_turn_to_speak_at_the_meeting_is_no_followup(sentence: str) -> None:
    """One invited to speak at the meeting being held speaks there: no errand."""
    assert _read(sentence).followups == []


@pytest.mark.parametrize("sentence", [
    "The PCSO will be invited to speak at the next meeting.",
    "The warden will be invited to speak to the Parish Council in March.",
    "The Clerk was invited to speak with the landowner about the hedge.",
    "Mr Jory was invited to speak and the Clerk was asked to write to him afterwards.",
])
def test_an_invitation_to_speak_later_or_elsewhere_stays(sentence: str) -> None:
    """An invitation to speak at a meeting to come, or to speak with someone outside it, is an
    errand; so is another ask in the same sentence."""
    assert len(_read(sentence).followups) == 1


@pytest.mark.parametrize("sentence", [
    "The PCSO will be invited to speak at the Annual Parish Meeting.",
    "The MP will be invited to speak at the AGM.",
    "The developer would be invited to speak at a public meeting in the village hall.",
    "The Police Commissioner will be invited to speak.",
])
def test_an_invitation_to_speak_elsewhere_or_to_come_stays(sentence: str) -> None:
    """An invitation to speak at another gathering named ("… at the AGM", "… at a public
    meeting"), or one the minutes say "will" be made, is an errand still: only a turn given
    at the meeting being held, reported as held, is none (each vetoed before round 48's
    review)."""
    assert len(_read(sentence).followups) == 1


def test_a_building_printed_with_a_meetings_time_is_its_venue() -> None:
    """A community centre, hotel or library printed with a time of day ("on 13 August at 7pm
    at Eastbury Community Centre", "Eastbury Community Centre at 19.30") is where a meeting
    sits, no outside body; a school so printed stays the body readers list, and a centre
    named in prose ("a grant to Eastbury Community Centre") stays one too."""
    it = _read("The next meeting will be on 5 November at 7pm at Eastbury Community Centre. "
               "The walk starts at Northby Community Centre at 19.30. Members met at 7pm in "
               "Westbury Academy.")
    assert _kinds(it, "organisation") == {"Westbury Academy"}
    it = _read("A grant of £200 was made to Eastbury Community Centre for new chairs.")
    assert _kinds(it, "organisation") == {"Eastbury Community Centre"}
    # the time is the heading's {time}: "7.00.p.m." as a heading prints it too
    it = _read("The next meeting will be on 5 November at 7.00.p.m. at Northby Community "
               "Centre.")
    assert not _kinds(it, "organisation")


def test_a_part_named_by_one_word_is_no_body() -> None:
    """"the Police Team", "the Planning Department", "the Harbour Office": a team, department,
    office or unit named by one word of what it does or where it sits is a part of some body,
    which readers do not list; a part named more fully ("the Westbury Youth Offending Team")
    and a known body ("the Home Office") stay bodies."""
    it = _read("The Police Team had visited. The Clerk wrote to the Planning Department and "
               "the Harbour Office. Advice came from the Equality Unit.")
    assert not _kinds(it, "organisation")
    it = _read("The Westbury Youth Offending Team and the Home Office had replied.")
    assert {"Westbury Youth Offending Team", "Home Office"} <= _kinds(it, "organisation")
    # the offices of state and agencies named so are known bodies (bodies.toml), and stay
    it = _read("The Clerk wrote to the Foreign Office, the Wales Office, the Scotland Office, "
               "the Passport Office and the Patent Office.")
    assert {"Foreign Office", "Wales Office", "Scotland Office", "Passport Office",
            "Patent Office"} <= _kinds(it, "organisation")


def test_remits_joined_to_a_plural_head_are_no_body() -> None:
    """"Head of Renewal, Governance and Partnerships", "Director of Housing & Partnerships":
    a plural body's head straight after "and" or "&" at a name's end is one more remit of the
    officer's department, no one body; a plural with a word of its own before it ("the
    Westshire Community Safety Partnerships") stays a body."""
    it = _read("Ann Vane, Head of Renewal, Governance and Partnerships, gave an update. "
               "Tom Orme, Director of Housing & Partnerships, replied.")
    assert not _kinds(it, "organisation")
    it = _read("Jo Dale, Director of Transformation and Partnerships, would write to the "
               "Eastmoor Trust.")
    assert _kinds(it, "organisation") == {"Eastmoor Trust"}
    it = _read("The Westshire Community Safety Partnerships had met.")
    assert _kinds(it, "organisation") == {"Westshire Community Safety Partnerships"}


def test_an_authority_named_by_its_part_is_no_body() -> None:
    """"each Constituent Authority", "the Billing Authority", "a New Unitary Authority": an
    authority named by the part it plays, with no place, names none; "the Westshire Police
    Authority" is one."""
    it = _read("Each Constituent Authority would pay a share. The Billing Authority wrote "
               "about a New Unitary Authority.")
    assert not _kinds(it, "organisation")
    it = _read("The Westshire Police Authority met in May.")
    assert _kinds(it, "organisation") == {"Westshire Police Authority"}


def test_a_consultation_named_by_its_regulation_is_a_programme() -> None:
    """"the Regulation 14 Consultation": a plan's statutory consultation named by its
    regulation's number keeps the number inside its name, as "the Section 106 monies" does;
    the regulation cited alone names none."""
    it = _read("The Regulation 14 Consultation on the Westbury Plan closed in May.")
    assert "Regulation 14 Consultation" in _kinds(it, "programme")
    it = _read("Under Regulation 16 the plan goes to the District.")
    assert not _kinds(it, "programme")


def test_a_plans_length_in_words_opens_its_name() -> None:
    """"the Five Year Financial Plan": a length printed apart, its number a word or a
    figure, is the name's first word, as a hyphened one is ("the 10-year Health Plan"), not
    "Year Financial Plan"."""
    it = _read("Members noted the proposals for updating the Five Year Financial Plan.")
    assert _kinds(it, "programme") == {"Five Year Financial Plan"}
    it = _read("The 10 Year Capital Strategy was approved in March.")
    assert _kinds(it, "programme") == {"10 Year Capital Strategy"}


def test_a_programme_after_its_councils_acronym_is_known_by_both_names() -> None:
    """"the WBC Parking Strategy": the council's acronym is marked as the owner apart, and
    the programme, named without it, is known by the name as printed too."""
    found = _programmes(_read("The report on the WBC Parking Strategy was circulated."))
    assert found == [("Parking Strategy", ("WBC Parking Strategy",))]


def test_a_programme_after_its_councils_full_name_is_known_by_both_names() -> None:
    """"Westmere Borough Council Clean Air Strategy": the council printed whole before the
    programme, with no possessive, is read apart, and the programme is known by the name as
    printed too; after the council's possessive, or with the council on the line above, the
    programme has its own name only."""
    found = _programmes(_read("The Westmere Borough Council Clean Air Strategy was adopted."))
    assert found == [("Clean Air Strategy", ("Westmere Borough Council Clean Air Strategy",))]
    found = _programmes(_read("Westmere Borough Council's Clean Air Strategy was adopted."))
    assert found == [("Clean Air Strategy", ())]
    found = _programmes(_first_item_of(
        "Minutes of the Executive held on 3 May 2023\n\n1. Westmere Borough Council\n"
        "Clean Air Strategy\n\nThe strategy was adopted.\n"))
    assert ("Clean Air Strategy", ()) in found


def test_a_programme_after_its_owners_name_is_known_by_the_printed_form_without_the() -> None:
    """The alias of a programme printed after its owner's name is the printed form without
    the "the" the owner's name opened with; a council on the line above, or two spaces
    before, is no part of the name."""
    found = _programmes(_read("The Welsh Government Active Travel Fund was noted."))
    assert found == [("Active Travel Fund", ("Welsh Government Active Travel Fund",))]
    found = _programmes(_read("The Westmere Borough Council\nClean Air Strategy was adopted."))
    assert found == [("Clean Air Strategy", ())]
    found = _programmes(_read("The Westmere Borough Council  Clean Air Strategy was adopted."))
    assert found == [("Clean Air Strategy", ())]


def test_a_lower_case_approach_says_what_kind_of_scheme_it_is() -> None:
    """"the Lean Working Redesign approach" is "Lean Working Redesign" too, as "the ‘Safer
    Streets’ initiative" is "Safer Streets"."""
    found = _programmes(_read("The Board adopted the Lean Working Redesign approach."))
    assert found == [("Lean Working Redesign approach", ("Lean Working Redesign",))]


def test_initials_of_one_scheme_only_are_read_alone() -> None:
    """"within the LDP", "the NDP": the planning system's initials of one plan each are read
    where the page never names the plan (``acronyms_alone`` in schemes.toml); initials shared
    with local bodies ("the LTP", a tenants' panel as often as the Local Transport Plan) still
    need the scheme named too."""
    found = _programmes(_read("Members objected to joining Westbury and Eastbury within the "
                              "LDP."))
    assert found == [("LDP", ("Local Development Plan",))]
    assert _programmes(_read("Expenses of the volunteers working on the NDP were paid.")) == [
        ("NDP", ("Neighbourhood Development Plan",))]
    assert not _programmes(_read("The LTP met on Tuesday and raised the repairs backlog."))


def test_a_bodys_name_and_a_programme_word_name_no_programme() -> None:
    """"the BBC programme", "the NALC project", "NHS service providers": a known body, or a
    council by its acronym, before a lower-case programme word says whose it is and names no
    scheme; a name of its own before the word still does ("the Better Start programme")."""
    for sentence in ("The BBC programme on river pollution was noted.",
                     "There was no need to subscribe to the NALC project.",
                     "NHS service providers were asked to attend in March.",
                     "The WBC review of the car parks was noted."):
        assert not _kinds(_read(sentence), "programme"), sentence
    assert _kinds(_read("The Better Start programme was launched in Westbury."),
                  "programme") == {"Better Start programme"}


def test_a_scheme_named_inside_a_bodys_name_is_a_programme() -> None:
    """"the Westbury Reservoir Project Team", "the Pension Board for the Westshire Local
    Pension Scheme", "Chair of the Eastbury Community Benefit Fund": the scheme a team, a
    board or a chair works on is named as a programme too; a board named by its kind only
    ("the Programme Board") names none."""
    for sentence, scheme in (
            ("Updates from the Westbury Reservoir Project Team were circulated.",
             "Westbury Reservoir Project"),
            ("She sits on the Pension Board for the Westshire Local Pension Scheme.",
             "Westshire Local Pension Scheme"),
            ("As Chair of the Eastbury Community Benefit Fund he took no part.",
             "Eastbury Community Benefit Fund")):
        assert scheme in _kinds(_read(sentence), "programme"), sentence
    assert not _kinds(_read("The Programme Board met in March."), "programme")


def test_a_staff_performance_review_is_no_programme() -> None:
    """"the Clerks Performance Review": a member of staff's yearly review is the employer's
    procedure, no scheme, as a risk assessment is."""
    assert not _kinds(_read("The Clerks Performance Review should include the new duties."),
                      "programme")


def test_a_sunday_service_is_a_ceremony_no_programme() -> None:
    """"the Civic Sunday service", like "the Carol Service": a church service the Mayor
    attends is a ceremony, no service run for people."""
    it = _read("The Mayor attended the Civic Sunday service at St Mary's in June.")
    assert not _kinds(it, "programme")


def test_narrowed_span_starts_at_whole_words_only() -> None:
    """A reference cut to the post it ran onto starts at the post's word itself, not inside a
    longer word that begins with it ("Clerks" before "Clerk")."""
    from kg.prose import _narrowed
    from kg.records import Span

    text = "Clerks Room B.1067 Clerk"
    cut = _narrowed(text, Span(0, len(text), text), "Clerk", "")
    assert cut.exact == "Clerk"


@pytest.mark.parametrize(
    "sentences",
    [
        "It was proposed by Cllr Tamsett that the Clerk writes to the owner. This was not "
        "seconded and the motion fell.",
        "A motion proposed by Cllr Quillam that the Council purchases a bench was lost.",
        "It was moved by Cllr Brindle that the Clerk contacts the contractor. On being put to "
        "the vote the motion was defeated.",
        "It was proposed by Cllr Tamsett that the Clerk writes to the owner but there was no "
        "seconder.",
    ],
)
def test_a_motion_lost_or_never_seconded_sends_no_one(sentences: str) -> None:
    """A motion that names who acts is a follow-up only if it was carried: one the sentence
    or the next one says was lost, defeated, fell or was never seconded sends no one."""
    assert _read(sentences).followups == []


def test_a_motion_carried_after_a_lost_one_still_sends_its_doer() -> None:
    it = _read("It was proposed by Cllr Tamsett that the Clerk writes to the owner. The motion "
               "was carried.")
    assert len(it.followups) == 1


def test_a_name_before_the_next_columns_word_needs_a_body_or_post_after_it() -> None:
    """A given name and a surname before a word that opens the page's next column are a
    person only where the words from it on name a body or a post ("Jane Kittle Lowdale
    Trust"), not any capitalised run ("Mary Tallow Lowdale Walks")."""
    from kg import patterns
    from kg.attendance import column_words
    from kg.prose import _named_before_column, pipeline

    p = patterns.load()
    roll = ("IN ATTENDANCE\n\nAnn Pryce Westmere Hills Trust Carl Quarry Westmere Hills Society "
            "Jane Kittle Lowdale Trust Peter Tarrow Lowdale Parish Council\n")
    text = roll + "Mary Tallow Lowdale Walks\n"
    doc = pipeline()(text)
    doc.spans["ckg"] = []  # whatever the pipeline marked, the rule alone is read
    found = {m.label for m in _named_before_column(text, 0, doc, column_words(text, p), p)}
    assert "Jane Kittle" in found and "Mary Tallow" not in found


_OWN_BODY_PAGE = (
    "\n1. Apologies for absence\n\nApologies were received from Ann Bell.\n\n"
    "2. Minutes of the last meeting\n\nThe minutes of the meeting held on 3 April 2023 were "
    "agreed.\n\n3. Grants\n\n{s}\n\nRESOLVED: that the report be noted.\n")


def test_the_own_body_named_below_site_chrome_is_no_outside_body() -> None:
    """A page whose first line is its site's chrome ("Please enter name here") and whose
    heading the reader did not take names its own body on the next line: that body is the
    one speaking, not an outside body; another body named beside it still is."""
    text = "Please enter name here\nWestmere Locality Public Partnership Forum s1\n" + (
        _OWN_BODY_PAGE.format(s="Jo Hale thanked the Westmere Locality Public Partnership "
                              "Forum and the Eastvale Riding Club for their help."))
    assert _page_labels(text, "organisation") == {"Eastvale Riding Club"}


def test_the_body_whose_board_meets_is_no_outside_body() -> None:
    """At a trust's board, the trust named alone is the body speaking through its board;
    a police force named at a police and crime panel is a body of its own."""
    board = ("Westmere Health & Social Care Trust Board\n\n"
             "Minutes of the meeting held on 3 May 2023\n")
    assert _page_labels(board + _OWN_BODY_PAGE.format(
        s="The Chair said the Westmere Health and Social Care Trust and the Eastvale Riding "
          "Club had agreed the plan."), "organisation") == {"Eastvale Riding Club"}
    panel = "Westmere Police and Crime Panel\n\nMinutes of the meeting held on 3 May 2023\n"
    assert _page_labels(panel + _OWN_BODY_PAGE.format(
        s="The Chair said the Westmere Police and the Eastvale Riding Club had agreed the "
          "plan."), "organisation") == {"Westmere Police", "Eastvale Riding Club"}


def test_the_own_body_by_its_head_word_alone_is_no_outside_body() -> None:
    """"on behalf of the Assembly" at the Greater Westmere Joint Assembly: its own body."""
    text = ("Agenda and minutes\nGreater Westmere Joint Assembly - Thursday, 7 July 2016 "
            "2.00 p.m.\n" + _OWN_BODY_PAGE.format(
                s="The Chairman thanked her on behalf of the Assembly for her commitment, and "
                  "the Eastvale Riding Club for its help."))
    assert _page_labels(text, "organisation") == {"Eastvale Riding Club"}


def test_the_body_whose_group_meets_is_no_member_body_in_the_roll() -> None:
    """The roll is read with the page's own body as its items are: "Ann Bell (Westmere
    Partnership)" at the Westmere Partnership Executive Delivery Group is its own body's
    member, no outside body; another body in the roll's brackets still is."""
    text = ("Westmere Partnership Executive Delivery Group\n\n"
            "Minutes of the meeting held on 3 May 2023\n\n"
            "Present: Ann Bell (Westmere Partnership), Jo Hale (Eastvale Riding Club)\n"
            + _OWN_BODY_PAGE.format(s="The plan was agreed."))
    minutes = extract(text)
    read_prose([(text, minutes)])
    bodies = {(a.name, a.organisation) for a in minutes.attendance}
    assert ("Ann Bell", "Westmere Partnership") not in bodies
    assert ("Jo Hale", "Eastvale Riding Club") in bodies


def test_an_annual_parish_meetings_own_parish_council_is_no_outside_body() -> None:
    """At an annual parish meeting the parish council whose chairman opens it is its host,
    no outside body; another body it names still is."""
    text = ("Westmere Annual Parish Meeting\n\nMinutes of the Annual Parish Meeting held on "
            "Wednesday 23rd May 2018 at 7.00pm in the Community Centre\n\n"
            "1. Attendance and Welcome The meeting was chaired by Jo Hale, Westmere Parish "
            "Council Chairman, who welcomed everyone.\n\n2. Reports\n\nThe Westmere Parish "
            "Council thanked the Eastvale Riding Club for its work.\n\n"
            "RESOLVED: that the reports be noted.\n")
    assert _page_labels(text, "organisation") == {"Eastvale Riding Club"}


def test_an_officers_office_and_the_own_bodys_unit_are_no_outside_bodies() -> None:
    """"the Clerk's Office" and "Westmere Vale AONB Unit" at the Westmere Vale AONB Joint
    Advisory Committee are its own staff; another body named with them is an outside body."""
    text = ("Westmere Vale AONB Joint Advisory Committee\n\n"
            "Minutes of the meeting held on 3 May 2023\n" + _OWN_BODY_PAGE.format(
                s="The report was prepared by the Clerk's Office and the Westmere Vale AONB "
                  "Unit with the Eastvale Riding Club."))
    assert _page_labels(text, "organisation") == {"Eastvale Riding Club"}


def test_an_officers_office_is_no_outside_body() -> None:
    """"Chief Executive's Office": the officer's staff within the body, no outside body."""
    text = ("Westmere Valuation Joint Board\n\nMinutes of the meeting held on 3 May 2023\n"
            + _OWN_BODY_PAGE.format(s="The Clerk’s Office and Chief Executive’s Office would "
                                      "write to the Eastvale Riding Club."))
    assert _page_labels(text, "organisation") == {"Eastvale Riding Club"}
    # an officer's department is the officer's staff as an office is
    text = ("Westmere Fire and Rescue Authority\n\nMinutes of the meeting held on 3 May 2023\n"
            + _OWN_BODY_PAGE.format(s="The Treasurer’s Department would write to the "
                                      "Eastvale Riding Club and the Department of Transport."))
    assert _page_labels(text, "organisation") == {"Eastvale Riding Club",
                                                  "Department of Transport"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Cllr A Lake was elected to the Office of Deputy Chair of the Council for the year.",
        "Cllr E Moss was appointed to the Office of High Sheriff for the year.",
        "A letter from the Office of the Leader would be sent to the Eastvale Riding Club.",
        "Ms D Hale, Office of the Chief Executive, wrote to the Eastvale Riding Club.",
    ],
)
def test_the_office_of_a_post_is_no_outside_body(sentence: str) -> None:
    """"Office of" before a post names the post held or its holder's staff, not a body."""
    assert _kinds(_read(sentence), "organisation") <= {"Eastvale Riding Club"}


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("The Office of the Police and Crime Commissioner sent its plan.",
         "Office of the Police and Crime Commissioner"),
        ("A grant from the Office of the Deputy Prime Minister was noted.",
         "Office of the Deputy Prime Minister"),
        ("A letter from the Office of Rail and Road was noted.", "Office of Rail and Road"),
    ],
)
def test_the_office_of_a_commissioner_or_minister_is_a_body(sentence: str, body: str) -> None:
    """A commissioner's or a minister's office, or one named by no post, is a body."""
    assert body in _kinds(_read(sentence), "organisation")


# -- round 31: references to other meetings (refs) ------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "ref"),
    [
        # a month cut short with no year, after a meeting word: the latest such day
        ("The minutes of the meeting of the Council held on 15 Dec were approved.",
         date(2022, 12, 15)),
        ("The Chair will attend a Ferry Users Group meeting on Tuesday 20 Feb.",
         date(2024, 2, 20)),
        ("Date of the next meeting – 7pm Thursday 6 Jan.", date(2024, 1, 6)),
        # a meeting planned for a day: past or to come as the sentence says
        ("The meeting planned for 12th January was inquorate.", date(2023, 1, 12)),
        ("The officers meeting planned for the 28th Jan had taken place.", date(2023, 1, 28)),
    ],
)
def test_a_short_month_without_its_year_and_a_meeting_planned_for_a_day(
        sentence: str, ref: date) -> None:
    assert [r.date for r in _read(sentence).meeting_refs] == [ref]


def test_a_short_month_without_its_year_leaves_the_full_stop_out() -> None:
    """"held on 15 Dec.": the sentence's full stop is no abbreviation mark of the month (the
    dot is read only before a year: "2nd Feb. 2023")."""
    refs = _read("The minutes of the meeting held on 15 Dec. were approved.").meeting_refs
    assert [r.span.exact.endswith("15 Dec") for r in refs] == [True]
    refs = _read("The Panel noted the meeting held on 2nd Feb. 2023.").meeting_refs
    assert [(r.date, r.span.exact.endswith("2nd Feb. 2023")) for r in refs] == [
        (date(2023, 2, 2), True)]


def test_a_short_month_without_its_year_before_the_meeting_word() -> None:
    """"at the 15 Dec meeting": the meeting word after the day names a meeting as well as one
    before it."""
    refs = _read("The Clerk would report at the 15 Dec meeting of the Kestrel Board.").meeting_refs
    assert [r.date for r in refs] == [date(2023, 12, 15)]


def test_a_short_month_alone_is_no_meeting_date() -> None:
    """Only a rule that read a meeting word takes a month cut short without its year: a
    figure and "Mar" elsewhere are no meeting's day."""
    assert _read("The Clerk reported that 15 Dec trees had been planted.").meeting_refs == []


def test_a_meeting_something_is_to_be_ready_in_time_for_is_to_come() -> None:
    """"in time for the June meeting", read in May, is this June's meeting, though the
    sentence tells of what had been agreed (a past cue that would make it last June's)."""
    it = _read("This had been discussed at the Finance Committee, where it had been agreed "
               "that a summary be forwarded to the Board in time for the June meeting.")
    assert [(r.date, r.precision) for r in it.meeting_refs] == [(date(2023, 6, 1), "month")]


def test_an_undated_pages_own_title_below_a_cover_paper_is_no_reference() -> None:
    """A board's cover paper (some 750 characters) above the minutes it sends on: the title
    "Minutes of a meeting of … held on <date>" over its roll is the page's own meeting, not
    another one, though the reader read no date for the page."""
    cover = ("Westshire NHS Board\n\n\n\nTo raise awareness of the Board on the range of matters "
             "being discussed by its statutory and other committees.\n\n\nThe Board receives the "
             "approved minutes from a range of governance and partnership committees.\n\n\n"
             "The Board is asked to note the committee minutes.\n\nPolicy/Strategy Implications "
             "As detailed within the individual minutes.\n\nConsultation Not applicable\n\nRisk "
             "Assessment As detailed within the individual minutes.\n\nCompliance with Board "
             "Policy As detailed within the individual minutes.\n\nResource/Staffing "
             "Implications As detailed within the individual minutes.\n\n1 Appendix-2011-103 "
             "Approved by\n\nName Designation Ann Pryce Chief Executive\n\nName Designation Carl "
             "Quarry Board Secretary\n\n2 Appendix-2011-103\n\nWestshire NHS Board\n\n")
    text = cover + (
        "Minutes of a meeting of the Strategy & Performance Committee held on Thursday 4 August "
        "2011 at 1.00pm in the Moor Hall, Lowtown.\n\nPresent: Mr J Kittle Mrs P Tarrow Mr D "
        "Vale\n\n1. Apologies\n\nApologies were received from Mrs M Tallow.\n\n2. Minutes\n\n"
        "The minutes of the meeting held on 7 July 2011 were approved.\n")
    minutes = extract(text)
    read_prose([(text, minutes)])
    assert minutes.date is None
    assert sorted(r.date for h in minutes.prose for r in h.meeting_refs) == [date(2011, 7, 7)]


def test_own_name_at_top_ends_at_the_rolls_earliest_entry() -> None:
    """The roll is listed in the order its entries were found, not the page's: a name after
    the roll's first line ("Cllr …, Westshire Fire Authority") is a member's, never the
    meeting's own body, though an entry found first stands further down."""
    from kg.prose import _own_name_at_top
    from kg.records import Attendee, Minutes, Span
    text = ("Agenda and minutes\nCllr Ann Tarrow (Chair)\nCllr Bea Lindow, Westshire Fire "
            "Authority\nCllr Cy Hembry\n")
    def at(name: str, status: str) -> Attendee:
        i = text.index(name)
        return Attendee(name, status, Span(i, i + len(name), name))
    minutes = Minutes(None, None, None, None, attendance=[
        at("Cllr Cy Hembry", "Present"), at("Cllr Ann Tarrow", "Present"),
        at("Cllr Bea Lindow", "Present")])
    assert _own_name_at_top(text, minutes) is None


def test_a_line_of_non_breaking_spaces_parts_a_request_and_a_will_after_it() -> None:
    """A line of non-breaking spaces between a request and a member's "will" is a blank line,
    as it already was between a request and "agreed to": two matters, two follow-ups."""
    assert len(_read("Cllr Ames asked for the figures to be circulated.\n\u00a0\nThe Clerk "
                     "will email the Orchard Trust about the fence.").followups) == 2
    assert len(_read("Cllr Ames asked for the figures to be circulated. The Clerk will email "
                     "them to Members.").followups) == 1


def test_own_name_at_top_reads_a_first_line_the_first_item_opens_on() -> None:
    """A title run on into its meeting's words ("KESTREL AND DISTRICT COMMUNITY COUNCIL
    BUSINESS MEETING MINUTES …"), which the reader took for the first item's heading, still
    names the meeting's own body; a name further along that line is the item's prose."""
    from kg.prose import _own_name_at_top
    from kg.records import Item, Minutes, Span
    def first_item(text: str) -> Minutes:
        head = text.split("\n")[0]
        return Minutes(None, None, None, None, items=[Item(
            "1", 0, head, Span(0, len(head), head), Span(0, len(text), text))])
    text = ("KESTREL AND DISTRICT COMMUNITY COUNCIL BUSINESS MEETING MINUTES 7:00 to 9:30pm\n\n"
            "1. Welcome\nThe Chair welcomed all.\n")
    assert _own_name_at_top(text, first_item(text)) == "KESTREL AND DISTRICT COMMUNITY COUNCIL"
    text = ("Public Session The leader of Westshire County Council addressed the meeting.\n\n"
            "1. Apologies\nNone.\n")
    assert _own_name_at_top(text, first_item(text)) is None


def test_the_own_bodys_initials_and_a_head_word_are_its_own() -> None:
    """"the KRA Board" in the minutes of the Board of Kestrel Rivers Authority: the page's
    own body by its last words' initials and a head word, no outside body; another body's
    board ("the WRT Board") stays one."""
    text = ("Minutes of the Board of Kestrel Rivers Authority held on 3 May 2023\n\n1. Report\n\n"
            "The KRA Board noted the plan. The WRT Board had written.\n")
    assert _page_labels(text, "organisation") == {"WRT Board"}


@pytest.mark.parametrize(
    ("rows", "refs"),
    [
        # a year's meetings listed one a line, the page's own among them
        ("21 May 2014 – AGM\n\n9 July 2014\n\n17 September 2014\n\n19 November 2014\n\n",
         [date(2014, 7, 9), date(2014, 9, 17), date(2014, 11, 19)]),
        # two dates on lines of their own are no list
        ("9 July 2014\n\n17 September 2014\n\n", []),
    ],
)
def test_a_list_of_dates_one_a_line_names_meetings(rows: str, refs: list[date]) -> None:
    """Three lines or more, each one full date and at most a short tag ("– AGM"), with only
    blank lines between them: a list of meetings, each a reference (the page's own dropped)."""
    text = ("Minutes of the Parish Council Meeting held on Wednesday 21st May 2014 at 7.30pm\n\n"
            "Present: Councillor A Pryce (Chair), Councillor C Quarry\n\n"
            "1. Meetings\n\nThe dates of the year's meetings were noted:\n\n" + rows
            + "2. Verges\n\nThe verges were discussed.\n")
    minutes = extract(text)
    read_prose([(text, minutes)])
    assert sorted({r.date for h in minutes.prose for r in h.meeting_refs}) == refs


def test_the_pages_own_day_with_its_own_body_by_initials_is_no_other_meeting() -> None:
    """A running header "LVNP Partnership 18 May 2009" on the Lowby Valley National Park
    Partnership's page of that day names the meeting itself, by its initials."""
    text = ("Lowby Valley National Park Partnership\n\n"
            "Meeting of the Lowby Valley National Park Partnership Monday 18 May 2009 Park "
            "Office, Lowtown\n\n"
            "Present: Ann Pryce (Chairman), Carl Quarry, Jane Kittle\n\n"
            "1 Welcome\n\nThe Chairman welcomed everyone to the meeting.\n\n"
            "2 Minutes of previous meeting\n\nThe Minutes of the meeting held 19 February 2009 "
            "were agreed as a true record. LVNP Partnership 18 May 2009\n\n"
            "3 Matters arising\n\nThere were none.\n")
    minutes = extract(text)
    assert minutes.date == date(2009, 5, 18)
    read_prose([(text, minutes)])
    assert sorted({r.date for h in minutes.prose for r in h.meeting_refs}) == [date(2009, 2, 19)]


def test_every_tier_of_council_is_read_by_every_pattern_of_a_councils_name() -> None:
    """The tiers of council are written once (lexicon.toml [organisations] council_tiers):
    each is read in a council's name, in two councils named together and in a councillor's
    title alike, and the local tiers are among them."""
    from kg import patterns
    from kg.nlp.lexicon import lexicon
    from kg.patterns import lexicon_data
    from kg.prose import _council_name

    p = patterns.load()
    orgs = lexicon_data()["organisations"]
    assert set(orgs["local_council_tiers"]) <= set(orgs["council_tiers"])
    for tier in orgs["council_tiers"]:
        name = f"Westbury {tier.title()} Council"
        m = p.rx("minutes_prose", "council_name").search(f"He wrote to {name} today.")
        assert m is not None and m["name"] == name
        assert _council_name().match(name)["place"] == "Westbury"
        for word in tier.split():
            # (a councillor's tier unless listed as none: "Community Councillors" are all)
            assert (word in lexicon().councillor_tiers) != (
                word in lexicon_data()["people"]["councillor_tiers_not"])
            assert p.rx("minutes_prose", "councils_together").fullmatch(
                f"Eastby and Westby {word.title()} Councils")


@pytest.mark.parametrize(
    ("text", "n"),
    [
        # a cabinet's resolution in the imperative, its clauses numbered: work set goes on
        pytest.param("It was RESOLVED to:\n\n1) Note the revised budget position;\n\n"
                     "2) Agree that the Council consults on the bus service proposals;\n\n"
                     "3) Agree that officers continue to identify further savings;\n\n"
                     "4) Agree to continue lobbying for fair funding.", 3,
                     id="imperative-resolution-clauses"),
        pytest.param("1)   Authorise the Head of Legal Services to commence the search for a "
                     "new Independent Person;", 1, id="imperative-authorise-a-post"),
        # … but what the meeting only settles there is no errand
        pytest.param("RESOLVED to:\n\n(1) Agree to appoint the Cabinet Member for Parks to "
                     "the joint board;\n\n(2) Agree to a new recycling target for 2030;\n\n"
                     "(3) Agree that suitable applicants could be held on a reserve list.", 0,
                     id="imperative-decisions-settled-there"),
        # reported speech: a subject's own "would" with business at a meeting to come
        pytest.param("The Chair explained that although the Board would further consider the "
                     "tree policy at its June meeting he wanted Members' views now.", 1,
                     id="would-consider-at-a-later-meeting"),
        pytest.param("The Board had considered the tree policy at its June meeting.", 0,
                     id="considered-at-a-past-meeting"),
        # a thing handed over, the one it goes to named first
        pytest.param("The Head of Audit would provide the Committee with a copy of the audit "
                     "plan each year.", 1, id="provide-someone-with-a-copy"),
        pytest.param("The Head of Audit would provide a short update on the audits completed.",
                     1, id="provide-a-short-update"),
        pytest.param("The Trust would provide schools with support throughout the year.", 0,
                     id="provide-someone-with-support-is-a-role"),
    ],
)
def test_imperative_resolutions_reported_meetings_and_things_handed_over(text: str,
                                                                         n: int) -> None:
    """A cabinet's numbered clauses in the imperative ("Agree that the Council consults …"),
    a subject's "would" with business at a meeting to come, and a thing handed over to one
    named first ("would provide the Committee with a copy")."""
    page = f"Minutes of the Cabinet held on 3 May 2023\n\n1. Budget\n\n{text}\n"
    minutes = extract(page)
    read_prose([(page, minutes)])
    assert sum(len(it.followups) for it in minutes.items) == n


def test_an_ask_answered_by_an_action_line_is_one_followup_once() -> None:
    """An ask and the action line by name that answers it are one follow-up; a second action
    line after them is an errand of its own."""
    text = ("Minutes of the Schools Forum held on 3 May 2023\n\n1. Growth fund\n\n"
            "Jo Quill asked for figures from the primary schools to support the bid. "
            "Sam Vantt to provide Jo with a paragraph for the letter. "
            "Bo Hale to send Jo a list of the schools affected.\n")
    minutes = extract(text)
    read_prose([(text, minutes)])
    texts = [f.text for f in minutes.items[0].followups]
    assert len(texts) == 2 and texts[0].startswith("Jo Quill asked") and texts[1].startswith(
        "Bo Hale")


@pytest.mark.parametrize(
    ("text", "n"),
    [
        # an item put off, its reason given
        pytest.param("This item was deferred on the basis that the survey results were not yet "
                     "available.", 1, id="deferred-for-a-reason"),
        pytest.param("The report was postponed because the Treasurer was unwell.", 1,
                     id="postponed-because"),
        # business kept on, or put on, the agendas to come
        pytest.param("Cllr Moss asked to keep the drainage plan as a standing item so that the "
                     "contractor could report on it.", 1, id="kept-as-a-standing-item"),
        pytest.param("It was proposed to include an item on rural bus routes as a future "
                     "Panel item.", 1, id="a-future-item"),
        pytest.param("Road safety had been included as a standing item since 2019.", 0,
                     id="standing-item-in-the-past"),
        pytest.param("The previous Panel had a standing item on the contracts register.", 0,
                     id="had-a-standing-item"),
        # the record mended at this meeting: by its list of those present, or by its line
        pytest.param("That Councillor Bo Vantt be added to the list of Voting Members present "
                     "at the meeting.", 0, id="added-to-the-members-present"),
        pytest.param("Cllr. Hale asked for the word 'lane' to be replaced with 'road' on the "
                     "fourth line of Minute 212.", 0, id="word-replaced-on-a-line"),
    ],
)
def test_deferrals_standing_items_and_corrections_by_line(text: str, n: int) -> None:
    """An item put off with its reason, business kept as a standing or future item, against
    the record of the last meeting mended by its attendance list or its line."""
    assert len(_read(text).followups) == n


@pytest.mark.parametrize(
    ("text", "n"),
    [
        # a possibility with a meeting to come named for it is the offer made
        pytest.param("An update on the bus review could be presented to the June meeting.", 1,
                     id="could-be-presented-to-a-named-meeting"),
        pytest.param("The path could be widened next year.", 0, id="could-be-alone"),
        # a body by its initials, "the" before them, sent on an errand
        pytest.param("The EA to return to the Group with an update on the flood modelling.", 1,
                     id="the-initials-to-return"),
        pytest.param("The AGM to take place in May.", 0, id="the-initials-meeting-act"),
        # the running of this meeting: its procedure, urgent business, the floor given
        pytest.param("He then explained the procedure to be followed at the hearing.", 0,
                     id="procedure-to-be-followed"),
        pytest.param("Items brought forward which, in the opinion of the Chairman, should be "
                     "considered by the meeting as a matter of urgency.", 0,
                     id="urgent-business-rubric"),
        pytest.param("This would be progressed as a matter of urgency.", 1,
                     id="progressed-as-a-matter-of-urgency"),
        pytest.param("The Chair then invited the Cabinet Member and the Head of Housing to "
                     "provide introductory comments on the report.", 0,
                     id="chair-invites-comments"),
        pytest.param("The report was noted, and the Head of Housing to provide a briefing "
                     "note to Members.", 1, id="errand-after-and"),
        # a capitalised word of a name is no errand's verb
        pytest.param("It was RESOLVED that the Internal Audit Progress Report be noted.", 0,
                     id="resolved-that-a-named-report-be-noted"),
        pytest.param("It was agreed that the Clerk would report the fault to the County "
                     "Council.", 1, id="agreed-that-the-clerk-would-report"),
    ],
)
def test_offers_to_a_named_meeting_initials_sent_and_the_meetings_own_running(
        text: str, n: int) -> None:
    """A possibility offered for a meeting named, a body by its initials sent on an errand,
    against the meeting's own procedure, its urgent business and the floor the chair gives."""
    assert len(_read(text).followups) == n


def test_a_post_known_in_any_case_opens_a_name_after_a_comma() -> None:
    """"Jo Hale, Monitoring Officer": a post read in any case (``posts.any_case``) whose first
    word opens no name elsewhere (``chunks.not_name_start``: "Monitoring") is read whole when
    every word of it is capitalised. Negative: "Monitoring of the budget" names nothing."""
    it = _read("The report was presented by Jo Hale, Monitoring Officer. Monitoring of the "
               "Budget was noted.")
    assert ("post", "Monitoring Officer") in _names(it)
    assert not any(label.startswith("Monitoring of") for _, label in _names(it))


def test_a_portfolio_named_after_and_stays_in_the_post() -> None:
    """"Cabinet Member for Adult Social Care and Public Health": a portfolio
    (``posts.portfolios``) after the "and" of a post's portfolio goes on with it, though it is
    also a known body's name. Negative: a known body that is no portfolio ("Public Health
    England") is named apart, and "Public Health" with no post before it is the council's
    own department, no outside body."""
    it = _read("The Cabinet Member for Adult Social Care and Public Health spoke. The Cabinet "
               "Member for Housing and Public Health England met. It was funded by the CCG "
               "and Public Health.")
    names = _names(it)
    assert ("post", "Cabinet Member for Adult Social Care and Public Health") in names
    assert ("post", "Cabinet Member for Housing") in names
    assert ("organisation", "Public Health England") in names
    assert ("organisation", "Public Health") not in names


def test_plurals_of_one_post_named_alone() -> None:
    """"be appointed Vice-Chairs", "Election of Joint Chairs", a roll's "Aldermen –" heading:
    plurals that name one post's holders by themselves (``posts.plural_alone``), and "Lead
    Members" as a lay seat's holders are. Negative: "Chairs" alone is furniture as often, and
    "Lead Officers" stay unread."""
    it = _read("Cllr Bell and Cllr Dean be appointed Vice-Chairs. The Lead Members for each "
               "task group were named. The Lead Officers met. Chairs and tables were moved.")
    posts = {label for kind, label in _names(it) if kind == "post"}
    assert {"Vice-Chairs", "Lead Members"} <= posts
    assert not {"Chairs", "Lead Officers"} & posts
    # a plural in "-men" is its singular's holders: one post, named by the singular
    posts = _posts_with_aliases(_read("The Vice-Chairman spoke. The Vice-Chairmen met."))
    assert "Vice-Chairmen" not in posts
    assert "Vice-Chairmen" in posts["Vice-Chairman"]
    assert ("post", "Joint Chairs") in _names(_read("Election of Joint Chairs"))
    # two posts' plurals joined by "and" are no one post
    assert not any(kind == "post" and " and " in label for kind, label in _names(_read(
        "The Chairs and Vice-Chairs of the scrutiny committees met.")))


def test_a_directors_remit_after_a_comma_ends_at_its_own_words() -> None:
    """"Corporate Director, Place for whom …": a directorate after a comma stays the
    director's though "for" follows it, when "for" opens a relative clause (not "Clerk,
    Salary for March", a line of accounts); a region after a dash ends the remit ("Executive
    Director, Finance – West", a shared service's part)."""
    it = _read("Apologies were received from Jo Hale, Corporate Director, Place for whom Ann "
               "Bell deputised, and from Carl Dean (Executive Director, Finance – West).")
    posts = {label for kind, label in _names(it) if kind == "post"}
    assert {"Corporate Director, Place", "Executive Director, Finance – West"} <= posts
    # a council's place after the comma is where the holder lives or works, no remit
    assert ("post", "Police Inspector") in _names(_read(
        "Applications were received from Jo Hale, Police Inspector, Aberdeen."))
    assert "Clerk, Salary" not in {label for kind, label in _names(_read(
        "Payments: Clerk, Salary for March £200"))}
    # only a compass word is a service's part: "All", "New", "Across" (region words before a
    # nation's name, ``organisations.regions``) open the words after the remit
    for text in ("The report of the Corporate Director, Place – All wards was noted.",
                 "The Executive Director, Finance – New arrangements were agreed."):
        posts = {label for kind, label in _names(_read(text)) if kind == "post"}
        assert posts & {"Corporate Director, Place", "Executive Director, Finance"}, text
        assert not any("–" in label for label in posts), text


def test_an_area_directors_post_run_on_into_its_body() -> None:
    """A roll's columns run onto one line: "Director of Operations Southern Health Trust"
    is a director's post, then the body it is held in (by a region's word, a council's place
    or a known body's name). Negative: "Director of Public Health" alone stays whole."""
    it = _read("Present were Mr B Bell, Director of Operations Southern Health and Social Care "
               "Trust, and the Director of Public Health.")
    names = _names(it)
    assert ("post", "Director of Operations") in names
    assert ("organisation", "Southern Health and Social Care Trust") in names
    assert ("post", "Director of Public Health") in names
    # a region's words after the area that name no body (no body's head word) are no body
    assert not any(kind == "organisation" for kind, _ in _names(_read(
        "The Director of Finance North Westshire spoke.")))


def test_a_place_and_a_dash_before_a_post_in_brackets_is_no_part_of_it() -> None:
    """"Jo Hale (Northvale – Chief Executive)": a joint body's roll prints the place or the
    body a member serves, a dash, then the post; the post is what follows the dash. Negative:
    a post with a dash part of its own ("Director of Transformation – North", "Project
    Manager – Transformation") keeps it."""
    names = _names(_read("Present: Jo Hale (Northvale – Chief Executive), Carl Dean "
                         "(Director of Transformation – North) and Ann Bell (Project Manager "
                         "– Transformation)."))
    posts = {label for kind, label in names if kind == "post"}
    assert "Chief Executive" in posts
    assert not any(label.startswith("Northvale") for label in posts)
    assert {"Director of Transformation – North", "Project Manager – Transformation"} <= posts


def test_a_day_after_on_ends_a_name() -> None:
    """"the Chair of the Westshire Panel on Wednesday": the day a meeting was held after "on"
    is no part of the name before it (the post is the Chair of the Panel). Negative: a
    capitalised topic after "on" ("Working Group on Climate Change") goes on with it."""
    posts = {label for kind, label in _names(_read(
        "She met the Chair of the Westshire Recovery Panel on Wednesday 5 March.")) if
        kind == "post"}
    assert posts == {"Chair of the Westshire Recovery Panel"}
    progs = {label for kind, label in _names(_read(
        "The Working Group on Climate Change met on Monday.")) if kind == "programme"}
    assert progs == {"Working Group on Climate Change"}
    # a day's name that opens a capitalised topic is the topic's, no day of meeting
    progs = {label for kind, label in _names(_read(
        "The Working Group on Sunday Trading met on Monday.")) if kind == "programme"}
    assert progs == {"Working Group on Sunday Trading"}


def test_a_plural_post_whose_name_holds_an_and_of_one_office() -> None:
    """"all Police and Crime Commissioners": the plural of a post whose "and" joins one
    office's words (``posts.and_topics``) names that post, as "Group Leaders" does. Negative:
    a run joined by any other "and" ("Members of the Public and Councillors") names none."""
    posts = _posts_with_aliases(_read(
        "He wrote to all Police and Crime Commissioners. Members of the Public and "
        "Councillors met."))
    assert "Police and Crime Commissioner" in posts["Police and Crime Commissioners"]
    assert not any("Public" in label for label in posts)


@pytest.mark.parametrize(
    ("sentence", "refs"),
    [
        # meetings in the plural, to be held on a day
        ("Two panels are held a year and the first of these meetings will be held on 24 "
         "October.", [(date(2023, 10, 24), "day")]),
        # a list of months, each with its own year
        ("As reported at the January 2023 and March 2023 meetings, the lease was renewed.",
         [(date(2023, 1, 1), "month"), (date(2023, 3, 1), "month")]),
        # a word before "meeting", and the others met named at length
        ("The Chair reported on a lively meeting with the town's traders, the library staff "
         "and residents of Mill Lane and Brook Street on 12th April.",
         [(date(2023, 4, 12), "day")]),
        # the day first, then who chaired a meeting that day
        ("On 20th April the Cabinet Member chaired the Westshire Drugs Alliance meeting.",
         [(date(2023, 4, 20), "day")]),
        ("On 20th April the Clerk attended a training course at County Hall.", []),
        ("Jo Bell resigned as Chair on 20th April and the Vice Chair chaired the meeting.", []),
        # a determiner or a preposition before "meeting" opens another phrase: that meeting
        # is not the one of the day
        ("On 20th April the police addressed the issues raised at the last meeting.", []),
        ("On 20th April the Chair held a surgery before the meeting.", []),
        # capitalised words in brackets inside a body's name
        ("A further report would go to the Projects Sub (Finance and Estates) Committee in "
         "September 2023.", [(date(2023, 9, 1), "month")]),
        # an item titled by a date and the link to its paper
        ("06/04/2023 pdf icon PDF 120 KB\n\nThe minutes were approved as a true record.",
         [(date(2023, 4, 6), "day")]),
        ("ANNUAL REPORT 2022/23 pdf icon PDF 120 KB\n\nThe report was noted.", []),
        # a bulleted list of bodies' minutes, each a colon and its meeting's date
        ("Minutes received:\n• Audit Committee: 12.04.23 • Licensing Committee: 19.04.23\n",
         [(date(2023, 4, 12), "day"), (date(2023, 4, 19), "day")]),
        ("Key dates:\n• Closing date: 12.04.23 • Award: 19.04.23\n", []),
        # a committee by its short form
        ("Actions from F&GP Cttee 12th Apr 2023, Minute 19: quotes were obtained.",
         [(date(2023, 4, 12), "day")]),
        # minutes "for" a day, or what arose "from" it
        ("Minutes for 5th April 2023 were approved.", [(date(2023, 4, 5), "day")]),
        ("Matters Arising from 5 April 2023: the hedge was cut.", [(date(2023, 4, 5), "day")]),
        # a gathering whose members are to meet on a day
        ("Work was in hand for a workshop of partnership members to come together on 26th "
         "May.", [(date(2023, 5, 26), "day")]),
        ("Members were asked to meet the contractor on 26th May.", []),
        # a body's acronym in brackets after its name
        ("The Minute of the meeting of the Westshire Community Health and Care Partnership "
         "Committee (WCHCPC) held on 18 April 2023 was noted.", [(date(2023, 4, 18), "day")]),
    ],
)
def test_meetings_held_chaired_or_listed_in_more_shapes(
    sentence: str, refs: list[tuple[date, str]],
) -> None:
    assert sorted((r.date, r.precision) for r in _read(sentence).meeting_refs) == refs


@pytest.mark.parametrize(
    ("sentence", "refs"),
    [
        # the new days of meetings named just before, a line each, with their weekday
        ("The Chair said that the dates of the June 2023 and July 2023 meetings had been "
         "moved.\nThe new dates were:\nThursday 8 June 2023, 2.00 pm, venue TBC\nThursday 13 "
         "July 2023, 2.00 pm\nMembers noted the change.",
         [date(2023, 6, 1), date(2023, 6, 8), date(2023, 7, 1), date(2023, 7, 13)]),
        # no meeting named before: the new days of something else
        ("The bin collection days have changed.\nThe new dates were:\nMonday 12 June 2023\n"
         "Monday 10 July 2023\nResidents will be told.", []),
        # a meeting named two sentences before is no sign: the sentence just before names none
        ("At the last meeting the verges were discussed.\nThe bin collection days have "
         "changed.\nThe new dates were:\nMonday 12 June 2023\nMonday 10 July 2023\n", []),
    ],
)
def test_the_new_dates_of_meetings_moved_are_meetings_ahead(
    sentence: str, refs: list[date],
) -> None:
    assert sorted(r.date for r in _read(sentence).meeting_refs) == refs


@pytest.mark.parametrize(
    ("sentence", "refs"),
    [
        # the previous meeting printed with next year's year: a slip for the year before
        ("That the Committee agreed the minutes of the previous meeting held on 5 April 2024.",
         [date(2023, 4, 5)]),
        # "the last meeting was on …" alone keeps it (the page's own date may be the slip)
        ("The last meeting of the Area Committee was on the 5th Apr 2024.",
         [date(2024, 4, 5)]),
        # a meeting ahead keeps its printed year
        ("The next meeting will be held on 5 April 2024.", [date(2024, 4, 5)]),
        # the previous meeting's minutes named in the sentence before: this one is another
        ("Minutes of the last meeting: agreed. AGM 1 May 2024 noted.", [date(2024, 5, 1)]),
        # one printed more than half a year after the meeting's own date is left as printed
        ("The minutes of the previous meeting held on 5 December 2024 were noted.",
         [date(2024, 12, 5)]),
    ],
)
def test_the_previous_meeting_dated_after_this_one_is_a_slip_of_its_year(
    sentence: str, refs: list[date],
) -> None:
    assert [r.date for r in _read(sentence).meeting_refs] == refs


@pytest.mark.parametrize(
    ("text", "n"),
    [
        # a line counted is a correction only where a word is mended on it or it is a line of
        # the minutes: a railway's line named by its town is no ordinal
        pytest.param("The Clerk to write to the operator about the delays on the Portsmouth "
                     "line.", 1, id="a-railway-line-by-its-town"),
        pytest.param("The Clerk would write to the rail operator about services on the Bath "
                     "line.", 1, id="a-railway-line-by-a-short-town"),
        pytest.param("The Clerk would check the figure given in the last line of the report.",
                     1, id="the-last-line-of-a-report"),
        pytest.param("The comma be removed on the seventh line.", 0, id="mended-on-a-line"),
        pytest.param("The Clerk noted a typing error on the sixth line of Minute 41.", 0,
                     id="a-line-of-a-minute"),
        # business refused a place on the agendas to come is no item kept
        pytest.param("It was agreed not to keep the drainage plan as a standing item.", 0,
                     id="not-kept-as-a-standing-item"),
        pytest.param("Members agreed that the weed spraying should no longer be kept as a "
                     "standing item.", 0, id="no-longer-a-standing-item"),
        # the one a thing is handed to is a body or person, never the thing itself
        pytest.param("The Director would provide help with the update of the plan.", 0,
                     id="provide-help-with-is-a-role"),
        pytest.param("The Head of Audit would provide the Chair of the Panel with a copy of the "
                     "plan.", 1, id="provide-a-post-with-a-copy"),
        pytest.param("The Clerk would provide him with a copy of the letter.", 1,
                     id="provide-him-with-a-copy"),
        # initials after "the" sent on an errand are a body's, never a plan's or a meeting's
        pytest.param("The JSNA to inform the new strategy.", 0, id="the-plan-initials-to"),
        pytest.param("The AGM to consider the accounts in May.", 0,
                     id="the-meeting-initials-to"),
        pytest.param("The CCG to provide an update at the next meeting.", 1,
                     id="the-body-initials-to"),
    ],
)
def test_lines_counted_standing_items_refused_and_who_is_handed_a_thing(text: str,
                                                                        n: int) -> None:
    """Round 33's review: a correction by line needs a real ordinal and a mending or a line of
    the minutes ("the Portsmouth line" ends in "th" and is a railway), a standing item refused
    is none, "provide X with" needs X to be one who can be handed a thing, not the help a
    role gives, and "The JSNA to …" names a plan by its initials, no body sent."""
    assert len(_read(text).followups) == n


@pytest.mark.parametrize(
    ("text", "n"),
    [
        # a promise to the meeting's own members, "Members" in capitals as in lower case
        pytest.param("She would update Members once the date was confirmed.", 1,
                     id="pronoun-updates-members"),
        pytest.param("They would update the Policy each year.", 0,
                     id="pronoun-updates-a-policy"),
        # an officer asked to act, the post in brackets after the name
        pytest.param("The Chair asked Ms Jo Hale (Solicitor) to look into the matter.", 1,
                     id="asked-name-bracketed-post-to"),
        # a resolution's clause authorising one of its people to act
        pytest.param("RESOLVED that:\n(a) the report be noted; and\n(b) the Head of Housing be "
                     "authorised to implement the new allocations scheme.", 1,
                     id="authorised-to-implement"),
        pytest.param("RESOLVED that the Chair be authorised to sign the minutes.", 0,
                     id="authorised-to-sign"),
        pytest.param("The Vice-Chair was authorised to sign the minutes as a true record.", 0,
                     id="was-authorised-to-sign"),
        # a review to come
        pytest.param("RESOLVED that the arrangements be subject to a review after six months.",
                     1, id="subject-to-a-review"),
        # business scheduled for meetings to come, the scheduling reported
        pytest.param("Members were told that progress reports had been scheduled for the "
                     "Panel's consideration every quarter.", 1, id="scheduled-for-consideration"),
        pytest.param("Both reports had been scheduled on the forward work programme for its "
                     "March meeting.", 1, id="scheduled-on-the-work-programme"),
        pytest.param("The bins had been scheduled for emptying on Mondays.", 0,
                     id="scheduled-collection"),
        # an offer made in reported speech by a member or an officer
        pytest.param("The Portfolio Holder said that she was happy to recirculate the "
                     "figures.", 1, id="was-happy-to-recirculate"),
        pytest.param("Cllr Quenby will be asked again to chase the contractor for a date.", 1,
                     id="asked-again-to"),
        pytest.param("Cllr Penn said he was happy to meet the residents' group.", 1,
                     id="was-happy-to-meet"),
        pytest.param("The landlord said the pub would be happy to provide a site for it.", 0,
                     id="a-business-would-be-happy"),
        pytest.param("Cllr Penn said he was happy to stand as Vice-Chair again.", 0,
                     id="happy-to-stand"),
        pytest.param("Mrs Hale said she would be willing to help other volunteers.", 0,
                     id="would-be-willing-to-help"),
        # business of the meeting itself
        pytest.param("(Copies of the presentation will be available at the meeting.)", 0,
                     id="available-at-the-meeting"),
        pytest.param("The revised figures will be circulated at the meeting in March.", 1,
                     id="circulated-at-a-meeting-to-come"),
        pytest.param("The Chair asked for a minute's silence in memory of Mr Hale.", 0,
                     id="asked-for-a-silence"),
        pytest.param("The Committee noted that Cllr Hale was to be removed as a Member of the "
                     "Committee.", 0, id="membership-changed"),
    ],
)
def test_reported_promises_authorisations_and_business_scheduled_ahead(text: str,
                                                                       n: int) -> None:
    """Round 34's follow-ups: promises to "Members" in capitals, an officer asked with the
    post in brackets or asked again, "be authorised to" act, reviews and business scheduled for
    meetings to come, offers of any errand; and papers, silences and membership at the meeting
    itself, which are none."""
    assert len(_read(text).followups) == n


def test_a_national_schemes_long_initials_name_it_alone() -> None:
    """Four initials or more of a national scheme ("JSNA", "MTFS") stand for it alone, its
    name printed nowhere on the page; three or fewer ("LTP") stand for local bodies too and
    name nothing without the scheme's name."""
    assert {"JSNA", "MTFS"} <= _kinds(_read(
        "The Chair asked that loneliness be part of the JSNA next year. The MTFS gap was "
        "noted."), "programme")
    assert _kinds(_read("The LTP met on Tuesday to agree its rules."), "programme") == set()


def test_a_capitalised_all_or_one_inside_a_sentence_opens_a_programmes_name() -> None:
    """"the All Wales Cycle Training programme", "the ‘One Westshire Deal’": a capitalised
    "All" or "One" after a lower-case word is the name's first word; a sentence's first
    word ("All Play Strategy actions were met") is no part of the name after it, its capital
    the sentence's."""
    assert {"All Wales Cycle Training programme", "One Westshire Deal"} <= _kinds(_read(
        "An update was given on the All Wales Cycle Training programme. Members hoped to "
        "join the ‘One Westshire Deal’ soon."), "programme")
    assert _kinds(_read("One Member asked about the Parking Strategy."), "programme") == {
        "Parking Strategy"}
    assert _kinds(_read("All Play Strategy actions were met."), "programme") == {
        "Play Strategy"}


def test_a_consultation_on_a_named_plan_names_the_plan() -> None:
    """"the Westshire Air Quality Action Plan Consultation": the consultation is a stage of
    the plan's making, and the plan is what is named; a consultation with a name of its own
    ("the Gungate Public Consultation") stays whole."""
    assert _kinds(_read("The Westshire Air Quality Action Plan Consultation was noted."),
                  "programme") == {"Westshire Air Quality Action Plan"}
    assert _kinds(_read("The Gungate Public Consultation closes in May."), "programme") == {
        "Gungate Public Consultation"}


@pytest.mark.parametrize(
    ("sentence", "refs"),
    [
        # the other day named as the alternative is a meeting too
        ("The Leader would take the plan to Cabinet on 20th June rather than 18th July.",
         [("Cabinet", date(2023, 6, 20)), ("Cabinet", date(2023, 7, 18))]),
        ("It would go to Cabinet on 6th June or 4th July.",
         [("Cabinet", date(2023, 6, 6)), ("Cabinet", date(2023, 7, 4))]),
        # a commission named a meeting by what it did that day
        ("Members heard that on 14 March the Scrutiny Commission voted to call the decision in.",
         [("Scrutiny Commission", date(2023, 3, 14))]),
        ("The Overview and Scrutiny Management Commission met on 10 April 2023.",
         [("Overview and Scrutiny Management Commission", date(2023, 4, 10))]),
        # never a commission alone beside a date
        ("The Electoral Commission on 5 April 2023 published its guidance.", []),
        # nor a regulator's ruling: only what a sitting does names a commission's meeting
        ("On 12 April the Charity Commission approved the new scheme for the trust.", []),
        ("On 3 March the Boundary Commission recommended new ward boundaries.", []),
        # someone met others that day
        ("On 4 April, Councillor Ash met with senior officers to discuss the plan.",
         [(None, date(2023, 4, 4))]),
        ("On 4 April, Councillor Ash wrote to the Chief Executive.", []),
        # never how a thing was received
        ("On 4 April, the proposal met with strong opposition from residents.", []),
        ("On 4 April the plan met with approval from the Highways Authority.", []),
        # the last update given, by its month and year
        ("The report summarised call-ins since the previous update in March 2023.",
         [(None, date(2023, 3, 1))]),
        ("The previous version in March 2023 was withdrawn.", []),
        # never the last update of a thing, with no paper of the meeting's before it
        ("Since the previous update in March 2023, the software has been upgraded.", []),
        ("The last update in March 2023 of the national guidance changed the rules.", []),
    ],
)
def test_meetings_named_beside_another_day_or_a_deed(
        sentence: str, refs: list[tuple[str | None, date]]) -> None:
    """The other day named as a meeting's alternative, a council's commission by what its
    sitting did, a member meeting others, and the meeting a paper's last update went to are
    meetings; a regulator's ruling, a proposal's reception and the update of software or
    guidance are not (round 35's review)."""
    assert [(r.committee, r.date) for r in _read(sentence).meeting_refs] == refs


def test_two_dates_listed_under_held_on() -> None:
    """Two dates on lines of their own under "held on" are the meetings it names; two dates on
    lines of their own under other words are not read as a list."""
    listed = _read("To approve the minutes of the meetings of the Board held on\n\n"
                   "·   14 March 2023\n\n·   16 March 2023 (extra meeting)\n")
    assert sorted(r.date for r in listed.meeting_refs) == [date(2023, 3, 14),
                                                           date(2023, 3, 16)]
    other = _read("The grant periods were\n\n·   14 March 2023\n\n·   16 March 2023\n")
    assert other.meeting_refs == []
    # "held on" after events, no meetings: the days are the events'
    events = _read("Litter picks will be held on\n\n·   14 March 2023\n\n·   16 March 2023\n")
    assert events.meeting_refs == []


def test_a_list_of_minutes_lettered_in_brackets() -> None:
    """"(b)  Local Review Body   17 April 2023": a line of a list of minutes received, its
    letter in brackets, a body by the word "Body"."""
    it = _read("Consider Minutes of the following Committees:-\n\n"
               "(a)     Licensing Board                          10 April 2023\n\n"
               "(b)     Local Review Body                        17 April 2023\n")
    assert sorted((r.committee, r.date) for r in it.meeting_refs) == [
        ("Licensing Board", date(2023, 4, 10)), ("Local Review Body", date(2023, 4, 17))]
    # "Body" names a meeting on such a line only, never beside a date in a sentence
    assert _read("The Local Review Body on 17 April 2023 was praised.").meeting_refs == []


@pytest.mark.parametrize(
    ("sentence", "refs"),
    [
        # a body and its meetings' days in brackets, the year printed once
        ("The reports of the following were received: Licensing Committee (2nd March and 9th "
         "April 2023).", [("Licensing Committee", date(2023, 3, 2)),
                          ("Licensing Committee", date(2023, 4, 9))]),
        # never a bracket that is no list of days
        ("The Licensing Committee (2nd edition) was received.", []),
    ],
)
def test_a_bodys_meetings_listed_in_brackets(
        sentence: str, refs: list[tuple[str, date]]) -> None:
    """The days in brackets after a body's name are its meetings, the year printed once for
    them all; a bracket that opens on no day is none."""
    assert sorted((r.committee, r.date) for r in _read(sentence).meeting_refs) == refs


def test_a_heading_in_capitals_with_its_ordinal_in_small_letters() -> None:
    """"MINUTES OF COUNCIL MEETING DATED 12th APRIL 2023": the ordinal keeps the heading
    whole, so that its month is read; an acronym and an ordinal alone are no heading."""
    it = _read("MINUTES OF COUNCIL MEETING DATED 12th APRIL 2023 were approved.")
    assert [r.date for r in it.meeting_refs] == [date(2023, 4, 12)]
    assert _ordinary_case("AGM 22nd JUNE") == "AGM 22nd JUNE"


def test_a_run_of_capitals_joined_by_hyphens_is_read_in_linear_time() -> None:
    """A run of capitals opens only where a word does, never inside one: from inside
    "A-A-A-…-a" every letter after a hyphen opened a run read to the line's end (quadratic:
    2 s on 5,000 characters, 34 s on 20,000). Headings are still put in ordinary case."""
    with finishes(within=60, cpu=True):
        assert _ordinary_case("A-" * 100_000 + "a") == "A-" * 100_000 + "a"
    assert _ordinary_case("4. MINUTES - 11TH JANUARY 2013") == "4. Minutes - 11th January 2013"
    assert _ordinary_case("(MINUTES OF THE MEETING)") == "(Minutes of the Meeting)"
    # a run still opens after a mark that follows no word of capitals
    assert _ordinary_case("signed.57/19 ELECTION OF CHAIR") == "signed.57/19 Election of Chair"


@pytest.mark.parametrize(
    ("text", "n"),
    [
        # a standing power after a modal is no resolution's errand
        pytest.param("Officers may be authorised to implement such schemes under the "
                     "delegation scheme.", 0, id="may-be-authorised"),
        pytest.param("Only the Chief Executive would be authorised to purchase goods above "
                     "£5,000.", 0, id="would-be-authorised"),
        pytest.param("RESOLVED that the Clerk be authorised to order a new bench.", 1,
                     id="be-authorised-to-order"),
        # business scheduled for a meeting gone by, its day, or its room
        pytest.param("The item had been scheduled for the previous meeting but was withdrawn.",
                     0, id="scheduled-for-the-previous-meeting"),
        pytest.param("This report had been scheduled for consideration at the last meeting of "
                     "the Panel.", 0, id="scheduled-for-the-last-meeting"),
        pytest.param("A site visit had been scheduled for the morning of the meeting.", 0,
                     id="scheduled-for-the-morning-of-the-meeting"),
        pytest.param("Training had been scheduled in the meeting room on the ground floor.", 0,
                     id="scheduled-in-the-meeting-room"),
        # papers at "the meeting" named by what follows as one to come, or beside a promise
        pytest.param("Papers will be circulated at the meeting tomorrow.", 1,
                     id="circulated-at-the-meeting-tomorrow"),
        pytest.param("The figures will be circulated at the meeting scheduled for June.", 1,
                     id="circulated-at-the-meeting-scheduled"),
        pytest.param("The Clerk will write to the residents and copies will be available at "
                     "the meeting.", 1, id="a-promise-before-available-at-the-meeting"),
        # a review as a condition, not one set
        pytest.param("The grant would be subject to a review of the accounts.", 0,
                     id="subject-to-a-review-of"),
        pytest.param("The Clerk would be subject to review by the Personnel Committee each "
                     "year.", 0, id="would-be-subject-to-review"),
        pytest.param("RESOLVED that the scheme be subject to review in twelve months.", 1,
                     id="be-subject-to-review"),
        # paying one's way is no errand offered
        pytest.param("The school was prepared to meet the costs of the crossing.", 0,
                     id="prepared-to-meet-the-costs"),
        pytest.param("The Clerk was prepared to meet the contractor on site.", 1,
                     id="prepared-to-meet-the-contractor"),
    ],
)
def test_standing_powers_past_meetings_and_conditions_promise_nothing(text: str,
                                                                      n: int) -> None:
    """The review of round 34's follow-ups: "be authorised to" is a resolution's errand only
    when no modal makes it a standing power; business "scheduled" for a meeting gone by, for
    the day of this one or in its room is none to come; "available at the meeting" is the
    meeting itself only when the sentence ends there and no promise comes before it; a
    review is set by "be subject to review", not by a condition ("would be subject to a review
    of the accounts"); and "prepared to meet the cost" pays, while meeting a person is an
    errand."""
    assert len(_read(text).followups) == n


def test_long_initials_among_capitals_name_no_scheme() -> None:
    """Round 34's review: four capitals beside a word in capitals cannot be told from a word,
    "THE ELMS, CHURCH LANE" a house and "a ZEBRA CROSSING" a crossing, though "ELMS" and
    "ZEBRA" spell national schemes' initials; inside prose the initials still name their
    scheme alone ("the ELMS payments")."""
    it = _read("Application 23/0456: THE ELMS, CHURCH LANE, a garage. No objection. "
               "Members asked for a ZEBRA CROSSING outside the school.")
    assert not _kinds(it, "programme")
    assert _kinds(_read("Members noted the ELMS payments."), "programme") == {"ELMS"}


def test_all_or_one_before_a_known_schemes_name_only_counts_it() -> None:
    """Round 34's review: a capitalised "All" or "One" before a known scheme's whole name
    counts or sums it up ("All Local Plan policies", "only One Local Plan"), no longer name;
    before a name of its own it opens the name ("the All Wales Play Strategy")."""
    assert _kinds(_read("It was noted that All Local Plan policies were met and that only "
                        "One Local Plan was in force."), "programme") == {"Local Plan"}
    assert _kinds(_read("Members noted the ‘All Wales Play Strategy’ update."),
                  "programme") == {"All Wales Play Strategy"}


@pytest.mark.parametrize(
    ("sentence", "refs"),
    [
        # a gathering arranged for a day, its subject or the others met between
        ("A Members' Workshop on Flooding had been arranged for Monday, 12 June 2023 at the "
         "Hall.", [date(2023, 6, 12)]),
        ("The meeting with the Westshire Health Board (WHB) arranged for Friday, 16 June, 2023 "
         "was noted.", [date(2023, 6, 16)]),
        # a date inside what stands between is no day the meeting is set for
        ("The meeting on 5 May 2023 has been arranged by the Clerk.", [date(2023, 5, 5)]),
        # never a workshop's subject that holds no sitting arranged
        ("A workshop on flooding was well received by Members.", []),
        # the months of a list, a comma before their year
        ("Members noted the May and June, 2023 meetings of the sub-committees.",
         [date(2023, 5, 1), date(2023, 6, 1)]),
    ],
)
def test_meetings_arranged_with_their_subject_and_months_listed_with_a_comma(
        sentence: str, refs: list[date]) -> None:
    """A workshop or meeting "on" its subject or "with" others, then "arranged for" a day,
    names that day's meeting; a list of months takes its year after a comma too."""
    assert sorted(r.date for r in _read(sentence).meeting_refs) == refs


def test_an_undated_page_opening_a_meeting_was_held_on_a_month_first_date() -> None:
    """"A meeting was held on December 5th2022 at the Hall" over the roll, on a page whose
    heading the reader did not read: the page's own meeting, whose date (the month first)
    dates the months its minutes name; no other meeting. A line that opens "A meeting" on
    another day is one."""
    text = ("Westby Community Council\n\nA meeting was held on December 5th2022 at the "
            "Memorial Hall\n\nPRESENT\n\nCllr A Tarrow (Chair)   Cllr B Lindow\n\n"
            "Cllr Lindow agreed the changes to the October minutes, which were signed.\n")
    minutes = extract(text)
    read_prose([(text, minutes)])
    assert minutes.date is None
    assert sorted((r.date, r.precision) for h in minutes.prose for r in h.meeting_refs) == [
        (date(2022, 10, 1), "month")]
    # on a dated page, a line opening "A meeting was held on" another day is that meeting
    assert [r.date for r in _read("A meeting was held on 14 April 2023 with the school.")
            .meeting_refs] == [date(2023, 4, 14)]


def test_the_rows_of_an_index_of_minutes_over_a_minute_volume() -> None:
    """"Licensing Committee 6 - 14 of 20th November, 2022": a body, the pages its minutes take
    and "of" its meeting's date, a row of the index printed above the page's own heading; the
    page's own row is its own meeting. A count "of" a number that is no date is none."""
    text = ("WESTSHIRE COUNCIL\n\nINDEX FOR MINUTE VOLUME\n\nPage Nos.\n\n"
            "Planning Committee 1 - 5 of 12th January, 2023\n\n"
            "Licensing Committee 6 - 14 of 20th November, 2022\n\n"
            "Local Review Body 15 of 10th January, 2023\n\n"
            "WESTSHIRE COUNCIL - PLANNING COMMITTEE\n\n12th January, 2023 2.00 p.m.\n\n"
            "PRESENT: Councillors Ann Tarrow (Convener), Bea Lindow and Cy Hembry.\n\n"
            "1. MINUTE\n\nThe Committee considered the Minute of 8th December, 2022.\n")
    minutes = extract(text)
    read_prose([(text, minutes)])
    assert minutes.date == date(2023, 1, 12)
    assert sorted(r.date for h in minutes.prose for r in h.meeting_refs) == [
        date(2022, 11, 20), date(2022, 12, 8), date(2023, 1, 10)]
    assert _read("Licensing Committee 6 of 20 applications were granted in "
                 "2022.").meeting_refs == []


@pytest.mark.parametrize(
    ("sentence", "refs"),
    [
        # the others met or the subject may end in "on", "who" or "that" inside a word
        ("The meeting with the Highways Commission had been arranged for Friday, 16 June "
         "2023.", [date(2023, 6, 16)]),
        ("A workshop on Regeneration had been arranged for Monday, 12 June 2023.",
         [date(2023, 6, 12)]),
        # a sitting that was not, or could not be, arranged for a day names no meeting then
        ("A meeting with the landowner could not be arranged for 12 June 2023.", []),
        ("The workshop on housing was not arranged for 12 June 2023 as hoped.", []),
        ("A meeting arranged with the Clerk could not be held on 12 June 2023.", []),
    ],
)
def test_a_sitting_arranged_with_its_subject_reads_whole_words(
        sentence: str, refs: list[date]) -> None:
    """The words between a sitting and "arranged" are its subject or the others met: a word
    that ends a clause ("who", "that", "on") stops them only as a whole word, never as the
    end of "Commission" or "Regeneration"; and a negation among them ("could not be
    arranged") says no meeting was set for the day."""
    assert sorted(r.date for r in _read(sentence).meeting_refs) == refs


def test_a_sitting_with_a_long_run_of_blanks_after_its_subject_word_is_read_in_time() -> None:
    """"The session on" and "a meeting arranged with" then a run of blanks: the blanks
    are taken whole, not split between the runs before and after the subject (some 400 s
    at 5,000 blanks, quadratic in the run)."""
    with finishes(within=60, cpu=True):
        assert _read("The session on" + " " * 5000 + "flooding was useful.").meeting_refs == []
    with finishes(within=60, cpu=True):
        assert _read("A meeting arranged with" + " " * 5000 + "the Clerk.").meeting_refs == []


def test_a_line_opening_a_meeting_of_another_body_on_a_dated_pages_day_is_that_meeting(
        ) -> None:
    """On a page whose own date was read, "A meeting of the Cabinet was held on <that day>"
    opening a line is the Cabinet's meeting, earlier the same day; only on a page the
    reader found no date for is such a line the page's own heading."""
    assert [(r.committee, r.date) for r in _read(
        "A meeting of the Cabinet was held earlier on 3 May 2023.").meeting_refs] == [
        ("Cabinet", date(2023, 5, 3))]


def test_a_financial_year_before_a_plan_is_part_of_its_name() -> None:
    """"the 2023/24 Internal Audit Plan": one year's plan, the year no minute's reference, and
    the plan's name alone another name of it; a minute's reference of one slash whose figures
    are no year and the next is still cut ("23/05 Community Grants Scheme")."""
    it = _read("The 2023/24 Internal Audit Plan was approved.")
    plan = next(m for m in it.mentions if m.kind == "programme")
    assert (plan.label, plan.aliases) == ("2023/24 Internal Audit Plan", ["Internal Audit Plan"])
    assert _kinds(_read("23/05 Community Grants Scheme was approved."), "programme") == {
        "Community Grants Scheme"}
    # four figures, a slash and two that are not the next year: a minute's reference still
    assert _kinds(_read("The 2023/05 Community Grants Scheme was approved."), "programme") == {
        "Community Grants Scheme"}


def test_the_financial_year_before_a_name_is_a_year_and_the_next_only() -> None:
    """The years read before a programme's name are ``kg.patterns.YEARS``, the pattern the
    names rules read a plan's years by: a year and the next, in two figures or four, with a
    slash or a dash; never one year alone, nor a year and another."""
    from kg.prose import _financial_year_before
    assert _financial_year_before("2023/24 Internal Audit Plan") == "2023/24 "
    assert _financial_year_before("2019-2020 Capital Programme") == "2019-2020 "
    assert _financial_year_before("1999–00 Budget") == "1999–00 "
    assert _financial_year_before("2023 Internal Audit Plan") == ""  # one year
    assert _financial_year_before("2023/05 Grants Scheme") == ""  # a minute's reference
    assert _financial_year_before("2019/2120 Plan") == ""
    assert _financial_year_before("2023/24 plan") == ""  # no name after it


@pytest.mark.parametrize(
    ("sentence", "programme"),
    [
        ("Members welcomed a review of the Council’s use of Social Media, which was due.",
         "review of the Council's use of Social Media"),
        ("A review of the Council’s overall Procurement Rules was to be undertaken.",
         "review of the Council's overall Procurement Rules"),
        # a post's or a person's title after the lower-case words is no part of the name
        ("A review of the Council’s estate Councillor Bell was asked about.",
         "review of the Council"),
        # nor, straight after them with no comma, the members, a committee, the officers or
        # a body that open the next clause: they act, nothing of theirs is reviewed
        ("Following a review of the Council’s grass cutting Members were consulted.",
         "review of the Council"),
        ("After the review of the Council’s parking charges Cabinet were asked to agree.",
         "review of the Council"),
        ("After the review of the Council’s parking charges Officers were asked to agree.",
         "review of the Council"),
        ("After a review of the Council’s bus routes Westshire County Council had agreed.",
         "review of the Council"),
    ],
)
def test_a_review_runs_on_into_the_name_it_reviews(sentence: str, programme: str) -> None:
    """What a review reviews is a thing (its rules, its use of something), and minutes
    capitalise it; the name of whoever acts next is not part of it."""
    assert _kinds(_read(sentence), "programme") == {programme}


@pytest.mark.parametrize(
    ("sentence", "programmes"),
    [
        ("The Constitution Working Party met in June.", set()),
        ("The All Party Working Group met in June.", set()),
        ("The Officer Working Group met in June.", set()),
        # the council's members together, and any kind of group of work so named
        ("The Member Working Party met in June.", set()),
        ("The Officer Steering Group met in June.", set()),
        ("The Constitution Review Group met in June.", set()),
        # a working group set up for a piece of work is a programme
        ("The Allotments Working Group met in June.", {"Allotments Working Group"}),
        ("The Allotments Steering Group met in June.", {"Allotments Steering Group"}),
    ],
)
def test_a_working_group_on_the_councils_own_rules_is_no_programme(
        sentence: str, programmes: set[str]) -> None:
    """A group on the council's own rules, or its officers or members together, does the
    council's standing business, no piece of work readers list; a group named by its work
    is one."""
    assert _kinds(_read(sentence), "programme") == programmes


@pytest.mark.parametrize(
    ("sentence", "programmes"),
    [
        ("Members asked how LGR would affect the parish precept.", {"LGR"}),
        # a body's possessive before a known scheme inside a longer title: the scheme alone
        ("Ofsted's ILACS Focused Visit Report was noted.", {"ILACS"}),
        ("The Clerk circulated the Governance Toolkit for Parish Councils.",
         {"Governance Toolkit for Parish Councils"}),
        # a toolkit in lower case is none named
        ("A draft toolkit had been sent to members.", set()),
    ],
)
def test_national_programmes_and_toolkits_are_named(sentence: str,
                                                    programmes: set[str]) -> None:
    assert _kinds(_read(sentence), "programme") == programmes


def test_a_known_scheme_after_a_known_body_is_named_alone_too() -> None:
    """"the Ofsted ILACS inspections": the inspector, then its scheme; the scheme's name alone
    is another name of it. A name with no known body before it has no such alias."""
    scheme = next(m for m in _read("Members noted the Ofsted ILACS inspections.").mentions
                  if m.kind == "programme")
    assert (scheme.label, scheme.aliases) == ("Ofsted ILACS", ["ILACS"])
    plan = next(m for m in _read("Members noted the Westshire Corporate Plan.").mentions
                if m.kind == "programme")
    assert plan.aliases == []


@pytest.mark.parametrize(("sentence", "post"), [
    ("Apologies were received from Cllr Jo Hale (Cabinet Member for Parks, Leisure and "
     "Young People).", "Cabinet Member for Parks, Leisure and Young People"),
    ("Ann Bell (Head of Highways, Drainage and Transport) spoke.",
     "Head of Highways, Drainage and Transport"),
])
def test_a_bracketed_posts_areas_listed_after_its_comma_are_the_posts(sentence: str,
                                                                       post: str) -> None:
    """A post in brackets after a name, its areas listed after "for" or "of" and a comma and
    closed by "and", is the whole post; a directorate of known words after the comma is where
    the post sits, no area of it."""
    assert post in _kinds(_read(sentence), "post")
    posts = _kinds(_read("Dr Carl Dean (Director of Public Health, Adults and Health) spoke."),
                   "post")
    assert "Director of Public Health" in posts


def test_a_list_of_areas_closed_by_a_known_portfolio_is_the_posts() -> None:
    """"Service Director – Policy, Intelligence and Public Health": the last area is a
    portfolio whose name is a body's too; a council in the list ends the post."""
    posts = _kinds(_read("That authority be delegated to the Service Director – Policy, "
                         "Research and Public Health, to finalise the survey."), "post")
    assert "Service Director – Policy, Research and Public Health" in posts
    posts = _kinds(_read("The Service Director – Policy, Westshire Council and Public Health "
                         "attended."), "post")
    assert "Service Director – Policy" in posts


def test_a_qualified_directors_areas_after_a_comma_are_the_posts() -> None:
    """"Executive Director, Culture and Heritage": a qualified director's or manager's areas
    after a comma, closed by "and"; a person after the comma is the holder, no area."""
    posts = _kinds(_read("Jo Hale, Executive Director, Culture and Heritage, spoke."), "post")
    assert "Executive Director, Culture and Heritage" in posts
    posts = _kinds(_read("The report was presented by the Project Manager, Giles Fenton, "
                         "who answered questions."), "post")
    assert posts == {"Project Manager"}


def test_areas_after_a_head_with_no_of_or_for_are_the_posts() -> None:
    """"Corporate Director Housing and Community Services", "Cabinet Member Parks &
    Leisure": the areas with no "of" or "for" after a director whose first area is a
    directorate's, and after a cabinet post; "Cabinet Member and Deputy Leader" is two."""
    posts = _kinds(_read("Jo Hale, Corporate Director Regeneration and Leisure Services, "
                         "spoke. The Cabinet Member Parks & Leisure agreed."), "post")
    assert {"Corporate Director Regeneration and Leisure Services",
            "Cabinet Member Parks & Leisure"} <= posts
    posts = _kinds(_read("The Cabinet Member and Deputy Leader agreed."), "post")
    assert "Cabinet Member and Deputy Leader" not in posts


def test_engineers_governors_and_firefighters_are_posts_alone() -> None:
    """"The Engineer presented his report", "a Governor at Hale School", "Jo Hale,
    Firefighter": posts by the head alone; "the Engineering team" and "the Governors' room"
    name none."""
    posts = _kinds(_read("The Engineer presented his report. Cllr Bell was a Governor at Hale "
                         "School. The Chair thanked Jo Hale, Firefighter from Westbury."),
                   "post")
    assert {"Engineer", "Governor", "Firefighter"} <= posts
    assert not _kinds(_read("The Engineering team met in the Governors' room."), "post")


def test_a_bodys_staff_after_a_posts_and_are_no_area_of_it() -> None:
    """"the Cabinet Member for Parks and Council officers": the council's officers follow the
    post; "the Cabinet Member for Parks and Council" alone keeps its words."""
    posts = _kinds(_read("It was attended by the Cabinet Member for Parks and Council "
                         "officers."), "post")
    assert "Cabinet Member for Parks" in posts
    posts = _kinds(_read("The Cabinet Member for Parks and Council agreed."), "post")
    assert "Cabinet Member for Parks" not in posts


def test_a_questions_verb_is_no_part_of_the_body_it_asks_about() -> None:
    """"Is Westmere Borough Council aware …": the question's verb run onto the body's name is
    no part of it. Negative: a body whose name opens with no verb keeps its first word."""
    it = _read("Is Westmere Borough Council aware of the flooding? Will Eastby Housing Trust "
               "reply? Isle Valley Trust answered.")
    orgs = _kinds(it, "organisation")
    assert {"Westmere Borough Council", "Eastby Housing Trust"} <= orgs
    assert not {o for o in orgs if o.startswith(("Is ", "Will "))}
    assert "Isle Valley Trust" in orgs


def test_a_bare_council_after_and_names_no_body() -> None:
    """"Housing and Council" (a heading's joined business) names no body; a council named by
    its places joined by "and" does ("Kensal and Brent Valley Council")."""
    it = _read("The report on Housing and Council was noted. Kensal and Brent Valley Council "
               "replied.")
    orgs = _kinds(it, "organisation")
    assert "Housing and Council" not in orgs
    assert "Kensal and Brent Valley Council" in orgs


def test_a_person_with_initials_and_letters_is_no_body() -> None:
    """"Dr. P. J. Hale CC" (an honorific, initials and the letters after a county
    councillor's name) is a person, no body. Negative: an honorific before a whole given name
    in a body's name ("Sir Ian Bell Trust") leaves the body."""
    p = load_patterns()
    assert _person_by_initials("Dr. P. J. Hale CC", p)
    assert _person_by_initials("Mr J Bell Westmere", p)
    assert not _person_by_initials("Sir Ian Bell Trust", p)
    assert not _person_by_initials("Dr Barnardo's", p)


def test_a_councils_minutes_dated_after_its_name_are_its_own() -> None:
    """"Minutes of the meetings of Westshire Council of 11th March, 2021" on a page whose
    heading names no council: the council approving its own minutes is the host, no outside
    body. Negative: another council's meeting reported with a date ("a meeting of Eastby
    Council on 3 May") is no sign, and that council stays a body."""
    text = ("PRESENT: Councillors A Bell, C Dean and E Ford.\n\n1. MINUTES – Minutes of the "
            "meetings of Westshire Council of 11th March, 2021.\n\n2. BRIDGE\n\nWestshire "
            "Council noted that a meeting of Eastby Council on 3 May 2021 had discussed the "
            "bridge. RESOLVED that the report be noted.\n")
    minutes = extract(text)
    read_prose([(text, minutes)])
    orgs = {m.label for it in minutes.items for m in it.mentions if m.kind == "organisation"}
    assert orgs == {"Eastby Council"}


def test_a_parish_council_by_its_short_form_is_a_second_of_the_tier() -> None:
    """On a page whose heading names only "Parish Council", a parish council named in full is
    its own when it is the one of the tier the page names; the page's own named by its short
    form ("Westby PC") makes the other a neighbour. Negative: a constable ("Westshire Police
    PC Hale") names no council, and the same council in both forms is still one."""
    assert _one_council_of_tier("Eastby Parish Council will share the cost with Westby PC.",
                                "parish council") is None
    assert _one_council_of_tier("Eastby Parish Council thanked Westshire Police PC Hale.",
                                "parish council") == "eastby parish council"
    assert _one_council_of_tier("Eastby Parish Council (Eastby PC) met.",
                                "parish council") == "eastby parish council"
    start = time.perf_counter()
    assert _one_council_of_tier("Eastby Parish Council " + "Bx " * 20000 + "PC",
                                "parish council") is None
    assert time.perf_counter() - start < 2


def test_a_meeting_systems_page_title_names_the_host() -> None:
    """"Agenda for Cabinet on Wednesday, 5th June, 2024, 10.30 am — Westshire Council": the
    council that publishes the meeting's pages is its host, no outside body. Negative: a
    council named in the page's text with no such title stays a body."""
    text = ("Agenda, decisions and minutes\n\n1. Questions\n\nThe answers are on the web page "
            "for the meeting Agenda for Cabinet on Wednesday, 5th June, 2024, 10.30 am — "
            "Westshire Council\n\nEastby District Council had been consulted. RESOLVED that "
            "the report be noted.\n")
    minutes = extract(text)
    read_prose([(text, minutes)])
    orgs = {m.label for it in minutes.items for m in it.mentions if m.kind == "organisation"}
    assert "Westshire Council" not in orgs
    assert "Eastby District Council" in orgs


def test_local_authority_building_control_is_a_national_body() -> None:
    """"Local Authority Building Control" (LABC), councils' building control services'
    membership body, is a body by its name (bodies.toml). Negative: a council's own
    "building control" in lower case names nothing."""
    it = _read("LABC and Local Authority Building Control were thanked for the audit of the "
               "building control service.")
    assert "Local Authority Building Control" in _kinds(it, "organisation")
    it = _read("The building control service of the local authority was praised.")
    assert not _kinds(it, "organisation")


def test_an_errand_set_with_is_to_is_kept_where_no_item_holds_it() -> None:
    """"Clerk is to notify …" names who acts, so in the text no item holds (a public forum, notes
    after the last item), where only the requests a rule attributed are kept (prose._owned),
    the errand is kept; "The signs are to be replaced" names no one and is not. (The page
    reader puts a short page's loose text in an item, so the rule's span is checked here.)"""
    from kg.prose import _owned

    def owned(sentence: str) -> list[bool]:
        doc = pipeline()(sentence)
        return [_owned(s) for s in doc.spans["ckg_followups"]]

    assert owned("Clerk is to notify the bus company of this decision.") == [True]
    assert owned("The footpath signs are to be replaced in the spring.") == [False]


def test_a_resolutions_lettered_clauses_under_its_heading_are_each_read() -> None:
    """"RESOLVED:" on a line of its own, then "(a) That the Clerk …": each lettered clause is
    read from its "That", the label read past."""
    item = _read("RESOLVED:\n\n(a) That the Clerk write to the bus company.\n\n"
                 "(b) That the Treasurer circulate the revised budget to Members.\n\n"
                 "(c) That the report be noted.")
    assert [(f.text, f.assigned_to) for f in item.followups] == [
        ("That the Clerk write to the bus company.", "Clerk"),
        ("That the Treasurer circulate the revised budget to Members.", "Treasurer")]


def test_a_body_before_a_bare_and_council_is_kept() -> None:
    """"Age UK and Council officers": the council's staff run onto a body's name leave the
    body named alone ("Age UK"), not dropped with the run. Negative: a heading's words before
    "and Council" ("Housing and Council") name no body, with or without the run."""
    it = _read("Staff from Age UK and Council officers met the residents. The grant from the "
               "Westmere Community Foundation and Council was welcomed.")
    assert _kinds(it, "organisation") == {"Age UK", "Westmere Community Foundation"}
    it = _read("The report on Housing and Council was noted.")
    assert not {o for o in _kinds(it, "organisation") if "Housing" in o}


def test_a_constable_a_computer_or_a_clerk_by_a_short_form_names_no_council() -> None:
    """"PC" and "TC" after a word that is no place ("the Neighbourhood PC", "a new Windows PC",
    "the Deputy TC", a heading's "QUESTIONS TC", "the July PC meeting") name no second council
    of the tier, and the page's one council named in full stays its own. Negative: a place's
    short form ("Westby PC") still names a second council."""
    for text in ("Eastby Parish Council met. The Neighbourhood PC reported two thefts.",
                 "Eastby Parish Council met. The police report was given by the Beat PC.",
                 "Eastby Parish Council met. A new Windows PC was bought for the clerk.",
                 "Eastby Parish Council met. The July PC meeting was moved.",
                 "Eastby Parish Council met. PUBLIC QUESTIONS PC none."):
        assert _one_council_of_tier(text, "parish council") == "eastby parish council", text
    assert _one_council_of_tier("Eastby Town Council met. The Deputy TC reported.",
                                "town council") == "eastby town council"
    assert _one_council_of_tier("Eastby Town Council met. Westby TC had replied.",
                                "town council") is None


def test_an_action_tables_issue_names_no_publisher() -> None:
    """"Issue: pothole on Mill Lane – Westshire County Council" in an action table names the
    council asked to act, no meeting system's title: the council stays a body. Negative: the
    system's own title ("Issue - items at meetings - … - Westby Council") names its host."""
    p = load_patterns()
    text = ("ACTIONS\nIssue: pothole on Mill Lane reported – Westshire County Council\n"
            "Decision: to write again - Westshire County Council\n")
    assert _councils_named_own(text, "parish council", p) == frozenset()
    title = "Issue - items at meetings - Bridge repairs - Westby Council\n"
    assert "westby council" in _councils_named_own(title, "parish council", p)


@pytest.mark.parametrize(("sentence", "post"), [
    # a committee, or a post and the cabinet, after a qualified post's comma: who was told
    ("The Deputy Chief Executive, Cabinet and Scrutiny Committee were briefed.",
     "Deputy Chief Executive"),
    ("The Strategic Director, Leader and Cabinet had agreed the plan.", "Strategic Director"),
    # a body in brackets after the comma: where the post is held
    ("Ann Bell (Director of Place, Westshire and Eastvale Partnership) spoke.",
     "Director of Place"),
    # two councils' places: a service they share
    ("Ann Bell (Head of Planning, Adur and Worthing) spoke.", "Head of Planning"),
    # a council before the closing portfolio after a dash's areas
    ("The Service Director – Policy, Westshire Council and Public Health attended.",
     "Service Director – Policy"),
])
def test_a_list_after_a_posts_comma_that_names_something_is_no_area(sentence: str,
                                                                     post: str) -> None:
    """The areas listed after a post's comma must each name nothing: a committee, a post, a
    body or a council's place there is who the post met or where it is held, so the post
    ends at the comma. (The lists that name nothing stay the post's: the tests above.)"""
    posts = _kinds(_read(sentence), "post")
    assert post in posts
    assert not any(p.startswith(post + ",") for p in posts)


def test_a_task_and_finish_group_for_a_thing_is_a_programme() -> None:
    """A group set up for one piece of work is a programme with what it works on after its
    name ("for", "on") as before it; the council's own rules group stays none."""
    it = _read("The Task and Finish Group for the Parking Contract met. The Task Group on "
               "Play Areas reported.")
    assert _kinds(it, "programme") == {"Task and Finish Group for the Parking Contract",
                                       "Task Group on Play Areas"}
    it = _read("The Constitution Working Group for the Council met in June.")
    assert _kinds(it, "programme") == set()


def test_a_service_on_a_day_of_remembrance_is_no_programme() -> None:
    """"the Holocaust Memorial Day Service" is a ceremony; a day service for adults is one."""
    it = _read("The Mayor attended the Holocaust Memorial Day Service and the Armistice Day "
               "Service. The Older People's Day Service was praised.")
    assert _kinds(it, "programme") == {"Older People's Day Service"}


def test_a_campaign_with_a_for_of_its_own() -> None:
    """"the Clean Air for Schools Campaign" is one name; "Support for the Poppy Campaign" is
    support for a campaign, not a campaign of that name."""
    it = _read("Members backed the Clean Air for Schools Campaign.")
    assert _kinds(it, "programme") == {"Clean Air for Schools Campaign"}
    it = _read("The Council agreed its Support for the Poppy Campaign.")
    assert "Support for the Poppy Campaign" not in _kinds(it, "programme")


def test_the_meeting_own_body_by_its_places_initials_is_no_outside_body() -> None:
    """The meeting's own body named by the initials of its place and the rest of its name
    ("WCR Combined Authority" at the Westmere City Region Combined Authority) is its own;
    another body of those initials with another head stays one."""
    text = ("Minutes of the Westmere City Region Combined Authority held on 3 May 2023\n\n"
            "1. Members\n\nMembers of the WCR Combined Authority noted the report. A letter "
            "from the WCR Transport Trust was noted.\n")
    orgs = _organisations(text)
    assert "WCR Combined Authority" not in orgs
    assert "WCR Transport Trust" in orgs


def test_council_in_gaelic_alone_is_no_outside_body() -> None:
    """A council with a Gaelic or Welsh name calls itself "the Comhairle" or "Y Cyngor" as
    others say "the Council": no outside body. A Welsh council named in full stays one."""
    text = ("Minutes of the Policy Committee held on 3 May 2023\n\n1. Awards\n\nOn behalf of "
            "the Comhairle, the Convener congratulated the team. Y Cyngor thanked them. A "
            "letter from Cyngor Gwynedd was noted.\n")
    orgs = _organisations(text)
    assert not {"Comhairle", "Y Cyngor", "Cyngor"} & orgs
    assert "Cyngor Gwynedd" in orgs


def test_a_gaelic_council_named_in_full_is_read_whole() -> None:
    """"Comhairle nan Eilean Siar" is one council's name, its Gaelic article "nan" inside it
    as "upon" is inside "Kingston upon Hull": read whole, not cut to "Comhairle" (which alone
    is "the Council", no body) or "Eilean Siar"."""
    orgs = _kinds(_read("A letter from Comhairle nan Eilean Siar and Highland Council was "
                        "noted."), "organisation")
    assert {"Comhairle nan Eilean Siar", "Highland Council"} <= orgs
    assert not {"Comhairle", "Eilean Siar"} & orgs


def test_a_public_session_named_for_whom_it_is_or_by_its_minute_is_no_body() -> None:
    """"Open Forum for Public Participation" and an open forum after its minute's number
    ("WB05/23.4 Open Forum") are a session of the meeting, no outside body; a forum with a
    place's name stays one."""
    text = ("Minutes of the Westbury Parish Council held on 3 May 2023\n\n1. Open Forum for "
            "Public Participation\n\nNo members of the public spoke.\n\nWB05/23.4 Open Forum\n\n"
            "A letter from the Northvale Youth Forum was noted.\n")
    orgs = _organisations(text)
    assert not any("Open Forum" in o for o in orgs)
    assert "Northvale Youth Forum" in orgs


def test_a_lettered_minute_number_before_a_generic_name_makes_no_body() -> None:
    """A committee's letters and figures with nothing between ("C535 Police", "C536 Public
    Forum") number a minute as "WB05/23.4" does: the generic name after them is the
    minute's title, no body."""
    text = ("Minutes of Westby Town Council held on 3 May 2016\n\nC534 Apologies\nNone.\n\n"
            "C535 Police\nThe PCSO reported no crime.\n\nC536 Public Forum\nNo one spoke.\n")
    assert not {"C535 Police", "C536 Public Forum"} & _organisations(text)


@pytest.mark.parametrize("body", ["Play4All Trust", "Learn2Swim Trust",
                                  "Fit4Life Community Council"])
def test_a_body_with_a_figure_in_its_first_word_is_no_minute_number(body: str) -> None:
    """Only a minute's number before a generic name makes no body ("WB05/23.4 Open Forum"):
    a figure inside a name's first word is part of the name, and "the Play4All Trust" is a
    charity, however generic "Trust" alone is."""
    assert body in _kinds(_read(f"A grant of £500 to the {body} was agreed."), "organisation")


def test_the_council_whose_proceedings_minutes_are_approved_is_the_host() -> None:
    """"the Minutes of the proceedings of the Westby Borough Council Meeting of Monday 29
    October" names the council whose meeting this is: its host, no outside body; another
    council named in the minutes stays one."""
    text = ("MINUTES OF THE PROCEEDINGS OF THE MEETING OF THE COUNCIL HELD ON MONDAY 26 "
            "NOVEMBER 2018\n\n1. Minutes\n\nRESOLVED - that the Minutes of the proceedings "
            "of the Westby Borough Council Meeting of Monday 29 October 2018 be approved.\n\n"
            "2. Letters\n\nA letter from Eastvale District Council was noted.\n")
    orgs = _organisations(text)
    assert "Westby Borough Council" not in orgs
    assert "Eastvale District Council" in orgs


def test_a_civic_centre_with_its_towns_name_is_a_building_no_body() -> None:
    """"Westby Civic Centre", the council's own building named with its town, is a place, no
    outside body; a trust named with the town stays one."""
    text = ("Minutes of the Cabinet held on 3 May 2023\n\n1. Offices\n\nThe move out of "
            "Westby Civic Centre was agreed. A letter from the Westby Civic Trust was noted.\n")
    orgs = _organisations(text)
    assert "Westby Civic Centre" not in orgs
    assert "Westby Civic Trust" in orgs


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        pytest.param("The minutes of the meetings held on 4 April (AGM), 11 April and 18 April "
                     "2023 were noted.", ["2023-04-04", "2023-04-11", "2023-04-18"],
                     id="a-list-of-days-goes-on-past-a-bracketed-tag"),
        pytest.param("The minutes of the meetings held on 2nd March (1), 2nd March (2) and 9th "
                     "March 2023 were noted.", ["2023-03-02", "2023-03-09"],
                     id="two-sittings-of-one-day"),
        pytest.param("It was resolved that the meeting be adjourned until Monday, 8th May 2023 "
                     "at 7pm.", ["2023-05-08"], id="adjourned-until-a-day"),
        pytest.param("To approve the minutes of the Allotments Committee: 12th April 2023",
                     ["2023-04-12"], id="a-body-a-colon-and-its-date"),
        # no day after "adjourned to", and no body before the colon: no meeting
        pytest.param("The meeting adjourned to allow the Clerk to take advice.", [],
                     id="adjourned-to-do-something"),
        pytest.param("Deadline for comments: 12th April 2023", [], id="a-colon-after-no-body"),
    ],
)
def test_meetings_past_a_tag_adjourned_to_and_after_a_colon(sentence: str,
                                                             dates: list[str]) -> None:
    assert sorted({r.date.isoformat() for r in _read(sentence).meeting_refs}) == dates


def test_a_group_of_a_body_is_named_by_no_work() -> None:
    """After "of" stands whose group it is, not what it works on: "the Task and Finish Group
    of the Scrutiny Committee" names no piece of work, so it is no programme; after "for" it
    is ("the Task and Finish Group for the Parking Contract")."""
    it = _read("The Task and Finish Group of the Scrutiny Committee met twice. The Steering "
               "Group of the Partnership agreed the plan.")
    assert _kinds(it, "programme") == set()
    it = _read("The Steering Group for the Parking Contract met.")
    assert _kinds(it, "programme") == {"Steering Group for the Parking Contract"}


def test_a_group_for_the_councils_own_rules_is_no_programme() -> None:
    """The council's own rules or members after a group's "for" are as before its name: "the
    Working Group for the Constitution" is the "Constitution Working Group", "the Task and
    Finish Group for Councillors" a members' group; a group for a piece of work stays one."""
    it = _read("The Working Group for the Constitution met in June. The Task and Finish Group "
               "for Councillors met.")
    assert _kinds(it, "programme") == set()
    it = _read("The Working Party for Members' Allowances reported.")
    assert _kinds(it, "programme") == {"Working Party for Members' Allowances"}


@pytest.mark.parametrize("sentence", [
    "Members agreed Funding for Litter Campaign.",
    "The Council agreed Support for Poppy Campaign.",
    "The Council approved the Bid for Speed Campaign.",
    "Members thanked Residents for Campaign work.",
])
def test_what_is_given_to_a_campaign_is_no_campaign_name(sentence: str) -> None:
    """A campaign's own "for" has a word or two of what it is for after it, and before it no
    word of what is given or asked: an item's "Support for Poppy Campaign" (no article) is
    support for a campaign; "Residents for Campaign" names nothing it is for."""
    assert _kinds(_read(sentence), "programme") == set()


def test_a_campaign_name_with_its_own_for_still_read() -> None:
    """The guard on the word before "for" leaves a name whose "for" is its own."""
    it = _read("Members backed the Homes for Heroes Campaign.")
    assert _kinds(it, "programme") == {"Homes for Heroes Campaign"}


def test_an_armed_forces_day_service_is_no_programme() -> None:
    """The Armed Forces Day service is a ceremony the Mayor attends, as a Remembrance Day
    one is; a day service for adults is a service run for people."""
    it = _read("The Mayor attended the Armed Forces Day Service. The Adult Day Service was "
               "praised.")
    assert "Armed Forces Day Service" not in _kinds(it, "programme")
    assert "Adult Day Service" in _kinds(it, "programme")


def test_a_group_for_a_committee_is_named_by_no_work() -> None:
    """A committee or body after a group's "for" is whose group it is, as after "of": "the
    Review Group for the Scrutiny Committee" is no programme of work."""
    it = _read("The Review Group for the Scrutiny Committee met.")
    assert "Review Group for the Scrutiny Committee" not in _kinds(it, "programme")


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        pytest.param("The Panel's Work Programme was received.\n\nHousing Allocations – To be "
                     "moved from 5 June 2023 to 10 July 2023", ["2023-06-05", "2023-07-10"],
                     id="a-work-programme-row-moved-between-meetings"),
        pytest.param("The special meeting has been rearranged from 6 June 2023 to 13 June 2023.",
                     ["2023-06-06", "2023-06-13"], id="a-meeting-rearranged"),
        # no meeting, no programme, no row: a bin round moved
        pytest.param("The Clerk said the bin collection had been moved from 2 May 2023 to 9 "
                     "May 2023.", [], id="a-bin-round-moved"),
    ],
)
def test_business_moved_between_two_meetings_days(sentence: str, dates: list[str]) -> None:
    assert sorted({r.date.isoformat() for r in _read(sentence).meeting_refs}) == dates


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        # a court's day is no meeting's, though the case be adjourned to it
        pytest.param("The prosecution of the landowner was adjourned until 14 June 2023 at the "
                     "Magistrates' Court.", [], id="a-prosecution-adjourned-to-a-day"),
        pytest.param("The Clerk reported that the case had been adjourned to 5th July 2023.", [],
                     id="a-case-adjourned-to-a-day"),
        pytest.param("The meeting was adjourned until Monday 12 June 2023.", ["2023-06-12"],
                     id="a-meeting-adjourned-to-a-day"),
    ],
)
def test_a_day_a_court_adjourns_to_is_no_meeting(sentence: str, dates: list[str]) -> None:
    """"adjourned until <day>" names the day a meeting resumes, but minutes report courts'
    adjournments too (a prosecution the council brought), whose days are no meetings."""
    assert sorted({r.date.isoformat() for r in _read(sentence).meeting_refs}) == dates


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        # the meeting names who heard it, not what moved: a deadline moved
        pytest.param("The meeting noted that the consultation deadline had been moved from 5 "
                     "June 2023 to 12 June 2023.", [], id="the-meeting-noted-a-deadline-moved"),
        # "agenda" in a sentence above is no work programme
        pytest.param("Members agreed the order of the agenda. The charge was deferred from 1 "
                     "April 2023 to 1 April 2024.", [], id="agenda-in-a-sentence-above"),
        pytest.param("Agenda\n\nThe item on parking charges has been deferred from 5 June "
                     "2023 to 10 July 2023.", ["2023-06-05", "2023-07-10"],
                     id="an-agenda-heading-above"),
        pytest.param("The Clerk reported that the meeting had been rearranged from 6 June 2023 "
                     "to 13 June 2023.", ["2023-06-06", "2023-06-13"],
                     id="a-meeting-rearranged-after-that"),
    ],
)
def test_a_move_between_days_reads_a_meeting_only_in_its_own_clause(
        sentence: str, dates: list[str]) -> None:
    """A meeting named before "that" reports the move ("the meeting noted that …"), and an
    agenda mentioned in passing lists nothing: neither makes the days moved between
    meetings' days."""
    assert sorted({r.date.isoformat() for r in _read(sentence).meeting_refs}) == dates


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        pytest.param("Winter Gritting – To be moved from 5 June 2023 to 10 July 2023",
                     ["2023-06-05", "2023-07-10"], id="a-programme-row-to-be-moved"),
        # a title and a dash with no "to be": a round's days, no programme's row
        pytest.param("Grass Cutting – moved from 2 May 2023 to 9 May 2023", [],
                     id="a-title-a-dash-and-moved"),
    ],
)
def test_a_row_moved_between_meetings_says_to_be(sentence: str, dates: list[str]) -> None:
    """A work programme's amendments print each item as a title, a dash and "To be moved
    from … to …"; a title and a dash before a bare "moved" is as often a service's day, so
    only the "to be" of a planned move makes the row's days meetings' days."""
    assert sorted({r.date.isoformat() for r in _read(sentence).meeting_refs}) == dates


@pytest.mark.parametrize(
    ("line", "exact"),
    [
        # a board paper's running header: its date is the paper headers' reader's
        pytest.param("Planning Committee: 28 January 2008  Agenda Item 3", "28 January 2008",
                     id="a-running-header-before-agenda-item"),
        pytest.param("Planning Committee: 28 January 2008", "Planning Committee: 28 January 2008",
                     id="a-body-a-colon-and-its-date-alone"),
    ],
)
def test_a_bodys_colon_date_gives_way_to_a_running_header(line: str, exact: str) -> None:
    """"<body>: <date>" names the body's meeting, but a paper's running header prints the
    same before "Agenda Item", and that header is read by the paper headers' reader, which
    knows the page is a paper for that meeting rather than a mention of it."""
    assert [r.span.exact for r in _read(line).meeting_refs] == [exact]


@pytest.mark.parametrize(
    ("sentence", "is_followup"),
    [
        # a word to come on a matter or to a body, its doer named
        ("JR will advise on the cost of the new gate.", True),
        ("The Clerk will advise the allotment holders of the new rents.", True),
        # advice reported, or the advice itself told: no errand
        ("The Treasurer said she would advise caution on the reserves.", False),
        ("The Clerk will advise that the footpath is closed until May.", False),
        # "was asked to" with its "w" lost
        ("The Treasurer as asked to check the bank charges.", True),
        # a chance set for a meeting to come; one taken at this meeting is none
        ("At the next meeting, Members would have the opportunity to question the "
         "Chief Inspector.", True),
        ("Members had the opportunity to question the Chief Inspector.", False),
        # a speaker or a report wanted, asked for softly
        ("Members expressed interest in hearing from the Head of the Youth Service.", True),
        # a matter carried to a month or a meeting to come
        ("Bus shelter – further discussion in March.", True),
        ("The Clerk reported that copies of the survey could be sent to Members before the "
         "next meeting.", True),
        # a speaker heard at this meeting
        ("Mrs Hale of the Village Society was invited to address the meeting.", False),
        # the declarations' standing text
        ("Members will be asked to say whether they have any personal interests in items on "
         "the agenda.", False),
        ("Members are asked to declare any disclosable pecuniary interests.", False),
        # an event's date, and a planning authority's business awaited
        ("The Summer Fete is to take place on 12 July.", False),
        ("Two applications still to be determined.", False),
    ],
)
def test_followups_in_reported_speech(sentence: str, is_followup: bool) -> None:
    """What members asked for and officers promised, said in reported speech: a word to come
    from one named, a chance at a meeting to come, a speaker wanted, a matter carried to a
    month; and what only looks like one: a speaker heard now, the declarations' standing
    text, an event's date, an application awaiting the planning authority."""
    assert bool(_read(sentence).followups) is is_followup


@pytest.mark.parametrize(
    "sentence",
    [
        "DECIDED: That the briefing be given at a future meeting of the Board.",
        "RESOLVED – That discussion of the strategy be continued to the next meeting.",
        "RESOLVED: That a copy of the plan be passed to the Canal Trust for information.",
        "(2) the survey results be forwarded to the Highways Authority.",
    ],
)
def test_resolutions_send_business_to_a_meeting_or_a_copy_to_another_body(
        sentence: str) -> None:
    """The resolution's word with its colon or dash before "That",
    and a thing sent on to another body in the subjunctive."""
    assert len(_read(sentence).followups) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Resolved: That the Capital Programme Quarterly report for 2021/22 be noted.",
        "RESOLVED – That the Audit Plan update report be approved.",
        "(ii) to agree that the item was urgent and required to be considered this day.",
        "RESOLVED: That the motion be passed to a vote.",
    ],
)
def test_resolutions_the_meeting_settles_itself_are_not_followups(sentence: str) -> None:
    """A report noted or approved (its title's "report" no verb),
    business taken "this day", and no body named after "passed to"."""
    assert _read(sentence).followups == []


def test_a_lettered_list_of_decisions_whose_resolved_was_lost() -> None:
    """An item page's lettered decisions with no "RESOLVED" above
    them; the list's lead-in ending in a colon is no decision, and a lone lettered line
    is not read as one."""
    it = _read("The Board considered a report of the Treasurer.\n\n"
               "(a) Regular items on the Board's agenda include updates on:\n\n"
               "(b) the Board's March meeting includes a report on the grant scheme.\n\n"
               "(c) two workshop sessions are arranged during the spring.\n")
    texts = [f.text for f in it.followups]
    assert len(texts) == 2 and not any("Regular items" in t for t in texts)
    assert _read("The Board considered a report.\n\n"
                 "(a) two workshop sessions are arranged during the spring.\n").followups == []


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Members noted that the plan had been agreed and this would be a standing item on "
         "future Board agendas.", 1),
        ("The Chair said the budget would become a regular agenda item.", 1),
        ("Members had previously requested that this be a standing item.", 0),
    ],
)
def test_standing_items_to_come(sentence: str, found: int) -> None:
    """Business put on every meeting to come, after a past clause
    too; a request for it reported as past is none."""
    assert len(_read(sentence).followups) == found


@pytest.mark.parametrize(("sentence", "expected"), [
    # an item's business "on" a plan names the plan, not the decision
    ("Councillors declared an interest in the Decision and Referendum on Westby "
     "Neighbourhood Plan as members of the town council.", {"Westby Neighbourhood Plan"}),
    ("An Update on the Eastby Parking Strategy was given.", {"Eastby Parking Strategy"}),
    # a plan's head of two words, or one
    ("The Climate Emergency and Net Zero Road Map was noted.",
     {"Climate Emergency and Net Zero Road Map"}),
    ("The Westby Carbon Roadmap was agreed.", {"Westby Carbon Roadmap"}),
    # two names a slash parts, a space after it
    ("The Strategic Needs Review/ Westby Housing Plan was noted.",
     {"Strategic Needs Review", "Westby Housing Plan"}),
    # a national body's own grant, named with the body
    ("Acceptance of Department for Transport Capital Funding Grant 2023-24 was agreed.",
     {"Department for Transport Capital Funding Grant 2023-24"}),
    # a numbered round or phase after a scheme's name
    ("The Westby Nutrient Fund Round 2 award was made.", {"Westby Nutrient Fund"}),
    # a named bypass
    ("Work on the Eastby Bypass had been delayed.", {"Eastby Bypass"}),
    # business "on" a plan only after a word of business: a place's "on", or a scheme's own,
    # is part of the name
    ("Feedback on the Westby Young Rangers Programme was given.",
     {"Westby Young Rangers Programme"}),
    ("The Stoke on Trent Local Plan was noted.", {"Stoke on Trent Local Plan"}),
    ("The Henley on Thames Neighbourhood Plan was approved.",
     {"Henley on Thames Neighbourhood Plan"}),
    ("The Hands on Heritage Project was praised.", {"Hands on Heritage Project"}),
    # a slash with no space after it keeps one name
    ("The Live/Work Westby Campaign was noted.", {"Live/Work Westby Campaign"}),
    # a place's name and a lower-case "development": a named scheme of building
    ("Residents objected to the Orchard Farm development near the school.",
     {"Orchard Farm development"}),
    # work on a plan is the plan
    ("The Neighbourhood Plan development was slow.", {"Neighbourhood Plan"}),
])
def test_programmes_named_by_their_shape(sentence: str, expected: set[str]) -> None:
    assert _kinds(_read(sentence), "programme") == expected


@pytest.mark.parametrize("sentence", [
    # a head before "on" keeps the whole name; "the Board" after "on" is no plan
    "The report on Nature on the Board was noted.",
    # "map" alone heads no plan: a plan's document
    "The Policies Map was noted.",
    "The Road Map was discussed.",
    # a bypass with no name of its own
    "The bypass was closed for repairs.",
    # a body's own board is a body, not a scheme
    "The Finance Team Phase 2 was discussed.",
    # an owner's development, a body's, a committee's, and one "of" something: no named
    # scheme
    "The Council’s development was noted.",
    "Board development was discussed.",
    "The Planning Committee development was noted.",
    "The Westby Road development of new homes was noted.",
])
def test_no_programme_where_none_is_named(sentence: str) -> None:
    assert _kinds(_read(sentence), "programme") == set()


@pytest.mark.parametrize(("sentence", "expected"), [
    # a policy or strategy statement a council publishes, its years kept (Maidstone, Reading)
    ("The Chief Executive, on behalf of all members of staff present, disclosed an interest "
     "in the report of the Democracy and General Purposes Committee relating to the Pay Policy "
     "Statement 2020.", {"Pay Policy Statement 2020"}),
    ("The Council had complied fully with its Treasury Management Strategy Statement as agreed "
     "by Council.", {"Treasury Management Strategy Statement"}),
    # a licensing authority's statutory statements (Peterborough, Melton)
    ("Under Section 349 of the Gambling Act 2005, it was a requirement for each Council to "
     "produce, adopt and publish a Statement of Principles.", {"Statement of Principles"}),
    ("The Committee approved the Statement of Licensing Policy 2022-27 for consultation.",
     {"Statement of Licensing Policy 2022-27"}),
])
def test_published_policy_statements_are_programmes(sentence: str, expected: set[str]) -> None:
    """A statement of policy or strategy the law asks a council to publish is named as a plan
    is; "statement" alone is a document and names none."""
    assert _kinds(_read(sentence), "programme") == expected


@pytest.mark.parametrize("sentence", [
    # the yearly report on governance, no policy (Tonbridge and Malling; readers list it on
    # three pages in ten)
    "The report concluded that from the work undertaken and reported to the Audit Committee, "
    "Members had been informed of the evidence to support the Annual Governance Statement and "
    "had been able to satisfy themselves that the Council had a sound system of internal "
    "control.",
    # a statement with no name of its own, and one in lower case (Scottish Borders,
    # Peterborough)
    "The Board must have regard to the licensing objectives and the Policy Statement in the "
    "exercise of its functions.",
    "The Committee received a report which highlighted the revised statement of principles and "
    "the comments which had been received following the consultation process.",
])
def test_no_programme_in_a_statement_with_no_name(sentence: str) -> None:
    assert _kinds(_read(sentence), "programme") == set()


@pytest.mark.parametrize(
    ("sentence", "is_followup"),
    [
        # a chance at a meeting to come is one; a scheme's or a procedure's rights are none
        ("The Police Commander will attend in June and Members would have the opportunity "
         "to put questions at that meeting.", True),
        ("Under the new scheme, tenants will have the opportunity to buy their homes.", False),
        ("Councillors will be given the opportunity to raise questions on points of "
         "information.", False),
        # a report wanted by the meeting, never any thing a firm or a school would receive
        ("Members expressed interest in receiving a report on the scheme.", True),
        ("Three firms expressed an interest in receiving the tender documents.", False),
        ("The school expressed interest in receiving a grant.", False),
        # a discussion held already
        ("After further discussion in March the footpath was reopened.", False),
        # an interest of the Council's or a bank's is an errand's matter, not a declaration
        ("The Clerk was asked to register the Council's interest in the village hall as an "
         "asset of community value.", True),
        ("The Clerk was asked to make enquiries about the interest rates on the reserves.",
         True),
        ("Councillors will be asked to say if there are any items on the agenda in which "
         "they have a disclosable pecuniary interest.", False),
        ("Members are asked to indicate the nature of their interest and the item concerned.",
         False),
        # the meeting itself as the one who will advise: its own business
        ("The Committee will advise on the consultation.", False),
        ("The Panel will advise the Cabinet on the budget.", False),
    ],
)
def test_reported_speech_followups_read_no_wider_than_their_shape(
        sentence: str, is_followup: bool) -> None:
    """The reported-speech triggers and vetoes, held to what they were written for:
    "would have the opportunity" counts only with a meeting to come named (else it is a
    scheme's rights), "expressed interest in receiving" only a report or a briefing (else an
    offer answered), "further discussion in March" not once held; the declarations veto
    only a member's declared interest (the Council's interest in land, or interest rates,
    are errands' matters); and will_advise gives way, as agent_will does, when the meeting
    itself is its doer."""
    assert bool(_read(sentence).followups) is is_followup


@pytest.mark.parametrize(
    "sentence",
    [
        "RESOLVED: That the Head of Finance review the charges and that any changes be "
        "approved by the Cabinet Member.",
        "RESOLVED: That the Clerk write to the Canal Trust and the reply be noted at the next "
        "meeting.",
        "RESOLVED: That officers prepare a report on the options, to be approved by Cabinet.",
        "The Clerk said the letter would be sent today.",
        "A special meeting will be held on 4 July and the budget will be considered that day.",
    ],
)
def test_resolution_vetoes_leave_an_errand_before_a_noted_clause_or_a_day(
        sentence: str) -> None:
    """The veto for a report title's "be noted" holds only
    where "be noted" is the clause's own verb, not a second clause after the errand (after
    "and", "and that", a comma, or as "to be approved"); the urgency formula's veto holds on
    "considered this day" only, so a letter sent today, or business taken on a day to come
    ("that day"), is still an errand."""
    assert len(_read(sentence).followups) == 1


@pytest.mark.parametrize(
    "page",
    [
        # a list of facts, each a sentence of its own in capitals
        "The Clerk reported on the standing orders.\n\n"
        "(a) Meetings are held on the second Tuesday of each month.\n\n"
        "(b) The agenda includes an item for public questions.\n",
        "The Treasurer presented the accounts.\n\n"
        "1) The accounts are prepared on an accruals basis.\n\n"
        "2) The reserves are reviewed annually by the Council.\n",
        # a lead-in ending in a colon: what the report covered, not what was decided
        "The Board received the report, which covered:\n\n"
        "(a) the Officer reports on performance each quarter;\n\n"
        "(b) the Board's annual meeting includes a report from the auditor;\n",
    ],
)
def test_a_lettered_list_of_facts_is_no_list_of_decisions(page: str) -> None:
    """Lettered clauses are read as decisions whose
    RESOLVED was lost only when they run on from it (lower case) and no lead-in with a
    colon above them says what they are; notes, standing orders and a report's contents
    set no work."""
    assert _read(page).followups == []


@pytest.mark.parametrize(("sentence", "kind", "expected"), [
    ("The Clerk/ RFO reported on the accounts.", "post", {"Clerk", "RFO"}),
    ("The Clerk/RFO reported on the accounts.", "post", {"Clerk", "RFO"}),
    ("Cllr A Brown/ Cllr B Green proposed the motion.", "person", {"A Brown", "B Green"}),
    ("Westby Parish Council/ Eastby Town Council agreed the joint bid.", "organisation",
     {"Westby Parish Council", "Eastby Town Council"}),
])
def test_a_slash_and_a_space_part_two_names_of_any_kind(
        sentence: str, kind: str, expected: set[str]) -> None:
    """The word splitter parts a slash a space follows from the word before it, as it parts
    one between two words: two posts, two people or two bodies so printed are each named on
    their own, and no name keeps the slash ("A Brown/")."""
    assert _kinds(_read(sentence), kind) == expected


@pytest.mark.parametrize(
    ("sentence", "is_followup"),
    [
        # a thing wanted named straight after "would like", no "to"
        ("Members would like updates on the young carers over eighteen.", True),
        ("The Panel would like a further report in the spring.", True),
        ("Members would like the report to be noted.", False),
        ("Members would like the plan adopted without change.", False),
        # business carried on to a meeting to come, or a plan to bring it there
        ("As a result, the motion will go forward for debate at the next Council meeting.",
         True),
        ("It was the intention to bring a report on the depot to the June meeting.", True),
        ("It was the intention of the scheme to help families.", False),
        ("The depot had been discussed at the June meeting.", False),
        # a speaker to be asked to a meeting to come; one invited before, or to this one
        ("Several parishes were absent, and it was hoped that they could be invited to "
         "future meetings.", True),
        ("The Youth Officer had been invited to the next meeting but sent apologies.", False),
        ("The Youth Officer was invited to address the meeting.", False),
    ],
)
def test_wishes_and_plans_in_reported_speech(sentence: str, is_followup: bool) -> None:
    """A wish with its thing after "would like" ("would like updates on …"), business that
    "will go forward" to a meeting to come, "it was the intention to" with a meeting named
    by its month, a speaker to be invited to a meeting to come; never a thing the meeting
    holds already ("would like the report to be noted"), a scheme's aim, a meeting gone by,
    nor one invited before."""
    assert bool(_read(sentence).followups) is is_followup


@pytest.mark.parametrize(
    ("sentence", "is_followup"),
    [
        # a member's stand, recorded by the minute itself
        ("Councillor Hale requested that his objection to the decision be placed on record.",
         False),
        ("Councillor Penn asked that the votes of all members be recorded.", False),
        ("Councillor Hale requested that the objection from residents be passed to the "
         "planning officer.", True),
        # a turn to speak, granted or refused at the meeting
        ("A Member requested latitude from the Chair to speak about the post office "
         "closure.", False),
        ("Members requested a report on the flooding at Mill Lane.", True),
        # this meeting as where a thing was to be brought
        ("Questions were asked as to why a report on the depot scheduled to be brought to "
         "this meeting had not been forthcoming.", False),
        ("The report would be brought to the next meeting.", True),
        # a purpose told, the law's requirement, a body's standing remit
        ("This is to ensure that the Board is quorate at all times.", False),
        ("The Clerk is to ensure that the gate is locked each night.", True),
        ("The plan, which is a statutory requirement to be reviewed every three years, was "
         "noted.", False),
        ("The Board will promote the wellbeing of children in care across the county.",
         False),
        ("The Clerk will arrange for the event to be advertised on the website.", True),
    ],
)
def test_what_reported_speech_settles_or_describes_is_no_followup(
        sentence: str, is_followup: bool) -> None:
    """What the minute itself settles (an objection or a vote put on record, a turn to
    speak), this meeting as the goal of a passive, a purpose ("This is to ensure …"), what
    the law requires and a body's standing remit ("will promote …"): none is an errand;
    the like sentences that send someone do."""
    assert bool(_read(sentence).followups) is is_followup


def test_a_sovereigns_title_before_a_regnal_number_is_part_of_the_name() -> None:
    """"Queen Anne IV", "King Harold III" (invented sovereigns, printed as minutes print the
    real ones): the title before a given name and a regnal number is the sovereign's name; a
    surname "King" before a name is no title and takes no one's name."""
    names = _names(_read("Members stood in silence in memory of Her Majesty Queen Anne IV. "
                         "The Council sent its loyal address to King Harold III. Mrs Sara King "
                         "thanked Anna Hale."))
    assert {("person", "Queen Anne IV"), ("person", "King Harold III"),
            ("person", "Anna Hale")} <= names
    assert not {("person", "Harold III"), ("person", "Anne IV"), ("person", "King Anna Hale")} & (
        names)


def test_a_given_name_then_a_particle_and_a_surname_is_a_person() -> None:
    """"Ellen ap Hywel", "Maria de Sousa": a common given name, then a lower-case particle
    and the rest of the surname, in a list as in a sentence; a name word that is no given
    name before a particle ("Tour de France") is no person."""
    names = _names(_read("Congratulations were sent to Ellen ap Hywel, Maria de Sousa and "
                         "Carl Dean on their awards. The Tour de France passed the village."))
    assert {("person", "Ellen ap Hywel"), ("person", "Maria de Sousa"),
            ("person", "Carl Dean")} <= names
    assert not any(kind == "person" and "France" in name for kind, name in names)


def test_two_middle_initials_leave_room_for_the_surname() -> None:
    """"Tom A R Kellow": a given name, two middle initials and the surname are one name of
    four words; a given name and three capitalised words that are no initials are not
    ("Tom Hale Carl Dean": two people)."""
    names = _names(_read("The motion was moved by Tom A R Kellow and seconded by Ann Hale. "
                         "Tom Hale Carl Dean and Eve Fox were thanked."))
    assert {("person", "Tom A R Kellow"), ("person", "Ann Hale")} <= names
    assert not {("person", "Tom A R"), ("person", "Tom Hale Carl Dean"),
                ("person", "Tom Hale Carl")} & names


@pytest.mark.parametrize(("sentence", "n"), [
    ("That the risk register be further updated for the March meeting.", 1),
    ("RESOLVED that the tenancy figures be also circulated to Members.", 1),
    ("The risk register had been further updated since the last meeting.", 0),
])
def test_a_resolutions_passive_errand_with_an_adverb_before_its_verb(sentence: str,
                                                                     n: int) -> None:
    """"That the action log be further updated for the next meeting": "further" or "also"
    between "be" and the errand's verb, as "be urgently updated" has always been read."""
    assert len(_read(sentence).followups) == n


@pytest.mark.parametrize(("sentence", "n"), [
    ("Action: The Committee RESOLVED to approve the notes of the Parks Committee meeting held "
     "on 4 May 2021 as accurate minutes.", 0),
    ("Action: It was agreed to accept the apologies from Cllr Bell.", 0),
    ("Action: The Committee RESOLVED to write to the landowner about the hedge.", 1),
    ("Action: Clerk to approve the invoice with the Chair.", 1),
    # the decision, then an errand of its own on the same line
    ("Action – the Parish Council agreed to adopt the policy, Clerk to publish it on the "
     "website.", 1),
    ("Action: It was RESOLVED to approve the quote and that the Clerk place the order.", 1),
    ("Action: It was agreed to accept the apologies from Cllr Hale and Cllr Orme.", 0),
])
def test_an_action_label_on_a_decision_made_there_is_no_errand(sentence: str, n: int) -> None:
    """An action column's label on what the meeting decided there and then ("RESOLVED to
    approve the notes …") sets nothing to do; on an errand it still marks one, and so does
    a line that decides, then sets an errand ("… adopt the policy, Clerk to publish it"):
    the decision rules out no errand that follows it."""
    assert len(_read(sentence).followups) == n


def test_an_action_line_run_on_into_the_line_before_is_read_alone() -> None:
    """"… declared an interest in item 9 on the Agenda Action: Clerk to forward the forms":
    an action line with its own errand, run on with no full stop between, is cut off and
    read alone (the words before it bar nothing); an action line naming only who acts stays
    with the errand before it."""
    assert [f.text for f in _read(
        "Cllrs Ann and Bob Hale declared an interest in item 9 on the Agenda Action: Clerk to "
        "forward the declaration forms to sign").followups] == [
        "Action: Clerk to forward the declaration forms to sign"]
    texts = [f.text for f in _read(
        "b. Data Protection – (Action: Clerk to liaise with Cllr Bell to set up the new e-mail "
        "accounts.) c. Notepaper – (Action: Clerk to obtain 3 quotes)").followups]
    assert [t[:30] for t in texts] == [
        "Action: Clerk to liaise with C", "Action: Clerk to obtain 3 quot"]
    named = _read("The bench will be repainted in May. Action: Cllr Quenby").followups
    assert [f.text for f in named] == ["The bench will be repainted in May."]


# -- the same reading under every hash seed --------------------------------------------------

_SEEDED_MINUTES = """WESTBURY PARISH COUNCIL

Minutes of the meeting of Westbury Parish Council held on 3 March 2021 at the Village Hall.

Present: Cllr A Bell (Chair), Cllr C Dean, Cllr E Ford.
In attendance: Mr J Zedd (Chief Officer of the Board of Eastby Housing Association), Mrs K Lane
(Clerk).

1. Apologies
Apologies were received from Cllr G Hale.

2. Housing
Mr Zedd reported on the work of the Board of Eastby Housing Association. Eastby Housing
Association had bought two homes in Mill Lane. The Chief Officer of the Board of Eastby Housing
Association would report again. Officers of the Police Service of Northern Ireland visited.
RESOLVED: to note the report.
"""

_SEEDED_RUN = """
import dataclasses, sys
from kg.extract import extract
from kg.prose import _post_before_body, read_prose

def canon(o):  # a set printed sorted: its own order is the seed's, not a reading
    if dataclasses.is_dataclass(o) and not isinstance(o, type):
        return type(o).__name__ + "(" + ", ".join(
            f"{f.name}={canon(getattr(o, f.name))}" for f in dataclasses.fields(o)) + ")"
    if isinstance(o, (set, frozenset)):
        return "{" + ", ".join(sorted(map(canon, o))) + "}"
    if isinstance(o, (list, tuple)):
        return "[" + ", ".join(map(canon, o)) + "]"
    return repr(o)

text = sys.stdin.read()
m = extract(text)
print(canon(m))
read_prose([(text, m)])
print(canon(m))
bodies = {"Eastby Housing Association", "Board of Eastby Housing Association", "Hale Homes",
          "Rowe Estates", "Mill Lane Trust", "Westbury Almshouses"}
print(_post_before_body("Chief Officer of the Board of Eastby Housing Association", bodies))
"""


def test_same_reading_under_every_hash_seed():
    """Extraction and the prose pass read a page the same whatever PYTHONHASHSEED is: a set's
    iteration order (strings hash by the seed) decides nothing. Two bodies a page names both
    end a roll capacity's post ("Chief Officer of the Board of Eastby Housing Association":
    "Eastby Housing Association" and its "Board"), and the post's bare form was the first
    body's in the set's order ("Chief Officer" under some seeds, "Chief Officer of the Board"
    under others); now the shortest body's, in every run (the post keeps its own words).

    Two seeds, run side by side (each run loads the pipeline, some 9 s; six ran one after
    another before): with the order fix in ``prose._post_before_body`` reverted, seeds 0 to
    6 gave three readings, and 0 and 1 give two of them, both wrong ("Chief Officer" under
    0), so the two runs differ. The fixes themselves are tested whatever the seeds, in
    process: ``_post_before_body``'s by
    :func:`test_a_post_before_two_bodies_reads_the_shortest_whatever_the_sets_order`,
    ``names._national_body``'s (which no seed of 0 to 7 showed here) by
    :func:`test_a_national_body_reads_the_longest_nation_whatever_the_sets_order`."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    runs = {}
    for seed in ("0", "1"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(root)}
        runs[seed] = subprocess.Popen([sys.executable, "-c", _SEEDED_RUN],
                                      stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                      stderr=subprocess.PIPE, text=True, env=env, cwd="/")
    outs = {}
    for seed, run in runs.items():
        out, err = run.communicate(_SEEDED_MINUTES, timeout=600)
        assert run.returncode == 0, err
        outs[seed] = out
    assert len(set(outs.values())) == 1, "the reading differs between hash seeds"
    assert outs["0"].splitlines()[-1] == "Chief Officer of the Board"
    assert "aliases=['Chief Officer']" not in outs["0"]  # no seed's shorter bare form


def test_a_post_before_two_bodies_reads_the_shortest_whatever_the_sets_order() -> None:
    """``prose._post_before_body`` tries the bodies a page names shortest first, not in the
    order their set iterates in (the hash seed's): "Chief Officer of the Board of Eastby
    Housing Association" with both "Eastby Housing Association" and its "Board" named is
    "Chief Officer of the Board" with the bodies in either order; a post of a body the page
    does not name is no post before a body."""
    from kg.prose import _post_before_body

    class Ordered(frozenset):  # a set of bodies that iterates in the order it was given
        def __new__(cls, names: list[str]):
            self = super().__new__(cls, names)
            self.order = names
            return self

        def __iter__(self):
            return iter(self.order)

    label = "Chief Officer of the Board of Eastby Housing Association"
    bodies = ["Board of Eastby Housing Association", "Eastby Housing Association", "Hale Homes"]
    for order in (bodies, bodies[::-1]):
        assert list(Ordered(order)) == order
        assert _post_before_body(label, Ordered(order)) == "Chief Officer of the Board"
    assert _post_before_body(label, Ordered(["Hale Homes"])) is None


def test_joint_and_combined_are_one_lexicon_list_for_both_host_readers() -> None:
    """A meeting's name with "joint" or "combined" (``organisations.joint_body_words``) is a
    body's of its own, no council's page, for both ``_councils_page`` and
    ``_body_of_its_own``, which read the one list (each had the two words written into it);
    a council's own committee or cabinet has neither."""
    from kg.nlp.lexicon import lexicon
    from kg.prose import _body_of_its_own, _councils_page

    assert lexicon().joint_body_words == {"joint", "combined"}
    for own in ("joint waste committee", "westshire combined scrutiny committee",
                "eastvale and westby joint planning committee"):
        assert _body_of_its_own(own) and not _councils_page(own), own
    for own in ("housing scrutiny committee", "cabinet", "licensing sub-committee",
                "westby joinery working committee"):
        assert not _body_of_its_own(own) and _councils_page(own), own


def test_a_stand_minuted_is_one_list_for_the_veto_and_the_unit_passed_over() -> None:
    """``own_words_minuted`` (a request vetoed) and ``on_record`` (a unit passed over) read
    the stands the minute records and what it does with them ("objection", "dissent";
    "recorded", "minuted", "noted") from one pair of fragments, and match what they matched
    when each wrote them out: a stand put in the minutes, thanks recorded; not objections
    handed on, nor a statement circulated."""
    import re

    from kg.nlp.followups import followup_rules

    rules = followup_rules()
    assert "{" not in rules.fragments["own_words_minuted"]
    old_own = re.compile(
        r"(?i)\b(?:following|his|her|their|these|this)\s+(?:statement|comments?|remarks?|"
        r"views?|objections?|concerns?|dissent|vote)\s+(?:to\s+)?be\s+(?:included|recorded|"
        r"noted|minuted)\s+in\s+(?:the|these)\s+minutes\b")
    own = re.compile(rules.fragments["own_words_minuted"])
    old_stand = re.compile(
        r"(?i)\b(?:objections?|dissent|votes?|abstentions?|opposition|disagreement|protest)\b"
        r"[^.;]{0,100}?\b(?:be|being)\s+(?:formally\s+)?(?:recorded|minuted|noted|"
        r"(?:placed|put)\s+on\s+record)\b")
    sentences = [
        "Cllr Hale asked that his objection be noted in the minutes.",
        "She requested that her dissent be minuted in the minutes.",
        "He asked that their objections be recorded in these minutes.",
        "Cllr Penn asked that this vote be included in the minutes.",
        "Members asked that the following comments to be recorded in the minutes.",
        "Cllr Rowe asked that her dissent be formally recorded.",
        "He asked that his objections be put on record.",
        # not a stand minuted
        "Objections would be forwarded to the Planning Authority.",
        "He asked that his statement be circulated to members.",
        "Cllr Hale asked that his objection be sent to the Highways Authority.",
    ]
    for sentence in sentences:
        assert bool(own.search(sentence)) == bool(old_own.search(sentence)), sentence
        if old_stand.search(sentence):
            assert rules.rx["on_record"].search(sentence), sentence
    assert [bool(own.search(s)) for s in sentences] == [True] * 5 + [False] * 5
    assert not rules.rx["on_record"].search(sentences[-1])
    assert rules.rx["on_record"].search(sentences[1]) and rules.rx["on_record"].search(
        sentences[5])


def test_the_host_venue_asks_once_what_the_old_two_calls_asked() -> None:
    """``_host_venue`` (whether a meeting's name is a council's meeting's only, asked once)
    gives what the venue's old reading gave: no venue for a body of its own, the venue for a
    committee and for "Annual Council" whose contact writes from the venue's place, none for
    "Annual Council" whose contact writes from another place's council."""
    import re

    from kg.nlp.lexicon import lexicon
    from kg.prose import (
        _body_of_its_own,
        _council_meeting_only,
        _host_venue,
        _mail_place,
        _venue_place,
    )

    def old(text: str, own: str) -> str | None:  # the reading it replaces, as it was
        site_own = False if _council_meeting_only(own) else _body_of_its_own(own)
        venue, mail = _venue_place(text), _mail_place(text)
        elsewhere = bool(own) and _council_meeting_only(own) and bool(
            venue and mail and re.sub(r"[^a-z]", "", venue) != mail)
        return venue if not site_own and not elsewhere else None

    tops = ["Venue: Council Chamber, County Hall, Oxbury\nContact: jo.hale@oxburyshire.gov.uk\n",
            "Venue: Council Chamber, County Hall, Oxbury\nContact: jo.hale@oxbury.gov.uk\n",
            "Venue: Civic Offices, Bridge Street, Westby, WB1 2CD\n",
            "Contact: jo.hale@westby.gov.uk\n", "Minutes of the meeting\n"]
    owns = ["annual council", "council", "", "planning committee", "joint waste committee",
            "westshire police and crime panel", *sorted(lexicon().council_meeting_words)[:5]]
    seen = set()
    for text in tops:
        for own in owns:
            assert _host_venue(text, own) == old(text, own), (text, own)
            seen.add(_host_venue(text, own))
    assert _host_venue(tops[0], "annual council") is None  # the contact writes from elsewhere
    assert _host_venue(tops[1], "annual council") == "oxbury"
    assert _host_venue(tops[0], "joint waste committee") is None  # a body of its own
    assert _host_venue(tops[0], "planning committee") == "oxbury"


def test_a_committees_minutes_by_one_compiled_pattern() -> None:
    """``_a_committees_minutes`` reads a page's committee by one pattern of every committee
    word, compiled once: the answer a search of each word alone gives, for names ending in
    each word, in any case, with a word run into another ("Subcommittee" is no "committee"
    there unless the lexicon lists it) and with "council" in them."""
    import re

    from kg.nlp.lexicon import lexicon
    from kg.prose import _a_committees_minutes

    def old(committee: str | None) -> bool:
        return bool(committee) and not re.search(r"(?i)\bcouncil\b", committee) and any(
            re.search(rf"(?i)\b{re.escape(w)}\Z", committee.strip())
            for w in lexicon().committee_words)

    names = [None, "", "Council", "Full Council", "Personnel Committee", "Planning Sub",
             "Westby Town Council Planning Committee", "Audit Panel ", "Scrutiny Board."]
    for w in sorted(lexicon().committee_words):
        names += [w, w.upper(), f"Westby {w.title()}", f"Westby{w}", f"{w} minutes",
                  f"The {w.title()} of Westby"]
    for name in names:
        assert _a_committees_minutes(name) == old(name), name
    assert _a_committees_minutes("Personnel Committee")
    assert not _a_committees_minutes("Town Council")


def test_one_title_caser_with_the_two_readers_choices() -> None:
    """``in_title_case``: a heading's post in capitals reads as the prose prints it, small
    words small wherever they stand, each word in ``str.title``'s case; a plan's name in
    capitals (``keep_first``, ``by_hyphen``) keeps its first word a capital and takes each
    part of a hyphenated place as a word. Both as the two readers did before they shared it."""
    from kg.nlp.lexicon import lexicon
    from kg.nlp.names import in_title_case

    small = lexicon().post_title_small_words
    post = ["CLERK", "TO", "THE", "COUNCIL"]
    assert in_title_case(post, small) == ["Clerk", "to", "the", "Council"]
    assert in_title_case(["THE", "CLERK"], small) == ["the", "Clerk"]  # no first-word rule
    assert in_title_case(["O'NEILL"], small) == ["O'Neill"]
    plan = ["THE", "BURTON-ON-TRENT", "AND", "WESTBY", "NEIGHBOURHOOD", "PLAN"]
    assert " ".join(in_title_case(plan, small, keep_first=True, by_hyphen=True)) == (
        "The Burton-on-Trent and Westby Neighbourhood Plan")
    for words in (post, plan, ["OF-THE", "AND", "X-RAY", "MCDONALD'S"], ["on", "ON-LINE"]):
        assert in_title_case(words, small) == [  # names._add_post_in_title_case as it was
            w.lower() if w.lower() in small else w.title() for w in words]
        assert in_title_case(words, small, keep_first=True, by_hyphen=True) == [
            "-".join(p.lower() if (n or i) and p.lower() in small else p.capitalize()
                     for i, p in enumerate(w.split("-"))) for n, w in enumerate(words)]


def test_the_council_tiers_have_one_reader() -> None:
    """lexicon.toml's ``council_tiers`` and ``local_council_tiers`` are read in one place
    (``kg.patterns.council_tiers``), which the structural reader's principal tiers and the
    prose pass's tier words and local tiers are made of: the same lists as the raw data's."""
    import re

    from kg.attendance import _principal_tiers
    from kg.patterns import council_tiers, lexicon_data
    from kg.prose import _local_tiers, _tier_words

    orgs = lexicon_data()["organisations"]
    tiers, local = council_tiers()
    assert list(tiers) == orgs["council_tiers"] and list(local) == orgs["local_council_tiers"]
    assert _tier_words() == tiers
    assert _local_tiers() == "|".join(re.escape(t) for t in local)
    assert set(_principal_tiers()) == set(tiers) - set(local) and "parish" not in (
        _principal_tiers()) and "county" in _principal_tiers()


@pytest.mark.parametrize(
    ("sentence", "is_followup"),
    [
        # a meeting by its month is one to come only when nothing was done at it: a decision
        # taken there, or recommendations made to it, are what the meeting acts on now
        ("It was agreed to ratify the decision taken at the July meeting.", False),
        ("It was agreed to adopt the policy discussed at the February meeting.", False),
        ("It was agreed to approve the recommendations made to the March meeting.", False),
        ("It was agreed to invite the contractor to the September meeting.", True),
        ("He said he would report back to the April meeting.", True),
        # a standing welcome to all comers sends no invitation
        ("Members of the public are invited to attend future meetings of the Parish Council.",
         False),
        ("All residents are invited to the next parish meeting on 5 May.", False),
        ("It was agreed that the police are invited to the next parish council meeting.", True),
        # a wish asked about is an offer, not yet a request; a wish for one's own report to be
        # noted asks nothing of anyone
        ("Members were asked whether they would like a report at the next meeting.", False),
        ("The Clerk asked if Members would like a presentation from the developer.", False),
        ("Cllr Hale would like his report noted.", False),
        ("Members would like a presentation from the developer.", True),
        # objections passed on to someone are an errand, not only put on record
        ("Objections to the application would be noted and forwarded to the Planning "
         "Authority.", True),
        ("The Clerk would ensure that the objections of residents be recorded and reported "
         "to the Highways Authority.", True),
        ("Councillor Hale asked that his dissent be recorded.", False),
        # a turn to speak asked for does not swallow a request made in the same breath
        ("Cllr Penn sought permission to speak and asked that the Clerk write to the police "
         "about parking.", True),
        ("Cllr Penn sought permission to speak about parking near the school.", False),
        # a member's or officer's promise to champion or promote something is an errand
        ("Cllr Hale will champion the scheme with the County Council.", True),
        ("The Leader would champion the bid with the Government.", True),
    ],
)
def test_reported_speech_follow_ups_kept_apart_from_what_only_looks_like_one(
        sentence: str, is_followup: bool) -> None:
    """Review of the reported-speech rules (round 39): a month's meeting is one to come only
    when no past participle ties it to what was done there; a standing welcome to the
    public, a wish only asked about and a member's own report to be noted are no errands;
    an objection passed on, a request made beside a turn to speak, and a person's promise
    to champion a cause are errands the new vetoes and word lists must not swallow."""
    assert bool(_read(sentence).followups) is is_followup


def test_a_month_that_is_a_given_name_takes_no_particle_as_a_surname() -> None:
    """"June" before a lower-case word that is also a surname's particle ("ten", "de", "la")
    is the month, not a person: "In June ten Households were helped" names no "June ten
    Households". A given name that is no month still takes the particle ("Maria ten Boom")."""
    names = _names(_read("In June ten Households were helped by the Food Bank. Since June de "
                         "Minimis rules applied. Maria ten Boom thanked the volunteers."))
    assert ("person", "Maria ten Boom") in names
    assert not any(kind == "person" and name.startswith("June") for kind, name in names)


def test_a_national_body_reads_the_longest_nation_whatever_the_sets_order() -> None:
    """``names._national_body`` finds the nation a name ends in by the longest first
    ("northern ireland" before "ireland"), not by the order its set iterates in, which the
    hash seed decides: with "ireland" first "Tourism Northern Ireland" left "northern", a
    region's word, in the rest and was no body under some seeds. Here the lexicon's nations
    iterate in the worst order, "ireland" first. Negatives: a region before the nation ("North
    Wales"), the nation alone, and a nation run on after "and" stay no national body."""
    import dataclasses

    from kg.nlp.lexicon import lexicon
    from kg.nlp.names import _national_body

    class ShortFirst(frozenset):  # a frozenset that iterates its shortest members first
        def __iter__(self):
            return iter(sorted(super().__iter__(), key=lambda n: (len(n), n)))

    lex = dataclasses.replace(lexicon(), nations=ShortFirst(lexicon().nations))
    order = list(lex.nations)
    assert order.index("ireland") < order.index("northern ireland")
    for name in ("Tourism Northern Ireland", "Transport for Northern Ireland",
                 "Education Authority Northern Ireland", "Public Health Wales"):
        assert _national_body(name.lower().split(), lex), name
    for name in ("North Wales", "Northern Ireland", "England and Wales",
                 "Westby and Northern Ireland"):
        assert not _national_body(name.lower().split(), lex), name


def test_initials_with_an_a_among_them_and_honours_after_them_name_one_person() -> None:
    """Members printed by their initials: "R A Pennock OBE" is R A Pennock (an "A" after
    another initial is an initial, not the article, and the honour is no part of the name),
    and "G E H Varley" after "by" is one name of three initials and a surname. An "A" that
    opens a phrase ("A Resident said …", "Plan B A Better Future") is still the article."""
    names = _names(_read("On the nomination of K J Dunmore OBE, seconded by R A Pennock OBE, "
                         "it was agreed. It was proposed by G E H Varley and seconded by "
                         "Tessa Lund MBE, and agreed."))
    people = {label for kind, label in names if kind == "person"}
    assert {"K J Dunmore", "R A Pennock", "G E H Varley", "Tessa Lund"} <= people
    assert not {"A Pennock", "E H Varley"} & people
    names = _names(_read("A Resident said the lane flooded. Plan B A Better Future was noted."))
    assert not [n for n in names if n[0] == "person"]


def test_a_body_of_two_places_joined_by_and_after_a_name_keeps_its_first_place() -> None:
    """A roll's rows run on into one line, each a name and the body its person comes from:
    "Keith Barrow Eastwick & Northby Parish Council" is Keith Barrow of the one council of
    two parishes, not "Keith Barrow Eastwick" and "Northby Parish Council"; so too after a
    title and with "and". Two names joined by "and" with no body's head after them stay two
    people's names."""
    it = _read("Also attending were Sally Pike Westmoor Parish Council Keith Barrow Eastwick "
               "& Northby Parish Council Ian Cole Brendon and Countisbury Parish Council.")
    assert _kinds(it, "person") == {"Sally Pike", "Keith Barrow", "Ian Cole"}
    assert _kinds(it, "organisation") == {"Westmoor Parish Council",
                                          "Eastwick & Northby Parish Council",
                                          "Brendon and Countisbury Parish Council"}
    it = _read("Cllr Ann Hale Eastwick & Northby Parish Council spoke.")
    assert _kinds(it, "person") == {"Ann Hale"}
    it = _read("Keith Barrow Eastwick and Jo Dale Northby attended.")
    assert not _kinds(it, "organisation")


def test_a_letter_that_numbers_a_part_of_the_papers_makes_no_initial_of_the_article() -> None:
    """"Appendix B", "Option C", "Item B": a letter after a word that numbers a part of the
    papers (``programmes.numbering_words``) is that part's letter, not a person's initial, so
    an "A" after it is the article that opens the next phrase ("Appendix B. A Member asked"),
    not a middle initial; a post or scheme read across the two is wrong. A member printed by
    initials with an "A" among them is still read whole."""
    for sentence in ("The report was set out at Appendix B. A Member asked about the cost.",
                     "Under Item B A Member of the public asked about parking.",
                     "Part B A Councillor declared an interest."):
        assert not _kinds(_read(sentence), "post"), sentence
    it = _read("Members considered Option B A Better Deal for Tenants.")
    assert "Option B A Better Deal for Tenants" not in _kinds(it, "programme")
    it = _read("It was proposed by Cllr J Hale and seconded by P A Morton.")
    assert _kinds(it, "person") == {"J Hale", "P A Morton"}


def test_a_surname_before_and_a_body_stays_in_a_name_of_three_words() -> None:
    """An "and" or "&" joins two places of one body ("Eastwick & Northby Parish Council"),
    but after a given name and a middle name the word before the "and" is the surname: "Sally
    Ann Pike and Westmoor Parish Council" thanks a person and a council, not "Sally Ann" and a
    "Pike and Westmoor Parish Council". A roll's row run on, whose name is a given name and a
    surname, still gives its first place to the body."""
    it = _read("Thanks were given to Sally Ann Pike and Westmoor Parish Council for the event.")
    assert _kinds(it, "person") == {"Sally Ann Pike"}
    assert _kinds(it, "organisation") == {"Westmoor Parish Council"}
    it = _read("Cllr Jo Ann Hale & Northby Town Council submitted comments.")
    assert _kinds(it, "person") == {"Jo Ann Hale"}
    assert _kinds(it, "organisation") == {"Northby Town Council"}
    it = _read("Also attending were Sally Pike Eastwick & Northby Parish Council.")
    assert _kinds(it, "person") == {"Sally Pike"}
    assert _kinds(it, "organisation") == {"Eastwick & Northby Parish Council"}


def test_an_honour_after_a_name_read_after_by_ends_the_name() -> None:
    """After "seconded by", an untitled name of initials and a surname is read only where
    the clause goes on ("and", a comma): an honour between ("G E H Varley OBE and …") is no
    part of the name and does not stop it being read. Any other capitalised word there, or
    more words after the honour, keep the name unread: they may be a body's name."""
    it = _read("It was seconded by G E H Varley OBE and agreed.")
    assert _kinds(it, "person") == {"G E H Varley"}
    for sentence in ("It was seconded by G E H Varley NHS and agreed.",
                     "It was seconded by G E H Varley OBE Trust and agreed."):
        assert "G E H Varley" not in _kinds(_read(sentence), "person"), sentence


def test_a_posts_holder_printed_with_an_initial_a_ends_the_post_at_its_colon() -> None:
    """"Clerk: N A Orme": a post's label and its holder, whose initials have an "A" among
    them, end the post at the colon as "Clerk: N B Orme" does; the "A" is no article that
    would leave the holder's name inside the post. A post's area after its colon, which
    names no person, stays in the post."""
    assert _kinds(_read("Clerk: N A Orme"), "post") == {"Clerk"}
    assert _kinds(_read("Section Head: Tourism and Enterprise"), "post") == {
        "Section Head: Tourism and Enterprise"}


@pytest.mark.parametrize(
    ("sentence", "quoted", "who"),
    [
        # a matters-arising log's status tag after a dash: the item is open, to be pressed
        ("Repair of the stile by the mill – to be chased.",
         "Repair of the stile by the mill – to be chased.", None),
        # in brackets, who is to chase named
        ("New dog bins have been requested (Clerk to chase).",
         "New dog bins have been requested (Clerk to chase).", "Clerk"),
        # a status alone after the item's own sentence, on the same line
        ("Ask the District whether the shed needed consent. NO REPLY – CHASE",
         "Ask the District whether the shed needed consent. NO REPLY – CHASE", None),
        ("Find out who owns the verge by the pond. ONGOING – CHASE UP",
         "Find out who owns the verge by the pond. ONGOING – CHASE UP", None),
    ],
)
def test_a_chase_tag_marks_an_open_item(sentence: str, quoted: str, who: str | None) -> None:
    """A log's "– to be chased", "(Clerk to chase)", "NO REPLY – CHASE" at the line's end
    keeps the item open as a follow-up, whatever the item's own wording."""
    it = _read(sentence)
    assert [(f.text, f.assigned_to) for f in it.followups] == [(quoted, who)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Clerk had chased the contractor twice.",  # work reported, no tag
        "Apologies were received from Mr Hale – Chase",  # a surname after a dash
        "Highways – chased, no reply yet.",  # the tag mid-line, a report
    ],
)
def test_chasing_reported_or_a_surname_is_no_chase_tag(sentence: str) -> None:
    """Only a tag after a dash or in brackets at the line's end keeps an item open: chasing
    reported as done, or "Chase" as a name after a dash, asks nothing more."""
    assert _read(sentence).followups == []


@pytest.mark.parametrize(
    "page",
    [
        # a decision's reason, as ModernGov decision pages print it under the resolution
        "Resolved:\n(1) To note the report on winter pressures.\nReason for decision:\n"
        "To provide information about the pressures on the service.",
        "Resolved:\n1. That the review be approved.\n"
        "To ensure that the Cabinet is kept briefed on the review group's findings.",
    ],
)
def test_a_purpose_or_reason_line_is_no_followup(page: str) -> None:
    """"To provide …", "To ensure …" opening a line say what a report or a decision is for,
    as "To receive …" does; no reader of 1747 pages listed one."""
    assert _read(page).followups == []


def test_a_promise_to_provide_is_still_a_followup() -> None:
    """"to provide" mid-sentence, after the promise, is an errand: only a line that opens on
    it is a purpose line."""
    it = _read("The Clerk agreed to provide the Board with an update on the fund.")
    assert [f.assigned_to for f in it.followups] == ["Clerk"]


def test_ends_in_word_of_is_an_endswith_of_a_space_and_a_name() -> None:
    """names._ends_in_word_of looks up the text after each space: the same answer as an
    endswith of " " and each name, names of one word or several, and none for a name that
    ends the text with no space before it."""
    from kg.nlp.names import _ends_in_word_of
    names = frozenset({"speed watch", "plan"})
    for text in ("community speed watch", "the local plan", "plan", "airplane", "speed watch",
                 "the plan b", "a  plan", ""):
        assert _ends_in_word_of(text, names) == any(text.endswith(" " + k) for k in names), text
    assert not _ends_in_word_of("the floor plan b", names)


@pytest.mark.parametrize(
    ("sentence", "quoted", "who"),
    [
        # a short item of its own before the tag: the line is the item, never the heading
        # above it, and who is to chase is named
        ("Dog bins – Clerk to chase", "Dog bins – Clerk to chase", "Clerk"),
        ("Footpath 12 (Clerk to chase)", "Footpath 12 (Clerk to chase)", "Clerk"),
        ("Speed signs – to be chased.", "Speed signs – to be chased.", None),
        # a status alone on its line under the item's sentence: that sentence is the item
        ("Ask the County about the drain.\nNO REPLY – CHASE",
         "Ask the County about the drain. NO REPLY – CHASE", None),
        ("Ask the County about the drain. Ongoing – Clerk to chase",
         "Ask the County about the drain. Ongoing – Clerk to chase", "Clerk"),
    ],
)
def test_a_short_item_before_a_chase_tag_is_the_item_not_a_status(
        sentence: str, quoted: str, who: str | None) -> None:
    """Only a status ("NO REPLY", "Ongoing") before a chase tag sends the reader to the
    sentence before; a short item ("Dog bins", "Footpath 12") is the item itself, and taking
    the line above for it swallowed the item's heading and lost who is to chase."""
    it = _read(sentence)
    assert [(f.text, f.assigned_to) for f in it.followups] == [(quoted, who)]


def test_a_status_under_a_heading_takes_no_heading_for_its_item() -> None:
    """"NO REPLY – CHASE" straight under a heading has no sentence to be the item of: the
    heading ("1. Report") is no errand."""
    assert _read("NO REPLY – CHASE").followups == []


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("To ensure the grass is cut before the fete, the Clerk will contact the contractor.",
         "Clerk"),
        ("To provide the figures, the Clerk would write to the bank.", "Clerk"),
        ("To ensure the verge is cut - Clerk to contact Highways.", "Clerk"),
        ("To provide assurance to the Committee – the Head of Audit will report on progress "
         "in March.", "Head of Audit"),
    ],
)
def test_an_aim_put_first_then_who_acts_is_a_followup(sentence: str, who: str) -> None:
    """A purpose clause opening a sentence ("To ensure …, the Clerk will …") is only the
    aim of the errand after its comma or dash: the purpose-line rule must not pass it over."""
    assert [f.assigned_to for f in _read(sentence).followups] == [who]


@pytest.mark.parametrize(
    "sentence",
    [
        "To provide the Board with an update on the fund, the roads and the parks.",
        "To provide information, as requested by members at the last meeting.",
        "To ensure compliance with the Code, Members were reminded to update their registers.",
    ],
)
def test_a_purpose_line_with_a_comma_is_still_no_followup(sentence: str) -> None:
    """A comma in a purpose line lists or qualifies; with no one to act after it, the line is
    still what a report is for."""
    assert _read(sentence).followups == []


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("chase_tag", "x (Clerk to chase" + " " * 200_000 + "x"),
        ("chase_status", "." * 200_000 + "Bus shelter NO REPLY"),
    ],
)
def test_the_chase_patterns_are_linear_on_long_lines(name: str, text: str) -> None:
    """Two runs of spaces (or of a dotted leader's marks) side by side, with only optional
    parts between, were tried split every way where the match fails (quadratic: 0.5 s and
    1.1 s at 5,000 characters, many minutes at 200,000)."""
    from kg.nlp.followups import followup_rules

    rx = followup_rules().rx[name]
    with finishes(within=30, cpu=True):
        rx.search(text)


class _CountedSlices(str):
    """A text that counts how often a part of it is sliced out (each slice is a copy)."""

    slices = 0

    def __getitem__(self, key: object) -> str:
        _CountedSlices.slices += 1
        return str.__getitem__(self, key)


def test_ends_in_word_of_reads_only_the_endings_a_name_could_fill() -> None:
    """names._ends_in_word_of looks up the text's endings from the end, no more of them than
    the longest name has words: looked up after every space from the start, each ending was
    sliced and hashed, quadratic on a long candidate (14 ms a call at 20,000 characters). The
    answers stay an endswith of " " and a name: names of several words, a name that is the
    whole text, runs of spaces, a trailing space, Unicode."""
    from kg.nlp.names import _ends_in_word_of
    names = frozenset({"speed watch", "plan", "neighbourhood development plan", "café"})
    texts = ["", " ", "plan", " plan", "plan ", "a  plan", "a   speed watch", "the local plan",
             "the draft neighbourhood development plan", "neighbourhood development plan",
             "a development plan", "le café", "lecafé", "the plan b", "airplane",
             "speed  watch", "x" * 50 + " speed watch", "plan plan plan"]
    for text in texts:
        assert _ends_in_word_of(text, names) == any(text.endswith(" " + k) for k in names), text
    odd = frozenset({"", " watch", "a  b"})  # an empty name, a leading space, a double space
    for text in ["x ", "x", "speed  watch", "speed watch", "x a  b", "xa  b", "a  b"]:
        assert _ends_in_word_of(text, odd) == any(text.endswith(" " + k) for k in odd), text
    _CountedSlices.slices = 0
    long = _CountedSlices("ann bell " * 2000 + "town plan")
    assert _ends_in_word_of(long, names)
    assert not _ends_in_word_of(_CountedSlices("ann bell " * 2000 + "town"), names)
    assert _CountedSlices.slices <= 2 * 3  # three words at most in a name: three endings a call


def test_a_known_bodys_ending_is_one_of_two_words_or_more() -> None:
    """names._ends_in_known is _ends_in_word_of from the second space from the end: a known
    body's name of one word at the end of a candidate is no known body's ending."""
    from kg.nlp.lexicon import lexicon
    from kg.nlp.names import _ends_in_known
    lex = lexicon()
    two = sorted(k for k in lex.org_known if " " in k)[:40]
    one = sorted(k for k in lex.org_known if " " not in k)[:40]
    assert two and one
    for k in two + one:
        for text in (k, "the " + k, "Westby and " + k, "the " + k + " board", "x" + k):
            assert _ends_in_known(text, lex) == any(
                " " in n and text.endswith(" " + n) for n in lex.org_known), text
    assert _ends_in_known("the " + two[0], lex)
    assert not _ends_in_known("the " + one[0], lex)  # one word: no known body's ending


# -- the follow-up triggers' words, read from their patterns (kg.nlp.literals) ---------------

from kg.nlp.followups import followup_rules  # noqa: E402
from kg.nlp.literals import folded, holds, needed  # noqa: E402


@pytest.mark.parametrize(("pattern", "matched", "ruled_out"), [
    # the words of every alternative: one of them is in any match
    (r"(?i)\b(?:asked|requested)\s+to\b", ["Cllr Vane was ASKED to write.",
                                            "The clerk requested   to see it"],
     ["The clerk will write to the owner.", "Cllr Vane agreed."]),
    # a class of one letter's two cases is that letter
    (r"\b[Cc]lerk\s+to\s+\w+", ["Clerk to chase", "The clerk to write"],
     ["Officer to chase", "Clerks"]),
    # an optional part needs nothing: "Vane" alone still matches
    (r"(?:Cllr\s+)?Vane\s+(?:will|would)\b", ["Vane will mow", "Cllr Vane would ask"],
     ["Cllr Vane shall mow", "Orme will mow"]),
    # a range or a category needs nothing; the words after it still do
    (r"[A-Z]{2,3}\s+will\s+\w+", ["AB will check", "XYZ  will  go"], ["AB shall check"]),
    # a look-ahead matches no character: the words around it are needed
    (r"to(?=\s+be\b)\s+be\s+chased", ["to be chased"], ["to chase"]),
    # letters the re module takes for ASCII ones when it ignores case: long s, Kelvin sign,
    # dotless and dotted i
    (r"(?i)asked\s+to\s+keep", ["Members a\u017fked to \u212aeep it",
                                "A\u017fKED TO KEEP"], ["asked to hold"]),
    (r"(?i)\bvisit\b", ["V\u0131s\u0130t the site"], ["see the site"]),
])
def test_a_patterns_needed_words_rule_out_only_what_it_cannot_match(
        pattern: str, matched: list[str], ruled_out: list[str]) -> None:
    rx = re.compile(pattern)
    needs = needed(rx)
    for text in matched:
        assert rx.search(text), text
        assert holds(folded(text), needs), text
    for text in ruled_out:
        assert not rx.search(text), text
        assert not holds(folded(text), needs), text


def test_holds_is_every_set_having_a_string_in_the_text() -> None:
    # holds is written as loops for speed: it must answer as all(any(…)) does, empty sets
    # and no sets included
    import random

    rng = random.Random(7)
    words = ["to", "be", "will", "asked", "clerk", "meeting", "", "x"]
    for _ in range(500):
        needs = tuple(frozenset(rng.sample(words, rng.randint(0, 3)))
                      for _ in range(rng.randint(0, 3)))
        low = " ".join(rng.choices(words, k=rng.randint(0, 4)))
        assert holds(low, needs) == all(any(s in low for s in need) for need in needs)


def test_a_pattern_whose_words_cannot_be_read_needs_nothing() -> None:
    # a back-reference, a class of ranges, anything optional: every text is tried
    for pattern in (r"(\w)\1", r"[a-z]+", r"(?:will)?", r"x|\d+"):
        assert holds(folded("Nothing of the kind."), needed(re.compile(pattern))), pattern


@pytest.mark.parametrize("text", [
    "The Clerk was asked to write to the owner of the hedge.",
    "Cllr Hale would like a report on the allotments at the next meeting.",
    "Action: Clerk to chase Westby Highways about the potholes.",
    "It was agreed that the bench be moved to the green.",
    "RESOLVED: That the item be deferred to the June meeting.",
    "AB will check the play equipment; CD to order new signs.",
    "The minutes of the last meeting were approved as a true record.",
    "Cllr Orme declared an interest in item 7.",
    "Members a\u017fked that the \u212aey be returned – to be chased.",
    "The Parish Council would welcome sight of the draft plan.",
    "Officers will report back in the spring.",
    "",
])
def test_each_triggers_words_never_change_what_it_finds(text: str) -> None:
    # The follow-up triggers pass over a unit holding none of a pattern's words before the
    # pattern runs: what each finds is what its pattern and vetoes alone find.
    rules = followup_rules()
    low = folded(text)
    for name, mode in rules.triggers:
        rx = rules.rx[name]
        m = rx.match(text) if mode == "match" else rx.search(text)
        if m is not None and any(v.rules_out(m, text) for v in rules.vetoes.get(name, ())):
            m = None
        got = rules.find(name, text, mode, low)
        assert (got.span() if got else None) == (m.span() if m else None), (name, text)
        assert got is None or holds(low, rules.needs[name]), (name, text)


def test_a_unit_holding_no_triggers_words_runs_no_trigger_pattern() -> None:
    # "Cllr Orme declared an interest in item 7.": no trigger's words, so no pattern is
    # tried (the follow-up pass's cost on the many lines that ask nothing)
    rules = followup_rules()
    assert all(rules.needs[name] for name, _ in rules.triggers)
    low = folded("Cllr Orme declared an interest in item 7.")
    assert [name for name, _ in rules.triggers if holds(low, rules.needs[name])] == []


def test_a_triggers_words_are_read_when_it_is_first_tried() -> None:
    # Reading every trigger's words from its parse tree cost a fifth of a second of each
    # `import kg.nlp`: the table reads none as it loads, and a trigger's when first tried,
    # the same words as read at once; a name that is no trigger needs nothing.
    from dataclasses import replace

    from kg.nlp.followups import TriggerNeeds

    rules = followup_rules()
    assert isinstance(rules.needs, TriggerNeeds)
    needs = TriggerNeeds(rules.rx, (name for name, _ in rules.triggers))
    fresh = replace(rules, needs=needs)  # as the table is when it has just loaded
    assert len(needs) == 0  # nothing read yet
    first, mode = rules.triggers[0]
    text = "The Clerk was asked to write to Westby Highways about the verge at Holme Lane."
    got = fresh.find(first, text, mode)
    assert list(needs) == [first]  # read as it was tried, and only that trigger's
    assert needs[first] == needed(rules.rx[first])
    assert (got.span() if got else None) == (
        m.span() if (m := rules.find(first, text, mode)) else None)
    assert needs.get("clause_letter") is None and "clause_letter" not in needs


@pytest.mark.parametrize(("text", "n"), [
    # a clause that opens on what is awaited keeps the matter open: a request still out
    ("Play area\n\n- Awaiting report from Westby Highways to inspect the swings.", 1),
    ("Awaiting quotes on the repair of the bus shelter before any spending is agreed.", 1),
    ("Bus shelter repairs noted; awaiting further information from the District Council", 1),
    ("The Clerk reported on the footpath. Await further details from Ms Orme on the gate.", 1),
    # "awaiting" in mid-clause, or after a heading on its line: a status reported
    ("War Memorial – Awaiting response from the Westby Residents Association", 0),
    ("The clerk has collected the information awaiting the committee's view.", 0),
    # what is awaited is no thing asked for
    ("Awaiting developments at the old quarry.", 0),
    # "awaiting" and its object the subject of a verb of their own: waiting talked about
    ("Awaiting a reply from Westby Highways was not an option, the Clerk said.", 0),
    ("Awaiting further information had held up the repair of the bus shelter.", 0),
    # the thing awaited has come, as the clause after it says
    ("Awaiting the survey of the swings, which was completed in March.", 0),
    ("Awaiting the quotes for the bus shelter, which were received in April.", 0),
    ("Awaiting a report from Westby Highways, which arrived last week.", 0),
    # (but a clause that says when it is due, or what waits on it, leaves it awaited)
    ("Awaiting the survey of the swings, which is due in March.", 1),
    ("Awaiting a response from Ms Orme before the gate is replaced.", 1),
    # a verb after a dash or a full stop, or in a question, is no verb of the awaiting's own
    ("Awaiting response from Westby Highways - Clerk has chased.", 1),
    ("Awaiting an update on what is happening with the bus shelter.", 1),
    # a clause with no comma on a noun after "to" or "on" tells of that noun, not what is
    # awaited
    ("Awaiting a reply to the letter that was sent in May.", 1),
    ("Awaiting feedback on the consultation response which was submitted in April.", 1),
])
def test_a_clause_opening_on_what_is_awaited_is_a_followup(text: str, n: int) -> None:
    assert len(_read(text).followups) == n


def test_needed_falls_back_to_needing_nothing_when_the_private_parser_surprises(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # re._parser is private: a later Python that moves it or changes its tree's shape must
    # make the prefilter pass every text, never rule out one the pattern matches
    import kg.nlp.literals as literals

    rx = re.compile(r"(?i)\basked\s+to\b")
    assert needed(rx)  # the real parser gives words

    class Odd:
        @staticmethod
        def parse(pattern: str, flags: int) -> object:
            return [(object(), 1), ("not a pair",)]  # a tree of a shape never seen

    monkeypatch.setattr(literals, "_sre_parse", Odd)
    assert needed(rx) == ()
    monkeypatch.setattr(literals, "_sre_parse", None)
    assert needed(rx) == ()
    assert holds(folded("anything at all"), needed(rx))


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@pytest.mark.parametrize("name", [name for name, _ in followup_rules().triggers])
def test_every_text_a_trigger_matches_passes_its_words_test(name: str) -> None:
    # the prefilter's promise, on random texts each trigger matches (hypothesis writes them
    # from the pattern itself, in any case): none is ruled out
    rules = followup_rules()
    rx, needs = rules.rx[name], rules.needs[name]

    @settings(max_examples=4, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(st.from_regex(rx), st.sampled_from([str, str.upper, str.title, str.swapcase]))
    def check(text: str, case) -> None:
        assert holds(folded(text), needs), text
        if rx.flags & re.IGNORECASE and rx.search(case(text)):
            assert holds(folded(case(text)), needs), case(text)

    check()
# -- round 42 tidy: public hooks and word lists read from the data files --------------------

_HOOK_PAGE = """\
Pendlecombe Parish Council
Minutes of the meeting held on 4 March 2025

1. Apologies for absence
Apologies were received from Cllr R Quell.

2. Footpaths
The Clerk agreed to write to the county council about the stile at Brackenmoor Lane.
"""


def test_read_prose_shows_each_stretchs_doc_to_a_caller_before_reading_it() -> None:
    """A benchmark studies the sentences the pipeline cut without patching a private reader:
    ``on_doc`` is shown every item's doc, with where the item starts, and the records are
    read as they are without it."""
    shown: list[tuple[object, int, str]] = []
    minutes = extract(_HOOK_PAGE)
    read_prose([(_HOOK_PAGE, minutes)],
               on_doc=lambda m, holder, base, doc: shown.append((holder, base, doc.text)))
    items = [(h, b) for h, b, _ in shown if isinstance(h, Item)]
    assert [h for h, _ in items] == minutes.items
    assert [b for _, b in items] == [item.span.start for item in minutes.items]
    assert any("write to the county council" in t for _, _, t in shown)
    plain = extract(_HOOK_PAGE)
    read_prose([(_HOOK_PAGE, plain)])
    assert [f.text for i in minutes.items for f in i.followups] == [
        f.text for i in plain.items for f in i.followups] != []


def test_an_area_runs_end_is_kept_for_the_lexicon_it_was_read_with() -> None:
    """The ends of a ", Area, Area" run depend on the lexicon's head words: one kept for a
    lexicon is not given back for another that reads the same comma otherwise."""
    from dataclasses import replace

    from kg.nlp.lexicon import lexicon
    from kg.nlp.names import _area_run_end

    doc = pipeline()("Police, Fire and Crime Commissioner for Westmere")
    lex = lexicon()
    comma = next(t.i for t in doc if t.text == ",")
    assert doc[_area_run_end(doc, comma, lex)].text == "and"
    fire_heads = replace(lex, org_heads=lex.org_heads | {"fire"})
    assert _area_run_end(doc, comma, fire_heads) is None  # "Fire" now heads a body
    assert doc[_area_run_end(doc, comma, lex)].text == "and"


def test_a_lexicons_unions_are_its_lists_built_once_and_never_a_copys() -> None:
    """``Lexicon.union`` is the union of the lists it names, built once and kept (the readers
    ask for it at each word of a run); a copy of the lexicon with one list changed builds its
    own, with the changed list, and the original keeps its own; the names' order does not
    change the words."""
    from dataclasses import replace

    from kg.nlp.lexicon import lexicon

    lex = lexicon()
    heads = lex.union("post_heads", "org_heads")
    assert heads == lex.post_heads | lex.org_heads and "director" in heads
    assert lex.union("post_heads", "org_heads") is heads
    assert lex.union("org_heads", "post_heads") == heads
    assert lex.union("person_titles", "not_name_start", "connectors") == (
        lex.person_titles | lex.not_name_start | lex.connectors)
    wider = replace(lex, org_heads=lex.org_heads | {"zymurgy"})
    assert "zymurgy" in wider.union("post_heads", "org_heads")
    assert "zymurgy" not in lex.union("post_heads", "org_heads")
    assert wider.union("post_heads", "org_heads") is not heads


def test_a_movers_clause_ends_at_the_words_of_the_lexicons_list() -> None:
    """An untitled initialled mover ("moved by P A Quell, seconded by …") is read where the
    clause ends on one of ``people.mover_clause_ends``; the list is data, not code."""
    from dataclasses import replace

    from kg.nlp.lexicon import lexicon
    from kg.nlp.people import _initialled_agent

    lex = lexicon()
    assert {",", ":", "and", "that"} <= lex.mover_clause_ends
    doc = pipeline()("It was moved by P A Quell, seconded by R Dunmore, that the grant be paid.")
    i = next(t.i for t in doc if t.text == "P")
    assert doc[i:_initialled_agent(doc, i, lex)].text == "P A Quell"
    no_comma = replace(lex, mover_clause_ends=lex.mover_clause_ends - {","})
    assert _initialled_agent(doc, i, no_comma) == i


def test_a_wrapped_posts_connectors_are_the_lexicons() -> None:
    """A post's title left on "of" at a line's end goes on onto the next line by
    ``posts.wrap_connectors``; without "of" in the list it does not."""
    from dataclasses import replace

    from kg.nlp.lexicon import lexicon
    from kg.nlp.names import _wrapped_post

    lex = lexicon()
    assert lex.post_wrap_connectors == {"of", "for", "and"}
    doc = pipeline()("The report of the Director of\nHighways Maintenance was noted.")
    i = next(t.i for t in doc if t.text == "Director")
    j = next(t.i for t in doc if t.text == "Highways")
    assert _wrapped_post(doc, i, j, lex)
    assert not _wrapped_post(doc, i, j, replace(lex, post_wrap_connectors=frozenset({"for"})))


def _people_found(text: str) -> set[str]:
    """Every person a whole page names, the roll above its items and their prose."""
    minutes = extract(text)
    read_prose([(text, minutes)])
    return set(found_by_extractor(minutes).names["people"])


@pytest.mark.parametrize("given", ["Jerry", "Larry", "Cindy", "Fred", "Joshua"])
def test_a_flattened_roll_starts_a_row_at_a_common_given_name(given: str) -> None:
    """A roll of "Name Body" rows flattened onto one line starts each row at a given name
    (kg/data/nlp/given_names.txt, completed from the commonest names of the SSA's baby-name
    counts): "Jerry", "Larry", "Cindy", "Fred", "Joshua" are read there as "Kevin" is."""
    people = _people_found(
        "Minutes of the Board held on 3 May 2023\n\nPresent: Kevin Orme Eastby Borough Council "
        f"{given} Vane Westby Borough Council Adam Hale Northvale District Council\n\n"
        "1. Report\n\nThe report was noted.\n")
    assert f"{given} Vane" in people


def test_a_given_name_that_is_a_word_or_a_place_starts_no_row() -> None:
    """Names that are as often English words, places or surnames ("Rose", "Grace", "Brent",
    "Lewis") were left out of the list: a roll's body named with one reads as no person."""
    people = _people_found(
        "Minutes of the Board held on 3 May 2023\n\nPresent: Kevin Orme Eastby Borough Council "
        "Brent Vane Westby Borough Council Adam Hale Northvale District Council\n\n"
        "1. Report\n\nThe report was noted.\n")
    assert "Brent Vane" not in people


def test_a_words_wrap_before_a_posts_head_is_the_lexicons() -> None:
    """A title left on "Portfolio" at a line's end goes on onto its head on the next line by
    ``posts.wrapped_before_head``; without "portfolio" in the list it does not."""
    from dataclasses import replace

    from kg.nlp.lexicon import lexicon
    from kg.nlp.names import _wrapped_before_head

    lex = lexicon()
    doc = pipeline()("The appropriate Portfolio\nHolder would decide.")
    i = next(t.i for t in doc if t.text == "Portfolio")
    j = next(t.i for t in doc if t.text == "Holder")
    assert _wrapped_before_head(doc, i, j, lex)
    without = replace(lex, post_wrapped_before_head=lex.post_wrapped_before_head - {"portfolio"})
    assert not _wrapped_before_head(doc, i, j, without)


@pytest.mark.parametrize("pipes", [("parser",), ("tagger", "senter"), ("tagger",)],
                         ids=["parser", "senter", "no-parser"])
def test_a_model_that_parses_or_sets_sentences_reads_what_the_rules_read(
        tmp_path: Path, pipes: tuple[str, ...]) -> None:
    """A statistical model holding a parser raised spaCy's E043 at the first line break (the
    line breaks' starts were written on a doc already parsed). The rules' sentences go in
    before the model's parser or senter and stand after it, whatever it made of them: the
    same sentences and follow-ups as the blank pipeline, the model's parse kept."""
    model = str(tiny_model(tmp_path / "model", pipes))
    text = ("Minutes of the Parks Committee held on 3 May 2023\n\nPresent: Cllr A Vane "
            "(Chair)\n\n1. Play areas\n\nThe Head of Parks to report back to the next meeting "
            "on the play\nareas in Eastmoor. Members asked that a survey be carried out.\n")
    blank, with_model = pipeline()(text), pipeline(model)(text)
    if "parser" in pipes:
        assert with_model.has_annotation("DEP")
    assert [s.text for s in with_model.sents] == [s.text for s in blank.sents]
    read = {}
    for nlp in (pipeline(), pipeline(model)):
        minutes = extract(text)
        read_prose([(text, minutes)], nlp=nlp)
        read[nlp] = [followups(it) for it in minutes.items]
    assert read[pipeline(model)] == read[pipeline()]
    assert [f[0] for f in read[pipeline()][0]] == ["The Head of Parks to report back to the ",
                                                   "Members asked that a survey be carried o"]


@pytest.mark.parametrize(("sentence", "place"), [
    ("A letter from Brittany Ferries about the sailings was noted.", "Brittany Ferries"),
    ("Members noted the works at Clarence Park and the bowls club.", "Clarence Park"),
    ("The Troy Road works were noted.", "Troy Road"),
])
def test_a_given_name_that_is_as_often_a_place_names_no_person(sentence: str,
                                                                place: str) -> None:
    """Given names of the SSA's counts that are as often places ("Brittany", "Clarence",
    "Troy": a region, a duke's streets and parks, a city) were left out of
    kg/data/nlp/given_names.txt: a body or a place named after one reads as no person."""
    assert place not in _kinds(_read(sentence), "person")


@pytest.mark.parametrize(("text", "joined"), [
    ("The grant was agreed for the Eastby Community\nChair Ann Dean thanked members.",
     "Eastby Community Chair"),
    ("The work would be done by Westshire County\nChairman Cllr Hale closed the meeting.",
     "Westshire County Chairman"),
])
def test_a_places_name_at_a_lines_end_joins_no_post_on_the_next(text: str,
                                                               joined: str) -> None:
    """A line ending on a place's name whose last word qualifies posts too ("Eastby
    Community", "Westshire County") does not run on onto a new sentence that opens on a post:
    only a run of ranks and qualifiers wraps before a head (lexicon.toml [posts] ranks,
    wrapped_before_head)."""
    assert joined not in _kinds(_read(text), "post")


def test_a_pipeline_kg_saved_is_taken_as_a_model(tmp_path: Path) -> None:
    """`--model FOLDER` with kg's own pipeline saved (``pipeline().to_disk``) ended in a
    traceback, spaCy's E007 for a second ``ckg_paragraphs``: the saved copies of kg's
    components give way to this version's, each once, and it reads what the blank one
    reads."""
    folder = tmp_path / "kg-pipeline"
    pipeline().to_disk(folder)
    nlp = pipeline(str(folder))
    own = [n for n in nlp.pipe_names if n.startswith("ckg_")]
    assert len(own) == len(set(own))
    text = ("Present: Cllr A Vane (Chair)\n\nThe Head of Parks to report back to the next "
            "meeting on the play\nareas in Eastmoor.\n")
    saved, blank = nlp(text), pipeline()(text)
    assert [s.text for s in saved.sents] == [s.text for s in blank.sents]
    assert ([(s.text, s.label_) for s in saved.spans["ckg_followups"]]
            == [(s.text, s.label_) for s in blank.spans["ckg_followups"]])
    assert blank.spans["ckg_followups"]


def test_initials_and_a_body_joined_are_two_bodies() -> None:
    """"ELDC and Westshire Air Ambulance Service", "NHS Northmoor and SED": a body named by
    its initials joined by "and" or "&" to another is two bodies, each listed; initials
    before a bare tier's council ("WDC & Parish Council") are the one body. Names in
    capitals throughout and two letters' initials stay as read."""
    it = _read("Ann Vane reported that ELDC and Westshire Air Ambulance Service had agreed. "
               "NHS Northmoor and SED would share the cost.")
    assert {"ELDC", "Westshire Air Ambulance Service", "NHS Northmoor", "SED"} <= _kinds(
        it, "organisation")
    assert not {"ELDC and Westshire Air Ambulance Service", "NHS Northmoor and SED"} & (
        _kinds(it, "organisation"))
    it = _read("A letter had come from WDC & Parish Council members.")
    assert "WDC & Parish Council" not in _kinds(it, "organisation")
    assert "WDC" in _kinds(it, "organisation")
    # words that end in no body's head after the initials are no body's name: left as read
    it = _read("The Clerk had written to ELDC and Westshire Highways Matters.")
    assert "Westshire Highways Matters" not in _kinds(it, "organisation")


def test_the_tokenizer_is_the_one_its_three_settings_make_one_by_one() -> None:
    """pipeline() loads the tokenizer's special cases once (rules emptied, affixes set, rules
    set last), not once per setting: the tokenizer still splits as the one made by setting
    its infixes, then its suffixes, then its rules, each reloading them (as it was built).
    The bytes of the two hold their patterns and rules but not which special cases were
    loaded with which affixes: only tokenizing text where a special case meets an affix
    (brackets, slashes, stops, hyphens next to "can't", "a.m.", ":)") tells them apart."""
    import spacy

    ours = pipeline().tokenizer
    blank = spacy.blank("en").tokenizer
    # The special cases are all there, but for the two a bracket and a colon make; the
    # camel-case words kept whole against the glued-word infix (glued.toml) are added
    whole = set(_glued()["keep_whole"])
    assert set(blank.rules) - set(ours.rules) == {"):", "(:"}
    assert set(ours.rules) <= set(blank.rules) | whole
    ref = spacy.blank("en").tokenizer  # set one by one, from pipeline()'s own settings
    ref.infix_finditer = ours.infix_finditer
    ref.suffix_search = ours.suffix_search
    ref.rules = ours.rules
    assert ours.to_bytes(exclude=["vocab"]) == ref.to_bytes(exclude=["vocab"])
    text = ("The Co-ordinator (Mrs Halloway;and Cllr O'Brien) can't attend at 10 a.m.: the "
            "Assistant Director(Lettings) said \"don't\" :) and theWestmere Panel's "
            "Asset Review/ Transport Plan, Live/Work units, e.g. 3pm, U.K. (Housing):\n"
            "(can't) [a.m.] don't/won't Mr./Mrs. Pell -e.g.- 'tis i.e., ;) (:) ):- N.B.: "
            "Cllrs. Vane & Orr(Chair) etc./ vs. 4p.m.; Dr.(Ms) Ives' re-let (ctd.)")
    assert [t.text for t in ours(text)] == [t.text for t in ref(text)]
    assert [t.text for t in ours("can't")] == ["ca", "n't"]  # the special cases are loaded
    assert "Co-ordinator" in [t.text for t in ours(text)]  # hyphenated words kept whole
    assert [t.text for t in ours("Director (Housing):")][-2:] == [")", ":"]  # no emoticon


def test_initials_after_a_list_of_bodies_split_each_item() -> None:
    """"Friends of Liberton Park, FOSKAP and SEECAT": before the initials, the items of a list
    are each a body, never one name with the comma inside ("Friends of Liberton Park,
    FOSKAP"); each part's span is its own words exactly as printed; a list with an empty
    item is left as read."""
    text = ("Minutes of the Audit Committee held on 3 May 2023\n\n1. Report\n\nAlso: "
            "Nominated Representatives from Liberton Association, Friends of Liberton Park, "
            "FOSKAP and SEECAT are expected.\n")
    it = _first_item_of(text)
    orgs = {m.label: m.span for m in it.mentions if m.kind == "organisation"}
    assert {"Friends of Liberton Park", "FOSKAP", "SEECAT"} <= set(orgs)
    assert not any("," in label for label in orgs)
    for label, span in orgs.items():
        assert text[span.start : span.end] == span.exact
        assert " ".join(span.exact.split()) == label
    it = _read("The Clerk had written to ELDC and Westshire Air Ambulance Service.")
    assert {"ELDC", "Westshire Air Ambulance Service"} <= _kinds(it, "organisation")
    it = _read("Letters from the Westby Trust, , and SEECAT came.")
    assert not any(label.endswith(",") for label in _kinds(it, "organisation"))


def test_words_run_on_before_a_councils_full_name_are_left_off_the_body() -> None:
    """"(b) Flood Defences Dorset Council had written": a sub-item's heading on the line of
    its first sentence runs onto the council that sentence names; a surname or a post's
    initials before a council in a roll do the same. The body is the principal council's
    full name (councils.toml), the words before it left off. A name joined to the council by
    "of" stays whole, and so does a council's own full name that holds another's ("Isle of
    Anglesey County Council"), or a region's word before it (a council the gazetteer may
    lack)."""
    it = _read("(b) Flood Defences Dorset Council had written to residents.")
    assert _kinds(it, "organisation") == {"Dorset Council"}
    it = _read("Trading Standards Kent County Council had been told of the sale.")
    assert _kinds(it, "organisation") == {"Kent County Council"}
    it = _read("A letter from the Westbury Branch of Dorset Council Pensioners was read.")
    assert _kinds(it, "organisation") == {"Westbury Branch of Dorset Council Pensioners"}
    it = _read("The Isle of Anglesey County Council had written.")
    assert _kinds(it, "organisation") == {"Isle of Anglesey County Council"}
    it = _read("A letter from North Dorset Council was read.")
    assert _kinds(it, "organisation") == {"North Dorset Council"}


def test_a_programme_printed_as_a_persons_capacity_is_her_post() -> None:
    """A post title running its remit, printed where a person's capacity stands (after her
    name and a comma, a bracket or a roll's dash), is her post, not a programme: "Director
    Public Programmes", "Station Manager Protection Policy"; and the same name later in the
    page is that post too."""
    it = _read("Ms Tamsin Orchard (Director Public Programmes) gave her report. The Local "
               "Plan was noted.")
    assert _kinds(it, "programme") == {"Local Plan"}
    assert "Director Public Programmes" in _kinds(it, "post")
    it = _read("Gareth Pelham, Vice Principal Estates Strategy, presented the paper.")
    assert "Vice Principal Estates Strategy" not in _kinds(it, "programme")
    assert "Vice Principal Estates Strategy" in _kinds(it, "post")
    text = ("Minutes of the Audit Committee held on 3 May 2023\n\n"
            "Guest Speaker:   Robert Fennick – Station Manager Prevention Policy\n\n"
            "1. Inspection Programme\n\nR Fennick, Station Manager Prevention Policy, "
            "presented the programme.\n")
    assert "Station Manager Prevention Policy" not in _page_labels(text, "programme")
    assert "Station Manager Prevention Policy" in _page_labels(text, "post")


def test_a_service_printed_as_where_an_officer_works_is_no_programme() -> None:
    """A service printed straight after an officer's name and a comma, after a roll's
    column gap, or after her post and a comma, is the department she works in, which readers
    leave out; a named service spoken of in a sentence stays a programme, and so does a
    programme of another head after a name."""
    it = _read("Mrs Olwen Tarrant, Westmere Planning Service, said the plans were late.")
    assert "Westmere Planning Service" not in _kinds(it, "programme")
    text = ("Minutes of the Youth Justice Board held on 3 May 2023\n\nPresent:\n"
            "Peter Lowther         Head of Community Safety (Chair)\n"
            "Harriet GoodwinAdmin Officer, Youth Justice Service\n\n"
            "1. Updates\n\nThe Board noted the Youth Justice Plan.\n")
    assert "Youth Justice Service" not in _page_labels(text, "programme")
    assert "Youth Justice Plan" in _page_labels(text, "programme")
    it = _read("The Council thanked Olwen Tarrant from the Westmere Employability Service for "
               "her work.")
    assert "Westmere Employability Service" in _kinds(it, "programme")
    it = _read("Payments: A Westcott, Neighbourhood Plan Review expenses £120.")
    assert "Neighbourhood Plan Review" in _kinds(it, "programme")


def test_a_service_past_a_gap_of_spaces_after_a_name_stays_a_programme() -> None:
    """Two spaces after a person's name are no roll's column: prose printed with wide gaps
    has them there too, and the service named after them stays a programme."""
    it = _read("Members heard from Mrs Olwen Tarrant  Westmere Planning Service about the plans.")
    assert "Westmere Planning Service" in _kinds(it, "programme")


def test_a_contract_with_a_firm_is_no_programme() -> None:
    """A council's contract with a firm for a service ("the Grounds Maintenance Contract
    2021-2022", "the Brookvale Open Spaces Contract", "the WDC contract") is an agreement, no
    programme; a group set up for one is named by the group's head and stays one."""
    it = _read("The Grounds Maintenance Contract 2021-2022 was extended by a year.")
    assert _kinds(it, "programme") == set()
    it = _read("Members noted that the Brookvale Open Spaces Contract ends in March.")
    assert _kinds(it, "programme") == set()
    it = _read("The Task and Finish Group for the Parking Contract met.")
    assert _kinds(it, "programme") == {"Task and Finish Group for the Parking Contract"}


def test_a_programme_after_a_persons_name_without_a_post_stays_one() -> None:
    """After a name and a comma, a programme's name with no post's head in it is what was
    paid for or spoken on, still a programme; and a post's head inside a programme's name
    is no capacity where no person stands before it."""
    it = _read("Payments: A Westcott, Neighbourhood Plan Review expenses £120.")
    assert "Neighbourhood Plan Review" in _kinds(it, "programme")
    it = _read("The Town Council Link Officer Pilot Scheme ended in May.")
    assert "Town Council Link Officer Pilot Scheme" in _kinds(it, "programme")


def test_a_programme_with_a_for_of_its_own() -> None:
    """A programme, strategy or scheme whose name holds a "for" of its own, one or two words
    of what it is for ("the Welsh Government's Thriving Schools for Learning Programme",
    "Bridleways for Villages Grant Scheme"), is named whole; what is given to one or asked
    of it is not ("a Bid for Learning Programme")."""
    it = _read("The Cabinet agreed a bid to the Welsh Government's Thriving Schools for "
               "Learning Programme for capital investment.")
    assert "Thriving Schools for Learning Programme" in _kinds(it, "programme")
    it = _read("A response from Bridleways for Villages Grant Scheme had been received.")
    assert "Bridleways for Villages Grant Scheme" in _kinds(it, "programme")
    it = _read("The Board noted the review of the Scottish Government's Clearer Water for "
               "Fife Strategy.")
    assert "Clearer Water for Fife Strategy" in _kinds(it, "programme")
    it = _read("The Council agreed its Bid for Learning Programme funding.")
    assert "Bid for Learning Programme" not in _kinds(it, "programme")


@pytest.mark.parametrize(
    ("text", "refs"),
    [
        # the page's heading: its day, then the meeting held just before it
        ("Eastfield Recreation Committee\n\nCommittee Meeting: Tuesday 8th March 2022 "
         "immediately following the AGM\n\nPresent: P Reed, T Vine, A Moss\n\nWelcome & "
         "Apologies: The Chair welcomed everyone.\n", {date(2022, 3, 8)}),
        # its time, then another body's meeting before it
        ("Minutes of the Meeting of the Eastfield Hall Committee which took place on Tuesday "
         "8th March 2022 at 3.00pm following on from the Lettings meeting at 2.00pm in the "
         "Hall.\n\nPresent: P Reed, T Vine\n\n1. Apologies\nNone.\n", {date(2022, 3, 8)}),
        # this meeting's opening, in brackets
        ("Minutes of the Meeting of the Council held on Tuesday, 8th March 2022 at the Old "
         "School\n\nPresent: Mr P Reed, Mr T Vine\n\n1. Opening\nThe meeting opened at 8.05pm "
         "(following the Annual Parish Meeting) and the Chairman welcomed all.\n",
         {date(2022, 3, 8)}),
        ("Minutes of a meeting of the Orchard Committee held 19:00hrs Tuesday, 08 March 2022\n\n"
         "Present: Cllr P Reed, Cllr T Vine\n\n4.1. The meeting was held after the plotholders "
         "meeting and was moved to the Long Room.\n", {date(2022, 3, 8)}),
        # this meeting itself, or another day's: no meeting held before it that day
        ("Minutes of the Meeting of the Council held on Tuesday, 8th March 2022\n\nPresent: Mr "
         "P Reed, Mr T Vine\n\n1. Opening\nThe meeting opened at 8.05pm following the last "
         "meeting's adjournment.\n\n2. Hall\nThe hall would be cleaned at 10pm after the "
         "meeting. A surgery will be held after the Parish Council meeting.\n\n3. Reports\n"
         "The Clerk reported on 8 March 2022 following today's meeting of the group.\n",
         set()),
        # no day, time or holding of this meeting before it: the words tell of something else
        ("Minutes of the Meeting of the Council held on Tuesday, 8th March 2022\n\nPresent: Mr "
         "P Reed, Mr T Vine\n\n1. Hall\nThe keys were returned following the Lettings meeting "
         "and the Clerk wrote after the Hall Committee meeting.\n", set()),
        # another day's: a letter sent after a meeting, a visit with a day of its own, the
        # next meeting's time (the meeting after which is of that day, 5 April, not this one)
        ("Minutes of the Meeting of the Council held on Tuesday, 8th March 2022\n\nPresent: Mr "
         "P Reed, Mr T Vine\n\n1. Hall\nA letter was sent on 12 April 2022 following the public "
         "meeting. A site visit was held after the Planning Committee meeting last week. A "
         "surgery was held after the Lettings meeting.\n\n"
         "2. Date of next meeting: Tuesday 5th April 2022 at 7pm following the Annual Parish "
         "Meeting.\n", {date(2022, 4, 5)}),
        # the page's own meeting, the next one told to follow it: no other meeting
        ("Minutes of the Annual Parish Meeting held on Tuesday 8th March 2022 at 7pm\n\nPresent: "
         "Mr P Reed, Mr T Vine\n\n1. Reports\nThe Annual Parish Meeting closed at 7.50pm. The "
         "Council meeting opened at 8pm following the Annual Parish Meeting.\n", set()),
        ("Eastfield Parish Council\nMinutes of the Finance Committee Meeting held on Tuesday 8th "
         "March 2022 at 7pm\n\nPresent: Mr P Reed, Mr T Vine\n\n1. Reports\nThe Planning "
         "meeting began at 8.10pm following the Finance Committee meeting.\n", set()),
        ("Eastfield Parish Council AGM\nTuesday 8th March 2022\n\nPresent: Mr P Reed, Mr T Vine"
         "\n\n1. Reports\nThe Council meeting started at 8.10pm after the AGM.\n", set()),
    ],
)
def test_a_meeting_held_just_before_this_one_the_same_day(text: str, refs: set[date]) -> None:
    """"… 8th March 2022 immediately following the AGM", "opened at 8.05pm (following the
    Annual Parish Meeting)", "was held after the plotholders meeting": another meeting, held
    the same day just before, though its day is the page's own; only straight after this
    meeting's day, time or holding, and never this meeting (named by its own body or
    heading, too) or another day's."""
    minutes = extract(text)
    read_prose([(text, minutes)])
    assert minutes.date == date(2022, 3, 8)
    assert {r.date for holder in minutes.prose for r in holder.meeting_refs} == refs


@pytest.mark.parametrize("sentence, name", [
    # the page-wide reading: a misread capacity takes no programme printed as one elsewhere
    ("Ann Bell, Member Development Programme, reported. The Member Development Programme "
     "was agreed.", "Member Development Programme"),
    # a post's head after the name: what her post runs
    ("Councillor Ann Bell, Member Development Programme champion, reported.",
     "Member Development Programme"),
    # "Principal" first is the remit's adjective, not a college's head ("Vice Principal")
    ("Cllr Jones, Principal Roads Programme, reported on resurfacing.",
     "Principal Roads Programme"),
])
def test_a_programme_after_a_persons_name_is_no_capacity_misread(sentence: str,
                                                                 name: str) -> None:
    """A programme named after a person's name and a comma stays a programme where it is no
    post title running its remit: a post's head follows it, or the only head-like word is a
    rank's adjective; and where one capacity is misread, the same name printed as a
    programme elsewhere on the page (not after a comma, a bracket or a dash) stays one."""
    assert name in _kinds(_read(sentence), "programme")


@pytest.mark.parametrize("sentence, name", [
    ("The Committee noted the Timetable for Capital Programme.", "Capital Programme"),
    ("Members considered the Options for Waste Strategy.", "Waste Strategy"),
    ("Governance Arrangements for Capital Programme were agreed.", "Capital Programme"),
    ("The Criteria for Grant Scheme were approved.", "Grant Scheme"),
])
def test_what_is_set_for_a_programme_is_no_for_named_programme(sentence: str,
                                                               name: str) -> None:
    """What a body sets for a programme, strategy or scheme ("Timetable for …", "Options
    for …", "Arrangements for …"), capitalised as a heading prints it, is no name with a
    "for" of its own ("Homes for Ukraine Scheme" is)."""
    found = _kinds(_read(sentence), "programme")
    assert not any(label.endswith(name) and label != name for label in found)
    assert "Homes for Ukraine Scheme" in _kinds(
        _read("The Council supported the Homes for Ukraine Scheme."), "programme")


def test_a_body_run_on_before_a_councils_full_name_stays_a_body() -> None:
    """The run-on trim leaves off the words before a council's full name; where those words
    are a body of their own (a known body, or a name ending in a body's head word) they stay
    one, not dropped: "Highways England Kent County Council" is two bodies, and so is each
    council of a row of member councils printed with no commas between."""
    it = _read("Highways England Kent County Council had written to residents.")
    assert _kinds(it, "organisation") == {"Highways England", "Kent County Council"}
    it = _read("The Fire and Rescue Service Dorset Council had replied.")
    assert _kinds(it, "organisation") == {"Fire and Rescue Service", "Dorset Council"}
    it = _read("Cornwall Council Kent County Council Dorset Council were listed.")
    assert _kinds(it, "organisation") == {
        "Cornwall Council", "Kent County Council", "Dorset Council"}
    # words that are no body are still left off
    it = _read("Trading Standards Kent County Council had been told of the sale.")
    assert _kinds(it, "organisation") == {"Kent County Council"}


def test_the_words_that_tie_a_councils_name_to_the_words_before_are_the_lexicons() -> None:
    """A council's name after a small word that joins a name's parts stays in the name
    before it: the words are lexicon.toml's ``[chunks] connectors``, ``[organisations]
    inner_small_words`` and ``regions`` (no list of the trim's own), so "upon" and "at" tie
    as "of" does, and so does a stop or a comma. A hyphen ties nothing. One rule
    (:func:`kg.patterns.council_run_on`) for the prose pass and the roll reader."""
    import re

    from kg.nlp.lexicon import lexicon
    from kg.patterns import council_run_on

    def cut(name: str) -> int | None:
        return council_run_on(name, [m.start() for m in re.finditer(r"[\w'’]+|[^\w\s]", name)])

    lex = lexicon()
    for word, tied in [("of", True), ("upon", True), ("at", True), ("North", True),
                       (",", True), ("-", False), ("Weyer", False), ("PS", False)]:
        assert (cut(f"Westby Hall {word} Kent County Council") is None) == tied, word
    assert cut("Jo Weyer Kent County Council") == 2
    assert cut("Kent County Council") is None  # a council alone: nothing to cut
    assert {"upon", "at"} <= lex.connectors | lex.org_inner_small_words


@pytest.mark.parametrize(
    ("sentence", "ref"),
    [
        # minutes kept of a meeting say it has been, though the sentence says what could not
        # be done or what will be: the latest such day before this meeting (3 May 2023)
        ("The correction to the minutes of the 14th February could not be made as the "
         "member was absent.", (date(2023, 2, 14), "day")),
        ("An amended copy of the minutes of the 2nd March will be circulated.",
         (date(2023, 3, 2), "day")),
    ],
)
def test_minutes_of_a_day_are_of_a_meeting_that_has_been(sentence: str,
                                                          ref: tuple[date, str]) -> None:
    assert [(r.date, r.precision) for r in _read(sentence).meeting_refs] == [ref]


def test_a_day_looked_ahead_to_without_minutes_is_still_to_come() -> None:
    """No minutes named: a day the sentence looks ahead to is the coming one."""
    refs = _read("The next meeting will be held on the 14th February.").meeting_refs
    assert [(r.date, r.precision) for r in refs] == [(date(2024, 2, 14), "day")]


def test_a_rolls_service_after_a_post_named_by_its_work_is_the_councils_own() -> None:
    """A roll that prints each officer's post and then where she works ("Mrs K Dane,
    Principal Administrator, Corporate Planning Service"): a service, team or unit named by
    its work alone is a part of the officer's own council, no outside body; one named by its
    place, nation or kind ("Northvale Fire and Rescue Service", "Scottish Ambulance
    Service"), by its initials, or printed with no post before it, stays a body."""
    text = ("Minutes of the Westmere Area Committee held on 3 May 2023\n\n"
            "Present: Councillor A Bell (Chair)\n\n"
            "In attendance:\n"
            "Mrs K Dane, Principal Administrator, Corporate Planning Service\n"
            "Mr T Hale, Senior Manager, Community Stroke Team\n"
            "Ms J Cole, Team Leader, Roads and Infrastructure Service\n"
            "Mr G Lowe, Station Manager, Northvale Fire and Rescue Service\n"
            "Mr D Ross, Head of Operations, Scottish Ambulance Service\n"
            "Ms P Ward, Manager, NHS Estates Team\n"
            "Mr R Kerr, Champs Support Team\n\n"
            "1. Roads\n\nThe roads were noted.\n")
    minutes = extract(text)
    read_prose([(text, minutes)])
    bodies = {a.name: a.organisation for a in minutes.attendance}
    assert bodies["Mrs K Dane"] is None
    assert bodies["Mr T Hale"] is None
    assert bodies["Ms J Cole"] is None
    assert bodies["Mr G Lowe"] == "Northvale Fire and Rescue Service"
    assert bodies["Mr D Ross"] == "Scottish Ambulance Service"
    assert bodies["Ms P Ward"] == "NHS Estates Team"
    assert bodies["Mr R Kerr"] == "Champs Support Team"


def test_a_post_run_into_the_body_after_it_leaves_the_body() -> None:
    """A list of members that prints each one's post run into the body she comes from, by a
    hyphen, a comma or an ampersand ("Cllr Jo Hale, Leader-Eastvale Council", "Trees &
    Footpaths Officer &Westby Meadows Trust"): the body is the words after the post, its
    evidence those words; a body whose own name holds such a break stays whole."""
    text = ("Minutes of the Regional Transport Board held on 3 May 2023\n\n"
            "Present:\n\nCllr Jo Hale, Leader-Eastvale Council\n\n"
            "Cllr Tom Reed, Leader-Northby Council\n\n"
            "1. Representatives\n\nRepresentatives were named (Paths Warden – Cllr Bell, "
            "Trees & Footpaths Officer &Westby Meadows Trust Liaison – Cllr Dane). The Board "
            "thanked the Westby Arts & Crafts Society.\n")
    minutes = extract(text)
    read_prose([(text, minutes)])
    orgs = {m.label: text[m.span.start:m.span.end] for i in minutes.items
            for m in i.mentions if m.kind == "organisation"}
    orgs.update({a.organisation: text[a.organisation_span.start:a.organisation_span.end]
                 for a in minutes.attendance if a.organisation and a.organisation_span})
    assert orgs.get("Eastvale Council") == "Eastvale Council"
    assert orgs.get("Northby Council") == "Northby Council"
    assert orgs.get("Westby Meadows Trust") == "Westby Meadows Trust"
    assert not any(label.startswith(("Leader", "Footpaths", "Trees")) for label in orgs)
    assert "Westby Arts & Crafts Society" in orgs


def test_two_posts_run_into_a_body_leave_the_body_after_the_second() -> None:
    """Two posts joined before the body they run into ("Clerk & RFO - Westby Parish
    Council"): the first break reads as a post's end too, and the words after it end in a
    body's; the body is the words after the last such break, no post left in it."""
    from kg.prose import _body_after_post

    for name, body in [("Clerk & RFO - Northby Parish Council", "Northby Parish Council"),
                       ("Clerk & Finance Officer, Eastvale Town Council", "Eastvale Town Council"),
                       ("Cllr Jo Hale, Leader-Eastvale Council", "Eastvale Council"),
                       ("Chair, Health, Social Care and Wellbeing Group",
                        "Health, Social Care and Wellbeing Group")]:
        cut = _body_after_post(name)
        assert cut is not None and name[cut:] == body
    assert _body_after_post("Westby Arts & Crafts Society") is None
    assert _body_after_post("Stoke-on-Trent City Council") is None


def test_a_known_bodys_service_after_a_post_in_a_roll_stays_a_body() -> None:
    """A service or team named after a known outside body ("Citizens Advice Debt Team",
    "Victim Support Service") is that body's, no part of the officer's council, though no
    word of it names a place or initials."""
    text = ("Minutes of the Westmere Area Committee held on 3 May 2023\n\n"
            "Present: Councillor A Bell (Chair)\n\n"
            "In attendance:\n"
            "Ms J Cole, Adviser, Citizens Advice Debt Team\n"
            "Mr G Lowe, Manager, Victim Support Service\n"
            "Mrs K Dane, Principal Administrator, Corporate Planning Service\n\n"
            "1. Roads\n\nThe roads were noted.\n")
    minutes = extract(text)
    read_prose([(text, minutes)])
    bodies = {a.name: a.organisation for a in minutes.attendance}
    assert bodies["Ms J Cole"] == "Citizens Advice Debt Team"
    assert bodies["Mr G Lowe"] == "Victim Support Service"
    assert bodies["Mrs K Dane"] is None


def test_two_bodies_joined_by_and_are_two_bodies() -> None:
    """Two bodies' names joined by "and", the first closed by its own head word, are two
    bodies, not one run of capitals (greenwich-council-undated-mid4600, carreghofa-cc-2018-
    03-27, tendring-style "District Council and … County Council"); a name whose "and" joins
    words of one body ("Essex Police and Crime Panel", "Cheshire West and Chester Council",
    "Lynton & Barnstaple Railway Trust") stays whole."""
    it = _read("It was a concert in aid of charity with proceeds going to The Woolwich "
               "Garrison Church Trust and Wide Horizons, The Adventure Learning Charity.")
    orgs = _kinds(it, "organisation")
    assert "Woolwich Garrison Church Trust" in orgs
    assert "Woolwich Garrison Church Trust and Wide Horizons" not in orgs
    it = _read("The Chairman referred to the Joint Meeting of Carreghofa Community Council and "
               "Llanymynech and Pant Parish Council on Thursday 22nd March.")
    assert "Llanymynech and Pant Parish Council" in _kinds(it, "organisation")
    for whole in ("Cheshire West and Chester Council", "Lynton & Barnstaple Railway Trust"):
        it = _read(f"A letter from {whole} was read.")
        assert _kinds(it, "organisation") == {whole}
    it = _read("Representatives from Westbury Builders and Sons attended.")
    assert "Westbury Builders" not in _kinds(it, "organisation")


def test_the_body_a_capitalised_trustee_sits_on_is_a_body() -> None:
    """A capitalised "Trustee of" names the body the trustee sits on, though its name has no
    head word (healthwatch-hertfordshire-board-2015-08-17, north-yorkshire-police-fire-crime-
    panel-2025-07-07, oxfordshire-joint-health-overview-and-scrutiny-committee-2022-06-09);
    the post stays "Trustee". A kind of body after "the" ("Trustees of the Museum"), a
    generic reference or a person names none."""
    it = _read("It was noted that Kumar is a Trustee of POhWER and that Mel is a Public "
               "Governor of HPFT.")
    assert "POhWER" in _kinds(it, "organisation")
    assert "Trustee" in _kinds(it, "post")
    it = _read("Martin Walker notified that he is a Trustee of IDAS; a charity which receives "
               "funding from the Deputy Mayor’s office.")
    assert "IDAS" in _kinds(it, "organisation")
    it = _read("Dr Alan Cohen as a Trustee of Oxfordshire Mind.")
    assert "Oxfordshire Mind" in _kinds(it, "organisation")
    for sentence in ("The Cabinet were Trustees of the Museum.",
                     "Cllr Smith declared an interest as a Trustee of the Trust.",
                     "Cllr Jones declared he was a Trustee of John Smith."):
        assert _kinds(_read(sentence), "organisation") == set(), sentence


def test_a_council_named_with_and_is_one_body() -> None:
    """Councils whose own names hold "and" or "&" (the place's, before the head) stay one
    body each: the conjoined-bodies split needs a body's head before the "and"."""
    for whole in ("Bath and North East Somerset Council", "Brighton and Hove City Council",
                  "Telford & Wrekin Council", "Redcar and Cleveland Borough Council",
                  "Armagh City, Banbridge and Craigavon Borough Council",
                  "Dumfries and Galloway Council", "Perth & Kinross Council",
                  "Hammersmith and Fulham Council", "Windsor and Maidenhead Borough Council"):
        it = _read(f"The Clerk reported that a response had been received from {whole}.")
        assert _kinds(it, "organisation") == {whole}, whole
    it = _read("The Clerk reported a letter from the London Borough of Hammersmith and Fulham.")
    assert _kinds(it, "organisation") == {"London Borough of Hammersmith and Fulham"}


def test_a_body_and_its_own_part_after_and_stays_whole() -> None:
    """A school and its nursery, a park and its gardens are one body's name: a single word
    after "and" names no second body."""
    it = _read("Members noted a request from Westbury Primary School and Nursery for a grant.")
    assert _kinds(it, "organisation") == {"Westbury Primary School and Nursery"}
    it = _read("A donation of £200 was agreed to Friends of Westbury Park and Cemetery.")
    assert "Cemetery" not in _kinds(it, "organisation")
    assert "Westbury Park" not in _kinds(it, "organisation")


def test_a_council_and_a_tier_alone_after_and_is_one_body() -> None:
    """After a council's name, "and District Council" (a tier and a head, no place) refers to
    a council named elsewhere: the first council is a body, the reference none
    (witham-first-idb-2019-11-26)."""
    it = _read("Declarations of interest were received from members appointed by City of "
               "Lincoln Council and District Council, in matters relating to their respective "
               "Councils.")
    assert _kinds(it, "organisation") == {"City of Lincoln Council"}
    it = _read("A joint response from Westbury Town Council and County Council was noted.")
    assert _kinds(it, "organisation") == {"Westbury Town Council"}
    it = _read("A letter from Wiltshire Council and Swindon Borough Council was read.")
    assert _kinds(it, "organisation") == {"Wiltshire Council", "Swindon Borough Council"}


def test_the_body_after_a_trustee_of_stops_before_an_items_number() -> None:
    """The capitalised run read as the body after "Trustee of" ends before an item's or a
    minute's number printed after the name (a register of interests' line runs on into it);
    a person's estate names no body."""
    it = _read("Cllr Hale declared an interest as a Trustee of Westbury Hospice Item 7 Finance.")
    assert "Westbury Hospice" in _kinds(it, "organisation")
    assert not any("Item" in o for o in _kinds(it, "organisation"))
    it = _read("Cllr Hale declared an interest as Trustee of Mr Smith's estate.")
    assert _kinds(it, "organisation") == set()


def test_a_name_of_only_small_words_is_its_own_canonical_form() -> None:
    """A fuzzed development page printed in capitals (round 48) gave an organisation "THE",
    whose words less the small ones are none: joining its variants failed with an IndexError
    and the whole page with it. Such a label is left as it is."""
    from kg.prose import _canonical

    bodies = ["THE PLAY INSPECTION COMPANY", "NATIONAL HIGHWAYS", "SKDC", "THE"]
    assert _canonical("organisation", "THE", bodies, {}) == "THE"
    assert _canonical("programme", "The", ["Local Plan", "The"], {}) == "The"


# -- words PDF text glued together (kg/data/nlp/glued.toml) --------------------------------


@pytest.mark.parametrize(("sentence", "kind", "name"), [
    # kincorth-leggart-cc-2015-06-08
    ("Apologies for absence were received fromIris Bennett and Hollie Smith.", "person",
     "Iris Bennett"),
    # ulster-scots-agency-board-2012-03-28
    ("2.1Apologies were noted fromVal O’Kelly.", "person", "Val O'Kelly"),
    # kersey-pc-annual-meeting-2019-05-13
    ("Footpath Working Group – Penny Calnan, Kevin Pratt and Andrew RogersKCPC Working Group "
     "– Pascoe Gibbons", "person", "Andrew Rogers"),
    # misterton-pc-annual-meeting-2015-05-19
    ("10.Appointment of Internal Auditor; it was proposed thatChalmers & Co be re-appointed "
     "and allwere in favour.", "organisation", "Chalmers & Co"),
    # gravesham-osc-2023-09-21: a title glued to the name
    ("An apology for absence was received from Cllr Ejaz Aslam and CllrGary Harding attended "
     "as substitute.", "person", "Gary Harding"),
], ids=["from-person", "from-apostrophe", "name-then-acronym", "that-firm", "cllr-name"])
def test_a_name_glued_to_the_word_before_or_after_it_reads(sentence: str, kind: str,
                                                          name: str) -> None:
    """PDF text drops the space between two words ("fromIris", "RogersKCPC"): the tokenizer
    parts them at the case change, so the name beside the join reads, its span the page's
    own characters."""
    assert name in _kinds(_read(sentence), kind)


def test_a_glued_name_reads_no_longer_name_across_the_join() -> None:
    """"RogersKCPC Working Group": the group is not read with the person's surname in it."""
    it = _read("Footpath Working Group – Penny Calnan, Kevin Pratt and Andrew RogersKCPC "
               "Working Group – Pascoe Gibbons")
    assert not any("Rogers" in label for label in _kinds(it, "programme"))


def test_two_words_glued_into_one_are_no_persons_name() -> None:
    """foulden-mordington-lamberton-community-council-2015-08-03: "JuliaTrotter" cannot be
    told apart into given name and surname for sure; a name across a glued join is still
    not read, as the one glued token was not."""
    it = _read("- Vice Chairman – John Williams. Proposed by Gregory Lauder- Frost, Seconded "
               "by JuliaTrotter.")
    people = _kinds(it, "person")
    assert not [p for p in people if "Trotter" in p], people  # neither glued nor parted
    assert "John Williams" in people


@pytest.mark.parametrize("word", [
    "MacDonald", "MacLeod", "McLurg", "DeMontfort", "PowerPoint", "YouTube", "iPad", "eBay",
    "ModernGov", "FoI", "SoS", "PhD", "CCTV", "HealthWatch", "PricewaterhouseCoopers",
])
def test_camel_case_names_and_brands_stay_one_token(word: str) -> None:
    """A capital after one or two small letters is a name's or brand's shape, and longer
    brands printed so are listed (glued.toml ``keep_whole``): none is parted, before a stop
    or a possessive too."""
    nlp = pipeline()
    for text in (f"on {word} today", f"on {word}.", f"{word}'s"):
        assert any(t.text.startswith(word) for t in nlp.make_doc(text)), text


@pytest.mark.parametrize(("text", "tokens"), [
    ("Andrew RogersKCPC Working Group", ["Andrew", "Rogers", "KCPC", "Working", "Group"]),
    ("received fromIris Bennett", ["received", "from", "Iris", "Bennett"]),
    ("Cllr SmithHead of Planning", ["Cllr", "Smith", "Head", "of", "Planning"]),
])
def test_glued_words_are_parted_at_the_case_change_offsets_kept(text: str,
                                                                tokens: list[str]) -> None:
    doc = pipeline().make_doc(text)
    assert [t.text for t in doc] == tokens
    assert doc.text == text
