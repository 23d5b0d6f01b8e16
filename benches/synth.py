#!/usr/bin/env python3
"""Synthetic privacy statements of a given size, for vellum, Hugo and mdBook.

    python3 benches/synth.py SIZE OUTDIR [--languages L] [--sections S] [--products P]
                             [--cookies C] [--subprocessors R] [--seed N] [--vellum BIN]

SIZE is small (the bundled example's size), medium or large; the options override
single dimensions (compare.sh --scaling uses them). It writes three equivalent sites:

    OUTDIR/vellum             a vellum site that passes `vellum check` with no diagnostics
    OUTDIR/hugo               a multilingual Hugo site: one page per language, minimal layout
    OUTDIR/mdbook/<lang>/     one mdBook book per language, one chapter per section

The same statement, in the same languages, with the same prose and tables. English
and Dutch prose comes from parallel English and Dutch word lists, so Dutch reads as
Dutch and English as English (vellum runs language identification on both). Every
other language is pseudo-text: the English text with a suffix on each word; vellum
has no model for those languages, so nothing judges them. Periods in prose are
`{ $rule }` placeables (plus a few written out in words), bound to the sections that
state them, so the narrative check has real work in every language.

Python 3.11, standard library only. The output is a function of the arguments and the
seed (no clock, no network).
"""
import argparse
import json
import random
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

SIZES = {
    # The bundled example's size.
    "small": dict(languages=2, sections=16, products=11, cookies=12, subprocessors=11),
    "medium": dict(languages=10, sections=40, products=100, cookies=100, subprocessors=50),
    "large": dict(languages=80, sections=40, products=300, cookies=500, subprocessors=200),
}

# Languages in the order sizes take them: the source first, then Dutch, then the
# larger EU languages, regional variants early so that 80 languages include them.
# (tag, name in that language)
LANGUAGES = [
    ("en", "English"), ("nl", "Nederlands"), ("de", "Deutsch"), ("fr", "Français"),
    ("es", "Español"), ("it", "Italiano"), ("pt", "Português"), ("pl", "Polski"),
    ("sv", "Svenska"), ("da", "Dansk"), ("fi", "Suomi"), ("cs", "Čeština"),
    ("en-GB", "English (United Kingdom)"), ("pt-BR", "Português (Brasil)"),
    ("es-MX", "Español (México)"), ("fr-CA", "Français (Canada)"),
    ("zh-Hans", "简体中文"), ("zh-Hant", "繁體中文"), ("de-AT", "Deutsch (Österreich)"),
    ("de-CH", "Deutsch (Schweiz)"), ("sk", "Slovenčina"), ("sl", "Slovenščina"),
    ("hr", "Hrvatski"), ("ro", "Română"), ("bg", "Български"), ("el", "Ελληνικά"),
    ("hu", "Magyar"), ("et", "Eesti"), ("lv", "Latviešu"), ("lt", "Lietuvių"),
    ("ga", "Gaeilge"), ("mt", "Malti"), ("is", "Íslenska"), ("no", "Norsk"),
    ("ca", "Català"), ("eu", "Euskara"), ("gl", "Galego"), ("cy", "Cymraeg"),
    ("lb", "Lëtzebuergesch"), ("sq", "Shqip"), ("sr", "Српски"), ("bs", "Bosanski"),
    ("mk", "Македонски"), ("uk", "Українська"), ("be", "Беларуская"), ("ru", "Русский"),
    ("tr", "Türkçe"), ("ar", "العربية"), ("he", "עברית"), ("fa", "فارسی"),
    ("hi", "हिन्दी"), ("bn", "বাংলা"), ("ur", "اردو"), ("ta", "தமிழ்"), ("te", "తెలుగు"),
    ("mr", "मराठी"), ("gu", "ગુજરાતી"), ("kn", "ಕನ್ನಡ"), ("ml", "മലയാളം"),
    ("pa", "ਪੰਜਾਬੀ"), ("th", "ไทย"), ("vi", "Tiếng Việt"), ("id", "Bahasa Indonesia"),
    ("ms", "Bahasa Melayu"), ("fil", "Filipino"), ("ja", "日本語"), ("ko", "한국어"),
    ("sw", "Kiswahili"), ("af", "Afrikaans"), ("zu", "isiZulu"), ("xh", "isiXhosa"),
    ("am", "አማርኛ"), ("ka", "ქართული"), ("hy", "Հայերեն"), ("az", "Azərbaycan"),
    ("kk", "Қазақ"), ("uz", "Oʻzbek"), ("mn", "Монгол"), ("ne", "नेपाली"), ("si", "සිංහල"),
    # Beyond 80: only for --languages above 80.
    ("km", "ខ្មែរ"), ("lo", "ລາວ"), ("my", "မြန်မာ"), ("fy", "Frysk"), ("ast", "Asturianu"),
    ("haw", "ʻŌlelo Hawaiʻi"), ("yue", "粵語"), ("tg", "Тоҷикӣ"), ("ky", "Кыргызча"),
    ("ps", "پښتو"), ("so", "Soomaali"), ("yo", "Yorùbá"), ("ig", "Igbo"), ("ha", "Hausa"),
    ("mi", "Māori"), ("sm", "Gagana Sāmoa"), ("to", "Lea faka-Tonga"), ("gd", "Gàidhlig"),
    ("br", "Brezhoneg"), ("co", "Corsu"),
]

# Pseudo-text suffixes, one per pseudo-language (by position): short endings that
# keep the text word-shaped without being English.
SUFFIXES = ["en", "ek", "as", "um", "ja", "et", "ou", "ik", "os", "ar", "ul", "ez",
            "in", "ag", "ot", "ir", "am", "es", "ub", "ov"]

# ---------------------------------------------------------------------------
# Parallel English / Dutch word lists. Every entry is (English, Dutch). Nouns are
# plural so that Dutch determiners and adjectives agree without a gender table.
# No number words and no time units (day, month, year, dag, maand, jaar, week, uur,
# ...): a period written outside a section that binds a rule is a warning, so the
# only periods in the prose are the ones generated on purpose.

SUBJECTS = [("We", "Wij"), ("Our teams", "Onze teams"), ("Our processors", "Onze verwerkers"),
            ("Our customers", "Onze klanten"), ("Service providers", "Dienstverleners"),
            ("Our affiliates", "Onze gelieerde ondernemingen"), ("Public authorities", "Overheidsinstanties"),
            ("Our support staff", "Onze supportmedewerkers"), ("Our auditors", "Onze accountants"),
            ("Our engineers", "Onze technici"), ("Our lawyers", "Onze juristen")]
# (base, gerund, Dutch infinitive = Dutch plural present)
VERBS = [("process", "Processing", "verwerken"), ("review", "Reviewing", "beoordelen"),
         ("protect", "Protecting", "beschermen"), ("share", "Sharing", "delen"),
         ("record", "Recording", "registreren"), ("check", "Checking", "controleren"),
         ("document", "Documenting", "documenteren"), ("encrypt", "Encrypting", "versleutelen"),
         ("limit", "Limiting", "beperken"), ("describe", "Describing", "beschrijven"),
         ("receive", "Receiving", "ontvangen"), ("use", "Using", "gebruiken"),
         ("analyse", "Analysing", "analyseren"), ("collect", "Collecting", "verzamelen"),
         ("update", "Updating", "actualiseren"), ("correct", "Correcting", "corrigeren"),
         ("handle", "Handling", "behandelen"), ("secure", "Securing", "beveiligen"),
         ("verify", "Verifying", "verifiëren"), ("archive", "Archiving", "archiveren"),
         ("delete", "Deleting", "verwijderen"), ("publish", "Publishing", "publiceren")]
ADJS = [("personal", "persoonlijke"), ("relevant", "relevante"), ("technical", "technische"),
        ("necessary", "noodzakelijke"), ("legal", "wettelijke"), ("separate", "afzonderlijke"),
        ("complete", "volledige"), ("accurate", "juiste"), ("public", "openbare"),
        ("internal", "interne"), ("independent", "onafhankelijke"), ("appropriate", "passende"),
        ("specific", "specifieke"), ("commercial", "commerciële"), ("financial", "financiële"),
        ("contractual", "contractuele"), ("confidential", "vertrouwelijke"),
        ("encrypted", "versleutelde"), ("operational", "operationele"), ("additional", "aanvullende"),
        ("sensitive", "gevoelige"), ("professional", "professionele"), ("regional", "regionale"),
        ("automated", "geautomatiseerde")]
NOUNS = [("records", "registraties"), ("data", "gegevens"), ("requests", "verzoeken"),
         ("accounts", "accounts"), ("contracts", "contracten"), ("services", "diensten"),
         ("messages", "berichten"), ("addresses", "adressen"), ("profiles", "profielen"),
         ("complaints", "klachten"), ("reports", "rapporten"), ("invoices", "facturen"),
         ("payments", "betalingen"), ("purposes", "doeleinden"), ("agreements", "overeenkomsten"),
         ("systems", "systemen"), ("networks", "netwerken"), ("settings", "instellingen"),
         ("documents", "documenten"), ("measures", "maatregelen"), ("instructions", "instructies"),
         ("obligations", "verplichtingen"), ("rights", "rechten"), ("questions", "vragen"),
         ("decisions", "besluiten"), ("suppliers", "leveranciers"), ("employees", "medewerkers"),
         ("users", "gebruikers"), ("customers", "klanten"), ("safeguards", "waarborgen"),
         ("procedures", "procedures"), ("interests", "belangen"), ("conversations", "gesprekken"),
         ("applications", "toepassingen"), ("identifiers", "kenmerken")]
PREPS = [("of", "van"), ("for", "voor"), ("with", "met"), ("about", "over"), ("through", "via"),
         ("on behalf of", "namens"), ("from", "van"), ("against", "tegen"), ("under", "onder")]
DETS = [("the", "de"), ("our", "onze"), ("your", "uw"), ("these", "deze"), ("all", "alle")]
CONJS = [("so that", "zodat"), ("when", "wanneer"), ("because", "omdat"), ("if", "als"),
         ("before", "voordat"), ("after", "nadat"), ("while", "terwijl"), ("where", "waar")]
ADVS = [("Therefore", "Daarom"), ("In addition", "Daarnaast"), ("Where the law allows", "Waar de wet het toestaat"),
        ("In practice", "In de praktijk"), ("As a rule", "In de regel"),
        ("For this reason", "Om die reden"), ("Moreover", "Bovendien"),
        ("In those cases", "In die gevallen"), ("On request", "Op verzoek")]
# No "may" or "kunnen": vellum reports them as hedges (issue 14).
MODALS = [("must", "moeten"), ("will", "zullen")]

EMAILS = ["privacy@kestrel.example", "dpo@kestrel.example", "security@kestrel.example",
          "support@kestrel.example"]

# Number words and units for the periods this script writes (rendering tables and
# Hugo/mdBook prose, and the few periods written out in words).
NUM = {
    "en": {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven",
           8: "eight", 9: "nine", 10: "ten", 12: "twelve", 13: "thirteen", 18: "eighteen",
           30: "thirty", 90: "ninety"},
    "nl": {1: "één", 2: "twee", 3: "drie", 4: "vier", 5: "vijf", 6: "zes", 7: "zeven",
           8: "acht", 9: "negen", 10: "tien", 12: "twaalf", 13: "dertien", 18: "achttien",
           30: "dertig", 90: "negentig"},
}
UNITS = {
    "en": {"Y": ("year", "years"), "M": ("month", "months"), "W": ("week", "weeks"),
           "D": ("day", "days"), "H": ("hour", "hours"), "TM": ("minute", "minutes")},
    "nl": {"Y": ("jaar", "jaar"), "M": ("maand", "maanden"), "W": ("week", "weken"),
           "D": ("dag", "dagen"), "H": ("uur", "uur"), "TM": ("minuut", "minuten")},
}

# Retention periods the generated rules cycle through: (period, max, ends_early).
RULE_SHAPES = [("P6M", "P2Y", None), ("end-of-contract", None, None),
               ("P12M", None, "consent-withdrawn"), ("end-of-services", None, None),
               ("P10Y", None, None), ("P7Y", "P10Y", None), ("P5Y", None, None),
               ("P2Y", None, None), ("P3M", "P1Y", None), ("P30D", None, None),
               ("P18M", None, "account-closed"), ("P4Y", None, None),
               ("P90D", "P6M", None), ("P1Y", None, "purpose-fulfilled")]

COOKIE_SHAPES = {  # category: (party, lifespans)
    "strictly-necessary": ("first", ["browser-session", "PT30M", "P1Y"]),
    "functional": ("first", ["P30D", "P90D", "P1Y"]),
    "performance": ("third", ["P13M", "P2Y", "P1D"]),
    "marketing": ("third", ["P90D", "P6M", "P1Y"]),
}

# id, English, Dutch, EEA, safeguard outside the EEA
COUNTRIES = [
    ("nl", "Netherlands", "Nederland", True, None), ("de", "Germany", "Duitsland", True, None),
    ("fr", "France", "Frankrijk", True, None), ("ie", "Ireland", "Ierland", True, None),
    ("no", "Norway", "Noorwegen", True, None), ("be", "Belgium", "België", True, None),
    ("lu", "Luxembourg", "Luxemburg", True, None), ("at", "Austria", "Oostenrijk", True, None),
    ("es", "Spain", "Spanje", True, None), ("it", "Italy", "Italië", True, None),
    ("pt", "Portugal", "Portugal", True, None), ("se", "Sweden", "Zweden", True, None),
    ("dk", "Denmark", "Denemarken", True, None), ("fi", "Finland", "Finland", True, None),
    ("pl", "Poland", "Polen", True, None), ("cz", "Czechia", "Tsjechië", True, None),
    ("ee", "Estonia", "Estland", True, None), ("is", "Iceland", "IJsland", True, None),
    ("gb", "United Kingdom", "Verenigd Koninkrijk", False, "adequacy-decision"),
    ("us", "United States", "Verenigde Staten", False, "data-privacy-framework"),
    ("ca", "Canada", "Canada", False, "adequacy-decision"),
    ("ch", "Switzerland", "Zwitserland", False, "adequacy-decision"),
    ("jp", "Japan", "Japan", False, "adequacy-decision"),
    ("kr", "South Korea", "Zuid-Korea", False, "adequacy-decision"),
    ("nz", "New Zealand", "Nieuw-Zeeland", False, "adequacy-decision"),
    ("sg", "Singapore", "Singapore", False, "standard-contractual-clauses"),
    ("cn", "China", "China", False, "standard-contractual-clauses"),
    ("co", "Colombia", "Colombia", False, "standard-contractual-clauses"),
    ("au", "Australia", "Australië", False, "binding-corporate-rules"),
    ("in", "India", "India", False, "standard-contractual-clauses"),
    ("br", "Brazil", "Brazilië", False, "standard-contractual-clauses"),
    ("za", "South Africa", "Zuid-Afrika", False, "binding-corporate-rules"),
    ("mx", "Mexico", "Mexico", False, "standard-contractual-clauses"),
]

# id, entity suffix, street, postal code, city, country
OFFICES = [
    ("amsterdam", "B.V.", "Valkenburgerstraat 214", "1011 ND", "Amsterdam", "nl"),
    ("san-francisco", "Inc.", "480 Larkin Wharf Street", "94107", "San Francisco", "us"),
    ("london", "Ltd", "17 Copperfield Yard", "EC2A 4RT", "London", "gb"),
    ("berlin", "GmbH", "Spreeuferhof 38", "10179", "Berlin", "de"),
    ("singapore", "Pte. Ltd.", "62 Harbourfront Link", "098634", "Singapore", "sg"),
    ("shanghai", "Co., Ltd.", "399 Jinhui Road", "200120", "Shanghai", "cn"),
    ("sydney", "Pty Ltd", "205 Wattle Quay", "2000", "Sydney", "au"),
    ("bogota", "S.A.S.", "Carrera 9 No. 81-44", "110221", "Bogotá", "co"),
    ("dublin", "Ltd", "12 Grand Canal Quay", "D02 X576", "Dublin", "ie"),
    ("paris", "SAS", "41 rue du Faubourg", "75010", "Paris", "fr"),
    ("madrid", "S.L.", "Calle de Alcalá 118", "28009", "Madrid", "es"),
    ("milan", "S.r.l.", "Via Tortona 27", "20144", "Milan", "it"),
    ("stockholm", "AB", "Hornsgatan 64", "118 21", "Stockholm", "se"),
    ("warsaw", "Sp. z o.o.", "ul. Prosta 51", "00-838", "Warsaw", "pl"),
    ("toronto", "Inc.", "220 King Street West", "M5H 1K4", "Toronto", "ca"),
    ("tokyo", "K.K.", "2-11-3 Meguro", "153-0063", "Tokyo", "jp"),
    ("zurich", "AG", "Hardturmstrasse 161", "8005", "Zurich", "ch"),
    ("mumbai", "Pvt. Ltd.", "Bandra Kurla Complex", "400051", "Mumbai", "in"),
    ("sao-paulo", "Ltda.", "Avenida Paulista 1842", "01310-200", "São Paulo", "br"),
    ("mexico-city", "S.A. de C.V.", "Paseo de la Reforma 296", "06600", "Mexico City", "mx"),
    ("seoul", "Ltd", "Teheran-ro 152", "06236", "Seoul", "kr"),
    ("auckland", "Ltd", "88 Shortland Street", "1010", "Auckland", "nz"),
    ("cape-town", "(Pty) Ltd", "9 Bree Street", "8001", "Cape Town", "za"),
    ("oslo", "AS", "Akersgata 32", "0180", "Oslo", "no"),
]

PRODUCT_WORDS = ["SMS", "Voice", "Email", "Numbers", "Verify", "Inbox", "Flow Builder", "Meet",
                 "Chat Widget", "Pulse", "Relay", "Beacon", "Ledger", "Harbor", "Signal", "Compass",
                 "Lantern", "Anchor", "Orbit", "Prism", "Quill", "Summit", "Vector", "Atlas",
                 "Cascade", "Ember", "Falcon", "Glacier", "Horizon", "Juniper", "Keystone",
                 "Meridian", "Nimbus", "Onyx", "Pinnacle", "Quarry", "Ridge", "Sable", "Tundra",
                 "Umber", "Vista", "Willow", "Zephyr"]
CHANNELS = ["WhatsApp Business", "Messenger", "Telegram", "Viber", "RCS (Rich Communication Services)",
            "LINE", "WeChat", "Signal", "Apple Messages for Business", "Google Business Messages"]
SUB_HEADS = ["North", "Polder", "Fjord", "Salt", "Grey", "Quiet", "Hollow", "Tide", "Fern",
             "Amber", "Lantern", "Copper", "Silver", "Birch", "Cedar", "Harbour", "Marsh", "Raven",
             "Stone", "Willow", "Heather", "Kestle", "Moss", "Flint"]
SUB_TAILS = ["wind", "vault", "marsh", "heron", "log", "pine", "well", "castle", "field", "fish",
             "brook", "gate", "ridge", "light"]
SUB_KINDS = ["Cloud", "Hosting", "Analytics", "Security", "Mail", "CRM", "Helpdesk", "Backup",
             "Identity", "Voice", "Payments", "Translation", "Monitoring", "Storage"]
COOKIE_STEMS = ["session", "csrf", "route", "consent", "lang", "chat", "tz", "vid", "visit",
                "campaign", "ref", "uid", "pref", "theme", "cart", "ab", "geo", "perf", "click",
                "src", "seg", "imp", "conv", "trk"]


class Prose:
    """Sentences in English and Dutch at once, from the parallel word lists."""

    def __init__(self, rng):
        self.rng = rng

    def pick(self, xs):
        return self.rng.choice(xs)

    def _np(self, adj=True):
        d, a, n = self.pick(DETS), self.pick(ADJS), self.pick(NOUNS)
        if adj:
            return f"{d[0]} {a[0]} {n[0]}", f"{d[1]} {a[1]} {n[1]}"
        return f"{d[0]} {n[0]}", f"{d[1]} {n[1]}"

    def sentence(self):
        s, v, p, (o_en, o_nl), (t_en, t_nl) = (self.pick(SUBJECTS), self.pick(VERBS),
                                               self.pick(PREPS), self._np(), self._np(False))
        kind = self.rng.randrange(4)
        if kind == 0:  # main clause
            return f"{s[0]} {v[0]} {o_en} {p[0]} {t_en}.", f"{s[1]} {v[2]} {o_nl} {p[1]} {t_nl}."
        if kind == 1:  # main clause, subordinate clause (Dutch: verb last)
            c, s2, v2, (u_en, u_nl) = self.pick(CONJS), self.pick(SUBJECTS), self.pick(VERBS), self._np(False)
            return (f"{s[0]} {v[0]} {o_en} {p[0]} {t_en}, {c[0]} {lower(s2[0])} {v2[0]} {u_en}.",
                    f"{s[1]} {v[2]} {o_nl} {p[1]} {t_nl}, {c[1]} {lower(s2[1])} {u_nl} {v2[2]}.")
        if kind == 2:  # adverbial first (Dutch: verb second)
            a = self.pick(ADVS)
            return (f"{a[0]}, {lower(s[0])} {v[0]} {o_en} {p[0]} {t_en}.",
                    f"{a[1]} {v[2]} {lower(s[1])} {o_nl} {p[1]} {t_nl}.")
        m = self.pick(MODALS)  # modal (Dutch: infinitive last)
        return (f"{s[0]} {m[0]} {v[0]} {o_en} only {p[0]} {t_en}.",
                f"{s[1]} {m[1]} {o_nl} alleen {p[1]} {t_nl} {v[2]}.")

    def sentences(self, lo, hi):
        pairs = [self.sentence() for _ in range(self.rng.randint(lo, hi))]
        return " ".join(e for e, _ in pairs), " ".join(n for _, n in pairs)

    def cross_ref(self, target_id, title_en, title_nl):
        s, v, (o_en, o_nl) = self.pick(SUBJECTS), self.pick(VERBS), self._np()
        return (f"{s[0]} {v[0]} {o_en} as described in [the section on {lower(title_en)}](#{target_id}).",
                f"{s[1]} {v[2]} {o_nl} zoals beschreven in [het onderdeel over {lower(title_nl)}](#{target_id}).")

    def email(self):
        e, (o_en, o_nl) = self.pick(EMAILS), self._np()
        return (f"Questions about {o_en} can be sent to [{e}](mailto:{e}).",
                f"Vragen over {o_nl} kunt u sturen naar [{e}](mailto:{e}).")

    def footnoted(self, label):
        """A sentence with a footnote mark, and the footnote's definition."""
        s, v, d, a, n, p, (t_en, t_nl) = (self.pick(SUBJECTS), self.pick(VERBS), self.pick(DETS),
                                          self.pick(ADJS), self.pick(NOUNS), self.pick(PREPS),
                                          self._np(False))
        s2, v2, p2, (u_en, u_nl), (w_en, w_nl) = (self.pick(SUBJECTS), self.pick(VERBS),
                                                  self.pick(PREPS), self._np(False), self._np())
        return ((f"{s[0]} {v[0]} {d[0]} {a[0]} {n[0]}[^{label}] {p[0]} {t_en}.",
                 f"{s[1]} {v[2]} {d[1]} {a[1]} {n[1]}[^{label}] {p[1]} {t_nl}."),
                (f"{cap(a[0])} {n[0]} are {u_en} that {lower(s2[0])} {v2[0]} {p2[0]} {w_en}.",
                 f"{cap(a[1])} {n[1]} zijn {u_nl} die {lower(s2[1])} {p2[1]} {w_nl} {v2[2]}."))

    def list_block(self, bold=False):
        """An introducing sentence and 3-6 items."""
        s, v, (o_en, o_nl) = self.pick(SUBJECTS), self.pick(VERBS), self._np()
        intro = (f"{s[0]} {v[0]} {o_en} in the following cases:",
                 f"{s[1]} {v[2]} {o_nl} in de volgende gevallen:")
        items_en, items_nl = [], []
        n = self.rng.randint(3, 6)
        for i in range(n):
            end = "." if i == n - 1 else ";"
            if bold:
                a, w = self.pick(ADJS), self.pick(NOUNS)
                e, nl = self.sentence()
                items_en.append(f"**{cap(a[0])} {w[0]}.** {e}")
                items_nl.append(f"**{cap(a[1])} {w[1]}.** {nl}")
            else:
                (x_en, x_nl), p, (y_en, y_nl) = self._np(), self.pick(PREPS), self._np(False)
                items_en.append(f"{x_en} {p[0]} {y_en}{end}")
                items_nl.append(f"{x_nl} {p[1]} {y_nl}{end}")
        return intro, (items_en, items_nl)

    def name(self):
        """A short noun phrase: a category, purpose or data name."""
        a, n = self.pick(ADJS), self.pick(NOUNS)
        return f"{cap(a[0])} {n[0]}", f"{cap(a[1])} {n[1]}"


def lower(s):
    """Lower-cases the first letter unless the word is an acronym (SMS, GDPR)."""
    return s if len(s) > 1 and s[1].isupper() else s[:1].lower() + s[1:]


def cap(s):
    return s[:1].upper() + s[1:]


def kebab(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


# ---------------------------------------------------------------------------
# Texts. A text is kept in "raw" form: placeables and periods written in words
# are protected (\x00 for their spaces, \x01..\x02 around words-periods) so that
# wrapping never splits them and the pseudo-text transform leaves them alone.
# `mode` is "en", "nl" or ("pseudo", suffix).

def placeable(name):
    return "{\x00$" + name + "\x00}"


def period_in_words(value, voc):
    """'P6M' -> 'six (6) months' (or 'zes (6) maanden'), protected for wrapping."""
    n, unit = parse_iso(value)
    words = NUM[voc][n]
    unit_word = UNITS[voc][unit][0 if n == 1 else 1]
    return "\x01" + "\x00".join([words, f"({n})", unit_word]) + "\x02"


def parse_iso(value):
    m = re.fullmatch(r"P(\d+)([YMWD])|PT(\d+)([HM])", value)
    if m.group(1):
        return int(m.group(1)), m.group(2)
    return int(m.group(3)), "H" if m.group(4) == "H" else "TM"


_PROTECT = re.compile(r"\x01[^\x02]*\x02|\{[^}]*\}|\]\([^)]*\)|\[\^[^\]]*\]"
                      r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_WORD = re.compile(r"[A-Za-z]+")


def pseudo(text, suffix):
    """English text -> pseudo-text: every word gets the language's suffix, except
    inside placeables, link targets, footnote labels, e-mail addresses and periods
    written in words (those must stay recognizable)."""
    out, pos = [], 0
    for m in _PROTECT.finditer(text):
        out.append(_WORD.sub(lambda w: w.group() + suffix, text[pos:m.start()]))
        out.append(m.group())
        pos = m.end()
    out.append(_WORD.sub(lambda w: w.group() + suffix, text[pos:]))
    return "".join(out)


def pick_mode(text_en, text_nl, mode):
    if mode == "en":
        return text_en
    if mode == "nl":
        return text_nl
    return pseudo(text_en, mode[1])


def clean(s):
    return s.replace("\x00", " ").replace("\x01", "").replace("\x02", "")


def wrap(s, first="", rest=""):
    return "\n".join(textwrap.wrap(s, width=88, initial_indent=first, subsequent_indent=rest,
                                   break_long_words=False, break_on_hyphens=False))


class Plain:
    """A one-line text (a name, a description)."""

    def __init__(self, en, nl):
        self.en, self.nl = en, nl

    def render(self, mode):
        return clean(pick_mode(self.en, self.nl, mode))


class Body:
    """Markdown prose: paragraphs, lists and footnote definitions."""

    def __init__(self):
        self.blocks = []  # ("p", en, nl) | ("ul", [en], [nl]) | ("fn", label, en, nl)

    def p(self, en, nl):
        self.blocks.append(("p", en, nl))

    def render(self, mode):
        out = []
        for b in self.blocks:
            if b[0] == "p":
                out.append(clean(wrap(pick_mode(b[1], b[2], mode))))
            elif b[0] == "ul":
                out.append("\n".join(clean(wrap(pick_mode(e, n, mode), "- ", "  "))
                                     for e, n in zip(b[1], b[2])))
            else:  # a footnote definition stays on one line, as in the example
                out.append(f"[^{b[1]}]: " + clean(pick_mode(b[2], b[3], mode)))
        return "\n\n".join(out) + "\n"


# ---------------------------------------------------------------------------
# The model.

CORE_SECTIONS = [  # id, English title, Dutch title, blocks
    ("who-we-are", "Who we are", "Wie wij zijn", ["affiliates"]),
    ("scope", "Scope of this statement", "Reikwijdte van deze privacyverklaring", []),
    ("personal-data", "Personal data we collect", "Persoonsgegevens die wij verzamelen", ["data-categories"]),
    ("end-user-data", "End-user personal data per product", "Persoonsgegevens van eindgebruikers per product", ["products-table"]),
    ("purposes-and-legal-bases", "Purposes and legal bases", "Doeleinden en rechtsgronden", ["purposes-table", "legal-bases"]),
    ("recipients", "Who receives your data", "Wie uw gegevens ontvangt", ["recipients"]),
    ("subprocessors", "Sub-processors", "Subverwerkers", ["subprocessors-table"]),
    ("international-transfers", "International transfers", "Doorgifte buiten de Europese Economische Ruimte", []),
    ("retention", "How long we keep your data", "Hoe lang wij uw gegevens bewaren", ["retention-table"]),
    ("security", "Security", "Beveiliging", []),
    ("your-rights", "Your rights", "Uw rechten", ["rights"]),
    ("cookies", "Cookies and similar technologies", "Cookies en vergelijkbare technieken", ["cookie-categories", "cookies-table"]),
    ("children", "Children", "Kinderen", []),
    ("changes", "Changes to this statement", "Wijzigingen in deze privacyverklaring", []),
    ("disputes-and-supervisory-authority", "Disputes and the supervisory authority", "Geschillen en de toezichthoudende autoriteit", ["supervisory-authority"]),
    ("contact", "Contact us", "Contact met ons", ["contact", "offices"]),
]
# Generated sections go before these (so that "contact" stays last).
TAIL_SECTIONS = 3

CORE_RULES = [  # id, data (en, nl), shape index, categories
    ("sms-voice-traffic", "SMS and voice traffic data", "Verkeersgegevens van sms en spraak", 0, ["traffic-data", "location-data"]),
    ("communication-services", "Data of our other communication services", "Gegevens van onze andere communicatiediensten", 1, ["identifiers", "traffic-data", "message-content"]),
    ("marketing-data", "Marketing data of prospects", "Marketinggegevens van potentiële klanten", 2, ["identifiers", "professional", "partner-data"]),
    ("customer-marketing", "Marketing data of existing customers", "Marketinggegevens van bestaande klanten", 3, ["identifiers", "commercial"]),
    ("customer-account", "Customer account data", "Gegevens van klantaccounts", 4, ["identifiers", "professional", "commercial"]),
    ("financial-records", "Invoices, payments and other financial records", "Facturen, betalingen en andere financiële administratie", 5, ["financial", "commercial"]),
    ("consent-records", "Proof of consent", "Bewijs van toestemming", 6, ["identifiers", "internet-activity"]),
    ("rights-requests", "Confirmations of handled rights requests", "Bevestigingen van afgehandelde verzoeken", 6, ["identifiers", "support-interactions"]),
    ("support-records", "Support tickets and call notes", "Supporttickets en gespreksnotities", 7, ["support-interactions"]),
]
RETENTION_SUBSECTIONS = [  # id, en, nl, rule ids
    ("retention-communications", "Communications data", "Communicatiegegevens", ["sms-voice-traffic", "communication-services"]),
    ("retention-marketing", "Marketing data", "Marketinggegevens", ["marketing-data", "customer-marketing"]),
    ("retention-account-financial", "Customer account and financial data", "Klantaccounts en financiële gegevens", ["customer-account", "financial-records"]),
    ("retention-compliance", "Proof of consent and rights requests", "Bewijs van toestemming en verzoeken", ["consent-records", "rights-requests"]),
    ("retention-support", "Support interactions", "Contacten met de klantenservice", ["support-records"]),
]
CORE_CATEGORIES = [  # id, en, nl, has a definition
    ("identifiers", "Identifiers", "Identificatiegegevens", False),
    ("professional", "Professional information", "Professionele gegevens", False),
    ("financial", "Financial information", "Financiële gegevens", False),
    ("commercial", "Commercial information", "Commerciële gegevens", False),
    ("internet-activity", "Internet and network activity", "Internet- en netwerkactiviteit", False),
    ("location-data", "Location data", "Locatiegegevens", True),
    ("support-interactions", "Support interactions", "Contacten met de klantenservice", False),
    ("traffic-data", "Traffic data", "Verkeersgegevens", True),
    ("message-content", "Communication content", "Inhoud van communicatie", False),
    ("public-business-data", "Business information from public sources", "Zakelijke gegevens uit openbare bronnen", False),
    ("partner-data", "Information from partners and resellers", "Gegevens van partners en resellers", False),
    ("fraud-signals", "Risk and fraud-prevention signals", "Signalen voor fraudepreventie", False),
]
LEGAL_BASES = [  # id, en, nl, basis, article en, article nl (vellum prints the article itself;
    # Hugo and mdBook get it as text)
    ("consent", "Consent", "Toestemming", "consent", "6(1)(a) GDPR", "art. 6 lid 1 sub a AVG"),
    ("contract", "Performance of a contract", "Uitvoering van een overeenkomst", "contract", "6(1)(b) GDPR", "art. 6 lid 1 sub b AVG"),
    ("legal-obligation", "Legal obligation", "Wettelijke verplichting", "legal-obligation", "6(1)(c) GDPR", "art. 6 lid 1 sub c AVG"),
    ("legitimate-interest", "Legitimate interest", "Gerechtvaardigd belang", "legitimate-interests", "6(1)(f) GDPR", "art. 6 lid 1 sub f AVG"),
]
RIGHTS = [  # id (the right of the GDPR), en, nl, article en, article nl (as text for Hugo and mdBook)
    ("access", "Right of access", "Recht op inzage", "Art. 15 GDPR", "Art. 15 AVG"),
    ("rectification", "Right to rectification", "Recht op rectificatie", "Art. 16 GDPR", "Art. 16 AVG"),
    ("erasure", "Right to erasure", "Recht op gegevenswissing", "Art. 17 GDPR", "Art. 17 AVG"),
    ("restriction", "Right to restriction of processing", "Recht op beperking van de verwerking", "Art. 18 GDPR", "Art. 18 AVG"),
    ("portability", "Right to data portability", "Recht op overdraagbaarheid", "Art. 20 GDPR", "Art. 20 AVG"),
    ("objection", "Right to object", "Recht van bezwaar", "Art. 21 GDPR", "Art. 21 AVG"),
    ("withdraw-consent", "Right to withdraw consent", "Recht om toestemming in te trekken", "Art. 7(3) GDPR", "Art. 7 lid 3 AVG"),
    ("automated-decisions", "Right not to be subject to automated decisions", "Recht om niet te worden onderworpen aan geautomatiseerde besluiten", "Art. 22 GDPR", "Art. 22 AVG"),
]
RECIPIENTS = [
    ("telecom-operators", "Telecom operators and messaging channel providers", "Telecomoperators en aanbieders van berichtenkanalen", "independent-controller"),
    ("service-providers", "Service providers", "Dienstverleners", "processor"),
    ("payment-providers", "Payment service providers", "Betaaldienstverleners", "independent-controller"),
    ("affiliates", "Kestrel group companies", "Groepsmaatschappijen van Kestrel", "processor"),
    ("professional-advisers", "Auditors and professional advisers", "Accountants en professionele adviseurs", "controller"),
    ("authorities", "Public authorities", "Overheidsinstanties", "authority"),
]
COOKIE_CATEGORIES = [
    ("strictly-necessary", "Strictly necessary cookies", "Strikt noodzakelijke cookies", True),
    ("functional", "Functional cookies", "Functionele cookies", False),
    ("performance", "Performance cookies", "Prestatiecookies", False),
    ("marketing", "Marketing cookies", "Marketingcookies", False),
]
FACTS = [("response-deadline", "Deadline for answering a rights request", "Termijn voor het beantwoorden van een verzoek", "P1M", None),
         ("response-extension", "Extension of the deadline for complex requests", "Verlenging van de termijn voor complexe verzoeken", "P2M", None),
         ("minimum-age", "Minimum age to use our services", "Minimumleeftijd voor het gebruik van onze diensten", None, 18)]


class Site:
    """The whole statement: data, sections and every translatable message."""

    def __init__(self, params, seed):
        self.p = params
        self.rng = random.Random(seed)
        self.prose = Prose(self.rng)
        self.langs = [t for t, _ in LANGUAGES[: params["languages"]]]
        self.lang_names = dict(LANGUAGES)
        self.msgs = {}        # message id -> Plain | Body (what `vellum i18n sync` emits)
        self.values = {}      # placeable name -> period value ("P6M", "end-of-contract")
        self.build()

    # -- helpers -----------------------------------------------------------
    def msg(self, mid, text):
        assert mid not in self.msgs, mid
        self.msgs[mid] = text
        return text

    def desc(self, lo=1, hi=2):
        return Plain(*self.prose.sentences(lo, hi))

    def mode(self, lang):
        if lang == "en" or lang.startswith("en-"):
            return "en"
        if lang == "nl" or lang.startswith("nl-"):
            return "nl"
        pseudo_langs = [l for l in self.langs if not (l == "en" or l.startswith("en-") or l == "nl" or l.startswith("nl-"))]
        return ("pseudo", SUFFIXES[pseudo_langs.index(lang) % len(SUFFIXES)])

    # -- data --------------------------------------------------------------
    def build(self):
        P, C, R = self.p["products"], self.p["cookies"], self.p["subprocessors"]
        pr, rng = self.prose, self.rng
        self.msg("notice-title", Plain("Privacy Statement", "Privacyverklaring"))

        n_offices = min(len(OFFICES), 8 + (P // 50) * 2)
        self.offices = OFFICES[:n_offices]
        used_countries = {o[5] for o in self.offices}

        # Categories: the example's twelve, then generated ones as products grow.
        self.categories = []
        names = set()
        for cid, en, nl, has_def in CORE_CATEGORIES:
            self.categories.append(dict(id=cid, name=Plain(en, nl), has_def=has_def,
                                        source="other-sources" if cid in ("public-business-data", "partner-data") else "direct"))
        for i in range(P // 20):
            while True:
                en, nl = pr.name()
                if en not in names:
                    names.add(en)
                    break
            self.categories.append(dict(id=f"{kebab(en)}-{i + 1}", name=Plain(en, nl), has_def=i % 4 == 0,
                                        source="other-sources" if i % 5 == 4 else "direct"))
        cat_ids = [c["id"] for c in self.categories]

        # Products; every tenth one is a grouped row with members.
        self.products = []
        for i in range(P):
            word = PRODUCT_WORDS[i % len(PRODUCT_WORDS)]
            round_ = i // len(PRODUCT_WORDS)
            if i % 10 == 9:
                k = f" {i // 10 + 1}" if i >= 10 else ""
                en, nl = f"Messaging channels{k}", f"Berichtenkanalen{k}"
                members = rng.sample(CHANNELS, rng.randint(3, 6))
            else:
                en = nl = f"Kestrel {word}" + (f" {round_ + 1}" if round_ else "")
                members = []
            pid = kebab(f"{en} {i + 1}") if members else kebab(en)
            self.products.append(dict(id=pid, name=Plain(en, nl), members=members,
                                      categories=rng.sample(cat_ids, rng.randint(2, 5))))

        self.purposes = []
        for i in range(14 + P // 20):
            v, a, n = pr.pick(VERBS), pr.pick(ADJS), pr.pick(NOUNS)
            self.purposes.append(dict(
                id=f"{kebab(v[1])}-{kebab(n[0])}-{i + 1}",
                name=Plain(f"{v[1]} {a[0]} {n[0]}", f"{cap(v[2])} van {a[1]} {n[1]}"),
                basis=LEGAL_BASES[i % 4][0], categories=rng.sample(cat_ids, rng.randint(2, 4))))

        # Sub-processors: EEA countries need no safeguard; others name theirs.
        self.subprocessors = []
        seen = set()
        for i in range(R):
            head, tail = SUB_HEADS[i % len(SUB_HEADS)], SUB_TAILS[(i // len(SUB_HEADS)) % len(SUB_TAILS)]
            kind = SUB_KINDS[(i * 7) % len(SUB_KINDS)]
            country = COUNTRIES[(i * 5) % len(COUNTRIES)]
            legal = {"us": "Inc.", "gb": "Ltd", "de": "GmbH", "fr": "SAS", "nl": "B.V."}.get(country[0], "Ltd")
            name = f"{head}{tail} {kind} {legal}"
            sid = kebab(f"{head}{tail}-{kind}")
            if sid in seen:
                sid = f"{sid}-{i + 1}"
            seen.add(sid)
            used_countries.add(country[0])
            self.subprocessors.append(dict(id=sid, name=name, location=country[0],
                                           safeguard="eea" if country[3] else country[4]))

        # Cookies: first-party ones by Kestrel, third-party ones by sub-processors.
        self.cookies = []
        cats = [c[0] for c in COOKIE_CATEGORIES]
        for i in range(C):
            cat = cats[i % 4]
            party, lifespans = COOKIE_SHAPES[cat]
            stem = COOKIE_STEMS[i % len(COOKIE_STEMS)]
            n = i // len(COOKIE_STEMS)
            name = (f"kc_{stem}" if party == "first" else f"_{SUB_HEADS[i % len(SUB_HEADS)].lower()}_{stem}") + (f"_{n}" if n else "")
            provider = "Kestrel" if party == "first" else self.subprocessors[i % len(self.subprocessors)]["name"]
            self.cookies.append(dict(id=kebab(f"kc {name}"), name=name, provider=provider, category=cat,
                                     party=party, lifespan=lifespans[(i // 4) % len(lifespans)]))

        # Retention rules: the example's nine, then one per generated section.
        n_extra = max(0, self.p["sections"] - len(CORE_SECTIONS))
        self.rules = []
        for rid, en, nl, shape, cats_ in CORE_RULES:
            self.rules.append(self.rule(rid, en, nl, RULE_SHAPES[shape], cats_))
        self.extra_rules = []
        for i in range(n_extra):
            a, n, d = pr.pick(ADJS), pr.pick(NOUNS), pr.pick(NOUNS)
            rule = self.rule(f"{kebab(a[0])}-{kebab(n[0])}-{i + 1}",
                             f"{cap(a[0])} {n[0]} of {d[0]}", f"{cap(a[1])} {n[1]} van {d[1]}",
                             RULE_SHAPES[(i + 3) % len(RULE_SHAPES)], rng.sample(cat_ids, 2))
            self.rules.append(rule)
            self.extra_rules.append(rule)
        # Every third rule with a duration is written out in words, not as a placeable.
        for i, r in enumerate(self.rules):
            r["in_words"] = r["period"].startswith("P") and parse_iso(r["period"])[0] > 1 and i % 3 == 0
        for fid, _, _, period, age in FACTS:
            self.values[fid] = period or f"P{age}Y"

        self.countries = [c for c in COUNTRIES if c[0] in used_countries | {"nl"}]
        self.sections = self.build_sections(n_extra)
        self.data_messages()

    def rule(self, rid, en, nl, shape, cats):
        period, max_, early = shape
        self.values[rid] = period
        if max_:
            self.values[f"{rid}-max"] = max_
        if early:
            self.values[f"{rid}-ends-early"] = early
        return dict(id=rid, data=Plain(en, nl), period=period, max=max_, ends_early=early,
                    categories=cats, reason=self.desc(1, 1))

    def rule_paragraph(self, rule):
        """Prose that states a rule: its period, its upper bound, its early end."""
        rid, r_en, r_nl = rule["id"], lower(rule["data"].en), lower(rule["data"].nl)
        if rule["in_words"]:
            en_p, nl_p = period_in_words(rule["period"], "en"), period_in_words(rule["period"], "nl")
        else:
            en_p = nl_p = placeable(rid)
        if rule["period"].startswith("P"):
            en, nl = f"We keep {r_en} for {en_p}.", f"Wij bewaren {r_nl} gedurende {nl_p}."
        else:
            en, nl = f"We keep {r_en} {en_p}.", f"Wij bewaren {r_nl} {nl_p}."
        if rule["ends_early"]:
            en = en[:-1] + f", or {placeable(rid + '-ends-early')} if that happens first."
            nl = nl[:-1] + f", of {placeable(rid + '-ends-early')} als dat eerder is."
        s_en, s_nl = self.prose.sentences(1, 2)
        en, nl = f"{en} {s_en}", f"{nl} {s_nl}"
        if rule["max"]:
            en += f" Where a law requires it, we keep the data concerned for up to {placeable(rid + '-max')}."
            nl += f" Waar een wet dat vereist, bewaren wij de betreffende gegevens maximaal {placeable(rid + '-max')}."
        return en, nl

    # -- sections ----------------------------------------------------------
    def build_sections(self, n_extra):
        pr, rng = self.prose, self.rng
        core = list(CORE_SECTIONS)
        if self.p["sections"] < len(core):
            core = core[: self.p["sections"]]
        # (id, en, nl, blocks, kind)
        layout = [(i, en, nl, b, "core") for i, en, nl, b in core[: len(core) - TAIL_SECTIONS]]
        titles_used = set()
        for k in range(n_extra):
            while True:
                a, n, m = pr.pick(ADJS), pr.pick(NOUNS), pr.pick(NOUNS)
                if n != m and (a, n, m) not in titles_used:
                    titles_used.add((a, n, m))
                    break
            layout.append((f"{kebab(a[0])}-{kebab(n[0])}-{k + 1}", f"{cap(a[0])} {n[0]} and {m[0]}",
                           f"{cap(a[1])} {n[1]} en {m[1]}", [], ("extra", k)))
        layout += [(i, en, nl, b, "core") for i, en, nl, b in core[len(core) - TAIL_SECTIONS:]]
        self.titles = {sid: (en, nl) for sid, en, nl, _, _ in layout}
        all_ids = [sid for sid, *_ in layout]

        self.fn_count = 0
        sections = []
        for sid, en, nl, blocks, kind in layout:
            s = dict(id=sid, blocks=blocks, rules=[], subsections=[])
            self.msg(f"section-{sid}-title", Plain(en, nl))
            body = self.msg(f"section-{sid}-body", Body())
            self.fill(body, sid, all_ids, paragraphs=rng.randint(3, 4))
            if kind != "core":
                rule = self.extra_rules[kind[1]]
                s["rules"] = [rule["id"]]
                body.blocks.insert(1, ("p",) + self.rule_paragraph(rule))
                if kind[1] % 2 == 0:
                    s["subsections"].append(self.subsection(f"{sid}-details", all_ids))
            self.core_extras(s, body, all_ids)
            sections.append(s)
        return sections

    def subsection(self, sid, all_ids, rules=(), title=None):
        pr = self.prose
        if title is None:
            a, n = pr.pick(ADJS), pr.pick(NOUNS)
            title = (f"{cap(a[0])} {n[0]}", f"{cap(a[1])} {n[1]}")
        self.titles[sid] = title
        self.msg(f"section-{sid}-title", Plain(*title))
        body = self.msg(f"section-{sid}-body", Body())
        self.fill(body, sid, all_ids, paragraphs=2, with_list=False)
        for k, rid in enumerate(rules):
            rule = next(r for r in self.rules if r["id"] == rid)
            body.blocks.insert(k, ("p",) + self.rule_paragraph(rule))
        return dict(id=sid, rules=list(rules), blocks=[], subsections=[])

    def fill(self, body, sid, all_ids, paragraphs, with_list=True):
        """A few hundred words: paragraphs, a list, a cross-reference, sometimes an
        e-mail link or a footnote."""
        pr, rng = self.prose, self.rng
        others = [i for i in all_ids if i != sid]
        footnote = rng.random() < 0.3
        for k in range(paragraphs):
            en, nl = pr.sentences(3, 5)
            if k == 1 and others:
                target = rng.choice(others)
                x_en, x_nl = pr.cross_ref(target, *self.titles[target])
                en, nl = f"{en} {x_en}", f"{nl} {x_nl}"
            if k == paragraphs - 1 and rng.random() < 0.5:
                x_en, x_nl = pr.email()
                en, nl = f"{en} {x_en}", f"{nl} {x_nl}"
            if k == 0 and footnote:
                self.fn_count += 1
                label = f"n{self.fn_count}"
                (f_en, f_nl), (d_en, d_nl) = pr.footnoted(label)
                en, nl = f"{en} {f_en}", f"{nl} {f_nl}"
            body.p(en, nl)
            if k == 0 and with_list:
                (i_en, i_nl), (items_en, items_nl) = pr.list_block(bold=rng.random() < 0.3)
                body.p(i_en, i_nl)
                body.blocks.append(("ul", items_en, items_nl))
        if footnote:
            body.blocks.append(("fn", label, d_en, d_nl))

    def core_extras(self, s, body, all_ids):
        """What the example's sections bind: rules in retention, facts in rights
        and children, and their subsections."""
        sid = s["id"]
        if sid == "retention":
            for rsid, en, nl, rules in RETENTION_SUBSECTIONS:
                s["subsections"].append(self.subsection(rsid, all_ids, rules, (en, nl)))
        elif sid == "your-rights":
            sub = self.subsection("exercising-your-rights", all_ids,
                                  title=("How to exercise your rights", "Hoe u uw rechten uitoefent"))
            sub["rules"] = ["response-deadline", "response-extension"]
            b = self.msgs["section-exercising-your-rights-body"]
            b.blocks.insert(0, ("p",
                f"We respond to your request within {placeable('response-deadline')} of receiving it. "
                f"If your request is complex, or if we receive many requests at once, we extend "
                f"this deadline by {placeable('response-extension')}. " + self.prose.sentence()[0],
                f"Wij reageren binnen {placeable('response-deadline')} na ontvangst op uw verzoek. "
                f"Als uw verzoek complex is, of als wij veel verzoeken tegelijk ontvangen, verlengen wij "
                f"deze termijn met {placeable('response-extension')}. " + self.prose.sentence()[1]))
            s["subsections"].append(sub)
        elif sid == "children":
            s["rules"] = ["minimum-age"]
            e, n = self.prose.sentence()
            body.blocks.insert(0, ("p",
                f"You must be at least {placeable('minimum-age')} old to create an account or to use "
                f"our dashboard. {e}",
                f"U moet ten minste {placeable('minimum-age')} oud zijn om een account aan te maken of "
                f"ons dashboard te gebruiken. {n}"))
        elif sid in ("personal-data", "security", "cookies"):
            s["subsections"].append(self.subsection(f"{sid}-details", all_ids))

    # -- data messages, in the order `vellum i18n sync` writes them ----------
    def data_messages(self):
        for c in self.categories:
            self.msg(f"category-{c['id']}-name", c["name"])
            c["description"] = self.msg(f"category-{c['id']}-description", self.desc())
            if c["has_def"]:
                c["definition"] = self.msg(f"category-{c['id']}-definition", self.desc(2, 2))
        for p in self.products:
            self.msg(f"product-{p['id']}-name", p["name"])
            p["description"] = self.msg(f"product-{p['id']}-description", self.desc(1, 1))
            for m in p["members"]:  # names, kept as they are in every language
                self.msg(f"product-{p['id']}-member-{kebab(m)}", Plain(m, m))
        self.legal = []
        for bid, en, nl, basis, art_en, art_nl in LEGAL_BASES:
            b = dict(id=bid, name=self.msg(f"legal-basis-{bid}-name", Plain(en, nl)), basis=basis,
                     article=Plain(art_en, art_nl),
                     description=self.msg(f"legal-basis-{bid}-description", self.desc()))
            self.legal.append(b)
        for p in self.purposes:
            self.msg(f"purpose-{p['id']}-name", p["name"])
            p["description"] = self.msg(f"purpose-{p['id']}-description", self.desc(1, 1))
        for r in self.rules:
            self.msg(f"rule-{r['id']}-data", r["data"])
            self.msg(f"rule-{r['id']}-reason", r["reason"])
        self.facts = []
        for fid, en, nl, period, age in FACTS:
            self.facts.append(dict(id=fid, name=self.msg(f"fact-{fid}-name", Plain(en, nl)),
                                   period=period, age=age))
        self.rights = []
        for rid, en, nl, art_en, art_nl in RIGHTS:
            self.rights.append(dict(id=rid, name=self.msg(f"right-{rid}-name", Plain(en, nl)),
                                    article=Plain(art_en, art_nl),
                                    description=self.msg(f"right-{rid}-description", self.desc())))
        self.recipients = []
        for rid, en, nl, role in RECIPIENTS:
            self.recipients.append(dict(id=rid, role=role, name=self.msg(f"recipient-{rid}-name", Plain(en, nl)),
                                        description=self.msg(f"recipient-{rid}-description", self.desc())))
        for s in self.subprocessors:
            s["purpose"] = self.msg(f"subprocessor-{s['id']}-purpose", self.desc(1, 1))
        self.cookie_categories = []
        for cid, en, nl, without in COOKIE_CATEGORIES:
            self.cookie_categories.append(dict(
                id=cid, without_consent=without, name=self.msg(f"cookie-category-{cid}-name", Plain(en, nl)),
                description=self.msg(f"cookie-category-{cid}-description", self.desc())))
        for c in self.cookies:
            c["purpose"] = self.msg(f"cookie-{c['id']}-purpose", self.desc(1, 1))
        for cid, en, nl, _, _ in self.countries:
            self.msg(f"country-{cid}-name", Plain(en, nl))


# ---------------------------------------------------------------------------
# vellum

class Lit(str):
    """A string emitted as a YAML literal block (`body: |`)."""


def yaml_scalar(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    return json.dumps(v, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar


def yaml_lines(obj, ind=0):
    pad = " " * ind
    if isinstance(obj, dict):
        for k, v in obj.items():
            if v is None or v == []:
                continue
            if isinstance(v, Lit):
                yield f"{pad}{k}: |"
                for line in v.rstrip("\n").split("\n"):
                    yield pad + "  " + line if line else ""
            elif isinstance(v, dict) or (isinstance(v, list) and isinstance(v[0], dict)):
                yield f"{pad}{k}:"
                yield from yaml_lines(v, ind + 2)
            elif isinstance(v, list):
                yield f"{pad}{k}: [" + ", ".join(yaml_scalar(x) for x in v) + "]"
            else:
                yield f"{pad}{k}: {yaml_scalar(v)}"
    else:
        for item in obj:
            lines = list(yaml_lines(item, ind + 2))
            yield pad + "- " + lines[0][ind + 2:]
            yield from lines[1:]


def write_yaml(path, obj, blank_between=False):
    path.parent.mkdir(parents=True, exist_ok=True)
    if blank_between and isinstance(obj, list):
        text = "\n\n".join("\n".join(yaml_lines([item])) for item in obj)
    else:
        text = "\n".join(yaml_lines(obj))
    path.write_text(text + "\n", encoding="utf-8")


def ftl_escape_line(line):
    """Fluent: an indented line must not start with [, * or ."""
    stripped = line.lstrip(" ")
    if stripped[:1] in ("[", "*", "."):
        return line[: len(line) - len(stripped)] + '{"' + stripped[0] + '"}' + stripped[1:]
    return line


def ftl_message(mid, text):
    lines = text.rstrip("\n").split("\n")
    if len(lines) == 1:
        return f"{mid} = {lines[0]}\n"
    return f"{mid} =\n" + "".join(("    " + ftl_escape_line(l) if l else "") + "\n" for l in lines)


def write_vellum(site, root):
    mode_en = "en"
    org = dict(legal_name="Kestrel Communications B.V.", trade_name="Kestrel",
               registration="Chamber of Commerce (KvK) 81736204", headquarters="amsterdam",
               website="https://www.kestrel.example/",
               contacts=dict(privacy=EMAILS[0], security=EMAILS[2], support=EMAILS[3]))
    write_yaml(root / "content/notice.yaml", dict(
        title=site.msgs["notice-title"].render(mode_en), version="4.1", effective_date="2026-05-18",
        languages=site.langs, default_language="en", base_url="https://privacy.kestrel.example/",
        style="words-and-numerals", organisation=org, data_protection_officer=dict(email=EMAILS[1]),
        # Sized for benchmarks, not a complete notice: no completeness checks (issue 14).
        profile="none",
        supervisory_authority=dict(name="Autoriteit Persoonsgegevens", country="nl",
                                   website="https://www.autoriteitpersoonsgegevens.nl")))

    def section_yaml(s):
        return dict(id=s["id"], title=site.msgs[f"section-{s['id']}-title"].render(mode_en),
                    rules=s["rules"], blocks=s["blocks"],
                    body=Lit(site.msgs[f"section-{s['id']}-body"].render(mode_en)),
                    subsections=[section_yaml(x) for x in s["subsections"]])

    width = max(2, len(str(len(site.sections))))
    for i, s in enumerate(site.sections):
        write_yaml(root / f"content/sections/{i + 1:0{width}d}-{s['id']}.yaml", section_yaml(s))

    en = lambda t: t.render(mode_en)
    data = root / "content/data"
    write_yaml(data / "legal-bases.yaml", [dict(id=b["id"], basis=b["basis"], name=en(b["name"]),
                                                description=en(b["description"])) for b in site.legal], True)
    write_yaml(data / "purposes.yaml", [dict(id=p["id"], name=en(p["name"]), legal_basis=p["basis"],
                                             description=en(p["description"]), data_categories=p["categories"])
                                        for p in site.purposes], True)
    write_yaml(data / "data-categories.yaml", [dict(
        id=c["id"], name=en(c["name"]), source=c["source"],
        description=en(c["description"]), definition=en(c["definition"]) if c["has_def"] else None)
        for c in site.categories], True)
    write_yaml(data / "products.yaml", [dict(id=p["id"], name=en(p["name"]), description=en(p["description"]),
                                             members=p["members"], categories=p["categories"])
                                        for p in site.products], True)
    write_yaml(data / "retention.yaml", [dict(id=r["id"], data=en(r["data"]), categories=r["categories"],
                                              period=r["period"], max=r["max"], ends_early=r["ends_early"],
                                              reason=en(r["reason"])) for r in site.rules], True)
    write_yaml(data / "facts.yaml", [dict(id=f["id"], name=en(f["name"]), period=f["period"], age=f["age"])
                                     for f in site.facts], True)
    write_yaml(data / "rights.yaml", [dict(id=r["id"], right=r["id"], name=en(r["name"]),
                                           description=en(r["description"])) for r in site.rights], True)
    write_yaml(data / "recipients.yaml", [dict(id=r["id"], name=en(r["name"]), role=r["role"],
                                               description=en(r["description"])) for r in site.recipients], True)
    write_yaml(data / "subprocessors.yaml", [dict(id=s["id"], name=s["name"], purpose=en(s["purpose"]),
                                                  location=s["location"], safeguard=s["safeguard"],
                                                  dpf_certified=True if s["safeguard"] == "data-privacy-framework" else None)
                                             for s in site.subprocessors], True)
    write_yaml(data / "cookie-categories.yaml", [dict(id=c["id"], name=en(c["name"]), description=en(c["description"]),
                                                      without_consent=True if c["without_consent"] else None)
                                                 for c in site.cookie_categories], True)
    write_yaml(data / "cookies.yaml", [dict(id=c["id"], name=c["name"], provider=c["provider"], category=c["category"],
                                            party=c["party"], lifespan=c["lifespan"], purpose=en(c["purpose"]))
                                       for c in site.cookies], True)
    write_yaml(data / "countries.yaml", [dict(id=cid, name=name, eea=True if eea else None)
                                         for cid, name, _, eea, _ in site.countries], True)
    safeguards = {cid: safeguard for cid, _, _, _, safeguard in COUNTRIES}
    write_yaml(data / "affiliates.yaml", [dict(id=f"kestrel-{oid}", name=f"Kestrel Communications {suffix}",
                                               country=country, office=oid, safeguard=safeguards.get(country),
                                               dpf_certified=True if safeguards.get(country) == "data-privacy-framework" else None)
                                          for oid, suffix, street, postal, city, country in site.offices[1:]], True)
    write_yaml(data / "offices.yaml", [dict(id=oid, entity=f"Kestrel Communications {suffix}", street=[street],
                                            postal_code=postal, city=city, country=country,
                                            email=EMAILS[0] if oid == "amsterdam" else None)
                                       for oid, suffix, street, postal, city, country in site.offices], True)

    # UI strings and period vocabulary for languages the built-in theme lacks
    # (it has en and nl): copies of the English ones with the language's name.
    theme = REPO / "theme/locales/en"
    for lang in site.langs[1:]:
        if lang == "nl":
            continue
        d = root / "locales" / lang
        d.mkdir(parents=True, exist_ok=True)
        name = site.lang_names[lang]
        ui = (theme / "ui.ftl").read_text(encoding="utf-8")
        ui = ui.replace("language-name = English", f"language-name = {name}")
        ui = ui.replace("choose-language = Read in English", f"choose-language = {name}")
        (d / "ui.ftl").write_text(ui, encoding="utf-8")
        shutil.copy(theme / "periods.yaml", d / "periods.yaml")


def write_translations(site, root):
    """locales/<lang>/content.ftl for each non-source language, with exactly the
    ids `vellum i18n sync` generated."""
    source = (root / "locales/en/content.ftl").read_text(encoding="utf-8")
    ids = re.findall(r"^([a-z][a-z0-9-]*) =", source, flags=re.M)
    missing, extra = set(ids) - set(site.msgs), set(site.msgs) - set(ids)
    if missing or extra:
        sys.exit(f"synth.py: message ids differ from `vellum i18n sync`: "
                 f"unexpected {sorted(missing)[:10]}, not generated {sorted(extra)[:10]}")
    for lang in site.langs[1:]:
        mode = site.mode(lang)
        out = [f"# {site.lang_names[lang]} ({lang}): synthetic translation of locales/en/content.ftl.\n\n"]
        out += [ftl_message(mid, site.msgs[mid].render(mode)) for mid in ids]
        d = root / "locales" / lang
        d.mkdir(parents=True, exist_ok=True)
        (d / "content.ftl").write_text("".join(out), encoding="utf-8")


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        sys.exit(f"synth.py: `{' '.join(map(str, cmd))}` failed ({r.returncode}):\n{r.stderr[-4000:]}")
    return r


# ---------------------------------------------------------------------------
# Hugo and mdBook: the same texts, with placeables rendered the way vellum
# renders them and the data blocks as Markdown tables.

def ui_strings(lang_voc):
    """Single-line messages of the theme's ui.ftl."""
    text = (REPO / f"theme/locales/{lang_voc}/ui.ftl").read_text(encoding="utf-8")
    return dict(re.findall(r"^([a-z0-9-]+) = (.+)$", text, flags=re.M))


class MarkdownEdition:
    """Renders the statement as Markdown for one language."""

    def __init__(self, site, lang):
        self.site, self.lang, self.mode = site, lang, site.mode(lang)
        self.voc = "nl" if self.mode == "nl" else "en"
        self.ui = ui_strings(self.voc)

    def t(self, text):
        out = text.render(self.mode)
        return re.sub(r"\{ \$([a-z0-9-]+) \}", lambda m: self.period(self.site.values[m.group(1)]), out)

    def period(self, value):
        if not value.startswith("P"):
            return self.ui[f"event-{value}"]
        n, unit = parse_iso(value)
        return f"{NUM[self.voc][n]} ({n}) {UNITS[self.voc][unit][0 if n == 1 else 1]}"

    def cell(self, s):
        return " ".join(s.split()).replace("|", "\\|")

    def table(self, caption, headers, rows):
        out = [f"**{caption}**", "", "| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
        out += ["| " + " | ".join(self.cell(c) for c in row) + " |" for row in rows]
        return "\n".join(out)

    def block(self, kind):
        s, u, t = self.site, self.ui, self.t
        cat_name = {c["id"]: t(c["name"]) for c in s.categories}
        if kind == "affiliates":
            return f"**{u['affiliates-heading']}**\n\n" + "\n".join(
                f"- Kestrel Communications {o[1]}, {o[4]}" for o in s.offices[1:])
        if kind == "data-categories":
            rows, notes = [], []
            for c in s.categories:
                name = t(c["name"])
                if c["has_def"]:
                    name += f"[^def-{c['id']}]"
                    notes.append(f"[^def-{c['id']}]: {t(c['definition'])}")
                rows.append([name, t(c["description"]), u[f"source-{c['source']}"]])
            return self.table(u["data-categories-caption"], [u["data-category-name"], u["data-category-description"],
                                                            u["data-category-source"]], rows) + "\n\n" + "\n".join(notes)
        if kind == "products-table":
            rows = []
            for p in s.products:
                cats = ", ".join(cat_name[c] for c in p["categories"])
                name = t(p["name"]) + (f" ({', '.join(p['members'])})" if p["members"] else "")
                rows.append([name, t(p["description"]) + " " + cats])
            return self.table(u["products-caption"], [u["products-product"], u["products-categories"]], rows)
        if kind == "purposes-table":
            basis = {b["id"]: t(b["name"]) for b in s.legal}
            return self.table(u["purposes-caption"], [u["col-purpose-name"], u["col-purpose-basis"], u["col-purpose-categories"]],
                              [[t(p["name"]) + ": " + t(p["description"]), basis[p["basis"]],
                                ", ".join(cat_name[c] for c in p["categories"])] for p in s.purposes])
        if kind == "legal-bases":
            return self.table(u["legal-bases-caption"], [u["col-legal-basis-name"], u["col-legal-basis-article"], u["col-legal-basis-meaning"]],
                              [[t(b["name"]), t(b["article"]), t(b["description"])] for b in s.legal])
        if kind == "recipients":
            return self.table(u["recipients-caption"], [u["col-recipient-name"], u["col-recipient-role"], u["col-recipient-description"]],
                              [[t(r["name"]), u[f"role-{r['role']}"], t(r["description"])] for r in s.recipients])
        if kind == "subprocessors-table":
            country = {c[0]: t(s.msgs[f"country-{c[0]}-name"]) for c in s.countries}
            return self.table(u["subprocessors-caption"], [u["col-subprocessor-name"], u["col-subprocessor-purpose"],
                                                          u["col-subprocessor-location"], u["col-subprocessor-safeguard"]],
                              [[x["name"], t(x["purpose"]), country[x["location"]], u[f"safeguard-{x['safeguard']}"]]
                               for x in s.subprocessors])
        if kind == "retention-table":
            return self.table(u["retention-caption"], [u["retention-data"], u["retention-period"], u["retention-max"],
                                                      u["retention-ends-early"], u["retention-reason"]],
                              [[t(r["data"]), self.period(r["period"]), self.period(r["max"]) if r["max"] else u["retention-none"],
                                self.period(r["ends_early"]) if r["ends_early"] else u["retention-none"], t(r["reason"])]
                               for r in s.rules])
        if kind == "rights":
            return self.table(u["rights-caption"], [u["col-right-name"], u["col-right-article"], u["col-right-description"]],
                              [[t(r["name"]), t(r["article"]), t(r["description"])] for r in s.rights])
        if kind == "cookie-categories":
            return self.table(u["caption-cookie-categories"], [u["col-cookie-category"], u["col-cookie-purpose"], u["col-cookie-category-consent"]],
                              [[t(c["name"]), t(c["description"]),
                                u["col-cookie-without-consent"] if c["without_consent"] else u["col-cookie-with-consent"]]
                               for c in s.cookie_categories])
        if kind == "cookies-table":
            cat = {c["id"]: t(c["name"]) for c in s.cookie_categories}
            return self.table(u["cookies-caption"], [u["col-cookie-name"], u["col-cookie-provider"], u["col-cookie-category"],
                                                    u["col-cookie-party"], u["col-cookie-lifespan"], u["col-cookie-purpose"]],
                              [[f"`{c['name']}`", c["provider"], cat[c["category"]], u[f"party-{c['party']}"],
                                self.period(c["lifespan"]), t(c["purpose"])] for c in s.cookies])
        if kind == "supervisory-authority":
            return (f"**{u['supervisory-authority-heading']}**\n\nAutoriteit Persoonsgegevens, "
                    f"<https://www.autoriteitpersoonsgegevens.nl>")
        if kind == "contact":
            return "\n".join(f"- {u[k]}: [{e}](mailto:{e})" for k, e in
                             [("contact-privacy", EMAILS[0]), ("contact-dpo", EMAILS[1]),
                              ("contact-security", EMAILS[2]), ("contact-support", EMAILS[3])])
        if kind == "offices":
            country = {c[0]: t(s.msgs[f"country-{c[0]}-name"]) for c in s.countries}
            return f"**{u['offices-heading']}**\n\n" + "\n\n".join(
                f"Kestrel Communications {o[1]}  \n{o[2]}  \n{o[3]} {o[4]}  \n{country[o[5]]}" for o in s.offices)
        raise ValueError(kind)

    def section(self, s, number, level, link):
        """A section and its subsections; `link(id)` makes a cross-reference target."""
        title = self.t(self.site.msgs[f"section-{s['id']}-title"])
        body = self.t(self.site.msgs[f"section-{s['id']}-body"])
        body = re.sub(r"\]\(#([a-z0-9-]+)\)", lambda m: f"]({link(m.group(1))})", body)
        out = [f"{'#' * level} {number} {title} {{#{s['id']}}}", "", body.rstrip("\n")]
        out += ["", *[self.block(b) + "\n" for b in s["blocks"]]]
        for k, sub in enumerate(s["subsections"]):
            out.append(self.section(sub, f"{number.rstrip('.')}.{k + 1}", level + 1, link))
        return "\n".join(out) + "\n"


def write_hugo(site, root):
    """One page per language (content/<lang>/_index.md, the home page), like
    vellum's one page per language; a minimal layout with a table of contents."""
    cfg = ['baseURL = "https://privacy.kestrel.example/"', 'title = "Privacy Statement"',
           'defaultContentLanguage = "en"', "defaultContentLanguageInSubdir = true",
           'disableKinds = ["taxonomy", "term", "RSS"]',
           "[markup.tableOfContents]", "startLevel = 2", "endLevel = 3", "ordered = false", "", "[languages]"]
    for i, lang in enumerate(site.langs):
        cfg += [f"[languages.{lang}]", f'languageCode = "{lang}"',
                f"languageName = {json.dumps(site.lang_names[lang], ensure_ascii=False)}",
                f'contentDir = "content/{lang}"', f"weight = {i + 1}"]
    (root / "hugo.toml").parent.mkdir(parents=True, exist_ok=True)
    (root / "hugo.toml").write_text("\n".join(cfg) + "\n", encoding="utf-8")

    layouts = root / "layouts/_default"
    layouts.mkdir(parents=True, exist_ok=True)
    (layouts / "baseof.html").write_text("""<!DOCTYPE html>
<html lang="{{ .Site.LanguageCode }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }}</title>
<link rel="stylesheet" href="{{ "style.css" | relURL }}">
{{ range .Translations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">
{{ end }}</head>
<body>
<a class="skip" href="#main">{{ i18n "skip" }}</a>
<nav class="languages">{{ range .AllTranslations }}<a href="{{ .RelPermalink }}" hreflang="{{ .Language.Lang }}">{{ .Language.LanguageName }}</a> {{ end }}</nav>
<main id="main">{{ block "main" . }}{{ end }}</main>
</body>
</html>
""", encoding="utf-8")
    main = """{{ define "main" }}
<h1>{{ .Title }}</h1>
<p>{{ i18n "version" . }} · {{ i18n "inforce" . }} {{ .Date | time.Format ":date_long" }}</p>
<nav class="toc" aria-labelledby="toc-heading"><h2 id="toc-heading">{{ i18n "contents" }}</h2>{{ .TableOfContents }}</nav>
{{ .Content }}
{{ end }}
"""
    (layouts / "list.html").write_text(main, encoding="utf-8")
    (layouts / "single.html").write_text(main, encoding="utf-8")
    (root / "static").mkdir(parents=True, exist_ok=True)
    (root / "static/style.css").write_text(STYLE, encoding="utf-8")

    (root / "i18n").mkdir(parents=True, exist_ok=True)
    for lang in site.langs:
        ed = MarkdownEdition(site, lang)
        u = ed.ui
        i18n = {"skip": u["skip-to-content"], "contents": u["contents"],
                "version": u["version-label"].replace("{ $version }", "{{ .Params.version }}"),
                "inforce": u["in-force-from"].replace("{ $date }", "").strip()}
        (root / f"i18n/{lang}.toml").write_text(
            "".join(f"{k} = {json.dumps(v, ensure_ascii=False)}\n" for k, v in i18n.items()), encoding="utf-8")
        title = ed.t(site.msgs["notice-title"])
        parts = [f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\ndate: 2026-05-18\nversion: \"4.1\"\n---\n"]
        for i, s in enumerate(site.sections):
            parts.append(ed.section(s, f"{i + 1}.", 2, lambda sid: f"#{sid}"))
        d = root / "content" / lang
        d.mkdir(parents=True, exist_ok=True)
        (d / "_index.md").write_text("\n".join(parts), encoding="utf-8")


def write_mdbook(site, root):
    """One book per language; one chapter per top-level section."""
    width = max(2, len(str(len(site.sections))))
    chapter_of = {}
    for i, s in enumerate(site.sections):
        stack = [s]
        while stack:
            x = stack.pop()
            chapter_of[x["id"]] = f"{i + 1:0{width}d}-{s['id']}.md"
            stack += x["subsections"]
    for lang in site.langs:
        ed = MarkdownEdition(site, lang)
        book = root / lang
        src = book / "src"
        src.mkdir(parents=True, exist_ok=True)
        title = ed.t(site.msgs["notice-title"])
        (book / "book.toml").write_text(
            f'[book]\ntitle = {json.dumps(title, ensure_ascii=False)}\nlanguage = "{lang}"\nsrc = "src"\n\n[output.html]\n',
            encoding="utf-8")
        summary = ["# Summary", ""]
        for i, s in enumerate(site.sections):
            chapter = chapter_of[s["id"]]

            def link(sid, chapter=chapter):
                return f"#{sid}" if chapter_of[sid] == chapter else f"{chapter_of[sid]}#{sid}"
            (src / chapter).write_text(ed.section(s, f"{i + 1}.", 1, link), encoding="utf-8")
            summary.append(f"- [{ed.t(site.msgs['section-' + s['id'] + '-title'])}]({chapter})")
        (src / "SUMMARY.md").write_text("\n".join(summary) + "\n", encoding="utf-8")


STYLE = """body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:0 auto;padding:1rem}
table{border-collapse:collapse;display:block;overflow-x:auto}th,td{border:1px solid #ccc;padding:.3rem;vertical-align:top}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem}nav.languages a{margin-right:.5rem}
"""


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("size", choices=sorted(SIZES))
    ap.add_argument("outdir", type=Path)
    for k in ("languages", "sections", "products", "cookies", "subprocessors"):
        ap.add_argument(f"--{k}", type=int)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--vellum", type=Path, default=REPO / "target/release/vellum")
    ap.add_argument("--no-check", action="store_true", help="skip the final `vellum check`")
    args = ap.parse_args()

    params = dict(SIZES[args.size])
    for k in params:
        if getattr(args, k) is not None:
            params[k] = getattr(args, k)
    if not 1 <= params["languages"] <= len(LANGUAGES):
        sys.exit(f"--languages must be between 1 and {len(LANGUAGES)}")
    if params["subprocessors"] < 1 or params["products"] < 1 or params["sections"] < 1:
        sys.exit("--products, --sections and --subprocessors must be at least 1")
    if not args.vellum.exists():
        print("building vellum (cargo build --release) ...", file=sys.stderr)
        run(["cargo", "build", "--release", "--quiet"], cwd=REPO)

    site = Site(params, seed=args.seed)
    out = args.outdir
    for sub in ("vellum", "hugo", "mdbook"):
        shutil.rmtree(out / sub, ignore_errors=True)

    root = out / "vellum"
    write_vellum(site, root)
    vellum = [str(args.vellum), "--root", str(root)]
    run(vellum + ["i18n", "sync"])
    write_translations(site, root)
    for lang in site.langs[1:]:
        run(vellum + ["i18n", "confirm", lang])
    write_hugo(site, out / "hugo")
    write_mdbook(site, out / "mdbook")

    summary = (f"{args.size}: {len(site.langs)} languages, {len(site.sections)} sections, "
               f"{len(site.products)} products, {len(site.cookies)} cookies, "
               f"{len(site.subprocessors)} sub-processors, {len(site.rules)} retention rules, "
               f"{len(site.msgs)} messages per language")
    if not args.no_check:
        r = subprocess.run(vellum + ["check", "--format", "json"], capture_output=True, text=True)
        report = json.loads(r.stdout)
        summary += f"; vellum check: {report['errors']} errors, {report['warnings']} warnings"
        if report["errors"] or report["warnings"]:
            for d in report["diagnostics"][:20]:
                print(f"  {d['severity']}[{d['code']}] {d.get('file')}:{d.get('line')}: {d['message']}",
                      file=sys.stderr)
        if r.returncode != 0:
            print(summary, file=sys.stderr)
            sys.exit(1)
    # For measure.py: the book order and a one-line description of the size.
    (out / "mdbook" / "languages.json").write_text(json.dumps(site.langs) + "\n")
    (out / "summary.txt").write_text(summary + "\n")
    print(summary)


if __name__ == "__main__":
    main()
