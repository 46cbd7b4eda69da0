/**
 * How the 116 demo clusters sit on Denmark's 98 municipalities, after the real pattern
 * (docs/domain.md): most clusters cover one municipality, the large cities have several, and
 * small island municipalities share a cluster with a neighbour.
 */

/** Municipality code → the names of its clusters' areas, when it has more than one. */
export const CITY_DISTRICTS: Record<string, string[]> = {
  '101': ['Indre By', 'Østerbro', 'Nørrebro', 'Vesterbro', 'Amager Øst', 'Amager Vest', 'Valby', 'Vanløse', 'Brønshøj-Husum', 'Bispebjerg'],
  '751': ['Midtbyen', 'Nord', 'Syd', 'Vest', 'Øst'],
  '461': ['Centrum', 'Nord', 'Syd'],
  '851': ['Centrum', 'Øst', 'Vest'],
  '147': ['Nord', 'Syd'],
  '561': ['Nord', 'Syd'],
  '630': ['Nord', 'Syd'],
  '730': ['Nord', 'Syd'],
  '621': ['Nord', 'Syd'],
  '615': ['Nord', 'Syd'],
  '157': ['Nord', 'Syd'],
};

/** Small municipality → the municipality whose (first) cluster it joins. */
export const JOINS_NEIGHBOUR: Record<string, string> = {
  '825': '813', // Læsø with Frederikshavn
  '563': '561', // Fanø with Esbjerg
  '741': '727', // Samsø with Odder
  '492': '479', // Ærø with Svendborg
  '155': '185', // Dragør with Tårnby
  '187': '183', // Vallensbæk with Ishøj
};

export const FIRST_NAMES = [
  'Anne',
  'Mette',
  'Hanne',
  'Susanne',
  'Lene',
  'Marianne',
  'Camilla',
  'Louise',
  'Charlotte',
  'Maria',
  'Sofie',
  'Ida',
  'Karen',
  'Birgitte',
  'Helle',
  'Pia',
  'Trine',
  'Line',
  'Julie',
  'Rikke',
  'Peter',
  'Jens',
  'Lars',
  'Michael',
  'Henrik',
  'Thomas',
  'Søren',
  'Jesper',
  'Morten',
  'Anders',
  'Niels',
  'Christian',
  'Martin',
  'Rasmus',
  'Jakob',
  'Mads',
  'Mikkel',
  'Ole',
  'Torben',
  'Kasper',
];

export const SURNAMES = [
  'Nielsen',
  'Jensen',
  'Hansen',
  'Pedersen',
  'Andersen',
  'Christensen',
  'Larsen',
  'Sørensen',
  'Rasmussen',
  'Jørgensen',
  'Petersen',
  'Madsen',
  'Kristensen',
  'Olsen',
  'Thomsen',
  'Christiansen',
  'Poulsen',
  'Johansen',
  'Møller',
  'Mortensen',
  'Knudsen',
  'Jakobsen',
  'Mikkelsen',
  'Frederiksen',
  'Lund',
  'Holm',
  'Schmidt',
  'Eriksen',
  'Kristiansen',
  'Simonsen',
  'Clausen',
  'Svendsen',
  'Andreasen',
  'Iversen',
  'Østergaard',
  'Jeppesen',
  'Vestergaard',
  'Nissen',
  'Lauridsen',
  'Kjær',
];

export const PRACTICE_NAME_PATTERNS = ['Lægehuset {area}', 'Lægerne {street}', 'Lægeklinikken {area}', 'Lægerne i {area}'];
export const STREETS = [
  'Torvegade',
  'Nørregade',
  'Søndergade',
  'Vestergade',
  'Østergade',
  'Stationsvej',
  'Kirkevej',
  'Skolevej',
  'Parkvej',
  'Havnegade',
];
