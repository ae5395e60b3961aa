# Voices — Română (Romanian). DRAFT: needs review by a native speaker.
# Source: locales/en/main.ftl. Keep { $name } etc. exactly as they are.

## Every page
page-title = Voices
site-name = Voices
skip-to-content = Sari la conținutul principal
quick-exit = Ieși de pe site
language-switcher = Alege limba ta
danger-now = Ești în pericol acum? Sună la 999
footer-run-by = Acest site este condus de { $organisation }.
footer-privacy = Nota de confidențialitate
not-emergency = Voices nu știe cine ești. De aceea nu putem veni să te ajutăm și nu putem răspunde repede. Dacă ești în pericol acum, sună la 999.
resource-call = Sună
resource-text = Trimite SMS

## Start page
landing-heading = Vocea ta contează
landing-intro = Voices este un loc unde îți poți spune povestea sau ne poți spune despre un serviciu care trebuia să te ajute.
landing-for-everyone = Voices este pentru toți tinerii din Regatul Unit, oriunde s-ar fi născut.
landing-share-story = Spune-ți povestea
landing-give-feedback = Spune-ne despre un serviciu
landing-what-happens-heading = Ce se întâmplă cu cuvintele tale
landing-no-name = Nu trebuie să îți spui numele. Nu te întrebăm niciodată cine ești.
landing-encrypted = Cuvintele tale sunt încuiate (criptate) imediat ce le trimiți.
landing-who-reads = Doar o echipă mică, instruită, le citește. Înainte să fie împărtășit ceva, scot ce ar putea arăta cine ești, cum ar fi nume, numere de telefon, adrese și școli. Orașele rămân de obicei. Dacă cuvintele tale sunt publicate, vezi mai întâi varianta editată.
landing-you-decide = Tu decizi ce se întâmplă cu cuvintele tale. Poți să te răzgândești sau să le ștergi mai târziu.
landing-about-link = Mai multe despre cine îți citește cuvintele și cât timp le păstrăm
landing-leave-heading = Cum pleci repede
landing-leave-quickly = Dacă trebuie să pleci repede, apasă "Ieși de pe site" în partea de sus a paginii.
landing-safety-link = Cum să fii în siguranță pe internet
landing-come-back-heading = Cum te întorci
landing-come-back = După ce trimiți, primești un cod. Cu el te poți întoarce să citești răspunsurile, să îți schimbi alegerile sau să îți ștergi cuvintele.

## Help now
help-now-heading = Cere ajutor acum
help-now-intro = Aceste servicii sunt gratuite și nu trebuie să îți spui numele.

## Sharing
share-no-name = Dacă nu vrei, te rugăm să nu scrii numele tău sau numele altcuiva.
share-we-remove-details = Înainte să fie împărtășit ceva, scoatem ce ar putea arăta cine ești, cum ar fi nume, numere de telefon, adrese și școli. Orașele rămân de obicei. Nu schimbăm niciodată ce vrei să spui.
share-quick-exit-warning = Dacă apeși "Ieși de pe site", ce ai scris aici se pierde.
share-text-limit =
    { $limit ->
        [one] Poți scrie cel mult { $limit } caracter.
        [few] Poți scrie cel mult { $limit } caractere.
       *[other] Poți scrie cel mult { $limit } de caractere.
    }
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
consent-use-publish-hint = Chiar și fără nume, cineva care te cunoaște ți-ar putea recunoaște povestea.
consent-quotes-when = Doar dacă ai ales să publicăm cuvintele tale pe acest site. Folosim doar propoziții din varianta editată căreia i-ai spus da.
consent-reports-readers = Rapoartele noastre ajung la organizații caritabile, la oameni care conduc servicii și la oameni care fac legi și reguli. Ele nu arată niciodată cine ești.
consent-privacy-link = Citește nota de confidențialitate
consent-kept = Dacă nu folosim cuvintele tale, le ștergem la { $days ->
        [one] { $days } zi
        [few] { $days } zile
       *[other] { $days } de zile
    } după ce decidem. Îți poți șterge cuvintele oricând, cu codul tău. Dar numerele sau propozițiile care sunt deja într-un raport publicat rămân în acel raport.
consent-quotes-yes = Da
consent-quotes-no = Nu
consent-use-missing = Te rugăm să alegi ce putem face cu cuvintele tale.
consent-quotes-missing = Te rugăm să spui da sau nu.
consent-now-publish = Acum: putem publica cuvintele tale, după ce spui da variantei editate.
consent-now-themes-only = Acum: folosim cuvintele tale doar ca să numărăm ce ne spun tinerii.
consent-now-team-only = Acum: doar echipa îți poate citi cuvintele.
consent-now-quotes = Ai spus da: putem folosi câteva propoziții scurte în rapoartele noastre.
police-not-stated = Nu știm cine ești. Această organizație nu a spus încă când ar da informații poliției sau imigrației. Întreabă-i înainte să scrii despre statutul tău de imigrare.
police-safeguarding-only = Nu știm cine ești. Nu dăm niciodată cuvintele tale autorităților de imigrare. Contactăm poliția sau serviciile de protecție a copilului doar dacă credem că cineva este în pericol chiar acum.
police-only-if-the-law-requires = Nu știm cine ești. Nu dăm cuvintele tale poliției sau autorităților de imigrare, decât dacă legea ne obligă.

## Service feedback
feedback-heading = Spune-ne despre un serviciu
feedback-service-legend = Despre ce serviciu este vorba?
feedback-service-missing = Te rugăm să alegi un serviciu.
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
feedback-questions-heading = Întrebări despre serviciu
feedback-questions-hint = Răspunde la cele pe care le vrei. Poți sări peste oricare.
feedback-text-label = Mai vrei să ne spui ceva? (poți sări peste asta)
feedback-text-hint = Scrie în orice limbă.
feedback-age-legend = Câți ani ai? (poți sări peste asta)
feedback-age-hint = Nu te întrebăm niciodată data nașterii.
age-band-under-16 = Sub 16
age-band-16-17 = 16 sau 17
age-band-18-21 = Între 18 și 21
age-band-22-25 = Între 22 și 25
age-band-26-plus = 26 sau mai mult
age-band-prefer-not-to-say = Prefer să nu spun
helped-legend = Te-a ajutat cineva să completezi asta? (poți sări peste)
helped-hint = Ne ajută să înțelegem cuvintele tale.
helped-no = Nu, am făcut-o singur
helped-worker = Da, un angajat sau un voluntar
helped-someone-close = Da, un prieten sau cineva din familia mea
helped-prefer-not-to-say = Prefer să nu spun

## Receipt
receipt-created-heading = Mulțumim. Am primit cuvintele tale.
receipt-created-intro = Acesta este codul tău:
receipt-created-why = Păstrează acest cod în siguranță: este singurul mod de a te întoarce la cuvintele tale și nu ți-l putem arăta din nou.
receipt-created-keep-safe = Scrie-l undeva unde doar tu îl poți vedea sau roagă o persoană de încredere care lucrează cu tine să îl păstreze pentru tine. O poză e mai puțin sigură: pozele sunt des copiate pe alte dispozitive și în copii de rezervă online. Oricine are codul îți poate citi cuvintele.
receipt-created-print = Poți și să tipărești această pagină.
receipt-print-button = Tipărește această pagină
receipt-created-when = O persoană instruită îți va citi cuvintele. De obicei primești un răspuns în cel mult { $weeks ->
        [one] { $weeks } săptămână
        [few] { $weeks } săptămâni
       *[other] { $weeks } de săptămâni
    }. Întoarce-te cu codul tău ca să vezi ce se întâmplă.
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
receipt-consent-now-heading = Ce ai ales
receipt-consent-change-heading = Schimbă-ți alegerile
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
receipt-link-expired = Pagina s-a închis, ca să îți păstrăm codul în siguranță. Te rugăm să scrii din nou codul.
receipt-close-tab = Dacă folosești un telefon sau un calculator pe care îl folosesc și alții, închide pagina când termini.

## Receipt: messages and edited versions
receipt-messages-heading = Mesajele tale cu echipa
receipt-messages-none = Încă nu există mesaje.
message-from-team = Echipa
message-from-you = Tu
message-from-survivor = Persoana care a scris
receipt-reply-label = Scrie-i echipei
receipt-reply-hint = Doar echipa îl poate citi. Nu trebuie să răspunzi la nimic la care nu vrei să răspunzi.
receipt-reply-send = Trimite
receipt-reply-sent = Mesajul tău a fost trimis. Echipa îl va citi.
receipt-edit-heading = Echipa îți propune o variantă editată
receipt-edit-approved-heading = Varianta cu care ai fost de acord
receipt-edit-intro = Am scos detaliile care ar putea arăta cine ești. Te rugăm să o citești. Nu se împărtășește nimic dacă nu spui da.
receipt-edit-yours = Ce ai scris
receipt-edit-suggested = Varianta editată
receipt-edit-choose = Tu alegi ce se întâmplă acum.
receipt-edit-approve = Da, varianta asta e bună
receipt-edit-changes-label = Ce ai vrea să schimbi?
receipt-edit-changes-hint = Spune-ne cu cuvintele tale. Îți vom trimite o variantă nouă.
receipt-edit-changes = Cere schimbări
receipt-edit-refuse-intro = Dacă nu vrei să fie împărtășită nicio variantă, spune nu. Celelalte alegeri ale tale rămân la fel.
receipt-edit-refuse = Nu, nu o împărtășiți
receipt-approved = Îți mulțumim. Ai spus da acestei variante.
receipt-changes-sent = Îți mulțumim. Echipa va citi ce vrei să schimbi.
receipt-refused = Îți mulțumim. Această variantă nu va fi împărtășită.
receipt-second-look-label = Vrei ca altcineva să se uite din nou?
receipt-second-look-hint = Poți cere asta o singură dată. O altă persoană din echipă îți va citi cuvintele. Poți adăuga un mesaj, dacă vrei.
receipt-second-look = Cere a doua verificare
receipt-second-look-sent = Îți mulțumim. O altă persoană se va uita din nou la cuvintele tale.
message-empty = Te rugăm să scrii mai întâi un mesaj.
message-too-long = Mesajul este prea lung. Te rugăm să folosești cel mult 2000 de caractere.
error-not-now-survivor = Asta nu se poate face acum. Pagina îți arată ce poți face.
error-item-changed-survivor = Ceva s-a schimbat cât timp ai fost pe această pagină. Te rugăm să te uiți din nou și să mai încerci o dată.
error-cross-site = Acest formular a fost trimis de pe alt site, așa că nu l-am folosit. Nu s-a pierdut nimic. Dacă ai vrut să îl trimiți, te rugăm să îl trimiți din nou de pe această pagină.

## Stories
stories-title = Povești
stories-intro = Tinerii au ales să împărtășească aceste povești. Am scos detaliile care ar putea arăta cine sunt, iar fiecare persoană a fost de acord cu varianta finală.
stories-filter-theme = Tema
stories-filter-language = Limba
stories-any = Toate
stories-filter-apply = Arată
stories-none = Încă nu există povești aici.
stories-themes = Despre:
stories-warning = Avertisment de conținut:
stories-warning-choice = Poți alege să nu o citești.
stories-read = Citește această poveste
stories-show = Arată povestea
story-page-title = O poveste
stories-agreed = Persoana care a scris a fost de acord să împărtășească aceste cuvinte.
stories-back = Înapoi la toate poveștile

## Staying safe
safety-heading = Siguranța pe internet
safety-leave-heading = Pleacă repede
safety-leave-button = Apasă "Ieși de pe site" în partea de sus a oricărei pagini. Se deschide un site despre vreme.
safety-leave-keys = Pe calculator, poți apăsa și tasta Shift de trei ori, repede.
safety-leave-loses = Dacă pleci așa în timp ce scrii, ce ai scris se pierde.
safety-private-heading = Folosește navigarea privată
safety-private-what = Într-o fereastră privată, telefonul sau calculatorul nu păstrează paginile pe care le vizitezi.
safety-private-browsers = Chrome: deschide meniul și alege "Filă incognito nouă". Safari pe iPhone: atinge butonul pentru file, apoi "Privat". Samsung Internet: atinge butonul pentru file, apoi "Turn on Secret mode". Firefox: deschide meniul și alege "Fereastră privată nouă".
safety-private-limits = Navigarea privată nu ascunde ce faci de aplicațiile care te urmăresc. Dacă altcineva îți controlează telefonul, ar putea totuși să vadă. Dacă poți, folosește un telefon sau un calculator în care ai încredere.
safety-history-heading = Șterge istoricul
safety-history-what = Dacă nu ai folosit o fereastră privată, cineva ar putea vedea acest site în istoricul tău.
safety-history-how = Deschide setările browserului, găsește "Istoric" și șterge paginile de pe acest site.
safety-shared-heading = Dacă cineva îți verifică telefonul
safety-shared-history = Acest site nu trimite emailuri sau SMS-uri. Dar browserul tău păstrează o listă cu paginile pe care le vizitezi (istoricul), dacă nu folosești o fereastră privată.
safety-shared-code = Ține codul undeva unde doar tu îl poți vedea. Oricine are codul îți poate citi cuvintele.

## About
about-heading = Despre Voices
about-what-heading = Ce este Voices
about-what = Voices este condus de oameni care lucrează cu tineri supraviețuitori. Vrem ca serviciile să asculte, să creadă și să facă mai bine.
about-who-heading = Cine îți citește cuvintele
about-who = Doar o echipă mică, instruită, citește ce trimiți. Urmează reguli clare ca să te protejeze și îți tratează cuvintele cu respect.
about-who-not = Nimeni altcineva nu îți poate citi cuvintele: nici oamenii care se ocupă de calculatoare, nici serviciile despre care scrii.
about-happens-heading = Ce se întâmplă cu cuvintele tale
about-happens-review = O persoană instruită îți citește cuvintele. Scoate ce ar putea arăta cine ești, cum ar fi nume, numere de telefon, adrese și școli. Orașele rămân de obicei. Nu schimbă niciodată ce vrei să spui.
about-happens-choices = Nimic nu este împărtășit dacă nu ai spus da. Dacă cuvintele tale vor fi împărtășite, vezi mai întâi varianta editată și decizi.
about-happens-themes = Numărăm ce ne spun mulți tineri, ca să arătăm serviciilor ce trebuie schimbat. Aceste numere nu arată niciodată cine este cineva.
about-kept-heading = Cât timp păstrăm cuvintele tale
about-kept-days = Dacă nu folosim cuvintele tale, le ștergem la { $days ->
        [one] { $days } zi
        [few] { $days } zile
       *[other] { $days } de zile
    } după ce decidem. Cuvintele publicate sau numărate rămân până când le ștergi tu.
about-kept-withdraw = Poți să îți ștergi tu cuvintele oricând, cu codul tău. Când faci asta, dispar imediat.
about-kept-report = Numerele sau propozițiile care sunt deja într-un raport publicat rămân în acel raport. Nu le mai putem lua înapoi.
about-safe-heading = Cum păstrăm cuvintele tale în siguranță
about-safe-encrypted = Cuvintele tale sunt încuiate (criptate) imediat ce ajung. Doar echipa, sau tu cu codul tău, le puteți descuia.
about-safe-no-trace = Nu păstrăm adresa ta IP și nu folosim cookie-uri pe aceste pagini.
privacy-heading = Nota de confidențialitate
privacy-unset-organisation = organizația care conduce acest site
privacy-unset-contact = (încă nu a fost dat)
privacy-not-filled = Organizația care conduce acest site nu a terminat încă această notă.

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
dashboard-urgent = Texte urgente în așteptare: { $count }
dashboard-from-survivors = Răspunsuri noi de la persoanele care au scris: { $count }
dashboard-open-queue = Deschide lista de texte de verificat
dashboard-organisation-missing = Acest site nu spune încă cine îl conduce. Setează organisation.name și organisation.contact în voices.toml și verifică nota de confidențialitate din moderation/privacy.toml înainte să le spui tinerilor despre site.
dashboard-manage-staff = Invită sau modifică personalul
nav-label = Zona personalului
nav-home = Acasă
nav-queue = Texte de verificat
nav-safeguarding = Protecție
nav-guidelines = Ghid
nav-staff = Personal
nav-settings = Setări
nav-audit = Jurnal de audit
nav-digests = Rezumate
nav-preferences = Setările mele
pagination-label = Pagini
pagination-previous = Pagina anterioară
pagination-next = Pagina următoare
pagination-position = Pagina { $page } din { $pages }
wellbeing-break =
    { $count ->
        [one] Texte deschise azi: { $count }. Munca aceasta e grea: te rugăm să iei o pauză.
        [few] Texte deschise azi: { $count }. Munca aceasta e grea: te rugăm să iei o pauză.
       *[other] Texte deschise azi: { $count }. Munca aceasta e grea: te rugăm să iei o pauză.
    }
wellbeing-guidelines-link = Ai grijă de tine
wellbeing-cap =
    { $cap ->
        [one] Texte deschise azi: { $count } din { $cap }.
        [few] Texte deschise azi: { $count } din { $cap }.
       *[other] Texte deschise azi: { $count } din { $cap }.
    }

## Staff: review queue
queue-title = Texte de verificat
queue-intro = Textele urgente apar primele, apoi cele în limbile pe care le citești, cele mai vechi primele. Lista nu arată niciodată cuvintele cuiva.
queue-filter-view = Arată
queue-view-needs-action = Necesită acțiune
queue-view-from-survivors = Răspunsuri noi de la persoanele care au scris
queue-view-awaiting = Așteaptă persoana
queue-view-done = Terminate
queue-view-declined = Nepublicate
queue-view-all = Toate
queue-filter-language = Limba
queue-filter-level = Nivelul de protecție
queue-any = Oricare
queue-filter-apply = Arată
queue-count = { $count ->
        [one] { $count } text
        [few] { $count } texte
       *[other] { $count } de texte
    }
queue-empty = Nu e nimic aici.
queue-select = Selectează
queue-select-item = Selectează textul { $id }
queue-col-priority = Nivel
queue-col-language = Limbă
queue-col-kind = Tip
queue-col-age = Așteaptă de
queue-col-state = Stare
queue-col-holder = Cine îl are
queue-age-days = { $days ->
        [0] azi
        [one] { $days } zi
        [few] { $days } zile
       *[other] { $days } de zile
    }
queue-held-by-you = Tu
queue-survivor-waiting = Răspuns nou
queue-bulk-legend = Pentru textele selectate
queue-bulk-hint = Doar pentru cazuri simple pe care le-ai citit. Textele cu îngrijorări sau urgente și cele pe care nu le-a citit nimeni sunt mereu lăsate deoparte. Vezi ce se va întâmpla înainte să se întâmple.
queue-bulk-duplicate = Nu publica: este un duplicat
queue-bulk-spam = Nu publica: nu este un mesaj real
queue-bulk-release = Dă înapoi textele pe care le am
queue-bulk-apply = Aplică
queue-bulk-done = Rezolvate: { $done }. Sărite: { $skipped }.
kind-story = Poveste
kind-feedback = Părere despre un serviciu
state-received = Nou
state-in-review = Se citește
state-awaiting-survivor = Așteaptă persoana
state-approved = Persoana a spus da
state-published = Publicat
state-themes-only = Doar numărare
state-team-only = Doar echipa
state-declined = Nepublicat
state-withdrawn = Șters de persoană

## Staff: an item
item-title = Textul { $id }
item-reading-title = Citești textul { $id }
item-kind = Tip
item-language = Limbă
item-received = A sosit
item-level = Nivelul de protecție
item-state = Stare
item-consent = Persoana a fost de acord cu
item-consent-publish = publicarea cuvintelor editate pe care le aprobă
item-consent-themes-only = doar numărare anonimă
item-consent-team-only = doar echipa să le citească
item-quotes-yes = citate scurte permise
item-quotes-no = fără citate
item-holder = Cine îl are
item-claim-left =
    { $minutes ->
        [one] (mai este { $minutes } min)
        [few] (mai sunt { $minutes } min)
       *[other] (mai sunt { $minutes } min)
    }
item-survivor-waiting = Persoana a scris sau a hotărât ceva nou.
item-second-look = Persoana a cerut a doua verificare. Trebuie să îl citească alt moderator.
item-publish-requested = { $name } a cerut publicarea. Trebuie să publice o a doua persoană.
item-claim-intro = Ia acest text ca să lucrezi la el. Cât timp îl ai tu, nimeni altcineva nu poate lucra la el.
item-take-back-intro = Persoana nu a răspuns încă. Poți lua textul înapoi ca să decizi fără ea. Varianta editată pe care ai trimis-o este atunci retrasă.
item-take-back = Ia-l înapoi
item-before-you-read = Înainte să citești
item-before-you-read-intro = Textul poate descrie lucruri greu de citit.
item-warnings-confirmed = Avertismente de conținut:
item-you-can-stop = Te poți opri aici. Dă textul înapoi sau predă-l unui coleg.
item-read = Citește-l
item-release = Dă-l înapoi
item-hand-off-label = Predă-l lui
item-hand-off-hint = Apar doar colegii care citesc această limbă.
item-hand-off = Predă-l
item-words-heading = Cuvintele persoanei
item-no-words = Nu există cuvinte, doar răspunsuri.
item-details-found = { $count ->
        [one] { $count } detaliu care ar putea identifica pe cineva
        [few] { $count } detalii care ar putea identifica pe cineva
       *[other] { $count } de detalii care ar putea identifica pe cineva
    }
item-suggestions-hint = Evidențierile sunt sugestii. Tu decizi ce scoți.
item-review-heading = Verificarea ta
item-level-suggested = Voices sugerează: { $level }
item-themes-legend = Teme
item-warnings-legend = Avertismente de conținut
item-checklist-legend = Lista de control
item-review-save = Salvează verificarea mea
item-edit-heading = Varianta editată
item-edit-hint = Scoate ce ar putea identifica pe cineva, nu sensul. Persoana trebuie să spună da înainte să se publice ceva.
item-edit-label = Varianta editată
item-edit-message-label = Un mesaj însoțitor (opțional)
item-edit-send = Trimite-o persoanei
item-versions-heading = Variante trimise
proposal-pending = Așteaptă un răspuns
proposal-approved = Persoana a spus da
proposal-changes-requested = Persoana a cerut schimbări
proposal-refused = Persoana a spus nu
proposal-superseded = Înlocuită
item-messages-heading = Mesaje
messages-none = Încă nu există mesaje.
item-template-label = Pornește de la un șablon
item-template-hint = Șabloanele sunt scrise în { $language }, limba persoanei.
item-template-none = Fără șablon
item-message-label = Mesajul tău
item-message-hint = Scurt și cald, în limba persoanei. Semnează ca echipa, niciodată cu numele tău.
item-message-send = Trimite
item-message-ask = Trimite și așteaptă răspunsul
item-decide-heading = Hotărăște
item-themes-only-intro = Folosește aceste cuvinte doar ca să numeri temele. Nu se publică nimic.
item-themes-only = Doar numărare
item-team-only-intro = Păstrează aceste cuvinte doar pentru echipă.
item-team-only = Doar echipa
item-decline-reason = De ce nu se pot publica aceste cuvinte?
item-decline-hint = Persoana vede un mesaj blând pentru acest motiv, în limba ei. Poate cere o singură dată a doua verificare.
item-decline-message = Un mesaj de la tine (opțional)
item-decline = Nu publica
item-notes-heading = Note de protecție
item-notes-hint = Ce s-a făcut. Doar personalul poate citi aceste note.
item-note-label = Notă nouă
item-note-save = Salvează nota
item-timeline-heading = Ce s-a întâmplat
item-timeline-empty = Nimic încă.
who-survivor = Persoana care a scris
who-voices = Voices
event-shared = A trimis
event-claim = A luat textul
event-take-back = L-a luat înapoi
event-release = L-a dat înapoi
event-hand-off = L-a predat
event-propose-edit = A trimis o variantă editată
event-ask = A pus o întrebare
event-message = A trimis un mesaj
event-use-for-themes = Doar numărare
event-keep-for-team = Doar echipa
event-decline = Nepublicat
event-publish = Publicat
event-approve = A spus da
event-request-changes = A cerut schimbări
event-refuse = A spus nu
event-reply = A scris un mesaj
event-ask-second-look = A cerut a doua verificare
event-change-consent = Și-a schimbat alegerile
event-withdraw = A șters tot
event-expire-claim = Timpul de lucru la text a expirat
event-review = A salvat o verificare
event-escalated = Marcat urgent
event-safeguarding-note = A scris o notă de protecție
event-staff-invited = A invitat pe cineva
event-staff-joined = S-a alăturat
event-staff-updated = A schimbat rolurile sau limbile cuiva
event-staff-disabled = A dezactivat pe cineva
event-invitation-cancelled = A anulat o invitație
event-settings-changed = A schimbat setările
event-purged = Șters la sfârșitul perioadei de păstrare
done-claim = Acum ai tu acest text.
done-review = Verificarea ta este salvată.
done-propose = Varianta editată a fost trimisă persoanei.
done-message = Mesajul tău a fost trimis.
done-ask = Mesajul tău a fost trimis. Textul așteaptă răspunsul persoanei.
done-themes-only = Gata: doar numărare.
done-team-only = Gata: doar echipa.
done-decline = Gata: nepublicat. Persoana va vedea de ce.
done-publish = Gata.
done-release = Ai dat textul înapoi.
done-take-back = Ai luat textul înapoi.
done-hand-off = Textul a fost predat.
done-note = Nota a fost salvată.
safeguarding-title = Protecție
safeguarding-intro = Fiecare text cu un nivel de protecție pe care niciun responsabil nu a scris încă o notă, orice s-ar fi întâmplat de atunci, cele urgente primele. Un text iese din listă când un responsabil notează ce s-a făcut. Nimic nu iese singur din Voices.
guidelines-title = Cum moderăm
guidelines-english-only = Deocamdată ghidul este doar în engleză.

## Staff: administration
admin-staff-title = Personal
admin-staff-list = Toată lumea
admin-roles-legend = Roluri
admin-roles-hint = Un administrator care și verifică texte are nevoie și de rolul de moderator.
admin-languages-legend = Limbile pe care le citește
admin-edit-person = Modifică { $name }
admin-save = Salvează
admin-disable-hint = Dezactivarea cuiva îi închide sesiunile și îi distruge cheia. Asta nu se mai poate anula.
admin-disable = Dezactivează
admin-invite-heading = Invită pe cineva
admin-invite-intro = Primești un link pe care i-l trimiți. Funcționează o singură dată, timp de 72 de ore. Persoana își alege singură fraza de acces.
admin-invite = Creează linkul
admin-invite-made = Linkul pentru { $name }:
admin-invite-once = Copiază-l acum: apare doar de data asta.
admin-pending-heading = Invitații încă nefolosite
admin-cancel-invitation = Anulează
done-staff-update = Salvat.
done-staff-disable = Dezactivat.
done-staff-cancel = Invitația a fost anulată.
admin-settings-title = Setări
admin-break-after = Sugerează o pauză după atâtea texte într-o zi
admin-break-after-hint = Un număr de la 1 la 1000.
admin-daily-cap = Numărul maxim de texte pe care un moderator le poate deschide într-o zi
admin-daily-cap-hint = Lasă gol pentru fără limită.
admin-two-person = Publicarea are nevoie de doi moderatori diferiți
done-settings = Setările au fost salvate.
audit-title = Jurnal de audit
audit-intro = Fiecare schimbare este scrisă aici și legată în lanț, așa că o intrare schimbată sau ștearsă poate fi descoperită. La acțiunile persoanelor care scriu apare doar ziua.
audit-verify = Verifică tot jurnalul
audit-verified = Jurnalul este întreg. Intrări ale personalului: { $staff }. Intrări ale persoanelor care au scris: { $survivor }.
audit-broken = Jurnalul a fost modificat: lanțul { $chain }, intrarea { $id }.
audit-chains = Jurnale
audit-staff-chain = Personal
audit-survivor-chain = Persoanele care au scris
audit-when = Când
audit-who = Cine
audit-what = Ce
audit-item = Text
audit-detail = Detalii
preferences-title = Setările mele
preferences-language = Limba paginilor pentru personal
preferences-language-browser = Limba browserului meu
preferences-reads = Limbile pe care le citești
preferences-reads-hint = Le stabilește un administrator. Textele în aceste limbi apar primele în lista ta.
done-preferences = Salvat.
invite-title = Alătură-te echipei Voices
invite-intro = Alege o frază de acces pentru { $name }. Doar tu o vei ști.
invite-submit = Creează-mi contul
invite-done-title = Contul tău este gata
invite-done = Acum poți intra în cont. Acest link nu va mai funcționa.

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
        [one] Au fost prea multe încercări. Te rugăm să aștepți { $minutes } minut, apoi să încerci din nou.
        [few] Au fost prea multe încercări. Te rugăm să aștepți { $minutes } minute, apoi să încerci din nou.
       *[other] Au fost prea multe încercări. Te rugăm să aștepți { $minutes } de minute, apoi să încerci din nou.
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
error-payload-too-large = Ce ai trimis este prea lung. Te rugăm să-l scurtezi.
error-unprocessable = O parte din ce s-a trimis nu este corectă. Te rugăm să verifici și să încerci din nou.
error-not-now = Asta nu se poate face cât timp textul este în această stare.
error-claimed-by-other = Altcineva lucrează la acest text.
error-not-your-claim = Nu mai lucrezi la acest text. Ia-l din nou mai întâi.
error-consent-does-not-allow = Alegerile persoanei nu permit asta.
error-checklist-incomplete = Bifează mai întâi fiecare punct din lista de control și salvează verificarea.
error-no-approved-wording = Persoana nu a spus da niciunei variante editate.
error-no-pending-proposal = Nu există nicio variantă editată care să aștepte un răspuns.
error-second-look-used = A doua verificare a fost deja cerută.
error-second-look-needs-another = A doua verificare trebuie făcută de alt moderator.
error-second-person-needed = Trebuie să publice o a doua persoană.
error-hand-off-to-self = Alege pe altcineva.
error-item-changed = Cineva tocmai a modificat acest text. Iată cum arată acum.
error-daily-cap-reached = Ai ajuns la limita de azi. Te rugăm să te oprești pentru azi.
error-view-expired = Această pagină s-a închis. Te rugăm să începi din nou.
error-message-empty = Te rugăm să scrii mai întâi un mesaj.
error-message-too-long = Mesajul este prea lung. Te rugăm să folosești cel mult 2000 de caractere.
error-unknown-choice = Una dintre alegeri nu este cunoscută. Te rugăm să alegi din nou.
error-edit-says-nothing = Varianta editată trebuie să spună totuși ceva. Scoate detaliile, nu sensul.
error-edit-too-long = Varianta editată este prea lungă.
error-form-too-long = Ce ai trimis este prea lung.
error-form-incomplete = Lipsește o parte din formular. Te rugăm să reîncarci pagina și să încerci din nou.
error-decline-reason-missing = Te rugăm să alegi motivul.
error-unknown-action = Această acțiune nu este cunoscută.
error-setting-out-of-range = Te rugăm să folosești un număr din intervalul arătat.
error-roles-missing = Te rugăm să alegi cel puțin un rol.
error-role-change-needs-invitation = Această schimbare de rol are nevoie de o invitație nouă.
error-bulk-nothing-selected = Te rugăm să selectezi cel puțin un text.
error-bulk-no-action = Te rugăm să alegi ce să faci.

## Translation review

dashboard-languages-heading = Limbi
dashboard-languages-intro = Cât de bine a fost verificată fiecare traducere. Oferă o limbă tinerilor doar după ce a revizuit-o un vorbitor nativ. Până atunci, o poți ascunde din lista de limbi cu setarea languages.hidden din voices.toml.
dashboard-language = Limba
dashboard-language-review = Verificare
dashboard-language-questions = Întrebări deschise
dashboard-language-switcher = Lista de limbi
dashboard-language-offered = Afișată
dashboard-language-hidden = Ascunsă
translation-state-source = Textul sursă
translation-state-drafted = Ciornă, neverificată
translation-state-fluent-reviewed = Verificată de un vorbitor fluent, încă nu de un vorbitor nativ
translation-state-native-reviewed = Revizuită de un vorbitor nativ: gata

## Digests
digests-title = Rezumate pe teme
digests-intro = Ce au spus tinerii, numărat pe teme în fiecare lună și în fiecare trimestru. Cifrele sunt protejate, ca nimeni să nu poată fi recunoscut.
digests-none = Încă nu a fost publicat niciun rezumat.
digests-released = Publicat pe { $day }
digests-download-json = Descarcă cifrele (JSON)
digests-download-csv = Descarcă cifrele (CSV)
digests-feed = Flux cu rezumatele noi (Atom)
digests-practitioners-only = Aceste rezumate sunt pentru profesioniști. Te rugăm să te conectezi sau să folosești un token API.
digests-too-many = Prea multe cereri. Te rugăm să aștepți un minut și să încerci din nou.
digest-title = Rezumatul { $period }
digest-items = Cazuri numărate:
digest-protection-heading = Cum sunt protejate cifrele
digest-themes-heading = Teme
digest-themes-chart-title = Cazuri pe teme
digest-col-theme = Tema
digest-col-count = Număr
digest-col-trend = Față de perioada trecută
digest-trend-up = Mai mult
digest-trend-down = Mai puțin
digest-trend-same = La fel
digest-trend-none = Fără comparație
digest-responses-heading = Voi ați spus, noi am făcut
digest-languages-heading = Limbi
digest-col-language = Limba
digest-col-story = Povești
digest-col-feedback = Păreri despre servicii
digest-col-total = Total
digest-not-given = Nespecificat
digest-age-heading = Vârsta
digest-age-chart-desc = O bară pentru fiecare grupă de vârstă cu o cifră publicată. Tabelul de mai jos are aceleași cifre.
digest-col-age = Grupa de vârstă
digest-regions-heading = Regiuni (păreri despre servicii)
digest-col-region = Regiunea
digest-services-heading = Păreri despre servicii
digest-services-none = În această perioadă niciun serviciu nu a avut destule păreri ca să arătăm răspunsurile.
digest-col-answer = Răspuns
digest-col-percent = Procent
digest-quotes-heading = Cu propriile lor cuvinte
digest-quote-warning = Avertisment despre conținut:
digest-quote-show = Arată citatul
digest-back = Toate rezumatele
ysd-title = Voi ați spus, noi am făcut
ysd-intro = Ce face echipa în legătură cu ce au spus tinerii.
ysd-none = Încă nu există răspunsuri.
ysd-from = Din rezumatul { $period }
digests-admin-title = Rezumate: acces, tokenuri și răspunsuri
digests-admin-access = Cine poate citi rezumatele
digests-admin-public = Oricine
digests-admin-practitioners = Doar profesioniștii (conectați sau cu token)
digests-admin-save = Salvează
digests-admin-tokens = Tokenuri API
digests-admin-token-name = Pentru cine este tokenul
digests-admin-issue = Creează un token
digests-admin-token-once = Copiază tokenul acum. Apare doar de data aceasta:
digests-admin-revoke = Revocă
digests-admin-revoked = Revocat
digests-admin-respond = Răspunde la o temă („Voi ați spus, noi am făcut”)
digests-admin-period = Rezumatul
digests-admin-response = Ce face organizația în legătură cu asta
digests-admin-post = Salvează răspunsul
digests-admin-done = Salvat.

## Receipt: an edited version that changed
error-edit-changed = Echipa a schimbat textul. Citește varianta nouă.

## Safeguarding alerts
lead-alert-subject = Voices are nevoie de un responsabil cu protecția
lead-alert-body = Ceva din Voices are nevoie de un responsabil cu protecția. Intră în cont ca să vezi.
lead-alert-test-subject = Voices: un mesaj de probă
lead-alert-test-body = Acesta este un mesaj de probă de la Voices. Când ceva are nevoie de un responsabil cu protecția, aici vine un mesaj ca acesta, fără niciun detaliu. Intră în Voices ca să vezi.
alerts-guidance-on = Voices îi anunță pe responsabilii cu protecția în cel mult { $minutes ->
        [one] un minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    }, cu un mesaj care nu spune nimic despre text. Dacă cineva este în pericol acum, anunță și tu responsabilul, așa cum a stabilit echipa.
alerts-guidance-off = Voices nu anunță pe nimeni. Anunță tu acum responsabilul cu protecția, așa cum a stabilit echipa.
alerts-off-admin = Alertele de protecție nu sunt configurate: când un text devine urgent, Voices nu anunță pe nimeni. Setează un server SMTP sau un webhook la lead_alerts.smtp_host / lead_alerts.webhook_url în voices.toml și roagă fiecare responsabil cu protecția să adauge o adresă de e-mail pe pagina setărilor sale.
alerts-no-addresses = Alertele de protecție sunt configurate, dar niciun responsabil cu protecția nu a dat o adresă de e-mail, deci nimeni nu este anunțat. Fiecare responsabil adaugă una pe pagina setărilor sale.
alerts-lead-no-address = Nu primești e-mail când ceva devine urgent. Adaugă-ți adresa pe pagina setărilor tale.
alerts-failed = Ultima alertă de protecție nu a putut fi trimisă pe { $day } (motiv: { $reason }).
alerts-retrying = Voices încearcă din nou la următoarea oră fixă.
alerts-gave-up = Voices a încetat să mai încerce. Repară setarea, apoi trimite un mesaj de probă de pe pagina de setări.
alerts-heading = Alerte de protecție
alerts-intro = Când un text devine urgent, fiecare responsabil cu protecția care are o adresă primește un e-mail în limba sa, iar webhook-ul primește aceleași cuvinte: „Ceva din Voices are nevoie de un responsabil cu protecția. Intră în cont ca să vezi.” Nimic altceva. Alertele pleacă doar la ore fixe, la fiecare { $minutes ->
        [one] minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    }, ca niciun jurnal să nu arate când a scris cineva.
alerts-mail = E-mail
alerts-mail-on = prin { $host }, de la { $from }
alerts-off = neconfigurat
alerts-webhook = Webhook
alerts-webhook-on = configurat
alerts-leads = Responsabili cu protecția care au o adresă
alerts-test = Trimite un mesaj de probă
alerts-test-hint = Trimite acum un mesaj de probă fiecărui responsabil cu protecția care are o adresă și webhook-ului.
alerts-test-delivered = Mesajul de probă a fost trimis. Întreabă fiecare responsabil dacă l-a primit.
alerts-test-failed = Mesajul de probă nu a putut fi trimis (motiv: { $reason }).
preferences-alert-address = E-mail pentru alertele de protecție
preferences-alert-address-hint = Când ceva devine urgent, Voices trimite la această adresă un mesaj scurt în limba paginilor tale de personal, fără detalii. Las-o goală dacă nu vrei niciunul. Este păstrată încuiată (criptată).
preferences-alert-address-off = Alertele prin e-mail nu sunt încă configurate pe acest site.
error-alert-address-invalid = Aceasta nu este o adresă de e-mail. Te rog verific-o.
error-alert-test-too-soon = Un mesaj de probă a fost trimis acum mai puțin de un minut. Te rog așteaptă un minut.
error-alerts-nobody = Nu are cine să primească un mesaj de probă: niciun responsabil cu protecția nu are o adresă de e-mail și nu există webhook.
event-alert-test = A trimis o alertă de protecție de probă
event-alert-address = A schimbat e-mailul pentru alerte

## Own roles
error-own-roles = Nu îți poți schimba singur rolurile. Roagă alt administrator.
event-own-roles-refused = A încercat să-și schimbe singur rolurile (refuzat)
## Path to publication
item-claim-and-read = Ia acest text și citește-l
item-claim-renew =
    { $minutes ->
        [one] Păstrează-l încă { $minutes } minut
        [few] Păstrează-l încă { $minutes } minute
       *[other] Păstrează-l încă { $minutes } de minute
    }
item-claim-to-change-intro = Ca să trimiți altă variantă, ia mai întâi acest text. Acordul persoanei rămâne până răspunde la varianta nouă.
item-publish-heading = Gata de publicare
item-publish-check = Verifică și publică
item-survivor-themes = Temele alese de persoană:
known-heading = Ce știe Voices:
known-consent-publish = Persoana a ales: publicați cuvintele mele după modificări pe care le accept.
known-consent-themes-only = Persoana a ales: folosiți cuvintele mele doar în teme anonime.
known-consent-team-only = Persoana a ales: doar echipa îmi citește cuvintele.
known-approved-on = Persoana a spus da exact acestor cuvinte pe { $day }.
known-not-approved = Persoana nu a spus încă da unei variante editate.
publish-title = Publică textul { $id }
publish-intro = Verifică cuvintele și unde vor apărea. Nimic nu se publică până nu apeși butonul de la sfârșit.
publish-where-heading = Unde vor apărea
publish-where = Pe pagina publică de povești în { $language }, unde le poate citi oricine:
publish-warnings = Cu aceste avertismente de conținut deasupra:
publish-no-warnings = Fără niciun avertisment de conținut deasupra.
publish-themes = Trecute la aceste teme:
publish-words-heading = Cuvintele exacte
publish-confirmed = Deja confirmat:
publish-checklist-legend = Confirmă înainte de publicare
publish-second-person = { $name } a cerut publicarea. Tu ești a doua persoană.
publish-first-of-two = Cu regula celor două persoane, un coleg publică după tine.
publish-confirm = Publică aceste cuvinte
publish-confirm-first = Cere unei a doua persoane să publice
publish-back = Înapoi la text

## Bulk actions and reopening
queue-bulk-confirm-title = Verifică înainte să continui
queue-bulk-will-decline =
    { $count ->
        [one] Acest text nu va fi publicat, cu motivul „{ $reason }”:
        [few] Aceste { $count } texte nu vor fi publicate, cu motivul „{ $reason }”:
       *[other] Aceste { $count } de texte nu vor fi publicate, cu motivul „{ $reason }”:
    }
queue-bulk-decline-effects =
    { $days ->
        [one] Persoana vede mesajul blând pentru acest motiv pe pagina codului. Cuvintele sunt distruse după { $days } zi. Până atunci, responsabilul cu protecția poate aduce înapoi un text.
        [few] Persoana vede mesajul blând pentru acest motiv pe pagina codului. Cuvintele sunt distruse după { $days } zile. Până atunci, responsabilul cu protecția poate aduce înapoi un text.
       *[other] Persoana vede mesajul blând pentru acest motiv pe pagina codului. Cuvintele sunt distruse după { $days } de zile. Până atunci, responsabilul cu protecția poate aduce înapoi un text.
    }
queue-bulk-will-release =
    { $count ->
        [one] Vei da înapoi acest text:
        [few] Vei da înapoi aceste { $count } texte:
       *[other] Vei da înapoi aceste { $count } de texte:
    }
queue-bulk-left-out =
    { $count ->
        [one] Acest text este lăsat deoparte:
        [few] Aceste { $count } texte sunt lăsate deoparte:
       *[other] Aceste { $count } de texte sunt lăsate deoparte:
    }
queue-bulk-why-safeguarding = există o îngrijorare de protecție. Deschide-l și decide tu.
queue-bulk-why-unread = nimeni nu l-a citit încă.
queue-bulk-why-not-now = o are altcineva sau nu poate fi schimbat acum.
queue-bulk-nothing = Nu se va schimba nimic.
queue-bulk-confirm-decline =
    { $count ->
        [one] Nu publica acest text
        [few] Nu publica aceste { $count } texte
       *[other] Nu publica aceste { $count } de texte
    }
queue-bulk-confirm-release =
    { $count ->
        [one] Dă înapoi acest text
        [few] Dă înapoi aceste { $count } texte
       *[other] Dă înapoi aceste { $count } de texte
    }
queue-bulk-cancel = Înapoi la listă
queue-item-link = Textul { $id }
item-reopen-intro = Refuzat din greșeală? Cât timp cuvintele sunt încă păstrate, îl poți aduce înapoi în listă.
item-reopen = Adu-l înapoi în listă
done-reopen = Textul este din nou în listă.
event-reopen = Adus înapoi în listă

## Safeguarding list and content warnings
item-warnings-suggested = Avertismente de conținut sugerate (din teme):

## Dates
date-day = { $day } { $month } { $year }
date-time = { $date }, { $time } { $zone }
month-1 = ian.
month-2 = feb.
month-3 = mar.
month-4 = apr.
month-5 = mai
month-6 = iun.
month-7 = iul.
month-8 = aug.
month-9 = sept.
month-10 = oct.
month-11 = nov.
month-12 = dec.

## Queue on small screens, practitioners, invitations, wellbeing
queue-col-item = Textul
nav-read-digests = Citește rezumatele
dashboard-practitioner-intro = Rezumatele pe teme arată ce i-au spus tinerii lui Voices, în cifre anonime și citate pe care au acceptat să le împărtășească.
dashboard-police-not-stated = Paginile pentru tineri nu pot spune încă când ați da informații poliției sau imigrației: le spun tinerilor să vă întrebe mai întâi. Setați organisation.police_and_immigration în voices.toml.
wellbeing-limit-reached =
    { $cap ->
        [one] Ai citit azi { $cap } text, limita ta zilnică. Până mâine nu ți se mai oferă niciun text nou. Poți răspunde în continuare la textele citite azi. Ai grijă de tine.
        [few] Ai citit azi { $cap } texte, limita ta zilnică. Până mâine nu ți se mai oferă niciun text nou. Poți răspunde în continuare la textele citite azi. Ai grijă de tine.
       *[other] Ai citit azi { $cap } de texte, limita ta zilnică. Până mâine nu ți se mai oferă niciun text nou. Poți răspunde în continuare la textele citite azi. Ai grijă de tine.
    }
wellbeing-not-offered = Acest text nu ți se oferă azi, pentru că ai ajuns la limita zilnică. Îl poate lua un coleg.

## Path to publication: changing an approved item
item-claim-to-change = Ia-l ca să trimiți altă variantă
## Waiting too long
item-level-why = Cuvintele care îl sugerează:
queue-waiting-heading = Așteaptă de prea mult
queue-waiting-hint = Nimeni nu le-a deschis încă și au venit de ceva vreme. Deschideți-le primele, oricare ar fi nivelul.
queue-waiting-item =
    { $days ->
        [one] Elementul { $id }, așteaptă de { $days } zi
        [few] Elementul { $id }, așteaptă de { $days } zile
       *[other] Elementul { $id }, așteaptă de { $days } de zile
    }
## Digest protection with ranges
digest-not-shown = nu se arată
digest-not-shown-why = Un număr care „nu se arată” este ascuns ca să protejeze oamenii: pe cei din el sau din alte numere pe care ar putea ajuta să fie aflate. Nu spune nimic despre cât de mare este numărul.
digest-protection-ranges = Numerele sub 10, și zerourile, nu se arată. Celelalte numere sunt rotunjite la cel mai apropiat multiplu de 5. Și unele numere mai mari nu se arată, ca niciun număr ascuns să nu poată fi aflat, sau aproximat, din celelalte. Procentele se arată doar când au răspuns cel puțin 20 de persoane. Citatele vin doar de la persoane care au fost de acord, în cuvinte pe care le-au aprobat, câte trei, și doar la temele și limbile ale căror numere se arată.
digest-themes-chart-desc-shown = O bară pentru fiecare temă cu un număr arătat. Temele al căror număr nu se arată nu au bară. Tabelul de mai jos are aceleași numere.
digest-empty = Nimeni nu a împărtășit nimic în această perioadă.

## Digest rebuild
digests-admin-check-heading = Rezumatele publicate, refăcute
digests-admin-check-help = Refă fiecare rezumat publicat din datele de azi, ca să vezi dacă vreunul ar ieși altfel. Nimic din ce s-a publicat nu se schimbă.
digests-admin-check = Verifică rezumatele publicate
digests-admin-check-same = Fiecare rezumat publicat iese la fel când este refăcut.
digests-admin-check-differs = Aceste rezumate ies altfel când sunt refăcute azi: { $periods }. Ele rămân cum au fost publicate, deci numerele lor publicate nu se schimbă. Jurnalul de audit notează fiecare diferență.
## Queue pages by position
error-queue-link-invalid = Linkul acestei pagini nu mai funcționează. Începe din nou de la prima pagină a cozii.
## node chains
event-node-chain-started = Un server și-a început propriul jurnal de audit
