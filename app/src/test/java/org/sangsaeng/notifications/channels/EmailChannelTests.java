package org.sangsaeng.notifications.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** E-mail through a real SMTP server (GreenMail, in-process). */
class EmailChannelTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Test
    void sendsTheMessageInUtf8WithTheIdempotencyKeyAsMessageId() throws Exception {
        EmailChannel channel = channelTo(smtp.getSmtp().getPort());

        channel.send(
                new OutboundMessage(
                        "application-decided:7:12:EMAIL",
                        "oh.laundry@example.kr",
                        "태평3동 상인협동조합 가입이 승인되었습니다",
                        "축하합니다!"));

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("태평3동 상인협동조합 가입이 승인되었습니다");
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("oh.laundry@example.kr");
        assertThat(received[0].getMessageID())
                .isEqualTo("<application-decided:7:12:EMAIL@sangsaeng.local>");
        assertThat(received[0].getContent().toString()).contains("축하합니다!");
    }

    @Test
    void aRefusingServerIsReportedSoTheOutboxRetries() {
        EmailChannel channel = channelTo(1);
        assertThatThrownBy(() -> channel.send(new OutboundMessage("k", "a@example.kr", "s", "b")))
                .hasMessageContaining("E-mail not accepted");
    }

    private static EmailChannel channelTo(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("mailSender", sender);
        return new EmailChannel(
                beans.getBeanProvider(JavaMailSender.class), "no-reply@sangsaeng.local");
    }
}
