# Voices — العربية (Arabic). DRAFT: needs review by a native speaker.
# Source: locales/en/main.ftl. Keep { $name } etc. exactly as they are.

## Every page
page-title = Voices
site-name = Voices
skip-to-content = انتقل إلى المحتوى الرئيسي
quick-exit = اخرج من الموقع
language-switcher = اختر لغتك

## Start page
landing-heading = صوتك مهم
landing-intro = Voices مكان آمن لتشارك قصتك، أو لتخبرنا عن خدمة كان يجب أن تساعدك.
landing-no-name = لا تحتاج أن تكتب اسمك. نحن لا نسألك أبدًا من أنت.
landing-leave-quickly = إذا احتجت أن تخرج بسرعة، اضغط «اخرج من الموقع» في أعلى الصفحة.

## Staff area
staff-login-title = دخول الموظفين
staff-name = الاسم
staff-passphrase = عبارة المرور
staff-sign-in = تسجيل الدخول
staff-sign-out = تسجيل الخروج
staff-signed-in-as = سجّلت الدخول باسم { $name } ({ $role })
staff-role = الدور
staff-role-admin = مدير
staff-role-moderator = مشرف
staff-role-safeguarding-lead = مسؤول الحماية
staff-role-practitioner = أخصائي دعم
staff-status = الحالة
staff-status-active = نشط
staff-status-disabled = معطّل
staff-dashboard-title = منطقة الموظفين
staff-dashboard-intro = لقد سجّلت الدخول. سيتم تسجيل خروجك بعد 30 دقيقة بدون نشاط.
staff-list-heading = الموظفون
staff-add-hint = لإضافة موظفين أو تعطيلهم، استخدم الأمر voices staff على الخادم.

## First admin
setup-title = أنشئ أول حساب مدير
setup-intro = هذا الرابط يعمل مرة واحدة فقط. الحساب الذي تنشئه هنا يستطيع إضافة موظفين آخرين.
setup-passphrase-hint = استخدم 12 حرفًا على الأقل. بضع كلمات لا علاقة بينها تكون قوية وسهلة التذكّر.
setup-passphrase-confirm = اكتب عبارة المرور مرة أخرى
setup-submit = أنشئ حساب المدير
setup-done-title = حساب المدير جاهز
setup-done = يمكنك تسجيل الدخول الآن. رابط الإعداد هذا لن يعمل مرة أخرى.

## Forms
form-error-summary = من فضلك راجع هذا:
error-name-required = من فضلك اكتب اسمًا.
error-passphrase-required = من فضلك اكتب عبارة المرور.
error-confirm-required = من فضلك اكتب عبارة المرور مرة أخرى.
error-field-required = من فضلك املأ هذا الحقل.

## Errors
error-title = حدث خطأ ما
error-not-found-title = لا نستطيع إيجاد هذه الصفحة
error-rate-limited-title = من فضلك انتظر قليلًا
error-back-home = اذهب إلى صفحة البداية
error-not-found = ربما نُقلت الصفحة، أو ربما الرابط غير صحيح.
error-rate-limited =
    { $minutes ->
        [zero] كانت هناك محاولات كثيرة جدًا. من فضلك انتظر { $minutes } دقيقة، ثم حاول مرة أخرى.
        [one] كانت هناك محاولات كثيرة جدًا. من فضلك انتظر { $minutes } دقيقة، ثم حاول مرة أخرى.
        [two] كانت هناك محاولات كثيرة جدًا. من فضلك انتظر { $minutes } دقيقة، ثم حاول مرة أخرى.
        [few] كانت هناك محاولات كثيرة جدًا. من فضلك انتظر { $minutes } دقائق، ثم حاول مرة أخرى.
        [many] كانت هناك محاولات كثيرة جدًا. من فضلك انتظر { $minutes } دقيقة، ثم حاول مرة أخرى.
       *[other] كانت هناك محاولات كثيرة جدًا. من فضلك انتظر { $minutes } دقيقة، ثم حاول مرة أخرى.
    }
error-sign-in-failed = الاسم أو عبارة المرور غير صحيحة.
error-not-signed-in = من فضلك سجّل الدخول أولًا.
error-forbidden = حسابك لا يستطيع القيام بهذا.
error-csrf-mismatch = بقي هذا النموذج مفتوحًا وقتًا طويلًا. من فضلك حاول مرة أخرى.
error-name-taken = هذا الاسم يستخدمه شخص آخر. من فضلك اختر اسمًا آخر.
error-name-empty = من فضلك اكتب اسمًا.
error-name-too-long = يمكن أن يكون الاسم 64 حرفًا على الأكثر.
error-name-invalid = لا يمكن أن يحتوي الاسم على رموز تحكّم مخفية.
error-weak-passphrase = عبارة المرور قصيرة جدًا أو بسيطة جدًا. استخدم 12 حرفًا على الأقل.
error-passphrase-too-long = عبارة المرور طويلة جدًا. استخدم 1024 حرفًا على الأكثر.
error-passphrase-mismatch = عبارتا المرور غير متطابقتين.
error-wrong-admin-credentials = اسم المدير أو عبارة المرور غير صحيحة.
error-first-staff-must-be-admin = يجب أن يكون الحساب الأول حساب مدير.
error-no-setup-pending = لا يوجد إعداد ينتظر.
error-last-admin = هذا آخر مدير. أضف مديرًا آخر أولًا.
error-unknown-staff = لا يوجد موظف بهذا الاسم.
error-storage-unavailable = لا نستطيع الحفظ أو القراءة الآن. لم يضِع شيء مما أرسلته. من فضلك حاول مرة أخرى بعد بضع دقائق.
error-internal = حدث خطأ من جهتنا. من فضلك حاول مرة أخرى.
error-bad-request = لم نفهم ما تم إرساله. من فضلك حاول مرة أخرى.
error-payload-too-large = ما أرسلته طويل جدًا. من فضلك اجعله أقصر.
error-unprocessable = بعض ما تم إرساله غير صحيح. من فضلك تحقّق وحاول مرة أخرى.
