# Voices — Tiếng Việt (Vietnamese). DRAFT: needs review by a native speaker.
# Source: locales/en/main.ftl. Keep { $name } etc. exactly as they are.

## Every page
page-title = Voices
site-name = Voices
skip-to-content = Đi đến nội dung chính
quick-exit = Thoát khỏi trang web này
language-switcher = Chọn ngôn ngữ của bạn
danger-now = Đang gặp nguy hiểm? Hãy gọi 999
footer-run-by = Trang web này do { $organisation } điều hành.
footer-privacy = Thông báo về quyền riêng tư
not-emergency = Voices không biết bạn là ai. Vì vậy chúng tôi không thể đến giúp bạn, và cũng không thể trả lời nhanh. Nếu bạn đang gặp nguy hiểm ngay lúc này, hãy gọi 999.
resource-call = Gọi
resource-text = Nhắn tin

## Start page
landing-heading = Tiếng nói của bạn rất quan trọng
landing-intro = Voices là nơi để bạn kể câu chuyện của mình, hoặc cho chúng tôi biết về một dịch vụ lẽ ra phải giúp bạn.
landing-for-everyone = Voices dành cho mọi người trẻ ở Vương quốc Anh, dù bạn sinh ra ở đâu.
landing-share-story = Kể câu chuyện của bạn
landing-give-feedback = Cho chúng tôi biết về một dịch vụ
landing-what-happens-heading = Điều gì xảy ra với bài viết của bạn
landing-no-name = Bạn không cần cho biết tên. Chúng tôi không bao giờ hỏi bạn là ai.
landing-encrypted = Bài viết của bạn được khóa lại (mã hóa) ngay khi bạn gửi.
landing-who-reads = Chỉ một nhóm nhỏ đã được đào tạo đọc bài viết. Trước khi chia sẻ bất cứ điều gì, họ xóa những gì có thể cho biết bạn là ai, như tên, số điện thoại, địa chỉ và trường học. Tên thị trấn và thành phố thường được giữ lại. Nếu bài của bạn được đăng, bạn sẽ xem bản đã chỉnh sửa trước.
landing-you-decide = Bạn quyết định điều gì xảy ra với bài viết của mình. Sau này bạn có thể đổi ý hoặc xóa bài viết.
landing-about-link = Tìm hiểu thêm: ai đọc bài viết của bạn và chúng tôi giữ bài viết bao lâu
landing-leave-heading = Rời đi nhanh
landing-leave-quickly = Nếu cần rời đi nhanh, hãy bấm "Thoát khỏi trang web này" ở đầu trang.
landing-safety-link = Cách giữ an toàn trên mạng
landing-come-back-heading = Quay lại sau
landing-come-back = Sau khi gửi, bạn sẽ nhận được một mã. Với mã này, bạn có thể quay lại để đọc câu trả lời, thay đổi lựa chọn, hoặc xóa bài viết của mình.

## Help now
help-now-heading = Nhận giúp đỡ ngay
help-now-intro = Các dịch vụ này miễn phí và bạn không cần cho biết tên.

## Sharing
share-no-name = Nếu không muốn, bạn đừng viết tên mình hay tên của bất kỳ ai.
share-we-remove-details = Trước khi chia sẻ bất cứ điều gì, chúng tôi xóa những gì có thể cho biết bạn là ai, như tên, số điện thoại, địa chỉ và trường học. Tên thị trấn và thành phố thường được giữ lại. Chúng tôi không bao giờ thay đổi ý của bạn.
share-quick-exit-warning = Nếu bạn bấm "Thoát khỏi trang web này", những gì bạn đã gõ ở đây sẽ bị mất.
share-text-limit =
    { $limit ->
       *[other] Bạn có thể viết tối đa { $limit } ký tự.
    }
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
consent-use-publish-hint = Dù không có tên, người quen biết bạn vẫn có thể nhận ra câu chuyện của bạn.
consent-quotes-when = Chỉ khi bạn đã chọn đăng bài viết của mình trên trang web này. Chúng tôi chỉ dùng những câu trong bản đã chỉnh sửa mà bạn đã đồng ý.
consent-reports-readers = Báo cáo của chúng tôi được gửi đến các tổ chức từ thiện, những người điều hành dịch vụ và những người làm chính sách. Báo cáo không bao giờ cho biết bạn là ai.
consent-privacy-link = Đọc thông báo về quyền riêng tư
consent-kept =
    { $days ->
       *[other] Nếu chúng tôi không dùng bài viết của bạn, chúng tôi sẽ xóa bài viết { $days } ngày sau khi quyết định. Bạn có thể xóa bài viết của mình bất cứ lúc nào bằng mã của bạn. Nhưng những con số hoặc câu chữ đã nằm trong một báo cáo đã phát hành thì vẫn ở lại trong báo cáo đó.
    }
consent-quotes-yes = Có
consent-quotes-no = Không
consent-use-missing = Vui lòng chọn điều chúng tôi được làm với bài viết của bạn.
consent-quotes-missing = Vui lòng chọn có hoặc không.
consent-now-publish = Hiện tại: chúng tôi có thể đăng bài viết của bạn, sau khi bạn đồng ý với bản đã chỉnh sửa.
consent-now-themes-only = Hiện tại: chúng tôi chỉ dùng bài viết của bạn để đếm những điều người trẻ kể với chúng tôi.
consent-now-team-only = Hiện tại: chỉ nhóm phụ trách được đọc bài viết của bạn.
consent-now-quotes = Bạn đã đồng ý cho chúng tôi dùng vài câu ngắn trong các báo cáo của chúng tôi.
police-not-stated = Chúng tôi không biết bạn là ai. Tổ chức này chưa cho biết khi nào họ sẽ chia sẻ thông tin với cảnh sát hoặc cơ quan di trú. Hãy hỏi họ trước khi bạn viết về tình trạng di trú của mình.
police-safeguarding-only = Chúng tôi không biết bạn là ai. Chúng tôi không bao giờ chia sẻ bài viết của bạn với cơ quan di trú. Chúng tôi chỉ liên hệ với cảnh sát hoặc dịch vụ bảo vệ trẻ em nếu nghĩ rằng có người đang gặp nguy hiểm ngay lúc này.
police-only-if-the-law-requires = Chúng tôi không biết bạn là ai. Chúng tôi không chia sẻ bài viết của bạn với cảnh sát hoặc cơ quan di trú, trừ khi luật pháp bắt buộc.

## Service feedback
feedback-heading = Cho chúng tôi biết về một dịch vụ
feedback-service-legend = Đó là dịch vụ nào?
feedback-service-missing = Vui lòng chọn một dịch vụ.
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
feedback-questions-heading = Câu hỏi về dịch vụ
feedback-questions-hint = Trả lời những câu bạn muốn. Bạn có thể bỏ qua bất kỳ câu nào.
feedback-text-label = Bạn còn muốn kể gì thêm không? (bạn có thể bỏ qua)
feedback-text-hint = Bạn có thể viết bằng bất kỳ ngôn ngữ nào.
feedback-age-legend = Bạn bao nhiêu tuổi? (bạn có thể bỏ qua)
feedback-age-hint = Chúng tôi không bao giờ hỏi ngày sinh của bạn.
age-band-under-16 = Dưới 16 tuổi
age-band-16-17 = 16 hoặc 17 tuổi
age-band-18-21 = Từ 18 đến 21 tuổi
age-band-22-25 = Từ 22 đến 25 tuổi
age-band-26-plus = 26 tuổi trở lên
age-band-prefer-not-to-say = Tôi không muốn nói
helped-legend = Có ai giúp bạn điền phần này không? (bạn có thể bỏ qua)
helped-hint = Điều này giúp chúng tôi hiểu lời của bạn.
helped-no = Không, tôi tự làm
helped-worker = Có, một nhân viên hoặc tình nguyện viên
helped-someone-close = Có, một người bạn hoặc người trong gia đình
helped-prefer-not-to-say = Tôi không muốn nói

## Receipt
receipt-created-heading = Cảm ơn bạn. Chúng tôi đã nhận được bài viết của bạn.
receipt-created-intro = Đây là mã của bạn:
receipt-created-why = Hãy giữ kỹ mã này: đây là cách duy nhất để quay lại bài viết của bạn, và chúng tôi không thể cho bạn xem lại mã này.
receipt-created-keep-safe = Hãy chép mã ra và cất ở nơi chỉ mình bạn thấy được, hoặc nhờ một nhân viên hỗ trợ mà bạn tin tưởng giữ giúp. Chụp ảnh thì kém an toàn hơn: ảnh thường được sao chép sang các thiết bị khác và lên bản sao lưu trên mạng. Ai có mã này cũng đọc được bài viết của bạn.
receipt-created-print = Bạn cũng có thể in trang này.
receipt-print-button = In trang này
receipt-created-when = Một người đã được đào tạo sẽ đọc bài viết của bạn. Thường thì bạn sẽ nhận được câu trả lời trong vòng { $weeks ->
       *[other] { $weeks } tuần
    }. Hãy quay lại bằng mã của bạn để xem chuyện gì đang diễn ra.
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
receipt-consent-now-heading = Những gì bạn đã chọn
receipt-consent-change-heading = Thay đổi lựa chọn của bạn
receipt-consent-save = Lưu lựa chọn của tôi
receipt-consent-saved = Đã lưu lựa chọn của bạn.
status-received = Chúng tôi đã nhận được bài viết của bạn. Chưa có ai đọc.
status-in-review = Một người đã được đào tạo đang đọc bài viết của bạn.
status-awaiting-survivor = Chúng tôi có một câu hỏi hoặc một bản đã chỉnh sửa cho bạn. Vui lòng đọc ở bên dưới.
status-approved = Bài viết của bạn đã sẵn sàng để đăng, như bạn đã đồng ý.
status-published = Bài viết của bạn đã được đăng trên trang web này, như bạn đã đồng ý.
status-themes-only = Bài viết của bạn được dùng để đếm những điều người trẻ kể với chúng tôi. Bài viết không được đăng.
status-team-only = Chỉ nhóm phụ trách đọc bài viết của bạn. Bài viết không được đăng.
status-declined = Lần này chúng tôi không thể đăng bài viết của bạn. Vui lòng đọc lời nhắn của chúng tôi ở bên dưới.
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
receipt-link-expired = Trang này đã đóng lại để giữ an toàn cho mã của bạn. Vui lòng nhập lại mã của bạn.
receipt-close-tab = Nếu bạn dùng điện thoại hoặc máy tính mà người khác cũng dùng, hãy đóng trang này khi xong.

## Receipt: messages and edited versions
receipt-messages-heading = Lời nhắn giữa bạn và nhóm phụ trách
receipt-messages-none = Chưa có lời nhắn nào.
message-from-team = Nhóm phụ trách
message-from-you = Bạn
message-from-survivor = Người viết
receipt-reply-label = Viết cho nhóm phụ trách
receipt-reply-hint = Chỉ nhóm phụ trách đọc được lời nhắn này. Bạn không cần trả lời điều gì mà bạn không muốn.
receipt-reply-send = Gửi
receipt-reply-sent = Lời nhắn của bạn đã được gửi. Nhóm phụ trách sẽ đọc.
receipt-edit-heading = Nhóm phụ trách đề xuất một bản đã chỉnh sửa
receipt-edit-approved-heading = Bản bạn đã đồng ý
receipt-edit-intro = Chúng tôi đã bỏ những chi tiết có thể cho biết bạn là ai. Vui lòng đọc bản này. Không có gì được chia sẻ nếu bạn chưa đồng ý.
receipt-edit-yours = Những gì bạn đã viết
receipt-edit-suggested = Bản đã chỉnh sửa
receipt-edit-choose = Bây giờ bạn chọn điều gì sẽ xảy ra.
receipt-edit-approve = Có, bản này được rồi
receipt-edit-changes-label = Bạn muốn thay đổi điều gì?
receipt-edit-changes-hint = Hãy nói với chúng tôi theo cách của bạn. Chúng tôi sẽ gửi cho bạn một bản mới.
receipt-edit-changes = Đề nghị sửa thêm
receipt-edit-refuse-intro = Nếu bạn không muốn chia sẻ bản nào cả, hãy chọn không. Các lựa chọn khác của bạn vẫn giữ nguyên.
receipt-edit-refuse = Không, đừng chia sẻ
receipt-approved = Cảm ơn bạn. Bạn đã đồng ý với bản này.
receipt-changes-sent = Cảm ơn bạn. Nhóm phụ trách sẽ đọc những điều bạn muốn thay đổi.
receipt-refused = Cảm ơn bạn. Bản này sẽ không được chia sẻ.
receipt-second-look-label = Bạn có muốn một người khác xem lại không?
receipt-second-look-hint = Bạn có thể đề nghị một lần. Một người khác trong nhóm phụ trách sẽ đọc bài viết của bạn. Bạn có thể thêm một lời nhắn nếu muốn.
receipt-second-look = Nhờ xem lại lần hai
receipt-second-look-sent = Cảm ơn bạn. Một người khác sẽ xem lại bài viết của bạn.
message-empty = Vui lòng viết lời nhắn trước.
message-too-long = Lời nhắn này quá dài. Vui lòng viết tối đa 2000 ký tự.
error-not-now-survivor = Lúc này không thể làm việc này. Trang này cho biết bạn có thể làm gì.
error-item-changed-survivor = Đã có thay đổi trong lúc bạn ở trang này. Vui lòng xem lại và thử thêm một lần nữa.
error-cross-site = Biểu mẫu này được gửi từ một trang web khác, nên chúng tôi không dùng nó. Không có gì bị mất. Nếu bạn muốn gửi, vui lòng gửi lại từ trang này.

## Stories
stories-title = Câu chuyện
stories-intro = Những người trẻ đã chọn chia sẻ các câu chuyện này. Chúng tôi đã bỏ những chi tiết có thể cho biết họ là ai, và mỗi người đã đồng ý với câu chữ cuối cùng.
stories-filter-theme = Chủ đề
stories-filter-language = Ngôn ngữ
stories-any = Tất cả
stories-filter-apply = Hiển thị
stories-none = Chưa có câu chuyện nào ở đây.
stories-themes = Nói về:
stories-warning = Cảnh báo nội dung:
stories-warning-choice = Bạn có thể chọn không đọc.
stories-read = Đọc câu chuyện này
stories-show = Hiện câu chuyện
story-page-title = Một câu chuyện
stories-agreed = Người viết đã đồng ý chia sẻ những câu chữ này.
stories-back = Quay lại tất cả câu chuyện

## Staying safe
safety-heading = Giữ an toàn trên mạng
safety-leave-heading = Rời đi nhanh
safety-leave-button = Bấm "Thoát khỏi trang web này" ở đầu bất kỳ trang nào. Nút này mở một trang web về thời tiết.
safety-leave-keys = Trên máy tính, bạn cũng có thể bấm nhanh phím Shift ba lần.
safety-leave-loses = Nếu bạn thoát theo cách này khi đang viết, những gì bạn đã gõ sẽ bị mất.
safety-private-heading = Dùng chế độ duyệt web riêng tư
safety-private-what = Trong cửa sổ riêng tư, điện thoại hoặc máy tính của bạn không lưu lại các trang bạn đã xem.
safety-private-browsers = Chrome: mở menu và chọn "Thẻ ẩn danh mới". Safari trên iPhone: chạm vào nút các thẻ (tab), rồi chọn "Riêng tư". Samsung Internet: chạm vào nút các thẻ (tab), rồi chọn "Turn on Secret mode". Firefox: mở menu và chọn "Cửa sổ riêng tư mới".
safety-private-limits = Chế độ riêng tư không giấu được những gì bạn làm khỏi các ứng dụng theo dõi. Nếu người khác kiểm soát điện thoại của bạn, họ vẫn có thể thấy. Nếu được, hãy dùng điện thoại hoặc máy tính mà bạn tin tưởng.
safety-history-heading = Xóa lịch sử của bạn
safety-history-what = Nếu bạn không dùng cửa sổ riêng tư, người khác có thể thấy trang này trong lịch sử của bạn.
safety-history-how = Mở phần cài đặt của trình duyệt, tìm "Lịch sử", rồi xóa các trang của trang web này.
safety-shared-heading = Nếu có người kiểm tra điện thoại của bạn
safety-shared-history = Trang web này không gửi email hay tin nhắn. Nhưng trình duyệt của bạn có lưu danh sách các trang bạn đã xem (lịch sử), trừ khi bạn dùng cửa sổ riêng tư.
safety-shared-code = Hãy cất mã của bạn ở nơi chỉ mình bạn thấy được. Ai có mã này cũng đọc được bài viết của bạn.

## About
about-heading = Về Voices
about-what-heading = Voices là gì
about-what = Voices do những người làm việc với người trẻ từng bị bóc lột điều hành. Chúng tôi muốn các dịch vụ biết lắng nghe, tin các bạn trẻ và làm tốt hơn.
about-who-heading = Ai đọc bài viết của bạn
about-who = Chỉ một nhóm nhỏ đã được đào tạo đọc những gì bạn gửi. Họ làm theo những quy tắc rõ ràng để giữ an toàn cho bạn và tôn trọng bài viết của bạn.
about-who-not = Không ai khác đọc được bài viết của bạn, kể cả những người quản lý máy tính hay các dịch vụ mà bạn viết đến.
about-happens-heading = Điều gì xảy ra với bài viết của bạn
about-happens-review = Một người đã được đào tạo đọc bài viết của bạn. Họ xóa những gì có thể cho biết bạn là ai, như tên, số điện thoại, địa chỉ và trường học. Tên thị trấn và thành phố thường được giữ lại. Họ không bao giờ thay đổi ý của bạn.
about-happens-choices = Không có gì được chia sẻ nếu bạn chưa đồng ý. Nếu bài viết của bạn sẽ được chia sẻ, bạn sẽ xem bản đã chỉnh sửa trước và tự quyết định.
about-happens-themes = Chúng tôi đếm những điều mà nhiều người trẻ kể, để cho các dịch vụ thấy cần thay đổi điều gì. Các con số này không bao giờ cho biết ai là ai.
about-kept-heading = Chúng tôi giữ bài viết của bạn bao lâu
about-kept-days =
    { $days ->
       *[other] Nếu chúng tôi không dùng bài viết của bạn, chúng tôi sẽ xóa bài viết { $days } ngày sau khi quyết định. Bài viết đã được đăng hoặc được dùng để đếm sẽ được giữ cho đến khi bạn xóa.
    }
about-kept-withdraw = Bạn có thể tự xóa bài viết của mình bất cứ lúc nào bằng mã của bạn. Khi bạn xóa, bài viết mất ngay lập tức.
about-kept-report = Những con số hoặc câu chữ đã nằm trong một báo cáo đã phát hành thì vẫn ở lại trong báo cáo đó. Chúng tôi không thể lấy lại được.
about-safe-heading = Chúng tôi giữ an toàn cho bài viết của bạn như thế nào
about-safe-encrypted = Bài viết của bạn được khóa lại (mã hóa) ngay khi đến nơi. Chỉ nhóm phụ trách, hoặc bạn với mã của mình, mới mở khóa được.
about-safe-no-trace = Chúng tôi không lưu địa chỉ IP của bạn, và không dùng cookie trên các trang này.
privacy-heading = Thông báo về quyền riêng tư
privacy-unset-organisation = tổ chức điều hành trang web này
privacy-unset-contact = (chưa có)
privacy-not-filled = Tổ chức điều hành trang web này chưa viết xong thông báo này.

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
dashboard-urgent = Mục khẩn cấp đang chờ: { $count }
dashboard-from-survivors = Câu trả lời mới từ người viết: { $count }
dashboard-open-queue = Mở hàng chờ xem xét
dashboard-organisation-missing = Trang web này chưa cho biết ai điều hành. Hãy đặt organisation.name và organisation.contact trong voices.toml, và kiểm tra thông báo về quyền riêng tư trong moderation/privacy.toml, trước khi giới thiệu trang web cho người trẻ.
dashboard-manage-staff = Mời hoặc thay đổi nhân viên
nav-label = Khu vực nhân viên
nav-home = Trang chính
nav-queue = Hàng chờ xem xét
nav-safeguarding = Bảo vệ
nav-guidelines = Hướng dẫn
nav-staff = Nhân viên
nav-settings = Cài đặt
nav-audit = Nhật ký kiểm tra
nav-digests = Bản tổng hợp
nav-preferences = Cài đặt của tôi
pagination-label = Các trang
pagination-previous = Trang trước
pagination-next = Trang sau
pagination-position = Trang { $page } trên { $pages }
wellbeing-break =
    { $count ->
       *[other] Hôm nay bạn đã mở { $count } mục. Công việc này rất nặng nề: hãy nghỉ một chút.
    }
wellbeing-guidelines-link = Chăm sóc bản thân
wellbeing-cap =
    { $cap ->
       *[other] Hôm nay: { $count } trên { $cap } mục.
    }

## Staff: review queue
queue-title = Hàng chờ xem xét
queue-intro = Mục khẩn cấp được xếp trước, sau đó là các mục bằng ngôn ngữ bạn đọc, mục cũ nhất trước. Hàng chờ không bao giờ hiện bài viết của ai.
queue-filter-view = Hiển thị
queue-view-needs-action = Cần xử lý
queue-view-from-survivors = Câu trả lời mới từ người viết
queue-view-awaiting = Đang chờ người viết
queue-view-done = Đã xong
queue-view-declined = Không đăng
queue-view-all = Tất cả
queue-filter-language = Ngôn ngữ
queue-filter-level = Mức lo ngại về an toàn
queue-any = Bất kỳ
queue-filter-apply = Hiển thị
queue-count = { $count ->
       *[other] { $count } mục
    }
queue-empty = Không có gì ở đây.
queue-select = Chọn
queue-select-item = Chọn mục { $id }
queue-col-priority = Mức
queue-col-language = Ngôn ngữ
queue-col-kind = Loại
queue-col-age = Đã chờ
queue-col-state = Trạng thái
queue-col-holder = Ai đang xử lý
queue-age-days = { $days ->
        [0] hôm nay
       *[other] { $days } ngày
    }
queue-held-by-you = Bạn
queue-survivor-waiting = Câu trả lời mới
queue-bulk-legend = Cho các mục đã chọn
queue-bulk-hint = Chỉ dùng cho những trường hợp đơn giản bạn đã đọc. Mục có lo ngại hoặc khẩn cấp, và mục chưa ai đọc, luôn được để lại. Bạn sẽ thấy điều gì sẽ xảy ra trước khi làm.
queue-bulk-duplicate = Không đăng: đây là bản trùng
queue-bulk-spam = Không đăng: đây không phải lời nhắn thật (thư rác)
queue-bulk-release = Trả lại các mục tôi đang giữ
queue-bulk-apply = Thực hiện
queue-bulk-done = Đã xong: { $done }. Bỏ qua: { $skipped }.
kind-story = Câu chuyện
kind-feedback = Ý kiến về dịch vụ
state-received = Mới
state-in-review = Đang được đọc
state-awaiting-survivor = Đang chờ người viết
state-approved = Người viết đã đồng ý
state-published = Đã đăng
state-themes-only = Chỉ dùng để đếm
state-team-only = Chỉ nhóm phụ trách đọc
state-declined = Không đăng
state-withdrawn = Người viết đã xóa

## Staff: an item
item-title = Mục { $id }
item-reading-title = Đang đọc mục { $id }
item-kind = Loại
item-language = Ngôn ngữ
item-received = Nhận lúc
item-level = Mức lo ngại về an toàn
item-state = Trạng thái
item-consent = Người viết đã đồng ý
item-consent-publish = đăng bản đã chỉnh sửa mà họ chấp thuận
item-consent-themes-only = chỉ dùng để đếm chủ đề, ẩn danh
item-consent-team-only = chỉ nhóm phụ trách đọc
item-quotes-yes = được trích câu ngắn
item-quotes-no = không trích dẫn
item-holder = Ai đang xử lý
item-claim-left =
    { $minutes ->
       *[other] (còn { $minutes } phút)
    }
item-survivor-waiting = Người viết đã viết hoặc quyết định điều gì đó mới.
item-second-look = Người viết đã đề nghị xem lại lần hai. Một người kiểm duyệt khác phải đọc mục này.
item-publish-requested = { $name } đã đề nghị đăng mục này. Một người thứ hai phải đăng.
item-claim-intro = Nhận mục này để xử lý. Khi bạn đang giữ, không ai khác xử lý được.
item-take-back-intro = Người viết chưa trả lời. Bạn có thể lấy lại mục này để tự quyết định mà không cần họ. Khi đó, bản đã chỉnh sửa bạn gửi sẽ bị rút lại.
item-take-back = Lấy lại
item-before-you-read = Trước khi đọc
item-before-you-read-intro = Nội dung này có thể mô tả những điều khó đọc.
item-warnings-confirmed = Cảnh báo nội dung:
item-you-can-stop = Bạn có thể dừng ở đây. Hãy trả lại mục này, hoặc chuyển cho một đồng nghiệp.
item-read = Đọc
item-release = Trả lại
item-hand-off-label = Chuyển cho
item-hand-off-hint = Chỉ hiện những đồng nghiệp đọc được ngôn ngữ này.
item-hand-off = Chuyển
item-words-heading = Bài viết của họ
item-no-words = Không có bài viết, chỉ có câu trả lời.
item-details-found = { $count ->
       *[other] { $count } chi tiết có thể làm lộ danh tính
    }
item-suggestions-hint = Phần tô sáng chỉ là gợi ý. Bạn quyết định bỏ đi những gì.
item-review-heading = Phần xem xét của bạn
item-level-suggested = Voices gợi ý: { $level }
item-themes-legend = Chủ đề
item-warnings-legend = Cảnh báo nội dung
item-checklist-legend = Danh sách kiểm tra
item-review-save = Lưu phần xem xét của tôi
item-edit-heading = Bản đã chỉnh sửa
item-edit-hint = Bỏ những gì có thể làm lộ danh tính của bất kỳ ai, không bỏ ý nghĩa. Người viết phải đồng ý trước khi đăng bất cứ điều gì.
item-edit-label = Bản đã chỉnh sửa
item-edit-message-label = Lời nhắn kèm theo (không bắt buộc)
item-edit-send = Gửi cho người viết
item-versions-heading = Các bản đã gửi
proposal-pending = Đang chờ trả lời
proposal-approved = Người viết đã đồng ý
proposal-changes-requested = Người viết đề nghị sửa thêm
proposal-refused = Người viết không đồng ý
proposal-superseded = Đã thay bằng bản mới
item-messages-heading = Lời nhắn
messages-none = Chưa có lời nhắn nào.
item-template-label = Bắt đầu từ một mẫu
item-template-hint = Các mẫu được viết bằng { $language }, ngôn ngữ của người viết.
item-template-none = Không dùng mẫu
item-message-label = Lời nhắn của bạn
item-message-hint = Ngắn gọn và ấm áp, bằng ngôn ngữ của người viết. Ký tên là nhóm phụ trách, không bao giờ dùng tên của bạn.
item-message-send = Gửi
item-message-ask = Gửi và chờ họ trả lời
item-decide-heading = Quyết định
item-themes-only-intro = Chỉ dùng câu chữ này để đếm chủ đề. Không đăng gì cả.
item-themes-only = Chỉ dùng để đếm
item-team-only-intro = Chỉ giữ câu chữ này cho nhóm phụ trách.
item-team-only = Chỉ nhóm phụ trách đọc
item-decline-reason = Vì sao không thể đăng câu chữ này?
item-decline-hint = Người viết sẽ thấy một lời nhắn nhẹ nhàng cho lý do này, bằng ngôn ngữ của họ. Họ có thể đề nghị xem lại lần hai một lần.
item-decline-message = Lời nhắn riêng của bạn (không bắt buộc)
item-decline = Không đăng
item-notes-heading = Ghi chú về bảo vệ
item-notes-hint = Những gì đã làm. Chỉ nhân viên đọc được các ghi chú này.
item-note-label = Ghi chú mới
item-note-save = Lưu ghi chú
item-timeline-heading = Những gì đã xảy ra
item-timeline-empty = Chưa có gì.
who-survivor = Người viết
who-voices = Voices
event-shared = Đã chia sẻ
event-claim = Đã nhận mục
event-take-back = Đã lấy lại
event-release = Đã trả lại
event-hand-off = Đã chuyển cho người khác
event-propose-edit = Đã gửi bản đã chỉnh sửa
event-ask = Đã đặt câu hỏi
event-message = Đã gửi lời nhắn
event-use-for-themes = Chỉ dùng để đếm
event-keep-for-team = Chỉ nhóm phụ trách đọc
event-decline = Không đăng
event-publish = Đã đăng
event-approve = Đã đồng ý
event-request-changes = Đã đề nghị sửa thêm
event-refuse = Đã không đồng ý
event-reply = Đã viết lời nhắn
event-ask-second-look = Đã đề nghị xem lại lần hai
event-change-consent = Đã thay đổi lựa chọn
event-withdraw = Đã xóa tất cả
event-expire-claim = Hết thời gian giữ mục
event-review = Đã lưu phần xem xét
event-escalated = Đã đánh dấu khẩn cấp
event-safeguarding-note = Đã viết ghi chú về bảo vệ
event-staff-invited = Đã mời một người
event-staff-joined = Đã tham gia
event-staff-updated = Đã thay đổi vai trò hoặc ngôn ngữ của một người
event-staff-disabled = Đã tắt tài khoản của một người
event-invitation-cancelled = Đã hủy một lời mời
event-settings-changed = Đã thay đổi cài đặt
event-purged = Đã xóa khi hết thời hạn lưu giữ
done-claim = Bây giờ bạn đang giữ mục này.
done-review = Đã lưu phần xem xét của bạn.
done-propose = Đã gửi bản đã chỉnh sửa cho người viết.
done-message = Đã gửi lời nhắn của bạn.
done-ask = Đã gửi lời nhắn của bạn. Mục này đang chờ người viết trả lời.
done-themes-only = Xong: chỉ dùng để đếm.
done-team-only = Xong: chỉ nhóm phụ trách đọc.
done-decline = Xong: không đăng. Người viết sẽ thấy lý do.
done-publish = Xong.
done-release = Bạn đã trả lại mục này.
done-take-back = Bạn đã lấy lại mục này.
done-hand-off = Đã chuyển mục này.
done-note = Đã lưu ghi chú.
safeguarding-title = Bảo vệ
safeguarding-intro = Mọi mục có mức lo ngại về an toàn mà chưa người phụ trách nào ghi chú, dù sau đó đã có chuyện gì, mục khẩn cấp trước. Một mục rời danh sách này khi người phụ trách ghi lại việc đã làm. Không có gì tự rời khỏi Voices.
guidelines-title = Cách chúng tôi kiểm duyệt
guidelines-english-only = Hiện tại, hướng dẫn chỉ có bằng tiếng Anh.

## Staff: administration
admin-staff-title = Nhân viên
admin-staff-list = Tất cả mọi người
admin-roles-legend = Vai trò
admin-roles-hint = Quản trị viên muốn xem xét bài cũng cần có vai trò người kiểm duyệt.
admin-languages-legend = Ngôn ngữ họ đọc được
admin-edit-person = Thay đổi { $name }
admin-save = Lưu
admin-disable-hint = Tắt tài khoản của một người sẽ kết thúc các phiên đăng nhập và hủy khóa của họ. Không thể hoàn tác việc này.
admin-disable = Tắt
admin-invite-heading = Mời một người
admin-invite-intro = Bạn sẽ nhận được một đường link để gửi cho họ. Link chỉ dùng được một lần, trong 72 giờ. Họ tự chọn cụm mật khẩu của mình.
admin-invite = Tạo đường link
admin-invite-made = Đường link cho { $name }:
admin-invite-once = Hãy sao chép ngay: link chỉ hiện một lần này.
admin-pending-heading = Lời mời chưa dùng
admin-cancel-invitation = Hủy
done-staff-update = Đã lưu.
done-staff-disable = Đã tắt.
done-staff-cancel = Đã hủy lời mời.
admin-settings-title = Cài đặt
admin-break-after = Gợi ý nghỉ sau khi mở bấy nhiêu mục trong một ngày
admin-break-after-hint = Một số từ 1 đến 1000.
admin-daily-cap = Số mục tối đa một người kiểm duyệt được mở trong một ngày
admin-daily-cap-hint = Để trống nếu không giới hạn.
admin-two-person = Cần hai người kiểm duyệt khác nhau để đăng
done-settings = Đã lưu cài đặt.
audit-title = Nhật ký kiểm tra
audit-intro = Mọi thay đổi đều được ghi ở đây và nối thành chuỗi, nên có thể phát hiện mục ghi nào bị sửa hoặc bị xóa. Hành động của người viết chỉ ghi ngày.
audit-verify = Kiểm tra toàn bộ nhật ký
audit-verified = Nhật ký còn nguyên vẹn: { $staff } mục ghi của nhân viên, { $survivor } mục ghi của người viết.
audit-broken = Nhật ký đã bị thay đổi: chuỗi { $chain }, mục ghi { $id }.
audit-chains = Nhật ký
audit-staff-chain = Nhân viên
audit-survivor-chain = Người viết
audit-when = Khi nào
audit-who = Ai
audit-what = Việc gì
audit-item = Mục
audit-detail = Chi tiết
preferences-title = Cài đặt của tôi
preferences-language = Ngôn ngữ của các trang nhân viên
preferences-language-browser = Ngôn ngữ của trình duyệt của tôi
preferences-reads = Ngôn ngữ bạn đọc
preferences-reads-hint = Quản trị viên đặt các ngôn ngữ này. Mục bằng các ngôn ngữ này được xếp trước trong hàng chờ của bạn.
done-preferences = Đã lưu.
invite-title = Tham gia nhóm Voices
invite-intro = Chọn cụm mật khẩu cho { $name }. Chỉ mình bạn biết cụm mật khẩu này.
invite-submit = Tạo tài khoản của tôi
invite-done-title = Tài khoản của bạn đã sẵn sàng
invite-done = Bây giờ bạn có thể đăng nhập. Đường link này sẽ không dùng được nữa.

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
error-not-now = Không thể làm việc này khi mục đang ở trạng thái này.
error-claimed-by-other = Người khác đang xử lý mục này.
error-not-your-claim = Bạn không còn giữ mục này nữa. Hãy nhận lại mục trước.
error-consent-does-not-allow = Lựa chọn của người viết không cho phép việc này.
error-checklist-incomplete = Hãy đánh dấu mọi ô trong danh sách kiểm tra trước, rồi lưu phần xem xét của bạn.
error-no-approved-wording = Người viết chưa đồng ý với bản đã chỉnh sửa nào.
error-no-pending-proposal = Không có bản đã chỉnh sửa nào đang chờ trả lời.
error-second-look-used = Đã có đề nghị xem lại lần hai rồi.
error-second-look-needs-another = Việc xem lại lần hai phải do một người kiểm duyệt khác làm.
error-second-person-needed = Một người thứ hai phải đăng mục này.
error-hand-off-to-self = Hãy chọn người khác.
error-item-changed = Vừa có người thay đổi mục này. Đây là trạng thái hiện tại.
error-daily-cap-reached = Bạn đã đạt giới hạn của hôm nay. Hãy dừng lại cho hôm nay.
error-view-expired = Trang này đã đóng. Vui lòng bắt đầu lại.
error-message-empty = Vui lòng viết lời nhắn trước.
error-message-too-long = Lời nhắn này quá dài. Vui lòng viết tối đa 2000 ký tự.
error-unknown-choice = Có một lựa chọn không hợp lệ. Vui lòng chọn lại.
error-edit-says-nothing = Bản đã chỉnh sửa vẫn phải có nội dung. Hãy bỏ chi tiết, không bỏ ý nghĩa.
error-edit-too-long = Bản đã chỉnh sửa quá dài.
error-form-too-long = Nội dung bạn gửi quá dài.
error-form-incomplete = Biểu mẫu bị thiếu một phần. Vui lòng tải lại trang và thử lại.
error-decline-reason-missing = Vui lòng chọn lý do.
error-unknown-action = Không nhận ra thao tác này.
error-setting-out-of-range = Vui lòng dùng một số trong khoảng đã ghi.
error-roles-missing = Vui lòng chọn ít nhất một vai trò.
error-role-change-needs-invitation = Thay đổi vai trò này cần một lời mời mới.
error-bulk-nothing-selected = Vui lòng chọn ít nhất một mục.
error-bulk-no-action = Vui lòng chọn việc cần làm.

## Translation review

dashboard-languages-heading = Ngôn ngữ
dashboard-languages-intro = Mỗi bản dịch đã được kiểm tra đến đâu. Chỉ giới thiệu một ngôn ngữ cho người trẻ sau khi người bản ngữ đã xem lại. Trước đó, bạn có thể ẩn ngôn ngữ đó khỏi phần chọn ngôn ngữ bằng cài đặt languages.hidden trong voices.toml.
dashboard-language = Ngôn ngữ
dashboard-language-review = Kiểm tra
dashboard-language-questions = Câu hỏi còn mở
dashboard-language-switcher = Phần chọn ngôn ngữ
dashboard-language-offered = Đang hiện
dashboard-language-hidden = Đã ẩn
translation-state-source = Văn bản gốc
translation-state-drafted = Bản nháp, chưa được kiểm tra
translation-state-fluent-reviewed = Người thông thạo đã kiểm tra, người bản ngữ chưa xem lại
translation-state-native-reviewed = Người bản ngữ đã xem lại: sẵn sàng

## Digests
digests-title = Bản tổng hợp theo chủ đề
digests-intro = Những điều các bạn trẻ đã chia sẻ, được đếm theo chủ đề mỗi tháng và mỗi quý. Các con số được bảo vệ để không ai có thể bị nhận ra.
digests-none = Chưa có bản tổng hợp nào được công bố.
digests-released = Công bố ngày { $day }
digests-download-json = Tải các con số (JSON)
digests-download-csv = Tải các con số (CSV)
digests-feed = Nguồn tin các bản tổng hợp mới (Atom)
digests-practitioners-only = Các bản tổng hợp này dành cho người làm chuyên môn. Vui lòng đăng nhập hoặc dùng mã API.
digests-too-many = Quá nhiều yêu cầu. Vui lòng chờ một phút rồi thử lại.
digest-title = Bản tổng hợp { $period }
digest-items = Số mục được đếm:
digest-protection-heading = Các con số được bảo vệ thế nào
digest-themes-heading = Chủ đề
digest-themes-chart-title = Số mục theo chủ đề
digest-col-theme = Chủ đề
digest-col-count = Số lượng
digest-col-trend = So với kỳ trước
digest-trend-up = Tăng
digest-trend-down = Giảm
digest-trend-same = Như cũ
digest-trend-none = Không so sánh được
digest-responses-heading = Các bạn đã nói, chúng tôi đã làm
digest-languages-heading = Ngôn ngữ
digest-col-language = Ngôn ngữ
digest-col-story = Câu chuyện
digest-col-feedback = Ý kiến về dịch vụ
digest-col-total = Tổng
digest-not-given = Không cho biết
digest-age-heading = Độ tuổi
digest-age-chart-desc = Mỗi nhóm tuổi có con số được công bố có một thanh. Bảng bên dưới có cùng các con số.
digest-col-age = Nhóm tuổi
digest-regions-heading = Vùng (ý kiến về dịch vụ)
digest-col-region = Vùng
digest-services-heading = Ý kiến về dịch vụ
digest-services-none = Trong kỳ này, không dịch vụ nào có đủ ý kiến để hiện câu trả lời.
digest-col-answer = Câu trả lời
digest-col-percent = Tỉ lệ
digest-quotes-heading = Bằng chính lời của các bạn
digest-quote-warning = Cảnh báo nội dung:
digest-quote-show = Xem trích dẫn
digest-back = Tất cả bản tổng hợp
ysd-title = Các bạn đã nói, chúng tôi đã làm
ysd-intro = Những gì nhóm đang làm về điều các bạn trẻ đã chia sẻ.
ysd-none = Chưa có câu trả lời nào.
ysd-from = Từ bản tổng hợp { $period }
digests-admin-title = Bản tổng hợp: quyền xem, mã và câu trả lời
digests-admin-access = Ai được đọc bản tổng hợp
digests-admin-public = Mọi người
digests-admin-practitioners = Chỉ người làm chuyên môn (đã đăng nhập hoặc có mã)
digests-admin-save = Lưu
digests-admin-tokens = Mã API
digests-admin-token-name = Mã này dành cho ai
digests-admin-issue = Tạo mã
digests-admin-token-once = Hãy sao chép mã này ngay. Mã chỉ hiện một lần này:
digests-admin-revoke = Thu hồi
digests-admin-revoked = Đã thu hồi
digests-admin-respond = Trả lời một chủ đề ("Các bạn đã nói, chúng tôi đã làm")
digests-admin-period = Bản tổng hợp
digests-admin-response = Tổ chức đang làm gì về việc này
digests-admin-post = Lưu câu trả lời
digests-admin-done = Đã lưu.

## Receipt: an edited version that changed
error-edit-changed = Nhóm phụ trách đã thay đổi nội dung. Hãy đọc bản mới.

## Safeguarding alerts
lead-alert-subject = Voices cần người phụ trách bảo vệ
lead-alert-body = Có việc trong Voices cần người phụ trách bảo vệ. Hãy đăng nhập để xem.
lead-alert-test-subject = Voices: tin nhắn thử
lead-alert-test-body = Đây là tin thử từ Voices. Khi có việc cần người phụ trách bảo vệ, một tin như thế này sẽ đến đây, không kèm chi tiết nào. Hãy đăng nhập vào Voices để xem.
alerts-guidance-on =
    { $minutes ->
       *[other] Voices báo cho người phụ trách bảo vệ trong vòng { $minutes } phút, bằng một tin không nói gì về mục này. Nếu có người đang gặp nguy hiểm ngay lúc này, bạn cũng hãy tự báo cho người phụ trách, theo cách nhóm đã thống nhất.
    }
alerts-guidance-off = Voices không báo cho ai cả. Bạn hãy tự báo ngay cho người phụ trách bảo vệ, theo cách nhóm đã thống nhất.
alerts-off-admin = Cảnh báo bảo vệ chưa được thiết lập: khi một mục trở nên khẩn cấp, Voices không báo cho ai. Hãy đặt máy chủ SMTP hoặc webhook trong mục lead_alerts.smtp_host / lead_alerts.webhook_url của voices.toml, và nhờ mỗi người phụ trách bảo vệ thêm địa chỉ email trong trang cài đặt của họ.
alerts-no-addresses = Cảnh báo bảo vệ đã được thiết lập, nhưng chưa người phụ trách bảo vệ nào cho địa chỉ email, nên không ai được báo. Mỗi người phụ trách thêm địa chỉ trong trang cài đặt của mình.
alerts-lead-no-address = Bạn sẽ không nhận email khi có việc khẩn cấp. Hãy thêm địa chỉ của bạn trong trang cài đặt của bạn.
alerts-failed = Cảnh báo bảo vệ gần nhất không gửi được vào ngày { $day } (lý do: { $reason }).
alerts-retrying = Voices sẽ thử lại vào giờ cố định tiếp theo.
alerts-gave-up = Voices đã ngừng thử. Hãy sửa cài đặt, rồi gửi tin thử từ trang cài đặt.
alerts-heading = Cảnh báo bảo vệ
alerts-intro =
    { $minutes ->
       *[other] Khi một mục trở nên khẩn cấp, mỗi người phụ trách bảo vệ có địa chỉ sẽ nhận một email bằng ngôn ngữ của họ, và webhook nhận cùng lời đó: "Có việc trong Voices cần người phụ trách bảo vệ. Hãy đăng nhập để xem." Không có gì khác. Cảnh báo chỉ được gửi vào giờ cố định, mỗi { $minutes } phút, nên không nhật ký nào cho thấy lúc nào có người chia sẻ.
    }
alerts-mail = Email
alerts-mail-on = qua { $host }, từ { $from }
alerts-off = chưa thiết lập
alerts-webhook = Webhook
alerts-webhook-on = đã thiết lập
alerts-leads = Người phụ trách bảo vệ có địa chỉ
alerts-test = Gửi tin thử
alerts-test-hint = Gửi ngay một tin thử đến mỗi người phụ trách bảo vệ có địa chỉ, và đến webhook.
alerts-test-delivered = Tin thử đã được gửi. Hãy hỏi mỗi người phụ trách xem họ đã nhận được chưa.
alerts-test-failed = Không gửi được tin thử (lý do: { $reason }).
preferences-alert-address = Email nhận cảnh báo bảo vệ
preferences-alert-address-hint = Khi có việc khẩn cấp, Voices gửi đến địa chỉ này một tin ngắn bằng ngôn ngữ của trang nhân viên của bạn, không kèm chi tiết. Để trống nếu bạn không muốn nhận. Địa chỉ được lưu ở dạng khóa (mã hóa).
preferences-alert-address-off = Trang web này chưa thiết lập cảnh báo qua email.
error-alert-address-invalid = Đây không phải là địa chỉ email. Vui lòng kiểm tra lại.
error-alert-test-too-soon = Một tin thử vừa được gửi chưa đầy một phút trước. Vui lòng đợi một phút.
error-alerts-nobody = Không có ai để gửi tin thử: chưa người phụ trách bảo vệ nào có địa chỉ email, và không có webhook.
event-alert-test = Đã gửi cảnh báo bảo vệ thử
event-alert-address = Đã đổi email nhận cảnh báo

## Own roles
error-own-roles = Bạn không thể tự đổi vai trò của mình. Hãy nhờ một quản trị viên khác.
event-own-roles-refused = Đã thử tự đổi vai trò của mình (bị từ chối)
## Path to publication
item-claim-and-read = Nhận mục này và đọc
item-claim-renew =
    { $minutes ->
       *[other] Giữ thêm { $minutes } phút
    }
item-claim-to-change-intro = Để gửi một bản khác, hãy nhận mục này trước. Lời đồng ý của người viết vẫn giữ nguyên cho đến khi họ trả lời bản mới.
item-publish-heading = Sẵn sàng để đăng
item-publish-check = Kiểm tra và đăng
item-survivor-themes = Chủ đề người viết đã chọn:
known-heading = Điều Voices đã biết:
known-consent-publish = Người viết đã chọn: đăng lời của tôi sau khi tôi đồng ý với bản chỉnh sửa.
known-consent-themes-only = Người viết đã chọn: chỉ dùng lời của tôi để đếm theo chủ đề, không nêu tên.
known-consent-team-only = Người viết đã chọn: chỉ nhóm phụ trách đọc lời của tôi.
known-approved-on = Người viết đã đồng ý với đúng bản này vào ngày { $day }.
known-not-approved = Người viết chưa đồng ý với bản chỉnh sửa nào.
publish-title = Đăng mục { $id }
publish-intro = Hãy kiểm tra lời văn và nơi sẽ hiện ra. Chưa có gì được đăng cho đến khi bạn bấm nút ở cuối trang.
publish-where-heading = Sẽ hiện ở đâu
publish-where = Trên trang câu chuyện công khai bằng { $language }, nơi ai cũng có thể đọc:
publish-warnings = Kèm các cảnh báo nội dung này ở phía trên:
publish-no-warnings = Không kèm cảnh báo nội dung nào.
publish-themes = Được xếp vào các chủ đề này:
publish-words-heading = Đúng lời văn sẽ đăng
publish-confirmed = Đã xác nhận:
publish-checklist-legend = Xác nhận trước khi đăng
publish-second-person = { $name } đã đề nghị đăng mục này. Bạn là người thứ hai.
publish-first-of-two = Vì có quy tắc hai người, một đồng nghiệp sẽ đăng sau bạn.
publish-confirm = Đăng lời văn này
publish-confirm-first = Đề nghị người thứ hai đăng
publish-back = Quay lại mục này

## Bulk actions and reopening
queue-bulk-confirm-title = Kiểm tra trước khi tiếp tục
queue-bulk-will-decline =
    { $count ->
       *[other] { $count } mục này sẽ không được đăng, với lý do “{ $reason }”:
    }
queue-bulk-decline-effects =
    { $days ->
       *[other] Người viết sẽ thấy lời nhắn nhẹ nhàng cho lý do này trên trang mã của họ. Lời văn sẽ bị xóa sau { $days } ngày. Trước đó, người phụ trách bảo vệ có thể đưa một mục trở lại.
    }
queue-bulk-will-release =
    { $count ->
       *[other] Bạn sẽ trả lại { $count } mục này:
    }
queue-bulk-left-out =
    { $count ->
       *[other] { $count } mục này được để lại, không làm gì:
    }
queue-bulk-why-safeguarding = có lo ngại về an toàn. Hãy mở và tự quyết định.
queue-bulk-why-unread = chưa ai đọc mục này.
queue-bulk-why-not-now = người khác đang giữ, hoặc bây giờ không thể thay đổi.
queue-bulk-nothing = Sẽ không có gì thay đổi.
queue-bulk-confirm-decline =
    { $count ->
       *[other] Không đăng { $count } mục này
    }
queue-bulk-confirm-release =
    { $count ->
       *[other] Trả lại { $count } mục này
    }
queue-bulk-cancel = Quay lại hàng chờ
queue-item-link = Mục { $id }
item-reopen-intro = Từ chối nhầm? Khi lời văn vẫn còn được giữ, bạn có thể đưa mục này trở lại hàng chờ.
item-reopen = Đưa trở lại hàng chờ
done-reopen = Mục này đã trở lại hàng chờ.
event-reopen = Đã đưa trở lại hàng chờ

## Safeguarding list and content warnings
item-warnings-suggested = Cảnh báo nội dung được gợi ý (theo chủ đề):

## Dates
date-day = { $day } { $month }, { $year }
date-time = { $date }, { $time } { $zone }
month-1 = tháng 1
month-2 = tháng 2
month-3 = tháng 3
month-4 = tháng 4
month-5 = tháng 5
month-6 = tháng 6
month-7 = tháng 7
month-8 = tháng 8
month-9 = tháng 9
month-10 = tháng 10
month-11 = tháng 11
month-12 = tháng 12

## Queue on small screens, practitioners, invitations, wellbeing
queue-col-item = Mục
nav-read-digests = Đọc các bản tổng hợp
dashboard-practitioner-intro = Các bản tổng hợp theo chủ đề cho thấy những gì người trẻ đã nói với Voices, bằng các con số ẩn danh và những câu trích họ đồng ý chia sẻ.
dashboard-police-not-stated = Các trang cho người viết chưa thể cho biết khi nào tổ chức chia sẻ thông tin với cảnh sát hoặc cơ quan di trú: các trang đó khuyên người trẻ hỏi tổ chức trước. Hãy đặt organisation.police_and_immigration trong voices.toml.
wellbeing-limit-reached =
    { $cap ->
       *[other] Hôm nay bạn đã đọc { $cap } mục, đủ giới hạn trong ngày. Sẽ không có mục mới nào cho bạn đến ngày mai. Bạn vẫn có thể trả lời các mục đã đọc hôm nay. Hãy chăm sóc bản thân.
    }
wellbeing-not-offered = Hôm nay mục này không dành cho bạn vì bạn đã đủ giới hạn trong ngày. Một đồng nghiệp có thể nhận nó.

## Path to publication: changing an approved item
item-claim-to-change = Nhận để gửi một bản khác
## Waiting too long
item-level-why = Những từ gợi ý mức này:
queue-waiting-heading = Đã chờ quá lâu
queue-waiting-hint = Chưa ai mở các mục này và chúng đã đến từ lâu. Hãy mở chúng trước, dù mức độ là gì.
queue-waiting-item =
    { $days ->
       *[other] Mục { $id }, đã chờ { $days } ngày
    }
## Digest protection with ranges
digest-not-shown = không hiển thị
digest-not-shown-why = Một con số “không hiển thị” được ẩn đi để bảo vệ mọi người: những người trong con số đó, hoặc trong những con số khác mà nó có thể giúp đoán ra. Nó không cho biết con số lớn hay nhỏ.
digest-protection-ranges = Các con số dưới 10, và số 0, không được hiển thị. Các con số khác được làm tròn đến bội số gần nhất của 5. Một số con số lớn hơn cũng không được hiển thị, để không ai có thể tính ra, hoặc đoán gần đúng, một con số bị ẩn từ các con số khác. Phần trăm chỉ được hiển thị khi có ít nhất 20 người trả lời. Lời trích chỉ đến từ những người đã cho phép, bằng những lời họ đã đồng ý, mỗi lần ba lời, và chỉ dưới các chủ đề và ngôn ngữ có con số được hiển thị.
digest-themes-chart-desc-shown = Mỗi chủ đề có con số được hiển thị thì có một thanh. Chủ đề có con số không hiển thị thì không có thanh. Bảng bên dưới có cùng các con số.
digest-empty = Không ai chia sẻ gì trong khoảng thời gian này.

## Digest rebuild
digests-admin-check-heading = Dựng lại các bản tổng hợp đã phát hành
digests-admin-check-help = Dựng lại mọi bản tổng hợp đã phát hành từ dữ liệu hôm nay, để xem có bản nào ra khác không. Không có gì đã công bố bị thay đổi.
digests-admin-check = Kiểm tra các bản tổng hợp đã phát hành
digests-admin-check-same = Mọi bản tổng hợp đã phát hành đều ra giống hệt khi dựng lại.
digests-admin-check-differs = Các bản tổng hợp này ra khác khi dựng lại hôm nay: { $periods }. Chúng vẫn giữ như lúc phát hành, nên các con số đã công bố không thay đổi. Nhật ký kiểm tra ghi lại từng khác biệt.
## Queue pages by position
error-queue-link-invalid = Liên kết trang này không còn dùng được. Hãy bắt đầu lại từ trang đầu của hàng chờ.
## node chains
event-node-chain-started = Một máy chủ đã bắt đầu sổ ghi nhật ký riêng
