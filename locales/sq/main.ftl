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
landing-no-name = Nuk ke nevojë të japësh emrin. Ne nuk të pyesim kurrë se kush je.
landing-leave-quickly = Nëse duhet të largohesh shpejt, shtyp "Dil nga faqja" në krye të faqes.

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
error-passphrase-too-long = Fraza e kalimit është shumë e gjatë. Përdor deri në 1024 shenja.
error-passphrase-mismatch = Dy frazat e kalimit nuk janë njësoj.
error-wrong-admin-credentials = Emri i administratorit ose fraza e kalimit nuk është e saktë.
error-first-staff-must-be-admin = Llogaria e parë duhet të jetë administrator.
error-no-setup-pending = Nuk ka asnjë konfigurim në pritje.
error-last-admin = Ky është administratori i fundit. Shto më parë një administrator tjetër.
error-unknown-staff = Nuk ka asnjë anëtar stafi me këtë emër.
error-storage-unavailable = Nuk mund të ruajmë ose të lexojmë tani. Asgjë nga ato që dërgove nuk ka humbur. Të lutem provo sërish pas disa minutash.
error-internal = Diçka shkoi keq nga ana jonë. Të lutem provo sërish.
error-bad-request = Nuk e kuptuam atë që u dërgua. Të lutem provo sërish.
error-payload-too-large = Ajo që dërgove është shumë e gjatë. Të lutem bëje më të shkurtër.
error-unprocessable = Një pjesë e asaj që u dërgua nuk është e saktë. Të lutem kontrollo dhe provo sërish.
