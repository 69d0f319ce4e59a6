/**
 * Passwords people choose first, as data: the most common leaked passwords of twelve characters
 * or more, and the words (English and Danish) that short favourites are made longer from
 * ("sommer2024!!", "kodeord12345"). `password-policy.ts` refuses both.
 */
export const COMMON_PASSWORDS: readonly string[] = `
123456789012 1234567890123 12345678901234 123456789101 111111111111 000000000000 123123123123
qwertyuiopas qwertyuiop123 qwertyuiop1234 1q2w3e4r5t6y 1q2w3e4r5t6y7u 1qaz2wsx3edc 1qaz2wsx3edc4rfv
zaq12wsxcde3 qazwsxedcrfv qazwsxedc123 asdfghjkl123 zxcvbnm12345 abcdefghijkl abc123abc123
password1234 password12345 password123456 passwordpassword password!123 p@ssw0rd1234 p@ssword1234
iloveyou1234 welcome12345 welcome123456 letmein12345 changeme1234 changeme12345 administrator
administrator1 admin1234567 admin123456789 superman1234 batman123456 football1234 baseball1234
monkey123456 dragon123456 master123456 sunshine1234 princess1234 trustno11234 whatever1234
starwars1234 pokemon12345 liverpool123 chelsea12345 arsenal12345 manchester12 qwerty123456
qwerty1234567 1234qwerasdf 1234abcd1234 abcd12345678 aa1234567890 a12345678901 q1w2e3r4t5y6
kodeord12345 kodeord123456 adgangskode1 adgangskode12 adgangskode123 hemmelighed1 hemmelighed12
sommer123456 vinter123456 efteraar1234 foraaret1234 danmark12345 danmark123456 kobenhavn123
koebenhavn12 jobcenter123 jobcenter1234 akasse123456 kontaktplan1 kontaktplan12 kontaktplan123
velkommen123 velkommen1234 mitpassword1 mitkodeord12 minkode12345 fodbold12345 kaerlighed12
`
  .split(/\s+/)
  .filter(Boolean);

/** Words that, with digits and symbols around them, make a guessable password however long. */
export const COMMON_WORDS: readonly string[] = `
password passw0rd p@ssword p@ssw0rd qwerty qwertz azerty asdfgh zxcvbn letmein welcome changeme
admin administrator iloveyou monkey dragon master sunshine princess football baseball superman
batman starwars pokemon whatever trustno secret login
kodeord adgangskode hemmelig hemmelighed sommer vinter foraar efteraar danmark kobenhavn koebenhavn
aarhus odense aalborg jobcenter akasse kontaktplan velkommen kaerlighed fodbold minkode mitkodeord
januar februar marts april maj juni juli august september oktober november december
mandag tirsdag onsdag torsdag fredag loerdag lordag soendag sondag
`
  .split(/\s+/)
  .filter(Boolean);
