# Voices — English. Short, warm, plain words: many readers are young and reading
# in a second language. Variables: keep { $name } etc. exactly as they are.

## Every page
page-title = Voices
site-name = Voices
skip-to-content = Skip to main content
quick-exit = Leave this site
language-switcher = Choose your language

## Start page
landing-heading = Your voice matters
landing-intro = Voices is a safe place to share your story, or to tell us about a service that was meant to help you.
landing-share-story = Share your story
landing-give-feedback = Tell us about a service
landing-what-happens-heading = What happens to your words
landing-no-name = You do not need to give your name. We never ask who you are.
landing-encrypted = Your words are locked (encrypted) as soon as you send them.
landing-who-reads = Only a small, trained team reads them. They remove names, places and schools before anything is shared.
landing-you-decide = You decide what happens to your words. You can change your mind or delete them later.
landing-about-link = More about who reads your words and how long we keep them
landing-leave-heading = Leaving quickly
landing-leave-quickly = If you need to leave fast, press "Leave this site" at the top of the page.
landing-safety-link = How to stay safe online
landing-come-back-heading = Coming back
landing-come-back = After you share, you get a code. With it you can come back to read replies, change your choices, or delete your words.

## Help now
help-now-heading = Get help now
help-now-intro = These services are free and you do not have to give your name.

## Sharing
share-no-name = Please do not write your name, or anyone's name, if you do not want to.
share-we-remove-details = Before anything is shared, we remove names, places and schools. We never change what you mean.
share-text-limit = You can write up to { $limit } characters.
share-text-counter = Characters left:
share-submit = Send
share-honeypot-label = Please leave this box empty
share-copy-your-words = Here are your words, so you can copy them and keep them safe
share-text-missing = Please write something before you send.
share-text-too-long = This is too long. Please make it shorter. Your words are still here.
share-not-saved = We could not save this just now. Your words are still here. Please try again in a few minutes.
share-honeypot-filled = Please make this box empty, then send again.
form-nothing-lost = Your words are still here. Nothing is lost.
form-invalid-choice = Please choose one of the options.

story-heading = Share your story
story-text-label = Your story
story-text-hint = Write in any language. Say as much or as little as you want.
story-themes-legend = What is your story about? (you can skip this)
story-themes-hint = Tick any that fit. This helps us understand. You can tick none.

## Consent
consent-heading = Your choices
consent-intro = You decide what happens to your words. You can change this later with your code.
consent-use-legend = What can we do with your words?
consent-use-publish = Share my words on this website, after I say yes to the edited version
consent-use-themes-only = Use them only to count what young people tell us, without my words
consent-use-team-only = Only the team can read them
consent-quotes-legend = Can we use a few short sentences from your words in our reports?
consent-quotes-hint = We never use your name or anything that shows who you are.
consent-quotes-yes = Yes
consent-quotes-no = No
consent-use-missing = Please choose what we can do with your words.
consent-quotes-missing = Please say yes or no.
consent-now-publish = Now: we can share your words, after you say yes to the edited version.
consent-now-themes-only = Now: we use your words only to count what young people tell us.
consent-now-team-only = Now: only the team can read your words.

## Service feedback
feedback-heading = Tell us about a service
feedback-service-legend = Which service is it about?
feedback-service-missing = Please choose a service.
service-police = Police
service-social-care = Children's social care (social workers)
service-placement = Foster care or a children's home
service-guardian = Independent guardian
service-referral = The referral process (being identified as a victim)
service-health = Health or mental health
service-school = School or college
service-legal-advice = Legal advice (a lawyer)
service-immigration = Immigration or the Home Office
service-youth-justice = Youth justice or court
service-charity = A charity
service-interpreter = An interpreter
service-other = Something else
feedback-region-label = Where was this? (you can skip this)
feedback-region-hint = Only a big area, never a town.
feedback-region-none = Choose an area
region-north-east = North East England
region-north-west = North West England
region-yorkshire = Yorkshire and the Humber
region-east-midlands = East Midlands
region-west-midlands = West Midlands
region-east-of-england = East of England
region-london = London
region-south-east = South East England
region-south-west = South West England
region-scotland = Scotland
region-wales = Wales
region-northern-ireland = Northern Ireland
region-prefer-not-to-say = I prefer not to say
feedback-questions-heading = Five questions
feedback-questions-hint = Answer the ones you want. You can skip any.
question-listened = Did they listen to you?
question-believed = Did they believe you?
question-kept-informed = Did they tell you what was happening?
question-felt-safe = Did you feel safe?
question-own-language = Could you use your own language?
answer-1 = Not at all
answer-2 = A little
answer-3 = Sometimes
answer-4 = Mostly
answer-5 = Yes, completely
answer-prefer-not-to-say = I prefer not to say
feedback-text-label = Anything else you want to tell us? (you can skip this)
feedback-text-hint = Write in any language.
feedback-age-legend = How old are you? (you can skip this)
feedback-age-hint = We never ask for your date of birth.
age-band-under-16 = Under 16
age-band-16-17 = 16 or 17
age-band-18-21 = 18 to 21
age-band-22-25 = 22 to 25

## Receipt
receipt-created-heading = Thank you. We have your words.
receipt-created-intro = This is your code:
receipt-created-why = Keep this code safe: it is the only way to come back to your words, and we cannot show it again.
receipt-created-keep = Write it down or take a photo, and keep it somewhere only you can see. Anyone with the code can read your words.
receipt-created-print = You can also print this page.
receipt-print-button = Print this page
receipt-created-next = A trained person will read your words soon. Come back with your code to see what is happening.
receipt-lookup-link = Come back with your code
receipt-heading = Come back with your code
receipt-intro = Type the code you got when you shared. Small or capital letters are fine, with or without dashes.
receipt-code-label = Your code
receipt-code-hint = It looks like this: 7KQ2-M9XD-4HFA-R3TC
receipt-open = Open
receipt-code-invalid = A code has 16 letters and numbers. Please check it and try again.
receipt-code-not-found = We could not find this code. Please check it and try again.
receipt-view-heading = Your words
receipt-status-heading = What is happening now
receipt-your-words = What you wrote
receipt-consent-heading = Your choices
receipt-consent-save = Save my choices
receipt-consent-saved = Your choices are saved.
status-received = We have your words. Nobody has read them yet.
status-in-review = A trained person is reading your words now.
status-awaiting-survivor = We have a question or an edited version for you. Please read it below.
status-approved = Your words are ready to be shared, as you agreed.
status-published = Your words are shared on this website, as you agreed.
status-themes-only = Your words are used to count what young people tell us. They are not shared.
status-team-only = Only the team reads your words. They are not shared.
status-declined = We could not share your words this time. Please read our message below.
status-withdrawn = You deleted your words. They are gone.
withdraw-heading = Delete everything
withdraw-intro = You can delete your words at any time. This cannot be undone.
withdraw-start = Delete my words
withdraw-confirm-heading = Are you sure?
withdraw-confirm-intro = If you delete your words, they are gone for good. Nobody can read them again, not even you or us.
withdraw-confirm-permanent = This cannot be undone.
withdraw-confirm-button = Yes, delete my words
withdraw-cancel = No, go back
withdrawn-heading = Your words are deleted
withdrawn-done = Your words are gone. Nobody can read them now.
withdrawn-code-still-works = If you use your code again, it will only say that your words were deleted.

## Staying safe
safety-heading = Staying safe online
safety-leave-heading = Leave fast
safety-leave-button = Press "Leave this site" at the top of any page. It opens a weather website.
safety-leave-keys = On a computer, you can also press the Shift key three times quickly.
safety-private-heading = Use private browsing
safety-private-what = In a private window, your phone or computer does not keep the pages you visit.
safety-private-how = In most browsers, open the menu and choose "New private window" or "New incognito tab".
safety-history-heading = Clear your history
safety-history-what = If you did not use a private window, someone could see this site in your history.
safety-history-how = Open your browser's settings, find "History", and delete the pages from this site.
safety-shared-heading = If someone checks your phone
safety-shared-phone = This site does not send emails or texts, and it does not save anything on your phone.
safety-shared-code = Keep your code somewhere only you can see. Anyone with the code can read your words.

## About
about-heading = About Voices
about-what-heading = What Voices is
about-what = Voices is run by people who work with young survivors. We want services to listen, believe and do better.
about-who-heading = Who reads your words
about-who = Only a small, trained team reads what you send. They follow clear rules to keep you safe and treat your words with respect.
about-who-not = Nobody else can read your words: not the people who run the computers, and not the services you write about.
about-happens-heading = What happens to your words
about-happens-review = A trained person reads your words. They remove names, places and schools. They never change what you mean.
about-happens-choices = Nothing is shared unless you said yes. If your words will be shared, you see the edited version first and decide.
about-happens-themes = We count what many young people tell us, to show services what needs to change. These counts never show who anyone is.
about-kept-heading = How long we keep your words
about-kept = We keep your words while the team works with them, and delete the ones that are not used after a set time.
about-kept-withdraw = You can delete your words yourself at any time with your code. When you do, they are gone at once.
about-safe-heading = How we keep your words safe
about-safe-encrypted = Your words are locked (encrypted) as soon as they arrive. Only the team, or you with your code, can unlock them.
about-safe-no-trace = We do not keep your IP address, and we do not use cookies on these pages.

## Staff area
staff-login-title = Staff sign in
staff-name = Name
staff-passphrase = Passphrase
staff-sign-in = Sign in
staff-sign-out = Sign out
staff-signed-in-as = Signed in as { $name } ({ $role })
staff-role = Role
staff-role-admin = Admin
staff-role-moderator = Moderator
staff-role-safeguarding-lead = Safeguarding lead
staff-role-practitioner = Practitioner
staff-status = Status
staff-status-active = Active
staff-status-disabled = Disabled
staff-dashboard-title = Staff area
staff-dashboard-intro = You are signed in. You will be signed out after 30 minutes without activity.
staff-list-heading = Staff
staff-add-hint = To add or disable staff, use the voices staff command on the server.

## First admin
setup-title = Create the first admin
setup-intro = This link works only once. The account you create here can add other staff.
setup-passphrase-hint = Use at least 12 characters. A few words that do not belong together are strong and easy to remember.
strength-too-short = Too short for now: keep going.
strength-acceptable = Good. A few more words would make it strong.
strength-strong = Strong.
setup-passphrase-confirm = Type the passphrase again
setup-submit = Create the admin account
setup-done-title = The admin account is ready
setup-done = You can sign in now. This setup link will not work again.

## Forms
form-error-summary = Please check this:
error-name-required = Please type a name.
error-passphrase-required = Please type a passphrase.
error-confirm-required = Please type the passphrase again.
error-field-required = Please fill this in.

## Errors
error-title = Something went wrong
error-not-found-title = We cannot find this page
error-rate-limited-title = Please wait a little
error-back-home = Go to the start page
error-not-found = The page may have moved, or the link may be wrong.
error-rate-limited =
    { $minutes ->
        [one] There were too many tries. Please wait { $minutes } minute, then try again.
       *[other] There were too many tries. Please wait { $minutes } minutes, then try again.
    }
error-sign-in-failed = The name or the passphrase is not right.
error-not-signed-in = Please sign in first.
error-forbidden = Your account cannot do this.
error-csrf-mismatch = This form was open for too long. Please try again.
error-name-taken = Someone already has this name. Please choose another.
error-name-empty = Please type a name.
error-name-too-long = A name can have up to 64 characters.
error-name-invalid = A name cannot contain hidden control characters.
error-weak-passphrase = The passphrase is too short or too simple. Use at least 12 characters.
error-common-passphrase = Many people use this passphrase, so it is easy to guess. Please choose a few unrelated words.
error-passphrase-too-long = The passphrase is too long. Use up to 1024 characters.
error-passphrase-mismatch = The two passphrases are not the same.
error-wrong-admin-credentials = The admin name or passphrase is not right.
error-first-staff-must-be-admin = The first account must be an admin.
error-no-setup-pending = There is no setup waiting.
error-last-admin = This is the last admin. Add another admin first.
error-unknown-staff = There is no staff member with this name.
error-receipt-not-found = We could not find this code. Please check it and try again.
error-receipt-invalid = A code has 16 letters and numbers. Please check it and try again.
error-consent-locked = Your words are already shared, so these choices cannot change now. You can still delete your words.
error-storage-unavailable = We cannot save or read right now. Nothing you sent is lost. Please try again in a few minutes.
error-internal = Something went wrong on our side. Please try again.
error-bad-request = We could not understand what was sent. Please try again.
error-payload-too-large = What you sent is too long. Please make it shorter.
error-unprocessable = Some of what was sent is not right. Please check and try again.
