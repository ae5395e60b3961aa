# Voices — پښتو (Pashto). DRAFT: needs review by a native speaker.
# Source: locales/en/main.ftl. Keep { $name } etc. exactly as they are.

## Every page
page-title = Voices
site-name = Voices
skip-to-content = اصلي منځپانګې ته ورشئ
quick-exit = له سایټه ووځئ
language-switcher = خپله ژبه وټاکئ
danger-now = همدا اوس په خطر کې یاست؟ 999 ته زنګ ووهئ
footer-run-by = دا سایټ { $organisation } چلوي.
footer-privacy = د محرمیت خبرتیا
not-emergency = Voices نه پوهېږي چې تاسو څوک یاست. نو موږ تاسو ته د مرستې لپاره نه شو درتلی، او ژر ځواب هم نه شو درکولی. که همدا اوس په خطر کې یاست، 999 ته زنګ ووهئ.
resource-call = زنګ ووهئ
resource-text = SMS ولېږئ

## Start page
landing-heading = ستاسو غږ مهم دی
landing-intro = Voices داسې ځای دی چې خپله کیسه پکې شریکه کړې، یا موږ ته د هغه خدمت په اړه ووایې چې باید مرسته یې درسره کړې وای.
landing-for-everyone = Voices په بریتانیا کې د ټولو ځوانانو لپاره دی، هر چېرته چې زېږېدلي یاست.
landing-share-story = خپله کیسه شریکه کړئ
landing-give-feedback = موږ ته د یوه خدمت په اړه ووایاست
landing-what-happens-heading = ستاسو له خبرو سره څه کېږي
landing-no-name = اړتیا نشته چې خپل نوم ووایاست. موږ هېڅکله نه پوښتو چې تاسو څوک یاست.
landing-encrypted = ستاسو خبرې همدا چې یې ولېږئ، قلف (رمزي) کېږي.
landing-who-reads = یوازې یو کوچنی او روزل شوی ټیم یې لولي. مخکې له دې چې څه شریک شي، هغه څه لرې کوي چې ښکاره کړي ته څوک یې، لکه نومونه، د تلیفون شمېرې، پتې او ښوونځي. د ښارونو نومونه معمولاً پاتې کېږي. که ستا خبرې خپرې شي، لومړی سمه شوې بڼه وینې.
landing-you-decide = تاسو پرېکړه کوئ چې ستاسو له خبرو سره څه وشي. تاسو کولی شئ وروسته خپل نظر بدل کړئ یا یې پاکې کړئ.
landing-about-link = نور معلومات: څوک ستاسو خبرې لولي او څومره موده یې ساتو
landing-leave-heading = ژر وتل
landing-leave-quickly = که ژر وتلو ته اړتیا لرئ، د پاڼې په سر کې «له سایټه ووځئ» کېکاږئ.
landing-safety-link = په انټرنېټ کې څنګه خوندي پاتې شئ
landing-come-back-heading = بېرته راتلل
landing-come-back = کله چې خپلې خبرې ولېږئ، یو کوډ درکول کېږي. په دې کوډ سره بېرته راتلی شئ چې ځوابونه ولولئ، خپل انتخابونه بدل کړئ، یا خپلې خبرې پاکې کړئ.

## Help now
help-now-heading = همدا اوس مرسته ترلاسه کړئ
help-now-intro = دا خدمتونه وړیا دي او اړتیا نشته چې خپل نوم ووایاست.

## Sharing
share-no-name = که نه غواړئ، مهرباني وکړئ خپل نوم یا د بل چا نوم مه لیکئ.
share-we-remove-details = مخکې له دې چې څه شریک شي، هغه څه لرې کوو چې ښکاره کړي ته څوک یې، لکه نومونه، د تلیفون شمېرې، پتې او ښوونځي. د ښارونو نومونه معمولاً پاتې کېږي. موږ هېڅکله ستا مطلب نه بدلوو.
share-quick-exit-warning = که «له سایټه ووځئ» کېکاږئ، هغه څه چې مو دلته لیکلي ورکېږي.
share-text-limit =
    { $limit ->
        [one] تاسو کولی شئ تر { $limit } توري پورې ولیکئ.
       *[other] تاسو کولی شئ تر { $limit } تورو پورې ولیکئ.
    }
share-text-counter = پاتې توري:
share-submit = ولېږئ
share-honeypot-label = مهرباني وکړئ دا خانه خالي پرېږدئ
share-copy-your-words = دا ستاسو خبرې دي، چې کاپي یې کړئ او په خوندي ځای کې یې وساتئ
share-text-missing = مهرباني وکړئ د لېږلو مخکې یو څه ولیکئ.
share-text-too-long = دا ډېر اوږد دی. مهرباني وکړئ لنډ یې کړئ. ستاسو خبرې لا دلته دي.
share-not-saved = موږ اوس دا خوندي نه کړای شو. ستاسو خبرې لا دلته دي. مهرباني وکړئ څو دقیقې وروسته بیا هڅه وکړئ.
share-honeypot-filled = مهرباني وکړئ دا خانه خالي کړئ، بیا یې ولېږئ.
form-nothing-lost = ستاسو خبرې لا دلته دي. هېڅ شی ورک شوی نه دی.
form-invalid-choice = مهرباني وکړئ له انتخابونو څخه یو وټاکئ.

story-heading = خپله کیسه شریکه کړئ
story-text-label = ستاسو کیسه
story-text-hint = په هره ژبه چې غواړئ ولیکئ. څومره چې غواړئ، ډېر یا لږ، ووایاست.
story-themes-legend = ستاسو کیسه د څه په اړه ده؟ (دا پرېښودلی شئ)
story-themes-hint = هر هغه چې سمون لري په نښه کړئ. دا له موږ سره د پوهېدو مرسته کوي. کولی شئ هېڅ یو هم په نښه نه کړئ.

## Consent
consent-heading = ستاسو انتخابونه
consent-intro = تاسو پرېکړه کوئ چې ستاسو له خبرو سره څه وشي. وروسته کولی شئ دا په خپل کوډ سره بدل کړئ.
consent-use-legend = موږ ستاسو له خبرو سره څه کولی شو؟
consent-use-publish = زما خبرې په دې وېبپاڼه کې خپرې کړئ، وروسته له دې چې سمه شوې بڼه ومنم
consent-use-themes-only = یوازې د دې لپاره یې وکاروئ چې وشمېرئ ځوانان تاسو ته څه وايي، زما له خبرو پرته
consent-use-team-only = یوازې ټیم یې لوستلی شي
consent-quotes-legend = آیا موږ کولی شو ستاسو له خبرو څخه څو لنډې جملې په خپلو راپورونو کې وکاروو؟
consent-quotes-hint = موږ هېڅکله ستاسو نوم یا داسې څه نه کاروو چې وښيي تاسو څوک یاست.
consent-use-publish-hint = حتی له نومونو پرته، کېدای شي یو څوک چې تاسو پېژني ستاسو کیسه وپېژني.
consent-quotes-when = یوازې که مو ټاکلي وي چې ستاسو خبرې په دې وېبپاڼه کې خپرې شي. موږ یوازې د هغې سمې شوې بڼې جملې کاروو چې تاسو منلې ده.
consent-reports-readers = زموږ راپورونه خیریه ادارو، هغو کسانو چې خدمتونه چلوي، او هغو کسانو ته ځي چې پالیسي جوړوي. دا راپورونه هېڅکله نه ښيي چې تاسو څوک یاست.
consent-privacy-link = د محرمیت خبرتیا ولولئ
consent-kept = که ستاسو خبرې ونه کاروو، زموږ له پرېکړې { $days ->
        [one] { $days } ورځ
       *[other] { $days } ورځې
    } وروسته یې پاکوو. تاسو هر وخت کولی شئ په خپل کوډ سره خپلې خبرې پاکې کړئ. خو هغه شمېرې یا جملې چې مخکې له مخکې په یوه خپاره شوي راپور کې دي، په هماغه راپور کې پاتې کېږي.
consent-quotes-yes = هو
consent-quotes-no = نه
consent-use-missing = مهرباني وکړئ وټاکئ چې موږ ستاسو له خبرو سره څه کولی شو.
consent-quotes-missing = مهرباني وکړئ هو یا نه وټاکئ.
consent-now-publish = اوس: موږ ستاسو خبرې خپرولی شو، وروسته له دې چې تاسو سمه شوې بڼه ومنئ.
consent-now-themes-only = اوس: موږ ستاسو خبرې یوازې د دې لپاره کاروو چې وشمېرو ځوانان موږ ته څه وايي.
consent-now-team-only = اوس: یوازې ټیم ستاسو خبرې لوستلی شي.
consent-now-quotes = تاسو ومنله چې زموږ په راپورونو کې ستاسو څو لنډې جملې وکارول شي.
police-not-stated = موږ نه پوهېږو چې ته څوک یې. دې سازمان تر اوسه نه دي ویلي چې کله به له پولیسو یا د کډوالۍ ادارې سره معلومات شریکوي. مخکې له دې چې د خپل کډوالۍ حالت په اړه ولیکې، له هغوی وپوښته.
police-safeguarding-only = موږ نه پوهېږو چې تاسو څوک یاست. موږ هېڅکله ستاسو خبرې د کډوالۍ ادارې ته نه ورکوو. موږ یوازې هغه وخت له پولیسو یا د ماشومانو د ساتنې له خدمتونو سره اړیکه نیسو چې فکر وکړو څوک همدا اوس په خطر کې دی.
police-only-if-the-law-requires = موږ نه پوهېږو چې تاسو څوک یاست. موږ ستاسو خبرې پولیسو یا د کډوالۍ ادارې ته نه ورکوو، مګر دا چې قانون مو مجبور کړي.

## Service feedback
feedback-heading = موږ ته د یوه خدمت په اړه ووایاست
feedback-service-legend = د کوم خدمت په اړه ده؟
feedback-service-missing = مهرباني وکړئ یو خدمت وټاکئ.
feedback-region-label = دا چېرته وو؟ (دا پرېښودلی شئ)
feedback-region-hint = یوازې یوه لویه سیمه، هېڅکله یو ښار نه.
feedback-region-none = یوه سیمه وټاکئ
region-north-east = د انګلستان شمال ختیځ (North East England)
region-north-west = د انګلستان شمال لوېدیځ (North West England)
region-yorkshire = یارکشایر او همبر (Yorkshire and the Humber)
region-east-midlands = ختیځ میډلینډز (East Midlands)
region-west-midlands = لوېدیځ میډلینډز (West Midlands)
region-east-of-england = د انګلستان ختیځ (East of England)
region-london = لندن
region-south-east = د انګلستان سوېل ختیځ (South East England)
region-south-west = د انګلستان سوېل لوېدیځ (South West England)
region-scotland = سکاټلینډ
region-wales = ویلز
region-northern-ireland = شمالي آیرلینډ
region-prefer-not-to-say = نه غواړم ووایم
feedback-questions-heading = د خدمت په اړه پوښتنې
feedback-questions-hint = هغو ته ځواب ورکړئ چې غواړئ. هره یوه پرېښودلی شئ.
feedback-text-label = نور څه شته چې غواړئ موږ ته یې ووایاست؟ (دا پرېښودلی شئ)
feedback-text-hint = په هره ژبه چې غواړئ ولیکئ.
feedback-age-legend = تاسو څو کلن یاست؟ (دا پرېښودلی شئ)
feedback-age-hint = موږ هېڅکله ستاسو د زېږېدو نېټه نه پوښتو.
age-band-under-16 = له 16 کم
age-band-16-17 = 16 یا 17
age-band-18-21 = له 18 تر 21
age-band-22-25 = له 22 تر 25
age-band-26-plus = 26 یا زیات
age-band-prefer-not-to-say = نه غواړم ووایم
helped-legend = آیا چا تاسو سره د دې په ډکولو کې مرسته وکړه؟ (تاسو کولی شئ دا پرېږدئ)
helped-hint = دا موږ سره ستاسو د خبرو په پوهېدو کې مرسته کوي.
helped-no = نه، ما پخپله وکړ
helped-worker = هو، یو کارکوونکی یا رضاکار
helped-someone-close = هو، یو ملګری یا زما د کورنۍ څوک
helped-prefer-not-to-say = نه غواړم ووایم

## Receipt
receipt-created-heading = مننه. ستاسو خبرې موږ ته ورسېدې.
receipt-created-intro = دا ستاسو کوډ دی:
receipt-created-why = دا کوډ په خوندي ځای کې وساتئ: خپلو خبرو ته د بېرته راتلو یوازینۍ لار همدا ده، او موږ یې بیا نه شو درښودلی.
receipt-created-keep-safe = داسې ځای یې ولیکئ چې یوازې تاسو یې ولیدی شئ، یا له داسې کارکوونکي چې باور پرې لرئ وغواړئ چې ستاسو لپاره یې وساتي. عکس لږ خوندي دی: عکسونه اکثره نورو وسیلو او آنلاین بېک اپ ته کاپي کېږي. هر څوک چې دا کوډ ولري، ستاسو خبرې لوستلی شي.
receipt-created-print = تاسو کولی شئ دا پاڼه چاپ هم کړئ.
receipt-print-button = دا پاڼه چاپ کړئ
receipt-created-when = یو روزل شوی کس به ستاسو خبرې ولولي. معمولاً تاسو کولی شئ په { $weeks ->
        [one] { $weeks } اونۍ
       *[other] { $weeks } اونیو
    } کې ځواب ترلاسه کړئ. له خپل کوډ سره بېرته راشئ چې وګورئ څه کېږي.
receipt-lookup-link = له خپل کوډ سره بېرته راشئ
receipt-heading = له خپل کوډ سره بېرته راشئ
receipt-intro = هغه کوډ ولیکئ چې د لېږلو پر وخت مو ترلاسه کړ. واړه یا لوی توري دواړه سم دي، له ډش (-) سره یا پرته.
receipt-code-label = ستاسو کوډ
receipt-code-hint = داسې ښکاري: 7KQ2-M9XD-4HFA-R3TC
receipt-open = پرانیزئ
receipt-code-invalid = کوډ 16 توري او شمېرې لري. مهرباني وکړئ ویې ګورئ او بیا هڅه وکړئ.
receipt-code-not-found = موږ دا کوډ ونه موند. مهرباني وکړئ ویې ګورئ او بیا هڅه وکړئ.
receipt-view-heading = ستاسو خبرې
receipt-status-heading = اوس څه کېږي
receipt-your-words = هغه څه چې تاسو ولیکل
receipt-consent-now-heading = تاسو څه وټاکل
receipt-consent-change-heading = خپل انتخابونه بدل کړئ
receipt-consent-save = زما انتخابونه خوندي کړئ
receipt-consent-saved = ستاسو انتخابونه خوندي شول.
status-received = ستاسو خبرې موږ ته رسېدلې دي. تر اوسه چا نه دي لوستې.
status-in-review = یو روزل شوی کس اوس ستاسو خبرې لولي.
status-awaiting-survivor = موږ ستاسو لپاره یوه پوښتنه یا سمه شوې بڼه لرو. مهرباني وکړئ لاندې یې ولولئ.
status-approved = ستاسو خبرې د خپرېدو لپاره چمتو دي، لکه څنګه چې تاسو ومنله.
status-published = ستاسو خبرې په دې وېبپاڼه کې خپرې شوې دي، لکه څنګه چې تاسو ومنله.
status-themes-only = ستاسو خبرې د دې لپاره کارول کېږي چې وشمېرو ځوانان موږ ته څه وايي. نه خپرېږي.
status-team-only = یوازې ټیم ستاسو خبرې لولي. نه خپرېږي.
status-declined = دا ځل موږ ستاسو خبرې خپرې نه کړای شوې. مهرباني وکړئ لاندې زموږ لیک ولولئ.
status-withdrawn = تاسو خپلې خبرې پاکې کړې. نور نشته.
withdraw-heading = هر څه پاک کړئ
withdraw-intro = تاسو هر وخت کولی شئ خپلې خبرې پاکې کړئ. دا کار بېرته نه راګرځي.
withdraw-start = زما خبرې پاکې کړئ
withdraw-confirm-heading = آیا ډاډه یاست؟
withdraw-confirm-intro = که خپلې خبرې پاکې کړئ، د تل لپاره له منځه ځي. هېڅوک یې بیا نه شي لوستلی، نه تاسو او نه موږ.
withdraw-confirm-permanent = دا کار بېرته نه راګرځي.
withdraw-confirm-button = هو، زما خبرې پاکې کړئ
withdraw-cancel = نه، بېرته ورشئ
withdrawn-heading = ستاسو خبرې پاکې شوې
withdrawn-done = ستاسو خبرې نور نشته. اوس هېڅوک یې نه شي لوستلی.
withdrawn-code-still-works = که خپل کوډ بیا وکاروئ، یوازې دا به ووايي چې ستاسو خبرې پاکې شوې دي.
receipt-link-expired = ستاسو د کوډ د خوندي ساتلو لپاره دا پاڼه وتړل شوه. مهرباني وکړئ خپل کوډ بیا ولیکئ.
receipt-close-tab = که داسې ټیلیفون یا کمپیوټر کاروئ چې نور خلک یې هم کاروي، کار مو چې خلاص شو دا پاڼه وتړئ.

## Receipt: messages and edited versions
receipt-messages-heading = له ټیم سره لیکونه
receipt-messages-none = تر اوسه هېڅ لیک نشته.
message-from-team = ټیم
message-from-you = تاسو
message-from-survivor = لیکونکی
receipt-reply-label = ټیم ته ولیکئ
receipt-reply-hint = یوازې ټیم یې لوستلی شي. اړ نه یاست چې هغه څه ته ځواب ورکړئ چې نه یې غواړئ.
receipt-reply-send = ولېږئ
receipt-reply-sent = ستاسو لیک ولېږل شو. ټیم به یې ولولي.
receipt-edit-heading = ټیم یوه سمه شوې بڼه وړاندې کوي
receipt-edit-approved-heading = هغه بڼه چې تاسو ومنله
receipt-edit-intro = موږ هغه جزئیات لرې کړل چې ښايي وښيي تاسو څوک یاست. مهرباني وکړئ ویې لولئ. تر هغو چې هو ونه وایاست، هېڅ شی نه شریکېږي.
receipt-edit-yours = هغه څه چې تاسو ولیکل
receipt-edit-suggested = سمه شوې بڼه
receipt-edit-choose = اوس تاسو ټاکئ چې څه وشي.
receipt-edit-approve = هو، دا بڼه سمه ده
receipt-edit-changes-label = څه بدلول غواړئ؟
receipt-edit-changes-hint = په خپلو خبرو یې موږ ته ووایاست. موږ به تاسو ته نوې بڼه درولېږو.
receipt-edit-changes = د بدلون غوښتنه وکړئ
receipt-edit-refuse-intro = که نه غواړئ هېڅ بڼه شریکه شي، نه ووایاست. ستاسو نور انتخابونه همداسې پاتې کېږي.
receipt-edit-refuse = نه، مه یې شریکوئ
receipt-approved = مننه. تاسو دې بڼې ته هو وویل.
receipt-changes-sent = مننه. ټیم به هغه څه ولولي چې تاسو یې بدلول غواړئ.
receipt-refused = مننه. دا بڼه به شریکه نه شي.
receipt-second-look-label = غواړئ چې بل څوک یې بیا وګوري؟
receipt-second-look-hint = یو ځل یې غوښتلی شئ. د ټیم یو بل کس به ستاسو خبرې ولولي. که وغواړئ، یو لیک هم ورسره لیکلی شئ.
receipt-second-look = د دوهمې کتنې غوښتنه وکړئ
receipt-second-look-sent = مننه. یو بل کس به ستاسو خبرې بیا وګوري.
message-empty = مهرباني وکړئ لومړی یو لیک ولیکئ.
message-too-long = دا لیک ډېر اوږد دی. مهرباني وکړئ تر 2000 تورو پورې وکاروئ.
error-not-now-survivor = دا کار اوس نه شي کېدای. پاڼه ښيي چې تاسو څه کولی شئ.
error-item-changed-survivor = کله چې تاسو په دې پاڼه کې وئ، یو څه بدل شول. مهرباني وکړئ بیا یې وګورئ او یو ځل بیا هڅه وکړئ.
error-cross-site = دا فورمه له بلې وېبپاڼې لېږل شوې وه، نو موږ ونه کاروله. هېڅ شی ورک شوی نه دی. که مو غوښتل چې ویې لېږئ، مهرباني وکړئ له همدې پاڼې یې بیا ولېږئ.

## Stories
stories-title = کیسې
stories-intro = ځوانانو پخپله وټاکل چې دا کیسې شریکې کړي. موږ هغه جزئیات لرې کړل چې ښايي وښيي دوی څوک دي، او هر یوه وروستۍ بڼه منلې ده.
stories-filter-theme = موضوع
stories-filter-language = ژبه
stories-any = ټول
stories-filter-apply = وښایاست
stories-none = تر اوسه دلته هېڅ کیسه نشته.
stories-themes = موضوعات:
stories-warning = د منځپانګې خبرداری:
stories-warning-choice = تاسو کولی شئ وټاکئ چې ویې نه لولئ.
stories-read = دا کیسه ولولئ
stories-show = کیسه وښایاست
story-page-title = یوه کیسه
stories-agreed = لیکونکي منلې ده چې دا خبرې شریکې شي.
stories-back = ټولو کیسو ته بېرته ورشئ

## Staying safe
safety-heading = په انټرنېټ کې خوندي پاتې کېدل
safety-leave-heading = ژر ووځئ
safety-leave-button = د هرې پاڼې په سر کې «له سایټه ووځئ» کېکاږئ. دا د هوا د حال یوه وېبپاڼه پرانیزي.
safety-leave-keys = په کمپیوټر کې، تاسو کولی شئ درې ځله په چټکۍ سره د Shift تڼۍ هم کېکاږئ.
safety-leave-loses = که د لیکلو پر مهال په دې ډول ووځئ، هغه څه چې مو لیکلي ورکېږي.
safety-private-heading = خصوصي کړکۍ وکاروئ
safety-private-what = په خصوصي کړکۍ کې، ستاسو ټیلیفون یا کمپیوټر هغه پاڼې نه ساتي چې تاسو یې ګورئ.
safety-private-browsers = Chrome: مېنو پرانیزئ او «New Incognito tab» وټاکئ. Safari په iPhone کې: د ټبونو (tabs) تڼۍ کېکاږئ، بیا «Private». Samsung Internet: د ټبونو (tabs) تڼۍ کېکاږئ، بیا «Turn on Secret mode». Firefox: مېنو پرانیزئ او «New private window» وټاکئ.
safety-private-limits = خصوصي کړکۍ هغه څه چې تاسو یې کوئ د څارنې له اپونو (tracking apps) نه پټوي. که بل څوک ستاسو ټیلیفون کنټرولوي، کېدای شي بیا هم یې وویني. که کولی شئ، داسې ټیلیفون یا کمپیوټر وکاروئ چې باور پرې لرئ.
safety-history-heading = خپله تاریخچه پاکه کړئ
safety-history-what = که تاسو خصوصي کړکۍ نه وي کارولې، یو څوک کولی شي دا سایټ ستاسو د براوزر په تاریخچه کې وویني.
safety-history-how = د خپل براوزر تنظیمات پرانیزئ، «History» ومومئ، او د دې سایټ پاڼې پاکې کړئ.
safety-shared-heading = که څوک ستاسو ټیلیفون ګوري
safety-shared-history = دا سایټ برېښنالیک یا SMS نه لېږي. خو ستاسو براوزر د هغو پاڼو لېست ساتي چې تاسو یې ګورئ (تاریخچه)، مګر دا چې خصوصي کړکۍ وکاروئ.
safety-shared-code = خپل کوډ داسې ځای کې وساتئ چې یوازې تاسو یې ولیدی شئ. هر څوک چې دا کوډ ولري، ستاسو خبرې لوستلی شي.

## About
about-heading = د Voices په اړه
about-what-heading = Voices څه شی دی
about-what = Voices هغه کسان چلوي چې له ژوندي پاتې شویو ځوانانو سره کار کوي. موږ غواړو خدمتونه غوږ ونیسي، باور وکړي او ښه کار وکړي.
about-who-heading = څوک ستاسو خبرې لولي
about-who = یوازې یو کوچنی او روزل شوی ټیم هغه څه لولي چې تاسو یې لېږئ. دوی روښانه قواعد مني چې تاسو خوندي وساتي، او ستاسو خبرو ته درناوی کوي.
about-who-not = بل هېڅوک ستاسو خبرې نه شي لوستلی: نه هغه کسان چې کمپیوټرونه چلوي، او نه هغه خدمتونه چې تاسو یې په اړه لیکئ.
about-happens-heading = ستاسو له خبرو سره څه کېږي
about-happens-review = یو روزل شوی کس ستا خبرې لولي. هغه څه لرې کوي چې ښکاره کړي ته څوک یې، لکه نومونه، د تلیفون شمېرې، پتې او ښوونځي. د ښارونو نومونه معمولاً پاتې کېږي. هېڅکله ستا مطلب نه بدلوي.
about-happens-choices = تر هغو چې تاسو هو نه وي ویلي، هېڅ شی نه شریکېږي. که ستاسو خبرې شریکېږي، تاسو لومړی سمه شوې بڼه ګورئ او پرېکړه کوئ.
about-happens-themes = موږ هغه څه شمېرو چې ډېر ځوانان یې موږ ته وايي، ترڅو خدمتونو ته وښیو چې څه باید بدل شي. دا شمېرې هېڅکله نه ښيي چې څوک څوک دی.
about-kept-heading = ستاسو خبرې څومره موده ساتو
about-kept-days = که ستاسو خبرې ونه کاروو، زموږ له پرېکړې { $days ->
        [one] { $days } ورځ
       *[other] { $days } ورځې
    } وروسته یې پاکوو. هغه خبرې چې خپرې شي یا وشمېرل شي، تر هغو پاتې کېږي چې تاسو یې پاکې کړئ.
about-kept-withdraw = تاسو پخپله هر وخت کولی شئ په خپل کوډ سره خپلې خبرې پاکې کړئ. کله چې دا وکړئ، سمدستي له منځه ځي.
about-kept-report = هغه شمېرې یا جملې چې مخکې له مخکې په یوه خپاره شوي راپور کې دي، په هماغه راپور کې پاتې کېږي. موږ یې بېرته نه شو اخیستلی.
about-safe-heading = ستاسو خبرې څنګه خوندي ساتو
about-safe-encrypted = ستاسو خبرې همدا چې راورسېږي، قلف (رمزي) کېږي. یوازې ټیم یې خلاصولی شي، یا تاسو په خپل کوډ سره.
about-safe-no-trace = موږ ستاسو IP پته نه ساتو، او په دې پاڼو کې کوکیز نه کاروو.
privacy-heading = د محرمیت خبرتیا
privacy-unset-organisation = هغه اداره چې دا سایټ چلوي
privacy-unset-contact = (تر اوسه نه دی ورکړل شوی)
privacy-not-filled = هغې ادارې چې دا سایټ چلوي، تر اوسه دا خبرتیا نه ده بشپړه کړې.

## Staff area
staff-login-title = د کارکوونکو ننوتل
staff-name = نوم
staff-passphrase = پټه جمله
staff-sign-in = ننوتل
staff-sign-out = وتل
staff-signed-in-as = تاسو د { $name } ({ $role }) په نوم ننوتي یاست
staff-role = رول
staff-role-admin = مدیر
staff-role-moderator = څارونکی
staff-role-safeguarding-lead = د ساتنې مسؤل
staff-role-practitioner = مرستندوی کارکوونکی
staff-status = حالت
staff-status-active = فعال
staff-status-disabled = غیر فعال
staff-dashboard-title = د کارکوونکو برخه
staff-dashboard-intro = تاسو ننوتي یاست. که 30 دقیقې هېڅ کار ونه کړئ، په اتومات ډول به وویستل شئ.
staff-list-heading = کارکوونکي
dashboard-urgent = بیړني توکي چې په تمه دي: { $count }
dashboard-from-survivors = له لیکونکو نوي ځوابونه: { $count }
dashboard-open-queue = د کتنې قطار پرانیزئ
dashboard-organisation-missing = دا سایټ تر اوسه نه وايي چې څوک یې چلوي. مخکې له دې چې ځوانانو ته د سایټ په اړه ووایاست، په voices.toml کې organisation.name او organisation.contact وټاکئ، او په moderation/privacy.toml کې د محرمیت خبرتیا وګورئ.
dashboard-manage-staff = کارکوونکي راوبلئ یا یې بدل کړئ
nav-label = د کارکوونکو برخه
nav-home = کور
nav-queue = د کتنې قطار
nav-safeguarding = ساتنه
nav-guidelines = لارښوونې
nav-staff = کارکوونکي
nav-settings = تنظیمات
nav-audit = د پلټنې ثبت
nav-digests = لنډیزونه
nav-preferences = زما تنظیمات
pagination-label = پاڼې
pagination-previous = مخکینۍ پاڼه
pagination-next = بله پاڼه
pagination-position = پاڼه { $page } له { $pages }
wellbeing-break =
    { $count ->
        [one] نن مو { $count } توکی پرانیستی دی. دا کار دروند دی: مهرباني وکړئ لږ دمه وکړئ.
       *[other] نن مو { $count } توکي پرانیستي دي. دا کار دروند دی: مهرباني وکړئ لږ دمه وکړئ.
    }
wellbeing-guidelines-link = د خپل ځان پاملرنه
wellbeing-cap =
    { $cap ->
        [one] نن: { $count } له { $cap } توکي.
       *[other] نن: { $count } له { $cap } توکو.
    }

## Staff: review queue
queue-title = د کتنې قطار
queue-intro = لومړی بیړني توکي راځي، بیا هغه توکي چې په هغو ژبو دي چې تاسو یې لولئ، له تر ټولو زاړه پیل. قطار هېڅکله د هېچا خبرې نه ښيي.
queue-filter-view = وښایاست
queue-view-needs-action = اقدام ته اړتیا لري
queue-view-from-survivors = له لیکونکو نوي ځوابونه
queue-view-awaiting = د لیکونکي په تمه
queue-view-done = بشپړ شوي
queue-view-declined = نه دي خپاره شوي
queue-view-all = ټول
queue-filter-language = ژبه
queue-filter-level = د ساتنې کچه
queue-any = هر یو
queue-filter-apply = وښایاست
queue-count = { $count ->
        [one] { $count } توکی
       *[other] { $count } توکي
    }
queue-empty = دلته هېڅ نشته.
queue-select = وټاکئ
queue-select-item = توکی { $id } وټاکئ
queue-col-priority = کچه
queue-col-language = ژبه
queue-col-kind = ډول
queue-col-age = انتظار
queue-col-state = حالت
queue-col-holder = چا سره دی
queue-age-days = { $days ->
        [0] نن
        [one] { $days } ورځ
       *[other] { $days } ورځې
    }
queue-held-by-you = تاسو
queue-survivor-waiting = نوی ځواب
queue-bulk-legend = د ټاکل شویو توکو لپاره
queue-bulk-hint = یوازې د هغو ساده مواردو لپاره چې تا لوستي دي. د اندېښنې یا بیړني توکي، او هغه چې هېچا نه دي لوستي، تل پرېښودل کېږي. مخکې له دې چې څه وشي، وینې چې څه به کېږي.
queue-bulk-duplicate = مه یې خپروئ: تکراري دی
queue-bulk-spam = مه یې خپروئ: ریښتینې لیکنه نه ده (سپام)
queue-bulk-release = هغه توکي بېرته ورکړئ چې ما سره دي
queue-bulk-apply = ترسره یې کړئ
queue-bulk-done = ترسره شول: { $done }. پرېښودل شول: { $skipped }.
kind-story = کیسه
kind-feedback = د خدمت په اړه نظر
state-received = نوی
state-in-review = لوستل کېږي
state-awaiting-survivor = د لیکونکي په تمه
state-approved = لیکونکي هو وویل
state-published = خپور شوی
state-themes-only = یوازې شمېرنه
state-team-only = یوازې ټیم
state-declined = نه دی خپور شوی
state-withdrawn = لیکونکي پاک کړ

## Staff: an item
item-title = توکی { $id }
item-reading-title = د توکي { $id } لوستل
item-kind = ډول
item-language = ژبه
item-received = رارسېدلی
item-level = د ساتنې کچه
item-state = حالت
item-consent = لیکونکي منلي دي
item-consent-publish = د هغو سمو شویو خبرو خپرول چې دی یې مني
item-consent-themes-only = یوازې بې نومه شمېرنه
item-consent-team-only = یوازې ټیم یې لولي
item-quotes-yes = لنډې جملې اجازه لري
item-quotes-no = جملې نه
item-holder = چا سره دی
item-claim-left =
    { $minutes ->
        [one] (پاتې دقیقې: { $minutes })
       *[other] (پاتې دقیقې: { $minutes })
    }
item-survivor-waiting = لیکونکي یو نوی شی لیکلی یا پرېکړه کړې ده.
item-second-look = لیکونکي د دوهمې کتنې غوښتنه کړې. یو بل څارونکی باید یې ولولي.
item-publish-requested = { $name } د دې د خپرولو غوښتنه کړې. یو دوهم کس باید یې خپور کړي.
item-claim-intro = دا توکی واخلئ چې کار پرې وکړئ. تر څو چې تاسو سره وي، بل څوک پرې کار نه شي کولی.
item-take-back-intro = لیکونکي تر اوسه ځواب نه دی ورکړی. تاسو کولی شئ توکی بېرته واخلئ چې بې له هغه پرېکړه وکړئ. بیا هغه سمه شوې بڼه چې تاسو لېږلې وه، بېرته اخیستل کېږي.
item-take-back = بېرته یې واخلئ
item-before-you-read = د لوستلو مخکې
item-before-you-read-intro = ښايي دا داسې شیان بیان کړي چې لوستل یې سخت وي.
item-warnings-confirmed = د منځپانګې خبرداری:
item-you-can-stop = تاسو دلته درېدلی شئ. توکی بېرته ورکړئ، یا یې یوه همکار ته وسپارئ.
item-read = ویې لولئ
item-release = بېرته یې ورکړئ
item-hand-off-label = چا ته یې سپارئ
item-hand-off-hint = یوازې هغه همکاران ښودل کېږي چې دا ژبه لولي.
item-hand-off = وسپارئ
item-words-heading = د لیکونکي خبرې
item-no-words = خبرې نشته، یوازې ځوابونه.
item-details-found = { $count ->
        [one] { $count } جزء چې یو څوک پېژندلی شي
       *[other] { $count } جزئیات چې یو څوک پېژندلی شي
    }
item-suggestions-hint = روښانه شوې برخې یوازې وړاندیزونه دي. تاسو پرېکړه کوئ چې څه لرې کړئ.
item-review-heading = ستاسو کتنه
item-level-suggested = د Voices وړاندیز: { $level }
item-themes-legend = موضوعات
item-warnings-legend = د منځپانګې خبرداری
item-checklist-legend = د کتنې لېست
item-review-save = زما کتنه خوندي کړئ
item-edit-heading = سمه شوې بڼه
item-edit-hint = هغه څه لرې کړئ چې څوک پېژندلی شي، نه مطلب. مخکې له دې چې هر څه خپاره شي، لیکونکی باید هو ووايي.
item-edit-label = سمه شوې بڼه
item-edit-message-label = ورسره یو لیک (اختیاري)
item-edit-send = لیکونکي ته یې ولېږئ
item-versions-heading = لېږل شوې بڼې
proposal-pending = د ځواب په تمه
proposal-approved = لیکونکي هو وویل
proposal-changes-requested = لیکونکي د بدلون غوښتنه وکړه
proposal-refused = لیکونکي نه وویل
proposal-superseded = بدله شوه
item-messages-heading = لیکونه
messages-none = تر اوسه هېڅ لیک نشته.
item-template-label = له یوې بېلګې پیل وکړئ
item-template-hint = بېلګې په { $language } لیکل شوې دي، چې د لیکونکي ژبه ده.
item-template-none = بې بېلګې
item-message-label = ستاسو لیک
item-message-hint = لنډ او ګرم، د لیکونکي په ژبه. د ټیم په نوم لاسلیک وکړئ، هېڅکله په خپل نوم نه.
item-message-send = ولېږئ
item-message-ask = ولېږئ او د ځواب انتظار وکړئ
item-decide-heading = پرېکړه وکړئ
item-themes-only-intro = دا خبرې یوازې د موضوعاتو د شمېرلو لپاره وکاروئ. هېڅ شی نه خپرېږي.
item-themes-only = یوازې شمېرنه
item-team-only-intro = دا خبرې یوازې د ټیم لپاره وساتئ.
item-team-only = یوازې ټیم
item-decline-reason = ولې دا خبرې نه شي خپرېدلی؟
item-decline-hint = لیکونکی د دې دلیل لپاره په خپله ژبه یو نرم لیک ویني. هغه کولی شي یو ځل د دوهمې کتنې غوښتنه وکړي.
item-decline-message = ستاسو خپل لیک (اختیاري)
item-decline = مه یې خپروئ
item-notes-heading = د ساتنې یادښتونه
item-notes-hint = څه وشول. یوازې کارکوونکي دا یادښتونه لوستلی شي.
item-note-label = نوی یادښت
item-note-save = یادښت خوندي کړئ
item-timeline-heading = څه پېښ شول
item-timeline-empty = تر اوسه هېڅ.
who-survivor = لیکونکی
who-voices = Voices
event-shared = شریک یې کړ
event-claim = توکی یې واخیست
event-take-back = بېرته یې واخیست
event-release = بېرته یې ورکړ
event-hand-off = بل چا ته یې وسپاره
event-propose-edit = سمه شوې بڼه یې ولېږله
event-ask = پوښتنه یې وکړه
event-message = لیک یې ولېږه
event-use-for-themes = یوازې شمېرنه
event-keep-for-team = یوازې ټیم
event-decline = خپور نه شو
event-publish = خپور شو
event-approve = هو یې وویل
event-request-changes = د بدلون غوښتنه یې وکړه
event-refuse = نه یې وویل
event-reply = لیک یې ولیکه
event-ask-second-look = د دوهمې کتنې غوښتنه یې وکړه
event-change-consent = خپل انتخابونه یې بدل کړل
event-withdraw = هر څه یې پاک کړل
event-expire-claim = د توکي د اخیستو وخت پای ته ورسېد
event-review = کتنه یې خوندي کړه
event-escalated = بیړنی په نښه شو
event-safeguarding-note = د ساتنې یادښت یې ولیکه
event-staff-invited = یو څوک یې راوباله
event-staff-joined = یوځای شو
event-staff-updated = د یو چا رولونه یا ژبې یې بدلې کړې
event-staff-disabled = یو څوک یې غیر فعال کړ
event-invitation-cancelled = یوه بلنه یې لغوه کړه
event-settings-changed = تنظیمات یې بدل کړل
event-purged = د ساتلو له مودې وروسته پاک شو
done-claim = دا توکی اوس تاسو سره دی.
done-review = ستاسو کتنه خوندي شوه.
done-propose = سمه شوې بڼه لیکونکي ته ولېږل شوه.
done-message = ستاسو لیک ولېږل شو.
done-ask = ستاسو لیک ولېږل شو. توکی د لیکونکي د ځواب په تمه دی.
done-themes-only = ترسره شو: یوازې شمېرنه.
done-team-only = ترسره شو: یوازې ټیم.
done-decline = ترسره شو: نه خپرېږي. لیکونکی به دلیل وویني.
done-publish = ترسره شو.
done-release = تاسو توکی بېرته ورکړ.
done-take-back = توکی بېرته تاسو سره دی.
done-hand-off = توکی وسپارل شو.
done-note = یادښت خوندي شو.
safeguarding-title = ساتنه
safeguarding-intro = هر هغه توکی چې د ساتنې کچه لري او تر اوسه هېڅ مسؤل پرې یادښت نه دی لیکلی، وروسته چې هر څه ورسره شوي وي، لومړی بیړني. یو توکی له دې لیست څخه هغه وخت وځي چې یو مسؤل ولیکي چې څه وشول. هېڅ شی پخپله له Voices نه وځي.
guidelines-title = موږ څنګه څارنه کوو
guidelines-english-only = لارښوونې اوس مهال یوازې په انګلیسي دي.

## Staff: administration
admin-staff-title = کارکوونکي
admin-staff-list = ټول
admin-roles-legend = رولونه
admin-roles-hint = هغه مدیر چې کتنه هم کوي، د څارونکي رول ته هم اړتیا لري.
admin-languages-legend = هغه ژبې چې دوی یې لولي
admin-edit-person = { $name } بدل کړئ
admin-save = خوندي کړئ
admin-disable-hint = د یو چا غیر فعالول یې ټولې ناستې پای ته رسوي او کیلي یې له منځه وړي. دا کار بېرته نه راګرځي.
admin-disable = غیر فعال کړئ
admin-invite-heading = یو څوک راوبلئ
admin-invite-intro = تاسو یو لینک ترلاسه کوئ چې ورته یې ولېږئ. یو ځل کار کوي، تر 72 ساعتونو پورې. دوی خپله پټه جمله پخپله ټاکي.
admin-invite = لینک جوړ کړئ
admin-invite-made = د { $name } لپاره لینک:
admin-invite-once = اوس یې کاپي کړئ: یوازې همدا یو ځل ښودل کېږي.
admin-pending-heading = هغه بلنې چې لا نه دي کارول شوې
admin-cancel-invitation = لغوه کړئ
done-staff-update = خوندي شو.
done-staff-disable = غیر فعال شو.
done-staff-cancel = بلنه لغوه شوه.
admin-settings-title = تنظیمات
admin-break-after = په یوه ورځ کې له دومره توکو وروسته د دمې وړاندیز وکړئ
admin-break-after-hint = له 1 تر 1000 پورې یوه شمېره.
admin-daily-cap = ډېر تر ډېره توکي چې یو څارونکی یې په یوه ورځ کې پرانیستلی شي
admin-daily-cap-hint = د بې حده لپاره یې خالي پرېږدئ.
admin-two-person = خپرول دوو بېلو څارونکو ته اړتیا لري
done-settings = تنظیمات خوندي شول.
audit-title = د پلټنې ثبت
audit-intro = هر بدلون دلته لیکل کېږي او په یوه ځنځیر کې تړل کېږي، نو که یو ثبت بدل یا لرې شي، موندل کېدای شي. د لیکونکو کړنې یوازې ورځ ښيي.
audit-verify = ټول ثبت وګورئ
audit-verified = ثبت بشپړ دی: { $staff } د کارکوونکو ثبتونه، { $survivor } د لیکونکو ثبتونه.
audit-broken = ثبت بدل شوی دی: ځنځیر { $chain }، ثبت { $id }.
audit-chains = ثبتونه
audit-staff-chain = کارکوونکي
audit-survivor-chain = لیکونکي
audit-when = کله
audit-who = څوک
audit-what = څه
audit-item = توکی
audit-detail = جزئیات
preferences-title = زما تنظیمات
preferences-language = د کارکوونکو د پاڼو ژبه
preferences-language-browser = زما د براوزر ژبه
preferences-reads = هغه ژبې چې تاسو یې لولئ
preferences-reads-hint = دا مدیر ټاکي. په دې ژبو توکي ستاسو په قطار کې لومړی راځي.
done-preferences = خوندي شو.
invite-title = د Voices له ټیم سره یوځای شئ
invite-intro = د { $name } لپاره یوه پټه جمله وټاکئ. یوازې تاسو به پرې پوهېږئ.
invite-submit = زما حساب جوړ کړئ
invite-done-title = ستاسو حساب چمتو دی
invite-done = اوس ننوتلی شئ. دا لینک به بیا کار ونه کړي.

## First admin
setup-title = لومړی مدیر جوړ کړئ
setup-intro = دا لینک یوازې یو ځل کار کوي. هغه حساب چې دلته یې جوړوئ، نور کارکوونکي زیاتولی شي.
setup-passphrase-hint = لږ تر لږه 12 توري وکاروئ. څو کلمې چې یو له بل سره تړاو نه لري، پیاوړې دي او په یاد ساتل یې اسانه دي.
strength-too-short = لا ډېر لنډ دی: نور یې ولیکئ.
strength-acceptable = ښه دی. څو نور ټکي یې پیاوړی کوي.
strength-strong = پیاوړی.
setup-passphrase-confirm = پټه جمله بیا ولیکئ
setup-submit = د مدیر حساب جوړ کړئ
setup-done-title = د مدیر حساب چمتو دی
setup-done = اوس ننوتلی شئ. دا د جوړولو لینک به بیا کار ونه کړي.

## Forms
form-error-summary = مهرباني وکړئ دا وګورئ:
error-name-required = مهرباني وکړئ یو نوم ولیکئ.
error-passphrase-required = مهرباني وکړئ پټه جمله ولیکئ.
error-confirm-required = مهرباني وکړئ پټه جمله بیا ولیکئ.
error-field-required = مهرباني وکړئ دا ډک کړئ.

## Errors
error-title = یوه ستونزه پېښه شوه
error-not-found-title = دا پاڼه نه شو موندلی
error-rate-limited-title = مهرباني وکړئ لږ صبر وکړئ
error-back-home = لومړۍ پاڼې ته لاړ شئ
error-not-found = کېدای شي پاڼه بل ځای ته تللې وي، یا لینک غلط وي.
error-rate-limited =
    { $minutes ->
        [one] ډېرې هڅې وشوې. مهرباني وکړئ { $minutes } دقیقه صبر وکړئ، بیا هڅه وکړئ.
       *[other] ډېرې هڅې وشوې. مهرباني وکړئ { $minutes } دقیقې صبر وکړئ، بیا هڅه وکړئ.
    }
error-sign-in-failed = نوم یا پټه جمله سمه نه ده.
error-not-signed-in = مهرباني وکړئ لومړی ننوځئ.
error-forbidden = ستاسو حساب دا کار نه شي کولی.
error-csrf-mismatch = دا فورمه ډېر وخت خلاصه وه. مهرباني وکړئ بیا هڅه وکړئ.
error-name-taken = دا نوم مخکې بل چا اخیستی دی. مهرباني وکړئ بل نوم وټاکئ.
error-name-empty = مهرباني وکړئ یو نوم ولیکئ.
error-name-too-long = نوم تر 64 تورو پورې کېدای شي.
error-name-invalid = نوم پټ کنټرولي توري نه شي لرلی.
error-weak-passphrase = پټه جمله ډېره لنډه یا ډېره ساده ده. لږ تر لږه 12 توري وکاروئ.
error-common-passphrase = ډېر خلک دا پټه جمله کاروي، نو په اسانۍ اټکل کېږي. څو بې اړیکې کلمې وټاکئ.
error-passphrase-too-long = پټه جمله ډېره اوږده ده. تر 1024 تورو پورې وکاروئ.
error-passphrase-mismatch = دواړه پټې جملې یو شان نه دي.
error-wrong-admin-credentials = د مدیر نوم یا پټه جمله سمه نه ده.
error-first-staff-must-be-admin = لومړی حساب باید د مدیر حساب وي.
error-no-setup-pending = هېڅ جوړونه په تمه نه ده.
error-last-admin = دا وروستی مدیر دی. لومړی یو بل مدیر زیات کړئ.
error-unknown-staff = په دې نوم هېڅ کارکوونکی نشته.
error-receipt-not-found = موږ دا کوډ ونه موند. مهرباني وکړئ ویې ګورئ او بیا هڅه وکړئ.
error-receipt-invalid = کوډ 16 توري او شمېرې لري. مهرباني وکړئ ویې ګورئ او بیا هڅه وکړئ.
error-consent-locked = ستاسو خبرې مخکې خپرې شوې دي، نو اوس دا انتخابونه نه شي بدلېدلی. تاسو لا هم کولی شئ خپلې خبرې پاکې کړئ.
error-storage-unavailable = اوس نه شو کولی څه خوندي کړو یا ولولو. هغه څه چې تاسو لېږلي، نه دي ورک شوي. مهرباني وکړئ څو دقیقې وروسته بیا هڅه وکړئ.
error-internal = زموږ په لوري یوه ستونزه پېښه شوه. مهرباني وکړئ بیا هڅه وکړئ.
error-bad-request = موږ ونه پوهېدو چې څه ولېږل شول. مهرباني وکړئ بیا هڅه وکړئ.
error-payload-too-large = هغه څه چې تاسو ولېږل ډېر اوږد دي. مهرباني وکړئ لنډ یې کړئ.
error-unprocessable = د لېږل شویو شیانو یوه برخه سمه نه ده. مهرباني وکړئ وګورئ او بیا هڅه وکړئ.
error-not-now = تر هغو چې توکی په دې حالت کې وي، دا کار نه شي کېدای.
error-claimed-by-other = بل څوک پر دې توکي کار کوي.
error-not-your-claim = تاسو نور پر دې توکي کار نه کوئ. لومړی یې بیا واخلئ.
error-consent-does-not-allow = د لیکونکي انتخابونه د دې اجازه نه ورکوي.
error-checklist-incomplete = لومړی د کتنې لېست هره برخه په نښه کړئ، او خپله کتنه خوندي کړئ.
error-no-approved-wording = لیکونکي تر اوسه هېڅ سمې شوې بڼې ته هو نه ده ویلې.
error-no-pending-proposal = هېڅ سمه شوې بڼه د ځواب په تمه نه ده.
error-second-look-used = د دوهمې کتنې غوښتنه مخکې شوې ده.
error-second-look-needs-another = دوهمه کتنه باید یو بل څارونکی وکړي.
error-second-person-needed = یو دوهم کس باید دا خپور کړي.
error-hand-off-to-self = بل څوک وټاکئ.
error-item-changed = همدا اوس یو چا دا توکی بدل کړ. اوس داسې دی.
error-daily-cap-reached = تاسو د نن ورځې حد ته رسېدلي یاست. مهرباني وکړئ د نن لپاره ودرېږئ.
error-view-expired = دا پاڼه وتړل شوه. مهرباني وکړئ له سره پیل وکړئ.
error-message-empty = مهرباني وکړئ لومړی یو لیک ولیکئ.
error-message-too-long = دا لیک ډېر اوږد دی. مهرباني وکړئ تر 2000 تورو پورې وکاروئ.
error-unknown-choice = یو انتخاب نه پېژندل کېږي. مهرباني وکړئ بیا یې وټاکئ.
error-edit-says-nothing = سمه شوې بڼه باید لا هم یو څه ووايي. جزئیات لرې کړئ، نه مطلب.
error-edit-too-long = سمه شوې بڼه ډېره اوږده ده.
error-form-too-long = هغه څه چې تاسو ولېږل ډېر اوږد دي.
error-form-incomplete = د فورمې یوه برخه نشته. مهرباني وکړئ پاڼه بیا پرانیزئ او بیا هڅه وکړئ.
error-decline-reason-missing = مهرباني وکړئ دلیل وټاکئ.
error-unknown-action = دا کړنه نه پېژندل کېږي.
error-setting-out-of-range = مهرباني وکړئ په ښودل شوې اندازه کې یوه شمېره وکاروئ.
error-roles-missing = مهرباني وکړئ لږ تر لږه یو رول وټاکئ.
error-role-change-needs-invitation = د رول دا بدلون نوې بلنې ته اړتیا لري.
error-bulk-nothing-selected = مهرباني وکړئ لږ تر لږه یو توکی وټاکئ.
error-bulk-no-action = مهرباني وکړئ وټاکئ چې څه وشي.

## Translation review

dashboard-languages-heading = ژبې
dashboard-languages-intro = هره ژباړه تر کومه حده کتل شوې ده. یوه ژبه ځوانانو ته یوازې هغه وخت وړاندې کړئ چې یو اصلي ویونکي یې کتنه کړې وي. تر هغه وخته، تاسو کولی شئ هغه په voices.toml کې د languages.hidden تنظیم سره د ژبو له لېست څخه پټه کړئ.
dashboard-language = ژبه
dashboard-language-review = کتنه
dashboard-language-questions = خلاصې پوښتنې
dashboard-language-switcher = د ژبو لېست
dashboard-language-offered = ښکاري
dashboard-language-hidden = پټه ده
translation-state-source = اصلي متن
translation-state-drafted = مسوده، نه ده کتل شوې
translation-state-fluent-reviewed = یو روان ویونکي کتلې ده، لا تر اوسه اصلي ویونکي نه
translation-state-native-reviewed = اصلي ویونکي کتلې ده: چمتو ده

## Digests
digests-title = د موضوعاتو لنډیزونه
digests-intro = هغه څه چې ځوانانو شریک کړي، هره میاشت او هر درې میاشتې د موضوع له مخې شمېرل کېږي. شمېرې ساتل کېږي چې هېڅوک ونه پېژندل شي.
digests-none = تر اوسه هېڅ لنډیز نه دی خپور شوی.
digests-released = خپور شوی په { $day }
digests-download-json = شمېرې ښکته کړئ (JSON)
digests-download-csv = شمېرې ښکته کړئ (CSV)
digests-feed = د نویو لنډیزونو خبرپاڼه (Atom)
digests-practitioners-only = دا لنډیزونه د مسلکي کارکوونکو لپاره دي. مهرباني وکړئ ننوځئ، یا د API ټوکن وکاروئ.
digests-too-many = ډېرې غوښتنې. مهرباني وکړئ یوه دقیقه صبر وکړئ او بیا هڅه وکړئ.
digest-title = د موضوعاتو لنډیز { $period }
digest-items = شمېرل شوي توکي:
digest-protection-heading = شمېرې څنګه ساتل کېږي
digest-themes-heading = موضوعات
digest-themes-chart-title = توکي د موضوع له مخې
digest-col-theme = موضوع
digest-col-count = شمېر
digest-col-trend = د تېرې مودې په پرتله
digest-trend-up = زیات
digest-trend-down = کم
digest-trend-same = هماغسې
digest-trend-none = پرتله نشته
digest-responses-heading = تاسو وویل، موږ وکړل
digest-languages-heading = ژبې
digest-col-language = ژبه
digest-col-story = کیسې
digest-col-feedback = د خدمتونو په اړه نظر
digest-col-total = ټول
digest-not-given = نه دی ویل شوی
digest-age-heading = عمر
digest-age-chart-desc = د هرې هغې عمري ډلې لپاره یوه میله ده چې خپره شوې شمېره لري. لاندې جدول همدا شمېرې لري.
digest-col-age = عمري ډله
digest-regions-heading = سیمې (د خدمتونو په اړه نظر)
digest-col-region = سیمه
digest-services-heading = د خدمتونو په اړه نظر
digest-services-none = په دې موده کې هېڅ خدمت دومره نظرونه نه درلودل چې ځوابونه وښودل شي.
digest-col-answer = ځواب
digest-col-percent = برخه
digest-quotes-heading = د دوی په خپلو کلمو
digest-quote-warning = د منځپانګې خبرداری:
digest-quote-show = نقل قول وښایاست
digest-back = ټول لنډیزونه
ysd-title = تاسو وویل، موږ وکړل
ysd-intro = ټیم د هغو څه په اړه چې ځوانانو شریک کړي څه کوي.
ysd-none = تر اوسه ځواب نشته.
ysd-from = د { $period } له لنډیز څخه
digests-admin-title = لنډیزونه: لاسرسی، ټوکنونه او ځوابونه
digests-admin-access = څوک لنډیزونه لوستلی شي
digests-admin-public = هرڅوک
digests-admin-practitioners = یوازې مسلکي کارکوونکي (ننوتي، یا له ټوکن سره)
digests-admin-save = خوندي کول
digests-admin-tokens = د API ټوکنونه
digests-admin-token-name = دا ټوکن د چا لپاره دی
digests-admin-issue = ټوکن جوړ کړئ
digests-admin-token-once = دا ټوکن همدا اوس کاپي کړئ. یوازې همدا یو ځل ښودل کېږي:
digests-admin-revoke = لغوه کول
digests-admin-revoked = لغوه شو
digests-admin-respond = یوې موضوع ته ځواب («تاسو وویل، موږ وکړل»)
digests-admin-period = لنډیز
digests-admin-response = سازمان د دې په اړه څه کوي
digests-admin-post = ځواب خوندي کړئ
digests-admin-done = خوندي شو.

## Receipt: an edited version that changed
error-edit-changed = ټیم متن بدل کړ. نوې بڼه ولولئ.

## Safeguarding alerts
lead-alert-subject = ‏Voices د ساتنې مسؤل ته اړتیا لري
lead-alert-body = په Voices کې یو شی د ساتنې مسؤل ته اړتیا لري. د لیدلو لپاره ننوځئ.
lead-alert-test-subject = ‏Voices: یو ازمېښتي پیغام
lead-alert-test-body = دا د Voices یو ازمېښتي پیغام دی. کله چې یو شی د ساتنې مسؤل ته اړتیا ولري، داسې یو پیغام، پرته له کوم جزیات، دلته راځي. د لیدلو لپاره Voices ته ننوځئ.
alerts-guidance-on =
    { $minutes ->
        [one] ‏Voices د ساتنې مسؤلینو ته په { $minutes } دقیقه کې خبر ورکوي، په داسې پیغام چې د دې توکي په اړه هېڅ نه وايي. که څوک همدا اوس په خطر کې وي، تاسو هم پخپله مسؤل ته خبر ورکړئ، لکه څنګه چې ستاسو ټیم موافقه کړې.
       *[other] ‏Voices د ساتنې مسؤلینو ته په { $minutes } دقیقو کې خبر ورکوي، په داسې پیغام چې د دې توکي په اړه هېڅ نه وايي. که څوک همدا اوس په خطر کې وي، تاسو هم پخپله مسؤل ته خبر ورکړئ، لکه څنګه چې ستاسو ټیم موافقه کړې.
    }
alerts-guidance-off = ‏Voices هېچا ته خبر نه ورکوي. همدا اوس پخپله د ساتنې مسؤل ته خبر ورکړئ، لکه څنګه چې ستاسو ټیم موافقه کړې.
alerts-off-admin = د ساتنې خبرتیاوې نه دي جوړې شوې: کله چې یو توکی بیړنی شي، Voices هېچا ته نه وايي. په voices.toml کې د lead_alerts.smtp_host / lead_alerts.webhook_url لاندې یو SMTP سرور یا webhook وټاکئ، او له هر د ساتنې مسؤل وغواړئ چې د خپلو تنظیماتو په پاڼه کې د برېښنالیک پته ورکړي.
alerts-no-addresses = د ساتنې خبرتیاوې جوړې دي، خو هېڅ د ساتنې مسؤل د برېښنالیک پته نه ده ورکړې، نو هېچا ته خبر نه ورکول کېږي. هر مسؤل خپله پته د خپلو تنظیماتو په پاڼه کې ورکوي.
alerts-lead-no-address = کله چې یو شی بیړنی شي تاسو ته برېښنالیک نه درځي. خپله پته د خپلو تنظیماتو په پاڼه کې ورکړئ.
alerts-failed = د ساتنې وروستۍ خبرتیا په { $day } ونه لېږل شوه (لامل: { $reason }).
alerts-retrying = ‏Voices په بل ټاکلي وخت کې بیا هڅه کوي.
alerts-gave-up = ‏Voices هڅه بنده کړې ده. تنظیم سم کړئ، بیا د تنظیماتو له پاڼې یو ازمېښتي پیغام ولېږئ.
alerts-heading = د ساتنې خبرتیاوې
alerts-intro =
    { $minutes ->
        [one] کله چې یو توکی بیړنی شي، هر د ساتنې مسؤل چې پته یې ورکړې په خپله ژبه یو برېښنالیک ترلاسه کوي، او webhook هم هماغه خبرې ترلاسه کوي: «په Voices کې یو شی د ساتنې مسؤل ته اړتیا لري. د لیدلو لپاره ننوځئ.» نور هېڅ نه. خبرتیاوې یوازې په ټاکلو وختونو کې، هره { $minutes } دقیقه، وځي، ترڅو هېڅ ثبت ونه ښيي چې چا کله څه شریک کړل.
       *[other] کله چې یو توکی بیړنی شي، هر د ساتنې مسؤل چې پته یې ورکړې په خپله ژبه یو برېښنالیک ترلاسه کوي، او webhook هم هماغه خبرې ترلاسه کوي: «په Voices کې یو شی د ساتنې مسؤل ته اړتیا لري. د لیدلو لپاره ننوځئ.» نور هېڅ نه. خبرتیاوې یوازې په ټاکلو وختونو کې، هرې { $minutes } دقیقې، وځي، ترڅو هېڅ ثبت ونه ښيي چې چا کله څه شریک کړل.
    }
alerts-mail = برېښنالیک
alerts-mail-on = د { $host } له لارې، له { $from } څخه
alerts-off = نه دی جوړ شوی
alerts-webhook = Webhook
alerts-webhook-on = جوړ شوی
alerts-leads = د ساتنې مسؤلین چې پته یې ورکړې
alerts-test = ازمېښتي پیغام ولېږئ
alerts-test-hint = همدا اوس هر د ساتنې مسؤل ته چې پته یې ورکړې او webhook ته یو ازمېښتي پیغام لېږي.
alerts-test-delivered = ازمېښتي پیغام ولېږل شو. له هر مسؤل وپوښتئ چې ورسېد که نه.
alerts-test-failed = ازمېښتي پیغام ونه لېږل شو (لامل: { $reason }).
preferences-alert-address = د ساتنې خبرتیاوو لپاره برېښنالیک
preferences-alert-address-hint = کله چې یو شی بیړنی شي، Voices دې پتې ته ستاسو د کارکوونکو د پاڼو په ژبه یو لنډ پیغام، پرته له جزیاتو، لېږي. که هېڅ نه غواړئ، تش یې پرېږدئ. پته قلف (رمزي) ساتل کېږي.
preferences-alert-address-off = په دې سایټ کې د برېښنالیک خبرتیاوې لا نه دي جوړې شوې.
error-alert-address-invalid = دا د برېښنالیک پته نه ده. مهرباني وکړئ وې ګورئ.
error-alert-test-too-soon = له یوې دقیقې لږ مخکې یو ازمېښتي پیغام ولېږل شو. مهرباني وکړئ یوه دقیقه صبر وکړئ.
error-alerts-nobody = څوک نشته چې ازمېښتي پیغام ورته ولېږل شي: هېڅ د ساتنې مسؤل د برېښنالیک پته نه لري، او webhook هم نشته.
event-alert-test = د ساتنې ازمېښتي خبرتیا یې ولېږله
event-alert-address = د خبرتیاوو برېښنالیک یې بدل کړ

## Own roles
error-own-roles = تاسو خپل رولونه پخپله نشئ بدلولی. له بل مدیر څخه وغواړئ.
event-own-roles-refused = هڅه یې وکړه چې خپل رولونه پخپله بدل کړي (رد شوه)
## Path to publication
item-claim-and-read = دا توکی واخله او ویې لوله
item-claim-renew =
    { $minutes ->
        [one] نوره { $minutes } دقیقه یې وساته
       *[other] نور { $minutes } دقیقې یې وساته
    }
item-claim-to-change-intro = د بلې بڼې لېږلو لپاره، لومړی دا توکی واخله. د لیکونکي «هو» پاتې کېږي تر هغه چې نوې بڼې ته ځواب ورکړي.
item-publish-heading = د خپرولو لپاره چمتو
item-publish-check = وګوره او خپور یې کړه
item-survivor-themes = هغه موضوعات چې لیکونکي غوره کړل:
known-heading = هغه څه چې Voices پرې پوهېږي:
known-consent-publish = لیکونکي غوره کړل: زما خبرې د هغه سمون وروسته خپرې کړئ چې زه یې ومنم.
known-consent-themes-only = لیکونکي غوره کړل: زما خبرې یوازې په بې‌نومه موضوعاتو کې وکاروئ.
known-consent-team-only = لیکونکي غوره کړل: زما خبرې یوازې ټیم لولي.
known-approved-on = لیکونکي په { $day } دقیقاً همدې خبرو ته هو ووایه.
known-not-approved = لیکونکي تر اوسه سمې شوې بڼې ته هو نه ده ویلې.
publish-title = توکی { $id } خپور کړه
publish-intro = خبرې او هغه ځای وګوره چې پکې ښکارېږي. تر هغه چې د پای تڼۍ ونه وهې، هېڅ نه خپرېږي.
publish-where-heading = چېرته به ښکاره شي
publish-where = د کیسو په عامه پاڼه کې په { $language } ژبه، چېرې چې هر څوک یې لوستلی شي:
publish-warnings = له دې د منځپانګې خبرتیاوو سره چې پورته یې دي:
publish-no-warnings = پرته له کومې خبرتیا څخه.
publish-themes = د دې موضوعاتو لاندې:
publish-words-heading = دقیقې خبرې
publish-confirmed = مخکې تایید شوي:
publish-checklist-legend = له خپرولو مخکې تایید کړه
publish-second-person = { $name } د دې د خپرولو غوښتنه وکړه. ته دویم کس یې.
publish-first-of-two = د دوو کسانو قاعده فعاله ده، نو یو همکار یې له تا وروسته خپروي.
publish-confirm = دا خبرې خپرې کړه
publish-confirm-first = له دویم کس وغواړه چې خپور یې کړي
publish-back = توکي ته بېرته

## Bulk actions and reopening
queue-bulk-confirm-title = مخکې له دې چې دوام ورکړې، وګوره
queue-bulk-will-decline =
    { $count ->
        [one] دا توکی نه خپرېږي، په دې دلیل «{ $reason }»:
       *[other] دا { $count } توکي نه خپرېږي، په دې دلیل «{ $reason }»:
    }
queue-bulk-decline-effects =
    { $days ->
        [one] لیکونکی د دې دلیل مهربان پیغام د خپل کوډ په پاڼه کې ویني. خبرې له { $days } ورځې وروسته له منځه ځي. تر هغه وخته د ساتنې مسؤل کولی شي یو توکی بېرته راوګرځوي.
       *[other] لیکونکی د دې دلیل مهربان پیغام د خپل کوډ په پاڼه کې ویني. خبرې له { $days } ورځو وروسته له منځه ځي. تر هغه وخته د ساتنې مسؤل کولی شي یو توکی بېرته راوګرځوي.
    }
queue-bulk-will-release =
    { $count ->
        [one] دا توکی به بېرته ورکړې:
       *[other] دا { $count } توکي به بېرته ورکړې:
    }
queue-bulk-left-out =
    { $count ->
        [one] دا توکی پرېښودل کېږي:
       *[other] دا { $count } توکي پرېښودل کېږي:
    }
queue-bulk-why-safeguarding = د ساتنې اندېښنه لري. پرانیزه یې او پخپله پرېکړه وکړه.
queue-bulk-why-unread = تر اوسه یې هېچا نه دی لوستی.
queue-bulk-why-not-now = بل چا سره دی، یا اوس نه بدلېږي.
queue-bulk-nothing = هېڅ نه بدلېږي.
queue-bulk-confirm-decline =
    { $count ->
        [one] دا توکی مه خپروه
       *[other] دا { $count } توکي مه خپروه
    }
queue-bulk-confirm-release =
    { $count ->
        [one] دا توکی بېرته ورکړه
       *[other] دا { $count } توکي بېرته ورکړه
    }
queue-bulk-cancel = بېرته کتار ته
queue-item-link = توکی { $id }
item-reopen-intro = په غلطۍ رد شو؟ تر هغه چې خبرې یې لا ساتل کېږي، کولی شې بېرته یې کتار ته راوګرځوې.
item-reopen = بېرته یې کتار ته راوګرځوه
done-reopen = توکی بېرته کتار ته راغی.
event-reopen = کتار ته بېرته راوګرځول شو

## Safeguarding list and content warnings
item-warnings-suggested = وړاندیز شوې د منځپانګې خبرتیاوې (له موضوعاتو):

## Dates
date-day = { $day } { $month } { $year }
date-time = { $date }، { $time } { $zone }
month-1 = جنوري
month-2 = فبروري
month-3 = مارچ
month-4 = اپرېل
month-5 = مۍ
month-6 = جون
month-7 = جولای
month-8 = اګست
month-9 = سپتمبر
month-10 = اکتوبر
month-11 = نومبر
month-12 = دسمبر

## Queue on small screens, practitioners, invitations, wellbeing
queue-col-item = توکی
nav-read-digests = لنډیزونه ولوله
dashboard-practitioner-intro = د موضوعاتو لنډیزونه ښيي چې ځوانانو Voices ته څه ویلي، په بې‌نومه شمېرو او هغو جملو کې چې دوی یې له شریکولو سره موافق وو.
dashboard-police-not-stated = د ژوندي پاتې شویو پاڼې تر اوسه نشي ویلی چې تاسو به کله له پولیسو یا کډوالۍ سره معلومات شریکوئ: ځوانانو ته وايي چې لومړی له تاسو وپوښتي. په voices.toml کې organisation.police_and_immigration وټاکئ.
wellbeing-limit-reached =
    { $cap ->
        [one] نن دې { $cap } توکی لوستی، دا ستا د ورځې حد دی. تر سبا پورې درته نوی توکی نه وړاندې کېږي. کولی شې هغو توکو ته ځواب ورکړې چې نن دې لوستي. د خپل ځان پاملرنه وکړه.
       *[other] نن دې { $cap } توکي لوستي، دا ستا د ورځې حد دی. تر سبا پورې درته نوی توکی نه وړاندې کېږي. کولی شې هغو توکو ته ځواب ورکړې چې نن دې لوستي. د خپل ځان پاملرنه وکړه.
    }
wellbeing-not-offered = دا توکی نن تاته نه وړاندې کېږي، ځکه چې د ورځې حد ته رسېدلی یې. یو همکار یې اخیستی شي.

## Path to publication: changing an approved item
item-claim-to-change = واخله چې بله بڼه ولېږې
## Waiting too long
item-level-why = هغه ټکي چې دا ښيي:
queue-waiting-heading = ډېر انتظار یې کړی
queue-waiting-hint = تر اوسه چا دا نه دي خلاص کړي، او یو څه وخت مخکې راغلي. هره کچه چې لري، لومړی یې خلاص کړئ.
queue-waiting-item =
    { $days ->
        [one] توکی { $id }، { $days } ورځ انتظار
       *[other] توکی { $id }، { $days } ورځې انتظار
    }
## Digest protection with ranges
digest-not-shown = نه ښودل کېږي
digest-not-shown-why = هغه شمېره چې «نه ښودل کېږي» د خلکو د ساتنې لپاره پټه شوې ده: هغه کسان چې په کې دي، یا په نورو شمېرو کې چې دا یې په موندلو کې مرسته کولی شي. دا د شمېرې د اندازې په اړه هېڅ نه وايي.
digest-protection-ranges = له 10 کمې شمېرې، او صفرونه، نه ښودل کېږي. نورې شمېرې د 5 تر ټولو نږدې مضرب ته ګردې کېږي. ځینې لویې شمېرې هم نه ښودل کېږي، ترڅو هېڅ پټه شمېره له نورو څخه حساب یا اټکل نه شي. سلنه یوازې هغه وخت ښودل کېږي چې لږ تر لږه 20 کسانو ځواب ورکړی وي. نقل قولونه یوازې د هغو کسانو دي چې اجازه یې ورکړې، په هغو کلمو چې منلې یې دي، درې درې، او یوازې د هغو موضوعګانو او ژبو لاندې چې شمېرې یې ښودل کېږي.
digest-themes-chart-desc-shown = د هرې هغې موضوع لپاره یوه پټۍ چې شمېره یې ښودل کېږي. هغه موضوعګانې چې شمېره یې نه ښودل کېږي پټۍ نه لري. لاندې جدول همدا شمېرې لري.
digest-empty = په دې موده کې هېچا هېڅ شی شریک نه کړ.

## Digest rebuild
digests-admin-check-heading = خپاره شوې لنډیزونه بیا جوړول
digests-admin-check-help = هر خپور شوی لنډیز د نن ورځې له معلوماتو بیا جوړ کړئ، ترڅو وګورئ چې کوم یو توپیر لري که نه. هیڅ خپور شوی شی نه بدلېږي.
digests-admin-check = خپاره شوي لنډیزونه وڅېړئ
digests-admin-check-same = هر خپور شوی لنډیز چې بیا جوړ شي همغسې راوځي.
digests-admin-check-differs = دا لنډیزونه چې نن بیا جوړ شي توپیر لري: { $periods }. دوی همغسې پاتې کېږي لکه څنګه چې خپاره شوي وو، نو خپاره شوې شمېرې یې نه بدلېږي. د پلټنې لاګ هر توپیر ثبتوي.
## Queue pages by position
error-queue-link-invalid = د دې پاڼې لینک نور کار نه کوي. د کتار له لومړۍ پاڼې بیا پیل کړئ.
## node chains
event-node-chain-started = یوه سرور خپل د ثبت دفتر پیل کړ
