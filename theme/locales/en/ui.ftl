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
retention-max-value = up to { $period } where a law requires it
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
col-cookie-without-consent = Not needed
col-cookie-with-consent = Asked first
subprocessors-caption = Sub-processors
col-subprocessor-name = Sub-processor
col-subprocessor-purpose = Purpose
col-subprocessor-location = Location
col-subprocessor-safeguard = Transfer safeguard
safeguard-eea = Within the EEA: no transfer
safeguard-adequacy-decision = Adequacy decision of the European Commission
safeguard-standard-contractual-clauses = Standard contractual clauses
safeguard-binding-corporate-rules = Binding corporate rules
safeguard-data-privacy-framework = EU–US Data Privacy Framework
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
complaint-link = File a complaint with { $authority }

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
changes-area-recipient = recipient
changes-area-subprocessor = sub-processor
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
changes-field-contact = Address
changes-material-new-purpose = Material: new purpose
changes-material-legal-basis-changed = Material: other legal basis
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
