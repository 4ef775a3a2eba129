package org.sangsaeng.notifications.channels.solapi;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sangsaeng.notifications.channels.MessageRefused;

/**
 * The message objects SOLAPI's send API takes: SMS up to 90 bytes in EUC-KR (its limit), LMS above,
 * with a subject of at most 40 bytes; MMS with a picture uploaded before; a 알림톡 (ATA) by channel
 * id, template id and {@code #{variable}} values, without SOLAPI's own SMS substitution (we send
 * the one fallback ourselves, see the outbox).
 */
final class SolapiMessages {

    static final int SMS_BYTES = 90;
    static final int SUBJECT_BYTES = 40;
    private static final Charset EUC_KR = Charset.forName("EUC-KR");

    private final String sender;
    private final String pfId;

    SolapiMessages(String sender, String pfId) {
        this.sender = sender;
        this.pfId = pfId;
    }

    /**
     * A Korean mobile number as SOLAPI takes it (digits only, 010...); anything else is refused
     * before it reaches the provider, which would charge for the attempt.
     */
    static String koreanMobile(String address) {
        String digits = address == null ? "" : address.replaceAll("[\\s().-]", "");
        if (digits.startsWith("+82")) {
            digits = "0" + digits.substring(3);
        }
        if (!digits.matches("01[016789]\\d{7,8}")) {
            throw new MessageRefused(
                    "Not a Korean mobile number (010-1234-5678): "
                            + (digits.length() < 4 ? "***" : digits.substring(0, 3) + "***"));
        }
        return digits;
    }

    Map<String, Object> text(String to, String subject, String body, String key) {
        return text(to, subject, body, key, eucKrBytes(body) <= SMS_BYTES);
    }

    /** Always LMS, with its subject: what stands in for an MMS whose picture could not go. */
    Map<String, Object> lms(String to, String subject, String body, String key) {
        return text(to, subject, body, key, false);
    }

    private Map<String, Object> text(
            String to, String subject, String body, String key, boolean sms) {
        Map<String, Object> message = base(to, key);
        message.put("type", sms ? "SMS" : "LMS");
        if (!sms && subject != null && !subject.isBlank()) {
            message.put("subject", cut(subject, SUBJECT_BYTES));
        }
        message.put("text", body);
        return message;
    }

    /**
     * An MMS: the picture uploaded before (its file id), a subject of at most 40 bytes and the
     * text.
     */
    Map<String, Object> mms(String to, String subject, String body, String imageId, String key) {
        Map<String, Object> message = base(to, key);
        message.put("type", "MMS");
        message.put("imageId", imageId);
        if (subject != null && !subject.isBlank()) {
            message.put("subject", cut(subject, SUBJECT_BYTES));
        }
        message.put("text", body);
        return message;
    }

    Map<String, Object> alimtalk(
            String to, KakaoTemplates.Registered template, Map<String, String> values, String key) {
        Map<String, Object> message = base(to, key);
        message.put("type", "ATA");
        Map<String, String> variables = new LinkedHashMap<>();
        for (String name : template.variables()) {
            variables.put("#{" + name + "}", values.get(name));
        }
        message.put(
                "kakaoOptions",
                Map.of(
                        "pfId",
                        pfId,
                        "templateId",
                        template.templateId(),
                        "variables",
                        variables,
                        "disableSms",
                        true));
        return message;
    }

    private Map<String, Object> base(String to, String key) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("to", to);
        message.put("from", sender);
        message.put("customFields", Map.of(SolapiClient.KEY_FIELD, key));
        return message;
    }

    /**
     * Bytes in EUC-KR; a character outside it (an emoji) counts as two, as the carriers bill it.
     */
    static int eucKrBytes(String text) {
        CharsetEncoder encoder = EUC_KR.newEncoder();
        int bytes = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            bytes += encoder.canEncode(ch) ? length(encoder, ch) : 2;
            i += Character.charCount(cp);
        }
        return bytes;
    }

    private static int length(CharsetEncoder encoder, String ch) {
        try {
            ByteBuffer out = encoder.reset().encode(CharBuffer.wrap(ch));
            return out.remaining();
        } catch (CharacterCodingException e) {
            return 2;
        }
    }

    private static String cut(String text, int maxBytes) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            if (eucKrBytes(out + ch) > maxBytes) {
                break;
            }
            out.append(ch);
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
