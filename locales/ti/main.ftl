# Voices — ትግርኛ (Tigrinya). DRAFT: needs review by a native speaker.
# Source: locales/en/main.ftl. Keep { $name } etc. exactly as they are.
# Plural (polite, gender-neutral) imperative forms are used for the reader.

## Every page
page-title = Voices
site-name = Voices
skip-to-content = ናብ ቀንዲ ትሕዝቶ ሕለፉ
quick-exit = ካብዚ መርበብ ውጹ
language-switcher = ቋንቋኹም ምረጹ
danger-now = ሕጂ ኣብ ሓደጋ ዶ ኣለኹም? ናብ 999 ደውሉ
footer-run-by = ነዚ መርበብ ዘካይዶ { $organisation } እዩ።
footer-privacy = ምልክታ ብሕትውና
not-emergency = Voices መን ምዃንኩም ኣይፈልጥን። ስለዚ ክንሕግዘኩም ናባኹም ክንመጽእ ኣይንኽእልን፣ ቀልጢፍና ክንምልሰልኩም እውን ኣይንኽእልን። ሕጂ ኣብ ሓደጋ እንተ ሃሊኹም፣ ናብ 999 ደውሉ።
resource-call = ደውሉ
resource-text = SMS ስደዱ

## Start page
landing-heading = ድምጽኹም ኣገዳሲ እዩ
landing-intro = Voices ዛንታኻ እተካፍለሉ፣ ወይ ብዛዕባ ክሕግዘካ ዝነበሮ ኣገልግሎት እትነግረና ቦታ እዩ።
landing-for-everyone = Voices ንኹሎም ኣብ ብሪጣንያ (UK) ዘለዉ መንእሰያት እዩ፣ ኣበይ ከም ዝተወለድኩም ብዘየገድስ።
landing-share-story = ዛንታኹም ኣካፍሉ
landing-give-feedback = ብዛዕባ ሓደ ኣገልግሎት ንገሩና
landing-what-happens-heading = ቃላትኩም እንታይ ይኾኑ
landing-no-name = ስምኩም ክትህቡ ኣየድልየኩምን እዩ። መን ምዃንኩም ፈጺምና ኣይንሓትትን ኢና።
landing-encrypted = ቃላትኩም ምስ ለኣኽኩምዎም ብኡንብኡ ይሽጎሩ (encrypted)።
landing-who-reads = ንእሽቶን ዝሰልጠነን ጉጅለ ጥራይ እዩ ዘንብቦ። ቅድሚ ዝኾነ ነገር ምክፋሉ፣ መን ምዃንካ ከርኢ ዝኽእል ከም ኣስማት፣ ቁጽሪ ተሌፎን፣ ኣድራሻን ኣብያተ ትምህርትን የውጽኡ። ኣስማት ከተማታት መብዛሕትኡ ግዜ ይተርፉ። ቃላትካ እንተ ተዘርጊሑ፣ ነቲ ዝተኣረመ ቅድም ትርእዮ።
landing-you-decide = ቃላትኩም እንታይ ከም ዝኾኑ ንስኹም ትውስኑ። ደሓር ሓሳብኩም ክትቅይሩ ወይ ክትድምስስዎም ትኽእሉ ኢኹም።
landing-about-link = መን ቃላትኩም ከም ዘንብብን ክንደይ ግዜ ከም እንሕዞምን ዝያዳ ፍለጡ
landing-leave-heading = ቀልጢፍኩም ምውጻእ
landing-leave-quickly = ቀልጢፍኩም ክትወጹ እንተ ደሊኹም፣ ኣብ ላዕሊ ናይቲ ገጽ "ካብዚ መርበብ ውጹ" ዝብል ጠውቑ።
landing-safety-link = ኣብ ኢንተርነት ብኸመይ ውሑሳት ክትኮኑ ከም እትኽእሉ
landing-come-back-heading = ምምላስ
landing-come-back = ምስ ኣካፈልኩም ኮድ ትረኽቡ። ብእኡ ተመሊስኩም መልስታት ከተንብቡ፣ ምርጫታትኩም ክትቅይሩ፣ ወይ ቃላትኩም ክትድምስሱ ትኽእሉ ኢኹም።

## Help now
help-now-heading = ሕጂ ሓገዝ ርኸቡ
help-now-intro = እዞም ኣገልግሎታት ብነጻ እዮም፣ ስምኩም ክትህቡ ድማ ኣየድልየኩምን።

## Sharing
share-no-name = እንተ ዘይደሊኹም፣ በጃኹም ስምኩም ወይ ስም ዝኾነ ሰብ ኣይትጽሓፉ።
share-we-remove-details = ቅድሚ ዝኾነ ነገር ምክፋሉ፣ መን ምዃንካ ከርኢ ዝኽእል ከም ኣስማት፣ ቁጽሪ ተሌፎን፣ ኣድራሻን ኣብያተ ትምህርትን ነውጽእ። ኣስማት ከተማታት መብዛሕትኡ ግዜ ይተርፉ። ዝደለኻዮ ትርጉም ፈጺምና ኣይንቕይሮን።
share-quick-exit-warning = "ካብዚ መርበብ ውጹ" እንተ ጠዊቕኩም፣ ኣብዚ ዝጸሓፍኩምዎ ይጠፍእ።
share-text-limit =
    { $limit ->
        [one] ክሳብ { $limit } ፊደል ክትጽሕፉ ትኽእሉ ኢኹም።
       *[other] ክሳብ { $limit } ፊደላት ክትጽሕፉ ትኽእሉ ኢኹም።
    }
share-text-counter = ዝተረፉ ፊደላት:
share-submit = ለኣኹ
share-honeypot-label = በጃኹም እዚ ሳጹን ባዶ ግደፍዎ
share-copy-your-words = እዚኦም ቃላትኩም እዮም፣ ቀዲሕኩም ኣብ ውሑስ ቦታ ክትሕዝዎም
share-text-missing = በጃኹም ቅድሚ ምልኣኽኩም ገለ ጽሓፉ።
share-text-too-long = እዚ ኣዝዩ ነዊሕ እዩ። በጃኹም ኣሕጽርዎ። ቃላትኩም ገና ኣብዚ ኣለዉ።
share-not-saved = ሕጂ ክንዕቅቦ ኣይከኣልናን። ቃላትኩም ገና ኣብዚ ኣለዉ። በጃኹም ድሕሪ ቁሩብ ደቓይቕ ደጊምኩም ፈትኑ።
share-honeypot-filled = በጃኹም እዚ ሳጹን ባዶ ግበርዎ፣ ድሕሪኡ ደጊምኩም ለኣኹ።
form-nothing-lost = ቃላትኩም ገና ኣብዚ ኣለዉ። ዋላ ሓደ ኣይጠፍአን።
form-invalid-choice = በጃኹም ካብቶም ምርጫታት ሓደ ምረጹ።

story-heading = ዛንታኹም ኣካፍሉ
story-text-label = ዛንታኹም
story-text-hint = ብዝኾነ ቋንቋ ጽሓፉ። ብዙሕ ወይ ውሑድ፣ ከም ድሌትኩም ጽሓፉ።
story-themes-legend = ዛንታኹም ብዛዕባ እንታይ እዩ? (ክትሓልፍዎ ትኽእሉ ኢኹም)
story-themes-hint = ዝሰማማዕ ምልክት ግበሩሉ። እዚ ክንርዳእ ይሕግዘና። ዋላ ሓደ ዘይምምልካት እውን ይከኣል።

## Consent
consent-heading = ምርጫታትኩም
consent-intro = ቃላትኩም እንታይ ከም ዝኾኑ ንስኹም ትውስኑ። ደሓር ብኮድኩም ክትቅይርዎ ትኽእሉ ኢኹም።
consent-use-legend = ብቃላትኩም እንታይ ክንገብር ንኽእል?
consent-use-publish = ነቲ ዝተኣረመ ጽሑፍ ምስ ተሰማማዕኩሉ፣ ቃላተይ ኣብዚ መርበብ ዘርግሕዎም
consent-use-themes-only = መንእሰያት ዝነግሩኹም ንምቑጻር ጥራይ ተጠቐሙሎም፣ ቃላተይ ከየርኣኹም
consent-use-team-only = እቲ ጉጅለ ጥራይ የንብቦም
consent-quotes-legend = ካብ ቃላትኩም ቁሩብ ሓጸርቲ ሓረጋት ኣብ ጸብጻባትና ክንጥቀም ንኽእል ዶ?
consent-quotes-hint = ስምኩም ወይ መን ምዃንኩም ዘርኢ ዝኾነ ነገር ፈጺምና ኣይንጥቀምን።
consent-use-publish-hint = ኣስማት እንተ ዘይሃለወ እውን፣ ዝፈልጠኩም ሰብ ዛንታኹም ከለልዮ ይኽእል እዩ።
consent-quotes-when = ቃላትኩም ኣብዚ መርበብ ክዝርጋሑ እንተ መሪጽኩም ጥራይ። ሓረጋት እንወስድ ካብቲ እወ ዝበልኩምሉ ዝተኣረመ ጽሑፍ ጥራይ እዩ።
consent-reports-readers = ጸብጻባትና ናብ ግብረ-ሰናይ ትካላት፣ ኣገልግሎታት ዘካይዱ ሰባትን ፖሊሲ ዝሰርሑ ሰባትን ይኸዱ። መን ምዃንኩም ፈጺሞም ኣየርእዩን።
consent-privacy-link = ምልክታ ብሕትውና ኣንብቡ
consent-kept =
    { $days ->
        [one] ቃላትኩም እንተ ዘይተጠቐምናሎም፣ ካብ ዝወሰንና ድሕሪ { $days } መዓልቲ ንድምስሶም። ብኮድኩም ኣብ ዝኾነ ግዜ ቃላትኩም ክትድምስስዎም ትኽእሉ ኢኹም። ግን ኣብ ዝወጸ ጸብጻብ ዘለዉ ቁጽርታት ወይ ሓረጋት ኣብቲ ጸብጻብ ይተርፉ።
       *[other] ቃላትኩም እንተ ዘይተጠቐምናሎም፣ ካብ ዝወሰንና ድሕሪ { $days } መዓልቲ ንድምስሶም። ብኮድኩም ኣብ ዝኾነ ግዜ ቃላትኩም ክትድምስስዎም ትኽእሉ ኢኹም። ግን ኣብ ዝወጸ ጸብጻብ ዘለዉ ቁጽርታት ወይ ሓረጋት ኣብቲ ጸብጻብ ይተርፉ።
    }
consent-quotes-yes = እወ
consent-quotes-no = ኣይፋል
consent-use-missing = በጃኹም ብቃላትኩም እንታይ ክንገብር ከም እንኽእል ምረጹ።
consent-quotes-missing = በጃኹም እወ ወይ ኣይፋል ምረጹ።
consent-now-publish = ሕጂ: ነቲ ዝተኣረመ ጽሑፍ ምስ ተሰማማዕኩምሉ፣ ቃላትኩም ከነዘርግሖም ንኽእል።
consent-now-themes-only = ሕጂ: ቃላትኩም መንእሰያት ዝነግሩና ንምቑጻር ጥራይ ንጥቀመሎም።
consent-now-team-only = ሕጂ: ቃላትኩም ዘንብቦም እቲ ጉጅለ ጥራይ እዩ።
consent-now-quotes = ቁሩብ ሓጸርቲ ሓረጋት ኣብ ጸብጻባትና ክንጥቀም እወ ኢልኩም ኢኹም።
police-not-stated = መን ምዃንካ ኣይንፈልጥን ኢና። እዚ ትካል እዚ መዓስ ሓበሬታ ንፖሊስ ወይ ንኢሚግሬሽን ከም ዝህብ ክሳብ ሕጂ ኣይገለጸን። ብዛዕባ ኩነታት ኢሚግሬሽንካ ቅድሚ ምጽሓፍካ ሕተቶም።
police-safeguarding-only = መን ምዃንኩም ኣይንፈልጥን። ቃላትኩም ፈጺምና ንኢሚግሬሽን ኣይንህብን። ንፖሊስ ወይ ንኣገልግሎታት ሓለዋ ቆልዑ እንሕብር፣ ሓደ ሰብ ሕጂ ኣብ ሓደጋ ከም ዘሎ እንተ ሓሲብና ጥራይ እዩ።
police-only-if-the-law-requires = መን ምዃንኩም ኣይንፈልጥን። ሕጊ እንተ ዘየገደደና፣ ቃላትኩም ንፖሊስ ወይ ንኢሚግሬሽን ኣይንህብን።

## Service feedback
feedback-heading = ብዛዕባ ሓደ ኣገልግሎት ንገሩና
feedback-service-legend = ብዛዕባ ኣየናይ ኣገልግሎት እዩ?
feedback-service-missing = በጃኹም ሓደ ኣገልግሎት ምረጹ።
feedback-region-label = እዚ ኣበይ ነይሩ? (ክትሓልፍዎ ትኽእሉ ኢኹም)
feedback-region-hint = ዓቢ ከባቢ ጥራይ፣ ከተማ ፈጺሙ ኣይንሓትትን።
feedback-region-none = ከባቢ ምረጹ
region-north-east = ሰሜን ምብራቕ እንግሊዝ (North East England)
region-north-west = ሰሜን ምዕራብ እንግሊዝ (North West England)
region-yorkshire = ዮርክሻየርን ሃምበርን (Yorkshire and the Humber)
region-east-midlands = ምብራቕ ሚድላንድስ (East Midlands)
region-west-midlands = ምዕራብ ሚድላንድስ (West Midlands)
region-east-of-england = ምብራቕ እንግሊዝ (East of England)
region-london = ለንደን
region-south-east = ደቡብ ምብራቕ እንግሊዝ (South East England)
region-south-west = ደቡብ ምዕራብ እንግሊዝ (South West England)
region-scotland = ስኮትላንድ
region-wales = ዌልስ
region-northern-ireland = ሰሜን ኣየርላንድ
region-prefer-not-to-say = ክነግር ኣይደልን
feedback-questions-heading = ብዛዕባ እቲ ኣገልግሎት ሕቶታት
feedback-questions-hint = ዝደለኹምዎም መልሱ። ዝኾነ ሕቶ ክትሓልፉ ትኽእሉ ኢኹም።
feedback-text-label = ክትነግሩና እትደልዩ ካልእ ነገር ኣሎ ዶ? (ክትሓልፍዎ ትኽእሉ ኢኹም)
feedback-text-hint = ብዝኾነ ቋንቋ ጽሓፉ።
feedback-age-legend = ዕድመኹም ክንደይ እዩ? (ክትሓልፍዎ ትኽእሉ ኢኹም)
feedback-age-hint = ዕለተ ልደትኩም ፈጺምና ኣይንሓትትን።
age-band-under-16 = ትሕቲ 16
age-band-16-17 = 16 ወይ 17
age-band-18-21 = ካብ 18 ክሳብ 21
age-band-22-25 = ካብ 22 ክሳብ 25
age-band-26-plus = 26 ወይ ካብኡ ንላዕሊ
age-band-prefer-not-to-say = ክነግር ኣይደልን
helped-legend = ነዚ ክትመልኡ ዝሓገዘኩም ሰብ ኣሎ ዶ? (ክትሓልፍዎ ትኽእሉ ኢኹም)
helped-hint = ቃላትኩም ንምርዳእ ይሕግዘና።
helped-no = ኣይፋል፣ ባዕለይ ገይረዮ
helped-worker = እወ፣ ሰራሕተኛ ወይ ወለንተኛ
helped-someone-close = እወ፣ ዓርከይ ወይ ካብ ስድራይ ሰብ
helped-prefer-not-to-say = ክነግር ኣይደልን

## Receipt
receipt-created-heading = የቐንየልና። ቃላትኩም በጺሖምና።
receipt-created-intro = ኮድኩም እዚ እዩ:
receipt-created-why = ነዚ ኮድ ብጥንቃቐ ሓልውዎ: ናብ ቃላትኩም ንምምላስ እንኮ መንገዲ እዩ፣ ንሕና ድማ ደጊምና ከነርእየኩም ኣይንኽእልን ኢና።
receipt-created-keep-safe = ንስኹም ጥራይ ክትርእይዎ ኣብ እትኽእሉ ቦታ ጽሓፍዎ፣ ወይ እትኣምንዎ ሰራሕተኛ ደገፍ ክሕዘልኩም ሕተትዎ። ስእሊ ውሕስነቱ ትሑት እዩ። ስእልታት መብዛሕትኡ ግዜ ናብ ካልኦት መሳርሒታትን ናብ ኦንላይን ቅዳሓት (backup) ይቕዳሑ እዮም። ነዚ ኮድ ዝሓዘ ዝኾነ ሰብ ቃላትኩም ከንብብ ይኽእል።
receipt-created-print = ነዚ ገጽ ክትሕትምዎ እውን ትኽእሉ ኢኹም።
receipt-print-button = ነዚ ገጽ ሕተሙ
receipt-created-when = ዝሰልጠነ ሰብ ቃላትኩም ከንብብ እዩ። ብዙሕ ግዜ ኣብ ውሽጢ { $weeks ->
        [one] { $weeks } ሰሙን
       *[other] { $weeks } ሰሙናት
    } መልሲ ክትጽበዩ ትኽእሉ ኢኹም። እንታይ ይኸውን ከም ዘሎ ንምርኣይ ብኮድኩም ተመለሱ።
receipt-lookup-link = ብኮድኩም ተመለሱ
receipt-heading = ብኮድኩም ተመለሱ
receipt-intro = ምስ ኣካፈልኩም ዝረኸብኩምዎ ኮድ ጽሓፉ። ናእሽቱ ወይ ዓበይቲ ፊደላት፣ ምስ ሰረዝ ወይ ብዘይ ሰረዝ፣ ኩሉ ይከኣል።
receipt-code-label = ኮድኩም
receipt-code-hint = ከምዚ ይመስል: 7KQ2-M9XD-4HFA-R3TC
receipt-open = ክፈቱ
receipt-code-invalid = ኮድ 16 ፊደላትን ቁጽርታትን ኣለዎ። በጃኹም ተመልከትዎ እሞ ደጊምኩም ፈትኑ።
receipt-code-not-found = ነዚ ኮድ ክንረኽቦ ኣይከኣልናን። በጃኹም ተመልከትዎ እሞ ደጊምኩም ፈትኑ።
receipt-view-heading = ቃላትኩም
receipt-status-heading = ሕጂ እንታይ ይኸውን ኣሎ
receipt-your-words = ዝጸሓፍኩምዎ
receipt-consent-now-heading = ዝመረጽኩምዎ
receipt-consent-change-heading = ምርጫታትኩም ቀይሩ
receipt-consent-save = ምርጫታተይ ዓቅቡ
receipt-consent-saved = ምርጫታትኩም ተዓቂቡ።
status-received = ቃላትኩም በጺሖምና። ክሳብ ሕጂ ዘንበቦም ሰብ የለን።
status-in-review = ዝሰልጠነ ሰብ ሕጂ ቃላትኩም የንብብ ኣሎ።
status-awaiting-survivor = ንዓኹም ዝኸውን ሕቶ ወይ ዝተኣረመ ጽሑፍ ኣሎና። በጃኹም ኣብ ታሕቲ ኣንብብዎ።
status-approved = ከምቲ ዝተሰማማዕኩምሉ፣ ቃላትኩም ንምዝርጋሕ ድሉዋት እዮም።
status-published = ከምቲ ዝተሰማማዕኩምሉ፣ ቃላትኩም ኣብዚ መርበብ ተዘርጊሖም ኣለዉ።
status-themes-only = ቃላትኩም መንእሰያት ዝነግሩና ንምቑጻር ንጥቀመሎም ኣለና። ኣይንዝርግሖምን።
status-team-only = ቃላትኩም ዘንብቦም እቲ ጉጅለ ጥራይ እዩ። ኣይንዝርግሖምን።
status-declined = ሎሚ ግዜ ቃላትኩም ከነዘርግሖም ኣይከኣልናን። በጃኹም ኣብ ታሕቲ ዘሎ ደብዳቤና ኣንብቡ።
status-withdrawn = ቃላትኩም ደምሲስኩምዎም። ሕጂ የለዉን።
withdraw-heading = ኩሉ ደምስሱ
withdraw-intro = ቃላትኩም ኣብ ዝኾነ ግዜ ክትድምስስዎም ትኽእሉ ኢኹም። እዚ ክምለስ ኣይክእልን እዩ።
withdraw-start = ቃላተይ ደምስሱ
withdraw-confirm-heading = ርግጸኛታት ዶ ኢኹም?
withdraw-confirm-intro = ቃላትኩም እንተ ደምሲስኩምዎም፣ ንሓዋሩ ይጠፍኡ። ዋላ ንስኹም ወይ ንሕና፣ ዝኾነ ሰብ ደጊሙ ከንብቦም ኣይክእልን።
withdraw-confirm-permanent = እዚ ክምለስ ኣይክእልን እዩ።
withdraw-confirm-button = እወ፣ ቃላተይ ደምስሱ
withdraw-cancel = ኣይፋል፣ ተመለሱ
withdrawn-heading = ቃላትኩም ተደምሲሶም
withdrawn-done = ቃላትኩም ጠፊኦም እዮም። ሕጂ ዝኾነ ሰብ ከንብቦም ኣይክእልን።
withdrawn-code-still-works = ኮድኩም ደጊምኩም እንተ ተጠቒምኩም፣ ቃላትኩም ከም ዝተደምሰሱ ጥራይ እዩ ዝነግረኩም።
receipt-link-expired = ኮድኩም ውሑስ ንኽኸውን፣ እዚ ገጽ ተዓጽዩ። በጃኹም ኮድኩም ደጊምኩም ጽሓፉ።
receipt-close-tab = ካልኦት ሰባት ዝጥቀሙሉ ተሌፎን ወይ ኮምፒዩተር እንተ ተጠቒምኩም፣ ምስ ወዳእኩም ነዚ ገጽ ዕጸውዎ።

## Receipt: messages and edited versions
receipt-messages-heading = ደብዳቤታት ምስቲ ጉጅለ
receipt-messages-none = ክሳብ ሕጂ ደብዳቤ የለን።
message-from-team = እቲ ጉጅለ
message-from-you = ንስኹም
message-from-survivor = እቲ ዝጸሓፈ ሰብ
receipt-reply-label = ናብቲ ጉጅለ ጽሓፉ
receipt-reply-hint = ከንብቦ ዝኽእል እቲ ጉጅለ ጥራይ እዩ። ዘይደለኹምዎ ነገር ክትምልሱ ግዴታ የብልኩምን።
receipt-reply-send = ለኣኹ
receipt-reply-sent = ደብዳቤኹም ተላኢኹ። እቲ ጉጅለ ከንብቦ እዩ።
receipt-edit-heading = እቲ ጉጅለ ዝተኣረመ ጽሑፍ የቕርበልኩም ኣሎ
receipt-edit-approved-heading = እቲ ዝተሰማማዕኩምሉ ጽሑፍ
receipt-edit-intro = መን ምዃንኩም ከርእዩ ዝኽእሉ ዝርዝራት ኣውጺእና። በጃኹም ኣንብብዎ። እወ እንተ ዘይበልኩም፣ ዋላ ሓደ ነገር ኣይካፈልን።
receipt-edit-yours = ዝጸሓፍኩምዎ
receipt-edit-suggested = እቲ ዝተኣረመ ጽሑፍ
receipt-edit-choose = ሕጂ እንታይ ከም ዝኸውን ንስኹም ትመርጹ።
receipt-edit-approve = እወ፣ እዚ ጽሑፍ ጽቡቕ እዩ
receipt-edit-changes-label = እንታይ ክትቅይሩ ትደልዩ?
receipt-edit-changes-hint = ብናይ ባዕልኹም ቃላት ንገሩና። ሓድሽ ጽሑፍ ክንሰደልኩም ኢና።
receipt-edit-changes = ለውጢ ሕተቱ
receipt-edit-refuse-intro = ዝኾነ ጽሑፍ ክካፈል እንተ ዘይደሊኹም፣ ኣይፋል በሉ። ካልኦት ምርጫታትኩም ከም ዘለዉ ይጸንሑ።
receipt-edit-refuse = ኣይፋል፣ ኣይተካፍልዎ
receipt-approved = የቐንየልና። ነዚ ጽሑፍ እወ ኢልኩምሉ።
receipt-changes-sent = የቐንየልና። እቲ ጉጅለ ክትቅይርዎ እትደልዩ ከንብቦ እዩ።
receipt-refused = የቐንየልና። እዚ ጽሑፍ ኣይካፈልን እዩ።
receipt-second-look-label = ካልእ ሰብ ደጊሙ ክርእዮ ትደልዩ ዶ?
receipt-second-look-hint = ሓንሳብ ክትሓቱ ትኽእሉ ኢኹም። ካብቲ ጉጅለ ካልእ ሰብ ቃላትኩም ከንብቦም እዩ። እንተ ደሊኹም ደብዳቤ ክትውስኹ ትኽእሉ ኢኹም።
receipt-second-look = ካልኣይ ምርኣይ ሕተቱ
receipt-second-look-sent = የቐንየልና። ካልእ ሰብ ቃላትኩም ደጊሙ ክርእዮም እዩ።
message-empty = በጃኹም መጀመርታ ደብዳቤ ጽሓፉ።
message-too-long = እዚ ደብዳቤ ኣዝዩ ነዊሕ እዩ። በጃኹም ክሳብ 2000 ፊደላት ተጠቐሙ።
error-not-now-survivor = እዚ ሕጂ ክግበር ኣይከኣልን። እቲ ገጽ እንታይ ክትገብሩ ከም እትኽእሉ የርእየኩም።
error-item-changed-survivor = ኣብዚ ገጽ ከለኹም ገለ ነገር ተቐይሩ። በጃኹም ደጊምኩም ተመልከቱ እሞ ሓንሳብ ፈትኑ።
error-cross-site = እዚ ፎርም ካብ ካልእ መርበብ ስለ ዝተላእከ፣ ኣይተጠቐምናሉን። ዋላ ሓደ ኣይጠፍአን። ክትልእክዎ ደሊኹም እንተ ኔርኩም፣ በጃኹም ካብዚ ገጽ ደጊምኩም ለኣኽዎ።

## Stories
stories-title = ዛንታታት
stories-intro = እዞም ዛንታታት መንእሰያት ከካፍልዎም ዝመረጹ እዮም። መን ምዃኖም ከርእዩ ዝኽእሉ ዝርዝራት ኣውጺእና፣ ነፍሲ ወከፍ ሰብ ድማ ምስቲ ናይ መወዳእታ ጽሑፍ ተሰማሚዑ።
stories-filter-theme = ኣርእስቲ
stories-filter-language = ቋንቋ
stories-any = ኩሉ
stories-filter-apply = ኣርእዩ
stories-none = ክሳብ ሕጂ ኣብዚ ዛንታ የለን።
stories-themes = ኣርእስታት:
stories-warning = መጠንቀቕታ ትሕዝቶ:
stories-warning-choice = ከተንብብዎ ዘይምምራጽ እውን ትኽእሉ ኢኹም።
stories-read = ነዚ ዛንታ ኣንብቡ
stories-show = ነቲ ዛንታ ኣርእዩ
story-page-title = ሓደ ዛንታ
stories-agreed = እቲ ዝጸሓፎ ሰብ እዞም ቃላት ክካፈሉ ተሰማሚዑ።
stories-back = ናብ ኩሎም ዛንታታት ተመለሱ

## Staying safe
safety-heading = ኣብ ኢንተርነት ውሑሳት ምዃን
safety-leave-heading = ቀልጢፍኩም ውጹ
safety-leave-button = ኣብ ላዕሊ ናይ ዝኾነ ገጽ "ካብዚ መርበብ ውጹ" ዝብል ጠውቑ። ብዛዕባ ኩነታት ኣየር ዝሕብር መርበብ ይኸፍት።
safety-leave-keys = ኣብ ኮምፒዩተር፣ መጠወቒ Shift ሰለስተ ግዜ ቀልጢፍኩም ክትጠውቑ እውን ትኽእሉ ኢኹም።
safety-leave-loses = ኣብ ምጽሓፍ ከለኹም ብኸምዚ እንተ ወጺኹም፣ ዝጸሓፍኩምዎ ይጠፍእ።
safety-private-heading = ብሕታዊ መስኮት ተጠቐሙ
safety-private-what = ኣብ ብሕታዊ መስኮት፣ ተሌፎንኩም ወይ ኮምፒዩተርኩም ዝበጻሕኩምዎም ገጻት ኣይሕዝን።
safety-private-browsers = Chrome: ሜኑ ክፈቱ እሞ "New Incognito tab" ምረጹ። Safari ኣብ iPhone: መጠወቒ ታባት (tabs) ጠውቑ፣ ድሕሪኡ "Private"። Samsung Internet: መጠወቒ ታባት (tabs) ጠውቑ፣ ድሕሪኡ "Turn on Secret mode"። Firefox: ሜኑ ክፈቱ እሞ "New private window" ምረጹ።
safety-private-limits = ብሕታዊ መስኮት ነቲ እትገብርዎ ካብ ናይ ምክትታል ኣፕሊኬሽናት (tracking apps) ኣይሓብኦን። ካልእ ሰብ ንተሌፎንኩም ዝቆጻጸሮ እንተ ኾይኑ፣ ክርእዮ ይኽእል እዩ። እንተ ኸኣልኩም፣ እትኣምንዎ ተሌፎን ወይ ኮምፒዩተር ተጠቐሙ።
safety-history-heading = ታሪኽ (History) ደምስሱ
safety-history-what = ብሕታዊ መስኮት እንተ ዘይተጠቐምኩም፣ ሓደ ሰብ ነዚ መርበብ ኣብ ታሪኽ (History) ናይ ብራውዘርኩም ክርእዮ ይኽእል።
safety-history-how = ናይ ብራውዘርኩም ቅጥዕታት (settings) ክፈቱ፣ "History" ድለዩ፣ ካብዚ መርበብ ዘለዉ ገጻት ድማ ደምስሱ።
safety-shared-heading = ሓደ ሰብ ተሌፎንኩም እንተ ፈቲሹ
safety-shared-history = እዚ መርበብ ኢመይል ወይ SMS ኣይሰድድን። ግን ብሕታዊ መስኮት እንተ ዘይተጠቐምኩም፣ ብራውዘርኩም ናይ ዝበጻሕኩምዎም ገጻት ዝርዝር (ታሪኽ፣ History) ይሕዝ።
safety-shared-code = ንስኹም ጥራይ ክትርእይዎ ኣብ እትኽእሉ ቦታ ኮድኩም ሓልዉ። ነዚ ኮድ ዝሓዘ ዝኾነ ሰብ ቃላትኩም ከንብብ ይኽእል።

## About
about-heading = ብዛዕባ Voices
about-what-heading = Voices እንታይ እዩ
about-what = Voices ዘካይዱ፣ ምስ ካብ ምዝመዛ ዝደሓኑ መንእሰያት ዝሰርሑ ሰባት እዮም። ኣገልግሎታት ክሰምዑ፣ ክኣምኑን ዝሓሸ ክገብሩን ንደሊ።
about-who-heading = ቃላትኩም መን የንብቦም
about-who = ዝለኣኽኩምዎ ዘንብብ ንእሽቶን ዝሰልጠነን ጉጅለ ጥራይ እዩ። ንድሕንነትኩም ንጹር ሕግታት ይስዕቡ፣ ንቃላትኩም ድማ ብኽብሪ ይሕዝዎም።
about-who-not = ካልእ ዝኾነ ሰብ ቃላትኩም ከንብብ ኣይክእልን: ነቶም ኮምፒዩተራት ዘካይዱ ሰባት ይኹን፣ ነቶም ብዛዕባኦም እትጽሕፉ ኣገልግሎታት።
about-happens-heading = ቃላትኩም እንታይ ይኾኑ
about-happens-review = ዝሰልጠነ ሰብ ቃላትካ የንብቦ። መን ምዃንካ ከርኢ ዝኽእል ከም ኣስማት፣ ቁጽሪ ተሌፎን፣ ኣድራሻን ኣብያተ ትምህርትን የውጽእ። ኣስማት ከተማታት መብዛሕትኡ ግዜ ይተርፉ። ዝደለኻዮ ትርጉም ፈጺሙ ኣይቕይሮን።
about-happens-choices = እወ እንተ ዘይበልኩም፣ ዋላ ሓደ ነገር ኣይካፈልን። ቃላትኩም ክካፈሉ እንተ ኾይኖም፣ ቅድም ነቲ ዝተኣረመ ጽሑፍ ትርእይዎ እሞ ትውስኑ።
about-happens-themes = ኣገልግሎታት እንታይ ክቕየር ከም ዘለዎ ንምርኣይ፣ ብዙሓት መንእሰያት ዝነግሩና ንቖጽር። እዚ ቁጽርታት መን መን ምዃኑ ፈጺሙ ኣየርእን።
about-kept-heading = ቃላትኩም ክንደይ ግዜ ንሕዞም
about-kept-days =
    { $days ->
        [one] ቃላትኩም እንተ ዘይተጠቐምናሎም፣ ካብ ዝወሰንና ድሕሪ { $days } መዓልቲ ንድምስሶም። ዝተዘርግሑ ወይ ዝተቖጽሩ ቃላት ግን ክሳብ ባዕልኹም እትድምስስዎም ይጸንሑ።
       *[other] ቃላትኩም እንተ ዘይተጠቐምናሎም፣ ካብ ዝወሰንና ድሕሪ { $days } መዓልቲ ንድምስሶም። ዝተዘርግሑ ወይ ዝተቖጽሩ ቃላት ግን ክሳብ ባዕልኹም እትድምስስዎም ይጸንሑ።
    }
about-kept-withdraw = ብኮድኩም ኣብ ዝኾነ ግዜ ባዕልኹም ቃላትኩም ክትድምስስዎም ትኽእሉ ኢኹም። ምስ ደምሰስኩምዎም ብኡንብኡ ይጠፍኡ።
about-kept-report = ኣብ ዝወጸ ጸብጻብ ዘለዉ ቁጽርታት ወይ ሓረጋት ኣብቲ ጸብጻብ ይተርፉ። መሊስና ክንወስዶም ኣይንኽእልን።
about-safe-heading = ቃላትኩም ብኸመይ ውሑሳት ንገብሮም
about-safe-encrypted = ቃላትኩም ምስ በጽሑ ብኡንብኡ ይሽጎሩ (encrypted)። ክኸፍቶም ዝኽእል እቲ ጉጅለ ጥራይ እዩ፣ ወይ ድማ ንስኹም ብኮድኩም።
about-safe-no-trace = IP ኣድራሻኹም ኣይንሕዝን፣ ኣብዚ ገጻት ድማ cookies ኣይንጥቀምን።
privacy-heading = ምልክታ ብሕትውና
privacy-unset-organisation = ነዚ መርበብ ዘካይድ ትካል
privacy-unset-contact = (ገና ኣይተሃበን)
privacy-not-filled = ነዚ መርበብ ዘካይድ ትካል ነዚ ምልክታ ገና ኣይወድኦን።

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
staff-dashboard-intro = ኣቲኹም ኣለኹም። ን30 ደቓይቕ ዋላ ሓንቲ እንተ ዘይገበርኩም፣ ብኣውቶማቲክ ክትወጹ ኢኹም።
staff-list-heading = ሰራሕተኛታት
dashboard-urgent = ዝጽበዩ ህጹጻት ጽሑፋት: { $count }
dashboard-from-survivors = ካብ ዝጸሓፉ ሰባት ሓደስቲ መልስታት: { $count }
dashboard-open-queue = መስርዕ ገምጋም ክፈቱ
dashboard-organisation-missing = እዚ መርበብ መን ከም ዘካይዶ ገና ኣይገልጽን። ብዛዕባ እዚ መርበብ ንመንእሰያት ቅድሚ ምንጋርኩም፣ ኣብ voices.toml organisation.name ን organisation.contact ን ኣቐምጡ፣ ኣብ moderation/privacy.toml ዘሎ ምልክታ ብሕትውና ድማ ተመልከቱ።
dashboard-manage-staff = ሰራሕተኛታት ዕደሙ ወይ ቀይሩ
nav-label = ክፍሊ ሰራሕተኛታት
nav-home = መበገሲ
nav-queue = መስርዕ ገምጋም
nav-safeguarding = ሓለዋ
nav-guidelines = መምርሒታት
nav-staff = ሰራሕተኛታት
nav-settings = ቅጥዕታት
nav-audit = መዝገብ ምርመራ
nav-digests = ጽማቕ
nav-preferences = ናተይ ቅጥዕታት
pagination-label = ገጻት
pagination-previous = ዝሓለፈ ገጽ
pagination-next = ዝቕጽል ገጽ
pagination-position = ገጽ { $page } ካብ { $pages }
wellbeing-break =
    { $count ->
        [one] ሎሚ { $count } ጽሑፍ ከፊትኩም ኣለኹም። እዚ ስራሕ ከቢድ እዩ፣ በጃኹም ቁሩብ ዕረፉ።
       *[other] ሎሚ { $count } ጽሑፋት ከፊትኩም ኣለኹም። እዚ ስራሕ ከቢድ እዩ፣ በጃኹም ቁሩብ ዕረፉ።
    }
wellbeing-guidelines-link = ንርእስኹም ምክንኻን
wellbeing-cap =
    { $cap ->
        [one] ሎሚ: { $count } ካብ { $cap } ጽሑፍ።
       *[other] ሎሚ: { $count } ካብ { $cap } ጽሑፋት።
    }

## Staff: review queue
queue-title = መስርዕ ገምጋም
queue-intro = ቅድም ህጹጻት ጽሑፋት፣ ድሕሪኡ ብእተንብብዎም ቋንቋታት ዘለዉ ጽሑፋት፣ ካብቲ ዝኣረገ ጀሚሩ ይመጹ። እቲ መስርዕ ቃላት ዝኾነ ሰብ ፈጺሙ ኣየርእን።
queue-filter-view = ኣርእዩ
queue-view-needs-action = ስጉምቲ ዘድልዮም
queue-view-from-survivors = ካብ ዝጸሓፉ ሰባት ሓደስቲ መልስታት
queue-view-awaiting = ንዝጸሓፈ ሰብ ዝጽበዩ
queue-view-done = ዝተወድኡ
queue-view-declined = ዘይተዘርግሑ
queue-view-all = ኩሉ
queue-filter-language = ቋንቋ
queue-filter-level = ደረጃ ሓለዋ
queue-any = ዝኾነ
queue-filter-apply = ኣርእዩ
queue-count = { $count ->
        [one] { $count } ጽሑፍ
       *[other] { $count } ጽሑፋት
    }
queue-empty = ኣብዚ ዋላ ሓደ የለን።
queue-select = ምረጹ
queue-select-item = ጽሑፍ { $id } ምረጹ
queue-col-priority = ደረጃ
queue-col-language = ቋንቋ
queue-col-kind = ዓይነት
queue-col-age = ዝተጸበየ ግዜ
queue-col-state = ኩነታት
queue-col-holder = መን ሒዝዎ ኣሎ
queue-age-days = { $days ->
        [0] ሎሚ
        [one] { $days } መዓልቲ
       *[other] { $days } መዓልታት
    }
queue-held-by-you = ንስኹም
queue-survivor-waiting = ሓድሽ መልሲ
queue-bulk-legend = ንዝተመርጹ ጽሑፋት
queue-bulk-hint = ንዘንበብካዮም ቀለልቲ ጉዳያት ጥራይ። ስክፍታ ወይ ህጹጽ ዘለዎም ኣቕሑን ዘንበቦም ሰብ ዘየብሎም ኣቕሑን ኩሉ ግዜ ኣይተንከፉን። ቅድሚ ዝኾነ ነገር ምግባሩ እንታይ ከም ዝኸውን ትርኢ።
queue-bulk-duplicate = ኣይተዘርግሑ: ድግግም እዩ
queue-bulk-spam = ኣይተዘርግሑ: ሓቀኛ ጽሑፍ ኣይኮነን (spam)
queue-bulk-release = ዝሓዝኩምዎም ጽሑፋት መልሱ
queue-bulk-apply = ፈጽሙ
queue-bulk-done = ዝተፈጸሙ: { $done }። ዝተሓለፉ: { $skipped }።
kind-story = ዛንታ
kind-feedback = ርእይቶ ብዛዕባ ኣገልግሎት
state-received = ሓድሽ
state-in-review = ይንበብ ኣሎ
state-awaiting-survivor = ንዝጸሓፈ ሰብ ይጽበ
state-approved = እቲ ሰብ እወ ኢሉ
state-published = ተዘርጊሑ
state-themes-only = ንቑጽሪ ጥራይ
state-team-only = ንጉጅለ ጥራይ
state-declined = ኣይተዘርግሐን
state-withdrawn = እቲ ሰብ ደምሲስዎ

## Staff: an item
item-title = ጽሑፍ { $id }
item-reading-title = ጽሑፍ { $id } ምንባብ
item-kind = ዓይነት
item-language = ቋንቋ
item-received = ዝበጽሓሉ
item-level = ደረጃ ሓለዋ
item-state = ኩነታት
item-consent = እቲ ሰብ ዝተሰማምዓሉ
item-consent-publish = ዘጽደቖ ዝተኣረመ ጽሑፍ ምዝርጋሕ
item-consent-themes-only = ብዘይ ስም ንቑጽሪ ጥራይ
item-consent-team-only = እቲ ጉጅለ ጥራይ ከንብቦ
item-quotes-yes = ሓጸርቲ ጥቕስታት ይፍቀዱ
item-quotes-no = ጥቕስታት ኣይፍቀዱን
item-holder = መን ሒዝዎ ኣሎ
item-claim-left =
    { $minutes ->
        [one] (ዝተረፈ ደቓይቕ: { $minutes })
       *[other] (ዝተረፈ ደቓይቕ: { $minutes })
    }
item-survivor-waiting = እቲ ሰብ ሓድሽ ነገር ጽሒፉ ወይ ወሲኑ።
item-second-look = እቲ ሰብ ካልኣይ ምርኣይ ሓቲቱ። ካልእ ተቖጻጻሪ ከንብቦ ኣለዎ።
item-publish-requested = { $name } ክዝርጋሕ ሓቲቱ። ካልኣይ ሰብ ክዝርግሖ ኣለዎ።
item-claim-intro = ክትሰርሕሉ ነዚ ጽሑፍ ውሰድዎ። ክሳብ ሒዝኩምዎ ዘለኹም፣ ካልእ ሰብ ክሰርሓሉ ኣይክእልን።
item-take-back-intro = እቲ ሰብ ገና ኣይመለሰን። ብዘይ ንሱ ንምውሳን ነቲ ጽሑፍ መሊስኩም ክትወስድዎ ትኽእሉ ኢኹም። ሽዑ እቲ ዝለኣኽኩምዎ ዝተኣረመ ጽሑፍ ይስሓብ።
item-take-back = መሊስኩም ውሰድዎ
item-before-you-read = ቅድሚ ምንባብኩም
item-before-you-read-intro = እዚ ንምንባብ ዘጸግሙ ነገራት ክገልጽ ይኽእል።
item-warnings-confirmed = መጠንቀቕታታት ትሕዝቶ:
item-you-can-stop = ኣብዚ ደው ክትብሉ ትኽእሉ ኢኹም። ነቲ ጽሑፍ መልስዎ፣ ወይ ንመሳርሕትኹም ሃብዎ።
item-read = ኣንብብዎ
item-release = መልስዎ
item-hand-off-label = ንመን ትህብዎ
item-hand-off-hint = እዚ ቋንቋ ዘንብቡ መሳርሕቲ ጥራይ እዮም ዝረኣዩ።
item-hand-off = ኣረክቡ
item-words-heading = ቃላት እቲ ሰብ
item-no-words = ቃላት የለን፣ መልስታት ጥራይ እዩ ዘሎ።
item-details-found = { $count ->
        [one] { $count } ንሓደ ሰብ ከለሊ ዝኽእል ዝርዝር
       *[other] { $count } ንሓደ ሰብ ከለልዩ ዝኽእሉ ዝርዝራት
    }
item-suggestions-hint = እቶም ዝተሓብሩ ክፋላት ሓሳባት ጥራይ እዮም። እንታይ ከም እተውጽኡ ንስኹም ትውስኑ።
item-review-heading = ገምጋምኩም
item-level-suggested = Voices ዝሓበሮ: { $level }
item-themes-legend = ኣርእስታት
item-warnings-legend = መጠንቀቕታታት ትሕዝቶ
item-checklist-legend = ዝርዝር ምርግጋጽ
item-review-save = ገምጋመይ ዓቅቡ
item-edit-heading = ዝተኣረመ ጽሑፍ
item-edit-hint = ንዝኾነ ሰብ ከለሊ ዝኽእል ኣውጽኡ፣ ንትርጉም ግን ኣይተውጽኡ። ቅድሚ ዝኾነ ነገር ምዝርጋሑ እቲ ሰብ እወ ክብል ኣለዎ።
item-edit-label = እቲ ዝተኣረመ ጽሑፍ
item-edit-message-label = ምስኡ ዝኸይድ ደብዳቤ (ኣማራጺ)
item-edit-send = ናብቲ ሰብ ለኣኽዎ
item-versions-heading = ዝተላእኩ ጽሑፋት
proposal-pending = መልሲ ይጽበ
proposal-approved = እቲ ሰብ እወ ኢሉ
proposal-changes-requested = እቲ ሰብ ለውጢ ሓቲቱ
proposal-refused = እቲ ሰብ ኣይፋል ኢሉ
proposal-superseded = ተተኪኡ
item-messages-heading = ደብዳቤታት
messages-none = ክሳብ ሕጂ ደብዳቤ የለን።
item-template-label = ካብ ኣብነት ጀምሩ
item-template-hint = ኣብነታት ብቋንቋ እቲ ሰብ ({ $language }) ተጻሒፎም ኣለዉ።
item-template-none = ብዘይ ኣብነት
item-message-label = ደብዳቤኹም
item-message-hint = ሓጺርን ምቑርን፣ ብቋንቋ እቲ ሰብ። ከም ጉጅለ ፈርሙ፣ ብስምኩም ፈጺምኩም ኣይትፈርሙ።
item-message-send = ለኣኹ
item-message-ask = ለኣኹ እሞ መልሱ ተጸበዩ
item-decide-heading = ወስኑ
item-themes-only-intro = ነዞም ቃላት ኣርእስታት ንምቑጻር ጥራይ ተጠቐሙሎም። ዋላ ሓደ ኣይዝርጋሕን።
item-themes-only = ንቑጽሪ ጥራይ
item-team-only-intro = ነዞም ቃላት ንጉጅለ ጥራይ ሓዝዎም።
item-team-only = ንጉጅለ ጥራይ
item-decline-reason = ስለምንታይ እዞም ቃላት ክዝርግሑ ዘይክእሉ?
item-decline-hint = እቲ ሰብ ነዚ ምኽንያት ዝኸውን ልዝብ ደብዳቤ ብቋንቋኡ ይርኢ። ሓንሳብ ካልኣይ ምርኣይ ክሓትት ይኽእል።
item-decline-message = ናይ ባዕልኹም ደብዳቤ (ኣማራጺ)
item-decline = ኣይተዘርግሑ
item-notes-heading = መዘኻኸሪ ሓለዋ
item-notes-hint = እንታይ ከም ዝተገብረ። ነዚ መዘኻኸሪ ከንብቦ ዝኽእሉ ሰራሕተኛታት ጥራይ እዮም።
item-note-label = ሓድሽ መዘኻኸሪ
item-note-save = መዘኻኸሪ ዓቅቡ
item-timeline-heading = እንታይ ከም ዘጋጠመ
item-timeline-empty = ክሳብ ሕጂ ዋላ ሓደ የለን።
who-survivor = እቲ ዝጸሓፈ ሰብ
who-voices = Voices
event-shared = ኣካፊሉ
event-claim = ነቲ ጽሑፍ ወሲዱ
event-take-back = መሊሱ ወሲድዎ
event-release = መሊስዎ
event-hand-off = ንኻልእ ኣረኪብዎ
event-propose-edit = ዝተኣረመ ጽሑፍ ሰዲዱ
event-ask = ሕቶ ሓቲቱ
event-message = ደብዳቤ ሰዲዱ
event-use-for-themes = ንቑጽሪ ጥራይ
event-keep-for-team = ንጉጅለ ጥራይ
event-decline = ኣይተዘርግሐን
event-publish = ተዘርጊሑ
event-approve = እወ ኢሉ
event-request-changes = ለውጢ ሓቲቱ
event-refuse = ኣይፋል ኢሉ
event-reply = ደብዳቤ ጽሒፉ
event-ask-second-look = ካልኣይ ምርኣይ ሓቲቱ
event-change-consent = ምርጫታቱ ቀይሩ
event-withdraw = ኩሉ ደምሲሱ
event-expire-claim = ግዜ ምሓዝ ተወዲኡ
event-review = ገምጋም ዓቂቡ
event-escalated = ህጹጽ ተባሂሉ ተመልኪቱ
event-safeguarding-note = መዘኻኸሪ ሓለዋ ጽሒፉ
event-staff-invited = ሓደ ሰብ ዓዲሙ
event-staff-joined = ተጸንቢሩ
event-staff-updated = ግደታት ወይ ቋንቋታት ሓደ ሰብ ቀይሩ
event-staff-disabled = ሓደ ሰብ ዘይንጡፍ ገይሩ
event-invitation-cancelled = ዕድመ ሰሪዙ
event-settings-changed = ቅጥዕታት ቀይሩ
event-purged = ድሕሪ ግዜ ምዕቃብ ተደምሲሱ
done-claim = ሕጂ እዚ ጽሑፍ ኣባኹም ኣሎ።
done-review = ገምጋምኩም ተዓቂቡ።
done-propose = እቲ ዝተኣረመ ጽሑፍ ናብቲ ሰብ ተላኢኹ።
done-message = ደብዳቤኹም ተላኢኹ።
done-ask = ደብዳቤኹም ተላኢኹ። እቲ ጽሑፍ መልሲ እቲ ሰብ ይጽበ ኣሎ።
done-themes-only = ተፈጺሙ: ንቑጽሪ ጥራይ።
done-team-only = ተፈጺሙ: ንጉጅለ ጥራይ።
done-decline = ተፈጺሙ: ኣይተዘርግሐን። እቲ ሰብ ምኽንያቱ ክርኢ እዩ።
done-publish = ተፈጺሙ።
done-release = ነቲ ጽሑፍ መሊስኩምዎ።
done-take-back = ነቲ ጽሑፍ መሊስኩም ወሲድኩምዎ።
done-hand-off = እቲ ጽሑፍ ተረኪቡ።
done-note = እቲ መዘኻኸሪ ተዓቂቡ።
safeguarding-title = ሓለዋ
safeguarding-intro = ደረጃ ሓለዋ ዘለዎ፣ ክሳብ ሕጂ ዝኾነ ሓላፊ መዘኻኸሪ ዘይጸሓፈሉ ኩሉ ኣቕሓ፣ ድሕሪኡ ዝኾነ ይኹን ነገር እንተ ኣጋጠመ፣ ህጹጻት ቅድም። ሓደ ሓላፊ ዝተገብረ ምስ መዝገበ ካብዚ ዝርዝር ይወጽእ። ካብ Voices ባዕሉ ዝወጽእ የለን።
guidelines-title = ብኸመይ ንቆጻጸር
guidelines-english-only = መምርሒታት ሕጂ ብእንግሊዝኛ ጥራይ እዮም ዘለዉ።

## Staff: administration
admin-staff-title = ሰራሕተኛታት
admin-staff-list = ኩሎም
admin-roles-legend = ግደታት
admin-roles-hint = ዝገምግም ኣመሓዳሪ ናይ ተቖጻጻሪ ግደ እውን የድልዮ።
admin-languages-legend = ዘንብቦም ቋንቋታት
admin-edit-person = { $name } ቀይሩ
admin-save = ዓቅቡ
admin-disable-hint = ሓደ ሰብ ዘይንጡፍ ምግባር ክፍለ-ግዜታቱ የብቅዕ፣ መፍትሕኡ ድማ የጥፍእ። እዚ ክምለስ ኣይክእልን እዩ።
admin-disable = ዘይንጡፍ ግበሩ
admin-invite-heading = ሓደ ሰብ ዕደሙ
admin-invite-intro = ትሰድዉሉ ሊንክ ትረኽቡ። ሓንሳብ ጥራይ፣ ን72 ሰዓት ይሰርሕ። መሕለፊ ሓረጎም ባዕሎም ይመርጹ።
admin-invite = ሊንክ ስርሑ
admin-invite-made = ናይ { $name } ሊንክ:
admin-invite-once = ሕጂ ቅድሕዎ: ሓንሳብ ጥራይ እዩ ዝርአ።
admin-pending-heading = ገና ዘይተጠቐምሉ ዕድመታት
admin-cancel-invitation = ሰርዙ
done-staff-update = ተዓቂቡ።
done-staff-disable = ዘይንጡፍ ተገይሩ።
done-staff-cancel = እቲ ዕድመ ተሰሪዙ።
admin-settings-title = ቅጥዕታት
admin-break-after = ኣብ ሓደ መዓልቲ ድሕሪ ክንድዚ ጽሑፋት ዕረፍቲ ይሕበር
admin-break-after-hint = ካብ 1 ክሳብ 1000 ዝኾነ ቁጽሪ።
admin-daily-cap = ሓደ ተቖጻጻሪ ኣብ መዓልቲ ክኸፍቶም ዝኽእል ዝበዝሐ ጽሑፋት
admin-daily-cap-hint = ደረት እንተ ዘይደሊኹም ባዶ ግደፍዎ።
admin-two-person = ምዝርጋሕ ክልተ ዝተፈላለዩ ተቖጻጸርቲ የድልዮ
done-settings = ቅጥዕታት ተዓቂቦም።
audit-title = መዝገብ ምርመራ
audit-intro = ነፍሲ ወከፍ ለውጢ ኣብዚ ይጽሓፍ፣ ብሰንሰለት ድማ ይተኣሳሰር፣ ስለዚ ዝተቐየረ ወይ ዝተሰረዘ ምዝገባ ክርከብ ይኽእል። ስጉምትታት ዝጸሓፉ ሰባት መዓልቲ ጥራይ የርእዩ።
audit-verify = ምሉእ መዝገብ ኣረጋግጹ
audit-verified = እቲ መዝገብ ምሉእ እዩ: ምዝገባታት ሰራሕተኛታት { $staff }፣ ምዝገባታት ዝጸሓፉ ሰባት { $survivor }።
audit-broken = እቲ መዝገብ ተቐይሩ: ሰንሰለት { $chain }፣ ምዝገባ { $id }።
audit-chains = መዝገባት
audit-staff-chain = ሰራሕተኛታት
audit-survivor-chain = ዝጸሓፉ ሰባት
audit-when = መዓስ
audit-who = መን
audit-what = እንታይ
audit-item = ጽሑፍ
audit-detail = ዝርዝር
preferences-title = ናተይ ቅጥዕታት
preferences-language = ቋንቋ ገጻት ሰራሕተኛታት
preferences-language-browser = ቋንቋ ብራውዘረይ
preferences-reads = እተንብብዎም ቋንቋታት
preferences-reads-hint = እዚኣቶም ኣመሓዳሪ ይውስኖም። ብዚኣቶም ቋንቋታት ዘለዉ ጽሑፋት ኣብ መስርዕኩም ቅድም ይመጹ።
done-preferences = ተዓቂቡ።
invite-title = ናብ ጉጅለ Voices ተጸንበሩ
invite-intro = ናይ { $name } መሕለፊ ሓረግ ምረጹ። ንስኹም ጥራይ ኢኹም ትፈልጥዎ።
invite-submit = ሕሳበይ ፍጠሩ
invite-done-title = ሕሳብኩም ድሉው እዩ
invite-done = ሕጂ ክትኣትዉ ትኽእሉ ኢኹም። እዚ ሊንክ ደጊሙ ኣይክሰርሕን እዩ።

## First admin
setup-title = ቀዳማይ ኣመሓዳሪ ፍጠሩ
setup-intro = እዚ ሊንክ ሓንሳብ ጥራይ እዩ ዝሰርሕ። ኣብዚ እትፈጥርዎ ሕሳብ ካልኦት ሰራሕተኛታት ክውስኽ ይኽእል።
setup-passphrase-hint = እንተ ወሓደ 12 ፊደላት ተጠቐሙ። ዘይተተሓሓዙ ቁሩብ ቃላት ሓያላትን ንምዝካር ቀለልትን እዮም።
strength-too-short = ገና ሓጺር እዩ፤ ቀጽሉ።
strength-acceptable = ጽቡቕ። ቁሩብ ቃላት እንተ ወሰኽኩም ሓያል ይኸውን።
strength-strong = ሓያል።
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
error-not-found = እቲ ገጽ ቦታ ቀይሩ ክኸውን ይኽእል፣ ወይ እቲ ሊንክ ጌጋ ክኸውን ይኽእል።
error-rate-limited =
    { $minutes ->
        [one] ብዙሕ ፈተነታት ተገይሩ። በጃኹም { $minutes } ደቒቕ ተጸበዩ፣ ድሕሪኡ ደጊምኩም ፈትኑ።
       *[other] ብዙሕ ፈተነታት ተገይሩ። በጃኹም { $minutes } ደቓይቕ ተጸበዩ፣ ድሕሪኡ ደጊምኩም ፈትኑ።
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
error-common-passphrase = ብዙሓት ሰባት እዚ መሕለፊ ሓረግ ይጥቀሙሉ፣ ስለዚ ብቐሊሉ ይግመት። ዘይተተሓሓዙ ቃላት ምረጹ።
error-passphrase-too-long = መሕለፊ ሓረግ ኣዝዩ ነዊሕ እዩ። ክሳብ 1024 ፊደላት ተጠቐሙ።
error-passphrase-mismatch = እቶም ክልተ መሕለፊ ሓረጋት ሓደ ኣይኮኑን።
error-wrong-admin-credentials = ስም ኣመሓዳሪ ወይ መሕለፊ ሓረግ ቅኑዕ ኣይኮነን።
error-first-staff-must-be-admin = እቲ ቀዳማይ ሕሳብ ናይ ኣመሓዳሪ ክኸውን ኣለዎ።
error-no-setup-pending = ዝጽበ ምድላው የለን።
error-last-admin = እዚ ናይ መወዳእታ ኣመሓዳሪ እዩ። መጀመርታ ካልእ ኣመሓዳሪ ወስኹ።
error-unknown-staff = በዚ ስም ዝፍለጥ ሰራሕተኛ የለን።
error-receipt-not-found = ነዚ ኮድ ክንረኽቦ ኣይከኣልናን። በጃኹም ተመልከትዎ እሞ ደጊምኩም ፈትኑ።
error-receipt-invalid = ኮድ 16 ፊደላትን ቁጽርታትን ኣለዎ። በጃኹም ተመልከትዎ እሞ ደጊምኩም ፈትኑ።
error-consent-locked = ቃላትኩም ድሮ ተዘርጊሖም ስለ ዘለዉ፣ ሕጂ እዞም ምርጫታት ክቕየሩ ኣይክእሉን። ግን ሕጂ እውን ቃላትኩም ክትድምስስዎም ትኽእሉ ኢኹም።
error-storage-unavailable = ሕጂ ክንዕቅብ ወይ ከነንብብ ኣይንኽእልን ኢና። ካብቲ ዝለኣኽኩምዎ ዋላ ሓደ ኣይጠፍአን። በጃኹም ድሕሪ ቁሩብ ደቓይቕ ደጊምኩም ፈትኑ።
error-internal = ካብ ወገንና ገለ ጸገም ኣጋጢሙ። በጃኹም ደጊምኩም ፈትኑ።
error-bad-request = ዝተላእከ ክንርድኦ ኣይከኣልናን። በጃኹም ደጊምኩም ፈትኑ።
error-payload-too-large = ዝለኣኽኩምዎ ኣዝዩ ነዊሕ እዩ። በጃኹም ኣሕጽርዎ።
error-unprocessable = ገለ ካብቲ ዝተላእከ ቅኑዕ ኣይኮነን። በጃኹም ተመልከቱ እሞ ደጊምኩም ፈትኑ።
error-not-now = እቲ ጽሑፍ ኣብዚ ኩነታት ከሎ እዚ ክግበር ኣይከኣልን።
error-claimed-by-other = ካልእ ሰብ ኣብዚ ጽሑፍ ይሰርሕ ኣሎ።
error-not-your-claim = ድሕሪ ሕጂ ኣብዚ ጽሑፍ ኣይትሰርሑን ኢኹም። መጀመርታ ደጊምኩም ውሰድዎ።
error-consent-does-not-allow = ምርጫታት እቲ ሰብ ነዚ ኣይፈቕዱን።
error-checklist-incomplete = መጀመርታ ንኹሉ ነጥብታት ዝርዝር ምርግጋጽ ምልክት ግበሩሉ፣ ገምጋምኩም ድማ ዓቅቡ።
error-no-approved-wording = እቲ ሰብ ንዝኾነ ዝተኣረመ ጽሑፍ እወ ኣይበለን።
error-no-pending-proposal = መልሲ ዝጽበ ዝተኣረመ ጽሑፍ የለን።
error-second-look-used = ካልኣይ ምርኣይ ድሮ ተሓቲቱ እዩ።
error-second-look-needs-another = ካልኣይ ምርኣይ ብካልእ ተቖጻጻሪ ክግበር ኣለዎ።
error-second-person-needed = ነዚ ካልኣይ ሰብ ክዝርግሖ ኣለዎ።
error-hand-off-to-self = ካልእ ሰብ ምረጹ።
error-item-changed = ሓደ ሰብ ሕጂ ነዚ ጽሑፍ ቀይርዎ። ሕጂ ከምዚ እዩ ዘሎ።
error-daily-cap-reached = ናይ ሎሚ ደረት በጺሕኩም። በጃኹም ንሎሚ ደው በሉ።
error-view-expired = እዚ ገጽ ተዓጽዩ። በጃኹም ካብ መጀመርታ ጀምሩ።
error-message-empty = በጃኹም መጀመርታ ደብዳቤ ጽሓፉ።
error-message-too-long = እዚ ደብዳቤ ኣዝዩ ነዊሕ እዩ። በጃኹም ክሳብ 2000 ፊደላት ተጠቐሙ።
error-unknown-choice = ሓደ ካብቶም ምርጫታት ኣይፍለጥን። በጃኹም ደጊምኩም ምረጹ።
error-edit-says-nothing = እቲ ዝተኣረመ ጽሑፍ ገና ገለ ክብል ኣለዎ። ዝርዝራት ኣውጽኡ፣ ትርጉም ግን ኣይተውጽኡ።
error-edit-too-long = እቲ ዝተኣረመ ጽሑፍ ኣዝዩ ነዊሕ እዩ።
error-form-too-long = ዝለኣኽኩምዎ ኣዝዩ ነዊሕ እዩ።
error-form-incomplete = ገለ ክፋል ናይቲ ፎርም ጎዲሉ። በጃኹም ነቲ ገጽ ደጊምኩም ጽዐንዎ እሞ ደጊምኩም ፈትኑ።
error-decline-reason-missing = በጃኹም ምኽንያት ምረጹ።
error-unknown-action = እዚ ስጉምቲ ኣይፍለጥን።
error-setting-out-of-range = በጃኹም ኣብቲ ዝተራእየ ደረት ዘሎ ቁጽሪ ተጠቐሙ።
error-roles-missing = በጃኹም እንተ ወሓደ ሓደ ግደ ምረጹ።
error-role-change-needs-invitation = እዚ ለውጢ ግደ ሓድሽ ዕድመ የድልዮ።
error-bulk-nothing-selected = በጃኹም እንተ ወሓደ ሓደ ጽሑፍ ምረጹ።
error-bulk-no-action = በጃኹም እንታይ ክግበር ከም ዘለዎ ምረጹ።

## Translation review

dashboard-languages-heading = ቋንቋታት
dashboard-languages-intro = ነፍሲ ወከፍ ትርጉም ክሳብ ክንደይ ከም ዝተመርመረ። ሓደ ቋንቋ ንመንእሰያት ኣቕርቡ ድሕሪ ብወለዲ ተዛራባይ ምምርማሩ ጥራይ። ክሳብ ሽዑ፣ ኣብ voices.toml ብምርጫ languages.hidden ካብ መምረጺ ቋንቋ ክትሓብእዎ ትኽእሉ ኢኹም።
dashboard-language = ቋንቋ
dashboard-language-review = ምርመራ
dashboard-language-questions = ክፉታት ሕቶታት
dashboard-language-switcher = መምረጺ ቋንቋ
dashboard-language-offered = ይርአ ኣሎ
dashboard-language-hidden = ተሓቢኡ ኣሎ
translation-state-source = መበቆል ጽሑፍ
translation-state-drafted = ንድፊ፣ ገና ኣይተመርመረን
translation-state-fluent-reviewed = ብኽኢላ ተዛራባይ ተመርሚሩ፣ ገና ብወለዲ ተዛራባይ ኣይተመርመረን
translation-state-native-reviewed = ብወለዲ ተዛራባይ ተመርሚሩ፣ ድሉው እዩ

## Digests
digests-title = ጽማቕ ብኣርእስቲ
digests-intro = መንእሰያት ዘካፈልዎ፣ ኣብ ነፍሲ ወከፍ ወርሕን ነፍሲ ወከፍ ርብዒ ዓመትን ብኣርእስቲ ዝተቖጽረ። ሓደ እኳ ምእንቲ ከይልለ ቁጽርታት ይሕለዉ።
digests-none = ክሳብ ሕጂ ዝተዘርግሐ ጽማቕ የለን።
digests-released = ዝተዘርግሐሉ ዕለት { $day }
digests-download-json = ቁጽርታት ኣውርድ (JSON)
digests-download-csv = ቁጽርታት ኣውርድ (CSV)
digests-feed = ምግቢ ሓደሽቲ ጽማቓት (Atom)
digests-practitioners-only = እዞም ጽማቓት ንሞያውያን እዮም። በጃኹም እተዉ፣ ወይ API ቶከን ተጠቐሙ።
digests-too-many = ብዙሓት ሕቶታት። በጃኹም ሓንቲ ደቒቕ ተጸበዩ እሞ እንደገና ፈትኑ።
digest-title = ጽማቕ ብኣርእስቲ { $period }
digest-items = ዝተቖጽሩ ነገራት፣
digest-protection-heading = ቁጽርታት ብኸመይ ይሕለዉ
digest-themes-heading = ኣርእስትታት
digest-themes-chart-title = ነገራት ብኣርእስቲ
digest-col-theme = ኣርእስቲ
digest-col-count = ቁጽሪ
digest-col-trend = ካብቲ ዝሓለፈ እዋን
digest-trend-up = ወሲኹ
digest-trend-down = ጎዲሉ
digest-trend-same = ከምቲ ዝነበሮ
digest-trend-none = ምንጽጻር የለን
digest-responses-heading = ንስኻትኩም በልኩም፣ ንሕና ገበርና
digest-languages-heading = ቋንቋታት
digest-col-language = ቋንቋ
digest-col-story = ዛንታታት
digest-col-feedback = ርእይቶ ብዛዕባ ኣገልግሎት
digest-col-total = ድምር
digest-not-given = ኣይተገልጸን
digest-age-heading = ዕድመ
digest-age-chart-desc = ዝተዘርግሐ ቁጽሪ ንዘለዎ ነፍሲ ወከፍ ጉጅለ ዕድመ ሓደ መስመር። ኣብ ታሕቲ ዘሎ ሰንጠረዥ ተመሳሳሊ ቁጽርታት ኣለዎ።
digest-col-age = ጉጅለ ዕድመ
digest-regions-heading = ዞባታት (ርእይቶ ብዛዕባ ኣገልግሎት)
digest-col-region = ዞባ
digest-services-heading = ርእይቶ ብዛዕባ ኣገልግሎት
digest-services-none = ኣብዚ እዋን እዚ መልስታት ንምርኣይ ዝኣክል ርእይቶ ዝነበሮ ኣገልግሎት የለን።
digest-col-answer = መልሲ
digest-col-percent = ብጽሒት
digest-quotes-heading = ብናይ ገዛእ ርእሶም ቃላት
digest-quote-warning = መጠንቀቕታ ትሕዝቶ፣
digest-quote-show = ጥቕሲ ኣርኢ
digest-back = ኩሎም ጽማቓት
ysd-title = ንስኻትኩም በልኩም፣ ንሕና ገበርና
ysd-intro = ጉጅለ ብዛዕባ እቲ መንእሰያት ዘካፈልዎ እንታይ ይገብር ከም ዘሎ።
ysd-none = ክሳብ ሕጂ መልሲ የለን።
ysd-from = ካብ ጽማቕ { $period }
digests-admin-title = ጽማቓት፣ ኣተዓባብያ፣ ቶከናትን መልስታትን
digests-admin-access = ጽማቓት መን ከንብቦም ይኽእል
digests-admin-public = ኩሉ ሰብ
digests-admin-practitioners = ሞያውያን ጥራይ (ዝኣተዉ፣ ወይ ብቶከን)
digests-admin-save = ዓቅብ
digests-admin-tokens = API ቶከናት
digests-admin-token-name = እዚ ቶከን ንመን እዩ
digests-admin-issue = ቶከን ስራሕ
digests-admin-token-once = ነዚ ቶከን ሕጂ ቅዳሕ። ሎሚ ሓንሳብ ጥራይ እዩ ዝርአ፣
digests-admin-revoke = ስረዝ
digests-admin-revoked = ተሰሪዙ
digests-admin-respond = ንሓደ ኣርእስቲ መልሲ ("ንስኻትኩም በልኩም፣ ንሕና ገበርና")
digests-admin-period = ጽማቕ
digests-admin-response = ውድብ ብዛዕባ እዚ እንታይ ይገብር ኣሎ
digests-admin-post = መልሲ ዓቅብ
digests-admin-done = ተዓቂቡ።

## Receipt: an edited version that changed
error-edit-changed = እቲ ጉጅለ ነቲ ጽሑፍ ቀይርዎ። እቲ ሓድሽ ጽሑፍ ኣንብቡ።

## Safeguarding alerts
lead-alert-subject = Voices ሓላፊ ሓለዋ የድልዮ ኣሎ
lead-alert-body = ኣብ Voices ሓደ ነገር ሓላፊ ሓለዋ የድልዮ ኣሎ። ንምርኣዩ እተዉ።
lead-alert-test-subject = Voices: ናይ ፈተነ መልእኽቲ
lead-alert-test-body = እዚ ካብ Voices ዝመጸ ፈተነ እዩ። ሓደ ነገር ሓላፊ ሓለዋ ምስ ዘድልዮ፣ ከምዚ ዝበለ መልእኽቲ ብዘይ ዝኾነ ዝርዝር ናብዚ ይመጽእ። ንምርኣዩ ናብ Voices እተዉ።
alerts-guidance-on =
    { $minutes ->
        [one] Voices ንሓለፍቲ ሓለዋ ኣብ ውሽጢ { $minutes } ደቒቕ፣ ብዛዕባ እቲ ጽሑፍ ገለ ብዘይብሉ መልእኽቲ ይሕብሮም። ሓደ ሰብ ሕጂ ኣብ ሓደጋ እንተሎ፣ ከምቲ ጉጅለኹም ዝተሰማምዓሉ ንሓላፊ ባዕልኹም እውን ሕበሩ።
       *[other] Voices ንሓለፍቲ ሓለዋ ኣብ ውሽጢ { $minutes } ደቓይቕ፣ ብዛዕባ እቲ ጽሑፍ ገለ ብዘይብሉ መልእኽቲ ይሕብሮም። ሓደ ሰብ ሕጂ ኣብ ሓደጋ እንተሎ፣ ከምቲ ጉጅለኹም ዝተሰማምዓሉ ንሓላፊ ባዕልኹም እውን ሕበሩ።
    }
alerts-guidance-off = Voices ንማንም ኣይሕብርን። ከምቲ ጉጅለኹም ዝተሰማምዓሉ ንሓላፊ ሓለዋ ሕጂ ባዕልኹም ሕበሩ።
alerts-off-admin = ናይ ሓለዋ መጠንቀቕታታት ኣይተዳለዉን፦ ሓደ ጽሑፍ ህጹጽ ምስ ዝኸውን Voices ንማንም ኣይሕብርን። ኣብ voices.toml ትሕቲ lead_alerts.smtp_host / lead_alerts.webhook_url ሰርቨር SMTP ወይ webhook ኣቐምጡ፣ ነፍሲ ወከፍ ሓላፊ ሓለዋ ድማ ኣብ ገጽ ቅጥዕታቱ ኣድራሻ ኢመይል ከእቱ ሕተቱ።
alerts-no-addresses = ናይ ሓለዋ መጠንቀቕታታት ተዳልዮም ኣለዉ፣ ግን ዝኾነ ሓላፊ ሓለዋ ኣድራሻ ኢመይል ስለ ዘይሃበ፣ ዝሕበር ሰብ የለን። ነፍሲ ወከፍ ሓላፊ ኣብ ገጽ ቅጥዕታቱ የእትዎ።
alerts-lead-no-address = ሓደ ነገር ህጹጽ ምስ ዝኸውን ኢመይል ኣይመጸኩምን። ኣድራሻኹም ኣብ ገጽ ቅጥዕታትኩም ኣእትዉ።
alerts-failed = እቲ ናይ መወዳእታ መጠንቀቕታ ሓለዋ ብ { $day } ክለኣኽ ኣይከኣለን (ምኽንያት፦ { $reason })።
alerts-retrying = Voices ኣብቲ ዝቕጽል ዝተወሰነ ግዜ ደጊሙ ይፍትን።
alerts-gave-up = Voices ምፍታን ኣቋሪጹ ኣሎ። ነቲ ቅጥዒ ኣዐርዩ፣ ድሕሪኡ ካብ ገጽ ቅጥዕታት ናይ ፈተነ መልእኽቲ ስደዱ።
alerts-heading = ናይ ሓለዋ መጠንቀቕታታት
alerts-intro =
    { $minutes ->
        [one] ሓደ ጽሑፍ ህጹጽ ምስ ዝኸውን፣ ነፍሲ ወከፍ ኣድራሻ ዘለዎ ሓላፊ ሓለዋ ብቋንቋኡ ሓደ ኢመይል ይበጽሖ፣ webhook ድማ ተመሳሳሊ ቃላት ይበጽሖ፦ "ኣብ Voices ሓደ ነገር ሓላፊ ሓለዋ የድልዮ ኣሎ። ንምርኣዩ እተዉ።" ካልእ የለን። መጠንቀቕታታት ኣብ ዝተወሰነ ግዜ ጥራይ፣ ኣብ ነፍሲ ወከፍ { $minutes } ደቒቕ ይወጹ፣ ስለዚ ዝኾነ መዝገብ መዓስ ሓደ ሰብ ከም ዝኸፈለ ኣየርእን።
       *[other] ሓደ ጽሑፍ ህጹጽ ምስ ዝኸውን፣ ነፍሲ ወከፍ ኣድራሻ ዘለዎ ሓላፊ ሓለዋ ብቋንቋኡ ሓደ ኢመይል ይበጽሖ፣ webhook ድማ ተመሳሳሊ ቃላት ይበጽሖ፦ "ኣብ Voices ሓደ ነገር ሓላፊ ሓለዋ የድልዮ ኣሎ። ንምርኣዩ እተዉ።" ካልእ የለን። መጠንቀቕታታት ኣብ ዝተወሰነ ግዜ ጥራይ፣ ኣብ ነፍሲ ወከፍ { $minutes } ደቓይቕ ይወጹ፣ ስለዚ ዝኾነ መዝገብ መዓስ ሓደ ሰብ ከም ዝኸፈለ ኣየርእን።
    }
alerts-mail = ኢመይል
alerts-mail-on = ብ { $host }፣ ካብ { $from }
alerts-off = ኣይተዳለወን
alerts-webhook = Webhook
alerts-webhook-on = ተዳልዩ
alerts-leads = ኣድራሻ ዘለዎም ሓለፍቲ ሓለዋ
alerts-test = ናይ ፈተነ መልእኽቲ ስደዱ
alerts-test-hint = ሕጂ ናብ ነፍሲ ወከፍ ኣድራሻ ዘለዎ ሓላፊ ሓለዋን ናብ webhook ን ናይ ፈተነ መልእኽቲ ይሰድድ።
alerts-test-delivered = እቲ ናይ ፈተነ መልእኽቲ ተላኢኹ። ነፍሲ ወከፍ ሓላፊ ከም ዝበጽሖ ሕተቱ።
alerts-test-failed = እቲ ናይ ፈተነ መልእኽቲ ክለኣኽ ኣይከኣለን (ምኽንያት፦ { $reason })።
preferences-alert-address = ንመጠንቀቕታታት ሓለዋ ዝኸውን ኢመይል
preferences-alert-address-hint = ሓደ ነገር ህጹጽ ምስ ዝኸውን፣ Voices ናብዚ ኣድራሻ ብቋንቋ ገጻት ሰራሕተኛታትኩም ሓጺር መልእኽቲ ብዘይ ዝርዝር ይሰድድ። ሓንቲ እኳ እንተ ዘይደሊኹም ባዶ ግደፍዎ። ተሸጊሩ (ተመስጢሩ) ይዕቀብ።
preferences-alert-address-off = ኣብዚ መርበብ ብኢመይል ዝለኣኹ መጠንቀቕታታት ገና ኣይተዳለዉን።
error-alert-address-invalid = እዚ ኣድራሻ ኢመይል ኣይኮነን። በጃኹም ተመልከትዎ።
error-alert-test-too-soon = ቅድሚ ሓደ ደቒቕ ዘይመልእ ናይ ፈተነ መልእኽቲ ተላኢኹ ኣሎ። በጃኹም ሓደ ደቒቕ ተጸበዩ።
error-alerts-nobody = ናይ ፈተነ መልእኽቲ ዝለኣኸሉ ሰብ የለን፦ ዝኾነ ሓላፊ ሓለዋ ኣድራሻ ኢመይል የብሉን፣ webhook እውን የለን።
event-alert-test = ናይ ፈተነ መጠንቀቕታ ሓለዋ ሰዲዱ
event-alert-address = ናይ መጠንቀቕታ ኢመይል ቀይሩ

## Own roles
error-own-roles = ግደታትካ ባዕልኻ ክትቕይር ኣይትኽእልን። ካልእ ኣመሓዳሪ ሕተት።
event-own-roles-refused = ግደታቱ ባዕሉ ክቕይር ፈቲኑ (ተነጺጉ)
## Path to publication
item-claim-and-read = ነዚ ውሰዶን ኣንብቦን
item-claim-renew =
    { $minutes ->
        [one] ን{ $minutes } ደቒቕ ተወሳኺ ሓዞ
       *[other] ን{ $minutes } ደቓይቕ ተወሳኺ ሓዞ
    }
item-claim-to-change-intro = ካልእ ጽሑፍ ንምስዳድ፣ ቅድም ነዚ ውሰዶ። እቲ ሰብ ንሓድሽ ጽሑፍ ክሳብ ዝምልስ፣ ዝሃቦ ፍቓድ ይጸንሕ።
item-publish-heading = ንምዝርጋሕ ድሉው
item-publish-check = ተመልከትን ዘርግሕን
item-survivor-themes = እቲ ሰብ ዝመረጾም ኣርእስትታት፦
known-heading = Voices ዝፈልጦ፦
known-consent-publish = እቲ ሰብ ዝመረጾ፦ ድሕሪ ዝሰማማዓሉ ምእራም ቃላተይ ዘርግሑ።
known-consent-themes-only = እቲ ሰብ ዝመረጾ፦ ቃላተይ ኣብ ስም ዘይብሎም ኣርእስትታት ጥራይ ተጠቐሙሉ።
known-consent-team-only = እቲ ሰብ ዝመረጾ፦ ቃላተይ እቲ ጉጅለ ጥራይ የንብቦ።
known-approved-on = እቲ ሰብ ነዚ ልክዕ ቃላት ብ{ $day } ተሰማሚዑሉ።
known-not-approved = እቲ ሰብ ክሳብ ሕጂ ንዝተኣረመ ጽሑፍ ኣይተሰማምዐን።
publish-title = ኣቕሓ { $id } ዘርግሕ
publish-intro = ነቲ ቃላትን ኣበይ ከም ዝርአን ተመልከት። ኣብ መወዳእታ ዘሎ መልጎም ክሳብ ትጥውቕ ዝዝርጋሕ የለን።
publish-where-heading = ኣበይ ክርኣዩ እዮም
publish-where = ኣብቲ ብ{ $language } ዘሎ ህዝባዊ ገጽ ዛንታታት፣ ዝኾነ ሰብ ከንብቦ ዝኽእለሉ፦
publish-warnings = ምስዞም ልዕሊኦም ዘለዉ መጠንቀቕታታት ትሕዝቶ፦
publish-no-warnings = ብዘይ መጠንቀቕታ ትሕዝቶ።
publish-themes = ኣብ ትሕቲ እዞም ኣርእስትታት፦
publish-words-heading = ልክዕ ቃላት
publish-confirmed = ኣቐዲሙ ዝተረጋገጸ፦
publish-checklist-legend = ቅድሚ ምዝርጋሕ ኣረጋግጽ
publish-second-person = { $name } ክዝርጋሕ ሓቲቱ። ንስኻ እቲ ካልኣይ ሰብ ኢኻ።
publish-first-of-two = ሕጊ ክልተ ሰባት ስለ ዘሎ፣ መሳርሕትኻ ድሕሬኻ ይዝርግሖ።
publish-confirm = ነዚ ቃላት ዘርግሖ
publish-confirm-first = ካልኣይ ሰብ ክዝርግሖ ሕተት
publish-back = ናብቲ ኣቕሓ ተመለስ

## Bulk actions and reopening
queue-bulk-confirm-title = ቅድሚ ምቕጻልካ ተመልከት
queue-bulk-will-decline =
    { $count ->
        [one] እዚ ኣቕሓ ብምኽንያት «{ $reason }» ኣይክዝርጋሕን እዩ፦
       *[other] እዞም { $count } ኣቕሑ ብምኽንያት «{ $reason }» ኣይክዝርግሑን እዮም፦
    }
queue-bulk-decline-effects =
    { $days ->
        [one] እቲ ሰብ ነዚ ምኽንያት ዝኸውን ሕያዋይ መልእኽቲ ኣብ ገጽ ኮዱ ይርእዮ። እቲ ቃላት ድሕሪ { $days } መዓልቲ ይጠፍእ። ክሳብ ሽዑ ሓላፊ ሓለዋ ሓደ ኣቕሓ ክመልሶ ይኽእል።
       *[other] እቲ ሰብ ነዚ ምኽንያት ዝኸውን ሕያዋይ መልእኽቲ ኣብ ገጽ ኮዱ ይርእዮ። እቲ ቃላት ድሕሪ { $days } መዓልቲ ይጠፍእ። ክሳብ ሽዑ ሓላፊ ሓለዋ ሓደ ኣቕሓ ክመልሶ ይኽእል።
    }
queue-bulk-will-release =
    { $count ->
        [one] ነዚ ኣቕሓ ክትመልሶ ኢኻ፦
       *[other] ነዞም { $count } ኣቕሑ ክትመልሶም ኢኻ፦
    }
queue-bulk-left-out =
    { $count ->
        [one] እዚ ኣቕሓ ኣይተንከፈን፦
       *[other] እዞም { $count } ኣቕሑ ኣይተንከፉን፦
    }
queue-bulk-why-safeguarding = ስክፍታ ሓለዋ ኣለዎ። ክፈቶን ባዕልኻ ወስንን።
queue-bulk-why-unread = ክሳብ ሕጂ ዘንበቦ የለን።
queue-bulk-why-not-now = ካልእ ሰብ ሒዝዎ ኣሎ፣ ወይ ሕጂ ክቕየር ኣይክእልን።
queue-bulk-nothing = ዝቕየር ነገር የለን።
queue-bulk-confirm-decline =
    { $count ->
        [one] ነዚ ኣቕሓ ኣይትዘርግሖ
       *[other] ነዞም { $count } ኣቕሑ ኣይትዘርግሖም
    }
queue-bulk-confirm-release =
    { $count ->
        [one] ነዚ ኣቕሓ መልሶ
       *[other] ነዞም { $count } ኣቕሑ መልሶም
    }
queue-bulk-cancel = ናብቲ መስርዕ ተመለስ
queue-item-link = ኣቕሓ { $id }
item-reopen-intro = ብጌጋ ተነጺጉ ድዩ? እቲ ቃላት ገና ተዓቂቡ ክሳብ ዘሎ፣ ናብቲ መስርዕ ክትመልሶ ትኽእል።
item-reopen = ናብቲ መስርዕ መልሶ
done-reopen = እቲ ኣቕሓ ናብ መስርዕ ተመሊሱ።
event-reopen = ናብ መስርዕ ተመሊሱ

## Safeguarding list and content warnings
item-warnings-suggested = ዝተመኽሩ መጠንቀቕታታት ትሕዝቶ (ካብቶም ኣርእስትታት)፦

## Dates
date-day = { $day } { $month } { $year }
date-time = { $date }፣ { $time } { $zone }
month-1 = ጥሪ
month-2 = ለካቲት
month-3 = መጋቢት
month-4 = ሚያዝያ
month-5 = ግንቦት
month-6 = ሰነ
month-7 = ሓምለ
month-8 = ነሓሰ
month-9 = መስከረም
month-10 = ጥቅምቲ
month-11 = ሕዳር
month-12 = ታሕሳስ

## Queue on small screens, practitioners, invitations, wellbeing
queue-col-item = ኣቕሓ
nav-read-digests = ጽማቕ ጸብጻባት ኣንብብ
dashboard-practitioner-intro = ጽማቕ ጸብጻባት ኣርእስትታት፣ መንእሰያት ንVoices ዝበልዎ፣ ብዘይ ስም ዘለዉ ቁጽርታትን ክካፈሉ ዝተሰማምዑሎም ጥቕስታትን የርእዩ።
dashboard-police-not-stated = ገጻት ንመንእሰያት መዓስ ሓበሬታ ንፖሊስ ወይ ንኢሚግሬሽን ከም እትህቡ ክሳብ ሕጂ ክገልጹ ኣይክእሉን፦ ቅድም ክሓቱኹም ይነግርዎም። ኣብ voices.toml ንorganisation.police_and_immigration ኣቐምጡ።
wellbeing-limit-reached =
    { $cap ->
        [one] ሎሚ { $cap } ኣቕሓ ኣንቢብካ፣ ናይ መዓልቲ ደረትካ እዩ። ክሳብ ጽባሕ ሓድሽ ኣቕሓ ኣይቀርበልካን። ነቶም ሎሚ ዘንበብካዮም ግን ክትምልስ ትኽእል ኢኻ። ንርእስኻ ተኸናኸን።
       *[other] ሎሚ { $cap } ኣቕሑ ኣንቢብካ፣ ናይ መዓልቲ ደረትካ እዩ። ክሳብ ጽባሕ ሓድሽ ኣቕሓ ኣይቀርበልካን። ነቶም ሎሚ ዘንበብካዮም ግን ክትምልስ ትኽእል ኢኻ። ንርእስኻ ተኸናኸን።
    }
wellbeing-not-offered = ናይ መዓልቲ ደረትካ ስለ ዝበጻሕካ፣ እዚ ኣቕሓ ሎሚ ኣይቀርበልካን። መሳርሕትኻ ክወስዶ ይኽእል።

## Path to publication: changing an approved item
item-claim-to-change = ካልእ ጽሑፍ ንምልኣኽ ውሰዶ
## Waiting too long
item-level-why = እዚ ዝሕብራ ቃላት፦
queue-waiting-heading = ብዙሕ ተጸብዩ
queue-waiting-hint = ክሳብ ሕጂ ዝኸፈቶም የለን፣ ቅድሚ ግዜ እውን መጺኦም። ደረጃኦም ዝኾነ ይኹን፣ ቀዲምኩም ክፈትዎም።
queue-waiting-item =
    { $days ->
        [one] ኣቕሓ { $id }፣ { $days } መዓልቲ ተጸብዩ
       *[other] ኣቕሓ { $id }፣ { $days } መዓልቲ ተጸብዩ
    }
## Digest protection with ranges
digest-not-shown = ኣይተራእየን
digest-not-shown-why = "ኣይተራእየን" ዝበሃል ቁጽሪ ንሰባት ንምሕላው ተሓቢኡ ኣሎ፣ ነቶም ኣብኡ ዘለዉ፣ ወይ ኣብ ካልኦት ቁጽርታት ንክፍለጡ ክሕግዝ ዝኽእል። ብዛዕባ ዓቐን እቲ ቁጽሪ ዋላ ሓንቲ ኣይነግርን።
digest-protection-ranges = ካብ 10 ዝወሓዱ ቁጽርታትን ዜሮታትን ኣይራኣዩን። ካልኦት ቁጽርታት ናብ ዝቐረበ ብዜሕ 5 ይጠጋገኑ። ዝተሓብአ ቁጽሪ ካብ ካልኦት ምእንቲ ከይፍለጥ ወይ ከይቀርብ፣ ገለ ዝዓበዩ ቁጽርታት'ውን ኣይራኣዩን። ሚእታዊት ዝርአ እንተወሓደ 20 ሰባት ምስ መለሱ ጥራይ እዩ። ጥቕስታት ካብቶም ዝፈቐዱ ጥራይ፣ ብዝተቐበልዎ ቃላት፣ ሰለስተ ሰለስተ፣ ኣብ ትሕቲ እቶም ቁጽሮም ዝራኣዩ ኣርእስትታትን ቋንቋታትን ጥራይ።
digest-themes-chart-desc-shown = ቁጽሩ ንዝራአ ነፍሲ ወከፍ ኣርእስቲ ሓደ መስመር። ቁጽሮም ዘይራአ ኣርእስትታት መስመር የብሎምን። እቲ ኣብ ታሕቲ ዘሎ ሰሌዳ ተመሳሳሊ ቁጽርታት ኣለዎ።
digest-empty = ኣብዚ እዋን እዚ ዋላ ሓደ ሰብ ዝኾነ ነገር ኣየካፈለን።

## Digest rebuild
digests-admin-check-heading = ዝተዘርግሑ ጽማቕታት እንደገና ምስራሕ
digests-admin-check-help = ዝኾነ ካብኦም ፍሉይ ኮይኑ ከም ዝወጽእ ንምርኣይ፣ ነፍሲ ወከፍ ዝተዘርግሐ ጽማቕ ብናይ ሎሚ ሓበሬታ እንደገና ስራሕ። ዝተዘርግሐ ዋላ ሓንቲ ኣይቕየርን።
digests-admin-check = ዝተዘርግሑ ጽማቕታት ፈትሽ
digests-admin-check-same = ነፍሲ ወከፍ ዝተዘርግሐ ጽማቕ እንደገና ክስራሕ ከሎ ተመሳሳሊ እዩ ዝወጽእ።
digests-admin-check-differs = እዞም ጽማቕታት ሎሚ እንደገና ክስርሑ ከለዉ ፍሉይ ይወጹ፦ { $periods }። ከም ዝተዘርግሑ ይጸንሑ፣ ስለዚ ዝተዘርግሑ ቁጽርታቶም ኣይቕየሩን። መዝገብ ምርመራ ነፍሲ ወከፍ ፍልልይ ይመዝግብ።
## Queue pages by position
error-queue-link-invalid = መላግቦ እዚ ገጽ ደጊም ኣይሰርሕን እዩ። ካብ ቀዳማይ ገጽ መስርዕ እንደገና ጀምር።
## node chains
event-node-chain-started = ሓደ ሰርቨር ናይ ገዛእ ርእሱ መዝገብ ጀሚሩ
