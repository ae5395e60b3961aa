# Voices — ትግርኛ (Tigrinya). DRAFT: needs review by a native speaker.
# Source: locales/en/main.ftl. Keep { $name } etc. exactly as they are.
# Plural (polite, gender-neutral) imperative forms are used for the reader.

## Every page
page-title = Voices
site-name = Voices
skip-to-content = ናብ ቀንዲ ትሕዝቶ ሕለፉ
quick-exit = ካብዚ መርበብ ውጹ
language-switcher = ቋንቋኹም ምረጹ

## Start page
landing-heading = ድምጽኹም ኣገዳሲ እዩ
landing-intro = Voices ዛንታኹም እተካፍሉሉ፡ ወይ ብዛዕባ ክሕግዘኩም ዝነበሮ ኣገልግሎት እትነግሩና ውሑስ ቦታ እዩ።
landing-no-name = ስምኩም ክትህቡ ኣየድልየኩምን እዩ። መን ምዃንኩም ፈጺምና ኣይንሓትትን ኢና።
landing-leave-quickly = ቀልጢፍኩም ክትወጹ እንተ ደሊኹም፡ ኣብ ላዕሊ ናይቲ ገጽ "ካብዚ መርበብ ውጹ" ዝብል ጠውቑ።

## Staff area
staff-login-title = ምእታው ሰራሕተኛታት
staff-name = ስም
staff-passphrase = መሕለፊ ሓረግ
staff-sign-in = እተዉ
staff-sign-out = ውጹ
staff-signed-in-as = ከም { $name } ({ $role }) ኣቲኹም ኣለኹም
staff-role = ግደ
staff-role-admin = ኣመሓዳሪ
staff-role-moderator = ተቖጻጻሪ
staff-role-safeguarding-lead = ሓላፊ ሓለዋ
staff-role-practitioner = ሰራሕተኛ ደገፍ
staff-status = ኩነታት
staff-status-active = ንጡፍ
staff-status-disabled = ዘይንጡፍ
staff-dashboard-title = ክፍሊ ሰራሕተኛታት
staff-dashboard-intro = ኣቲኹም ኣለኹም። ን30 ደቓይቕ ዋላ ሓንቲ እንተ ዘይገበርኩም፡ ብኣውቶማቲክ ክትወጹ ኢኹም።
staff-list-heading = ሰራሕተኛታት
staff-add-hint = ሰራሕተኛታት ንምውሳኽ ወይ ንምዕጻው፡ ኣብ ሰርቨር ትእዛዝ voices staff ተጠቐሙ።

## First admin
setup-title = ቀዳማይ ኣመሓዳሪ ፍጠሩ
setup-intro = እዚ ሊንክ ሓንሳብ ጥራይ እዩ ዝሰርሕ። ኣብዚ እትፈጥርዎ ሕሳብ ካልኦት ሰራሕተኛታት ክውስኽ ይኽእል።
setup-passphrase-hint = እንተ ወሓደ 12 ፊደላት ተጠቐሙ። ዘይተተሓሓዙ ቁሩብ ቃላት ሓያላትን ንምዝካር ቀለልትን እዮም።
setup-passphrase-confirm = መሕለፊ ሓረግ ደጊምኩም ጽሓፉ
setup-submit = ሕሳብ ኣመሓዳሪ ፍጠሩ
setup-done-title = ሕሳብ ኣመሓዳሪ ድሉው እዩ
setup-done = ሕጂ ክትኣትዉ ትኽእሉ ኢኹም። እዚ ናይ ምድላው ሊንክ ደጊሙ ኣይክሰርሕን እዩ።

## Forms
form-error-summary = በጃኹም እዚ ተመልከቱ:
error-name-required = በጃኹም ስም ጽሓፉ።
error-passphrase-required = በጃኹም መሕለፊ ሓረግ ጽሓፉ።
error-confirm-required = በጃኹም መሕለፊ ሓረግ ደጊምኩም ጽሓፉ።
error-field-required = በጃኹም እዚ ምልኡ።

## Errors
error-title = ገለ ጸገም ኣጋጢሙ
error-not-found-title = ነዚ ገጽ ክንረኽቦ ኣይከኣልናን
error-rate-limited-title = በጃኹም ቁሩብ ተጸበዩ
error-back-home = ናብ መጀመርታ ገጽ ኪዱ
error-not-found = እቲ ገጽ ቦታ ቀይሩ ክኸውን ይኽእል፡ ወይ እቲ ሊንክ ጌጋ ክኸውን ይኽእል።
error-rate-limited =
    { $minutes ->
        [one] ብዙሕ ፈተነታት ተገይሩ። በጃኹም { $minutes } ደቒቕ ተጸበዩ፡ ድሕሪኡ ደጊምኩም ፈትኑ።
       *[other] ብዙሕ ፈተነታት ተገይሩ። በጃኹም { $minutes } ደቓይቕ ተጸበዩ፡ ድሕሪኡ ደጊምኩም ፈትኑ።
    }
error-sign-in-failed = እቲ ስም ወይ መሕለፊ ሓረግ ቅኑዕ ኣይኮነን።
error-not-signed-in = በጃኹም መጀመርታ እተዉ።
error-forbidden = ሕሳብኩም ነዚ ክገብር ኣይፍቀደሉን እዩ።
error-csrf-mismatch = እዚ ፎርም ንነዊሕ እዋን ክፉት ጸኒሑ። በጃኹም ደጊምኩም ፈትኑ።
error-name-taken = ካልእ ሰብ እዚ ስም ኣለዎ። በጃኹም ካልእ ምረጹ።
error-name-empty = በጃኹም ስም ጽሓፉ።
error-name-too-long = ስም ክሳብ 64 ፊደላት ክህልዎ ይኽእል።
error-name-invalid = ስም ሕቡኣት ናይ ቁጽጽር ምልክታት ክህልዎ ኣይክእልን።
error-weak-passphrase = መሕለፊ ሓረግ ኣዝዩ ሓጺር ወይ ኣዝዩ ቀሊል እዩ። እንተ ወሓደ 12 ፊደላት ተጠቐሙ።
error-passphrase-too-long = መሕለፊ ሓረግ ኣዝዩ ነዊሕ እዩ። ክሳብ 1024 ፊደላት ተጠቐሙ።
error-passphrase-mismatch = እቶም ክልተ መሕለፊ ሓረጋት ሓደ ኣይኮኑን።
error-wrong-admin-credentials = ስም ኣመሓዳሪ ወይ መሕለፊ ሓረግ ቅኑዕ ኣይኮነን።
error-first-staff-must-be-admin = እቲ ቀዳማይ ሕሳብ ናይ ኣመሓዳሪ ክኸውን ኣለዎ።
error-no-setup-pending = ዝጽበ ምድላው የለን።
error-last-admin = እዚ ናይ መወዳእታ ኣመሓዳሪ እዩ። መጀመርታ ካልእ ኣመሓዳሪ ወስኹ።
error-unknown-staff = በዚ ስም ዝፍለጥ ሰራሕተኛ የለን።
error-storage-unavailable = ሕጂ ክንዕቅብ ወይ ከነንብብ ኣይንኽእልን ኢና። ካብቲ ዝለኣኽኩምዎ ዋላ ሓደ ኣይጠፍአን። በጃኹም ድሕሪ ቁሩብ ደቓይቕ ደጊምኩም ፈትኑ።
error-internal = ካብ ወገንና ገለ ጸገም ኣጋጢሙ። በጃኹም ደጊምኩም ፈትኑ።
error-bad-request = ዝተላእከ ክንርድኦ ኣይከኣልናን። በጃኹም ደጊምኩም ፈትኑ።
error-payload-too-large = ዝለኣኽኩምዎ ኣዝዩ ነዊሕ እዩ። በጃኹም ኣሕጽርዎ።
error-unprocessable = ገለ ካብቲ ዝተላእከ ቅኑዕ ኣይኮነን። በጃኹም ተመልከቱ እሞ ደጊምኩም ፈትኑ።
