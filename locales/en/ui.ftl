# The site's own user-interface strings in English, over the theme's.

# "You can lodge a complaint with the Autoriteit Persoonsgegevens."
-authority = Autoriteit Persoonsgegevens
    .article = the
