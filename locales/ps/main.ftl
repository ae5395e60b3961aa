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
landing-no-name = اړتیا نشته چې خپل نوم ووایاست. موږ هېڅکله نه پوښتو چې تاسو څوک یاست.
landing-leave-quickly = که ژر وتلو ته اړتیا لرئ، د پاڼې په سر کې «له سایټه ووځئ» کېکاږئ.

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
error-passphrase-too-long = پټه جمله ډېره اوږده ده. تر 1024 تورو پورې وکاروئ.
error-passphrase-mismatch = دواړه پټې جملې یو شان نه دي.
error-wrong-admin-credentials = د مدیر نوم یا پټه جمله سمه نه ده.
error-first-staff-must-be-admin = لومړی حساب باید د مدیر حساب وي.
error-no-setup-pending = هېڅ جوړونه په تمه نه ده.
error-last-admin = دا وروستی مدیر دی. لومړی یو بل مدیر زیات کړئ.
error-unknown-staff = په دې نوم هېڅ کارکوونکی نشته.
error-storage-unavailable = اوس نه شو کولی څه خوندي کړو یا ولولو. هغه څه چې تاسو لېږلي، نه دي ورک شوي. مهرباني وکړئ څو دقیقې وروسته بیا هڅه وکړئ.
error-internal = زموږ په لوري یوه ستونزه پېښه شوه. مهرباني وکړئ بیا هڅه وکړئ.
error-bad-request = موږ ونه پوهېدو چې څه ولېږل شول. مهرباني وکړئ بیا هڅه وکړئ.
error-payload-too-large = هغه څه چې تاسو ولېږل ډېر اوږد دي. مهرباني وکړئ لنډ یې کړئ.
error-unprocessable = د لېږل شویو شیانو یوه برخه سمه نه ده. مهرباني وکړئ وګورئ او بیا هڅه وکړئ.
