# User-interface strings of the default theme (Dutch).
# A site overrides any of these in its own locales/nl/*.ftl.

skip-to-content = Direct naar de privacyverklaring
contents = Inhoud
language = Taal
in-force-from = Van kracht vanaf { $date }
version-label = Versie { $version }
published-by = Gepubliceerd door { $organisation }
back-to-contents = Terug naar de inhoudsopgave
footnotes = Noten
print-note = Afgedrukt vanaf { $url }

## Dates

date-long = { $day } { $month } { $year }
month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december

## Periods

list-and = { $head } en { $last }
period-years = { $n ->
    [one] { $n } jaar
   *[other] { $n } jaar
}
period-months = { $n ->
    [one] { $n } maand
   *[other] { $n } maanden
}
period-weeks = { $n ->
    [one] { $n } week
   *[other] { $n } weken
}
period-days = { $n ->
    [one] { $n } dag
   *[other] { $n } dagen
}
period-hours = { $n ->
    [one] { $n } uur
   *[other] { $n } uur
}
period-minutes = { $n ->
    [one] { $n } minuut
   *[other] { $n } minuten
}
period-seconds = { $n ->
    [one] { $n } seconde
   *[other] { $n } seconden
}
list-or = { $head } of { $last }
qualified-up-to = maximaal { $period }
qualified-at-least = ten minste { $period }
qualified-within = binnen { $period }
qualified-under = minder dan { $period }
qualified-over = meer dan { $period }
# Een termijn en het moment vanaf wanneer die telt: "2 jaar" "nadat het ticket is opgelost".
period-counted-from = { $period } { $start }

## Gebeurtenissen: event-<id> beëindigt een termijn ("tot ..."), event-<id>-after laat er een ingaan ("na ...")

event-end-of-contract = tot het einde van de overeenkomst
event-end-of-contract-after = na het einde van de overeenkomst
event-end-of-services = tot het einde van de dienstverlening
event-end-of-services-after = na het einde van de dienstverlening
event-consent-withdrawn = tot de toestemming wordt ingetrokken
event-consent-withdrawn-after = nadat de toestemming is ingetrokken
event-account-closed = tot het account wordt opgeheven
event-account-closed-after = nadat het account is opgeheven
event-purpose-fulfilled = tot het doel is bereikt
event-purpose-fulfilled-after = nadat het doel is bereikt
event-browser-session = tot de browser wordt gesloten
event-browser-session-after = nadat de browser is gesloten
event-opt-out = tot u zich afmeldt
event-opt-out-after = nadat u zich hebt afgemeld
event-logout = tot u uitlogt
event-logout-after = nadat u bent uitgelogd
event-agreed-period = een andere met u overeengekomen termijn
event-ticket-resolved = tot het ticket is opgelost
event-ticket-resolved-after = nadat het ticket is opgelost
event-consent-withdrawn-when = zodra u uw toestemming intrekt
event-opt-out-when = zodra u zich afmeldt
event-account-closed-when = zodra het account wordt opgeheven
event-end-of-contract-when = zodra de overeenkomst eindigt
event-end-of-services-when = zodra de dienstverlening eindigt
event-purpose-fulfilled-when = zodra het doel is bereikt
event-logout-when = zodra u uitlogt
event-browser-session-when = zodra u de browser sluit
event-ticket-resolved-when = zodra het ticket is opgelost
event-collection-after = na verzameling
event-last-interaction-after = na uw laatste interactie met ons
event-request-received-after = na ontvangst van het verzoek
event-request-handled-after = na afhandeling van het verzoek
event-consent-given-after = nadat de toestemming is gegeven
event-transaction-after = na de transactie
event-end-of-financial-year-after = na afloop van het boekjaar
event-cookie-set-after = nadat de cookie is geplaatst
event-communication-after = na de communicatie
event-breach-detected-after = nadat het datalek is ontdekt

## Tables

products-caption = Persoonsgegevens van eindgebruikers per product
products-product = Product of dienst
products-categories = Betrokken persoonsgegevens
products-optional = (optioneel)
retention-caption = Bewaartermijnen
retention-data = Gegevens
retention-period = Bewaartermijn
retention-max = Maximaal
retention-ends-early = Eerder verwijderd
retention-reason = Reden
# `max` is het langste dat gegevens bewaard mogen worden; `max_condition` zegt wanneer.
retention-max-value = maximaal { $period }
retention-max-condition = maximaal { $period } { $condition }
retention-none = —
cookies-caption = Cookies en vergelijkbare technieken
col-cookie-name = Naam
col-cookie-provider = Aanbieder
col-cookie-category = Categorie
col-cookie-party = Soort
col-cookie-lifespan = Bewaartermijn
col-cookie-purpose = Doel
party-first = Eigen cookie
party-third = Cookie van derden
caption-cookie-categories = Cookiecategorieën
col-cookie-category-consent = Toestemming
col-cookie-without-consent = Geen toestemming nodig
col-cookie-with-consent = Alleen met uw toestemming
subprocessors-caption = Subverwerkers
col-subprocessor-name = Subverwerker
col-subprocessor-purpose = Doel
col-subprocessor-location = Locatie
col-subprocessor-safeguard = Waarborg bij doorgifte
safeguard-eea = Binnen de EER: geen doorgifte
safeguard-adequacy-decision = Adequaatheidsbesluit van de Europese Commissie
safeguard-standard-contractual-clauses = Modelcontractbepalingen (standard contractual clauses)
safeguard-binding-corporate-rules = Bindende bedrijfsvoorschriften (binding corporate rules)
safeguard-data-privacy-framework = EU-VS-kader voor gegevensbescherming (gecertificeerde organisatie)
safeguard-derogation = Uitzondering voor een specifieke situatie: { $points }
derogation-compelling-interests = art. 49 lid 1, tweede alinea, AVG
location-worldwide = elk land
purposes-caption = Doeleinden en grondslagen
col-purpose-name = Doel
col-purpose-basis = Grondslag
col-purpose-categories = Persoonsgegevens
legal-bases-caption = Grondslagen
col-legal-basis-name = Grondslag
col-legal-basis-article = Artikel
col-legal-basis-meaning = Betekenis
data-categories-caption = Categorieën persoonsgegevens
data-category-name = Categorie
data-category-description = Omvat
data-category-source = Bron
source-direct = Van u of uit uw gebruik van onze diensten
source-other-sources = Uit andere bronnen
recipients-caption = Ontvangers
col-recipient-name = Ontvanger
col-recipient-role = Rol
col-recipient-description = Waarom zij gegevens ontvangen
role-processor = Verwerker namens ons
role-controller = Verwerkingsverantwoordelijke
role-independent-controller = Zelfstandige verwerkingsverantwoordelijke
role-joint-controller = Gezamenlijke verwerkingsverantwoordelijke
role-authority = Overheidsinstantie
rights-caption = Uw rechten
col-right-name = Recht
col-right-article = Artikel
col-right-description = Betekenis
offices-heading = Onze kantoren
headquarters = Hoofdkantoor
affiliates-heading = Ondernemingen waarop deze privacyverklaring van toepassing is
contact-privacy = Privacyvragen
contact-security = Beveiligingsmeldingen
contact-support = Klantenservice
contact-dpo = Functionaris voor gegevensbescherming
supervisory-authority-heading = Toezichthoudende autoriteit
# De toezichthoudende autoriteit in een zin. Een naam met lidwoord ("bij de Autoriteit
# Persoonsgegevens") krijgt dat in de eigen locales/nl/*.ftl van de site:
#   -authority = Autoriteit Persoonsgegevens
#       .article = de
# (vellum schrijft de naam uit notice.yaml; de term zegt hoe een zin haar gebruikt.)
-authority = { "" }
    .article = none
authority-in-sentence = { -authority.article ->
    [de] de { $authority }
    [het] het { $authority }
   *[none] { $authority }
}
complaint-link = Een klacht indienen bij { authority-in-sentence }

## Language chooser

language-name = Nederlands
choose-language = Lees in het Nederlands

## Feiten in lopende tekst: { $regel-id } schrijft de termijn van een regel in de stijl van de verklaring

unit-years = { $n ->
    [one] jaar
   *[other] jaar
}
unit-months = { $n ->
    [one] maand
   *[other] maanden
}
unit-weeks = { $n ->
    [one] week
   *[other] weken
}
unit-days = { $n ->
    [one] dag
   *[other] dagen
}
unit-hours = { $n ->
    [one] uur
   *[other] uur
}
unit-minutes = { $n ->
    [one] minuut
   *[other] minuten
}
unit-seconds = { $n ->
    [one] seconde
   *[other] seconden
}
period-words-and-numerals = { $words } ({ $n }) { $unit }
period-numerals = { $n } { $unit }

## Versies: het versieoverzicht, de wijzigingen, de feed en de status van een pagina

versions-link = Eerdere versies en wijzigingen
versions-title = Versies van de { $title }
versions-intro = Elke versie van deze verklaring blijft beschikbaar op een eigen adres, met wat er ten opzichte van de vorige versie is gewijzigd.
versions-all-changes = Alle wijzigingen per versie
versions-caption = Versies
versions-col-version = Versie
versions-col-in-force = Van kracht
versions-col-status = Status
versions-col-changes = Wijzigingen
versions-version = Versie { $version }
versions-from = vanaf
versions-status-current = Nu van kracht
versions-status-upcoming = Wordt later van kracht
versions-status-archived = Niet meer van kracht
versions-read-changes = Wat is er gewijzigd
versions-changes-of = Wat is er gewijzigd in versie { $version }
versions-back-to-current = Terug naar de huidige verklaring
version-status-archived = Dit is versie { $version }, van kracht van { $from } tot en met { $until }. Deze versie is niet meer van kracht.
version-status-read-current = Lees de huidige versie ({ $version })
version-status-upcoming = Deze versie wordt van kracht op { $date }. Tot die datum geldt versie { $current }.
version-status-upcoming-first = Deze verklaring wordt van kracht op { $date }.
version-status-coming = Op { $date } wordt een nieuwe versie ({ $version }) van deze verklaring van kracht.
version-status-read-coming = Lees versie { $version }
version-status-what-changes = Wat er verandert
changes-title = Wijzigingen in de { $title }
changes-intro = Wat er van versie tot versie is gewijzigd: eerst de feiten, met de wezenlijke wijzigingen bovenaan, daarna de tekst, per hoofdstuk.
changes-all-versions = Alle versies
changes-version-heading = Versie { $version }
changes-version-from = Van kracht vanaf { $date }
changes-version-upcoming = Wordt van kracht op { $date }
changes-read-version = Lees deze versie
changes-since = Wijzigingen ten opzichte van versie { $version }:
changes-first = De oudste bewaarde versie.
changes-none = Geen wijzigingen in de feiten of de tekst.
changes-material-heading = Wezenlijke wijzigingen
changes-other-heading = Overige wijzigingen
changes-prose-heading = Wijzigingen in de tekst
changes-added = Toegevoegd
changes-removed = Verwijderd
changes-changed = Gewijzigd
changes-becomes = wordt
changes-removed-words = verwijderd
changes-added-words = toegevoegd
changes-title-was = Vorige titel:
changes-section-added = nieuw hoofdstuk
changes-section-removed = hoofdstuk verwijderd
changes-section-changed = anders geformuleerd
changes-area-retention = bewaartermijn
changes-area-purpose = doel
changes-area-legal-basis = rechtsgrond
changes-area-source = bron van persoonsgegevens
changes-area-recipient = ontvanger
changes-area-subprocessor = subverwerker
changes-area-affiliate = gelieerde onderneming
changes-area-cookie = cookie
changes-area-right = recht
changes-area-contact = contactgegevens
changes-field-period = Termijn
changes-field-label = Gegevens
changes-field-legal-basis = Rechtsgrond
changes-field-data = Persoonsgegevens
changes-field-article = Artikel
changes-field-role = Rol
changes-field-country = Land
changes-field-safeguard = Waarborg bij doorgifte
changes-field-purpose = Doel
changes-field-provider = Aanbieder
changes-field-party = Soort
changes-field-lifespan = Bewaartermijn
changes-field-public = Toegang
changes-field-contact = Adres
changes-material-new-purpose = Wezenlijk: nieuw doel
changes-material-legal-basis-changed = Wezenlijk: andere rechtsgrond
changes-material-more-data = Wezenlijk: meer persoonsgegevens
changes-material-new-source = Wezenlijk: nieuwe bron van persoonsgegevens
changes-material-longer-retention = Wezenlijk: langer bewaard
changes-material-new-recipient = Wezenlijk: nieuwe ontvanger
changes-material-new-subprocessor = Wezenlijk: nieuwe subverwerker
changes-material-transfer-outside-eea = Wezenlijk: nieuwe doorgifte buiten de EER
changes-material-right-removed = Wezenlijk: recht niet meer vermeld
changes-summary-facts = { $count ->
    [0] Geen wijzigingen in de feiten.
    [one] Eén wijziging in de feiten{ $material ->
        [0] .
       *[other] , en die is wezenlijk.
    }
   *[other] { $count } wijzigingen in de feiten{ $material ->
        [0] .
        [one] , waarvan één wezenlijk.
       *[other] , waarvan { $material } wezenlijk.
    }
}
changes-summary-sections = { $count ->
    [one] Anders geformuleerd: { $sections }.
   *[other] Anders geformuleerd: { $sections }.
}
retention-early-value = of eerder: { $events }
feed-title = { $title }: nieuwe versies
feed-entry-title = Versie { $version }, van kracht vanaf { $date }

## Exports, gekoppeld vanaf elke pagina

export-jsonld = Deze verklaring als linked data (W3C Data Privacy Vocabulary, JSON-LD)
export-retention = Bewaartermijnen (JSON)
export-notice = De hele verklaring als gegevens (JSON)
export-feed = Nieuwe versies van deze verklaring (Atom-feed)

## De tijdlijn van de bewaartermijnen

timeline-caption = De bewaartermijnen in één oogopslag, op een logaritmische tijdschaal: elke balk loopt van het moment waarop de termijn begint tot het moment waarop de gegevens worden verwijderd.
timeline-see-table = De tabel met bewaartermijnen zegt hetzelfde in woorden.
timeline-legend-period = bewaard
timeline-legend-max = langer als de wet dat vereist
timeline-legend-until = tot een gebeurtenis
timeline-legend-early = kan eerder eindigen

## Artikelen van de AVG: $number, $paragraph en $point ("none" als ze ontbreken)

gdpr-article = art. { $number }{ $paragraph ->
    [none] {""}
   *[other] {" "}lid { $paragraph }
}{ $point ->
    [none] {""}
   *[other] {" "}sub { $point }
} AVG

## Doeleinden: wat de verklaring bij elk doel vermeldt (art. 13 AVG)

col-purpose-requirement = Bent u verplicht de gegevens te verstrekken?
requirement-statutory = Wettelijk verplicht
requirement-contractual = Verplicht op grond van de overeenkomst
requirement-pre-contractual = Nodig om een overeenkomst te sluiten
requirement-voluntary = Vrijwillig
label-legitimate-interest = Ons gerechtvaardigd belang:
label-condition = Bijzondere categorieën persoonsgegevens:
label-direct-marketing = Direct marketing
automated-logic = Hoe de beslissing tot stand komt:
automated-effects = Wat dit voor u betekent:

## Rechten: het recht van bezwaar, apart getoond (art. 21 lid 4 AVG)

objection-heading = Uw recht van bezwaar
objection-purposes = U kunt op elk moment, om redenen die verband houden met uw specifieke situatie, bezwaar maken tegen:
objection-direct-marketing = U kunt altijd bezwaar maken tegen direct marketing; wij stoppen daar dan mee:

## Ontvangers, doorgifte

label-arrangement = Onze afspraken:
label-location = Waar:
transfers-caption = Doorgifte naar landen buiten de Europese Economische Ruimte
col-transfer-recipient = Ontvanger
col-transfer-country = Land
col-transfer-safeguard = Waarborg
transfer-kind-recipient = Categorie ontvangers
transfer-kind-affiliate = Gelieerde onderneming
transfer-kind-subprocessor = Subverwerker
transfer-kind-cookie = Aanbieder van cookies
transfers-copy-email = Een kopie van de modelcontractbepalingen of de bindende bedrijfsvoorschriften vraagt u op via
transfers-copy-url = De modelcontractbepalingen en bindende bedrijfsvoorschriften staan op
transfers-none = Uw persoonsgegevens blijven binnen de Europese Economische Ruimte.

## Betrokkenen en bronnen

label-personal-data = Persoonsgegevens
label-other-sources = Bronnen naast uzelf
label-public = openbaar toegankelijk
label-not-public = niet openbaar toegankelijk
contact-representative = Onze vertegenwoordiger in de EU

## De eerste laag: een samenvatting boven aan de pagina

first-layer-heading = In het kort
first-layer-intro = De belangrijkste punten van deze verklaring. Elke kop leidt naar de volledige tekst.
first-layer-who = Wie wij zijn
first-layer-who-text = { $organisation }, { $place }.
first-layer-contact = Vragen over uw persoonsgegevens: { $email }
first-layer-dpo = Onze functionaris voor gegevensbescherming: { $email }
first-layer-purposes = Waarvoor wij uw gegevens gebruiken, en op welke grondslag
first-layer-recipients = Wie uw gegevens ontvangt
first-layer-transfers = Doorgifte buiten de Europese Economische Ruimte
first-layer-transfers-to = Landen: { $countries }. Waarborgen: { $safeguards }.
first-layer-no-transfers = Geen: uw persoonsgegevens blijven binnen de Europese Economische Ruimte.
first-layer-worldwide = elk ander land waarheen een bericht wordt verstuurd
first-layer-safeguard-eea = geen doorgifte
first-layer-safeguard-adequacy-decision = adequaatheidsbesluiten van de Europese Commissie
first-layer-safeguard-data-privacy-framework = het EU-VS-kader voor gegevensbescherming
first-layer-safeguard-standard-contractual-clauses = modelcontractbepalingen
first-layer-safeguard-binding-corporate-rules = bindende bedrijfsvoorschriften
first-layer-safeguard-derogation = uitzonderingen voor specifieke situaties (art. 49 AVG)
first-layer-retention = Hoe lang wij uw gegevens bewaren
first-layer-retention-range = Elke soort gegevens voor een eigen termijn, van { $shortest } tot { $longest }.
first-layer-retention-table = Gedurende de termijn die voor elke soort gegevens geldt.
first-layer-rights = Uw rechten
first-layer-objection = U kunt altijd bezwaar maken tegen direct marketing en tegen verwerking op grond van ons gerechtvaardigd belang.
first-layer-complaint = Een klacht indienen
first-layer-complaint-text = U kunt een klacht indienen bij { authority-in-sentence }.
