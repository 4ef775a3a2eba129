package org.sangsaeng.notifications;

import java.util.Optional;

/**
 * The pictures that customer messages carry (a new product's photo), kept by the module that owns
 * them and found by the reference the outbox keeps with each message. A provider that sends
 * pictures (SOLAPI's MMS) uploads one once and keeps its file id here, so every recipient and every
 * retry reuses it; a picture it refused is remembered too, and its messages go as text.
 */
public interface MessageImages {

    /** No pictures at all: every message goes as text. */
    MessageImages NONE =
            new MessageImages() {
                @Override
                public Optional<MessageImage> find(long ref) {
                    return Optional.empty();
                }

                @Override
                public Optional<byte[]> picture(long ref) {
                    return Optional.empty();
                }

                @Override
                public String uploaded(long ref, String providerFileId) {
                    return providerFileId;
                }

                @Override
                public void refused(long ref, String reason) {}
            };

    /**
     * What the provider made of the picture so far, without the picture itself (asked once per
     * recipient, while the picture is read once, for its upload); empty when there is no picture.
     */
    Optional<MessageImage> find(long ref);

    /** The picture as it was stored. */
    Optional<byte[]> picture(long ref);

    /**
     * Keeps the provider's file id of the uploaded picture; returns the one kept first if another
     * node was quicker.
     */
    String uploaded(long ref, String providerFileId);

    /** The provider refused the picture for good: its messages go as text from now on. */
    void refused(long ref, String reason);

    /** A picture's provider file id once uploaded, and the reason if the provider refused it. */
    record MessageImage(String providerFileId, String refusal) {}
}
