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
