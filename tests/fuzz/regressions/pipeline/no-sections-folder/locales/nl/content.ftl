notice-title = Privacyverklaring

section-introduction-title = Inleiding
section-introduction-body =
    Example Messaging B.V. verstuurt sms-berichten namens haar klanten.
    Hoe lang wij gegevens bewaren, leest u in het [hoofdstuk over bewaartermijnen](#retention).
section-retention-title = Hoe lang wij gegevens bewaren
section-retention-body =
    Wij bewaren verkeersgegevens[^traffic] gedurende zes (6) maanden, of maximaal twee (2) jaar als de telecommunicatiewet dat vereist.

    {"["}^traffic]: Gegevens over wie wanneer een bericht aan wie heeft gestuurd.
section-contact-title = Contact
section-contact-body = Schrijf naar <privacy@example.com>.

category-traffic-data-name = Verkeersgegevens
category-traffic-data-definition = Gegevens die worden verwerkt om een bericht over te brengen, zoals afzender, ontvanger en tijdstip.
category-message-content-name = Inhoud van berichten

product-sms-name = SMS
product-channels-name = Berichtenkanalen

legal-basis-contract-name = Uitvoering van een overeenkomst
legal-basis-contract-article = art. 6 lid 1 sub b AVG

purpose-deliver-messages-name = Berichten bezorgen

rule-sms-traffic-data = Verkeersgegevens van sms-berichten
rule-sms-traffic-reason = De telecommunicatiewet kan een langere bewaring voorschrijven.

country-nl-name = Nederland
