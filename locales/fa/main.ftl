# Voices — فارسی (Farsi/Persian). DRAFT: needs review by a native speaker.
# Source: locales/en/main.ftl. Keep { $name } etc. exactly as they are.

## Every page
page-title = Voices
site-name = Voices
skip-to-content = رفتن به محتوای اصلی
quick-exit = خروج از این سایت
language-switcher = زبان خود را انتخاب کنید
danger-now = همین حالا در خطر هستید؟ با 999 تماس بگیرید
footer-run-by = این سایت را { $organisation } اداره می‌کند.
footer-privacy = اطلاعیه‌ی حریم خصوصی
not-emergency = Voices نمی‌داند شما چه کسی هستید. برای همین نمی‌توانیم برای کمک پیش شما بیاییم، و نمی‌توانیم زود جواب بدهیم. اگر همین حالا در خطر هستید، با 999 تماس بگیرید.
resource-call = تماس
resource-text = پیامک

## Start page
landing-heading = صدای شما مهم است
landing-intro = Voices جایی است برای گفتن داستانت، یا گفتن از خدمتی که قرار بود به تو کمک کند.
landing-for-everyone = Voices برای همه‌ی جوانانی است که در بریتانیا هستند، هر جا که به دنیا آمده باشند.
landing-share-story = داستان خود را بگویید
landing-give-feedback = درباره‌ی یک خدمت به ما بگویید
landing-what-happens-heading = چه اتفاقی برای حرف‌های شما می‌افتد
landing-no-name = لازم نیست نام خود را بگویید. ما هرگز نمی‌پرسیم شما چه کسی هستید.
landing-encrypted = حرف‌های شما همین که آن‌ها را بفرستید، قفل (رمزگذاری) می‌شوند.
landing-who-reads = فقط یک تیم کوچک و آموزش‌دیده آن‌ها را می‌خواند. پیش از اینکه چیزی منتشر شود، هر چیزی را که نشان دهد تو کی هستی، مثل نام، شماره‌ی تلفن، نشانی و مدرسه، حذف می‌کنند. نام شهرها معمولاً می‌ماند. اگر حرف‌هایت منتشر شود، اول نسخه‌ی ویرایش‌شده را می‌بینی.
landing-you-decide = شما تصمیم می‌گیرید چه اتفاقی برای حرف‌هایتان بیفتد. می‌توانید بعداً نظرتان را عوض کنید یا آن‌ها را پاک کنید.
landing-about-link = بیشتر بدانید: چه کسی حرف‌های شما را می‌خواند و تا کی آن‌ها را نگه می‌داریم
landing-leave-heading = خروج سریع
landing-leave-quickly = اگر باید زود بروید، دکمه‌ی «خروج از این سایت» را در بالای صفحه بزنید.
landing-safety-link = چطور در اینترنت امن بمانید
landing-come-back-heading = برگشتن
landing-come-back = بعد از فرستادن، یک کد می‌گیرید. با آن می‌توانید برگردید تا پاسخ‌ها را بخوانید، انتخاب‌هایتان را عوض کنید، یا حرف‌هایتان را پاک کنید.

## Help now
help-now-heading = همین حالا کمک بگیرید
help-now-intro = این خدمات رایگان هستند و لازم نیست نام خود را بگویید.

## Sharing
share-no-name = اگر نمی‌خواهید، لطفاً نام خود یا نام هیچ‌کس دیگر را ننویسید.
share-we-remove-details = پیش از اینکه چیزی منتشر شود، هر چیزی را که نشان دهد تو کی هستی، مثل نام، شماره‌ی تلفن، نشانی و مدرسه، حذف می‌کنیم. نام شهرها معمولاً می‌ماند. هیچ‌وقت منظورت را تغییر نمی‌دهیم.
share-quick-exit-warning = اگر دکمه‌ی «خروج از این سایت» را بزنید، آنچه اینجا نوشته‌اید از بین می‌رود.
share-text-limit =
    { $limit ->
        [one] می‌توانید تا { $limit } کاراکتر بنویسید.
       *[other] می‌توانید تا { $limit } کاراکتر بنویسید.
    }
share-text-counter = کاراکترهای باقی‌مانده:
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
consent-use-publish-hint = حتی بدون نام، ممکن است کسی که شما را می‌شناسد داستان شما را بشناسد.
consent-quotes-when = فقط اگر انتخاب کرده باشید که حرف‌هایتان در این وب‌سایت منتشر شود. ما فقط جمله‌هایی را به کار می‌بریم که در نسخه‌ی ویرایش‌شده‌ای آمده‌اند که آن را تأیید کرده‌اید.
consent-reports-readers = گزارش‌های ما به خیریه‌ها، کسانی که خدمات را اداره می‌کنند و کسانی که سیاست‌ها را تعیین می‌کنند می‌رسد. این گزارش‌ها هرگز نشان نمی‌دهند شما چه کسی هستید.
consent-privacy-link = خواندن اطلاعیه‌ی حریم خصوصی
consent-kept =
    { $days ->
        [one] اگر از حرف‌های شما استفاده نکنیم، { $days } روز بعد از تصمیم‌مان آن‌ها را پاک می‌کنیم. هر وقت بخواهید می‌توانید با کدتان حرف‌هایتان را پاک کنید. اما عددها یا جمله‌هایی که در گزارشی آمده‌اند که منتشر شده است، در همان گزارش می‌مانند.
       *[other] اگر از حرف‌های شما استفاده نکنیم، { $days } روز بعد از تصمیم‌مان آن‌ها را پاک می‌کنیم. هر وقت بخواهید می‌توانید با کدتان حرف‌هایتان را پاک کنید. اما عددها یا جمله‌هایی که در گزارشی آمده‌اند که منتشر شده است، در همان گزارش می‌مانند.
    }
consent-quotes-yes = بله
consent-quotes-no = نه
consent-use-missing = لطفاً انتخاب کنید با حرف‌های شما چه کاری می‌توانیم بکنیم.
consent-quotes-missing = لطفاً بله یا نه را انتخاب کنید.
consent-now-publish = الان: می‌توانیم حرف‌های شما را منتشر کنیم، بعد از اینکه نسخه‌ی ویرایش‌شده را تأیید کنید.
consent-now-themes-only = الان: از حرف‌های شما فقط برای شمردن چیزهایی که جوانان به ما می‌گویند استفاده می‌کنیم.
consent-now-team-only = الان: فقط تیم می‌تواند حرف‌های شما را بخواند.
consent-now-quotes = شما موافقت کردید که چند جمله‌ی کوتاه در گزارش‌های ما به کار برود.
police-not-stated = ما نمی‌دانیم تو کی هستی. این سازمان هنوز نگفته است چه وقت اطلاعاتی را با پلیس یا اداره‌ی مهاجرت در میان می‌گذارد. پیش از اینکه درباره‌ی وضعیت اقامتت بنویسی، از آن‌ها بپرس.
police-safeguarding-only = ما نمی‌دانیم شما چه کسی هستید. ما هرگز حرف‌های شما را به اداره‌ی مهاجرت نمی‌دهیم. فقط اگر فکر کنیم کسی همین حالا در خطر است، با پلیس یا خدمات حمایت از کودکان تماس می‌گیریم.
police-only-if-the-law-requires = ما نمی‌دانیم شما چه کسی هستید. ما حرف‌های شما را به پلیس یا اداره‌ی مهاجرت نمی‌دهیم، مگر اینکه قانون ما را مجبور کند.

## Service feedback
feedback-heading = درباره‌ی یک خدمت به ما بگویید
feedback-service-legend = درباره‌ی کدام خدمت است؟
feedback-service-missing = لطفاً یک خدمت را انتخاب کنید.
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
feedback-questions-heading = سؤال‌هایی درباره‌ی این خدمت
feedback-questions-hint = به هر کدام که می‌خواهید جواب دهید. می‌توانید از هر کدام بگذرید.
feedback-text-label = چیز دیگری هست که بخواهید به ما بگویید؟ (می‌توانید از این بگذرید)
feedback-text-hint = به هر زبانی بنویسید.
feedback-age-legend = چند سال دارید؟ (می‌توانید از این بگذرید)
feedback-age-hint = ما هرگز تاریخ تولد شما را نمی‌پرسیم.
age-band-under-16 = زیر 16
age-band-16-17 = 16 یا 17
age-band-18-21 = 18 تا 21
age-band-22-25 = 22 تا 25
age-band-26-plus = 26 یا بیشتر
age-band-prefer-not-to-say = ترجیح می‌دهم نگویم
helped-legend = آیا کسی در پر کردن این به شما کمک کرد؟ (می‌توانید رد شوید)
helped-hint = این به ما کمک می‌کند حرف‌های شما را بهتر بفهمیم.
helped-no = نه، خودم پر کردم
helped-worker = بله، یک کارمند یا داوطلب
helped-someone-close = بله، یک دوست یا کسی از خانواده‌ام
helped-prefer-not-to-say = ترجیح می‌دهم نگویم

## Receipt
receipt-created-heading = ممنون. حرف‌های شما به دست ما رسید.
receipt-created-intro = این کد شماست:
receipt-created-why = این کد را جای امنی نگه دارید: تنها راه برگشتن به حرف‌هایتان است، و ما نمی‌توانیم دوباره آن را نشان دهیم.
receipt-created-keep-safe = آن را جایی بنویسید که فقط خودتان ببینید، یا از مددکاری که به او اعتماد دارید بخواهید آن را برایتان نگه دارد. عکس کمتر امن است: عکس‌ها اغلب روی دستگاه‌های دیگر و در نسخه‌های پشتیبان اینترنتی کپی می‌شوند. هر کسی که کد را داشته باشد، می‌تواند حرف‌های شما را بخواند.
receipt-created-print = می‌توانید این صفحه را چاپ هم بکنید.
receipt-print-button = چاپ این صفحه
receipt-created-when = یک فرد آموزش‌دیده حرف‌های شما را می‌خواند. معمولاً می‌توانید ظرف { $weeks ->
        [one] { $weeks } هفته
       *[other] { $weeks } هفته
    } جواب بگیرید. با کد خود برگردید تا ببینید چه خبر است.
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
receipt-consent-now-heading = آنچه انتخاب کردید
receipt-consent-change-heading = تغییر انتخاب‌هایتان
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
receipt-link-expired = برای امن ماندن کد شما، این صفحه بسته شد. لطفاً کدتان را دوباره بنویسید.
receipt-close-tab = اگر از گوشی یا کامپیوتری استفاده می‌کنید که دیگران هم از آن استفاده می‌کنند، وقتی کارتان تمام شد این صفحه را ببندید.

## Receipt: messages and edited versions
receipt-messages-heading = پیام‌های شما و تیم
receipt-messages-none = هنوز پیامی نیست.
message-from-team = تیم
message-from-you = شما
message-from-survivor = نویسنده
receipt-reply-label = برای تیم بنویسید
receipt-reply-hint = فقط تیم می‌تواند آن را بخواند. لازم نیست به چیزی که نمی‌خواهید جواب بدهید.
receipt-reply-send = فرستادن
receipt-reply-sent = پیام شما فرستاده شد. تیم آن را می‌خواند.
receipt-edit-heading = تیم یک نسخه‌ی ویرایش‌شده پیشنهاد می‌کند
receipt-edit-approved-heading = نسخه‌ای که با آن موافقت کردید
receipt-edit-intro = جزئیاتی را که ممکن است نشان دهد شما چه کسی هستید برداشتیم. لطفاً آن را بخوانید. تا بله نگویید، چیزی به اشتراک گذاشته نمی‌شود.
receipt-edit-yours = آنچه نوشتید
receipt-edit-suggested = نسخه‌ی ویرایش‌شده
receipt-edit-choose = حالا خودتان انتخاب می‌کنید چه اتفاقی بیفتد.
receipt-edit-approve = بله، این نسخه خوب است
receipt-edit-changes-label = دوست دارید چه چیزی عوض شود؟
receipt-edit-changes-hint = با حرف‌های خودتان به ما بگویید. یک نسخه‌ی جدید برایتان می‌فرستیم.
receipt-edit-changes = درخواست تغییر
receipt-edit-refuse-intro = اگر نمی‌خواهید هیچ نسخه‌ای به اشتراک گذاشته شود، نه بگویید. انتخاب‌های دیگرتان همان‌طور می‌ماند.
receipt-edit-refuse = نه، به اشتراک گذاشته نشود
receipt-approved = ممنون. شما به این نسخه بله گفتید.
receipt-changes-sent = ممنون. تیم آنچه را می‌خواهید عوض شود می‌خواند.
receipt-refused = ممنون. این نسخه به اشتراک گذاشته نمی‌شود.
receipt-second-look-label = می‌خواهید کس دیگری دوباره نگاه کند؟
receipt-second-look-hint = یک بار می‌توانید این را بخواهید. یک نفر دیگر از تیم حرف‌های شما را می‌خواند. اگر بخواهید، می‌توانید پیامی هم اضافه کنید.
receipt-second-look = درخواست بررسی دوم
receipt-second-look-sent = ممنون. یک نفر دیگر دوباره حرف‌های شما را نگاه می‌کند.
message-empty = لطفاً اول یک پیام بنویسید.
message-too-long = این پیام خیلی بلند است. لطفاً حداکثر 2000 کاراکتر بنویسید.
error-not-now-survivor = الان نمی‌شود این کار را کرد. صفحه نشان می‌دهد چه کاری می‌توانید بکنید.
error-item-changed-survivor = وقتی در این صفحه بودید، چیزی تغییر کرد. لطفاً دوباره نگاه کنید و یک بار دیگر امتحان کنید.
error-cross-site = این فرم از یک وب‌سایت دیگر فرستاده شده بود، برای همین از آن استفاده نکردیم. چیزی گم نشده است. اگر می‌خواستید آن را بفرستید، لطفاً دوباره از همین صفحه بفرستید.

## Stories
stories-title = داستان‌ها
stories-intro = جوانان خودشان انتخاب کردند که این داستان‌ها را به اشتراک بگذارند. جزئیاتی را که ممکن است نشان دهد آن‌ها چه کسی هستند برداشتیم، و هر کدام با متن نهایی موافقت کرده است.
stories-filter-theme = موضوع
stories-filter-language = زبان
stories-any = همه
stories-filter-apply = نمایش
stories-none = هنوز اینجا داستانی نیست.
stories-themes = موضوع‌ها:
stories-warning = هشدار محتوا:
stories-warning-choice = می‌توانید انتخاب کنید که آن را نخوانید.
stories-read = خواندن این داستان
stories-show = نشان دادن داستان
story-page-title = یک داستان
stories-agreed = نویسنده‌ی این داستان موافقت کرده که این حرف‌ها به اشتراک گذاشته شود.
stories-back = برگشت به همه‌ی داستان‌ها

## Staying safe
safety-heading = امن ماندن در اینترنت
safety-leave-heading = سریع بروید
safety-leave-button = دکمه‌ی «خروج از این سایت» را در بالای هر صفحه بزنید. یک وب‌سایت هواشناسی باز می‌شود.
safety-leave-keys = روی کامپیوتر، می‌توانید سه بار پشت سر هم و سریع کلید Shift را هم بزنید.
safety-leave-loses = اگر وقتی دارید می‌نویسید این‌طور خارج شوید، آنچه نوشته‌اید از بین می‌رود.
safety-private-heading = از حالت ناشناس استفاده کنید
safety-private-what = در پنجره‌ی ناشناس، گوشی یا کامپیوتر شما صفحه‌هایی را که می‌بینید نگه نمی‌دارد.
safety-private-browsers = Chrome: منو را باز کنید و «برگه ناشناس جدید» را انتخاب کنید. Safari در iPhone: دکمه‌ی برگه‌ها را بزنید، بعد «Private». Samsung Internet: دکمه‌ی برگه‌ها را بزنید، بعد «Turn on Secret mode». Firefox: منو را باز کنید و «پنجرهٔ ناشناس جدید» را انتخاب کنید.
safety-private-limits = حالت ناشناس کارهای شما را از برنامه‌های ردیابی پنهان نمی‌کند. اگر کس دیگری گوشی شما را کنترل می‌کند، شاید باز هم آن را ببیند. اگر می‌توانید، از گوشی یا کامپیوتری استفاده کنید که به آن اعتماد دارید.
safety-history-heading = تاریخچه را پاک کنید
safety-history-what = اگر از پنجره‌ی ناشناس استفاده نکردید، ممکن است کسی این سایت را در تاریخچه‌ی مرورگر شما ببیند.
safety-history-how = تنظیمات مرورگر را باز کنید، «تاریخچه» یا «سابقه» را پیدا کنید، و صفحه‌های این سایت را پاک کنید.
safety-shared-heading = اگر کسی گوشی شما را چک کند
safety-shared-history = این سایت ایمیل یا پیامک نمی‌فرستد. اما مرورگر شما فهرستی از صفحه‌هایی که می‌بینید نگه می‌دارد (تاریخچه)، مگر اینکه از پنجره‌ی ناشناس استفاده کنید.
safety-shared-code = کد خود را جایی نگه دارید که فقط خودتان ببینید. هر کسی که کد را داشته باشد، می‌تواند حرف‌های شما را بخواند.

## About
about-heading = درباره‌ی Voices
about-what-heading = Voices چیست
about-what = Voices را کسانی اداره می‌کنند که با جوانانی کار می‌کنند که بهره‌کشی را پشت سر گذاشته‌اند. ما می‌خواهیم خدمات گوش بدهند، باور کنند و بهتر کار کنند.
about-who-heading = چه کسی حرف‌های شما را می‌خواند
about-who = فقط یک تیم کوچک و آموزش‌دیده آنچه را می‌فرستید می‌خواند. آن‌ها از قانون‌های روشنی پیروی می‌کنند تا شما در امان باشید، و با حرف‌های شما با احترام رفتار می‌کنند.
about-who-not = هیچ‌کس دیگری نمی‌تواند حرف‌های شما را بخواند: نه کسانی که کامپیوترها را اداره می‌کنند، و نه خدماتی که درباره‌ی آن‌ها می‌نویسید.
about-happens-heading = چه اتفاقی برای حرف‌های شما می‌افتد
about-happens-review = یک فرد آموزش‌دیده حرف‌هایت را می‌خواند. هر چیزی را که نشان دهد تو کی هستی، مثل نام، شماره‌ی تلفن، نشانی و مدرسه، حذف می‌کند. نام شهرها معمولاً می‌ماند. هیچ‌وقت منظورت را تغییر نمی‌دهد.
about-happens-choices = تا وقتی بله نگفته باشید، چیزی به اشتراک گذاشته نمی‌شود. اگر قرار باشد حرف‌های شما به اشتراک گذاشته شود، اول نسخه‌ی ویرایش‌شده را می‌بینید و خودتان تصمیم می‌گیرید.
about-happens-themes = ما چیزهایی را که جوانان زیادی به ما می‌گویند می‌شماریم، تا به خدمات نشان دهیم چه چیزی باید تغییر کند. این شمارش‌ها هرگز نشان نمی‌دهند چه کسی چه کسی است.
about-kept-heading = حرف‌های شما را تا کی نگه می‌داریم
about-kept-days =
    { $days ->
        [one] اگر از حرف‌های شما استفاده نکنیم، { $days } روز بعد از تصمیم‌مان آن‌ها را پاک می‌کنیم. حرف‌هایی که منتشر یا شمرده می‌شوند، تا وقتی خودتان پاکشان نکنید می‌مانند.
       *[other] اگر از حرف‌های شما استفاده نکنیم، { $days } روز بعد از تصمیم‌مان آن‌ها را پاک می‌کنیم. حرف‌هایی که منتشر یا شمرده می‌شوند، تا وقتی خودتان پاکشان نکنید می‌مانند.
    }
about-kept-withdraw = هر وقت بخواهید می‌توانید خودتان با کدتان حرف‌هایتان را پاک کنید. وقتی این کار را بکنید، همان لحظه از بین می‌روند.
about-kept-report = عددها یا جمله‌هایی که در گزارشی آمده‌اند که منتشر شده است، در همان گزارش می‌مانند. ما نمی‌توانیم آن‌ها را پس بگیریم.
about-safe-heading = چطور حرف‌های شما را امن نگه می‌داریم
about-safe-encrypted = حرف‌های شما همین که می‌رسند، قفل (رمزگذاری) می‌شوند. فقط تیم، یا خود شما با کدتان، می‌توانید قفل آن‌ها را باز کنید.
about-safe-no-trace = ما آدرس IP شما را نگه نمی‌داریم، و در این صفحه‌ها از کوکی استفاده نمی‌کنیم.
privacy-heading = اطلاعیه‌ی حریم خصوصی
privacy-unset-organisation = سازمانی که این سایت را اداره می‌کند
privacy-unset-contact = (هنوز داده نشده)
privacy-not-filled = سازمانی که این سایت را اداره می‌کند هنوز این اطلاعیه را کامل نکرده است.

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
dashboard-urgent = موردهای فوری در انتظار: { $count }
dashboard-from-survivors = جواب‌های تازه از نویسندگان: { $count }
dashboard-open-queue = باز کردن صف بررسی
dashboard-organisation-missing = این سایت هنوز نمی‌گوید چه کسی آن را اداره می‌کند. پیش از اینکه سایت را به جوانان معرفی کنید، organisation.name و organisation.contact را در voices.toml تنظیم کنید و اطلاعیه‌ی حریم خصوصی را در moderation/privacy.toml بررسی کنید.
dashboard-manage-staff = دعوت یا تغییر کارکنان
nav-label = بخش کارکنان
nav-home = خانه
nav-queue = صف بررسی
nav-safeguarding = حفاظت
nav-guidelines = راهنما
nav-staff = کارکنان
nav-settings = تنظیمات
nav-audit = گزارش ممیزی
nav-digests = خلاصه‌ها
nav-preferences = تنظیمات من
pagination-label = صفحه‌ها
pagination-previous = صفحه‌ی قبل
pagination-next = صفحه‌ی بعد
pagination-position = صفحه‌ی { $page } از { $pages }
wellbeing-break =
    { $count ->
        [one] امروز { $count } مورد را باز کرده‌اید. این کار سنگین است: لطفاً کمی استراحت کنید.
       *[other] امروز { $count } مورد را باز کرده‌اید. این کار سنگین است: لطفاً کمی استراحت کنید.
    }
wellbeing-guidelines-link = مراقبت از خودتان
wellbeing-cap =
    { $cap ->
        [one] امروز: { $count } از { $cap } مورد.
       *[other] امروز: { $count } از { $cap } مورد.
    }

## Staff: review queue
queue-title = صف بررسی
queue-intro = اول موردهای فوری می‌آیند، بعد موردهایی به زبان‌هایی که می‌خوانید، از قدیمی‌ترین. صف هرگز حرف‌های کسی را نشان نمی‌دهد.
queue-filter-view = نمایش
queue-view-needs-action = نیاز به اقدام
queue-view-from-survivors = جواب‌های تازه از نویسندگان
queue-view-awaiting = در انتظار نویسنده
queue-view-done = انجام‌شده
queue-view-declined = منتشرنشده
queue-view-all = همه
queue-filter-language = زبان
queue-filter-level = سطح حفاظت
queue-any = همه
queue-filter-apply = نمایش
queue-count = { $count ->
        [one] { $count } مورد
       *[other] { $count } مورد
    }
queue-empty = اینجا چیزی نیست.
queue-select = انتخاب
queue-select-item = انتخاب مورد { $id }
queue-col-priority = سطح
queue-col-language = زبان
queue-col-kind = نوع
queue-col-age = مدت انتظار
queue-col-state = وضعیت
queue-col-holder = دست چه کسی است
queue-age-days = { $days ->
        [0] امروز
        [one] { $days } روز
       *[other] { $days } روز
    }
queue-held-by-you = شما
queue-survivor-waiting = جواب تازه
queue-bulk-legend = برای موردهای انتخاب‌شده
queue-bulk-hint = فقط برای موردهای ساده‌ای که خوانده‌ای. موردهای نگران‌کننده یا فوری، و موردهایی که کسی نخوانده، همیشه کنار گذاشته می‌شوند. پیش از هر کاری می‌بینی چه اتفاقی می‌افتد.
queue-bulk-duplicate = منتشر نشود: تکراری است
queue-bulk-spam = منتشر نشود: پیام واقعی نیست
queue-bulk-release = پس دادن موردهایی که دست من است
queue-bulk-apply = انجام شود
queue-bulk-done = انجام شد: { $done }. کنار گذاشته شد: { $skipped }.
kind-story = داستان
kind-feedback = نظر درباره‌ی یک خدمت
state-received = تازه
state-in-review = در حال خواندن
state-awaiting-survivor = در انتظار نویسنده
state-approved = نویسنده موافقت کرد
state-published = منتشرشده
state-themes-only = فقط شمارش
state-team-only = فقط تیم
state-declined = منتشرنشده
state-withdrawn = نویسنده پاک کرد

## Staff: an item
item-title = مورد { $id }
item-reading-title = خواندن مورد { $id }
item-kind = نوع
item-language = زبان
item-received = زمان رسیدن
item-level = سطح حفاظت
item-state = وضعیت
item-consent = نویسنده موافقت کرده با
item-consent-publish = انتشار متن ویرایش‌شده‌ای که تأیید کند
item-consent-themes-only = فقط شمارش بی‌نام
item-consent-team-only = فقط خواندن توسط تیم
item-quotes-yes = نقل‌قول کوتاه مجاز است
item-quotes-no = بدون نقل‌قول
item-holder = دست چه کسی است
item-claim-left =
    { $minutes ->
        [one] ({ $minutes } دقیقه مانده)
       *[other] ({ $minutes } دقیقه مانده)
    }
item-survivor-waiting = نویسنده چیز تازه‌ای نوشته یا تصمیم تازه‌ای گرفته است.
item-second-look = نویسنده بررسی دوم خواسته است. یک ناظر دیگر باید آن را بخواند.
item-publish-requested = { $name } خواسته این مورد منتشر شود. یک نفر دوم باید آن را منتشر کند.
item-claim-intro = این مورد را بردارید تا روی آن کار کنید. تا وقتی دست شماست، کس دیگری نمی‌تواند روی آن کار کند.
item-take-back-intro = نویسنده هنوز جواب نداده است. می‌توانید مورد را پس بگیرید تا بدون او تصمیم بگیرید. در این صورت نسخه‌ی ویرایش‌شده‌ای که فرستادید پس گرفته می‌شود.
item-take-back = پس گرفتن
item-before-you-read = پیش از خواندن
item-before-you-read-intro = ممکن است این متن چیزهایی را توصیف کند که خواندنشان سخت است.
item-warnings-confirmed = هشدارهای محتوا:
item-you-can-stop = می‌توانید همین‌جا دست نگه دارید. مورد را پس بدهید یا به یک همکار بسپارید.
item-read = خواندن
item-release = پس دادن
item-hand-off-label = سپردن به
item-hand-off-hint = فقط همکارانی که این زبان را می‌خوانند نشان داده می‌شوند.
item-hand-off = سپردن
item-words-heading = حرف‌های نویسنده
item-no-words = متنی نیست، فقط جواب‌ها.
item-details-found = { $count ->
        [one] { $count } جزئیات که ممکن است هویت کسی را نشان دهد
       *[other] { $count } جزئیات که ممکن است هویت کسی را نشان دهد
    }
item-suggestions-hint = بخش‌های رنگی فقط پیشنهادند. خودتان تصمیم می‌گیرید چه چیزی حذف شود.
item-review-heading = بررسی شما
item-level-suggested = پیشنهاد Voices: { $level }
item-themes-legend = موضوع‌ها
item-warnings-legend = هشدارهای محتوا
item-checklist-legend = فهرست بررسی
item-review-save = ذخیره‌ی بررسی من
item-edit-heading = نسخه‌ی ویرایش‌شده
item-edit-hint = آنچه را که ممکن است هویت کسی را نشان دهد حذف کنید، نه معنا را. نویسنده باید پیش از انتشار هر چیزی بله بگوید.
item-edit-label = نسخه‌ی ویرایش‌شده
item-edit-message-label = پیامی همراه آن (اختیاری)
item-edit-send = فرستادن برای نویسنده
item-versions-heading = نسخه‌های فرستاده‌شده
proposal-pending = در انتظار جواب
proposal-approved = نویسنده بله گفت
proposal-changes-requested = نویسنده تغییر خواست
proposal-refused = نویسنده نه گفت
proposal-superseded = جایگزین شد
item-messages-heading = پیام‌ها
messages-none = هنوز پیامی نیست.
item-template-label = شروع با یک الگو
item-template-hint = الگوها به { $language }، زبان نویسنده، نوشته شده‌اند.
item-template-none = بدون الگو
item-message-label = پیام شما
item-message-hint = کوتاه و گرم، به زبان نویسنده. به نام تیم امضا کنید، هرگز با نام خودتان.
item-message-send = فرستادن
item-message-ask = فرستادن و منتظر جواب ماندن
item-decide-heading = تصمیم
item-themes-only-intro = از این متن فقط برای شمردن موضوع‌ها استفاده کنید. چیزی منتشر نمی‌شود.
item-themes-only = فقط شمارش
item-team-only-intro = این متن را فقط برای تیم نگه دارید.
item-team-only = فقط تیم
item-decline-reason = چرا این متن نمی‌تواند منتشر شود؟
item-decline-hint = نویسنده برای این دلیل یک پیام مهربان به زبان خودش می‌بیند. او می‌تواند یک بار بررسی دوم بخواهد.
item-decline-message = پیامی از خودتان (اختیاری)
item-decline = منتشر نشود
item-notes-heading = یادداشت‌های حفاظت
item-notes-hint = چه کاری انجام شد. فقط کارکنان می‌توانند این یادداشت‌ها را بخوانند.
item-note-label = یادداشت تازه
item-note-save = ذخیره‌ی یادداشت
item-timeline-heading = چه اتفاقی افتاد
item-timeline-empty = هنوز چیزی نیست.
who-survivor = نویسنده
who-voices = Voices
event-shared = فرستاد
event-claim = مورد را برداشت
event-take-back = پس گرفت
event-release = پس داد
event-hand-off = به کس دیگری سپرد
event-propose-edit = نسخه‌ی ویرایش‌شده فرستاد
event-ask = سؤالی پرسید
event-message = پیامی فرستاد
event-use-for-themes = فقط شمارش
event-keep-for-team = فقط تیم
event-decline = منتشر نشد
event-publish = منتشر شد
event-approve = بله گفت
event-request-changes = تغییر خواست
event-refuse = نه گفت
event-reply = پیامی نوشت
event-ask-second-look = بررسی دوم خواست
event-change-consent = انتخاب‌هایش را عوض کرد
event-withdraw = همه چیز را پاک کرد
event-expire-claim = زمان برداشتن مورد تمام شد
event-review = بررسی را ذخیره کرد
event-escalated = فوری علامت خورد
event-safeguarding-note = یادداشت حفاظت نوشت
event-staff-invited = کسی را دعوت کرد
event-staff-joined = پیوست
event-staff-updated = نقش‌ها یا زبان‌های کسی را عوض کرد
event-staff-disabled = حساب کسی را غیرفعال کرد
event-invitation-cancelled = یک دعوت را لغو کرد
event-settings-changed = تنظیمات را عوض کرد
event-purged = پس از پایان مدت نگهداری پاک شد
done-claim = این مورد حالا دست شماست.
done-review = بررسی شما ذخیره شد.
done-propose = نسخه‌ی ویرایش‌شده برای نویسنده فرستاده شد.
done-message = پیام شما فرستاده شد.
done-ask = پیام شما فرستاده شد. این مورد منتظر جواب نویسنده است.
done-themes-only = انجام شد: فقط شمارش.
done-team-only = انجام شد: فقط تیم.
done-decline = انجام شد: منتشر نمی‌شود. نویسنده دلیلش را می‌بیند.
done-publish = انجام شد.
done-release = مورد را پس دادید.
done-take-back = مورد را پس گرفتید.
done-hand-off = مورد سپرده شد.
done-note = یادداشت ذخیره شد.
safeguarding-title = حفاظت
safeguarding-intro = هر موردی با سطح حفاظتی که هنوز هیچ مسئولی برایش یادداشت ننوشته، هر اتفاقی هم بعدش افتاده باشد، اول فوری‌ها. مورد وقتی از این فهرست بیرون می‌رود که مسئولی بنویسد چه کاری انجام شد. هیچ چیز خودبه‌خود از Voices بیرون نمی‌رود.
guidelines-title = چطور بررسی می‌کنیم
guidelines-english-only = راهنما فعلاً فقط به انگلیسی است.

## Staff: administration
admin-staff-title = کارکنان
admin-staff-list = همه
admin-roles-legend = نقش‌ها
admin-roles-hint = مدیری که بررسی هم می‌کند، نقش ناظر را هم لازم دارد.
admin-languages-legend = زبان‌هایی که می‌خواند
admin-edit-person = تغییر { $name }
admin-save = ذخیره
admin-disable-hint = غیرفعال کردن کسی همه‌ی ورودهای او را می‌بندد و کلیدش را از بین می‌برد. این کار برگشت ندارد.
admin-disable = غیرفعال کردن
admin-invite-heading = دعوت از کسی
admin-invite-intro = یک پیوند می‌گیرید تا برایش بفرستید. این پیوند یک بار و تا 72 ساعت کار می‌کند. او عبارت عبورش را خودش انتخاب می‌کند.
admin-invite = ساختن پیوند
admin-invite-made = پیوند برای { $name }:
admin-invite-once = همین حالا کپی کنید: فقط همین یک بار نشان داده می‌شود.
admin-pending-heading = دعوت‌هایی که هنوز استفاده نشده‌اند
admin-cancel-invitation = لغو
done-staff-update = ذخیره شد.
done-staff-disable = غیرفعال شد.
done-staff-cancel = دعوت لغو شد.
admin-settings-title = تنظیمات
admin-break-after = پیشنهاد استراحت بعد از این تعداد مورد در روز
admin-break-after-hint = عددی از 1 تا 1000.
admin-daily-cap = بیشترین تعداد موردی که یک ناظر می‌تواند در یک روز باز کند
admin-daily-cap-hint = برای بدون محدودیت، خالی بگذارید.
admin-two-person = انتشار به دو ناظر متفاوت نیاز دارد
done-settings = تنظیمات ذخیره شد.
audit-title = گزارش ممیزی
audit-intro = هر تغییری اینجا نوشته و به زنجیره وصل می‌شود، برای همین اگر ثبتی تغییر کند یا حذف شود، می‌شود آن را پیدا کرد. برای کارهای نویسندگان فقط روز نشان داده می‌شود.
audit-verify = بررسی کل گزارش
audit-verified = گزارش کامل و دست‌نخورده است: { $staff } ثبت کارکنان، { $survivor } ثبت نویسندگان.
audit-broken = گزارش تغییر کرده است: زنجیره‌ی { $chain }، ثبت { $id }.
audit-chains = گزارش‌ها
audit-staff-chain = کارکنان
audit-survivor-chain = نویسندگان
audit-when = کی
audit-who = چه کسی
audit-what = چه کاری
audit-item = مورد
audit-detail = جزئیات
preferences-title = تنظیمات من
preferences-language = زبان صفحه‌های کارکنان
preferences-language-browser = زبان مرورگر من
preferences-reads = زبان‌هایی که می‌خوانید
preferences-reads-hint = مدیر این‌ها را تعیین می‌کند. موردهایی به این زبان‌ها در صف شما اول می‌آیند.
done-preferences = ذخیره شد.
invite-title = به تیم Voices بپیوندید
invite-intro = یک عبارت عبور برای { $name } انتخاب کنید. فقط خودتان آن را می‌دانید.
invite-submit = ساختن حساب من
invite-done-title = حساب شما آماده است
invite-done = اکنون می‌توانید وارد شوید. این پیوند دیگر کار نمی‌کند.

## First admin
setup-title = ساختن اولین مدیر
setup-intro = این پیوند فقط یک بار کار می‌کند. حسابی که اینجا می‌سازید می‌تواند کارکنان دیگر را اضافه کند.
setup-passphrase-hint = دست‌کم 12 حرف به کار ببرید. چند کلمه که به هم ربطی ندارند، هم قوی هستند و هم آسان به یاد می‌مانند.
strength-too-short = هنوز خیلی کوتاه است: ادامه دهید.
strength-acceptable = خوب است. چند کلمه‌ی دیگر آن را قوی می‌کند.
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
error-not-now = تا وقتی مورد در این وضعیت است، این کار را نمی‌شود کرد.
error-claimed-by-other = کس دیگری روی این مورد کار می‌کند.
error-not-your-claim = دیگر روی این مورد کار نمی‌کنید. اول دوباره آن را بردارید.
error-consent-does-not-allow = انتخاب‌های نویسنده اجازه‌ی این کار را نمی‌دهد.
error-checklist-incomplete = اول همه‌ی بندهای فهرست بررسی را علامت بزنید و بررسی‌تان را ذخیره کنید.
error-no-approved-wording = نویسنده هنوز به هیچ نسخه‌ی ویرایش‌شده‌ای بله نگفته است.
error-no-pending-proposal = هیچ نسخه‌ی ویرایش‌شده‌ای منتظر جواب نیست.
error-second-look-used = بررسی دوم قبلاً درخواست شده است.
error-second-look-needs-another = بررسی دوم را باید یک ناظر دیگر انجام دهد.
error-second-person-needed = یک نفر دوم باید این را منتشر کند.
error-hand-off-to-self = کس دیگری را انتخاب کنید.
error-item-changed = همین الان کسی این مورد را تغییر داد. وضعیت فعلی‌اش این است.
error-daily-cap-reached = به سقف امروز رسیده‌اید. لطفاً برای امروز دست نگه دارید.
error-view-expired = این صفحه بسته شد. لطفاً از اول شروع کنید.
error-message-empty = لطفاً اول یک پیام بنویسید.
error-message-too-long = این پیام خیلی بلند است. لطفاً حداکثر 2000 کاراکتر بنویسید.
error-unknown-choice = یکی از انتخاب‌ها شناخته‌شده نیست. لطفاً دوباره انتخاب کنید.
error-edit-says-nothing = نسخه‌ی ویرایش‌شده باید هنوز چیزی بگوید. جزئیات را حذف کنید، نه معنا را.
error-edit-too-long = نسخه‌ی ویرایش‌شده خیلی بلند است.
error-form-too-long = آنچه فرستادید خیلی بلند است.
error-form-incomplete = بخشی از فرم جا افتاده است. لطفاً صفحه را دوباره بارگذاری کنید و دوباره امتحان کنید.
error-decline-reason-missing = لطفاً دلیل را انتخاب کنید.
error-unknown-action = این کار شناخته‌شده نیست.
error-setting-out-of-range = لطفاً عددی در محدوده‌ی نشان‌داده‌شده بنویسید.
error-roles-missing = لطفاً دست‌کم یک نقش انتخاب کنید.
error-role-change-needs-invitation = این تغییر نقش به یک دعوت تازه نیاز دارد.
error-bulk-nothing-selected = لطفاً دست‌کم یک مورد انتخاب کنید.
error-bulk-no-action = لطفاً انتخاب کنید چه کاری انجام شود.

## Translation review

dashboard-languages-heading = زبان‌ها
dashboard-languages-intro = هر ترجمه تا چه اندازه بررسی شده است. زبانی را فقط وقتی به جوانان پیشنهاد کنید که یک گویشور بومی آن را بازبینی کرده باشد. تا آن زمان، می‌توانید آن را با تنظیم languages.hidden در voices.toml از فهرست زبان‌ها پنهان کنید.
dashboard-language = زبان
dashboard-language-review = بازبینی
dashboard-language-questions = پرسش‌های باز
dashboard-language-switcher = فهرست زبان‌ها
dashboard-language-offered = نمایش داده می‌شود
dashboard-language-hidden = پنهان
translation-state-source = متن اصلی
translation-state-drafted = پیش‌نویس، بازبینی نشده
translation-state-fluent-reviewed = یک فرد مسلط بررسی کرده، هنوز یک گویشور بومی نه
translation-state-native-reviewed = یک گویشور بومی بازبینی کرده است: آماده

## Digests
digests-title = خلاصه‌های موضوعی
digests-intro = آنچه جوانان گفتند، هر ماه و هر سه ماه بر اساس موضوع شمرده می‌شود. از عددها محافظت می‌شود تا هیچ کس شناخته نشود.
digests-none = هنوز هیچ خلاصه‌ای منتشر نشده است.
digests-released = منتشر شده در { $day }
digests-download-json = دریافت عددها (JSON)
digests-download-csv = دریافت عددها (CSV)
digests-feed = خوراک خلاصه‌های تازه (Atom)
digests-practitioners-only = این خلاصه‌ها برای متخصصان است. لطفاً وارد شوید یا از توکن API استفاده کنید.
digests-too-many = درخواست‌ها خیلی زیاد است. لطفاً یک دقیقه صبر کنید و دوباره امتحان کنید.
digest-title = خلاصهٔ موضوعی { $period }
digest-items = تعداد موارد:
digest-protection-heading = چطور از عددها محافظت می‌کنیم
digest-themes-heading = موضوع‌ها
digest-themes-chart-title = موارد بر اساس موضوع
digest-col-theme = موضوع
digest-col-count = تعداد
digest-col-trend = نسبت به دورهٔ قبل
digest-trend-up = بیشتر
digest-trend-down = کمتر
digest-trend-same = همان اندازه
digest-trend-none = بدون مقایسه
digest-responses-heading = شما گفتید، ما انجام دادیم
digest-languages-heading = زبان‌ها
digest-col-language = زبان
digest-col-story = داستان‌ها
digest-col-feedback = نظر دربارهٔ خدمات
digest-col-total = جمع
digest-not-given = گفته نشده
digest-age-heading = سن
digest-age-chart-desc = برای هر گروه سنی که عدد منتشرشده دارد یک میله هست. جدول پایین همین عددها را دارد.
digest-col-age = گروه سنی
digest-regions-heading = منطقه‌ها (نظر دربارهٔ خدمات)
digest-col-region = منطقه
digest-services-heading = نظر دربارهٔ خدمات
digest-services-none = در این دوره هیچ خدمتی آن‌قدر نظر نداشت که جواب‌ها را نشان دهیم.
digest-col-answer = جواب
digest-col-percent = سهم
digest-quotes-heading = با کلمات خودشان
digest-quote-warning = هشدار دربارهٔ محتوا:
digest-quote-show = نشان دادن نقل‌قول
digest-back = همهٔ خلاصه‌ها
ysd-title = شما گفتید، ما انجام دادیم
ysd-intro = کاری که تیم دربارهٔ گفته‌های جوانان انجام می‌دهد.
ysd-none = هنوز پاسخی نیست.
ysd-from = از خلاصهٔ { $period }
digests-admin-title = خلاصه‌ها: دسترسی، توکن‌ها و پاسخ‌ها
digests-admin-access = چه کسی می‌تواند خلاصه‌ها را بخواند
digests-admin-public = همه
digests-admin-practitioners = فقط متخصصان (واردشده یا با توکن)
digests-admin-save = ذخیره
digests-admin-tokens = توکن‌های API
digests-admin-token-name = این توکن برای چه کسی است
digests-admin-issue = ساختن توکن
digests-admin-token-once = این توکن را همین حالا کپی کنید. فقط همین یک بار نشان داده می‌شود:
digests-admin-revoke = باطل کردن
digests-admin-revoked = باطل شد
digests-admin-respond = پاسخ به یک موضوع («شما گفتید، ما انجام دادیم»)
digests-admin-period = خلاصه
digests-admin-response = سازمان دربارهٔ این موضوع چه می‌کند
digests-admin-post = ذخیرهٔ پاسخ
digests-admin-done = ذخیره شد.

## Receipt: an edited version that changed
error-edit-changed = تیم متن را تغییر داد. نسخه‌ی جدید را بخوانید.

## Safeguarding alerts
lead-alert-subject = ‏Voices به مسئول حفاظت نیاز دارد
lead-alert-body = چیزی در Voices به مسئول حفاظت نیاز دارد. برای دیدنش وارد شوید.
lead-alert-test-subject = ‏Voices: یک پیام آزمایشی
lead-alert-test-body = این یک پیام آزمایشی از Voices است. وقتی چیزی به مسئول حفاظت نیاز داشته باشد، پیامی مثل این، بدون هیچ جزئیاتی، به اینجا می‌آید. برای دیدنش وارد Voices شوید.
alerts-guidance-on =
    { $minutes ->
        [one] ‏Voices ظرف { $minutes } دقیقه به مسئولان حفاظت خبر می‌دهد، با پیامی که چیزی درباره‌ی این مورد نمی‌گوید. اگر کسی همین حالا در خطر است، خودتان هم به مسئول خبر بدهید، همان‌طور که تیم‌تان توافق کرده است.
       *[other] ‏Voices ظرف { $minutes } دقیقه به مسئولان حفاظت خبر می‌دهد، با پیامی که چیزی درباره‌ی این مورد نمی‌گوید. اگر کسی همین حالا در خطر است، خودتان هم به مسئول خبر بدهید، همان‌طور که تیم‌تان توافق کرده است.
    }
alerts-guidance-off = ‏Voices به هیچ‌کس خبر نمی‌دهد. همین حالا خودتان به مسئول حفاظت خبر بدهید، همان‌طور که تیم‌تان توافق کرده است.
alerts-off-admin = هشدارهای حفاظت راه‌اندازی نشده‌اند: وقتی موردی فوری می‌شود، Voices به هیچ‌کس خبر نمی‌دهد. یک سرور SMTP یا یک webhook را زیر lead_alerts.smtp_host / lead_alerts.webhook_url در voices.toml تنظیم کنید، و از هر مسئول حفاظت بخواهید در صفحه‌ی تنظیماتش یک نشانی ایمیل بگذارد.
alerts-no-addresses = هشدارهای حفاظت راه‌اندازی شده‌اند، اما هیچ مسئول حفاظتی نشانی ایمیل نداده است، پس به کسی خبر داده نمی‌شود. هر مسئول در صفحه‌ی تنظیماتش نشانی‌اش را می‌گذارد.
alerts-lead-no-address = وقتی چیزی فوری می‌شود ایمیلی برایتان نمی‌آید. نشانی‌تان را در صفحه‌ی تنظیماتتان بگذارید.
alerts-failed = آخرین هشدار حفاظت در { $day } فرستاده نشد (دلیل: { $reason }).
alerts-retrying = ‏Voices در زمان ثابت بعدی دوباره تلاش می‌کند.
alerts-gave-up = ‏Voices دیگر تلاش نمی‌کند. تنظیم را درست کنید، سپس از صفحه‌ی تنظیمات یک پیام آزمایشی بفرستید.
alerts-heading = هشدارهای حفاظت
alerts-intro =
    { $minutes ->
        [one] وقتی موردی فوری می‌شود، هر مسئول حفاظتی که نشانی داده یک ایمیل به زبان خودش می‌گیرد، و webhook همان کلمات را می‌گیرد: «چیزی در Voices به مسئول حفاظت نیاز دارد. برای دیدنش وارد شوید.» چیز دیگری نه. هشدارها فقط در زمان‌های ثابت، هر { $minutes } دقیقه، فرستاده می‌شوند تا هیچ گزارشی نشان ندهد کسی چه زمانی چیزی نوشته است.
       *[other] وقتی موردی فوری می‌شود، هر مسئول حفاظتی که نشانی داده یک ایمیل به زبان خودش می‌گیرد، و webhook همان کلمات را می‌گیرد: «چیزی در Voices به مسئول حفاظت نیاز دارد. برای دیدنش وارد شوید.» چیز دیگری نه. هشدارها فقط در زمان‌های ثابت، هر { $minutes } دقیقه، فرستاده می‌شوند تا هیچ گزارشی نشان ندهد کسی چه زمانی چیزی نوشته است.
    }
alerts-mail = ایمیل
alerts-mail-on = از طریق { $host }، از طرف { $from }
alerts-off = راه‌اندازی نشده
alerts-webhook = Webhook
alerts-webhook-on = راه‌اندازی شده
alerts-leads = مسئولان حفاظتی که نشانی داده‌اند
alerts-test = فرستادن پیام آزمایشی
alerts-test-hint = همین حالا یک پیام آزمایشی برای هر مسئول حفاظتی که نشانی داده و برای webhook می‌فرستد.
alerts-test-delivered = پیام آزمایشی فرستاده شد. از هر مسئول بپرسید آیا به دستش رسید.
alerts-test-failed = پیام آزمایشی فرستاده نشد (دلیل: { $reason }).
preferences-alert-address = ایمیل برای هشدارهای حفاظت
preferences-alert-address-hint = وقتی چیزی فوری می‌شود، Voices پیامی کوتاه به زبان صفحه‌های کارکنان شما، بدون جزئیات، به این نشانی می‌فرستد. اگر پیامی نمی‌خواهید خالی بگذارید. این نشانی قفل‌شده (رمزگذاری‌شده) نگه داشته می‌شود.
preferences-alert-address-off = هشدار با ایمیل هنوز در این سایت راه‌اندازی نشده است.
error-alert-address-invalid = این نشانی ایمیل نیست. لطفاً آن را بررسی کنید.
error-alert-test-too-soon = کمتر از یک دقیقه پیش یک پیام آزمایشی فرستاده شد. لطفاً یک دقیقه صبر کنید.
error-alerts-nobody = کسی برای گرفتن پیام آزمایشی نیست: هیچ مسئول حفاظتی نشانی ایمیل ندارد و webhook هم نیست.
event-alert-test = یک هشدار حفاظت آزمایشی فرستاد
event-alert-address = ایمیل هشدارها را تغییر داد

## Own roles
error-own-roles = نمی‌توانید نقش‌های خودتان را تغییر دهید. از مدیر دیگری بخواهید.
event-own-roles-refused = خواست نقش‌های خودش را تغییر دهد (رد شد)
## Path to publication
item-claim-and-read = این مورد را بردار و بخوان
item-claim-renew =
    { $minutes ->
        [one] { $minutes } دقیقه‌ی دیگر نگهش دار
       *[other] { $minutes } دقیقه‌ی دیگر نگهش دار
    }
item-claim-to-change-intro = برای فرستادن نسخه‌ای دیگر، اول این مورد را بردار. «بله»ی نویسنده می‌ماند تا به نسخه‌ی تازه جواب دهد.
item-publish-heading = آماده‌ی انتشار
item-publish-check = بررسی و انتشار
item-survivor-themes = موضوع‌هایی که نویسنده انتخاب کرد:
known-heading = آنچه Voices می‌داند:
known-consent-publish = نویسنده انتخاب کرد: حرف‌هایم را پس از ویرایشی که تأیید کنم منتشر کنید.
known-consent-themes-only = نویسنده انتخاب کرد: حرف‌هایم فقط در موضوع‌های بی‌نام به کار برود.
known-consent-team-only = نویسنده انتخاب کرد: فقط تیم حرف‌هایم را بخواند.
known-approved-on = نویسنده در { $day } دقیقاً همین حرف‌ها را تأیید کرد.
known-not-approved = نویسنده هنوز هیچ نسخه‌ی ویرایش‌شده‌ای را تأیید نکرده است.
publish-title = انتشار مورد { $id }
publish-intro = حرف‌ها و جایی را که نشان داده می‌شوند بررسی کن. تا دکمه‌ی پایین را نزنی چیزی منتشر نمی‌شود.
publish-where-heading = کجا نشان داده می‌شوند
publish-where = در صفحه‌ی عمومی داستان‌ها به زبان { $language }، جایی که همه می‌توانند بخوانند:
publish-warnings = با این هشدارهای محتوا بالای آن‌ها:
publish-no-warnings = بدون هیچ هشدار محتوایی بالای آن‌ها.
publish-themes = زیر این موضوع‌ها:
publish-words-heading = دقیقاً همین حرف‌ها
publish-confirmed = از پیش تأیید شده:
publish-checklist-legend = پیش از انتشار تأیید کن
publish-second-person = { $name } درخواست انتشار این را داد. تو نفر دوم هستی.
publish-first-of-two = چون قانون دو نفر روشن است، همکاری بعد از تو منتشرش می‌کند.
publish-confirm = این حرف‌ها را منتشر کن
publish-confirm-first = از نفر دوم بخواه منتشر کند
publish-back = بازگشت به مورد

## Bulk actions and reopening
queue-bulk-confirm-title = پیش از ادامه بررسی کن
queue-bulk-will-decline =
    { $count ->
        [one] این مورد منتشر نمی‌شود، به دلیل «{ $reason }»:
       *[other] این { $count } مورد منتشر نمی‌شوند، به دلیل «{ $reason }»:
    }
queue-bulk-decline-effects =
    { $days ->
        [one] نویسنده پیام مهربان مربوط به این دلیل را در صفحه‌ی کدش می‌بیند. حرف‌ها بعد از { $days } روز از بین می‌روند. تا آن زمان مسئول حفاظت می‌تواند موردی را برگرداند.
       *[other] نویسنده پیام مهربان مربوط به این دلیل را در صفحه‌ی کدش می‌بیند. حرف‌ها بعد از { $days } روز از بین می‌روند. تا آن زمان مسئول حفاظت می‌تواند موردی را برگرداند.
    }
queue-bulk-will-release =
    { $count ->
        [one] این مورد را پس می‌دهی:
       *[other] این { $count } مورد را پس می‌دهی:
    }
queue-bulk-left-out =
    { $count ->
        [one] این مورد کنار گذاشته می‌شود:
       *[other] این { $count } مورد کنار گذاشته می‌شوند:
    }
queue-bulk-why-safeguarding = نگرانی حفاظتی دارد. بازش کن و خودت تصمیم بگیر.
queue-bulk-why-unread = هنوز کسی آن را نخوانده است.
queue-bulk-why-not-now = دست کس دیگری است، یا الان نمی‌شود تغییرش داد.
queue-bulk-nothing = چیزی تغییر نمی‌کند.
queue-bulk-confirm-decline =
    { $count ->
        [one] این مورد را منتشر نکن
       *[other] این { $count } مورد را منتشر نکن
    }
queue-bulk-confirm-release =
    { $count ->
        [one] این مورد را پس بده
       *[other] این { $count } مورد را پس بده
    }
queue-bulk-cancel = بازگشت به صف
queue-item-link = مورد { $id }
item-reopen-intro = به اشتباه رد شد؟ تا وقتی حرف‌ها هنوز نگه داشته شده‌اند، می‌توانی آن را به صف برگردانی.
item-reopen = به صف برگردان
done-reopen = مورد به صف برگشت.
event-reopen = به صف برگردانده شد

## Safeguarding list and content warnings
item-warnings-suggested = هشدارهای محتوای پیشنهادی (از روی موضوع‌ها):

## Dates
date-day = { $day } { $month } { $year }
date-time = { $date }، { $time } { $zone }
month-1 = ژانویه
month-2 = فوریه
month-3 = مارس
month-4 = آوریل
month-5 = مه
month-6 = ژوئن
month-7 = ژوئیه
month-8 = اوت
month-9 = سپتامبر
month-10 = اکتبر
month-11 = نوامبر
month-12 = دسامبر

## Queue on small screens, practitioners, invitations, wellbeing
queue-col-item = مورد
nav-read-digests = گزارش‌های خلاصه را بخوان
dashboard-practitioner-intro = گزارش‌های خلاصه‌ی موضوعی نشان می‌دهند جوان‌ها به Voices چه گفته‌اند، با عددهای بی‌نام و نقل‌قول‌هایی که پذیرفتند منتشر شود.
dashboard-police-not-stated = صفحه‌های نویسندگان هنوز نمی‌توانند بگویند چه وقت اطلاعات را با پلیس یا اداره‌ی مهاجرت در میان می‌گذارید: به جوان‌ها می‌گویند اول از شما بپرسند. organisation.police_and_immigration را در voices.toml تنظیم کنید.
wellbeing-limit-reached =
    { $cap ->
        [one] امروز { $cap } مورد خوانده‌ای، یعنی سقف روزانه‌ات. تا فردا مورد تازه‌ای به تو پیشنهاد نمی‌شود. هنوز می‌توانی به موردهایی که امروز خواندی جواب بدهی. مراقب خودت باش.
       *[other] امروز { $cap } مورد خوانده‌ای، یعنی سقف روزانه‌ات. تا فردا مورد تازه‌ای به تو پیشنهاد نمی‌شود. هنوز می‌توانی به موردهایی که امروز خواندی جواب بدهی. مراقب خودت باش.
    }
wellbeing-not-offered = این مورد امروز به تو پیشنهاد نمی‌شود، چون به سقف روزانه‌ات رسیده‌ای. همکاری می‌تواند برش دارد.

## Path to publication: changing an approved item
item-claim-to-change = برش دار تا نسخه‌ی دیگری بفرستی
## Waiting too long
item-level-why = کلمه‌هایی که آن را نشان می‌دهند:
queue-waiting-heading = بیش از حد منتظر مانده
queue-waiting-hint = هنوز کسی این‌ها را باز نکرده و مدتی پیش رسیده‌اند. هر سطحی که دارند، اول این‌ها را باز کنید.
queue-waiting-item =
    { $days ->
        [one] مورد { $id }، { $days } روز در انتظار
       *[other] مورد { $id }، { $days } روز در انتظار
    }
## Digest protection with ranges
digest-not-shown = نشان داده نمی‌شود
digest-not-shown-why = عددی که «نشان داده نمی‌شود» برای محافظت از آدم‌ها پنهان شده است: کسانی که در آن هستند، یا در عددهای دیگری که می‌تواند به پیدا کردنشان کمک کند. چیزی درباره‌ی بزرگی عدد نمی‌گوید.
digest-protection-ranges = عددهای کمتر از 10، و صفرها، نشان داده نمی‌شوند. عددهای دیگر به نزدیک‌ترین مضرب 5 گرد می‌شوند. بعضی عددهای بزرگ‌تر هم نشان داده نمی‌شوند، تا هیچ عدد پنهانی از روی عددهای دیگر حساب یا تخمین زده نشود. درصد فقط وقتی نشان داده می‌شود که دست‌کم 20 نفر جواب داده باشند. نقل‌قول‌ها فقط از کسانی است که اجازه داده‌اند، با کلماتی که تأیید کرده‌اند، سه‌تا سه‌تا، و فقط زیر موضوع‌ها و زبان‌هایی که عددشان نشان داده می‌شود.
digest-themes-chart-desc-shown = برای هر موضوعی که عددش نشان داده می‌شود یک ستون هست. موضوع‌هایی که عددشان نشان داده نمی‌شود ستون ندارند. جدول پایین همین عددها را دارد.
digest-empty = در این دوره هیچ‌کس چیزی به اشتراک نگذاشت.

## Digest rebuild
digests-admin-check-heading = ساختن دوبارهٔ خلاصه‌های منتشرشده
digests-admin-check-help = هر خلاصهٔ منتشرشده را با داده‌های امروز دوباره بسازید تا ببینید آیا یکی از آن‌ها متفاوت درمی‌آید. هیچ چیزِ منتشرشده‌ای تغییر نمی‌کند.
digests-admin-check = بررسی خلاصه‌های منتشرشده
digests-admin-check-same = هر خلاصهٔ منتشرشده وقتی دوباره ساخته می‌شود همان‌طور درمی‌آید.
digests-admin-check-differs = این خلاصه‌ها اگر امروز دوباره ساخته شوند متفاوت درمی‌آیند: { $periods }. آن‌ها همان‌طور که منتشر شدند می‌مانند، پس عددهای منتشرشده‌شان تغییر نمی‌کند. دفتر ثبت رویدادها هر تفاوت را ثبت می‌کند.
## Queue pages by position
error-queue-link-invalid = پیوند این صفحه دیگر کار نمی‌کند. از صفحهٔ اول صف دوباره شروع کنید.
## node chains
event-node-chain-started = یک سرور دفتر ثبت خودش را شروع کرد
