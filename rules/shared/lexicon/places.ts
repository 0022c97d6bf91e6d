/**
 * The Scunthorpe problem (design.md §7): UK places, surnames and ordinary words that contain or equal
 * a listed word. Matching is on whole words of the original text, so most of these ("Penistone",
 * "Cockermouth", "assessment", "cocktail", "analysis") can never match a term; they are listed so the
 * tests prove it, and so that words which ARE whole terms ("Dick Turpin", "Butt", "Bell End", "Twatt",
 * "Horton-cum-Studley") are let through. Shipped; members add their own gazetteer via settings.allowlist.
 */
export const UK_ALLOWLIST: string[] = [
  // Places
  'Scunthorpe', 'Penistone', 'Cockermouth', 'Clitheroe', 'Middlesex', 'Essex', 'Sussex', 'Wessex', 'East Sussex', 'West Sussex', 'Shitterton', 'Shitlington',
  'Twatt', 'Bell End', 'Bellend Road', 'Cockfosters', 'Cockshutt', 'Cockpole Green', 'Wetwang', 'Pratts Bottom', "Pratt's Bottom", 'Brown Willy', 'Lickey End', 'Crapstone',
  'Horton-cum-Studley', 'Great Cockup', 'Sandy Balls', 'Titty Ho', 'Minge Lane', 'Scratchy Bottom', 'Butts Lane', 'Butt Lane', 'Ramsbottom', 'Sidebottom', 'Winterbottom',
  'Fanny Hands Lane', 'Muff', 'Thong', 'Bitchfield', 'Knob Hill', 'Dicks Lane', 'Cock Lane', 'Cock Inn', 'Cock Bridge', 'Penistone Road', 'Plymouth Hoe', 'Hoe Street', 'Westward Ho',
  'Slag Lane', 'Clay Cross', 'Nob End', 'Spital', 'Fairy Cross', 'Queer Lane', 'Pakistani Community Centre',
  // People and names
  'Dick Turpin', 'Moby Dick', 'Philip K. Dick', 'Dick Whittington', 'Dick Van Dyke', 'Van Dyke', 'Spotted Dick', 'Butt', 'Shufflebottom', 'Cockburn', 'Hancock', 'Babcock', 'Cox',
  'Glasscock', 'Hitchcock', 'Dickens', 'Dickinson', 'Cummings', 'Cumming', 'Sexton', 'Wankhede', 'Fanny Cradock', 'Willy Wonka', 'Bender', 'Kung Fu', 'Kung Fu Panda',
  // Ordinary words
  'assessment', 'assessments', 'cocktail', 'cocktails', 'analysis', 'analyst', 'shiitake', 'title', 'therapist', 'grape', 'classic', 'assassin', 'bass', 'passage', 'hoeing',
  'cocker spaniel', 'woodcock', 'peacock', 'stopcock', 'ballcock', 'weathercock', 'gamecock', 'cockerel', 'cockpit', 'cockney', 'cockle', 'cockles', 'dickie bow', 'dicky bow',
  'spotted dick', 'bitch won', 'garden hoe', 'chink in the armour', 'chink of light', 'fag end', 'fag ends', 'faggots and peas', 'faggots and mushy peas', 'went on a bender', 'on a bender',
  'pansy', 'pansies', 'tit for tat', 'blue tit', 'blue tits', 'great tit', 'great tits', 'coal tit', 'coal tits', 'long tailed tit', 'bell end', 'knob twiddling', 'door knob', 'doorknob',
  'sussex', 'scunthorpe united', 'penistone grammar', 'cum laude', 'magna cum laude', 'summa cum laude',
];
