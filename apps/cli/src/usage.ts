import { EXIT } from "./exit-codes.js";
import type { Output } from "./output.js";

export const USAGE = `Brug: kontakt <kommando> [tilvalg]

Kommandoer:
  evaluate FIL...        Beregn krav og advarsler for hver fil; én JSON-linje pr. fil.
                         En fil kan være et input eller et konformanstilfælde ({name, input, ...}).
  conformance MAPPE      Kør alle konformanstilfælde (*.json) i MAPPE og vis dem, der fejler.
  plan FIL [--json]      Foreslå samtaler, der opfylder de åbne krav.
  compare FIL [--rule-sets lab,forenklet,…] [--json]
                         Sammenlign minimumsantallet af samtaler i regelsættene
                         (jobcentrets og a-kassens hver for sig).
  admin create-system-admin --email E-MAIL [--name NAVN]
                         Opret en systemadministrator i serverens database (DATABASE_URL
                         eller KONTAKTPLAN_DATA_DIR) og vis en engangsadgangskode.

Tilvalg:
  --json                 Skriv resultatet som JSON i stedet for en tabel.
  --rule-sets LISTE      Regelsæt at sammenligne, adskilt af komma (lab, forenklet, lab2020,
                         lab2024, lab2026, gaeldende); uden tilvalget alle undtagen gaeldende.
  -h, --help             Vis denne hjælp.

Afslutningskoder:
  0  alt gik godt
  1  mindst ét konformanstilfælde fejlede
  2  ugyldigt input, eller en fil kunne ikke læses
  64 forkert brug af kommandoen
  70 uventet intern fejl`;

/** Report a misused command: what was wrong, then how to use it (stderr, exit 64). */
export function usageError(output: Output, message: string): number {
  output.err(`kontakt: ${message}`);
  output.err("");
  output.err(USAGE);
  return EXIT.usage;
}
