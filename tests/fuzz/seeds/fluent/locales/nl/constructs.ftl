### Every Fluent construct the parser and the formatter know, as a seed.

## Terms and attributes

-brand = Kestrel
    .gender = neuter
-brand-short = { -brand }
notice-title = Privacyverklaring van { -brand }
    .short = Privacy
    .aria-label = { notice-title }

# A selector on a number, with plural categories and an exact match.
period-months = { $n ->
    [0] geen maanden
    [one] { $n } maand
   *[other] { $n } maanden
}
period-nested = { $a ->
    [x] { $b ->
        [y] beide
       *[other] alleen a
    }
   *[other] geen
}
formatted = { NUMBER($n, minimumFractionDigits: 2) } en { NUMBER(6) }
literal-braces = Gebruik {"{"} en {"}"} letterlijk, en { "\u00E9" } of { "\U01F600" }.
term-call = { -brand(case: "genitief") }
attribute-ref = { notice-title.short }
empty-lines =
    Eerste regel.

    Tweede alinea, na een lege regel.
        Ingesprongen blijft ingesprongen.
section-retention-body =
    Wij bewaren verkeersgegevens gedurende { $sms-voice-traffic }, of maximaal { $sms-voice-traffic-max }.
    {"["}^1]: Een voetnoot, ontsnapt.
    {"*"} een lijst, ontsnapt.
