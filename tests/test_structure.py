"""The structure a reader sees, for notes in every common style: a table of snippets.

Each case is notes as some user writes them, and the days, talks and speakers a person
reading them would name. No Sphinx: the parser and the structure inference are pure.
"""

from __future__ import annotations

import json
import re
import unicodedata

import pytest
from conftest import REAL_NOTES, REPO
from outline_notes.reading.day_words import day_likeness
from outline_notes.reading.heading_words import is_break, is_section_word, is_session_word
from outline_notes.reading.model import Subheading, first_lines
from outline_notes.reading.parser import parse_notes, read_notes
from outline_notes.reading.people import people_and_affiliation
from outline_notes.reading.speakers import split_heading
from outline_notes.writing.outline_report import outline_listing
from outline_notes.writing.page_writer import PageOptions, render_pages


def outline(text: str, override: str = "") -> tuple[str, list]:
    notes = parse_notes(text, "mine.txt", override)
    days = [(None if d.implicit else d.title, [(t.title, t.speaker) for t in d.talks]) for d in notes.days]
    return notes.title, days


def talk_parts(text: str, name: str = "notes.md") -> list[tuple[str, str, str]]:
    """(title, speaker, what stands beside) of each talk of the notes, in order."""
    return [(t.title, t.speaker, t.extra) for t in parse_notes(text, name).talks]


FOUR_TALKS = (
    "## Playing with Engineering\n_Anna Thomas_\n\n* play\n\n"
    "## Open Source Road Trip\n_Lawrence Gray_\n\n* a\n\n"
    "## Programming Distributed Systems\n_Mae Milano_\n\n* b\n\n"
    "## Making Hard Things Easy\n_Julia Evans_\n\n* c\n"
)

CASES = {
    "track codes after the titles, quoted speaker lines, a note and a placeholder before the days": (
        "# DEFCON 29\n## Talk links will be updated when available\n\n### Unsorted Links\n\n## Day 1\n\n"
        "### OSQuery (BTV)\n> Sebastiaan Provo @Stekkz\n>> Presentation slides\n>\n>\t* EDR tool\n\n"
        "### AI Village Keynote (AIV)\n> Bruce Schneier\n>> slides\n\n"
        "### KubeGOAT (CV)\n> Madhu Akula @madhuakula\n>> slides\n\n## Day 2\n\n"
        "### Mainframe Container Breakout (Track2)\n"
        "> Chad Rikans @bigendian\n> Ian Coldwater @ian\n>> slides\n",
        (
            "DEFCON 29",
            [
                (
                    "Day 1",
                    [
                        ("OSQuery", "Sebastiaan Provo"),
                        ("AI Village Keynote", "Bruce Schneier"),
                        ("KubeGOAT", "Madhu Akula"),
                    ],
                ),
                ("Day 2", [("Mainframe Container Breakout", "Chad Rikans, Ian Coldwater")]),
            ],
        ),
    ),
    "names first with names no list knows, then one word alone: the file writes the speaker first": (
        "# EMPEX 2022\n\n## Brooklyn Zelen - The Escape from Flatland\n\nDSLs.\n\n"
        "## Mat Trude - A Funny Thing Happened On The Way\n\nPlug.\n\n"
        "## Digit - Burrito: Wrap your app in a BEAM burrito!\n\nreleases\n\n"
        "## Zack White - Lazy workflow graphs\n\nRisk.\n",
        (
            "EMPEX 2022",
            [
                (
                    None,
                    [
                        ("The Escape from Flatland", "Brooklyn Zelen"),
                        ("A Funny Thing Happened On The Way", "Mat Trude"),
                        ("Burrito: Wrap your app in a BEAM burrito!", "Digit"),
                        ("Lazy workflow graphs", "Zack White"),
                    ],
                )
            ],
        ),
    ),
    "a bold speaker label under the title; a plural label lists people, a singular one a company": (
        "## Lightning Talks\n\n### Talk 1: Building Agents\n**Speaker:** Jane Doe\n\n- tools\n\n"
        "### Talk 2: Small Models\n**Speakers:** Ann Lee, Bo Ray\n\n- distil\n\n"
        "### Talk 3: Caching\n*Speaker: Mario Lori, Red Hat*\n\n- etags\n",
        (
            "Lightning Talks",
            [
                (
                    None,
                    [
                        ("Building Agents", "Jane Doe"),
                        ("Small Models", "Ann Lee, Bo Ray"),
                        ("Caching", "Mario Lori"),
                    ],
                )
            ],
        ),
    ),
    "lightning talks typed as an outline: each title-case bullet with bullets under it": (
        "- Handle Version Skew with Vite\n\t- a new build while clients have the old one\n"
        "- Design Driven Prompts (Amazon Q)\n\t- keep track of progress\n\t\t- rules\n"
        "- Side Projects\n\t- side projects as a mentor\n- Coding and ADHD: Where We Excel\n\t- hyperfocus\n",
        (
            "",
            [
                (
                    None,
                    [
                        ("Handle Version Skew with Vite", ""),
                        ("Design Driven Prompts (Amazon Q)", ""),
                        ("Side Projects", ""),
                        ("Coding and ADHD: Where We Excel", ""),
                    ],
                )
            ],
        ),
    ),
    "numbered talks at the margin naming their speakers, notes under each, the title above": (
        "PyData Berlin 2023\n\n1) Polars vs pandas (Ritchie Vink)\n   - lazy frames\n   - CHECK ours\n"
        "2) MLOps without tears (Jane Doe)\n   - model registry\n3) Data contracts (Bob Roe)\n   - schemas\n",
        (
            "PyData Berlin 2023",
            [
                (
                    None,
                    [
                        ("Polars vs pandas", "Ritchie Vink"),
                        ("MLOps without tears", "Jane Doe"),
                        ("Data contracts", "Bob Roe"),
                    ],
                )
            ],
        ),
    ),
    "a person's keynote with who they are in parentheses: the person speaks, the aside beside": (
        "# DjangoCon\n\n## Jacob Kaplan Moss's Keynote (co-author and benevolent dictator)\n- history\n\n"
        "## Jessica McKellar's Keynote\n- teaching\n",
        (
            "DjangoCon",
            [
                (
                    None,
                    [
                        ("Jacob Kaplan Moss's Keynote", "Jacob Kaplan Moss"),
                        ("Jessica McKellar's Keynote", "Jessica McKellar"),
                    ],
                )
            ],
        ),
    ),
    "an account line under the title, a lower-case name after it, a list of the event's hashtags": (
        "# handles\n- #webconf\n- @FITC\n\n# full stack, oops - chris coyer\nusers first\n\n"
        "# Variable Fonts - Jason Pament\nwords\n\n# DevTools for UX - Henri Helvet\nperformance\n\n"
        "# Why Developer Experience Matters\n@amaltson\nmoney\n\n# Web Apps That Work\n@fharper\nslides\n",
        (
            "",
            [
                (
                    None,
                    [
                        ("full stack, oops", "chris coyer"),
                        ("Variable Fonts", "Jason Pament"),
                        ("DevTools for UX", "Henri Helvet"),
                        ("Why Developer Experience Matters", "@amaltson"),
                        ("Web Apps That Work", "@fharper"),
                    ],
                )
            ],
        ),
    ),
    "day headings a level below the talks, holding nothing, mark where each day starts": (
        "### Day 1\n## Keynote\n\n* binary compatibility\n\n### Day 2\n## Keynote\n* CRDTs\n\n"
        "## Scala at Work\n* one repo\n* layout:\n** shared code\n** projects\n\n### Day 3\n\n"
        "## Types vs tests\n* a theorem\n\n## Finagle\n* threads are not free\n",
        (
            "",
            [
                ("Day 1", [("Keynote", "")]),
                ("Day 2", [("Keynote", ""), ("Scala at Work", "")]),
                ("Day 3", [("Types vs tests", ""), ("Finagle", "")]),
            ],
        ),
    ),
    "the speaker as a link after the title, then their company's link": (
        "# Frozen\n\n## 2012-09-19\n\n"
        "### *What is a developer?* - [Jeff Casi](https://twitter.com/j3), [Jumpstart Lab](http://js.example/)\n\n"
        "* monoculture\n\n### *Mind your metaphors* - [Amanda Wag](https://twitter.com/aw)\n\n* strawls\n",
        (
            "Frozen",
            [
                (
                    "2012-09-19",
                    [("*What is a developer?*", "Jeff Casi"), ("*Mind your metaphors*", "Amanda Wag")],
                )
            ],
        ),
    ),
    "one talk typed a level up among its siblings under the title, each with a role after the name": (
        "## Respond 2016 - Day One\n\n"
        "### Laziness and Design - Ethan Marco, Web Designer, Web Developer, and writer\n\n- a\n\n"
        "### Iterative design - Dina Goh & Lucy Burt, Fairfax Media\n\n- b\n\n"
        "## Incremental redesign - Simon Knox, Front-end Developer at Kogan\n\n- c\n\n"
        "### Secure experiences - Rachel Simpson, UX Designer at Google Chrome\n\n- d\n",
        (
            "Respond 2016 - Day One",
            [
                (
                    None,
                    [
                        ("Laziness and Design", "Ethan Marco"),
                        ("Iterative design", "Dina Goh & Lucy Burt"),
                        ("Incremental redesign", "Simon Knox"),
                        ("Secure experiences", "Rachel Simpson"),
                    ],
                )
            ],
        ),
    ),
    "org notes: a date line on top, a keynotes group, one heading without its dash": (
        "<2015-09-30 Wed>\n\n* Keynotes\n\n** The next generation - Mike Olson (Cloudera)\nA pitch.\n\n"
        "** Medical decisions - Ron Kasa (Intel), Michael Drau (Penn Medicine)\nTAP.\n\n"
        "** Context Computing Jeff Jonas (IBM)\nContext.\n\n"
        "* Kinesis Deep dive - Roy Ben-Alta (Amazon Web Services)\nStreams.\n",
        (
            "",
            [
                (
                    None,
                    [
                        ("The next generation", "Mike Olson"),
                        ("Medical decisions", "Ron Kasa, Michael Drau"),
                        ("Context Computing", "Jeff Jonas"),
                        ("Kinesis Deep dive", "Roy Ben-Alta"),
                    ],
                )
            ],
        ),
    ),
    "a name first, one a first name alone, a kind after a dash, a known name heading alone": (
        "# Steven Baker - Reflections on a Revolution -Keynote\n\nrspec\n\n"
        "# Carla - No passwords no problems.\n\nwebauthn\n\n# Unconference Part 1\n\n"
        "## Adrian Marin\n@adrianthedev\n\n## Chika Toko - Anonymised databases\nmasking\n",
        (
            "",
            [
                (
                    None,
                    [
                        ("Reflections on a Revolution", "Steven Baker"),
                        ("No passwords no problems.", "Carla"),
                        ("Adrian Marin", "Adrian Marin"),
                        ("Anonymised databases", "Chika Toko"),
                    ],
                )
            ],
        ),
    ),
    "a heading about the city above talks that each name their speaker is the introduction": (
        "# Loop 2023\n\n## Saint Paul\n\n* hot in September\n\n---\n\n"
        + FOUR_TALKS
        + "\n## A Long Strange Loop\n_Alex Miller_\n\n* d\n",
        (
            "Loop 2023",
            [
                (
                    None,
                    [
                        ("Playing with Engineering", "Anna Thomas"),
                        ("Open Source Road Trip", "Lawrence Gray"),
                        ("Programming Distributed Systems", "Mae Milano"),
                        ("Making Hard Things Easy", "Julia Evans"),
                        ("A Long Strange Loop", "Alex Miller"),
                    ],
                )
            ],
        ),
    ),
    "an opening keynote with no speaker above talks that name theirs stays a talk": (
        "## Opening keynote\n\n* welcome\n\n" + FOUR_TALKS,
        (
            "",
            [
                (
                    None,
                    [
                        ("Opening keynote", ""),
                        ("Playing with Engineering", "Anna Thomas"),
                        ("Open Source Road Trip", "Lawrence Gray"),
                        ("Programming Distributed Systems", "Mae Milano"),
                        ("Making Hard Things Easy", "Julia Evans"),
                    ],
                )
            ],
        ),
    ),
    "a pasted programme: each talk's abstract, then the speaker's biography": (
        "# Rails 2021\n\n## Talks\n\n### [Hiring is Not Hazing](https://v.example/1)\n\nHiring is awful.\n\n"
        "> Aja Hammer. Aja lives in Seattle.\n\n### Poetry and Code Review\n\nReview is didactic.\n\n"
        "> Andrew Ek is a senior partner at Arid.\n\n### Self-Care on Rails\n\nA hard year.\n\n"
        "> Ben Green. Ben is a second career developer.\n",
        (
            "Rails 2021",
            [
                (
                    None,
                    [
                        ("Hiring is Not Hazing", "Aja Hammer"),
                        ("Poetry and Code Review", "Andrew Ek"),
                        ("Self-Care on Rails", "Ben Green"),
                    ],
                )
            ],
        ),
    ),
    "a title, a comma, then the speakers, numbered, one list closed by their company": (
        "# Kube notes\n\nSome stand-out talks.\n\n"
        "## 1.  Real-Time Media in Clusters, Giles Heron\nhttps://v.example/1\n\n"
        "Fun.\n\n## 2. Back to the Future: Security, Andrew Martin & Matt Jarvis\n\nGood.\n\n"
        "## 3. Malicious Compliance: Scanners, Ian Cold, Duffie Cool, Acmedog\n\nHm.\n",
        (
            "Kube notes",
            [
                (
                    None,
                    [
                        ("Real-Time Media in Clusters", "Giles Heron"),
                        ("Back to the Future: Security", "Andrew Martin & Matt Jarvis"),
                        ("Malicious Compliance: Scanners", "Ian Cold, Duffie Cool"),
                    ],
                )
            ],
        ),
    ),
    "the speaker's company in parentheses is shown beside the name, not as part of it": (
        "# Conf EU - Day 2\n## Keynote\n\n"
        "### Testing your hypotheses\n\n**Stuart Frisk (Booking.com)**\n\n- be wrong\n\n"
        "### Open source as a business\n\n**Ninh Bui (Phusion), Hongli Lai (Phusion)**\n\n- motivation\n\n"
        "### Growth hacking - David Arno (Growth Tribe)\n\n- data\n",
        (
            "Conf EU - Day 2",
            [
                (
                    None,
                    [
                        ("Testing your hypotheses", "Stuart Frisk"),
                        ("Open source as a business", "Ninh Bui, Hongli Lai"),
                        ("Growth hacking", "David Arno"),
                    ],
                )
            ],
        ),
    ),
    "a first heading that repeats the front matter's title, spaced otherwise, is the title": (
        "---\ntitle: DevConf 2018 Day One\n---\n\n## Dev Conf 2018 Day One\n\n----------\n\n"
        "## Small tools - Jane Doe\n- a\n\n## Big tools - Bob Ray\n- b\n",
        ("DevConf 2018 Day One", [(None, [("Small tools", "Jane Doe"), ("Big tools", "Bob Ray")])]),
    ),
    "a heading one level up typed among a talk's sections is part of that talk, not a group": (
        "## Ruby at thirty\n- intro\n\n### History\n- 1993\n\n#### Community\n- we are it\n"
        "# Are we losing people\n\n#### Hype\n- new and shiny\n\n"
        "## Games we play - Andy Carr\n- roles\n\n## Client libraries - Dana Azul\n- retries\n",
        (
            "",
            [
                (
                    None,
                    [
                        ("Ruby at thirty", ""),
                        ("Games we play", "Andy Carr"),
                        ("Client libraries", "Dana Azul"),
                    ],
                )
            ],
        ),
    ),
    "a kind and 'by' before the speaker, then the title": (
        "## Opening Key note by Matz - The Power of Many\n- a\n\n## Talk by Jane Doe: Small Tools\n- b\n",
        ("", [(None, [("The Power of Many", "Matz"), ("Small Tools", "Jane Doe")])]),
    ),
    "an emphasized name line under the title, with a video link or a label inside": (
        "# Loop 2023\n\n## Playing with Engineering\n_Anna Thomas_ [:video_camera:](https://v.example/1)\n\n"
        "* play is a process\n\n## Making Hard Things Easy\n_Julia Evans_\n\n* explain\n\n"
        "## Boosting Your Shell\n\n*Speaker: Mauro Salas, LearnIt*\n\n* aliases\n",
        (
            "Loop 2023",
            [
                (
                    None,
                    [
                        ("Playing with Engineering", "Anna Thomas"),
                        ("Making Hard Things Easy", "Julia Evans"),
                        ("Boosting Your Shell", "Mauro Salas"),
                    ],
                )
            ],
        ),
    ),
    "a title heading over the first sub-heading is no name heading when the file pairs none": (
        "## Designing Engineering Teams\n\n### Just hire great engineers\n"
        "* you can't just hire great engineers\n\n## Uncoupling systems - Jeremy Hanna\n* queues\n",
        ("", [(None, [("Designing Engineering Teams", ""), ("Uncoupling systems", "Jeremy Hanna")])]),
    ),
    "a name after the title that no list knows: a name when the file's other talks end so": (
        "# Day 1\n\n## Scaling autonomy – Jane Doe\n- a\n\n## Typing at scale – Bob Ray\n- b\n\n"
        "## Rust in anger – Alvar Lumberg\n- c\n",
        (
            "",
            [
                (
                    "Day 1",
                    [
                        ("Scaling autonomy", "Jane Doe"),
                        ("Typing at scale", "Bob Ray"),
                        ("Rust in anger", "Alvar Lumberg"),
                    ],
                )
            ],
        ),
    ),
    "a speaker line under the title in a script without capitals, or labelled in the notes' language": (
        "# Day 1\n\n## 데이터 파이프라인 설계\n김하늘 | 어느 회사 엔지니어\n- 메모\n\n"
        "## 검색 품질 개선\n이바다 | 다른 회사\n- 메모\n\n"
        "## Tests that last\nReferentin: Anna Schmidt\n- a\n\n"
        "## 型の話\n講演者：山田 太郎\n- b\n",
        (
            "",
            [
                (
                    "Day 1",
                    [
                        ("데이터 파이프라인 설계", "김하늘"),
                        ("검색 품질 개선", "이바다"),
                        ("Tests that last", "Anna Schmidt"),
                        ("型の話", "山田 太郎"),
                    ],
                )
            ],
        ),
    ),
    "numbered talk lines with a labelled speaker, the headings under them their sections": (
        "Notes\n\n1. Search that works\nSpeaker: Jane Doe | Acme\nTime: 09:00\n"
        "## What I learnt\n- ranking\n## Summary\n- good\n\n"
        "2. Queues in practice\nSpeaker: Bob Ray\n## What I learnt\n- retries\n",
        ("Notes", [(None, [("Search that works", "Jane Doe"), ("Queues in practice", "Bob Ray")])]),
    ),
    "an overview in the style of the groups, before them: the introduction, not a talk": (
        "# DevConf\n\n## About the event\nTwo tracks, one day.\n\n## Opening keynote\n- big ideas\n\n"
        "## Morning\n\n### 09:00\n**Search**\n"
        "- a\n\n### 10:00\n**Queues**\n- b\n\n## Afternoon\n\n### 14:00\n**Caches**\n- c\n",
        ("DevConf", [(None, [("Opening keynote", ""), ("Search", ""), ("Queues", ""), ("Caches", "")])]),
    ),
    "outline notes: a first line naming the notes is the title; 'Videos' and 'Bob's notes:' are not talks": (
        "Notes from PyCon Nowhere\n\nOpening keynote\n * friendly\n\nTyping at scale\n * mypy\n\n"
        "Packaging today\n * wheels\n\nBob's notes:\n * https://example.org/bob\n\n"
        "Videos\n * https://example.org/videos\n",
        (
            "Notes from PyCon Nowhere",
            [(None, [("Opening keynote", ""), ("Typing at scale", ""), ("Packaging today", "")])],
        ),
    ),
    "a topic heading shaped like a name, with sections under it: the talk, not its speaker": (
        "# Day 1\n\n## Modular Kotlin Platform\n### Motivation\n- a\n### Operators\n- b\n\n"
        "## Quickies\nShort talks at lunch.\n### Packaging in ten minutes\n- c\n\n## Closing words\n- d\n",
        (
            "",
            [
                (
                    "Day 1",
                    [
                        ("Modular Kotlin Platform", ""),
                        ("Packaging in ten minutes", ""),
                        ("Closing words", ""),
                    ],
                )
            ],
        ),
    ),
    "a question with 'what to do' is a talk; a capitalised topic repeated in its text is no speaker": (
        "# Day 1\n\n## What to do when the pager rings?\n- breathe\n\n"
        "## Platform Engineering\n- Platform Engineering teams own the paved road\n\n"
        "## Things to do\n- read the book\n",
        ("", [("Day 1", [("What to do when the pager rings?", ""), ("Platform Engineering", "")])]),
    ),
    "a group named 'Intro talks' over talks without speakers; 'Day 2 intro talks' too": (
        "# Conf\n\n## Monday\n\n### Intro talks\n#### Welcome words\n- a\n#### The foundation's year\n- b\n\n"
        "### Kernel scheduling in practice\n- c\n\n"
        "## Tuesday\n\n### Day 2 intro talks\n#### Community awards\n- d\n",
        (
            "Conf",
            [
                (
                    "Monday",
                    [
                        ("Welcome words", ""),
                        ("The foundation's year", ""),
                        ("Kernel scheduling in practice", ""),
                    ],
                ),
                ("Tuesday", [("Community awards", "")]),
            ],
        ),
    ),
    "a schedule typed as lines: a time alone, the title, the speaker; bold titles and labels beside them": (
        "# Notes of a day\n\n---\n10:30am\n**Open data at scale**\n**Ana Ruiz**\nAbstract: a talk.\n\n"
        "**example**\nsome text\n\n**Terms** - the words we use when we talk about data, all of them\n\n"
        "---\n11:30am\n\nFeeding your robots\nEvan Tachov - Some Foundation\n\n12:30pm\nLunch\n\n"
        "---\n2:00pm\n**Keynote**\n\n**Kari Jordan**\nBuild, grow\n",
        (
            "Notes of a day",
            [
                (
                    None,
                    [
                        ("Open data at scale", "Ana Ruiz"),
                        ("Feeding your robots", "Evan Tachov"),
                        ("Keynote", "Kari Jordan"),
                    ],
                )
            ],
        ),
    ),
    "a heading at the groups' level over headings at the talks' level is a group too (a contest's pitches)": (
        "# Summit day\n\n## Morning\n\n### Content delivery - Ann Lee\n- a\n\n### Sensors - Bo Chen\n- b\n\n"
        "## The startup contest\n\n### Chain of trust\n- c\n\n"
        "### Care assistant\n- d\n\n### Runner app\n- e\n",
        (
            "Summit day",
            [
                (
                    None,
                    [
                        ("Content delivery", "Ann Lee"),
                        ("Sensors", "Bo Chen"),
                        ("Chain of trust", ""),
                        ("Care assistant", ""),
                        ("Runner app", ""),
                    ],
                )
            ],
        ),
    ),
    "a write-up naming its talks in prose: an emphasized name and a quoted title": (
        "---\ntitle: Our company day\n---\n\nWe met in the big room. _Ann Lee_ opened with a talk about "
        '"Caching at the edge", and _Bo Chen_, who presented "Queues in practice", came next. '
        'After lunch we heard "Typing at scale" from _Cy Ross_ and _Di Park_.\n\n'
        'Someone said "we should do this again" and we agreed.\n',
        (
            "Our company day",
            [
                (
                    None,
                    [
                        ("Caching at the edge", "Ann Lee"),
                        ("Queues in practice", "Bo Chen"),
                        ("Typing at scale", "Cy Ross and Di Park"),
                    ],
                )
            ],
        ),
    ),
    "quotes in notes with talks are quotes": (
        '# Day 1\n\n## Caching\n- _Ann Lee_ said "cache it all", _Bo Chen_ said "never", '
        '_Cy Ross_ said "sometimes"\n',
        ("", [("Day 1", [("Caching", "")])]),
    ),
    "a labelled speaker under the heading wins over a name guessed in it": (
        "# Day 1\n\n## Cloud Gardens – Wachstum bis zum Himmel\nSpeaker: [[@Jane_Doe]]\n- a\n\n"
        "## Typing at scale\n- b\n",
        (
            "",
            [
                (
                    "Day 1",
                    [("Cloud Gardens – Wachstum bis zum Himmel", "Jane_Doe"), ("Typing at scale", "")],
                )
            ],
        ),
    ),
    "the speaker a few bullets down, where most talks of the file name theirs": (
        '# Summit\n\n## Testing superpowers\n> "Tests give confidence."\n- Length 26:24, watched online\n'
        "- Mira Okafor as Developer Advocate, Acme\n- Track: Testing\n\n### Notes\n- a\n\n"
        "## Containers explained\n- Length 30:00\n- Tadeo Lindqvist as Engineer, Initech\n\n"
        "### Notes\n- b\n\n"
        "## Spectrum of tools\n- Length 20:00\n- the room was full\n- Autism Spectrum Disorder (ASD)\n",
        (
            "Summit",
            [
                (
                    None,
                    [
                        ("Testing superpowers", "Mira Okafor"),
                        ("Containers explained", "Tadeo Lindqvist"),
                        ("Spectrum of tools", ""),
                    ],
                )
            ],
        ),
    ),
    "a table of links to the talks below is contents; name bullets are speakers once one name is known": (
        "# Days of Code\n\n## Sessions I attended\n\n| Session | Length |\n|---|---|\n"
        "| [Opening](#opening) | 40:00 |\n| [Scaling up](#scaling-up) | 55:00 |\n\n"
        "## Opening\n- Length 40:00\n- Radek Novotný\n\n### Notes\n- a\n\n"
        "## Scaling up\n- Length 55:00\n- Roman Dvořák\n\n### Notes\n- b\n",
        ("Days of Code", [(None, [("Opening", "Radek Novotný"), ("Scaling up", "Roman Dvořák")])]),
    ),
    "an org heading holding only the note-taker's TODO headings is their own part, not a talk": (
        "#+TITLE: Sprint notes\n\n* Testing\n** TODO write the fixtures chapter\n** TODO ask about mocks\n\n"
        "* Packaging\n- wheels\n\n* Profiling\n- py-spy\n",
        ("Sprint notes", [(None, [("Packaging", ""), ("Profiling", "")])]),
    ),
    "a short plain first line naming the conference is the title, even with an introduction under it": (
        "Kotlin Summit 2024\n\nTwo days of talks, written up at night.\n\n# Day 1\n\n## Coroutines\n- a\n",
        ("Kotlin Summit 2024", [("Day 1", [("Coroutines", "")])]),
    ),
    "a name no list knows before the title is the speaker when the talk's text names that person": (
        "## Tuvshin Batbayar: Welcome, everyone\n- Tuvshin Batbayar opens the day\n\n"
        "## Pattern Matching: Beyond the Basics\n- match statements\n",
        (
            "",
            [
                (
                    None,
                    [
                        ("Welcome, everyone", "Tuvshin Batbayar"),
                        ("Pattern Matching: Beyond the Basics", ""),
                    ],
                )
            ],
        ),
    ),
    "a 'Keynote' heading over headings whose first line names their speaker: a group of talks": (
        "# Summit, day 2\n## Keynote\n\n### Testing hypotheses\n\n**Stuart Ames (Acme)**\n\n- test all\n\n"
        "### Privacy by default\n\n**Mandy Ruiz (Initech)**\n\n- defaults matter\n\n"
        "## Data Pipelines: Batch and Stream\n- Data Pipelines: where the data flows\n",
        (
            "Summit, day 2",
            [
                (
                    None,
                    [
                        ("Testing hypotheses", "Stuart Ames"),
                        ("Privacy by default", "Mandy Ruiz"),
                        ("Data Pipelines: Batch and Stream", ""),
                    ],
                )
            ],
        ),
    ),
    "lettered talks under the title, 'speaker:' bullets, a to-do list in the title's style at the end": (
        "# tinyConf 2023\n\n## A. Smaller containers\n\n* speaker: Mira Okafor\n* slim images\n\n"
        "## B. Queues at scale\n\n* speaker: Shreya\n* retries\n\n"
        "## C. Data is the new tea\n\n* speaker: tadeo lindqvist\n* labels\n\n"
        "# Things to look up\n\n* PRQL\n",
        (
            "tinyConf 2023",
            [
                (
                    None,
                    [
                        ("Smaller containers", "Mira Okafor"),
                        ("Queues at scale", "Shreya"),
                        ("Data is the new tea", "tadeo lindqvist"),
                    ],
                )
            ],
        ),
    ),
    "a subtitle after a dash, among talks without speakers: the title's words": (
        "# Day 1\n\n## The Hidden Cost – Developer Burnout\n- a\n\n## Typing at scale\n- b\n",
        ("", [("Day 1", [("The Hidden Cost – Developer Burnout", ""), ("Typing at scale", "")])]),
    ),
    "talks in bold before the first day heading: that day, unnamed; a bold label is no talk": (
        "# My notes\n\n**Links:**\n- https://example.org\n\n---\n10:30\n**Opening the data**\n**Ana Ruiz**\n"
        "- open data\n\n---\n11:30\n**Closing the loop**\n**Bo Lee**\n- feedback\n\n"
        "# Day 2\n\n## Last talk\n- bye\n",
        (
            "My notes",
            [
                (None, [("Opening the data", "Ana Ruiz"), ("Closing the loop", "Bo Lee")]),
                ("Day 2", [("Last talk", "")]),
            ],
        ),
    ),
    "an opening summary above the one top-level heading, the conference's, over its days": (
        "## Overview (my own)\n\nWorth going again.\n\n# RustConf 2024 Notes\n\n## Day 1\n\n"
        "### Borrowing - Ana Ruiz\n- a\n\n## Day 2\n\n### Async - Bo Lee\n- b\n",
        (
            "RustConf 2024 Notes",
            [("Day 1", [("Borrowing", "Ana Ruiz")]), ("Day 2", [("Async", "Bo Lee")])],
        ),
    ),
    "speakers given by their account or profile link under the heading": (
        "# Day 1\n\n## Coding standards\nTwitter: [@onel0p3z](https://twitter.com/onel0p3z)\n- lint\n\n"
        "## Accessibility\n- [Karl Groves](https://twitter.com/karlgroves)\n- aria\n\n"
        "## Learning\n[@ramblinjan](https://example.com/jan)\n- notes\n\n"
        "## Docs\n- [the MDN docs](https://developer.mozilla.org)\n- read them\n",
        (
            "",
            [
                (
                    "Day 1",
                    [
                        ("Coding standards", "@onel0p3z"),
                        ("Accessibility", "Karl Groves"),
                        ("Learning", "@ramblinjan"),
                        ("Docs", ""),
                    ],
                )
            ],
        ),
    ),
    "a lone #hashtag line in notes whose headings have their space is text": (
        "# Day 1\n\n## Open APS\n- insulin pumps\n\n#openAPS\n\n- more\n\n## Next\n- x\n",
        ("", [("Day 1", [("Open APS", ""), ("Next", "")])]),
    ),
    # Read anyone's notes, part 2 (#22): forms seen in other writers' notes, written anew here.
    "tracks and parts of the day group the talks under them": (
        "Track A\n=======\n\nFast tests\n----------\n- a\n\nSlow tests\n----------\n- b\n\n"
        "Track B\n=======\n\nDeploys\n-------\n- c\n\n"
        "Afternoon\n=========\n\nClosing\n-------\n- d\n",
        ("", [(None, [("Fast tests", ""), ("Slow tests", ""), ("Deploys", ""), ("Closing", "")])]),
    ),
    "lightning talks, one line each: the title, then its notes": (
        "Ellipsis - a storage - an S3 alternative\nOn being super() - method order - C3\n"
        "PyCon Finland - 200 members\nZeroVM - cloud sandbox - deterministic\nNix\n",
        (
            "",
            [
                (
                    None,
                    [
                        ("Ellipsis", ""),
                        ("On being super()", ""),
                        ("PyCon Finland", ""),
                        ("ZeroVM", ""),
                        ("Nix", ""),
                    ],
                )
            ],
        ),
    ),
    "a title with a subtitle is not 'Speaker: Title'": (
        "# Day 1\n\n## Dynamic Forms: Validation Without Tears\n- a\n\n"
        "## Social Data - Invading Privacy or Creating Better Cities?\n- b\n\n## Jane Doe: Testing\n- c\n",
        (
            "",
            [
                (
                    "Day 1",
                    [
                        ("Dynamic Forms: Validation Without Tears", ""),
                        ("Social Data - Invading Privacy or Creating Better Cities?", ""),
                        ("Testing", "Jane Doe"),
                    ],
                )
            ],
        ),
    ),
    "a name not in the lists, in the place the file's other names stand": (
        "## Hynek Schlawack: Design Pressure\n- a\n\n## Jane Doe: Testing\n- b\n\n"
        "## Mark Smith: Typing\n- c\n",
        (
            "",
            [
                (
                    None,
                    [
                        ("Design Pressure", "Hynek Schlawack"),
                        ("Testing", "Jane Doe"),
                        ("Typing", "Mark Smith"),
                    ],
                )
            ],
        ),
    ),
    "kind labels, tags, links and a schedule tail are not the title": (
        "## TALK - War stories of standards\n- a\n\n## Talk 3 - Quality control\n- b\n\n"
        "## Session: What makes a team?\n- c\n\n"
        "## Ann Lee, Dueling keyboards [Keynote] - [Video](https://example.com/v), [Slides](https://example.com/s)\n"
        "- d\n\n## Java Shell: Scripting with Power [TUT1329] (08:45 ~ 10:45) @ Room 305\n- e\n\n"
        "## Reproducible code with [Kedro](https://example.com/kedro)\n- f\n",
        (
            "",
            [
                (
                    None,
                    [
                        ("War stories of standards", ""),
                        ("Quality control", ""),
                        ("What makes a team?", ""),
                        ("Dueling keyboards", "Ann Lee"),
                        ("Java Shell: Scripting with Power", ""),
                        ("Reproducible code with Kedro", ""),
                    ],
                )
            ],
        ),
    ),
    "full-width brackets and commas, a time-only heading, a break with a time": (
        "# 第一天\n\n### 《把内容交付这件事做好》-郭蕾，专家\n- a\n\n### 12:00 午餐\n\n### 13:30 Lunch\n\n"
        "### 14:00 ~ 14:30\n**Testing in the open**\n- b\n",
        ("", [("第一天", [("把内容交付这件事做好", "郭蕾"), ("Testing in the open", "")])]),
    ),
    "a programme: bullets with a bold title and the speaker in italics, a track label": (
        "## DIA 19 PALESTRAS\n* **Keynote** - *Ana Souza - Engenheira*\n\n"
        "* **O casamento sagrado** - `DevOps` - *Rui Lima de Souza - Coordenador*\n\n"
        "## DIA 20 PALESTRAS\nDados abertos - Dev\nFernando Masanori\nDocente na FATEC\n\n"
        "Python packaging - Dev\nDébora Silva\nCofundadora\n\nMas afinal - Dev\nBetina Costa\nThoughtWorks\n",
        (
            "",
            [
                (
                    "DIA 19 PALESTRAS",
                    [("Keynote", "Ana Souza"), ("O casamento sagrado", "Rui Lima de Souza")],
                ),
                (
                    "DIA 20 PALESTRAS",
                    [
                        ("Dados abertos", "Fernando Masanori"),
                        ("Python packaging", "Débora Silva"),
                        ("Mas afinal", "Betina Costa"),
                    ],
                ),
            ],
        ),
    ),
    "a programme's bold titles with the speaker in parentheses after them, one on a day alone": (
        "# React Summit 2023\n\n## Day 1\n\n- **Server Components explained** (Dan Abramov)\n"
        "  - RSC payload\n  - TODO try it\n- **Signals everywhere** (Ryan Carniato)\n  - reactivity\n\n"
        "## Day 2\n\n- **Testing React apps** (Kent C. Dodds)\n  - testing library\n",
        (
            "React Summit 2023",
            [
                (
                    "Day 1",
                    [("Server Components explained", "Dan Abramov"), ("Signals everywhere", "Ryan Carniato")],
                ),
                ("Day 2", [("Testing React apps", "Kent C. Dodds")]),
            ],
        ),
    ),
    "a programme's bullets with a bold label, the speaker labelled under each, one on a day alone": (
        "# PyData London 2024\n\n## Friday\n\n- **Talk:** Polars in production\n"
        "  - **Speaker:** Ritchie Vink\n  - lazy frames\n  - CHECK streaming engine\n\n"
        "- **Talk:** Causal inference for the rest of us\n"
        "  - **Speaker:** Amy Chen\n  - DAGs\n\n## Saturday\n\n- **Talk:** LLM evals that matter\n"
        "  - **Speaker:** Hamel Husain\n  - write your own evals\n\n## Sunday\n\n- **Venue:** ExCeL\n"
        "  - **Wifi:** pydata\n- **Lunch:** on the terrace\n",
        (
            "PyData London 2024",
            [
                (
                    "Friday",
                    [
                        ("Polars in production", "Ritchie Vink"),
                        ("Causal inference for the rest of us", "Amy Chen"),
                    ],
                ),
                ("Saturday", [("LLM evals that matter", "Hamel Husain")]),
                ("Sunday", []),
            ],
        ),
    ),
    "the event itself beside the talks: venue and wifi, swag, people met, in two languages": (
        "# ObservabilityCon 2024\n\n# Tuesday 5 November 2024\n\n"
        "## Observability Pipelines: Lessons Learned\n"
        "- otel\n\n## Tracing at scale — Jane Doe\n- sampling\n\n## Venue & Wi-Fi\n- network: obs\n\n"
        "## Swag\n- stickers\n\n## People I met\n- Bob from Grafana\n\n## Personnes rencontrées\n- Marie\n",
        (
            "ObservabilityCon 2024",
            [
                (
                    "Tuesday 5 November 2024",
                    [("Observability Pipelines: Lessons Learned", ""), ("Tracing at scale", "Jane Doe")],
                )
            ],
        ),
    ),
    "a day's one talk typed as a 'Talk:' line over a 'Speaker:' line, as the other days' are": (
        "PyCon AU 2023\n\nDay 1\n=====\n\nTalk: Rust for Python devs\nSpeaker: Ana García\n- pyo3\n\n"
        "Talk: Django async\nSpeaker: Carlton Gibson\n- ASGI\n\nDay 2\n=====\n\n"
        "Talk: Packaging\nSpeaker: Pradyun Gedam\n- wheels\n",
        (
            "PyCon AU 2023",
            [
                ("Day 1", [("Rust for Python devs", "Ana García"), ("Django async", "Carlton Gibson")]),
                ("Day 2", [("Packaging", "Pradyun Gedam")]),
            ],
        ),
    ),
    "'Day 1:' lines over their lists of talks: the days, without the colon that opens the list": (
        "Day 1:\n- Keynote by Jane Doe\n  - intro\n- Django tips by Bob Smith\n  - ORM\n"
        "Day 2:\n- Testing by Alice Jones\n  - pytest\n",
        (
            "",
            [
                ("Day 1", [("Keynote", "Jane Doe"), ("Django tips", "Bob Smith")]),
                ("Day 2", [("Testing", "Alice Jones")]),
            ],
        ),
    ),
    "the speaker in parentheses on the line under each talk's heading": (
        "# DjangoCon EU 2022\n\n## Day 1\n\n### Talk #1: Async ORM\n(Carlton Gibson)\n- sync_to_async\n\n"
        "### Talk #2: HTMX patterns\n(Adam Johnson)\n- hx-boost\n\n## Day 2\n\n"
        "### Talk #3: Deployment\n(Jacob Kaplan-Moss)\n- fly.io\n",
        (
            "DjangoCon EU 2022",
            [
                ("Day 1", [("Async ORM", "Carlton Gibson"), ("HTMX patterns", "Adam Johnson")]),
                ("Day 2", [("Deployment", "Jacob Kaplan-Moss")]),
            ],
        ),
    ),
    "AsciiDoc headings: '= Title', '== Day', '=== Talk'": (
        "= Devoxx Belgium 2023\n\n== Day 1\n\n=== Java 21 — Brian Goetz\n* virtual threads\n\n"
        "=== Spring Boot 3 — Josh Long\n* native\n\n== Day 2\n\n=== Quarkus — Holly Cummins\n* dev mode\n",
        (
            "Devoxx Belgium 2023",
            [
                ("Day 1", [("Java 21", "Brian Goetz"), ("Spring Boot 3", "Josh Long")]),
                ("Day 2", [("Quarkus", "Holly Cummins")]),
            ],
        ),
    ),
    "a write-up in prose under its own headings names its talks in sentences: those are the talks": (
        "# Our company conference\n\nWe met in the big room on Friday.\n\n## The morning\n\n"
        'First _Jane Doe_ talked about "Scaling Postgres" and _Bob Smith_ about "Caching at the edge". '
        'Then _Ann Lee_ showed "Tracing in practice".\n\n## After lunch\n\n'
        'We heard _Carl Jones_ on "Typing Python" and _Dana White_ presented "Feature flags".\n\n'
        "## Closing\n\n"
        '_Eve Adams_ closed the day with "What we learnt" and _Frank Moore_ gave "Next year".\n',
        (
            "Our company conference",
            [
                (
                    None,
                    [
                        ("Scaling Postgres", "Jane Doe"),
                        ("Caching at the edge", "Bob Smith"),
                        ("Tracing in practice", "Ann Lee"),
                        ("Typing Python", "Carl Jones"),
                        ("Feature flags", "Dana White"),
                        ("What we learnt", "Eve Adams"),
                        ("Next year", "Frank Moore"),
                    ],
                )
            ],
        ),
    ),
    "the programme typed above the talks is the notes' schedule, not a talk": (
        "# Notes\n\n## Schedule\n\n- 09:00 Keynote — Guido van Rossum\n- 10:00 Typing — Jukka Lehtosalo\n\n"
        "## Keynote — Guido van Rossum\n- history\n\n## Typing — Jukka Lehtosalo\n- mypy\n",
        ("Notes", [(None, [("Keynote", "Guido van Rossum"), ("Typing", "Jukka Lehtosalo")])]),
    ),
    "speakers named by one name after the title, most of them names the lists know": (
        "# Meetup 2023\n\n## Rust in prod — Ada\n- a\n\n## Go generics — Linus\n- b\n\n"
        "## Zig comptime — Andrew\n- c\n\n## Nim macros — Araq\n- d\n\n## Python — Django\n- e\n",
        (
            "Meetup 2023",
            [
                (
                    None,
                    [
                        ("Rust in prod", "Ada"),
                        ("Go generics", "Linus"),
                        ("Zig comptime", "Andrew"),
                        ("Nim macros", "Araq"),
                        ("Python", "Django"),
                    ],
                )
            ],
        ),
    ),
    "talks as bullets naming their speakers, notes under each; a day's one such talk too": (
        "STRANGELOOP 2022 NOTES\n======================\n\nTHURSDAY\n--------\n\n"
        '* "Stop Writing Dead Programs" by Jack Rusher\n  - live programming\n\n'
        '* "Software Engineering at Google" by Titus Winters\n  - Hyrum\'s law\n\n'
        'FRIDAY\n------\n\n* "The Future of Programming" by Jane Doe\n  - visual tools\n',
        (
            "STRANGELOOP 2022 NOTES",
            [
                (
                    "THURSDAY",
                    [
                        ("Stop Writing Dead Programs", "Jack Rusher"),
                        ("Software Engineering at Google", "Titus Winters"),
                    ],
                ),
                ("FRIDAY", [("The Future of Programming", "Jane Doe")]),
            ],
        ),
    ),
    "a heading that is only TODO is the note-taker's list, not a talk": (
        "# Talk A\n- a\n\n# TODO\n- read x\n\n# Talk B\n- b\n",
        ("", [(None, [("Talk A", ""), ("Talk B", "")])]),
    ),
    "a talk heading ending with TODO is a talk with a follow-up; References beside talks": (
        "# Reactive & Graal TODO\n- a\n\n# Choosing a GC\n- b\n\n# JavaFX\n- c\n\n# References\n- link\n",
        ("", [(None, [("Reactive & Graal", ""), ("Choosing a GC", ""), ("JavaFX", "")])]),
    ),
    "front matter is metadata; a fence opened in a list item is code": (
        "---\ntitle: 'PyCon 2019'\nlayout: post\npermalink: /x/\n---\n\n## A talk - Ann Lee\n- code:\n"
        "  - ```\n    # not a heading\n    ```\n\n## Another talk\n- b\n",
        ("PyCon 2019", [(None, [("A talk", "Ann Lee"), ("Another talk", "")])]),
    ),
    "title on top, underlined like the days": (
        "DjangoCon Europe 2011\n=====================\n\n"
        "Day 1\n=====\n\nTalk A - Jane Doe\n-----------------\n"
        "- x\n\nDay 2\n=====\n\nTalk B\n------\n- y\n",
        ("DjangoCon Europe 2011", [("Day 1", [("Talk A", "Jane Doe")]), ("Day 2", [("Talk B", "")])]),
    ),
    "a first talk that names the conference is not the title": (
        "## PyCon keynote\nby Jane Doe\n- a\n- b\n- c\n- d\n\n## Second talk\nSpeaker: @bob\n- x\n",
        ("", [(None, [("PyCon keynote", "Jane Doe"), ("Second talk", "@bob")])]),
    ),
    "a plain title line on top, a bold-line talk in one day": (
        "DjangoCon US 2022\n\nMonday\n======\n\nWelcome\n-------\n- hello\n\nTuesday\n=======\n\n"
        "**Talk one: Security**\n- csrf\n",
        ("DjangoCon US 2022", [("Monday", [("Welcome", "")]), ("Tuesday", [("Talk one: Security", "")])]),
    ),
    "spanish days, a speaker named on the line under the heading": (
        "Primer día\n==========\n\n"
        "Charla de apertura - Ana García\n-------------------------------\n- hola\n\n"
        "Datos abiertos\n--------------\nPedro Sánchez\n- portales\n\nSegundo día\n===========\n\n"
        "Cierre\n------\n- gracias\n",
        (
            "",
            [
                ("Primer día", [("Charla de apertura", "Ana García"), ("Datos abiertos", "Pedro Sánchez")]),
                ("Segundo día", [("Cierre", "")]),
            ],
        ),
    ),
    "markdown, title and days both #": (
        "# TechConf Berlin 2026\n\n# Monday, 11 May\n\n## Rust for Pythonistas — José Müller\n- a\n\n"
        "## Typing at scale (Ann Lee)\n- b\n\n# Tuesday, 12 May\n\n## Other things\n- c\n",
        (
            "TechConf Berlin 2026",
            [
                ("Monday, 11 May", [("Rust for Pythonistas", "José Müller"), ("Typing at scale", "Ann Lee")]),
                ("Tuesday, 12 May", [("Other things", "")]),
            ],
        ),
    ),
    "days as dates, a workshops day among them": (
        "June 6, 2011\n============\n\nOpening\n-------\n- a\n\n"
        "Workshops\n=========\n\nDeploying\n---------\n- b\n\n"
        "06.06. - Thursday\n=================\n\nClosing\n-------\n- c\n",
        (
            "",
            [
                ("June 6, 2011", [("Opening", "")]),
                ("Workshops", [("Deploying", "")]),
                ("06.06. - Thursday", [("Closing", "")]),
            ],
        ),
    ),
    "french days": (
        "# 1er jour\n\n## Ouverture - Marie Curie\n- a\n\n# 2ème jour\n\n## Clôture\n- b\n",
        ("", [("1er jour", [("Ouverture", "Marie Curie")]), ("2ème jour", [("Clôture", "")])]),
    ),
    "org mode": (
        "#+TITLE: EuroSciPy 2011\n* 3/11/2011\n** Talk one\n*** Details\n- x\n** Talk two\n- y\n"
        "* 4/11/2011\n** Talk three\n- z\n",
        (
            "EuroSciPy 2011",
            [("3/11/2011", [("Talk one", ""), ("Talk two", "")]), ("4/11/2011", [("Talk three", "")])],
        ),
    ),
    "bold lines are the talks of a day": (
        "## Day 1\n\n**A. Keynote: Drew Conway**\n- x\n\n"
        "**B. Data pipelines**\n- y\n\n## Day 2\n\n**C. Last one**\n- z\n",
        (
            "",
            [
                # lettered as a list ("A.", "B.", "C."): the letters are the list's, as in "1. Title"
                ("Day 1", [("Keynote: Drew Conway", "Drew Conway"), ("Data pipelines", "")]),
                ("Day 2", [("Last one", "")]),
            ],
        ),
    ),
    "title lines between separator rules": (
        "Day 1\n=====\n\nFirst talk\n- a\n\n-----\n\nSecond talk\n- b\n\n-----\n\nThird talk\n- c\n",
        ("", [("Day 1", [("First talk", ""), ("Second talk", ""), ("Third talk", "")])]),
    ),
    "a heading that groups talks": (
        "# PyData 2026\n\n## Keynotes\n\n### Opening the data - Ann Lee\n- x\n\n"
        "### Closing words - Bob Ray\n- y\n\n"
        "## Pandas internals\n- z\n",
        (
            "PyData 2026",
            [
                (
                    None,
                    [("Opening the data", "Ann Lee"), ("Closing words", "Bob Ray"), ("Pandas internals", "")],
                )
            ],
        ),
    ),
    "sections, a break and a to-do list are not talks": (
        "# Tuesday\n\n## Fast tests - Kim Park\n- a\n\n### Questions\n- q\n\n## Lunch\n- soup\n\n"
        "## Slow tests\n- b\n\n## Things to check out\n- vale\n",
        ("", [("Tuesday", [("Fast tests", "Kim Park"), ("Slow tests", "")])]),
    ),
    "speaker forms: time first, by, a line under the heading": (
        "# Day 1\n\n### 11:00 Alvar Lumberg - Scaling autonomy\n- a\n\n### Data at rest by Jane Doe\n- b\n\n"
        "### Evolutionary architecture\n**Rebecca Parsons (ThoughtWorks)**\n\n- c\n",
        (
            "",
            [
                (
                    "Day 1",
                    [
                        ("Scaling autonomy", "Alvar Lumberg"),
                        ("Data at rest", "Jane Doe"),
                        ("Evolutionary architecture", "Rebecca Parsons"),
                    ],
                )
            ],
        ),
    ),
    "days and talks in one style (days are the dated ones)": (
        "Tag 1\n=====\n\nEröffnung\n=========\n- a\n\nTesten mit pytest\n=================\n- b\n\n"
        "Tag 2\n=====\n\nAbschluss\n=========\n- c\n",
        ("", [("Tag 1", [("Eröffnung", ""), ("Testen mit pytest", "")]), ("Tag 2", [("Abschluss", "")])]),
    ),
    "days and talks in one style, talks with sections of their own": (
        "Day 1\n=====\n\nTalk A\n======\n- a\n\nQuick start\n-----------\n- q\n\nTalk B\n======\n- b\n\n"
        "Setup\n-----\n- s\n\nDay 2\n=====\n\nTalk C\n======\n- c\n\nDeploying\n---------\n- d\n",
        ("", [("Day 1", [("Talk A", ""), ("Talk B", "")]), ("Day 2", [("Talk C", "")])]),
    ),
    "YAML front matter gives the title and is no heading": (
        "---\ntitle: PyCon US 2024\ndate: 2024-05-15\n---\n\n## Opening - Ann Lee\n- a\n\n## Closing\n- b\n",
        ("PyCon US 2024", [(None, [("Opening", "Ann Lee"), ("Closing", "")])]),
    ),
    "TOML front matter (Hugo's +++) gives the title and is no heading": (
        '+++\ntitle = "Google I/O 2018 notes"\ndate = "2018-05-13"\n+++\n\n# DAY 01\n\n## Keynote\n- a\n\n'
        "## Developer Keynote\n- b\n\n# DAY 02\n\n## Jetpack\n- c\n",
        (
            "Google I/O 2018 notes",
            [("DAY 01", [("Keynote", ""), ("Developer Keynote", "")]), ("DAY 02", [("Jetpack", "")])],
        ),
    ),
    "one heading before the first day, naming no talk: the notes' introduction, not a day of its own": (
        "## First time here!\nThree days, many talks.\n\n# DAY 01\n\n## Keynote\n- a\n\n"
        "# DAY 02\n\n## Jetpack\n- c\n",
        ("", [("DAY 01", [("Keynote", "")]), ("DAY 02", [("Jetpack", "")])]),
    ),
    "a day's programme pasted as quotes or paragraphs ending 'Name @handle', then the day's own headings": (
        "# GemConf 2022\n\n## Day 1 Friday 9th December\n\nKeynote: Inside the web server\n"
        "Nate maintains a web server.\nNate Berko @nateb\n\n- threads\n\n"
        "> Scaling to a billion requests\n> Cris leads performance work.\n> Cris Plana @crp\n\n- caching\n\n"
        "> Pairing for real\n> Mia pairs.\n> Mia Kell @mia\n> Sol teaches.\n> Sol Small @sol\n\nThat's us\n\n"
        "## Official party\n\nmusic\n\n## Day 2 Saturday 10th December\n\n"
        "> Types in practice\n> Pat writes books.\n> Pat Perr @pp\n\n- RBS\n\n"
        "> Roda routing\n> Jer fixes bugs.\n> Jer Evan @je\n\n- trees\n",
        (
            "GemConf 2022",
            [
                (
                    "Day 1 Friday 9th December",
                    [
                        ("Keynote: Inside the web server", "Nate Berko"),
                        ("Scaling to a billion requests", "Cris Plana"),
                        ("Pairing for real", "Mia Kell & Sol Small"),
                    ],
                ),
                (
                    "Day 2 Saturday 10th December",
                    [("Types in practice", "Pat Perr"), ("Roda routing", "Jer Evan")],
                ),
            ],
        ),
    ),
    "an ATX title underlined as well: its words, not its '#'": (
        "# Empire Notes | 05.05.2014\n----------------\n\n## Sorting | Jenn Okafor (9am)\n- a\n\n"
        "## LUNCH\n\n## Components | Tom Dale (1:30pm)\n- b\n",
        ("Empire Notes | 05.05.2014", [(None, [("Sorting", "Jenn Okafor"), ("Components", "Tom Dale")])]),
    ),
    "talk headings that are reference links, defined at the end of the file": (
        "[Solr results as pictures] - Julia Bauder\n-------------------------------\n* facets\n\n"
        "[Queue Programming -- how job queues help] - Birkin James Diana\n-------------------------------\n"
        "* jobs\n\n[Solr results as pictures]: http://example.org/bauder\n"
        "[queue programming -- how job queues help]: http://example.org/diana\n",
        (
            "",
            [
                (
                    None,
                    [
                        ("Solr results as pictures", "Julia Bauder"),
                        ("Queue Programming -- how job queues help", "Birkin James Diana"),
                    ],
                )
            ],
        ),
    ),
    "a talk before a group of lightning talks, among talks in the groups' own style: no introduction": (
        "# Presentations\n\n## Curing a security bug\nGary Penn\n\nA good one.\n\n## Lightning talks\n\n"
        "### A bolt of Backbone\nAdam Silver\n\nBasics.\n\n### Things and the web\nRuth Lation\n\nIdeas.\n\n"
        "## React and the editor\nMaria Ventura\n\nCalypso.\n\n"
        "## Ansible basics\nDavid Murphy\n\nA tutorial.\n",
        (
            "Presentations",
            [
                (
                    None,
                    [
                        ("Curing a security bug", "Gary Penn"),
                        ("A bolt of Backbone", "Adam Silver"),
                        ("Things and the web", "Ruth Lation"),
                        ("React and the editor", "Maria Ventura"),
                        ("Ansible basics", "David Murphy"),
                    ],
                )
            ],
        ),
    ),
    "days under a 'Speaker notes' heading, details before them, lettered bold talks with linked speakers": (
        "# Data Days (2015)\n\n## Conference Details\n\nLocation: Boston\n\n## Speaker Notes\n\n### DAY 1\n\n"
        "**A. Keynote: Anna Goldberg**\n\n- speaker: [Anna Goldberg](https://example.org/anna)\n- a\n\n"
        "**B. Open data for all**\n\n- speaker: [Ari Hamal](https://example.org/ari)\n- b\n\n"
        "### DAY 2\n\n**A. Frames: the good parts**\n\n"
        "- speaker: [Wes Kinney](https://example.org/wes)\n- c\n",
        (
            "Data Days (2015)",
            [
                ("DAY 1", [("Keynote: Anna Goldberg", "Anna Goldberg"), ("Open data for all", "Ari Hamal")]),
                ("DAY 2", [("Frames: the good parts", "Wes Kinney")]),
            ],
        ),
    ),
    "lettered sections, a session over numbered quoted talks, and 'Name Keynote'": (
        "# satConf Chicago\n\nApril 2019\n\n## A. Welcome\n\n- applause\n\n## B. Industry Session\n\n"
        '### 1. "Correcting bias"\n\n- speaker: Peter Coman\n- a\n\n### 2. "Culture of analytics"\n\n'
        "- speaker: Adam Austen\n- b\n\n## C. JD Long Keynote\n\n- spreadsheets\n",
        (
            "satConf Chicago",
            [
                (
                    None,
                    [
                        ("Correcting bias", "Peter Coman"),
                        ("Culture of analytics", "Adam Austen"),
                        ("JD Long Keynote", "JD Long"),
                    ],
                )
            ],
        ),
    ),
    "bold-line talks with their speakers after them": (
        "## Day 1\n\n**B. Data pipelines** - Ann Lee\n- y\n\n**C. Other** (Bob Ray)\n- z\n",
        ("", [("Day 1", [("B. Data pipelines", "Ann Lee"), ("C. Other", "Bob Ray")])]),
    ),
    "one talk with its parts, not a title": (
        "What Makes Python Awesome\n=========================\n\n"
        "A talk given by Raymond Hettinger at PyCon.\n\n"
        "Outline\n-------\n- a\n\nQuestions\n---------\n- b\n",
        ("", [(None, [("What Makes Python Awesome", "Raymond Hettinger")])]),
    ),
    "no heading markers: a tab outline": (
        "IO Insights from @rauchg\n\tlearnboost\n\t\tdeeper\n\n"
        "Julien Genestoux - @julien51 - the Realtime Web\n"
        "\thttp://example.org\n",
        ("", [(None, [("IO Insights", "@rauchg"), ("the Realtime Web", "Julien Genestoux")])]),
    ),
    "labelled speaker bullets in Japanese under talks in groups, an introduction and an empty ending": (
        "---\ntitle: 春のPython勉強会\n---\n\n# 概要\n\n+ 日時: 2024/04/20\n\n# セッション\n\n"
        "## 第1部「型ヒント入門」\n\n"
        "+ 発表者 : 佐藤 花子 ( [@hanako](https://example.org/hanako) )\n+ 資料 :\n\n"
        "わかりやすかった。\n\n"
        "## 第2部「非同期処理の話」\n\n"
        "+ 発表者 : 鈴木 一郎 ( [@ichiro](https://example.org/ichiro) )\n\n"
        "## 第3部「LT大会」\n\n五本あった。\n\n"
        "### 題名不明\n\n+ 発表者 : 田中 次郎\n\n### 題名不明\n\n+ 発表者 : 高橋 三郎\n\n"
        "# 感想\n",
        (
            "春のPython勉強会",
            [
                (
                    None,
                    [
                        ("第1部「型ヒント入門」", "佐藤 花子"),
                        ("第2部「非同期処理の話」", "鈴木 一郎"),
                        ("題名不明", "田中 次郎"),
                        ("題名不明", "高橋 三郎"),
                    ],
                )
            ],
        ),
    ),
    "a day's keynote among talks is a talk, and a linked name right under a talk is its speaker": (
        "# Signal Day 1\n\n## Day 1 Keynote\n\n* flex\n\n### Flex\n\n* plugins\n\n"
        "## Our Guide\n### [Anna Berg](https://conf.example.org/speakers/anna)\n\n"
        "#### Fostering Change\n\n* a\n\n"
        "## Messaging\n### [Omar Haddad & Lena Vogt](https://conf.example.org/sessions/2)\n\n* b\n",
        (
            "Signal Day 1",
            [
                (
                    None,
                    [
                        ("Day 1 Keynote", ""),
                        ("Our Guide", "Anna Berg"),
                        ("Messaging", "Omar Haddad & Lena Vogt"),
                    ],
                )
            ],
        ),
    ),
    "a name heading after a title heading in its style, an end marker and a name with a long role": (
        "### Project Updates\n### Karen Walsh\n\n#### Etcd\nscales to 5000 nodes\n\n"
        "### End Project Update\n\n### Storage Operators\nCoffee is in our DNA\n\n"
        "### Confidential Containers\n"
        "Thomas Berg - Principal program manager, cloud container compute, board member, ...\n"
        "Bringing confidential computing to k8s.\n",
        (
            "",
            [
                (
                    None,
                    [
                        ("Project Updates", "Karen Walsh"),
                        ("Storage Operators", ""),
                        ("Confidential Containers", "Thomas Berg"),
                    ],
                )
            ],
        ),
    ),
    "talks headed by their day and the time each began, a break among them": (
        "# Conf Day 1 Notes\n\nHere are my notes.\n\n## Day 1 - 0945 - Keynote\n\n### Content\n\n- a\n\n"
        "## Day 1 - 1045 - Django and htmx patterns\n\n### Content\n\n- b\n\n## Day 1 - 1130 - Lunch\n\n"
        "## Day 1 - 1330 - Async views in practice\n\n- c\n",
        (
            "Conf Day 1 Notes",
            [(None, [("Keynote", ""), ("Django and htmx patterns", ""), ("Async views in practice", "")])],
        ),
    ),
    "stamped talks with name bullets, a subtitle heading over the name, names with linked handles": (
        "# Conf Day 2 Notes\n\n## Day 2 - 0930 - Keynote\n\n- Laura Stone [@lstone](https://twitter.com/lstone)\n"
        "- Peter Hall [@phall](https://twitter.com/phall)\n\nBoth spoke.\n\n### Content\n\n- a\n\n"
        "## Day 2 - 1100 - The Admin is Your Oyster\n### Let's extend it\n\n"
        'Karen Moss (pronounced like "Moss")\n[@kmoss](https://twitter.com/kmoss)\n\n### Content\n\n- b\n',
        (
            "Conf Day 2 Notes",
            [(None, [("Keynote", "Laura Stone, Peter Hall"), ("The Admin is Your Oyster", "Karen Moss")])],
        ),
    ),
    "one word after 'by' in a file that names speakers after 'by'": (
        "## Day 1\n\n### Stop Hiding Errors by Kent Dodds\n\n- a\n\n"
        "### History of Hooks by Maria Lopez\n\n- b\n\n"
        "### Testing a Million States by Chantastic\n\n- c\n",
        (
            "",
            [
                (
                    "Day 1",
                    [
                        ("Stop Hiding Errors", "Kent Dodds"),
                        ("History of Hooks", "Maria Lopez"),
                        ("Testing a Million States", "Chantastic"),
                    ],
                )
            ],
        ),
    ),
    "anchors after headings, contents beside the days, a dash inside a title before its speaker": (
        '### Contents<a name="contents"></a>\n\n* [Day 1 (Thursday)](#day-1)\n* [Day 2 (Friday)](#day-2)\n\n'
        '### Day 1 (Thursday)<a name="day-1"></a>\n\n'
        '#### Opening Keynote: The Next Thing (Anna Berg)<a name="next"></a>\n\n- a\n\n'
        '#### Modern CMake - Working with CMake 3.12 and later (Deniz Kaya)<a id="cmake"></a>\n\n- b\n\n'
        '### Day 2 (Friday)<a name="day-2"></a>\n\n#### A Little Order! (Fred Lund)\n\n- c\n',
        (
            "",
            [
                (
                    "Day 1 (Thursday)",
                    [
                        ("Opening Keynote: The Next Thing", "Anna Berg"),
                        ("Modern CMake - Working with CMake 3.12 and later", "Deniz Kaya"),
                    ],
                ),
                ("Day 2 (Friday)", [("A Little Order!", "Fred Lund")]),
            ],
        ),
    ),
    "an introduction and a template beside days holding their talks, a day's theme, a role after the name": (
        "# Conf 2026\n\n## Event Introduction\n\n"
        "- **Monday, 1 June — Systems**\n- **Tuesday, 2 June — Agents**\n\n"
        "## Day 1 — Monday, 1 June 2026\n\n### Theme: Autonomous Systems · Academic Track\n\n"
        "### Conference Opening\n\nA warm welcome.\n\n"
        "### Keynote — When Software Stops Waiting by Alex Novak, CEO @ ProjectSimple\n\n- a\n\n"
        "## Day 2 — Tuesday, 2 June 2026\n\n### Agents at Work by Rita Moreno\n\n- b\n\n"
        "## Session Structure (copy this block for each session)\n\nCopy the block below.\n",
        (
            "Conf 2026",
            [
                (
                    "Day 1 — Monday, 1 June 2026",
                    [("Conference Opening", ""), ("When Software Stops Waiting", "Alex Novak")],
                ),
                ("Day 2 — Tuesday, 2 June 2026", [("Agents at Work", "Rita Moreno")]),
            ],
        ),
    ),
    "a bold 'by' line naming two people, each with where they are from": (
        "## Explorez l'IA avec Claude\n**by Taha Benali, AWS | Paul Girard, AWS**\n\nTalk about AI.\n\n"
        "## Java ❤️ AWS\n\n- code\n",
        ("", [(None, [("Explorez l'IA avec Claude", "Taha Benali, Paul Girard"), ("Java ❤️ AWS", "")])]),
    ),
    "a 'By' line naming two people, each with their company in parentheses": (
        "## Show, Don't Tell\nBy Nora Keller (O'Reilly Media, Inc.), Chris Wilson (Google)\n\n- a\n\n"
        "## Web Apps\nBy Steven Sanders (Microsoft)\n\n- b\n",
        ("", [(None, [("Show, Don't Tell", "Nora Keller, Chris Wilson"), ("Web Apps", "Steven Sanders")])]),
    ),
    "one form of day typed at two levels, keynotes after an empty 'Keynotes' beside a group": (
        "# Day 1: 11/13/2017\n\n## Keynotes\n\n## Less duct tape in ops\n\n- a\n\n"
        "## Augmenting the org for DevOps\n\n- b\n\n"
        "## Breakout sessions\n\n### What it means to lead IT\n\n- c\n\n### Chaos in the pipeline\n\n- d\n\n"
        "## Day 2: 11/14/2017\n\n### Keynotes\n\n#### Banking on delivery\n\n- e\n\n"
        "#### The making of Prime Now\n\n- f\n\n### Breakouts\n\n#### Building quality in\n\n- g\n\n"
        "#### Cloud native architectures\n\n- h\n",
        (
            "",
            [
                (
                    "Day 1: 11/13/2017",
                    [
                        ("Less duct tape in ops", ""),
                        ("Augmenting the org for DevOps", ""),
                        ("What it means to lead IT", ""),
                        ("Chaos in the pipeline", ""),
                    ],
                ),
                (
                    "Day 2: 11/14/2017",
                    [
                        ("Banking on delivery", ""),
                        ("The making of Prime Now", ""),
                        ("Building quality in", ""),
                        ("Cloud native architectures", ""),
                    ],
                ),
            ],
        ),
    ),
    "a product's name in capitals inside a word is no person's, a name with Mc or Mac is": (
        "## Securing the Database (Heini Ilmarinen)\n\n- a\n\n## Security Features (Robert Hart)\n\n- c\n\n"
        "## JetBrains Rider\n\nI had a demo of JetBrains Rider.\n\n"
        "## documentation.js by Tom MacWright\n\n- b\n",
        (
            "",
            [
                (
                    None,
                    [
                        ("Securing the Database", "Heini Ilmarinen"),
                        ("Security Features", "Robert Hart"),
                        ("JetBrains Rider", ""),
                        ("documentation.js", "Tom MacWright"),
                    ],
                )
            ],
        ),
    ),
    "a heading that is a person from a company names the speaker": (
        "#### Scaling LinkedIn\n\n- data layer\n\n#### Chris Brown from Opscode\n\n- composable tools\n",
        ("", [(None, [("Scaling LinkedIn", ""), ("Chris Brown from Opscode", "Chris Brown")])]),
    ),
    "notes of one talk: its heading, a labelled speaker line, its parts": (
        "---\ntitle: Go Patterns\n---\n\n# Go Patterns\n\n**Speaker:** Rob Pike\n**Event:** Google I/O\n\n"
        "## Overview\n\nGoroutines and channels.\n\n## Key patterns\n\n- fan-in\n\n"
        "## Takeaways\n\n- share memory\n",
        ("Go Patterns", [(None, [("Go Patterns", "Rob Pike")])]),
    ),
    "a part introducing the speaker opens with their name; an 'other' part is no talk": (
        "# 开发者大会笔记\n\n## 第一场：[CSS Tricks](https://example.org/a.pdf)\n### 演讲者信息\n"
        "王小明。前端专家，来自广州。\n\n### 主要内容\n- 选择器\n\n"
        "## 第二场：Grid Layout\n### About the speaker\nJane Doe, engineer at Acme.\n\n- grids\n\n"
        "## 其他\n\n最后，放张合影。\n",
        ("开发者大会笔记", [(None, [("第一场：CSS Tricks", "王小明"), ("第二场：Grid Layout", "Jane Doe")])]),
    ),
    "a clock pictograph before the time": (
        "## 📅 Monday, 3 June\n\n### ⏰ 10:00 — The state of Node.js (Matteo Collina)\n- undici\n\n"
        "### ⏰ 11:00 — Bun vs Node (Jarred Sumner)\n- speed\n",
        (
            "",
            [
                (
                    "📅 Monday, 3 June",
                    [("The state of Node.js", "Matteo Collina"), ("Bun vs Node", "Jarred Sumner")],
                )
            ],
        ),
    ),
    "bold title lines with the speaker in parentheses or after 'by'": (
        "## Day 2:\n\n**Keynote** by Charity Majors\n- observability\n\n"
        "**Lucene internals** (Adrien Grand)\n- segments\n",
        ("", [("Day 2", [("Keynote", "Charity Majors"), ("Lucene internals", "Adrien Grand")])]),
    ),
    "a labelled speaker line, then a labelled title line": (
        "SPEAKER: Jane Doe\nTITLE: Observability for humans\n- dashboards lie\n\n"
        "SPEAKER: Bob Smith\nTITLE: Feature flags done right\n- kill switches\n",
        ("", [(None, [("Observability for humans", "Jane Doe"), ("Feature flags done right", "Bob Smith")])]),
    ),
    "a time range, the title and the speaker between middle dots": (
        "## Day 1\n\n### 09:00–09:45 · Keynote · José Valim\n- types\n\n"
        "### 10:00–10:40 · LiveView at scale · Chris McCord\n- streams\n",
        ("", [("Day 1", [("Keynote", "José Valim"), ("LiveView at scale", "Chris McCord")])]),
    ),
    "a bar between title and speaker, a stage after '@'": (
        "## 2024-05-05\n\n### Docs as code | Eric Holscher\n- sphinx\n\n"
        "### Writing for accessibility | Ann Lee @ Main stage\n- alt text\n",
        ("", [("2024-05-05", [("Docs as code", "Eric Holscher"), ("Writing for accessibility", "Ann Lee")])]),
    ),
    "a speaker line after an attribution's dash": (
        "## Mon 17/06\n\n### Go generics in practice\n— Ian Lance Taylor\n\n- constraints\n\n"
        "### Profiling Go services\n— Felix Geisendörfer\n\n- pprof\n",
        (
            "",
            [
                (
                    "Mon 17/06",
                    [
                        ("Go generics in practice", "Ian Lance Taylor"),
                        ("Profiling Go services", "Felix Geisendörfer"),
                    ],
                )
            ],
        ),
    ),
    "a name under a talk's own sub-heading is that part's, not the talk's speaker": (
        "## Testing in Production\n\nJane Doe\n\n- x\n\n## Closing panel\n\nA good panel.\n\n"
        "### Questions\n\nMaria Garcia\n\n- asked about y\n",
        ("", [(None, [("Testing in Production", "Jane Doe"), ("Closing panel", "")])]),
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_structure_a_reader_sees(name):
    text, expected = CASES[name]
    assert outline(text) == expected


def test_every_line_of_each_style_reaches_the_notes():
    """Nothing typed is lost by the inference: each word is in a title, speaker or block."""
    for text, _ in CASES.values():
        notes = parse_notes(text)
        held = " ".join(
            [notes.title]
            + [d.title for d in notes.days]
            + [repr(b) for d in notes.days for b in d.preamble]
            + [f"{t.heading} {t.title} {t.speaker} {t.extra} {t.blocks!r}" for t in notes.talks]
            + [repr(b) for b in notes.preamble]
        )
        lines = text.splitlines()
        if lines and lines[0] in ("---", "+++"):  # front matter is metadata: its title is used
            text = "\n".join(lines[lines.index(lines[0], 1) + 1 :])
        # a Markdown link definition is metadata too: its target is where its label is used
        text = re.sub(r"(?m)^\[[^\]\n]+\]:\s*(\S+)$", r"\1", text)
        # an empty HTML anchor after a day's or a section's heading is a link target, which
        # shows nothing (a talk's page quotes its heading as typed, anchor and all)
        text = re.sub(r"<a (?:name|id)=\"[^\"]*\"></a>", "", text)
        for word in re.findall(r"[^\W_]+", text):  # "_Jane Doe_": the underscores are emphasis
            if word not in ("TITLE", "title"):  # the key of a title: line is markup
                assert word in held, (word, text)


def test_the_guess_can_be_overridden_in_conf_or_in_the_notes():
    text = "Monday\n======\n- a\n\nTuesday\n=======\n- b\n"
    assert outline(text)[1] == [("Monday", []), ("Tuesday", [])]
    expected = [(None, [("Monday", ""), ("Tuesday", "")])]
    assert outline(text, "days=none")[1] == expected
    assert outline("notes-structure: days=none\n\n" + text)[1] == expected
    single = "# Scaling Django\n\n## Intro\n- a\n\n## Questions\n- b\n"
    assert outline(single) == ("", [(None, [("Scaling Django", "")])])
    assert outline(single, "title=first") == ("Scaling Django", [(None, [("Intro", ""), ("Questions", "")])])
    (doubt,) = parse_notes(single).warnings
    assert doubt.line == 1 and "notes-structure: title=first" in doubt.message
    both = "# Conf\n\n## A\n\n### a1\n- x\n\n### a2\n- y\n\n## B\n\n### b1\n- z\n"
    assert outline(both, "days=##, talks=###")[1] == [("A", [("a1", ""), ("a2", "")]), ("B", [("b1", "")])]


def test_doubtful_structure_is_reported_with_its_line():
    notes = parse_notes("")
    assert [(w.line, w.subtype) for w in notes.warnings] == [(1, "structure")]
    notes = parse_notes("Day 1\n=====\n\nDay 2\n=====\n\nTalk\n----\n- a\n")
    assert [(w.line, w.message) for w in notes.warnings] == [
        (1, "day 'Day 1' has no talks; its notes stay on the day's page")
    ]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Day 1", True),
        ("2011-06-07", True),
        ("6/3/2011", True),
        ("06.06.", True),
        ("June 6, 2011", True),
        ("6 June", True),
        ("Mon 11 May", True),
        ("Wednesday", True),
        ("Tag 2", True),
        ("1er jour", True),
        ("2ème jour", True),
        ("Día 2", True),
        ("primeiro dia", True),
        ("Giorno 3", True),
        ("Dag 1", True),
        ("Måndag 5 februari", True),  # Swedish, Finnish, Turkish: full names
        ("Maanantai 5. helmikuuta", True),
        ("Pazartesi 5 Şubat", True),
        ("Man vs machine", False),  # "mån" (Swedish Monday, short) is no day here
        ("Donnerstag, 6. Juni", True),
        ("lunedì 5 maggio", True),
        ("Day 1 - Workshops", True),
        ("Python 3.11", False),
        ("Monday morning keynote", False),
        ("Keynote: Ada Lovelace", False),
        ("Lightning talks 4-11", False),
        ("Sprints", False),
        ("9.30 Coffee", False),
        ("Thursday afternoon", True),  # a part of the day after it
        ("Vendredi matin", True),
        ("Afternoon sessions", False),
        ("Tutorial day", True),  # what the day is for, with a day word
        ("Sprint days", True),
        ("Day of workshops", True),
        ("Hackathon day recap", False),
    ],
)
def test_day_likeness(text, day):
    assert (day_likeness(text) >= 0.5) is day


@pytest.mark.parametrize(
    ("text", "section"),
    [
        ("Takeaways", True),
        ("Interesting links", True),
        ("Other resources:", True),
        ("Recordings", True),
        ("C. References", True),  # a list's letter says nothing of the heading's words
        ("Misc notes", True),
        ("Miscellaneous links", True),
        ("intros", True),  # more than one introduction
        ("Introductions", True),
        ("Interesting times in Rust", False),
        ("Rust", False),
        ("Links between services", False),
        ("Scaling autonomy", False),
    ],
)
def test_parts_of_talks_are_known_by_their_words(text, section):
    assert is_section_word(text) is section


@pytest.mark.parametrize(
    ("heading", "title", "speaker", "time"),
    [
        ("Opening - Remco Wendt", "Opening", "Remco Wendt", ""),
        ("Bitbucket - Lessons learned", "Bitbucket - Lessons learned", "", ""),
        ("Rust for Pythonistas — José Müller", "Rust for Pythonistas", "José Müller", ""),
        ("Rust for Pythonistas – José Müller", "Rust for Pythonistas", "José Müller", ""),
        ("11:00 Alvar Lumberg - Scaling autonomy", "Scaling autonomy", "Alvar Lumberg", "11:00"),
        ("9.30 Welcome", "Welcome", "", "9.30"),
        ("3 ways to scale", "3 ways to scale", "", ""),
        ("Scaling Django by Jane Doe", "Scaling Django", "Jane Doe", ""),
        ("Data tables  (Yihui Xie)", "Data tables", "Yihui Xie", ""),
        ("Interactive Prompt (REPL)", "Interactive Prompt (REPL)", "", ""),
        ("Keynote: David Cournapeau", "Keynote: David Cournapeau", "David Cournapeau", ""),
        (
            "Any Code Formatter You Like - As Long As It's Black",
            "Any Code Formatter You Like - As Long As It's Black",
            "",
            "",
        ),
        ("The Browser - Dave Cridland - VP Engineering - Isode Ltd", "The Browser", "Dave Cridland", ""),
        ("Firebase -  - @firebase", "Firebase", "@firebase", ""),
        ("Jane Doe: Building X", "Building X", "Jane Doe", ""),
        ("[09:00] Opening", "Opening", "", "09:00"),
        ("(9:30) Welcome - Ann Lee", "Welcome", "Ann Lee", "9:30"),
        ("Scaling Django | Jane Doe", "Scaling Django", "Jane Doe", ""),
        ("Caching - Jane Doe (Google)", "Caching", "Jane Doe (Google)", ""),
        ("Caching — Jane Doe, Google", "Caching", "Jane Doe, Google", ""),
        ("Django, Flask and FastAPI", "Django, Flask and FastAPI", "", ""),
        ("Jane Doe & Bob Ray - Pairing", "Pairing", "Jane Doe & Bob Ray", ""),
        # a subtitle after a dash or in parentheses is not a speaker: no word of it is a name
        ("The Hidden Cost – Developer Burnout", "The Hidden Cost – Developer Burnout", "", ""),
        ("Web Components – Eine Einführung für alle", "Web Components – Eine Einführung für alle", "", ""),
        ("Thinking in Types (and Loving Tests)", "Thinking in Types (and Loving Tests)", "", ""),
        ("TUTORIAL - Property Testing", "Property Testing", "", ""),
        # the kind of session before the title, with its qualifier, is shown beside it
        (
            "Opening Keynote - Engineering for Software - Dave Farley",
            "Engineering for Software",
            "Dave Farley",
            "",
        ),
        ("Hands-on - Slow code retreat - Philippe Bourgau", "Slow code retreat", "Philippe Bourgau", ""),
        ("Opening Keynote: Building the Future", "Opening Keynote: Building the Future", "", ""),
        # a time at the end, in parentheses; a year there is the title's
        ("Sorting Things | Jenn Okafor (9am)", "Sorting Things", "Jenn Okafor", "9am"),
        ("Road to Components | Tom Dale (~2:10pm)", "Road to Components", "Tom Dale", "2:10pm"),
        ("Python 3 (2019)", "Python 3 (2019)", "", ""),
        # particles do not count among a name's words: five words, four of them names
        ("Caching - Ana Maria dos Santos Lima", "Caching", "Ana Maria dos Santos Lima", ""),
        (
            "Keynote: Jane Doe, Founder of Acme, in Conversation with Bob Ray",
            "Keynote: Jane Doe, Founder of Acme, in Conversation with Bob Ray",
            "Jane Doe",
            "",
        ),
        ("Keynote - Jane Doe", "Keynote", "Jane Doe", ""),
    ],
)
def test_speaker_forms(heading, title, speaker, time):
    parts = split_heading(heading)
    assert (parts.title, parts.speaker, parts.time) == (title, speaker, time)


def _loose(text):
    if text is None:
        return None
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"[\"'`‘’“”]", "", re.sub(r"[-–—]", "-", text))
    return " ".join(text.split()).strip(" .:")


EXPECTED = sorted(REAL_NOTES.glob("*.expected.json")) if REAL_NOTES.is_dir() else []


@pytest.mark.skipif(not EXPECTED, reason="../shared/testdata/real-notes is not there")
@pytest.mark.parametrize("expected", EXPECTED, ids=[p.name.split(".")[0] for p in EXPECTED])
def test_other_peoples_notes_give_the_structure_a_reader_sees(expected):
    """Every talk in the right day with its title and speaker, as a careful reader wrote them down."""
    want = json.loads(expected.read_text("utf-8"))
    notes = read_notes(expected.with_name(expected.name.replace(".expected.json", ".txt")))
    got = [
        (
            _loose(None if d.implicit else d.title),
            [(_loose(t.title), _loose(t.speaker or None)) for t in d.talks],
        )
        for d in notes.days
    ]
    assert got == [
        (_loose(d["title"]), [(_loose(t["title"]), _loose(t["speaker"])) for t in d["talks"]])
        for d in want["days"]
    ]


CLOSE_READINGS = (
    "## Rust workshop\nWe built a CLI.\nIt was fun.\nLong day.\n\n### Ownership - Ann Lee\n- a\n\n"
    "### Lifetimes - Bob Ray\n- b\n\n## Testing talk\n- c\n\n### Questions\n- q\n"
)


def test_close_readings_are_reported_with_the_line_that_chooses_the_runner_up():
    """The headings read two ways with little between them: the build warns at the first
    heading and names the notes-structure: line that gives the other reading; make outline
    shows both readings, their scores and the margin."""
    notes = parse_notes(CLOSE_READINGS, "mine.md")
    (doubt,) = [w for w in notes.warnings if "close" in w.message]
    hint = re.search(r"notes-structure: ([^']+)'", doubt.message).group(1)
    assert doubt.line == 1 and notes.structure.runner_up == hint
    other = parse_notes(f"notes-structure: {hint}\n\n" + CLOSE_READINGS, "mine.md")
    assert [t.title for t in other.talks] != [t.title for t in notes.talks]
    assert not [w for w in other.warnings if "close" in w.message]  # the user's word is taken
    listing = outline_listing(notes)
    assert "runner-up" in listing and "margin" in listing


def test_the_seed_notes_are_read_without_doubt():
    notes = read_notes(REPO / "notes.txt")
    assert notes.structure.margin > 1.5 and not [w for w in notes.warnings if "close" in w.message]


def test_a_write_up_keeps_its_prose_whole_and_each_talk_page_quotes_its_sentence():
    name = "a write-up naming its talks in prose: an emphasized name and a quoted title"
    notes = parse_notes(CASES[name][0], "day.md")
    pages = render_pages(notes, PageOptions())
    day = notes.days[0]
    day_page = pages[f"{day.slug}/index.rst"]
    assert "We met in the big room" in day_page
    assert "we should do this again" in day_page
    talk = pages[f"{day.slug}/queues-in-practice.rst"]
    assert "Queues in practice" in talk
    assert "Bo Chen" in talk
    assert "came next" in talk  # the sentence that names the talk


def test_a_to_do_list_in_the_titles_style_after_the_talks_gives_follow_ups_not_a_section():
    name = "lettered talks under the title, 'speaker:' bullets, a to-do list in the title's style at the end"
    notes = parse_notes(CASES[name][0], "tiny.md")
    last = notes.days[0].talks[-1]
    assert not any("PRQL" in line for block in last.blocks for line in getattr(block, "lines", []))
    items = [b for b in notes.days[0].preamble + notes.preamble if getattr(b, "lines", None) == ["PRQL"]]
    assert items and items[0].todo == "Things to look up"
    assert notes.days[0].talks[0].heading == "A. Smaller containers"  # the heading as typed stays


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        ("Industry Session", True),
        ("C. Industry Session", True),
        ("Session 3", True),
        ("Data Track", True),
        ("Rust devroom", True),
        ("Theme: Autonomous AI Systems", True),
        ("My session", False),  # a talk about the speaker's own session
        ("Session Replay in React", False),
    ],
)
def test_headings_that_group_talks_are_known_by_their_words(text, groups):
    from outline_notes.reading.heading_words import is_session_word

    assert is_session_word(text) is groups


def test_notes_typed_as_sentence_bullets_are_no_talks_of_their_own():
    """One talk's notes as an outline of sentences: the bullets are notes, not talk titles."""
    text = "- the build is slow\n\t- caching helps\n- tests are flaky.\n\t- retry them\n"
    text += "- deploys take long\n\t- x\n"
    titles = [title for _, talks in outline(text)[1] for title, _ in talks]
    assert not any("build is slow" in title or "flaky" in title for title in titles)


def test_a_track_code_is_shown_once_beside_the_speaker():
    """ "AI Village Keynote (AIV)" read again for its quoted speaker line: the code once."""
    text = "# Con\n\n## Day 1\n\n### OSQuery (BTV)\n> Seb Provo @s\n\n### AI Village Keynote (AIV)\n"
    text += "> Bruce Schneier\n\n### KubeGOAT (CV)\n> Madhu Akula @m\n"
    talks = parse_notes(text, "m.md").talks
    assert [(t.title, t.speaker, t.extra) for t in talks] == [
        ("OSQuery", "Seb Provo", "BTV"),
        ("AI Village Keynote", "Bruce Schneier", "AIV"),
        ("KubeGOAT", "Madhu Akula", "CV"),
    ]


def test_a_given_name_after_by_and_bold_typed_in_pieces_leave_the_title():
    """ "Title by Andrew", "Title: by Tim (role)" and "**Title by Jane (**[**Slides**](…)**)**":
    the title alone; the speaker's role and the slides' link beside the speaker."""
    text = "## ChatBot from Capital Bank by Andrew\n- a\n\n"
    text += "## CRDs aren't just for Addons: by Tim (Principal engineer at Google)\n- b\n\n"
    text += "### **Web Audio by Steve Kinney (**[**Talk Resources**](https://x.org/y)**)**\n\nc\n"
    talks = parse_notes(text, "k.md").talks
    assert [(t.title, t.speaker) for t in talks] == [
        ("ChatBot from Capital Bank", "Andrew"),
        ("CRDs aren't just for Addons", "Tim"),
        ("Web Audio", "Steve Kinney"),
    ]
    assert "Principal engineer at Google" in talks[1].extra
    assert "https://x.org/y" in talks[2].extra


def test_by_in_the_notes_language_in_any_case_names_people_after_a_quoted_title():
    """ "Title Par Jane Doe", "« Title » – par A, B et C.", "Lead-in : “Title” par Jane Doe": the
    title as a reader says it, every person after "par" the speakers."""
    text = "## Futurospective digitale : le futur ? Par Ludovic Cinquin\n\nx\n\n"
    text += "## « Collectif Mauvaises Herbes : notre démarche » – par Camille Moreau, Clémentine "
    text += "Plissonnier et Thaïs Arias.\n\ny\n\n"
    text += "## Parmi les keynotes, ma préférée :  “Comment construire le système d’alerte” "
    text += "par Gaël Musquet\n\nz\n"
    talks = parse_notes(text, "m.md").talks
    assert [(t.title, t.speaker) for t in talks] == [
        ("Futurospective digitale : le futur ?", "Ludovic Cinquin"),
        (
            "Collectif Mauvaises Herbes : notre démarche",
            "Camille Moreau, Clémentine Plissonnier et Thaïs Arias",
        ),
        ("Comment construire le système d’alerte", "Gaël Musquet"),
    ]
    assert "ma préférée" in talks[2].heading  # the heading as typed stays on the page


def test_headings_over_linked_titles_are_groups_and_closing_words_are_no_talk():
    """ "## Conférences" over "### [Title](video)" headings: the linked titles are the talks (a
    group with one of them too); "## En conclusion" after them is the writer's, not a talk; "à
    lire" inside a title is no to-do list."""
    video = "(https://youtu.be/{})"
    text = "## Université\n\n### [Théorie des catégories pour tous](https://youtu.be/a)\n\nNotes.\n\n"
    text += "## Conférences\n\n"
    titles = ["Dans les coulisses du cloud", "Comment j’ai aidé ma fille à lire avec le ML"]
    for n, title in enumerate(titles):
        text += f"### [{title}]{video.format(n)}\n\nUne très bonne conférence.\n\n"
    text += "## En conclusion\n\nLa conférence a beaucoup évolué.\n"
    talks = parse_notes(text, "d.md").talks
    assert talks[0].extra == "https://youtu.be/a"  # the title once, its address beside it
    titles = [t.title for t in talks]
    assert titles == [
        "Théorie des catégories pour tous",
        "Dans les coulisses du cloud",
        "Comment j’ai aidé ma fille à lire avec le ML",
    ]


def test_a_heading_with_an_introduction_over_named_talks_is_a_group():
    """ "## The day in the room", a few paragraphs, then "### “Title” par Jane Doe" talks: the
    paragraphs introduce the talks; "## Post MiXiT – les vidéos" over one more is no person's talk."""
    text = "## L’édition 2022 en live\n\nJ’ai voulu tenter une expérience.\n\nLes vidéos arrivent.\n\n"
    text += "Photos.\n\nAllez !\n\n### “Homo stimulus” par Nina LaPalice Cercy\n\na\n\n"
    text += "### “Meet NULL the UNKNOWN” par Lætitia Avrot\n\nb\n\n"
    text += "## Post MiXiT – les vidéos\n\nEn vidéo.\n\n"
    text += "### “Violence herméneutique” par Sara Dufour et Romeu Moura\n\nc\n"
    talks = parse_notes(text, "m.md").talks
    assert [(t.title, t.speaker) for t in talks] == [
        ("Homo stimulus", "Nina LaPalice Cercy"),
        ("Meet NULL the UNKNOWN", "Lætitia Avrot"),
        ("Violence herméneutique", "Sara Dufour et Romeu Moura"),
    ]


def test_a_talk_typed_a_level_down_among_a_talks_sections_is_the_next_talk():
    text = "## Futurospective Par Ludovic Cinquin\n\nx\n\n### World tech\n\na\n\n### Digital detox\n\nb\n\n"
    text += "### Slow.tech : il est urgent ! Par Frédéric Bordage\n\nc\n\n### Conclusion\n\nd\n\n"
    text += "## La quête du web Par Lê Nguyên Hoang\n\ne\n"
    talks = parse_notes(text, "b.md").talks
    assert [(t.title, t.speaker) for t in talks] == [
        ("Futurospective", "Ludovic Cinquin"),
        ("Slow.tech : il est urgent !", "Frédéric Bordage"),
        ("La quête du web", "Lê Nguyên Hoang"),
    ]
    assert any(getattr(b, "text", "") == "Conclusion" for b in talks[1].blocks)  # its sections follow it


def test_sessions_named_by_a_format_or_after_the_event_hold_their_talks():
    """ "## 24x7 talks", "## OR2014 - Afternoon sessions" over "### 24x7" (the session's name
    alone, as the file uses it) over "#### Title": the titles are the talks."""
    text = (
        "OR2014 - Day 1\n\n## Keynote\n\n* open access\n\n## 24x7 talks\n\n### Making FACT Local\n\n* a\n\n"
        "### Too many copies\n\n* b\n\n## OR2014 - Afternoon sessions\n\n### 24x7\n\n#### COAR\n\n* c\n\n"
        "#### National Identity Service\n\n* d\n\n## JISC: Building shared services\n\n* e\n"
    )
    assert [t.title for t in parse_notes(text, "or.md").talks] == [
        "Keynote",
        "Making FACT Local",
        "Too many copies",
        "COAR",
        "National Identity Service",
        "JISC: Building shared services",
    ]


def test_a_css_at_rule_in_a_sub_heading_is_no_handle_and_no_talk():
    text = (
        "## Smart Layout Patterns with Modern CSS by Jane Doe\n\n### @container queries\n\n* style query\n\n"
        "## How AI Ate My Website by Mark Stone\n\n* a\n"
    )
    notes = parse_notes(text, "s.md")
    assert [(t.title, t.speaker) for t in notes.talks] == [
        ("Smart Layout Patterns with Modern CSS", "Jane Doe"),
        ("How AI Ate My Website", "Mark Stone"),
    ]
    assert split_heading("@dshaw Observability at scale").speaker == "@dshaw"  # a handle before a title


def test_a_handle_after_the_name_after_by_is_not_the_speakers_name():
    text = "# 10:15 Atomist by Jessica Kerr @jessitron\n\n- a\n\n"
    text += "# 11:30am Betting on React Native by Ken Wheeler @ken_wheeler\n\n- b\n"
    talks = parse_notes(text, "p.md").talks
    assert [(t.time, t.title, t.speaker) for t in talks] == [
        ("10:15", "Atomist", "Jessica Kerr"),
        ("11:30am", "Betting on React Native", "Ken Wheeler"),
    ]


def test_a_kind_of_session_over_a_labelled_title_line_takes_its_title_from_the_line():
    """ "## Talk 1" over "__Topic__: Priorities - the art of saying no": the title; the line
    stays in the talk's text, and the heading as typed is kept for the page."""
    text = "# Day 1\n\n## Keynote-Speaker\n\n__Topic__: Building High-Performing Teams\n\n- a\n\n"
    text += "## Talk 1\n\n__Topic__: Priorities - the art of saying no\n\n- b\n\n"
    text += "## Evening Keynote\n\n**Title:** DevOps - like Riding a Bike?\n\n- c\n"
    talks = parse_notes(text, "d.md").talks
    assert [t.title for t in talks] == [
        "Building High-Performing Teams",
        "Priorities - the art of saying no",
        "DevOps - like Riding a Bike?",
    ]
    assert [t.heading for t in talks] == ["Keynote-Speaker", "Talk 1", "Evening Keynote"]
    assert "Topic" in talks[1].blocks[0].lines[0]  # every word typed stays on the page


def test_a_paragraph_on_top_is_no_title_and_a_company_between_name_and_colon_goes_beside():
    """A plain-text page: a paragraph of prose that mentions "the conference", then lines
    "Tim O'Reilly, O'Reilly Media: O'Reilly Radar" over bullets. The paragraph is the notes'
    introduction (no title, no talk); the company stands beside the speaker, not in the title."""
    text = "Most conferences I’ve been to have one keynote for the entire conference, maybe one "
    text += "keynote per day. This conference had a bunch of keynotes all in one big block.\n"
    text += "Tim O’Reilly, O’Reilly Media: O’Reilly Radar\n- Google figured out a thing.\n- More.\n"
    text += "John Maeda, Rhode Island School of Design: “Open Source Administration”\n- Simplicity.\n"
    notes = parse_notes(text, "w.txt")
    assert notes.title == ""
    assert [(t.title, t.speaker, t.extra) for t in notes.talks] == [
        ("O’Reilly Radar", "Tim O’Reilly", "O’Reilly Media"),
        ("Open Source Administration", "John Maeda", "Rhode Island School of Design"),
    ]
    before = [line for day in [notes, *notes.days] for b in day.preamble for line in getattr(b, "lines", [])]
    assert any(line.startswith("Most conferences") for line in before)  # kept, before the talks


def test_a_blog_post_pasted_as_plain_text_gives_its_short_lines_as_talks_and_days():
    """Short lines alone between paragraphs of prose are the titles ("(abstract; video)" may
    stand between); "Monday" starts a day; a caption over a title ("Pioneer Square") and the
    byline are no talks; "Ned Batchelder gave this great talk" names the speaker."""
    prose = "He ran through several examples of tricky problems that could come up, and how to fix them."
    text = "PyCon 2016 report\n\nBy Eric — 5 minute read\n\nI had the opportunity to spend last week "
    text += "in Portland for PyCon 2016. I'd like to share some of my thoughts.\n\nMonday\n\n"
    text += "Pioneer Square\n\nMachete-mode Debugging\n\n(abstract; video)\n\n"
    text += f"Ned Batchelder gave this great talk about using python's language features. {prose}\n\n"
    text += f"Refactoring Python\n\n(abstract; video)\n\n{prose}\n\n"
    text += "Security with object-capabilities\n\nI found this one a bit too abstract.\n"
    notes = parse_notes(text, "p.txt")
    assert notes.title == "PyCon 2016 report"
    assert [d.title for d in notes.days] == ["Monday"]
    assert [(t.title, t.speaker) for t in notes.talks] == [
        ("Machete-mode Debugging", "Ned Batchelder"),
        ("Refactoring Python", ""),
        ("Security with object-capabilities", ""),
    ]


def test_a_blog_post_with_its_titles_ending_in_a_colon():
    """Three or more short lines ending with a colon, each alone over its paragraph of prose:
    the titles (a longer one too); a single "Pros:" label over a paragraph is no talk."""
    prose = "It was mostly a lessons learned presentation, but I got quite a bit out of it in the end."
    text = "PyCon 2025 Friday - Keynote and Talks\n\nFriday brought the first keynote and many talks! "
    text += "Talks run concurrently in four rooms so you do not get to see everything.\n\n"
    text += "Here are some highlights.\n\n"
    text += f"Cory Doctorow Keynote:\n\nAbsolutely amazing. {prose}\n\n"
    text += f"Diving into the Deep End: A Python Journey in Water Management:\n\n{prose}\n\n"
    text += f"The PyArrow revolution in Pandas:\n\n{prose}\n"
    notes = parse_notes(text, "b.txt")
    assert notes.title == "PyCon 2025 Friday - Keynote and Talks"
    assert [(t.title, t.speaker) for t in notes.talks] == [
        ("Cory Doctorow Keynote", "Cory Doctorow"),
        ("Diving into the Deep End: A Python Journey in Water Management", ""),
        ("The PyArrow revolution in Pandas", ""),
    ]
    one = f"Notes\n\nIntro line here.\n\nPros:\n\n{prose}\n\nCons:\n\n{prose}\n"
    assert [t.title for t in parse_notes(one, "b.txt").talks] == ["Notes"]  # two labels: no talks


def test_plain_text_write_ups_name_first_speakers_and_lines_without_blank_lines():
    """ "Michael Bebenita - Low Level JavaScript" (the title shaped like a name too: the known
    given name speaks), "Brendan Eich (the creator of JavaScript) opened ..." under
    "Keynote"; and a write-up pasted without blank lines, "CJ Silverio - Title" over prose."""
    prose = "This talk was turtles all the way down and the demos were shiny, which I liked a lot."
    text = f"Keynote\n\nBrendan Eich (the creator of JavaScript) opened the conference. {prose}\n\n"
    text += f"Mary Rose Cook - A Programming Language for Children\n\n{prose}\n\n"
    text += f"Michael Bebenita - Low Level JavaScript\n\n{prose}\n"
    assert [(t.title, t.speaker) for t in parse_notes(text, "j.txt").talks] == [
        ("Keynote", "Brendan Eich"),
        ("A Programming Language for Children", "Mary Rose Cook"),
        ("Low Level JavaScript", "Michael Bebenita"),
    ]
    text = f"Remarkable Talks:\nCJ Silverio - The economics of open source\n{prose}\nGoals:\n- a\n- b\n"
    text += f"Kat Marchán - Tink: A Next Generation Package Manager\n{prose}\n"
    assert [(t.title, t.speaker) for t in parse_notes(text, "n.txt").talks] == [
        ("The economics of open source", "CJ Silverio"),
        ("Tink: A Next Generation Package Manager", "Kat Marchán"),
    ]


def test_two_parts_shaped_like_names_neither_known_give_no_speaker():
    text = "## C L Eye - Catching User Interfaces\n\nx\n\n## Going Serverless\n\ny\n"
    talks = parse_notes(text, "g.md").talks
    assert (talks[0].title, talks[0].speaker) == ("C L Eye - Catching User Interfaces", "")


def test_a_schedule_pasted_as_text_with_the_speaker_above_the_title():
    """ "9.30", "Chris Kelly", "String Theory", the abstract: the name line is the speaker (a
    name no list knows too, once the file shows the form); "9.15", "Welcome" with nothing
    under it is a slot, not a talk."""
    about = "Peer into the dark and mysterious world of Ruby internals, where a String is a web of flags."
    text = f"Day 1, June 19th\n\n9.15\n\nWelcome\n\n9.30\n\nChris Kelly\n\nString Theory\n\n{about}\n\n"
    text += "10.00\n\nBreak\n\n11.10\n\nYannick Schutz\n\n"
    text += f"Postgresql for the ruby/rails developer\n\n{about}\n"
    talks = parse_notes(text, "r.txt").talks
    assert [(t.time, t.title, t.speaker) for t in talks] == [
        ("9.30", "String Theory", "Chris Kelly"),
        ("11.10", "Postgresql for the ruby/rails developer", "Yannick Schutz"),
    ]


def test_a_labelled_speaker_in_parentheses_and_a_coffee_break_in_french():
    text = "## Tag 1\n\n### Vortrag: Datenpipelines mit Polars (Referentin: Anna Becker)\n\n- a\n\n"
    text += "### 15h30 – Pause café\n\n### Async im Alltag (Referent: Tobias Krüger)\n\n- b\n"
    talks = parse_notes(text, "d.md").talks
    assert [(t.title, t.speaker) for t in talks] == [
        ("Datenpipelines mit Polars", "Anna Becker"),
        ("Async im Alltag", "Tobias Krüger"),
    ]


def test_a_talk_with_its_own_speaker_keeps_its_parts_and_an_untitled_talk_shows_its_speaker():
    """ "Refactoring WP CLI" under "Unlock the WP REST API - Daniel Bachuber" is a part of that
    talk, not a talk of a group; "## - Nikolay Bachiyski" (no title typed) is a talk by him;
    an empty "## Opening notes" is no talk."""
    text = "# A day of rest\n\n## Opening notes\n\n## Intro to the REST API - Ryan McCue\n\nWhy?\n\n"
    text += "## Unlock the WP REST API at the command line - Daniel Bachuber\n\n"
    text += "### Migrations used to suck\n\nNo explanation needed.\n\n### Refactoring WP CLI\n\n"
    text += "## - Nikolay Bachiyski\n"
    talks = parse_notes(text, "r.md").talks
    assert [(t.title, t.speaker) for t in talks] == [
        ("Intro to the REST API", "Ryan McCue"),
        ("Unlock the WP REST API at the command line", "Daniel Bachuber"),
        ("Nikolay Bachiyski", "Nikolay Bachiyski"),
    ]


def test_a_date_with_its_place_under_the_title_is_the_day():
    text = "##CSSConf Asia 2014\n####19 Nov 2014 Amara Sanctury Resort, Singapore\n\n"
    text += "####Build Scalable CSS\n- floats\n\n------\n"
    text += "####Inside the Airbnb brand evolution\n\n1. Sane CSS\n"
    notes = parse_notes(text, "c.md")
    assert [d.title for d in notes.days] == ["19 Nov 2014 Amara Sanctury Resort, Singapore"]
    assert [t.title for t in notes.talks] == ["Build Scalable CSS", "Inside the Airbnb brand evolution"]


def test_a_summing_up_of_the_day_is_no_talk_but_a_history_of_python_is():
    text = "## Mercredi 20 avril\n\n"
    text += "### La révolution wasm - Philippe CHARRIERE et Laurent DOGUIN\n\nWasm.\n\n"
    text += "### History of Python\n\nGuido.\n\n### Bilan de la première journée\n\nOuf ! sacrée journée !\n"
    titles = [t.title for t in parse_notes(text, "f.md").talks]
    assert titles == ["La révolution wasm", "History of Python"]


def test_title_by_name_lines_alone_between_blank_lines_are_talks_but_photo_credits_are_not():
    text = "Key Takeaways from QCon London 2011\n\nIn this article, we present the take-aways.\n\n"
    text += "Photo by Kevin Lorenz\n\nContinuous Delivery by Jez Humble & Sam Newman\n\n"
    text += "Twitter feedback on this session included:\n\nthom: build metrics in\n\n"
    text += "Secrets of Agile Architecture by Dan North\n\nTwitter feedback on this session included:\n"
    talks = parse_notes(text, "q.txt").talks
    assert [(t.title, t.speaker) for t in talks] == [
        ("Continuous Delivery", "Jez Humble & Sam Newman"),
        ("Secrets of Agile Architecture", "Dan North"),
    ]


def test_days_glued_to_their_number_or_written_as_cjk_dates_in_the_talks_style():
    """Days underlined like the talks, between rules: "7月10日", "Day2", "Day 3"; a Japanese
    keynote names its speaker after the colon; a lone first bullet that is a known person's
    name is the speaker, shown once."""
    text = "=================\n EuroPython 2019\n=================\n\n"
    text += "7月10日\n=======\n\nキーノート: Lynn Cherny\n=======================\n* Project 1\n\n"
    text += "Lunch\n=====\n* 星2つだった\n\n"
    text += "Talk One\n========\n* notes\n\n-----\n\nDay2\n====\n\n"
    text += "Python 1994\n===========\n* Paul Everitt\n* https://ep2019.europython.eu/talks/\n\n"
    text += "-----\n\nDay 3\n=====\n\nClosing\n=======\n* 明日はSprintだよ\n"
    notes = parse_notes(text, "e.txt")
    assert notes.title == "EuroPython 2019"
    assert [d.title for d in notes.days] == ["7月10日", "Day2", "Day 3"]
    assert [[(t.title, t.speaker) for t in d.talks] for d in notes.days] == [
        [("キーノート: Lynn Cherny", "Lynn Cherny"), ("Talk One", "")],
        [("Python 1994", "Paul Everitt")],
        [("Closing", "")],
    ]
    assert notes.days[1].talks[0].blocks[0].lines == ["https://ep2019.europython.eu/talks/"]
    # "Lunch" among the talks, in their style, is the first day's, not the notes' introduction
    assert notes.preamble == []
    assert [getattr(b, "text", "") for b in notes.days[0].preamble][:1] == ["Lunch"]


def test_a_day_word_glued_to_its_number_and_cjk_dates_read_as_days_other_words_not():
    assert day_likeness("Day2") == day_likeness("Day 2") == 1.0
    assert day_likeness("2019年7月10日(水)") == 1.0 and day_likeness("7월 10일") == 1.0
    assert day_likeness("木曜日") == day_likeness("星期四") == day_likeness("목요일") == 1.0  # weekdays
    assert day_likeness("Python3") == 0.0 and day_likeness("Deploy2") == 0.0


def test_blog_metadata_without_fences_is_metadata_but_a_talks_own_lines_stay():
    """Pelican and MultiMarkdown write their metadata as "Key: value" lines on top, no fences:
    the title and tags are used, the rest is not shown (not "Image: TODO" as a follow-up);
    "Title:" over "Speaker: Jane Doe" are the notes' own lines and stay."""
    text = "Title: EuroPython 2017, part 2\nDate: 2017-07-14 20:17:00\nSlug: europython2017-part2\n"
    text += "Location: Rimini, Italy\nTags: python, europython\nImage: TODO\nStatus: draft\n\n"
    text += "## Day three, Wednesday\n\n## 09:00-10:00 If Ethics is not None\n\n"
    text += "Katharine Jarmul\n\n- thoughts\n"
    notes = parse_notes(text, "e.md")
    assert notes.title == "EuroPython 2017, part 2"
    assert notes.tags == ["python", "europython"]
    assert notes.preamble == [] and [d.title for d in notes.days] == ["Day three, Wednesday"]
    assert [(t.title, t.speaker) for t in notes.talks] == [("If Ethics is not None", "Katharine Jarmul")]
    pages = "\n".join(render_pages(notes, PageOptions()).values())
    assert "Slug" not in pages and "Rimini" not in pages and "check::" not in pages
    kept = parse_notes("Title: My notes\nSpeaker: Jane Doe\n\n- a bullet\n", "n.txt")
    assert "Speaker\\: Jane Doe" in "\n".join(render_pages(kept, PageOptions()).values())


def test_a_person_in_parentheses_with_what_they_stand_for_and_a_handle_after_the_heading():
    """ "Keynote (Dan Callahan - PyPI) @callahad": the person speaks; beside them on the page
    what they stand for and the handle. A company in parentheses is no speaker."""
    text = "---\ntitle: PyCon 2018\n---\n#### Welcoming\n\n- captions\n\n"
    text += "#### Keynote (Dan Callahan - PyPI) @callahad\n\nIBM was a bad computer.\n\n"
    text += "#### Building X (Jane Doe, Acme)\n\n- x\n\n#### Design Driven Prompts (Amazon Q)\n\n- y\n"
    talks = parse_notes(text, "p.md").talks
    assert [(t.title, t.speaker, t.extra) for t in talks] == [
        ("Welcoming", "", ""),
        ("Keynote", "Dan Callahan", "PyPI · @callahad"),
        ("Building X", "Jane Doe", "Acme"),
        ("Design Driven Prompts (Amazon Q)", "", ""),
    ]
    parts = split_heading("Title - Jane Doe @jane")
    assert (parts.title, parts.speaker, parts.extra) == ("Title", "Jane Doe", "@jane")


def test_a_room_after_the_title_stands_beside_it_and_a_handle_line_confirms_the_speaker():
    """ "Title - Ballroom 4", "Title (Room 101)": the room is where the talk was, shown beside
    the speaker; "*@ktheory*" under "Title - Aaron Suggs" is the speaker's handle, not
    another speaker."""
    text = "# Day 1: April 22\n\n## Rack::Attack: Protect your app! - Aaron Suggs\n\n*@ktheory*\n\n"
    text += "* Blocking & throttling middleware\n\n## Mutation Testing with Mutant - Ballroom 4\n\n"
    text += "## Keynote: Farrah Bostic\n\n## Sessions that matter - Jane Doe (Room 101)\n\n- a\n"
    talks = parse_notes(text, "day_1.md").talks
    assert [(t.title, t.speaker, t.extra) for t in talks] == [
        ("Rack::Attack: Protect your app!", "Aaron Suggs", ""),
        ("Mutation Testing with Mutant", "", "Ballroom 4"),
        ("Keynote: Farrah Bostic", "Farrah Bostic", ""),
        ("Sessions that matter", "Jane Doe", "Room 101"),
    ]
    assert talks[0].blocks[0].lines == ["*@ktheory*"]  # the handle stays on the page
    assert split_heading("Hall of Fame").title == "Hall of Fame"


def test_a_sub_heading_by_a_linked_handle_names_the_speaker_and_stays_on_the_page():
    text = "## So You Want to Start Refactoring?\n\n### by [@j3foley](https://twitter.com/j3foley)\n\n"
    text += "In this talk, Jillian Foley talks about refactoring.\n\n"
    text += "## Implementing a Visual CSS Testing Framework\n\n### by [@jessicard](https://twitter.com/jessicard)\n\n"
    text += "Jessica talks about visual testing.\n"
    notes = parse_notes(text, "r.md")
    assert [(t.title, t.speaker) for t in notes.talks] == [
        ("So You Want to Start Refactoring?", "@j3foley"),
        ("Implementing a Visual CSS Testing Framework", "@jessicard"),
    ]
    page = render_pages(notes, PageOptions())[f"{notes.days[0].slug}/{notes.talks[0].slug}.rst"]
    assert "https://twitter.com/j3foley" in page  # the heading's link is not lost


def test_a_presenter_line_with_links_names_the_speaker_under_a_group_of_keynotes():
    """ "## Keynotes - part 1" over "###" talks is a group; "Presenter: [Peter Soetens](...),
    CEO at [Acme](...)" names the person whose link comes first."""
    text = "---\ntitle: RSE Day 2025\n---\n\n## General\n\n- Date: 4/12/2025\n\n## Keynotes - part 1\n\n"
    text += "### From FAIR to Good Practice\n\nPresenter: Neil Chue Hong (Director, SSI)\n\n"
    text += "A lot changed.\n\n"
    text += "### The Impact of Open Source Robotics\n\n"
    text += "Presenter: [Peter Soetens](https://example.org/ps), CEO at [Acme](https://acme.example)\n\n"
    text += "- Robots.\n\n## Parallel Track 1 - Workflow\n\nChair: Johan Philips\n\n"
    text += "### Research software made EESSI\n\nPresenters: Kenneth Hoste, Lara Peeters.\n"
    talks = parse_notes(text, "rse.md").talks
    assert [(t.title, t.speaker) for t in talks] == [
        ("From FAIR to Good Practice", "Neil Chue Hong"),
        ("The Impact of Open Source Robotics", "Peter Soetens"),
        ("Research software made EESSI", "Kenneth Hoste, Lara Peeters"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Acreditación y Desayuno",
        "Registration and Breakfast",
        "Breakfast & Networking",
        "Frühstück",
        "Check-in",
        "Happy hour at the venue",
        "Conference party",
        "Networking reception",
    ],
)
def test_breaks_in_other_languages_and_two_joined_are_breaks(text):
    assert is_break(text) and is_break(f"08:00 - 09:00 | {text}")


def test_a_title_that_starts_with_a_break_word_is_no_break():
    assert not is_break("Break the monolith") and not is_break("Party at the End of the World: a talk")


def test_a_session_that_only_sounds_like_food_is_a_talk():
    assert not is_break("Lunch and Learn") and not is_break("Break the monolith")


def test_a_wiki_or_org_link_in_a_heading_gives_its_words_to_the_title_and_the_speaker():
    """Obsidian's "— [[Priyanka Sharma]]" and "[[people/Jane Doe|Jane Doe]]" name the speaker;
    org's "[[https://…][Org]] tricks" is the title "Org tricks", its address beside it (it was
    "[https://orgmode.org] tricks")."""
    parts = split_heading("Keynote: The Future of Cloud Native — [[Priyanka Sharma]]")
    assert (parts.title, parts.speaker) == ("Keynote: The Future of Cloud Native", "Priyanka Sharma")
    parts = split_heading("The Future - [[people/Jane Doe|Jane Doe]]")
    assert (parts.title, parts.speaker) == ("The Future", "Jane Doe")
    parts = split_heading("[[https://orgmode.org][Org]] tricks - Jane Doe")
    assert (parts.title, parts.speaker, parts.extra) == ("Org tricks", "Jane Doe", "https://orgmode.org")
    assert split_heading("Notes on [[Kubernetes]]").title == "Notes on Kubernetes"


def test_an_outliners_headings_written_as_bullets_are_headings():
    """Logseq writes every line as a bullet, headings too ("- ## Day 1", "\\t- ### Talk"):
    when the notes have no other headings, two or more such bullets are the headings."""
    text = "- # KubeCon EU 2024\n- ## Day 1\n\t- ### Keynote: Cloud Native - Priyanka Sharma\n"
    text += "\t\t- CNCF turns 10\n\t\t- TODO look at [[Backstage]]\n\t- ### eBPF for all - Liz Rice\n"
    text += "\t\t- bpftrace\n- ## Day 2\n\t- ### Platform engineering - Jane Doe\n\t\t- golden paths\n"
    notes = parse_notes(text, "logseq.md")
    assert notes.title == "KubeCon EU 2024"
    assert [[(t.title, t.speaker) for t in d.talks] for d in notes.days] == [
        [("Keynote: Cloud Native", "Priyanka Sharma"), ("eBPF for all", "Liz Rice")],
        [("Platform engineering", "Jane Doe")],
    ]
    assert notes.talks[0].blocks[1].followup == "open"
    # one such bullet among plain ones is a bullet: "- # of attendees: 500"
    lone = parse_notes("## Talk\n- # of attendees: 500\n- b\n", "n.md")
    assert [t.title for t in lone.talks] == ["Talk"] and lone.talks[0].blocks[0].lines == [
        "# of attendees: 500"
    ]


@pytest.mark.parametrize(
    "day", ["День 1", "Второй день", "12 марта", "Вторник", "Dzień 1", "Gün 2", "Día uno", "Jour deux"]
)
def test_days_in_russian_polish_turkish_and_with_number_words(day):
    text = f"# {day}\n\n## Talk A\n- a\n\n## Talk B\n- b\n\n# Day 9\n\n## Talk C\n- c\n"
    notes = parse_notes(text, "d.md")
    assert [d.title for d in notes.days] == [day, "Day 9"]
    assert day_likeness("Среда разработки") < 0.5 and day_likeness("Tor") == 0.0


def test_talk_and_speaker_label_pairs_without_headings_and_a_talk_label_alone():
    """ "Talk: Title" over "Speaker: Jane Doe", paragraph after paragraph: the label stands
    beside the title, and "Talk: Closing" with no speaker line is a talk too."""
    text = "PyData Berlin 2024\n\nTalk: Building data apps with Streamlit\nSpeaker: Jane Doe\n- caching\n\n"
    text += "Talk: Polars in production\nSpeaker: Bob Roe\n- lazy frames\n\nTalk: Closing\n- thanks\n"
    talks = parse_notes(text, "p.txt").talks
    assert [(t.title, t.speaker, t.extra) for t in talks] == [
        ("Building data apps with Streamlit", "Jane Doe", "Talk"),
        ("Polars in production", "Bob Roe", "Talk"),
        ("Closing", "", "Talk"),
    ]
    assert talks[1].blocks[-1].lines == ["lazy frames"]  # not "Talk: Closing"


@pytest.mark.parametrize(
    ("heading", "title", "speaker"),
    [
        ("14h00 - Les microservices, par Jean Dupont", "Les microservices", "Jean Dupont"),
        ("Rust for Pythonistas w/ Ana García", "Rust for Pythonistas", "Ana García"),
        ("Rust for Pythonistas // Ana García", "Rust for Pythonistas", "Ana García"),
        ("Rust for Pythonistas, Ana García (Mozilla)", "Rust for Pythonistas", "Ana García (Mozilla)"),
        ("Fun w/ Flags", "Fun w/ Flags", ""),
        ("Async I/O - Jane Doe", "Async I/O", "Jane Doe"),
        # a labelled speaker after the dash; "by" in the notes' language inside parentheses;
        # a slash between the title and the person (not inside a title's words)
        ("Rust im Kernel – Referent: Miguel Ojeda", "Rust im Kernel", "Miguel Ojeda"),
        ("Nix für Einsteiger | Sprecherin: Anna Schmidt", "Nix für Einsteiger", "Anna Schmidt"),
        ("Tipi in Python (di Mario Rossi)", "Tipi in Python", "Mario Rossi"),
        ("Les migrations (par Sophie Martin)", "Les migrations", "Sophie Martin"),
        ("Scaling Postgres / Jane Smith", "Scaling Postgres", "Jane Smith"),
        ("CI / CD in practice", "CI / CD in practice", ""),
        ("Read / Write Splitting", "Read / Write Splitting", ""),
        ("Talk (door prize)", "Talk (door prize)", ""),
    ],
)
def test_more_ways_of_writing_who_speaks(heading, title, speaker):
    parts = split_heading(heading)
    assert (parts.title, parts.speaker) == (title, speaker)


def test_the_event_and_its_town_above_the_days_is_the_title_not_a_talk_by_the_town():
    """ "# FrOSCon 2024 — Sankt Augustin" over "## Samstag, 17. August": the dash seems to
    name a person, but a heading holding the days that names the event and its year is the
    notes' title."""
    text = (
        "# FrOSCon 2024 — Sankt Augustin\n\n## Samstag, 17. August\n\n"
        "### Vortrag: Rust im Kernel (Miguel Ojeda)\n- Treiber\n\n"
        "### PostgreSQL 17 – was ist neu? — Andreas Scherbaum\n- Backups\n\n"
        "## Sonntag, 18. August\n\n### Keynote von Lennart Poettering\n- systemd\n"
    )
    notes = parse_notes(text, "froscon.md")
    assert notes.title == "FrOSCon 2024 — Sankt Augustin"
    assert [(d.title, [(t.title, t.speaker) for t in d.talks]) for d in notes.days] == [
        (
            "Samstag, 17. August",
            [("Rust im Kernel", "Miguel Ojeda"), ("PostgreSQL 17 – was ist neu?", "Andreas Scherbaum")],
        ),
        ("Sonntag, 18. August", [("Keynote", "Lennart Poettering")]),
    ]


def test_a_one_star_follow_up_among_hash_headings_is_a_bullet_of_the_talk_above_it():
    """ "* CHECK prism parser" among "* " bullets under "## Day 1" is a Markdown bullet (a
    follow-up of the talk it stands in), not an org task heading that ends the talk's part
    and hides the talks after it."""
    text = (
        "# RubyConf 2023 San Diego\n\n## Day 1\n\nOpening keynote - Yukihiro Matsumoto\n"
        "* Ruby 3.3 YJIT\n* CHECK prism parser\n\nHotwire beyond the basics - Jane Doe\n* turbo streams\n\n"
        "## Day 2\n\nSorbet at scale - Bob Smith\n* type signatures\n"
    )
    notes = parse_notes(text, "rubyconf.txt")
    assert [(d.title, [(t.title, t.speaker) for t in d.talks]) for d in notes.days] == [
        ("Day 1", [("Opening keynote", "Yukihiro Matsumoto"), ("Hotwire beyond the basics", "Jane Doe")]),
        ("Day 2", [("Sorbet at scale", "Bob Smith")]),
    ]
    keynote = notes.talks[0]
    assert [(b.lines, b.followup) for b in keynote.blocks] == [
        (["Ruby 3.3 YJIT"], ""),
        (["CHECK prism parser"], "open"),
    ]


def test_day_lines_alone_above_the_talk_headings_are_the_days():
    """ "Day 1" alone on its line (no heading marks) right above "## Clean architecture
    revisited": where a day starts, over the talks' headings. One such line is text."""
    text = (
        "Conference: NDC Oslo 2024\n\nDay 1\n\n## Clean architecture revisited\nby Robert Martin\n"
        "- boundaries\n\n## Blazor in 2024\nby Steve Sanderson\n- render modes\n\nDay 2\n\n"
        "## .NET Aspire\nby David Fowler\n- orchestration\n"
    )
    notes = parse_notes(text, "ndc.md")
    assert [(d.title, [(t.title, t.speaker) for t in d.talks]) for d in notes.days] == [
        ("Day 1", [("Clean architecture revisited", "Robert Martin"), ("Blazor in 2024", "Steve Sanderson")]),
        ("Day 2", [(".NET Aspire", "David Fowler")]),
    ]
    one = parse_notes("Monday\n\n## Talk A\n- a\n\n## Talk B\n- b\n", "one.md")
    assert [t.title for t in one.talks] == ["Talk A", "Talk B"] and one.days[0].implicit


def test_title_lines_over_speaker_labels_are_talks_even_when_a_title_looks_like_a_name():
    """A title line over "Speaker: Nora Jones" and the talk's bullets, under "=== Day 1 ==="
    headings: each paragraph is a talk, "Scaling Postgres" too (two capitalised words, as a
    name is written: the label under it says which line names the speaker), and a day's one
    such paragraph."""
    text = (
        "=== Day 1 ===\n\nBuilding resilient systems\nSpeaker: Nora Jones\n- chaos engineering\n\n"
        "Scaling Postgres\nSpeaker: Craig Kerstiens\n- partitioning\n\n=== Day 2 ===\n\n"
        "WebAssembly on the server\nSpeaker: Lin Clark\n- components\n"
    )
    notes = parse_notes(text, "notes.txt")
    assert [(d.title, [(t.title, t.speaker) for t in d.talks]) for d in notes.days] == [
        ("Day 1", [("Building resilient systems", "Nora Jones"), ("Scaling Postgres", "Craig Kerstiens")]),
        ("Day 2", [("WebAssembly on the server", "Lin Clark")]),
    ]


def test_the_event_and_its_place_on_the_first_two_lines_give_the_title_and_keep_the_place():
    """ "ReactConf 2024" over "Henderson, NV" at the top of plain notes: the first line is the
    title, the place stays under it as typed; a first paragraph that says more is no title."""
    text = (
        "ReactConf 2024\nHenderson, NV\n\nMay 15\n\n* React 19 overview (Andrew Clark)\n  - actions\n"
        "* React Compiler (Lauren Tan)\n  - memoization\n\nMay 16\n\n"
        "* React Native new arch (Riccardo Cipolleschi)\n  - bridgeless\n"
    )
    notes = parse_notes(text, "react.txt")
    assert notes.title == "ReactConf 2024"
    assert [b.lines for b in notes.preamble] == [["Henderson, NV"]]
    assert [(d.title, [t.speaker for t in d.talks]) for d in notes.days] == [
        ("May 15", ["Andrew Clark", "Lauren Tan"]),
        ("May 16", ["Riccardo Cipolleschi"]),
    ]
    prose = parse_notes(text.replace("Henderson, NV", "We drove in from Vegas."), "react.txt")
    assert prose.title == "" and prose.preamble[0].lines[0] == "ReactConf 2024"


def test_capitalised_titles_over_by_lines_in_a_plain_outline_are_talks():
    """ "STOP WRITING DEAD PROGRAMS" over "by Jack Rusher" and indented notes, days in capitals
    at the margin: the title in capitals reads like a name in capitals, but the line under it
    says who speaks."""
    text = (
        "STRANGELOOP 2022 NOTES\n\nTHURSDAY\n\nTHE ECONOMICS OF PROGRAMMING LANGUAGES\nby Evan Czaplicki\n"
        "  - funding\n\nSTOP WRITING DEAD PROGRAMS\nby Jack Rusher\n  - live programming\n\n"
        "FRIDAY\n\nDESIGNING DATA SYSTEMS\nby Martin Kleppmann\n  - local-first\n"
    )
    notes = parse_notes(text, "notes.txt")
    assert notes.title == "STRANGELOOP 2022 NOTES"
    assert [(d.title, [(t.title, t.speaker) for t in d.talks]) for d in notes.days] == [
        (
            "THURSDAY",
            [
                ("THE ECONOMICS OF PROGRAMMING LANGUAGES", "Evan Czaplicki"),
                ("STOP WRITING DEAD PROGRAMS", "Jack Rusher"),
            ],
        ),
        ("FRIDAY", [("DESIGNING DATA SYSTEMS", "Martin Kleppmann")]),
    ]


def test_one_name_after_a_kind_of_session_is_the_speaker_where_the_others_end_with_names():
    """ "## Keynote — Matz" among "## YJIT internals — Maxime Chevalier-Boisvert": the file
    ends its headings with their speakers' names, so the one word after the kind is a name;
    the same for talk lines; without that evidence the word stays the keynote's title."""
    text = (
        "# RubyKaigi 2024\n\n### Day 1\n\n## Keynote — Matz\n- Ruby 3.4\n\n"
        "## YJIT internals — Maxime Chevalier-Boisvert\n- LBBV\n\n### Day 2\n\n"
        "## Ractor in production — Koichi Sasada\n- parallelism\n"
    )
    notes = parse_notes(text, "kaigi.md")
    assert [(t.title, t.speaker) for t in notes.talks] == [
        ("Keynote", "Matz"),
        ("YJIT internals", "Maxime Chevalier-Boisvert"),
        ("Ractor in production", "Koichi Sasada"),
    ]
    lines = "\n".join(
        [
            "# RubyConf 2023\n\n## Day 1\n\nOpening keynote - Matz\n* YJIT\n",
            "Hotwire beyond the basics - Jane Doe\n* turbo streams\n",
            "## Day 2\n\nSorbet at scale - Bob Smith\n* signatures\n",
        ]
    )
    first = parse_notes(lines, "rubyconf.txt").talks[0]
    assert (first.title, first.speaker) == ("Opening keynote", "Matz")
    alone = parse_notes("# Conf\n\n## Keynote — Observability\n- a\n\n## Tracing\n- b\n", "c.md")
    assert (alone.talks[0].title, alone.talks[0].speaker) == ("Observability", "")


def test_days_between_rules_and_kinds_of_session_in_chinese_japanese_and_korean():
    """ "---- Day 1 ----": the day is named by its words, not its rules; "演讲：Title — 张伟"
    (a speech), "基調講演：Title（山田太郎）" (a keynote), "발표: Title — 김하늘": the kind of
    session before the full-width or plain colon is shown beside the speaker, not in the title."""
    ruled = parse_notes(
        "---- Day 1 ----\n\nKeynote: The state of Postgres (Bruce Momjian)\n  * v17\n\n"
        "Partitioning strategies (Jane Doe)\n  * range\n\n---- Day 2 ----\n\n"
        "Logical replication (Bob Ray)\n  * slots\n",
        "pg.txt",
    )
    assert [(d.title, d.slug, len(d.talks)) for d in ruled.days] == [
        ("Day 1", "day-1", 2),
        ("Day 2", "day-2", 1),
    ]
    for heading, title, speaker, kind in [
        ("演讲：Python 性能优化 — 张伟", "Python 性能优化", "张伟", "演讲"),
        ("基調講演：Pythonの未来（山田太郎）", "Pythonの未来", "山田太郎", "基調講演"),
        ("발표: 데이터 파이프라인 — 김하늘", "데이터 파이프라인", "김하늘", "발표"),
    ]:
        parts = split_heading(heading)
        assert (parts.title, parts.speaker, parts.extra) == (title, speaker, kind)


def test_a_colon_ending_a_talk_heading_and_a_number_with_a_dash_before_it_are_no_title_words():
    """ "### Polaris edition:" is the talk "Polaris edition"; "### 01 — Evolutionary
    architecture — Neal Ford" among numbered talks: the number is the list's."""
    colons = parse_notes(
        "# EmberConf 2024\n\n## Day one\n\n### Polaris edition:\n- reactivity\n\n"
        "### Template tag components:\n- gjs\n",
        "ember.md",
    )
    assert [(t.title, t.heading) for t in colons.talks] == [
        ("Polaris edition", "Polaris edition:"),
        ("Template tag components", "Template tag components:"),
    ]
    numbered = parse_notes(
        "# CraftConf 2024\n\n### 01 — Evolutionary architecture — Neal Ford\n- fitness\n\n"
        "### 02 — Team cognitive load — Manuel Pais\n- APIs\n\n"
        "### 03 — Observability engineering — Charity Majors\n- cardinality\n",
        "craft.md",
    )
    assert [(t.title, t.speaker) for t in numbered.talks] == [
        ("Evolutionary architecture", "Neal Ford"),
        ("Team cognitive load", "Manuel Pais"),
        ("Observability engineering", "Charity Majors"),
    ]


def test_a_talk_typed_at_the_days_level_between_talks_is_a_talk_not_a_day():
    """ "## Structured logging — Bob Ray" between "### Title — Jane Doe" talks of "## Day 1":
    it names its speaker as the talks do, so it is that day's talk typed a level up, not a day."""
    text = (
        "# GopherCon EU 2024\n\n## Day 1\n\n### Go generics in practice — Jane Doe\n- constraints\n\n"
        "## Structured logging — Bob Ray\n- slog\n\n### Profiling Go — Ann Lee\n- pprof\n\n"
        "## Day 2\n\n### Go and WebAssembly — Carl Kim\n- wasip1\n"
    )
    notes = parse_notes(text, "gophercon.md")
    assert [(d.title, [(t.title, t.speaker) for t in d.talks]) for d in notes.days] == [
        (
            "Day 1",
            [
                ("Go generics in practice", "Jane Doe"),
                ("Structured logging", "Bob Ray"),
                ("Profiling Go", "Ann Lee"),
            ],
        ),
        ("Day 2", [("Go and WebAssembly", "Carl Kim")]),
    ]


def test_two_talk_bullets_after_a_remark_at_the_margin_are_the_day_s_talks():
    """ "day 1" underlined, a remark at the margin ("opening by the organizers"), then two
    "* Title - Jane Doe" bullets, each with a line and bullets indented under it: the two
    talks; the remark stays the day's text."""
    text = (
        "JSConf EU 2019 Berlin\n\nday 1\n-----\n\nopening by the organizers, lots of thanks\n\n"
        "* A Cartoon Intro to WebAssembly - Lin Clark\n   wasm is fast because...\n   - no parse step\n\n"
        "* The Rise of Edge Computing - Jane Doe\n   cdn workers\n   - cold starts\n\n"
        "day 2\n-----\n\n* Node streams - Bob Ray\n   - backpressure\n"
    )
    notes = parse_notes(text, "jsconf.txt")
    assert [(d.title, [(t.title, t.speaker) for t in d.talks]) for d in notes.days] == [
        (
            "day 1",
            [("A Cartoon Intro to WebAssembly", "Lin Clark"), ("The Rise of Edge Computing", "Jane Doe")],
        ),
        ("day 2", [("Node streams", "Bob Ray")]),
    ]
    assert [b.lines for b in notes.days[0].preamble] == [["opening by the organizers, lots of thanks"]]


def test_a_speaker_from_a_company_and_a_panel_s_list_of_people_under_the_heading():
    """ "Jane Doe from TigerBeetle" under a talk's heading names its speaker (a name the lists
    know, then where from); "with Bob Ray, Ann Lee and Carl Kim" under a panel names all three."""
    text = (
        "# RustNation UK 2024\n\n## Building a database in Rust\nJane Doe from TigerBeetle\n- simulation\n\n"
        "## Panel: Rust in industry\nwith Bob Ray, Ann Lee and Carl Kim\n- hiring\n\n"
        "## Embassy: async on microcontrollers (Dario Nieuwenhuis)\n- no heap\n"
    )
    notes = parse_notes(text, "rustnation.md")
    assert [t.speaker for t in notes.talks] == [
        "Jane Doe",
        "Bob Ray, Ann Lee and Carl Kim",
        "Dario Nieuwenhuis",
    ]
    # a line that only mentions a company is no speaker
    other = parse_notes(text.replace("Jane Doe from TigerBeetle", "Someone from TigerBeetle said so"), "r.md")
    assert other.talks[0].speaker == ""


def test_a_workshop_s_numbered_parts_with_their_names_are_its_sections():
    """ "### Workshop: Ansible for beginners" over "#### Part 1 — inventories" and "#### Part
    2 — playbooks": one workshop and its parts, not two talks named by their parts."""
    text = (
        "# DevConf.CZ 2024\n\n## Friday\n\n### Morning sessions\n\n#### Fedora 40 — Jane Doe\n- atomic\n\n"
        "#### Podman 5 — Bob Ray\n- quadlets\n\n## Saturday\n\n### Workshop: Ansible for beginners\n\n"
        "#### Part 1 — inventories\n- hosts\n\n#### Part 2 — playbooks\n- tasks\n"
    )
    notes = parse_notes(text, "devconf.md")
    assert [(d.title, [t.title for t in d.talks]) for d in notes.days] == [
        ("Friday", ["Fedora 40", "Podman 5"]),
        ("Saturday", ["Ansible for beginners"]),
    ]
    workshop = notes.talks[-1]
    assert [b.text for b in workshop.blocks if isinstance(b, Subheading)] == [
        "Part 1 — inventories",
        "Part 2 — playbooks",
    ]


def test_a_title_boxed_in_hashes_and_quoted_titles_behind_the_file_s_talk_symbol():
    """ "# NDC Security 2024     #" between rules of hashes: the title inside the box; "###
    🎤 "Swift 6 concurrency" with Holly Borla" on every talk: the symbol and the quotes are
    no words of the title (the heading as typed is quoted on the talk's page)."""
    boxed = parse_notes(
        "#########################\n# NDC Security 2024     #\n#########################\n\n"
        "DAY 1\n\n[09:00] Keynote: Zero trust - Troy Hunt\n  * passkeys\n\n[10:20] OAuth 2.1 - Jane Doe\n"
        "  * PKCE\n\nDAY 2\n\n[09:00] Threat modelling - Bob Ray\n  * STRIDE\n",
        "ndc.txt",
    )
    assert boxed.title == "NDC Security 2024"
    assert [len(d.talks) for d in boxed.days] == [2, 1]
    marked = parse_notes(
        '# SwiftLeeds 2024\n\n## Day 1\n\n### 🎤 "Swift 6 concurrency" with Holly Borla\n- strict\n\n'
        '### 🎤 "SwiftUI performance" with Jane Doe\n- identity\n',
        "swift.md",
    )
    assert [(t.title, t.speaker) for t in marked.talks] == [
        ("Swift 6 concurrency", "Holly Borla"),
        ("SwiftUI performance", "Jane Doe"),
    ]
    assert marked.talks[0].heading.startswith("🎤")


def test_days_written_as_bold_lines_among_talk_headings():
    """ "**Day 1 — Monday**" alone between blank lines, over "###" talks: a day in bold (the
    talks all went to one day). One bold line that reads as a day is text."""
    text = "# DevConf 2024\n\n**Day 1 — Monday**\n\n### Opening keynote - Jane Doe\n- a\n\n"
    text += "### Testing in prod - Bob Roe\n- b\n\n**Day 2 — Tuesday**\n\n"
    text += "### Closing keynote - Ann Lee\n- c\n"
    notes = parse_notes(text, "d.md")
    assert notes.title == "DevConf 2024"
    assert [(d.title, len(d.talks)) for d in notes.days] == [("Day 1 — Monday", 2), ("Day 2 — Tuesday", 1)]
    one = parse_notes("## Talk A\n\n**Monday**\n\n- a\n\n## Talk B\n- b\n", "o.md")
    assert [t.title for t in one.talks] == ["Talk A", "Talk B"] and one.days[0].implicit


def test_a_line_alone_before_the_first_day_line_of_an_outline_is_its_title_not_a_talk():
    """ "STRANGE LOOP 2023 - ST. LOUIS" alone at the top, then "Thursday" and timed talks with
    their notes indented under them: the first line names the notes (a dash and capitals
    make it look like "Title - Speaker"; a talk's title has its notes under it)."""
    text = (
        "STRANGE LOOP 2023 - ST. LOUIS\n\nThursday\n\n09:00  Opening keynote (Kelsey Hightower)\n"
        "  * software is people\n\n10:30  Programming as theory building (Ann Chen)\n  * Naur\n\n"
        "Friday\n\n09:00  Local-first software (Martin Kleppmann)\n  * CRDTs\n\n11:00  Lunch\n\n"
        "13:00  Why types? (Sam Brown)\n  * gradual typing\n"
    )
    notes = parse_notes(text, "strangeloop.txt")
    assert notes.title == "STRANGE LOOP 2023 - ST. LOUIS"
    assert [(d.title, [(t.title, t.speaker) for t in d.talks]) for d in notes.days] == [
        (
            "Thursday",
            [("Opening keynote", "Kelsey Hightower"), ("Programming as theory building", "Ann Chen")],
        ),
        ("Friday", [("Local-first software", "Martin Kleppmann"), ("Why types?", "Sam Brown")]),
    ]


def test_days_at_the_margin_over_tab_indented_talk_bullets_with_their_notes_deeper():
    """ "Jour 1" at the margin, then "\t- Keynote d'ouverture — Sophie Bernard" over
    "\t\t- notes": the days, and the talks a level in (bullets, not plain lines)."""
    text = (
        "DevFest Nantes 2024\n\nJour 1\n\n\t- Keynote d’ouverture — Sophie Bernard\n\t\t- IA\n"
        "\t\t- CHECK les slides\n\t- Kotlin côté serveur — Luc Moreau\n\t\t- Ktor\n\n"
        "Jour 2\n\n\t- Web Components — Emma Leroy\n\t\t- Lit\n"
    )
    notes = parse_notes(text, "devfest.txt")
    assert notes.title == "DevFest Nantes 2024"
    assert [(d.title, [(t.title, t.speaker) for t in d.talks]) for d in notes.days] == [
        ("Jour 1", [("Keynote d’ouverture", "Sophie Bernard"), ("Kotlin côté serveur", "Luc Moreau")]),
        ("Jour 2", [("Web Components", "Emma Leroy")]),
    ]
    assert [b.followup for b in notes.talks[0].blocks] == ["", "open"]


def test_a_plain_outline_with_the_days_at_the_margin_and_the_talks_a_level_in():
    text = "DevConf 2024\n\nMonday\n\n  Opening keynote (Jane Doe)\n    - a\n  Testing in prod (Bob Roe)\n"
    text += "    - b\n\nTuesday\n\n  Closing keynote (Ann Lee)\n    - c\n"
    notes = parse_notes(text, "o.txt")
    assert notes.title == "DevConf 2024"
    assert [[(t.title, t.speaker) for t in d.talks] for d in notes.days] == [
        [("Opening keynote", "Jane Doe"), ("Testing in prod", "Bob Roe")],
        [("Closing keynote", "Ann Lee")],
    ]
    assert [d.title for d in notes.days] == ["Monday", "Tuesday"]


@pytest.mark.parametrize(
    "days", [("2019-06-01", "2019-06-02"), ("Saturday, June 1", "Sunday, June 2"), ("Day 1", "Day 2")]
)
def test_a_date_alone_at_the_margin_over_titles_with_indented_notes_starts_a_day(days):
    """Plain notes, no heading marks: a talk is a line with its notes indented under it; a
    date (or "Day 2") alone on its line, nothing indented under it, is where a day starts."""
    text = (
        f"JSConf EU 2019 notes\n\n{days[0]}\n\nWEBASSEMBLY BEYOND THE BROWSER - Lin Clark\n"
        "  * WASI: system interface\n  CHECK wasmtime\n\nTHE STATE OF CSS - Una Kravets\n"
        f"  * container queries\n\n{days[1]}\n\nMODERN BUNDLING - Sean Larkin\n  * module federation\n"
    )
    notes = parse_notes(text, "jsconf.txt")
    assert notes.title == "JSConf EU 2019 notes"
    assert [(d.title, [(t.title, t.speaker) for t in d.talks]) for d in notes.days] == [
        (days[0], [("WEBASSEMBLY BEYOND THE BROWSER", "Lin Clark"), ("THE STATE OF CSS", "Una Kravets")]),
        (days[1], [("MODERN BUNDLING", "Sean Larkin")]),
    ]
    # a line at the margin that is no date, with nothing indented under it, stays a talk
    notes = parse_notes(text.replace(days[1], "Afternoon chat"), "jsconf.txt")
    assert [t.title for t in notes.talks][-2:] == ["Afternoon chat", "MODERN BUNDLING"]


def test_with_the_talks_level_said_a_heading_above_it_over_talks_is_their_group_not_a_section():
    text = (
        "# FOSDEM 2024\n\n## Saturday\n\n### Python devroom\n\n#### Packaging in 2024 — Pradyun Gedam\n"
        "- pip\n\n#### Free-threaded CPython — Sam Gross\n- nogil\n\n### Rust devroom\n\n"
        "#### Async Rust in embedded — Dario Nieuwenhuis\n- embassy\n\n## Sunday\n\n### Main track\n\n"
        "#### Open source sustainability — Jane Doe\n- funding\n"
    )
    guessed = parse_notes(text, "fosdem.md")
    said = parse_notes("notes-structure: days=##, talks=####\n\n" + text, "fosdem.md")
    for notes in (guessed, said):
        assert [[t.title for t in d.talks] for d in notes.days] == [
            ["Packaging in 2024", "Free-threaded CPython", "Async Rust in embedded"],
            ["Open source sustainability"],
        ]
        # "### Rust devroom" starts a group: it is no part of the talk before it
        assert not any(getattr(b, "text", "") == "Rust devroom" for t in notes.talks for b in t.blocks)
        assert notes.structure.roles.count("group") == 3
    # the reading said is the one guessed: no close runner-up to warn of
    assert not [w for w in guessed.warnings if "two readings" in w.message]


@pytest.mark.parametrize(
    ("heading", "title", "speaker", "extra"),
    [
        ("[Talk] Building X - Jane Doe", "Building X", "Jane Doe", "Talk"),
        ("Building X (Jane Doe) [slides]", "Building X", "Jane Doe", "slides"),
        (
            "Panel: the future of Python (Jane Doe, Bob Roe)",
            "Panel: the future of Python",
            "Jane Doe, Bob Roe",
            "",
        ),
        ("[keynote](http://x.org/k)", "keynote", "", "http://x.org/k"),  # a link, not a tag
    ],
)
def test_tags_around_a_title_and_people_in_parentheses(heading, title, speaker, extra):
    parts = split_heading(heading)
    assert (parts.title, parts.speaker, parts.extra) == (title, speaker, extra)


def test_a_log_of_times_on_one_date_gives_talks_and_hash_lines_of_a_rst_file_are_text():
    text = (
        "Sat Apr 13 09:10:02 CEST 2024\n=============================\n\nFirst talk, on queues.\n\n"
        "# my own aside, not a heading\n\nSummary\n~~~~~~~\n\n* try it\n\n"
        "Sat Apr 13 10:45:40 CEST 2024\n=============================\n\nNow at the packaging talk.\n\n"
        "Sat Apr 13 14:02:13 CEST 2024\n-----------------------------\n\nTyped a level down.\n"
    )
    notes = parse_notes(text, "2024-04-13.rst")
    assert [(d.implicit, [t.title for t in d.talks]) for d in notes.days] == [
        (
            True,
            [
                "Sat Apr 13 09:10:02 CEST 2024",
                "Sat Apr 13 10:45:40 CEST 2024",
                "Sat Apr 13 14:02:13 CEST 2024",
            ],
        )
    ]
    first = notes.days[0].talks[0]
    assert "# my own aside, not a heading" in "\n".join(first_lines(first.blocks, 10))
    # the same notes named .md: "# ..." is a Markdown heading there, not a line of text
    markdown = parse_notes(text, "2024-04-13.md")
    shown = [line for d in markdown.days for t in d.talks for line in first_lines(t.blocks, 10)]
    assert "my own aside, not a heading" in shown and "# my own aside, not a heading" not in shown


def test_an_end_marker_stays_at_the_end_of_the_talk_it_ends():
    text = "### Project Updates\n### Karen Walsh\n\n- etcd\n\n### End Project Update\n\n### Storage\n- ceph\n"
    pages = render_pages(parse_notes(text, "keynotes.md"), PageOptions())
    updates = next(page for name, page in pages.items() if name.endswith("project-updates.rst"))
    assert updates.index("etcd") < updates.index("End Project Update")
    assert not any(
        "End Project Update" in page for name, page in pages.items() if name.endswith("storage.rst")
    )


@pytest.mark.parametrize(
    "text, person",
    [
        ("Lachlan Evenson", True),  # a heading that is a person's name: the talk's speaker
        ("Mateusz Nowak", True),
        ("Niamh Walsh", True),
        ("Thibault Girard", True),
        ("Deep Learning", False),  # a word some country gives as a name, before no surname
        ("Go Modules", False),
    ],
)
def test_given_names_of_many_countries_before_a_surname_tell_a_person(text, person):
    notes = parse_notes(
        f"## Opening Talk\n\n- a\n\n## Closing Talk\n\n- c\n\n## {text}\n\n- what they said\n"
    )
    assert (notes.talks[2].speaker == text) is person


def test_jekyll_and_octopress_code_blocks_are_code_and_their_comments_are_no_headings():
    text = (
        "## Talk A\n\n- x\n\n{% highlight python %}\n# not a heading\nx = 1\n{% endhighlight %}\n\n"
        "## Talk B\n- y\n"
    )
    notes = parse_notes(text, "post.md")
    assert [t.title for t in notes.talks] == ["Talk A", "Talk B"]
    code = notes.talks[0].blocks[1]
    assert (code.language, code.lines) == ("python", ["# not a heading", "x = 1"])
    octopress = (
        "## Talk A\n\n{% codeblock lang:ruby %}\n# a comment\nputs 1\n{% endcodeblock %}\n\n## Talk B\n- y\n"
    )
    notes = parse_notes(octopress, "post.md")
    assert [t.title for t in notes.talks] == ["Talk A", "Talk B"]
    assert (notes.talks[0].blocks[0].language, notes.talks[0].blocks[0].lines) == (
        "ruby",
        ["# a comment", "puts 1"],
    )


def test_a_break_among_talk_lines_stays_on_its_day_and_org_tags_are_tags():
    text = (
        "Thursday 23 May\n---------------\n\nOpening keynote - Guido Rossi\n  * history\n\n"
        "Typing in practice - Anna Bianchi\n  * protocols\n\nLunch\n\n"
        "Friday 24 May\n-------------\n\nAsync all the way - Marco Verdi\n  * trio\n"
    )
    notes = parse_notes(text, "pycon.txt")
    assert [(d.title, [t.title for t in d.talks]) for d in notes.days] == [
        ("Thursday 23 May", ["Opening keynote", "Typing in practice"]),
        ("Friday 24 May", ["Async all the way"]),
    ]
    pages = render_pages(notes, PageOptions())
    assert [name for name, page in pages.items() if "Lunch" in page] == ["thursday-23-may/index.rst"]
    org = "* Day 1\n** Python for everyone   :keynote:python:\n   Speaker: Lea Meyer\n   - inclusion\n"
    talk = parse_notes(org, "ep.org").talks[0]
    assert (talk.title, talk.speaker, talk.tags) == (
        "Python for everyone",
        "Lea Meyer",
        ["keynote", "python"],
    )


def test_a_given_name_of_another_country_settles_which_of_two_name_shaped_parts_speaks():
    text = (
        "## Day 1\n\n### 09:30 Opening keynote — Jane Doe\n- a\n\n"
        "### 09:00 Embedded Rust — Priya Natarajan\n- b\n"
    )
    assert [(t.title, t.speaker) for t in parse_notes(text, "rust.md").talks] == [
        ("Opening keynote", "Jane Doe"),
        ("Embedded Rust", "Priya Natarajan"),
    ]


def test_numbered_bold_titles_by_their_speakers_and_date_lines_over_bullets_at_the_margin():
    bold = (
        "# JSNation 2024\n\n## Day 1\n\n1. **The Future of React** by Dan Abramov\n   - server components\n"
        "2. **Signals everywhere** by Misko Hevery\n   - resumability\n\n"
        "## Day 2\n\n1. **Testing at scale** by Kent Dodds\n   - the testing trophy\n"
    )
    assert outline(bold) == (
        "JSNation 2024",
        [
            ("Day 1", [("The Future of React", "Dan Abramov"), ("Signals everywhere", "Misko Hevery")]),
            ("Day 2", [("Testing at scale", "Kent Dodds")]),
        ],
    )
    comma = (
        "Day 1\n-----\n\n- **Opening keynote**, Chris Grams\n- **OSPOs explained**, Bo Ray\n  - licenses\n\n"
        "Day 2\n-----\n\n- **Closing keynote**, Cy Sa\n"
    )
    assert outline(comma)[1] == [
        ("Day 1", [("Opening keynote", "Chris Grams"), ("OSPOs explained", "Bo Ray")]),
        ("Day 2", [("Closing keynote", "Cy Sa")]),
    ]
    dated = (
        "Devoxx Belgium 2023\n\n2023-10-02\n- Keynote: Java 21 is here (Brian Goetz)\n    - virtual threads\n"
        "- Spring Boot 3.2 (Josh Long)\n    - native images\n\n"
        "2023-10-03\n- Kotlin coroutines in depth (Roman Elizarov)\n    - TODO read the KEEP\n"
    )
    assert outline(dated) == (
        "Devoxx Belgium 2023",
        [
            ("2023-10-02", [("Keynote: Java 21 is here", "Brian Goetz"), ("Spring Boot 3.2", "Josh Long")]),
            ("2023-10-03", [("Kotlin coroutines in depth", "Roman Elizarov")]),
        ],
    )


def test_breaks_behind_pictographs_or_bold_times_and_speakers_in_parentheses_across_days():
    emoji = (
        "# PyCon\n\n## 🗓️ Day 2 — Saturday\n\n### 🎤 Lightning talks\n- 5 min each\n\n### 🍕 Lunch\n\n"
        "### 🎤 Rust for Pythonistas — Lena Fischer\n- pyo3\n"
    )
    assert outline(emoji)[1] == [
        # the symbol every talk heading starts with marks the talks: no word of their titles
        ("🗓️ Day 2 — Saturday", [("Lightning talks", ""), ("Rust for Pythonistas", "Lena Fischer")])
    ]
    one = parse_notes(emoji.replace("### 🎤 Rust", "### Rust"), "p.md")
    assert [t.title for t in one.talks] == ["🎤 Lightning talks", "Rust for Pythonistas"]  # one: kept
    bold = (
        "# DevOpsDays Amsterdam 2024\n\n**09:30** Opening keynote – Patrick Debois\n- history\n\n"
        "**10:15** Platform engineering done right – Anna Kowalska\n- golden paths\n\n"
        "**11:00** Coffee break\n\n**11:30** Incident reviews that work – Ben Cole\n- blameless\n"
    )
    assert [t for _, talks in outline(bold)[1] for t in talks] == [
        ("Opening keynote", "Patrick Debois"),
        ("Platform engineering done right", "Anna Kowalska"),
        ("Incident reviews that work", "Ben Cole"),
    ]
    plain = (
        "NDC Oslo notes\n==============\n\nWednesday\n---------\n\n"
        "09:00 Keynote: The future of .NET (Scott Hanselman)\n"
        "  - AOT\n\n10:20 Modular monoliths (Kamil Grzybek)\n  - boundaries\n\n"
        "Thursday\n--------\n\n09:00 Event sourcing pitfalls (Oskar Dudycz)\n  - versioning\n"
    )
    assert [t[1] for _, talks in outline(plain)[1] for t in talks] == [
        "Scott Hanselman",
        "Kamil Grzybek",
        "Oskar Dudycz",
    ]


def test_notes_typed_in_an_outliner_give_the_title_days_and_talks_of_its_levels():
    text = (
        "- Strange Loop 2023\n\t- Day 1\n\t\t- Opening keynote - Kelsey Hightower\n\t\t\t- no code is best\n"
        "\t\t- Making Hard Things Easy - Julia Evans\n\t\t\t- TODO read her zines\n"
        "\t- Day 2\n\t\t- Playing with Engineering - Anna Thomas\n\t\t\t- play\n"
    )
    notes = parse_notes(text, "loop.md")
    assert outline(text) == (
        "Strange Loop 2023",
        [
            ("Day 1", [("Opening keynote", "Kelsey Hightower"), ("Making Hard Things Easy", "Julia Evans")]),
            ("Day 2", [("Playing with Engineering", "Anna Thomas")]),
        ],
    )
    assert notes.talks[1].blocks[0].followup == "open"
    no_days = (
        "- PyCon 2024\n\t- Opening keynote - Jane Doe\n\t\t- inclusion\n"
        "\t- typing deep dive - Bob Smith\n\t\t- protocols\n"
    )
    assert outline(no_days) == (
        "PyCon 2024",
        [(None, [("Opening keynote", "Jane Doe"), ("typing deep dive", "Bob Smith")])],
    )
    # bullets with details under them and no speakers: one talk's notes, not talks
    points = "- point one\n\t- detail\n- point two\n\t- detail\n"
    assert len(parse_notes(points, "mine.md").talks) == 1


def test_the_one_day_of_talks_that_each_name_it_with_a_time_is_named_so():
    text = "# Notes\n\n## Day 1 - 0945 - Keynote\n- a\n\n## Day 1 - 1045 - Django and htmx\n- b\n"
    notes = parse_notes(text, "day1.md")
    assert [(d.title, d.implicit, [t.title for t in d.talks]) for d in notes.days] == [
        ("Day 1", True, ["Keynote", "Django and htmx"])
    ]
    plain = "# Notes\n\n## Opening keynote\n- a\n\n## Django and htmx\n- b\n"
    assert [d.title for d in parse_notes(plain, "day1.md").days] == ["Talks"]


def test_a_heading_that_names_the_conference_over_all_others_under_a_front_matter_title():
    text = (
        "---\ntitle: My notes from Graphfest 2031\n---\n\n# Graphfest 2031 - Lisbon\n\nA good week.\n\n"
        "## Keynote: Graphs everywhere\n\n### Maria Costa (CEO, Nodeworks)\n\n* scale\n\n"
        "## Modelling a supply chain\n\n### Peter Lund (Engineer, Shipit)\n\n* edges\n\n"
        "## Query planning in practice\n\n### Anna Berg (Data Scientist, Nodeworks)\n\n* cardinality\n"
    )
    notes = parse_notes(text, "graphfest.md")
    assert notes.title == "My notes from Graphfest 2031"
    assert [(t.title, t.speaker) for t in notes.talks] == [
        ("Keynote: Graphs everywhere", "Maria Costa"),
        ("Modelling a supply chain", "Peter Lund"),
        ("Query planning in practice", "Anna Berg"),
    ]
    # the heading's words are still on the home page, under the title
    assert any(getattr(b, "text", "") == "Graphfest 2031 - Lisbon" for b in notes.preamble)


def test_sessions_of_a_day_named_before_the_day_are_days():
    text = (
        "# Talks, Day 1\n\n## Feedback loops - Kevin Amorin\n- a\n\n"
        "## Immutable servers - Dave Josephson\n- b\n\n"
        "# Breakout Sessions, Day 1\n\n## Windows tooling\n- c\n\n"
        "# Talks, Day 2\n\n## Chatops - Andrew Kenney\n- d\n"
    )
    assert [d for d, _ in outline(text)[1]] == ["Talks, Day 1", "Breakout Sessions, Day 1", "Talks, Day 2"]
    # a conference's name before its day stays its title
    assert outline("# OSCON EU - Day 2\n\n## A talk - Jane Doe\n- a\n\n## B talk - Bob Smith\n- b\n")[0] == (
        "OSCON EU - Day 2"
    )


def test_a_speaker_typed_as_one_word_after_the_title_is_the_speaker():
    text = (
        "## Feedback loops - KevinAmorin\n- a\n\n"
        "## [Metrics everywhere - DaveJosephson](https://example.org/#t7)\n- b\n"
    )
    assert [t[1] for _, talks in outline(text)[1] for t in talks] == ["KevinAmorin", "DaveJosephson"]
    # a brand in capitals inside one word, alone on the line under a talk, is no speaker
    assert outline("## DevSecOps - lessons learnt\n\nStarBucks\n\n- a\n\n## Next\n- b\n")[1][0][1][0][1] == ""


def test_a_sub_heading_that_is_only_a_person_is_the_speaker_not_a_talk():
    text = (
        "## Cutting Build Times at Northwind Traders\n\n"
        "### Laura Jensen (Principal Engineer, Northwind Traders)\n\n* caches\n\n"
        "## From Zero To Search: Indexing\n\n### Mark Olsen (Data Scientist, Findit)\n\n* shards\n"
    )
    assert [t for _, talks in outline(text)[1] for t in talks] == [
        ("Cutting Build Times at Northwind Traders", "Laura Jensen"),
        ("From Zero To Search: Indexing", "Mark Olsen"),
    ]


def test_words_that_only_look_like_a_name_are_no_speaker():
    # "Panel: Two Words" names no person the lists know; "Graph Hack" named again below is no person
    text = (
        "## Panel: Visualizing Graphs\n- a\n\n"
        "## Graph Hack\n\nWe joined Graph Hack, a hackathon.\n\n## Tests\n- b\n"
    )
    assert [t[1] for _, talks in outline(text)[1] for t in talks] == ["", "", ""]
    # "Adrian Cockcroft's" (presentation) opens a sentence: whose talk, not a name line
    possessive = "## Faster and safer\n\n[Adrian Cockcroft's](https://x.org/a)\npresentation covered it.\n\n"
    possessive += "## Next\n- b\n"
    assert outline(possessive)[1][0][1][0] == ("Faster and safer", "")


def test_heading_attributes_are_the_anchor_not_words_of_the_heading():
    text = (
        "## Day 1: Friday, 20 October 2006 {#day-1}\n\n### Opening talk {.keynote}\n- a\n\n"
        "## Day 2: Saturday, 21 October 2006 {: #day-2}\n\n### Templates {#if} and loops\n- b\n"
    )
    notes = parse_notes(text, "conf.md")
    assert [(d.title, [t.title for t in d.talks]) for d in notes.days] == [
        ("Day 1: Friday, 20 October 2006", ["Opening talk"]),
        ("Day 2: Saturday, 21 October 2006", ["Templates {#if} and loops"]),
    ]
    assert notes.talks[0].heading == "Opening talk {.keynote}"  # the talk's page quotes it as typed


def test_a_subtitle_whose_first_and_last_words_are_no_name_is_no_speaker():
    # "Andes" is a surname of the lists, but a name opens with a given name or ends with a surname
    assert split_heading("Accelerating AI Models - Andes Matrix Multiplication").speaker == ""
    assert split_heading("Accelerating AI Models - Priya Natarajan").speaker == "Priya Natarajan"
    # of two parts shaped like names, one of them initials, neither is the speaker
    assert split_heading("C L Eye - Catching User Interfaces").speaker == ""


def test_a_kind_of_session_after_a_linked_title_is_no_word_of_the_title():
    text = (
        "## 1. [What do you really do?](https://example.org/t1) keynote by [Cam Barrie](https://example.org/c)\n"
        "- a\n\n"
        "## 2. [Extreme makeover](https://example.org/t2) by [Andre Arko](https://example.org/a)\n- b\n\n"
        "## 3. [Rack](https://example.org/t3) by [Nishant Modak](https://example.org/n)\n- c\n"
    )
    assert outline(text)[1][0][1] == [
        ("What do you really do?", "Cam Barrie"),
        ("Extreme makeover", "Andre Arko"),
        ("Rack", "Nishant Modak"),
    ]


def test_a_restructuredtext_link_reference_heading_is_titled_by_its_words():
    text = (
        "Notes\n=====\n\nWednesday\n---------\n\n"
        "`Step 1: Punch a Tree`_\n~~~~~~~~~~~~~~~~~~~~~~~\n\nGreat.\n\n"
        "`Choose Open Infrastructure <https://example.org/61296>`__\n"
        "~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\nBy Chris Aedo\n\nGood.\n\n"
        ".. _Step 1\\: Punch a Tree: https://example.org/59367\n"
    )
    notes = parse_notes(text, "oscon.rst")
    assert [(t.title, t.speaker) for t in notes.talks] == [
        ("Step 1: Punch a Tree", ""),
        ("Choose Open Infrastructure", "Chris Aedo"),
    ]
    assert notes.talks[0].heading == "`Step 1: Punch a Tree`_"  # quoted as typed on its page


def test_a_day_named_after_the_event_marks_where_the_day_starts():
    text = (
        "## Workshop: Level up your testing with Paul Hudson\n- a\n\n## Fjord Day 1\n\nThe venue.\n\n"
        "## Ben Stone: From small to big teams\n- b\n\n## Alaina Kafkes: Long live the comment\n- c\n\n"
        "## Fjord Day 2\n\n## Vidit Rao: Action centered design\n- d\n"
    )
    days = outline(text)[1]
    assert [d for d, _ in days] == [None, "Fjord Day 1", "Fjord Day 2"]
    assert days[0][1] == [("Level up your testing", "Paul Hudson")]  # the host after "with"
    # "Keynote Day 2" is the keynote of a day; the event's day over all the notes is their title
    assert [d for d, _ in outline("## Keynote Day 2\n- a\n\n## Other talk - Jane Doe\n- b\n")[1]] == [None]
    assert outline("# Genomics Day 1\n\n## A talk - Jane Doe\n- a\n\n## B talk - Bob Smith\n- b\n")[0] == (
        "Genomics Day 1"
    )
    # a tool after "with" is no host
    assert split_heading("Building images with Spring Boot Maven Plugin").speaker == ""


def test_an_account_among_the_people_after_a_title_is_theirs():
    parts = split_heading("The smart glasses revolution, Alain Regnier, @altolabs, GDG Paris")
    assert (parts.title, parts.speaker.partition(",")[0]) == ("The smart glasses revolution", "Alain Regnier")


def test_a_nickname_in_quotes_inside_a_name_is_part_of_the_person():
    parts = split_heading(
        "Blockchain e PHP — Criando uma Moeda — [Gabriel “Bob” Couto](https://example.org/g)"
    )
    assert (parts.title, parts.speaker) == ("Blockchain e PHP — Criando uma Moeda", "Gabriel “Bob” Couto")
    assert split_heading('Ship it "Now" Today').speaker == ""  # quotes in a title are no nickname


def test_end_of_the_day_after_the_talks_is_no_talk_and_its_words_stay():
    text = (
        "Backends for Neutron\n----\n*Mark Lee and Kyle Moss*\n\nFlexible.\n\n"
        "Troubleshooting Networks\n----\n*Phil Hopkins*\n\nTools.\n\n"
        "End of day 1\n----\n\nThese talks all took place on Monday!\n"
    )
    notes = parse_notes(text, "summit.md")
    assert [t.title for t in notes.talks] == ["Backends for Neutron", "Troubleshooting Networks"]
    day_words = [getattr(b, "text", "") for b in notes.days[0].preamble]
    assert "End of day 1" in day_words and "These talks all took place on Monday!" in day_words


def test_talks_linked_to_their_slides_under_a_heading_of_the_day_are_its_talks():
    text = (
        "## はじめに\n\n参加レポートです。\n\n## 前夜祭\n\nLT にも参加してきました。\n\n"
        "## 当日\n\n参加したものでいくつかピックアップします。\n\n"
        ":::message\n別記事にセッションをまとめています\n:::\n\n"
        "### [コードとの距離を保つ](https://example.org/a)\n\n良かった。\n\n"
        "### [二つの配列の話](https://example.org/b)\n\n面白い。\n\n"
        "### [Symfonyの魅力と活用法](https://example.org/c)\n\n理解したい。\n\n## まとめ\n\n満足。\n"
    )
    notes = parse_notes(text, "phpcon.md")
    assert [t.title for t in notes.talks] == [
        "コードとの距離を保つ",
        "二つの配列の話",
        "Symfonyの魅力と活用法",
    ]
    # ":::" closing an admonition under a line of text underlines nothing: the line is text
    assert not any(w.subtype == "heading" for w in notes.warnings)


def test_template_tags_inline_html_and_character_references_in_a_heading_show_their_words():
    text = (
        "DAY 1\n=====\n\n"
        'Opening Keynote {{< span class="u-small" >}}&ndash; Yehuda Kay, Tom Dale{{< /span >}}\n--------\n\n'
        "  + momentum\n\n"
        "Service Workers <small>&ndash; John Klein</small>\n--------\n\n  + offline\n\n"
        "The 3<sup>rd</sup> age of SRE\n--------\n\n  + toil\n"
    )
    notes = parse_notes(text, "ember.md")
    assert [(t.title, t.speaker) for t in notes.talks] == [
        ("Opening Keynote", "Yehuda Kay, Tom Dale"),
        ("Service Workers", "John Klein"),
        ("The 3rd age of SRE", ""),
    ]
    assert notes.talks[0].heading.startswith("Opening Keynote {{< span")  # its page quotes it as typed
    # a type's angle brackets are no HTML tag
    assert (
        parse_notes("Using Vector<int> well\n-----\n\n- a\n", "x.md").talks[0].title
        == "Using Vector<int> well"
    )
    # a logo in the linked title shows no words: the title is the link's words
    logo = '# [<img src="logo.png" width="25px"> Lakeside JS](https://example.org)\n\n'
    logo += "## Day 1\n\n### Talk - Jane Doe\n"
    assert parse_notes(logo, "x.md").title == "[Lakeside JS](https://example.org)"
    # a logo alone on the first line names the conference by its alt text; the line stays as text
    logo = '<img src="intro.svg" alt="Lakeside JS 2024" width="300">\n\n- Date: 31st May\n\n'
    logo += "## General remarks\n\n- great food\n\n## Talks\n\n"
    logo += "### Hello grids by Jane Doe\n\n- a\n\n### Type systems by Mark Stone\n\n- b\n"
    notes = parse_notes(logo, "x.md")
    assert notes.title == "Lakeside JS 2024"
    assert notes.preamble[0].lines == ['<img src="intro.svg" alt="Lakeside JS 2024" width="300">']


def test_a_first_heading_whose_table_of_contents_opens_with_itself_is_the_title():
    text = (
        "# Coding\n\n- [Coding](#coding)\n- [1. JS like it's 2018](#1-js-like-its-2018)\n"
        "- [2. Mobile SDKs](#2-mobile-sdks)\n\n"
        "# 1. JS like it's 2018\n\n## Intro\n- a\n\n# 2. Mobile SDKs\n\n## Brief\n- b\n\n"
        "# 3. Open code\n\n- c\n"
    )
    notes = parse_notes(text, "coding.md")
    assert notes.title == "Coding"
    assert [t.title for t in notes.talks] == ["JS like it's 2018", "Mobile SDKs", "Open code"]
    # a "Contents" heading over the links stays no title
    contents = text.replace("# Coding\n\n- [Coding](#coding)\n", "# Contents\n\n")
    assert parse_notes(contents, "coding.md").title == ""


def test_pronouns_and_words_of_a_notes_part_are_no_name():
    forms = (False, False, True)  # the file names its speakers after the titles
    assert split_heading("ZeroTurnaround - Install It Maybe", *forms).speaker == ""
    assert split_heading("DevOps For Dinosaurs - Niek Bartholomeus", *forms).speaker == "Niek Bartholomeus"
    text = (
        "# Notes\n\nRaw notes.\n\n## Best giveaway\n\nA book.\n\n## General Links\n\n* http://vimeo.com/a\n\n"
        "## Talks\n\n### For Dinosaurs - Niek Bart\n- a\n\n### Adding Metrics - Deri Jones\n- b\n"
    )
    assert [(t.title, t.speaker) for t in parse_notes(text, "dod.md").talks] == [
        ("For Dinosaurs", "Niek Bart"),
        ("Adding Metrics", "Deri Jones"),
    ]


def test_talk_headings_that_end_with_their_time_and_day_give_the_days():
    text = (
        "# Notes from PySummit\n\n## Python performance, a retrospective\n\n"
        "- Ken Jin, core developer. 9:30 am, Day 1\n\n"
        "## L7. Lightning Talks. – 1:30 pm, Day 1\n\n- a\n\n"
        "## Python Beats: Live Coding Music. Paula Amazona. 2:30 pm, Day 1\n\n- b\n\n"
        "## Beyond P values (DABEST). Mai Lin – Duke-NUS. 9:15 am, Day 2\n\n- c\n\n"
        "## Lunch and Networking. – 12 pm, Day 2\n\n"
        "## L6. Testing GenAI Applications. Adrian Cole – Elastic. 10:30 am, Day 2\n\n- d\n"
    )
    notes = parse_notes(text, "summit.md")
    assert [(d.title, d.implicit, [(t.title, t.speaker, t.time) for t in d.talks]) for d in notes.days] == [
        (
            "Day 1",
            False,
            [
                ("Python performance, a retrospective", "Ken Jin", ""),
                ("Lightning Talks", "", "1:30 pm"),
                ("Python Beats: Live Coding Music", "Paula Amazona", "2:30 pm"),
            ],
        ),
        (
            "Day 2",
            False,
            [
                ("Beyond P values (DABEST)", "Mai Lin", "9:15 am"),
                ("Testing GenAI Applications", "Adrian Cole", "10:30 am"),
            ],
        ),
    ]
    # one heading ending with a time and a day says nothing of the others
    one = "## Keynote\n- a\n\n## Closing thoughts. 5 pm, Day 2\n- b\n"
    assert [d.title for d in parse_notes(one, "x.md").days] == ["Talks"]


def test_numbered_talk_labels_a_from_line_and_an_account_line_under_a_talk():
    text = (
        "# React day notes\n\n## Keynote:\n\nFrom Max Stone @mxstone\n\nHistory of css-in-js.\n\n"
        "## Talk 1: Themability is the path to dark mode\n@brocco\nColors always change\n\n"
        "## Talk 2 (Proto)Typing innovation at the BBC\n\n- labs\n\n## Talk 3 - Modern forms\n\n- inputs\n\n"
        "# Talk 4: Pair programming\n\n- breaks\n\n## Talk 5: Faster page loads\n\n- lighthouse\n"
    )
    assert [t for _, talks in outline(text)[1] for t in talks] == [
        ("Keynote", "Max Stone"),  # (the colon ends the heading, as typed on its page)
        ("Themability is the path to dark mode", "@brocco"),
        ("(Proto)Typing innovation at the BBC", ""),
        ("Modern forms", ""),
        ("Pair programming", ""),  # typed a level up among the numbered talks: one of them
        ("Faster page loads", ""),
    ]


def test_numbered_rounds_under_a_session_are_its_parts_not_talks():
    text = (
        "## Mentoring session\n\n### Session 1\n* start\n\n### Session 2\n* more\n\n"
        "## Keynote\n* theme\n\n### Talk 1: Don't Stop Believin' – Bryan Liles\n* history\n\n"
        "### Talk 2: Metrics and Traces - Tom Wilkie\n* pillars\n"
    )
    assert [t for _, talks in outline(text)[1] for t in talks] == [
        ("Mentoring session", ""),
        ("Don't Stop Believin'", "Bryan Liles"),
        ("Metrics and Traces", "Tom Wilkie"),
    ]


def test_bylines_and_addresses_typed_as_headings_under_a_talk_and_days_typed_a_level_up():
    text = (
        "# Thoughts from a conference\n\n### Day 1\n\n"
        "### Talk 1: The Responsive Hangover (1:00pm)\n##### Matthew Carver, Weber Agency\n"
        "##### Slides: http://rwd.example.com\n\n* toolkit\n\n"
        "### Talk 2: jQuery Mobile\n##### Steve Bodnar\n\n* data attributes\n\n### http://conf.example.com/\n\n"
        "## Day 2\n\n### Talk 3: Javascript & Performance (1:00pm, Open Spaces)\n\n* heap snapshots\n\n"
        "### Talk 4: Enterprise JS Apps (2:30pm)\n"
        "##### [Arthur Kay, Sencha Labs](http://example.com/ak)\n\n* leaks\n"
    )
    notes = parse_notes(text, "that.md")
    assert [(d.title, [(t.title, t.speaker, t.time) for t in d.talks]) for d in notes.days] == [
        (
            "Day 1",
            [("The Responsive Hangover", "Matthew Carver", "1:00pm"), ("jQuery Mobile", "Steve Bodnar", "")],
        ),
        (
            "Day 2",
            [("Javascript & Performance", "", "1:00pm"), ("Enterprise JS Apps", "Arthur Kay", "2:30pm")],
        ),
    ]


def test_a_numbered_keynote_label_goes_beside_a_plain_one_stays():
    assert split_heading("Keynote 1: Back to the Future! by Beng Liew").title == "Back to the Future!"
    assert split_heading("Keynote: Building X").title == "Keynote: Building X"


def test_a_video_named_speaker_title_and_event_gives_the_title_without_the_event():
    parts = split_heading(
        '[Justin Crane - "WHAT IS THIS MESS?" - Writing tests - PyCon 2018](https://x.org/v)'
    )
    assert (parts.title, parts.speaker) == ('"WHAT IS THIS MESS?" - Writing tests', "Justin Crane")
    parts = split_heading("[Jake VanderPlas - Performance Python: Seven Strategies](https://x.org/w)")
    assert (parts.title, parts.speaker) == ("Performance Python: Seven Strategies", "Jake VanderPlas")


def test_goals_and_summary_headings_before_numbered_talks_are_the_introduction():
    text = (
        "# Synthetic data workshop\n\n## Goals at start of workshop\n- understand\n\n"
        "## Summary at end of workshop\n- roles\n\n"
        "## Talk 1: A custodian's view\nDr Puja Myles, Head of Research, CPRD\n- a\n\n"
        "## Talk 2: How close are we\nMihaela van der Schaar, University of Cambridge\n- b\n\n"
        "## Talk 3: Real world challenges\nJonny Pearson, Lead Data Scientist, NHSX\n- c\n"
    )
    notes = parse_notes(text, "workshop.md")
    assert [t.title for t in notes.talks] == [
        "A custodian's view",
        "How close are we",
        "Real world challenges",
    ]
    assert "Goals at start of workshop" in [
        getattr(b, "text", "") for b in notes.preamble
    ]  # on the home page


def test_a_markdown_heading_indented_one_to_three_spaces_is_a_heading():
    text = (
        "### Talk 1: Module extraction\n\n- generate\n\n### Talk 2: Certificates\n\n- exit codes\n"
        " - revoke them?\n \n ### Talk 3: Drilling down a software bug\n \n - collect logs\n\n"
        "### Talk 4: Logging patterns\n\n- parse\n\n    # a comment in indented code\n"
    )
    assert [t.title for t in parse_notes(text, "camp.md").talks] == [
        "Module extraction",
        "Certificates",
        "Drilling down a software bug",
        "Logging patterns",
    ]
    # in plain-text notes, indentation is the outline's: "  # x" stays a line
    assert [t.title for t in parse_notes("Talk\n----\n- a\n  # not a heading\n", "x.txt").talks] == ["Talk"]


def test_a_company_after_a_speaker_and_no_speaker_for_a_session_of_keynotes():
    assert people_and_affiliation("Brian Brazil, Robust Perception") == ("Brian Brazil", "Robust Perception")
    assert people_and_affiliation("Ann Lee, Bo Ray") == ("Ann Lee, Bo Ray", "")  # two people
    # ... and two more joined by "and", names no list knows: people, not a company
    authors = "Yuta Hitomi, Hideaki Tamori, Naoaki Okazaki and Kentaro Inui"
    assert people_and_affiliation(authors) == (authors, "")
    assert people_and_affiliation("Jane Doe, Johnson & Johnson") == ("Jane Doe", "Johnson & Johnson")
    text = (
        "## Day 2\n\n**Morning keynotes** \n The day started with a keynote by Alexis Rich, CEO of Weave.\n\n"
        "Joe Beda, CTO Heptio, gave a great talk on the user base.\n\n"
        "**Building for Trust** \n *Alexander Mohr, Google* \n Security.\n\n"
        "**Cluster Operations** \n *Brandon Philips, CoreOS* \n Day two.\n"
    )
    assert [(t.title, t.speaker) for t in parse_notes(text, "kc.md").talks] == [
        ("Morning keynotes", ""),
        ("Building for Trust", "Alexander Mohr"),
        ("Cluster Operations", "Brandon Philips"),
    ]


def test_person_bar_organisation_headings_and_the_event_named_first():
    """ "### Lakeside Summit ’22 | Ithaca" over a paragraph, in the talks' own style: the title.
    "Jane Doe | Duke University": no title typed, the person speaks; "Ann Lee , Bo Ray |
    Title": the people, then the title; "Jane Doe | Plugins - Add-ons": the title after the bar."""
    text = (
        "### Lakeside Summit ’22 | Ithaca\n\nAn open platform for discovery.\n\nSupport for many things.\n\n"
        "Calls every third Wednesday.\n\nSpotlight is for exhibits.\n\n### Live Presentations: \n\n"
        "### Ann Lee , Bo Ray | Ephemera Presentation\n\na\n\n### Eben Stone | Boston Public Library\n\nb\n\n"
        "### Omar Haddad/ Lucy Park | Cornell University\n\nc\n\n### Mark Stone | Duke University\n\nd\n\n"
        "### Jane Doe | Plugins - Add-Ons Session (Arc/Geo)\n\ne\n\n### Val Head - All The Right Moves\n\nf\n"
    )
    notes = parse_notes(text, "summit.md")
    assert notes.title == "Lakeside Summit ’22 | Ithaca"
    assert [(t.title, t.speaker, t.extra) for t in notes.talks] == [
        ("Ephemera Presentation", "Ann Lee, Bo Ray", ""),
        ("Eben Stone", "Eben Stone", "Boston Public Library"),
        ("Omar Haddad/ Lucy Park", "Omar Haddad/ Lucy Park", "Cornell University"),
        ("Mark Stone", "Mark Stone", "Duke University"),
        ("Plugins - Add-Ons Session (Arc/Geo)", "Jane Doe", ""),
        ("All The Right Moves", "Val Head", ""),  # a role's word is a surname too
    ]
    # a talk that names its speaker, or its kind, is no title, whatever event it names
    talks = "### Mariatta Wijaya: Welcome to PyCon US 2023\n\n- a\n- b\n- c\n- d\n\n"
    talks += "### Keynote - Jane Doe\n\n- e\n"
    assert parse_notes(talks, "p.md").title == ""


def test_links_typed_in_parentheses_after_the_speaker_go_beside_without_them():
    parts = split_heading(
        "[Webtask](https://a.example) - [Bo Ray](https://github.com/bo) ([Extend](https://x.example))"
    )
    assert (parts.title, parts.speaker) == ("Webtask", "Bo Ray")
    assert parts.extra.split(" · ")[0] == "[Extend](https://x.example)"


def test_name_comma_organisation_comma_title_headings():
    text = (
        "# Modeling in Genomics 2018\n\n## Population Genomics\n\n"
        "### Kelly Stone, University of Washington, *Using archaic introgression*\n* a\n\n"
        "### Mark Ray, The Herzliya Interdisciplinary Center, *Bayesian Model Comparison*\n* b\n\n"
        "### Jane Doe, Building X: Y\n* c\n"
    )
    assert talk_parts(text, "g.md") == [
        ("*Using archaic introgression*", "Kelly Stone", "University of Washington"),
        ("*Bayesian Model Comparison*", "Mark Ray", "The Herzliya Interdisciplinary Center"),
        ("Building X: Y", "Jane Doe", ""),
    ]


def test_a_write_up_names_whose_talk_it_was_in_its_first_line():
    text = (
        "What I learned at LakeCon\n=======================\n\n"
        "Continuous Deployment\n--------------------\n\n"
        "[David Stone's talk][d] from Disqus on deploys.\n\n* a\n\n"
        "Django forms\n------------\n\nNathan Ray of EventBrite talk on form processing.\n\n* b\n\n"
        "Testing\n-------\n\nThe talk on testing was long.\n\n* c\n\n[d]: https://v.example/d\n"
    )
    assert [(t, s) for t, s, _ in talk_parts(text)] == [
        ("Continuous Deployment", "David Stone"),
        ("Django forms", "Nathan Ray"),
        ("Testing", ""),
    ]


def test_a_place_heading_over_a_list_of_talks_by_their_speakers():
    text = (
        "Lake Loop 2015\n===\n### St Louis, MO\n\nCool talks:\n\n"
        "* [Strange Loops: Capturing Knots](https://v.example/1) by Kay Ye\n"
        "* [Unconventional Programming](https://v.example/2) by Carin Meier\n"
        "* [Beating Threads - live coding with real time](https://v.example/3) by Sam Aaron\n"
    )
    assert [(t, s) for t, s, _ in talk_parts(text)] == [
        ("Strange Loops: Capturing Knots", "Kay Ye"),
        ("Unconventional Programming", "Carin Meier"),
        ("Beating Threads - live coding with real time", "Sam Aaron"),
    ]
    keynote = "## Day 1\n\n### Keynote\n\n- Jane Doe - on things\n- Mark Ray (Acme)\n- Bo Lee - more\n"
    assert [t for t, _, _ in talk_parts(keynote)] == ["Keynote"]  # a session over its speakers


def test_a_notes_heading_over_the_first_talks_and_stars_after_a_title():
    """ "## Notes" (a to-do list under it) over "### Animation talk" … then "## Serverless
    GraphQL" typed a level up: all are talks; "**" after a title is the writer's mark."""
    text = (
        "# React Rally Day 1 - 2016\n## Notes\nTODO:\n- Get slide links\n\n"
        "### Animation talk\n- Saccade **\n\n### Relay Talk\n- rewrite\n\n"
        "### Composable world **\n- Dot Chaining **\n\n## Serverless GraphQL\n- FaaS\n\n"
        "## Multiprocess thread\n- redux-saga\n\n## React performance***\n- FPS tool\n"
    )
    assert talk_parts(text) == [
        ("Animation talk", "", ""),
        ("Relay Talk", "", ""),
        ("Composable world", "", "**"),
        ("Serverless GraphQL", "", ""),
        ("Multiprocess thread", "", ""),
        ("React performance", "", "***"),
    ]


def test_a_first_name_then_where_from_after_a_slash_names_the_speaker():
    text = (
        "# PyCon TW 2018\n\n## from ai.backend import python\n\nJoe / Umbo CV\n\n* a\n\n"
        "## 輿論分析量測電視劇觀看喜好的風向\n\nKevin / KKStream\n\n* b\n\n"
        "## 建立知識圖譜\n\n* Ontology / Graphs\n"
    )
    assert [(t, s) for t, s, _ in talk_parts(text)] == [
        ("from ai.backend import python", "Joe"),
        ("輿論分析量測電視劇觀看喜好的風向", "Kevin"),
        ("建立知識圖譜", ""),  # a bullet's words, no name
    ]
    cjk = "# 資料科學年會 Day 1\n\n## 重新認識資料視覺化\n王昱舜 / 交通大學資訊工程系副教授\n\n* a\n\n"
    cjk += "## Big Data Visualization\n馬匡六 / University of California at Davis Professor\n\n* b\n"
    assert [s for _, s, _ in talk_parts(cjk)] == ["王昱舜", "馬匡六"]


def test_a_list_of_talks_to_watch_with_a_remark_between_and_title_colon_name():
    """Bullets that each name a speaker are talks, not the notes of the line above them,
    even with a short remark between two lists; "Title: First Last" names the person after
    the colon when the lists know the name."""
    text = (
        "Thanks, Adrian and team\n\n## LakeCon 2019\n\nhttps://example.org/videos\n\n"
        "* Keynote: Ed Stone\n* Attribution and Deception for Threat Intelligence: John Strand\n"
        "* BloodHound From Red to Blue: Mark Ray\n\n_Everything in the next block looks interesting_\n\n"
        "* Scientific computing for security - forging the missing link - Ryan Elkins\n"
        "* Azure Sentinel - A first look at a SIEM - Carl Hertz\n"
    )
    notes = parse_notes(text, "d.md")
    assert [(t.title, t.speaker) for t in notes.talks] == [
        ("Keynote: Ed Stone", "Ed Stone"),
        ("Attribution and Deception for Threat Intelligence", "John Strand"),
        ("BloodHound From Red to Blue", "Mark Ray"),
        ("Scientific computing for security - forging the missing link", "Ryan Elkins"),
        ("Azure Sentinel - A first look at a SIEM", "Carl Hertz"),
    ]
    assert split_heading("Dynamic Forms: Validation Without Tears").speaker == ""
    assert split_heading("Jesse Noller's Plenary").speaker == "Jesse Noller"  # whose plenary


def test_a_title_with_its_host_and_where_the_host_is_from():
    parts = split_heading("Risk management with Kris Beevers, NS1")
    assert (parts.title, parts.speaker) == ("Risk management", "Kris Beevers, NS1")
    parts = split_heading("Debugging microservices with Idit Levine at [solo.io](https://www.solo.io/)")
    assert (parts.title, parts.speaker) == ("Debugging microservices", "Idit Levine, solo.io")
    for title in ("Scaling with Django Channels, part 2", "Building apps with React Native at Acme"):
        assert split_heading(title).speaker == "", title


def test_keynote_colon_a_name_needs_a_given_name_or_a_two_word_name_with_a_surname():
    assert split_heading("Keynote: Go Telemetry Wins").speaker == ""
    assert split_heading("Keynote: Dr Russell Keith-Magee").speaker == "Dr Russell Keith-Magee"
    assert split_heading("Keynote: Yenny Cheung").speaker == "Yenny Cheung"


def test_a_surname_with_a_capital_after_its_prefix_is_a_name_but_a_product_is_not():
    from outline_notes.reading.people import looks_like_person

    for name in ("Ruthie BenDor", "Omar AlSaud", "Nina LaPalice", "Ann McKesson"):
        assert looks_like_person(name), name
    for words in ("Using GitHub", "Ruthie JavaScript"):
        assert not looks_like_person(words), words


def test_a_part_of_the_notes_after_the_groups_of_talks_is_their_ending():
    text = (
        '# Recaps\n\n## Keynote: "Ipecac" by Paul Phillips\n- a\n\n## "Why I Like FP" by Adel Chang\n- b\n\n'
        "# Further Impressions\n\n## FP in the real world\n- c\n\n## FP languages\n- d\n"
    )
    notes = parse_notes(text, "lambda.md")
    assert [t.speaker for t in notes.talks] == ["Paul Phillips", "Adel Chang"]
    assert "FP languages" in [getattr(b, "text", "") for b in notes.days[0].preamble]  # its words stay


def test_a_heading_that_says_these_are_notes_of_the_conference_is_no_talk():
    text = (
        "# 关于机器学习的行业故事\n\n## 伦敦 PAPIs.io 2018 大会笔记\n\n上周我去参加了大会。\n\n"
        "## 采用 Kubernetes 的 ML 基础设施\n\n主题演讲。\n\n"
        "## 使用自动气象站进行边缘预测\n\n第二个演讲人。\n\n"
        "## 机器学习中的流水线丛林\n\n下一个发言人。\n\n## 建立机器学习的文化\n\n高级演讲。\n"
    )
    notes = parse_notes(text, "papis.md")
    assert len(notes.talks) == 4 and "大会笔记" not in notes.talks[0].title
    assert "伦敦 PAPIs.io 2018 大会笔记" in [
        getattr(b, "text", "") for b in notes.preamble
    ]  # under the title


def test_an_attribution_line_of_linked_people_under_a_talk_names_them():
    # "--- [Name](profile) - [[Slides](...)]": the dash of an attribution, linked people joined
    # by the notes' own "and", a bracketed link to the slides after them
    text = (
        "# Three ages of innovation\n--- [Dan North](https://twitter.com/tastapod) - "
        "[[Slides](https://speakerdeck.com/x/three-ages)]\n\nExplore, stabilise.\n\n"
        "# Solution focus in team\n--- [Ann Lee](https://twitter.com/annlee) et "
        "[Bo Ray](https://twitter.com/boray)\n\nUn atelier.\n\n"
        "# Pairing in practice\n--- [Slides](https://example.com/a) and "
        "[Video](https://example.com/b)\n\n- watch\n"
    )
    assert [t for _, talks in outline(text)[1] for t in talks] == [
        ("Three ages of innovation", "Dan North"),
        ("Solution focus in team", "Ann Lee et Bo Ray"),
        ("Pairing in practice", ""),  # links that are no people name no one
    ]


def test_a_days_list_of_the_talks_heard_gives_its_talks():
    text = (
        "# Sessions I attended\n\n## Day 1\n\n- Go multiplatform with Kotlin - Sarah Brys\n\n"
        "## Day 2\n\n- Progressive Web Apps in Kotlin - Erik Hellman\n"
        "- MPP in 1.3 and beyond - Dmitry Savvinov & Liliia Abdulina\n- Kotlin in Space - Maxim Mazin\n\n"
        "## Day 3\n\n- the venue was great - lots of coffee\n- met old friends\n"
    )
    assert outline(text)[1] == [
        ("Day 1", [("Go multiplatform with Kotlin", "Sarah Brys")]),
        (
            "Day 2",
            [
                ("Progressive Web Apps in Kotlin", "Erik Hellman"),
                ("MPP in 1.3 and beyond", "Dmitry Savvinov & Liliia Abdulina"),
                ("Kotlin in Space", "Maxim Mazin"),
            ],
        ),
        ("Day 3", []),  # a list of notes that names no one is no list of talks
    ]


def test_one_word_after_a_dash_in_three_talks_naming_no_one_is_where_the_speaker_works():
    text = (
        "## Day 1\n\n### Service meshes in practice today - Initech\n\n- a\n\n"
        "### Testing your cluster configuration with policies - Hooli\n\n- b\n\n"
        "### Secure service to service calls - Initech\n\n- c\n\n"
        "### Patterns for many clusters - admiralty\n\n- d\n\n### Keynote - Jane Doe\n\n- e\n"
    )
    assert talk_parts(text, "k.md") == [
        ("Service meshes in practice today", "", "Initech"),
        ("Testing your cluster configuration with policies", "", "Hooli"),
        ("Secure service to service calls", "", "Initech"),
        ("Patterns for many clusters", "", "admiralty"),
        ("Keynote", "Jane Doe", ""),
    ]
    # twice is no form of the file: a subtitle stays the title's
    two = "## Day 1\n\n### Rust for the web - Today\n\n- a\n\n### Go at scale in practice - Lessons\n\n- b\n"
    assert [t.title for t in parse_notes(two, "k.md").talks] == [
        "Rust for the web - Today",
        "Go at scale in practice - Lessons",
    ]


def test_a_slot_after_the_title_and_markdown_escapes_in_headings_are_no_part_of_the_title():
    text = (
        "# Lakeside conference \\- remote \\- 2025\n\n## 9/3/2025\n\n"
        "### From Blue Screens to Orange Crabs 9:15am to 9:45am\n\n* a\n\n"
        "### Diamond Sponsor Talk 9:50am \\- 10:00am\n\n* b\n\n"
        "### Upgrading from 1.10 to 1.12\n\n* c\n\n"
        "### Healthcare at the last mile\n\nJane Doe @jane.example.me\n\n* d\n\n"
        "### Using \\*args 14:00-14:45\n\n* e\n"
    )
    notes = parse_notes(text, "rust.md")
    assert notes.title == "Lakeside conference - remote - 2025"
    assert [(t.title, t.speaker, t.time) for t in notes.talks] == [
        ("From Blue Screens to Orange Crabs", "", "9:15am to 9:45am"),
        ("Diamond Sponsor Talk", "", "9:50am - 10:00am"),  # a sponsor is no person
        ("Upgrading from 1.10 to 1.12", "", ""),  # versions, no slot
        ("Healthcare at the last mile", "Jane Doe", ""),  # a handle that is a domain
        ("Using \\*args", "", "14:00-14:45"),  # an escape that makes markup stays
    ]
    assert notes.talks[1].heading == "Diamond Sponsor Talk 9:50am \\- 10:00am"  # its page quotes it as typed


def test_dates_typed_as_lines_over_the_days_lists_of_talks_are_the_days():
    """ "Thursday, May 9, 2024" at the margin with the day's list right under it (no heading
    marks), the lists under "## Workshops" and "## Talks", links named at the end of the file:
    the dates are the days, each bullet a talk; the part headings stay beside them."""
    text = (
        "# Lakeside JS 2024\n\nMy notes are in [the talks folder](talks).\n\n## Workshops\n\n"
        "Wednesday, May 8, 2024\n- [Testing in the Browser] - [Jane Doe] ([Acme])\n\n## Talks\n\n"
        "Thursday, May 9, 2024\n- [Signals Explained] - Mark Stone (Initech)\n"
        "- [Forms Without Tears] - [Ann Lee], [Bo Ray] ([Globex])\n\n"
        "Friday, May 10, 2024\n- [Edge Rendering] ([Omar Haddad], Hooli, [His Blog])\n"
        "- Type Level Fun - Lucy Park (Umbrella)\n\n"
        "[Testing in the Browser]: https://example.org/testing\n[Signals Explained]: talks/signals.md\n"
        "[Forms Without Tears]:\n[Edge Rendering]: talks/edge.md\n[Jane Doe]: https://example.org/jane\n"
        "[Ann Lee]: https://example.org/ann\n[Bo Ray]: https://example.org/bo\n"
        "[Omar Haddad]: https://example.org/omar\n[His Blog]: https://example.org/blog\n"
    )
    days = outline(text)[1]
    assert days == [
        ("Wednesday, May 8, 2024", [("Testing in the Browser", "Jane Doe")]),
        (
            "Thursday, May 9, 2024",
            [("Signals Explained", "Mark Stone"), ("Forms Without Tears", "Ann Lee, Bo Ray")],
        ),
        ("Friday, May 10, 2024", [("Edge Rendering", "Omar Haddad"), ("Type Level Fun", "Lucy Park")]),
    ]
    # one date line is no day form: a list under it in a talk's notes stays the talk's
    one = "## Planning session\n\nMonday, June 3\n- agree the scope - Jane Doe\n- book rooms\n"
    assert outline(one)[1] == [(None, [("Planning session", "")])]


def test_a_keynote_speaker_heading_over_the_talks_is_no_title_of_the_notes():
    text = (
        "### Keynote Speaker\n\n*\n\n#### Melanie Stone\n\n* the past\n\n"
        "#### We built our own library system\n\n**Todd Digby**\n\n* a\n\n"
        "#### Planning higher\n\n**Jessica Lange**\n\n* b\n"
    )
    notes = parse_notes(text, "k.md")
    assert notes.title == ""
    assert [(t.title, t.speaker) for t in notes.talks] == [
        ("Melanie Stone", "Melanie Stone"),
        ("We built our own library system", "Todd Digby"),
        ("Planning higher", "Jessica Lange"),
    ]
    assert notes.preamble[0].text == "Keynote Speaker"  # shown on the home page, above the talks
    # a heading of sessions over the talks is the notes' title, as before
    assert parse_notes(text.replace("Keynote Speaker", "Keynotes"), "k.md").title == "Keynotes"


def test_speakers_on_bold_lines_one_a_line_each_speak_known_or_not():
    text = (
        "## Planning higher, faster, stronger?\n\n**Jessica Lange**\n**Gagandeep Dhillon*\n\n* tickets\n\n"
        "## Digital scholarship support\n\n**Matthew Huculak**\n**Rich McCue**\n\n* spaces\n\n"
        "## A talk with a role below\n\n**Jane Doe**\n**Cofundador da Operação X**\n\n* a\n"
    )
    assert [t.speaker for t in parse_notes(text, "a.md").talks] == [
        "Jessica Lange, Gagandeep Dhillon",  # a bold slip ("**Name*") is bold
        "Matthew Huculak, Rich McCue",
        "Jane Doe",  # a role is no name
    ]


def test_notes_that_name_the_presenter_or_open_with_a_bio_line_give_the_speaker():
    text = (
        "# Friday\n\n## A per-interpreter lock\n\n- what it means\n\n"
        "Cool stuff. Mark Stone (presenter) is really passionate about the work.\n\n"
        "## Syntactic sugar\n\n- Jane Doe, long time Python Steering Council member\n- sugar\n\n"
        "## Linters at scale\n\n- Speaker recommends pinning versions\n- The speaker (presenter) was late\n"
    )
    assert [(t.title, t.speaker) for t in parse_notes(text, "f.md").talks] == [
        ("A per-interpreter lock", "Mark Stone"),
        ("Syntactic sugar", "Jane Doe"),
        ("Linters at scale", ""),  # "(presenter)" after no name names no one
    ]
    page = "\n".join(line for b in parse_notes(text, "f.md").talks[0].blocks for line in b.lines)
    assert "Mark Stone (presenter) is really passionate" in page  # the text stays as typed


def test_prose_that_says_who_gave_the_talk_names_its_speaker():
    text = (
        "## Talks\n\nSome of the talks we heard.\n\n"
        "### Putting Down the Golden Hammer\n\nGreat syntax, great responsibility. In this talk "
        "[Huyen Tue Dao](https://twitter.com/huyen) shares some examples.\n\n"
        "### Kotless\n\nA fantastic talk about [Kotless](https://github.com/x/kotless), a serverless "
        "framework, by [Vladislav Tankov](https://github.com/tanvd). The talk started with basics.\n\n"
        "### Kotlin for science\n\nSimulations matter. In this talk ,by particle physicist Alexander "
        "Nozik, the challenges were discussed.\n\n"
        "### Cloud tools\n\nThis talk about tools built by Google Cloud Platform was fine.\n"
    )
    assert [t for _, talks in outline(text)[1] for t in talks] == [
        ("Putting Down the Golden Hammer", "Huyen Tue Dao"),
        ("Kotless", "Vladislav Tankov"),
        ("Kotlin for science", "Alexander Nozik"),
        ("Cloud tools", ""),  # made by someone is not given by them
    ]


def test_lettered_talks_with_speaker_bullets_lightning_labels_and_a_how_to_title():
    text = (
        "# SciPy notes\n\n## Day 1\n\n### A. Keynote - Maintainers in time and space\n\n- networks\n\n"
        "### B. GraphBLAS for Sparse Data\n\n- speakers: Jim Kitchen (Anaconda) and Erik Welch (NVIDIA)\n"
        "- sparse arrays\n\n### C. Subpoenas Less Scary\n\n"
        "- speakers: Rebecca Burke, Dave Zeber (data scientists at Mozilla)\n- access policies\n\n"
        "### D. Lightning talks - PyVista\n\n- 3D toolkit\n\n"
        "### F. Lightning Talks - Coiled\n\n- speaker: James Bourbeau from Coiled\n\n"
        "### G. What to do when the main maintainer steps down\n\n- a contrib directory\n\n"
        "## Things to read\n\n- einops\n"
    )
    assert outline(text)[1] == [
        (
            "Day 1",
            [
                ("Maintainers in time and space", ""),
                ("GraphBLAS for Sparse Data", "Jim Kitchen and Erik Welch"),
                ("Subpoenas Less Scary", "Rebecca Burke, Dave Zeber"),
                ("PyVista", ""),  # "Lightning talks - ": the kind, beside the title
                ("Coiled", "James Bourbeau"),
                ("What to do when the main maintainer steps down", ""),  # a title, no to-do list
            ],
        )
    ]


def test_a_speaker_line_labelled_as_such_below_the_first_line_names_the_speaker():
    text = (
        "## MetPy\n\n- a story about a plaintext password\n- speaker: Ryan May\n\n"
        "## Array API stuff\n\n- dispatching\n\n## DataJoint\n\n- data lineage\n"
    )
    assert [t for _, talks in outline(text)[1] for t in talks] == [
        ("MetPy", "Ryan May"),
        ("Array API stuff", ""),
        ("DataJoint", ""),
    ]


def test_short_underlines_warn_in_plain_notes_not_in_markdown_and_lower_case_names_in_parentheses():
    text = (
        "keynote (kate krauss)\n-----------\n\n* IMSI catchers\n\n"
        "Guerrilla Usability Testing and Communicating Value\n-----------\n\n* 3-6 participants\n\n"
        "Handling retries (grace period)\n-----------\n\n* backoff\n"
    )
    plain, markdown = parse_notes(text, "notes.txt"), parse_notes(text, "notes.markdown")
    assert [w.line for w in plain.warnings if "underline shorter" in w.message] == [2, 7, 12]
    assert not [w for w in markdown.warnings if "underline shorter" in w.message]  # CommonMark: any length
    assert [(t.title, t.speaker) for t in markdown.days[0].talks] == [
        ("keynote", "kate krauss"),  # a given name and a surname the lists know
        ("Guerrilla Usability Testing and Communicating Value", ""),
        ("Handling retries (grace period)", ""),
    ]


def test_a_days_first_talk_typed_without_heading_marks_and_a_name_with_its_handle_in_a_heading():
    text = (
        "# RubyKaigi notes\n\n## Thursday 11th May\n\n### RuboCop's baddest cop (EN)\n"
        "Genadi Samokovarov - @gsamokovarov\n\n- brackets\n\n"
        "## Friday 12th May\n\nOn Ruby and Trojan Source Attacks (EN)\nMartin J. Dürst - @duerst\n\n"
        "- homoglyphs\n\n### Learn Ractor (JA)\nMasatoshi Seki - @m_seki\n\n- threads\n\n"
        "### JRuby: Looking Forward (EN)\nCharles Nutter - @headius\n\n- performance\n\n"
        "### Let's write RBS! (EN) Masataka Kuwabara @p_ck_\n\n- types\n"
    )
    assert outline(text)[1] == [
        ("Thursday 11th May", [("RuboCop's baddest cop", "Genadi Samokovarov")]),
        (
            "Friday 12th May",
            [
                ("On Ruby and Trojan Source Attacks", "Martin J. Dürst"),  # as the talks below it are typed
                ("Learn Ractor", "Masatoshi Seki"),
                ("JRuby: Looking Forward", "Charles Nutter"),
                ("Let's write RBS!", "Masataka Kuwabara"),
            ],
        ),
    ]
    # a name with its handle at the end of a heading, after words that end no title: no speaker
    assert split_heading("Intro to Rust Lang @rustlang").speaker == ""


def test_capitalised_sub_headings_no_name_list_knows_are_parts_of_one_talk_not_talks_or_speakers():
    text = (
        "# OSCON 2019\n\nJuly 15-18\n\n## Software Architecture Foundations\n\n[Video](https://example.com/v)\n\n"
        "### Architecture Characteristics\n- reliability\n\n### Evolutionary Architecture\n- fitness\n\n"
        "### Architectural Governance\n\nprinciples that can be tested\n\n"
        "### Diagramming Software Architecture\n- C4 model\n"
    )
    title, days = outline(text)
    assert (title, days) == ("OSCON 2019", [(None, [("Software Architecture Foundations", "")])])
    # as talks of their own, they name no speaker
    alone = (
        "## Architecture Characteristics\n- x\n\n## Evolutionary Architecture\n- y\n\n"
        "## Architectural Governance\n- z\n"
    )
    assert [t for _, talks in outline(alone)[1] for t in talks] == [
        ("Architecture Characteristics", ""),
        ("Evolutionary Architecture", ""),
        ("Architectural Governance", ""),
    ]
    # headings that are people the lists know, each over notes: talks by them
    people = "## Hadley Wickham\n\n- tidy data\n\n## Jenny Bryan\n\n- naming things\n"
    assert [t for _, talks in outline(people)[1] for t in talks] == [
        ("Hadley Wickham", "Hadley Wickham"),
        ("Jenny Bryan", "Jenny Bryan"),
    ]


def test_lines_at_the_margin_over_indented_notes_are_all_talks_named_or_not():
    # a tab outline: "Jane Doe - Title" lines, and others ("Observability - @dshaw - url",
    # "Ward Cunningham"), each over its indented notes
    text = (
        "\n\nObservability - @dshaw - http://example.com/observability\n\n\tuse replify\n\n\tmetrics\n\n\n"
        "Emily Rose - Realtime Hardware\n\n\tTwilio and Arduino\n\n\n"
        "Bob Weiman - Prospective Search\n\n\tindex queries\n\n\n"
        "Peter Saint-Andre - @stpeter - https://example.com/realtimeconf.pdf\n\n\tpresence\n\n\n"
        "Ward Cunningham\n\n\tpublish then review\n"
    )
    assert [t for _, talks in outline(text)[1] for t in talks] == [
        ("Observability", "@dshaw"),
        ("Realtime Hardware", "Emily Rose"),
        ("Prospective Search", "Bob Weiman"),
        ("Peter Saint-Andre", "Peter Saint-Andre"),  # an address is no title: the person is
        ("Ward Cunningham", "Ward Cunningham"),
    ]


def test_org_keynotes_with_affiliations_a_passive_by_and_a_bar_inside_parentheses():
    text = (
        "<2015-10-01 Thu>\n\n* Keynotes\n\nThought provoking.\n\n"
        "** Privacy and reproducible research - Daniel Goroff (Alfred P. Sloan Foundation)\n\n"
        "Alfred P Sloan - built General Motors\n\n"
        "** In praise of boredom - Maria Konnikova (The New Yorker | Mastermind)\n\ntime to be bored\n\n"
        "* Copycat: Fault tolerant streaming data ingestion powered by Apache Kafka\n\n    Pretty dull.\n\n"
        "* Data democratization versus data governance - Peter Guerra (Booz Allen Hamilton)\n\nsuits\n"
    )
    notes = parse_notes(text, "day3.org")
    assert [(t.title, t.speaker, t.extra) for t in notes.days[0].talks] == [
        ("Privacy and reproducible research", "Daniel Goroff", "Alfred P. Sloan Foundation"),
        ("In praise of boredom", "Maria Konnikova", "The New Yorker | Mastermind"),
        ("Copycat: Fault tolerant streaming data ingestion powered by Apache Kafka", "", ""),
        ("Data democratization versus data governance", "Peter Guerra", "Booz Allen Hamilton"),
    ]


def test_a_keynote_session_over_a_list_of_its_speakers_names_no_one_speaker():
    text = (
        "# Velocity 2019\n\n## 06.11. - Wednesday\n\n### Keynote\n"
        "- James Mickens: bashing things at random\n- Karthik Gaekwad (Oracle)\n"
        "- Christine Yen (Honeycomb): building bridges\n- Heidi Waterhouse: error budgets\n\n"
        "### 11:35 - A beginner's guide to eBPF\n*Liz Rice (Aqua Security)*\n- run code in the kernel\n"
    )
    notes = parse_notes(text, "velocity.md")
    assert [(t.title, t.speaker, t.time) for t in notes.days[0].talks] == [
        ("Keynote", "", ""),
        ("A beginner's guide to eBPF", "Liz Rice", "11:35"),
    ]


def test_talks_after_a_named_talk_and_before_a_group_of_lightning_talks_are_no_introduction():
    text = (
        "# Current 2023\n\nTuesday September 26, 2023\n\n"
        "## Keynote - Jay Kreps (Confluent CEO)\n\nstreams\n\n"
        "## 3 Flink Mistakes We Made So You Won't Have To\n\n1. Data loss\n2. Memory\n\n"
        "## Visualizing the Stream\n\na neat visualization tool\n\n"
        "## Flink Power Hour (Lighting Talks on Flink)\n\n"
        "### The Flink Table API - Timo Walther\n\na toolbox\n\n"
        "### An Overview of Flink SQL Joins - David Anderson\n### The AdaptiveScheduler - David Moravek\n"
    )
    assert [t for _, talks in outline(text)[1] for t in talks] == [
        ("Keynote", "Jay Kreps"),
        ("3 Flink Mistakes We Made So You Won't Have To", ""),
        ("Visualizing the Stream", ""),
        ("The Flink Table API", "Timo Walther"),
        ("An Overview of Flink SQL Joins", "David Anderson"),
        ("The AdaptiveScheduler", "David Moravek"),
    ]
    # before any talk, a heading in the groups' style is the notes' introduction still
    intro = "## About the conference\n\nthree tracks\n\n" + text.split("\n\n", 2)[2].replace(
        "## Keynote - Jay Kreps (Confluent CEO)\n\nstreams\n\n", ""
    )
    assert "About the conference" not in [t for _, talks in outline(intro)[1] for t, _ in talks]


def test_rst_write_up_with_bold_labels_before_the_days_and_a_speaker_called_day():
    text = (
        "Write The Docs: NA 2016\n=======================\n:date: 2016-05-23\n:author: Lucy Wyman\n\n"
        "Another year.\n\n**Pros**: \n* one track\n\n**Cons**:\n* sub-optimal talks\n\n"
        "Day 1\n#####\n\nCustomer Support + Docs\n-----------------------\n\n"
        "**Neal Kaplan**\n\nA rough talk.\n\n"
        "Copy That: Helping Users Succeed with Copy\n------------------------------------------\n\n"
        "**Sarah Day**\n\nProduct copy.\n\n"
        "Day 2\n#####\n\nUsing CSAT Data\n---------------\n\n**Betsy Roseberg**\n\nfeedback\n"
    )
    title, days = outline(text)
    assert title == "Write The Docs: NA 2016"
    assert days == [
        (
            "Day 1",
            [
                ("Customer Support + Docs", "Neal Kaplan"),
                ("Copy That: Helping Users Succeed with Copy", "Sarah Day"),
            ],
        ),
        ("Day 2", [("Using CSAT Data", "Betsy Roseberg")]),
    ]


def test_rating_stars_go_beside_and_a_known_name_after_a_titles_stop_wins_over_the_company():
    text = (
        "# PyCon SG 2025\n\n"
        "## AI Accessibility. Anushka Narula – Grab. 11:15 am, Day 1\n- rage\n\n"
        "## ⭐ Testing GenAI Applications. Adrian Cole – Elastic. 10:30 am, Day 1\n- evals\n\n"
        "## Unlock the Lock: Deadlocks Before They Master You. Han Qi – Monarch Tractor APAC. "
        "2:30 pm, Day 1\n- locks\n\n"
        "## Keynote: Python at Scale. Jane Doe – Acme. 4 pm, Day 1\n- scale\n"
    )
    notes = parse_notes(text, "pyconsg.md")
    assert [(t.title, t.speaker) for t in notes.days[0].talks] == [
        ("AI Accessibility", "Anushka Narula"),
        ("Testing GenAI Applications", "Adrian Cole"),  # the star is the note-taker's rating
        ("Unlock the Lock: Deadlocks Before They Master You", "Han Qi"),
        ("Keynote: Python at Scale", "Jane Doe"),
    ]
    assert "⭐" in notes.days[0].talks[1].extra  # shown beside, not lost
    # ... also where the file's other headings end with names (the company after the dash is
    # then no unknown name)
    heading = "Unlock the Lock: Deadlocks Before They Master You. Han Qi – Monarch Tractor APAC"
    assert split_heading(heading, False, False, True).speaker == "Han Qi"


def test_a_group_between_two_headings_of_one_day_is_part_of_that_day():
    text = (
        "# Talks, Day 1\n\n## [The Value of Feedback](http://example.com/2)\n\n- loops\n\n"
        "## [Infrastructure Testing](http://example.com/4)\n\n- serverspec\n\n"
        "# Micro talks\n\nThree minute talks:\n\n### Driving change\n\n- start small\n\n"
        "### Leadership lessons from the Marines\n\n- trust\n\n"
        "# Breakout Sessions, Day 1\n\n### Immutable servers\n\n- packer\n\n"
        "# Talks, Day 2\n\n## [The Power of Conflict](http://example.com/5)\n\n- teams\n\n"
        "## [Running Graphite at Scale](http://example.com/8)\n\n- carbon\n"
    )
    days = outline(text)[1]
    assert [d for d, _ in days] == ["Talks, Day 1", "Breakout Sessions, Day 1", "Talks, Day 2"]
    assert [t for t, _ in days[0][1]] == [
        "The Value of Feedback",
        "Infrastructure Testing",
        "Driving change",  # "Micro talks" groups them, in Day 1
        "Leadership lessons from the Marines",
    ]


def test_a_capitalised_session_by_and_two_linked_presenters_in_prose():
    text = (
        "## The human factor\n\nSession by [Dr Sidney Dekker](http://sidneydekker.com/)\n\n- drift\n\n"
        "## Scaling New Services\n\nPresented by [Brian Scott](https://twitter.com/bs) and "
        "[Patrick O'Connor](https://twitter.com/po) from Disney, this covered similar ground.\n"
    )
    assert [t for _, talks in outline(text)[1] for t in talks] == [
        ("The human factor", "Dr Sidney Dekker"),
        ("Scaling New Services", "Brian Scott and Patrick O'Connor"),
    ]


def test_a_keynote_heading_a_level_under_its_day_naming_its_speaker_and_quoted_title():
    text = (
        "# Thoughts from ThatConference 2012\n\n### Day 1\n"
        '#### Keynote: Leon Gersing (No Spoon Software), "You" (archive video at: http://example.com/v)\n\n'
        "* Be nice (empathy)\n\n### Talk 1: Hiking Your Way Through the Knockout.js Forest (1:00pm)\n\n"
        "* observables\n\n### Talk 2: The Responsive Hangover\n\n* media queries\n\n"
        "### Talk 3: jQuery Mobile\n\n* widgets\n\n### Day 2\n"
        '#### Keynote: Scott Hanselman (Microsoft), "Information Overload - Scaling Yourself"\n\n'
        "* scaling\n\n### Talk 4: Seven Ways to Cook Bacon While Camping (10:00am)\n\n* bacon\n\n"
        "### Talk 5: Best Practices for Enterprise JS Apps\n\n* structure\n"
    )
    assert outline(text)[1] == [
        (
            "Day 1",
            [
                ("You", "Leon Gersing"),
                ("Hiking Your Way Through the Knockout.js Forest", ""),
                ("The Responsive Hangover", ""),
                ("jQuery Mobile", ""),
            ],
        ),
        (
            "Day 2",
            [
                ("Information Overload - Scaling Yourself", "Scott Hanselman"),
                ("Seven Ways to Cook Bacon While Camping", ""),
                ("Best Practices for Enterprise JS Apps", ""),
            ],
        ),
    ]


def test_of_two_name_shaped_parts_both_with_known_given_names_the_one_a_known_surname_ends_speaks():
    assert (split_heading("Spring AI — Josh Long").title, split_heading("Spring AI — Josh Long").speaker) == (
        "Spring AI",
        "Josh Long",
    )


@pytest.mark.parametrize(
    ("heading", "title", "speaker"),
    [
        ("機械学習入門：山田太郎", "機械学習入門", "山田太郎"),
        ("山田 太郎：機械学習入門", "機械学習入門", "山田 太郎"),
        ("深度学习实践，张伟", "深度学习实践", "张伟"),
        ("张伟、深度学习实践", "深度学习实践", "张伟"),
        ("데이터의 미래 - 박태웅", "데이터의 미래", "박태웅"),
        ("机器学习：入门", "机器学习：入门", ""),  # "a primer": no family name opens it
        ("El futuro de Python de María López", "El futuro de Python", "María López"),
        ("Introdução ao Django da Ana Souza", "Introdução ao Django", "Ana Souza"),
        ("Casos de uso de Netflix", "Casos de uso de Netflix", ""),  # "de": "of" too
        ("Flutter at scale — 2 Robert Brown", "Flutter at scale", "Robert Brown"),  # a number before
        # in parentheses, full-width or not, labelled or a name the family names know
        ("型ヒント入門（山田太郎）", "型ヒント入門", "山田太郎"),
        ("型ヒント入門（登壇者：山田太郎）", "型ヒント入門", "山田太郎"),
        ("Intro to typing (登壇者: 山田太郎)", "Intro to typing", "山田太郎"),
        ("Building X（Jane Doe）", "Building X", "Jane Doe"),
        ("Python（上級）", "Python（上級）", ""),  # "advanced": no name
        # Cyrillic names, known to the lists in their Latin spellings ("Dmitriy", "Dmitrij")
        ("Шардирование PostgreSQL — Иван Петров", "Шардирование PostgreSQL", "Иван Петров"),
        ("Observability — Дмитрий Козлов", "Observability", "Дмитрий Козлов"),
        ("Шардирование — Кэширование", "Шардирование — Кэширование", ""),  # two titles' words
        # an honorific's dot ends no sentence: it goes with the name
        ("Scaling Postgres — Dr. Jane Doe", "Scaling Postgres", "Dr. Jane Doe"),
        ("Scaling Postgres. Jane Doe – Acme", "Scaling Postgres", "Jane Doe"),
        # a room before the title, after the time, goes beside the speaker
        ("14:00 · Zaal A · Platform teams — Jane Doe", "Platform teams", "Jane Doe"),
        ("Room for improvement - Jane Doe", "Room for improvement", "Jane Doe"),
        # an arrow the note-taker marks talks with says nothing of the title
        (">> Keynote: The future of CSS (Jane Doe)", "Keynote: The future of CSS", "Jane Doe"),
        ("-1 degrees", "-1 degrees", ""),
    ],
)
def test_speakers_in_other_languages_cjk_family_names_and_a_by_that_also_means_of(heading, title, speaker):
    parts = split_heading(heading)
    assert (parts.title, parts.speaker) == (title, speaker)


def test_a_heading_after_the_last_day_over_headings_that_name_no_talk_is_the_notes_ending():
    text = (
        "# RubyKaigi 2023\n\n## Thursday 11th May\n\n### RuboCop's baddest cop (EN)\n"
        "Genadi Samokovarov - @gsamokovarov\n\n- brackets\n\n"
        "### Keynote - Yukihiro Matsumoto\n\n- history\n\n"
        "## Friday 12th May\n\n### Learn Ractor - Masatoshi Seki\n\n- threads\n\n"
        "## Next years RubyKaigi in Okinawa\n\n- a taste of OkinawaRB\n\n"
        "### from the past\n\n- https://example.com/slides\n"
    )
    days = outline(text)[1]
    assert [d for d, _ in days] == ["Thursday 11th May", "Friday 12th May"]
    assert [t for t, _ in days[1][1]] == ["Learn Ractor"]


def test_a_named_day_over_its_first_talks_then_more_in_its_own_style():
    text = (
        "## Kubecon Day one\n### Keynotes\nWhy kubernetes survived:\n- works well\n\n"
        "### Vijoy Cisco\n- network service mesh\n\n### Getting started on contributing\n- docs\n\n"
        "## Ingress v2 and Multicluster Services\n- gateway API\n\n"
        "## Unit testing your k8s configuration using OPA\n- conftest\n\n"
        "## Multicluster Tool Box - admiralty\n- control loops\n"
    )
    days = outline(text)[1]
    assert [d for d, _ in days] == ["Kubecon Day one"]
    assert days[0][1] == [
        ("Keynotes", ""),
        ("Vijoy Cisco", ""),
        ("Getting started on contributing", ""),
        ("Ingress v2 and Multicluster Services", ""),
        ("Unit testing your k8s configuration using OPA", ""),
        ("Multicluster Tool Box - admiralty", ""),  # "Box" ends a surname; no given name opens it
    ]


def test_video_names_title_speaker_event_and_year_none_of_them_the_notes_title():
    text = (
        "## State of Storybook 7 • Gert Hengeveld • GOTO 2023\n\n1. a frontend tool\n\n"
        "## Programming the Web with HyperCLI • Mike Amundsen • GOTO 2023\n\n1. HTTP\n\n"
        "## Building Resilient Systems • Sarah Wells • GOTO 2023\n\n- resilience\n"
    )
    title, days = outline(text)
    assert title == ""
    assert days[0][1] == [
        ("State of Storybook 7", "Gert Hengeveld"),  # a name no list knows, where the others are
        ("Programming the Web with HyperCLI", "Mike Amundsen"),
        ("Building Resilient Systems", "Sarah Wells"),
    ]
    # a first heading shaped as the ones after it is their first talk, whoever it names
    shaped = text.replace("Gert Hengeveld", "Zqx Vortan")
    assert outline(shaped)[0] == "" and len(outline(shaped)[1][0][1]) == 3


@pytest.mark.parametrize(
    ("marks", "title"),
    [(("==", "==="), ""), (("=====", "===="), "GopherCon 2019")],  # MediaWiki; Zim and DokuWiki count down
)
def test_wiki_headings_give_days_and_talks_in_either_direction_of_their_marks(marks, title):
    day, talk = marks
    top = "====== GopherCon 2019 ======\n\n" if title else ""
    text = (
        f"{top}{day} Day 1 {day}\n\n{talk} Scaling Postgres (Jane Doe) {talk}\n* partitioning\n\n"
        f"{talk} Caching (Bob Roe) {talk}\n* ttl\n\n"
        f"{day} Day 2 {day}\n\n{talk} Deploys (Ann Lee) {talk}\n* b/g\n"
    )
    for notes in (
        parse_notes(text, "wiki.txt"),
        parse_notes(f"notes-structure: days={day}, talks={talk}\n\n" + text),
    ):
        assert notes.title == title
        assert [(d.title, [(t.title, t.speaker) for t in d.talks]) for d in notes.days] == [
            ("Day 1", [("Scaling Postgres", "Jane Doe"), ("Caching", "Bob Roe")]),
            ("Day 2", [("Deploys", "Ann Lee")]),
        ]
    # marks that do not match are text, kept in the talk
    notes = parse_notes("Day 1\n=====\n\nTalk\n----\n\n== odd ===\n\n- a == b\n")
    assert [t.title for t in notes.talks] == ["Talk"]
    assert [b.lines for b in notes.talks[0].blocks] == [["== odd ==="], ["a == b"]]


def test_rooms_over_their_talks_are_groups_even_a_room_with_one_talk():
    text = (
        "# Paris Web 2023\n\n## Jeudi 28 septembre\n\n### Salle Moebius\n\n"
        "#### L'éco-conception web — Julie Martin\n- poids des pages\n\n"
        "#### Accessibilité des formulaires — Paul Durand\n- labels\n\n"
        "### Salle Gutenberg\n\n#### CSS moderne — Claire Petit\n- :has()\n"
    )
    notes = parse_notes(text, "parisweb.md")
    assert [(t.title, t.speaker) for t in notes.talks] == [
        ("L'éco-conception web", "Julie Martin"),
        ("Accessibilité des formulaires", "Paul Durand"),
        ("CSS moderne", "Claire Petit"),
    ]
    assert [is_session_word(t) for t in ("Room 101", "Main stage", "Saal B", "Room for improvement")] == [
        True,
        True,
        True,
        False,
    ]


def test_a_tutorial_day_first_is_a_day_not_the_notes_title():
    text = (
        "Sprints and tutorials - notes\n\nTutorial day\n============\n\nIntro to pandas (Jane Doe)\n"
        "--------------------------\n- dataframes\n\n"
        "Day 1\n=====\n\nKeynote (Bob Roe)\n-----------------\n- c\n"
    )
    notes = parse_notes(text, "notes.txt")
    assert notes.title == "Sprints and tutorials - notes"
    assert [(d.title, [(t.title, t.speaker) for t in d.talks]) for d in notes.days] == [
        ("Tutorial day", [("Intro to pandas", "Jane Doe")]),
        ("Day 1", [("Keynote", "Bob Roe")]),
    ]


def test_a_time_labelled_under_the_heading_is_the_talks_time_and_its_line_stays():
    text = (
        "# NDC 2023\n\n## Monday\n\n### Domain-driven design\n**Speaker:** Jane Doe\n**Time:** 09:00\n\n"
        "- contexts\n\n### Testing\nWhen: 10:30am\n\n- canaries\n\n### Ops\n- Time: ask Bob\n"
    )
    notes = parse_notes(text, "ndc.md")
    assert [(t.title, t.speaker, t.time) for t in notes.talks] == [
        ("Domain-driven design", "Jane Doe", "09:00"),
        ("Testing", "", "10:30am"),
        ("Ops", "", ""),  # no time in it
    ]
    assert "**Time:** 09:00" in notes.talks[0].blocks[0].lines  # every word stays on the page


def test_a_bold_name_with_where_the_person_is_from_under_the_heading_is_the_speaker():
    text = (
        "# JSConf Budapest 2023\n\n## Day 1\n\n### Keynote\n**Ann Lee** (Mozilla)\n\n- the web\n\n"
        "### Signals\n*Bob Roe*, Google\n\n- reactivity\n\n"
        "### Web components\n**Important** (really)\n\n- x\n"
    )
    notes = parse_notes(text, "jsconf.md")
    assert [(t.title, t.speaker) for t in notes.talks] == [
        ("Keynote", "Ann Lee"),
        ("Signals", "Bob Roe"),
        ("Web components", ""),
    ]


def test_a_time_heading_over_a_title_line_with_its_speaker_gives_both():
    """ "### 09:00–09:45" over "**Opening keynote: The Python Community** — Carol Willing":
    the line under the time is the talk's title and speaker, as a heading would give them."""
    text = (
        "# EuroPython 2024\n\n## Wednesday\n\n### 09:00–09:45\n"
        "**Opening keynote: The Python Community** — Carol Willing\n\n- community matters\n\n"
        "### 10:00–10:30\n**Rust for Pythonistas** — David Hewitt\n\n- PyO3 basics\n\n"
        "### 11:00\nLightning talks\n\n- five minutes each\n"
    )
    notes = parse_notes(text, "ep.md")
    assert [(t.title, t.speaker, t.time) for t in notes.talks] == [
        ("Opening keynote: The Python Community", "Carol Willing", "09:00–09:45"),
        ("Rust for Pythonistas", "David Hewitt", "10:00–10:30"),
        ("Lightning talks", "", "11:00"),
    ]
    assert notes.talks[0].blocks[0].lines == ["community matters"]  # the line is the title, not twice


def test_a_name_line_under_the_heading_behind_a_symbol_is_the_speaker():
    """ "👤 Peter Zijlstra", "🎤 Jane Doe", "► Bo Ray" under the talk's heading: the symbol
    marks the line as the speaker's, as a label would; a symbol before words that are no
    name stays text."""
    text = (
        "# FOSDEM 2024\n\n## Saturday\n\n### 🎙️ Linux kernel scheduling\n👤 Peter Zijlstra\n\n- EEVDF\n\n"
        "### Nix flakes\n🎤 Eelco Dolstra\n\n- reproducibility\n\n"
        "### RISC-V status\n► Palmer Dabbelt\n\n- vector extension\n\n"
        "### Sovereign tech\n🚀 Launch plans\n\n- funding\n"
    )
    notes = parse_notes(text, "fosdem.md")
    assert [(t.title, t.speaker) for t in notes.talks] == [
        ("🎙️ Linux kernel scheduling", "Peter Zijlstra"),
        ("Nix flakes", "Eelco Dolstra"),
        ("RISC-V status", "Palmer Dabbelt"),
        ("Sovereign tech", ""),
    ]


def test_days_typed_as_outlines_read_their_bullets_as_talks_on_the_file_s_evidence():
    """Days whose talks are bullets over their notes: a day of two, one of them naming no
    speaker ("* Opening remarks"), has both as talks when the file's bullets, all days
    counted, mostly name their speakers; a day of note bullets in a file whose bullets name
    none stays notes."""
    text = (
        "PYCON AU 2023\n\nFRIDAY\n------\n\n* Opening remarks\n  - acknowledgement of country\n\n"
        '* "Python in the browser" by Jane Smith\n  - pyodide\n\n'
        'SATURDAY\n--------\n\n* "Async all the way down" by Bob Brown\n  - trio\n'
    )
    notes = parse_notes(text, "pyconau.txt")
    assert [(d.title, [(t.title, t.speaker) for t in d.talks]) for d in notes.days] == [
        ("FRIDAY", [("Opening remarks", ""), ("Python in the browser", "Jane Smith")]),
        ("SATURDAY", [("Async all the way down", "Bob Brown")]),
    ]
    plain = "Day 1\n=====\n\n* setup\n  - wifi\n* lunch\n  - good\n\nDay 2\n=====\n\n* hallway\n  - chats\n"
    assert [t.title for t in parse_notes(plain, "n.txt").talks] == []


def test_a_panel_s_panelists_line_names_its_speakers():
    text = (
        "# KubeCon EU 2024\n\n## Thursday\n\n### Platform engineering panel\n"
        "Panelists: Ann Lee, Bo Ray, Cy Twombly\n- golden paths\n\n"
        "### Cilium deep dive — Thomas Graf\n- eBPF\n"
    )
    notes = parse_notes(text, "kubecon.md")
    assert [(t.title, t.speaker) for t in notes.talks] == [
        ("Platform engineering panel", "Ann Lee, Bo Ray, Cy Twombly"),
        ("Cilium deep dive", "Thomas Graf"),
    ]


def test_a_name_set_apart_by_bold_or_emphasis_at_the_end_of_the_heading_is_the_speaker():
    """ "### Docs as code **Eric Holscher**": the marks set the name apart as a dash would,
    read with the same care (a bold phrase that is no one's name stays the title's)."""
    text = (
        "# Write the Docs\n\n## Monday\n\n### Docs as code **Eric Holscher**\n- Sphinx\n\n"
        "### Writing for humans _Jane Doe_\n- plain language\n\n"
        "### Deploying with **Kubernetes Operators**\n- CRDs\n"
    )
    notes = parse_notes(text, "wtd.md")
    assert [(t.title, t.speaker) for t in notes.talks] == [
        ("Docs as code", "Eric Holscher"),
        ("Writing for humans", "Jane Doe"),
        ("Deploying with Kubernetes Operators", ""),
    ]
    assert notes.talks[0].heading == "Docs as code **Eric Holscher**"  # quoted on its page as typed


def test_a_bold_first_line_naming_the_conference_is_the_title_without_its_marks():
    text = "**PyCon UK 2023**\n\n## Friday\n\n### Keynote - Ann Lee\n- x\n\n### Packaging - Bo Ray\n- y\n"
    assert parse_notes(text, "pyconuk.md").title == "PyCon UK 2023"


def test_day_lines_alone_between_blank_lines_start_the_days_of_talks_typed_without_headings():
    """ "Day 1" alone on its line, then talks typed as "Talk:" and "Speaker:" paragraphs: the
    line starts a day, as a heading would (two or more such lines, each before talks)."""
    text = (
        "Day 1\n\nTalk: Observability at scale\nSpeaker: Charity Majors\nNotes:\n- high cardinality\n\n"
        "Talk: Kubernetes the hard way\nSpeaker: Kelsey Hightower\nNotes:\n- etcd\n\n"
        "Day 2\n\nTalk: SRE at Google\nSpeaker: Niall Murphy\nNotes:\n- error budgets\n"
    )
    notes = parse_notes(text, "notes.txt")
    assert [(d.title, [(t.title, t.speaker) for t in d.talks]) for d in notes.days] == [
        (
            "Day 1",
            [("Observability at scale", "Charity Majors"), ("Kubernetes the hard way", "Kelsey Hightower")],
        ),
        ("Day 2", [("SRE at Google", "Niall Murphy")]),
    ]


def test_a_day_s_listed_talks_then_a_label_over_other_notes_are_the_talks():
    """ "- 10:00 Opening — Ann Lee", two more such bullets, then "Notes:" over bullets of the
    day's own notes: the first list is the talks (the notes stay, on the last talk's page);
    the label line was read as the day's one talk."""
    text = (
        "# DevConf.CZ 2023\n\n## Day 1\n\n- 10:00 Opening — Ann Lee\n- 10:30 Fedora 38 — Bo Ray\n"
        "- 11:00 Podman Desktop — Cy Twombly\n\nNotes:\n- great venue\n- TODO check the extension API\n\n"
        "## Day 2\n\n- 10:00 OpenShift AI — Dee Dunn\n"
    )
    notes = parse_notes(text, "devconf.md")
    assert [(d.title, [(t.title, t.speaker, t.time) for t in d.talks]) for d in notes.days] == [
        (
            "Day 1",
            [
                ("Opening", "Ann Lee", "10:00"),
                ("Fedora 38", "Bo Ray", "10:30"),
                ("Podman Desktop", "Cy Twombly", "11:00"),
            ],
        ),
        ("Day 2", [("OpenShift AI", "Dee Dunn", "10:00")]),
    ]
    shown = [line for block in notes.talks[2].blocks for line in block.lines]
    assert shown == ["Notes:", "great venue", "TODO check the extension API"]  # every line still there


def test_a_symbol_before_a_talk_heading_does_not_hide_the_speaker_first():
    """ "### 🎤 Rebecca Wirfs-Brock — Heuristics": the words after the symbol are read as a
    heading's; a symbol before a title with no speaker stays in the title."""
    text = (
        "# DDD Europe 2024\n\n## Wednesday\n\n### 🎤 Rebecca Wirfs-Brock — Heuristics\n- design\n\n"
        "### 🎤 Vaughn Vernon — Strategic design\n- contexts\n\n### 🎙️ Lightning talks\n- five\n"
    )
    notes = parse_notes(text, "ddd.md")
    assert [(t.title, t.speaker) for t in notes.talks] == [
        ("Heuristics", "Rebecca Wirfs-Brock"),
        ("Strategic design", "Vaughn Vernon"),
        ("🎙️ Lightning talks", ""),
    ]
    assert notes.talks[0].heading == "🎤 Rebecca Wirfs-Brock — Heuristics"  # quoted on its page
