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
landing-no-name = Bạn không cần cho biết tên. Chúng tôi không bao giờ hỏi bạn là ai.
landing-leave-quickly = Nếu cần rời đi nhanh, hãy bấm "Thoát khỏi trang này" ở đầu trang.

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
error-passphrase-too-long = Cụm mật khẩu quá dài. Hãy dùng tối đa 1024 ký tự.
error-passphrase-mismatch = Hai cụm mật khẩu không giống nhau.
error-wrong-admin-credentials = Tên quản trị viên hoặc cụm mật khẩu chưa đúng.
error-first-staff-must-be-admin = Tài khoản đầu tiên phải là quản trị viên.
error-no-setup-pending = Không có việc thiết lập nào đang chờ.
error-last-admin = Đây là quản trị viên cuối cùng. Hãy thêm một quản trị viên khác trước.
error-unknown-staff = Không có nhân viên nào tên này.
error-storage-unavailable = Hiện chúng tôi không thể lưu hoặc đọc dữ liệu. Những gì bạn đã gửi không bị mất. Vui lòng thử lại sau vài phút.
error-internal = Đã có lỗi từ phía chúng tôi. Vui lòng thử lại.
error-bad-request = Chúng tôi không hiểu được nội dung đã gửi. Vui lòng thử lại.
error-payload-too-large = Nội dung bạn gửi quá dài. Vui lòng viết ngắn lại.
error-unprocessable = Một phần nội dung đã gửi chưa đúng. Vui lòng kiểm tra rồi thử lại.
