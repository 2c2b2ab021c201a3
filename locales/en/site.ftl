# The public site's words: every page a resident sees.
#
# Plain text only: pages escape these texts, so no HTML here. Where a page needs emphasis
# it splits the sentence into parts (-before, -strong, -after).
# Dates and times come already written out (from date-long and the parts below).

## Times of day and dates written with them

half-am = AM
half-pm = PM
# $hour12 (1–12), $hour24 (00–23), $minute (00–59), $half (half-am or half-pm)
time-of-day = { $hour12 }:{ $minute } { $half }
date-time = { $date }, { $time }

## Every page

site-name = City complaints and compliments
skip-link = Skip to main content
nav-label = Main
nav-submit = Make a complaint or compliment
nav-track = Follow your case
nav-standards = Service standards
nav-help = Not sure where to go?
footer-service-requests = For a new service request (a pothole, a missed collection, a broken water main), call 311 or use the City's 311 service request channel: a complaint is about how a request or a service was handled.
footer-about = Heard is open-source software for handling complaints and compliments.
language-label = Language
language-change = Change language
error-prefix = Error:

## Home

home-title = Home
home-heading = Tell the City how we did
home-lead = Your complaints, compliments and comments help the City improve its services. Every one gets a tracking number, and a complaint gets an answer within a set number of business days.
kind-complaint-title = Complaint
kind-complaint-text = You are not satisfied with a City service, a decision, how long something took, or how you were treated. We will look into it and answer you.
kind-compliment-title = Compliment
kind-compliment-text = A person or a service did well. We pass your thanks to the staff and their supervisor.
kind-comment-title = Comment
kind-comment-text = An idea or an observation you want the City to hear. We read every comment; you do not need an answer.
home-not-complaint-heading = What is not a complaint
home-not-complaint-request-strong = Asking for a service for the first time
home-not-complaint-request = such as reporting a pothole, a missed garbage pickup or a water leak, is a service request. Call 311 or use the City's 311 service request channel. If you already made a request and it was not handled well, that is a complaint.
home-not-complaint-appeal-strong = Matters with their own appeal route
home-not-complaint-appeal = such as a parking ticket, a property tax assessment or a court decision, go through that route. We will tell you where if you send them here.
home-help-link = Not sure? Answer a few questions and we will point you to the right place.
home-next-heading = What happens after you send it
home-next-1 = You get a tracking number at once. Keep it to follow your case.
home-next-2 = The division responsible acknowledges your complaint, usually within 2 business days.
home-next-3 = Staff look into it and answer you, usually within 10 business days. Each division publishes its service standards.
home-next-4 = If you are not satisfied with the answer, you can ask for a review by someone else. After that, you can go to the City's Ombudsman.
home-track-link = Follow a case with its tracking number

## Service standards

standards-title = Service standards
standards-lead = Each division promises how quickly it handles complaints. Days are business days: Monday to Friday, except public holidays.
standards-caption = Business days each division takes to acknowledge a complaint, to answer it, and to answer a review of its answer
standards-division = Division
standards-acknowledge = Acknowledge
standards-answer = Answer
standards-review = Review
division-promises = Our promises
division-acknowledge = We acknowledge your complaint within { $days ->
    [one] { $days } business day
   *[other] { $days } business days
}.
division-answer = We answer it within { $days ->
    [one] { $days } business day
   *[other] { $days } business days
} of receiving it. If we need longer, we tell you why and by when.
division-review = If you are not satisfied with our answer, ask for a review on your case's tracking page or by calling 311. Someone who did not handle your complaint reviews it and answers within { $days ->
    [one] { $days } business day
   *[other] { $days } business days
}.
division-ombudsman = If you are still not satisfied after the review, you can take your complaint to the City's Ombudsman.
division-handles = What we handle
division-not-found = There is no division with that name.

## The helper

helper-title = Find the right place
helper-question = What would you like to do?
helper-need-request = Report a problem for the first time (a pothole, a missed collection, an injured animal)
helper-need-complaint = Complain about how a service or an earlier request was handled
helper-need-compliment = Thank someone or praise a service
helper-need-comment = Share an idea or a comment
helper-need-unsure = I am not sure
helper-next = Next
helper-request-heading = This is a service request
helper-request-text = Reporting a problem for the first time is a service request, not a complaint. Call 311 (or 416-392-2489 from outside the city), any time of day, or use the City's 311 service request channel online or in the 311 app. You will get a service request number.
helper-request-complaint-before = If you already made a request and it was closed without being fixed, or took too long,
helper-request-complaint-link = that is a complaint
helper-search-label = What is it about?
helper-search-hint = A few words, such as "pothole", "green bin", "raccoon" or "water bill".
helper-search = Search
helper-no-match = Nothing matched “{ $query }”
helper-matches = Matches for “{ $query }”
helper-still-unsure = I am still not sure: send it to 311, who will find the right division

## The form

form-title = Make a complaint or compliment
form-heading = Make a complaint, compliment or comment
form-error-title = { $count ->
    [one] Please fix 1 thing below
   *[other] Please fix { $count } things below
}
form-files-dropped = Your files were not kept: please attach them again.
form-kind = What would you like to send?
form-kind-complaint = A complaint: something was not done well and I want an answer
form-kind-compliment = A compliment: someone or something did well
form-kind-comment = A comment: an idea or observation; I do not need an answer
form-category = Which service is it about?
form-category-hint = Choose “Not sure” if you do not know: 311 will send it to the right division.
form-category-help = Help me choose
form-not-sure = Not sure
form-description = What happened?
form-description-hint = Tell us what happened, who was involved if you know, and why it matters to you.
form-happened = When did it happen? (optional)
form-remedy = What would you like the City to do? (optional)
form-where = Where? (optional)
form-address = Address or intersection
form-postal-code = Postal code
form-point = Give an exact point (latitude and longitude)
form-lat = Latitude
form-lon = Longitude
form-service-request = Service request number, if this is about one (optional)
form-attachments = Photos or documents (optional)
form-attachments-hint = Up to { $files } files: JPEG or PNG photos, or PDF documents, up to { $mb } MB each. We remove location data from photos before keeping them.
form-contact = How can we reach you?
form-name = Your name (optional)
form-email = E-mail
form-phone = Phone
form-contact-method = How should we contact you?
form-contact-any = Any way
form-contact-email = E-mail
form-contact-sms = Text message
form-contact-phone = Phone call
form-language = Language for our messages
form-anonymous = Send it anonymously
form-anonymous-hint = If you stay anonymous we will still look into it, but we cannot answer you or tell you what we did. Leave the name, e-mail and phone empty.
form-accommodation = Do you need an accommodation to take part? (optional)
form-accommodation-hint = For example large print, a sign language interpreter, or a call at a certain time.
form-notice-heading = How we use your information
form-notice = The City collects the information on this form to look into your complaint, compliment or comment, to answer you, and to improve its services. Only staff who handle your case see your name and contact details. Reports and open data never include them. Questions about this can go to 311.
form-consent = I have read how the City uses this information
form-send = Send

## What is wrong with a field, shown beside it

error-kind-missing = Choose whether this is a complaint, a compliment or a comment.
error-category-unknown = “{ $code }” is not one of our categories. Pick one from the list of divisions, or leave it out if you are not sure.
error-description-missing = Please tell us what happened.
error-too-long = Please shorten this to at most { $max } characters (it has { $count }).
error-postal-code = Give a Canadian postal code like M5H 2N2, or just its first three characters.
error-latitude-range = Latitude must be between -90 and 90.
error-longitude-range = Longitude must be between -180 and 180.
error-latitude-missing = Give the latitude with the longitude.
error-longitude-missing = Give the longitude with the latitude.
error-number = Enter a number in degrees, like 43.6535 or -79.3841.
error-language-code = “{ $code }” is not a language code; use one like en, fr, zh-Hant or ar.
error-anonymous-with-contact = To stay anonymous, leave the name, e-mail and phone empty; or untick “Send it anonymously”.
error-email = This does not look like an e-mail address. Check it has one @ and a domain, like name@example.ca.
error-phone = Give a phone number of 10 to 15 digits, such as 416-555-0123.
error-contact-missing = Give an e-mail address or a phone number so that we can answer you, or choose to stay anonymous.
error-contact-method-needs = { $needs ->
    [email] To be contacted this way, also give an e-mail address.
   *[phone] To be contacted this way, also give a phone number.
}
error-service-request = Give the service request number as it was given to you (at most 40 characters).
error-consent = Please confirm that you have read how the City uses this information.
error-too-many-files = Send at most { $files } files.
error-file-type = “{ $file }” cannot be read as a JPEG, PNG or PDF file: send one of those.
error-file-size = “{ $file }” is larger than { $mb } MB: send a smaller photo or a scan at lower resolution.

## After sending

submitted-title = Received
submitted-heading = { $kind ->
    [compliment] Thank you: we received your compliment
    [comment] Thank you: we received your comment
   *[complaint] Thank you: we received your complaint
}
submitted-number = Your tracking number is
submitted-keep = Write it down or keep this page. You need it to follow your case, and 311 agents can look it up.
submitted-next = What happens next
submitted-acknowledge = { $division } will acknowledge your complaint within { $days ->
    [one] { $days } business day
   *[other] { $days } business days
}.
submitted-answer = Staff will look into it and answer you within { $days ->
    [one] { $days } business day
   *[other] { $days } business days
}. If they need more information, they will contact you.
submitted-review = If you are not satisfied with the answer, you can ask for a review by someone else.
submitted-compliment = We will pass your thanks to the staff and the supervisor at { $division }.
submitted-comment = { $division } will read your comment. You do not need to do anything else.
submitted-follow = Follow your case

## Following a case

track-title = Follow your case
track-number = Tracking number
track-number-hint = Ten digits, like 1234-5678-90. You got it when you sent your case.
track-find = Find my case
track-not-found = No case has this tracking number. Check the digits, or call 311.
track-not-a-number = That is not a tracking number: it has ten digits, like 1234-5678-90.
track-wrong-digit = This tracking number has a mistyped digit or two digits swapped. Check it, or call 311.
case-title = Case { $tracking }
case-status = Status
case-kind = Type
case-kind-value = { $kind ->
    [compliment] Compliment
    [comment] Comment
   *[complaint] Complaint
}
case-division = Handled by
case-category = About
case-received = Received
case-acknowledged = Acknowledged
case-closed = Closed
case-expect = When to expect us
case-acknowledge-by = We will acknowledge it by { $date }.
case-answer-by = We will answer by { $date }.
case-promise = Our promise
case-promise-text = We acknowledge complaints within { $acknowledge } business days and answer within { $answer } business days of receiving them.
case-question-heading = We need information from you
case-question-paused = The time we take to answer does not count while we wait for you.
case-paused-since = Paused since { $date }, while we wait for your answer.
case-answer-label = Your answer
case-confirm-label = Your e-mail address or phone number
case-confirm-hint = As you gave it when you sent this case, so that we know it is you.
case-send = Send
case-updates = Updates
case-no-updates = No updates yet.
case-review-heading = Not satisfied with our answer?
case-review-text = Ask for a review. Someone who did not handle your complaint will look at it again and answer within { $review } business days. Ask within { $window } days of our answer; after that, a supervisor decides whether to review it. You can also call 311 with your tracking number.
case-review-reason = Why are you not satisfied?
case-review-send = Ask for a review
case-ombudsman-heading = Still not satisfied?
case-ombudsman-text = Your complaint has had the City's last review. You can ask the City's Ombudsman, who is independent of the City's divisions, to look into it. Contact the Ombudsman's office and give your tracking number, { $tracking }.
case-messages-heading = E-mails and text messages
case-messages-text = We write to you when there is news about this case. You can stop these messages: the case goes on, and you can still follow it here.
case-messages-stop = Stop messages about this case
case-messages-stopped-text = You asked us to stop sending messages about this case. You can still follow it here, or start the messages again.
case-messages-resume = Start messages again
case-another = Follow another case
case-changed = Your case changed while you were writing. Look at it again, and send your message again if it is still needed.

status-received = Received, waiting to be acknowledged
status-acknowledged = Acknowledged, being looked into
status-in_progress = Being looked into
status-resolved = Answered
status-awaiting_information = Waiting for information from you
status-escalation_requested = Your request for a review is with a supervisor
status-escalated = Under review
status-closed = Closed

timeline-received = We received it.
timeline-acknowledged = The division acknowledged it and is looking into it.
timeline-message = Message from the City: { $text }
timeline-answered = Answered: { $outcome }.
timeline-review-answered = Review answered: { $outcome }.
timeline-extension = We need more time: { $reason } We will answer by { $date }.
timeline-question = We asked you: { $text }
timeline-information = You sent the information we asked for.
timeline-review-requested = You asked for a review.
timeline-closed = The case was closed.

## What residents can do on their case, and why it may be refused

action-too-long = Please shorten this to at most { $max } characters (it has { $count }).
action-reason-missing = Please tell us why you are not satisfied.
action-information-missing = Please write your answer.
action-not-yours = Give the e-mail address or phone number you gave when you sent this case.
action-anonymous = This case was sent without contact details, so we cannot confirm online that it is yours. Call 311 with its tracking number.
action-review-not-now = A review can be asked for only once the City has answered, and only once per answer.
action-information-not-now = We are not waiting for information on this case.

## Error pages

page-not-found-title = Page not found
page-not-found = We could not find that page. Check the address, or start from the home page.
page-internal-title = Something went wrong on our side
page-internal = Nothing was lost. Please try again in a moment, or call 311.
page-too-many-title = Please slow down
page-too-many = Too many requests came from your connection. Wait a minute, then try again.
page-conflict-title = Your case changed
page-bad-request-title = We could not read that
page-bad-form = The form could not be read. Please go back and send it again.
page-home-link = Go to the home page

## Open data

open-data-title = Open data
open-data-lead = Every complaint, compliment and comment the City receives, in files anyone may use. They hold no personal data: no names or contacts, no words written by residents or staff, no exact addresses and no staff names. Places are given by ward and the first three characters of the postal code, and dates by the day.
open-data-csv = Download all cases as CSV
open-data-json = Download all cases as JSON
open-data-columns = What each column holds
open-data-column = Column
open-data-meaning = What it holds
footer-open-data = Open data about complaints and compliments
open-data-col-tracking-number = The case's public tracking number.
open-data-col-kind = Complaint, compliment or comment.
open-data-col-channel = How it came: the web, the app, a phone call, in person, mail, e-mail, chat or Open311.
open-data-col-division = The division handling it.
open-data-col-section = The division's section, when known.
open-data-col-category = The category, when known.
open-data-col-ward = The City ward of the place, when a place was given.
open-data-col-postal-prefix = The first three characters of the postal code, when given.
open-data-col-language = The language chosen for messages, or “other”.
open-data-col-received-on = The day it was received.
open-data-col-acknowledged-on = The day it was acknowledged.
open-data-col-status = Where it is now in the process.
open-data-col-stage = 1 for the division's answer; 2 once a review was asked for.
open-data-col-first-outcome = The outcome of the division's answer.
open-data-col-first-answered-on = The day of the division's answer.
open-data-col-review-outcome = The outcome of the review, when there was one.
open-data-col-review-answered-on = The day of the review's answer.
open-data-col-extensions = How many times the division took more time.
open-data-col-ombudsman-referred = Whether the resident took the case to the Ombudsman.
open-data-col-closed-on = The day it was closed.

# Shown on every page of a training sandbox (heard serve --training).
training-banner-title = Training mode.
training-banner = This is a practice copy of the system: nothing sent here reaches the City or any resident, and nothing here is counted.

# The public report (/reports).
nav-reports = Reports
reports-title = How the City handles complaints
reports-lead = Figures on the complaints, compliments and comments the City received, by division and by quarter. They are counted from the history of every case.
reports-quarter-label = Quarter
reports-quarter = { $year }, quarter { $q }
reports-show = Show
reports-summary-title = In short
reports-summary = In { $quarter }, the City received { $received } complaints, compliments and comments.
reports-summary-answered = { $share } of first answers came within the service standard.
reports-summary-median = Half of the first answers came within { $days } business days.
reports-summary-reviews = Residents asked for a review of { $share } of the complaints answered.
reports-summary-small = Fewer than 10 cases were received in { $quarter }, so the figures are not shown, to protect the privacy of the people who wrote.
reports-by-division = By division, { $quarter }
reports-by-quarter = The whole City, quarter by quarter
reports-col-division = Division
reports-col-quarter = Quarter
reports-col-received = Cases received
reports-col-acknowledged = Acknowledged within the standard
reports-col-answered = First answers
reports-col-median = Median business days to a first answer
reports-col-within = First answers within the standard
reports-col-closed = Cases closed
reports-col-reviews = Reviews asked for
reports-col-ombudsman = Taken to the Ombudsman
reports-col-compliments = Compliments
reports-all-divisions = All divisions
reports-suppressed = fewer than 10
reports-reading-title = How to read these figures
reports-note-suppression = To protect privacy, a count under 10 is shown as “fewer than 10”, and a share or a time worked out from such a count is left out (–).
reports-note-days = Business days are Monday to Friday, without public holidays. Days spent waiting for a resident's answer do not count.
reports-note-standard = Each division publishes its service standards: how many business days it takes to acknowledge a complaint and to answer it.
reports-open-data = Every case, without personal details, is in the open data.

## The chatbot

nav-chat = Chat with us
chat-title = Chat with us
chat-lead = Tell me in your own words what happened. I will suggest where it should go, ask a few questions and send it for you. You can also use the form.
chat-describe = What happened? A few sentences are enough.
chat-log-label = Conversation
chat-you = You
chat-bot = City assistant
chat-your-message = Your message
chat-send = Send
chat-continue = Continue
chat-skip = Skip
chat-skipped = (skipped)
chat-start-again = Start again
chat-empty = I did not get any words. Please write what happened.
chat-not-understood = Sorry, I did not understand that. You can answer with the form below, use the buttons, use the form instead, or talk to a person.
chat-proposal = Here is what I understood. If it is not right, change it below.
chat-proposal-guess = I am not sure I understood. Here is my best guess: please check it below.
chat-proposal-none = Sorry, I did not understand which service this is about. Choose one below, or choose “{ form-not-sure }” and 311 will find the right division. You can also use the form or talk to a person.
chat-service-request = If you already reported it and it was not fixed, or it took too long, that is a complaint, and I can send it for you.
chat-already-reported = I already reported it: make a complaint
chat-ask-location = Where did it happen? Give an address or an intersection, or skip this question.
chat-ask-remedy = What would you like the City to do about it? You can skip this question.
chat-ask-contact = How can the City reach you? Give an e-mail address or a phone number, or send it anonymously.
chat-contact-given = Here are my contact details.
chat-ask-language = In which language should the City write to you?
chat-summary = Please check everything, then send it.
chat-send-case = Send it
chat-fix = Please fix this first:
chat-status-ask = Type the tracking number (ten digits, like 1234-5678-90) and I will tell you where the case stands.
chat-person = To talk to a person, call 311 (or 416-392-2489 from outside the city), any time of day. You can also use the form.
chat-actions-label = Other things I can help with
chat-action-status = Where is my case?
chat-action-standards = How long it takes, and reviews
chat-action-person = Talk to a person
chat-action-form = Use the form instead
reports-requests-title = 311 service requests by ward
reports-requests-lead = Service requests published by the City's 311 system and loaded here, over all their dates. They are not complaints: they show where residents asked for a service.
reports-col-ward = Ward
reports-col-requests = Service requests
reports-col-requests-closed = Closed
reports-no-ward = Outside the wards, or no place given
