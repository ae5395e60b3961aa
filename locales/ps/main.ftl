# Voices — پښتو (Pashto). DRAFT: needs review by a native speaker.
# Source: locales/en/main.ftl. Keep { $name } etc. exactly as they are.

## Every page
page-title = Voices
site-name = Voices
skip-to-content = اصلي منځپانګې ته ورشئ
quick-exit = له سایټه ووځئ
language-switcher = خپله ژبه وټاکئ

## Start page
landing-heading = ستاسو غږ مهم دی
landing-intro = Voices یو خوندي ځای دی چې خپله کیسه پکې شریکه کړئ، یا موږ ته د داسې خدمت په اړه ووایاست چې باید له تاسو سره یې مرسته کړې وای.
landing-share-story = خپله کیسه شریکه کړئ
landing-give-feedback = موږ ته د یوه خدمت په اړه ووایاست
landing-what-happens-heading = ستاسو له خبرو سره څه کېږي
landing-no-name = اړتیا نشته چې خپل نوم ووایاست. موږ هېڅکله نه پوښتو چې تاسو څوک یاست.
landing-encrypted = ستاسو خبرې همدا چې یې ولېږئ، قلف (رمزي) کېږي.
landing-who-reads = یوازې یو کوچنی او روزل شوی ټیم یې لولي. دوی د هر څه له شریکولو مخکې نومونه، ځایونه او ښوونځي لرې کوي.
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
share-we-remove-details = د هر څه له شریکولو مخکې، موږ نومونه، ځایونه او ښوونځي لرې کوو. موږ هېڅکله ستاسو مطلب نه بدلوو.
share-text-limit = تاسو کولی شئ تر { $limit } تورو پورې ولیکئ.
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
consent-quotes-yes = هو
consent-quotes-no = نه
consent-use-missing = مهرباني وکړئ وټاکئ چې موږ ستاسو له خبرو سره څه کولی شو.
consent-quotes-missing = مهرباني وکړئ هو یا نه وټاکئ.
consent-now-publish = اوس: موږ ستاسو خبرې خپرولی شو، وروسته له دې چې تاسو سمه شوې بڼه ومنئ.
consent-now-themes-only = اوس: موږ ستاسو خبرې یوازې د دې لپاره کاروو چې وشمېرو ځوانان موږ ته څه وايي.
consent-now-team-only = اوس: یوازې ټیم ستاسو خبرې لوستلی شي.

## Service feedback
feedback-heading = موږ ته د یوه خدمت په اړه ووایاست
feedback-service-legend = د کوم خدمت په اړه ده؟
feedback-service-missing = مهرباني وکړئ یو خدمت وټاکئ.
service-police = پولیس
service-social-care = د ماشومانو ټولنیزه پاملرنه (ټولنیز کارکوونکي)
service-placement = د پالنې کورنۍ یا د ماشومانو کور
service-guardian = خپلواک سرپرست
service-referral = د راجع کولو بهیر (د قرباني په توګه پېژندل کېدل)
service-health = روغتیا یا رواني روغتیا
service-school = ښوونځی یا کالج
service-legal-advice = حقوقي مشوره (وکیل)
service-immigration = مهاجرت یا د کورنیو چارو وزارت (Home Office)
service-youth-justice = د ځوانانو عدالت یا محکمه
service-charity = یوه خیریه موسسه
service-interpreter = ژباړونکی
service-other = بل څه
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
feedback-questions-heading = پنځه پوښتنې
feedback-questions-hint = هغو ته ځواب ورکړئ چې غواړئ. هره یوه پرېښودلی شئ.
question-listened = آیا دوی ستاسو خبرو ته غوږ ونیو؟
question-believed = آیا دوی پر تاسو باور وکړ؟
question-kept-informed = آیا دوی تاسو ته ویل چې څه کېږي؟
question-felt-safe = آیا تاسو ځان خوندي احساس کړ؟
question-own-language = آیا تاسو خپله ژبه کارولی شوه؟
answer-1 = هېڅ نه
answer-2 = لږ
answer-3 = کله کله
answer-4 = ډېری وختونه
answer-5 = هو، په بشپړ ډول
answer-prefer-not-to-say = نه غواړم ووایم
feedback-text-label = نور څه شته چې غواړئ موږ ته یې ووایاست؟ (دا پرېښودلی شئ)
feedback-text-hint = په هره ژبه چې غواړئ ولیکئ.
feedback-age-legend = تاسو څو کلن یاست؟ (دا پرېښودلی شئ)
feedback-age-hint = موږ هېڅکله ستاسو د زېږېدو نېټه نه پوښتو.
age-band-under-16 = له 16 کم
age-band-16-17 = 16 یا 17
age-band-18-21 = له 18 تر 21
age-band-22-25 = له 22 تر 25

## Receipt
receipt-created-heading = مننه. ستاسو خبرې موږ ته ورسېدې.
receipt-created-intro = دا ستاسو کوډ دی:
receipt-created-why = دا کوډ په خوندي ځای کې وساتئ: خپلو خبرو ته د بېرته راتلو یوازینۍ لار همدا ده، او موږ یې بیا نه شو درښودلی.
receipt-created-keep = ویې لیکئ یا یې عکس واخلئ، او داسې ځای یې وساتئ چې یوازې تاسو یې ولیدی شئ. هر څوک چې دا کوډ ولري، ستاسو خبرې لوستلی شي.
receipt-created-print = تاسو کولی شئ دا پاڼه چاپ هم کړئ.
receipt-print-button = دا پاڼه چاپ کړئ
receipt-created-next = ډېر ژر به یو روزل شوی کس ستاسو خبرې ولولي. له خپل کوډ سره بېرته راشئ چې وګورئ څه کېږي.
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
receipt-consent-heading = ستاسو انتخابونه
receipt-consent-save = زما انتخابونه خوندي کړئ
receipt-consent-saved = ستاسو انتخابونه خوندي شول.
status-received = ستاسو خبرې موږ ته رسېدلې دي. تر اوسه چا نه دي لوستې.
status-in-review = یو روزل شوی کس اوس ستاسو خبرې لولي.
status-awaiting-survivor = موږ ستاسو لپاره یوه پوښتنه یا سمه شوې بڼه لرو. مهرباني وکړئ لاندې یې ولولئ.
status-approved = ستاسو خبرې د خپرېدو لپاره چمتو دي، لکه څنګه چې تاسو ومنله.
status-published = ستاسو خبرې په دې وېبپاڼه کې خپرې شوې دي، لکه څنګه چې تاسو ومنله.
status-themes-only = ستاسو خبرې د دې لپاره کارول کېږي چې وشمېرو ځوانان موږ ته څه وايي. نه خپرېږي.
status-team-only = یوازې ټیم ستاسو خبرې لولي. نه خپرېږي.
status-declined = دا ځل موږ ستاسو خبرې خپرې نه کړای شوې. مهرباني وکړئ لاندې زموږ پیغام ولولئ.
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

## Staying safe
safety-heading = په انټرنېټ کې خوندي پاتې کېدل
safety-leave-heading = ژر ووځئ
safety-leave-button = د هرې پاڼې په سر کې «له سایټه ووځئ» کېکاږئ. دا د هوا د حال یوه وېبپاڼه پرانیزي.
safety-leave-keys = په کمپیوټر کې، تاسو کولی شئ درې ځله په چټکۍ سره د Shift تڼۍ هم کېکاږئ.
safety-private-heading = خصوصي کړکۍ وکاروئ
safety-private-what = په خصوصي کړکۍ کې، ستاسو ټیلیفون یا کمپیوټر هغه پاڼې نه ساتي چې تاسو یې ګورئ.
safety-private-how = په ډېرو براوزرونو کې، مېنو پرانیزئ او «New private window» یا «New incognito tab» وټاکئ.
safety-history-heading = خپله تاریخچه پاکه کړئ
safety-history-what = که تاسو خصوصي کړکۍ نه وي کارولې، یو څوک کولی شي دا سایټ ستاسو د براوزر په تاریخچه کې وویني.
safety-history-how = د خپل براوزر تنظیمات پرانیزئ، «History» ومومئ، او د دې سایټ پاڼې پاکې کړئ.
safety-shared-heading = که څوک ستاسو ټیلیفون ګوري
safety-shared-phone = دا سایټ برېښنالیک یا پیغامونه نه لېږي، او ستاسو په ټیلیفون کې هېڅ شی نه ساتي.
safety-shared-code = خپل کوډ داسې ځای کې وساتئ چې یوازې تاسو یې ولیدی شئ. هر څوک چې دا کوډ ولري، ستاسو خبرې لوستلی شي.

## About
about-heading = د Voices په اړه
about-what-heading = Voices څه شی دی
about-what = Voices هغه کسان چلوي چې له ژوندي پاتې شویو ځوانانو سره کار کوي. موږ غواړو خدمتونه غوږ ونیسي، باور وکړي او ښه کار وکړي.
about-who-heading = څوک ستاسو خبرې لولي
about-who = یوازې یو کوچنی او روزل شوی ټیم هغه څه لولي چې تاسو یې لېږئ. دوی روښانه قواعد مني چې تاسو خوندي وساتي، او ستاسو خبرو ته درناوی کوي.
about-who-not = بل هېڅوک ستاسو خبرې نه شي لوستلی: نه هغه کسان چې کمپیوټرونه چلوي، او نه هغه خدمتونه چې تاسو یې په اړه لیکئ.
about-happens-heading = ستاسو له خبرو سره څه کېږي
about-happens-review = یو روزل شوی کس ستاسو خبرې لولي. هغه نومونه، ځایونه او ښوونځي لرې کوي. هغه هېڅکله ستاسو مطلب نه بدلوي.
about-happens-choices = تر هغو چې تاسو هو نه وي ویلي، هېڅ شی نه شریکېږي. که ستاسو خبرې شریکېږي، تاسو لومړی سمه شوې بڼه ګورئ او پرېکړه کوئ.
about-happens-themes = موږ هغه څه شمېرو چې ډېر ځوانان یې موږ ته وايي، ترڅو خدمتونو ته وښیو چې څه باید بدل شي. دا شمېرې هېڅکله نه ښيي چې څوک څوک دی.
about-kept-heading = ستاسو خبرې څومره موده ساتو
about-kept = تر هغو چې ټیم پرې کار کوي، ستاسو خبرې ساتو، او هغه چې نه کارول کېږي له یوې ټاکلې مودې وروسته پاکوو.
about-kept-withdraw = تاسو پخپله هر وخت کولی شئ په خپل کوډ سره خپلې خبرې پاکې کړئ. کله چې دا وکړئ، سمدستي له منځه ځي.
about-safe-heading = ستاسو خبرې څنګه خوندي ساتو
about-safe-encrypted = ستاسو خبرې همدا چې راورسېږي، قلف (رمزي) کېږي. یوازې ټیم یې خلاصولی شي، یا تاسو په خپل کوډ سره.
about-safe-no-trace = موږ ستاسو IP پته نه ساتو، او په دې پاڼو کې کوکیز نه کاروو.

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
staff-add-hint = د کارکوونکو د زیاتولو یا غیر فعالولو لپاره، په سرور کې د voices staff کمانډ وکاروئ.

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
