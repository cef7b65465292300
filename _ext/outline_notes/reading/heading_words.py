"""What a heading's words say about its role. Pure predicates, each with its own word table
(cached by text: the readings of a file ask about the same headings several times).

- :func:`title_likeness`: the name of a conference or of the notes ("DjangoCon Europe 2011").
- :func:`is_section_word`: a part of a talk ("Outline", "Questions", "Pros:").
- :func:`is_session_word`: a heading that groups talks ("Keynotes", "Lightning talks").
- :func:`is_break`: a pause in the programme, not a talk ("Lunch", "Coffee break").
- :func:`is_todo_heading`: a list of the note-taker's own follow-ups ("Things to check out").
- :func:`is_event_matter`: the event itself, beside its talks ("Venue & Wi-Fi", "People I met").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .day_words import fold
from .speakers import leading_time

# An event's own word: "Blacklight Summit", "PGConf", "DjangoCon"
_EVENT_WORDS = (
    r"conf|conference|konferenz|conférence|congreso|summit|symposium|congress|forum|camp|festival|fest|expo"
)
_TITLE = re.compile(
    rf"(?i)\b(?:notes?|{_EVENT_WORDS}|meetup|days|tage|journées|jornadas|sprint)\b|\w{{2,}}con\b|\bcon\b"
    r"|\b(?:19|20)\d{2}\b"
    # in Chinese, Japanese and Korean (no word boundaries): conference, notes, memo, report
    r"|大会|会议|笔记|峰会|カンファレンス|勉強会|参加レポート|参加メモ|ノート|컨퍼런스|콘퍼런스|후기"
)
_SECTION_SET = frozenset(
    """outline agenda overview summary intro introduction background motivation context conclusion
    conclusions questions question q&a qa faq references resources links slides video notes pros cons
    pro con examples example demo demos takeaways tl;dr tldr bio about misc miscellaneous other
    discussion history future goals why how what approach results method methods architecture
    implementation details setup installation install usage features tips lessons problem problems
    solution solutions challenges benefits status roadmap recap wrap-up thoughts comments highlights
    code sources quotes quote reading videos recordings recording photos pictures vidéos vídeos
    impressions observations reflections learnings
    bilan resume fazit zusammenfassung resumen riassunto
    参考资料 参考文献 参考链接 总结 小结 问答 感想 まとめ 参考 質疑応答 其他 其它 主要内容 その他 概要
    はじめに おわりに 前言 结语 요약 정리 참고 참고자료 질의응답 후기 들어가며 마치며""".split()
)
_SECTION_PHRASES = frozenset(
    {
        "q & a",
        "key takeaways",
        "lessons learned",
        "next steps",
        "wrap up",
        "closing thoughts",
        "key points",
        "further reading",
        "see also",
        # closing words, in the languages of the day words
        "in conclusion",
        "to conclude",
        "final words",
        "final thoughts",
        "en conclusion",
        "pour conclure",
        "pour finir",
        "en résumé",
        "zum schluss",
        "para terminar",
        "para concluir",
        "en resumen",
        "in conclusione",
        "per concludere",
        "em conclusão",
        "para finalizar",
    }
)
_OF = frozenset("of de du des del della der".split())
_SUMMING_UP = frozenset("summary recap wrap-up bilan resume fazit zusammenfassung resumen riassunto".split())
_QUALIFIERS = frozenset(
    "interesting useful other more further related additional random cool some my extra various "
    "general final personal opening closing misc miscellaneous assorted".split()
)
_SESSIONS = re.compile(
    # "OR2014 - Afternoon sessions", "PyCon 2019: Lightning talks": the event and its year first
    r"(?i)^(?:[a-z][\w'’.]*\s?(?:19|20)?\d{2,4}(?:\s+[-–—]|\s*:)\s+)?"
    r"(?:day\s*\d{1,2}\s+)?(?:(?:the|morning|afternoon|evening|invited|opening|closing|intro|introductory|"
    r"short|featured|sponsor(?:ed)?|community|main|plenary)\s+)?(?:keynotes?|lightning\s*talks?|"
    r"(?:(?!(?:my|your|our|his|her|their|this|that|a|an|one)\s)[^\W_][\w-]*\s+)?(?:talks|presentations)|"
    r"(?:(?!(?:my|your|our|his|her|their|this|that|a|an|one)\s)[^\W\d_][\w-]*\s+)?(?:sessions?|tracks?|devrooms?)|"
    r"workshops?|tutorials?|panels?|plenary|plenaries|sprints?|"
    r"open\s+spaces?|"
    r"posters?|birds of a feather|bofs?|quickies|hands-on\s+labs?|tools[\s-]+in[\s-]+action|unconference|"
    r"breakouts?|"
    r"morning|afternoon|evening|vorträge|exposés|charlas|ponencias|"
    # morning, afternoon, evening (session) in Chinese, Japanese and Korean
    r"(?:[上下]午|晚上|午前|午後|夜|오전|오후|저녁)(?:场|場|の部|세션)?)"
    r"(?:\s*(?:\d+|#\d+|[A-Z]|[IVX]+)\b)?\s*:?$"  # "Track 2", "Track B", "Session IV"
)
_BREAK_WORD = (
    r"(?:(?:morning|afternoon|evening|long|short|quick|official|welcome|closing|opening|speakers'?|after|"
    r"conference|networking|community|team)\s+)?"
    r"(?:lunch|coffee|coffee\s+break|break|dinner|breakfast|registration|check-?in|snacks?|tea|afternoon\s+tea|"
    r"party|parties|after-?party|reception|drinks|networking|hallway\s+track|pause|mittag(?:essen|spause)?|"
    r"kaffeepause|frühstück|anmeldung|abendessen|déjeuner|petit[-\s]déjeuner|dîner|accueil|"
    r"almuerzo|comida|desayuno|cena|acreditación|registro|almoço|jantar|credenciamento|"
    r"pranzo|colazione|pausa|happy\s+hour|"
    # lunch, dinner, breakfast, tea break, rest in Chinese, Japanese and Korean
    r"午餐|午饭|晚餐|早餐|茶歇|休息|午休|昼食|昼休み|休憩|ランチ|懇親会|前夜祭|後夜祭|점심|저녁\s*식사|휴식|네트워킹|뒤풀이)"
    r"(?:\s+(?:break|time|café|cafe|caffè|déjeuner))?"
)
# One break, or two joined ("Registration and breakfast", "Acreditación y Desayuno")
_BREAKS = re.compile(
    rf"(?i)^{_BREAK_WORD}(?:(?:\s+(?:and|y|e|et|und)\s+|\s*[&+/]\s*){_BREAK_WORD})?"
    r"(?:\s+(?:at|in|on|@)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3})?\s*[.!:]?$"  # "… at the venue"
)
_TODO = re.compile(
    r"(?i)\b(?:to\s*-?\s*dos?|to\s+check|to\s+read|to\s+watch|to\s+try|follow[-\s]?ups?|check\s+(?:out|later)"
    r"|want\s+to\s+(?:check|try|read|look)|things\s+to|zu\s+tun|zu\s+prüfen|à\s+faire|a\s+faire|à\s+voir|a\s+voir"
    r"|à\s+lire|pendientes|por\s+hacer|para\s+revisar|da\s+fare)\b"
)


# The words that ask ("what to do", "how to try", "que faire"): a question's, not a to-do list's
_ASKING = re.compile(
    r"(?i)^(?:what|how|where|when|why|which|who|quoi|que|comment|was|wie|qué|cómo|cosa|come)$"
)


# A list's number or letter before a heading's words: "C. Industry Session", "2) Lunch", "01 — Title".
ENUMERATOR = re.compile(r"^(?:(?:[A-Z]|\d{1,3})[.)]|\d{1,3}\s*[-–—])\s+(?=\S)")


# Pictographs and marks around a heading's words ("🍕 Lunch", "📚 Resources", "☕"): no words
_SYMBOLS = re.compile(r"^[\W_]*?(?=[\w(\[])|(?<=[\w).!?\]])[^\w)!?.\]]*$")


def _plain(text: str) -> str:
    if not text.isascii():
        text = _SYMBOLS.sub("", text)
    if "**" in text or "__" in text:  # "**11:00** Coffee break": the bold marks say nothing
        text = text.replace("**", "").replace("__", "")
    return ENUMERATOR.sub("", " ".join(text.strip().strip("*_`#:").strip().split()))


# An event's own word and its year: "Blacklight Summit ’22", "DjangoCon US 2022", "PGConf 2024"
_EVENT_WORD = re.compile(rf"(?i)\b(?:{_EVENT_WORDS})\b|\w{{2,}}con\b|\w{{2,}}conf\b")
_EVENT_YEAR = re.compile(r"(?:\b(?:19|20)\d{2}|[’'‘]\d{2})\b")


def names_an_event(text: str) -> bool:
    """The text names an event and its year ("Blacklight Summit ’22 | Cornell")."""
    return bool(_EVENT_WORD.search(text) and _EVENT_YEAR.search(text)) and not is_prose(text)


@lru_cache(maxsize=8192)
def title_likeness(text: str) -> bool:
    """The text names a conference or the notes themselves, in a few words (not a paragraph
    that mentions "the conference")."""
    return bool(_TITLE.search(text)) and not is_prose(text)


_SENTENCE_END = re.compile(r"[.!?…](?:\s+[\"“'‘(]?[A-Z]|\s*$)")


def in_sentences(text: str) -> bool:
    """Twelve words or more with a sentence's end in them: a paragraph of prose."""
    return len(text.split()) >= 12 and bool(_SENTENCE_END.search(text))


def is_prose(text: str) -> bool:
    """More than fifteen words, most of them in small letters, in sentences (one ends in it):
    prose, not a name ("Elliptics - distributed key/value storage - ..." is a title and its
    notes on one line)."""
    return in_small_letters(text, 16) and bool(_SENTENCE_END.search(text))


def in_small_letters(text: str, least: int) -> bool:
    """``least`` words or more after the first, most of them in small letters: a sentence's
    words, not a name's or a title's."""
    words = [w for w in text.split()[1:] if w[:1].isalpha()]
    return len(words) >= least and sum(1 for w in words if w[:1].islower()) * 2 > len(words)


# The event itself, not a talk: where it is, getting there, the wifi, swag, sponsors, the
# people met there ("Venue & Wi-Fi", "People I met", "Infos pratiques", "Anreise")
_EVENT_MATTER = frozenset(
    """logistics venue location wifi wi-fi wlan swag goodies travel hotel hotels accommodation
    accommodations lodging food catering sponsors sponsor exhibitors booths expo badge badges
    tickets transport transportation parking contacts housekeeping people networking
    schedule programme program timetable horaires programa programma zeitplan programm
    logistique lieu hébergement hebergement hôtel partenaires rencontres
    logistik anreise unterkunft veranstaltungsort kontakte organisatorisches sponsoren leute
    logística logistica lugar alojamiento transporte patrocinadores contactos gente
    hospedagem pessoas luogo alloggio trasporti persone""".split()
)
_EVENT_MATTER_PHRASES = frozenset(
    {
        "getting there",
        "expo hall",
        "sponsor booths",
        "people i met",
        "people met",
        "who i met",
        "new contacts",
        "practical info",
        "practical information",
        "general info",
        "social events",
        "code of conduct",
        "infos pratiques",
        "informations pratiques",
        "personnes rencontrées",
        "personnes rencontrees",
        "gente que conocí",
        "gente que conoci",
        "información práctica",
        "informacion practica",
        "pessoas que conheci",
        "persone incontrate",
        "leute, die ich getroffen habe",
    }
)
_JOINED = re.compile(r"\s*(?:&|\+|/|,|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*")


@lru_cache(maxsize=8192)
def is_event_matter(text: str) -> bool:
    """ "Venue & Wi-Fi", "Swag", "People I met", "Infos pratiques" — the event itself (where,
    how, who was there), a part of the notes beside the talks, not a talk."""
    if len(text) > 48:  # a few words at most: most talks' titles are longer
        return False
    plain = _ARTICLE.sub("", fold(_plain(text)).rstrip(":?!."))
    if plain in _EVENT_MATTER or plain in _EVENT_MATTER_PHRASES:
        return True
    parts = [part for part in _JOINED.split(plain) if part]  # "Venue & Wi-Fi", "Food and drinks"
    return len(parts) > 1 and all(
        part in _EVENT_MATTER or part in _EVENT_MATTER_PHRASES or is_break(part) for part in parts
    )


_ARTICLE = re.compile(r"^(?:the|la|le|les|die|der|das|el|los|il|o|a)\s+")


# A talk's part that introduces its speaker: its first words are the speaker's name
_SPEAKER_SECTIONS = frozenset(
    {"about the speaker", "speaker info", "speaker bio", "the speaker", "발표자 소개"}
    | set(
        "speaker speakers presenter 演讲者 演讲者信息 讲者 讲者信息 讲师 讲师介绍 嘉宾 嘉宾介绍 分享者 "
        "登壇者 発表者 スピーカー 講演者 발표자 연사 intervenant intervenants orateur sprecher referent "
        "ponente palestrante relatore".split()
    )
)


def is_speaker_section(text: str) -> bool:
    """ "Speaker", "About the speaker", "演讲者信息": a part of the talk that introduces its speaker."""
    return fold(_plain(text)).rstrip(":：") in _SPEAKER_SECTIONS


@lru_cache(maxsize=8192)
def is_section_word(text: str) -> bool:
    """ "Outline", "Questions", "Pros:", "Summary (by me)" — a part of a talk, not a talk."""
    plain = fold(_plain(text)).rstrip(":?!.")
    if plain.endswith(")") and "(" in plain:  # an aside in parentheses says nothing more
        plain = plain[: plain.rindex("(")].rstrip().rstrip(":?!.")
    if plain in _SECTION_SET or plain in _SECTION_PHRASES:
        return True
    if plain[-1:] == "s" and plain[:-1] in _SECTION_SET:  # "intros", "Introductions": more than one
        return True
    qualifier, _, noun = plain.partition(" ")  # "Interesting links", "Other resources"
    if qualifier in _QUALIFIERS and noun in _SECTION_SET:
        return True
    # "Summary of day one", "Bilan de la première journée": a summing-up, then what it sums up
    return qualifier in _SUMMING_UP and noun.split(" ", 1)[0] in _OF


# "Parallel Track 1 - Workflow", "Keynotes - part 1", "Track 2: Data": a group word that only
# groups (a track, or a plural), then its name; not "Keynote - Jane Doe", one talk
_NAMED_GROUP = re.compile(
    r"(?i)^(?:[^\W\d_][\w-]*\s+)?(?:tracks?|keynotes|sessions|talks|workshops|tutorials|panels)"
    r"(?:\s*(?:\d+|#\d+|[A-Z]|[IVX]+)\b)?\s*[-–—:]\s*\S.{0,40}$"
)


# "Theme: Autonomous AI Systems": the theme of a day or of a group of talks
_THEME = re.compile(r"(?i)^(?:theme|thème|motto|leitthema)\s*[:：]\s*\S")
# "Room 101", "Salle Gutenberg", "Main stage", "Saal B": the room a track of talks is held in
# (a room's name is one word: "Room Lovelace"; not "Room for improvement")
_ROOM = re.compile(
    r"(?i:^(?:the\s+)?(?:main|big|small|large|grand|grande|petite|kleiner|großer)?\s*"
    r"(?:room|hall|stage|auditorium|amphi(?:theater|théâtre)?|salle|saal|raum|sala|zaal|aula|sal))"
    r"(?:\s+(?:\d+|[A-Z][\w'’-]*|[IVX]+))?\s*:?$"
)


@lru_cache(maxsize=8192)
def is_session_word(text: str) -> bool:
    """ "Keynotes", "Lightning talks", "Afternoon sessions", "Track 2: Data", "Theme: AI",
    "Salle Gutenberg" — a heading that groups talks."""
    plain = _plain(text)
    return bool(
        _SESSIONS.match(plain) or _NAMED_GROUP.match(plain) or _THEME.match(plain) or _ROOM.match(plain)
    )


@lru_cache(maxsize=8192)
def is_break(text: str) -> bool:
    """ "Lunch", "Coffee break", "13:30 Lunch" (a time before it changes nothing)."""
    return bool(_BREAKS.match(_plain(leading_time(_plain(text))[1])))


@lru_cache(maxsize=8192)
def is_todo_heading(text: str) -> bool:
    """ "To do", "Things to check out"; not a question ("What to do when you have no SREs?")."""
    plain = _plain(text)
    found = _TODO.search(plain)
    if found is None or plain.endswith("?"):
        return False
    before = plain[: found.start()].split()
    if before and _ASKING.match(before[-1]):
        return False  # "What to do when the maintainer steps down": a question without its mark
    # the words open or close the heading ("Things to read", "Books I want to check out"), not
    # the middle of a title's sentence ("Comment j'ai aidé ma fille à lire avec le machine learning")
    return len(before) <= 2 or len(plain[found.end() :].split()) <= 2
