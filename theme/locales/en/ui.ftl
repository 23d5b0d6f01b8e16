# User-interface strings of the default theme (English).
# A site overrides any of these in its own locales/en/*.ftl.

skip-to-content = Skip to the statement
contents = Contents
language = Language
in-force-from = In force from { $date }
version-label = Version { $version }
published-by = Published by { $organisation }
back-to-contents = Back to contents
footnotes = Notes
print-note = Printed from { $url }

## Dates

date-long = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## Periods

list-and = { $head } and { $last }
period-years = { $n ->
    [one] { $n } year
   *[other] { $n } years
}
period-months = { $n ->
    [one] { $n } month
   *[other] { $n } months
}
period-weeks = { $n ->
    [one] { $n } week
   *[other] { $n } weeks
}
period-days = { $n ->
    [one] { $n } day
   *[other] { $n } days
}
period-hours = { $n ->
    [one] { $n } hour
   *[other] { $n } hours
}
period-minutes = { $n ->
    [one] { $n } minute
   *[other] { $n } minutes
}
period-seconds = { $n ->
    [one] { $n } second
   *[other] { $n } seconds
}
list-or = { $head } or { $last }
qualified-up-to = up to { $period }
qualified-at-least = at least { $period }
qualified-within = within { $period }
qualified-under = under { $period }
qualified-over = over { $period }
# A length and the event it counts from: "2 years" "after the ticket is resolved".
period-counted-from = { $period } { $start }

## Events: event-<id> ends a period ("until ..."), event-<id>-after starts one ("after ...")

event-end-of-contract = until the end of the contract
event-end-of-contract-after = after the end of the contract
event-end-of-services = until the end of the services
event-end-of-services-after = after the end of the services
event-consent-withdrawn = until consent is withdrawn
event-consent-withdrawn-after = after consent is withdrawn
event-account-closed = until the account is closed
event-account-closed-after = after the account is closed
event-purpose-fulfilled = until the purpose is fulfilled
event-purpose-fulfilled-after = after the purpose is fulfilled
event-browser-session = until the browser is closed
event-browser-session-after = after the browser is closed
event-opt-out = until you opt out
event-opt-out-after = after you opt out
event-logout = until you log out
event-logout-after = after you log out
event-agreed-period = another period agreed with you
event-ticket-resolved = until the ticket is resolved
event-ticket-resolved-after = after the ticket is resolved
event-consent-withdrawn-when = when you withdraw your consent
event-opt-out-when = when you opt out
event-account-closed-when = when the account is closed
event-end-of-contract-when = when the contract ends
event-end-of-services-when = when the services end
event-purpose-fulfilled-when = when the purpose is fulfilled
event-logout-when = when you log out
event-browser-session-when = when you close your browser
event-ticket-resolved-when = when the ticket is resolved
event-collection-after = after collection
event-last-interaction-after = after your last interaction with us
event-request-received-after = after the request is received
event-request-handled-after = after the request is handled
event-consent-given-after = after consent is given
event-transaction-after = after the transaction
event-end-of-financial-year-after = after the end of the financial year
event-cookie-set-after = after the cookie is set
event-communication-after = after the communication
event-breach-detected-after = after the breach is detected

## Tables

products-caption = Personal data of end users per product
products-product = Product or service
products-categories = Personal data involved
products-optional = (optional)
retention-caption = Retention periods
retention-data = Data
retention-period = Kept for
retention-max = At most
retention-ends-early = Deleted earlier
retention-reason = Why
# `max` is the longest data may be kept; the rule's `max_condition` says when.
retention-max-value = up to { $period }
retention-max-condition = up to { $period } { $condition }
retention-none = —
cookies-caption = Cookies and similar technologies
col-cookie-name = Name
col-cookie-provider = Provider
col-cookie-category = Category
col-cookie-party = Party
col-cookie-lifespan = Lifespan
col-cookie-purpose = Purpose
party-first = First party
party-third = Third party
caption-cookie-categories = Cookie categories
col-cookie-category-consent = Consent
col-cookie-without-consent = No consent needed
col-cookie-with-consent = Only with your consent
subprocessors-caption = Sub-processors
col-subprocessor-name = Sub-processor
col-subprocessor-purpose = Purpose
col-subprocessor-location = Location
col-subprocessor-safeguard = Transfer safeguard
safeguard-eea = Within the EEA: no transfer
safeguard-adequacy-decision = Adequacy decision of the European Commission
safeguard-standard-contractual-clauses = Standard contractual clauses
safeguard-binding-corporate-rules = Binding corporate rules
safeguard-data-privacy-framework = EU–US Data Privacy Framework (certified organisation)
safeguard-derogation = Derogation for a specific situation: { $points }
derogation-compelling-interests = Art. 49(1), second subparagraph, GDPR
location-worldwide = any country
purposes-caption = Purposes and legal bases
col-purpose-name = Purpose
col-purpose-basis = Legal basis
col-purpose-categories = Personal data
legal-bases-caption = Legal bases
col-legal-basis-name = Legal basis
col-legal-basis-article = Article
col-legal-basis-meaning = What it means
data-categories-caption = Categories of personal data
data-category-name = Category
data-category-description = What it covers
data-category-source = Source
source-direct = From you or your use of our services
source-other-sources = From other sources
recipients-caption = Recipients
col-recipient-name = Recipient
col-recipient-role = Role
col-recipient-description = Why they receive data
role-processor = Processor on our behalf
role-controller = Controller
role-independent-controller = Independent controller
role-joint-controller = Joint controller
role-authority = Public authority
rights-caption = Your rights
col-right-name = Right
col-right-article = Article
col-right-description = What it means
offices-heading = Our offices
headquarters = Headquarters
affiliates-heading = Companies covered by this statement
contact-privacy = Privacy questions
contact-security = Security reports
contact-support = Support
contact-dpo = Data protection officer
supervisory-authority-heading = Supervisory authority
# The supervisory authority in a sentence. A name that takes the article in
# English sets it in the site's own locales/en/*.ftl:
#   -authority = Autoriteit Persoonsgegevens
#       .article = the
# (vellum writes the name from notice.yaml; the term says how a sentence uses it.)
-authority = { "" }
    .article = none
authority-in-sentence = { -authority.article ->
    [the] the { $authority }
   *[none] { $authority }
}
complaint-link = File a complaint with { authority-in-sentence }

## Language chooser

language-name = English
choose-language = Read in English

## Facts in prose: { $rule-id } renders a rule's period in the notice's style

unit-years = { $n ->
    [one] year
   *[other] years
}
unit-months = { $n ->
    [one] month
   *[other] months
}
unit-weeks = { $n ->
    [one] week
   *[other] weeks
}
unit-days = { $n ->
    [one] day
   *[other] days
}
unit-hours = { $n ->
    [one] hour
   *[other] hours
}
unit-minutes = { $n ->
    [one] minute
   *[other] minutes
}
unit-seconds = { $n ->
    [one] second
   *[other] seconds
}
period-words-and-numerals = { $words } ({ $n }) { $unit }
period-numerals = { $n } { $unit }

## Versions: the version index, the changelog, the feed and the status of a page

versions-link = Earlier versions and changes
versions-title = Versions of the { $title }
versions-intro = Every version of this statement stays available at its own address, with what changed from the version before it.
versions-all-changes = All changes, version by version
versions-caption = Versions
versions-col-version = Version
versions-col-in-force = In force
versions-col-status = Status
versions-col-changes = Changes
versions-version = Version { $version }
versions-from = from
versions-status-current = In force now
versions-status-upcoming = Takes effect later
versions-status-archived = No longer in force
versions-read-changes = What changed
versions-changes-of = What changed in version { $version }
versions-back-to-current = Back to the current statement
version-status-archived = This is version { $version }, in force from { $from } to { $until }. It is no longer in force.
version-status-read-current = Read the current version ({ $version })
version-status-upcoming = This version takes effect on { $date }. Until then, version { $current } applies.
version-status-upcoming-first = This statement takes effect on { $date }.
version-status-coming = A new version ({ $version }) of this statement takes effect on { $date }.
version-status-read-coming = Read version { $version }
version-status-what-changes = What changes
changes-title = Changes to the { $title }
changes-intro = What changed from one version to the next: the facts first, material changes at the top, then the wording, section by section.
changes-all-versions = All versions
changes-version-heading = Version { $version }
changes-version-from = In force from { $date }
changes-version-upcoming = Takes effect on { $date }
changes-read-version = Read this version
changes-since = Changes since version { $version }:
changes-first = The earliest version kept here.
changes-none = No changes to the facts or the wording.
changes-material-heading = Material changes
changes-other-heading = Other changes
changes-prose-heading = Changes in the wording
changes-added = Added
changes-removed = Removed
changes-changed = Changed
changes-becomes = becomes
changes-removed-words = removed
changes-added-words = added
changes-title-was = Previous title:
changes-section-added = new section
changes-section-removed = section removed
changes-section-changed = reworded
changes-area-retention = retention period
changes-area-purpose = purpose
changes-area-legal-basis = legal basis
changes-area-source = source of personal data
changes-area-recipient = recipient
changes-area-subprocessor = sub-processor
changes-area-affiliate = affiliate
changes-area-cookie = cookie
changes-area-right = right
changes-area-contact = contact
changes-field-period = Period
changes-field-label = Data
changes-field-legal-basis = Legal basis
changes-field-data = Personal data
changes-field-article = Article
changes-field-role = Role
changes-field-country = Country
changes-field-safeguard = Transfer safeguard
changes-field-purpose = Purpose
changes-field-provider = Provider
changes-field-party = Party
changes-field-lifespan = Lifespan
changes-field-public = Access
changes-field-contact = Address
changes-material-new-purpose = Material: new purpose
changes-material-legal-basis-changed = Material: other legal basis
changes-material-more-data = Material: more personal data
changes-material-new-source = Material: new source of personal data
changes-material-longer-retention = Material: kept longer
changes-material-new-recipient = Material: new recipient
changes-material-new-subprocessor = Material: new sub-processor
changes-material-transfer-outside-eea = Material: new transfer outside the EEA
changes-material-right-removed = Material: right no longer listed
changes-summary-facts = { $count ->
    [0] No changes to the facts.
    [one] One change to the facts{ $material ->
        [0] .
       *[other] , which is material.
    }
   *[other] { $count } changes to the facts{ $material ->
        [0] .
        [one] , one of them material.
       *[other] , { $material } of them material.
    }
}
changes-summary-sections = { $count ->
    [one] Reworded: { $sections }.
   *[other] Reworded: { $sections }.
}
retention-early-value = or earlier: { $events }
feed-title = { $title }: new versions
feed-entry-title = Version { $version }, in force from { $date }

## Exports, linked from every page

export-jsonld = This statement as linked data (W3C Data Privacy Vocabulary, JSON-LD)
export-retention = Retention rules (JSON)
export-notice = The whole statement as data (JSON)
export-feed = New versions of this statement (Atom feed)

## The retention timeline

timeline-caption = Retention periods at a glance, on a logarithmic time scale: each bar runs from when the clock starts to when the data is deleted.
timeline-see-table = The table of retention periods says the same in words.
timeline-legend-period = kept for
timeline-legend-max = longer where a law requires it
timeline-legend-until = until an event
timeline-legend-early = may end earlier

## Articles of the GDPR: $number, $paragraph and $point ("none" when absent)

gdpr-article = Art. { $number }{ $paragraph ->
    [none] {""}
   *[other] ({ $paragraph })
}{ $point ->
    [none] {""}
   *[other] ({ $point })
} GDPR

## Purposes: what the notice says with each (Art. 13 GDPR)

col-purpose-requirement = Must you provide it?
requirement-statutory = Required by law
requirement-contractual = Required by the contract
requirement-pre-contractual = Needed to enter into a contract
requirement-voluntary = Voluntary
label-legitimate-interest = Our legitimate interest:
label-condition = Special categories of data:
label-direct-marketing = Direct marketing
automated-logic = How the decision is made:
automated-effects = What it means for you:

## Rights: the right to object, shown apart (Art. 21(4) GDPR)

objection-heading = Your right to object
objection-purposes = On grounds relating to your particular situation, you can object at any time to:
objection-direct-marketing = You can object at any time to direct marketing, and we then stop it:

## Recipients, transfers

label-arrangement = Our arrangement:
label-location = Where:
transfers-caption = Transfers outside the European Economic Area
col-transfer-recipient = Recipient
col-transfer-country = Country
col-transfer-safeguard = Safeguard
transfer-kind-recipient = Category of recipients
transfer-kind-affiliate = Group company
transfer-kind-subprocessor = Sub-processor
transfer-kind-cookie = Cookie provider
transfers-copy-email = For a copy of the standard contractual clauses or binding corporate rules, write to
transfers-copy-url = The standard contractual clauses and binding corporate rules are published at
transfers-none = None of your personal data leaves the European Economic Area.

## Data subjects and sources

label-personal-data = Personal data
label-other-sources = Sources besides yourself
label-public = publicly accessible
label-not-public = not publicly accessible
contact-representative = Our representative in the EU

## The first layer: a summary at the top of the page

first-layer-heading = At a glance
first-layer-intro = The main points of this statement. Each heading leads to the full text.
first-layer-who = Who we are
first-layer-who-text = { $organisation }, { $place }.
first-layer-contact = Questions about your personal data: { $email }
first-layer-dpo = Our data protection officer: { $email }
first-layer-purposes = What we use your data for, and on which legal basis
first-layer-recipients = Who receives your data
first-layer-transfers = Transfers outside the European Economic Area
first-layer-transfers-to = Countries: { $countries }. Safeguards: { $safeguards }.
first-layer-no-transfers = None: your personal data stays in the European Economic Area.
first-layer-worldwide = any other country where a message is sent
first-layer-safeguard-eea = no transfer
first-layer-safeguard-adequacy-decision = adequacy decisions of the European Commission
first-layer-safeguard-data-privacy-framework = the EU–US Data Privacy Framework
first-layer-safeguard-standard-contractual-clauses = standard contractual clauses
first-layer-safeguard-binding-corporate-rules = binding corporate rules
first-layer-safeguard-derogation = derogations for specific situations (Art. 49 GDPR)
first-layer-retention = How long we keep your data
first-layer-retention-range = Each kind of data for its own period, from { $shortest } to { $longest }.
first-layer-retention-table = For the period set for each kind of data.
first-layer-rights = Your rights
first-layer-objection = You can object to direct marketing and to processing based on our legitimate interests at any time.
first-layer-complaint = How to complain
first-layer-complaint-text = You can lodge a complaint with { authority-in-sentence }.
