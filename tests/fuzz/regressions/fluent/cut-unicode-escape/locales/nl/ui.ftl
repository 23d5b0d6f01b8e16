notice-title = Privacy{ "\u00é" }verklaring
other = { "\U1F6ä" }
