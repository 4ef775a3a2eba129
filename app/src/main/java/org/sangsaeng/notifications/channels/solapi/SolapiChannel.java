package org.sangsaeng.notifications.channels.solapi;

import java.util.Optional;
import org.sangsaeng.notifications.Channel;
import org.sangsaeng.notifications.MessageImages;
import org.sangsaeng.notifications.channels.ChannelAdapter;
import org.sangsaeng.notifications.channels.Handover;
import org.sangsaeng.notifications.channels.MessageRefused;
import org.sangsaeng.notifications.channels.OutboundMessage;

/**
 * SMS/LMS, MMS, and KakaoTalk 알림톡, through SOLAPI. A KakaoTalk message whose kind has no registered
 * 알림톡 template (or no KakaoTalk channel is configured) goes as SMS/LMS at once, with a note saying
 * so. A text message with a picture goes as MMS: the picture's JPEG copy is uploaded once and its
 * file id kept with the picture, so that every recipient and every retry reuses it; a picture
 * SOLAPI refuses (a 4xx answer) is remembered and its messages go as LMS, with the reason as the
 * note; so is a picture whose MMS SOLAPI refuses after the upload (a file id gone stale), that
 * message going as LMS at once. A 알림톡 stays text: one with a picture needs a template approved with
 * that picture.
 */
final class SolapiChannel implements ChannelAdapter {

    static final String NO_TEMPLATE = "No 알림톡 template for this message kind: sent as SMS/LMS";
    static final String PICTURE_REFUSED = "Picture not sent, the message went as LMS: ";

    private final Channel channel;
    private final SolapiClient client;
    private final SolapiMessages messages;
    private final KakaoTemplates templates;
    private final MessageImages images;

    SolapiChannel(
            Channel channel,
            SolapiClient client,
            SolapiMessages messages,
            KakaoTemplates templates,
            MessageImages images) {
        this.channel = channel;
        this.client = client;
        this.messages = messages;
        this.templates = templates;
        this.images = images;
    }

    @Override
    public Channel channel() {
        return channel;
    }

    @Override
    public Handover send(OutboundMessage message) {
        String to = SolapiMessages.koreanMobile(message.address());
        String key = message.idempotencyKey();
        if (channel == Channel.KAKAO) {
            Optional<KakaoTemplates.Registered> template =
                    templates.of(message.template()).filter(t -> t.filledBy(message.variables()));
            if (template.isPresent()) {
                return Handover.tracked(
                        client.send(
                                messages.alimtalk(to, template.get(), message.variables(), key),
                                key,
                                to,
                                message.handedOverBefore()));
            }
            return new Handover(asText(message, to), NO_TEMPLATE);
        }
        if (message.imageRef() != null) {
            return withPicture(message, to);
        }
        return Handover.tracked(asText(message, to));
    }

    private Handover withPicture(OutboundMessage message, String to) {
        long ref = message.imageRef();
        Optional<MessageImages.MessageImage> image = images.find(ref);
        if (image.isEmpty()) {
            return asLms(message, to, "the picture is no longer kept");
        }
        if (image.get().refusal() != null) {
            return asLms(message, to, image.get().refusal());
        }
        String fileId = image.get().providerFileId();
        if (fileId == null) {
            try {
                byte[] jpeg = MmsPhoto.jpeg(images.picture(ref).orElse(null));
                fileId = images.uploaded(ref, client.upload(jpeg, "photo-" + ref + ".jpg"));
            } catch (MessageRefused | IllegalArgumentException e) {
                images.refused(ref, e.getMessage());
                return asLms(message, to, e.getMessage());
            }
        }
        String key = message.idempotencyKey();
        try {
            return Handover.tracked(
                    client.send(
                            messages.mms(to, message.subject(), message.body(), fileId, key),
                            key,
                            to,
                            message.handedOverBefore()));
        } catch (MessageRefused refused) {
            // The uploaded picture went stale or SOLAPI will not send it: the text still goes, as
            // LMS. When the
            // LMS is refused too, the number was the problem, and the picture stays as it was for
            // the others.
            Handover lms = asLms(message, to, refused.getMessage());
            images.refused(ref, refused.getMessage());
            return lms;
        }
    }

    private Handover asLms(OutboundMessage message, String to, String why) {
        String key = message.idempotencyKey();
        return new Handover(
                client.send(
                        messages.lms(to, message.subject(), message.body(), key),
                        key,
                        to,
                        message.handedOverBefore()),
                PICTURE_REFUSED + why);
    }

    private String asText(OutboundMessage message, String to) {
        String key = message.idempotencyKey();
        return client.send(
                messages.text(to, message.subject(), message.body(), key),
                key,
                to,
                message.handedOverBefore());
    }
}
