package jp.madoguchi.rules.routes;

import jp.madoguchi.rules.data.DataNode;
import jp.madoguchi.rules.data.Figure;

/** What happens after an application: the issuance notice, its timing, the status inquiry. */
public record AfterApplying(
    Figure<Integer> noticeWaitMonthsMin,
    Figure<Integer> noticeWaitMonthsMax,
    Figure<Boolean> noticeNonForwarding,
    Figure<Integer> firstNoticeAfterRegistrationWeeks,
    Figure<Integer> statusInquiryMonths) {

    public static AfterApplying read(DataNode root) {
        root.allowOnly("notice_wait_months_min", "notice_wait_months_max", "notice_non_forwarding",
            "first_notice_after_registration_weeks", "status_inquiry_months");
        AfterApplying after = new AfterApplying(
            root.figure("notice_wait_months_min", (n, f) -> n.wholeNumber(f, 0, 12)),
            root.figure("notice_wait_months_max", (n, f) -> n.wholeNumber(f, 0, 12)),
            root.figure("notice_non_forwarding", DataNode::flag),
            root.figure("first_notice_after_registration_weeks", (n, f) -> n.wholeNumber(f, 0, 52)),
            root.figure("status_inquiry_months", (n, f) -> n.wholeNumber(f, 0, 24)));
        if (after.noticeWaitMonthsMin.value() > after.noticeWaitMonthsMax.value()) {
            throw root.fail("notice_wait_months_min.value", "must not exceed notice_wait_months_max");
        }
        return after;
    }
}
