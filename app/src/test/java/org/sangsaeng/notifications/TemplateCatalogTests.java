package org.sangsaeng.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.sangsaeng.shared.Messages;
import org.sangsaeng.shared.PublicAddress;
import org.springframework.context.support.StaticMessageSource;

class TemplateCatalogTests {

    static final String PUBLIC_URL = "https://sangsaeng.example";

    final StaticMessageSource source = new StaticMessageSource();
    final Messages messages = new Messages(source);

    @Test
    void theShippedTemplatesRenderInKoreanAndEnglishWithTheirVariables() {
        source.addMessage(
                "task.membership-application.ReviewApplicationTask", Locale.KOREAN, "조합원 가입 신청 심사");
        source.addMessage(
                "task.membership-application.ReviewApplicationTask",
                Locale.ENGLISH,
                "Review membership application");
        TemplateCatalog catalog =
                new TemplateCatalog(messages, new PublicAddress(PUBLIC_URL + "/"));

        var korean =
                catalog.render(
                        Template.TASK_ASSIGNED,
                        Map.of(
                                "task",
                                new Localized("task.membership-application.ReviewApplicationTask")),
                        Locale.KOREAN);
        var english =
                catalog.render(
                        Template.TASK_ASSIGNED,
                        Map.of(
                                "task",
                                new Localized("task.membership-application.ReviewApplicationTask")),
                        Locale.ENGLISH);

        assertThat(korean.title()).isEqualTo("새 할 일: 조합원 가입 신청 심사");
        assertThat(english.title()).isEqualTo("New task: Review membership application");
        assertThat(
                        catalog.render(
                                        Template.MEMBERSHIP_REJECTED,
                                        Map.of("coop", "태평3동 상인협동조합", "reason", "정원 초과"),
                                        Locale.KOREAN)
                                .body())
                .contains("태평3동 상인협동조합", "사유: 정원 초과");
    }

    @Test
    void aTemplateUsingAnUndeclaredVariableStopsTheAppAtStartUp() {
        Properties korean = complete();
        Properties english = complete();
        english.setProperty("task.assigned.body", "Hello {nickname}");

        assertThatThrownBy(
                        () ->
                                new TemplateCatalog(
                                        korean, english, messages, new PublicAddress(PUBLIC_URL)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("task.assigned.body (en) uses unknown variable {nickname}");
    }

    @Test
    void aMissingTextStopsTheAppAtStartUp() {
        Properties korean = complete();
        korean.remove("digest.daily.title");

        assertThatThrownBy(
                        () ->
                                new TemplateCatalog(
                                        korean,
                                        complete(),
                                        messages,
                                        new PublicAddress(PUBLIC_URL)))
                .hasMessageContaining("missing digest.daily.title (ko)");
    }

    @Test
    void renderingWithoutADeclaredVariableIsRefused() {
        TemplateCatalog catalog =
                new TemplateCatalog(
                        complete(), complete(), messages, new PublicAddress(PUBLIC_URL));
        assertThatThrownBy(
                        () ->
                                catalog.render(
                                        Template.MEMBERSHIP_REJECTED,
                                        Map.of("coop", "x"),
                                        Locale.KOREAN))
                .hasMessageContaining("[reason]");
    }

    @Test
    void aMessageLeavingTheAppCarriesTheAbsoluteAddressOfItsPageOnALineOfItsOwn() {
        TemplateCatalog catalog =
                new TemplateCatalog(messages, new PublicAddress(PUBLIC_URL + "/"));
        var text =
                catalog.render(
                        Template.MEMBERSHIP_APPROVED, Map.of("coop", "태평3동 상인협동조합"), Locale.KOREAN);

        var outside = text.linking(catalog.absolute("tasks/42"));

        assertThat(outside.body()).isEqualTo(text.body() + "\nhttps://sangsaeng.example/tasks/42");
        assertThat(outside.values())
                .containsEntry("coop", "태평3동 상인협동조합")
                .containsEntry(Template.LINK, "https://sangsaeng.example/tasks/42");
        assertThat(outside.title()).isEqualTo(text.title());
        assertThat(catalog.absolute("/coupons/7")).isEqualTo("https://sangsaeng.example/coupons/7");
        assertThat(catalog.absolute("https://other.example/x"))
                .isEqualTo("https://other.example/x");
        assertThat(text.linking(catalog.absolute(null))).as("no page, no link").isSameAs(text);
    }

    private static Properties complete() {
        Properties p = new Properties();
        for (Template t : Template.values()) {
            String vars = String.join(" ", t.variables().stream().map(v -> "{" + v + "}").toList());
            p.setProperty(t.key() + ".title", "title " + vars);
            p.setProperty(t.key() + ".body", "body " + vars);
        }
        return p;
    }
}
