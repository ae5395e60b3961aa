# Voices — فارسی (Farsi/Persian). DRAFT: needs review by a native speaker.
# Source: locales/en/main.ftl. Keep { $name } etc. exactly as they are.

## Every page
page-title = Voices
site-name = Voices
skip-to-content = رفتن به محتوای اصلی
quick-exit = خروج از این سایت
language-switcher = زبان خود را انتخاب کنید

## Start page
landing-heading = صدای شما مهم است
landing-intro = Voices جایی امن است تا داستان خود را بگویید، یا درباره‌ی خدمتی به ما بگویید که قرار بود به شما کمک کند.
landing-share-story = داستان خود را بگویید
landing-give-feedback = درباره‌ی یک خدمت به ما بگویید
landing-what-happens-heading = چه اتفاقی برای حرف‌های شما می‌افتد
landing-no-name = لازم نیست نام خود را بگویید. ما هرگز نمی‌پرسیم شما چه کسی هستید.
landing-encrypted = حرف‌های شما همین که آن‌ها را بفرستید، قفل (رمزگذاری) می‌شوند.
landing-who-reads = فقط یک تیم کوچک و آموزش‌دیده آن‌ها را می‌خواند. آن‌ها پیش از اینکه چیزی به اشتراک گذاشته شود، نام‌ها، مکان‌ها و مدرسه‌ها را حذف می‌کنند.
landing-you-decide = شما تصمیم می‌گیرید چه اتفاقی برای حرف‌هایتان بیفتد. می‌توانید بعداً نظرتان را عوض کنید یا آن‌ها را پاک کنید.
landing-about-link = بیشتر بدانید: چه کسی حرف‌های شما را می‌خواند و تا کی آن‌ها را نگه می‌داریم
landing-leave-heading = رفتن سریع
landing-leave-quickly = اگر باید زود بروید، دکمه‌ی «خروج از این سایت» را در بالای صفحه بزنید.
landing-safety-link = چطور در اینترنت امن بمانید
landing-come-back-heading = برگشتن
landing-come-back = بعد از فرستادن، یک کد می‌گیرید. با آن می‌توانید برگردید تا پاسخ‌ها را بخوانید، انتخاب‌هایتان را عوض کنید، یا حرف‌هایتان را پاک کنید.

## Help now
help-now-heading = همین حالا کمک بگیرید
help-now-intro = این خدمات رایگان هستند و لازم نیست نام خود را بگویید.

## Sharing
share-no-name = اگر نمی‌خواهید، لطفاً نام خود یا نام هیچ‌کس دیگر را ننویسید.
share-we-remove-details = پیش از اینکه چیزی به اشتراک گذاشته شود، نام‌ها، مکان‌ها و مدرسه‌ها را حذف می‌کنیم. هرگز منظور شما را تغییر نمی‌دهیم.
share-text-limit = می‌توانید تا { $limit } حرف بنویسید.
share-text-counter = حروف باقی‌مانده:
share-submit = فرستادن
share-honeypot-label = لطفاً این خانه را خالی بگذارید
share-copy-your-words = این‌ها حرف‌های شماست تا بتوانید آن‌ها را کپی کنید و جای امنی نگه دارید
share-text-missing = لطفاً پیش از فرستادن چیزی بنویسید.
share-text-too-long = این خیلی بلند است. لطفاً کوتاه‌ترش کنید. حرف‌های شما هنوز اینجاست.
share-not-saved = الان نتوانستیم این را ذخیره کنیم. حرف‌های شما هنوز اینجاست. لطفاً چند دقیقه دیگر دوباره امتحان کنید.
share-honeypot-filled = لطفاً این خانه را خالی کنید و دوباره بفرستید.
form-nothing-lost = حرف‌های شما هنوز اینجاست. چیزی گم نشده است.
form-invalid-choice = لطفاً یکی از گزینه‌ها را انتخاب کنید.

story-heading = داستان خود را بگویید
story-text-label = داستان شما
story-text-hint = به هر زبانی بنویسید. هر قدر که می‌خواهید، کم یا زیاد، بنویسید.
story-themes-legend = داستان شما درباره‌ی چیست؟ (می‌توانید از این بگذرید)
story-themes-hint = هر کدام را که مناسب است علامت بزنید. این به ما کمک می‌کند بهتر بفهمیم. می‌توانید هیچ‌کدام را علامت نزنید.

## Consent
consent-heading = انتخاب‌های شما
consent-intro = شما تصمیم می‌گیرید چه اتفاقی برای حرف‌هایتان بیفتد. بعداً می‌توانید با کد خود این را عوض کنید.
consent-use-legend = با حرف‌های شما چه کاری می‌توانیم بکنیم؟
consent-use-publish = حرف‌هایم را در این وب‌سایت منتشر کنید، بعد از اینکه نسخه‌ی ویرایش‌شده را تأیید کنم
consent-use-themes-only = فقط برای شمردن چیزهایی که جوانان به شما می‌گویند از آن‌ها استفاده کنید، بدون حرف‌های خودم
consent-use-team-only = فقط تیم بتواند آن‌ها را بخواند
consent-quotes-legend = آیا می‌توانیم چند جمله‌ی کوتاه از حرف‌های شما را در گزارش‌هایمان بیاوریم؟
consent-quotes-hint = ما هرگز نام شما یا چیزی را که نشان دهد شما چه کسی هستید به کار نمی‌بریم.
consent-quotes-yes = بله
consent-quotes-no = نه
consent-use-missing = لطفاً انتخاب کنید با حرف‌های شما چه کاری می‌توانیم بکنیم.
consent-quotes-missing = لطفاً بله یا نه را انتخاب کنید.
consent-now-publish = الان: می‌توانیم حرف‌های شما را منتشر کنیم، بعد از اینکه نسخه‌ی ویرایش‌شده را تأیید کنید.
consent-now-themes-only = الان: از حرف‌های شما فقط برای شمردن چیزهایی که جوانان به ما می‌گویند استفاده می‌کنیم.
consent-now-team-only = الان: فقط تیم می‌تواند حرف‌های شما را بخواند.

## Service feedback
feedback-heading = درباره‌ی یک خدمت به ما بگویید
feedback-service-legend = درباره‌ی کدام خدمت است؟
feedback-service-missing = لطفاً یک خدمت را انتخاب کنید.
service-police = پلیس
service-social-care = خدمات اجتماعی کودکان (مددکاران اجتماعی)
service-placement = خانواده‌ی میزبان یا خانه‌ی نگهداری کودکان
service-guardian = سرپرست مستقل
service-referral = روند ارجاع (شناخته شدن به عنوان قربانی)
service-health = سلامت یا سلامت روان
service-school = مدرسه یا کالج
service-legal-advice = مشاوره‌ی حقوقی (وکیل)
service-immigration = مهاجرت یا وزارت کشور (Home Office)
service-youth-justice = دادرسی نوجوانان یا دادگاه
service-charity = یک مؤسسه‌ی خیریه
service-interpreter = یک مترجم
service-other = چیز دیگری
feedback-region-label = این کجا بود؟ (می‌توانید از این بگذرید)
feedback-region-hint = فقط یک منطقه‌ی بزرگ، هرگز یک شهر.
feedback-region-none = یک منطقه انتخاب کنید
region-north-east = شمال شرق انگلستان
region-north-west = شمال غرب انگلستان
region-yorkshire = یورکشر و هامبر (Yorkshire and the Humber)
region-east-midlands = میدلندز شرقی (East Midlands)
region-west-midlands = میدلندز غربی (West Midlands)
region-east-of-england = شرق انگلستان
region-london = لندن
region-south-east = جنوب شرق انگلستان
region-south-west = جنوب غرب انگلستان
region-scotland = اسکاتلند
region-wales = ولز
region-northern-ireland = ایرلند شمالی
region-prefer-not-to-say = ترجیح می‌دهم نگویم
feedback-questions-heading = پنج سؤال
feedback-questions-hint = به هر کدام که می‌خواهید جواب دهید. می‌توانید از هر کدام بگذرید.
question-listened = آیا به حرف شما گوش دادند؟
question-believed = آیا حرف شما را باور کردند؟
question-kept-informed = آیا به شما گفتند چه اتفاقی دارد می‌افتد؟
question-felt-safe = آیا احساس امنیت کردید؟
question-own-language = آیا توانستید به زبان خودتان حرف بزنید؟
answer-1 = اصلاً
answer-2 = کمی
answer-3 = گاهی
answer-4 = بیشتر وقت‌ها
answer-5 = بله، کاملاً
answer-prefer-not-to-say = ترجیح می‌دهم نگویم
feedback-text-label = چیز دیگری هست که بخواهید به ما بگویید؟ (می‌توانید از این بگذرید)
feedback-text-hint = به هر زبانی بنویسید.
feedback-age-legend = چند سال دارید؟ (می‌توانید از این بگذرید)
feedback-age-hint = ما هرگز تاریخ تولد شما را نمی‌پرسیم.
age-band-under-16 = زیر 16
age-band-16-17 = 16 یا 17
age-band-18-21 = 18 تا 21
age-band-22-25 = 22 تا 25

## Receipt
receipt-created-heading = ممنون. حرف‌های شما به دست ما رسید.
receipt-created-intro = این کد شماست:
receipt-created-why = این کد را جای امنی نگه دارید: تنها راه برگشتن به حرف‌هایتان است، و ما نمی‌توانیم دوباره آن را نشان دهیم.
receipt-created-keep = آن را یادداشت کنید یا از آن عکس بگیرید، و جایی نگه دارید که فقط خودتان ببینید. هر کسی که کد را داشته باشد، می‌تواند حرف‌های شما را بخواند.
receipt-created-print = می‌توانید این صفحه را چاپ هم بکنید.
receipt-print-button = چاپ این صفحه
receipt-created-next = به‌زودی یک فرد آموزش‌دیده حرف‌های شما را می‌خواند. با کد خود برگردید تا ببینید چه خبر است.
receipt-lookup-link = با کد خود برگردید
receipt-heading = با کد خود برگردید
receipt-intro = کدی را که هنگام فرستادن گرفتید بنویسید. حروف کوچک یا بزرگ فرقی ندارد، با خط تیره یا بدون آن.
receipt-code-label = کد شما
receipt-code-hint = این شکلی است: 7KQ2-M9XD-4HFA-R3TC
receipt-open = باز کردن
receipt-code-invalid = هر کد 16 حرف و عدد دارد. لطفاً آن را بررسی کنید و دوباره امتحان کنید.
receipt-code-not-found = این کد را پیدا نکردیم. لطفاً آن را بررسی کنید و دوباره امتحان کنید.
receipt-view-heading = حرف‌های شما
receipt-status-heading = الان چه اتفاقی می‌افتد
receipt-your-words = آنچه نوشتید
receipt-consent-heading = انتخاب‌های شما
receipt-consent-save = ذخیره‌ی انتخاب‌هایم
receipt-consent-saved = انتخاب‌های شما ذخیره شد.
status-received = حرف‌های شما به دست ما رسیده است. هنوز کسی آن‌ها را نخوانده است.
status-in-review = یک فرد آموزش‌دیده الان حرف‌های شما را می‌خواند.
status-awaiting-survivor = یک سؤال یا یک نسخه‌ی ویرایش‌شده برای شما داریم. لطفاً آن را در پایین بخوانید.
status-approved = حرف‌های شما آماده‌ی انتشار است، همان‌طور که موافقت کردید.
status-published = حرف‌های شما در این وب‌سایت منتشر شده است، همان‌طور که موافقت کردید.
status-themes-only = از حرف‌های شما برای شمردن چیزهایی که جوانان به ما می‌گویند استفاده می‌شود. منتشر نمی‌شود.
status-team-only = فقط تیم حرف‌های شما را می‌خواند. منتشر نمی‌شود.
status-declined = این بار نتوانستیم حرف‌های شما را منتشر کنیم. لطفاً پیام ما را در پایین بخوانید.
status-withdrawn = شما حرف‌هایتان را پاک کردید. دیگر وجود ندارند.
withdraw-heading = پاک کردن همه چیز
withdraw-intro = هر وقت بخواهید می‌توانید حرف‌هایتان را پاک کنید. این کار برگشت ندارد.
withdraw-start = پاک کردن حرف‌هایم
withdraw-confirm-heading = مطمئن هستید؟
withdraw-confirm-intro = اگر حرف‌هایتان را پاک کنید، برای همیشه از بین می‌روند. هیچ‌کس دیگر نمی‌تواند آن‌ها را بخواند، نه شما و نه ما.
withdraw-confirm-permanent = این کار برگشت ندارد.
withdraw-confirm-button = بله، حرف‌هایم پاک شود
withdraw-cancel = نه، برمی‌گردم
withdrawn-heading = حرف‌های شما پاک شد
withdrawn-done = حرف‌های شما دیگر وجود ندارند. الان هیچ‌کس نمی‌تواند آن‌ها را بخواند.
withdrawn-code-still-works = اگر دوباره از کد خود استفاده کنید، فقط نشان می‌دهد که حرف‌هایتان پاک شده است.

## Staying safe
safety-heading = امن ماندن در اینترنت
safety-leave-heading = سریع بروید
safety-leave-button = دکمه‌ی «خروج از این سایت» را در بالای هر صفحه بزنید. یک وب‌سایت هواشناسی باز می‌شود.
safety-leave-keys = روی کامپیوتر، می‌توانید سه بار پشت سر هم و سریع کلید Shift را هم بزنید.
safety-private-heading = از حالت ناشناس استفاده کنید
safety-private-what = در پنجره‌ی ناشناس، گوشی یا کامپیوتر شما صفحه‌هایی را که می‌بینید نگه نمی‌دارد.
safety-private-how = در بیشتر مرورگرها، منو را باز کنید و «پنجرهٔ ناشناس جدید» یا «برگه ناشناس جدید» را انتخاب کنید.
safety-history-heading = تاریخچه را پاک کنید
safety-history-what = اگر از پنجره‌ی ناشناس استفاده نکردید، ممکن است کسی این سایت را در تاریخچه‌ی مرورگر شما ببیند.
safety-history-how = تنظیمات مرورگر را باز کنید، «تاریخچه» یا «سابقه» را پیدا کنید، و صفحه‌های این سایت را پاک کنید.
safety-shared-heading = اگر کسی گوشی شما را نگاه می‌کند
safety-shared-phone = این سایت ایمیل یا پیامک نمی‌فرستد، و چیزی روی گوشی شما ذخیره نمی‌کند.
safety-shared-code = کد خود را جایی نگه دارید که فقط خودتان ببینید. هر کسی که کد را داشته باشد، می‌تواند حرف‌های شما را بخواند.

## About
about-heading = درباره‌ی Voices
about-what-heading = Voices چیست
about-what = Voices را کسانی اداره می‌کنند که با جوانان بازمانده کار می‌کنند. ما می‌خواهیم خدمات گوش بدهند، باور کنند و بهتر کار کنند.
about-who-heading = چه کسی حرف‌های شما را می‌خواند
about-who = فقط یک تیم کوچک و آموزش‌دیده آنچه را می‌فرستید می‌خواند. آن‌ها از قانون‌های روشنی پیروی می‌کنند تا شما در امان باشید، و با حرف‌های شما با احترام رفتار می‌کنند.
about-who-not = هیچ‌کس دیگری نمی‌تواند حرف‌های شما را بخواند: نه کسانی که کامپیوترها را اداره می‌کنند، و نه خدماتی که درباره‌ی آن‌ها می‌نویسید.
about-happens-heading = چه اتفاقی برای حرف‌های شما می‌افتد
about-happens-review = یک فرد آموزش‌دیده حرف‌های شما را می‌خواند. او نام‌ها، مکان‌ها و مدرسه‌ها را حذف می‌کند. او هرگز منظور شما را تغییر نمی‌دهد.
about-happens-choices = تا وقتی بله نگفته باشید، چیزی به اشتراک گذاشته نمی‌شود. اگر قرار باشد حرف‌های شما به اشتراک گذاشته شود، اول نسخه‌ی ویرایش‌شده را می‌بینید و خودتان تصمیم می‌گیرید.
about-happens-themes = ما چیزهایی را که جوانان زیادی به ما می‌گویند می‌شماریم، تا به خدمات نشان دهیم چه چیزی باید تغییر کند. این شمارش‌ها هرگز نشان نمی‌دهند چه کسی چه کسی است.
about-kept-heading = حرف‌های شما را تا کی نگه می‌داریم
about-kept = حرف‌های شما را تا وقتی تیم روی آن‌ها کار می‌کند نگه می‌داریم، و آن‌هایی را که استفاده نمی‌شوند بعد از مدت مشخصی پاک می‌کنیم.
about-kept-withdraw = هر وقت بخواهید می‌توانید خودتان با کدتان حرف‌هایتان را پاک کنید. وقتی این کار را بکنید، همان لحظه از بین می‌روند.
about-safe-heading = چطور حرف‌های شما را امن نگه می‌داریم
about-safe-encrypted = حرف‌های شما همین که می‌رسند، قفل (رمزگذاری) می‌شوند. فقط تیم، یا خود شما با کدتان، می‌توانید قفل آن‌ها را باز کنید.
about-safe-no-trace = ما آدرس IP شما را نگه نمی‌داریم، و در این صفحه‌ها از کوکی استفاده نمی‌کنیم.

## Staff area
staff-login-title = ورود کارکنان
staff-name = نام
staff-passphrase = عبارت عبور
staff-sign-in = ورود
staff-sign-out = خروج
staff-signed-in-as = شما با نام { $name } ({ $role }) وارد شده‌اید
staff-role = نقش
staff-role-admin = مدیر
staff-role-moderator = ناظر
staff-role-safeguarding-lead = مسئول حفاظت
staff-role-practitioner = مددکار
staff-status = وضعیت
staff-status-active = فعال
staff-status-disabled = غیرفعال
staff-dashboard-title = بخش کارکنان
staff-dashboard-intro = شما وارد شده‌اید. اگر 30 دقیقه کاری نکنید، خودکار خارج می‌شوید.
staff-list-heading = کارکنان
staff-add-hint = برای افزودن یا غیرفعال کردن کارکنان، از فرمان voices staff روی سرور استفاده کنید.

## First admin
setup-title = ساختن اولین مدیر
setup-intro = این پیوند فقط یک بار کار می‌کند. حسابی که اینجا می‌سازید می‌تواند کارکنان دیگر را اضافه کند.
setup-passphrase-hint = دست‌کم 12 حرف به کار ببرید. چند کلمه که به هم ربطی ندارند، هم قوی هستند و هم آسان به یاد می‌مانند.
strength-too-short = هنوز خیلی کوتاه است: ادامه دهید.
strength-acceptable = خوب است. چند کلمهٔ دیگر آن را قوی می‌کند.
strength-strong = قوی.
setup-passphrase-confirm = عبارت عبور را دوباره بنویسید
setup-submit = ساختن حساب مدیر
setup-done-title = حساب مدیر آماده است
setup-done = اکنون می‌توانید وارد شوید. این پیوند راه‌اندازی دیگر کار نمی‌کند.

## Forms
form-error-summary = لطفاً این را بررسی کنید:
error-name-required = لطفاً یک نام بنویسید.
error-passphrase-required = لطفاً عبارت عبور را بنویسید.
error-confirm-required = لطفاً عبارت عبور را دوباره بنویسید.
error-field-required = لطفاً این را پر کنید.

## Errors
error-title = مشکلی پیش آمد
error-not-found-title = این صفحه را پیدا نمی‌کنیم
error-rate-limited-title = لطفاً کمی صبر کنید
error-back-home = رفتن به صفحه‌ی اول
error-not-found = شاید این صفحه جابه‌جا شده باشد، یا شاید پیوند اشتباه باشد.
error-rate-limited =
    { $minutes ->
        [one] تلاش‌ها خیلی زیاد بود. لطفاً { $minutes } دقیقه صبر کنید و بعد دوباره امتحان کنید.
       *[other] تلاش‌ها خیلی زیاد بود. لطفاً { $minutes } دقیقه صبر کنید و بعد دوباره امتحان کنید.
    }
error-sign-in-failed = نام یا عبارت عبور درست نیست.
error-not-signed-in = لطفاً اول وارد شوید.
error-forbidden = حساب شما اجازه‌ی این کار را ندارد.
error-csrf-mismatch = این فرم خیلی طولانی باز مانده بود. لطفاً دوباره امتحان کنید.
error-name-taken = کس دیگری این نام را دارد. لطفاً نام دیگری انتخاب کنید.
error-name-empty = لطفاً یک نام بنویسید.
error-name-too-long = نام می‌تواند حداکثر 64 حرف داشته باشد.
error-name-invalid = نام نمی‌تواند نویسه‌های کنترلی پنهان داشته باشد.
error-weak-passphrase = عبارت عبور خیلی کوتاه یا خیلی ساده است. دست‌کم 12 حرف به کار ببرید.
error-common-passphrase = خیلی‌ها از این عبارت عبور استفاده می‌کنند و حدس زدنش آسان است. چند کلمه‌ی بی‌ربط به هم انتخاب کنید.
error-passphrase-too-long = عبارت عبور خیلی بلند است. حداکثر 1024 حرف به کار ببرید.
error-passphrase-mismatch = دو عبارت عبور یکی نیستند.
error-wrong-admin-credentials = نام مدیر یا عبارت عبور درست نیست.
error-first-staff-must-be-admin = اولین حساب باید حساب مدیر باشد.
error-no-setup-pending = هیچ راه‌اندازی‌ای در انتظار نیست.
error-last-admin = این آخرین مدیر است. اول یک مدیر دیگر اضافه کنید.
error-unknown-staff = هیچ کارمندی با این نام نیست.
error-receipt-not-found = این کد را پیدا نکردیم. لطفاً آن را بررسی کنید و دوباره امتحان کنید.
error-receipt-invalid = هر کد 16 حرف و عدد دارد. لطفاً آن را بررسی کنید و دوباره امتحان کنید.
error-consent-locked = حرف‌های شما از قبل منتشر شده است، پس الان نمی‌شود این انتخاب‌ها را عوض کرد. هنوز می‌توانید حرف‌هایتان را پاک کنید.
error-storage-unavailable = الان نمی‌توانیم ذخیره کنیم یا بخوانیم. چیزی از آنچه فرستادید گم نشده است. لطفاً چند دقیقه دیگر دوباره امتحان کنید.
error-internal = مشکلی از طرف ما پیش آمد. لطفاً دوباره امتحان کنید.
error-bad-request = نتوانستیم آنچه فرستاده شد را بفهمیم. لطفاً دوباره امتحان کنید.
error-payload-too-large = آنچه فرستادید خیلی بلند است. لطفاً کوتاه‌ترش کنید.
error-unprocessable = بخشی از آنچه فرستاده شد درست نیست. لطفاً بررسی کنید و دوباره امتحان کنید.
