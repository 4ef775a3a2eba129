package org.sangsaeng.governance.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.sangsaeng.governance.JobPostReview;
import org.sangsaeng.governance.RuleSet;
import org.sangsaeng.voting.ApprovalRule;

/** A co-op's rule set as a form; {@link #value()} checks it the way the server does. */
class RulesEditor extends FormLayout {

    private final IntegerField quorum = number("rules.quorumPercent", "%");
    private final Select<ApprovalRule> rule = new Select<>();
    private final IntegerField share = number("rules.requiredSharePercent", "%");
    private final Checkbox reasonForNo = new Checkbox(getTranslation("rules.reasonRequiredForNo"));
    private final IntegerField voteHours = number("rules.voteHours", getTranslation("unit.hours"));
    private final IntegerField reminder =
            number("rules.reminderLeadHours", getTranslation("unit.hours"));
    private final IntegerField supplier =
            number("rules.supplierAnswerHours", getTranslation("unit.hours"));
    private final IntegerField payment =
            number("rules.paymentDueDays", getTranslation("unit.days"));
    private final IntegerField priceRise = number("rules.priceRiseLimitPercent", "%");
    private final Select<JobPostReview> jobReview = new Select<>();
    private final IntegerField coupon = number("rules.couponFoundationThresholdWon", "원");
    private final IntegerField decision =
            number("rules.decisionHours", getTranslation("unit.hours"));
    private final BigDecimalField saleFee = percent("rules.saleFeePercent");
    private final BigDecimalField cardFee = percent("rules.cardFeePercent");
    private final IntegerField transferFee = number("rules.transferFeeWon", "원");

    RulesEditor(String idPrefix) {
        rule.setLabel(getTranslation("rules.approvalRule"));
        rule.setItems(ApprovalRule.values());
        rule.setItemLabelGenerator(r -> getTranslation("approvalRule." + r.name()));
        rule.addValueChangeListener(e -> share.setVisible(e.getValue() == ApprovalRule.SHARE));
        jobReview.setLabel(getTranslation("rules.jobPostReview"));
        jobReview.setItems(JobPostReview.values());
        jobReview.setItemLabelGenerator(r -> getTranslation("jobPostReview." + r.name()));
        quorum.setId(idPrefix + "-quorum");
        rule.setId(idPrefix + "-rule");
        voteHours.setId(idPrefix + "-vote-hours");
        saleFee.setId(idPrefix + "-sale-fee");
        cardFee.setId(idPrefix + "-card-fee");
        transferFee.setId(idPrefix + "-transfer-fee");
        add(
                quorum,
                rule,
                share,
                reasonForNo,
                voteHours,
                reminder,
                supplier,
                payment,
                priceRise,
                jobReview,
                coupon,
                decision,
                saleFee,
                cardFee,
                transferFee);
        setValue(RuleSet.DEFAULTS);
    }

    void setValue(RuleSet r) {
        quorum.setValue(r.quorumPercent());
        rule.setValue(r.approvalRule());
        share.setValue(r.requiredSharePercent());
        share.setVisible(r.approvalRule() == ApprovalRule.SHARE);
        reasonForNo.setValue(r.reasonRequiredForNo());
        voteHours.setValue(r.voteHours());
        reminder.setValue(r.reminderLeadHours());
        supplier.setValue(r.supplierAnswerHours());
        payment.setValue(r.paymentDueDays());
        priceRise.setValue(r.priceRiseLimitPercent());
        jobReview.setValue(r.jobPostReview());
        coupon.setValue((int) r.couponFoundationThresholdWon());
        decision.setValue(r.decisionHours());
        saleFee.setValue(BigDecimal.valueOf(r.saleFeeBasisPoints(), 2).stripTrailingZeros());
        cardFee.setValue(BigDecimal.valueOf(r.cardFeeBasisPoints(), 2).stripTrailingZeros());
        transferFee.setValue(r.transferFeeWon());
    }

    /** The rule set entered; throws the server's refusal when a value is out of range. */
    RuleSet value() {
        return new RuleSet(
                or(quorum),
                rule.getValue(),
                share.getValue(),
                reasonForNo.getValue(),
                or(voteHours),
                or(reminder),
                or(supplier),
                or(payment),
                or(priceRise),
                jobReview.getValue(),
                or(coupon),
                or(decision),
                basisPoints(saleFee),
                basisPoints(cardFee),
                or(transferFee));
    }

    void setEditable(boolean editable) {
        getChildren().forEach(c -> c.getElement().setProperty("readonly", !editable));
    }

    private IntegerField number(String key, String suffix) {
        IntegerField field = new IntegerField(getTranslation(key));
        field.setSuffixComponent(new Span(suffix));
        return field;
    }

    private BigDecimalField percent(String key) {
        BigDecimalField field = new BigDecimalField(getTranslation(key));
        field.setSuffixComponent(new Span("%"));
        field.setHelperText(getTranslation("rules.percentHelp"));
        return field;
    }

    /**
     * A percent as typed (2.5) in basis points (250); an empty field is refused as out of range.
     */
    private static int basisPoints(BigDecimalField field) {
        if (field.getValue() == null) {
            return -1;
        }
        BigDecimal points = field.getValue().movePointRight(2);
        return points.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0
                ? Integer.MAX_VALUE
                : points.setScale(0, RoundingMode.HALF_UP).intValue();
    }

    private static int or(IntegerField field) {
        return field.getValue() == null ? -1 : field.getValue();
    }
}
