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
landing-share-story = ዛንታኹም ኣካፍሉ
landing-give-feedback = ብዛዕባ ሓደ ኣገልግሎት ንገሩና
landing-what-happens-heading = ቃላትኩም እንታይ ይኾኑ
landing-no-name = ስምኩም ክትህቡ ኣየድልየኩምን እዩ። መን ምዃንኩም ፈጺምና ኣይንሓትትን ኢና።
landing-encrypted = ቃላትኩም ምስ ለኣኽኩምዎም ብኡንብኡ ይሽጎሩ (encrypted)።
landing-who-reads = ዘንብቦም ንእሽቶን ዝሰልጠነን ጉጅለ ጥራይ እዩ። ቅድሚ ዝኾነ ነገር ምክፋሉ፡ ኣስማት፡ ቦታታትን ኣብያተ ትምህርትን የውጽኡ።
landing-you-decide = ቃላትኩም እንታይ ከም ዝኾኑ ንስኹም ትውስኑ። ደሓር ሓሳብኩም ክትቅይሩ ወይ ክትድምስስዎም ትኽእሉ ኢኹም።
landing-about-link = መን ቃላትኩም ከም ዘንብብን ክንደይ ግዜ ከም እንሕዞምን ዝያዳ ፍለጡ
landing-leave-heading = ቀልጢፍኩም ምውጻእ
landing-leave-quickly = ቀልጢፍኩም ክትወጹ እንተ ደሊኹም፡ ኣብ ላዕሊ ናይቲ ገጽ "ካብዚ መርበብ ውጹ" ዝብል ጠውቑ።
landing-safety-link = ኣብ ኢንተርነት ብኸመይ ውሑሳት ክትኮኑ ከም እትኽእሉ
landing-come-back-heading = ምምላስ
landing-come-back = ምስ ኣካፈልኩም ኮድ ትረኽቡ። ብእኡ ተመሊስኩም መልስታት ከተንብቡ፡ ምርጫታትኩም ክትቅይሩ፡ ወይ ቃላትኩም ክትድምስሱ ትኽእሉ ኢኹም።

## Help now
help-now-heading = ሕጂ ሓገዝ ርኸቡ
help-now-intro = እዞም ኣገልግሎታት ብነጻ እዮም፡ ስምኩም ክትህቡ ድማ ኣየድልየኩምን።

## Sharing
share-no-name = እንተ ዘይደሊኹም፡ በጃኹም ስምኩም ወይ ስም ዝኾነ ሰብ ኣይትጽሓፉ።
share-we-remove-details = ቅድሚ ዝኾነ ነገር ምክፋሉ፡ ኣስማት፡ ቦታታትን ኣብያተ ትምህርትን ነውጽእ። ዝደለኹምዎ ትርጉም ፈጺምና ኣይንቕይሮን።
share-text-limit = ክሳብ { $limit } ፊደላት ክትጽሕፉ ትኽእሉ ኢኹም።
share-text-counter = ዝተረፉ ፊደላት:
share-submit = ለኣኹ
share-honeypot-label = በጃኹም እዚ ሳጹን ባዶ ግደፍዎ
share-copy-your-words = እዚኦም ቃላትኩም እዮም፡ ቀዲሕኩም ኣብ ውሑስ ቦታ ክትሕዝዎም
share-text-missing = በጃኹም ቅድሚ ምልኣኽኩም ገለ ጽሓፉ።
share-text-too-long = እዚ ኣዝዩ ነዊሕ እዩ። በጃኹም ኣሕጽርዎ። ቃላትኩም ገና ኣብዚ ኣለዉ።
share-not-saved = ሕጂ ክንዕቅቦ ኣይከኣልናን። ቃላትኩም ገና ኣብዚ ኣለዉ። በጃኹም ድሕሪ ቁሩብ ደቓይቕ ደጊምኩም ፈትኑ።
share-honeypot-filled = በጃኹም እዚ ሳጹን ባዶ ግበርዎ፡ ድሕሪኡ ደጊምኩም ለኣኹ።
form-nothing-lost = ቃላትኩም ገና ኣብዚ ኣለዉ። ዋላ ሓደ ኣይጠፍአን።
form-invalid-choice = በጃኹም ካብቶም ምርጫታት ሓደ ምረጹ።

story-heading = ዛንታኹም ኣካፍሉ
story-text-label = ዛንታኹም
story-text-hint = ብዝኾነ ቋንቋ ጽሓፉ። ብዙሕ ወይ ውሑድ፡ ከም ድሌትኩም ጽሓፉ።
story-themes-legend = ዛንታኹም ብዛዕባ እንታይ እዩ? (ክትሓልፍዎ ትኽእሉ ኢኹም)
story-themes-hint = ዝሰማማዕ ምልክት ግበሩሉ። እዚ ክንርዳእ ይሕግዘና። ዋላ ሓደ ዘይምምልካት እውን ይከኣል።

## Consent
consent-heading = ምርጫታትኩም
consent-intro = ቃላትኩም እንታይ ከም ዝኾኑ ንስኹም ትውስኑ። ደሓር ብኮድኩም ክትቅይርዎ ትኽእሉ ኢኹም።
consent-use-legend = ብቃላትኩም እንታይ ክንገብር ንኽእል?
consent-use-publish = ነቲ ዝተኣረመ ጽሑፍ ምስ ተሰማማዕኩሉ፡ ቃላተይ ኣብዚ መርበብ ዘርግሕዎም
consent-use-themes-only = መንእሰያት ዝነግሩኹም ንምቑጻር ጥራይ ተጠቐሙሎም፡ ቃላተይ ከየርኣኹም
consent-use-team-only = እቲ ጉጅለ ጥራይ የንብቦም
consent-quotes-legend = ካብ ቃላትኩም ቁሩብ ሓጸርቲ ሓረጋት ኣብ ጸብጻባትና ክንጥቀም ንኽእል ዶ?
consent-quotes-hint = ስምኩም ወይ መን ምዃንኩም ዘርኢ ዝኾነ ነገር ፈጺምና ኣይንጥቀምን።
consent-quotes-yes = እወ
consent-quotes-no = ኣይፋል
consent-use-missing = በጃኹም ብቃላትኩም እንታይ ክንገብር ከም እንኽእል ምረጹ።
consent-quotes-missing = በጃኹም እወ ወይ ኣይፋል ምረጹ።
consent-now-publish = ሕጂ: ነቲ ዝተኣረመ ጽሑፍ ምስ ተሰማማዕኩምሉ፡ ቃላትኩም ከነዘርግሖም ንኽእል።
consent-now-themes-only = ሕጂ: ቃላትኩም መንእሰያት ዝነግሩና ንምቑጻር ጥራይ ንጥቀመሎም።
consent-now-team-only = ሕጂ: ቃላትኩም ዘንብቦም እቲ ጉጅለ ጥራይ እዩ።

## Service feedback
feedback-heading = ብዛዕባ ሓደ ኣገልግሎት ንገሩና
feedback-service-legend = ብዛዕባ ኣየናይ ኣገልግሎት እዩ?
feedback-service-missing = በጃኹም ሓደ ኣገልግሎት ምረጹ።
service-police = ፖሊስ
service-social-care = ማሕበራዊ ክንክን ቆልዑ (ሰራሕተኛታት ማሕበራዊ ጉዳይ)
service-placement = ተኪእ ስድራ ወይ ገዛ ክንክን ቆልዑ
service-guardian = ናጻ ሞግዚት
service-referral = መስርሕ ምሕላፍ (ከም ግዳይ ምልላይ)
service-health = ጥዕና ወይ ጥዕና ኣእምሮ
service-school = ቤት ትምህርቲ ወይ ኮለጅ
service-legal-advice = ሕጋዊ ምኽሪ (ጠበቓ)
service-immigration = ኢሚግሬሽን ወይ ሚኒስትሪ ጉዳያት ውሽጢ (Home Office)
service-youth-justice = ፍትሒ መንእሰያት ወይ ቤት ፍርዲ
service-charity = ግብረ ሰናይ ትካል
service-interpreter = ተርጓሚ
service-other = ካልእ ነገር
feedback-region-label = እዚ ኣበይ ነይሩ? (ክትሓልፍዎ ትኽእሉ ኢኹም)
feedback-region-hint = ዓቢ ከባቢ ጥራይ፡ ከተማ ፈጺሙ ኣይንሓትትን።
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
feedback-questions-heading = ሓሙሽተ ሕቶታት
feedback-questions-hint = ዝደለኹምዎም መልሱ። ዝኾነ ሕቶ ክትሓልፉ ትኽእሉ ኢኹም።
question-listened = ሰሚዖምኹም ዶ?
question-believed = ኣሚኖምኹም ዶ?
question-kept-informed = እንታይ ይኸውን ከም ዝነበረ ነጊሮምኹም ዶ?
question-felt-safe = ውሑሳት ኮይኑ ተሰሚዑኩም ዶ?
question-own-language = ቋንቋኹም ክትጥቀሙ ክኢልኩም ዶ?
answer-1 = ፈጺሙ ኣይፋል
answer-2 = ቁሩብ
answer-3 = ሓሓሊፉ
answer-4 = መብዛሕትኡ ግዜ
answer-5 = እወ፡ ምሉእ ብምሉእ
answer-prefer-not-to-say = ክነግር ኣይደልን
feedback-text-label = ክትነግሩና እትደልዩ ካልእ ነገር ኣሎ ዶ? (ክትሓልፍዎ ትኽእሉ ኢኹም)
feedback-text-hint = ብዝኾነ ቋንቋ ጽሓፉ።
feedback-age-legend = ዕድመኹም ክንደይ እዩ? (ክትሓልፍዎ ትኽእሉ ኢኹም)
feedback-age-hint = ዕለተ ልደትኩም ፈጺምና ኣይንሓትትን።
age-band-under-16 = ትሕቲ 16
age-band-16-17 = 16 ወይ 17
age-band-18-21 = ካብ 18 ክሳብ 21
age-band-22-25 = ካብ 22 ክሳብ 25

## Receipt
receipt-created-heading = የቐንየልና። ቃላትኩም በጺሖምና።
receipt-created-intro = ኮድኩም እዚ እዩ:
receipt-created-why = ነዚ ኮድ ብጥንቃቐ ሓልውዎ: ናብ ቃላትኩም ንምምላስ እንኮ መንገዲ እዩ፡ ንሕና ድማ ደጊምና ከነርእየኩም ኣይንኽእልን ኢና።
receipt-created-keep = ጽሓፍዎ ወይ ስእሊ ኣልዕሉሉ፡ ንስኹም ጥራይ ክትርእይዎ ኣብ እትኽእሉ ቦታ ሓልውዎ። ነዚ ኮድ ዝሓዘ ዝኾነ ሰብ ቃላትኩም ከንብብ ይኽእል።
receipt-created-print = ነዚ ገጽ ክትሕትምዎ እውን ትኽእሉ ኢኹም።
receipt-print-button = ነዚ ገጽ ሕተሙ
receipt-created-next = ዝሰልጠነ ሰብ ቀልጢፉ ቃላትኩም ከንብብ እዩ። እንታይ ይኸውን ከም ዘሎ ንምርኣይ ብኮድኩም ተመለሱ።
receipt-lookup-link = ብኮድኩም ተመለሱ
receipt-heading = ብኮድኩም ተመለሱ
receipt-intro = ምስ ኣካፈልኩም ዝረኸብኩምዎ ኮድ ጽሓፉ። ናእሽቱ ወይ ዓበይቲ ፊደላት፡ ምስ ሰረዝ ወይ ብዘይ ሰረዝ፡ ኩሉ ይከኣል።
receipt-code-label = ኮድኩም
receipt-code-hint = ከምዚ ይመስል: 7KQ2-M9XD-4HFA-R3TC
receipt-open = ክፈቱ
receipt-code-invalid = ኮድ 16 ፊደላትን ቁጽርታትን ኣለዎ። በጃኹም ተመልከትዎ እሞ ደጊምኩም ፈትኑ።
receipt-code-not-found = ነዚ ኮድ ክንረኽቦ ኣይከኣልናን። በጃኹም ተመልከትዎ እሞ ደጊምኩም ፈትኑ።
receipt-view-heading = ቃላትኩም
receipt-status-heading = ሕጂ እንታይ ይኸውን ኣሎ
receipt-your-words = ዝጸሓፍኩምዎ
receipt-consent-heading = ምርጫታትኩም
receipt-consent-save = ምርጫታተይ ዓቅቡ
receipt-consent-saved = ምርጫታትኩም ተዓቂቡ።
status-received = ቃላትኩም በጺሖምና። ክሳብ ሕጂ ዘንበቦም ሰብ የለን።
status-in-review = ዝሰልጠነ ሰብ ሕጂ ቃላትኩም የንብብ ኣሎ።
status-awaiting-survivor = ንዓኹም ዝኸውን ሕቶ ወይ ዝተኣረመ ጽሑፍ ኣሎና። በጃኹም ኣብ ታሕቲ ኣንብብዎ።
status-approved = ከምቲ ዝተሰማማዕኩምሉ፡ ቃላትኩም ንምዝርጋሕ ድሉዋት እዮም።
status-published = ከምቲ ዝተሰማማዕኩምሉ፡ ቃላትኩም ኣብዚ መርበብ ተዘርጊሖም ኣለዉ።
status-themes-only = ቃላትኩም መንእሰያት ዝነግሩና ንምቑጻር ንጥቀመሎም ኣለና። ኣይንዝርግሖምን።
status-team-only = ቃላትኩም ዘንብቦም እቲ ጉጅለ ጥራይ እዩ። ኣይንዝርግሖምን።
status-declined = ሎሚ ግዜ ቃላትኩም ከነዘርግሖም ኣይከኣልናን። በጃኹም ኣብ ታሕቲ ዘሎ መልእኽትና ኣንብቡ።
status-withdrawn = ቃላትኩም ደምሲስኩምዎም። ሕጂ የለዉን።
withdraw-heading = ኩሉ ደምስሱ
withdraw-intro = ቃላትኩም ኣብ ዝኾነ ግዜ ክትድምስስዎም ትኽእሉ ኢኹም። እዚ ክምለስ ኣይክእልን እዩ።
withdraw-start = ቃላተይ ደምስሱ
withdraw-confirm-heading = ርግጸኛታት ዶ ኢኹም?
withdraw-confirm-intro = ቃላትኩም እንተ ደምሲስኩምዎም፡ ንሓዋሩ ይጠፍኡ። ዋላ ንስኹም ወይ ንሕና፡ ዝኾነ ሰብ ደጊሙ ከንብቦም ኣይክእልን።
withdraw-confirm-permanent = እዚ ክምለስ ኣይክእልን እዩ።
withdraw-confirm-button = እወ፡ ቃላተይ ደምስሱ
withdraw-cancel = ኣይፋል፡ ተመለሱ
withdrawn-heading = ቃላትኩም ተደምሲሶም
withdrawn-done = ቃላትኩም ጠፊኦም እዮም። ሕጂ ዝኾነ ሰብ ከንብቦም ኣይክእልን።
withdrawn-code-still-works = ኮድኩም ደጊምኩም እንተ ተጠቒምኩም፡ ቃላትኩም ከም ዝተደምሰሱ ጥራይ እዩ ዝነግረኩም።

## Staying safe
safety-heading = ኣብ ኢንተርነት ውሑሳት ምዃን
safety-leave-heading = ቀልጢፍኩም ውጹ
safety-leave-button = ኣብ ላዕሊ ናይ ዝኾነ ገጽ "ካብዚ መርበብ ውጹ" ዝብል ጠውቑ። ብዛዕባ ኩነታት ኣየር ዝሕብር መርበብ ይኸፍት።
safety-leave-keys = ኣብ ኮምፒዩተር፡ መጠወቒ Shift ሰለስተ ግዜ ቀልጢፍኩም ክትጠውቑ እውን ትኽእሉ ኢኹም።
safety-private-heading = ብሕታዊ መስኮት ተጠቐሙ
safety-private-what = ኣብ ብሕታዊ መስኮት፡ ተሌፎንኩም ወይ ኮምፒዩተርኩም ዝበጻሕኩምዎም ገጻት ኣይሕዝን።
safety-private-how = ኣብ መብዛሕትኦም ብራውዘራት፡ ሜኑ ክፈቱ እሞ "New private window" ወይ "New incognito tab" ምረጹ።
safety-history-heading = ታሪኽ (History) ደምስሱ
safety-history-what = ብሕታዊ መስኮት እንተ ዘይተጠቐምኩም፡ ሓደ ሰብ ነዚ መርበብ ኣብ ታሪኽ (History) ናይ ብራውዘርኩም ክርእዮ ይኽእል።
safety-history-how = ናይ ብራውዘርኩም ቅጥዕታት (settings) ክፈቱ፡ "History" ድለዩ፡ ካብዚ መርበብ ዘለዉ ገጻት ድማ ደምስሱ።
safety-shared-heading = ሓደ ሰብ ተሌፎንኩም እንተ ፈቲሹ
safety-shared-phone = እዚ መርበብ ኢመይል ወይ መልእኽቲ ኣይሰድድን፡ ኣብ ተሌፎንኩም ድማ ዋላ ሓንቲ ኣይዕቅብን።
safety-shared-code = ንስኹም ጥራይ ክትርእይዎ ኣብ እትኽእሉ ቦታ ኮድኩም ሓልዉ። ነዚ ኮድ ዝሓዘ ዝኾነ ሰብ ቃላትኩም ከንብብ ይኽእል።

## About
about-heading = ብዛዕባ Voices
about-what-heading = Voices እንታይ እዩ
about-what = Voices ዘካይዱ፡ ምስ ካብ ምዝመዛ ዝደሓኑ መንእሰያት ዝሰርሑ ሰባት እዮም። ኣገልግሎታት ክሰምዑ፡ ክኣምኑን ዝሓሸ ክገብሩን ንደሊ።
about-who-heading = ቃላትኩም መን የንብቦም
about-who = ዝለኣኽኩምዎ ዘንብብ ንእሽቶን ዝሰልጠነን ጉጅለ ጥራይ እዩ። ንድሕንነትኩም ንጹር ሕግታት ይስዕቡ፡ ንቃላትኩም ድማ ብኽብሪ ይሕዝዎም።
about-who-not = ካልእ ዝኾነ ሰብ ቃላትኩም ከንብብ ኣይክእልን: ነቶም ኮምፒዩተራት ዘካይዱ ሰባት ይኹን፡ ነቶም ብዛዕባኦም እትጽሕፉ ኣገልግሎታት።
about-happens-heading = ቃላትኩም እንታይ ይኾኑ
about-happens-review = ዝሰልጠነ ሰብ ቃላትኩም የንብብ። ኣስማት፡ ቦታታትን ኣብያተ ትምህርትን የውጽእ። ዝደለኹምዎ ትርጉም ፈጺሙ ኣይቅይሮን።
about-happens-choices = እወ እንተ ዘይበልኩም፡ ዋላ ሓደ ነገር ኣይካፈልን። ቃላትኩም ክካፈሉ እንተ ኾይኖም፡ ቅድም ነቲ ዝተኣረመ ጽሑፍ ትርእይዎ እሞ ትውስኑ።
about-happens-themes = ኣገልግሎታት እንታይ ክቕየር ከም ዘለዎ ንምርኣይ፡ ብዙሓት መንእሰያት ዝነግሩና ንቖጽር። እዚ ቍጽርታት መን መን ምዃኑ ፈጺሙ ኣየርእን።
about-kept-heading = ቃላትኩም ክንደይ ግዜ ንሕዞም
about-kept = እቲ ጉጅለ ኣብ ቃላትኩም ክሳብ ዝሰርሕ ንሕዞም፡ ዘይተጠቐምናሎም ድማ ድሕሪ ዝተወሰነ ግዜ ንድምስሶም።
about-kept-withdraw = ብኮድኩም ኣብ ዝኾነ ግዜ ባዕልኹም ቃላትኩም ክትድምስስዎም ትኽእሉ ኢኹም። ምስ ደምሰስኩምዎም ብኡንብኡ ይጠፍኡ።
about-safe-heading = ቃላትኩም ብኸመይ ውሑሳት ንገብሮም
about-safe-encrypted = ቃላትኩም ምስ በጽሑ ብኡንብኡ ይሽጎሩ (encrypted)። ክኸፍቶም ዝኽእል እቲ ጉጅለ ጥራይ እዩ፡ ወይ ድማ ንስኹም ብኮድኩም።
about-safe-no-trace = IP ኣድራሻኹም ኣይንሕዝን፡ ኣብዚ ገጻት ድማ cookies ኣይንጥቀምን።

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
error-consent-locked = ቃላትኩም ድሮ ተዘርጊሖም ስለ ዘለዉ፡ ሕጂ እዞም ምርጫታት ክቕየሩ ኣይክእሉን። ግን ሕጂ እውን ቃላትኩም ክትድምስስዎም ትኽእሉ ኢኹም።
error-storage-unavailable = ሕጂ ክንዕቅብ ወይ ከነንብብ ኣይንኽእልን ኢና። ካብቲ ዝለኣኽኩምዎ ዋላ ሓደ ኣይጠፍአን። በጃኹም ድሕሪ ቁሩብ ደቓይቕ ደጊምኩም ፈትኑ።
error-internal = ካብ ወገንና ገለ ጸገም ኣጋጢሙ። በጃኹም ደጊምኩም ፈትኑ።
error-bad-request = ዝተላእከ ክንርድኦ ኣይከኣልናን። በጃኹም ደጊምኩም ፈትኑ።
error-payload-too-large = ዝለኣኽኩምዎ ኣዝዩ ነዊሕ እዩ። በጃኹም ኣሕጽርዎ።
error-unprocessable = ገለ ካብቲ ዝተላእከ ቅኑዕ ኣይኮነን። በጃኹም ተመልከቱ እሞ ደጊምኩም ፈትኑ።
