/**
 * Common Danish first and last names, combined at random into fictitious people. Any likeness to
 * a real person is a coincidence of common names; the CPR numbers (`cpr.ts`) are never real.
 */
export const FIRST_NAMES = [
  "Anne", "Mette", "Kirsten", "Hanne", "Helle", "Susanne", "Lene", "Maria", "Marianne", "Camilla",
  "Louise", "Charlotte", "Pia", "Tina", "Julie", "Sofie", "Emma", "Ida", "Freja", "Amalie",
  "Fatima", "Aisha", "Leyla", "Nadia", "Olga", "Katarzyna", "Ingrid", "Astrid", "Signe", "Line",
  "Peter", "Jens", "Lars", "Michael", "Henrik", "Thomas", "Søren", "Jan", "Niels", "Morten",
  "Jesper", "Anders", "Rasmus", "Mads", "Frederik", "Mikkel", "Kasper", "Emil", "Oliver", "William",
  "Mohammed", "Ali", "Ahmad", "Omar", "Piotr", "Tomasz", "Jonas", "Kim", "Bo", "Ole",
] as const;

export const LAST_NAMES = [
  "Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen", "Jørgensen",
  "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Christiansen", "Poulsen", "Johansen", "Møller", "Mortensen",
  "Knudsen", "Jakobsen", "Mikkelsen", "Olesen", "Frederiksen", "Laursen", "Henriksen", "Lund", "Schmidt", "Holm",
  "Yilmaz", "Hussein", "Ahmed", "Nowak", "Kowalski", "Ali", "Eriksen", "Kjær", "Bach", "Dam",
] as const;

/** Fictitious street names; the postcodes in `organisations.ts` are real so addresses look familiar. */
export const STREET_NAMES = [
  "Demovej", "Eksempelgade", "Prøvestræde", "Fiktionsallé", "Testparken", "Modelvej", "Skitsegade", "Udkastvej",
] as const;
