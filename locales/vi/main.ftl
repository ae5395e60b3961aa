# Voices — Tiếng Việt (Vietnamese). DRAFT: needs review by a native speaker.
# Source: locales/en/main.ftl. Keep { $name } etc. exactly as they are.

## Every page
page-title = Voices
site-name = Voices
skip-to-content = Đi đến nội dung chính
quick-exit = Thoát khỏi trang này
language-switcher = Chọn ngôn ngữ của bạn

## Start page
landing-heading = Tiếng nói của bạn rất quan trọng
landing-intro = Voices là một nơi an toàn để bạn kể câu chuyện của mình, hoặc cho chúng tôi biết về một dịch vụ lẽ ra phải giúp bạn.
landing-share-story = Kể câu chuyện của bạn
landing-give-feedback = Cho chúng tôi biết về một dịch vụ
landing-what-happens-heading = Điều gì xảy ra với bài viết của bạn
landing-no-name = Bạn không cần cho biết tên. Chúng tôi không bao giờ hỏi bạn là ai.
landing-encrypted = Bài viết của bạn được khóa lại (mã hóa) ngay khi bạn gửi.
landing-who-reads = Chỉ một nhóm nhỏ đã được đào tạo đọc bài viết. Họ xóa tên người, tên nơi chốn và tên trường học trước khi chia sẻ bất cứ điều gì.
landing-you-decide = Bạn quyết định điều gì xảy ra với bài viết của mình. Sau này bạn có thể đổi ý hoặc xóa bài viết.
landing-about-link = Tìm hiểu thêm: ai đọc bài viết của bạn và chúng tôi giữ bài viết bao lâu
landing-leave-heading = Rời đi nhanh
landing-leave-quickly = Nếu cần rời đi nhanh, hãy bấm "Thoát khỏi trang này" ở đầu trang.
landing-safety-link = Cách giữ an toàn trên mạng
landing-come-back-heading = Quay lại sau
landing-come-back = Sau khi gửi, bạn sẽ nhận được một mã. Với mã này, bạn có thể quay lại để đọc câu trả lời, thay đổi lựa chọn, hoặc xóa bài viết của mình.

## Help now
help-now-heading = Nhận giúp đỡ ngay
help-now-intro = Các dịch vụ này miễn phí và bạn không cần cho biết tên.

## Sharing
share-no-name = Nếu không muốn, bạn đừng viết tên mình hay tên của bất kỳ ai.
share-we-remove-details = Trước khi chia sẻ bất cứ điều gì, chúng tôi xóa tên người, tên nơi chốn và tên trường học. Chúng tôi không bao giờ thay đổi ý của bạn.
share-text-limit = Bạn có thể viết tối đa { $limit } ký tự.
share-text-counter = Số ký tự còn lại:
share-submit = Gửi
share-honeypot-label = Vui lòng để trống ô này
share-copy-your-words = Đây là bài viết của bạn, để bạn có thể sao chép và cất giữ an toàn
share-text-missing = Vui lòng viết gì đó trước khi gửi.
share-text-too-long = Bài này quá dài. Vui lòng viết ngắn lại. Bài viết của bạn vẫn còn ở đây.
share-not-saved = Lúc này chúng tôi chưa lưu được. Bài viết của bạn vẫn còn ở đây. Vui lòng thử lại sau vài phút.
share-honeypot-filled = Vui lòng xóa hết chữ trong ô này, rồi gửi lại.
form-nothing-lost = Bài viết của bạn vẫn còn ở đây. Không có gì bị mất.
form-invalid-choice = Vui lòng chọn một trong các lựa chọn.

story-heading = Kể câu chuyện của bạn
story-text-label = Câu chuyện của bạn
story-text-hint = Bạn có thể viết bằng bất kỳ ngôn ngữ nào. Viết nhiều hay ít là tùy bạn.
story-themes-legend = Câu chuyện của bạn nói về điều gì? (bạn có thể bỏ qua)
story-themes-hint = Đánh dấu những điều phù hợp. Việc này giúp chúng tôi hiểu hơn. Bạn cũng có thể không đánh dấu gì.

## Consent
consent-heading = Lựa chọn của bạn
consent-intro = Bạn quyết định điều gì xảy ra với bài viết của mình. Sau này bạn có thể thay đổi, bằng mã của bạn.
consent-use-legend = Chúng tôi được làm gì với bài viết của bạn?
consent-use-publish = Đăng bài viết của tôi trên trang web này, sau khi tôi đồng ý với bản đã chỉnh sửa
consent-use-themes-only = Chỉ dùng để đếm những điều người trẻ kể, không dùng câu chữ của tôi
consent-use-team-only = Chỉ nhóm phụ trách được đọc bài viết của tôi
consent-quotes-legend = Chúng tôi có thể dùng vài câu ngắn trong bài viết của bạn cho các báo cáo của chúng tôi không?
consent-quotes-hint = Chúng tôi không bao giờ dùng tên bạn hay bất cứ điều gì cho thấy bạn là ai.
consent-quotes-yes = Có
consent-quotes-no = Không
consent-use-missing = Vui lòng chọn điều chúng tôi được làm với bài viết của bạn.
consent-quotes-missing = Vui lòng chọn có hoặc không.
consent-now-publish = Hiện tại: chúng tôi có thể đăng bài viết của bạn, sau khi bạn đồng ý với bản đã chỉnh sửa.
consent-now-themes-only = Hiện tại: chúng tôi chỉ dùng bài viết của bạn để đếm những điều người trẻ kể với chúng tôi.
consent-now-team-only = Hiện tại: chỉ nhóm phụ trách được đọc bài viết của bạn.

## Service feedback
feedback-heading = Cho chúng tôi biết về một dịch vụ
feedback-service-legend = Đó là dịch vụ nào?
feedback-service-missing = Vui lòng chọn một dịch vụ.
service-police = Cảnh sát
service-social-care = Dịch vụ xã hội cho trẻ em (nhân viên xã hội)
service-placement = Gia đình nuôi tạm thời hoặc nhà chăm sóc trẻ em
service-guardian = Người giám hộ độc lập
service-referral = Quy trình giới thiệu (được xác định là nạn nhân)
service-health = Sức khỏe hoặc sức khỏe tinh thần
service-school = Trường học hoặc cao đẳng
service-legal-advice = Tư vấn pháp lý (luật sư)
service-immigration = Di trú hoặc Bộ Nội vụ (Home Office)
service-youth-justice = Tư pháp người chưa thành niên hoặc tòa án
service-charity = Một tổ chức từ thiện
service-interpreter = Một phiên dịch viên
service-other = Điều khác
feedback-region-label = Chuyện này xảy ra ở đâu? (bạn có thể bỏ qua)
feedback-region-hint = Chỉ là một vùng lớn, không bao giờ là tên thị trấn.
feedback-region-none = Chọn một vùng
region-north-east = Đông Bắc nước Anh
region-north-west = Tây Bắc nước Anh
region-yorkshire = Yorkshire và Humber
region-east-midlands = Đông Midlands (East Midlands)
region-west-midlands = Tây Midlands (West Midlands)
region-east-of-england = Miền Đông nước Anh
region-london = Luân Đôn (London)
region-south-east = Đông Nam nước Anh
region-south-west = Tây Nam nước Anh
region-scotland = Scotland
region-wales = Xứ Wales
region-northern-ireland = Bắc Ireland
region-prefer-not-to-say = Tôi không muốn nói
feedback-questions-heading = Năm câu hỏi
feedback-questions-hint = Trả lời những câu bạn muốn. Bạn có thể bỏ qua bất kỳ câu nào.
question-listened = Họ có lắng nghe bạn không?
question-believed = Họ có tin bạn không?
question-kept-informed = Họ có cho bạn biết chuyện gì đang xảy ra không?
question-felt-safe = Bạn có cảm thấy an toàn không?
question-own-language = Bạn có được dùng ngôn ngữ của mình không?
answer-1 = Hoàn toàn không
answer-2 = Một chút
answer-3 = Đôi khi
answer-4 = Phần lớn thời gian
answer-5 = Có, hoàn toàn
answer-prefer-not-to-say = Tôi không muốn nói
feedback-text-label = Bạn còn muốn kể gì thêm không? (bạn có thể bỏ qua)
feedback-text-hint = Bạn có thể viết bằng bất kỳ ngôn ngữ nào.
feedback-age-legend = Bạn bao nhiêu tuổi? (bạn có thể bỏ qua)
feedback-age-hint = Chúng tôi không bao giờ hỏi ngày sinh của bạn.
age-band-under-16 = Dưới 16 tuổi
age-band-16-17 = 16 hoặc 17 tuổi
age-band-18-21 = Từ 18 đến 21 tuổi
age-band-22-25 = Từ 22 đến 25 tuổi

## Receipt
receipt-created-heading = Cảm ơn bạn. Chúng tôi đã nhận được bài viết của bạn.
receipt-created-intro = Đây là mã của bạn:
receipt-created-why = Hãy giữ kỹ mã này: đây là cách duy nhất để quay lại bài viết của bạn, và chúng tôi không thể cho bạn xem lại mã này.
receipt-created-keep = Hãy chép lại hoặc chụp ảnh, và cất ở nơi chỉ mình bạn thấy được. Ai có mã này cũng đọc được bài viết của bạn.
receipt-created-print = Bạn cũng có thể in trang này.
receipt-print-button = In trang này
receipt-created-next = Một người đã được đào tạo sẽ sớm đọc bài viết của bạn. Hãy quay lại bằng mã của bạn để xem chuyện gì đang diễn ra.
receipt-lookup-link = Quay lại bằng mã của bạn
receipt-heading = Quay lại bằng mã của bạn
receipt-intro = Nhập mã bạn nhận được khi gửi. Chữ thường hay chữ hoa đều được, có hoặc không có dấu gạch ngang.
receipt-code-label = Mã của bạn
receipt-code-hint = Mã trông như thế này: 7KQ2-M9XD-4HFA-R3TC
receipt-open = Mở
receipt-code-invalid = Mã có 16 chữ cái và chữ số. Vui lòng kiểm tra rồi thử lại.
receipt-code-not-found = Chúng tôi không tìm thấy mã này. Vui lòng kiểm tra rồi thử lại.
receipt-view-heading = Bài viết của bạn
receipt-status-heading = Điều gì đang diễn ra
receipt-your-words = Những gì bạn đã viết
receipt-consent-heading = Lựa chọn của bạn
receipt-consent-save = Lưu lựa chọn của tôi
receipt-consent-saved = Đã lưu lựa chọn của bạn.
status-received = Chúng tôi đã nhận được bài viết của bạn. Chưa có ai đọc.
status-in-review = Một người đã được đào tạo đang đọc bài viết của bạn.
status-awaiting-survivor = Chúng tôi có một câu hỏi hoặc một bản đã chỉnh sửa cho bạn. Vui lòng đọc ở bên dưới.
status-approved = Bài viết của bạn đã sẵn sàng để đăng, như bạn đã đồng ý.
status-published = Bài viết của bạn đã được đăng trên trang web này, như bạn đã đồng ý.
status-themes-only = Bài viết của bạn được dùng để đếm những điều người trẻ kể với chúng tôi. Bài viết không được đăng.
status-team-only = Chỉ nhóm phụ trách đọc bài viết của bạn. Bài viết không được đăng.
status-declined = Lần này chúng tôi không thể đăng bài viết của bạn. Vui lòng đọc tin nhắn của chúng tôi ở bên dưới.
status-withdrawn = Bạn đã xóa bài viết của mình. Bài viết không còn nữa.
withdraw-heading = Xóa tất cả
withdraw-intro = Bạn có thể xóa bài viết của mình bất cứ lúc nào. Sau khi xóa thì không lấy lại được.
withdraw-start = Xóa bài viết của tôi
withdraw-confirm-heading = Bạn có chắc không?
withdraw-confirm-intro = Nếu bạn xóa bài viết, nó sẽ mất mãi mãi. Không ai có thể đọc lại, kể cả bạn hay chúng tôi.
withdraw-confirm-permanent = Sau khi xóa thì không lấy lại được.
withdraw-confirm-button = Có, xóa bài viết của tôi
withdraw-cancel = Không, quay lại
withdrawn-heading = Bài viết của bạn đã được xóa
withdrawn-done = Bài viết của bạn không còn nữa. Bây giờ không ai đọc được nó.
withdrawn-code-still-works = Nếu bạn dùng lại mã của mình, trang sẽ chỉ báo rằng bài viết của bạn đã được xóa.

## Staying safe
safety-heading = Giữ an toàn trên mạng
safety-leave-heading = Rời đi nhanh
safety-leave-button = Bấm "Thoát khỏi trang này" ở đầu bất kỳ trang nào. Nút này mở một trang web về thời tiết.
safety-leave-keys = Trên máy tính, bạn cũng có thể bấm nhanh phím Shift ba lần.
safety-private-heading = Dùng chế độ duyệt web riêng tư
safety-private-what = Trong cửa sổ riêng tư, điện thoại hoặc máy tính của bạn không lưu lại các trang bạn đã xem.
safety-private-how = Trong hầu hết trình duyệt, hãy mở menu và chọn "Cửa sổ riêng tư mới" hoặc "Thẻ ẩn danh mới".
safety-history-heading = Xóa lịch sử của bạn
safety-history-what = Nếu bạn không dùng cửa sổ riêng tư, người khác có thể thấy trang này trong lịch sử của bạn.
safety-history-how = Mở phần cài đặt của trình duyệt, tìm "Lịch sử", rồi xóa các trang của trang web này.
safety-shared-heading = Nếu có người kiểm tra điện thoại của bạn
safety-shared-phone = Trang này không gửi email hay tin nhắn, và không lưu gì trên điện thoại của bạn.
safety-shared-code = Hãy cất mã của bạn ở nơi chỉ mình bạn thấy được. Ai có mã này cũng đọc được bài viết của bạn.

## About
about-heading = Về Voices
about-what-heading = Voices là gì
about-what = Voices do những người làm việc với người trẻ từng bị bóc lột điều hành. Chúng tôi muốn các dịch vụ biết lắng nghe, tin các bạn trẻ và làm tốt hơn.
about-who-heading = Ai đọc bài viết của bạn
about-who = Chỉ một nhóm nhỏ đã được đào tạo đọc những gì bạn gửi. Họ làm theo những quy tắc rõ ràng để giữ an toàn cho bạn và tôn trọng bài viết của bạn.
about-who-not = Không ai khác đọc được bài viết của bạn: không phải những người quản lý máy tính, cũng không phải các dịch vụ mà bạn viết về.
about-happens-heading = Điều gì xảy ra với bài viết của bạn
about-happens-review = Một người đã được đào tạo đọc bài viết của bạn. Họ xóa tên người, tên nơi chốn và tên trường học. Họ không bao giờ thay đổi ý của bạn.
about-happens-choices = Không có gì được chia sẻ nếu bạn chưa đồng ý. Nếu bài viết của bạn sẽ được chia sẻ, bạn sẽ xem bản đã chỉnh sửa trước và tự quyết định.
about-happens-themes = Chúng tôi đếm những điều mà nhiều người trẻ kể, để cho các dịch vụ thấy cần thay đổi điều gì. Các con số này không bao giờ cho biết ai là ai.
about-kept-heading = Chúng tôi giữ bài viết của bạn bao lâu
about-kept = Chúng tôi giữ bài viết của bạn trong lúc nhóm phụ trách còn làm việc với nó, và xóa những bài không được dùng sau một thời gian nhất định.
about-kept-withdraw = Bạn có thể tự xóa bài viết của mình bất cứ lúc nào bằng mã của bạn. Khi bạn xóa, bài viết mất ngay lập tức.
about-safe-heading = Chúng tôi giữ an toàn cho bài viết của bạn như thế nào
about-safe-encrypted = Bài viết của bạn được khóa lại (mã hóa) ngay khi đến nơi. Chỉ nhóm phụ trách, hoặc bạn với mã của mình, mới mở khóa được.
about-safe-no-trace = Chúng tôi không lưu địa chỉ IP của bạn, và không dùng cookie trên các trang này.

## Staff area
staff-login-title = Đăng nhập cho nhân viên
staff-name = Tên
staff-passphrase = Cụm mật khẩu
staff-sign-in = Đăng nhập
staff-sign-out = Đăng xuất
staff-signed-in-as = Đã đăng nhập với tên { $name } ({ $role })
staff-role = Vai trò
staff-role-admin = Quản trị viên
staff-role-moderator = Người kiểm duyệt
staff-role-safeguarding-lead = Người phụ trách bảo vệ
staff-role-practitioner = Nhân viên hỗ trợ
staff-status = Trạng thái
staff-status-active = Đang hoạt động
staff-status-disabled = Đã tắt
staff-dashboard-title = Khu vực nhân viên
staff-dashboard-intro = Bạn đã đăng nhập. Bạn sẽ tự động được đăng xuất sau 30 phút không hoạt động.
staff-list-heading = Nhân viên
staff-add-hint = Để thêm hoặc tắt tài khoản nhân viên, hãy dùng lệnh voices staff trên máy chủ.

## First admin
setup-title = Tạo tài khoản quản trị đầu tiên
setup-intro = Đường link này chỉ dùng được một lần. Tài khoản bạn tạo ở đây có thể thêm nhân viên khác.
setup-passphrase-hint = Dùng ít nhất 12 ký tự. Vài từ không liên quan đến nhau vừa mạnh vừa dễ nhớ.
strength-too-short = Còn quá ngắn: hãy viết tiếp.
strength-acceptable = Tốt. Thêm vài từ nữa sẽ mạnh hơn.
strength-strong = Mạnh.
setup-passphrase-confirm = Nhập lại cụm mật khẩu
setup-submit = Tạo tài khoản quản trị
setup-done-title = Tài khoản quản trị đã sẵn sàng
setup-done = Bây giờ bạn có thể đăng nhập. Đường link thiết lập này sẽ không dùng được nữa.

## Forms
form-error-summary = Vui lòng kiểm tra chỗ này:
error-name-required = Vui lòng nhập tên.
error-passphrase-required = Vui lòng nhập cụm mật khẩu.
error-confirm-required = Vui lòng nhập lại cụm mật khẩu.
error-field-required = Vui lòng điền vào đây.

## Errors
error-title = Đã có lỗi xảy ra
error-not-found-title = Chúng tôi không tìm thấy trang này
error-rate-limited-title = Vui lòng chờ một chút
error-back-home = Về trang đầu
error-not-found = Trang này có thể đã được chuyển đi, hoặc đường link có thể bị sai.
error-rate-limited =
    { $minutes ->
       *[other] Đã có quá nhiều lần thử. Vui lòng chờ { $minutes } phút rồi thử lại.
    }
error-sign-in-failed = Tên hoặc cụm mật khẩu chưa đúng.
error-not-signed-in = Vui lòng đăng nhập trước.
error-forbidden = Tài khoản của bạn không thể làm việc này.
error-csrf-mismatch = Biểu mẫu này đã mở quá lâu. Vui lòng thử lại.
error-name-taken = Đã có người dùng tên này. Vui lòng chọn tên khác.
error-name-empty = Vui lòng nhập tên.
error-name-too-long = Tên chỉ được dài tối đa 64 ký tự.
error-name-invalid = Tên không được chứa ký tự điều khiển ẩn.
error-weak-passphrase = Cụm mật khẩu quá ngắn hoặc quá đơn giản. Hãy dùng ít nhất 12 ký tự.
error-common-passphrase = Nhiều người dùng cụm mật khẩu này nên rất dễ đoán. Hãy chọn vài từ không liên quan đến nhau.
error-passphrase-too-long = Cụm mật khẩu quá dài. Hãy dùng tối đa 1024 ký tự.
error-passphrase-mismatch = Hai cụm mật khẩu không giống nhau.
error-wrong-admin-credentials = Tên quản trị viên hoặc cụm mật khẩu chưa đúng.
error-first-staff-must-be-admin = Tài khoản đầu tiên phải là quản trị viên.
error-no-setup-pending = Không có việc thiết lập nào đang chờ.
error-last-admin = Đây là quản trị viên cuối cùng. Hãy thêm một quản trị viên khác trước.
error-unknown-staff = Không có nhân viên nào tên này.
error-receipt-not-found = Chúng tôi không tìm thấy mã này. Vui lòng kiểm tra rồi thử lại.
error-receipt-invalid = Mã có 16 chữ cái và chữ số. Vui lòng kiểm tra rồi thử lại.
error-consent-locked = Bài viết của bạn đã được đăng, nên bây giờ không thể thay đổi các lựa chọn này. Bạn vẫn có thể xóa bài viết của mình.
error-storage-unavailable = Hiện chúng tôi không thể lưu hoặc đọc dữ liệu. Những gì bạn đã gửi không bị mất. Vui lòng thử lại sau vài phút.
error-internal = Đã có lỗi từ phía chúng tôi. Vui lòng thử lại.
error-bad-request = Chúng tôi không hiểu được nội dung đã gửi. Vui lòng thử lại.
error-payload-too-large = Nội dung bạn gửi quá dài. Vui lòng viết ngắn lại.
error-unprocessable = Một phần nội dung đã gửi chưa đúng. Vui lòng kiểm tra rồi thử lại.
