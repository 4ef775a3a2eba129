package org.sangsaeng.notifications.channels;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.sangsaeng.notifications.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mail through Spring Mail ({@code spring.mail.host} etc.). Without a mail server configured, as
 * in the demo run, it only logs what it would send.
 */
@Component
class EmailChannel implements ChannelAdapter {

    private static final Logger log = LoggerFactory.getLogger(EmailChannel.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final String from;
    private final String domain;

    EmailChannel(
            ObjectProvider<JavaMailSender> mailSender,
            @Value("${sangsaeng.notifications.email.from:no-reply@sangsaeng.local}") String from) {
        this.mailSender = mailSender;
        this.from = from;
        this.domain = from.substring(from.indexOf('@') + 1);
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public Handover send(OutboundMessage message) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            // Not the subject: it may name people or what they decide.
            log.info(
                    "E-mail (no mail server configured) key={} to={}",
                    message.idempotencyKey(),
                    mask(message.address()));
            return Handover.untracked();
        }
        try {
            MimeMessage mime = sender.createMimeMessage();
            MimeMessageHelper helper =
                    new MimeMessageHelper(mime, false, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(message.address());
            helper.setSubject(message.subject());
            helper.setText(message.body());
            mime.saveChanges();
            // A stable Message-ID: a resent message is recognisable as the same one.
            mime.setHeader("Message-ID", "<" + message.idempotencyKey() + "@" + domain + ">");
            sender.send(mime);
            return Handover.untracked();
        } catch (MessagingException | MailException e) {
            throw new IllegalStateException("E-mail not accepted: " + e.getMessage(), e);
        }
    }

    static String mask(String email) {
        int at = email.indexOf('@');
        return at <= 1 ? "***" : email.charAt(0) + "***" + email.substring(at);
    }
}
