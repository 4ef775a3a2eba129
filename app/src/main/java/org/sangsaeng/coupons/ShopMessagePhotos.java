package org.sangsaeng.coupons;

import java.util.Optional;
import org.sangsaeng.coupons.domain.ShopMessage;
import org.sangsaeng.coupons.domain.ShopMessages;
import org.sangsaeng.notifications.MessageImages;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * New-product photos for the messages that carry them, by shop message id: what the SMS provider
 * uploads for an MMS, and the provider's file id (or refusal) kept with the shop message, each in a
 * transaction of its own, so that it holds for the next recipient, a retry, and a restart.
 */
@Component
@Transactional
class ShopMessagePhotos implements MessageImages {

    private final ShopMessages messages;

    ShopMessagePhotos(ShopMessages messages) {
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MessageImage> find(long ref) {
        return messages.findMmsById(ref)
                .map(m -> new MessageImage(m.getMmsFileId(), m.getMmsRefusal()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<byte[]> picture(long ref) {
        return messages.findById(ref).map(ShopMessage::getPhoto);
    }

    @Override
    public String uploaded(long ref, String providerFileId) {
        return messages.lockById(ref)
                .map(m -> m.mmsUploaded(providerFileId))
                .orElse(providerFileId);
    }

    @Override
    public void refused(long ref, String reason) {
        messages.findById(ref).ifPresent(m -> m.mmsRefused(reason));
    }
}
