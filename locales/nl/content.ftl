# Nederlandse vertaling van locales/en/content.ftl.
# Na het bijwerken van een vertaling: vellum i18n confirm nl <id>

# Aanspreekvorm: u. Terminologie volgens de AVG.

## Privacyverklaring (content/notice.yaml)

notice-title = Privacyverklaring

section-preamble-body =
    In deze privacyverklaring leest u hoe Kestrel Communications B.V. en haar gelieerde
    ondernemingen met persoonsgegevens omgaan: welke gegevens wij verzamelen, waarvoor wij
    ze gebruiken, wie ze ontvangt, hoe lang wij ze bewaren en welke rechten u hebt. Deze
    verklaring geldt vanaf de datum die bovenaan deze pagina staat en vervangt alle eerdere
    versies.

## Onderdeel 1: Wie wij zijn (content/sections/01-who-we-are.yaml)

section-who-we-are-title = Wie wij zijn
section-who-we-are-body =
    Kestrel Communications B.V. ("Kestrel", "wij", "we" of "ons") exploiteert een platform
    voor cloudcommunicatie. Bedrijven gebruiken dit platform om hun eigen klanten te
    bereiken via sms, telefonie, e-mail, video en populaire berichtenapps, en om al die
    gesprekken vanuit één omgeving af te handelen. Wij zijn een besloten vennootschap met
    beperkte aansprakelijkheid naar Nederlands recht, ingeschreven in het Handelsregister
    van de Kamer van Koophandel, met ons hoofdkantoor in Amsterdam.

    Voor de persoonsgegevens die in deze privacyverklaring worden beschreven, is Kestrel
    Communications B.V. de verwerkingsverantwoordelijke. Dat betekent dat wij het doel van
    en de middelen voor de verwerking vaststellen en ervoor verantwoordelijk zijn dat de
    verwerking rechtmatig plaatsvindt. Wanneer onze klanten ons platform gebruiken om met
    hun eigen eindgebruikers te communiceren, is onze rol doorgaans een andere; hoe dat zit,
    leest u in het [onderdeel over gegevens van eindgebruikers](#end-user-data).

    Wij zijn actief via een groep gelieerde ondernemingen. Deze ondernemingen ondersteunen in
    hun regio de verkoop, de klantenservice en het netwerkbeheer. Wanneer een van hen uw
    persoonsgegevens verwerkt, houdt zij zich aan deze privacyverklaring en aan de interne
    gegevensbeschermingsregels van de groep. Het gaat om de volgende ondernemingen:
section-who-we-are-body-after-affiliates =
    Wij hebben een functionaris voor gegevensbescherming (FG) aangesteld, die onafhankelijk
    van onze commerciële afdelingen toezicht houdt op de wijze waarop de groep met
    persoonsgegevens omgaat. U kunt onze functionaris voor gegevensbescherming bereiken via
    {"["}dpo@kestrel.example](mailto:dpo@kestrel.example). Met alle andere vragen over privacy
    kunt u terecht bij [privacy@kestrel.example](mailto:privacy@kestrel.example). Alle
    manieren waarop u contact met ons kunt opnemen, vindt u in het
    {"["}onderdeel over contact met ons](#contact).

## Onderdeel 2: Reikwijdte van deze privacyverklaring (content/sections/02-scope.yaml)

section-scope-title = Reikwijdte van deze privacyverklaring
section-scope-body =
    In deze privacyverklaring leggen wij uit hoe wij omgaan met persoonsgegevens van
    personen met wie wij rechtstreeks contact hebben, onder wie:

    - bezoekers van onze websites, onze documentatie voor ontwikkelaars en ons
      communityforum;
    - personen die namens een klant ons dashboard of onze API's gebruiken, en
      contactpersonen van onze klanten, resellers en leveranciers;
    - potentiële klanten die informatie bij ons opvragen, zich aanmelden voor een
      proefperiode of een van onze evenementen bijwonen;
    - iedereen die contact opneemt met onze klantenondersteuning, onze verkoopafdeling of
      ons privacyteam.

    Daarnaast beschrijven wij wat er gebeurt met de persoonsgegevens van de eindgebruikers
    van onze klanten: de personen die via ons platform een bericht ontvangen of versturen,
    een telefoongesprek aannemen of aan een videosessie deelnemen. Voor die gegevens bepaalt
    in de regel onze klant wat er wordt verzonden, aan wie en met welk doel. In die gevallen
    is de klant de verwerkingsverantwoordelijke en treden wij op als diens
    verwerker[^processor], op grond van de verwerkersovereenkomst die wij met die klant
    hebben gesloten. Bent u eindgebruiker en wilt u weten hoe een bedrijf uw gegevens
    gebruikt? Lees dan de privacyverklaring van dat bedrijf en neem in eerste instantie
    contact op met dat bedrijf.

    Hierop geldt één belangrijke uitzondering. Als aanbieder van elektronische
    communicatiediensten hebben wij eigen wettelijke verplichtingen met betrekking tot de
    verkeersgegevens van sms- en spraakcommunicatie, bijvoorbeeld jegens
    telecomtoezichthouders en opsporingsinstanties. Voor die verplichtingen treden wij op
    als verwerkingsverantwoordelijke, zoals beschreven in het
    {"["}onderdeel over gegevens van eindgebruikers](#end-user-data) en het
    {"["}onderdeel over bewaartermijnen](#retention).

    Deze privacyverklaring is niet van toepassing op websites of diensten van andere
    bedrijven die naar onze diensten verwijzen of waarnaar vanuit onze diensten wordt
    verwezen. Sollicitanten ontvangen bij hun sollicitatie een afzonderlijke
    privacyverklaring.

    {"["}^processor]: Een verwerker verwerkt persoonsgegevens ten behoeve van een verwerkingsverantwoordelijke en uitsluitend op basis van diens schriftelijke instructies, zoals beschreven in artikel 28 AVG.

## Onderdeel 3: Persoonsgegevens die wij verzamelen (content/sections/03-personal-data.yaml)

section-personal-data-title = Persoonsgegevens die wij verzamelen
section-personal-data-body =
    Welke persoonsgegevens wij over u hebben, hangt af van de manier waarop u met ons in
    aanraking komt. Een ontwikkelaar die onze API's uitprobeert, verstrekt ons andere
    gegevens dan een financieel manager die onze facturen betaalt of een bezoeker die alleen
    onze website leest. De groepen personen met wie wij te maken hebben, en de gegevens die
    wij over elk van hen hebben, zijn:
section-personal-data-body-after-data-subjects =
    De meeste van deze gegevens verkrijgen wij rechtstreeks van u of uit de manier waarop u
    onze websites en diensten gebruikt. Zakelijke gegevens uit openbare bronnen, gegevens van
    partners en resellers en signalen voor risicobeheer en fraudepreventie komen uit de
    bronnen die [hieronder](#data-from-other-sources) worden genoemd. Wij verzamelen alleen
    de gegevens die wij nodig hebben voor de doeleinden in het
    {"["}onderdeel over doeleinden en grondslagen](#purposes-and-legal-bases). De tabel daar
    vermeldt per doel ook of u de gegevens moet verstrekken en wat er gebeurt als u dat niet
    doet. Elk formulier dat om zulke gegevens vraagt, zegt dat eveneens.

    De categorieën persoonsgegevens zijn:
section-data-collected-directly-title = Gegevens die u ons verstrekt of die wij verzamelen bij uw gebruik van onze diensten
section-data-collected-directly-body =
    Wij verzamelen persoonsgegevens rechtstreeks bij u wanneer u:

    - een account aanmaakt, gebruikers aan een account toevoegt of uw profiel en
      instellingen wijzigt;
    - een offerte aanvraagt, een overeenkomst sluit, een product koopt of een factuur
      betaalt;
    - ons dashboard, onze API's of onze ontwikkelaarstools gebruikt, waarbij log- en
      gebruiksgegevens ontstaan;
    - contact opneemt met onze klantenondersteuning, verkoopafdeling of accountteams, per
      e-mail, telefoon of chat of via het helpcentrum;
    - zich abonneert op onze nieuwsbrief, een rapport downloadt of zich aanmeldt voor een
      webinar of evenement;
    - onze websites bezoekt, waarbij cookies en vergelijkbare technieken vastleggen hoe u
      die websites gebruikt, zoals beschreven in het [onderdeel over cookies](#cookies).

    Wanneer u collega's aan een account toevoegt, verstrekt u ons hun naam en zakelijke
    e-mailadres. Wij verzoeken u hen daarvan op de hoogte te stellen en hen op deze
    privacyverklaring te wijzen.
section-data-from-other-sources-title = Gegevens die wij uit andere bronnen ontvangen
section-data-from-other-sources-body =
    Wij ontvangen ook persoonsgegevens over u uit de onderstaande bronnen. Wij raadplegen
    handelsregisters, websites van bedrijven en professionele netwerksites om na te gaan wie
    onze zakelijke klanten zijn en om de juiste contactpersoon binnen een bedrijf te vinden.
    Voordat wij telefoonnummers verhuren of verkeer accepteren naar de landen die dat
    reguleren, toetsen wij klanten aan sanctielijsten en gaan wij na of een nummer geldig is,
    is geporteerd of een bekend frauderisico met zich meebrengt.

    Wanneer wij gegevens uit deze bronnen ontvangen, controleren wij of de bron deze gegevens
    met ons mocht delen. De lijst vermeldt per bron of die openbaar toegankelijk is en welke
    gegevens eruit afkomstig zijn.

## Onderdeel 4: Persoonsgegevens van eindgebruikers per product (content/sections/04-end-user-data.yaml)

section-end-user-data-title = Persoonsgegevens van eindgebruikers per product
section-end-user-data-body =
    Onze klanten gebruiken onze producten om te communiceren met hun eigen klanten, die wij
    eindgebruikers noemen. In de onderstaande tabel ziet u per product welke categorieën
    persoonsgegevens van eindgebruikers via ons platform worden verwerkt. Twee van die
    categorieën, verkeersgegevens en locatiegegevens, worden omschreven in de toelichting
    bij de tabel.

    Voor deze gegevens is onze klant de verwerkingsverantwoordelijke; de klant bepaalt wat
    er wordt verzonden en aan wie. Wij verwerken de gegevens als verwerker, uitsluitend om
    de door de klant afgenomen dienst te leveren en op basis van diens schriftelijke
    instructies. Wij gebruiken de inhoud van de communicatie van eindgebruikers niet voor
    eigen doeleinden, wij verkopen deze niet en wij gebruiken deze niet om
    advertentieprofielen op te stellen.

    Voor twee activiteiten zijn wij zelf verantwoordelijk. Omdat wij elektronische
    communicatiediensten aanbieden, zijn wij op grond van de telecommunicatiewetgeving
    verplicht de verkeersgegevens van sms- en spraakcommunicatie te bewaren en deze te
    verstrekken wanneer een bevoegde autoriteit daar op rechtmatige wijze om vraagt.
    Daarnaast analyseren wij verkeerspatronen om fraude, spam en misbruik van ons netwerk op
    te sporen; dat beschermt eindgebruikers evenzeer als onze klanten. Voor deze
    activiteiten zijn wij verwerkingsverantwoordelijke. Hoe lang de gegevens worden bewaard,
    leest u in het [onderdeel over bewaartermijnen](#retention).

    Wanneer een bericht wordt verzonden via een berichtenkanaal zoals WhatsApp Business of
    Viber, of via het netwerk van een mobiele telecomaanbieder, verwerkt ook die aanbieder
    de gegevens, onder zijn eigen voorwaarden. Meer hierover leest u in het
    {"["}onderdeel over de ontvangers van uw gegevens](#recipients).

## Onderdeel 5: Doeleinden en grondslagen (content/sections/05-purposes-and-legal-bases.yaml)

section-purposes-and-legal-bases-title = Doeleinden en grondslagen
section-purposes-and-legal-bases-body =
    De Algemene verordening gegevensbescherming (AVG) staat ons toe persoonsgegevens alleen
    te verwerken voor een welbepaald doel en op basis van een grondslag die de AVG erkent. In
    de eerste tabel hieronder staat voor elk doel waarvoor wij persoonsgegevens gebruiken,
    welke categorieën gegevens daarbij worden verwerkt, op welke grondslag wij ons baseren en
    of u de gegevens moet verstrekken. De lijst daarna licht de grondslagen zelf toe.

    Het merendeel van onze verwerkingen is noodzakelijk voor de uitvoering van de
    overeenkomst met u of met de organisatie waarvoor u werkt: het openen van een account,
    het afleveren van communicatie, de facturering en de klantenondersteuning. Het voeren
    van onze administratie ten behoeve van de Belastingdienst, het toetsen van klanten aan
    sanctielijsten en het beantwoorden van rechtmatige verzoeken van autoriteiten zijn
    wettelijk verplicht.

    Wanneer wij ons baseren op ons gerechtvaardigd belang, bijvoorbeeld bij het voorkomen
    van fraude of het informeren van bestaande klanten over soortgelijke diensten, hebben
    wij dat belang vooraf afgewogen tegen uw privacy; de tabel noemt het belang. Wij gaan
    alleen tot de verwerking over als die noodzakelijk is en uw belangen niet zwaarder wegen
    dan de onze. U kunt ons vragen naar de uitkomst van die belangenafweging. Ook hebt u het
    recht om bezwaar te maken, zoals toegelicht in het
    {"["}onderdeel over uw rechten](#your-rights).

    Wanneer wij ons baseren op uw toestemming, bijvoorbeeld voor nieuwsbrieven of voor
    prestatie- en marketingcookies, kunt u die toestemming op elk moment intrekken, en dat
    is even eenvoudig als het geven ervan. Het intrekken van uw toestemming doet geen
    afbreuk aan de rechtmatigheid van de verwerking vóór de intrekking.

    Wij gebruiken persoonsgegevens niet voor een nieuw doel dat onverenigbaar is met het
    doel waarvoor wij ze hebben verzameld. Willen wij gegevens voor een nieuw doel
    gebruiken, dan informeren wij u daar eerst over en vragen wij, waar de wet dat vereist,
    om uw toestemming.

## Onderdeel 6: Ontvangers van uw gegevens (content/sections/06-recipients.yaml)

section-recipients-title = Ontvangers van uw gegevens
section-recipients-body =
    Wij verkopen geen persoonsgegevens en wij delen deze niet met anderen voor hun eigen
    marketingdoeleinden. Wij delen persoonsgegevens uitsluitend met de hieronder vermelde
    categorieën ontvangers, en alleen voor zover elk van hen die gegevens nodig heeft.

    Onze dienstverleners en gelieerde ondernemingen werken voor ons als verwerker. Zij
    gebruiken de gegevens uitsluitend volgens onze instructies en moeten deze beschermen op
    grond van een schriftelijke overeenkomst die voldoet aan artikel 28 AVG. De
    dienstverleners staan in de [lijst van subverwerkers](#subprocessors), de gelieerde
    ondernemingen in het [onderdeel over wie wij zijn](#who-we-are).

    Andere ontvangers bepalen zelf hoe zij de gegevens gebruiken die zij van ons ontvangen,
    en zijn daarvoor als verwerkingsverantwoordelijke zelf verantwoordelijk. Dat geldt voor
    de telecomaanbieders en aanbieders van berichtenkanalen die een bericht naar de
    bestemming overbrengen, en voor de betaaldienstverleners die uw betalingen verwerken. Op
    wat zij met de gegevens doen, is hun eigen privacyverklaring van toepassing.

    Overheidsinstanties ontvangen alleen persoonsgegevens van ons wanneer wij wettelijk
    verplicht zijn die te verstrekken. Voordat wij op een dergelijk verzoek ingaan, gaat
    onze juridische afdeling na of het verzoek op een geldige wettelijke grondslag berust,
    afkomstig is van een bevoegde autoriteit en niet om meer gegevens vraagt dan
    noodzakelijk is. Waar de wet dat toestaat, informeren wij de betrokken klant.

    Verkopen wij Kestrel of een deel van onze onderneming, of fuseren wij met een andere
    onderneming, dan gaan de persoonsgegevens van het betrokken bedrijfsonderdeel over naar
    de koper. Wij laten u dat vooraf weten, en de koper moet de gegevens in overeenstemming
    met deze privacyverklaring blijven beschermen.

## Onderdeel 7: Subverwerkers (content/sections/07-subprocessors.yaml)

section-subprocessors-title = Subverwerkers
section-subprocessors-body =
    Voor het exploiteren van ons platform en voor onze bedrijfsvoering schakelen wij andere
    ondernemingen in die namens ons persoonsgegevens verwerken. Wanneer wij als verwerker
    voor onze klanten optreden, zijn deze ondernemingen onze subverwerkers. In de
    onderstaande tabel staan zij vermeld, met de werkzaamheden die zij voor ons verrichten,
    de plaats waar zij de gegevens verwerken en de waarborg die de gegevens beschermt
    wanneer deze de Europese Economische Ruimte (EER) verlaten.

    Voordat wij een subverwerker inschakelen, beoordelen wij diens beveiligings- en
    privacypraktijken. Iedere subverwerker ondertekent een schriftelijke overeenkomst die
    dezelfde verplichtingen op het gebied van gegevensbescherming oplegt als onze eigen
    overeenkomsten met klanten, waaronder geheimhouding, beveiligingsmaatregelen en bijstand
    bij verzoeken van betrokkenen. Wij blijven tegenover onze klanten verantwoordelijk voor
    de werkzaamheden van onze subverwerkers.

    Wij informeren klanten vooraf wanneer wij van plan zijn een subverwerker toe te voegen
    of te vervangen, zodat zij bezwaar kunnen maken om redenen die verband houden met
    gegevensbescherming. Klanten melden zich voor deze kennisgevingen aan in het dashboard of door
    te schrijven naar [privacy@kestrel.example](mailto:privacy@kestrel.example).

    Telecomaanbieders en aanbieders van berichtenkanalen zijn niet in deze lijst opgenomen.
    Zij handelen niet volgens onze instructies, maar verzorgen de overbrenging van
    communicatie onder hun eigen verantwoordelijkheid, zoals toegelicht in het
    {"["}onderdeel over de ontvangers van uw gegevens](#recipients).

## Onderdeel 8: Doorgifte naar derde landen (content/sections/08-international-transfers.yaml)

section-international-transfers-title = Doorgifte naar derde landen
section-international-transfers-body =
    Wij slaan accountgegevens van klanten en de gegevens van ons platform hoofdzakelijk op
    in datacenters in de Europese Economische Ruimte (EER). Toch worden persoonsgegevens
    regelmatig buiten de EER doorgegeven. Een sms-bericht naar een telefoonnummer in
    Singapore moet bijvoorbeeld een telecomaanbieder in Singapore bereiken, en onze
    gelieerde ondernemingen buiten de EER ondersteunen klanten in hun regio.

    Wanneer wij persoonsgegevens doorgeven aan een land buiten de EER, zorgen wij ervoor dat
    deze beschermd blijven door een van de volgende waarborgen:

    - een **adequaatheidsbesluit** van de Europese Commissie, waarin is vastgesteld dat het
      land een passend beschermingsniveau biedt (artikel 45 AVG), zoals de Commissie heeft
      gedaan voor het Verenigd Koninkrijk en Canada;
    - de door de Europese Commissie vastgestelde **modelcontractbepalingen** (standard
      contractual clauses; artikel 46 AVG), in combinatie met aanvullende technische en
      organisatorische maatregelen wanneer uit onze beoordeling van het land van bestemming
      blijkt dat die nodig zijn;
    - voor ontvangers in de Verenigde Staten: certificering onder het **EU-U.S. Data Privacy
      Framework**[^dpf].

    Wanneer geen van deze waarborgen beschikbaar is, bijvoorbeeld wanneer een klant een
    bericht verstuurt naar een nummer in een land waarvoor geen adequaatheidsbesluit geldt
    en de telecomaanbieder in dat land geen contractbepalingen ondertekent, baseren wij ons
    op artikel 49, lid 1, onder b of c, AVG: de doorgifte is noodzakelijk voor de uitvoering
    van de overeenkomst op grond waarvan de communicatie wordt verzonden.

    De tabel hieronder noemt elke ontvanger buiten de EER, het land waar die is gevestigd en
    de waarborg die de doorgifte beschermt.

    {"["}^dpf]: Een regeling waarbij Amerikaanse organisaties zich certificeren en daarmee verklaren dat zij persoonsgegevens die zij uit de EER ontvangen beschermen, en waarvan de Europese Commissie in een adequaatheidsbesluit heeft erkend dat zij een passend beschermingsniveau biedt.

## Onderdeel 9: Hoe lang wij uw gegevens bewaren (content/sections/09-retention.yaml)

section-retention-title = Hoe lang wij uw gegevens bewaren
section-retention-body =
    Wij bewaren persoonsgegevens niet langer dan nodig is voor het doel waarvoor wij ze
    hebben verzameld, of dan de wet van ons verlangt. De onderstaande tabel geeft een
    overzicht van onze bewaartermijnen; in de subparagrafen wordt elke termijn toegelicht.
    Onze systemen verwijderen gegevens automatisch zodra hun termijn is verstreken.

    Wanneer een bewaartermijn is verstreken, verwijderen of anonimiseren wij de gegevens,
    zodat ze niet langer tot u te herleiden zijn. Verwijderde gegevens blijven in onze
    versleutelde back-ups staan totdat de normale back-upcyclus die overschrijft. Zolang dat
    het geval is, gebruiken wij die gegevens voor geen enkel doel en blijven zij beveiligd.

    Zijn gegevens nodig voor de instelling, uitoefening of onderbouwing van een
    rechtsvordering, of draagt een rechter of autoriteit ons op de gegevens te bewaren, dan
    bewaren wij de betrokken gegevens ook na afloop van hun termijn, en alleen totdat de
    rechtsvordering of de opdracht is afgehandeld.

    Voor gegevens van eindgebruikers die wij als verwerker verwerken, bepalen onze klanten
    hoe lang de gegevens worden bewaard, binnen de grenzen van de diensten die zij afnemen.
    Klanten verwijderen zelf inhoud van ons platform via het dashboard of de API's.
section-retention-communications-title = Communicatiegegevens
section-retention-communications-body =
    Wij bewaren verkeersgegevens van sms- en spraakcommunicatie zes (6) maanden. Gedurende
    die periode hebben wij deze gegevens nodig om onze klanten te factureren, klachten over
    de aflevering af te handelen en fraude op te sporen.

    Verplicht de telecommunicatiewetgeving van een land waarheen wij verkeer routeren
    netwerkexploitanten en aanbieders om verkeersgegevens langer te bewaren, zodat
    autoriteiten die gegevens in strafrechtelijke onderzoeken kunnen opvragen, dan bewaren
    wij de betrokken verkeersgegevens zo lang als die wet voorschrijft, met een maximum van
    twee (2) jaar, en gebruiken wij ze uitsluitend om aan die wet te voldoen.

    Voor al onze overige communicatiediensten, zoals Kestrel Email, Kestrel Inbox en Kestrel
    Meet, bewaren wij de gegevens die nodig zijn om de dienst te leveren gedurende de
    looptijd van de overeenkomst met onze klant. Wanneer de overeenkomst eindigt,
    verwijderen wij die gegevens; als de klant daarom verzoekt, stellen wij ze eerst aan de
    klant ter beschikking.
section-retention-marketing-title = Marketinggegevens
section-retention-marketing-body =
    Als u toestemming hebt gegeven om marketingberichten van ons te ontvangen maar geen
    klant bent, bewaren wij uw contactgegevens, uw voorkeuren en gegevens over uw interactie
    met onze e-mails tot twaalf (12) maanden na uw laatste interactie met ons, of totdat u
    uw toestemming intrekt, als dat eerder is. Nadat u uw toestemming hebt ingetrokken,
    bewaren wij alleen een registratie van die intrekking, zodat wij niet per abuis opnieuw
    contact met u opnemen.

    Bent u een bestaande klant, dan bewaren wij de gegevens die wij gebruiken om u over
    soortgelijke diensten te informeren gedurende de looptijd van de diensten die u bij ons
    afneemt. U kunt zich voor deze berichten afmelden via elke e-mail die wij u sturen, of
    door te schrijven naar [privacy@kestrel.example](mailto:privacy@kestrel.example).
section-retention-account-financial-title = Klantaccountgegevens en financiële gegevens
section-retention-account-financial-body =
    Wij bewaren klantaccountgegevens, zoals de namen en contactgegevens van de personen die
    een account beheren en het overzicht van de afgenomen diensten, tien (10) jaar. Daarmee
    handelen wij aanspraken, audits en vragen af die zich voordoen nadat een account niet
    langer actief is.

    Op grond van artikel 52 van de Algemene wet inzake rijksbelastingen zijn wij verplicht
    onze financiële administratie, waaronder facturen, betalingsgegevens en de
    gebruiksgegevens waarop facturen zijn gebaseerd, zeven (7) jaar na afloop van het
    boekjaar waarin die gegevens zijn opgesteld te bewaren. Zolang er met betrekking tot die
    administratie een belastingcontrole, een onderzoek of een juridische procedure loopt,
    bewaren wij de betrokken gegevens maximaal tien (10) jaar.
section-retention-compliance-title = Bewijs van toestemming en verzoeken van betrokkenen
section-retention-compliance-body =
    Wij moeten kunnen aantonen dat wij geldige toestemming hebben verkregen, zoals artikel
    7, lid 1, AVG vereist. Daarom bewaren wij bewijs van uw toestemming, zoals het tijdstip
    waarop u toestemming hebt gegeven, de tekst waarmee u hebt ingestemd en de wijze waarop
    u toestemming hebt gegeven, vijf (5) jaar.

    Wanneer wij een verzoek behandelen waarmee u uw rechten uitoefent, bewaren wij vijf (5)
    jaar een bevestiging dat het verzoek is ontvangen en van de wijze waarop het is
    afgehandeld. Deze registratie bevat alleen wat wij nodig hebben om aan te tonen dat wij
    het verzoek correct hebben behandeld, en geen kopie van de gegevens die wij hebben
    verstrekt of verwijderd.
section-retention-support-title = Contact met onze klantenondersteuning
section-retention-support-body =
    Wij bewaren supporttickets, chattranscripties en aantekeningen van supportgesprekken
    twee (2) jaar nadat het ticket is opgelost. Daarmee herkennen wij terugkerende
    problemen, beantwoorden wij vervolgvragen en verbeteren wij ons helpcentrum. Bevat een
    ticket persoonsgegevens van eindgebruikers, bijvoorbeeld in een schermafbeelding of een
    bijgevoegd logbestand, dan verwijdert ons supportteam die gegevens zodra ze niet meer
    nodig zijn om het probleem op te lossen.

    Supportgesprekken worden alleen opgenomen nadat wij u daarover aan het begin van het
    gesprek hebben geïnformeerd, en voor die opnamen geldt dezelfde termijn. Wordt contact
    met onze klantenondersteuning onderdeel van een klacht of een juridisch geschil, dan
    bewaren wij het totdat het geschil is beslecht, zoals aan het begin van dit onderdeel is
    toegelicht.
section-retention-security-usage-title = Beveiligings-, fraudepreventie- en gebruiksgegevens
section-retention-security-usage-body =
    Beveiligingslogboeken en de gegevens van onze systemen voor fraudepreventie bewaren wij
    { $security-records } nadat wij ze hebben verzameld. Dat is lang genoeg om
    fraudepatronen over een heel jaar te herkennen en een incident te onderzoeken nadat het
    is opgemerkt.

    Gegevens over het gebruik van onze websites en producten bewaren wij
    { $usage-statistics } na verzameling, zodat wij elke maand kunnen vergelijken met
    dezelfde maand van het jaar ervoor. De resultaten van identiteitscontroles en
    sanctiescreening bewaren wij { $due-diligence } na het einde van de overeenkomst met de
    betrokken klant.

## Section 10: Security (content/sections/10-security.yaml)

section-security-title = Beveiliging
section-security-body =
    Wij beschermen persoonsgegevens met technische en organisatorische maatregelen die
    passen bij de risico's van onze verwerkingen. Ons managementsysteem voor
    informatiebeveiliging is gecertificeerd volgens ISO/IEC 27001 en wordt geaudit door een
    onafhankelijke certificerende instelling. Zo nemen wij onder meer de volgende maatregelen:

    - wij versleutelen persoonsgegevens tijdens de overdracht via openbare netwerken en bij
      opslag in onze datacenters en back-ups;
    - medewerkers krijgen alleen toegang tot persoonsgegevens als hun functie dat vereist;
      die toegang is beveiligd met meerfactorauthenticatie en wordt regelmatig beoordeeld;
    - wij houden de gegevens van verschillende klanten op ons platform van elkaar gescheiden
      en leggen elke toegang daartoe vast in logbestanden;
    - wij testen onze systemen op kwetsbaarheden, onder meer met externe penetratietests;
    - alle medewerkers volgen bij indiensttreding en daarna periodiek een training over
      beveiliging en privacy, en zij zijn tot geheimhouding verplicht.

    Geen enkel systeem is volledig zonder risico's. Doet zich een inbreuk in verband met
    persoonsgegevens (datalek) voor, dan volgen wij onze procedure voor incidentrespons. Wij
    melden de inbreuk aan de Autoriteit Persoonsgegevens en, als de inbreuk waarschijnlijk
    een hoog risico voor de betrokkenen oplevert, ook aan die betrokkenen zelf, zoals de
    artikelen 33 en 34 AVG voorschrijven. Treden wij op als verwerker, dan informeren wij de betrokken klant
    zonder onredelijke vertraging, zodat deze aan zijn eigen verplichtingen kan voldoen.

    U kunt zelf bijdragen aan de beveiliging van uw account door een sterk wachtwoord te
    kiezen, meerfactorauthenticatie in te schakelen en uw API-sleutels geheim te houden.
section-reporting-security-issues-title = Een beveiligingsprobleem melden
section-reporting-security-issues-body =
    Denkt u dat u een kwetsbaarheid in onze diensten hebt gevonden, of dat onbevoegden
    toegang hebben gekregen tot uw account of uw gegevens? Meld dit dan onmiddellijk via
    {"["}security@kestrel.example](mailto:security@kestrel.example). Beschrijf wat u hebt
    gevonden en hoe het probleem zich voordoet. Raadpleeg, wijzig of verwijder daarbij geen
    gegevens die niet van u zijn, en maak het probleem niet openbaar voordat wij een
    redelijke gelegenheid hebben gehad om het te verhelpen.

    Wij onderzoeken elke melding, houden u op de hoogte van de voortgang en ondernemen geen
    juridische stappen tegen iemand die te goeder trouw en in overeenstemming met deze regels
    een kwetsbaarheid meldt.

## Section 11: Your rights (content/sections/11-your-rights.yaml)

section-your-rights-title = Uw rechten
section-your-rights-body =
    De AVG geeft u de onderstaande rechten met betrekking tot uw persoonsgegevens, telkens
    met het artikel van de AVG waarop het recht berust. Uw recht van bezwaar staat voorop en
    apart, zoals de AVG vereist. Het recht op overdraagbaarheid van gegevens betreft de
    gegevens die u zelf aan ons hebt verstrekt en die wij verwerken op grond van uw
    toestemming of een overeenkomst.

    Verwerken wij uw gegevens als verwerker voor een van onze klanten, richt uw verzoek dan
    tot die klant; de klant beslist op uw verzoek. Stuurt u het verzoek toch aan ons, dan
    sturen wij het door naar de klant en helpen wij de klant bij de beantwoording ervan.
section-exercising-your-rights-title = Hoe u uw rechten uitoefent
section-exercising-your-rights-body =
    U kunt uw rechten uitoefenen door een e-mail te sturen naar
    {"["}privacy@kestrel.example](mailto:privacy@kestrel.example). Hebt u een account, dan
    kunt u veel van uw gegevens ook zelf inzien, corrigeren en exporteren via de
    instellingen in het dashboard. Aan het uitoefenen van uw rechten zijn geen kosten
    verbonden, tenzij een verzoek kennelijk ongegrond of buitensporig is.

    Blijkt uit uw verzoek niet dat het van u afkomstig is, dan vragen wij u uw identiteit te
    bevestigen voordat wij het in behandeling nemen. Wij vragen daarbij niet meer dan wij
    voor dat doel nodig hebben, en wij verwijderen een kopie van een identiteitsbewijs zodra
    wij die hebben gecontroleerd.

    Wij reageren binnen { $response-deadline } na ontvangst op uw verzoek. Is uw verzoek complex, of
    ontvangen wij veel verzoeken tegelijk, dan verlengen wij deze termijn met twee (2)
    maanden. In dat geval laten wij u dat weten voordat de oorspronkelijke termijn is
    verstreken, en leggen wij uit waarom wij meer tijd nodig hebben.

    Kunnen wij niet aan uw verzoek voldoen, bijvoorbeeld omdat wij de gegevens die u wilt
    laten wissen op grond van de wet moeten bewaren, dan lichten wij toe waarom niet. U kunt
    dan een klacht indienen bij een toezichthoudende autoriteit, zoals beschreven in de
    {"["}paragraaf over geschillen en de toezichthoudende autoriteit](#disputes-and-supervisory-authority).

## Section 12: Cookies and similar technologies (content/sections/12-cookies.yaml)

section-cookies-title = Cookies en vergelijkbare technieken
section-cookies-body =
    Cookies zijn kleine tekstbestanden die een website in uw browser opslaat. Op onze
    websites en in ons dashboard gebruiken wij cookies en vergelijkbare technieken, zoals
    lokale opslag (local storage) en pixels in e-mails. De cookietabel vermeldt per cookie of
    wij die zelf plaatsen (een eigen cookie of first-party cookie) of een bedrijf dat een
    dienst aan ons levert (een cookie van derden of third-party cookie).

    Wij delen onze cookies in vier categorieën in, die hieronder worden beschreven. Strikt
    noodzakelijke cookies zijn nodig om onze websites en ons dashboard te laten werken. Deze
    plaatsen wij zonder uw toestemming te vragen, zoals de Telecommunicatiewet toestaat.
    Functionele, analytische en marketingcookies plaatsen wij pas nadat u deze in onze
    cookiebanner hebt geaccepteerd.

    In de tweede tabel staat elke cookie die wij gebruiken, met de aanbieder, de categorie,
    of het om een eigen cookie of een cookie van derden gaat, hoe lang de cookie op uw
    apparaat blijft staan en waarvoor de cookie dient. Op de persoonsgegevens die via cookies
    worden verzameld, is de rest van deze privacyverklaring van toepassing, waaronder de
    {"["}paragraaf over bewaartermijnen](#retention).
section-managing-cookies-title = Uw cookievoorkeuren beheren
section-managing-cookies-body =
    U kunt uw keuzes op elk moment wijzigen via de link naar de cookie-instellingen onderaan
    elke pagina van onze websites. Trekt u uw toestemming in, dan plaatsen wij de betreffende
    cookies niet langer en verwijderen wij de cookies waartoe wij toegang hebben.

    U kunt cookies ook blokkeren of verwijderen via de instellingen van uw browser. Blokkeert
    u strikt noodzakelijke cookies, dan kunt u niet inloggen op het dashboard en werken
    onderdelen van onze websites niet meer.

    Greyheron Analytics gebruikt de gegevens van zijn cookies uitsluitend om onze statistieken
    op te stellen. Plover Ad Exchange combineert de gegevens van zijn cookie met gegevens van
    andere websites om u advertenties te tonen; zijn eigen privacyverklaring legt uit hoe het
    dat doet en hoe u daartegen bezwaar maakt.

## Section 13: Children (content/sections/13-children.yaml)

section-children-title = Kinderen
section-children-body =
    Onze diensten en websites zijn bedoeld voor bedrijven en de professionals die voor hen
    werken. U moet ten minste { $minimum-age } oud zijn om een account aan te maken, ons
    dashboard te gebruiken of u aan te melden voor onze nieuwsbrieven en evenementen.

    Wij verzamelen niet bewust persoonsgegevens van kinderen voor onze eigen doeleinden.
    Ontdekken wij dat dit toch is gebeurd, dan verwijderen wij die gegevens. Denkt u dat een
    kind ons persoonsgegevens heeft verstrekt, laat het ons dan weten via
    {"["}privacy@kestrel.example](mailto:privacy@kestrel.example).

    Onze klanten gebruiken ons platform om te communiceren met eindgebruikers van elke
    leeftijd, bijvoorbeeld een school die berichten stuurt aan ouders en leerlingen. In dat
    geval moet de klant als verwerkingsverantwoordelijke ervoor zorgen dat de regels ter
    bescherming van kinderen worden nageleefd, zoals het vereiste om toestemming van een
    ouder te verkrijgen als dat van toepassing is.

## Section 14: Changes to this statement (content/sections/14-changes.yaml)

section-changes-title = Wijzigingen in deze privacyverklaring
section-changes-body =
    Wij herzien deze privacyverklaring regelmatig en passen haar aan wanneer onze diensten,
    de manier waarop wij persoonsgegevens verwerken of de wetgeving veranderen. Het
    versienummer en de datum met ingang waarvan de huidige versie van kracht is, staan
    bovenaan deze pagina.

    Brengen wij een belangrijke wijziging aan, bijvoorbeeld omdat wij persoonsgegevens voor
    een nieuw doel gaan verwerken of met een nieuwe categorie ontvangers gaan delen, dan
    informeren wij u daarover vooraf. Dat doen wij per e-mail aan de contactpersonen van onze
    klanten en met een mededeling in het dashboard en op onze websites. Is voor een wijziging
    uw toestemming nodig, dan vragen wij u daarom voordat de wijziging op u van toepassing
    wordt.

    Kleinere wijzigingen, zoals duidelijkere formuleringen of bijgewerkte contactgegevens,
    gaan in op het moment dat wij ze publiceren. Eerdere versies van deze privacyverklaring
    kunt u opvragen via
    {"["}privacy@kestrel.example](mailto:privacy@kestrel.example).

## Section 15: Disputes and the supervisory authority (content/sections/15-disputes.yaml)

section-disputes-and-supervisory-authority-title = Geschillen en de toezichthoudende autoriteit
section-disputes-and-supervisory-authority-body =
    Bent u niet tevreden over de manier waarop wij met uw persoonsgegevens omgaan, laat het
    ons dan eerst weten. Schrijf naar onze functionaris voor gegevensbescherming via
    {"["}dpo@kestrel.example](mailto:dpo@kestrel.example). Deze onderzoekt uw klacht
    onafhankelijk en geeft u antwoord. De meeste klachten lossen wij op deze manier op.

    Daarnaast hebt u op grond van artikel 77 AVG het recht een klacht in te dienen bij een
    toezichthoudende autoriteit, ongeacht of u eerst contact met ons hebt opgenomen. Omdat
    ons hoofdkantoor in Nederland is gevestigd, is de Nederlandse Autoriteit
    Persoonsgegevens onze leidende toezichthoudende autoriteit; haar gegevens vindt u
    hieronder. U kunt ook een klacht indienen bij de toezichthoudende autoriteit in het land
    van de EER waar u woont of werkt, of waar de vermeende inbreuk heeft plaatsgevonden.

    Naast het indienen van een klacht kunt u zich ook tot de rechter wenden. Op grond van
    artikel 79 AVG kunt u een procedure aanhangig maken bij de rechter van het land waar wij
    een vestiging hebben of van het land waar u woont. Op geschillen tussen Kestrel en haar
    klanten over de diensten zijn de voorwaarden van hun overeenkomst van toepassing.

## Section 16: Contact (content/sections/16-contact.yaml)

section-contact-title = Contact
section-contact-body =
    Hebt u een vraag over deze privacyverklaring of over de manier waarop wij met uw
    persoonsgegevens omgaan? Wij helpen u graag. Elk adres hieronder komt terecht bij het
    team dat over het onderwerp gaat: schrijf naar het privacyadres met vragen over uw
    gegevens en met verzoeken om uw rechten uit te oefenen.

    U kunt ons ook per post schrijven op het adres van ons hoofdkantoor, dat bij de
    e-mailadressen staat. Richt uw brief dan ter attentie van de functionaris voor
    gegevensbescherming.

    Daarna volgen de lokale kantoren van onze groepsmaatschappijen. Elk van hen stuurt uw
    vraag door naar het juiste team, maar per e-mail aan het privacyadres bereikt u ons het
    snelst.

## Data categories (content/data/data-categories.yaml)

category-identifiers-name = Identificatiegegevens
category-identifiers-description = Naam, e-mailadres, telefoonnummer, postadres, gebruikersnaam, account- en klantnummers, IP-adres en apparaat-ID's.
category-professional-name = Beroepsgegevens
category-professional-description = Werkgever, functie, afdeling en zakelijke contactgegevens van de personen die namens een organisatie onze diensten gebruiken of afnemen.
category-financial-name = Financiële gegevens
category-financial-description = Factuurgegevens, bankrekeningnummer, btw-nummer, facturen, betalingsgeschiedenis en, via onze betaaldienstverleners, een getokeniseerde verwijzing naar een betaalkaart.
category-commercial-name = Commerciële gegevens
category-commercial-description = De afgenomen producten en abonnementen, gebruiksvolumes, offertes, bestellingen, overeenkomsten en de geschiedenis van onze zakelijke relatie.
category-internet-activity-name = Internet- en netwerkactiviteit
category-internet-activity-description = Type browser en apparaat, bezochte pagina's op onze websites en in het dashboard, gebruikte functies, verwijzende pagina's, inlogmomenten en interacties met onze e-mails.
category-location-data-name = Locatiegegevens
category-location-data-description = Informatie over waar een apparaat of nummer zich bevindt, op het detailniveau dat in de definitie is beschreven.
category-location-data-definition = Gegevens die de geografische positie van het apparaat van een eindgebruiker aangeven, zoals het land en het mobiele netwerk die uit een telefoonnummer worden afgeleid, informatie over de netwerkcel die een telecomaanbieder verstrekt, een bij benadering bepaalde locatie op basis van een IP-adres, of een locatie die een eindgebruiker zelf in een bericht deelt.
category-support-interactions-name = Supportcontacten
category-support-interactions-description = Vragen, klachten en feedback die naar onze support- en accountteams zijn gestuurd, met aantekeningen van telefoongesprekken en chats en eventuele bijlagen.
category-traffic-data-name = Verkeersgegevens
category-traffic-data-description = Gegevens over een communicatie, niet over de inhoud ervan, zoals omschreven in de definitie.
category-traffic-data-definition = Gegevens die worden verwerkt voor het overbrengen van communicatie via een elektronisch communicatienetwerk of voor de facturering daarvan, zoals de nummers of adressen van verzender en ontvanger, de datum, het tijdstip en de duur van de communicatie, de gebruikte netwerken en routes, en afleveringsrapporten.
category-message-content-name = Communicatie-inhoud
category-message-content-description = De inhoud van sms-berichten, e-mails, chatberichten, telefoongesprekken, gespreksopnamen, videosessies en bestanden die via onze diensten worden uitgewisseld.
category-public-business-data-name = Bedrijfsgegevens uit openbare bronnen
category-public-business-data-description = Bedrijfsnaam, inschrijvingsnummer, sector, omvang en zakelijke contactgegevens uit handelsregisters, bedrijfswebsites en professionele netwerksites.
category-partner-data-name = Gegevens van partners en resellers
category-partner-data-description = Contact- en bestelgegevens van potentiële klanten en klanten die resellers, verwijzingspartners en organisatoren van evenementen aan ons doorgeven.
category-fraud-signals-name = Signalen voor risicobeheer en fraudepreventie
category-fraud-signals-description = Informatie over de geldigheid van nummers, nummerportering en het type aansluiting, treffers op sanctielijsten en frauderisicoscores, afkomstig van diensten voor nummerinformatie en screening.

## Products (content/data/products.yaml)

product-sms-name = Kestrel SMS
product-sms-description = Wereldwijd verzenden en ontvangen van sms-berichten via onze verbindingen met telecomaanbieders.
product-voice-name = Kestrel Voice
product-voice-description = Inkomende en uitgaande gesprekken, interactieve spraakmenu's en optionele gespreksopname.
product-email-name = Kestrel Email
product-email-description = Verzending van transactionele e-mails en bulkmail, met rapportages over geopende e-mails en aangeklikte links.
product-numbers-name = Kestrel Numbers
product-numbers-description = Huur van lokale en mobiele nummers en gratis servicenummers, inclusief de registratiedocumenten die het land van elk nummer verplicht stelt.
product-verify-name = Kestrel Verify
product-verify-description = Eenmalige codes die per sms, telefonische oproep of e-mail worden verstuurd om de identiteit van een gebruiker te bevestigen.
product-inbox-name = Kestrel Inbox
product-inbox-description = Een gedeelde inbox waarin de medewerkers van onze klanten gesprekken uit alle kanalen beantwoorden.
product-flow-builder-name = Kestrel Flow Builder
product-flow-builder-description = Een visuele editor voor geautomatiseerde gespreksflows die kanalen koppelen aan de eigen systemen van een klant.
product-video-name = Kestrel Meet
product-video-description = Videogesprekken en webinars die in de websites en apps van onze klanten zijn ingebouwd, met optionele opname.
product-chat-widget-name = Kestrel Chat Widget
product-chat-widget-description = Een chatvenster op de websites van onze klanten dat gesprekken doorstuurt naar Kestrel Inbox.
product-realtime-name = Kestrel Pulse
product-realtime-description = Realtime datakanalen en pushmeldingen naar mobiele apps en browsers.
product-messaging-channels-name = Berichtenkanalen
product-messaging-channels-description = Gesprekken via berichtenapps van derden, gekoppeld aan ons platform.
product-messaging-channels-member-whatsapp-business = WhatsApp Business
product-messaging-channels-member-messenger = Messenger
product-messaging-channels-member-telegram = Telegram
product-messaging-channels-member-viber = Viber
product-messaging-channels-member-rcs-rich-communication-services = RCS (Rich Communication Services)

## Legal bases (content/data/legal-bases.yaml)

legal-basis-consent-name = Toestemming
legal-basis-consent-description = U hebt voor een specifiek doel toestemming gegeven voor de verwerking, en u kunt die toestemming op elk moment intrekken.
legal-basis-contract-name = Uitvoering van een overeenkomst
legal-basis-contract-description = De verwerking is noodzakelijk om een overeenkomst met u of met de organisatie die u vertegenwoordigt te sluiten of uit te voeren.
legal-basis-legal-obligation-name = Wettelijke verplichting
legal-basis-legal-obligation-description = De verwerking is noodzakelijk om te voldoen aan een wettelijke verplichting die op ons rust, bijvoorbeeld op grond van fiscale wetgeving, telecommunicatiewetgeving of sanctiewetgeving.
legal-basis-legitimate-interest-name = Gerechtvaardigd belang
legal-basis-legitimate-interest-description = De verwerking is noodzakelijk voor een belang van ons of van een derde. Wij hebben dat belang afgewogen tegen uw rechten en vastgesteld dat uw rechten niet zwaarder wegen.

## Purposes (content/data/purposes.yaml)

purpose-deliver-communications-name = Routering en aflevering van communicatie
purpose-deliver-communications-description = Het overbrengen van berichten, gesprekken en sessies tussen onze klanten en hun eindgebruikers via de netwerken van telecomaanbieders en kanalen, en het rapporteren van de afleverstatus.
purpose-deliver-communications-consequence = Zonder de nummers of adressen en de inhoud kunnen wij een bericht niet afleveren.
purpose-manage-accounts-name = Aanmaak en beheer van klantaccounts
purpose-manage-accounts-description = Het openen van accounts, het beheren van gebruikers en rechten, en het verlenen van toegang tot het dashboard en de API's.
purpose-manage-accounts-consequence = Zonder een naam, een zakelijk e-mailadres en de gegevens van het bedrijf kunnen wij geen account openen.
purpose-billing-name = Facturering en inning van betalingen
purpose-billing-description = Het berekenen van kosten op basis van het gebruik, het versturen van facturen en het verwerken van betalingen en terugbetalingen.
purpose-billing-consequence = Zonder factuurgegevens kunnen wij de diensten niet factureren en schorten wij het account op zodra de betalingstermijn is verstreken.
purpose-customer-support-name = Klantenservice
purpose-customer-support-description = Het beantwoorden van vragen, het oplossen van storingen en het behandelen van klachten.
purpose-bookkeeping-name = Boekhouding en nakoming van fiscale verplichtingen
purpose-bookkeeping-description = Het voeren van de boekhouding en de administratie die de belastingwetgeving voorschrijft, en het ondersteunen van controles.
purpose-bookkeeping-consequence = De belastingwetgeving vereist de factuurgegevens; zonder die gegevens verkopen wij u onze diensten niet.
purpose-customer-due-diligence-name = Klantverificatie en screening aan de hand van sanctielijsten
purpose-customer-due-diligence-description = Het controleren van de identiteit van klanten die telefoonnummers huren of verkeer versturen in gereguleerde markten, en het screenen van deze klanten aan de hand van sanctielijsten.
purpose-customer-due-diligence-consequence = Zonder bewijs van identiteit verhuren wij geen telefoonnummers en openen wij geen verkeer naar de betrokken markten.
purpose-lawful-requests-name = Beantwoording van rechtmatige verzoeken van overheidsinstanties
purpose-lawful-requests-description = Het bewaren van verkeersgegevens waar de telecommunicatiewetgeving dat vereist, en het gevolg geven aan geldige bevelen en vorderingen van rechters, politie en toezichthouders.
purpose-lawful-requests-consequence = De telecommunicatiewetgeving verplicht ons de verkeersgegevens te bewaren van de sms- en spraakcommunicatie die wij overbrengen; zonder die gegevens brengen wij geen communicatie over.
purpose-fraud-prevention-name = Voorkoming van fraude, spam en misbruik
purpose-fraud-prevention-description = Het opsporen van kunstmatig opgedreven verkeer, spam, phishing en accountovername, ter bescherming van eindgebruikers, telecomaanbieders en onszelf.
purpose-fraud-prevention-legitimate-interest = Ons netwerk vrijhouden van fraude en spam, wat eindgebruikers, telecomaanbieders, onze klanten en onze eigen onderneming beschermt tegen financiële schade en ander nadeel.
purpose-fraud-prevention-consequence = Verkeer dat niet op fraude kan worden gecontroleerd, leveren wij niet af.
purpose-platform-security-name = Beveiliging van ons platform en onze websites
purpose-platform-security-description = Het monitoren van toegang, het vastleggen van beveiligingsgebeurtenissen en het onderzoeken van incidenten.
purpose-platform-security-legitimate-interest = De vertrouwelijkheid, integriteit en beschikbaarheid beschermen van onze systemen en van de gegevens die onze klanten ons toevertrouwen.
purpose-platform-security-consequence = Wij leggen elke toegang tot het dashboard en de API's vast; zonder die vastlegging geven wij geen toegang.
purpose-service-improvement-name = Analyse en verbetering van onze diensten
purpose-service-improvement-description = Het meten van het gebruik van functies, in statistieken die niemand identificeren, om problemen op te lossen en verbeteringen te plannen.
purpose-service-improvement-legitimate-interest = Begrijpen hoe onze producten worden gebruikt, zodat wij herstellen wat niet werkt en bouwen wat onze klanten nodig hebben.
purpose-prospect-marketing-name = Marketing gericht op potentiële klanten
purpose-prospect-marketing-description = Het versturen van nieuwsbrieven, uitnodigingen voor evenementen en productnieuws aan personen die hebben gevraagd deze te ontvangen.
purpose-customer-marketing-name = Marketing gericht op bestaande klanten
purpose-customer-marketing-description = Het informeren van klanten over diensten die vergelijkbaar zijn met de diensten die zij al gebruiken, met in elk bericht een eenvoudige mogelijkheid om zich af te melden.
purpose-customer-marketing-legitimate-interest = Onze klanten informeren over diensten die lijken op de diensten die zij al van ons afnemen, zoals de Telecommunicatiewet toestaat voor bestaande klanten.
purpose-website-cookies-name = Analytische en advertentiecookies op onze websites
purpose-website-cookies-description = Het meten van bezoeken aan onze websites en het tonen van relevante advertenties, uitsluitend nadat u deze cookies hebt geaccepteerd.
purpose-legal-claims-name = Instelling, uitoefening of onderbouwing van rechtsvorderingen
purpose-legal-claims-description = Het bewaren van het bewijs dat wij nodig hebben bij een geschil met een klant, leverancier of andere partij.
purpose-legal-claims-legitimate-interest = Het aantonen van wat is overeengekomen en geleverd wanneer een klant, leverancier of andere partij dat betwist.

## Retention rules (content/data/retention.yaml)

rule-sms-voice-traffic-data = Verkeersgegevens van sms-berichten en telefoongesprekken
rule-sms-voice-traffic-max-condition = als de wet van een land waarheen wij verkeer routeren dat vereist
rule-sms-voice-traffic-reason = Nodig om onze klanten te factureren, klachten over de aflevering af te handelen en fraude op te sporen.
rule-communication-services-data = Gegevens van onze overige communicatiediensten
rule-communication-services-reason = Noodzakelijk om de dienst te leveren die onze klant heeft afgenomen.
rule-marketing-data-data = Marketinggegevens van potentiële klanten
rule-marketing-data-reason = Marketing gericht op potentiële klanten berust op toestemming, die u op elk moment kunt intrekken.
rule-customer-marketing-data = Marketinggegevens van bestaande klanten
rule-customer-marketing-reason = Informatie over vergelijkbare diensten is alleen relevant zolang klanten gebruikmaken van onze diensten.
rule-customer-account-data = Klantaccountgegevens
rule-customer-account-reason = Afhandeling van contractuele aanspraken, audits en vragen over voormalige accounts.
rule-financial-records-data = Facturen, betalingen en andere financiële administratie
rule-financial-records-max-condition = zolang een belastingcontrole of een rechtsvordering over de administratie loopt
rule-financial-records-reason = Fiscale bewaarplicht op grond van artikel 52 van de Algemene wet inzake rijksbelastingen.
rule-due-diligence-data = Identiteitscontroles en sanctiescreening
rule-due-diligence-reason = Om toezichthouders en telecomaanbieders te laten zien dat wij hebben gecontroleerd wie onze nummers huurt en verkeer naar gereguleerde markten verstuurt.
rule-security-records-data = Beveiligingslogboeken en gegevens van fraudepreventie
rule-security-records-reason = Lang genoeg om fraudepatronen over een heel jaar te herkennen en een incident te onderzoeken nadat het is opgemerkt.
rule-usage-statistics-data = Gebruiksgegevens van websites en producten
rule-usage-statistics-reason = Om het gebruik van onze websites en producten te vergelijken met dezelfde maand van het jaar ervoor.
rule-consent-records-data = Bewijs van toestemming
rule-consent-records-reason = Aantonen dat de toestemming rechtsgeldig is verkregen, zoals artikel 7 lid 1 AVG vereist.
rule-rights-requests-data = Bevestigingen van afgehandelde verzoeken van betrokkenen
rule-rights-requests-reason = Aantonen dat verzoeken van betrokkenen correct zijn afgehandeld.
rule-support-records-data = Supporttickets en gespreksnotities
rule-support-records-reason = Herkennen van terugkerende problemen en beantwoorden van vervolgvragen.

## Facts (content/data/facts.yaml)

fact-response-deadline-name = Termijn voor de beantwoording van een verzoek van een betrokkene
fact-response-deadline-extension-condition = Als een verzoek complex is, of als wij veel verzoeken tegelijk ontvangen.
fact-minimum-age-name = Minimumleeftijd voor het gebruik van onze diensten en websites

## Rights (content/data/rights.yaml)

right-access-name = Recht op inzage
right-access-description = U kunt ons vragen of wij persoonsgegevens over u verwerken en, zo ja, een kopie daarvan ontvangen, samen met informatie over de manier waarop wij die gegevens gebruiken.
right-rectification-name = Recht op rectificatie
right-rectification-description = U kunt ons vragen onjuiste persoonsgegevens te corrigeren en onvolledige gegevens aan te vullen.
right-erasure-name = Recht op gegevenswissing (recht op vergetelheid)
right-erasure-description = U kunt ons vragen uw persoonsgegevens te wissen, bijvoorbeeld wanneer wij die niet langer nodig hebben of wanneer u de toestemming intrekt waarop de verwerking berust.
right-restriction-name = Recht op beperking van de verwerking
right-restriction-description = U kunt ons vragen uw gegevens te bewaren maar niet langer te gebruiken, bijvoorbeeld zolang wij een door u gevraagde correctie of uw bezwaar beoordelen.
right-portability-name = Recht op overdraagbaarheid van gegevens
right-portability-description = U kunt de gegevens die u ons hebt verstrekt opvragen in een gestructureerde, gangbare en machineleesbare vorm, of ons vragen deze aan een andere organisatie door te geven.
right-objection-name = Recht van bezwaar
right-objection-description = U kunt bezwaar maken tegen de verwerking die wij op ons gerechtvaardigd belang baseren. Wij stoppen dan, tenzij wij dwingende gerechtvaardigde gronden hebben die zwaarder wegen dan uw belangen, rechten en vrijheden, of de gegevens nodig hebben voor een rechtsvordering. Een bezwaar tegen direct marketing maakt daar altijd een einde aan.
right-withdraw-consent-name = Recht om toestemming in te trekken
right-withdraw-consent-description = Berust de verwerking op uw toestemming, dan kunt u die toestemming op elk moment intrekken; dit laat de rechtmatigheid van de verwerking vóór de intrekking onverlet.
right-automated-decisions-name = Recht om niet te worden onderworpen aan geautomatiseerde besluitvorming
right-automated-decisions-description = U kunt om menselijke tussenkomst vragen bij een besluit dat uitsluitend op geautomatiseerde verwerking is gebaseerd en waaraan voor u rechtsgevolgen zijn verbonden of dat u anderszins in aanmerkelijke mate treft.

## Recipients (content/data/recipients.yaml)

recipient-telecom-operators-name = Telecomaanbieders en aanbieders van berichtenkanalen
recipient-telecom-operators-description = Aanbieders van mobiele en vaste netwerken, carriers en aanbieders van berichtenapps die een communicatie bij de ontvanger afleveren. Zij ontvangen de gegevens die nodig zijn voor de aflevering en verwerken die op grond van hun eigen voorwaarden en wettelijke verplichtingen.
recipient-service-providers-name = Dienstverleners
recipient-service-providers-description = Bedrijven die ons platform hosten of onze bedrijfsvoering ondersteunen, zoals aanbieders van clouddiensten, e-mail, helpdesksoftware en beveiliging. Zij handelen uitsluitend volgens onze instructies en staan vermeld als subverwerkers.
recipient-payment-providers-name = Betaaldienstverleners
recipient-payment-providers-description = Banken en betaaldienstverleners die betalingen per kaart en per bank verwerken. Zij zijn zelf verantwoordelijk voor de betaalgegevens die zij verwerken en hanteren hun eigen privacyverklaringen.
recipient-affiliates-name = Groepsmaatschappijen van Kestrel
recipient-affiliates-description = Onze gelieerde ondernemingen, die in hun regio namens ons verkoop, lokale ondersteuning en netwerkbeheer verzorgen.
recipient-professional-advisers-name = Accountants en externe adviseurs
recipient-professional-advisers-description = Boekhouders, controlerend accountants, advocaten en verzekeraars, die de stukken inzien die zij nodig hebben om ons te adviseren of onze financiële administratie te controleren.
recipient-authorities-name = Overheidsinstanties
recipient-authorities-description = Nederlandse rechterlijke instanties, politie, toezichthouders en belastingautoriteiten, wanneer de wet ons verplicht gegevens te verstrekken, en uitsluitend nadat wij hebben gecontroleerd dat het verzoek rechtsgeldig is.

## Sub-processors (content/data/subprocessors.yaml)

subprocessor-northwind-cloud-purpose = Hosting van de cloudinfrastructuur voor het platform en de bijbehorende databases
subprocessor-polder-colocation-purpose = Datacenterruimte voor onze switches voor berichten- en spraakverkeer
subprocessor-fjordvault-purpose = Versleutelde back-ups op een externe locatie
subprocessor-saltmarsh-mail-purpose = Doorgeven van e-mails die via Kestrel Email worden verzonden en van onze eigen service-e-mails
subprocessor-greyheron-analytics-purpose = Analyse van het gebruik van onze websites en producten
subprocessor-quietlog-purpose = Beveiligingsmonitoring en logbeheer
subprocessor-hollowpine-helpdesk-purpose = Ticketsysteem en klantchat voor ons eigen supportteam
subprocessor-tidewell-crm-purpose = Klantrelatiebeheer (CRM) voor de verkoop- en accountteams
subprocessor-ferncastle-translation-purpose = Vertaling van supporttickets en klantdocumenten
subprocessor-amberfield-identity-purpose = Verificatie van de identiteit van klanten die telefoonnummers huren
subprocessor-lanternfish-voice-purpose = Routering van telefoongesprekken van en naar telecomaanbieders in de regio Azië-Pacific

## Cookie categories (content/data/cookie-categories.yaml)

cookie-category-strictly-necessary-name = Strikt noodzakelijke cookies
cookie-category-strictly-necessary-description = Nodig om onze websites en het dashboard te laten werken, bijvoorbeeld om u ingelogd te houden, de belasting over onze servers te verdelen en uw cookievoorkeuren te onthouden. Deze cookies kunnen niet worden uitgeschakeld.
cookie-category-functional-name = Functionele cookies
cookie-category-functional-description = Onthouden de keuzes die u maakt, zoals uw taal of een lopend chatgesprek, zodat de website werkt zoals u die hebt ingesteld.
cookie-category-performance-name = Analytische cookies
cookie-category-performance-description = Geven ons in geaggregeerde vorm inzicht in de manier waarop bezoekers onze websites gebruiken, welke pagina's populair zijn en waar fouten optreden.
cookie-category-marketing-name = Marketingcookies
cookie-category-marketing-description = Leggen vast via welke campagne of partner u bij ons terecht bent gekomen, en helpen ons en onze advertentiepartners om advertenties te tonen die voor u relevant zijn.

## Cookies (content/data/cookies.yaml)

cookie-kc-session-purpose = Houdt u ingelogd in het dashboard terwijl u van pagina naar pagina gaat.
cookie-kc-csrf-purpose = Beschermt formulieren tegen cross-site request forgery (CSRF).
cookie-kc-route-purpose = Stuurt uw verzoeken naar dezelfde server, zodat een bezoek consistent wordt afgehandeld.
cookie-kc-consent-purpose = Slaat de cookievoorkeuren op die u in onze cookiebanner hebt ingesteld.
cookie-kc-lang-purpose = Onthoudt de taal die u voor onze websites hebt gekozen.
cookie-kc-chat-purpose = Zorgt ervoor dat het chatvenster een lopend gesprek met ons team opnieuw opent.
cookie-kc-tz-purpose = Toont datums en tijden in het dashboard in uw tijdzone.
cookie-gh-visitor-purpose = Onderscheidt bezoekers, zodat wij hen kunnen tellen zonder hen te identificeren.
cookie-gh-visit-purpose = Groepeert paginaweergaven tot één bezoek voor onze gebruiksstatistieken.
cookie-kc-campaign-purpose = Legt vast via welke campagne of advertentie u op onze website bent gekomen.
cookie-kc-ref-purpose = Koppelt een aanmelding aan de verwijzingspartner via wie u bij ons bent gekomen.
cookie-plover-uid-purpose = Herkent uw browser op verschillende websites om u advertenties voor onze diensten te tonen.

## Countries (content/data/countries.yaml)

country-nl-name = Nederland
country-de-name = Duitsland
country-fr-name = Frankrijk
country-ie-name = Ierland
country-no-name = Noorwegen
country-gb-name = Verenigd Koninkrijk
country-us-name = Verenigde Staten
country-ca-name = Canada
country-sg-name = Singapore
country-cn-name = China
country-co-name = Colombia
country-au-name = Australië
data-subject-website-visitors-name = Bezoekers van onze websites
data-subject-website-visitors-description = Personen die onze websites, onze documentatie voor ontwikkelaars of ons communityforum lezen.
data-subject-customer-contacts-name = Gebruikers en contactpersonen van klanten
data-subject-customer-contacts-description = Personen die namens een klant ons dashboard of onze API's gebruiken, en de contactpersonen van onze klanten, resellers en leveranciers.
data-subject-prospects-name = Potentiële klanten
data-subject-prospects-description = Personen die ons om informatie vragen, zich aanmelden voor een proefperiode of een van onze evenementen bijwonen.
data-subject-end-users-name = Eindgebruikers van onze klanten
data-subject-end-users-description = Personen die via ons platform een bericht ontvangen of versturen, een gesprek voeren of aan een videosessie deelnemen. Voor de meeste van deze gegevens is onze klant de verwerkingsverantwoordelijke.
data-source-public-registers-name = Handelsregisters en websites van bedrijven
data-source-public-registers-description = Kamers van koophandel, handelsregisters, websites van bedrijven en professionele netwerksites.
data-source-partners-name = Resellers, doorverwijzingspartners en organisatoren van evenementen
data-source-partners-description = Zij geven uw contactgegevens aan ons door wanneer u hebt aangegeven door ons benaderd te willen worden, of wanneer u onze diensten via hen afneemt.
data-source-screening-services-name = Screening- en nummerinformatiediensten
data-source-screening-services-description = Diensten die klanten toetsen aan sanctielijsten en ons laten weten of een nummer geldig is, is geporteerd of een bekend frauderisico met zich meebrengt.
data-source-channel-providers-name = Aanbieders van berichtenkanalen
data-source-channel-providers-description = Koppelt een klant een kanaal zoals WhatsApp Business, dan laat de aanbieder ons weten of het bedrijfsprofiel is goedgekeurd en geeft die de kwaliteitsbeoordeling van het profiel door.
not-applicable-automated-decisions-reason = Wij nemen over u geen besluiten die uitsluitend op geautomatiseerde verwerking zijn gebaseerd en waaraan voor u rechtsgevolgen zijn verbonden of die u anderszins in aanmerkelijke mate treffen. Onze systemen voor fraudepreventie houden verkeer tegen dat overeenkomt met bekende fraudepatronen, en een medewerker van ons team beoordeelt elke maatregel die gevolgen heeft voor een account voordat die ingaat.
