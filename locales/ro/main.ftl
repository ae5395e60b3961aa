# Voices — Română (Romanian). DRAFT: needs review by a native speaker.
# Source: locales/en/main.ftl. Keep { $name } etc. exactly as they are.

## Every page
page-title = Voices
site-name = Voices
skip-to-content = Sari la conținutul principal
quick-exit = Ieși de pe site
language-switcher = Alege limba ta

## Start page
landing-heading = Vocea ta contează
landing-intro = Voices este un loc sigur unde îți poți spune povestea sau ne poți spune despre un serviciu care trebuia să te ajute.
landing-share-story = Spune-ți povestea
landing-give-feedback = Spune-ne despre un serviciu
landing-what-happens-heading = Ce se întâmplă cu cuvintele tale
landing-no-name = Nu trebuie să îți spui numele. Nu te întrebăm niciodată cine ești.
landing-encrypted = Cuvintele tale sunt încuiate (criptate) imediat ce le trimiți.
landing-who-reads = Le citește doar o echipă mică, instruită. Ei scot numele, locurile și școlile înainte să împărtășim ceva.
landing-you-decide = Tu decizi ce se întâmplă cu cuvintele tale. Poți să te răzgândești sau să le ștergi mai târziu.
landing-about-link = Mai multe despre cine îți citește cuvintele și cât timp le păstrăm
landing-leave-heading = Cum pleci repede
landing-leave-quickly = Dacă trebuie să pleci repede, apasă "Ieși de pe site" în partea de sus a paginii.
landing-safety-link = Cum să fii în siguranță pe internet
landing-come-back-heading = Cum te întorci
landing-come-back = După ce trimiți, primești un cod. Cu el te poți întoarce să citești răspunsurile, să îți schimbi alegerile sau să îți ștergi cuvintele.

## Help now
help-now-heading = Primește ajutor acum
help-now-intro = Aceste servicii sunt gratuite și nu trebuie să îți spui numele.

## Sharing
share-no-name = Dacă nu vrei, te rugăm să nu scrii numele tău sau numele altcuiva.
share-we-remove-details = Înainte să împărtășim ceva, scoatem numele, locurile și școlile. Nu schimbăm niciodată ce vrei să spui.
share-text-limit = Poți scrie cel mult { $limit } de caractere.
share-text-counter = Caractere rămase:
share-submit = Trimite
share-honeypot-label = Te rugăm să lași această căsuță goală
share-copy-your-words = Iată cuvintele tale, ca să le poți copia și păstra în siguranță
share-text-missing = Te rugăm să scrii ceva înainte să trimiți.
share-text-too-long = Textul este prea lung. Te rugăm să îl scurtezi. Cuvintele tale sunt încă aici.
share-not-saved = Nu am putut salva acum. Cuvintele tale sunt încă aici. Te rugăm să încerci din nou peste câteva minute.
share-honeypot-filled = Te rugăm să golești această căsuță, apoi să trimiți din nou.
form-nothing-lost = Cuvintele tale sunt încă aici. Nu s-a pierdut nimic.
form-invalid-choice = Te rugăm să alegi una dintre variante.

story-heading = Spune-ți povestea
story-text-label = Povestea ta
story-text-hint = Scrie în orice limbă. Spune cât de mult sau cât de puțin vrei.
story-themes-legend = Despre ce este povestea ta? (poți sări peste asta)
story-themes-hint = Bifează ce se potrivește. Asta ne ajută să înțelegem. Poți să nu bifezi nimic.

## Consent
consent-heading = Alegerile tale
consent-intro = Tu decizi ce se întâmplă cu cuvintele tale. Poți schimba asta mai târziu, cu codul tău.
consent-use-legend = Ce putem face cu cuvintele tale?
consent-use-publish = Publicați cuvintele mele pe acest site, după ce spun da variantei editate
consent-use-themes-only = Folosiți-le doar ca să numărați ce vă spun tinerii, fără cuvintele mele
consent-use-team-only = Doar echipa le poate citi
consent-quotes-legend = Putem folosi câteva propoziții scurte din cuvintele tale în rapoartele noastre?
consent-quotes-hint = Nu folosim niciodată numele tău sau ceva care arată cine ești.
consent-quotes-yes = Da
consent-quotes-no = Nu
consent-use-missing = Te rugăm să alegi ce putem face cu cuvintele tale.
consent-quotes-missing = Te rugăm să spui da sau nu.
consent-now-publish = Acum: putem publica cuvintele tale, după ce spui da variantei editate.
consent-now-themes-only = Acum: folosim cuvintele tale doar ca să numărăm ce ne spun tinerii.
consent-now-team-only = Acum: doar echipa îți poate citi cuvintele.

## Service feedback
feedback-heading = Spune-ne despre un serviciu
feedback-service-legend = Despre ce serviciu este vorba?
feedback-service-missing = Te rugăm să alegi un serviciu.
service-police = Poliția
service-social-care = Serviciile sociale pentru copii (asistenți sociali)
service-placement = Familie de plasament sau casă de copii
service-guardian = Tutore independent
service-referral = Procesul de referire (recunoașterea ca victimă)
service-health = Sănătate sau sănătate mintală
service-school = Școală sau colegiu
service-legal-advice = Sfaturi juridice (un avocat)
service-immigration = Imigrare sau Ministerul de Interne (Home Office)
service-youth-justice = Justiție pentru minori sau tribunal
service-charity = O organizație caritabilă
service-interpreter = Un interpret
service-other = Altceva
feedback-region-label = Unde s-a întâmplat? (poți sări peste asta)
feedback-region-hint = Doar o zonă mare, niciodată un oraș.
feedback-region-none = Alege o zonă
region-north-east = Nord-Estul Angliei
region-north-west = Nord-Vestul Angliei
region-yorkshire = Yorkshire și Humber
region-east-midlands = Midlands de Est (East Midlands)
region-west-midlands = Midlands de Vest (West Midlands)
region-east-of-england = Estul Angliei
region-london = Londra
region-south-east = Sud-Estul Angliei
region-south-west = Sud-Vestul Angliei
region-scotland = Scoția
region-wales = Țara Galilor
region-northern-ireland = Irlanda de Nord
region-prefer-not-to-say = Prefer să nu spun
feedback-questions-heading = Cinci întrebări
feedback-questions-hint = Răspunde la cele pe care le vrei. Poți sări peste oricare.
question-listened = Te-au ascultat?
question-believed = Te-au crezut?
question-kept-informed = Ți-au spus ce se întâmpla?
question-felt-safe = Te-ai simțit în siguranță?
question-own-language = Ai putut folosi limba ta?
answer-1 = Deloc
answer-2 = Puțin
answer-3 = Uneori
answer-4 = De cele mai multe ori
answer-5 = Da, complet
answer-prefer-not-to-say = Prefer să nu spun
feedback-text-label = Mai vrei să ne spui ceva? (poți sări peste asta)
feedback-text-hint = Scrie în orice limbă.
feedback-age-legend = Câți ani ai? (poți sări peste asta)
feedback-age-hint = Nu te întrebăm niciodată data nașterii.
age-band-under-16 = Sub 16
age-band-16-17 = 16 sau 17
age-band-18-21 = Între 18 și 21
age-band-22-25 = Între 22 și 25

## Receipt
receipt-created-heading = Mulțumim. Am primit cuvintele tale.
receipt-created-intro = Acesta este codul tău:
receipt-created-why = Păstrează acest cod în siguranță: este singurul mod de a te întoarce la cuvintele tale și nu ți-l putem arăta din nou.
receipt-created-keep = Scrie-l sau fă-i o poză și ține-l undeva unde doar tu îl poți vedea. Oricine are codul îți poate citi cuvintele.
receipt-created-print = Poți și să tipărești această pagină.
receipt-print-button = Tipărește această pagină
receipt-created-next = O persoană instruită îți va citi cuvintele în curând. Întoarce-te cu codul tău ca să vezi ce se întâmplă.
receipt-lookup-link = Întoarce-te cu codul tău
receipt-heading = Întoarce-te cu codul tău
receipt-intro = Scrie codul pe care l-ai primit când ai trimis. Poți folosi litere mici sau mari, cu sau fără liniuțe.
receipt-code-label = Codul tău
receipt-code-hint = Arată așa: 7KQ2-M9XD-4HFA-R3TC
receipt-open = Deschide
receipt-code-invalid = Un cod are 16 litere și cifre. Te rugăm să îl verifici și să încerci din nou.
receipt-code-not-found = Nu am găsit acest cod. Te rugăm să îl verifici și să încerci din nou.
receipt-view-heading = Cuvintele tale
receipt-status-heading = Ce se întâmplă acum
receipt-your-words = Ce ai scris
receipt-consent-heading = Alegerile tale
receipt-consent-save = Salvează alegerile mele
receipt-consent-saved = Alegerile tale sunt salvate.
status-received = Am primit cuvintele tale. Nimeni nu le-a citit încă.
status-in-review = O persoană instruită îți citește cuvintele acum.
status-awaiting-survivor = Avem o întrebare sau o variantă editată pentru tine. Te rugăm să o citești mai jos.
status-approved = Cuvintele tale sunt gata să fie publicate, așa cum ai fost de acord.
status-published = Cuvintele tale sunt publicate pe acest site, așa cum ai fost de acord.
status-themes-only = Cuvintele tale sunt folosite ca să numărăm ce ne spun tinerii. Nu sunt publicate.
status-team-only = Doar echipa îți citește cuvintele. Nu sunt publicate.
status-declined = De data asta nu am putut publica cuvintele tale. Te rugăm să citești mesajul nostru mai jos.
status-withdrawn = Ți-ai șters cuvintele. Nu mai există.
withdraw-heading = Șterge tot
withdraw-intro = Îți poți șterge cuvintele oricând. Asta nu se mai poate anula.
withdraw-start = Șterge cuvintele mele
withdraw-confirm-heading = Chiar vrei asta?
withdraw-confirm-intro = Dacă îți ștergi cuvintele, dispar pentru totdeauna. Nimeni nu le mai poate citi, nici tu, nici noi.
withdraw-confirm-permanent = Asta nu se mai poate anula.
withdraw-confirm-button = Da, șterge cuvintele mele
withdraw-cancel = Nu, înapoi
withdrawn-heading = Cuvintele tale sunt șterse
withdrawn-done = Cuvintele tale nu mai există. Nimeni nu le mai poate citi acum.
withdrawn-code-still-works = Dacă folosești din nou codul, vei vedea doar că ți-ai șters cuvintele.

## Staying safe
safety-heading = Siguranța pe internet
safety-leave-heading = Pleacă repede
safety-leave-button = Apasă "Ieși de pe site" în partea de sus a oricărei pagini. Se deschide un site despre vreme.
safety-leave-keys = Pe calculator, poți apăsa și tasta Shift de trei ori, repede.
safety-private-heading = Folosește navigarea privată
safety-private-what = Într-o fereastră privată, telefonul sau calculatorul nu păstrează paginile pe care le vizitezi.
safety-private-how = În majoritatea browserelor, deschide meniul și alege "Fereastră privată nouă" sau "Filă incognito nouă".
safety-history-heading = Șterge istoricul
safety-history-what = Dacă nu ai folosit o fereastră privată, cineva ar putea vedea acest site în istoricul tău.
safety-history-how = Deschide setările browserului, găsește "Istoric" și șterge paginile de pe acest site.
safety-shared-heading = Dacă cineva îți verifică telefonul
safety-shared-phone = Acest site nu trimite emailuri sau SMS-uri și nu salvează nimic pe telefonul tău.
safety-shared-code = Ține codul undeva unde doar tu îl poți vedea. Oricine are codul îți poate citi cuvintele.

## About
about-heading = Despre Voices
about-what-heading = Ce este Voices
about-what = Voices este condus de oameni care lucrează cu tineri supraviețuitori. Vrem ca serviciile să asculte, să creadă și să facă mai bine.
about-who-heading = Cine îți citește cuvintele
about-who = Doar o echipă mică, instruită, citește ce trimiți. Urmează reguli clare ca să te protejeze și îți tratează cuvintele cu respect.
about-who-not = Nimeni altcineva nu îți poate citi cuvintele: nici oamenii care se ocupă de calculatoare, nici serviciile despre care scrii.
about-happens-heading = Ce se întâmplă cu cuvintele tale
about-happens-review = O persoană instruită îți citește cuvintele. Scoate numele, locurile și școlile. Nu schimbă niciodată ce vrei să spui.
about-happens-choices = Nimic nu este împărtășit dacă nu ai spus da. Dacă cuvintele tale vor fi împărtășite, vezi mai întâi varianta editată și decizi.
about-happens-themes = Numărăm ce ne spun mulți tineri, ca să arătăm serviciilor ce trebuie schimbat. Aceste numere nu arată niciodată cine este cineva.
about-kept-heading = Cât timp păstrăm cuvintele tale
about-kept = Păstrăm cuvintele tale cât timp echipa lucrează cu ele și le ștergem pe cele nefolosite după o perioadă stabilită.
about-kept-withdraw = Poți să îți ștergi tu cuvintele oricând, cu codul tău. Când faci asta, dispar imediat.
about-safe-heading = Cum păstrăm cuvintele tale în siguranță
about-safe-encrypted = Cuvintele tale sunt încuiate (criptate) imediat ce ajung. Doar echipa, sau tu cu codul tău, le puteți descuia.
about-safe-no-trace = Nu păstrăm adresa ta IP și nu folosim cookie-uri pe aceste pagini.

## Staff area
staff-login-title = Intrare pentru personal
staff-name = Nume
staff-passphrase = Frază de acces
staff-sign-in = Intră în cont
staff-sign-out = Ieși din cont
staff-signed-in-as = Te-ai conectat ca { $name } ({ $role })
staff-role = Rol
staff-role-admin = Administrator
staff-role-moderator = Moderator
staff-role-safeguarding-lead = Responsabil cu protecția
staff-role-practitioner = Specialist
staff-status = Stare
staff-status-active = Activ
staff-status-disabled = Dezactivat
staff-dashboard-title = Zona personalului
staff-dashboard-intro = Te-ai conectat. Sesiunea se închide singură după 30 de minute fără activitate.
staff-list-heading = Personal
staff-add-hint = Ca să adaugi sau să dezactivezi conturi de personal, folosește comanda voices staff pe server.

## First admin
setup-title = Creează primul administrator
setup-intro = Acest link funcționează o singură dată. Contul creat aici poate adăuga alte persoane din personal.
setup-passphrase-hint = Folosește cel puțin 12 caractere. Câteva cuvinte care nu au legătură între ele sunt puternice și ușor de ținut minte.
strength-too-short = Încă prea scurtă: mai scrie.
strength-acceptable = Bine. Încă câteva cuvinte o fac puternică.
strength-strong = Puternică.
setup-passphrase-confirm = Scrie din nou fraza de acces
setup-submit = Creează contul de administrator
setup-done-title = Contul de administrator este gata
setup-done = Acum poți intra în cont. Acest link de configurare nu va mai funcționa.

## Forms
form-error-summary = Te rugăm să verifici:
error-name-required = Te rugăm să scrii un nume.
error-passphrase-required = Te rugăm să scrii fraza de acces.
error-confirm-required = Te rugăm să scrii din nou fraza de acces.
error-field-required = Te rugăm să completezi aici.

## Errors
error-title = Ceva nu a mers bine
error-not-found-title = Nu găsim această pagină
error-rate-limited-title = Te rugăm să aștepți puțin
error-back-home = Mergi la pagina de start
error-not-found = Poate pagina a fost mutată sau linkul este greșit.
error-rate-limited =
    { $minutes ->
        [one] Au fost prea multe încercări. Te rugăm să aștepți { $minutes } minut, apoi încearcă din nou.
        [few] Au fost prea multe încercări. Te rugăm să aștepți { $minutes } minute, apoi încearcă din nou.
       *[other] Au fost prea multe încercări. Te rugăm să aștepți { $minutes } de minute, apoi încearcă din nou.
    }
error-sign-in-failed = Numele sau fraza de acces nu este corectă.
error-not-signed-in = Te rugăm să intri mai întâi în cont.
error-forbidden = Contul tău nu poate face asta.
error-csrf-mismatch = Acest formular a stat deschis prea mult timp. Te rugăm să încerci din nou.
error-name-taken = Cineva are deja acest nume. Te rugăm să alegi altul.
error-name-empty = Te rugăm să scrii un nume.
error-name-too-long = Un nume poate avea cel mult 64 de caractere.
error-name-invalid = Un nume nu poate conține caractere de control ascunse.
error-weak-passphrase = Fraza de acces este prea scurtă sau prea simplă. Folosește cel puțin 12 caractere.
error-common-passphrase = Mulți oameni folosesc această frază de acces, așa că e ușor de ghicit. Alege câteva cuvinte fără legătură între ele.
error-passphrase-too-long = Fraza de acces este prea lungă. Folosește cel mult 1024 de caractere.
error-passphrase-mismatch = Cele două fraze de acces nu sunt la fel.
error-wrong-admin-credentials = Numele de administrator sau fraza de acces nu este corectă.
error-first-staff-must-be-admin = Primul cont trebuie să fie de administrator.
error-no-setup-pending = Nu există nicio configurare în așteptare.
error-last-admin = Acesta este ultimul administrator. Adaugă mai întâi alt administrator.
error-unknown-staff = Nu există nicio persoană din personal cu acest nume.
error-receipt-not-found = Nu am găsit acest cod. Te rugăm să îl verifici și să încerci din nou.
error-receipt-invalid = Un cod are 16 litere și cifre. Te rugăm să îl verifici și să încerci din nou.
error-consent-locked = Cuvintele tale sunt deja publicate, așa că aceste alegeri nu se mai pot schimba acum. Poți totuși să îți ștergi cuvintele.
error-storage-unavailable = Acum nu putem salva sau citi. Nimic din ce ai trimis nu s-a pierdut. Te rugăm să încerci din nou peste câteva minute.
error-internal = Ceva nu a mers bine la noi. Te rugăm să încerci din nou.
error-bad-request = Nu am înțeles ce s-a trimis. Te rugăm să încerci din nou.
error-payload-too-large = Ce ai trimis este prea lung. Te rugăm să scurtezi.
error-unprocessable = O parte din ce s-a trimis nu este corectă. Te rugăm să verifici și să încerci din nou.
