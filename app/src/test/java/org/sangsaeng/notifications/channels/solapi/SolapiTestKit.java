package org.sangsaeng.notifications.channels.solapi;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.function.IntSupplier;
import org.sangsaeng.notifications.Channel;
import org.sangsaeng.notifications.MessageImages;
import org.sangsaeng.notifications.channels.ChannelAdapter;
import org.sangsaeng.notifications.domain.OutboxMessages;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * SOLAPI's channels and delivery reports against a stand-in server, as {@link SolapiChannels} wires
 * them.
 */
public final class SolapiTestKit {

    public static final String API_KEY = "NCSAYU7YDBXYORXC";
    public static final String API_SECRET = "test-secret-0123456789abcdef";
    public static final String SENDER = "0317001234";
    public static final String PFID = "KA01PF26112314TAEPYEONG3";

    /** The 알림톡 template the tests send membership approvals by, with its one variable. */
    public static final String APPROVAL_TEMPLATE =
            "MEMBERSHIP_APPROVED=KA01TP261123MEMBERAPPROVED(coop)";

    private final SolapiClient client;
    private final KakaoTemplates templates;
    private final SolapiMessages messages;
    private final Clock clock;

    public SolapiTestKit(String baseUrl, String kakaoTemplates, Clock clock) {
        SolapiSettings settings =
                new SolapiSettings(
                        URI.create(baseUrl),
                        API_KEY,
                        API_SECRET,
                        "031-700-1234",
                        PFID,
                        kakaoTemplates,
                        Duration.ofMillis(20));
        this.client = new SolapiClient(settings, JsonMapper.builder().build(), clock);
        this.templates = KakaoTemplates.parse(settings.kakaoTemplates(), settings.kakao());
        this.messages = new SolapiMessages(settings.sender(), settings.kakaoPfId());
        this.clock = clock;
    }

    public ChannelAdapter sms() {
        return sms(MessageImages.NONE);
    }

    /** SMS/LMS, and MMS for a message whose picture these images keep. */
    public ChannelAdapter sms(MessageImages images) {
        return new SolapiChannel(Channel.SMS, client, messages, templates, images);
    }

    public ChannelAdapter kakao() {
        return new SolapiChannel(Channel.KAKAO, client, messages, templates, MessageImages.NONE);
    }

    /** One round of delivery reports; returns how many messages were settled. */
    public IntSupplier receipts(OutboxMessages outbox, TransactionTemplate transactions) {
        SolapiReceipts receipts = new SolapiReceipts(client, outbox, transactions, clock);
        return receipts::check;
    }
}
