# Voices — Shqip (Albanian). DRAFT: needs review by a native speaker.
# Source: locales/en/main.ftl. Keep { $name } etc. exactly as they are.

## Every page
page-title = Voices
site-name = Voices
skip-to-content = Kalo te përmbajtja kryesore
quick-exit = Dil nga faqja
language-switcher = Zgjidh gjuhën tënde

## Start page
landing-heading = Zëri yt ka rëndësi
landing-intro = Voices është një vend i sigurt për të treguar historinë tënde, ose për të na treguar për një shërbim që duhej të të ndihmonte.
landing-share-story = Trego historinë tënde
landing-give-feedback = Na trego për një shërbim
landing-what-happens-heading = Çfarë ndodh me fjalët e tua
landing-no-name = Nuk ke nevojë të japësh emrin. Ne nuk të pyesim kurrë se kush je.
landing-encrypted = Fjalët e tua kyçen (enkriptohen) sapo i dërgon.
landing-who-reads = I lexon vetëm një ekip i vogël dhe i trajnuar. Ata heqin emrat, vendet dhe shkollat para se të ndahet diçka.
landing-you-decide = Ti vendos çfarë ndodh me fjalët e tua. Mund të ndryshosh mendje ose t'i fshish më vonë.
landing-about-link = Më shumë për atë se kush i lexon fjalët e tua dhe sa kohë i mbajmë
landing-leave-heading = Të largohesh shpejt
landing-leave-quickly = Nëse duhet të largohesh shpejt, shtyp "Dil nga faqja" në krye të faqes.
landing-safety-link = Si të mbrohesh në internet
landing-come-back-heading = Të kthehesh përsëri
landing-come-back = Pasi të ndash, merr një kod. Me të mund të kthehesh për të lexuar përgjigjet, për të ndryshuar zgjedhjet, ose për të fshirë fjalët e tua.

## Help now
help-now-heading = Merr ndihmë tani
help-now-intro = Këto shërbime janë falas dhe nuk ke pse të japësh emrin.

## Sharing
share-no-name = Nëse nuk do, të lutem mos shkruaj emrin tënd, as emrin e dikujt tjetër.
share-we-remove-details = Para se të ndajmë diçka, heqim emrat, vendet dhe shkollat. Nuk e ndryshojmë kurrë atë që do të thuash.
share-text-limit = Mund të shkruash deri në { $limit } shenja.
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
consent-quotes-yes = Po
consent-quotes-no = Jo
consent-use-missing = Të lutem zgjidh çfarë mund të bëjmë me fjalët e tua.
consent-quotes-missing = Të lutem thuaj po ose jo.
consent-now-publish = Tani: mund t'i publikojmë fjalët e tua, pasi të thuash po për versionin e redaktuar.
consent-now-themes-only = Tani: i përdorim fjalët e tua vetëm për të numëruar çfarë na tregojnë të rinjtë.
consent-now-team-only = Tani: vetëm ekipi mund t'i lexojë fjalët e tua.

## Service feedback
feedback-heading = Na trego për një shërbim
feedback-service-legend = Për cilin shërbim bëhet fjalë?
feedback-service-missing = Të lutem zgjidh një shërbim.
service-police = Policia
service-social-care = Shërbimet sociale për fëmijët (punonjësit socialë)
service-placement = Familje kujdestare ose shtëpi për fëmijë
service-guardian = Kujdestar i pavarur
service-referral = Procesi i referimit (të njihesh si viktimë)
service-health = Shëndeti ose shëndeti mendor
service-school = Shkolla ose kolegji
service-legal-advice = Këshilla ligjore (një avokat)
service-immigration = Imigracioni ose Ministria e Brendshme (Home Office)
service-youth-justice = Drejtësia për të miturit ose gjykata
service-charity = Një organizatë bamirëse
service-interpreter = Një përkthyes
service-other = Diçka tjetër
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
feedback-questions-heading = Pesë pyetje
feedback-questions-hint = Përgjigju atyre që do. Mund të kalosh cilëndo.
question-listened = A të dëgjuan?
question-believed = A të besuan?
question-kept-informed = A të treguan çfarë po ndodhte?
question-felt-safe = A u ndjeve në siguri?
question-own-language = A mund të përdorje gjuhën tënde?
answer-1 = Aspak
answer-2 = Pak
answer-3 = Ndonjëherë
answer-4 = Shumicën e kohës
answer-5 = Po, plotësisht
answer-prefer-not-to-say = Preferoj të mos e them
feedback-text-label = Diçka tjetër që do të na tregosh? (mund ta kalosh këtë)
feedback-text-hint = Shkruaj në çdo gjuhë.
feedback-age-legend = Sa vjeç je? (mund ta kalosh këtë)
feedback-age-hint = Nuk të pyesim kurrë për datëlindjen.
age-band-under-16 = Nën 16
age-band-16-17 = 16 ose 17
age-band-18-21 = Nga 18 deri në 21
age-band-22-25 = Nga 22 deri në 25

## Receipt
receipt-created-heading = Faleminderit. Fjalët e tua na erdhën.
receipt-created-intro = Ky është kodi yt:
receipt-created-why = Ruaje mirë këtë kod: është mënyra e vetme për t'u kthyer te fjalët e tua, dhe nuk mund të ta tregojmë përsëri.
receipt-created-keep = Shkruaje ose bëji një foto, dhe mbaje diku ku mund ta shohësh vetëm ti. Kushdo që ka kodin mund t'i lexojë fjalët e tua.
receipt-created-print = Mund ta printosh edhe këtë faqe.
receipt-print-button = Printo këtë faqe
receipt-created-next = Një person i trajnuar do t'i lexojë fjalët e tua së shpejti. Kthehu me kodin tënd për të parë çfarë po ndodh.
receipt-lookup-link = Kthehu me kodin tënd
receipt-heading = Kthehu me kodin tënd
receipt-intro = Shkruaj kodin që more kur ndave. Mund të përdorësh shkronja të vogla ose të mëdha, me ose pa viza.
receipt-code-label = Kodi yt
receipt-code-hint = Duket kështu: 7KQ2-M9XD-4HFA-R3TC
receipt-open = Hap
receipt-code-invalid = Një kod ka 16 shkronja dhe numra. Të lutem kontrolloje dhe provo sërish.
receipt-code-not-found = Nuk e gjetëm këtë kod. Të lutem kontrolloje dhe provo sërish.
receipt-view-heading = Fjalët e tua
receipt-status-heading = Çfarë po ndodh tani
receipt-your-words = Çfarë shkrove
receipt-consent-heading = Zgjedhjet e tua
receipt-consent-save = Ruaj zgjedhjet e mia
receipt-consent-saved = Zgjedhjet e tua u ruajtën.
status-received = Fjalët e tua na erdhën. Askush nuk i ka lexuar ende.
status-in-review = Një person i trajnuar po i lexon fjalët e tua tani.
status-awaiting-survivor = Kemi një pyetje ose një version të redaktuar për ty. Të lutem lexoje më poshtë.
status-approved = Fjalët e tua janë gati për t'u publikuar, siç ke pranuar.
status-published = Fjalët e tua janë publikuar në këtë faqe, siç ke pranuar.
status-themes-only = Fjalët e tua përdoren për të numëruar çfarë na tregojnë të rinjtë. Nuk publikohen.
status-team-only = Vetëm ekipi i lexon fjalët e tua. Nuk publikohen.
status-declined = Këtë herë nuk mundëm t'i publikojmë fjalët e tua. Të lutem lexo mesazhin tonë më poshtë.
status-withdrawn = I fshive fjalët e tua. Ato nuk janë më.
withdraw-heading = Fshi gjithçka
withdraw-intro = Mund t'i fshish fjalët e tua në çdo kohë. Kjo nuk mund të kthehet pas.
withdraw-start = Fshi fjalët e mia
withdraw-confirm-heading = A e do vërtet këtë?
withdraw-confirm-intro = Nëse i fshin fjalët e tua, ato zhduken përgjithmonë. Askush nuk mund t'i lexojë më, as ti, as ne.
withdraw-confirm-permanent = Kjo nuk mund të kthehet pas.
withdraw-confirm-button = Po, fshi fjalët e mia
withdraw-cancel = Jo, kthehu pas
withdrawn-heading = Fjalët e tua u fshinë
withdrawn-done = Fjalët e tua nuk janë më. Askush nuk mund t'i lexojë tani.
withdrawn-code-still-works = Nëse e përdor sërish kodin, do të shohësh vetëm që fjalët e tua u fshinë.

## Staying safe
safety-heading = Siguria në internet
safety-leave-heading = Largohu shpejt
safety-leave-button = Shtyp "Dil nga faqja" në krye të çdo faqeje. Hapet një faqe interneti për motin.
safety-leave-keys = Në kompjuter, mund të shtypësh edhe tastin Shift tri herë shpejt.
safety-private-heading = Përdor shfletimin privat
safety-private-what = Në një dritare private, telefoni ose kompjuteri yt nuk i mban faqet që viziton.
safety-private-how = Në shumicën e shfletuesve, hap menunë dhe zgjidh "Dritare e Re Private" ose "Skedë e re e fshehtë".
safety-history-heading = Fshi historikun
safety-history-what = Nëse nuk përdore dritare private, dikush mund ta shohë këtë faqe në historikun tënd.
safety-history-how = Hap cilësimet e shfletuesit, gjej "Historiku", dhe fshi faqet e kësaj faqeje interneti.
safety-shared-heading = Nëse dikush ta kontrollon telefonin
safety-shared-phone = Kjo faqe nuk dërgon email ose mesazhe, dhe nuk ruan asgjë në telefonin tënd.
safety-shared-code = Mbaje kodin diku ku mund ta shohësh vetëm ti. Kushdo që ka kodin mund t'i lexojë fjalët e tua.

## About
about-heading = Rreth Voices
about-what-heading = Çfarë është Voices
about-what = Voices drejtohet nga njerëz që punojnë me të rinj që kanë mbijetuar shfrytëzimin. Duam që shërbimet të dëgjojnë, të besojnë dhe të bëjnë më mirë.
about-who-heading = Kush i lexon fjalët e tua
about-who = Vetëm një ekip i vogël dhe i trajnuar lexon atë që dërgon. Ata ndjekin rregulla të qarta për të të mbrojtur dhe i trajtojnë fjalët e tua me respekt.
about-who-not = Askush tjetër nuk mund t'i lexojë fjalët e tua: as njerëzit që kujdesen për kompjuterët, as shërbimet për të cilat shkruan.
about-happens-heading = Çfarë ndodh me fjalët e tua
about-happens-review = Një person i trajnuar i lexon fjalët e tua. Heq emrat, vendet dhe shkollat. Nuk e ndryshon kurrë atë që do të thuash.
about-happens-choices = Asgjë nuk ndahet nëse nuk ke thënë po. Nëse fjalët e tua do të ndahen, së pari sheh versionin e redaktuar dhe vendos.
about-happens-themes = Numërojmë çfarë na tregojnë shumë të rinj, për t'u treguar shërbimeve çfarë duhet të ndryshojë. Këta numra nuk tregojnë kurrë se kush është dikush.
about-kept-heading = Sa kohë i mbajmë fjalët e tua
about-kept = I mbajmë fjalët e tua sa kohë që ekipi punon me to, dhe fshijmë ato që nuk përdoren pas një kohe të caktuar.
about-kept-withdraw = Mund t'i fshish vetë fjalët e tua në çdo kohë me kodin tënd. Kur e bën, ato zhduken menjëherë.
about-safe-heading = Si i mbajmë të sigurta fjalët e tua
about-safe-encrypted = Fjalët e tua kyçen (enkriptohen) sapo arrijnë. Vetëm ekipi, ose ti me kodin tënd, mund t'i hapë.
about-safe-no-trace = Nuk e mbajmë adresën tënde IP dhe nuk përdorim cookies në këto faqe.

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
staff-add-hint = Për të shtuar ose çaktivizuar staf, përdor komandën voices staff në server.

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
