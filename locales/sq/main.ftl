# Voices — Shqip (Albanian). DRAFT: needs review by a native speaker.
# Source: locales/en/main.ftl. Keep { $name } etc. exactly as they are.

## Every page
page-title = Voices
site-name = Voices
skip-to-content = Kalo te përmbajtja kryesore
quick-exit = Dil nga faqja
language-switcher = Zgjidh gjuhën tënde
danger-now = Në rrezik tani? Telefono 999
footer-run-by = Kjo faqe drejtohet nga { $organisation }.
footer-privacy = Njoftimi për privatësinë
not-emergency = Voices nuk e di kush je. Prandaj nuk mund të vijmë të të ndihmojmë dhe nuk mund të përgjigjemi shpejt. Nëse je në rrezik tani, telefono 999.
resource-call = Telefono
resource-text = Dërgo SMS

## Start page
landing-heading = Zëri yt ka rëndësi
landing-intro = Voices është një vend ku mund të ndash historinë tënde, ose të na tregosh për një shërbim që duhej të të ndihmonte.
landing-for-everyone = Voices është për të gjithë të rinjtë në Mbretërinë e Bashkuar, kudo që të kesh lindur.
landing-share-story = Trego historinë tënde
landing-give-feedback = Na trego për një shërbim
landing-what-happens-heading = Çfarë ndodh me fjalët e tua
landing-no-name = Nuk ke nevojë të japësh emrin. Ne nuk të pyesim kurrë se kush je.
landing-encrypted = Fjalët e tua kyçen (enkriptohen) sapo i dërgon.
landing-who-reads = Vetëm një ekip i vogël dhe i trajnuar i lexon. Para se të ndahet diçka, ata heqin çfarë mund të tregojë kush je, si emra, numra telefoni, adresa dhe shkolla. Qytetet zakonisht mbeten. Nëse fjalët e tua publikohen, e sheh më parë versionin e redaktuar.
landing-you-decide = Ti vendos çfarë ndodh me fjalët e tua. Mund të ndryshosh mendje ose t'i fshish më vonë.
landing-about-link = Më shumë për atë se kush i lexon fjalët e tua dhe sa kohë i mbajmë
landing-leave-heading = Të largohesh shpejt
landing-leave-quickly = Nëse duhet të largohesh shpejt, shtyp "Dil nga faqja" në krye të faqes.
landing-safety-link = Si të mbrohesh në internet
landing-come-back-heading = Të kthehesh përsëri
landing-come-back = Pasi të dërgosh, do të marrësh një kod. Me të mund të kthehesh për të lexuar përgjigjet, për të ndryshuar zgjedhjet, ose për të fshirë fjalët e tua.

## Help now
help-now-heading = Merr ndihmë tani
help-now-intro = Këto shërbime janë falas dhe nuk ke pse të japësh emrin.

## Sharing
share-no-name = Nëse nuk do, të lutem mos shkruaj emrin tënd, as emrin e dikujt tjetër.
share-we-remove-details = Para se të ndahet diçka, heqim çfarë mund të tregojë kush je, si emra, numra telefoni, adresa dhe shkolla. Qytetet zakonisht mbeten. Nuk e ndryshojmë kurrë atë që do të thuash.
share-quick-exit-warning = Nëse shtyp "Dil nga faqja", ajo që ke shkruar këtu humbet.
share-text-limit =
    { $limit ->
        [one] Mund të shkruash deri në { $limit } shenjë.
       *[other] Mund të shkruash deri në { $limit } shenja.
    }
share-text-counter = Shenja të mbetura:
share-submit = Dërgo
share-honeypot-label = Të lutem lëre bosh këtë kuti
share-copy-your-words = Ja fjalët e tua, që t'i kopjosh dhe t'i ruash në vend të sigurt
share-text-missing = Të lutem shkruaj diçka para se të dërgosh.
share-text-too-long = Kjo është shumë e gjatë. Të lutem bëje më të shkurtër. Fjalët e tua janë ende këtu.
share-not-saved = Nuk mundëm ta ruajmë këtë tani. Fjalët e tua janë ende këtu. Të lutem provo sërish pas disa minutash.
share-honeypot-filled = Të lutem boshatise këtë kuti, pastaj dërgo sërish.
form-nothing-lost = Fjalët e tua janë ende këtu. Asgjë nuk ka humbur.
form-invalid-choice = Të lutem zgjidh një nga mundësitë.

story-heading = Trego historinë tënde
story-text-label = Historia jote
story-text-hint = Shkruaj në çdo gjuhë. Thuaj aq sa do, shumë ose pak.
story-themes-legend = Për çfarë flet historia jote? (mund ta kalosh këtë)
story-themes-hint = Shëno ato që përshtaten. Kjo na ndihmon të kuptojmë. Mund të mos shënosh asnjë.

## Consent
consent-heading = Zgjedhjet e tua
consent-intro = Ti vendos çfarë ndodh me fjalët e tua. Mund ta ndryshosh këtë më vonë me kodin tënd.
consent-use-legend = Çfarë mund të bëjmë me fjalët e tua?
consent-use-publish = Publikoni fjalët e mia në këtë faqe, pasi të them po për versionin e redaktuar
consent-use-themes-only = Përdorini vetëm për të numëruar çfarë ju tregojnë të rinjtë, pa fjalët e mia
consent-use-team-only = Vetëm ekipi mund t'i lexojë
consent-quotes-legend = A mund të përdorim disa fjali të shkurtra nga fjalët e tua në raportet tona?
consent-quotes-hint = Nuk përdorim kurrë emrin tënd ose diçka që tregon se kush je.
consent-use-publish-hint = Edhe pa emra, dikush që të njeh mund ta njohë historinë tënde.
consent-quotes-when = Vetëm nëse ke zgjedhur që fjalët e tua të publikohen në këtë faqe. Përdorim vetëm fjali nga versioni i redaktuar për të cilin the po.
consent-reports-readers = Raportet tona shkojnë te organizatat bamirëse, te njerëzit që drejtojnë shërbime dhe te njerëzit që bëjnë politika. Ato nuk tregojnë kurrë se kush je.
consent-privacy-link = Lexo njoftimin për privatësinë
consent-kept =
    { $days ->
        [one] Nëse nuk i përdorim fjalët e tua, i fshijmë { $days } ditë pasi vendosim. Mund t'i fshish fjalët e tua në çdo kohë me kodin tënd. Por numrat ose fjalitë që janë tashmë në një raport të botuar mbeten në atë raport.
       *[other] Nëse nuk i përdorim fjalët e tua, i fshijmë { $days } ditë pasi vendosim. Mund t'i fshish fjalët e tua në çdo kohë me kodin tënd. Por numrat ose fjalitë që janë tashmë në një raport të botuar mbeten në atë raport.
    }
consent-quotes-yes = Po
consent-quotes-no = Jo
consent-use-missing = Të lutem zgjidh çfarë mund të bëjmë me fjalët e tua.
consent-quotes-missing = Të lutem thuaj po ose jo.
consent-now-publish = Tani: mund t'i publikojmë fjalët e tua, pasi të thuash po për versionin e redaktuar.
consent-now-themes-only = Tani: i përdorim fjalët e tua vetëm për të numëruar çfarë na tregojnë të rinjtë.
consent-now-team-only = Tani: vetëm ekipi mund t'i lexojë fjalët e tua.
consent-now-quotes = Ke thënë po që të përdorim disa fjali të shkurtra në raportet tona.
police-not-stated = Ne nuk e dimë kush je. Kjo organizatë nuk ka thënë ende kur do të ndante informacion me policinë ose me imigracionin. Pyeti ata para se të shkruash për statusin tënd të imigracionit.
police-safeguarding-only = Nuk e dimë kush je. Nuk ua japim kurrë fjalët e tua zyrave të imigracionit. Kontaktojmë policinë ose shërbimet për mbrojtjen e fëmijëve vetëm nëse mendojmë se dikush është në rrezik tani.
police-only-if-the-law-requires = Nuk e dimë kush je. Nuk ua japim fjalët e tua policisë ose zyrave të imigracionit, përveç kur na detyron ligji.

## Service feedback
feedback-heading = Na trego për një shërbim
feedback-service-legend = Për cilin shërbim bëhet fjalë?
feedback-service-missing = Të lutem zgjidh një shërbim.
feedback-region-label = Ku ndodhi kjo? (mund ta kalosh këtë)
feedback-region-hint = Vetëm një zonë e madhe, kurrë një qytet.
feedback-region-none = Zgjidh një zonë
region-north-east = Anglia Verilindore
region-north-west = Anglia Veriperëndimore
region-yorkshire = Yorkshire dhe Humber
region-east-midlands = Midlandsi Lindor (East Midlands)
region-west-midlands = Midlandsi Perëndimor (West Midlands)
region-east-of-england = Anglia Lindore
region-london = Londra
region-south-east = Anglia Juglindore
region-south-west = Anglia Jugperëndimore
region-scotland = Skocia
region-wales = Uellsi
region-northern-ireland = Irlanda e Veriut
region-prefer-not-to-say = Preferoj të mos e them
feedback-questions-heading = Pyetje për shërbimin
feedback-questions-hint = Përgjigju atyre që do. Mund të kalosh cilëndo.
feedback-text-label = Diçka tjetër që do të na tregosh? (mund ta kalosh këtë)
feedback-text-hint = Shkruaj në çdo gjuhë.
feedback-age-legend = Sa vjeç je? (mund ta kalosh këtë)
feedback-age-hint = Nuk të pyesim kurrë për datëlindjen.
age-band-under-16 = Nën 16
age-band-16-17 = 16 ose 17
age-band-18-21 = Nga 18 deri në 21
age-band-22-25 = Nga 22 deri në 25
age-band-26-plus = 26 ose më shumë
age-band-prefer-not-to-say = Preferoj të mos e them
helped-legend = A të ndihmoi dikush ta plotësosh këtë? (mund ta kalosh)
helped-hint = Kjo na ndihmon t’i kuptojmë fjalët e tua.
helped-no = Jo, e bëra vetë
helped-worker = Po, një punonjës ose vullnetar
helped-someone-close = Po, një shok ose dikush nga familja ime
helped-prefer-not-to-say = Preferoj të mos e them

## Receipt
receipt-created-heading = Faleminderit. I morëm fjalët e tua.
receipt-created-intro = Ky është kodi yt:
receipt-created-why = Ruaje mirë këtë kod: është mënyra e vetme për t'u kthyer te fjalët e tua, dhe nuk mund të ta tregojmë përsëri.
receipt-created-keep-safe = Shkruaje diku ku mund ta shohësh vetëm ti, ose kërkoji një punonjësi që i beson ta ruajë për ty. Një foto është më pak e sigurt: fotot shpesh kopjohen në pajisje të tjera dhe në kopje rezervë në internet. Kushdo që ka kodin mund t'i lexojë fjalët e tua.
receipt-created-print = Mund ta printosh edhe këtë faqe.
receipt-print-button = Printo këtë faqe
receipt-created-when = Një person i trajnuar do t'i lexojë fjalët e tua. Zakonisht mund të presësh një përgjigje brenda { $weeks ->
        [one] { $weeks } jave
       *[other] { $weeks } javësh
    }. Kthehu me kodin tënd për të parë çfarë po ndodh.
receipt-lookup-link = Kthehu me kodin tënd
receipt-heading = Kthehu me kodin tënd
receipt-intro = Shkruaj kodin që more kur dërgove. Mund të përdorësh shkronja të vogla ose të mëdha, me ose pa viza.
receipt-code-label = Kodi yt
receipt-code-hint = Duket kështu: 7KQ2-M9XD-4HFA-R3TC
receipt-open = Hap
receipt-code-invalid = Një kod ka 16 shkronja dhe numra. Të lutem kontrolloje dhe provo sërish.
receipt-code-not-found = Nuk e gjetëm këtë kod. Të lutem kontrolloje dhe provo sërish.
receipt-view-heading = Fjalët e tua
receipt-status-heading = Çfarë po ndodh tani
receipt-your-words = Çfarë shkrove
receipt-consent-now-heading = Çfarë zgjodhe
receipt-consent-change-heading = Ndrysho zgjedhjet e tua
receipt-consent-save = Ruaj zgjedhjet e mia
receipt-consent-saved = Zgjedhjet e tua u ruajtën.
status-received = I morëm fjalët e tua. Askush nuk i ka lexuar ende.
status-in-review = Një person i trajnuar po i lexon fjalët e tua tani.
status-awaiting-survivor = Kemi një pyetje ose një version të redaktuar për ty. Të lutem lexoje më poshtë.
status-approved = Fjalët e tua janë gati për t'u publikuar, siç ke pranuar.
status-published = Fjalët e tua janë publikuar në këtë faqe, siç ke pranuar.
status-themes-only = Fjalët e tua përdoren për të numëruar çfarë na tregojnë të rinjtë. Nuk publikohen.
status-team-only = Vetëm ekipi i lexon fjalët e tua. Nuk publikohen.
status-declined = Këtë herë nuk mundëm t'i publikojmë fjalët e tua. Të lutem lexo letrën tonë më poshtë.
status-withdrawn = I fshive fjalët e tua. Ato nuk janë më.
withdraw-heading = Fshi gjithçka
withdraw-intro = Mund t'i fshish fjalët e tua në çdo kohë. Pas kësaj nuk ka kthim.
withdraw-start = Fshi fjalët e mia
withdraw-confirm-heading = A e do vërtet këtë?
withdraw-confirm-intro = Nëse i fshin fjalët e tua, ato zhduken përgjithmonë. Askush nuk mund t'i lexojë më, as ti, as ne.
withdraw-confirm-permanent = Pas kësaj nuk ka kthim.
withdraw-confirm-button = Po, fshi fjalët e mia
withdraw-cancel = Jo, kthehu pas
withdrawn-heading = Fjalët e tua u fshinë
withdrawn-done = Fjalët e tua nuk janë më. Askush nuk mund t'i lexojë tani.
withdrawn-code-still-works = Nëse e përdor sërish kodin, do të shohësh vetëm që fjalët e tua u fshinë.
receipt-link-expired = Kjo faqe u mbyll, që kodi yt të jetë i sigurt. Të lutem shkruaje sërish kodin tënd.
receipt-close-tab = Në telefon ose kompjuter që e përdorin edhe të tjerë, mbylle këtë faqe kur të mbarosh.

## Receipt: messages and edited versions
receipt-messages-heading = Letrat me ekipin
receipt-messages-none = Ende nuk ka letra.
message-from-team = Ekipi
message-from-you = Ti
message-from-survivor = Personi që shkroi
receipt-reply-label = Shkruaji ekipit
receipt-reply-hint = Vetëm ekipi mund ta lexojë. Nuk ke pse t'i përgjigjesh asaj që nuk do.
receipt-reply-send = Dërgo
receipt-reply-sent = Letra jote u dërgua. Ekipi do ta lexojë.
receipt-edit-heading = Ekipi propozon një version të redaktuar
receipt-edit-approved-heading = Versioni që pranove
receipt-edit-intro = Hoqëm hollësitë që mund të tregojnë se kush je. Të lutem lexoje. Asgjë nuk ndahet pa thënë ti po.
receipt-edit-yours = Çfarë shkrove
receipt-edit-suggested = Versioni i redaktuar
receipt-edit-choose = Ti zgjedh çfarë ndodh tani.
receipt-edit-approve = Po, ky version është në rregull
receipt-edit-changes-label = Çfarë do të doje të ndryshosh?
receipt-edit-changes-hint = Na e thuaj me fjalët e tua. Do të të dërgojmë një version të ri.
receipt-edit-changes = Kërko ndryshime
receipt-edit-refuse-intro = Nëse nuk do që të ndahet asnjë version, thuaj jo. Zgjedhjet e tua të tjera mbeten njësoj.
receipt-edit-refuse = Jo, mos e ndani
receipt-approved = Faleminderit. I the po këtij versioni.
receipt-changes-sent = Faleminderit. Ekipi do të lexojë çfarë do të ndryshosh.
receipt-refused = Faleminderit. Ky version nuk do të ndahet.
receipt-second-look-label = Do që dikush tjetër ta shohë përsëri?
receipt-second-look-hint = Mund ta kërkosh një herë. Një person tjetër nga ekipi do t'i lexojë fjalët e tua. Mund të shtosh edhe një letër, nëse do.
receipt-second-look = Kërko një shikim të dytë
receipt-second-look-sent = Faleminderit. Një person tjetër do t'i shohë përsëri fjalët e tua.
message-empty = Të lutem shkruaj më parë një letër.
message-too-long = Kjo letër është shumë e gjatë. Të lutem përdor deri në 2000 shenja.
error-not-now-survivor = Kjo nuk mund të bëhet tani. Faqja të tregon çfarë mund të bësh.
error-item-changed-survivor = Diçka ndryshoi ndërsa ishe në këtë faqe. Të lutem shiko përsëri dhe provo edhe një herë.
error-cross-site = Ky formular u dërgua nga një faqe tjetër interneti, prandaj nuk e përdorëm. Asgjë nuk ka humbur. Nëse doje ta dërgosh, të lutem dërgoje sërish nga kjo faqe.

## Stories
stories-title = Histori
stories-intro = Të rinjtë zgjodhën t'i ndajnë këto histori. Hoqëm hollësitë që mund të tregojnë se kush janë, dhe secili prej tyre pranoi fjalët përfundimtare.
stories-filter-theme = Tema
stories-filter-language = Gjuha
stories-any = Të gjitha
stories-filter-apply = Shfaq
stories-none = Ende nuk ka histori këtu.
stories-themes = Temat:
stories-warning = Paralajmërim për përmbajtjen:
stories-warning-choice = Mund të zgjedhësh të mos e lexosh.
stories-read = Lexo këtë histori
stories-show = Shfaq historinë
story-page-title = Një histori
stories-agreed = Personi që e shkroi pranoi t'i ndajë këto fjalë.
stories-back = Kthehu te të gjitha historitë

## Staying safe
safety-heading = Siguria në internet
safety-leave-heading = Largohu shpejt
safety-leave-button = Shtyp "Dil nga faqja" në krye të çdo faqeje. Hapet një faqe interneti për motin.
safety-leave-keys = Në kompjuter, mund të shtypësh edhe tastin Shift tri herë shpejt.
safety-leave-loses = Nëse del në këtë mënyrë ndërsa po shkruan, ajo që ke shkruar humbet.
safety-private-heading = Përdor shfletimin privat
safety-private-what = Në një dritare private, telefoni ose kompjuteri yt nuk i mban faqet që viziton.
safety-private-browsers = Chrome: hap menunë dhe zgjidh "Skedë e re e fshehtë". Safari në iPhone: prek butonin e skedave, pastaj "Private". Samsung Internet: prek butonin e skedave, pastaj "Turn on Secret mode". Firefox: hap menunë dhe zgjidh "Dritare e Re Private".
safety-private-limits = Shfletimi privat nuk e fsheh atë që bën nga aplikacionet që të gjurmojnë. Nëse dikush tjetër e kontrollon telefonin tënd, mund ta shohë prapë. Nëse mundesh, përdor një telefon ose kompjuter që i beson.
safety-history-heading = Fshi historikun
safety-history-what = Nëse nuk përdore dritare private, dikush mund ta shohë këtë faqe në historikun tënd.
safety-history-how = Hap cilësimet e shfletuesit, gjej "Historiku" dhe fshi faqet që ke hapur këtu.
safety-shared-heading = Nëse dikush ta kontrollon telefonin
safety-shared-history = Kjo faqe nuk dërgon email ose SMS. Por shfletuesi yt mban një listë të faqeve që viziton (historikun), përveç nëse përdor një dritare private.
safety-shared-code = Mbaje kodin diku ku mund ta shohësh vetëm ti. Kushdo që ka kodin mund t'i lexojë fjalët e tua.

## About
about-heading = Rreth Voices
about-what-heading = Çfarë është Voices
about-what = Voices drejtohet nga njerëz që punojnë me të rinj që kanë mbijetuar shfrytëzimin. Duam që shërbimet të dëgjojnë, të besojnë dhe të bëjnë më mirë.
about-who-heading = Kush i lexon fjalët e tua
about-who = Vetëm një ekip i vogël dhe i trajnuar lexon atë që dërgon. Ata ndjekin rregulla të qarta për të të mbrojtur dhe i trajtojnë fjalët e tua me respekt.
about-who-not = Askush tjetër nuk mund t'i lexojë fjalët e tua: as njerëzit që kujdesen për kompjuterët, as shërbimet për të cilat shkruan.
about-happens-heading = Çfarë ndodh me fjalët e tua
about-happens-review = Një person i trajnuar i lexon fjalët e tua. Ai heq çfarë mund të tregojë kush je, si emra, numra telefoni, adresa dhe shkolla. Qytetet zakonisht mbeten. Nuk e ndryshon kurrë atë që do të thuash.
about-happens-choices = Asgjë nuk ndahet nëse nuk ke thënë po. Nëse fjalët e tua do të ndahen, së pari sheh versionin e redaktuar dhe vendos.
about-happens-themes = Numërojmë çfarë na tregojnë shumë të rinj, për t'u treguar shërbimeve çfarë duhet të ndryshojë. Këta numra nuk tregojnë kurrë se kush është dikush.
about-kept-heading = Sa kohë i mbajmë fjalët e tua
about-kept-days =
    { $days ->
        [one] Nëse nuk i përdorim fjalët e tua, i fshijmë { $days } ditë pasi vendosim. Fjalët që publikohen ose numërohen mbeten derisa t'i fshish ti.
       *[other] Nëse nuk i përdorim fjalët e tua, i fshijmë { $days } ditë pasi vendosim. Fjalët që publikohen ose numërohen mbeten derisa t'i fshish ti.
    }
about-kept-withdraw = Mund t'i fshish vetë fjalët e tua në çdo kohë me kodin tënd. Kur e bën, ato zhduken menjëherë.
about-kept-report = Numrat ose fjalitë që janë tashmë në një raport të botuar mbeten në atë raport. Nuk mund t'i marrim mbrapsht.
about-safe-heading = Si i mbajmë të sigurta fjalët e tua
about-safe-encrypted = Fjalët e tua kyçen (enkriptohen) sapo arrijnë. Vetëm ekipi, ose ti me kodin tënd, mund t'i hapë.
about-safe-no-trace = Nuk e mbajmë adresën tënde IP dhe nuk përdorim cookies në këto faqe.
privacy-heading = Njoftimi për privatësinë
privacy-unset-organisation = organizata që drejton këtë faqe
privacy-unset-contact = (nuk është dhënë ende)
privacy-not-filled = Organizata që drejton këtë faqe nuk e ka mbaruar ende këtë njoftim.

## Staff area
staff-login-title = Hyrja e stafit
staff-name = Emri
staff-passphrase = Fraza e kalimit
staff-sign-in = Hyr
staff-sign-out = Dil
staff-signed-in-as = Ke hyrë si { $name } ({ $role })
staff-role = Roli
staff-role-admin = Administrator
staff-role-moderator = Moderator
staff-role-safeguarding-lead = Përgjegjës për mbrojtjen
staff-role-practitioner = Punonjës mbështetës
staff-status = Statusi
staff-status-active = Aktiv
staff-status-disabled = I çaktivizuar
staff-dashboard-title = Zona e stafit
staff-dashboard-intro = Ke hyrë. Do të nxirresh automatikisht pas 30 minutash pa aktivitet.
staff-list-heading = Stafi
dashboard-urgent = Çështje urgjente në pritje: { $count }
dashboard-from-survivors = Përgjigje të reja nga personat që shkruan: { $count }
dashboard-open-queue = Hap radhën e shqyrtimit
dashboard-organisation-missing = Kjo faqe nuk thotë ende kush e drejton. Vendos organisation.name dhe organisation.contact në voices.toml, pastaj kontrollo njoftimin për privatësinë në moderation/privacy.toml, para se t'u tregosh të rinjve për faqen.
dashboard-manage-staff = Fto ose ndrysho stafin
nav-label = Zona e stafit
nav-home = Kreu
nav-queue = Radha e shqyrtimit
nav-safeguarding = Mbrojtja
nav-guidelines = Udhëzimet
nav-staff = Stafi
nav-settings = Cilësimet
nav-audit = Regjistri i auditimit
nav-digests = Përmbledhjet
nav-preferences = Cilësimet e mia
pagination-label = Faqet
pagination-previous = Faqja e mëparshme
pagination-next = Faqja tjetër
pagination-position = Faqja { $page } nga { $pages }
wellbeing-break =
    { $count ->
        [one] Sot ke hapur { $count } çështje. Kjo punë është e rëndë: të lutem bëj një pushim.
       *[other] Sot ke hapur { $count } çështje. Kjo punë është e rëndë: të lutem bëj një pushim.
    }
wellbeing-guidelines-link = Kujdesi për veten
wellbeing-cap =
    { $cap ->
        [one] Sot: { $count } nga { $cap } çështje.
       *[other] Sot: { $count } nga { $cap } çështje.
    }

## Staff: review queue
queue-title = Radha e shqyrtimit
queue-intro = Në fillim vijnë çështjet urgjente, pastaj çështjet në gjuhët që lexon, nga më e vjetra. Radha nuk tregon kurrë fjalët e askujt.
queue-filter-view = Shfaq
queue-view-needs-action = Kërkojnë veprim
queue-view-from-survivors = Përgjigje të reja nga personat që shkruan
queue-view-awaiting = Në pritje të personit
queue-view-done = Të kryera
queue-view-declined = Të papublikuara
queue-view-all = Të gjitha
queue-filter-language = Gjuha
queue-filter-level = Niveli i mbrojtjes
queue-any = Të gjitha
queue-filter-apply = Shfaq
queue-count = { $count ->
        [one] { $count } çështje
       *[other] { $count } çështje
    }
queue-empty = Këtu nuk ka asgjë.
queue-select = Zgjidh
queue-select-item = Zgjidh çështjen { $id }
queue-col-priority = Niveli
queue-col-language = Gjuha
queue-col-kind = Lloji
queue-col-age = Në pritje
queue-col-state = Gjendja
queue-col-holder = Kush e ka
queue-age-days = { $days ->
        [0] sot
        [one] { $days } ditë
       *[other] { $days } ditë
    }
queue-held-by-you = Ti
queue-survivor-waiting = Përgjigje e re
queue-bulk-legend = Për çështjet e zgjedhura
queue-bulk-hint = Vetëm për raste të thjeshta që i ke lexuar. Çështjet me shqetësim ose urgjente, dhe ato që nuk i ka lexuar askush, lihen gjithmonë jashtë. E sheh çfarë do të ndodhë para se të ndodhë.
queue-bulk-duplicate = Mos e publiko: është dublikatë
queue-bulk-spam = Mos e publiko: nuk është shkrim i vërtetë (spam)
queue-bulk-release = Kthe çështjet që kam marrë
queue-bulk-apply = Bëje
queue-bulk-done = U kryen: { $done }. U kapërcyen: { $skipped }.
kind-story = Histori
kind-feedback = Mendim për një shërbim
state-received = E re
state-in-review = Po lexohet
state-awaiting-survivor = Në pritje të personit
state-approved = Personi tha po
state-published = E publikuar
state-themes-only = Vetëm numërim
state-team-only = Vetëm ekipi
state-declined = E papublikuar
state-withdrawn = E fshirë nga personi

## Staff: an item
item-title = Çështja { $id }
item-reading-title = Po lexon çështjen { $id }
item-kind = Lloji
item-language = Gjuha
item-received = Erdhi më
item-level = Niveli i mbrojtjes
item-state = Gjendja
item-consent = Personi pranoi
item-consent-publish = publikimin e fjalëve të redaktuara që miraton
item-consent-themes-only = vetëm numërim anonim
item-consent-team-only = që t'i lexojë vetëm ekipi
item-quotes-yes = lejohen citate të shkurtra
item-quotes-no = pa citate
item-holder = Kush e ka
item-claim-left =
    { $minutes ->
        [one] (edhe { $minutes } min)
       *[other] (edhe { $minutes } min)
    }
item-survivor-waiting = Personi shkroi ose vendosi diçka të re.
item-second-look = Personi kërkoi një shikim të dytë. Duhet ta lexojë një moderator tjetër.
item-publish-requested = { $name } kërkoi ta publikojë këtë. Duhet ta publikojë një person i dytë.
item-claim-intro = Merre këtë çështje për ta trajtuar. Askush tjetër nuk mund ta trajtojë sa kohë e ke ti.
item-take-back-intro = Personi nuk është përgjigjur ende. Mund ta marrësh çështjen mbrapsht për të vendosur pa të. Atëherë versioni i redaktuar që dërgove tërhiqet.
item-take-back = Merre mbrapsht
item-before-you-read = Para se të lexosh
item-before-you-read-intro = Kjo mund të përshkruajë gjëra që janë të vështira për t'u lexuar.
item-warnings-confirmed = Paralajmërimet për përmbajtjen:
item-you-can-stop = Mund të ndalesh këtu. Ktheje çështjen, ose jepja një kolegu.
item-read = Lexoje
item-release = Ktheje
item-hand-off-label = Jepja kolegut
item-hand-off-hint = Shfaqen vetëm kolegët që e lexojnë këtë gjuhë.
item-hand-off = Dorëzoje
item-words-heading = Fjalët e personit
item-no-words = Nuk ka fjalë, vetëm përgjigje.
item-details-found = { $count ->
        [one] { $count } hollësi që mund të identifikojë dikë
       *[other] { $count } hollësi që mund të identifikojnë dikë
    }
item-suggestions-hint = Pjesët e theksuara janë sugjerime. Ti vendos çfarë të heqësh.
item-review-heading = Shqyrtimi yt
item-level-suggested = Voices sugjeron: { $level }
item-themes-legend = Temat
item-warnings-legend = Paralajmërimet për përmbajtjen
item-checklist-legend = Lista e kontrollit
item-review-save = Ruaj shqyrtimin tim
item-edit-heading = Versioni i redaktuar
item-edit-hint = Hiq atë që mund të identifikojë dikë, jo kuptimin. Personi duhet të thotë po para se të publikohet ndonjë gjë.
item-edit-label = Versioni i redaktuar
item-edit-message-label = Një letër bashkë me të (nuk është e detyrueshme)
item-edit-send = Dërgoja personit
item-versions-heading = Versionet e dërguara
proposal-pending = Në pritje të përgjigjes
proposal-approved = Personi tha po
proposal-changes-requested = Personi kërkoi ndryshime
proposal-refused = Personi tha jo
proposal-superseded = U zëvendësua
item-messages-heading = Letrat
messages-none = Ende nuk ka letra.
item-template-label = Fillo nga një shabllon
item-template-hint = Shabllonet janë shkruar në { $language }, gjuha e personit.
item-template-none = Pa shabllon
item-message-label = Letra jote
item-message-hint = E shkurtër dhe e ngrohtë, në gjuhën e personit. Nënshkruaj si ekipi, kurrë me emrin tënd.
item-message-send = Dërgo
item-message-ask = Dërgo dhe prit përgjigjen
item-decide-heading = Vendos
item-themes-only-intro = Përdori këto fjalë vetëm për numërimin e temave. Asgjë nuk publikohet.
item-themes-only = Vetëm numërim
item-team-only-intro = Mbaji këto fjalë vetëm për ekipin.
item-team-only = Vetëm ekipi
item-decline-reason = Pse nuk mund të publikohen këto fjalë?
item-decline-hint = Personi sheh një letër të butë për këtë arsye, në gjuhën e vet. Mund të kërkojë një herë një shikim të dytë.
item-decline-message = Një letër nga ti (nuk është e detyrueshme)
item-decline = Mos e publiko
item-notes-heading = Shënimet për mbrojtjen
item-notes-hint = Çfarë u bë. Këto shënime mund t'i lexojë vetëm stafi.
item-note-label = Shënim i ri
item-note-save = Ruaj shënimin
item-timeline-heading = Çfarë ndodhi
item-timeline-empty = Ende asgjë.
who-survivor = Personi që shkroi
who-voices = Voices
event-shared = Ndau
event-claim = Mori çështjen
event-take-back = E mori mbrapsht
event-release = E ktheu
event-hand-off = Ia dorëzoi dikujt
event-propose-edit = Dërgoi një version të redaktuar
event-ask = Bëri një pyetje
event-message = Dërgoi një letër
event-use-for-themes = Vetëm numërim
event-keep-for-team = Vetëm ekipi
event-decline = E papublikuar
event-publish = U publikua
event-approve = Tha po
event-request-changes = Kërkoi ndryshime
event-refuse = Tha jo
event-reply = Shkroi një letër
event-ask-second-look = Kërkoi një shikim të dytë
event-change-consent = Ndryshoi zgjedhjet
event-withdraw = Fshiu gjithçka
event-expire-claim = Koha e marrjes mbaroi
event-review = Ruajti një shqyrtim
event-escalated = U shënua urgjente
event-safeguarding-note = Shkroi një shënim për mbrojtjen
event-staff-invited = Ftoi dikë
event-staff-joined = U bashkua
event-staff-updated = Ndryshoi rolet ose gjuhët e dikujt
event-staff-disabled = Çaktivizoi dikë
event-invitation-cancelled = Anuloi një ftesë
event-settings-changed = Ndryshoi cilësimet
event-purged = U fshi pas afatit të ruajtjes
done-claim = Tani e ke ti këtë çështje.
done-review = Shqyrtimi yt u ruajt.
done-propose = Versioni i redaktuar iu dërgua personit.
done-message = Letra jote u dërgua.
done-ask = Letra jote u dërgua. Çështja pret përgjigjen e personit.
done-themes-only = U krye: vetëm numërim.
done-team-only = U krye: vetëm ekipi.
done-decline = U krye: e papublikuar. Personi do ta shohë arsyen.
done-publish = U krye.
done-release = E ktheve çështjen.
done-take-back = E more çështjen mbrapsht.
done-hand-off = Çështja iu dorëzua.
done-note = Shënimi u ruajt.
safeguarding-title = Mbrojtja
safeguarding-intro = Çdo çështje me një nivel mbrojtjeje për të cilën asnjë përgjegjës nuk ka shkruar ende shënim, çfarëdo që të ketë ndodhur më pas, urgjentet së pari. Një çështje del nga kjo listë kur një përgjegjës shënon çfarë u bë. Asgjë nuk del nga Voices vetvetiu.
guidelines-title = Si moderojmë
guidelines-english-only = Udhëzimet janë në anglisht tani për tani.

## Staff: administration
admin-staff-title = Stafi
admin-staff-list = Të gjithë
admin-roles-legend = Rolet
admin-roles-hint = Një administrator që shqyrton edhe çështje ka nevojë edhe për rolin e moderatorit.
admin-languages-legend = Gjuhët që lexon
admin-edit-person = Ndrysho { $name }
admin-save = Ruaj
admin-disable-hint = Çaktivizimi i dikujt ia mbyll seancat dhe ia shkatërron çelësin. Kjo nuk mund të kthehet pas.
admin-disable = Çaktivizo
admin-invite-heading = Fto dikë
admin-invite-intro = Merr një lidhje për t'ia dërguar. Funksionon një herë, për 72 orë. Frazën e kalimit e zgjedh vetë personi.
admin-invite = Krijo lidhjen
admin-invite-made = Lidhja për { $name }:
admin-invite-once = Kopjoje tani: shfaqet vetëm këtë herë.
admin-pending-heading = Ftesa ende të papërdorura
admin-cancel-invitation = Anulo
done-staff-update = U ruajt.
done-staff-disable = U çaktivizua.
done-staff-cancel = Ftesa u anulua.
admin-settings-title = Cilësimet
admin-break-after = Sugjero pushim pas kaq çështjeve në ditë
admin-break-after-hint = Një numër nga 1 deri në 1000.
admin-daily-cap = Numri më i madh i çështjeve që një moderator mund të hapë në ditë
admin-daily-cap-hint = Lëre bosh për pa kufi.
admin-two-person = Publikimi kërkon dy moderatorë të ndryshëm
done-settings = Cilësimet u ruajtën.
audit-title = Regjistri i auditimit
audit-intro = Çdo ndryshim shkruhet këtu dhe lidhet në zinxhir, kështu që një hyrje e ndryshuar ose e hequr mund të zbulohet. Për veprimet e personave që shkruajnë tregohet vetëm dita.
audit-verify = Kontrollo gjithë regjistrin
audit-verified = Regjistri është i plotë: { $staff } hyrje të stafit, { $survivor } hyrje të personave që shkruan.
audit-broken = Regjistri është ndryshuar: zinxhiri { $chain }, hyrja { $id }.
audit-chains = Regjistrat
audit-staff-chain = Stafi
audit-survivor-chain = Personat që shkruan
audit-when = Kur
audit-who = Kush
audit-what = Çfarë
audit-item = Çështja
audit-detail = Hollësi
preferences-title = Cilësimet e mia
preferences-language = Gjuha e faqeve të stafit
preferences-language-browser = Gjuha e shfletuesit tim
preferences-reads = Gjuhët që lexon
preferences-reads-hint = Këto i cakton një administrator. Çështjet në këto gjuhë dalin të parat në radhën tënde.
done-preferences = U ruajt.
invite-title = Bashkohu me ekipin e Voices
invite-intro = Zgjidh një frazë kalimi për { $name }. Do ta dish vetëm ti.
invite-submit = Krijo llogarinë time
invite-done-title = Llogaria jote është gati
invite-done = Tani mund të hysh. Kjo lidhje nuk do të funksionojë më.

## First admin
setup-title = Krijo administratorin e parë
setup-intro = Kjo lidhje funksionon vetëm një herë. Llogaria që krijon këtu mund të shtojë staf tjetër.
setup-passphrase-hint = Përdor të paktën 12 shenja. Disa fjalë që nuk lidhen me njëra-tjetrën janë të forta dhe të lehta për t'u mbajtur mend.
strength-too-short = Ende shumë e shkurtër: vazhdo.
strength-acceptable = Mirë. Disa fjalë të tjera do ta bënin të fortë.
strength-strong = E fortë.
setup-passphrase-confirm = Shkruaj sërish frazën e kalimit
setup-submit = Krijo llogarinë e administratorit
setup-done-title = Llogaria e administratorit është gati
setup-done = Tani mund të hysh. Kjo lidhje konfigurimi nuk do të funksionojë më.

## Forms
form-error-summary = Të lutem kontrollo këtë:
error-name-required = Të lutem shkruaj një emër.
error-passphrase-required = Të lutem shkruaj frazën e kalimit.
error-confirm-required = Të lutem shkruaj sërish frazën e kalimit.
error-field-required = Të lutem plotëso këtë.

## Errors
error-title = Diçka shkoi keq
error-not-found-title = Nuk e gjejmë këtë faqe
error-rate-limited-title = Të lutem prit pak
error-back-home = Shko te faqja e parë
error-not-found = Faqja mund të jetë zhvendosur, ose lidhja mund të jetë e gabuar.
error-rate-limited =
    { $minutes ->
        [one] Pati shumë përpjekje. Të lutem prit { $minutes } minutë, pastaj provo sërish.
       *[other] Pati shumë përpjekje. Të lutem prit { $minutes } minuta, pastaj provo sërish.
    }
error-sign-in-failed = Emri ose fraza e kalimit nuk është e saktë.
error-not-signed-in = Të lutem hyr më parë.
error-forbidden = Llogaria jote nuk mund ta bëjë këtë.
error-csrf-mismatch = Ky formular qëndroi i hapur shumë gjatë. Të lutem provo sërish.
error-name-taken = Dikush e ka tashmë këtë emër. Të lutem zgjidh një tjetër.
error-name-empty = Të lutem shkruaj një emër.
error-name-too-long = Një emër mund të ketë deri në 64 shenja.
error-name-invalid = Një emër nuk mund të ketë shenja kontrolli të fshehura.
error-weak-passphrase = Fraza e kalimit është shumë e shkurtër ose shumë e thjeshtë. Përdor të paktën 12 shenja.
error-common-passphrase = Shumë njerëz e përdorin këtë frazë kalimi, ndaj merret me mend lehtë. Zgjidh disa fjalë që nuk lidhen me njëra-tjetrën.
error-passphrase-too-long = Fraza e kalimit është shumë e gjatë. Përdor deri në 1024 shenja.
error-passphrase-mismatch = Dy frazat e kalimit nuk janë njësoj.
error-wrong-admin-credentials = Emri i administratorit ose fraza e kalimit nuk është e saktë.
error-first-staff-must-be-admin = Llogaria e parë duhet të jetë administrator.
error-no-setup-pending = Nuk ka asnjë konfigurim në pritje.
error-last-admin = Ky është administratori i fundit. Shto më parë një administrator tjetër.
error-unknown-staff = Nuk ka asnjë anëtar stafi me këtë emër.
error-receipt-not-found = Nuk e gjetëm këtë kod. Të lutem kontrolloje dhe provo sërish.
error-receipt-invalid = Një kod ka 16 shkronja dhe numra. Të lutem kontrolloje dhe provo sërish.
error-consent-locked = Fjalët e tua janë publikuar tashmë, prandaj këto zgjedhje nuk mund të ndryshohen tani. Prapë mund t'i fshish fjalët e tua.
error-storage-unavailable = Nuk mund të ruajmë ose të lexojmë tani. Asgjë nga ato që dërgove nuk ka humbur. Të lutem provo sërish pas disa minutash.
error-internal = Diçka shkoi keq nga ana jonë. Të lutem provo sërish.
error-bad-request = Nuk e kuptuam atë që u dërgua. Të lutem provo sërish.
error-payload-too-large = Ajo që dërgove është shumë e gjatë. Të lutem bëje më të shkurtër.
error-unprocessable = Një pjesë e asaj që u dërgua nuk është e saktë. Të lutem kontrollo dhe provo sërish.
error-not-now = Kjo nuk mund të bëhet sa kohë çështja është në këtë gjendje.
error-claimed-by-other = Dikush tjetër po e trajton këtë çështje.
error-not-your-claim = Nuk po e trajton më këtë çështje. Merre sërish më parë.
error-consent-does-not-allow = Zgjedhjet e personit nuk e lejojnë këtë.
error-checklist-incomplete = Shëno më parë çdo pikë të listës së kontrollit dhe ruaj shqyrtimin.
error-no-approved-wording = Personi nuk ka thënë po për asnjë version të redaktuar.
error-no-pending-proposal = Nuk ka asnjë version të redaktuar që pret përgjigje.
error-second-look-used = Shikimi i dytë është kërkuar tashmë.
error-second-look-needs-another = Shikimin e dytë duhet ta bëjë një moderator tjetër.
error-second-person-needed = Këtë duhet ta publikojë një person i dytë.
error-hand-off-to-self = Zgjidh dikë tjetër.
error-item-changed = Dikush e ndryshoi këtë çështje sapo. Ja si është tani.
error-daily-cap-reached = E ke arritur kufirin e sotëm. Të lutem ndalo për sot.
error-view-expired = Kjo faqe u mbyll. Të lutem fillo nga e para.
error-message-empty = Të lutem shkruaj më parë një letër.
error-message-too-long = Kjo letër është shumë e gjatë. Të lutem përdor deri në 2000 shenja.
error-unknown-choice = Një nga zgjedhjet nuk njihet. Të lutem zgjidh sërish.
error-edit-says-nothing = Versioni i redaktuar duhet të thotë ende diçka. Hiq hollësitë, jo kuptimin.
error-edit-too-long = Versioni i redaktuar është shumë i gjatë.
error-form-too-long = Ajo që dërgove është shumë e gjatë.
error-form-incomplete = Mungon një pjesë e formularit. Të lutem ringarko faqen dhe provo sërish.
error-decline-reason-missing = Të lutem zgjidh arsyen.
error-unknown-action = Ky veprim nuk njihet.
error-setting-out-of-range = Të lutem përdor një numër brenda kufijve të treguar.
error-roles-missing = Të lutem zgjidh të paktën një rol.
error-role-change-needs-invitation = Ky ndryshim roli kërkon një ftesë të re.
error-bulk-nothing-selected = Të lutem zgjidh të paktën një çështje.
error-bulk-no-action = Të lutem zgjidh çfarë të bësh.

## Translation review

dashboard-languages-heading = Gjuhët
dashboard-languages-intro = Sa është kontrolluar çdo përkthim. Ofroja një gjuhë të rinjve vetëm pasi ta ketë rishikuar një folës amtar. Deri atëherë, mund ta fshehësh nga zgjedhja e gjuhës me cilësimin languages.hidden në voices.toml.
dashboard-language = Gjuha
dashboard-language-review = Rishikimi
dashboard-language-questions = Pyetje të hapura
dashboard-language-switcher = Zgjedhja e gjuhës
dashboard-language-offered = E dukshme
dashboard-language-hidden = E fshehur
translation-state-source = Teksti burimor
translation-state-drafted = Draft, i parishikuar
translation-state-fluent-reviewed = Kontrolluar nga një folës i rrjedhshëm, ende jo nga një folës amtar
translation-state-native-reviewed = Rishikuar nga një folës amtar: gati

## Digests
digests-title = Përmbledhje sipas temave
digests-intro = Çfarë ndanë të rinjtë, e numëruar sipas temës çdo muaj dhe çdo tremujor. Numrat janë të mbrojtur që askush të mos dallohet.
digests-none = Ende nuk është publikuar asnjë përmbledhje.
digests-released = Publikuar më { $day }
digests-download-json = Shkarko shifrat (JSON)
digests-download-csv = Shkarko shifrat (CSV)
digests-feed = Burimi i përmbledhjeve të reja (Atom)
digests-practitioners-only = Këto përmbledhje janë për profesionistët. Ju lutemi hyni, ose përdorni një token API.
digests-too-many = Shumë kërkesa. Ju lutemi prisni një minutë dhe provoni përsëri.
digest-title = Përmbledhja { $period }
digest-items = Numri i rasteve:
digest-protection-heading = Si mbrohen numrat
digest-themes-heading = Temat
digest-themes-chart-title = Rastet sipas temës
digest-col-theme = Tema
digest-col-count = Numri
digest-col-trend = Që nga periudha e kaluar
digest-trend-up = Më shumë
digest-trend-down = Më pak
digest-trend-same = Njësoj
digest-trend-none = Pa krahasim
digest-responses-heading = Ju thatë, ne bëmë
digest-languages-heading = Gjuhët
digest-col-language = Gjuha
digest-col-story = Histori
digest-col-feedback = Mendime për shërbimet
digest-col-total = Gjithsej
digest-not-given = Pa përgjigje
digest-age-heading = Mosha
digest-age-chart-desc = Një shirit për çdo grupmoshë me numër të publikuar. Tabela më poshtë ka të njëjtat numra.
digest-col-age = Grupmosha
digest-regions-heading = Rajonet (mendime për shërbimet)
digest-col-region = Rajoni
digest-services-heading = Mendime për shërbimet
digest-services-none = Në këtë periudhë asnjë shërbim nuk pati mjaftueshëm mendime për të treguar përgjigjet.
digest-col-answer = Përgjigja
digest-col-percent = Pjesa
digest-quotes-heading = Me fjalët e tyre
digest-quote-warning = Paralajmërim për përmbajtjen:
digest-quote-show = Shfaq citimin
digest-back = Të gjitha përmbledhjet
ysd-title = Ju thatë, ne bëmë
ysd-intro = Çfarë po bën ekipi për ato që ndanë të rinjtë.
ysd-none = Ende nuk ka përgjigje.
ysd-from = Nga përmbledhja { $period }
digests-admin-title = Përmbledhjet: qasja, tokenët dhe përgjigjet
digests-admin-access = Kush mund t'i lexojë përmbledhjet
digests-admin-public = Të gjithë
digests-admin-practitioners = Vetëm profesionistët (të hyrë, ose me token)
digests-admin-save = Ruaj
digests-admin-tokens = Tokenë API
digests-admin-token-name = Për kë është tokeni
digests-admin-issue = Krijo një token
digests-admin-token-once = Kopjojeni këtë token tani. Shfaqet vetëm këtë herë:
digests-admin-revoke = Anulo
digests-admin-revoked = I anuluar
digests-admin-respond = Përgjigju një teme ("Ju thatë, ne bëmë")
digests-admin-period = Përmbledhja
digests-admin-response = Çfarë po bën organizata për këtë
digests-admin-post = Ruaj përgjigjen
digests-admin-done = U ruajt.

## Receipt: an edited version that changed
error-edit-changed = Ekipi e ndryshoi tekstin. Lexo versionin e ri.

## Safeguarding alerts
lead-alert-subject = Voices ka nevojë për përgjegjësin për mbrojtjen
lead-alert-body = Diçka në Voices ka nevojë për përgjegjësin për mbrojtjen. Hyr për ta parë.
lead-alert-test-subject = Voices: një mesazh provë
lead-alert-test-body = Ky është një mesazh provë nga Voices. Kur diçka ka nevojë për përgjegjësin për mbrojtjen, një mesazh si ky vjen këtu, pa asnjë hollësi. Hyr në Voices për ta parë.
alerts-guidance-on =
    { $minutes ->
        [one] Voices i njofton përgjegjësit për mbrojtjen brenda { $minutes } minute, me një mesazh që nuk thotë asgjë për çështjen. Nëse dikush është në rrezik tani, njoftoje edhe vetë përgjegjësin, ashtu si ka rënë dakord ekipi.
       *[other] Voices i njofton përgjegjësit për mbrojtjen brenda { $minutes } minutash, me një mesazh që nuk thotë asgjë për çështjen. Nëse dikush është në rrezik tani, njoftoje edhe vetë përgjegjësin, ashtu si ka rënë dakord ekipi.
    }
alerts-guidance-off = Voices nuk njofton askënd. Njoftoje vetë tani përgjegjësin për mbrojtjen, ashtu si ka rënë dakord ekipi.
alerts-off-admin = Njoftimet për mbrojtjen nuk janë vendosur: kur një çështje bëhet urgjente, Voices nuk i tregon askujt. Vendos një server SMTP ose një webhook te lead_alerts.smtp_host / lead_alerts.webhook_url në voices.toml, dhe kërkoji çdo përgjegjësi për mbrojtjen të shtojë një adresë email-i në faqen e cilësimeve.
alerts-no-addresses = Njoftimet për mbrojtjen janë vendosur, por asnjë përgjegjës për mbrojtjen nuk ka dhënë adresë email-i, kështu që askush nuk njoftohet. Çdo përgjegjës e shton në faqen e cilësimeve.
alerts-lead-no-address = Nuk merr email kur diçka bëhet urgjente. Shto adresën tënde në faqen e cilësimeve.
alerts-failed = Njoftimi i fundit për mbrojtjen nuk u dërgua më { $day } (arsyeja: { $reason }).
alerts-retrying = Voices provon përsëri në kohën e caktuar pasuese.
alerts-gave-up = Voices ka ndaluar së provuari. Rregullo cilësimin, pastaj dërgo një mesazh provë nga faqja e cilësimeve.
alerts-heading = Njoftimet për mbrojtjen
alerts-intro =
    { $minutes ->
        [one] Kur një çështje bëhet urgjente, çdo përgjegjës për mbrojtjen me adresë merr një email në gjuhën e vet, dhe webhook-u merr të njëjtat fjalë: "Diçka në Voices ka nevojë për përgjegjësin për mbrojtjen. Hyr për ta parë." Asgjë tjetër. Njoftimet dalin vetëm në kohë të caktuara, çdo { $minutes } minutë, që asnjë regjistër të mos tregojë kur ndau dikush diçka.
       *[other] Kur një çështje bëhet urgjente, çdo përgjegjës për mbrojtjen me adresë merr një email në gjuhën e vet, dhe webhook-u merr të njëjtat fjalë: "Diçka në Voices ka nevojë për përgjegjësin për mbrojtjen. Hyr për ta parë." Asgjë tjetër. Njoftimet dalin vetëm në kohë të caktuara, çdo { $minutes } minuta, që asnjë regjistër të mos tregojë kur ndau dikush diçka.
    }
alerts-mail = Email
alerts-mail-on = përmes { $host }, nga { $from }
alerts-off = nuk është vendosur
alerts-webhook = Webhook
alerts-webhook-on = është vendosur
alerts-leads = Përgjegjës për mbrojtjen me adresë
alerts-test = Dërgo një mesazh provë
alerts-test-hint = Dërgon tani një mesazh provë te çdo përgjegjës për mbrojtjen me adresë, dhe te webhook-u.
alerts-test-delivered = Mesazhi provë u dërgua. Pyet çdo përgjegjës nëse i erdhi.
alerts-test-failed = Mesazhi provë nuk u dërgua (arsyeja: { $reason }).
preferences-alert-address = Email-i për njoftimet për mbrojtjen
preferences-alert-address-hint = Kur diçka bëhet urgjente, Voices i dërgon kësaj adrese një mesazh të shkurtër në gjuhën e faqeve të tua të stafit, pa hollësi. Lëre bosh nëse nuk do asnjë. Ruhet e kyçur (e enkriptuar).
preferences-alert-address-off = Njoftimet me email nuk janë vendosur ende në këtë faqe.
error-alert-address-invalid = Kjo nuk është adresë email-i. Të lutem kontrolloje.
error-alert-test-too-soon = Një mesazh provë u dërgua më pak se një minutë më parë. Të lutem prit një minutë.
error-alerts-nobody = Nuk ka kujt t'i dërgohet mesazhi provë: asnjë përgjegjës për mbrojtjen nuk ka adresë email-i dhe nuk ka webhook.
event-alert-test = Dërgoi një njoftim provë për mbrojtjen
event-alert-address = Ndryshoi email-in për njoftimet

## Own roles
error-own-roles = Nuk mund t'i ndryshosh vetë rolet e tua. Kërkoji një administratori tjetër.
event-own-roles-refused = U përpoq të ndryshonte vetë rolet e veta (u refuzua)
## Path to publication
item-claim-and-read = Merre këtë dhe lexoje
item-claim-renew =
    { $minutes ->
        [one] Mbaje edhe { $minutes } minutë
       *[other] Mbaje edhe { $minutes } minuta
    }
item-claim-to-change-intro = Për të dërguar një version tjetër, merre fillimisht këtë. Po-ja e personit mbetet derisa të përgjigjet për versionin e ri.
item-publish-heading = Gati për publikim
item-publish-check = Kontrollo dhe publiko
item-survivor-themes = Temat që zgjodhi personi:
known-heading = Çfarë di Voices:
known-consent-publish = Personi zgjodhi: publikoni fjalët e mia pas ndryshimeve që i pranoj.
known-consent-themes-only = Personi zgjodhi: përdorni fjalët e mia vetëm në tema anonime.
known-consent-team-only = Personi zgjodhi: vetëm ekipi i lexon fjalët e mia.
known-approved-on = Personi tha po për pikërisht këto fjalë më { $day }.
known-not-approved = Personi ende nuk ka thënë po për një version të redaktuar.
publish-title = Publiko { $id }
publish-intro = Kontrollo fjalët dhe ku do të shfaqen. Asgjë nuk publikohet pa shtypur butonin në fund.
publish-where-heading = Ku do të shfaqen
publish-where = Në faqen publike të historive në { $language }, ku mund t'i lexojë kushdo:
publish-warnings = Me këto paralajmërime për përmbajtjen sipër tyre:
publish-no-warnings = Pa asnjë paralajmërim për përmbajtjen sipër tyre.
publish-themes = Të renditura nën këto tema:
publish-words-heading = Fjalët e sakta
publish-confirmed = Të konfirmuara tashmë:
publish-checklist-legend = Konfirmo para publikimit
publish-second-person = { $name } kërkoi ta publikojë. Ti je personi i dytë.
publish-first-of-two = Me rregullin e dy personave, një koleg e publikon pas teje.
publish-confirm = Publiko këto fjalë
publish-confirm-first = Kërko nga një person i dytë ta publikojë
publish-back = Kthehu te çështja

## Bulk actions and reopening
queue-bulk-confirm-title = Kontrollo para se të vazhdosh
queue-bulk-will-decline =
    { $count ->
        [one] Kjo çështje nuk do të publikohet, me arsyen “{ $reason }”:
       *[other] Këto { $count } çështje nuk do të publikohen, me arsyen “{ $reason }”:
    }
queue-bulk-decline-effects =
    { $days ->
        [one] Personi sheh mesazhin e butë për këtë arsye në faqen e kodit. Fjalët shkatërrohen pas { $days } dite. Deri atëherë, përgjegjësi për mbrojtjen mund ta kthejë një çështje.
       *[other] Personi sheh mesazhin e butë për këtë arsye në faqen e kodit. Fjalët shkatërrohen pas { $days } ditësh. Deri atëherë, përgjegjësi për mbrojtjen mund ta kthejë një çështje.
    }
queue-bulk-will-release =
    { $count ->
        [one] Do ta kthesh këtë çështje:
       *[other] Do t'i kthesh këto { $count } çështje:
    }
queue-bulk-left-out =
    { $count ->
        [one] Kjo çështje lihet jashtë:
       *[other] Këto { $count } çështje lihen jashtë:
    }
queue-bulk-why-safeguarding = ka një shqetësim për mbrojtjen. Hape dhe vendos vetë.
queue-bulk-why-unread = askush nuk e ka lexuar ende.
queue-bulk-why-not-now = e ka dikush tjetër, ose nuk mund të ndryshohet tani.
queue-bulk-nothing = Asgjë nuk do të ndryshojë.
queue-bulk-confirm-decline =
    { $count ->
        [one] Mos e publiko këtë çështje
       *[other] Mos i publiko këto { $count } çështje
    }
queue-bulk-confirm-release =
    { $count ->
        [one] Ktheje këtë çështje
       *[other] Ktheji këto { $count } çështje
    }
queue-bulk-cancel = Kthehu te radha
queue-item-link = Çështja { $id }
item-reopen-intro = U refuzua gabimisht? Sa kohë fjalët ruhen ende, mund ta kthesh në radhë.
item-reopen = Ktheje në radhë
done-reopen = Çështja është sërish në radhë.
event-reopen = U kthye në radhë

## Safeguarding list and content warnings
item-warnings-suggested = Paralajmërime të sugjeruara për përmbajtjen (nga temat):

## Dates
date-day = { $day } { $month } { $year }
date-time = { $date }, { $time } { $zone }
month-1 = jan
month-2 = shk
month-3 = mar
month-4 = pri
month-5 = maj
month-6 = qer
month-7 = korr
month-8 = gush
month-9 = sht
month-10 = tet
month-11 = nën
month-12 = dhj

## Queue on small screens, practitioners, invitations, wellbeing
queue-col-item = Çështja
nav-read-digests = Lexo përmbledhjet
dashboard-practitioner-intro = Përmbledhjet sipas temave tregojnë çfarë i thanë të rinjtë Voices, me numra anonimë dhe citate që ata pranuan t'i ndajnë.
dashboard-police-not-stated = Faqet për të mbijetuarit nuk mund të thonë ende kur do të ndanit informacion me policinë ose imigracionin: u thonë të rinjve t'ju pyesin më parë. Vendosni organisation.police_and_immigration te voices.toml.
wellbeing-limit-reached =
    { $cap ->
        [one] Sot ke lexuar { $cap } çështje, kufiri yt ditor. Deri nesër nuk të ofrohet asnjë çështje e re. Mund t'u përgjigjesh ende çështjeve që lexove sot. Kujdesu për veten.
       *[other] Sot ke lexuar { $cap } çështje, kufiri yt ditor. Deri nesër nuk të ofrohet asnjë çështje e re. Mund t'u përgjigjesh ende çështjeve që lexove sot. Kujdesu për veten.
    }
wellbeing-not-offered = Kjo çështje nuk të ofrohet sot, sepse ke arritur kufirin ditor. Mund ta marrë një koleg.

## Path to publication: changing an approved item
item-claim-to-change = Merre për të dërguar një version tjetër
## Waiting too long
item-level-why = Fjalët që e sugjerojnë:
queue-waiting-heading = Po pret shumë gjatë
queue-waiting-hint = Askush nuk i ka hapur ende këto, dhe kanë ardhur para disa kohësh. Hapini të parat, çfarëdo niveli të kenë.
queue-waiting-item =
    { $days ->
        [one] Artikulli { $id }, pret prej { $days } dite
       *[other] Artikulli { $id }, pret prej { $days } ditësh
    }
## Digest protection with ranges
digest-not-shown = nuk tregohet
digest-not-shown-why = Një numër që “nuk tregohet” është fshehur për të mbrojtur njerëzit: ata që janë në të, ose në numra të tjerë që ai mund të ndihmojë t'i gjejë. Nuk tregon asgjë për sa i madh është numri.
digest-protection-ranges = Numrat nën 10, dhe zerot, nuk tregohen. Numrat e tjerë rrumbullakohen te shumëfishi më i afërt i 5. Disa numra më të mëdhenj gjithashtu nuk tregohen, që asnjë numër i fshehur të mos mund të llogaritet, ose të afrohet, nga të tjerët. Përqindjet tregohen vetëm kur janë përgjigjur të paktën 20 veta. Citimet vijnë vetëm nga njerëz që e lejuan, me fjalë që i miratuan, tre në një herë, dhe vetëm nën temat dhe gjuhët numrat e të cilave tregohen.
digest-themes-chart-desc-shown = Një shirit për çdo temë me numër të treguar. Temat numri i të cilave nuk tregohet nuk kanë shirit. Tabela më poshtë ka të njëjtët numra.
digest-empty = Askush nuk ndau asgjë në këtë periudhë.

## Digest rebuild
digests-admin-check-heading = Përmbledhjet e publikuara, të ndërtuara përsëri
digests-admin-check-help = Ndërto përsëri çdo përmbledhje të publikuar me të dhënat e sotme, për të parë nëse ndonjë del ndryshe. Asgjë që është publikuar nuk ndryshon.
digests-admin-check = Kontrollo përmbledhjet e publikuara
digests-admin-check-same = Çdo përmbledhje e publikuar del njësoj kur ndërtohet përsëri.
digests-admin-check-differs = Këto përmbledhje dalin ndryshe kur ndërtohen përsëri sot: { $periods }. Ato mbeten siç u publikuan, kështu që numrat e tyre nuk ndryshojnë. Regjistri i auditimit shënon çdo ndryshim.
## Queue pages by position
error-queue-link-invalid = Lidhja e kësaj faqeje nuk punon më. Fillo përsëri nga faqja e parë e radhës.
## node chains
event-node-chain-started = Një server nisi regjistrin e vet të kontrollit
