# De eigen teksten van de site in het Nederlands, over die van het thema.

# "U kunt een klacht indienen bij de Autoriteit Persoonsgegevens."
-authority = Autoriteit Persoonsgegevens
    .article = de
