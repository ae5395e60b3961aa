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
landing-no-name = You do not need to give your name. We never ask who you are.
landing-leave-quickly = If you need to leave fast, press "Leave this site" at the top of the page.

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
error-passphrase-too-long = The passphrase is too long. Use up to 1024 characters.
error-passphrase-mismatch = The two passphrases are not the same.
error-wrong-admin-credentials = The admin name or passphrase is not right.
error-first-staff-must-be-admin = The first account must be an admin.
error-no-setup-pending = There is no setup waiting.
error-last-admin = This is the last admin. Add another admin first.
error-unknown-staff = There is no staff member with this name.
error-storage-unavailable = We cannot save or read right now. Nothing you sent is lost. Please try again in a few minutes.
error-internal = Something went wrong on our side. Please try again.
error-bad-request = We could not understand what was sent. Please try again.
error-payload-too-large = What you sent is too long. Please make it shorter.
error-unprocessable = Some of what was sent is not right. Please check and try again.
