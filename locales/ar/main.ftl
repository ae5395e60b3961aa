# Voices — العربية (Arabic). DRAFT: needs review by a native speaker.
# Source: locales/en/main.ftl. Keep { $name } etc. exactly as they are.

## Every page
page-title = Voices
site-name = Voices
skip-to-content = انتقل إلى المحتوى الرئيسي
quick-exit = اخرج من الموقع
language-switcher = اختر لغتك
danger-now = في خطر الآن؟ اتصل بالرقم 999
footer-run-by = يدير هذا الموقع { $organisation }.
footer-privacy = إشعار الخصوصية
not-emergency = Voices لا يعرف من أنت. لذلك لا نستطيع أن نأتي لمساعدتك، ولا نستطيع أن نردّ بسرعة. إذا كنت في خطر الآن، اتصل بالرقم 999.
resource-call = اتصل
resource-text = أرسل رسالة نصية

## Start page
landing-heading = صوتك مهم
landing-intro = Voices مكان لتشارك قصتك، أو لتخبرنا عن خدمة كان يجب أن تساعدك.
landing-for-everyone = Voices لكل شاب وشابة في المملكة المتحدة، أينما وُلدت.
landing-share-story = شارك قصتك
landing-give-feedback = أخبرنا عن خدمة
landing-what-happens-heading = ماذا يحدث لكلماتك
landing-no-name = لا تحتاج أن تكتب اسمك. نحن لا نسألك أبدًا من أنت.
landing-encrypted = تُقفَل كلماتك (تُشفَّر) فور إرسالها.
landing-who-reads = يقرؤها فريق صغير ومدرَّب فقط. قبل مشاركة أي شيء، يحذفون ما قد يكشف من أنت، مثل الأسماء وأرقام الهواتف والعناوين والمدارس. تبقى أسماء البلدات والمدن عادةً. إذا نُشرت كلماتك، ترى النسخة المعدّلة أولًا.
landing-you-decide = أنت تقرّر ماذا يحدث لكلماتك. يمكنك أن تغيّر رأيك أو تحذفها لاحقًا.
landing-about-link = المزيد عمّن يقرأ كلماتك وكم من الوقت نحتفظ بها
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
share-we-remove-details = قبل مشاركة أي شيء، نحذف ما قد يكشف من أنت، مثل الأسماء وأرقام الهواتف والعناوين والمدارس. تبقى أسماء البلدات والمدن عادةً. لا نغيّر أبدًا ما تقصده.
share-quick-exit-warning = إذا ضغطت «اخرج من الموقع»، يضيع ما كتبته هنا.
share-text-limit =
    { $limit ->
        [zero] يمكنك أن تكتب حتى { $limit } حرف.
        [one] يمكنك أن تكتب حتى { $limit } حرف.
        [two] يمكنك أن تكتب حتى { $limit } حرف.
        [few] يمكنك أن تكتب حتى { $limit } أحرف.
        [many] يمكنك أن تكتب حتى { $limit } حرفًا.
       *[other] يمكنك أن تكتب حتى { $limit } حرف.
    }
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
consent-use-themes-only = استخدموها فقط لعدّ ما يخبركم به الشباب، دون أن تظهر كلماتي
consent-use-team-only = الفريق فقط يستطيع قراءتها
consent-quotes-legend = هل يمكننا أن نستخدم بضع جمل قصيرة من كلماتك في تقاريرنا؟
consent-quotes-hint = لا نستخدم أبدًا اسمك أو أي شيء يدلّ على من أنت.
consent-use-publish-hint = حتى بدون أسماء، قد يعرف قصتك شخص يعرفك.
consent-quotes-when = فقط إذا اخترت نشر كلماتك على هذا الموقع. نستخدم فقط جملًا من النسخة المعدَّلة التي وافقت عليها.
consent-reports-readers = تصل تقاريرنا إلى الجمعيات الخيرية، وإلى من يديرون الخدمات، وإلى من يضعون السياسات. لا تكشف تقاريرنا أبدًا من أنت.
consent-privacy-link = اقرأ إشعار الخصوصية
consent-kept = إذا لم نستخدم كلماتك، نحذفها بعد { $days ->
        [zero] { $days } يوم
        [one] { $days } يوم
        [two] { $days } يوم
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } من قرارنا. يمكنك أن تحذف كلماتك في أي وقت برمزك. لكن الأرقام أو الجمل الموجودة في تقرير صدر بالفعل تبقى في ذلك التقرير.
consent-quotes-yes = نعم
consent-quotes-no = لا
consent-use-missing = من فضلك اختر ماذا يمكننا أن نفعل بكلماتك.
consent-quotes-missing = من فضلك اختر نعم أو لا.
consent-now-publish = الآن: يمكننا نشر كلماتك، بعد أن توافق على النسخة المعدَّلة.
consent-now-themes-only = الآن: نستخدم كلماتك فقط لعدّ ما يخبرنا به الشباب.
consent-now-team-only = الآن: الفريق فقط يستطيع قراءة كلماتك.
consent-now-quotes = وافقت على أن نستخدم بضع جمل قصيرة من كلماتك في تقاريرنا.
police-not-stated = نحن لا نعرف من أنت. لم تقل هذه المنظمة بعد متى قد تشارك معلومات مع الشرطة أو سلطات الهجرة. اسألهم قبل أن تكتب عن وضعك في الهجرة.
police-safeguarding-only = نحن لا نعرف من أنت. لا نشارك كلماتك أبدًا مع سلطات الهجرة. لا نتواصل مع الشرطة أو خدمات حماية الأطفال إلا إذا ظننّا أن شخصًا ما في خطر الآن.
police-only-if-the-law-requires = نحن لا نعرف من أنت. لا نشارك كلماتك مع الشرطة أو سلطات الهجرة، إلا إذا أجبرنا القانون على ذلك.

## Service feedback
feedback-heading = أخبرنا عن خدمة
feedback-service-legend = عن أي خدمة تتحدث؟
feedback-service-missing = من فضلك اختر خدمة.
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
feedback-questions-heading = أسئلة عن الخدمة
feedback-questions-hint = أجب عن الأسئلة التي تريدها. يمكنك تخطّي أي سؤال.
feedback-text-label = هل هناك شيء آخر تريد أن تخبرنا به؟ (يمكنك تخطّي هذا)
feedback-text-hint = اكتب بأي لغة.
feedback-age-legend = كم عمرك؟ (يمكنك تخطّي هذا)
feedback-age-hint = لا نسأل أبدًا عن تاريخ ميلادك.
age-band-under-16 = أقل من 16
age-band-16-17 = 16 أو 17
age-band-18-21 = من 18 إلى 21
age-band-22-25 = من 22 إلى 25
age-band-26-plus = 26 أو أكثر
age-band-prefer-not-to-say = أفضّل ألّا أقول
helped-legend = هل ساعدك أحد في ملء هذا؟ (يمكنك تخطّي هذا)
helped-hint = هذا يساعدنا على فهم كلماتك.
helped-no = لا، فعلته بنفسي
helped-worker = نعم، موظف أو متطوّع
helped-someone-close = نعم، صديق أو أحد من عائلتي
helped-prefer-not-to-say = أفضّل ألّا أقول

## Receipt
receipt-created-heading = شكرًا لك. وصلتنا كلماتك.
receipt-created-intro = هذا هو رمزك:
receipt-created-why = احتفظ بهذا الرمز في مكان آمن: إنه الطريقة الوحيدة للعودة إلى كلماتك، ولا نستطيع أن نعرضه لك مرة أخرى.
receipt-created-keep-safe = اكتبه في مكان لا يراه أحد غيرك، أو اطلب من شخص تثق به ممّن يعملون معك أن يحتفظ به لك. الصورة أقل أمانًا: فالصور تُنسخ غالبًا إلى أجهزة أخرى وإلى نسخ احتياطية على الإنترنت. أي شخص معه الرمز يستطيع قراءة كلماتك.
receipt-created-print = يمكنك أيضًا طباعة هذه الصفحة.
receipt-print-button = اطبع هذه الصفحة
receipt-created-when = سيقرأ شخص مدرَّب كلماتك. يمكنك عادةً أن تتوقّع ردًّا خلال { $weeks ->
        [zero] { $weeks } أسبوع
        [one] { $weeks } أسبوع
        [two] { $weeks } أسبوع
        [few] { $weeks } أسابيع
        [many] { $weeks } أسبوعًا
       *[other] { $weeks } أسبوع
    }. عُد برمزك لترى ماذا يحدث.
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
receipt-consent-now-heading = ما اخترته
receipt-consent-change-heading = غيّر اختياراتك
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
receipt-link-expired = أُغلقت هذه الصفحة لحماية رمزك. من فضلك اكتب رمزك مرة أخرى.
receipt-close-tab = إذا كنت تستخدم هاتفًا أو كمبيوترًا يستخدمه غيرك، أغلق هذه الصفحة عندما تنتهي.

## Receipt: messages and edited versions
receipt-messages-heading = الرسائل بينك وبين الفريق
receipt-messages-none = لا توجد رسائل بعد.
message-from-team = الفريق
message-from-you = أنت
message-from-survivor = الشخص الذي كتب
receipt-reply-label = اكتب إلى الفريق
receipt-reply-hint = الفريق فقط يستطيع قراءتها. لست مضطرًا أن تجيب عن أي شيء لا تريد أن تجيب عنه.
receipt-reply-send = أرسل
receipt-reply-sent = أُرسلت رسالتك. سيقرؤها الفريق.
receipt-edit-heading = يقترح الفريق نسخة معدَّلة
receipt-edit-approved-heading = النسخة التي وافقت عليها
receipt-edit-intro = حذفنا التفاصيل التي قد تكشف من أنت. من فضلك اقرأها. لا نشارك أي شيء إلا إذا قلت نعم.
receipt-edit-yours = ما كتبته
receipt-edit-suggested = النسخة المعدَّلة
receipt-edit-choose = أنت تختار ماذا يحدث الآن.
receipt-edit-approve = نعم، هذه النسخة مناسبة
receipt-edit-changes-label = ماذا تريد أن تغيّر؟
receipt-edit-changes-hint = أخبرنا بكلماتك أنت. سنرسل لك نسخة جديدة.
receipt-edit-changes = اطلب تغييرات
receipt-edit-refuse-intro = إذا كنت لا تريد مشاركة أي نسخة، قل لا. اختياراتك الأخرى تبقى كما هي.
receipt-edit-refuse = لا، لا تشاركوها
receipt-approved = شكرًا لك. لقد وافقت على هذه النسخة.
receipt-changes-sent = شكرًا لك. سيقرأ الفريق ما تريد أن تغيّره.
receipt-refused = شكرًا لك. لن نشارك هذه النسخة.
receipt-second-look-label = هل تريد أن ينظر فيها شخص آخر من جديد؟
receipt-second-look-hint = يمكنك أن تطلب هذا مرة واحدة. سيقرأ كلماتك شخص آخر من الفريق. يمكنك أن تضيف رسالة إذا أردت.
receipt-second-look = اطلب مراجعة ثانية
receipt-second-look-sent = شكرًا لك. سينظر شخص آخر في كلماتك من جديد.
message-empty = من فضلك اكتب رسالة أولًا.
message-too-long = هذه الرسالة طويلة جدًا. من فضلك اكتب 2000 حرف على الأكثر.
error-not-now-survivor = لا يمكن فعل هذا الآن. تُظهر لك الصفحة ما يمكنك فعله.
error-item-changed-survivor = تغيّر شيء ما وأنت في هذه الصفحة. من فضلك انظر مرة أخرى وحاول من جديد.
error-cross-site = أُرسل هذا النموذج من موقع آخر، لذلك لم نستخدمه. لم يضِع شيء. إذا كنت تقصد إرساله، من فضلك أرسله مرة أخرى من هذه الصفحة.

## Stories
stories-title = القصص
stories-intro = اختار شباب أن يشاركوا هذه القصص. حذفنا التفاصيل التي قد تكشف من هم، ووافق كل واحد منهم على الكلمات النهائية.
stories-filter-theme = الموضوع
stories-filter-language = اللغة
stories-any = الكل
stories-filter-apply = اعرض
stories-none = لا توجد قصص هنا بعد.
stories-themes = المواضيع:
stories-warning = تحذير المحتوى:
stories-warning-choice = يمكنك أن تختار ألّا تقرأها.
stories-read = اقرأ هذه القصة
stories-show = اعرض القصة
story-page-title = قصة
stories-agreed = وافق الشخص الذي كتب هذه القصة على مشاركة هذه الكلمات.
stories-back = العودة إلى كل القصص

## Staying safe
safety-heading = البقاء آمنًا على الإنترنت
safety-leave-heading = اخرج بسرعة
safety-leave-button = اضغط «اخرج من الموقع» في أعلى أي صفحة. سيفتح موقعًا عن الطقس.
safety-leave-keys = على الكمبيوتر، يمكنك أيضًا أن تضغط مفتاح Shift ثلاث مرات بسرعة.
safety-leave-loses = إذا خرجت بهذه الطريقة وأنت تكتب، يضيع ما كتبته.
safety-private-heading = استخدم التصفح الخاص
safety-private-what = في النافذة الخاصة، لا يحتفظ هاتفك أو الكمبيوتر بالصفحات التي تزورها.
safety-private-browsers = Chrome: افتح القائمة واختر «علامة تبويب جديدة للتصفح المتخفي». Safari على iPhone: اضغط زر علامات التبويب، ثم «خاص». Samsung Internet: اضغط زر علامات التبويب، ثم «Turn on Secret mode». Firefox: افتح القائمة واختر «نافذة خاصة جديدة».
safety-private-limits = التصفح الخاص لا يخفي ما تفعله عن تطبيقات التتبّع. إذا كان شخص آخر يتحكّم في هاتفك، فقد يرى ما تفعله. إذا استطعت، استخدم هاتفًا أو كمبيوترًا تثق به.
safety-history-heading = امسح السجلّ
safety-history-what = إذا لم تستخدم نافذة خاصة، قد يرى شخص ما هذا الموقع في سجلّ المتصفح.
safety-history-how = افتح إعدادات المتصفح، وابحث عن «السجلّ»، واحذف صفحات هذا الموقع.
safety-shared-heading = إذا فتّش أحد هاتفك
safety-shared-history = هذا الموقع لا يرسل رسائل بريد إلكتروني أو رسائل نصية. لكن متصفحك يحتفظ بقائمة بالصفحات التي تزورها (السجلّ)، إلا إذا استخدمت نافذة خاصة.
safety-shared-code = احفظ رمزك في مكان لا يراه أحد غيرك. أي شخص معه الرمز يستطيع قراءة كلماتك.

## About
about-heading = عن Voices
about-what-heading = ما هو Voices
about-what = يدير Voices أشخاص يعملون مع الناجين الشباب. نريد أن تستمع الخدمات، وأن تصدّق، وأن تعمل بشكل أفضل.
about-who-heading = من يقرأ كلماتك
about-who = فريق صغير ومدرَّب فقط يقرأ ما ترسله. يتّبعون قواعد واضحة ليحموك، ويتعاملون مع كلماتك باحترام.
about-who-not = لا أحد غيرهم يستطيع قراءة كلماتك: لا الأشخاص الذين يديرون أجهزة الكمبيوتر، ولا الخدمات التي تكتب عنها.
about-happens-heading = ماذا يحدث لكلماتك
about-happens-review = شخص مدرَّب يقرأ كلماتك. يحذف ما قد يكشف من أنت، مثل الأسماء وأرقام الهواتف والعناوين والمدارس. تبقى أسماء البلدات والمدن عادةً. لا يغيّر أبدًا ما تقصده.
about-happens-choices = لا نشارك أي شيء إلا إذا قلت نعم. إذا كانت كلماتك ستُنشر، ترى النسخة المعدَّلة أولًا وتقرّر.
about-happens-themes = نعدّ ما يخبرنا به كثير من الشباب، لنُري الخدمات ما يجب أن يتغيّر. هذه الأعداد لا تكشف أبدًا هوية أحد.
about-kept-heading = كم من الوقت نحتفظ بكلماتك
about-kept-days = إذا لم نستخدم كلماتك، نحذفها بعد { $days ->
        [zero] { $days } يوم
        [one] { $days } يوم
        [two] { $days } يوم
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } من قرارنا. الكلمات التي تُنشر أو نستخدمها في العدّ تبقى حتى تحذفها أنت.
about-kept-withdraw = يمكنك أن تحذف كلماتك بنفسك في أي وقت برمزك. عندما تفعل ذلك، تختفي فورًا.
about-kept-report = الأرقام أو الجمل الموجودة في تقرير صدر بالفعل تبقى في ذلك التقرير. لا نستطيع أن نسحبها.
about-safe-heading = كيف نحمي كلماتك
about-safe-encrypted = تُقفَل كلماتك (تُشفَّر) فور وصولها. الفريق فقط، أو أنت برمزك، يستطيع فتحها.
about-safe-no-trace = لا نحتفظ بعنوان IP الخاص بك، ولا نستخدم ملفات تعريف الارتباط (cookies) في هذه الصفحات.
privacy-heading = إشعار الخصوصية
privacy-unset-organisation = المنظمة التي تدير هذا الموقع
privacy-unset-contact = (لم يُحدَّد بعد)
privacy-not-filled = المنظمة التي تدير هذا الموقع لم تُكمل هذا الإشعار بعد.

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
dashboard-urgent = مواد عاجلة تنتظر: { $count }
dashboard-from-survivors = إجابات جديدة من الناجين: { $count }
dashboard-open-queue = افتح قائمة المراجعة
dashboard-organisation-missing = هذا الموقع لا يقول بعد من يديره. اضبط organisation.name و organisation.contact في voices.toml، وراجع إشعار الخصوصية في moderation/privacy.toml، قبل أن تُخبر الشباب عن الموقع.
dashboard-manage-staff = ادعُ موظفين أو غيّر بياناتهم
nav-label = منطقة الموظفين
nav-home = الرئيسية
nav-queue = قائمة المراجعة
nav-safeguarding = الحماية
nav-guidelines = الإرشادات
nav-staff = الموظفون
nav-settings = الإعدادات
nav-audit = سجلّ التدقيق
nav-digests = الملخصات
nav-preferences = إعداداتي
pagination-label = الصفحات
pagination-previous = الصفحة السابقة
pagination-next = الصفحة التالية
pagination-position = الصفحة { $page } من { $pages }
wellbeing-break =
    { $count ->
        [zero] عدد المواد التي فتحتها اليوم: { $count }. هذا العمل ثقيل: من فضلك خذ استراحة.
        [one] عدد المواد التي فتحتها اليوم: { $count }. هذا العمل ثقيل: من فضلك خذ استراحة.
        [two] عدد المواد التي فتحتها اليوم: { $count }. هذا العمل ثقيل: من فضلك خذ استراحة.
        [few] عدد المواد التي فتحتها اليوم: { $count }. هذا العمل ثقيل: من فضلك خذ استراحة.
        [many] عدد المواد التي فتحتها اليوم: { $count }. هذا العمل ثقيل: من فضلك خذ استراحة.
       *[other] عدد المواد التي فتحتها اليوم: { $count }. هذا العمل ثقيل: من فضلك خذ استراحة.
    }
wellbeing-guidelines-link = الاعتناء بنفسك
wellbeing-cap =
    { $cap ->
        [zero] اليوم: { $count } من أصل { $cap }.
        [one] اليوم: { $count } من أصل { $cap }.
        [two] اليوم: { $count } من أصل { $cap }.
        [few] اليوم: { $count } من أصل { $cap }.
        [many] اليوم: { $count } من أصل { $cap }.
       *[other] اليوم: { $count } من أصل { $cap }.
    }

## Staff: review queue
queue-title = قائمة المراجعة
queue-intro = المواد العاجلة أولًا، ثم المواد باللغات التي تقرؤها، الأقدم أولًا. لا تعرض القائمة كلمات أي شخص أبدًا.
queue-filter-view = اعرض
queue-view-needs-action = تحتاج إلى إجراء
queue-view-from-survivors = إجابات جديدة من الناجين
queue-view-awaiting = بانتظار الناجي
queue-view-done = منتهية
queue-view-declined = لم تُنشر
queue-view-all = الكل
queue-filter-language = اللغة
queue-filter-level = مستوى الحماية
queue-any = أيّ
queue-filter-apply = اعرض
queue-count = { $count ->
        [zero] { $count } مادة
        [one] { $count } مادة
        [two] { $count } مادة
        [few] { $count } مواد
        [many] { $count } مادة
       *[other] { $count } مادة
    }
queue-empty = لا يوجد شيء هنا.
queue-select = اختر
queue-select-item = اختر المادة { $id }
queue-col-priority = المستوى
queue-col-language = اللغة
queue-col-kind = النوع
queue-col-age = مدة الانتظار
queue-col-state = الحالة
queue-col-holder = من يعمل عليها
queue-age-days = { $days ->
        [0] اليوم
        [zero] { $days } يوم
        [one] { $days } يوم
        [two] { $days } يوم
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }
queue-held-by-you = أنت
queue-survivor-waiting = إجابة جديدة
queue-bulk-legend = للمواد المختارة
queue-bulk-hint = للحالات البسيطة التي قرأتها فقط. تُستثنى دائمًا المواد التي فيها قلق أو خطر عاجل، والمواد التي لم يقرأها أحد. سترى ما سيحدث قبل أن يحدث أي شيء.
queue-bulk-duplicate = لا تُنشر: إنها مكرّرة
queue-bulk-spam = لا تُنشر: ليست رسالة حقيقية
queue-bulk-release = أعِد المواد التي معي
queue-bulk-apply = نفّذ
queue-bulk-done = تمّ: { $done }. تمّ تخطّيها: { $skipped }.
kind-story = قصة
kind-feedback = رأي في خدمة
state-received = جديدة
state-in-review = قيد القراءة
state-awaiting-survivor = بانتظار الناجي
state-approved = وافق الناجي
state-published = منشورة
state-themes-only = للعدّ فقط
state-team-only = للفريق فقط
state-declined = لم تُنشر
state-withdrawn = حذفها الناجي

## Staff: an item
item-title = المادة { $id }
item-reading-title = قراءة المادة { $id }
item-kind = النوع
item-language = اللغة
item-received = وصلت في
item-level = مستوى الحماية
item-state = الحالة
item-consent = وافق الناجي على
item-consent-publish = نشر الكلمات المعدَّلة التي يوافق عليها
item-consent-themes-only = العدّ فقط، بدون هوية
item-consent-team-only = أن يقرأها الفريق فقط
item-quotes-yes = يُسمح باقتباسات قصيرة
item-quotes-no = لا اقتباسات
item-holder = من يعمل عليها
item-claim-left =
    { $minutes ->
        [zero] (الدقائق المتبقية: { $minutes })
        [one] (الدقائق المتبقية: { $minutes })
        [two] (الدقائق المتبقية: { $minutes })
        [few] (الدقائق المتبقية: { $minutes })
        [many] (الدقائق المتبقية: { $minutes })
       *[other] (الدقائق المتبقية: { $minutes })
    }
item-survivor-waiting = كتب الناجي أو قرّر شيئًا جديدًا.
item-second-look = طلب الناجي مراجعة ثانية. يجب أن يقرأها مشرف آخر.
item-publish-requested = طلب { $name } نشر هذه المادة. يجب أن ينشرها شخص ثانٍ.
item-claim-intro = خذ هذه المادة لتعمل عليها. لا يستطيع أحد غيرك العمل عليها ما دامت معك.
item-take-back-intro = لم يجب الناجي بعد. يمكنك أن تستعيد المادة لتقرّر بدونه. عندها تُسحب النسخة المعدَّلة التي أرسلتها.
item-take-back = استعِدها
item-before-you-read = قبل أن تقرأ
item-before-you-read-intro = قد يصف هذا النص أشياء صعبة القراءة.
item-warnings-confirmed = تحذيرات المحتوى:
item-you-can-stop = يمكنك أن تتوقف هنا. أعِد المادة، أو سلّمها لزميل.
item-read = اقرأها
item-release = أعِدها
item-hand-off-label = سلّمها إلى
item-hand-off-hint = لا يظهر هنا إلا الزملاء الذين يقرؤون هذه اللغة.
item-hand-off = سلّمها
item-words-heading = كلمات الناجي
item-no-words = لا توجد كلمات، فقط إجابات.
item-details-found = { $count ->
        [zero] { $count } تفصيل قد يكشف هوية شخص ما
        [one] { $count } تفصيل قد يكشف هوية شخص ما
        [two] { $count } تفصيل قد يكشف هوية شخص ما
        [few] { $count } تفاصيل قد تكشف هوية شخص ما
        [many] { $count } تفصيلًا قد يكشف هوية شخص ما
       *[other] { $count } تفصيل قد يكشف هوية شخص ما
    }
item-suggestions-hint = الأجزاء المظلَّلة اقتراحات فقط. أنت تقرّر ما تحذفه.
item-review-heading = مراجعتك
item-level-suggested = يقترح Voices: { $level }
item-themes-legend = المواضيع
item-warnings-legend = تحذيرات المحتوى
item-checklist-legend = قائمة التحقق
item-review-save = احفظ مراجعتي
item-edit-heading = النسخة المعدَّلة
item-edit-hint = احذف ما قد يكشف هوية أي شخص، لا المعنى. يجب أن يقول الناجي نعم قبل نشر أي شيء.
item-edit-label = النسخة المعدَّلة
item-edit-message-label = رسالة معها (اختيارية)
item-edit-send = أرسلها إلى الناجي
item-versions-heading = النسخ المرسلة
proposal-pending = بانتظار الإجابة
proposal-approved = وافق الناجي
proposal-changes-requested = طلب الناجي تغييرات
proposal-refused = رفض الناجي
proposal-superseded = استُبدلت
item-messages-heading = الرسائل
messages-none = لا توجد رسائل بعد.
item-template-label = ابدأ من قالب
item-template-hint = القوالب مكتوبة بلغة الناجي: { $language }.
item-template-none = بدون قالب
item-message-label = رسالتك
item-message-hint = قصيرة ودافئة، بلغة الناجي. وقّع باسم الفريق، لا باسمك أبدًا.
item-message-send = أرسل
item-message-ask = أرسل وانتظر إجابته
item-decide-heading = قرّر
item-themes-only-intro = استخدم هذه الكلمات لعدّ المواضيع فقط. لا يُنشر أي شيء.
item-themes-only = للعدّ فقط
item-team-only-intro = احتفظ بهذه الكلمات للفريق فقط.
item-team-only = للفريق فقط
item-decline-reason = لماذا لا يمكن نشر هذه الكلمات؟
item-decline-hint = يرى الناجي رسالة لطيفة لهذا السبب، بلغته. يمكنه أن يطلب مراجعة ثانية مرة واحدة.
item-decline-message = رسالة منك (اختيارية)
item-decline = لا تنشر
item-notes-heading = ملاحظات الحماية
item-notes-hint = ما تمّ فعله. الموظفون فقط يستطيعون قراءة هذه الملاحظات.
item-note-label = ملاحظة جديدة
item-note-save = احفظ الملاحظة
item-timeline-heading = ما حدث
item-timeline-empty = لا شيء بعد.
who-survivor = الناجي
who-voices = Voices
event-shared = شارك
event-claim = أخذ المادة
event-take-back = استعادها
event-release = أعادها
event-hand-off = سلّمها لزميل
event-propose-edit = أرسل نسخة معدَّلة
event-ask = طرح سؤالًا
event-message = أرسل رسالة
event-use-for-themes = للعدّ فقط
event-keep-for-team = للفريق فقط
event-decline = لم تُنشر
event-publish = نُشرت
event-approve = وافق
event-request-changes = طلب تغييرات
event-refuse = رفض
event-reply = كتب رسالة
event-ask-second-look = طلب مراجعة ثانية
event-change-consent = غيّر اختياراته
event-withdraw = حذف كل شيء
event-expire-claim = انتهت مدة أخذ المادة
event-review = حفظ مراجعة
event-escalated = عُلّمت عاجلة
event-safeguarding-note = كتب ملاحظة حماية
event-staff-invited = دعا شخصًا
event-staff-joined = انضمّ
event-staff-updated = غيّر أدوار شخص أو لغاته
event-staff-disabled = عطّل حساب شخص
event-invitation-cancelled = ألغى دعوة
event-settings-changed = غيّر الإعدادات
event-purged = حُذفت بعد انتهاء مدة الاحتفاظ
done-claim = المادة معك الآن.
done-review = حُفظت مراجعتك.
done-propose = أُرسلت النسخة المعدَّلة إلى الناجي.
done-message = أُرسلت رسالتك.
done-ask = أُرسلت رسالتك. تنتظر المادة إجابة الناجي.
done-themes-only = تمّ: للعدّ فقط.
done-team-only = تمّ: للفريق فقط.
done-decline = تمّ: لم تُنشر. سيرى الناجي السبب.
done-publish = تمّ.
done-release = أعدت المادة.
done-take-back = استعدت المادة.
done-hand-off = سُلّمت المادة.
done-note = حُفظت الملاحظة.
safeguarding-title = الحماية
safeguarding-intro = كل مادة لها مستوى حماية ولم يكتب عليها أي مسؤول ملاحظة بعد، مهما حدث لها بعد ذلك، العاجلة أولًا. تخرج المادة من هذه القائمة عندما يسجّل مسؤول ما تمّ فعله. لا يخرج أي شيء من Voices تلقائيًا.
guidelines-title = كيف نراجع المحتوى
guidelines-english-only = الإرشادات متوفرة بالإنجليزية فقط حاليًا.

## Staff: administration
admin-staff-title = الموظفون
admin-staff-list = الجميع
admin-roles-legend = الأدوار
admin-roles-hint = المدير الذي يراجع المواد أيضًا يحتاج إلى دور المشرف كذلك.
admin-languages-legend = اللغات التي يقرؤها
admin-edit-person = تعديل { $name }
admin-save = احفظ
admin-disable-hint = تعطيل حساب شخص ينهي جلساته ويُتلف مفتاحه. لا يمكن التراجع عن هذا.
admin-disable = عطّل
admin-invite-heading = ادعُ شخصًا
admin-invite-intro = تحصل على رابط لترسله إليه. يعمل مرة واحدة، لمدة 72 ساعة. يختار عبارة المرور الخاصة به بنفسه.
admin-invite = أنشئ الرابط
admin-invite-made = رابط { $name }:
admin-invite-once = انسخه الآن: لن يظهر إلا هذه المرة.
admin-pending-heading = دعوات لم تُستخدم بعد
admin-cancel-invitation = ألغِ
done-staff-update = حُفظ.
done-staff-disable = عُطّل.
done-staff-cancel = أُلغيت الدعوة.
admin-settings-title = الإعدادات
admin-break-after = اقترح استراحة بعد هذا العدد من المواد في اليوم
admin-break-after-hint = رقم من 1 إلى 1000.
admin-daily-cap = أكبر عدد من المواد يستطيع المشرف فتحه في اليوم
admin-daily-cap-hint = اتركه فارغًا لعدم وضع حدّ.
admin-two-person = النشر يحتاج إلى مشرفَين مختلفَين
done-settings = حُفظت الإعدادات.
audit-title = سجلّ التدقيق
audit-intro = كل تغيير يُكتب هنا ويُربط بسلسلة، لذلك يمكن اكتشاف أي إدخال غُيّر أو حُذف. لا تُظهر إجراءات الناجين إلا اليوم.
audit-verify = تحقّق من السجلّ كله
audit-verified = السجلّ سليم: إدخالات الموظفين { $staff }، وإدخالات الناجين { $survivor }.
audit-broken = تمّ تغيير السجلّ: السلسلة { $chain }، الإدخال { $id }.
audit-chains = السجلّات
audit-staff-chain = الموظفون
audit-survivor-chain = الناجون
audit-when = متى
audit-who = من
audit-what = ماذا
audit-item = المادة
audit-detail = التفاصيل
preferences-title = إعداداتي
preferences-language = لغة صفحات الموظفين
preferences-language-browser = لغة متصفّحي
preferences-reads = اللغات التي تقرؤها
preferences-reads-hint = يحدّدها المدير. تأتي المواد بهذه اللغات أولًا في قائمتك.
done-preferences = حُفظ.
invite-title = انضمّ إلى فريق Voices
invite-intro = اختر عبارة مرور لـ { $name }. لن يعرفها أحد غيرك.
invite-submit = أنشئ حسابي
invite-done-title = حسابك جاهز
invite-done = يمكنك تسجيل الدخول الآن. هذا الرابط لن يعمل مرة أخرى.

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
error-not-now = لا يمكن فعل هذا والمادة في هذه الحالة.
error-claimed-by-other = شخص آخر يعمل على هذه المادة.
error-not-your-claim = لم تعد تعمل على هذه المادة. خذها مرة أخرى أولًا.
error-consent-does-not-allow = اختيارات الناجي لا تسمح بهذا.
error-checklist-incomplete = ضع علامة على كل بنود قائمة التحقق أولًا، واحفظ مراجعتك.
error-no-approved-wording = لم يوافق الناجي على أي نسخة معدَّلة.
error-no-pending-proposal = لا توجد نسخة معدَّلة تنتظر إجابة.
error-second-look-used = طُلبت المراجعة الثانية من قبل.
error-second-look-needs-another = يجب أن يقوم بالمراجعة الثانية مشرف آخر.
error-second-person-needed = يجب أن ينشر هذا شخص ثانٍ.
error-hand-off-to-self = اختر شخصًا آخر.
error-item-changed = غيّر شخص ما هذه المادة للتوّ. هذه حالتها الآن.
error-daily-cap-reached = وصلت إلى حدّ اليوم. من فضلك توقّف لهذا اليوم.
error-view-expired = أُغلقت هذه الصفحة. من فضلك ابدأ من جديد.
error-message-empty = من فضلك اكتب رسالة أولًا.
error-message-too-long = هذه الرسالة طويلة جدًا. من فضلك اكتب 2000 حرف على الأكثر.
error-unknown-choice = أحد الاختيارات غير معروف. من فضلك اختر مرة أخرى.
error-edit-says-nothing = يجب أن تبقى في النسخة المعدَّلة كلمات. احذف التفاصيل، لا المعنى.
error-edit-too-long = النسخة المعدَّلة طويلة جدًا.
error-form-too-long = ما أرسلته طويل جدًا.
error-form-incomplete = جزء من النموذج ناقص. من فضلك أعد تحميل الصفحة وحاول مرة أخرى.
error-decline-reason-missing = من فضلك اختر السبب.
error-unknown-action = هذا الإجراء غير معروف.
error-setting-out-of-range = من فضلك استخدم رقمًا ضمن النطاق المعروض.
error-roles-missing = من فضلك اختر دورًا واحدًا على الأقل.
error-role-change-needs-invitation = تغيير الدور هذا يحتاج إلى دعوة جديدة.
error-bulk-nothing-selected = من فضلك اختر مادة واحدة على الأقل.
error-bulk-no-action = من فضلك اختر ما تريد فعله.

## Translation review

dashboard-languages-heading = اللغات
dashboard-languages-intro = إلى أي حدّ رُوجعت كل ترجمة. لا تعرض لغة على الشباب إلا بعد أن يراجعها متحدث أصلي. حتى ذلك الحين، يمكنك إخفاؤها من قائمة اللغات بالإعداد languages.hidden في voices.toml.
dashboard-language = اللغة
dashboard-language-review = المراجعة
dashboard-language-questions = أسئلة مفتوحة
dashboard-language-switcher = قائمة اللغات
dashboard-language-offered = ظاهرة
dashboard-language-hidden = مخفية
translation-state-source = النص الأصلي
translation-state-drafted = مسودة، لم تُراجَع
translation-state-fluent-reviewed = راجعها متحدث يجيد اللغة، ولم يراجعها متحدث أصلي بعد
translation-state-native-reviewed = راجعها متحدث أصلي: جاهزة

## Digests
digests-title = ملخصات المواضيع
digests-intro = ما شاركه الشباب، معدودًا حسب الموضوع كل شهر وكل ربع سنة. الأرقام محمية حتى لا يمكن التعرف على أي شخص.
digests-none = لم يُنشر أي ملخص بعد.
digests-released = نُشر في { $day }
digests-download-json = تنزيل الأرقام (JSON)
digests-download-csv = تنزيل الأرقام (CSV)
digests-feed = خلاصة الملخصات الجديدة (Atom)
digests-practitioners-only = هذه الملخصات للعاملين المختصين. يرجى تسجيل الدخول أو استخدام رمز API.
digests-too-many = طلبات كثيرة جدًا. يرجى الانتظار دقيقة ثم المحاولة مرة أخرى.
digest-title = ملخص المواضيع { $period }
digest-items = عدد العناصر:
digest-protection-heading = كيف نحمي الأرقام
digest-themes-heading = المواضيع
digest-themes-chart-title = العناصر حسب الموضوع
digest-col-theme = الموضوع
digest-col-count = العدد
digest-col-trend = منذ الفترة السابقة
digest-trend-up = ارتفع
digest-trend-down = انخفض
digest-trend-same = كما هو
digest-trend-none = لا مقارنة
digest-responses-heading = قلتم، ففعلنا
digest-languages-heading = اللغات
digest-col-language = اللغة
digest-col-story = القصص
digest-col-feedback = الآراء عن الخدمات
digest-col-total = المجموع
digest-not-given = غير مذكور
digest-age-heading = العمر
digest-age-chart-desc = شريط لكل فئة عمرية لها رقم منشور. الجدول أدناه فيه الأرقام نفسها.
digest-col-age = الفئة العمرية
digest-regions-heading = المناطق (الآراء عن الخدمات)
digest-col-region = المنطقة
digest-services-heading = الآراء عن الخدمات
digest-services-none = لم تصل أي خدمة في هذه الفترة إلى عدد كافٍ من الآراء لعرض الإجابات.
digest-col-answer = الإجابة
digest-col-percent = النسبة
digest-quotes-heading = بكلماتهم
digest-quote-warning = تنبيه حول المحتوى:
digest-quote-show = إظهار الاقتباس
digest-back = كل الملخصات
ysd-title = قلتم، ففعلنا
ysd-intro = ما يفعله الفريق بشأن ما شاركه الشباب.
ysd-none = لا توجد ردود بعد.
ysd-from = من ملخص { $period }
digests-admin-title = الملخصات: الوصول والرموز والردود
digests-admin-access = من يمكنه قراءة الملخصات
digests-admin-public = الجميع
digests-admin-practitioners = العاملون المختصون فقط (بتسجيل الدخول أو برمز)
digests-admin-save = حفظ
digests-admin-tokens = رموز API
digests-admin-token-name = لمن هذا الرمز
digests-admin-issue = إنشاء رمز
digests-admin-token-once = انسخ هذا الرمز الآن. يظهر هذه المرة فقط:
digests-admin-revoke = إلغاء
digests-admin-revoked = أُلغي
digests-admin-respond = الرد على موضوع ("قلتم، ففعلنا")
digests-admin-period = الملخص
digests-admin-response = ما تفعله المنظمة بهذا الشأن
digests-admin-post = حفظ الرد
digests-admin-done = حُفظ.

## Receipt: an edited version that changed
error-edit-changed = غيّر الفريق النص. اقرأ النسخة الجديدة.

## Safeguarding alerts
lead-alert-subject = ‏Voices يحتاج إلى مسؤول الحماية
lead-alert-body = هناك أمر في Voices يحتاج إلى مسؤول الحماية. سجّل الدخول لتراه.
lead-alert-test-subject = ‏Voices: رسالة تجريبية
lead-alert-test-body = هذه رسالة تجريبية من Voices. عندما يحتاج أمر ما إلى مسؤول الحماية، تصل إلى هنا رسالة مثل هذه، من دون أي تفاصيل. سجّل الدخول إلى Voices لتراه.
alerts-guidance-on =
    { $minutes ->
        [zero] يُبلغ Voices مسؤولي الحماية خلال { $minutes } دقيقة، برسالة لا تقول شيئًا عن المادة. إذا كان شخص ما في خطر الآن، فأبلغ المسؤول بنفسك أيضًا، بالطريقة التي اتفق عليها فريقك.
        [one] يُبلغ Voices مسؤولي الحماية خلال { $minutes } دقيقة، برسالة لا تقول شيئًا عن المادة. إذا كان شخص ما في خطر الآن، فأبلغ المسؤول بنفسك أيضًا، بالطريقة التي اتفق عليها فريقك.
        [two] يُبلغ Voices مسؤولي الحماية خلال { $minutes } دقيقة، برسالة لا تقول شيئًا عن المادة. إذا كان شخص ما في خطر الآن، فأبلغ المسؤول بنفسك أيضًا، بالطريقة التي اتفق عليها فريقك.
        [few] يُبلغ Voices مسؤولي الحماية خلال { $minutes } دقائق، برسالة لا تقول شيئًا عن المادة. إذا كان شخص ما في خطر الآن، فأبلغ المسؤول بنفسك أيضًا، بالطريقة التي اتفق عليها فريقك.
        [many] يُبلغ Voices مسؤولي الحماية خلال { $minutes } دقيقة، برسالة لا تقول شيئًا عن المادة. إذا كان شخص ما في خطر الآن، فأبلغ المسؤول بنفسك أيضًا، بالطريقة التي اتفق عليها فريقك.
       *[other] يُبلغ Voices مسؤولي الحماية خلال { $minutes } دقيقة، برسالة لا تقول شيئًا عن المادة. إذا كان شخص ما في خطر الآن، فأبلغ المسؤول بنفسك أيضًا، بالطريقة التي اتفق عليها فريقك.
    }
alerts-guidance-off = ‏Voices لا يُنبّه أحدًا. أبلغ مسؤول الحماية بنفسك الآن، بالطريقة التي اتفق عليها فريقك.
alerts-off-admin = تنبيهات الحماية غير مُعدّة: عندما تصبح مادة عاجلة، لا يُبلغ Voices أحدًا. اضبط خادم SMTP أو webhook تحت lead_alerts.smtp_host / lead_alerts.webhook_url في voices.toml، واطلب من كل مسؤول حماية أن يضيف عنوان بريد إلكتروني في صفحة إعداداته.
alerts-no-addresses = تنبيهات الحماية مُعدّة، لكن لم يعطِ أي مسؤول حماية عنوان بريد إلكتروني، لذلك لا يُبلَّغ أحد. يضيف كل مسؤول عنوانه في صفحة إعداداته.
alerts-lead-no-address = لن تصلك رسالة عندما يصبح أمر ما عاجلًا. أضف عنوانك في صفحة إعداداتك.
alerts-failed = تعذّر إرسال آخر تنبيه حماية في { $day } (السبب: { $reason }).
alerts-retrying = سيحاول Voices مرة أخرى في الموعد الثابت التالي.
alerts-gave-up = توقف Voices عن المحاولة. أصلح الإعداد، ثم أرسل رسالة تجريبية من صفحة الإعدادات.
alerts-heading = تنبيهات الحماية
alerts-intro =
    { $minutes ->
        [zero] عندما تصبح مادة عاجلة، يتلقى كل مسؤول حماية له عنوان رسالة بريد واحدة بلغته، ويتلقى الـ webhook الكلمات نفسها: «هناك أمر في Voices يحتاج إلى مسؤول الحماية. سجّل الدخول لتراه.» لا شيء غير ذلك. تخرج التنبيهات في أوقات ثابتة فقط، كل { $minutes } دقيقة، حتى لا يُظهر أي سجلّ متى شارك أحد.
        [one] عندما تصبح مادة عاجلة، يتلقى كل مسؤول حماية له عنوان رسالة بريد واحدة بلغته، ويتلقى الـ webhook الكلمات نفسها: «هناك أمر في Voices يحتاج إلى مسؤول الحماية. سجّل الدخول لتراه.» لا شيء غير ذلك. تخرج التنبيهات في أوقات ثابتة فقط، كل { $minutes } دقيقة، حتى لا يُظهر أي سجلّ متى شارك أحد.
        [two] عندما تصبح مادة عاجلة، يتلقى كل مسؤول حماية له عنوان رسالة بريد واحدة بلغته، ويتلقى الـ webhook الكلمات نفسها: «هناك أمر في Voices يحتاج إلى مسؤول الحماية. سجّل الدخول لتراه.» لا شيء غير ذلك. تخرج التنبيهات في أوقات ثابتة فقط، كل { $minutes } دقيقة، حتى لا يُظهر أي سجلّ متى شارك أحد.
        [few] عندما تصبح مادة عاجلة، يتلقى كل مسؤول حماية له عنوان رسالة بريد واحدة بلغته، ويتلقى الـ webhook الكلمات نفسها: «هناك أمر في Voices يحتاج إلى مسؤول الحماية. سجّل الدخول لتراه.» لا شيء غير ذلك. تخرج التنبيهات في أوقات ثابتة فقط، كل { $minutes } دقائق، حتى لا يُظهر أي سجلّ متى شارك أحد.
        [many] عندما تصبح مادة عاجلة، يتلقى كل مسؤول حماية له عنوان رسالة بريد واحدة بلغته، ويتلقى الـ webhook الكلمات نفسها: «هناك أمر في Voices يحتاج إلى مسؤول الحماية. سجّل الدخول لتراه.» لا شيء غير ذلك. تخرج التنبيهات في أوقات ثابتة فقط، كل { $minutes } دقيقة، حتى لا يُظهر أي سجلّ متى شارك أحد.
       *[other] عندما تصبح مادة عاجلة، يتلقى كل مسؤول حماية له عنوان رسالة بريد واحدة بلغته، ويتلقى الـ webhook الكلمات نفسها: «هناك أمر في Voices يحتاج إلى مسؤول الحماية. سجّل الدخول لتراه.» لا شيء غير ذلك. تخرج التنبيهات في أوقات ثابتة فقط، كل { $minutes } دقيقة، حتى لا يُظهر أي سجلّ متى شارك أحد.
    }
alerts-mail = البريد الإلكتروني
alerts-mail-on = عبر { $host }، من { $from }
alerts-off = غير مُعدّ
alerts-webhook = Webhook
alerts-webhook-on = مُعدّ
alerts-leads = مسؤولو الحماية الذين لهم عنوان
alerts-test = أرسل رسالة تجريبية
alerts-test-hint = يرسل رسالة تجريبية الآن إلى كل مسؤول حماية له عنوان، وإلى الـ webhook.
alerts-test-delivered = أُرسلت الرسالة التجريبية. اسأل كل مسؤول هل وصلته.
alerts-test-failed = تعذّر إرسال الرسالة التجريبية (السبب: { $reason }).
preferences-alert-address = البريد الإلكتروني لتنبيهات الحماية
preferences-alert-address-hint = عندما يصبح أمر ما عاجلًا، يرسل Voices إلى هذا العنوان رسالة قصيرة بلغة صفحات الموظفين لديك، من دون تفاصيل. اتركه فارغًا إن لم تُرد أي رسالة. يُحفظ العنوان مقفلًا (مشفّرًا).
preferences-alert-address-off = تنبيهات البريد الإلكتروني غير مُعدّة في هذا الموقع بعد.
error-alert-address-invalid = هذا ليس عنوان بريد إلكتروني. يُرجى التحقق منه.
error-alert-test-too-soon = أُرسلت رسالة تجريبية قبل أقل من دقيقة. يُرجى الانتظار دقيقة.
error-alerts-nobody = لا يوجد من تُرسل إليه رسالة تجريبية: لا يملك أي مسؤول حماية عنوان بريد إلكتروني، ولا يوجد webhook.
event-alert-test = أرسل تنبيه حماية تجريبيًا
event-alert-address = غيّر بريده لتلقي التنبيهات

## Own roles
error-own-roles = لا يمكنك تغيير أدوارك بنفسك. اطلب ذلك من مدير آخر.
event-own-roles-refused = حاول تغيير أدواره بنفسه (رُفض)
## Path to publication
item-claim-and-read = خذ هذه المادة واقرأها
item-claim-renew =
    { $minutes ->
        [zero] احتفظ بها { $minutes } دقيقة أخرى
        [one] احتفظ بها { $minutes } دقيقة أخرى
        [two] احتفظ بها { $minutes } دقيقة أخرى
        [few] احتفظ بها { $minutes } دقائق أخرى
        [many] احتفظ بها { $minutes } دقيقة أخرى
       *[other] احتفظ بها { $minutes } دقيقة أخرى
    }
item-claim-to-change-intro = لإرسال نسخة أخرى، خذ هذه المادة أولًا. تبقى موافقة الناجي قائمة حتى يجيب عن النسخة الجديدة.
item-publish-heading = جاهزة للنشر
item-publish-check = راجع وانشر
item-survivor-themes = المواضيع التي اختارها الناجي:
known-heading = ما يعرفه Voices:
known-consent-publish = اختار الناجي: انشروا كلماتي بعد تعديلات أوافق عليها.
known-consent-themes-only = اختار الناجي: استخدموا كلماتي في مواضيع مجهولة الهوية فقط.
known-consent-team-only = اختار الناجي: الفريق وحده يقرأ كلماتي.
known-approved-on = وافق الناجي على هذه الكلمات بالضبط في { $day }.
known-not-approved = لم يوافق الناجي بعد على أي نسخة معدّلة.
publish-title = نشر المادة { $id }
publish-intro = راجع الكلمات والمكان الذي ستظهر فيه. لن يُنشر شيء حتى تضغط الزر في آخر الصفحة.
publish-where-heading = أين ستظهر
publish-where = في صفحة القصص العامة باللغة { $language }، حيث يستطيع أي أحد قراءتها:
publish-warnings = مع تحذيرات المحتوى هذه فوقها:
publish-no-warnings = من دون أي تحذير محتوى فوقها.
publish-themes = مدرجة تحت هذه المواضيع:
publish-words-heading = الكلمات بالضبط
publish-confirmed = تم التأكيد مسبقًا:
publish-checklist-legend = أكّد قبل النشر
publish-second-person = طلب { $name } نشر هذه المادة. أنت الشخص الثاني.
publish-first-of-two = بما أن قاعدة الشخصين مفعّلة، ينشرها زميل بعدك.
publish-confirm = انشر هذه الكلمات
publish-confirm-first = اطلب من شخص ثانٍ النشر
publish-back = العودة إلى المادة

## Bulk actions and reopening
queue-bulk-confirm-title = راجع قبل أن تتابع
queue-bulk-will-decline =
    { $count ->
        [one] لن تُنشر هذه المادة، والسبب «{ $reason }»:
        [zero] لن تُنشر هذه المواد ({ $count })، والسبب «{ $reason }»:
        [two] لن تُنشر هذه المواد ({ $count })، والسبب «{ $reason }»:
        [few] لن تُنشر هذه المواد ({ $count })، والسبب «{ $reason }»:
        [many] لن تُنشر هذه المواد ({ $count })، والسبب «{ $reason }»:
       *[other] لن تُنشر هذه المواد ({ $count })، والسبب «{ $reason }»:
    }
queue-bulk-decline-effects =
    { $days ->
        [zero] يرى الناجي الرسالة اللطيفة الخاصة بهذا السبب في صفحة رمزه. تُتلف الكلمات بعد { $days } يوم. وحتى ذلك الحين يستطيع مسؤول الحماية إعادة أي مادة.
        [one] يرى الناجي الرسالة اللطيفة الخاصة بهذا السبب في صفحة رمزه. تُتلف الكلمات بعد { $days } يوم. وحتى ذلك الحين يستطيع مسؤول الحماية إعادة أي مادة.
        [two] يرى الناجي الرسالة اللطيفة الخاصة بهذا السبب في صفحة رمزه. تُتلف الكلمات بعد { $days } يوم. وحتى ذلك الحين يستطيع مسؤول الحماية إعادة أي مادة.
        [few] يرى الناجي الرسالة اللطيفة الخاصة بهذا السبب في صفحة رمزه. تُتلف الكلمات بعد { $days } أيام. وحتى ذلك الحين يستطيع مسؤول الحماية إعادة أي مادة.
        [many] يرى الناجي الرسالة اللطيفة الخاصة بهذا السبب في صفحة رمزه. تُتلف الكلمات بعد { $days } يومًا. وحتى ذلك الحين يستطيع مسؤول الحماية إعادة أي مادة.
       *[other] يرى الناجي الرسالة اللطيفة الخاصة بهذا السبب في صفحة رمزه. تُتلف الكلمات بعد { $days } يوم. وحتى ذلك الحين يستطيع مسؤول الحماية إعادة أي مادة.
    }
queue-bulk-will-release =
    { $count ->
        [one] ستعيد هذه المادة:
        [zero] ستعيد هذه المواد ({ $count }):
        [two] ستعيد هذه المواد ({ $count }):
        [few] ستعيد هذه المواد ({ $count }):
        [many] ستعيد هذه المواد ({ $count }):
       *[other] ستعيد هذه المواد ({ $count }):
    }
queue-bulk-left-out =
    { $count ->
        [one] تُستثنى هذه المادة:
        [zero] تُستثنى هذه المواد ({ $count }):
        [two] تُستثنى هذه المواد ({ $count }):
        [few] تُستثنى هذه المواد ({ $count }):
        [many] تُستثنى هذه المواد ({ $count }):
       *[other] تُستثنى هذه المواد ({ $count }):
    }
queue-bulk-why-safeguarding = فيها قلق يخص الحماية. افتحها وقرّر بنفسك.
queue-bulk-why-unread = لم يقرأها أحد بعد.
queue-bulk-why-not-now = يعمل عليها شخص آخر، أو لا يمكن تغييرها الآن.
queue-bulk-nothing = لن يتغيّر شيء.
queue-bulk-confirm-decline =
    { $count ->
        [one] لا تنشر هذه المادة
        [zero] لا تنشر هذه المواد ({ $count })
        [two] لا تنشر هذه المواد ({ $count })
        [few] لا تنشر هذه المواد ({ $count })
        [many] لا تنشر هذه المواد ({ $count })
       *[other] لا تنشر هذه المواد ({ $count })
    }
queue-bulk-confirm-release =
    { $count ->
        [one] أعد هذه المادة
        [zero] أعد هذه المواد ({ $count })
        [two] أعد هذه المواد ({ $count })
        [few] أعد هذه المواد ({ $count })
        [many] أعد هذه المواد ({ $count })
       *[other] أعد هذه المواد ({ $count })
    }
queue-bulk-cancel = العودة إلى قائمة الانتظار
queue-item-link = المادة { $id }
item-reopen-intro = رُفضت خطأً؟ ما دامت كلماتها محفوظة، يمكنك إعادتها إلى قائمة الانتظار.
item-reopen = أعدها إلى قائمة الانتظار
done-reopen = عادت المادة إلى قائمة الانتظار.
event-reopen = أُعيدت إلى قائمة الانتظار

## Safeguarding list and content warnings
item-warnings-suggested = تحذيرات محتوى مقترحة (من المواضيع):

## Dates
date-day = { $day } { $month } { $year }
date-time = { $date }، { $time } { $zone }
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر

## Queue on small screens, practitioners, invitations, wellbeing
queue-col-item = المادة
nav-read-digests = اقرأ الملخّصات
dashboard-practitioner-intro = تُظهر ملخّصات المواضيع ما قاله الشباب لـ Voices، بأرقام مجهولة الهوية واقتباسات وافقوا على مشاركتها.
dashboard-police-not-stated = لا تستطيع صفحات الناجين أن تقول بعد متى ستشاركون معلومات مع الشرطة أو سلطات الهجرة: فهي تطلب من الشباب أن يسألوكم أولًا. اضبطوا organisation.police_and_immigration في voices.toml.
wellbeing-limit-reached =
    { $cap ->
        [zero] قرأت اليوم { $cap } مادة، وهذا حدّك اليومي. لن تُعرض عليك مادة جديدة حتى الغد. ما زال بإمكانك الرد على المواد التي قرأتها اليوم. اعتنِ بنفسك.
        [one] قرأت اليوم { $cap } مادة، وهذا حدّك اليومي. لن تُعرض عليك مادة جديدة حتى الغد. ما زال بإمكانك الرد على المواد التي قرأتها اليوم. اعتنِ بنفسك.
        [two] قرأت اليوم { $cap } مادة، وهذا حدّك اليومي. لن تُعرض عليك مادة جديدة حتى الغد. ما زال بإمكانك الرد على المواد التي قرأتها اليوم. اعتنِ بنفسك.
        [few] قرأت اليوم { $cap } مواد، وهذا حدّك اليومي. لن تُعرض عليك مادة جديدة حتى الغد. ما زال بإمكانك الرد على المواد التي قرأتها اليوم. اعتنِ بنفسك.
        [many] قرأت اليوم { $cap } مادة، وهذا حدّك اليومي. لن تُعرض عليك مادة جديدة حتى الغد. ما زال بإمكانك الرد على المواد التي قرأتها اليوم. اعتنِ بنفسك.
       *[other] قرأت اليوم { $cap } مادة، وهذا حدّك اليومي. لن تُعرض عليك مادة جديدة حتى الغد. ما زال بإمكانك الرد على المواد التي قرأتها اليوم. اعتنِ بنفسك.
    }
wellbeing-not-offered = لا تُعرض عليك هذه المادة اليوم، لأنك بلغت حدّك اليومي. يستطيع زميل أن يأخذها.

## Path to publication: changing an approved item
item-claim-to-change = خذها لإرسال نسخة أخرى
## Waiting too long
item-level-why = الكلمات التي تشير إليه:
queue-waiting-heading = انتظرت وقتًا طويلًا
queue-waiting-hint = لم يفتح أحد هذه المواد بعد، وقد وصلت منذ مدة. افتحها أولًا مهما كان مستواها.
queue-waiting-item =
    { $days ->
        [zero] المادة { $id }، تنتظر منذ { $days } يوم
        [one] المادة { $id }، تنتظر منذ { $days } يوم
        [two] المادة { $id }، تنتظر منذ { $days } يوم
        [few] المادة { $id }، تنتظر منذ { $days } أيام
        [many] المادة { $id }، تنتظر منذ { $days } يومًا
       *[other] المادة { $id }، تنتظر منذ { $days } يوم
    }
## Digest protection with ranges
digest-not-shown = غير معروض
digest-not-shown-why = الرقم "غير المعروض" مخفي لحماية الناس: من هم فيه، أو في أرقام أخرى قد يساعد على معرفتها. لا يقول شيئًا عن حجم الرقم.
digest-protection-ranges = الأرقام الأقل من 10، والأصفار، غير معروضة. الأرقام الأخرى مقرّبة إلى أقرب مضاعف للعدد 5. بعض الأرقام الأكبر غير معروضة أيضًا، حتى لا يمكن حساب أي رقم مخفي، أو تقديره بدقة، من الأرقام الأخرى. النسب المئوية تظهر فقط عندما يجيب 20 شخصًا على الأقل. الاقتباسات فقط ممن سمحوا بذلك، وبكلمات وافقوا عليها، ثلاثة في كل مرة، وفقط تحت المواضيع واللغات التي أرقامها معروضة.
digest-themes-chart-desc-shown = شريط لكل موضوع رقمه معروض. المواضيع التي رقمها غير معروض ليس لها شريط. الجدول أدناه فيه نفس الأرقام.
digest-empty = لم يشارك أحد أي شيء في هذه الفترة.

## Digest rebuild
digests-admin-check-heading = إعادة بناء الملخصات المنشورة
digests-admin-check-help = أعد بناء كل ملخص منشور من بيانات اليوم، لترى إن كان أي منها سيخرج مختلفًا. لا يتغير شيء مما نُشر.
digests-admin-check = افحص الملخصات المنشورة
digests-admin-check-same = كل ملخص منشور يخرج كما هو عند إعادة بنائه.
digests-admin-check-differs = هذه الملخصات تخرج مختلفة عند إعادة بنائها اليوم: { $periods }. تبقى كما نُشرت، فلا تتغير أرقامها المنشورة. سجل التدقيق يحفظ كل اختلاف.
## Queue pages by position
error-queue-link-invalid = رابط هذه الصفحة لم يعد يعمل. ابدأ من جديد من الصفحة الأولى في قائمة الانتظار.
## node chains
event-node-chain-started = بدأ خادم سجلّ التدقيق الخاص به
