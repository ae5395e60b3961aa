# Voices — English. Short, warm, plain words: many readers are young and reading
# in a second language. Variables: keep { $name } etc. exactly as they are.

## Every page
page-title = Voices
site-name = Voices
skip-to-content = Skip to main content
quick-exit = Leave this site
language-switcher = Choose your language
danger-now = In danger now? Call 999
footer-run-by = This site is run by { $organisation }.
footer-privacy = Privacy notice
not-emergency = Voices does not know who you are. So we cannot come to help you, and we cannot answer quickly. If you are in danger now, call 999.
resource-call = Call
resource-text = Text

## Start page
landing-heading = Your voice matters
landing-intro = Voices is a place to share your story, or to tell us about a service that was meant to help you.
landing-for-everyone = Voices is for any young person in the UK, wherever you were born.
landing-share-story = Share your story
landing-give-feedback = Tell us about a service
landing-what-happens-heading = What happens to your words
landing-no-name = You do not need to give your name. We never ask who you are.
landing-encrypted = Your words are locked (encrypted) as soon as you send them.
landing-who-reads = Only a small, trained team reads them. Before anything is shared, they remove what could show who you are, like names, phone numbers, addresses and schools. Towns and cities usually stay. If your words are published, you see the edited version first.
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
share-we-remove-details = Before anything is shared, we remove what could show who you are, like names, phone numbers, addresses and schools. Towns and cities usually stay. We never change what you mean.
share-quick-exit-warning = If you press "Leave this site", what you typed here is lost.
share-text-limit =
    { $limit ->
        [one] You can write up to { $limit } character.
       *[other] You can write up to { $limit } characters.
    }
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
consent-use-publish-hint = Even without names, someone who knows you might recognise your story.
consent-quotes-when = Only if you chose to share your words on this website. We only use sentences from the edited version you said yes to.
consent-reports-readers = Our reports go to charities, people who run services, and people who make policy. They never show who you are.
consent-privacy-link = Read the privacy notice
consent-kept =
    { $days ->
        [one] If we do not use your words, we delete them { $days } day after we decide. You can delete your words at any time with your code. But numbers or sentences already in a report that has come out stay in that report.
       *[other] If we do not use your words, we delete them { $days } days after we decide. You can delete your words at any time with your code. But numbers or sentences already in a report that has come out stay in that report.
    }
consent-quotes-yes = Yes
consent-quotes-no = No
consent-use-missing = Please choose what we can do with your words.
consent-quotes-missing = Please say yes or no.
consent-now-publish = Now: we can share your words, after you say yes to the edited version.
consent-now-themes-only = Now: we use your words only to count what young people tell us.
consent-now-team-only = Now: only the team can read your words.
consent-now-quotes = You said yes to a few short sentences being used in our reports.
police-not-stated = We do not know who you are. This organisation has not said yet when it would share information with the police or immigration. Ask them before you write about your immigration status.
police-safeguarding-only = We do not know who you are. We never share your words with immigration. We only contact the police or children's services if we think someone is in danger now.
police-only-if-the-law-requires = We do not know who you are. We do not share your words with the police or immigration, unless the law makes us.

## Service feedback
feedback-heading = Tell us about a service
feedback-service-legend = Which service is it about?
feedback-service-missing = Please choose a service.
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
feedback-questions-heading = Questions about the service
feedback-questions-hint = Answer the ones you want. You can skip any.
feedback-text-label = Anything else you want to tell us? (you can skip this)
feedback-text-hint = Write in any language.
feedback-age-legend = How old are you? (you can skip this)
feedback-age-hint = We never ask for your date of birth.
age-band-under-16 = Under 16
age-band-16-17 = 16 or 17
age-band-18-21 = 18 to 21
age-band-22-25 = 22 to 25
age-band-26-plus = 26 or older
age-band-prefer-not-to-say = I prefer not to say
helped-legend = Did someone help you fill this in? (you can skip this)
helped-hint = It helps us understand your words.
helped-no = No, I did it myself
helped-worker = Yes, a worker or volunteer
helped-someone-close = Yes, a friend or someone in my family
helped-prefer-not-to-say = I prefer not to say

## Receipt
receipt-created-heading = Thank you. We have your words.
receipt-created-intro = This is your code:
receipt-created-why = Keep this code safe: it is the only way to come back to your words, and we cannot show it again.
receipt-created-keep-safe = Write it down somewhere only you can see, or ask a worker you trust to keep it for you. A photo is less safe: photos are often copied to other devices and to online backups. Anyone with the code can read your words.
receipt-created-print = You can also print this page.
receipt-print-button = Print this page
receipt-created-when = A trained person will read your words. You can usually expect an answer within { $weeks ->
        [one] 1 week
       *[other] { $weeks } weeks
    }. Come back with your code to see what is happening.
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
receipt-consent-now-heading = What you chose
receipt-consent-change-heading = Change your choices
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
receipt-link-expired = This page has closed, to keep your code safe. Please type your code again.
receipt-close-tab = On a phone or computer other people use, close this page when you are done.

## Receipt: messages and edited versions
receipt-messages-heading = Messages with the team
receipt-messages-none = There are no messages yet.
message-from-team = The team
message-from-you = You
message-from-survivor = The person who wrote
receipt-reply-label = Write to the team
receipt-reply-hint = Only the team can read it. You do not have to answer anything you do not want to.
receipt-reply-send = Send
receipt-reply-sent = Your message is sent. The team will read it.
receipt-edit-heading = The team suggests an edited version
receipt-edit-approved-heading = The version you agreed to
receipt-edit-intro = We took out details that could show who you are. Please read it. Nothing is shared unless you say yes.
receipt-edit-yours = What you wrote
receipt-edit-suggested = The edited version
receipt-edit-choose = You choose what happens now.
receipt-edit-approve = Yes, this version is fine
receipt-edit-changes-label = What would you like to change?
receipt-edit-changes-hint = Tell us in your own words. We will send you a new version.
receipt-edit-changes = Ask for changes
receipt-edit-refuse-intro = If you do not want any version shared, say no. Your other choices stay the same.
receipt-edit-refuse = No, do not share it
receipt-approved = Thank you. You said yes to this version.
receipt-changes-sent = Thank you. The team will read what you want to change.
receipt-refused = Thank you. This version will not be shared.
receipt-second-look-label = Do you want someone else to look again?
receipt-second-look-hint = You can ask once. A different person in the team will read your words. You can add a message if you want.
receipt-second-look = Ask for a second look
receipt-second-look-sent = Thank you. A different person will look at your words again.
message-empty = Please write a message first.
message-too-long = This message is too long. Please use up to 2,000 characters.
error-not-now-survivor = This cannot be done now. The page shows what you can do.
error-item-changed-survivor = Something changed while you were on this page. Please look again and try once more.
error-cross-site = This form was sent from another website, so we did not use it. Nothing is lost. If you meant to send it, please send it again from this page.

## Stories
stories-title = Stories
stories-intro = Young people chose to share these stories. We took out details that could show who they are, and each person agreed to the final words.
stories-filter-theme = About
stories-filter-language = Language
stories-any = All
stories-filter-apply = Show
stories-none = There are no stories here yet.
stories-themes = About:
stories-warning = Content warning:
stories-warning-choice = You can choose not to read it.
stories-read = Read this story
stories-show = Show the story
story-page-title = A story
stories-agreed = The person who wrote this agreed to share these words.
stories-back = Back to all stories

## Staying safe
safety-heading = Staying safe online
safety-leave-heading = Leave fast
safety-leave-button = Press "Leave this site" at the top of any page. It opens a weather website.
safety-leave-keys = On a computer, you can also press the Shift key three times quickly.
safety-leave-loses = If you leave this way while you are writing, what you typed is lost.
safety-private-heading = Use private browsing
safety-private-what = In a private window, your phone or computer does not keep the pages you visit.
safety-private-browsers = Chrome: open the menu and choose "New Incognito tab". Safari on iPhone: tap the tabs button, then "Private". Samsung Internet: tap the tabs button, then "Turn on Secret mode". Firefox: open the menu and choose "New private window".
safety-private-limits = Private browsing does not hide what you do from tracking apps. If someone else controls your phone, they might still see it. If you can, use a phone or computer you trust.
safety-history-heading = Clear your history
safety-history-what = If you did not use a private window, someone could see this site in your history.
safety-history-how = Open your browser's settings, find "History", and delete the pages from this site.
safety-shared-heading = If someone checks your phone
safety-shared-history = This site does not send emails or texts. But your browser keeps a list of the pages you visit (its history), unless you use a private window.
safety-shared-code = Keep your code somewhere only you can see. Anyone with the code can read your words.

## About
about-heading = About Voices
about-what-heading = What Voices is
about-what = Voices is run by people who work with young survivors. We want services to listen, believe and do better.
about-who-heading = Who reads your words
about-who = Only a small, trained team reads what you send. They follow clear rules to keep you safe and treat your words with respect.
about-who-not = Nobody else can read your words: not the people who run the computers, and not the services you write about.
about-happens-heading = What happens to your words
about-happens-review = A trained person reads your words. They remove what could show who you are, like names, phone numbers, addresses and schools. Towns and cities usually stay. They never change what you mean.
about-happens-choices = Nothing is shared unless you said yes. If your words will be shared, you see the edited version first and decide.
about-happens-themes = We count what many young people tell us, to show services what needs to change. These counts never show who anyone is.
about-kept-heading = How long we keep your words
about-kept-days =
    { $days ->
        [one] If we do not use your words, we delete them { $days } day after we decide. Words that are shared or counted stay until you delete them.
       *[other] If we do not use your words, we delete them { $days } days after we decide. Words that are shared or counted stay until you delete them.
    }
about-kept-withdraw = You can delete your words yourself at any time with your code. When you do, they are gone at once.
about-kept-report = Numbers or sentences already in a report that has come out stay in that report. We cannot take them back.
about-safe-heading = How we keep your words safe
about-safe-encrypted = Your words are locked (encrypted) as soon as they arrive. Only the team, or you with your code, can unlock them.
about-safe-no-trace = We do not keep your IP address, and we do not use cookies on these pages.
privacy-heading = Privacy notice
privacy-unset-organisation = the organisation that runs this site
privacy-unset-contact = (not given yet)
privacy-not-filled = The organisation that runs this site has not finished this notice yet.

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
dashboard-urgent = Urgent items waiting: { $count }
dashboard-from-survivors = New answers from survivors: { $count }
dashboard-open-queue = Open the review queue
dashboard-organisation-missing = This site does not say yet who runs it. Set organisation.name and organisation.contact in voices.toml, and check the privacy notice in moderation/privacy.toml, before you tell young people about the site.
dashboard-manage-staff = Invite or change staff
nav-label = Staff area
nav-home = Home
nav-queue = Review queue
nav-safeguarding = Safeguarding
nav-guidelines = Guidelines
nav-staff = Staff
nav-settings = Settings
nav-audit = Audit log
nav-digests = Digests
nav-preferences = My settings
pagination-label = Pages
pagination-previous = Previous page
pagination-next = Next page
pagination-position = Page { $page } of { $pages }
wellbeing-break = { $count ->
        [one] You have opened { $count } item today. This work is heavy: please take a break.
       *[other] You have opened { $count } items today. This work is heavy: please take a break.
    }
wellbeing-guidelines-link = Looking after yourself
wellbeing-cap = { $cap ->
        [one] Today: { $count } of { $cap } item.
       *[other] Today: { $count } of { $cap } items.
    }
## Staff: review queue
queue-title = Review queue
queue-intro = Urgent items come first, then items in the languages you read, oldest first. The queue never shows anyone's words.
queue-filter-view = Show
queue-view-needs-action = Needs action
queue-view-from-survivors = New answers from survivors
queue-view-awaiting = Waiting for the survivor
queue-view-done = Done
queue-view-declined = Not published
queue-view-all = All
queue-filter-language = Language
queue-filter-level = Safeguarding level
queue-any = Any
queue-filter-apply = Show
queue-count = { $count ->
        [one] { $count } item
       *[other] { $count } items
    }
queue-empty = There is nothing here.
queue-select = Select
queue-select-item = Select item { $id }
queue-col-priority = Level
queue-col-language = Language
queue-col-kind = Kind
queue-col-age = Waiting
queue-col-state = State
queue-col-holder = Who has it
queue-age-days = { $days ->
        [0] today
        [one] { $days } day
       *[other] { $days } days
    }
queue-held-by-you = You
queue-survivor-waiting = New answer
queue-bulk-legend = For the selected items
queue-bulk-hint = Only for simple cases you have read. Concern and urgent items, and items nobody has read, are always left out. You see what will happen before anything does.
queue-bulk-duplicate = Do not publish: it is a duplicate
queue-bulk-spam = Do not publish: it is not a real message
queue-bulk-release = Give back the items I have
queue-bulk-apply = Do it
queue-bulk-done = Done for { $done }. Skipped: { $skipped }.
kind-story = Story
kind-feedback = Feedback
state-received = New
state-in-review = Being read
state-awaiting-survivor = Waiting for the survivor
state-approved = Survivor said yes
state-published = Published
state-themes-only = Themes only
state-team-only = Team only
state-declined = Not published
state-withdrawn = Deleted by the survivor

## Staff: an item
item-title = Item { $id }
item-reading-title = Reading item { $id }
item-kind = Kind
item-language = Language
item-received = Arrived
item-level = Safeguarding level
item-state = State
item-consent = The survivor agreed to
item-consent-publish = publish the edited words they approve
item-consent-themes-only = anonymous themes only
item-consent-team-only = only the team reading them
item-quotes-yes = short quotes allowed
item-quotes-no = no quotes
item-holder = Who has it
item-claim-left = { $minutes ->
        [one] ({ $minutes } minute left)
       *[other] ({ $minutes } minutes left)
    }
item-survivor-waiting = The survivor wrote or decided something new.
item-second-look = The survivor asked for a second look. A different moderator must read it.
item-publish-requested = { $name } asked to publish this. A second person must publish it.
item-claim-intro = Take this item to work on it. Nobody else can work on it while you have it.
item-take-back-intro = The survivor has not answered yet. You can take the item back to decide without them. The edited version you sent is then withdrawn.
item-take-back = Take it back
item-before-you-read = Before you read
item-before-you-read-intro = This may describe things that are hard to read.
item-warnings-confirmed = Content warnings:
item-you-can-stop = You can stop here. Give the item back, or hand it to a colleague.
item-read = Read it
item-release = Give it back
item-hand-off-label = Hand it to
item-hand-off-hint = Only colleagues who read this language are listed.
item-hand-off = Hand it over
item-words-heading = Their words
item-no-words = There are no words, only answers.
item-details-found = { $count ->
        [one] { $count } detail that could identify someone
       *[other] { $count } details that could identify someone
    }
item-suggestions-hint = Highlights are suggestions. You decide what to take out.
item-review-heading = Your review
item-level-suggested = Voices suggests: { $level }
item-themes-legend = Themes
item-warnings-legend = Content warnings
item-checklist-legend = Checklist
item-review-save = Save my review
item-edit-heading = Edited version
item-edit-hint = Remove what could identify anyone, not the meaning. The survivor must say yes before anything is published.
item-edit-label = The edited version
item-edit-message-label = A message with it (optional)
item-edit-send = Send it to the survivor
item-versions-heading = Versions sent
proposal-pending = Waiting for an answer
proposal-approved = The survivor said yes
proposal-changes-requested = The survivor asked for changes
proposal-refused = The survivor said no
proposal-superseded = Replaced
item-messages-heading = Messages
messages-none = There are no messages yet.
item-template-label = Start from a template
item-template-hint = Templates are written in { $language }, the survivor's language.
item-template-none = No template
item-message-label = Your message
item-message-hint = Short and warm, in the survivor's language. Sign as the team, never with your name.
item-message-send = Send
item-message-ask = Send and wait for their answer
item-decide-heading = Decide
item-themes-only-intro = Use these words only to count themes. Nothing is published.
item-themes-only = Themes only
item-team-only-intro = Keep these words for the team only.
item-team-only = Team only
item-decline-reason = Why can these words not be published?
item-decline-hint = The survivor sees a kind message for this reason, in their language. They can ask once for a second look.
item-decline-message = A message of your own (optional)
item-decline = Do not publish
item-notes-heading = Safeguarding notes
item-notes-hint = What was done. Only staff can read these notes.
item-note-label = New note
item-note-save = Save the note
item-timeline-heading = What happened
item-timeline-empty = Nothing yet.
who-survivor = The survivor
who-voices = Voices
event-shared = Shared
event-claim = Took the item
event-take-back = Took it back
event-release = Gave it back
event-hand-off = Handed it over
event-propose-edit = Sent an edited version
event-ask = Asked a question
event-message = Sent a message
event-use-for-themes = Themes only
event-keep-for-team = Team only
event-decline = Not published
event-publish = Published
event-approve = Said yes
event-request-changes = Asked for changes
event-refuse = Said no
event-reply = Wrote a message
event-ask-second-look = Asked for a second look
event-change-consent = Changed their choices
event-withdraw = Deleted everything
event-expire-claim = The claim ended
event-review = Saved a review
event-escalated = Marked urgent
event-safeguarding-note = Wrote a safeguarding note
event-staff-invited = Invited someone
event-staff-joined = Joined
event-staff-updated = Changed someone's roles or languages
event-staff-disabled = Disabled someone
event-invitation-cancelled = Cancelled an invitation
event-settings-changed = Changed the settings
event-purged = Deleted after the retention time
done-claim = You have this item now.
done-review = Your review is saved.
done-propose = The edited version is sent to the survivor.
done-message = Your message is sent.
done-ask = Your message is sent. The item waits for the survivor's answer.
done-themes-only = Done: themes only.
done-team-only = Done: team only.
done-decline = Done: not published. The survivor will see why.
done-publish = Done.
done-release = You gave the item back.
done-take-back = You have the item back.
done-hand-off = The item is handed over.
done-note = The note is saved.
safeguarding-title = Safeguarding
safeguarding-intro = Every item with a safeguarding level that no lead has written a note on yet, whatever has happened to it since, urgent first. An item leaves this list when a lead records what was done. Nothing leaves Voices on its own.
guidelines-title = How we moderate
guidelines-english-only = The guidelines are in English for now.

## Staff: administration
admin-staff-title = Staff
admin-staff-list = Everyone
admin-roles-legend = Roles
admin-roles-hint = An admin who also reviews needs the moderator role too.
admin-languages-legend = Languages they read
admin-edit-person = Change { $name }
admin-save = Save
admin-disable-hint = Disabling someone ends their sessions and destroys their key. This cannot be undone.
admin-disable = Disable
admin-invite-heading = Invite someone
admin-invite-intro = You get a link to send them. It works once, for 72 hours. They choose their own passphrase.
admin-invite = Make the link
admin-invite-made = The link for { $name }:
admin-invite-once = Copy it now: it is shown only this once.
admin-pending-heading = Invitations not used yet
admin-cancel-invitation = Cancel
done-staff-update = Saved.
done-staff-disable = Disabled.
done-staff-cancel = The invitation is cancelled.
admin-settings-title = Settings
admin-break-after = Suggest a break after this many items in a day
admin-break-after-hint = A number from 1 to 1000.
admin-daily-cap = Most items a moderator can open in a day
admin-daily-cap-hint = Leave empty for no limit.
admin-two-person = Publishing needs two different moderators
done-settings = The settings are saved.
audit-title = Audit log
audit-intro = Every change is written here and chained, so a changed or removed entry can be found. Survivors' actions show the day only.
audit-verify = Check the whole log
audit-verified = The log is whole: { $staff } staff entries, { $survivor } survivor entries.
audit-broken = The log has been changed: { $chain } entry { $id }.
audit-chains = Logs
audit-staff-chain = Staff
audit-survivor-chain = Survivors
audit-when = When
audit-who = Who
audit-what = What
audit-item = Item
audit-detail = Detail
preferences-title = My settings
preferences-language = Language of the staff pages
preferences-language-browser = The language of my browser
preferences-reads = Languages you read
preferences-reads-hint = An admin sets these. Items in these languages come first in your queue.
done-preferences = Saved.
invite-title = Join the Voices team
invite-intro = Choose a passphrase for { $name }. Only you will know it.
invite-submit = Create my account
invite-done-title = Your account is ready
invite-done = You can sign in now. This link will not work again.

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
error-not-now = This cannot be done while the item is in this state.
error-claimed-by-other = Someone else is working on this item.
error-not-your-claim = You are not working on this item any more. Take it again first.
error-consent-does-not-allow = The survivor's choices do not allow this.
error-checklist-incomplete = Tick every item of the checklist first, and save your review.
error-no-approved-wording = The survivor has not said yes to an edited version.
error-no-pending-proposal = There is no edited version waiting for an answer.
error-second-look-used = The second look was already asked for.
error-second-look-needs-another = A second look must be done by a different moderator.
error-second-person-needed = A second person must publish this.
error-hand-off-to-self = Choose someone else.
error-item-changed = Someone changed this item just now. This is how it is now.
error-daily-cap-reached = You have reached today's limit. Please stop for today.
error-view-expired = This page has closed. Please start again.
error-message-empty = Please write a message first.
error-message-too-long = This message is too long. Please use up to 2,000 characters.
error-unknown-choice = One of the choices is not known. Please choose again.
error-edit-says-nothing = The edited version must still say something. Take out details, not the meaning.
error-edit-too-long = The edited version is too long.
error-form-too-long = What you sent is too long.
error-form-incomplete = Part of the form is missing. Please reload the page and try again.
error-decline-reason-missing = Please choose why.
error-unknown-action = This action is not known.
error-setting-out-of-range = Please use a number in the range shown.
error-roles-missing = Please choose at least one role.
error-role-change-needs-invitation = This change of role needs a new invitation.
error-bulk-nothing-selected = Please select at least one item.
error-bulk-no-action = Please choose what to do.

## Translation review

dashboard-languages-heading = Languages
dashboard-languages-intro = How far each translation has been checked. Offer a language to young people once a native speaker has reviewed it. Until then, you can hide it from the language switcher with the setting languages.hidden in voices.toml.
dashboard-language = Language
dashboard-language-review = Review
dashboard-language-questions = Open questions
dashboard-language-switcher = Language switcher
dashboard-language-offered = Shown
dashboard-language-hidden = Hidden
translation-state-source = Source text
translation-state-drafted = Draft, not reviewed
translation-state-fluent-reviewed = Checked by a fluent speaker, not yet by a native speaker
translation-state-native-reviewed = Reviewed by a native speaker: ready

## Digests
digests-title = Theme digests
digests-intro = What young people shared, counted by theme each month and each quarter. The numbers are protected so that no one can be picked out.
digests-none = No digest has been released yet.
digests-released = Released on { $day }
digests-download-json = Download the figures (JSON)
digests-download-csv = Download the figures (CSV)
digests-feed = Feed of new digests (Atom)
digests-practitioners-only = These digests are for practitioners. Please sign in, or use an API token.
digests-too-many = Too many requests. Please wait a minute and try again.
digest-title = Theme digest { $period }
digest-items = Items counted:
digest-protection-heading = How the numbers are protected
digest-themes-heading = Themes
digest-themes-chart-title = Items by theme
digest-col-theme = Theme
digest-col-count = Number
digest-col-trend = Since the last period
digest-trend-up = Up
digest-trend-down = Down
digest-trend-same = The same
digest-trend-none = No comparison
digest-responses-heading = You said, we did
digest-languages-heading = Languages
digest-col-language = Language
digest-col-story = Stories
digest-col-feedback = Service feedback
digest-col-total = Total
digest-not-given = Not given
digest-age-heading = Age
digest-age-chart-desc = A bar for each age band with a published number. The table below has the same numbers.
digest-col-age = Age band
digest-regions-heading = Regions (service feedback)
digest-col-region = Region
digest-services-heading = Service feedback
digest-services-none = No service had enough feedback in this period to show the answers.
digest-col-answer = Answer
digest-col-percent = Share
digest-quotes-heading = In their own words
digest-quote-warning = Content warning:
digest-quote-show = Show the quote
digest-back = All digests
ysd-title = You said, we did
ysd-intro = What the team is doing about what young people shared.
ysd-none = There are no answers yet.
ysd-from = From the digest for { $period }
digests-admin-title = Digests: access, tokens and answers
digests-admin-access = Who can read the digests
digests-admin-public = Everyone
digests-admin-practitioners = Practitioners only (signed in, or with a token)
digests-admin-save = Save
digests-admin-tokens = API tokens
digests-admin-token-name = Who the token is for
digests-admin-issue = Make a token
digests-admin-token-once = Copy this token now. It is shown only this once:
digests-admin-revoke = Revoke
digests-admin-revoked = Revoked
digests-admin-respond = Answer a theme ("You said, we did")
digests-admin-period = Digest
digests-admin-response = What the organisation is doing about it
digests-admin-post = Save the answer
digests-admin-done = Saved.

## Receipt: an edited version that changed
error-edit-changed = The team changed the text. Read the new version.

## Safeguarding alerts
lead-alert-subject = Voices needs a safeguarding lead
lead-alert-body = Something in Voices needs a safeguarding lead. Sign in to see it.
lead-alert-test-subject = Voices: a test message
lead-alert-test-body = This is a test from Voices. When something needs a safeguarding lead, a message like this comes here, with no details. Sign in to Voices to see it.
alerts-guidance-on =
    { $minutes ->
        [one] Voices tells the safeguarding leads within { $minutes } minute, with a message that says nothing about the item. If someone is in danger now, also tell the lead yourself, the way your team agreed.
       *[other] Voices tells the safeguarding leads within { $minutes } minutes, with a message that says nothing about the item. If someone is in danger now, also tell the lead yourself, the way your team agreed.
    }
alerts-guidance-off = Voices does not alert anyone. Tell the safeguarding lead yourself now, the way your team agreed.
alerts-off-admin = Safeguarding alerts are not set up: when an item becomes urgent, Voices tells nobody. Set an SMTP server (lead_alerts.smtp_host) or a webhook (lead_alerts.webhook_url) in voices.toml, and ask each safeguarding lead to add an e-mail address on their preferences page.
alerts-no-addresses = Safeguarding alerts are set up, but no safeguarding lead has given an e-mail address, so nobody is told. Each lead adds one on their preferences page.
alerts-lead-no-address = You get no e-mail when something becomes urgent. Add your address on your preferences page.
alerts-failed = The last safeguarding alert could not be sent on { $day } (reason: { $reason }).
alerts-retrying = Voices tries again at the next fixed time.
alerts-gave-up = Voices has stopped trying. Fix the setting, then send a test message from the settings page.
alerts-heading = Safeguarding alerts
alerts-intro =
    { $minutes ->
        [one] When an item becomes urgent, each safeguarding lead with an address gets one e-mail in their language, and the webhook gets the same words: "Something in Voices needs a safeguarding lead. Sign in to see it." Nothing else. Alerts leave only at fixed times, every { $minutes } minute, so no log shows when something was shared.
       *[other] When an item becomes urgent, each safeguarding lead with an address gets one e-mail in their language, and the webhook gets the same words: "Something in Voices needs a safeguarding lead. Sign in to see it." Nothing else. Alerts leave only at fixed times, every { $minutes } minutes, so no log shows when something was shared.
    }
alerts-mail = E-mail
alerts-mail-on = through { $host }, from { $from }
alerts-off = not set up
alerts-webhook = Webhook
alerts-webhook-on = set up
alerts-leads = Safeguarding leads with an address
alerts-test = Send a test message
alerts-test-hint = Sends a test message now to every safeguarding lead with an address, and to the webhook.
alerts-test-delivered = The test message was sent. Ask each lead whether it arrived.
alerts-test-failed = The test message could not be sent (reason: { $reason }).
preferences-alert-address = E-mail for safeguarding alerts
preferences-alert-address-hint = When something becomes urgent, Voices sends this address a short message in the language of your staff pages, with no details. Leave it empty to get none. It is stored locked (encrypted).
preferences-alert-address-off = E-mail alerts are not set up on this site yet.
error-alert-address-invalid = This is not an e-mail address. Please check it.
error-alert-test-too-soon = A test message was sent less than a minute ago. Please wait a minute.
error-alerts-nobody = There is nobody to send a test to: no safeguarding lead has an e-mail address, and there is no webhook.
event-alert-test = Sent a test safeguarding alert
event-alert-address = Changed their e-mail for alerts

## Own roles
error-own-roles = You cannot change your own roles. Ask another admin.
event-own-roles-refused = Tried to change their own roles (refused)
## Path to publication
item-claim-and-read = Take this item and read it
item-claim-renew = { $minutes ->
        [one] Keep it { $minutes } more minute
       *[other] Keep it { $minutes } more minutes
    }
item-claim-to-change-intro = To send a different version, take this item first. The survivor's yes stays until they answer the new version.
item-publish-heading = Ready to publish
item-publish-check = Check and publish
item-survivor-themes = Themes the survivor chose:
known-heading = What Voices knows:
known-consent-publish = The survivor chose: publish my words after edits I approve.
known-consent-themes-only = The survivor chose: use my words only in anonymous themes.
known-consent-team-only = The survivor chose: only the team reads my words.
known-approved-on = The survivor said yes to these exact words on { $day }.
known-not-approved = The survivor has not said yes to an edited version yet.
publish-title = Publish item { $id }
publish-intro = Check the words and where they will appear. Nothing is published until you press the button at the end.
publish-where-heading = Where they will appear
publish-where = On the public stories page in { $language }, where anyone can read them:
publish-warnings = With these content warnings above them:
publish-no-warnings = With no content warning above them.
publish-themes = Listed under these themes:
publish-words-heading = The exact words
publish-confirmed = Already confirmed:
publish-checklist-legend = Confirm before publishing
publish-second-person = { $name } asked to publish this. You are the second person.
publish-first-of-two = With the two-person rule on, a colleague publishes it after you.
publish-confirm = Publish these words
publish-confirm-first = Ask a second person to publish
publish-back = Back to the item

## Bulk actions and reopening
queue-bulk-confirm-title = Check before you go on
queue-bulk-will-decline =
    { $count ->
        [one] This item will not be published, with the reason “{ $reason }”:
       *[other] These { $count } items will not be published, with the reason “{ $reason }”:
    }
queue-bulk-decline-effects = { $days ->
        [one] The survivor sees the kind message for this reason on their receipt page. The words are destroyed after { $days } day. Until then a safeguarding lead can bring an item back.
       *[other] The survivor sees the kind message for this reason on their receipt page. The words are destroyed after { $days } days. Until then a safeguarding lead can bring an item back.
    }
queue-bulk-will-release =
    { $count ->
        [one] You will give back this item:
       *[other] You will give back these { $count } items:
    }
queue-bulk-left-out =
    { $count ->
        [one] This item is left out:
       *[other] These { $count } items are left out:
    }
queue-bulk-why-safeguarding = a safeguarding concern. Open it and decide yourself.
queue-bulk-why-unread = nobody has read it yet.
queue-bulk-why-not-now = someone else has it, or it cannot be changed now.
queue-bulk-nothing = Nothing will change.
queue-bulk-confirm-decline =
    { $count ->
        [one] Do not publish this item
       *[other] Do not publish these { $count } items
    }
queue-bulk-confirm-release =
    { $count ->
        [one] Give back this item
       *[other] Give back these { $count } items
    }
queue-bulk-cancel = Back to the queue
queue-item-link = Item { $id }
item-reopen-intro = Declined by mistake? While its words are still kept, you can bring it back to the queue.
item-reopen = Bring it back to the queue
done-reopen = The item is back in the queue.
event-reopen = Brought back to the queue

## Safeguarding list and content warnings
item-warnings-suggested = Suggested content warnings (from the themes):

## Dates
date-day = { $day } { $month } { $year }
date-time = { $date }, { $time } { $zone }
month-1 = Jan
month-2 = Feb
month-3 = Mar
month-4 = Apr
month-5 = May
month-6 = Jun
month-7 = Jul
month-8 = Aug
month-9 = Sep
month-10 = Oct
month-11 = Nov
month-12 = Dec

## Queue on small screens, practitioners, invitations, wellbeing
queue-col-item = Item
nav-read-digests = Read the digests
dashboard-practitioner-intro = The theme digests show what young people told Voices, in anonymous numbers and quotes they agreed to share.
dashboard-police-not-stated = Survivor pages cannot say yet when you would share information with the police or immigration: they tell young people to ask you first. Set organisation.police_and_immigration in voices.toml.
wellbeing-limit-reached =
    { $cap ->
        [one] You have read { $cap } item today, your daily limit. No new item is offered to you until tomorrow. You can still answer the items you read today. Please look after yourself.
       *[other] You have read { $cap } items today, your daily limit. No new item is offered to you until tomorrow. You can still answer the items you read today. Please look after yourself.
    }
wellbeing-not-offered = This item is not offered to you today, because you have reached your daily limit. A colleague can take it.

## Path to publication: changing an approved item
item-claim-to-change = Take it to send a different version
## Waiting too long
item-level-why = Words that suggest it:
queue-waiting-heading = Waiting too long
queue-waiting-hint = Nobody has opened these yet, and they came in a while ago. Open them first, whatever their level.
queue-waiting-item = Item { $id }, waiting { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
## Digest protection with ranges
digest-not-shown = not shown
digest-not-shown-why = A number that is “not shown” is hidden to protect people: those in it, or in other numbers it could help work out. It says nothing about how big the number is.
digest-protection-ranges = Numbers under 10, and zeros, are not shown. Other numbers are rounded to the nearest 5. Some bigger numbers are not shown too, so that no hidden number can be worked out, or narrowed down, from the others. Percentages are shown only when at least 20 people answered. Quotes come only from people who allowed it, in words they approved, three at a time, and only under themes and languages whose numbers are shown.
digest-themes-chart-desc-shown = A bar for each theme with a number shown. Themes whose number is not shown have no bar. The table below has the same numbers.
digest-empty = Nobody shared anything in this period.

## Digest rebuild
digests-admin-check-heading = Released digests built again
digests-admin-check-help = Build every released digest again from today's data, to see if any would come out differently. Nothing that is published changes.
digests-admin-check = Check the released digests
digests-admin-check-same = Every released digest comes out the same when built again.
digests-admin-check-differs = These digests come out differently when built again today: { $periods }. They stay as they were released, so their published numbers do not change. The audit log records each difference.
## Queue pages by position
error-queue-link-invalid = This page link does not work any more. Start again from the first page of the queue.
## node chains
event-node-chain-started = A server started its own audit record
