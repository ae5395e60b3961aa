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
landing-share-story = شارك قصتك
landing-give-feedback = أخبرنا عن خدمة
landing-what-happens-heading = ماذا يحدث لكلماتك
landing-no-name = لا تحتاج أن تكتب اسمك. نحن لا نسألك أبدًا من أنت.
landing-encrypted = تُقفَل كلماتك (تُشفَّر) فور إرسالها.
landing-who-reads = يقرؤها فريق صغير ومدرَّب فقط. يحذفون الأسماء والأماكن والمدارس قبل مشاركة أي شيء.
landing-you-decide = أنت تقرّر ماذا يحدث لكلماتك. يمكنك أن تغيّر رأيك أو تحذفها لاحقًا.
landing-about-link = المزيد عن من يقرأ كلماتك وكم من الوقت نحتفظ بها
landing-leave-heading = الخروج بسرعة
landing-leave-quickly = إذا احتجت أن تخرج بسرعة، اضغط «اخرج من الموقع» في أعلى الصفحة.
landing-safety-link = كيف تبقى آمنًا على الإنترنت
landing-come-back-heading = العودة لاحقًا
landing-come-back = بعد أن تشارك، تحصل على رمز. بهذا الرمز يمكنك أن تعود لتقرأ الردود، أو تغيّر اختياراتك، أو تحذف كلماتك.

## Help now
help-now-heading = احصل على مساعدة الآن
help-now-intro = هذه الخدمات مجانية، ولا تحتاج أن تعطي اسمك.

## Sharing
share-no-name = إذا كنت لا تريد، من فضلك لا تكتب اسمك أو اسم أي شخص.
share-we-remove-details = قبل مشاركة أي شيء، نحذف الأسماء والأماكن والمدارس. لا نغيّر أبدًا ما تقصده.
share-text-limit = يمكنك أن تكتب حتى { $limit } حرف.
share-text-counter = الحروف المتبقية:
share-submit = أرسل
share-honeypot-label = من فضلك اترك هذا المربع فارغًا
share-copy-your-words = هذه كلماتك، لتنسخها وتحفظها في مكان آمن
share-text-missing = من فضلك اكتب شيئًا قبل الإرسال.
share-text-too-long = هذا طويل جدًا. من فضلك اجعله أقصر. كلماتك ما زالت هنا.
share-not-saved = لم نستطع حفظ هذا الآن. كلماتك ما زالت هنا. من فضلك حاول مرة أخرى بعد بضع دقائق.
share-honeypot-filled = من فضلك أفرغ هذا المربع، ثم أرسل مرة أخرى.
form-nothing-lost = كلماتك ما زالت هنا. لم يضِع شيء.
form-invalid-choice = من فضلك اختر أحد الخيارات.

story-heading = شارك قصتك
story-text-label = قصتك
story-text-hint = اكتب بأي لغة. اكتب كثيرًا أو قليلًا، كما تريد.
story-themes-legend = عن ماذا تتحدث قصتك؟ (يمكنك تخطّي هذا)
story-themes-hint = اختر ما يناسب قصتك. هذا يساعدنا على الفهم. يمكنك ألّا تختار شيئًا.

## Consent
consent-heading = اختياراتك
consent-intro = أنت تقرّر ماذا يحدث لكلماتك. يمكنك تغيير هذا لاحقًا برمزك.
consent-use-legend = ماذا يمكننا أن نفعل بكلماتك؟
consent-use-publish = انشروا كلماتي على هذا الموقع، بعد أن أوافق على النسخة المعدَّلة
consent-use-themes-only = استخدموها فقط لعدّ ما يخبركم به الشباب، بدون كلماتي
consent-use-team-only = الفريق فقط يستطيع قراءتها
consent-quotes-legend = هل يمكننا أن نستخدم بضع جمل قصيرة من كلماتك في تقاريرنا؟
consent-quotes-hint = لا نستخدم أبدًا اسمك أو أي شيء يدلّ على من أنت.
consent-quotes-yes = نعم
consent-quotes-no = لا
consent-use-missing = من فضلك اختر ماذا يمكننا أن نفعل بكلماتك.
consent-quotes-missing = من فضلك اختر نعم أو لا.
consent-now-publish = الآن: يمكننا نشر كلماتك، بعد أن توافق على النسخة المعدَّلة.
consent-now-themes-only = الآن: نستخدم كلماتك فقط لعدّ ما يخبرنا به الشباب.
consent-now-team-only = الآن: الفريق فقط يستطيع قراءة كلماتك.

## Service feedback
feedback-heading = أخبرنا عن خدمة
feedback-service-legend = عن أي خدمة تتحدث؟
feedback-service-missing = من فضلك اختر خدمة.
service-police = الشرطة
service-social-care = الرعاية الاجتماعية للأطفال (الأخصائيون الاجتماعيون)
service-placement = عائلة حاضنة أو دار رعاية للأطفال
service-guardian = وصيّ مستقل
service-referral = عملية الإحالة (أن يتعرّفوا عليك كضحية)
service-health = الصحة أو الصحة النفسية
service-school = المدرسة أو الكلية
service-legal-advice = نصيحة قانونية (محامٍ)
service-immigration = الهجرة أو وزارة الداخلية (Home Office)
service-youth-justice = قضاء الأحداث أو المحكمة
service-charity = جمعية خيرية
service-interpreter = مترجم
service-other = شيء آخر
feedback-region-label = أين حدث هذا؟ (يمكنك تخطّي هذا)
feedback-region-hint = منطقة كبيرة فقط، ولا نسأل أبدًا عن المدينة.
feedback-region-none = اختر منطقة
region-north-east = شمال شرق إنجلترا
region-north-west = شمال غرب إنجلترا
region-yorkshire = يوركشاير وهامبر (Yorkshire and the Humber)
region-east-midlands = شرق ميدلاندز (East Midlands)
region-west-midlands = غرب ميدلاندز (West Midlands)
region-east-of-england = شرق إنجلترا
region-london = لندن
region-south-east = جنوب شرق إنجلترا
region-south-west = جنوب غرب إنجلترا
region-scotland = اسكتلندا
region-wales = ويلز
region-northern-ireland = أيرلندا الشمالية
region-prefer-not-to-say = أفضّل ألّا أقول
feedback-questions-heading = خمسة أسئلة
feedback-questions-hint = أجب عن الأسئلة التي تريدها. يمكنك تخطّي أي سؤال.
question-listened = هل استمعوا إليك؟
question-believed = هل صدّقوك؟
question-kept-informed = هل أخبروك بما كان يحدث؟
question-felt-safe = هل شعرت بالأمان؟
question-own-language = هل استطعت أن تستخدم لغتك؟
answer-1 = أبدًا
answer-2 = قليلًا
answer-3 = أحيانًا
answer-4 = في أغلب الأوقات
answer-5 = نعم، تمامًا
answer-prefer-not-to-say = أفضّل ألّا أقول
feedback-text-label = هل هناك شيء آخر تريد أن تخبرنا به؟ (يمكنك تخطّي هذا)
feedback-text-hint = اكتب بأي لغة.
feedback-age-legend = كم عمرك؟ (يمكنك تخطّي هذا)
feedback-age-hint = لا نسأل أبدًا عن تاريخ ميلادك.
age-band-under-16 = أقل من 16
age-band-16-17 = 16 أو 17
age-band-18-21 = من 18 إلى 21
age-band-22-25 = من 22 إلى 25

## Receipt
receipt-created-heading = شكرًا لك. وصلتنا كلماتك.
receipt-created-intro = هذا هو رمزك:
receipt-created-why = احتفظ بهذا الرمز في مكان آمن: إنه الطريقة الوحيدة للعودة إلى كلماتك، ولا نستطيع أن نعرضه لك مرة أخرى.
receipt-created-keep = اكتبه أو صوّره، واحفظه في مكان لا يراه أحد غيرك. أي شخص معه الرمز يستطيع قراءة كلماتك.
receipt-created-print = يمكنك أيضًا طباعة هذه الصفحة.
receipt-print-button = اطبع هذه الصفحة
receipt-created-next = سيقرأ شخص مدرَّب كلماتك قريبًا. عُد برمزك لترى ماذا يحدث.
receipt-lookup-link = عُد برمزك
receipt-heading = عُد برمزك
receipt-intro = اكتب الرمز الذي حصلت عليه عندما شاركت. يمكنك أن تكتب الحروف صغيرة أو كبيرة، مع الشرطات أو بدونها.
receipt-code-label = رمزك
receipt-code-hint = يبدو هكذا: 7KQ2-M9XD-4HFA-R3TC
receipt-open = افتح
receipt-code-invalid = في الرمز 16 حرفًا ورقمًا. من فضلك تحقّق منه وحاول مرة أخرى.
receipt-code-not-found = لم نجد هذا الرمز. من فضلك تحقّق منه وحاول مرة أخرى.
receipt-view-heading = كلماتك
receipt-status-heading = ماذا يحدث الآن
receipt-your-words = ما كتبته
receipt-consent-heading = اختياراتك
receipt-consent-save = احفظ اختياراتي
receipt-consent-saved = تم حفظ اختياراتك.
status-received = وصلتنا كلماتك. لم يقرأها أحد بعد.
status-in-review = شخص مدرَّب يقرأ كلماتك الآن.
status-awaiting-survivor = عندنا سؤال لك أو نسخة معدَّلة. من فضلك اقرأها في الأسفل.
status-approved = كلماتك جاهزة للنشر، كما وافقت.
status-published = كلماتك منشورة على هذا الموقع، كما وافقت.
status-themes-only = نستخدم كلماتك لعدّ ما يخبرنا به الشباب. لا ننشرها.
status-team-only = الفريق فقط يقرأ كلماتك. لا ننشرها.
status-declined = لم نستطع نشر كلماتك هذه المرة. من فضلك اقرأ رسالتنا في الأسفل.
status-withdrawn = لقد حذفت كلماتك. لم تعد موجودة.
withdraw-heading = احذف كل شيء
withdraw-intro = يمكنك حذف كلماتك في أي وقت. لا يمكن التراجع عن هذا.
withdraw-start = احذف كلماتي
withdraw-confirm-heading = هل أنت متأكد؟
withdraw-confirm-intro = إذا حذفت كلماتك، تختفي إلى الأبد. لا أحد يستطيع قراءتها مرة أخرى، ولا حتى أنت أو نحن.
withdraw-confirm-permanent = لا يمكن التراجع عن هذا.
withdraw-confirm-button = نعم، احذف كلماتي
withdraw-cancel = لا، ارجع
withdrawn-heading = تم حذف كلماتك
withdrawn-done = كلماتك لم تعد موجودة. لا أحد يستطيع قراءتها الآن.
withdrawn-code-still-works = إذا استخدمت رمزك مرة أخرى، سيقول فقط إن كلماتك حُذفت.

## Staying safe
safety-heading = البقاء آمنًا على الإنترنت
safety-leave-heading = اخرج بسرعة
safety-leave-button = اضغط «اخرج من الموقع» في أعلى أي صفحة. سيفتح موقعًا عن الطقس.
safety-leave-keys = على الكمبيوتر، يمكنك أيضًا أن تضغط مفتاح Shift ثلاث مرات بسرعة.
safety-private-heading = استخدم التصفح الخاص
safety-private-what = في النافذة الخاصة، لا يحتفظ هاتفك أو الكمبيوتر بالصفحات التي تزورها.
safety-private-how = في أغلب المتصفحات، افتح القائمة واختر «نافذة خاصة جديدة» أو «علامة تبويب جديدة للتصفح المتخفي».
safety-history-heading = امسح السجلّ
safety-history-what = إذا لم تستخدم نافذة خاصة، قد يرى شخص ما هذا الموقع في سجلّ المتصفح.
safety-history-how = افتح إعدادات المتصفح، وابحث عن «السجلّ»، واحذف صفحات هذا الموقع.
safety-shared-heading = إذا فتّش أحد هاتفك
safety-shared-phone = هذا الموقع لا يرسل رسائل بريد إلكتروني أو رسائل نصية، ولا يحفظ أي شيء على هاتفك.
safety-shared-code = احفظ رمزك في مكان لا يراه أحد غيرك. أي شخص معه الرمز يستطيع قراءة كلماتك.

## About
about-heading = عن Voices
about-what-heading = ما هو Voices
about-what = يدير Voices أشخاص يعملون مع الناجين الشباب. نريد أن تستمع الخدمات، وأن تصدّق، وأن تعمل بشكل أفضل.
about-who-heading = من يقرأ كلماتك
about-who = فريق صغير ومدرَّب فقط يقرأ ما ترسله. يتّبعون قواعد واضحة ليحموك، ويتعاملون مع كلماتك باحترام.
about-who-not = لا أحد غيرهم يستطيع قراءة كلماتك: لا الأشخاص الذين يديرون أجهزة الكمبيوتر، ولا الخدمات التي تكتب عنها.
about-happens-heading = ماذا يحدث لكلماتك
about-happens-review = شخص مدرَّب يقرأ كلماتك. يحذف الأسماء والأماكن والمدارس. لا يغيّر أبدًا ما تقصده.
about-happens-choices = لا نشارك أي شيء إلا إذا قلت نعم. إذا كانت كلماتك ستُنشر، ترى النسخة المعدَّلة أولًا وتقرّر.
about-happens-themes = نعدّ ما يخبرنا به كثير من الشباب، لنُري الخدمات ما يجب أن يتغيّر. هذه الأعداد لا تُظهر أبدًا من هو أي شخص.
about-kept-heading = كم من الوقت نحتفظ بكلماتك
about-kept = نحتفظ بكلماتك ما دام الفريق يعمل عليها، ونحذف ما لا نستخدمه بعد مدة محدَّدة.
about-kept-withdraw = يمكنك أن تحذف كلماتك بنفسك في أي وقت برمزك. عندما تفعل ذلك، تختفي فورًا.
about-safe-heading = كيف نحمي كلماتك
about-safe-encrypted = تُقفَل كلماتك (تُشفَّر) فور وصولها. الفريق فقط، أو أنت برمزك، يستطيع فتحها.
about-safe-no-trace = لا نحتفظ بعنوان IP الخاص بك، ولا نستخدم ملفات تعريف الارتباط (cookies) في هذه الصفحات.

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
strength-too-short = قصيرة جدًا حتى الآن: تابع الكتابة.
strength-acceptable = جيد. بضع كلمات أخرى تجعلها قوية.
strength-strong = قوية.
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
error-common-passphrase = كثيرون يستخدمون عبارة المرور هذه، لذلك يسهل تخمينها. اختر بضع كلمات لا علاقة بينها.
error-passphrase-too-long = عبارة المرور طويلة جدًا. استخدم 1024 حرفًا على الأكثر.
error-passphrase-mismatch = عبارتا المرور غير متطابقتين.
error-wrong-admin-credentials = اسم المدير أو عبارة المرور غير صحيحة.
error-first-staff-must-be-admin = يجب أن يكون الحساب الأول حساب مدير.
error-no-setup-pending = لا يوجد إعداد ينتظر.
error-last-admin = هذا آخر مدير. أضف مديرًا آخر أولًا.
error-unknown-staff = لا يوجد موظف بهذا الاسم.
error-receipt-not-found = لم نجد هذا الرمز. من فضلك تحقّق منه وحاول مرة أخرى.
error-receipt-invalid = في الرمز 16 حرفًا ورقمًا. من فضلك تحقّق منه وحاول مرة أخرى.
error-consent-locked = كلماتك منشورة بالفعل، لذلك لا يمكن تغيير هذه الاختيارات الآن. ما زال بإمكانك حذف كلماتك.
error-storage-unavailable = لا نستطيع الحفظ أو القراءة الآن. لم يضِع شيء مما أرسلته. من فضلك حاول مرة أخرى بعد بضع دقائق.
error-internal = حدث خطأ من جهتنا. من فضلك حاول مرة أخرى.
error-bad-request = لم نفهم ما تم إرساله. من فضلك حاول مرة أخرى.
error-payload-too-large = ما أرسلته طويل جدًا. من فضلك اجعله أقصر.
error-unprocessable = بعض ما تم إرساله غير صحيح. من فضلك تحقّق وحاول مرة أخرى.
