package org.sangsaeng.notifications.channels.solapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The 알림톡 templates of SANGSAENG_SOLAPI_KAKAO_TEMPLATES, checked at start-up against the app's
 * templates.
 */
class KakaoTemplatesTests {

    @Test
    void eachKindMapsToItsRegisteredTemplateAndVariables() {
        KakaoTemplates templates =
                KakaoTemplates.parse(
                        "TASK_ASSIGNED=KA01TP261123TASKASSIGNED(task);\n TASK_REMINDER = KA01TP261123REMINDER (task, due)",
                        true);

        assertThat(templates.of("TASK_REMINDER"))
                .get()
                .satisfies(
                        t -> {
                            assertThat(t.templateId()).isEqualTo("KA01TP261123REMINDER");
                            assertThat(t.variables()).containsExactly("task", "due");
                            assertThat(t.filledBy(Map.of("task", "발주 확인", "due", "11월 25일")))
                                    .isTrue();
                            assertThat(t.filledBy(Map.of("task", "발주 확인"))).isFalse();
                        });
        assertThat(templates.of("PROPOSAL_PASSED")).isEmpty();
        assertThat(KakaoTemplates.parse("", false).size()).isZero();
    }

    @Test
    void everyKindMayLinkItsPageAsUrl() {
        KakaoTemplates templates =
                KakaoTemplates.parse(
                        "MEMBERSHIP_APPROVED=KA01TP261123MEMBERAPPROVED(coop,url)", true);

        assertThat(templates.of("MEMBERSHIP_APPROVED"))
                .get()
                .satisfies(
                        t -> {
                            assertThat(
                                            t.filledBy(
                                                    Map.of(
                                                            "coop",
                                                            "태평3동 상인협동조합",
                                                            "url",
                                                            "https://sangsaeng.example/coops")))
                                    .isTrue();
                            assertThat(t.filledBy(Map.of("coop", "태평3동 상인협동조합")))
                                    .as("a message without a page")
                                    .isFalse();
                        });
    }

    @Test
    void anUnknownKindStopsTheStartNamingIt() {
        assertThatThrownBy(() -> KakaoTemplates.parse("TASK_ASIGNED=KA01TP1(task)", true))
                .hasMessageContaining("unknown message kind TASK_ASIGNED");
    }

    @Test
    void aVariableTheAppDoesNotFillForThatKindStopsTheStartNamingIt() {
        assertThatThrownBy(() -> KakaoTemplates.parse("TASK_ASSIGNED=KA01TP1(task,shop)", true))
                .hasMessageContaining(
                        "TASK_ASSIGNED (KA01TP1) uses #{shop}, which the app does not fill for that kind")
                .hasMessageContaining("[task]");
    }

    @Test
    void templatesWithoutAKakaoChannelOrInAnotherShapeAreRefused() {
        assertThatThrownBy(() -> KakaoTemplates.parse("TASK_ASSIGNED=KA01TP1(task)", false))
                .hasMessageContaining("SANGSAENG_SOLAPI_KAKAO_PFID");
        assertThatThrownBy(() -> KakaoTemplates.parse("TASK_ASSIGNED: KA01TP1", true))
                .hasMessageContaining("is not KIND=TEMPLATE_ID(variable,...)");
        assertThatThrownBy(
                        () ->
                                KakaoTemplates.parse(
                                        "TASK_ASSIGNED=A(task);TASK_ASSIGNED=B(task)", true))
                .hasMessageContaining("TASK_ASSIGNED is mapped twice");
    }
}
