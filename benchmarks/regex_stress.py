"""Pathological inputs (5,000-character lines of capitalised words, initials, "Esq", dashes,
HTML tags, dates …) through ``kg.extract.extract`` and ``kg.prose.read_prose``, and through
round 23's new and changed patterns one by one; anything slower than half a second is listed.

    python benchmarks/regex_stress.py [pat] [e2e] [pages] [hostile] [r32] [r33]

Figures, not assertions. Known and left (round 23 review): a run of "<" is slow in spaCy's
own tokenizer, and a roll of a few hundred "(Chairman)" brackets in bracket_roles and the
known-bodies component (quadratic in the spans then, about 0.75 s; linear since round 36,
which finds a person's bracket's posts and a known post's spans by where they start:
``roll_chair`` and ``prose_roll`` in benchmarks/long_lines.py); and, matched alone against a
whole 5,000-character line, a few older follow-up patterns (to_be_line, that_opening,
motion_clause, numbered_clause: 0.5-1.3 s), which the pipeline only runs on one sentence.
Round 26 review: a line of 5,000 spaces ("spaces") is still slow in older patterns searched
along it (attendance.substitute_for 2.1 s, meeting_refs[8] and [9] 1.2 and 2.8 s,
mr._RX_RANGE_END 1.0 s: the page 2-9 s end to end); the header's, a minute a page, are mended.
Round 26 (``pages``): pages that are one word and a run of 5,000 blanks, read as they are.
Round 27 (``hostile``): a real-shaped page (heading, contact, date, roll with dashes, bullets
and a substitute, items with follow-ups, answers and meeting references) with a run of 5,000
spaces, tabs or non-breaking spaces put in one of its lines at a time, read by ``extract`` and
the prose pass. Mended there (linear now): the attendance sentences, the roll's name splits and
"Name - Field" lines, the contact line and its post (``[header] contact_post``, once
prose._CONTACT_POST), items.document_link, the meeting references' blank runs, fup.answer
(a unit opening on blanks: 73 s at 5,000). Still slow
when searched from every place of a whole 5,000-blank line (``pat``), but only ever matched at
one place or run on one sentence, and under 1.5 s a hostile page: fup.doer_after (a lazy part
before blanks), attendance.substitute_for, mr._RX_RANGE_END, prose._TWO_POSTS /
_SEAT_WITH_POST, to_be_line, that_opening, motion_clause. Round 28: fup.meeting_act_errand,
acts_after and asker_after take their blanks whole (possessive): 0.2 s searched along 5,000
blanks, with the same matches. Round 29: attendance.substitute_for opens only where a run of
blanks does (a lookbehind; the same first match): 3 s -> 0.001 s searched along 5,000 blanks.
Left: fup.doer_after is only ever matched at a name's end (0.02 s there on 5,000 blanks;
searched from every place, 10 s, as no rewrite that keeps its matches at every place can
avoid); to_be_line is fast on blank runs now (0.06 s) but takes 3 s on a line of 5,000
characters of "- " (a dash and a space over and over), about linear in the line.
"""

from __future__ import annotations

import re
import sys
import time

from kg import attendance as att
from kg import endpoint, patterns, prose, queries
from kg import extract as extract_module
from kg.extract import NotMinutesError, extract
from kg.nlp import meeting_refs as mr
from kg.nlp.followups import followup_rules
from kg.prose import pipeline, read_prose

N = 5000
def fill(unit):
    return (unit * (N // len(unit) + 1))[:N]

INPUTS = {
    "caps": fill("Alan Bell "),
    "caps_mixed": fill("Westshire Borough Council Alan Bell Head "),
    "initials": fill("A B C D E F G H "),
    "initials_dot": fill("A. B. C. "),
    "esq": fill("Esq "),
    "esq_names": fill("A C Bell Esq "),
    "dashes": fill("- "),
    "dashes_en": fill("– "),
    "dash_names": fill("A Bell - Head "),
    "html": fill("<p>"),
    "html_open": fill("<p a "),
    "html_lt": fill("<"),
    "dates": fill("12 March 2014 "),
    "dates_glued": fill("12 March2014 "),
    "times": fill("7pm "),
    "minutes": fill("minutes of the "),
    "minutes_caps": fill("Minutes Of The "),
    "and_caps": fill("Head and Planning "),
    "comma_caps": fill("Head, Planning "),
    "present": fill("when there were present "),
    "meeting": fill("meeting of the Council "),
    "reported": fill("said that he would "),
    "apologies": fill("apologies for non-attendance "),
    "dots": fill("a."),
    "upper": fill("PRESENT APOLOGIES "),
    "mixed_upper_words": fill("ABC DEF "),
    "number_words": fill("Seven Hills "),
    "remit_dash": "Head – " + fill("Corporate Policy, "),
    "remit_dash2": fill("Manager – Corporate Policy Roads "),
    "remit_list": "Director of " + fill("Corporate Policy, "),
    "meeting_of": "a meeting of the " + fill("Abc ") + " of " + fill("Westshire "),
    "esq_chair": fill("A Bell Esq (Chairman) "),
    "date_label": fill("Minutes of the Group\nDate: "),
    "minutes_month": fill("Minutes of the last meeting March "),
    "clock": fill("7.30pm on "),
    "convene": "convene a meeting " + fill("for the ") ,
    "council_mail": fill("@a.") ,
    "group_heading": fill("Westshire ") + "County Councillors",
    "name_run": fill("Alan Bell Julie Dean "),
    "post_and": fill("A Bell - Head of Planning and Building Control "),
    # round 24 review: words set apart by runs of spaces, as a justified PDF line prints them
    # (heading_not_after was exponential in the runs)
    "spaced_words": "To confirm " + fill("the      ") + " Parish",
    "agreed_that": fill("agreed that it be discussed at the "),
    "slash_initials": fill("AB/CD "),
    "and_typed": fill("J Hale andA Bell, &M. "),
    # round 26 review: what the SPARQL checks read on every request
    "spaces": fill(" ") + "x",
    "escaped_quotes": '"' + fill('\\"'),
    "minute_labels": fill("Apologies Minutes: "),
    # round 30 review: a month before a run of blanks with no "and" after it (meeting_refs'
    # list of months tried every split of the run between two "\s*": quadratic)
    "month_blanks": "the minutes of May" + fill(" ") + "x",
    # round 30 second review: blanks with no "at" after them (minutes_prose.venue_time_after,
    # searched from every place, tried every split of the run: 1 s; anchored now)
    "venue_blanks": fill(" ") + "Hall",
}
# Round 26: pages that are one word and a run of 5,000 blanks (found by the refusal review:
# "Minutes" and 5,000 spaces took 14 s in header.minutes_date_title, which tried the date after
# every split of the run between two "[ \t]*"; 5,000 spaces before "Minutes 3 May 2022" took
# 34 s in the headings that start "^[ \t]*(?P<committee>"). Read as whole pages by ``extract``
# and fed to the patterns matched at a page's start; not to every pattern: a few follow-up patterns
# (fup.answer, fup.asker_after, fup.meeting_act_errand), searched from every place of a run of
# blanks, are cubic in it (2.6 s on 800 blanks), and the pipeline runs them on one sentence.
PAGES = {
    "minutes_blanks": "Minutes" + fill(" "),
    "minutes_tabs": "Minutes" + fill("\t"),
    "minutes_a": "Minutes " + fill("a "),
    "minutes_newlines": "Minutes" + fill("\n"),
    "present_blanks": "Present: " + fill(" "),
    "blanks_minutes": fill(" ") + "Minutes 3 May 2022",
    "minutes_blanks_date": "Minutes" + fill(" ") + "3 May 2022",
}

HEAD = ("Minutes of the Parish Council held on 3 May 2022 at 7pm\n\n"
        "Present: Cllr A Bell, Cllr C Dean\n\n1. Apologies\n")

def wrap(line):
    return (HEAD + "None.\n\n2. Planning\n" + line + "\n\n3. Finance\n"
            "It was resolved that the clerk would pay the invoice.\n")

# Round 27: the real-shaped page and where a run of blanks goes in it (old text, new text with
# {B} for the run). Names and places are made up.
PAGE = """Westshire Borough Council
Contact: Jo Bloggs, Democratic Services Officer  Tel: 01234 567890
Minutes of the Planning Committee held on Tuesday 3 May 2022 at 7pm
Date: 3 May 2022

Present: Cllr A Bell (Chair), Cllr C Dean, Cllr E Fox, Cllr G Hale
In attendance: Ian Jones - Head of Planning, Kay Lowe (Clerk)
• Mel North, Westshire Council
• Ned Owen, Minister for Transport
Cllr Pat Quinn substitute for Cllr Rob Stone

1. Apologies
Apologies were received from Cllr S Tate.

2. Minutes of the last meeting
The minutes of the meeting held on 5 April 2022 were approved as a correct record.

3. Planning
The Clerk was asked to write to the highways authority about the verge.
Cllr Bell asked the Clerk to report back at the next meeting.
Cllr Dean asked whether the budget would be met; the Head of Planning replied that it would.
Cllr Dean asked if the Clerk could find out the cost.
RESOLVED: that the report be noted and that the officers arrange a site visit.

4. Date of next meeting
The next meeting will be held on 7 June 2022 at 7pm.
"""
SITES = {
    "roll": ("Cllr C Dean, Cllr E Fox", "Cllr C Dean,{B}Cllr E Fox"),
    "roll_end": ("Cllr G Hale\n", "Cllr G Hale{B}\n"),
    "roll_name": ("Cllr C Dean,", "Cllr C{B}Dean,"),
    "attend": ("Ian Jones - Head", "Ian Jones{B}- Head"),
    "bullet": ("• Mel North, Westshire", "• Mel North{B}, Westshire"),
    "bullet3": ("• Mel North, Westshire Council", "• Mel North Westshire{B}Council"),
    "subst": ("Cllr Pat Quinn substitute for", "Cllr Pat Quinn{B}substitute for"),
    "subst2": ("substitute for Cllr Rob Stone", "substitute for{B}Cllr Rob Stone"),
    "fup": ("The Clerk was asked to write", "The Clerk was asked to{B}write"),
    "fup2": ("Cllr Bell asked the Clerk to report", "Cllr Bell asked{B}the Clerk to report"),
    "fup3": ("report back at the next meeting", "report back{B}at the next meeting"),
    "answer": ("find out the cost.\n", "find out the cost.{B}x\n"),
    "resolved": ("the officers arrange", "the officers{B}arrange"),
    "contact": ("Jo Bloggs, Democratic", "Jo Bloggs,{B}Democratic"),
    "contact2": ("Officer  Tel:", "Officer{B}Tel:"),
    "contact3": ("Contact: Jo Bloggs", "Contact:{B}Jo Bloggs"),
    "date": ("Date: 3 May 2022", "Date:{B}3 May 2022"),
    "title": ("held on Tuesday 3 May", "held on{B}Tuesday 3 May"),
    "mref": ("meeting held on 5 April 2022", "meeting held on{B}5 April 2022"),
    "mref2": ("The next meeting will be held", "The next meeting{B}will be held"),
    "apol": ("received from Cllr S Tate", "received from{B}Cllr S Tate"),
    "line_alone": ("\n3. Planning\n", "\n3. Planning\n{B}\n"),
}
BLANKS = {"spaces": " ", "tabs": "\t", "nbsp": "\u00a0"}


def timed_read(text, p, nlp):
    """Seconds ``extract`` and the prose pass take on ``text``, and whether the page was read
    or refused (a refused page has no prose pass): one clock for every mode below."""
    t0 = time.perf_counter()
    try:
        m = extract(text, p)
        t1 = time.perf_counter()
        read_prose([(text, m)], nlp, p)
        how = "read"
    except NotMinutesError:
        t1 = time.perf_counter()
        how = "refused"
    return t1 - t0, time.perf_counter() - t1, how


def hostile(p, nlp, limit):
    """The real-shaped PAGE with a run of N blanks of each kind at each of SITES in turn."""
    bad = []
    for site, (old, new) in SITES.items():
        assert old in PAGE, site
        for kind, blank in BLANKS.items():
            text = PAGE.replace(old, new.replace("{B}", blank * N), 1)
            te, tp, _ = timed_read(text, p, nlp)
            flag = " SLOW" if te + tp > limit else ""
            print(f"{site + '/' + kind:28s} extract {te:6.2f}s prose {tp:6.2f}s{flag}",
                  flush=True)
            if flag:
                bad.append(site + "/" + kind)
    return bad


def e2e(p, nlp, limit):
    bad = []
    for name, line in INPUTS.items():
        roll = HEAD.replace("Present: ", "Present: " + line + " ")
        head = line + "\n" + HEAD + "None.\n"
        for label, text in ((name, wrap(line)), (name + "/roll", roll), (name + "/head", head)):
            te, tp, _ = timed_read(text, p, nlp)
            flag = " SLOW" if te + tp > limit else ""
            print(f"{label:28s} extract {te:6.2f}s prose {tp:6.2f}s{flag}", flush=True)
            if flag:
                bad.append(label)
    return bad


def pages(p, nlp, limit):
    """PAGES read as they are, as ``kg extract`` would read a page, and through the patterns
    matched at a page's start."""
    bad = []
    starts = {k: p.rx("header", k) for k in ("minutes_date_title",)}
    for name, text in PAGES.items():
        for pname, rx in starts.items():
            t0 = time.perf_counter()
            rx.match(text)
            dt = time.perf_counter() - t0
            print(f"{name + '/' + pname:40s} match {dt:6.2f}s", flush=True)
            if dt > limit:
                bad.append((pname, name))
        te, tp, how = timed_read(text, p, nlp)
        flag = " SLOW" if te + tp > limit else ""
        print(f"{name + '/page':28s} extract {te:6.2f}s prose {tp:6.2f}s {how}{flag}",
              flush=True)
        if flag:
            bad.append(name + "/page")
    return bad


def per_pattern(p, limit):
    pats = {}
    for sec, key in [("header","minutes_title_date_label"),("header","minutes_heading_date_above"),
                     ("header","heading_not_after"),("attendance","name_end_style"),
                     ("attendance","post_remit_dash"),("attendance","post_nominals"),
                     ("attendance","apologies_list_intro"),("attendance","substitute_for"),
                     ("layout","break_before"),("layout","break_after"),("layout","break_glued"),
                     ("layout","html_tag"),("attendance","present_label_members")]:
        try:
            pats[f"{sec}.{key}"] = p.rx(sec, key)
        except KeyError as e:
            print("skip", sec, key, e)
    for k, sec in enumerate(p.raw["attendance"]["headings"]):
        pats[f"headings[{k}]"] = re.compile(sec["pattern"], re.M)
    for k, sec in enumerate(p.raw["attendance"]["sentences"]):
        pats[f"sentences[{k}]"] = re.compile(sec["pattern"], re.M)
    for k, rx in enumerate(mr._REFS):
        pats[f"meeting_refs[{k}]"] = rx
    pats["mr._RX_RANGE_END"] = mr._RX_RANGE_END
    pats["mr._RX_MINUTES_CONFIRMED"] = mr._RX_MINUTES_CONFIRMED
    fr = followup_rules()
    for k, rx in fr.rx.items():
        if isinstance(rx, re.Pattern):
            pats[f"fup.{k}"] = rx
    pats["att._DASH_ENTRY"] = att._DASH_ENTRY
    # round 24's
    pats["header.document_link_after"] = p.rx("header", "document_link_after")
    pats["att._NAME_SPLIT"] = att._NAME_SPLIT
    # round 39's (s40-speed): its variants that _name_splits searches along a roll's chunk
    pats["att._SPLIT_IN_RUN"] = att._SPLIT_IN_RUN
    pats["att._SPLIT_IN_ROW"] = att._SPLIT_IN_ROW
    pats["att._honours_at_end"] = att._honours_at_end(p)
    # (prose._TWO_POSTS_AND is only ever fullmatched on a capacity, 0.4 ms on these lines;
    # searched from every place, as here, it is quadratic, 1.2 s: not listed)
    for n in ("_RX_BARE_MONTH_MEETING", "_RX_CAPTION_AFTER"):
        pats["prose." + n] = getattr(prose, n)
    pats["minutes_prose.group_heading"] = p.rx("minutes_prose", "group_heading")
    pats["prose._COUNCIL_MAIL"] = prose._COUNCIL_MAIL
    for key in ("meeting_of_council", "local_council"):  # once prose's, round 33 data's
        pats[f"minutes_prose.{key}"] = p.rx("minutes_prose", key)
    # round 26's
    for key in ("record_title", "record_title_alone", "record_title_alone_not",
                "record_title_stop", "record_title_not", "minute_label", "minute_label_not"):
        pats[f"record_signs.{key}"] = p.rx("record_signs", key)
    for k, source in enumerate(p.raw["record_signs"]["record_title_against"]):
        pats[f"record_title_against[{k}]"] = re.compile(source)
    for n in ("_RX_VICE_DASH", "_RX_IN_THE", "_RX_IN_THE_CHAIR_NOTE", "_RX_HOLDER_BY_INITIALS",
              "_RX_POST_OF"):
        pats["prose." + n] = getattr(prose, n)
    pats["asks_answered.decided"] = p.rx("asks_answered", "decided")  # once prose._DECIDED
    for n in ("_MINUTE_END", "_SENTENCE_END"):
        pats["extract." + n] = getattr(extract_module, n)
    pats["endpoint._TOKENS"] = endpoint._TOKENS
    pats["queries._UPDATE"] = queries._UPDATE
    # round 30's
    pats["minutes_prose.venue_time_after"] = p.rx("minutes_prose", "venue_time_after")
    return timed_each(pats, INPUTS, limit, show=limit / 5)


# Round 32's new patterns (``r32``), each searched from every place of the INPUTS and of
# lines shaped for it: a letterhead's posts and names run on with no end, "Name / Post" cells
# with no " / ", dates and short tags with blanks after them, a paper header with no "Agenda
# Item", a meeting word before blanks, a signing and thanks with no later time or "conveyed".
R32_INPUTS = {
    "letterhead_posts": fill("Chairman Clerk "),
    "letterhead_names": "Chairman Clerk " + fill("Mr A B Bell "),
    "letterhead_blanks": "Chairman Clerk" + fill(" ") + "Ann",
    "cells": fill("A. Bell* Chair "),
    "cells_slash": fill("A Bell /"),
    "date_rows": fill("28 January 2008 – Budget Proposals "),
    "date_blanks": "28 January 2008" + fill(" ") + "x",
    "paper_header": fill("Forum: 28 January 2008 ") + "Agenda",
    "paper_header_blanks": "Forum: 28 January 2008" + fill(" ") + "Agenda",
    "meeting_dashes": fill("Meeting – "),
    "meeting_blanks": "Meeting" + fill(" ") + "25.8.22x",
    "signed": fill("will be signed by the Chair and "),
    "thanks": fill("thanks and best wishes "),
    "roll_opens": fill("in attendance those present "),
}


def round32(p, limit):
    """Round 32's new patterns one by one, as ``per_pattern`` times the older ones, searched
    from every place. ``_CELL`` is only ever fullmatched on one row (a table's flattened
    line), and is timed so (0.004 s at worst; searched from every place of a 5,000-character
    line with no " / " its lazy first cell makes it quadratic, 5 s, which no caller does)."""
    fr = followup_rules()
    pats = {f"attendance.{k}": p.rx("attendance", k)
            for k in ("letterhead", "letterhead_name", "letterhead_post")}
    pats["att._CELL"] = att._CELL  # fullmatched, below
    pats["mr._RX_DATE_ROW"] = mr._RX_DATE_ROW
    pats["mr._RX_PAPER_HEADER"] = mr._RX_PAPER_HEADER
    pats["fallback_date.meeting_short"] = p.rx("fallback_date", "meeting_short")
    pats["fup.signed_later"] = fr.rx["signed_later"]
    pats["fup.thanks_conveyed"] = fr.rx["thanks_conveyed"]
    for k in ("held", "names_a_meeting", "roll_opens"):
        pats[f"meeting_lines.{k}"] = p.rx("meeting_lines", k)
    return timed_each(pats, {**INPUTS, **R32_INPUTS}, limit, fullmatched={"att._CELL"})


def timed_each(pats, inputs, limit, fullmatched=frozenset(), show=0.0):
    """Each pattern searched from every place of each input (as it is, in lower case and in
    capitals), or fullmatched on it stripped where its caller only fullmatches it; its worst
    time printed when over ``show`` (the long list of older patterns prints only the slow
    ones), and those over ``limit`` returned."""
    bad = []
    for pname, rx in pats.items():
        worst = (0.0, "")
        for iname, line in inputs.items():
            for text in (line, line.lower(), line.upper()):
                t0 = time.perf_counter()
                if pname in fullmatched:
                    rx.fullmatch(text.strip())
                else:
                    list(rx.finditer(text))
                worst = max(worst, (time.perf_counter() - t0, iname))
        flag = " SLOW" if worst[0] > limit else ""
        if worst[0] > show:
            print(f"{pname:40s} worst {worst[0]:6.3f}s on {worst[1]}{flag}", flush=True)
        if flag:
            bad.append((pname, worst))
    return bad


# Round 33's (``r33``): prose's council patterns moved to patterns.toml, meeting_refs' lists
# moved to meeting_refs.toml (the patterns built from them are timed in ``pat``), and
# minutes_prose.own_heading, which searched from every place of a 5,000-character line of "<"
# tried each as a word's start (0.4 s; its caller reads only a line's last 80 characters).
# Round 33's follow-ups (s33-fups: "urged" among asked_to's verbs, opinion, later_clause,
# intention, the "advised"/"informed" veto's after), bodies (s33-orgs: the council named as
# the page's own, two councils named together, the page's opening runs) and meeting
# references (s33-refs: the new and changed _REFS, "had" of another doing, "held on" before
# a date, a formal heading's opening), on lines shaped for them too: a run of one asking
# verb in capitals (asked_to read the capitalised words after each to the line's end: 0.6 s
# on 1,500 "URGED"; its doer is ten words at most now), council names with no "Council".
R33_INPUTS = {
    "urged_caps": fill("URGED "),
    "asked_caps": fill("ASKED "),
    "urged_names": fill("urged Alan Bell, "),
    "advised_words": fill("advised the new "),
    "advised_by": fill("be advised by the "),
    "council_words": fill("Westbury Town "),
    "tier_words": fill("County Town "),
    "councils_and": fill("Eastby and Westby "),
    "co_opted": "co-opted " + fill("onto the "),
    "held_on": fill("held on the "),
    "had_words": fill("had been "),
    "took_place": fill("the meeting which took place "),
    "formal_heading": fill("At a meeting of the "),
}
_R33_REFS = ("scheduled|arranged)\\s+for", "(?!(?i:meeting)\\b)", "took|had\\s+taken",
             "ratified|considered|noted)\\s+by", "(?i:minutes)[ \\t]+(?=(?i:held)",
             "(?i:to\\s+be)\\s+)?", "\\(\\s*+(?:(?i:on)", "|)[Mm]eeting")


def round33(p, limit):
    """Round 33's moved, mended and new patterns, searched from every place of the INPUTS
    and of R33_INPUTS (a veto's ``after`` is matched at one place, after its trigger: timed
    so from every place here, as a search would try it)."""
    keys = ("own_heading", "heading_council", "meeting_of_council", "minutes_of_council",
            "local_council", "venue_before", "of_the_council", "council_name",
            "co_opted_onto", "council_over_minutes", "councils_together",
            "formal_heading", "body_run", "chair_of_body")
    pats = {f"minutes_prose.{k}": p.rx("minutes_prose", k) for k in keys}
    pats["minutes_prose.council_then_own"] = prose._council_then_own("planning committee")
    pats["attendance.inline_roll_label"] = p.rx("attendance", "inline_roll_label")
    # the mend round's: a day's meeting's "had", a council of a bare heading's tier
    pats["mr._had_rx.other"], pats["mr._had_rx.done"] = mr._had_rx()
    pats["prose._tier_council_rx"] = prose._tier_council_rx("parish")
    # round 35's: a tier's short form, a dated minutes' council, a meeting system's title
    pats["prose._tier_short_rx"] = prose._tier_short_rx("PC")
    for key in ("minutes_of_council_dated", "site_title_council"):
        pats[f"minutes_prose.{key}"] = p.rx("minutes_prose", key)
    pats["fallback_date.other"] = p.rx("fallback_date", "other")
    fr = followup_rules()
    for k in ("asked_to", "opinion", "later_clause", "intention"):
        pats[f"fup.{k}"] = fr.rx[k]
    for k, v in enumerate(v for v in fr.vetoes["passive"] if v.match is not None
                          and "advised|informed" in v.match.pattern):
        pats[f"fup.veto_advised[{k}].after"] = v.after
    for k, rx in enumerate(mr._REFS):
        if any(marker in rx.pattern for marker in _R33_REFS):
            pats[f"meeting_refs[{k}]"] = rx
    pats["mr._RX_HELD"] = mr._RX_HELD
    for n in ("_COUNCIL_OF_PLACE", "_WELL_BEING"):
        pats[f"prose.{n}"] = getattr(prose, n)
    return timed_each(pats, {**INPUTS, **R33_INPUTS}, limit)


if __name__ == "__main__":
    p = patterns.load()
    limit = 0.5
    which = sys.argv[1:] or ["pat", "e2e", "pages", "hostile", "r32", "r33"]
    bad = []
    if "r33" in which:
        bad += round33(p, limit)
    if "r32" in which:
        bad += round32(p, limit)
    if "pages" in which:
        bad += pages(p, pipeline(), limit)
    if "hostile" in which:
        bad += hostile(p, pipeline(), limit)
    if "pat" in which:
        bad += per_pattern(p, limit)
    if "e2e" in which:
        bad += e2e(p, pipeline(), limit)
    print("BAD", bad)
