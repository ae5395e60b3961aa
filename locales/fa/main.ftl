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
landing-no-name = لازم نیست نام خود را بگویید. ما هرگز نمی‌پرسیم شما چه کسی هستید.
landing-leave-quickly = اگر باید زود بروید، دکمه‌ی «خروج از این سایت» را در بالای صفحه بزنید.

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
error-passphrase-too-long = عبارت عبور خیلی بلند است. حداکثر 1024 حرف به کار ببرید.
error-passphrase-mismatch = دو عبارت عبور یکی نیستند.
error-wrong-admin-credentials = نام مدیر یا عبارت عبور درست نیست.
error-first-staff-must-be-admin = اولین حساب باید حساب مدیر باشد.
error-no-setup-pending = هیچ راه‌اندازی‌ای در انتظار نیست.
error-last-admin = این آخرین مدیر است. اول یک مدیر دیگر اضافه کنید.
error-unknown-staff = هیچ کارمندی با این نام نیست.
error-storage-unavailable = الان نمی‌توانیم ذخیره کنیم یا بخوانیم. چیزی از آنچه فرستادید گم نشده است. لطفاً چند دقیقه دیگر دوباره امتحان کنید.
error-internal = مشکلی از طرف ما پیش آمد. لطفاً دوباره امتحان کنید.
error-bad-request = نتوانستیم آنچه فرستاده شد را بفهمیم. لطفاً دوباره امتحان کنید.
error-payload-too-large = آنچه فرستادید خیلی بلند است. لطفاً کوتاه‌ترش کنید.
error-unprocessable = بخشی از آنچه فرستاده شد درست نیست. لطفاً بررسی کنید و دوباره امتحان کنید.
