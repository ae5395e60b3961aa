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
landing-no-name = Nu trebuie să îți spui numele. Nu te întrebăm niciodată cine ești.
landing-leave-quickly = Dacă trebuie să pleci repede, apasă "Ieși de pe site" în partea de sus a paginii.

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
error-passphrase-too-long = Fraza de acces este prea lungă. Folosește cel mult 1024 de caractere.
error-passphrase-mismatch = Cele două fraze de acces nu sunt la fel.
error-wrong-admin-credentials = Numele de administrator sau fraza de acces nu este corectă.
error-first-staff-must-be-admin = Primul cont trebuie să fie de administrator.
error-no-setup-pending = Nu există nicio configurare în așteptare.
error-last-admin = Acesta este ultimul administrator. Adaugă mai întâi alt administrator.
error-unknown-staff = Nu există nicio persoană din personal cu acest nume.
error-storage-unavailable = Acum nu putem salva sau citi. Nimic din ce ai trimis nu s-a pierdut. Te rugăm să încerci din nou peste câteva minute.
error-internal = Ceva nu a mers bine la noi. Te rugăm să încerci din nou.
error-bad-request = Nu am înțeles ce s-a trimis. Te rugăm să încerci din nou.
error-payload-too-large = Ce ai trimis este prea lung. Te rugăm să scurtezi.
error-unprocessable = O parte din ce s-a trimis nu este corectă. Te rugăm să verifici și să încerci din nou.
