/**
 * The seed's own wording, sentence by sentence, so that every rule can cite it verbatim.
 * A test checks that each text occurs in docs/source/forenklet-kontaktforloeb.txt (ignoring line breaks and hyphenation).
 */
export const SEED = {
  lab: {
    dagpengeFirst: "Når CV-samtalen i a-kassen er afholdt (senest efter 2 ugers ledighed), og senest når pgl. har været ledig i 6 uger.",
    dagpengeMonthly: "Herefter i de første 6 måneder: Mindst en samtale hver gang personen har været ledig i en måned.",
    dagpengeAkasse4to6:
      "A-kassen deltager i en samtale, der afholdes tidligst efter 4 måneders ledighed, og senest når pgl. har været ledig i 6 måneder, med mindre den pgl. ikke ønsker a-kassens deltagelse.",
    dagpengeQuarterly: "Herefter mindst hver gang personen har været ledig i 3 måneder. Dvs. mindst 4 samtaler inden for 12 måneder.",
    dagpenge16:
      'Herudover en "16-måneders samtale". Senest når pgl. har været ledig i 16 måneder. A-kassen deltager i denne samtale, med mindre den pgl. ikke ønsker a-kassens deltagelse.',
    withinAWeek: "Inden for 1 uge fra 1. henvendelse om hjælp.",
    twoMoreInThreeMonths: "Herefter mindst 2 gange inden for de første 3 kalendermåneder fra 1. henvendelse om hjælp.",
    fourPer12: "Herefter mindst 4 gange inden for hver 12 kalendermåneder.",
    uddannelseAktivitetsparat:
      "Herefter senest hver gang personen i 2 måneder har modtaget offentlig forsørgelsesydelse eller deltaget i tilbud efter kap. 12.",
    ledighedsydelseFirst: "Senest 3 uger efter personen har opnået ret til ledighedsydelse.",
    ledighedsydelseEvery3: "Senest hver gang personen i 3 måneder har modtaget ledighedsydelse regnet første gang fra visitationen til fleksjob.",
    revalidering: "Senest hver gang personen i 3 måneder har modtaget offentlige forsørgelsesydelser eller deltaget i tilbud efter kapitel 10-12.",
    sixPer12: "Holdes løbende og mindst 6 gange inden for 12 kalendermåneder.",
    jobafklaringRisk:
      "Efter 3½ år følges op mindst 6 gange inden for 6 kalendermåneder, hvis kommunen vurderer, der er risiko for, at personen fortsat vil være uarbejdsdygtig efter 4 år.",
    sygedagpengeFirst: "Inden udgangen af 8. sygefraværs uge.",
    sygedagpengeEvery4Weeks: "Herefter følges op mindst hver 4. uge.",
    foertidspension: "For førtidspensionister gælder, at de har ret til tre samtaler, hvis de efterspørger det.",
  },
  forenklet: {
    fourInSix: "4 samtaler de første seks måneder som afholdes løbende (inklusiv en første samtale tidligt i forløbet).",
    kontantFirst: "For kontant- og uddannelseshjælpsmodtagere skal den 1. samtale afholdes inden for 1 uge fra 1. henvendelse om hjælp.",
    sygedagpengeFirst: "For sygedagpengemodtagere afholdes den første samtale inden udgangen af 8. sygefraværsuge.",
    joint3and6:
      "De to fællessamtaler med deltagelse af både jobcentret og a-kassen fastholdes. Den første fællessamtale senest, når personen har været ledig i 3 måneder, og den anden senest, når personen har været ledig i 6 måneder.",
    joint16: "Herudover som i dag én ekstra fællessamtale med a-kassen senest efter 16 mdr. som led i den særlige langtidsledighedsindsats.",
    onRequest:
      "Borgeren har ret til samtaler, hvis pågældende ønsker det. Samtidig skal kommunen holde samtaler med borgeren, når den vurderer, der er behov for det.",
  },
} as const;
